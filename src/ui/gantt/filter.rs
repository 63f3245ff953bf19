//! Filtering and highlighting tasks by department, owner, status, goal or stakeholder.

use super::state::GanttState;
use crate::model::{Choice, Id, Plan, Task, TaskStatus, choices};
use crate::ui::widgets::enum_combo;
use egui::Ui;

/// Criteria a task must meet to be highlighted (or, with `only_matching`, shown).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Filter {
    pub department: Option<Id>,
    pub owner: Option<Id>,
    pub status: Option<TaskStatus>,
    pub goal: Option<Id>,
    pub stakeholder: Option<Id>,
    /// Hide the tasks that do not match, instead of dimming them.
    pub only_matching: bool,
}

impl Filter {
    /// Whether any criterion is set.
    pub fn is_active(&self) -> bool {
        self.department.is_some()
            || self.owner.is_some()
            || self.status.is_some()
            || self.goal.is_some()
            || self.stakeholder.is_some()
    }

    /// Whether `task` meets every criterion that is set.
    pub fn matches(&self, task: &Task) -> bool {
        self.department.as_ref().is_none_or(|d| task.department.as_ref() == Some(d))
            && self.owner.as_ref().is_none_or(|o| task.owner.as_ref() == Some(o))
            && self.status.is_none_or(|s| task.status == s)
            && self.goal.as_ref().is_none_or(|g| task.goals.contains(g))
            && self.stakeholder.as_ref().is_none_or(|s| task.stakeholders.contains(s))
    }
}

/// The filter bar under the toolbar.
pub fn bar(ui: &mut Ui, plan: &Plan, state: &mut GanttState) {
    ui.horizontal_wrapped(|ui| {
        ui.label("Highlight");
        let filter = &mut state.filter;
        choose(ui, "Department", &mut filter.department, &choices(&plan.departments));
        choose(ui, "Owner", &mut filter.owner, &choices(&plan.people));
        let label = ui.label("Status");
        let any_status: Vec<Option<TaskStatus>> =
            std::iter::once(None).chain(TaskStatus::ALL.map(Some)).collect();
        let name = |status: Option<TaskStatus>| status.map_or("Any", TaskStatus::label);
        let (response, _) = enum_combo(ui, "filter-status", &mut filter.status, &any_status, name, None);
        response.labelled_by(label.id);
        choose(ui, "Goal", &mut filter.goal, &choices(&plan.goals));
        choose(ui, "Stakeholder", &mut filter.stakeholder, &choices(&plan.stakeholders));
        if filter.is_active() {
            ui.checkbox(&mut filter.only_matching, "Hide the rest");
            if ui.button("Clear").on_hover_text("Show and highlight every task again").clicked() {
                *filter = Filter::default();
            }
        }
    });
}

fn choose(ui: &mut Ui, label: &str, value: &mut Option<Id>, options: &[Choice]) {
    let label_response = ui.label(label);
    let (response, _) =
        crate::ui::widgets::id_combo(ui, ("filter", label), value, options, "Any", Some(130.0));
    response.labelled_by(label_response.id);
}
