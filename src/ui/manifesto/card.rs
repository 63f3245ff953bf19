//! One belief in the editor: statement, status, votes, rationale, with a drag handle and a
//! Markdown preview.

use super::ManifestoState;
use crate::commands::Request;
use crate::model::{Belief, BeliefStatus, Edit, Id, Plan, RATIONALE_LIMIT, STATEMENT_LIMIT, set_dots};
use crate::ui::theme::Tokens;
use crate::ui::widgets::report_edit;
use egui::{Key, Modifiers, RichText, Ui};
use egui_commonmark::CommonMarkViewer;
use std::sync::Arc;

/// What one drawn card reports back: where it is, and its drag handle.
pub struct Drawn {
    pub rect: egui::Rect,
    pub handle: egui::Response,
}

/// Draws belief `index`; edits go straight into the plan and are reported.
pub fn show(
    ui: &mut Ui,
    plan: &mut Plan,
    index: usize,
    state: &mut ManifestoState,
    requests: &mut Vec<Request>,
    tokens: &Tokens,
) -> Drawn {
    let mut belief = plan.manifesto.beliefs[index].as_ref().clone();
    let mut agreed = AgreedChange { was_agreed: belief.status == BeliefStatus::Agreed, changed: false };
    let previewing = state.previewing.contains(&belief.id);
    let dragged = state.dragging.as_ref() == Some(&belief.id);
    let mut handle = None;
    let frame =
        egui::Frame::new().fill(tokens.card).corner_radius(tokens.card_rounding).inner_margin(10).stroke(
            if dragged {
                egui::Stroke::new(2.0, tokens.accent)
            } else {
                ui.visuals().widgets.noninteractive.bg_stroke
            },
        );
    let response = frame.show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.horizontal_top(|ui| {
            handle = Some(drag_handle(ui, tokens, &belief, index));
            let number =
                ui.label(RichText::new(format!("{}.", index + 1)).strong().size(tokens.heading_size));
            if previewing {
                ui.vertical(|ui| {
                    CommonMarkViewer::new().show(ui, &mut state.markdown, &belief.statement);
                    if !belief.rationale.trim().is_empty() {
                        ui.add_space(4.0);
                        CommonMarkViewer::new().show(ui, &mut state.markdown, &belief.rationale);
                    }
                });
            } else {
                let statement = ui
                    .add(
                        egui::TextEdit::multiline(&mut belief.statement)
                            .char_limit(STATEMENT_LIMIT)
                            .desired_rows(2)
                            .desired_width(f32::INFINITY)
                            .hint_text("What do we believe?"),
                    )
                    .labelled_by(number.id);
                report_edit(&statement, requests);
                agreed.changed |= statement.changed() && agreed.was_agreed;
                if state.focus.as_ref() == Some(&belief.id) {
                    crate::ui::widgets::focus_new_name(ui, &statement, &belief.statement);
                    state.focus = None;
                    state.editing = Some(belief.id.clone());
                }
                if statement.has_focus() {
                    state.editing = Some(belief.id.clone());
                    keyboard_move(ui, &belief.id, requests);
                }
            }
        });
        controls(ui, &mut belief, previewing, state, requests, tokens, &mut agreed);
        if state.open_rationale.as_ref() == Some(&belief.id) && !previewing {
            let label = ui.label(RichText::new("Why we believe it").small());
            let rationale = ui
                .add(
                    egui::TextEdit::multiline(&mut belief.rationale)
                        .char_limit(RATIONALE_LIMIT)
                        .desired_rows(3)
                        .desired_width(f32::INFINITY),
                )
                .labelled_by(label.id);
            report_edit(&rationale, requests);
            agreed.changed |= rationale.changed() && agreed.was_agreed;
            if rationale.has_focus() {
                state.editing = Some(belief.id.clone());
            }
        }
        if state.open_votes.as_ref() == Some(&belief.id) {
            votes(ui, plan, &mut belief, requests, tokens);
        }
    });
    ui.add_space(6.0);
    if &belief != plan.manifesto.beliefs[index].as_ref() {
        plan.manifesto.beliefs[index] = Arc::new(belief);
        if agreed.changed && plan.manifesto.note_agreed_change() {
            requests.push(Request::Edited { group: None });
        }
    }
    // The handle is always drawn inside the frame.
    let handle = handle.unwrap_or_else(|| response.response.clone());
    Drawn { rect: response.response.rect, handle }
}

/// A grip of dots to drag the belief to another place.
fn drag_handle(ui: &mut Ui, tokens: &Tokens, belief: &Belief, index: usize) -> egui::Response {
    let size = egui::vec2(14.0, tokens.heading_size + 6.0);
    let (rect, response) = ui.allocate_exact_size(size, egui::Sense::drag());
    let color = if response.hovered() || response.dragged() { tokens.accent } else { tokens.muted };
    for row in 0..3 {
        for col in 0..2 {
            let c = rect.left_top() + egui::vec2(4.0 + col as f32 * 6.0, 6.0 + row as f32 * 6.0);
            ui.painter().circle_filled(c, 1.6, color);
        }
    }
    response.widget_info(|| {
        egui::WidgetInfo::labeled(egui::Role::Button, true, format!("Drag belief {}", index + 1))
    });
    let hint = format!("Drag to move belief “{}”", short(&belief.statement));
    response.on_hover_cursor(egui::CursorIcon::Grab).on_hover_text(hint)
}

/// Alt+Up / Alt+Down move the belief being edited.
fn keyboard_move(ui: &mut Ui, id: &Id, requests: &mut Vec<Request>) {
    let step = ui.input_mut(|i| {
        if i.consume_key(Modifiers::ALT, Key::ArrowUp) {
            -1
        } else if i.consume_key(Modifiers::ALT, Key::ArrowDown) {
            1
        } else {
            0
        }
    });
    if step != 0 {
        requests.push(Request::Edit(Edit::MoveBelief { id: id.clone(), step }));
    }
}

/// Whether this frame's edits change an agreed belief (which counts towards a new revision).
struct AgreedChange {
    /// The belief was agreed when the frame began.
    was_agreed: bool,
    /// An edit this frame changed it while agreed, or agreed it.
    changed: bool,
}

/// The row under the statement: counter, status, votes, rationale, preview, move, delete.
fn controls(
    ui: &mut Ui,
    belief: &mut Belief,
    previewing: bool,
    state: &mut ManifestoState,
    requests: &mut Vec<Request>,
    tokens: &Tokens,
    agreed: &mut AgreedChange,
) {
    ui.horizontal_wrapped(|ui| {
        let used = belief.statement.chars().count();
        let color = if used * 10 >= STATEMENT_LIMIT * 9 { tokens.warning } else { tokens.muted };
        ui.label(RichText::new(format!("{used}/{STATEMENT_LIMIT}")).small().color(color))
            .on_hover_text("Characters used of the statement's limit");
        let label = crate::ui::widgets::hidden_label(ui, "Status");
        let before = belief.status;
        egui::ComboBox::from_id_salt(("belief-status", &belief.id))
            .selected_text(belief.status.label())
            .show_ui(ui, |ui| {
                for status in [BeliefStatus::Proposed, BeliefStatus::Agreed, BeliefStatus::Dropped] {
                    ui.selectable_value(&mut belief.status, status, status.label());
                }
            })
            .response
            .labelled_by(label)
            .on_hover_text("Proposed, agreed or dropped");
        if belief.status != before {
            agreed.changed |= agreed.was_agreed || belief.status == BeliefStatus::Agreed;
            requests.push(Request::Edited { group: None });
        }
        let dots = belief.votes.iter().fold(0u32, |sum, v| sum.saturating_add(v.dots));
        let votes_open = state.open_votes.as_ref() == Some(&belief.id);
        if ui
            .selectable_label(
                votes_open,
                if dots == 1 { "1 vote".to_owned() } else { format!("{dots} votes") },
            )
            .on_hover_text("Record each member's dots for this belief")
            .clicked()
        {
            state.open_votes = if votes_open { None } else { Some(belief.id.clone()) };
        }
        let open = state.open_rationale.as_ref() == Some(&belief.id);
        let rationale_label = if belief.rationale.trim().is_empty() { "Add rationale" } else { "Rationale" };
        if ui.selectable_label(open && !previewing, rationale_label).clicked() {
            state.open_rationale = if open { None } else { Some(belief.id.clone()) };
            state.previewing.remove(&belief.id);
        }
        if ui
            .selectable_label(previewing, "Preview")
            .on_hover_text("Show the Markdown as it will read; click again to edit")
            .clicked()
            && !state.previewing.remove(&belief.id)
        {
            state.previewing.insert(belief.id.clone());
        }
        for (text, hint, step) in [("Up", "Move up (Alt+Up)", -1), ("Down", "Move down (Alt+Down)", 1)] {
            if ui.small_button(text).on_hover_text(hint).clicked() {
                requests.push(Request::Edit(Edit::MoveBelief { id: belief.id.clone(), step }));
            }
        }
        if ui.small_button("Delete").on_hover_text("Delete this belief (Undo brings it back)").clicked() {
            requests.push(Request::Edit(Edit::DeleteBelief { id: belief.id.clone() }));
        }
    });
}

/// Dots per working-group member for this belief.
fn votes(ui: &mut Ui, plan: &Plan, belief: &mut Belief, requests: &mut Vec<Request>, tokens: &Tokens) {
    ui.label(RichText::new("Dots each member gave this belief").small().color(tokens.muted));
    ui.horizontal_wrapped(|ui| {
        for person in plan.working_group_members() {
            let mut dots = belief.votes.iter().find(|v| v.person == person.id).map_or(0, |v| v.dots);
            let label = ui.label(&person.name);
            let response = ui.add(egui::DragValue::new(&mut dots).range(0..=20)).labelled_by(label.id);
            if response.changed() {
                set_dots(&mut belief.votes, &person.id, dots, &plan.people);
            }
            report_edit(&response, requests);
            ui.add_space(8.0);
        }
    });
}

/// The first words of a statement, for hints.
fn short(text: &str) -> String {
    let mut words: String = text.chars().take(40).collect();
    if text.chars().count() > 40 {
        words.push('…');
    }
    words.replace("**", "")
}
