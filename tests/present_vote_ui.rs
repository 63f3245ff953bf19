//! Voting while presenting, as a facilitator runs it: who is in the room, number keys that
//! count on the page shown, Shift+number by the key, and leaving by accident and coming back.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code: a panic is a failed test")]

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
mod common;

use common::plan;
use tenstep::app::TenstepApp;
use tenstep::commands::View;
use tenstep::model::{BeliefStatus, Id, SlideKind, VoteOn, proposals, tally};

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

/// Steps with → (from the first slide, when `kind` is behind) until the slide of `kind` shows
/// (the default agenda's order).
fn step_to(harness: &mut Harness<'_, TenstepApp>, kind: SlideKind) {
    if SlideKind::ALL.iter().position(|k| *k == kind) < Some(at(harness).0) {
        press(harness, Key::Home);
    }
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

/// Clicks the agenda's checkbox named `name` (scrolled into sight first).
fn tick(harness: &mut Harness<'_, TenstepApp>, name: &str) {
    harness.get_by_label(name).scroll_to_me();
    harness.run();
    harness.get_by_label(name).click();
    harness.run();
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

#[test]
fn number_keys_count_on_the_page_shown_and_match_the_numbers_beside_the_proposals() {
    let mut harness = projector();
    common::edit_plan(&mut harness, |plan| plan.workshop.vote_on = VoteOn::Stakeholders.key().to_owned());
    step_to(&mut harness, SlideKind::Voting);
    assert!(pages(&harness) > 1, "15 stakeholders take more than one page at 1280×720");
    press(&mut harness, Key::Tab);
    let first_of_all = proposals(plan(&harness))[0].clone();
    let before_first = tally(plan(&harness), &first_of_all);
    press(&mut harness, Key::ArrowRight);
    let (slide, page) = at(&harness);
    assert_eq!((SlideKind::ALL[slide], page), (SlideKind::Voting, 1), "page 2 of the vote");
    let shown = shown_proposals(&harness);
    let numbers: Vec<usize> = shown.iter().map(|(n, _)| *n).collect();
    assert_eq!(numbers, (1..=shown.len()).collect::<Vec<_>>(), "numbered from 1 on the page: {shown:?}");
    assert!(shown.len() <= 9, "every proposal on a page has its number key: {shown:?}");
    for (number, key) in [(1, Key::Num1), (2, Key::Num2)] {
        let name = &shown[number - 1].1;
        let id = stakeholder(&harness, name);
        let before = tally(plan(&harness), &id);
        press(&mut harness, key);
        assert_eq!(
            tally(plan(&harness), &id),
            before + 1,
            "{number} gives a dot to {name}, shown as {number}."
        );
    }
    assert_eq!(tally(plan(&harness), &first_of_all), before_first, "page 1's first item has no new dot");
    let name = &shown[0].1;
    let who = voter(&harness).expect("a voter");
    let left = plan(&harness).workshop.dots_per_person - 2;
    let person = plan(&harness).person(&who).expect("in the plan").name.clone();
    harness.get_by_label(&format!("{person} ({left} left)"));
    press(&mut harness, Key::V);
    harness.get_by_label_contains(&format!("Proposal 1: {name} — "));
}

#[test]
fn the_agenda_chooses_who_is_in_the_room_and_tab_walks_only_them() {
    let mut harness = projector();
    step_to(&mut harness, SlideKind::Voting);
    let people = plan(&harness).people.clone();
    let group: Vec<Id> = plan(&harness).working_group_members().map(|p| p.id.clone()).collect();
    assert!(group.len() < people.len(), "the sample has people outside the working group");
    harness.get_by_label_contains(&format!("Voting ({} in the room)", group.len()));
    press(&mut harness, Key::A);
    for person in people.iter() {
        let ticked = harness.get_by_label(&person.name).accesskit_node().toggled();
        let expected = group.contains(&person.id);
        assert_eq!(
            ticked == Some(egui::accesskit::Toggled::True),
            expected,
            "{}: the working group",
            person.name
        );
    }
    // Five people came: untick everyone else in the working group, tick a contributor.
    let contributor = people.iter().find(|p| !group.contains(&p.id)).expect("a contributor");
    let staying: Vec<Id> = group.iter().take(4).cloned().chain([contributor.id.clone()]).collect();
    for person in people.iter() {
        if group.contains(&person.id) != staying.contains(&person.id) {
            tick(&mut harness, &person.name);
        }
    }
    assert_eq!(tenstep::model::voters(plan(&harness)), staying, "saved in the plan's agenda, in plan order");
    press(&mut harness, Key::Escape);
    assert!(harness.state().presenting.is_some(), "Esc closed the agenda only");
    harness.get_by_label_contains("Voting (5 in the room)");
    let mut walked = Vec::new();
    for _ in 0..6 {
        press(&mut harness, Key::Tab);
        walked.push(voter(&harness).expect("a voter"));
    }
    let mut expected = staying.clone();
    expected.push(staying[0].clone());
    assert_eq!(walked, expected, "Tab walks the five in the room, then starts again");
    let absent = people.iter().find(|p| group.contains(&p.id) && !staying.contains(&p.id)).expect("absent");
    assert!(harness.query_by_label_contains(&format!("{} (", absent.name)).is_none(), "not on the slide");
    harness.get_by_label_contains(&format!("{} (", contributor.name));
    // Kept when the plan is saved and opened again.
    let text = tenstep::io::to_canonical_string(plan(&harness)).expect("saves");
    let loaded = tenstep::io::load_bytes(text.as_bytes()).expect("loads").plan;
    assert_eq!(tenstep::model::voters(&loaded), staying);
    // The last one in the room stays.
    press(&mut harness, Key::A);
    for id in &staying {
        let name = people.iter().find(|p| &p.id == id).map(|p| p.name.clone()).expect("a person");
        tick(&mut harness, &name);
    }
    assert_eq!(tenstep::model::voters(plan(&harness)), vec![staying[4].clone()], "a vote needs someone");
}

#[test]
fn f5_after_esc_resumes_on_the_slide_and_page_left_and_shift_f5_too() {
    let mut harness = projector();
    step_to(&mut harness, SlideKind::Voting);
    press(&mut harness, Key::Tab);
    let who = voter(&harness);
    step_to(&mut harness, SlideKind::Segmentation);
    assert!(pages(&harness) > 1, "the segmentation has pages at 1280×720");
    press(&mut harness, Key::ArrowRight);
    let left = at(&harness);
    assert_eq!((SlideKind::ALL[left.0], left.1), (SlideKind::Segmentation, 1));
    press(&mut harness, Key::Escape);
    assert!(harness.state().presenting.is_none(), "Esc left");
    press(&mut harness, Key::F5);
    assert_eq!(at(&harness), left, "F5 resumes on the page left");
    harness.get_by_label_contains(&format!("page 2 of {}", pages(&harness)));
    press(&mut harness, Key::Escape);
    harness.key_press_modifiers(Modifiers::SHIFT, Key::F5);
    harness.run();
    assert_eq!(at(&harness), left, "so does Shift+F5 in the view it was left from");
    step_to(&mut harness, SlideKind::Voting);
    assert_eq!(voter(&harness), who, "the voter is still picked");
    // Another view chosen since: Shift+F5 starts from that view's slide.
    press(&mut harness, Key::Escape);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num4);
    harness.run();
    assert_eq!(harness.state().view, View::Manifesto);
    harness.key_press_modifiers(Modifiers::SHIFT, Key::F5);
    harness.run();
    assert_eq!(at(&harness), (2, 0), "the manifesto's slide");
}

/// The beliefs the manifesto slide numbers (all but dropped ones): their statements.
fn numbered_beliefs(harness: &Harness<'_, TenstepApp>) -> Vec<String> {
    let beliefs = &plan(harness).manifesto.beliefs;
    beliefs.iter().filter(|b| b.status != BeliefStatus::Dropped).map(|b| b.statement.clone()).collect()
}

fn editing(harness: &Harness<'_, TenstepApp>) -> bool {
    harness.state().presenting.as_ref().is_some_and(|p| p.edit.is_some())
}

#[test]
fn a_new_belief_left_empty_is_dropped() {
    let mut harness = projector();
    step_to(&mut harness, SlideKind::Manifesto);
    let before = numbered_beliefs(&harness);
    let next = format!("{}.", before.len() + 1);
    // N, then Esc with nothing typed.
    press(&mut harness, Key::N);
    assert!(editing(&harness), "the editor opened");
    press(&mut harness, Key::Escape);
    assert!(!editing(&harness) && harness.state().presenting.is_some(), "Esc closed the editor only");
    assert_eq!(numbered_beliefs(&harness), before, "no empty belief left behind");
    assert!(harness.query_by_label(&next).is_none(), "no empty “{next}” on the slide");
    // N, typed and rubbed out again, then Done.
    press(&mut harness, Key::N);
    harness.event(egui::Event::Text("We listen".to_owned()));
    harness.run();
    for _ in 0.."We listen".len() {
        harness.key_press(Key::Backspace);
    }
    harness.run();
    harness.get_by_label("Done").click();
    harness.run();
    assert!(!editing(&harness));
    assert_eq!(numbered_beliefs(&harness), before, "an emptied new belief goes too");
    assert!(harness.query_by_label(&next).is_none());
    // A belief written is kept.
    press(&mut harness, Key::N);
    harness.event(egui::Event::Text("We listen first".to_owned()));
    harness.run();
    harness.get_by_label("Done").click();
    harness.run();
    assert_eq!(numbered_beliefs(&harness).len(), before.len() + 1);
    harness.get_by_label(&next);
}

#[test]
fn a_belief_added_on_the_first_page_of_a_long_manifesto_shows_on_its_page() {
    let mut harness = projector();
    common::edit_plan(&mut harness, |plan| {
        for n in 0..12 {
            let id = plan.add_belief();
            let belief = plan.manifesto.beliefs.iter_mut().find(|b| b.id == id).expect("added");
            std::sync::Arc::make_mut(belief).statement =
                format!("Belief {n}: we write long enough sentences that the manifesto needs a second page.");
        }
    });
    step_to(&mut harness, SlideKind::Manifesto);
    assert!(pages(&harness) > 1, "a long manifesto has pages");
    assert_eq!(at(&harness).1, 0, "on the first page");
    press(&mut harness, Key::N);
    harness.event(egui::Event::Text("We share what we learn".to_owned()));
    harness.run();
    harness.get_by_label("Done").click();
    harness.run();
    let (_, page) = at(&harness);
    assert_eq!(page + 1, pages(&harness), "the page that holds the new belief");
    let number = numbered_beliefs(&harness).len();
    harness.get_by_label(&format!("{number}."));
    harness.get_by_label("We share what we learn");
}
