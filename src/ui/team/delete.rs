//! Deleting a person or department that plan items refer to: hand them over or clear them.

use super::TeamState;
use crate::commands::Request;
use crate::model::{Edit, Id, Plan, choices};
use crate::ui::widgets::id_combo;
use egui::RichText;

/// A person or department the user asked to delete, while they choose what happens to the
/// items that refer to it.
#[derive(Clone, Debug, PartialEq)]
pub struct PendingDelete {
    pub id: Id,
    pub is_department: bool,
    /// Who or what takes over; `None` clears the references.
    pub replacement: Option<Id>,
}

/// Asks for `id` to be deleted: at once when nothing refers to it, otherwise through the
/// reassign-or-clear dialog.
pub fn request(
    plan: &Plan,
    state: &mut TeamState,
    requests: &mut Vec<Request>,
    id: &Id,
    is_department: bool,
) {
    let refs = if is_department { plan.department_references(id) } else { plan.person_references(id) };
    if refs.is_empty() {
        requests.push(Request::Edit(delete_edit(id.clone(), is_department, None)));
    } else {
        state.pending_delete = Some(PendingDelete { id: id.clone(), is_department, replacement: None });
    }
}

fn delete_edit(id: Id, is_department: bool, replacement: Option<Id>) -> Edit {
    if is_department {
        Edit::DeleteDepartment { id, replacement }
    } else {
        Edit::DeletePerson { id, replacement }
    }
}

/// The dialog, while a deletion waits for an answer.
pub fn dialog(ctx: &egui::Context, plan: &Plan, state: &mut TeamState, requests: &mut Vec<Request>) {
    let Some(pending) = state.pending_delete.as_mut() else { return };
    let (name, refs, mut options) = if pending.is_department {
        let Some(department) = plan.department(&pending.id) else {
            state.pending_delete = None;
            return;
        };
        (department.name.clone(), plan.department_references(&pending.id), choices(&plan.departments))
    } else {
        let Some(person) = plan.person(&pending.id) else {
            state.pending_delete = None;
            return;
        };
        (person.name.clone(), plan.person_references(&pending.id), choices(&plan.people))
    };
    // The one being deleted cannot take over its own references.
    options.retain(|(id, _)| *id != pending.id);
    let mut close = false;
    let frame = egui::Frame::popup(&ctx.global_style()).inner_margin(20);
    let modal = egui::Modal::new(egui::Id::unique("team-delete")).frame(frame).show(ctx, |ui| {
        ui.set_max_width(480.0);
        let noun = if pending.is_department { "department" } else { "person" };
        ui.label(RichText::new(format!("Delete the {noun} “{name}”?")).heading());
        ui.add_space(6.0);
        let items = refs.reassignable();
        if !items.is_empty() {
            let verb = if pending.is_department { "has" } else { "owns or leads" };
            ui.label(format!("{name} {verb} {}.", join(&items)));
        }
        if refs.signatures + refs.votes > 0 {
            ui.label("Their signature on the manifesto and their votes are personal and are removed.");
        }
        if !items.is_empty() {
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                let label = ui.label("Hand them to");
                let (combo, _) = id_combo(
                    ui,
                    "delete-replacement",
                    &mut pending.replacement,
                    &options,
                    "Nobody (clear)",
                    Some(220.0),
                );
                combo.labelled_by(label.id);
            });
        }
        ui.add_space(12.0);
        ui.horizontal(|ui| {
            let action = match &pending.replacement {
                Some(_) => "Delete and hand over",
                None if items.is_empty() => "Delete",
                None => "Delete and clear",
            };
            if ui.button(action).on_hover_text("Undo brings everything back").clicked() {
                requests.push(Request::Edit(delete_edit(
                    pending.id.clone(),
                    pending.is_department,
                    pending.replacement.clone(),
                )));
                close = true;
            }
            if ui.button("Cancel").clicked() {
                close = true;
            }
        });
    });
    if close || modal.should_close() {
        state.pending_delete = None;
    }
}

/// "a, b and c".
fn join(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}
