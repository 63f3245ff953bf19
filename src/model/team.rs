//! The working group: adding and safely deleting people and departments, and what the group
//! still lacks (framework A, steps 3, 4 and 10).

use super::{Department, Id, Kind, Person, Plan, Role};
use std::sync::Arc;

/// How many plan items refer to one person or department.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct References {
    pub tasks: usize,
    pub workstreams: usize,
    pub stakeholders: usize,
    pub channels: usize,
    pub goals: usize,
    pub people: usize,
    /// Manifesto signatures (a person's own; never reassigned).
    pub signatures: usize,
    /// Beliefs the person voted on (a person's own; never reassigned).
    pub votes: usize,
}

impl References {
    /// Whether nothing refers to the entity.
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }

    /// Items that can be handed to someone else ("3 tasks, 1 stakeholder").
    pub fn reassignable(&self) -> Vec<String> {
        let mut parts = Vec::new();
        for (count, one, many) in [
            (self.tasks, "task", "tasks"),
            (self.workstreams, "workstream", "workstreams"),
            (self.stakeholders, "stakeholder", "stakeholders"),
            (self.channels, "channel", "channels"),
            (self.goals, "goal", "goals"),
            (self.people, "person", "people"),
        ] {
            if count > 0 {
                parts.push(format!("{count} {}", if count == 1 { one } else { many }));
            }
        }
        parts
    }
}

/// Something the working group lacks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TeamWarning {
    /// Nobody holds one of the roles that start the work.
    UnfilledRole(Role),
    /// A customer-facing department the plan touches has nobody in the working group.
    Unrepresented { department: Id, name: String },
}

impl TeamWarning {
    /// A sentence for the user.
    pub fn message(&self) -> String {
        match self {
            TeamWarning::UnfilledRole(Role::Driver) => {
                "No driver: name the digital expert who drives the work".to_owned()
            }
            TeamWarning::UnfilledRole(Role::Mentor) => {
                "No mentor: name an enlightened silo lead to mentor the group".to_owned()
            }
            TeamWarning::UnfilledRole(Role::Sponsor) => {
                "No sponsor: name an executive sponsor, ideally from the C-suite".to_owned()
            }
            TeamWarning::UnfilledRole(Role::OutsideExpert) => {
                "No outside expert: an outside guide keeps the process honest".to_owned()
            }
            TeamWarning::UnfilledRole(role) => format!("Nobody is a {}", role.label().to_lowercase()),
            TeamWarning::Unrepresented { name, .. } => {
                format!("{name} faces customers and the plan involves it, but nobody from it is in the group")
            }
        }
    }
}

/// The roles every working group should have filled.
pub const FOUNDING_ROLES: [Role; 4] = [Role::Driver, Role::Mentor, Role::Sponsor, Role::OutsideExpert];

/// Colours offered to new departments, in turn.
const DEPARTMENT_COLORS: [&str; 8] =
    ["#2f6fb0", "#c0392b", "#27ae60", "#8e44ad", "#d68910", "#16a085", "#7f8c8d", "#b03a78"];

impl Plan {
    /// The people in the working group (everyone but contributors).
    pub fn working_group_members(&self) -> impl Iterator<Item = &Person> {
        self.people.iter().map(Arc::as_ref).filter(|p| p.role != Role::Contributor)
    }

    /// What the working group lacks: unfilled founding roles, then customer-facing departments
    /// the plan involves (through tasks, stakeholders, channels or people) with nobody in it.
    pub fn team_warnings(&self) -> Vec<TeamWarning> {
        let mut warnings: Vec<TeamWarning> = FOUNDING_ROLES
            .into_iter()
            .filter(|role| !self.people.iter().any(|p| p.role == *role))
            .map(TeamWarning::UnfilledRole)
            .collect();
        for department in self.departments.iter().filter(|d| d.customer_facing) {
            let id = Some(&department.id);
            let touched = self.tasks.iter().any(|t| t.department.as_ref() == id)
                || self.stakeholders.iter().any(|s| s.department.as_ref() == id)
                || self.channels.iter().any(|c| c.department.as_ref() == id);
            let represented = self.working_group_members().any(|p| p.department.as_ref() == id);
            if touched && !represented {
                warnings.push(TeamWarning::Unrepresented {
                    department: department.id.clone(),
                    name: department.name.clone(),
                });
            }
        }
        warnings
    }

    /// What refers to a person.
    pub fn person_references(&self, id: &Id) -> References {
        let is = |o: &Option<Id>| o.as_ref() == Some(id);
        References {
            tasks: self.tasks.iter().filter(|t| is(&t.owner)).count(),
            workstreams: self.workstreams.iter().filter(|w| is(&w.lead)).count(),
            stakeholders: self.stakeholders.iter().filter(|s| is(&s.owner) || is(&s.accountable_to)).count(),
            goals: self.goals.iter().filter(|g| is(&g.owner)).count(),
            signatures: self.manifesto.signatures.iter().filter(|s| &s.person == id).count(),
            votes: self.manifesto.beliefs.iter().filter(|b| b.votes.iter().any(|v| &v.person == id)).count()
                + self.workshop.votes.iter().filter(|i| i.votes.iter().any(|v| &v.person == id)).count(),
            ..References::default()
        }
    }

    /// What refers to a department.
    pub fn department_references(&self, id: &Id) -> References {
        let is = |o: &Option<Id>| o.as_ref() == Some(id);
        References {
            tasks: self.tasks.iter().filter(|t| is(&t.department)).count(),
            stakeholders: self.stakeholders.iter().filter(|s| is(&s.department)).count(),
            channels: self.channels.iter().filter(|c| is(&c.department)).count(),
            people: self.people.iter().filter(|p| is(&p.department)).count(),
            ..References::default()
        }
    }

    /// Adds a working-group member (in `department`, if given) and returns its id.
    pub fn add_person(&mut self, department: Option<Id>) -> Id {
        let id = self.new_id(Kind::Person);
        self.people.push(Arc::new(Person {
            id: id.clone(),
            name: "New member".to_owned(),
            department,
            ..Person::default()
        }));
        id
    }

    /// Adds a department with the next colour of the palette and returns its id.
    pub fn add_department(&mut self) -> Id {
        let id = self.new_id(Kind::Department);
        let color = DEPARTMENT_COLORS[self.departments.len() % DEPARTMENT_COLORS.len()];
        self.departments.push(Arc::new(Department {
            id: id.clone(),
            name: "New department".to_owned(),
            color: color.to_owned(),
            customer_facing: false,
        }));
        id
    }

    /// Deletes a person. Everything that referred to them is handed to `replacement` (when it
    /// is another existing person) or cleared; their signature and votes are removed, since
    /// those are personal. Returns the removed person.
    pub fn delete_person(&mut self, id: &Id, replacement: Option<&Id>) -> Option<Arc<Person>> {
        let index = self.people.iter().position(|p| &p.id == id)?;
        let replacement = replacement.filter(|r| *r != id && self.person(r).is_some()).cloned();
        let swap = |field: &mut Option<Id>| {
            if field.as_ref() == Some(id) {
                field.clone_from(&replacement);
            }
        };
        update_where(&mut self.tasks, |t| t.owner.as_ref() == Some(id), |t| swap(&mut t.owner));
        update_where(&mut self.workstreams, |w| w.lead.as_ref() == Some(id), |w| swap(&mut w.lead));
        update_where(&mut self.goals, |g| g.owner.as_ref() == Some(id), |g| swap(&mut g.owner));
        update_where(
            &mut self.stakeholders,
            |s| s.owner.as_ref() == Some(id) || s.accountable_to.as_ref() == Some(id),
            |s| {
                swap(&mut s.owner);
                swap(&mut s.accountable_to);
            },
        );
        self.manifesto.signatures.retain(|s| &s.person != id);
        update_where(
            &mut self.manifesto.beliefs,
            |b| b.votes.iter().any(|v| &v.person == id),
            |b| b.votes.retain(|v| &v.person != id),
        );
        for item in &mut self.workshop.votes {
            item.votes.retain(|v| &v.person != id);
        }
        self.workshop.votes.retain(|item| !item.votes.is_empty());
        self.workshop.voters.retain(|v| v != id);
        Some(self.people.remove(index))
    }

    /// Deletes a department, handing what referred to it to `replacement` (when it is another
    /// existing department) or clearing those references. Returns the removed department.
    pub fn delete_department(&mut self, id: &Id, replacement: Option<&Id>) -> Option<Arc<Department>> {
        let index = self.departments.iter().position(|d| &d.id == id)?;
        let replacement = replacement.filter(|r| *r != id && self.department(r).is_some()).cloned();
        let points = |field: &Option<Id>| field.as_ref() == Some(id);
        let swap = |field: &mut Option<Id>| {
            if field.as_ref() == Some(id) {
                field.clone_from(&replacement);
            }
        };
        update_where(&mut self.tasks, |t| points(&t.department), |t| swap(&mut t.department));
        update_where(&mut self.stakeholders, |s| points(&s.department), |s| swap(&mut s.department));
        update_where(&mut self.channels, |c| points(&c.department), |c| swap(&mut c.department));
        update_where(&mut self.people, |p| points(&p.department), |p| swap(&mut p.department));
        Some(self.departments.remove(index))
    }
}

/// Applies `change` to the entities that match, copying only those (the rest stay shared
/// with undo snapshots).
pub(crate) fn update_where<T: Clone>(
    list: &mut [Arc<T>],
    matches: impl Fn(&T) -> bool,
    mut change: impl FnMut(&mut T),
) {
    for item in list.iter_mut().filter(|item| matches(item)) {
        change(Arc::make_mut(item));
    }
}
