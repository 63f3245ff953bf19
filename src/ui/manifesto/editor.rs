//! Editing the preamble and the beliefs, and the sign-off list.

use super::{ManifestoState, card};
use crate::commands::Request;
use crate::model::long_date;
use crate::model::{BeliefStatus, Edit, Plan, Role, SignatureState};
use crate::ui::theme::Tokens;
use crate::ui::widgets::split;
use crate::ui::widgets::{fixed_label, report_edit};
use egui::{RichText, Ui};
use egui_commonmark::CommonMarkViewer;

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
            split(ui, 0.56, tokens.spacing * 1.5, |[left, right]| {
                beliefs(left, plan, state, requests, tokens);
                sign_off(right, plan, requests, tokens);
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
    if plan.manifesto.beliefs.is_empty() {
        ui.label(
            RichText::new("No beliefs yet. Write the first thing the group agrees on.").color(tokens.muted),
        );
        return;
    }
    ui.label(RichText::new("Alt+Up / Alt+Down move the belief you are editing.").small().color(tokens.muted));
    let count = plan.manifesto.beliefs.len();
    let mut rects = Vec::with_capacity(count);
    let visible = ui.clip_rect().expand(200.0);
    for index in 0..count {
        let id = plan.manifesto.beliefs[index].id.clone();
        // A card far off screen whose height is known only reserves its space (a long
        // manifesto then scrolls as fast as a short one).
        if let Some(&height) = state.card_heights.get(&id) {
            let top = ui.cursor().top();
            let off_screen = top > visible.bottom() || top + height < visible.top();
            if off_screen && state.focus.as_ref() != Some(&id) && state.editing.as_ref() != Some(&id) {
                let (rect, _) =
                    ui.allocate_exact_size(egui::vec2(ui.available_width(), height), egui::Sense::hover());
                rects.push(rect);
                continue;
            }
        }
        let top = ui.cursor().top();
        // Each card in its own id scope, so its widgets keep their ids when others are skipped.
        let drawn = ui.push_id(&id, |ui| card::show(ui, plan, index, state, requests, tokens)).inner;
        if drawn.handle.drag_started() {
            state.dragging = Some(id.clone());
        }
        state.card_heights.insert(id, ui.cursor().top() - top - ui.spacing().item_spacing.y);
        rects.push(drawn.rect);
    }
    drag_to_reorder(ui, plan, state, &rects, requests, tokens);
}

/// While a belief is dragged by its handle: show where it would land, and move it there on
/// release (one undo step).
fn drag_to_reorder(
    ui: &mut Ui,
    plan: &Plan,
    state: &mut ManifestoState,
    rects: &[egui::Rect],
    requests: &mut Vec<Request>,
    tokens: &Tokens,
) {
    let Some(dragging) = state.dragging.clone() else { return };
    let Some(from) = plan.manifesto.beliefs.iter().position(|b| b.id == dragging) else {
        state.dragging = None;
        return;
    };
    let (pointer, released) = ui.input(|i| (i.pointer.interact_pos(), i.pointer.any_released()));
    let Some(pointer) = pointer else { return };
    // The gap the pointer is nearest to: before the first card whose middle is below it.
    let gap = rects.iter().position(|r| pointer.y < r.center().y).unwrap_or(rects.len());
    let to = if gap > from { gap - 1 } else { gap };
    if to != from {
        let y = match rects.get(gap) {
            Some(rect) => rect.top() - 4.0,
            None => rects.last().map_or(pointer.y, |r| r.bottom() + 2.0),
        };
        let x = rects.first().map_or(ui.max_rect().x_range(), egui::Rect::x_range);
        ui.painter().hline(x, y, egui::Stroke::new(3.0, tokens.accent));
    }
    ui.ctx().set_cursor_icon(egui::CursorIcon::Grabbing);
    if released || !ui.input(|i| i.pointer.any_down()) {
        state.dragging = None;
        if to != from {
            requests.push(Request::Edit(Edit::MoveBeliefTo { id: dragging, index: to }));
        }
    }
}

fn sign_off(ui: &mut Ui, plan: &Plan, requests: &mut Vec<Request>, tokens: &Tokens) {
    let m = &plan.manifesto;
    ui.label(RichText::new("Sign-off").heading());
    let members: Vec<_> = plan.working_group_members().collect();
    if members.is_empty() {
        ui.add(
            egui::Label::new(
                RichText::new(
                    "Nobody to sign yet: add the working group's members in Team & goals, and they sign here.",
                )
                .color(tokens.muted),
            )
            .wrap(),
        );
        return;
    }
    let signed = members.iter().filter(|p| m.current_signatures().any(|s| s.person == p.id)).count();
    ui.label(format!("Revision {} · {}", m.revision, unsigned_words(members.len() - signed, members.len())));
    // Signing needs something agreed to sign; without it the buttons are not offered.
    let open = m.beliefs.iter().any(|b| b.status == BeliefStatus::Agreed);
    if !open {
        let why = if m.beliefs.is_empty() {
            "Nothing to sign yet: the manifesto has no beliefs. Add one, and agree it, first."
        } else {
            "Nothing to sign yet: no belief is agreed. Set a belief's status to Agreed first."
        };
        ui.add(egui::Label::new(RichText::new(why).color(tokens.warning)).wrap());
    }
    ui.add_space(6.0);
    // Roles are named beside people only where there is room; they are always in the tooltip.
    let show_roles = ui.available_width() > 540.0;
    // The status column has a fixed width, so signing one member never moves the others'
    // buttons.
    let status_width = 190.0;
    // Names take what is left beside the status and the widest button, truncated (the whole
    // name is in the tooltip), so the Renew button never runs off the window's edge.
    let gap = 12.0;
    let button_width = ["Renew", "Sign"]
        .map(|text| {
            let galley = ui.painter().layout_no_wrap(
                text.to_owned(),
                egui::TextStyle::Button.resolve(ui.style()),
                tokens.text,
            );
            galley.size().x + 2.0 * ui.spacing().button_padding.x
        })
        .into_iter()
        .fold(0.0, f32::max);
    let name_width = (ui.available_width() - status_width - button_width - 2.0 * gap - 4.0).max(100.0);
    egui::Grid::new("sign-off").num_columns(3).spacing([gap, 6.0]).striped(true).show(ui, |ui| {
        fixed_label(ui, name_width, RichText::new("Member").strong().color(tokens.muted));
        fixed_label(ui, status_width, RichText::new("Signed").strong().color(tokens.muted));
        ui.end_row();
        for person in &members {
            let name = if show_roles || person.role != Role::Member {
                format!("{} ({})", person.name, person.role.label())
            } else {
                person.name.clone()
            };
            fixed_label(ui, name_width, name).on_hover_text(format!(
                "{}, {}",
                person.name,
                person.role.label()
            ));
            let signature = m.signatures.iter().find(|s| s.person == person.id);
            let (text, hint, color, action) = match signature.map(|s| (m.signature_state(s), s)) {
                Some((SignatureState::Current, s)) => {
                    let date = long_date(s.date);
                    let hint = format!("Signed revision {} on {date}", s.revision);
                    (date, hint, tokens.success, None)
                }
                Some((SignatureState::EarlierVersion, s)) => (
                    format!("Earlier version (rev. {})", s.revision),
                    format!(
                        "Signed an earlier version: revision {} on {}. An agreed belief changed since; \
                         renew to sign revision {}.",
                        s.revision,
                        long_date(s.date),
                        m.revision
                    ),
                    tokens.warning,
                    Some("Renew"),
                ),
                None => (
                    "Not yet".to_owned(),
                    "Has not signed the manifesto".to_owned(),
                    tokens.muted,
                    Some("Sign"),
                ),
            };
            fixed_label(ui, status_width, RichText::new(text).color(color)).on_hover_text(hint);
            match action.filter(|_| open) {
                Some(action) => {
                    let hint = format!("Record that {} signs revision {} today", person.name, m.revision);
                    let button = ui.button(action).on_hover_text(hint);
                    // Screen readers and tests tell the rows' buttons apart by whose they are.
                    let name = format!("{action}: {}", person.name);
                    button.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
                    if button.clicked() {
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

/// "All 4 members signed", "1 of 4 members has not signed", "2 of 4 members have not signed".
fn unsigned_words(unsigned: usize, total: usize) -> String {
    let members = if total == 1 { "member" } else { "members" };
    match unsigned {
        0 if total == 1 => "the 1 member signed it".to_owned(),
        0 => format!("all {total} members signed it"),
        1 => format!("1 of {total} {members} has not signed"),
        n => format!("{n} of {total} {members} have not signed"),
    }
}
