//! The agenda editor: which slides a presentation shows, in which order, and how the room
//! votes (who is in the room, the dots each has, the list voted on). Saved in the plan.

use crate::commands::Request;
use crate::model::{MAX_DOTS, Plan, VoteOn, edit_copy};
use crate::ui::theme::Tokens;
use egui::RichText;

/// The agenda window, while `open`: the slides and the vote on the left, who is in the room on
/// the right (side by side, so it fits a projector's screen in large type). Every change is
/// one undo step.
pub fn agenda_window(ctx: &egui::Context, plan: &mut Plan, open: &mut bool, requests: &mut Vec<Request>) {
    if !*open {
        return;
    }
    let mut still_open = true;
    let screen = ctx.content_rect();
    egui::Window::new("Workshop agenda")
        .open(&mut still_open)
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
        .show(ctx, |ui| {
            // The widgets edit a copy (sharing every entity), kept only if it changed.
            let ((), changed) = edit_copy(&*plan, |plan| {
                ui.horizontal_top(|ui| {
                    ui.vertical(|ui| {
                        slides(ui, plan, requests);
                        voting(ui, plan, requests);
                    });
                    ui.separator();
                    ui.vertical(|ui| {
                        ui.set_width(screen.width() * 0.36);
                        who_is_in_the_room(ui, plan, screen.height() * 0.6, requests);
                    });
                });
            });
            if let Some(changed) = changed {
                *plan = changed;
            }
        });
    *open &= still_open;
}

/// The slides, each with a checkbox to show it and arrows to move it.
fn slides(ui: &mut egui::Ui, plan: &mut Plan, requests: &mut Vec<Request>) {
    let tokens = Tokens::of(ui);
    ui.label(RichText::new("Tick the slides to show; the arrows change the order.").color(tokens.muted));
    ui.add_space(tokens.spacing * 0.5);
    let slides = plan.workshop.slides();
    let last = slides.len() - 1;
    egui::Grid::new("agenda").num_columns(3).striped(true).show(ui, |ui| {
        for (i, (kind, hidden)) in slides.iter().copied().enumerate() {
            let mut shown = !hidden;
            if ui.checkbox(&mut shown, format!("{}. {}", i + 1, kind.title())).changed() {
                plan.workshop.set_hidden(kind, !shown);
                requests.push(Request::Edited { group: None });
            }
            let up = ui.add_enabled(i > 0, egui::Button::new("↑")).on_hover_text("Earlier in the agenda");
            if up.clicked() {
                plan.workshop.move_slide(i, i - 1);
                requests.push(Request::Edited { group: None });
            }
            let down = ui.add_enabled(i < last, egui::Button::new("↓")).on_hover_text("Later in the agenda");
            if down.clicked() {
                plan.workshop.move_slide(i, i + 1);
                requests.push(Request::Edited { group: None });
            }
            ui.end_row();
        }
    });
}

/// The dots per person, the list voted on and a button that clears its dots.
fn voting(ui: &mut egui::Ui, plan: &mut Plan, requests: &mut Vec<Request>) {
    ui.add_space(Tokens::of(ui).spacing * 0.5);
    ui.horizontal(|ui| {
        let label = ui.label("Dots per person when voting");
        let dots = egui::DragValue::new(&mut plan.workshop.dots_per_person).range(1..=MAX_DOTS);
        let response = ui.add(dots).labelled_by(label.id);
        crate::ui::widgets::report_edit(&response, requests);
    });
    ui.horizontal(|ui| {
        let label = ui.label("The voting slide votes on");
        let current = plan.workshop.vote_on();
        egui::ComboBox::from_id_salt("vote-on")
            .selected_text(current.label())
            .show_ui(ui, |ui| {
                for on in VoteOn::ALL {
                    if ui.selectable_label(on == current, on.label()).clicked() && on != current {
                        plan.workshop.vote_on = on.key().to_owned();
                        requests.push(Request::Edited { group: None });
                    }
                }
            })
            .response
            .labelled_by(label.id);
    });
    let placed: u32 = crate::model::proposals(plan)
        .iter()
        .fold(0u32, |sum, id| sum.saturating_add(crate::model::tally(plan, id)));
    let clear = ui
        .add_enabled(placed > 0, egui::Button::new(format!("Clear the {placed} dots on this list")))
        .on_hover_text("Start a new round of voting (Undo brings the dots back)");
    if clear.clicked() {
        let among = crate::model::proposals(plan);
        crate::model::clear_votes(plan, &among);
        requests.push(Request::Edited { group: None });
    }
}

/// A checkbox per person, named by the person: ticked ones are in the room and vote (the
/// voting slide's Tab walks only them). The working group until someone changes it; the last
/// one ticked stays, since a vote needs someone.
fn who_is_in_the_room(ui: &mut egui::Ui, plan: &mut Plan, max_height: f32, requests: &mut Vec<Request>) {
    let tokens = Tokens::of(ui);
    let room = crate::model::voters(plan);
    ui.label(RichText::new(format!("Who is in the room: {} vote", room.len())).strong());
    ui.label(RichText::new("Tab on the voting slide walks the people ticked here.").color(tokens.muted));
    let mut changes = Vec::new();
    egui::ScrollArea::vertical().max_height(max_height).show(ui, |ui| {
        ui.horizontal_wrapped(|ui| {
            for person in &plan.people {
                let mut ticked = room.contains(&person.id);
                let last = ticked && room.len() == 1;
                let response = ui.add_enabled(!last, egui::Checkbox::new(&mut ticked, person.name.as_str()));
                if response.changed() {
                    changes.push((person.id.clone(), ticked));
                }
            }
        });
    });
    for (id, ticked) in changes {
        crate::model::set_voter(plan, &id, ticked);
        requests.push(Request::Edited { group: None });
    }
}
