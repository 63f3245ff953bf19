//! Voting while presenting, as a facilitator runs it: who is in the room, number keys that
//! count on the page shown, Shift+number by the key, and leaving by accident and coming back.

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
mod common;

use common::plan;
use tenstep::app::TenstepApp;
use tenstep::commands::View;
use tenstep::model::{Id, SlideKind, VoteOn, proposals, tally};

/// The app presenting the Northwind sample at a projector's 1280×720.
fn projector() -> Harness<'static, TenstepApp> {
    let file = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-plans/northwind-retail.ron");
    let (size, view) = (egui::vec2(1280.0, 720.0), Some(View::Overview));
    common::Start { file: Some(file), view, size, present: true, ..common::Start::default() }.app()
}

/// (slide, page) of the presentation.
fn at(harness: &Harness<'_, TenstepApp>) -> (usize, usize) {
    let p = harness.state().presenting.as_ref().expect("presenting");
    (p.slide, p.page)
}

/// How many pages the current slide has.
fn pages(harness: &Harness<'_, TenstepApp>) -> usize {
    harness.state().presenting.as_ref().expect("presenting").pages
}

fn press(harness: &mut Harness<'_, TenstepApp>, key: Key) {
    harness.key_press(key);
    harness.run();
}

/// Steps with → until the slide of `kind` shows (the default agenda's order).
fn step_to(harness: &mut Harness<'_, TenstepApp>, kind: SlideKind) {
    for _ in 0..60 {
        if SlideKind::ALL[at(harness).0] == kind {
            return;
        }
        press(harness, Key::ArrowRight);
    }
    panic!("{kind:?} not reached");
}

/// The person voting now.
fn voter(harness: &Harness<'_, TenstepApp>) -> Option<Id> {
    harness.state().presenting.as_ref().and_then(|p| p.voter.clone())
}

/// The proposals on the page shown, by the number the slide gives each: (number, text).
fn shown_proposals(harness: &Harness<'_, TenstepApp>) -> Vec<(usize, String)> {
    let mut out: Vec<(usize, String)> = harness
        .query_all_by_label_contains("Proposal ")
        .filter_map(|node| {
            let label = node.accesskit_node().label()?;
            let rest = label.strip_prefix("Proposal ")?;
            let (number, text) = rest.split_once(": ")?;
            Some((number.parse().ok()?, text.to_owned()))
        })
        .collect();
    out.sort();
    out
}

/// A stakeholder's id by name.
fn stakeholder(harness: &Harness<'_, TenstepApp>, name: &str) -> Id {
    plan(harness).stakeholders.iter().find(|s| s.name == name).map(|s| s.id.clone()).expect("shown")
}

/// A key press as a real keyboard sends it: the key the layout makes of it (Shift+1 is "!" on
/// a US keyboard), the key's place, and the text it types.
fn press_as_typed(harness: &mut Harness<'_, TenstepApp>, typed: Key, place: Key, text: &str) {
    for pressed in [true, false] {
        harness.event(egui::Event::Key {
            key: typed,
            physical_key: Some(place),
            pressed,
            repeat: false,
            modifiers: Modifiers::SHIFT,
        });
        if pressed {
            harness.event(egui::Event::Text(text.to_owned()));
        }
    }
    harness.run();
}

#[test]
fn shift_and_a_number_takes_a_dot_back_by_the_key_not_the_sign_it_types() {
    let mut harness = projector();
    step_to(&mut harness, SlideKind::Voting);
    press(&mut harness, Key::Tab);
    let first = proposals(plan(&harness))[0].clone();
    let before = tally(plan(&harness), &first);
    press(&mut harness, Key::Num1);
    assert_eq!(tally(plan(&harness), &first), before + 1, "1 gives a dot");
    // Shift+1 on a US keyboard: the key "!" on the place of 1, typing "!".
    press_as_typed(&mut harness, Key::Exclamationmark, Key::Num1, "!");
    assert_eq!(tally(plan(&harness), &first), before, "Shift+1 takes it back");
}
