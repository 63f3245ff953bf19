//! The goals panel: the goal tree, each goal with its KPIs and the tasks that serve it.

use super::{GoalsCtx, count, kpis, take_focus};
use crate::commands::Request;
use crate::model::long_date;
use crate::model::{Edit, Id, KpiStatus, Plan, choices, edit_shared};
use crate::ui::theme::Tokens;
use crate::ui::widgets::{hidden_label, id_combo, report_edit};
use egui::{RichText, Ui};

/// How far a sub-goal is indented per level.
const INDENT: f32 = 28.0;

/// Draws the goals panel.
pub fn show(ui: &mut Ui, plan: &mut Plan, cx: &mut GoalsCtx) {
    let (requests, today, tokens) = (&mut *cx.requests, cx.today, cx.tokens);
    let overdue = plan.kpis.iter().filter(|k| k.status(today) == KpiStatus::Overdue).count();
    let achieved = plan.kpis.iter().filter(|k| k.status(today) == KpiStatus::Achieved).count();
    // The button comes first, so the counts beside it never move it.
    ui.horizontal_wrapped(|ui| {
        if ui.button("+ Add goal").on_hover_text("Add a top-level goal").clicked() {
            requests.push(Request::Edit(Edit::AddGoal { parent: None }));
        }
        if plan.goals.is_empty() {
            ui.label(
                RichText::new(
                    "No goals yet. Write the first thing the plan should achieve; KPIs then measure it.",
                )
                .color(tokens.muted),
            );
            return;
        }
        let counts = format!(
            "{} · {}",
            count(plan.goals.len(), "goal", "goals"),
            count(plan.kpis.len(), "KPI", "KPIs")
        );
        ui.label(RichText::new(counts).strong());
        if achieved > 0 {
            ui.label(RichText::new(format!("{achieved} reached")).color(tokens.success));
        }
        if overdue > 0 {
            ui.label(RichText::new(format!("{overdue} past due and short of target")).color(tokens.danger));
        }
    });
    if plan.goals.is_empty() {
        return;
    }
    ui.label(
        RichText::new("Goals ladder up to one holistic plan: give a goal a parent to make it a sub-goal.")
            .small()
            .color(tokens.muted),
    );
    ui.add_space(6.0);
    let tree: Vec<(usize, Id)> =
        plan.goal_tree().into_iter().map(|(depth, g)| (depth, g.id.clone())).collect();
    egui::ScrollArea::vertical().auto_shrink(false).show(ui, |ui| {
        for (position, (depth, id)) in tree.iter().enumerate() {
            // A goal cannot ladder up to itself or to anything below it.
            let below: Vec<&Id> =
                tree[position + 1..].iter().take_while(|(d, _)| d > depth).map(|(_, id)| id).collect();
            ui.horizontal_top(|ui| {
                ui.add_space(INDENT * (*depth).min(6) as f32);
                ui.vertical(|ui| goal_card(ui, plan, id, &below, cx));
            });
            ui.add_space(8.0);
        }
    });
}

/// A goal's card: title, parent, owner, description, its KPIs and the tasks serving it.
/// `below` are the goals under it in the tree (it cannot ladder up to them).
fn goal_card(ui: &mut Ui, plan: &mut Plan, id: &Id, below: &[&Id], cx: &mut GoalsCtx) {
    let tokens = cx.tokens;
    let Some(index) = plan.goals.iter().position(|g| &g.id == id) else { return };
    let mut parents = choices(&plan.goals);
    parents.retain(|(goal, _)| goal != id && !below.contains(&goal));
    let people = choices(&plan.people);
    egui::Frame::new()
        .fill(tokens.card)
        .corner_radius(tokens.card_rounding)
        .inner_margin(tokens.spacing)
        .stroke(ui.visuals().widgets.noninteractive.bg_stroke)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            edit_shared(&mut plan.goals[index], |goal| {
                let title = ui
                    .add(
                        egui::TextEdit::singleline(&mut goal.title)
                            .font(egui::FontId::proportional(tokens.heading_size))
                            .desired_width(f32::INFINITY)
                            .hint_text("What should the plan achieve?"),
                    )
                    .labelled_by(hidden_label(ui, "Goal"));
                report_edit(&title, cx.requests);
                take_focus(ui, cx.state, id, &title, &goal.title);
                ui.horizontal_wrapped(|ui| {
                    let label = ui.label("Ladders up to");
                    let (combo, changed) = id_combo(
                        ui,
                        ("goal-parent", id),
                        &mut goal.parent,
                        &parents,
                        "— (top level)",
                        Some(220.0),
                    );
                    combo.labelled_by(label.id);
                    let label = ui.label("Owner");
                    let (combo, owner_changed) =
                        id_combo(ui, ("goal-owner", id), &mut goal.owner, &people, "—", Some(180.0));
                    combo.labelled_by(label.id);
                    if changed || owner_changed {
                        cx.requests.push(Request::Edited { group: None });
                    }
                    ui.add_space(tokens.spacing);
                    if ui.button("+ Add KPI").on_hover_text("Add a measure of this goal").clicked() {
                        cx.requests.push(Request::Edit(Edit::AddKpi { goal: id.clone() }));
                    }
                    if ui
                        .button("+ Add sub-goal")
                        .on_hover_text("Add a goal that ladders up to this one")
                        .clicked()
                    {
                        cx.requests.push(Request::Edit(Edit::AddGoal { parent: Some(id.clone()) }));
                    }
                    if ui
                        .button("Delete goal")
                        .on_hover_text(
                            "Delete this goal and its KPIs; its sub-goals move up (Undo brings it back)",
                        )
                        .clicked()
                    {
                        cx.requests.push(Request::Edit(Edit::DeleteGoal { id: id.clone() }));
                    }
                });
                let description = ui
                    .add(
                        egui::TextEdit::multiline(&mut goal.description)
                            .desired_rows(1)
                            .desired_width(f32::INFINITY)
                            .hint_text("Description: what success looks like, in a sentence or two"),
                    )
                    .labelled_by(hidden_label(ui, "Description"));
                report_edit(&description, cx.requests);
            });
            ui.add_space(4.0);
            kpis::table(ui, plan, id, cx);
            ui.add_space(4.0);
            linked_tasks(ui, plan, id, cx.requests, tokens);
        });
}

/// The tasks that serve the goal, each a link to it in the Gantt view.
fn linked_tasks(ui: &mut Ui, plan: &Plan, goal: &Id, requests: &mut Vec<Request>, tokens: &Tokens) {
    let tasks: Vec<_> = plan.tasks_for_goal(goal).collect();
    if tasks.is_empty() {
        ui.label(
            RichText::new("No tasks serve this goal yet; link tasks to it in the Plan view's task editor.")
                .small()
                .color(tokens.muted),
        );
        return;
    }
    egui::CollapsingHeader::new(format!("Tasks serving it ({})", tasks.len()))
        .id_salt(("goal-tasks", goal))
        .default_open(tasks.len() <= 4)
        .show(ui, |ui| {
            egui::Grid::new(("goal-task-list", goal)).num_columns(3).spacing([16.0, 4.0]).show(ui, |ui| {
                for task in tasks {
                    let hint = format!("Show “{}” in the plan", task.name);
                    if ui.link(&task.name).on_hover_text(hint).clicked() {
                        requests.push(Request::Go(crate::model::Where::Task(task.id.clone())));
                    }
                    let when = if task.milestone {
                        long_date(task.start)
                    } else {
                        format!("{} – {}", long_date(task.start), long_date(task.end))
                    };
                    ui.label(RichText::new(when).color(tokens.muted));
                    ui.label(RichText::new(task.status.label()).color(tokens.muted));
                    ui.end_row();
                }
            });
        });
}
