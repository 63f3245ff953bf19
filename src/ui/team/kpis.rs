//! A goal's KPIs: baseline, current value and target with a progress bar, unit and due date.

use super::{GoalsCtx, in_three_months, take_focus};
use crate::commands::Request;
use crate::model::DATE_FORMAT;
use crate::model::{Date, Edit, Id, Kpi, KpiStatus, Plan, edit_shared};
use crate::ui::theme::Tokens;
use crate::ui::widgets::{date_button, report_edit};
use egui::{RichText, Ui};

/// Draws the KPIs of `goal` as an editable table.
pub fn table(ui: &mut Ui, plan: &mut Plan, goal: &Id, cx: &mut GoalsCtx) {
    let tokens = cx.tokens;
    let indices: Vec<usize> = (0..plan.kpis.len()).filter(|&i| &plan.kpis[i].goal == goal).collect();
    if indices.is_empty() {
        ui.label(
            RichText::new("No KPIs yet: how will you know this goal is met?").small().color(tokens.warning),
        );
        return;
    }
    // The numbers, unit, due date, percentage, status and Delete need about 700 px; name and
    // bar share the rest.
    let spare = (ui.available_width() - 700.0).max(260.0);
    let name_width = (spare * 0.55).clamp(160.0, 360.0);
    let widths = Widths { name: name_width, bar: (spare - name_width - 16.0).clamp(100.0, 260.0) };
    egui::Grid::new(("kpis", goal)).num_columns(9).spacing([8.0, 6.0]).striped(true).show(ui, |ui| {
        let headings = ["KPI", "Baseline", "Current", "Target", "Unit", "Due", "Progress", "", ""]
            .map(|heading| ui.label(RichText::new(heading).strong().color(tokens.muted)).id);
        ui.end_row();
        for index in indices {
            let id = plan.kpis[index].id.clone();
            edit_shared(&mut plan.kpis[index], |kpi| {
                row(ui, kpi, &headings, cx, widths);
            });
            let delete =
                ui.small_button("Delete").on_hover_text(format!("Delete the KPI {}", plan.kpis[index].name));
            ui.end_row();
            if delete.clicked() {
                cx.requests.push(Request::Edit(Edit::DeleteKpi { id }));
            }
        }
    });
}

/// The widths of a KPI row's two flexible columns.
#[derive(Clone, Copy)]
struct Widths {
    /// The name field.
    name: f32,
    /// The progress bar with its percentage.
    bar: f32,
}

/// One KPI's editors, each named by its column's heading in `headings`.
fn row(ui: &mut Ui, kpi: &mut Kpi, headings: &[egui::Id; 9], cx: &mut GoalsCtx, widths: Widths) {
    let (state, requests, today, tokens) = (&mut *cx.state, &mut *cx.requests, cx.today, cx.tokens);
    let id = kpi.id.clone();
    let name = ui
        .add_sized(
            [widths.name, 22.0],
            egui::TextEdit::singleline(&mut kpi.name).hint_text("What is measured"),
        )
        .labelled_by(headings[0]);
    report_edit(&name, requests);
    take_focus(ui, state, &id, &name, &kpi.name);
    let speed = ((kpi.target - kpi.baseline).abs() / 200.0).clamp(0.01, 1000.0);
    let baseline = ui
        .add(number_field(&mut kpi.baseline, speed))
        .labelled_by(headings[1])
        .on_hover_text("Where it stood when the goal was set");
    report_edit(&baseline, requests);
    match kpi.current.as_mut() {
        Some(current) => {
            let response = ui
                .add(number_field(current, speed))
                .labelled_by(headings[2])
                .on_hover_text("The latest measured value");
            report_edit(&response, requests);
        }
        None => {
            if ui.small_button("Measure").on_hover_text("Record a current value").clicked() {
                kpi.current = Some(kpi.baseline);
                requests.push(Request::Edited { group: None });
            }
        }
    }
    let target = ui
        .add(number_field(&mut kpi.target, speed))
        .labelled_by(headings[3])
        .on_hover_text("The value that meets the goal");
    report_edit(&target, requests);
    let unit = ui
        .add_sized([80.0, 22.0], egui::TextEdit::singleline(&mut kpi.unit).hint_text("unit"))
        .labelled_by(headings[4]);
    report_edit(&unit, requests);
    match kpi.due.as_mut() {
        Some(due) => {
            let (picker, changed) = date_button(ui, &format!("kpi-due-{id}"), due, Some(DATE_FORMAT));
            picker.labelled_by(headings[5]);
            if changed {
                requests.push(Request::Edited { group: None });
            }
        }
        None => {
            let button = ui
                .small_button("Set due date")
                .on_hover_text("Propose a date three months from today; click it to change it");
            if button.clicked() {
                kpi.due = Some(in_three_months(today));
                requests.push(Request::Edited { group: None });
            }
        }
    }
    progress(ui, kpi, today, tokens, widths.bar);
}

/// The progress bar and, beside it, the percentage and the KPI's status in words. The text
/// sits beside the bar, on the card, so it reads in both themes whatever the bar's fill.
fn progress(ui: &mut Ui, kpi: &Kpi, today: Date, tokens: &Tokens, width: f32) {
    let status = kpi.status(today);
    let (color, words) = match status {
        KpiStatus::Achieved => (tokens.success, "Target reached"),
        KpiStatus::InProgress => (tokens.muted, "On the way"),
        KpiStatus::Overdue => (tokens.danger, "Past due, short of target"),
        KpiStatus::NotMeasured => (tokens.muted, "Not measured yet"),
    };
    ui.horizontal(|ui| {
        let bar_width = (width - 52.0).max(48.0);
        match kpi.progress() {
            Some(fraction) => {
                let shown = fraction.clamp(0.0, 1.0) as f32;
                let fill = if status == KpiStatus::InProgress { tokens.accent } else { color };
                ui.add(egui::ProgressBar::new(shown).desired_width(bar_width).fill(fill)).on_hover_text(
                    format!(
                        "{} {unit} of {} {unit}, from a baseline of {} {unit}",
                        short(kpi.current.unwrap_or(kpi.baseline)),
                        short(kpi.target),
                        short(kpi.baseline),
                        unit = kpi.unit
                    ),
                );
                crate::ui::widgets::fixed_label(
                    ui,
                    44.0,
                    RichText::new(percent(fraction)).color(tokens.text),
                );
            }
            None => {
                ui.add(egui::ProgressBar::new(0.0).desired_width(bar_width));
                crate::ui::widgets::fixed_label(ui, 44.0, RichText::new("—").color(tokens.muted));
            }
        }
    });
    ui.label(RichText::new(words).color(color));
}

/// A fraction as a whole percentage, never "-0%".
pub(crate) fn percent(fraction: f64) -> String {
    let whole = (fraction * 100.0).round();
    let whole = if whole.is_finite() { whole as i64 } else { 0 };
    format!("{whole}%")
}

/// A draggable, typeable number.
fn number_field(value: &mut f64, speed: f64) -> egui::DragValue<'_> {
    egui::DragValue::new(value).speed(speed).max_decimals(2)
}

/// A number without needless decimals ("12", "3.5").
fn short(value: f64) -> String {
    let rounded = (value * 100.0).round() / 100.0;
    if rounded.fract() == 0.0 { format!("{rounded:.0}") } else { format!("{rounded}") }
}
