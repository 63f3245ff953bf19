//! Editing the preamble and the beliefs, and the sign-off list.

use super::ManifestoState;
use crate::commands::Request;
use crate::model::{BeliefStatus, Edit, Plan, RATIONALE_LIMIT, Role, STATEMENT_LIMIT, SignatureState};
use crate::ui::theme::Tokens;
use crate::ui::widgets::report_edit;
use egui::{Key, Modifiers, RichText, Ui};
use egui_commonmark::CommonMarkViewer;
use std::sync::Arc;

/// Draws the editor: title and preamble, the beliefs, and who signed.
pub fn show(
    ui: &mut Ui,
    plan: &mut Plan,
    state: &mut ManifestoState,
    requests: &mut Vec<Request>,
    tokens: &Tokens,
) {
    egui::ScrollArea::vertical().auto_shrink(false).show(ui, |ui| {
        let wide = ui.available_width() > 1000.0;
        if wide {
            ui.columns(2, |cols| {
                cols[0].set_min_width(0.0);
                beliefs(&mut cols[0], plan, state, requests, tokens);
                sign_off(&mut cols[1], plan, requests, tokens);
            });
        } else {
            beliefs(ui, plan, state, requests, tokens);
            ui.add_space(tokens.spacing);
            sign_off(ui, plan, requests, tokens);
        }
    });
}

fn beliefs(
    ui: &mut Ui,
    plan: &mut Plan,
    state: &mut ManifestoState,
    requests: &mut Vec<Request>,
    tokens: &Tokens,
) {
    let label = ui.label(RichText::new("Title").strong());
    let title = ui
        .add(egui::TextEdit::singleline(&mut plan.manifesto.title).desired_width(f32::INFINITY))
        .labelled_by(label.id);
    report_edit(&title, requests);
    ui.add_space(6.0);
    ui.horizontal(|ui| {
        let label = ui.label(RichText::new("Preamble").strong());
        ui.checkbox(&mut state.preview_preamble, "Preview").labelled_by(label.id);
        ui.label(
            RichText::new("Markdown: **bold**, *italic*, - lists, [links](https://…)")
                .small()
                .color(tokens.muted),
        );
    });
    if state.preview_preamble {
        CommonMarkViewer::new().show(ui, &mut state.markdown, &plan.manifesto.preamble);
    } else {
        let preamble = ui
            .add(
                egui::TextEdit::multiline(&mut plan.manifesto.preamble)
                    .desired_rows(3)
                    .desired_width(f32::INFINITY),
            )
            .on_hover_text("Why this manifesto exists and who it speaks for");
        report_edit(&preamble, requests);
    }
    ui.add_space(tokens.spacing);
    ui.horizontal(|ui| {
        ui.label(RichText::new(format!("Beliefs ({})", plan.manifesto.beliefs.len())).heading());
        if ui.button("+ Add belief").on_hover_text("Add a proposed belief at the end").clicked() {
            requests.push(Request::Edit(Edit::AddBelief));
        }
    });
    ui.label(RichText::new("Alt+Up / Alt+Down move the belief you are editing.").small().color(tokens.muted));
    let count = plan.manifesto.beliefs.len();
    for index in 0..count {
        belief_card(ui, plan, index, state, requests, tokens);
    }
}

fn belief_card(
    ui: &mut Ui,
    plan: &mut Plan,
    index: usize,
    state: &mut ManifestoState,
    requests: &mut Vec<Request>,
    tokens: &Tokens,
) {
    let mut belief = plan.manifesto.beliefs[index].as_ref().clone();
    let was_agreed = belief.status == BeliefStatus::Agreed;
    let votes: u32 = belief.votes.iter().map(|v| v.dots).sum();
    let mut agreed_changed = false;
    egui::Frame::new()
        .fill(tokens.card)
        .corner_radius(tokens.card_rounding)
        .inner_margin(10)
        .stroke(ui.visuals().widgets.noninteractive.bg_stroke)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal(|ui| {
                let number =
                    ui.label(RichText::new(format!("{}.", index + 1)).strong().size(tokens.heading_size));
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
                agreed_changed |= statement.changed() && was_agreed;
                if statement.has_focus() {
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
                        requests.push(Request::Edit(Edit::MoveBelief { id: belief.id.clone(), step }));
                    }
                }
            });
            ui.horizontal_wrapped(|ui| {
                let used = belief.statement.chars().count();
                let color = if used * 10 >= STATEMENT_LIMIT * 9 { tokens.warning } else { tokens.muted };
                ui.label(RichText::new(format!("{used}/{STATEMENT_LIMIT}")).small().color(color));
                let label = ui.label("Status");
                let before = belief.status;
                egui::ComboBox::from_id_salt(("belief-status", &belief.id))
                    .selected_text(belief.status.label())
                    .show_ui(ui, |ui| {
                        for status in [BeliefStatus::Proposed, BeliefStatus::Agreed, BeliefStatus::Dropped] {
                            ui.selectable_value(&mut belief.status, status, status.label());
                        }
                    })
                    .response
                    .labelled_by(label.id);
                if belief.status != before {
                    agreed_changed |= was_agreed || belief.status == BeliefStatus::Agreed;
                    requests.push(Request::Edited { group: None });
                }
                ui.label(RichText::new(format!("{votes} vote(s)")).color(tokens.muted));
                let open = state.open_rationale.as_ref() == Some(&belief.id);
                let rationale_label =
                    if belief.rationale.trim().is_empty() { "Add rationale" } else { "Rationale" };
                if ui.selectable_label(open, rationale_label).clicked() {
                    state.open_rationale = if open { None } else { Some(belief.id.clone()) };
                }
                for (text, step) in [("Move up", -1), ("Move down", 1)] {
                    if ui.small_button(text).clicked() {
                        requests.push(Request::Edit(Edit::MoveBelief { id: belief.id.clone(), step }));
                    }
                }
                if ui
                    .small_button("Delete")
                    .on_hover_text("Delete this belief (Undo brings it back)")
                    .clicked()
                {
                    requests.push(Request::Edit(Edit::DeleteBelief { id: belief.id.clone() }));
                }
            });
            if state.open_rationale.as_ref() == Some(&belief.id) {
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
            }
        });
    ui.add_space(6.0);
    if &belief != plan.manifesto.beliefs[index].as_ref() {
        plan.manifesto.beliefs[index] = Arc::new(belief);
        if agreed_changed && plan.manifesto.note_agreed_change() {
            requests.push(Request::Edited { group: None });
        }
    }
}

fn sign_off(ui: &mut Ui, plan: &Plan, requests: &mut Vec<Request>, tokens: &Tokens) {
    let m = &plan.manifesto;
    ui.label(RichText::new("Sign-off").heading());
    ui.label(format!(
        "Revision {} · {} of the working group signed it",
        m.revision,
        m.current_signatures().count()
    ));
    ui.add_space(6.0);
    egui::Grid::new("sign-off").num_columns(3).spacing([12.0, 6.0]).striped(true).show(ui, |ui| {
        for person in plan.people.iter().filter(|p| p.role != Role::Contributor) {
            ui.label(format!("{} ({})", person.name, person.role.label()));
            let signature = m.signatures.iter().find(|s| s.person == person.id);
            let (text, color, action) = match signature.map(|s| (m.signature_state(s), s)) {
                Some((SignatureState::Current, s)) => {
                    (format!("Signed {}", s.date.format("%-d %b %Y")), tokens.success, None)
                }
                Some((SignatureState::EarlierVersion, s)) => (
                    format!("Signed an earlier version (revision {})", s.revision),
                    tokens.warning,
                    Some("Renew"),
                ),
                None => ("Not signed".to_owned(), tokens.muted, Some("Sign")),
            };
            ui.label(RichText::new(text).color(color));
            match action {
                Some(action) => {
                    let hint = format!("Record that {} signs revision {} today", person.name, m.revision);
                    if ui.button(action).on_hover_text(hint).clicked() {
                        requests.push(Request::Edit(Edit::SignManifesto { person: person.id.clone() }));
                    }
                }
                None => {
                    ui.label("");
                }
            }
            ui.end_row();
        }
    });
}
