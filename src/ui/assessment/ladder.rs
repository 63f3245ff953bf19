//! The maturity ladder (framework C): rate each stage's activities with evidence; see the
//! current stage, the rule behind it, and what stands between it and the next stage.

use super::AssessmentState;
use crate::commands::Request;
use crate::model::DATE_FORMAT;
use crate::model::{
    ActivityLevel, ActivityRating, Date, Edit, MATURITY_STAGES, MaturityStage, Plan, STAGE_RULE,
    activity_label,
};
use crate::ui::theme::Tokens;
use crate::ui::widgets::{card, date_button, fixed_label, report_edit, split};
use egui::{RichText, Ui};

/// Draws the ladder panel.
pub fn show(
    ui: &mut Ui,
    plan: &mut Plan,
    state: &mut AssessmentState,
    requests: &mut Vec<Request>,
    today: Date,
    tokens: &Tokens,
) {
    egui::ScrollArea::vertical().auto_shrink(false).show(ui, |ui| {
        let start = &mut state.start_rating;
        if ui.available_width() > 1500.0 {
            split(ui, 0.34, tokens.spacing, |[left, right]| {
                summary(left, plan, start, requests, tokens);
                stages(right, plan, start, requests, today, tokens);
            });
        } else {
            summary(ui, plan, start, requests, tokens);
            ui.add_space(tokens.spacing);
            stages(ui, plan, start, requests, today, tokens);
        }
    });
}

/// Where the organisation stands and what the next stage needs.
fn summary(ui: &mut Ui, plan: &Plan, start: &mut bool, requests: &mut Vec<Request>, tokens: &Tokens) {
    let assessment = &plan.assessment;
    let current = assessment.current_stage();
    let rated = !assessment.maturity.is_empty();
    card(ui, tokens, "Where we stand", |ui| {
        let headline = match current {
            Some(stage) => format!("Stage {} of 10: {}", stage.number, stage.name),
            None if rated => "No stage reached yet".to_owned(),
            None => "Not rated yet".to_owned(),
        };
        ui.label(RichText::new(headline).size(tokens.heading_size + 2.0).strong());
        let size = egui::vec2(ui.available_width().min(520.0), 26.0);
        meter(ui, plan, tokens, size, egui::FontId::proportional(tokens.body_size));
        ui.add(egui::Label::new(RichText::new(STAGE_RULE).small().color(tokens.muted)).wrap());
        if !rated {
            ui.add_space(tokens.spacing * 0.5);
            let text =
                "No activity is rated yet. Rate each one from stage 1 up, with the evidence that shows it.";
            ui.add(egui::Label::new(RichText::new(text).color(tokens.text)).wrap());
            let button = ui.button("Rate stage 1").on_hover_text("Go to the first stage's activities");
            if button.clicked() {
                *start = true;
            }
            return;
        }
        ui.add_space(tokens.spacing * 0.5);
        let below: Vec<String> = MATURITY_STAGES
            .iter()
            .take_while(|s| current.is_some_and(|c| s.number < c.number))
            .filter(|s| !assessment.stage_reached(s))
            .map(|s| s.number.to_string())
            .collect();
        if !below.is_empty() {
            let text = format!(
                "Stages below it not reached yet: {} (their activities need work too)",
                below.join(", ")
            );
            ui.add(egui::Label::new(RichText::new(text).color(tokens.warning)).wrap());
        }
        let Some((next, gaps)) = assessment.next_stage_gaps() else {
            ui.label(RichText::new("The top of the ladder: keep it there.").color(tokens.success));
            return;
        };
        ui.label(RichText::new(format!("To reach stage {}, {}:", next.number, next.name)).strong());
        egui::Grid::new("next-stage-gaps").num_columns(3).spacing([12.0, 6.0]).show(ui, |ui| {
            for activity in gaps {
                ui.label(activity_label(activity));
                ui.label(RichText::new(assessment.level(activity).label()).color(tokens.warning));
                let planned: Vec<_> = plan.tasks_for_activity(activity).collect();
                match planned.first() {
                    Some(task) => {
                        let text = match planned.len() {
                            1 => "1 task planned".to_owned(),
                            n => format!("{n} tasks planned"),
                        };
                        if ui.link(text).on_hover_text(format!("Show “{}” in the plan", task.name)).clicked()
                        {
                            requests.push(Request::Go(crate::model::Where::Task(task.id.clone())));
                        }
                    }
                    None => {
                        let hint =
                            format!("Add a task to the plan to establish {}", activity_label(activity));
                        let button = ui.button("+ Add a task for this").on_hover_text(hint);
                        if button.clicked() {
                            requests.push(Request::Edit(Edit::AddTaskForActivity {
                                activity: activity.to_owned(),
                            }));
                        }
                    }
                }
                ui.end_row();
            }
        });
    });
}

/// Ten boxes, one per stage, filling `size`: filled where the stage is reached, the current
/// stage outlined. The Assessment view and the workshop slide both draw it.
pub fn meter(ui: &mut Ui, plan: &Plan, tokens: &Tokens, size: egui::Vec2, font: egui::FontId) {
    let (rect, _) = ui.allocate_exact_size(size, egui::Sense::hover());
    // Gaps, corners and the current stage's outline grow with the boxes.
    let gap = (size.y * 0.15).round();
    let rounding = (size.y / 9.0).round().max(4.0);
    let stroke = (size.y / 18.0).round().max(2.0);
    let cell = (size.x - gap * 9.0) / 10.0;
    let current = plan.assessment.current_stage().map_or(0, |s| s.number);
    for stage in &MATURITY_STAGES {
        let x = rect.left() + f32::from(stage.number - 1) * (cell + gap);
        let r = egui::Rect::from_min_size(egui::pos2(x, rect.top()), egui::vec2(cell, size.y));
        let reached = plan.assessment.stage_reached(stage);
        let (fill, text) =
            if reached { (tokens.accent, tokens.on_accent) } else { (tokens.field, tokens.muted) };
        ui.painter().rect_filled(r, rounding, fill);
        if stage.number == current {
            ui.painter().rect_stroke(
                r,
                rounding,
                egui::Stroke::new(stroke, tokens.text),
                egui::StrokeKind::Outside,
            );
        }
        ui.painter().text(
            r.center(),
            egui::Align2::CENTER_CENTER,
            stage.number.to_string(),
            font.clone(),
            text,
        );
    }
}

/// Every stage with its activities, rated in place.
fn stages(
    ui: &mut Ui,
    plan: &mut Plan,
    start: &mut bool,
    requests: &mut Vec<Request>,
    today: Date,
    tokens: &Tokens,
) {
    for stage in &MATURITY_STAGES {
        let reached = plan.assessment.stage_reached(stage);
        egui::Frame::new()
            .fill(tokens.card)
            .corner_radius(tokens.card_rounding)
            .inner_margin(tokens.spacing * 0.75)
            .stroke(ui.visuals().widgets.noninteractive.bg_stroke)
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.horizontal(|ui| {
                    ui.label(RichText::new(format!("{}. {}", stage.number, stage.name)).strong());
                    if reached {
                        ui.label(RichText::new("reached").color(tokens.success));
                    }
                });
                let start = std::mem::take(start) && stage.number == 1;
                activities(ui, plan, stage, start, requests, today, tokens);
            });
        ui.add_space(6.0);
    }
}

fn activities(
    ui: &mut Ui,
    plan: &mut Plan,
    stage: &MaturityStage,
    start: bool,
    requests: &mut Vec<Request>,
    today: Date,
    tokens: &Tokens,
) {
    let mut start = start;
    // Activity names get room for the longest ("Community building and recruitment") where
    // the panel is wide enough; the evidence field takes the rest.
    let label_width = if ui.available_width() > 1000.0 { 260.0 } else { 190.0 };
    let evidence_width = (ui.available_width() - label_width - 300.0 - 130.0).max(160.0);
    egui::Grid::new(("activities", stage.number)).num_columns(4).spacing([10.0, 4.0]).show(ui, |ui| {
        for &activity in stage.activities {
            let before = plan.assessment.rating_of(activity).cloned();
            let mut rating = before.clone().unwrap_or_else(|| ActivityRating {
                activity: activity.to_owned(),
                ..ActivityRating::default()
            });
            let label = fixed_label(ui, label_width, activity_label(activity));
            ui.horizontal(|ui| {
                for level in ActivityLevel::ALL {
                    let chosen = rating.rating == level;
                    let response = ui.selectable_label(chosen, level.label()).on_hover_text(format!(
                        "{}: {}",
                        activity_label(activity),
                        level.label().to_lowercase()
                    ));
                    if response.clicked() && !chosen {
                        rating.rating = level;
                        rating.date.get_or_insert(today);
                        requests.push(Request::Edited { group: None });
                    }
                }
            });
            let evidence = ui
                .add_sized(
                    [evidence_width, 22.0],
                    egui::TextEdit::singleline(&mut rating.evidence).hint_text("Evidence: what shows it"),
                )
                .labelled_by(label.id);
            let evidence = match rating.evidence.is_empty() {
                true => evidence,
                false => evidence.on_hover_text(&rating.evidence),
            };
            if std::mem::take(&mut start) {
                evidence.scroll_to_me(Some(egui::Align::TOP));
                evidence.request_focus();
            }
            report_edit(&evidence, requests);
            match rating.date.as_mut() {
                Some(date) => {
                    let (_, changed) = date_button(ui, &format!("rated-{activity}"), date, Some(DATE_FORMAT));
                    if changed {
                        requests.push(Request::Edited { group: None });
                    }
                }
                None => {
                    ui.label(RichText::new("not rated").color(tokens.muted));
                }
            }
            ui.end_row();
            if Some(&rating) != before.as_ref()
                && (before.is_some()
                    || rating
                        != ActivityRating { activity: activity.to_owned(), ..ActivityRating::default() })
            {
                *plan.assessment.rating_mut(activity) = rating;
            }
        }
    });
}
