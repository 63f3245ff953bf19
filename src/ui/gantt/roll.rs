//! Rolling the plan forward, and what slipped since a baseline.

use super::state::{GanttState, RollForwardForm};
use crate::commands::Request;
use crate::model::{DATE_FORMAT, long_date};
use crate::model::{
    Date, Edit, Plan, REVIEW_INTERVAL_MONTHS, ScaleKind, TimeScale, Unit, first_of_month, months_after,
    rolling_rule, slippage,
};
use crate::ui::theme::Tokens;
use chrono::Datelike;
use egui::{RichText, Ui};

/// How far past today a new review date may go before the dialog warns (a year).
const FAR_AHEAD_MONTHS: u32 = 12;

/// The roll-forward dialog, while it is open. The plan's review date is the review last held,
/// so it proposes the review due now ([`Plan::review_due`]), lets the user choose another date
/// (or a number of months), shows the rolling scale that date gives, and warns when the date is
/// in the future, skips a due review or is far ahead.
pub fn dialog(
    ctx: &egui::Context,
    plan: &Plan,
    state: &mut GanttState,
    today: Date,
    requests: &mut Vec<Request>,
) {
    let Some(form) = state.roll_forward.as_mut() else { return };
    let held = plan.review_held(today);
    let due = plan.review_due(today);
    let again = plan.rolled_forward_on(today);
    if form.review_date.is_none() {
        form.review_date = Some(due);
        if let Some(review) = again {
            form.note.clone_from(&review.note);
        }
    }
    let mut close = false;
    let frame = egui::Frame::popup(&ctx.global_style()).inner_margin(20);
    let modal = egui::Modal::new(egui::Id::unique("roll-forward")).frame(frame).show(ctx, |ui| {
        let tokens = Tokens::of(ui);
        ui.set_width(560.0);
        ui.label(RichText::new("Roll the plan forward").heading());
        ui.add_space(6.0);
        ui.label(
            "Keeps every task's dates as a baseline in the review history, then sets the review date \
             to the review being held. The twelve months from it get monthly detail.",
        );
        if again.is_some() {
            ui.add_space(6.0);
            ui.label(
                RichText::new(
                    "Already rolled forward today. Rolling forward again updates today's entry in the \
                     history (today's dates, the note, the new review date) instead of adding a second one.",
                )
                .color(tokens.warning),
            );
        }
        ui.add_space(8.0);
        let mut new = form.review_date.unwrap_or(due);
        egui::Grid::new("roll-forward-form").num_columns(2).spacing([12.0, 8.0]).show(ui, |ui| {
            ui.label("Today");
            ui.label(long_date(today));
            ui.end_row();
            ui.label("Current review date");
            if again.is_some() {
                ui.label(format!(
                    "{} (set today; it was {})",
                    long_date(plan.meta.review_date),
                    long_date(held)
                ));
            } else {
                ui.label(long_date(plan.meta.review_date));
            }
            ui.end_row();
            ui.label("Review due");
            ui.horizontal(|ui| {
                ui.label(format!("{} (every {REVIEW_INTERVAL_MONTHS} months)", long_date(due)));
                if new != due && ui.button("Use this date").clicked() {
                    new = due;
                }
            });
            ui.end_row();
            let label = ui.label("New review date");
            let (picker, _) =
                crate::ui::widgets::date_button(ui, "roll-forward-date", &mut new, Some(DATE_FORMAT));
            picker.labelled_by(label.id);
            ui.end_row();
            let label = ui.label("Or move it by");
            ui.horizontal(|ui| {
                let mut months = months_between(held, new).clamp(1, 60);
                let field = ui.add(egui::DragValue::new(&mut months).range(1..=60)).labelled_by(label.id);
                if field.changed() {
                    new = months_after(held, months);
                }
                ui.label(format!("months after the review of {}", long_date(held)));
            });
            ui.end_row();
            let label = ui.label("Note");
            ui.add(
                egui::TextEdit::singleline(&mut form.note)
                    .hint_text("What was agreed at this review")
                    .desired_width(340.0),
            )
            .labelled_by(label.id);
            ui.end_row();
        });
        form.review_date = Some(new);

        ui.add_space(8.0);
        ui.label(
            RichText::new(format!("Review date: {} → {}", long_date(plan.meta.review_date), long_date(new)))
                .strong(),
        );
        for warning in warnings(held, due, new, today) {
            ui.label(RichText::new(warning).color(tokens.warning));
        }

        ui.add_space(8.0);
        ui.label(RichText::new("The rolling scale after this").strong());
        let (from, to) = plan.chart_range();
        let scale = TimeScale::new(ScaleKind::Rolling, from.min(today), to.max(today), new, today, 1.0);
        ui.label(RichText::new(column_strip(&scale)).monospace());
        ui.label(RichText::new(rolling_rule(new, today)).color(tokens.muted));

        ui.add_space(10.0);
        let allowed = new > held;
        if !allowed {
            let text = if due <= held {
                format!(
                    "The plan was rolled forward at the review of {}; the next is due {}.",
                    long_date(held),
                    long_date(months_after(held, REVIEW_INTERVAL_MONTHS))
                )
            } else {
                format!("Choose a date after the review of {}.", long_date(held))
            };
            ui.label(RichText::new(text).color(tokens.danger));
        }
        ui.horizontal(|ui| {
            if ui.add_enabled(allowed, egui::Button::new("Roll forward")).clicked() {
                requests.push(Request::Edit(Edit::RollForward {
                    review_date: new,
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

/// Opens the roll-forward dialog; it proposes the review due when it first shows.
pub fn open(state: &mut GanttState) {
    state.roll_forward = Some(RollForwardForm::default());
}

/// What is odd about moving the review date to `new` on `today`, when `held` is the review
/// last held and `due` the review due now. Short, plain sentences.
pub fn warnings(held: Date, due: Date, new: Date, today: Date) -> Vec<String> {
    let mut found = Vec::new();
    if new <= held {
        return found;
    }
    if new > today {
        found.push(format!(
            "{} is after today: the months until then stay monthly, but that review has not \
             happened yet.",
            long_date(new)
        ));
    }
    let first_missed = months_after(held, REVIEW_INTERVAL_MONTHS);
    if first_missed < first_of_month(due) {
        let last_missed = due.checked_sub_months(chrono::Months::new(REVIEW_INTERVAL_MONTHS)).unwrap_or(due);
        if last_missed > first_missed {
            found.push(format!(
                "The reviews due {} to {} were not held.",
                long_date(first_missed),
                long_date(last_missed)
            ));
        } else {
            found.push(format!("The review due {} was not held.", long_date(first_missed)));
        }
    }
    if new > due {
        found.push(format!("This skips the review due {}.", long_date(due)));
    }
    if today.checked_add_months(chrono::Months::new(FAR_AHEAD_MONTHS)).is_some_and(|limit| new > limit) {
        found.push("That is more than a year from today: a long time without a review.".to_owned());
    }
    found
}

/// The columns of `scale` in one line, a bar between the half-years and the months:
/// "H2 26 | Dec Jan Feb … Nov | Dec–May Jun–Nov".
pub fn column_strip(scale: &TimeScale) -> String {
    let mut groups: Vec<(Unit, Vec<String>)> = Vec::new();
    for column in scale.columns() {
        let label = column.unit.label(column.start);
        match groups.last_mut() {
            Some((unit, labels)) if *unit == column.unit => labels.push(label),
            _ => groups.push((column.unit, vec![label])),
        }
    }
    groups.iter().map(|(_, labels)| labels.join(" ")).collect::<Vec<_>>().join(" | ")
}

/// Whole months from `from`'s month to `to`'s month.
fn months_between(from: Date, to: Date) -> u32 {
    let number = |d: Date| i64::from(d.year()) * 12 + i64::from(d.month0());
    u32::try_from(number(first_of_month(to)) - number(first_of_month(from))).unwrap_or(0)
}

/// A summary of what moved since the chosen baseline.
pub fn slippage_summary(ui: &mut Ui, plan: &Plan, state: &GanttState, tokens: &Tokens) {
    let Some(review) = state.baseline.as_ref().and_then(|id| plan.review(id)) else { return };
    let slips = slippage(plan, review);
    let when = long_date(review.previous_review_date);
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
