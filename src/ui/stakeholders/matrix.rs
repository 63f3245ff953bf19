//! The segmentation matrix: one row per stakeholder, a column per question every stakeholder
//! must answer, cells edited in place, gaps shown.

use super::StakeholderState;
use crate::commands::Request;
use crate::model::{Edit, Gap, Id, Plan, Side, Stakeholder, gap_counts, gaps};
use crate::ui::theme::Tokens;
use egui::{RichText, Ui};
use egui_extras::{Column, TableBuilder};
use std::sync::Arc;

/// The matrix's columns after the name: title, what goes in it, initial width.
const COLUMNS: [(&str, &str, f32); 8] = [
    ("Needs", "What they need from us", 200.0),
    ("How served", "How those needs are best served", 200.0),
    ("Channels", "The channels of the ecosystem that serve them", 170.0),
    ("Content strategy", "What content serves them", 200.0),
    ("Served internally by", "The department and person who serve them", 180.0),
    ("Learning", "How we keep learning and optimising", 180.0),
    ("Metrics", "The metrics that matter, one per line", 180.0),
    ("Accountable to", "Who the owner answers to", 150.0),
];

/// Height of a row: three lines of prose.
const ROW_HEIGHT: f32 = 92.0;

/// Draws the toolbar, the gap summary and the matrix.
pub fn show(
    ui: &mut Ui,
    plan: &mut Plan,
    state: &mut StakeholderState,
    requests: &mut Vec<Request>,
    tokens: &Tokens,
) {
    toolbar(ui, state, requests);
    gap_summary(ui, plan, tokens);
    ui.add_space(4.0);
    let rows = visible_rows(plan, state);
    if rows.is_empty() {
        ui.label(RichText::new("No stakeholder matches. Clear the search, or add one.").color(tokens.muted));
        return;
    }
    let shown: Vec<usize> = (0..COLUMNS.len()).filter(|c| !state.hidden.contains(c)).collect();
    egui::ScrollArea::horizontal().show(ui, |ui| {
        let mut table = TableBuilder::new(ui)
            .id_salt("segmentation-matrix")
            .striped(true)
            .resizable(true)
            .cell_layout(egui::Layout::top_down(egui::Align::Min))
            .column(Column::initial(230.0).at_least(150.0).clip(true));
        for &c in &shown {
            table = table.column(Column::initial(COLUMNS[c].2).at_least(90.0).clip(true));
        }
        let mut titles: Vec<egui::Id> = Vec::new();
        table
            .header(30.0, |mut header| {
                header.col(|ui| titles.push(ui.strong("Stakeholder").id));
                for &c in &shown {
                    header.col(|ui| titles.push(ui.strong(COLUMNS[c].0).on_hover_text(COLUMNS[c].1).id));
                }
            })
            .body(|body| {
                body.rows(ROW_HEIGHT, rows.len(), |mut row| {
                    let index = rows[row.index()];
                    let mut s = plan.stakeholders[index].as_ref().clone();
                    let gaps = gaps(plan, &s);
                    row.set_selected(state.selected.as_ref() == Some(&s.id));
                    row.col(|ui| {
                        name_cell(ui, &mut s, titles[0], state, requests);
                        ui.horizontal(|ui| {
                            row_menu(ui, &s.id, requests);
                            served_by(ui, plan, &s.id, requests);
                            for gap in &gaps {
                                ui.label(RichText::new(gap.label()).small().color(tokens.danger));
                            }
                        });
                    });
                    for (slot, &c) in shown.iter().enumerate() {
                        let title = titles[slot + 1];
                        row.col(|ui| cell(ui, plan, &mut s, c, title, &gaps, requests, tokens));
                    }
                    if &s != plan.stakeholders[index].as_ref() {
                        plan.stakeholders[index] = Arc::new(s);
                    }
                });
            });
    });
}

fn toolbar(ui: &mut Ui, state: &mut StakeholderState, requests: &mut Vec<Request>) {
    ui.horizontal_wrapped(|ui| {
        let label = ui.label("Search");
        ui.add(
            egui::TextEdit::singleline(&mut state.search)
                .hint_text("Name, segment or need")
                .desired_width(180.0),
        )
        .labelled_by(label.id);
        ui.separator();
        ui.selectable_value(&mut state.side, None, "All");
        ui.selectable_value(&mut state.side, Some(Side::Internal), "Internal");
        ui.selectable_value(&mut state.side, Some(Side::External), "External");
        ui.separator();
        ui.checkbox(&mut state.grouped, "Group by side and segment");
        ui.menu_button("Columns", |ui| {
            for (c, (title, _, _)) in COLUMNS.iter().enumerate() {
                let mut shown = !state.hidden.contains(&c);
                if ui.checkbox(&mut shown, *title).changed() {
                    if shown {
                        state.hidden.remove(&c);
                    } else {
                        state.hidden.insert(c);
                    }
                }
            }
        });
        ui.separator();
        for (side, text, hint) in [
            (Side::External, "+ External", "Add an external stakeholder (customers, media, partners…)"),
            (Side::Internal, "+ Internal", "Add an internal stakeholder (staff, departments, leadership…)"),
        ] {
            if ui.button(text).on_hover_text(hint).clicked() {
                requests.push(Request::Edit(Edit::AddStakeholder { side, after: state.selected.clone() }));
            }
        }
    });
}

fn gap_summary(ui: &mut Ui, plan: &Plan, tokens: &Tokens) {
    let counts = gap_counts(plan);
    let parts: Vec<String> = counts
        .iter()
        .filter(|(_, n)| *n > 0)
        .map(|(gap, n)| match n {
            1 => format!("1 stakeholder has {}", gap.label()),
            n => format!("{n} stakeholders have {}", gap.label()),
        })
        .collect();
    if parts.is_empty() {
        ui.label(
            RichText::new(format!(
                "All {} stakeholders have a channel, a metric and an owner.",
                plan.stakeholders.len()
            ))
            .color(tokens.success),
        );
    } else {
        ui.label(RichText::new(parts.join(" · ")).color(tokens.warning).strong());
    }
}

/// The stakeholders shown, by index, after search, side filter and grouping.
fn visible_rows(plan: &Plan, state: &StakeholderState) -> Vec<usize> {
    let needle = state.search.trim().to_lowercase();
    let mut rows: Vec<usize> = plan
        .stakeholders
        .iter()
        .enumerate()
        .filter(|(_, s)| state.side.is_none_or(|side| s.side == side))
        .filter(|(_, s)| {
            needle.is_empty()
                || [&s.name, &s.segment, &s.needs].iter().any(|text| text.to_lowercase().contains(&needle))
        })
        .map(|(i, _)| i)
        .collect();
    if state.grouped {
        rows.sort_by(|&a, &b| {
            let (a, b) = (&plan.stakeholders[a], &plan.stakeholders[b]);
            (a.side != Side::Internal, a.segment.to_lowercase())
                .cmp(&(b.side != Side::Internal, b.segment.to_lowercase()))
        });
    }
    rows
}

fn name_cell(
    ui: &mut Ui,
    s: &mut Stakeholder,
    title: egui::Id,
    state: &mut StakeholderState,
    requests: &mut Vec<Request>,
) {
    let name =
        ui.add(egui::TextEdit::singleline(&mut s.name).desired_width(f32::INFINITY)).labelled_by(title);
    crate::ui::widgets::report_edit(&name, requests);
    if name.gained_focus() || name.clicked() {
        state.selected = Some(s.id.clone());
    }
    ui.horizontal(|ui| {
        let side = if s.side == Side::Internal { "Internal" } else { "External" };
        if ui.small_button(side).on_hover_text("Switch between internal and external").clicked() {
            s.side = if s.side == Side::Internal { Side::External } else { Side::Internal };
            requests.push(Request::Edited { group: None });
        }
        let segment = ui
            .add(egui::TextEdit::singleline(&mut s.segment).hint_text("Segment").desired_width(f32::INFINITY))
            .labelled_by(title);
        crate::ui::widgets::report_edit(&segment, requests);
    });
}

/// The plan's tasks (and through them, goals) that serve a stakeholder, each a jump to the Gantt.
fn served_by(ui: &mut Ui, plan: &Plan, id: &Id, requests: &mut Vec<Request>) {
    let tasks: Vec<&crate::model::Task> =
        plan.tasks.iter().map(|t| t.as_ref()).filter(|t| t.stakeholders.contains(id)).collect();
    let mut goals: Vec<&str> = Vec::new();
    for task in &tasks {
        for goal in &task.goals {
            if let Some(g) = plan.goals.iter().find(|g| &g.id == goal)
                && !goals.contains(&g.title.as_str())
            {
                goals.push(g.title.as_str());
            }
        }
    }
    let label = format!("Served by {} task(s)", tasks.len());
    ui.menu_button(label, |ui| {
        if tasks.is_empty() {
            ui.label("No task in the plan serves this stakeholder yet.");
        }
        for task in &tasks {
            if ui.button(&task.name).on_hover_text("Show this task in the Plan view").clicked() {
                requests.push(Request::ShowTask(task.id.clone()));
            }
        }
        if !goals.is_empty() {
            ui.separator();
            ui.label(RichText::new("Goals they serve").strong());
            for goal in goals {
                ui.label(goal);
            }
        }
    });
}

/// Duplicate, move and delete for one stakeholder.
fn row_menu(ui: &mut Ui, id: &Id, requests: &mut Vec<Request>) {
    ui.menu_button("⋯", |ui| {
        let mut act = |label: &str, edit: Edit| {
            if ui.button(label).clicked() {
                requests.push(Request::Edit(edit));
            }
        };
        act("Duplicate", Edit::DuplicateStakeholder { id: id.clone() });
        act("Move up", Edit::MoveStakeholder { id: id.clone(), step: -1 });
        act("Move down", Edit::MoveStakeholder { id: id.clone(), step: 1 });
        act("Delete", Edit::DeleteStakeholder { id: id.clone() });
    })
    .response
    .on_hover_text("Duplicate, move or delete this stakeholder");
}

#[allow(clippy::too_many_arguments)]
fn cell(
    ui: &mut Ui,
    plan: &Plan,
    s: &mut Stakeholder,
    column: usize,
    title: egui::Id,
    gaps: &[Gap],
    requests: &mut Vec<Request>,
    tokens: &Tokens,
) {
    // Long answers scroll inside their cell rather than spill over the next row.
    let id = s.id.clone();
    let prose = |ui: &mut Ui, text: &mut String, requests: &mut Vec<Request>| {
        egui::ScrollArea::vertical().id_salt(("cell", &id, column)).max_height(ROW_HEIGHT - 6.0).show(
            ui,
            |ui| {
                let response = ui
                    .add(egui::TextEdit::multiline(text).desired_rows(3).desired_width(f32::INFINITY))
                    .labelled_by(title);
                crate::ui::widgets::report_edit(&response, requests);
            },
        );
    };
    match column {
        0 => prose(ui, &mut s.needs, requests),
        1 => prose(ui, &mut s.how_served, requests),
        2 => channels_cell(ui, plan, s, title, gaps.contains(&Gap::NoChannel), requests, tokens),
        3 => prose(ui, &mut s.content_strategy, requests),
        4 => {
            let departments: Vec<(Id, String)> =
                plan.departments.iter().map(|d| (d.id.clone(), d.name.clone())).collect();
            let people: Vec<(Id, String)> =
                plan.people.iter().map(|p| (p.id.clone(), p.name.clone())).collect();
            pick(ui, ("department", &s.id), &mut s.department, &departments, title, requests);
            pick(ui, ("owner", &s.id), &mut s.owner, &people, title, requests);
        }
        5 => prose(ui, &mut s.learning, requests),
        6 => prose(ui, &mut s.metrics, requests),
        _ => {
            let people: Vec<(Id, String)> =
                plan.people.iter().map(|p| (p.id.clone(), p.name.clone())).collect();
            pick(ui, ("accountable", &s.id), &mut s.accountable_to, &people, title, requests);
        }
    }
}

fn channels_cell(
    ui: &mut Ui,
    plan: &Plan,
    s: &mut Stakeholder,
    title: egui::Id,
    missing: bool,
    requests: &mut Vec<Request>,
    tokens: &Tokens,
) {
    let names: Vec<&str> = s
        .channels
        .iter()
        .filter_map(|c| plan.channels.iter().find(|ch| &ch.id == c))
        .map(|ch| ch.name.as_str())
        .collect();
    let summary = if names.is_empty() { "None yet".to_owned() } else { names.join(", ") };
    let color = if missing { tokens.danger } else { tokens.text };
    ui.add(egui::Label::new(RichText::new(summary).color(color)).wrap().truncate());
    ui.menu_button("Choose…", |ui| {
        for channel in &plan.channels {
            let mut on = s.channels.contains(&channel.id);
            let text = format!("{} ({})", channel.name, channel.media.label());
            if ui.checkbox(&mut on, text).changed() {
                if on {
                    s.channels.push(channel.id.clone());
                } else {
                    s.channels.retain(|c| c != &channel.id);
                }
                requests.push(Request::Edited { group: None });
            }
        }
    })
    .response
    .labelled_by(title);
}

fn pick(
    ui: &mut Ui,
    salt: (&str, &Id),
    value: &mut Option<Id>,
    options: &[(Id, String)],
    title: egui::Id,
    requests: &mut Vec<Request>,
) {
    let width = ui.available_width() - 8.0;
    let (response, changed) = crate::ui::widgets::id_combo(ui, salt, value, options, "—", Some(width));
    response.labelled_by(title);
    if changed {
        requests.push(Request::Edited { group: None });
    }
}
