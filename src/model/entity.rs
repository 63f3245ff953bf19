//! The two things every view does with an entity: edit it through a copy (so an untouched
//! entity stays shared with the undo history) and offer it in a list of choices by name.

use super::{Channel, Department, Goal, Id, Person, Stakeholder, Task, Workstream};
use std::sync::Arc;

/// Runs `edit` on a copy of `value` and returns what it returned, with the copy if (and only
/// if) it now differs from `value`. The one way views edit the plan in place: nothing is
/// un-shared or reported unless the user really changed something.
pub fn edit_copy<T: Clone + PartialEq, R>(value: &T, edit: impl FnOnce(&mut T) -> R) -> (R, Option<T>) {
    let mut copy = value.clone();
    let result = edit(&mut copy);
    let changed = (copy != *value).then_some(copy);
    (result, changed)
}

/// [`edit_copy`] for an entity of a plan's list: the entity is replaced only when it changed.
/// Returns what `edit` returned and whether the entity changed.
pub fn edit_shared<T: Clone + PartialEq, R>(
    entity: &mut Arc<T>,
    edit: impl FnOnce(&mut T) -> R,
) -> (R, bool) {
    let (result, changed) = edit_copy(entity.as_ref(), edit);
    let was_changed = changed.is_some();
    if let Some(copy) = changed {
        *entity = Arc::new(copy);
    }
    (result, was_changed)
}

/// An entity that is chosen by name in a dropdown (an owner, a department, a goal…).
pub trait Named {
    /// Its id, stored where it is chosen.
    fn id(&self) -> &Id;
    /// The name a dropdown shows for it.
    fn name(&self) -> &str;
}

/// One entry of a dropdown: the id stored and the name shown.
pub type Choice = (Id, String);

/// The entities of a list as dropdown choices, in the plan's order.
pub fn choices<T: Named>(list: &[Arc<T>]) -> Vec<Choice> {
    list.iter().map(|e| (e.id().clone(), e.name().to_owned())).collect()
}

/// Implements [`Named`] from an entity's id field and the field that names it.
macro_rules! named {
    ($($entity:ty => $field:ident),* $(,)?) => {$(
        impl Named for $entity {
            fn id(&self) -> &Id {
                &self.id
            }
            fn name(&self) -> &str {
                &self.$field
            }
        }
    )*};
}

named!(
    Person => name,
    Department => name,
    Workstream => name,
    Goal => title,
    Stakeholder => name,
    Channel => name,
    Task => name,
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_edit_that_changes_nothing_keeps_the_entity_shared() {
        let original = Arc::new(Task { name: "Launch".into(), ..Task::default() });
        let mut entity = original.clone();
        let ((), changed) = edit_shared(&mut entity, |t| t.name = "Launch".into());
        assert!(!changed);
        assert!(Arc::ptr_eq(&entity, &original));
        let ((), changed) = edit_shared(&mut entity, |t| t.name.push('!'));
        assert!(changed);
        assert_eq!(entity.name, "Launch!");
        assert_eq!(original.name, "Launch");
    }

    #[test]
    fn choices_name_each_entity_by_its_naming_field() {
        let goal = Goal { id: Id("g-1".into()), title: "Reach".into(), ..Goal::default() };
        assert_eq!(choices(&[Arc::new(goal)]), vec![(Id("g-1".into()), "Reach".to_owned())]);
    }
}
