//! Rolling the plan forward, and what slipped since a baseline.

use super::state::{GanttState, RollForwardForm};
use crate::commands::Request;
use crate::model::{Edit, Plan, first_of_month, slippage};
use crate::ui::theme::Tokens;
use egui::{RichText, Ui};

/// The roll-forward dialog, while it is open.
pub fn dialog(ctx: &egui::Context, plan: &Plan, state: &mut GanttState, requests: &mut Vec<Request>) {
    let Some(form) = state.roll_forward.as_mut() else { return };
    let mut close = false;
    let frame = egui::Frame::popup(&ctx.global_style()).inner_margin(20);
    let modal = egui::Modal::new(egui::Id::unique("roll-forward")).frame(frame).show(ctx, |ui| {
        ui.set_width(480.0);
        ui.label(RichText::new("Roll the plan forward").heading());
        ui.add_space(6.0);
        ui.label(
            "Keeps today's dates of every task as a baseline in the review history, then moves the review \
             date on, so the next twelve months get monthly detail.",
        );
        ui.add_space(8.0);
        egui::Grid::new("roll-forward-form").num_columns(2).spacing([12.0, 8.0]).show(ui, |ui| {
            let label = ui.label("Move the review date by");
            ui.add(egui::DragValue::new(&mut form.months).range(1..=24).suffix(" months"))
                .labelled_by(label.id);
            ui.end_row();
            let label = ui.label("Note");
            ui.add(
                egui::TextEdit::singleline(&mut form.note)
                    .hint_text("What was agreed at this review")
                    .desired_width(300.0),
            )
            .labelled_by(label.id);
            ui.end_row();
        });
        let from = plan.meta.review_date;
        let to = first_of_month(from).checked_add_months(chrono::Months::new(form.months)).unwrap_or(from);
        ui.add_space(6.0);
        ui.label(format!("Review date: {} → {}", from.format("%-d %b %Y"), to.format("%-d %b %Y")));
        ui.add_space(10.0);
        ui.horizontal(|ui| {
            if ui.button("Roll forward").clicked() {
                requests.push(Request::Edit(Edit::RollForward {
                    months: form.months,
                    note: form.note.trim().to_owned(),
                }));
                close = true;
            }
            if ui.button("Cancel").clicked() {
                close = true;
            }
        });
    });
    if close || modal.should_close() {
        state.roll_forward = None;
    }
}

/// Opens the roll-forward dialog with the plan's cadence (six months).
pub fn open(state: &mut GanttState) {
    state.roll_forward = Some(RollForwardForm { months: 6, note: String::new() });
}

/// A summary of what moved since the chosen baseline.
pub fn slippage_summary(ui: &mut Ui, plan: &Plan, state: &GanttState, tokens: &Tokens) {
    let Some(review) = state.baseline.as_ref().and_then(|id| plan.review(id)) else { return };
    let slips = slippage(plan, review);
    let when = review.previous_review_date.format("%-d %b %Y");
    if slips.is_empty() {
        ui.label(RichText::new(format!("Nothing moved since the review of {when}.")).color(tokens.muted));
        return;
    }
    let later = slips.iter().filter(|s| s.end_days > 0).count();
    let title = format!(
        "{} moved since the review of {when} ({later} finish later)",
        crate::model::plural(slips.len(), "task", "tasks")
    );
    egui::CollapsingHeader::new(title).id_salt("slippage").show(ui, |ui| {
        egui::ScrollArea::vertical().max_height(140.0).show(ui, |ui| {
            egui::Grid::new("slips").num_columns(3).spacing([16.0, 4.0]).striped(true).show(ui, |ui| {
                for slip in &slips {
                    ui.label(slip.name.as_str());
                    ui.label(days(slip.start_days, "starts"));
                    let color = if slip.end_days > 0 { tokens.late } else { tokens.on_track };
                    ui.label(RichText::new(days(slip.end_days, "ends")).color(color));
                    ui.end_row();
                }
            });
        });
    });
}

fn days(n: i64, verb: &str) -> String {
    match n {
        0 => format!("{verb} as planned"),
        n if n > 0 => format!("{verb} {n} days later"),
        n => format!("{verb} {} days earlier", -n),
    }
}
