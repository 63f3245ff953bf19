//! The five types of integration (framework D): rate each on the five-point scale with notes,
//! record dated copies, and compare the latest with an earlier one as a bar chart.

use super::AssessmentState;
use crate::commands::Request;
use crate::model::long_date;
use crate::model::{
    Date, Edit, INTEGRATION_SCALE, IntegrationRating, IntegrationRecord, IntegrationType, Plan,
};
use crate::ui::theme::Tokens;
use crate::ui::widgets::{card, report_edit, split};
use egui::{RichText, Ui};
use egui_plot::{Bar, BarChart, Legend, Plot};

/// Draws the integration panel.
pub fn show(
    ui: &mut Ui,
    plan: &mut Plan,
    state: &mut AssessmentState,
    requests: &mut Vec<Request>,
    today: Date,
    tokens: &Tokens,
) {
    egui::ScrollArea::vertical().auto_shrink(false).show(ui, |ui| {
        if ui.available_width() > 1000.0 {
            split(ui, 0.52, tokens.spacing, |[left, right]| {
                ratings(left, plan, requests, tokens);
                comparison(right, plan, state, requests, today, tokens);
            });
        } else {
            ratings(ui, plan, requests, tokens);
            ui.add_space(tokens.spacing);
            comparison(ui, plan, state, requests, today, tokens);
        }
    });
}

/// A short name for chart axes.
fn short_label(kind: IntegrationType) -> &'static str {
    match kind {
        IntegrationType::PaidOwnedEarned => "Paid, owned, earned",
        IntegrationType::GlobalLocal => "Global and local",
        IntegrationType::AcrossEnterprise => "Across the enterprise",
        IntegrationType::InsideOutside => "Inside and outside",
        IntegrationType::InsideEveryJob => "Inside every job",
    }
}

fn ratings(ui: &mut Ui, plan: &mut Plan, requests: &mut Vec<Request>, tokens: &Tokens) {
    card(ui, tokens, "How far each type of integration has come", |ui| {
        for kind in IntegrationType::ALL {
            let index = plan.assessment.integration.iter().position(|r| r.kind == kind);
            let mut rating = index.map_or_else(
                || IntegrationRating { kind, rating: 0, notes: String::new() },
                |i| plan.assessment.integration[i].clone(),
            );
            let before = rating.clone();
            let label = ui.label(RichText::new(kind.label()).strong());
            ui.horizontal(|ui| {
                for (n, word) in (1u8..).zip(INTEGRATION_SCALE) {
                    let chosen = rating.rating == n;
                    let button = ui
                        .selectable_label(chosen, RichText::new(n.to_string()).strong())
                        .on_hover_text(format!("{n}: {word}"));
                    if button.clicked() && !chosen {
                        rating.rating = n;
                        requests.push(Request::Edited { group: None });
                    }
                }
                let word = match rating.rating {
                    1..=5 => INTEGRATION_SCALE[usize::from(rating.rating) - 1],
                    _ => "Not rated",
                };
                ui.label(RichText::new(word).color(if rating.rating == 0 {
                    tokens.muted
                } else {
                    tokens.text
                }));
            });
            let hint =
                if rating.rating == 0 { "Rate it first" } else { "Notes: what shows it, what holds it back" };
            let notes = ui
                .add_enabled(
                    rating.rating > 0,
                    egui::TextEdit::multiline(&mut rating.notes)
                        .desired_rows(1)
                        .desired_width(f32::INFINITY)
                        .hint_text(hint),
                )
                .labelled_by(label.id);
            report_edit(&notes, requests);
            ui.add_space(tokens.spacing * 0.5);
            if rating != before {
                match index {
                    Some(i) => plan.assessment.integration[i] = rating,
                    None => {
                        // Keep the framework's order in the file.
                        let at = plan
                            .assessment
                            .integration
                            .iter()
                            .position(|r| order(r.kind) > order(kind))
                            .unwrap_or(plan.assessment.integration.len());
                        plan.assessment.integration.insert(at, rating);
                    }
                }
            }
        }
    });
}

fn order(kind: IntegrationType) -> usize {
    IntegrationType::ALL.iter().position(|k| *k == kind).unwrap_or(usize::MAX)
}

/// The chart of the current ratings against an earlier record, and the record button.
fn comparison(
    ui: &mut Ui,
    plan: &Plan,
    state: &mut AssessmentState,
    requests: &mut Vec<Request>,
    today: Date,
    tokens: &Tokens,
) {
    let history = &plan.assessment.history;
    let earlier: Vec<&IntegrationRecord> = history.iter().filter(|r| r.date < today).collect();
    let chosen = state
        .compare_with
        .and_then(|date| history.iter().find(|r| r.date == date))
        .or_else(|| earlier.last().copied());
    card(ui, tokens, "Now compared with before", |ui| {
        ui.horizontal_wrapped(|ui| {
            let label = ui.label("Compare with");
            let text = chosen.map_or_else(|| "No earlier record".to_owned(), |r| long_date(r.date));
            egui::ComboBox::from_id_salt("compare-integration")
                .selected_text(text)
                .show_ui(ui, |ui| {
                    for record in history.iter().rev() {
                        let text = long_date(record.date);
                        ui.selectable_value(&mut state.compare_with, Some(record.date), text);
                    }
                })
                .response
                .labelled_by(label.id);
            let hint = "Keep a dated copy of today's ratings, to compare with next year";
            if ui.button("Record assessment").on_hover_text(hint).clicked() {
                requests.push(Request::Edit(Edit::RecordAssessment));
            }
        });
        chart(ui, plan, chosen, tokens);
        ui.label(
            RichText::new("Scale: 1 just a start · 3 somewhere in the middle · 5 big gains")
                .small()
                .color(tokens.muted),
        );
        ui.label(
            RichText::new(format!(
                "{} dated record(s). Rolling the plan forward also keeps one.",
                history.len()
            ))
            .small()
            .color(tokens.muted),
        );
    });
}

fn chart(ui: &mut Ui, plan: &Plan, earlier: Option<&IntegrationRecord>, tokens: &Tokens) {
    // Horizontal bars: the five types read down the left axis, the scale runs 1 to 5.
    let row = |kind: IntegrationType| 4.0 - order(kind) as f64;
    let rating_of = |ratings: &[IntegrationRating], kind| {
        ratings.iter().find(|r| r.kind == kind).map_or(0.0, |r| f64::from(r.rating.min(5)))
    };
    let bars = |ratings: &[IntegrationRating], offset: f64, color: egui::Color32| -> Vec<Bar> {
        IntegrationType::ALL
            .iter()
            .map(|kind| {
                Bar::new(row(*kind) + offset, rating_of(ratings, *kind))
                    .width(0.36)
                    .name(kind.label())
                    .fill(color)
                    .stroke(egui::Stroke::NONE)
            })
            .collect()
    };
    let offset = if earlier.is_some() { 0.2 } else { 0.0 };
    let now = BarChart::new("Now", bars(&plan.assessment.integration, offset, tokens.accent))
        .color(tokens.accent)
        .horizontal();
    let before = earlier.map(|record| {
        let name = long_date(record.date);
        BarChart::new(name, bars(&record.ratings, -0.2, tokens.not_started))
            .color(tokens.not_started)
            .horizontal()
    });
    Plot::new("integration-chart")
        .height(300.0)
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .show_x(false)
        .show_y(false)
        .include_x(0.0)
        .include_x(5.3)
        .include_y(-0.6)
        .include_y(4.6)
        .y_axis_min_width(150.0)
        .legend(Legend::default().position(egui_plot::Corner::RightBottom))
        .y_axis_formatter(|mark, _| {
            let index = mark.value.round();
            if (mark.value - index).abs() > 1e-6 || !(0.0..5.0).contains(&index) {
                return String::new();
            }
            short_label(IntegrationType::ALL[4 - index as usize]).to_owned()
        })
        .x_axis_formatter(|mark, _| {
            if mark.value.fract() == 0.0 && (1.0..=5.0).contains(&mark.value) {
                format!("{}", mark.value)
            } else {
                String::new()
            }
        })
        .x_grid_spacer(egui_plot::uniform_grid_spacer(|_| [1.0, 1.0, 1.0]))
        .y_grid_spacer(egui_plot::uniform_grid_spacer(|_| [1.0, 1.0, 1.0]))
        .show(ui, |plot| {
            if let Some(before) = before {
                plot.bar_chart(before);
            }
            plot.bar_chart(now);
        });
}
