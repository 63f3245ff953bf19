//! Filtering and highlighting tasks by department, owner, status, goal or stakeholder.

use super::state::GanttState;
use crate::model::{Id, Plan, Task, TaskStatus};
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
        let people: Vec<(Id, String)> = plan.people.iter().map(|p| (p.id.clone(), p.name.clone())).collect();
        let departments: Vec<(Id, String)> =
            plan.departments.iter().map(|d| (d.id.clone(), d.name.clone())).collect();
        let goals: Vec<(Id, String)> = plan.goals.iter().map(|g| (g.id.clone(), g.title.clone())).collect();
        let stakeholders: Vec<(Id, String)> =
            plan.stakeholders.iter().map(|s| (s.id.clone(), s.name.clone())).collect();
        let filter = &mut state.filter;
        choose(ui, "Department", &mut filter.department, &departments);
        choose(ui, "Owner", &mut filter.owner, &people);
        let label = ui.label("Status");
        egui::ComboBox::from_id_salt("filter-status")
            .selected_text(filter.status.map_or("Any", |s| s.label()))
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut filter.status, None, "Any");
                for status in TaskStatus::ALL {
                    ui.selectable_value(&mut filter.status, Some(status), status.label());
                }
            })
            .response
            .labelled_by(label.id);
        choose(ui, "Goal", &mut filter.goal, &goals);
        choose(ui, "Stakeholder", &mut filter.stakeholder, &stakeholders);
        if filter.is_active() {
            ui.checkbox(&mut filter.only_matching, "Hide the rest");
            if ui.button("Clear").on_hover_text("Show and highlight every task again").clicked() {
                *filter = Filter::default();
            }
        }
    });
}

fn choose(ui: &mut Ui, label: &str, value: &mut Option<Id>, options: &[(Id, String)]) {
    let label_response = ui.label(label);
    let (response, _) =
        crate::ui::widgets::id_combo(ui, ("filter", label), value, options, "Any", Some(130.0));
    response.labelled_by(label_response.id);
}
