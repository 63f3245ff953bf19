//! The segmentation matrix: one row per stakeholder, a column per question every stakeholder
//! must answer, cells edited in place, gaps shown.

use super::StakeholderState;
use crate::commands::Request;
use crate::model::{Edit, Gap, Id, Plan, Side, Stakeholder, choices, edit_copy, gap_counts, gaps};
use crate::ui::theme::Tokens;
use egui::{RichText, Ui};
use egui_extras::{Column, TableBuilder};
use std::collections::HashSet;
use std::sync::Arc;

/// The matrix's columns after the name: title, what goes in it, initial width. A gap's
/// [`Gap::field`] is the title of the column where it is closed.
const COLUMNS: [(&str, &str, f32); 9] = [
    ("Needs", "What they need from us", 200.0),
    ("How served", "How those needs are best served", 200.0),
    ("Channels", "The channels of the ecosystem that serve them", 170.0),
    ("Content strategy", "What content serves them", 200.0),
    ("Served internally by", "The department that serves them", 170.0),
    ("Owner", "The person who owns the relationship", 160.0),
    ("Learning", "How we keep learning and optimising", 180.0),
    ("Metrics", "The metrics that matter, one per line", 180.0),
    ("Accountable to", "Who the owner answers to", 160.0),
];

/// Height of a row: three lines of prose.
const ROW_HEIGHT: f32 = 92.0;

/// Width of the stakeholder column, which stays put when the matrix scrolls sideways.
const NAME_WIDTH: f32 = 240.0;

/// The column where `gap` is closed.
fn gap_column(gap: Gap) -> usize {
    COLUMNS.iter().position(|c| c.0 == gap.field()).unwrap_or(0)
}

/// The column of the stakeholder's first gap that is not hidden, if any.
pub(super) fn first_gap_column(plan: &Plan, s: &Stakeholder, hidden: &HashSet<usize>) -> Option<usize> {
    gaps(plan, s).into_iter().map(gap_column).find(|c| !hidden.contains(c))
}

/// Draws the toolbar, the gap summary and the matrix (or, with no stakeholders, where to start).
pub fn show(
    ui: &mut Ui,
    plan: &mut Plan,
    state: &mut StakeholderState,
    requests: &mut Vec<Request>,
    tokens: &Tokens,
) {
    if plan.stakeholders.is_empty() {
        super::empty_state(ui, tokens, "No stakeholders yet. Start with who the plan serves.", |ui| {
            super::add_stakeholder_buttons(ui, plan, state, requests, false);
        });
        return;
    }
    toolbar(ui, plan, state, requests);
    gap_summary(ui, plan, tokens);
    ui.add_space(4.0);
    let mut rows = visible_rows(plan, state);
    // A row to reveal that the filters hide: clear them.
    if let Some(reveal) = &state.reveal
        && !rows.iter().any(|&i| plan.stakeholders[i].id == reveal.id)
        && plan.stakeholder_index(&reveal.id).is_some()
    {
        state.search.clear();
        state.side = None;
        rows = visible_rows(plan, state);
    }
    if rows.is_empty() {
        ui.label(RichText::new("No stakeholder matches. Clear the search, or add one.").color(tokens.muted));
        return;
    }
    let shown: Vec<usize> = (0..COLUMNS.len()).filter(|c| !state.hidden.contains(c)).collect();
    let ui_visuals = ui.visuals().clone();
    let mut scroll_to_row = None;
    if let Some(reveal) = &mut state.reveal {
        if reveal.frames_left == 0 {
            state.reveal = None;
        } else {
            reveal.frames_left -= 1;
            if !reveal.row_asked {
                reveal.row_asked = true;
                scroll_to_row = rows.iter().position(|&i| plan.stakeholders[i].id == reveal.id);
            }
        }
    }
    egui::ScrollArea::horizontal().id_salt("segmentation-matrix-h").show(ui, |ui| {
        // The visible part of the matrix. The stakeholder column is drawn at its left edge and
        // the other cells are cut off where they slide under it; rows are striped here (not by
        // the table) so that nothing of a cell shows through.
        let viewport = ui.clip_rect();
        let spacing = ui.spacing().item_spacing;
        let mut uncovered = egui::Rect::EVERYTHING;
        uncovered.min.x = viewport.left() + NAME_WIDTH + spacing.x / 2.0;
        let mut table = TableBuilder::new(ui)
            .id_salt("segmentation-matrix")
            .resizable(true)
            .cell_layout(egui::Layout::top_down(egui::Align::Min))
            .column(Column::exact(NAME_WIDTH).resizable(false));
        for &c in &shown {
            let column = match state.covered.get(&c) {
                Some(&width) => Column::exact(width).resizable(false),
                None => Column::initial(COLUMNS[c].2).at_least(90.0),
            };
            table = table.column(column.clip(true));
        }
        let covered_before = std::mem::take(&mut state.covered);
        if let Some(row) = scroll_to_row {
            table = table.scroll_to_row(row, Some(egui::Align::Center));
        }
        let mut titles: Vec<egui::Id> = vec![egui::Id::NULL; shown.len() + 1];
        let mut reveal_cell = None;
        table
            .header(30.0, |mut header| {
                header.col(|ui| {
                    sticky(ui, viewport, None, |ui| titles[0] = ui.strong("Stakeholder").id);
                });
                for (slot, &c) in shown.iter().enumerate() {
                    header.col(|ui| {
                        let rect = ui.max_rect();
                        if rect.right() < uncovered.left() + spacing.x {
                            state.covered.insert(c, rect.width());
                        }
                        ui.shrink_clip_rect(uncovered);
                        titles[slot + 1] = ui.strong(COLUMNS[c].0).on_hover_text(COLUMNS[c].1).id;
                    });
                }
            })
            .body(|body| {
                body.rows(ROW_HEIGHT, rows.len(), |mut row| {
                    let index = rows[row.index()];
                    let plan_now: &Plan = plan;
                    let ((), changed) = edit_copy(plan_now.stakeholders[index].as_ref(), |s| {
                        let gaps = gaps(plan_now, s);
                        let visuals = &ui_visuals;
                        let fill = if state.selected.as_ref() == Some(&s.id) {
                            Some(visuals.selection.bg_fill)
                        } else {
                            (row.index() % 2 == 1).then_some(visuals.faint_bg_color)
                        };
                        let reveal = state.reveal.clone().filter(|r| r.id == s.id);
                        row.col(|ui| {
                            sticky(ui, viewport, fill, |ui| {
                                let focus = reveal.as_ref().is_some_and(|r| r.focus_name);
                                name_cell(ui, s, titles[0], focus, state, requests);
                                ui.horizontal_wrapped(|ui| {
                                    row_menu(ui, &s.id, requests);
                                    served_by(ui, plan_now, &s.id, requests);
                                    for &gap in &gaps {
                                        gap_chip(ui, gap, &s.id, state, tokens);
                                    }
                                });
                            });
                        });
                        let mut cells =
                            CellCtx { plan: plan_now, state: &mut *state, requests: &mut *requests, tokens };
                        for (slot, &c) in shown.iter().enumerate() {
                            let title = titles[slot + 1];
                            row.col(|ui| {
                                let rect = ui.max_rect();
                                if let Some(fill) = fill {
                                    let clip = ui.clip_rect().expand2(spacing / 2.0).intersect(uncovered);
                                    ui.painter().with_clip_rect(clip).rect_filled(
                                        rect.expand2(spacing / 2.0),
                                        0.0,
                                        fill,
                                    );
                                }
                                ui.shrink_clip_rect(uncovered);
                                cell(ui, &mut cells, s, c, title, &gaps);
                                if reveal.as_ref().is_some_and(|r| r.column == Some(c)) {
                                    reveal_cell = Some(rect);
                                }
                            });
                        }
                        if reveal.is_some() {
                            state.reveal = None;
                        }
                    });
                    if let Some(s) = changed {
                        plan.stakeholders[index] = Arc::new(s);
                    }
                });
            });
        if state.covered != covered_before {
            ui.ctx().request_repaint();
        }
        // Asked here, not in the cell: the table's own (vertical) scroll area would take it.
        if let Some(rect) = reveal_cell {
            ui.scroll_to_rect(rect, Some(egui::Align::Center));
        }
    });
}

/// Draws `add` in the stakeholder column at the left edge of the visible matrix (`viewport`),
/// whatever the sideways scroll, on `fill` (the row's stripe or selection).
fn sticky(ui: &mut Ui, viewport: egui::Rect, fill: Option<egui::Color32>, add: impl FnOnce(&mut Ui)) {
    let cell = ui.max_rect();
    let rect =
        egui::Rect::from_min_size(egui::pos2(viewport.left().max(cell.left()), cell.top()), cell.size());
    let spacing = ui.spacing().item_spacing;
    // The table clips the cell to where it sits; only the rows' top and bottom count here.
    let rows = ui.clip_rect().y_range();
    let visible = egui::Rect::from_x_y_ranges(rect.x_range(), rows).intersect(viewport);
    if visible.width() <= 0.0 || visible.height() <= 0.0 {
        return;
    }
    // The cell's own painter is clipped to where the table put it, which may be out of sight.
    let mut painter = ui.painter().clone();
    if let Some(fill) = fill {
        let band = rect.expand2(spacing / 2.0);
        let clip = egui::Rect::from_x_y_ranges(band.x_range(), rows).expand2(spacing / 2.0);
        painter.set_clip_rect(clip.intersect(band).intersect(viewport));
        painter.rect_filled(band, 0.0, fill);
    }
    if viewport.left() > cell.left() {
        // Scrolled sideways: an edge shows where the cells slide under the column.
        let x = rect.right() + spacing.x / 2.0;
        painter.set_clip_rect(viewport);
        painter.vline(x, visible.y_range(), ui.visuals().widgets.noninteractive.bg_stroke);
    }
    let mut child = ui.new_child(
        egui::UiBuilder::new()
            .id_salt("sticky")
            .max_rect(rect)
            .layout(egui::Layout::top_down(egui::Align::Min)),
    );
    child.set_clip_rect(visible);
    add(&mut child);
}

/// A gap, in the row's colour for gaps; a click shows the column where it is closed.
fn gap_chip(ui: &mut Ui, gap: Gap, id: &Id, state: &mut StakeholderState, tokens: &Tokens) {
    let chip = ui
        .add(egui::Button::new(RichText::new(gap.label()).small().color(tokens.danger)).small().frame(false))
        .on_hover_text(format!("Fill in the {} column", gap.field()));
    if chip.clicked() {
        let column = gap_column(gap);
        state.hidden.remove(&column);
        state.reveal = Some(super::Reveal::new(id.clone(), false, Some(column)));
    }
}

fn toolbar(ui: &mut Ui, plan: &Plan, state: &mut StakeholderState, requests: &mut Vec<Request>) {
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
        super::add_stakeholder_buttons(ui, plan, state, requests, true);
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
        let text = match plan.stakeholders.len() {
            0 => return,
            1 => "The stakeholder has a channel, a metric and an owner.".to_owned(),
            2 => "Both stakeholders have a channel, a metric and an owner.".to_owned(),
            n => format!("All {n} stakeholders have a channel, a metric and an owner."),
        };
        ui.label(RichText::new(text).color(tokens.success));
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
    focus: bool,
    state: &mut StakeholderState,
    requests: &mut Vec<Request>,
) {
    let name =
        ui.add(egui::TextEdit::singleline(&mut s.name).desired_width(f32::INFINITY)).labelled_by(title);
    if focus {
        crate::ui::widgets::focus_new_name(ui, &name, &s.name);
    }
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
            .labelled_by(crate::ui::widgets::hidden_label(ui, "Segment"));
        crate::ui::widgets::report_edit(&segment, requests);
    });
}

/// The plan's tasks (and through them, goals) that serve a stakeholder, each a jump to the Gantt.
fn served_by(ui: &mut Ui, plan: &Plan, id: &Id, requests: &mut Vec<Request>) {
    let tasks: Vec<&crate::model::Task> =
        plan.tasks.iter().map(Arc::as_ref).filter(|t| t.stakeholders.contains(id)).collect();
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
    let label = format!("Served by {}", super::count(tasks.len(), "task", "tasks"));
    ui.menu_button(label, |ui| {
        if tasks.is_empty() {
            ui.label("No task in the plan serves this stakeholder yet.");
        }
        for task in &tasks {
            if ui.button(&task.name).on_hover_text("Show this task in the Plan view").clicked() {
                requests.push(Request::Go(crate::model::Where::Task(task.id.clone())));
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

/// What the matrix's cells share in one frame: the plan as it stood before the row's edit, the
/// view's state, the frame's requests and the theme.
struct CellCtx<'a> {
    plan: &'a Plan,
    state: &'a mut StakeholderState,
    requests: &'a mut Vec<Request>,
    tokens: &'a Tokens,
}

/// Stakeholder `s`'s cell in `column`, its editor named by the column's `title`; `gaps` are
/// the stakeholder's.
fn cell(ui: &mut Ui, cx: &mut CellCtx, s: &mut Stakeholder, column: usize, title: egui::Id, gaps: &[Gap]) {
    let (plan, tokens) = (cx.plan, cx.tokens);
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
        0 => prose(ui, &mut s.needs, cx.requests),
        1 => prose(ui, &mut s.how_served, cx.requests),
        2 => channels_cell(ui, cx, s, title, gaps.contains(&Gap::NoChannel)),
        3 => prose(ui, &mut s.content_strategy, cx.requests),
        4 => {
            pick(
                ui,
                ("department", &s.id),
                &mut s.department,
                &choices(&plan.departments),
                title,
                cx.requests,
            );
        }
        5 => {
            pick(ui, ("owner", &s.id), &mut s.owner, &choices(&plan.people), title, cx.requests);
            if plan.people.is_empty() {
                ui.label(RichText::new("Add people in Team & goals first.").small().color(tokens.muted));
            }
        }
        6 => prose(ui, &mut s.learning, cx.requests),
        7 => prose(ui, &mut s.metrics, cx.requests),
        _ => {
            pick(
                ui,
                ("accountable", &s.id),
                &mut s.accountable_to,
                &choices(&plan.people),
                title,
                cx.requests,
            );
        }
    }
}

/// The stakeholder's channels, chosen from a menu that can also start a new one; shown in the
/// colour for gaps when `missing`.
fn channels_cell(ui: &mut Ui, cx: &mut CellCtx, s: &mut Stakeholder, title: egui::Id, missing: bool) {
    let (plan, tokens) = (cx.plan, cx.tokens);
    let names: Vec<&str> = s
        .channels
        .iter()
        .filter_map(|c| plan.channels.iter().find(|ch| &ch.id == c))
        .map(|ch| ch.name.as_str())
        .collect();
    let summary = if names.is_empty() { "None yet".to_owned() } else { names.join(", ") };
    let color = if missing { tokens.danger } else { tokens.text };
    ui.add(egui::Label::new(RichText::new(summary).color(color)).wrap().truncate());
    let mut new_channel = false;
    ui.menu_button("Choose…", |ui| {
        if plan.channels.is_empty() {
            ui.label(RichText::new("No channels yet.").color(tokens.muted));
        }
        for channel in &plan.channels {
            let mut on = s.channels.contains(&channel.id);
            let text = format!("{} ({})", channel.name, channel.media.label());
            if ui.checkbox(&mut on, text).changed() {
                if on {
                    s.channels.push(channel.id.clone());
                } else {
                    s.channels.retain(|c| c != &channel.id);
                }
                cx.requests.push(Request::Edited { group: None });
            }
        }
        if !plan.channels.is_empty() {
            ui.separator();
        }
        new_channel = ui
            .button("+ New channel")
            .on_hover_text("Add a channel to the ecosystem (name it under Channels) and link it here")
            .clicked();
    })
    .response
    .labelled_by(title);
    if new_channel {
        super::add_channel(plan, cx.state, cx.requests, crate::model::Media::Owned, Some(s.id.clone()));
    }
}

fn pick(
    ui: &mut Ui,
    salt: (&str, &Id),
    value: &mut Option<Id>,
    options: &[crate::model::Choice],
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
