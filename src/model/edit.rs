//! Whole edits of the plan that views request and the app applies as one undo step each.

use super::{Date, EditError, Id, Kind, Plan, Task, TaskStatus, plural};
use crate::model::long_date;
use std::sync::Arc;

/// A change to the plan, requested by a view and applied by the app.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// New dates for a task (a drag or a typed date); dependants are pushed.
    MoveTask {
        id: Id,
        start: Date,
        end: Date,
    },
    /// A new task in a workstream.
    AddTask {
        workstream: Id,
        name: String,
        start: Date,
        end: Date,
        milestone: bool,
    },
    DeleteTask {
        id: Id,
    },
    /// `after` starts when `before` ends.
    AddDependency {
        before: Id,
        after: Id,
    },
    RemoveDependency {
        before: Id,
        after: Id,
    },
    /// Baseline every task, then set the review date (one history entry per day: rolling
    /// forward again on the same day updates that day's entry).
    RollForward {
        review_date: Date,
        note: String,
    },
    AddStakeholder {
        side: super::Side,
        after: Option<Id>,
    },
    DuplicateStakeholder {
        id: Id,
    },
    DeleteStakeholder {
        id: Id,
    },
    AddBelief,
    DeleteBelief {
        id: Id,
    },
    /// Up (`-1`) or down (`+1`) the manifesto.
    MoveBelief {
        id: Id,
        step: i64,
    },
    /// `person` signs the current revision today.
    SignManifesto {
        person: Id,
    },
    AddChannel {
        media: super::Media,
        /// A stakeholder the new channel serves (made from their channel picker): linked in
        /// the same undo step.
        for_stakeholder: Option<Id>,
    },
    DeleteChannel {
        id: Id,
    },
    /// Up (`-1`) or down (`+1`) the list.
    MoveStakeholder {
        id: Id,
        step: i64,
    },
    /// A belief dragged to position `index` of the manifesto.
    MoveBeliefTo {
        id: Id,
        index: usize,
    },
    AddPerson {
        department: Option<Id>,
    },
    /// Delete a person, handing what they owned to `replacement` or clearing it.
    DeletePerson {
        id: Id,
        replacement: Option<Id>,
    },
    AddDepartment,
    /// Delete a department, moving what referred to it to `replacement` or clearing it.
    DeleteDepartment {
        id: Id,
        replacement: Option<Id>,
    },
    AddGoal {
        parent: Option<Id>,
    },
    DeleteGoal {
        id: Id,
    },
    AddKpi {
        goal: Id,
    },
    DeleteKpi {
        id: Id,
    },
    /// A task, linked to a maturity activity, to close the gap in it.
    AddTaskForActivity {
        activity: String,
    },
    /// Keep a dated copy of the integration ratings.
    RecordAssessment,
    /// A new workstream at the end of the plan, with a colour of its own.
    AddWorkstream,
    /// Delete a workstream, moving its tasks to `move_tasks_to` or deleting them with it.
    DeleteWorkstream {
        id: Id,
        move_tasks_to: Option<Id>,
    },
    /// Up (`-1`) or down (`+1`) the lanes.
    MoveWorkstream {
        id: Id,
        step: i64,
    },
    /// A lane dragged to position `index`.
    MoveWorkstreamTo {
        id: Id,
        index: usize,
    },
    /// Replace the whole plan (a merge of another copy), as one step.
    ReplaceWith {
        plan: Box<Plan>,
        message: String,
    },
}

/// What an applied edit did, for the status line.
#[derive(Clone, Debug, PartialEq)]
pub struct Applied {
    pub message: String,
    /// An entity the edit created (to select or show it).
    pub created: Option<(Kind, Id)>,
}

impl Plan {
    /// Applies `edit`; a refused edit changes nothing.
    pub fn apply(&mut self, edit: Edit, today: Date) -> Result<Applied, EditError> {
        let done = |message: String| Ok(Applied { message, created: None });
        match edit {
            Edit::MoveTask { id, start, end } => {
                let name = self.task(&id).map(|t| t.name.clone()).unwrap_or_default();
                let outcome = self.move_task(&id, start, end)?;
                done(match outcome.pushed.len() {
                    0 => format!("Moved “{name}”"),
                    1 => format!("Moved “{name}”; 1 dependent task moved later to follow it"),
                    n => format!("Moved “{name}”; {n} dependent tasks moved later to follow it"),
                })
            }
            Edit::AddTask { workstream, name, start, end, milestone } => {
                if end < start {
                    return Err(EditError::EndBeforeStart);
                }
                let id = self.new_id(Kind::Task);
                let task = Task {
                    id: id.clone(),
                    workstream: workstream.clone(),
                    name: name.clone(),
                    milestone,
                    start,
                    end: if milestone { start } else { end },
                    status: TaskStatus::NotStarted,
                    ..Task::default()
                };
                let at = self.end_of_lane(&workstream);
                self.tasks.insert(at, Arc::new(task));
                Ok(Applied { message: format!("Added “{name}”"), created: Some((Kind::Task, id)) })
            }
            Edit::DeleteTask { id } => {
                let (_, removed) = self.delete_task(&id).ok_or(EditError::NoSuchTask(id))?;
                done(format!("Deleted “{}” (Undo brings it back)", removed.name))
            }
            Edit::AddDependency { before, after } => {
                let outcome = self.add_dependency(&before, &after)?;
                let name = |id: &Id| self.task(id).map(|t| t.name.clone()).unwrap_or_default();
                let pushed = if outcome.pushed.is_empty() {
                    String::new()
                } else {
                    format!("; {} task(s) moved later", outcome.pushed.len())
                };
                done(format!("“{}” now follows “{}”{pushed}", name(&after), name(&before)))
            }
            Edit::RemoveDependency { before, after } => {
                let index = self.task_index(&after).ok_or_else(|| EditError::NoSuchTask(after.clone()))?;
                Arc::make_mut(&mut self.tasks[index]).depends_on.retain(|d| d != &before);
                done("Dependency removed".to_owned())
            }
            Edit::AddStakeholder { side, after } => {
                let id = self.add_stakeholder(side, after.as_ref());
                Ok(Applied {
                    message: "Added a stakeholder".to_owned(),
                    created: Some((Kind::Stakeholder, id)),
                })
            }
            Edit::DuplicateStakeholder { id } => {
                let copy = self.duplicate_stakeholder(&id).ok_or(EditError::NoSuchEntity(id))?;
                Ok(Applied {
                    message: "Duplicated the stakeholder".to_owned(),
                    created: Some((Kind::Stakeholder, copy)),
                })
            }
            Edit::DeleteStakeholder { id } => {
                let removed = self.delete_stakeholder(&id).ok_or(EditError::NoSuchEntity(id))?;
                done(format!("Deleted “{}” (Undo brings it back)", removed.name))
            }
            Edit::MoveStakeholder { id, step } => {
                if self.move_stakeholder(&id, step) {
                    done("Moved the stakeholder".to_owned())
                } else {
                    Err(EditError::AtTheEnd)
                }
            }
            Edit::AddBelief => {
                let id = self.add_belief();
                Ok(Applied { message: "Added a belief".to_owned(), created: Some((Kind::Belief, id)) })
            }
            Edit::DeleteBelief { id } => {
                self.delete_belief(&id).ok_or(EditError::NoSuchEntity(id))?;
                done("Deleted the belief (Undo brings it back)".to_owned())
            }
            Edit::MoveBelief { id, step } => {
                if self.move_belief(&id, step) {
                    done("Moved the belief".to_owned())
                } else {
                    Err(EditError::AtTheEnd)
                }
            }
            Edit::SignManifesto { person } => {
                let name = self.person(&person).map(|p| p.name.clone()).unwrap_or_default();
                self.sign_manifesto(&person, today);
                done(format!("{name} signed revision {} of the manifesto", self.manifesto.revision))
            }
            Edit::AddChannel { media, for_stakeholder } => {
                let index = match &for_stakeholder {
                    Some(s) => {
                        Some(self.stakeholder_index(s).ok_or_else(|| EditError::NoSuchEntity(s.clone()))?)
                    }
                    None => None,
                };
                let id = self.add_channel(media);
                let message = match index {
                    Some(index) => {
                        let s = Arc::make_mut(&mut self.stakeholders[index]);
                        s.channels.push(id.clone());
                        format!("Added a channel for “{}”", s.name)
                    }
                    None => "Added a channel".to_owned(),
                };
                Ok(Applied { message, created: Some((Kind::Channel, id)) })
            }
            Edit::DeleteChannel { id } => {
                let removed = self.delete_channel(&id).ok_or(EditError::NoSuchEntity(id))?;
                done(format!("Deleted the channel “{}” (Undo brings it back)", removed.name))
            }
            Edit::MoveBeliefTo { id, index } => {
                if self.move_belief_to(&id, index) {
                    done("Moved the belief".to_owned())
                } else {
                    Err(EditError::NoSuchEntity(id))
                }
            }
            Edit::AddPerson { department } => {
                let id = self.add_person(department);
                Ok(Applied { message: "Added a person".to_owned(), created: Some((Kind::Person, id)) })
            }
            Edit::DeletePerson { id, replacement } => {
                let removed =
                    self.delete_person(&id, replacement.as_ref()).ok_or(EditError::NoSuchEntity(id))?;
                done(format!("Deleted “{}” (Undo brings them back)", removed.name))
            }
            Edit::AddDepartment => {
                let id = self.add_department();
                Ok(Applied {
                    message: "Added a department".to_owned(),
                    created: Some((Kind::Department, id)),
                })
            }
            Edit::DeleteDepartment { id, replacement } => {
                let removed =
                    self.delete_department(&id, replacement.as_ref()).ok_or(EditError::NoSuchEntity(id))?;
                done(format!("Deleted the department “{}” (Undo brings it back)", removed.name))
            }
            Edit::AddGoal { parent } => {
                let id = self.add_goal(parent);
                Ok(Applied { message: "Added a goal".to_owned(), created: Some((Kind::Goal, id)) })
            }
            Edit::DeleteGoal { id } => {
                let removed = self.delete_goal(&id).ok_or(EditError::NoSuchEntity(id))?;
                done(format!("Deleted the goal “{}” and its KPIs (Undo brings them back)", removed.title))
            }
            Edit::AddKpi { goal } => {
                let id = self.add_kpi(&goal);
                Ok(Applied { message: "Added a KPI".to_owned(), created: Some((Kind::Kpi, id)) })
            }
            Edit::DeleteKpi { id } => {
                let removed = self.delete_kpi(&id).ok_or(EditError::NoSuchEntity(id))?;
                done(format!("Deleted the KPI “{}” (Undo brings it back)", removed.name))
            }
            Edit::AddTaskForActivity { activity } => {
                let id = self
                    .add_task_for_activity(&activity, today)
                    .ok_or_else(|| EditError::NoSuchEntity(Id::new(activity.clone())))?;
                let name = self.task(&id).map(|t| t.name.clone()).unwrap_or_default();
                Ok(Applied {
                    message: format!("Added the task “{name}” to the plan"),
                    created: Some((Kind::Task, id)),
                })
            }
            Edit::RecordAssessment => {
                if self.record_assessment(today) {
                    done(format!("Recorded the integration ratings of {}", long_date(today)))
                } else {
                    Err(EditError::NothingToRecord)
                }
            }
            Edit::AddWorkstream => {
                let number = self.workstreams.len() + 1;
                let id = self.add_workstream(&format!("Workstream {number}"));
                Ok(Applied {
                    message: "Added a workstream".to_owned(),
                    created: Some((Kind::Workstream, id)),
                })
            }
            Edit::DeleteWorkstream { id, move_tasks_to } => {
                let target = move_tasks_to.as_ref().and_then(|t| self.workstream(t)).map(|w| w.name.clone());
                let deleted =
                    self.delete_workstream(&id, move_tasks_to.as_ref()).ok_or(EditError::NoSuchEntity(id))?;
                let name = &deleted.workstream.name;
                done(match (deleted.tasks, target) {
                    (0, _) => format!("Deleted the workstream “{name}” (Undo brings it back)"),
                    (n, Some(target)) => format!(
                        "Deleted the workstream “{name}”; {} moved to “{target}” (Undo brings it back)",
                        plural(n, "task", "tasks")
                    ),
                    (n, None) => format!(
                        "Deleted the workstream “{name}” and its {} (Undo brings them back)",
                        plural(n, "task", "tasks")
                    ),
                })
            }
            Edit::MoveWorkstream { id, step } => {
                if self.move_workstream(&id, step) {
                    done("Moved the workstream".to_owned())
                } else {
                    Err(EditError::AtTheEnd)
                }
            }
            Edit::MoveWorkstreamTo { id, index } => {
                if self.move_workstream_to(&id, index) {
                    done("Moved the workstream".to_owned())
                } else {
                    Err(EditError::NoSuchEntity(id))
                }
            }
            Edit::ReplaceWith { plan, message } => {
                *self = *plan;
                done(message)
            }
            Edit::RollForward { review_date, note } => {
                let again = self.rolled_forward_on(today).is_some();
                let id = self.roll_forward_to(today, review_date, &note);
                let what = if again { "today's review updated" } else { "baseline kept" };
                Ok(Applied {
                    message: format!(
                        "Rolled forward: {what}, review date now {}",
                        long_date(self.meta.review_date)
                    ),
                    created: Some((Kind::Review, id)),
                })
            }
        }
    }
}
