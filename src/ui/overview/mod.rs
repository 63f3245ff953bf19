//! The Overview: the plan at a glance (what needs attention, what comes next, where the
//! organisation stands) and its details edited in place. The first thing a facilitator shows.

mod attention;
mod standing;

use super::ViewCtx;
use super::theme::Tokens;
use super::widgets::{Mark, Tile, card, date_row, mark, report_edit, text_row, tile_grid};
use crate::model::long_date;
use crate::model::{BeliefStatus, Plan, Side, Task, TaskStatus};
use egui::{RichText, Ui};

/// How many upcoming milestones the overview lists.
const UPCOMING: usize = 6;

/// Draws the overview.
pub fn show(ui: &mut Ui, ctx: &mut ViewCtx) {
    let tokens = Tokens::of(ui);
    egui::ScrollArea::vertical().auto_shrink(false).show(ui, |ui| {
        ui.add_space(tokens.spacing);
        header(ui, &tokens, ctx.plan);
        ui.add_space(tokens.spacing);
        if ui.available_width() > 900.0 {
            super::widgets::split(ui, 0.55, tokens.spacing, |[left, right]| {
                attention::show(left, &tokens, ctx.plan, ctx.requests, ctx.today);
                upcoming(right, &tokens, ctx);
                right.add_space(tokens.spacing);
                standing::show(right, &tokens, ctx.plan, ctx.requests);
            });
        } else {
            attention::show(ui, &tokens, ctx.plan, ctx.requests, ctx.today);
            ui.add_space(tokens.spacing);
            upcoming(ui, &tokens, ctx);
            ui.add_space(tokens.spacing);
            standing::show(ui, &tokens, ctx.plan, ctx.requests);
        }
        ui.add_space(tokens.spacing);
        counts(ui, &tokens, ctx.plan);
        ui.add_space(tokens.spacing);
        if !ctx.presenting {
            details(ui, &tokens, ctx);
            ui.add_space(tokens.spacing);
        }
    });
}

fn header(ui: &mut Ui, tokens: &Tokens, plan: &Plan) {
    let title = if plan.meta.title.trim().is_empty() { "Untitled plan" } else { plan.meta.title.as_str() };
    ui.label(RichText::new(title).size(tokens.title_size).strong().color(tokens.text));
    let organisation = if plan.meta.organisation.trim().is_empty() {
        "No organisation set"
    } else {
        plan.meta.organisation.as_str()
    };
    let horizon = format!(
        "{} · {} to {} · rolling {}-year horizon from the review date, {}",
        organisation,
        plan.meta.plan_start.format("%b %Y"),
        plan.horizon_end().format("%b %Y"),
        plan.meta.horizon_years,
        long_date(plan.meta.review_date),
    );
    ui.label(RichText::new(horizon).color(tokens.muted));
}

fn counts(ui: &mut Ui, tokens: &Tokens, plan: &Plan) {
    let tasks = plan.tasks.iter().filter(|t| !t.milestone).count();
    let milestones = plan.tasks.len() - tasks;
    let agreed = plan.manifesto.beliefs.iter().filter(|b| b.status == BeliefStatus::Agreed).count();
    let signed = plan.manifesto.current_signatures().count();
    let internal = plan.stakeholders.iter().filter(|s| s.side == Side::Internal).count();
    // "1 task", "2 tasks": the caption follows the number.
    let tile = |value: usize, [one, many]: [&'static str; 2], detail: Option<String>| Tile {
        value: value.to_string(),
        caption: if value == 1 { one } else { many },
        detail,
    };
    let words = |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    let external = plan.stakeholders.len() - internal;
    tile_grid(
        ui,
        tokens,
        140.0,
        vec![
            tile(plan.workstreams.len(), ["workstream", "workstreams"], None),
            tile(tasks, ["task", "tasks"], Some(words(milestones, "milestone", "milestones"))),
            tile(
                plan.stakeholders.len(),
                ["stakeholder", "stakeholders"],
                Some(format!("{internal} internal, {external} external")),
            ),
            tile(plan.channels.len(), ["channel", "channels"], None),
            tile(
                plan.people.len(),
                ["person", "people"],
                Some(words(plan.departments.len(), "department", "departments")),
            ),
            tile(plan.goals.len(), ["goal", "goals"], Some(words(plan.kpis.len(), "KPI", "KPIs"))),
            tile(
                plan.manifesto.beliefs.len(),
                ["belief", "beliefs"],
                Some(match signed {
                    0 => format!("{agreed} agreed, nobody has signed yet"),
                    n => format!("{agreed} agreed, {n} signed"),
                }),
            ),
        ],
    );
}

fn details(ui: &mut Ui, tokens: &Tokens, ctx: &mut ViewCtx) {
    card(ui, tokens, "Plan details", |ui| {
        egui::Grid::new("plan-details").num_columns(2).spacing([tokens.spacing, 8.0]).striped(false).show(
            ui,
            |ui| {
                let meta = &mut ctx.plan.meta;
                text_row(ui, "Title", &mut meta.title, "Name the plan", ctx.requests);
                text_row(ui, "Organisation", &mut meta.organisation, "Who the plan is for", ctx.requests);
                text_row(ui, "Author", &mut meta.author, "Who keeps the plan", ctx.requests);
                date_row(ui, "Plan start", &mut meta.plan_start, ctx.requests);
                let label = ui.label("Horizon");
                let years = ui
                    .add(egui::DragValue::new(&mut meta.horizon_years).range(1..=10).suffix(" years"))
                    .labelled_by(label.id)
                    .on_hover_text("How many years the rolling plan covers (three is usual)");
                report_edit(&years, ctx.requests);
                ui.end_row();
                date_row(ui, "Review date", &mut meta.review_date, ctx.requests);
            },
        );
    });
}

fn upcoming(ui: &mut Ui, tokens: &Tokens, ctx: &mut ViewCtx) {
    let plan = &*ctx.plan;
    let today = ctx.today;
    card(ui, tokens, "Coming up", |ui| {
        let mut next: Vec<&Task> =
            plan.milestones().filter(|m| m.start >= today && m.status != TaskStatus::Done).collect();
        next.sort_by_key(|m| m.start);
        if next.is_empty() {
            ui.label(
                RichText::new("No milestones ahead. Mark the plan's milestones in the Plan view.")
                    .color(tokens.muted),
            );
            let button =
                ui.button("Open the Plan view").on_hover_text("Where tasks and milestones are planned");
            if button.clicked() {
                ctx.requests.push(crate::commands::Request::Run(crate::commands::Command::ShowView(
                    crate::commands::View::Plan,
                )));
            }
            return;
        }
        egui::Grid::new("upcoming").num_columns(2).spacing([tokens.spacing, 6.0]).show(ui, |ui| {
            for m in next.iter().take(UPCOMING) {
                ui.label(RichText::new(long_date(m.start)).color(tokens.muted));
                ui.horizontal(|ui| {
                    mark(ui, Mark::Diamond, tokens.status(m.status));
                    ui.add(egui::Label::new(m.name.as_str()).wrap());
                });
                ui.end_row();
            }
        });
    });
}
