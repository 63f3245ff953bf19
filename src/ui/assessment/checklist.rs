//! The ten-step checklist (framework A): steps the plan already answers show their derived
//! status and why; the others are set by hand. Every step keeps a note.

use crate::commands::Request;
use crate::model::{ChecklistEntry, Plan, StepStatus};
use crate::ui::theme::Tokens;
use crate::ui::widgets::report_edit;
use egui::{RichText, Ui};

/// Draws the checklist panel.
pub fn show(ui: &mut Ui, plan: &mut Plan, requests: &mut Vec<Request>, tokens: &Tokens) {
    let steps = plan.checklist();
    let done = steps.iter().filter(|s| s.status == StepStatus::Done).count();
    ui.label(RichText::new(format!("{done} of 10 steps done")).strong());
    ui.label(
        RichText::new("Where the plan already holds a step's outcome, its status comes from the plan.")
            .small()
            .color(tokens.muted),
    );
    ui.add_space(6.0);
    egui::ScrollArea::vertical().auto_shrink(false).show(ui, |ui| {
        let note_width = (ui.available_width() - 40.0 - 260.0 - 360.0).max(200.0);
        egui::Grid::new("ten-steps").num_columns(4).spacing([12.0, 8.0]).striped(true).show(ui, |ui| {
            for heading in ["", "Step", "Status", "Note"] {
                ui.label(RichText::new(heading).strong().color(tokens.muted));
            }
            ui.end_row();
            for step in steps {
                ui.label(RichText::new(format!("{}.", step.step)).strong());
                let title = crate::ui::widgets::fixed_label(ui, 260.0, step.title);
                let mut entry = plan
                    .assessment
                    .checklist
                    .iter()
                    .find(|e| e.step == step.step)
                    .cloned()
                    .unwrap_or(ChecklistEntry { step: step.step, ..ChecklistEntry::default() });
                let before = entry.clone();
                ui.allocate_ui(egui::vec2(360.0, 20.0), |ui| {
                    ui.set_min_width(360.0);
                    match &step.derived {
                        Some(why) => {
                            ui.vertical(|ui| {
                                ui.label(
                                    RichText::new(step.status.label())
                                        .color(color(step.status, tokens))
                                        .strong(),
                                )
                                .on_hover_text("Derived from the plan");
                                ui.add(
                                    egui::Label::new(RichText::new(why).small().color(tokens.muted)).wrap(),
                                );
                            });
                        }
                        None => {
                            egui::ComboBox::from_id_salt(("step-status", step.step))
                                .selected_text(
                                    RichText::new(entry.status.label()).color(color(entry.status, tokens)),
                                )
                                .show_ui(ui, |ui| {
                                    for status in StepStatus::ALL {
                                        ui.selectable_value(&mut entry.status, status, status.label());
                                    }
                                })
                                .response
                                .labelled_by(title.id);
                        }
                    }
                });
                let note = ui
                    .add(
                        egui::TextEdit::multiline(&mut entry.note)
                            .desired_rows(1)
                            .desired_width(note_width)
                            .hint_text("Note"),
                    )
                    .labelled_by(title.id);
                report_edit(&note, requests);
                ui.end_row();
                if entry != before {
                    if entry.status != before.status {
                        requests.push(Request::Edited { group: None });
                    }
                    let list = &mut plan.assessment.checklist;
                    match list.iter().position(|e| e.step == entry.step) {
                        Some(i) => list[i] = entry,
                        None => {
                            let at = list.iter().position(|e| e.step > entry.step).unwrap_or(list.len());
                            list.insert(at, entry);
                        }
                    }
                }
            }
        });
    });
}

fn color(status: StepStatus, tokens: &Tokens) -> egui::Color32 {
    match status {
        StepStatus::Done => tokens.success,
        StepStatus::InProgress => tokens.warning,
        StepStatus::NotStarted => tokens.muted,
    }
}
