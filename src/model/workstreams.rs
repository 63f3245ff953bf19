//! Workstreams as the user manages them: add (with a colour of their own), reorder, delete
//! (moving their tasks elsewhere or deleting them too).

use super::{Id, Kind, Plan, Task, Workstream, parse_hex_color};
use crate::palette::Rgb;
use std::sync::Arc;

/// The colour of a workstream made without choosing one (a new lane from a CSV import, the
/// maturity gaps' lane), and what a workstream whose colour is missing or not `#rrggbb`
/// shows in.
pub const DEFAULT_WORKSTREAM_COLOR: &str = "#5b6c8f";

/// [`DEFAULT_WORKSTREAM_COLOR`] as RGB (a test checks they agree).
const DEFAULT_RGB: Rgb = Rgb(0x5b, 0x6c, 0x8f);

/// Distinct colours for workstreams, readable under white bar text and on both themes.
pub const WORKSTREAM_PALETTE: [&str; 10] = [
    "#2e86ab", "#c9184a", "#3bb273", "#7209b7", "#e07a1f", "#30638e", "#8d6a9f", "#00798c", "#b5651d",
    "#4361ee",
];

/// What became of a deleted workstream's tasks.
#[derive(Clone, Debug, PartialEq)]
pub struct DeletedWorkstream {
    pub workstream: Arc<Workstream>,
    /// How many tasks were moved to another workstream or deleted.
    pub tasks: usize,
}

impl Workstream {
    /// Its colour: the one place a workstream's `#rrggbb` is read, for every view and export
    /// ([`DEFAULT_WORKSTREAM_COLOR`] when it has none or it is not `#rrggbb`).
    pub fn rgb(&self) -> Rgb {
        parse_hex_color(&self.color).map_or(DEFAULT_RGB, Rgb::from)
    }
}

impl Plan {
    /// The workstream with `id`.
    pub fn workstream(&self, id: &Id) -> Option<&Workstream> {
        self.workstreams.iter().find(|w| &w.id == id).map(Arc::as_ref)
    }

    /// Where a task added to `workstream` goes: after its last task (else at the end), so a
    /// lane's tasks stay together in the list.
    pub fn end_of_lane(&self, workstream: &Id) -> usize {
        self.tasks.iter().rposition(|t| &t.workstream == workstream).map_or(self.tasks.len(), |i| i + 1)
    }

    /// The colour for a new workstream: the first of the palette no workstream uses yet, else
    /// the palette in turn; never the colour of the last workstream.
    pub fn next_workstream_color(&self) -> &'static str {
        let used = |c: &str| self.workstreams.iter().any(|w| w.color.eq_ignore_ascii_case(c));
        if let Some(free) = WORKSTREAM_PALETTE.iter().find(|c| !used(c)) {
            return free;
        }
        let last = self.workstreams.last().map(|w| w.color.as_str()).unwrap_or_default();
        let turn = WORKSTREAM_PALETTE[self.workstreams.len() % WORKSTREAM_PALETTE.len()];
        if turn.eq_ignore_ascii_case(last) {
            WORKSTREAM_PALETTE[(self.workstreams.len() + 1) % WORKSTREAM_PALETTE.len()]
        } else {
            turn
        }
    }

    /// Adds a workstream named `name` at the end, with a colour of its own; returns its id.
    pub fn add_workstream(&mut self, name: &str) -> Id {
        let id = self.new_id(Kind::Workstream);
        let color = self.next_workstream_color().to_owned();
        self.workstreams.push(Arc::new(Workstream {
            id: id.clone(),
            name: name.to_owned(),
            color,
            ..Workstream::default()
        }));
        id
    }

    /// Moves a workstream `step` places up (negative) or down; false at either end.
    pub fn move_workstream(&mut self, id: &Id, step: i64) -> bool {
        let Some(from) = self.workstreams.iter().position(|w| &w.id == id) else { return false };
        let to = from as i64 + step;
        if step == 0 || to < 0 || to >= self.workstreams.len() as i64 {
            return false;
        }
        let lane = self.workstreams.remove(from);
        self.workstreams.insert(to as usize, lane);
        true
    }

    /// Moves a workstream to position `index` (after removing it); false if nothing moved.
    pub fn move_workstream_to(&mut self, id: &Id, index: usize) -> bool {
        let Some(from) = self.workstreams.iter().position(|w| &w.id == id) else { return false };
        let to = index.min(self.workstreams.len() - 1);
        if to == from {
            return false;
        }
        let lane = self.workstreams.remove(from);
        self.workstreams.insert(to, lane);
        true
    }

    /// Deletes a workstream. Its tasks move to `move_to` (placed after that workstream's last
    /// task) or, without one, are deleted with every dependency on them.
    pub fn delete_workstream(&mut self, id: &Id, move_to: Option<&Id>) -> Option<DeletedWorkstream> {
        let target = move_to.filter(|t| *t != id && self.workstream(t).is_some());
        if move_to.is_some() && target.is_none() {
            return None;
        }
        let index = self.workstreams.iter().position(|w| &w.id == id)?;
        let workstream = self.workstreams.remove(index);
        let (moving, staying): (Vec<Arc<Task>>, Vec<Arc<Task>>) =
            std::mem::take(&mut self.tasks).into_iter().partition(|t| &t.workstream == id);
        self.tasks = staying;
        let count = moving.len();
        match target {
            Some(target) => {
                let at = self.end_of_lane(target);
                let moved = moving.into_iter().map(|mut t| {
                    Arc::make_mut(&mut t).workstream = target.clone();
                    t
                });
                self.tasks.splice(at..at, moved);
            }
            None => {
                for task in &mut self.tasks {
                    if task.depends_on.iter().any(|d| moving.iter().any(|m| &m.id == d)) {
                        Arc::make_mut(task).depends_on.retain(|d| !moving.iter().any(|m| &m.id == d));
                    }
                }
            }
        }
        Some(DeletedWorkstream { workstream, tasks: count })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Date, Edit};

    fn today() -> Date {
        Date::from_ymd_opt(2026, 11, 22).expect("valid")
    }

    #[test]
    fn a_workstream_without_a_usable_colour_shows_in_the_default() {
        assert_eq!(DEFAULT_RGB.hex(), DEFAULT_WORKSTREAM_COLOR);
        let with = |color: &str| Workstream { color: color.to_owned(), ..Workstream::default() }.rgb();
        assert_eq!(with("#2E86ab"), Rgb(0x2e, 0x86, 0xab));
        for broken in ["", "red", "#12345", "#12345g"] {
            assert_eq!(with(broken), DEFAULT_RGB, "{broken:?}");
        }
    }

    #[test]
    fn a_new_workstream_never_repeats_the_previous_colour() {
        let mut plan = Plan::blank(today(), 1);
        for i in 0..25 {
            let before = plan.workstreams.last().map(|w| w.color.clone());
            plan.add_workstream(&format!("W{i}"));
            assert_ne!(Some(plan.workstreams.last().expect("added").color.clone()), before);
        }
        let first: Vec<&str> = plan.workstreams.iter().take(10).map(|w| w.color.as_str()).collect();
        assert_eq!(first, WORKSTREAM_PALETTE, "the palette is used up before any colour repeats");
    }

    #[test]
    fn deleting_moves_or_deletes_the_tasks() {
        let mut plan = Plan::blank(today(), 1);
        let a = plan.add_workstream("A");
        let b = plan.add_workstream("B");
        for (w, name) in [(&a, "a1"), (&b, "b1"), (&a, "a2")] {
            let edit = Edit::AddTask {
                workstream: w.clone(),
                name: name.into(),
                start: today(),
                end: today(),
                milestone: false,
            };
            plan.apply(edit, today()).expect("added");
        }
        let b1 = plan.tasks.iter().find(|t| t.name == "b1").expect("b1").id.clone();
        let a1 = plan.tasks.iter().find(|t| t.name == "a1").expect("a1").id.clone();
        plan.add_dependency(&a1, &b1).expect("linked");

        let mut moved = plan.clone();
        let done = moved.delete_workstream(&a, Some(&b)).expect("deleted");
        assert_eq!(done.tasks, 2);
        let names: Vec<&str> = moved.tasks.iter().map(|t| t.name.as_str()).collect();
        assert_eq!(names, ["b1", "a1", "a2"]);
        assert!(moved.tasks.iter().all(|t| t.workstream == b));
        assert_eq!(moved.task(&b1).expect("b1").depends_on, vec![a1.clone()]);

        let mut deleted = plan.clone();
        deleted.delete_workstream(&a, None).expect("deleted");
        assert_eq!(deleted.tasks.len(), 1);
        assert!(deleted.task(&b1).expect("b1").depends_on.is_empty(), "no link to a deleted task");
        assert!(crate::model::validate(&deleted).is_empty(), "{:?}", crate::model::validate(&deleted));

        assert!(plan.clone().delete_workstream(&a, Some(&a)).is_none(), "not into itself");
    }

    #[test]
    fn workstreams_reorder() {
        let mut plan = Plan::blank(today(), 1);
        let ids: Vec<Id> = ["A", "B", "C"].iter().map(|n| plan.add_workstream(n)).collect();
        assert!(!plan.move_workstream(&ids[0], -1));
        assert!(plan.move_workstream(&ids[0], 1));
        assert!(plan.move_workstream_to(&ids[2], 0));
        let names: Vec<&str> = plan.workstreams.iter().map(|w| w.name.as_str()).collect();
        assert_eq!(names, ["C", "B", "A"]);
    }
}
