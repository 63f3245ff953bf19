//! A whole workshop, played as a facilitator runs it on a 1280×720 projector with a clicker and
//! an injected clock (issue 17): the agenda (who is in the room, what is voted on), every slide
//! and page forward and back, a five-minute timer run to zero with + and − while running, a
//! belief, a task and a stakeholder added live with N and seen on the page shown, a dot vote by
//! five people with the number keys on page 2 of the vote, the tally, Esc by accident and F5,
//! then save: the file holds every change, and Undo walks them back one at a time.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code: a panic is a failed test")]

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
mod common;

use common::plan;
use tenstep::app::TenstepApp;
use tenstep::clock::ManualClock;
use tenstep::model::{Id, Plan, SlideKind, VoteOn, proposals, tally, voters};

type App = Harness<'static, TenstepApp>;

fn press(harness: &mut App, key: Key) {
    harness.key_press(key);
    harness.run();
}

fn command(harness: &mut App, key: Key) {
    harness.key_press_modifiers(Modifiers::COMMAND, key);
    harness.run();
}

/// (slide, page, pages) of the presentation.
fn at(harness: &App) -> (usize, usize, usize) {
    let p = harness.state().presenting.as_ref().expect("presenting");
    (p.slide, p.page, p.pages)
}

fn kind(harness: &App) -> SlideKind {
    plan(harness).workshop.shown_slides()[at(harness).0]
}

/// Steps with → (from the first slide) until the slide of `kind` shows.
fn step_to(harness: &mut App, target: SlideKind) {
    press(harness, Key::Home);
    for _ in 0..80 {
        if kind(harness) == target {
            return;
        }
        press(harness, Key::ArrowRight);
    }
    panic!("{target:?} not reached");
}

/// Types into whatever has the keyboard focus.
fn type_text(harness: &mut App, text: &str) {
    harness.event(egui::Event::Text(text.to_owned()));
    harness.run();
}

/// Moves the injected clock on and lets the app draw.
fn wait(harness: &mut App, clock: &ManualClock, seconds: f64) {
    clock.advance_seconds(seconds);
    harness.step();
    harness.run();
}

/// What the workshop changed, to see Undo take it back step by step.
#[derive(Debug, PartialEq, Clone)]
struct Changes {
    belief: bool,
    task: bool,
    stakeholder: bool,
    dots: u32,
    voters_chosen: Vec<Id>,
    vote_on_stakeholders: bool,
}

const BELIEF: &str = "We listen before we post";
const TASK: &str = "Store listening pilot";
const STAKEHOLDER: &str = "Local press and bloggers";

fn changes(plan: &Plan, voted_on: Option<&Id>) -> Changes {
    Changes {
        belief: plan.manifesto.beliefs.iter().any(|b| b.statement == BELIEF),
        task: plan.tasks.iter().any(|t| t.name == TASK),
        stakeholder: plan.stakeholders.iter().any(|s| s.name == STAKEHOLDER),
        dots: voted_on.map_or(0, |id| tally(plan, id)),
        voters_chosen: plan.workshop.voters.clone(),
        vote_on_stakeholders: plan.workshop.vote_on() == VoteOn::Stakeholders,
    }
}

#[test]
fn a_whole_workshop_on_a_projector_with_a_clicker_keeps_every_change() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("northwind.ron");
    std::fs::copy(concat!(env!("CARGO_MANIFEST_DIR"), "/sample-plans/northwind-retail.ron"), &file)
        .expect("copied");
    let clock = ManualClock::at_noon(common::today());
    let mut harness = common::Start {
        file: Some(file.clone()),
        size: egui::vec2(1280.0, 720.0),
        present: true,
        clock: clock.clone(),
        ..Default::default()
    }
    .app();
    let before = changes(plan(&harness), None);
    assert_eq!(
        before,
        Changes {
            belief: false,
            task: false,
            stakeholder: false,
            dots: 0,
            voters_chosen: Vec::new(),
            vote_on_stakeholders: false
        }
    );

    // The agenda: vote on the stakeholders, with the five people who came.
    press(&mut harness, Key::A);
    let chooser = harness.get_all_by_label("The voting slide votes on").last().expect("the chooser").rect();
    harness.hover_at(chooser.center());
    harness.drag_at(chooser.center());
    harness.drop_at(chooser.center());
    harness.run();
    harness.get_all_by_label("Stakeholders").last().expect("the option").click();
    harness.run();
    let people = plan(&harness).people.clone();
    let group: Vec<Id> = plan(&harness).working_group_members().map(|p| p.id.clone()).collect();
    let guest = people.iter().find(|p| !group.contains(&p.id)).expect("someone outside the group");
    let room: Vec<Id> = group.iter().take(4).cloned().chain([guest.id.clone()]).collect();
    for person in &people {
        if group.contains(&person.id) != room.contains(&person.id) {
            harness.get_by_label(&person.name).scroll_to_me();
            harness.run();
            harness.get_by_label(&person.name).click();
            harness.run();
        }
    }
    press(&mut harness, Key::Escape);
    assert!(harness.state().presenting.is_some(), "Esc closed the agenda only");
    assert_eq!(voters(plan(&harness)).len(), 5);

    // Every slide and page with the clicker, forward, then back.
    press(&mut harness, Key::Home);
    let mut forward = vec![at(&harness)];
    loop {
        press(&mut harness, Key::PageDown);
        let now = at(&harness);
        if now == *forward.last().expect("a position") {
            break;
        }
        forward.push(now);
    }
    let slides = plan(&harness).workshop.shown_slides().len();
    assert_eq!(forward.last().map(|p| p.0), Some(slides - 1), "reached the last slide");
    assert!(forward.windows(2).all(|w| (w[0].0, w[0].1) < (w[1].0, w[1].1)), "in order: {forward:?}");
    for (slide, page, pages) in &forward {
        assert!(page < pages, "slide {slide}: page {page} of {pages}");
    }
    let pages: usize = (0..slides).map(|s| forward.iter().filter(|p| p.0 == s).count()).sum();
    assert_eq!(pages, forward.len(), "every page of every slide once");
    let mut back = vec![at(&harness)];
    for _ in 1..forward.len() {
        press(&mut harness, Key::PageUp);
        back.push(at(&harness));
    }
    back.reverse();
    let strip = |v: &[(usize, usize, usize)]| v.iter().map(|p| (p.0, p.1)).collect::<Vec<_>>();
    assert_eq!(strip(&back), strip(&forward), "back through the same pages");

    // A five-minute exercise: the timer follows the clock; + and − while it runs.
    press(&mut harness, Key::T);
    harness.get_by_label_contains("5:00");
    wait(&mut harness, &clock, 90.0);
    harness.get_by_label_contains("3:30");
    press(&mut harness, Key::Plus);
    harness.get_by_label_contains("4:30");
    press(&mut harness, Key::Minus);
    harness.get_by_label_contains("3:30");
    wait(&mut harness, &clock, 210.0);
    harness.get_by_label_contains("0:00");
    assert!(harness.state().timer.remaining <= 0.0);

    // A belief, a task and a stakeholder added live, each seen on the page shown.
    for (slide, text) in [
        (SlideKind::Manifesto, BELIEF),
        (SlideKind::RollingPlan, TASK),
        (SlideKind::Segmentation, STAKEHOLDER),
    ] {
        step_to(&mut harness, slide);
        press(&mut harness, Key::N);
        command(&mut harness, Key::A);
        type_text(&mut harness, text);
        harness.get_by_label("Done").click();
        harness.run();
        assert!(harness.state().presenting.as_ref().is_some_and(|p| p.edit.is_none()), "Done closed it");
        harness.get_by_label_contains(text);
    }
    let now = changes(plan(&harness), None);
    assert!(now.belief && now.task && now.stakeholder, "{now:?}");

    // The vote, on page 2: each of the five gives the first proposal shown there a dot.
    step_to(&mut harness, SlideKind::Voting);
    assert!(at(&harness).2 > 1, "the stakeholder vote has pages");
    press(&mut harness, Key::ArrowRight);
    assert_eq!((kind(&harness), at(&harness).1), (SlideKind::Voting, 1), "page 2 of the vote");
    let first_on_page = harness
        .query_all_by_label_contains("Proposal 1: ")
        .find_map(|n| n.accesskit_node().label().map(|l| l.to_owned()))
        .expect("proposal 1 on this page");
    let name =
        first_on_page.trim_start_matches("Proposal 1: ").split(" — ").next().expect("a name").to_owned();
    let target =
        plan(&harness).stakeholders.iter().find(|s| s.name == name).map(|s| s.id.clone()).expect("named");
    assert_ne!(Some(&target), proposals(plan(&harness)).first(), "not the first proposal of page 1");
    for _ in 0..5 {
        press(&mut harness, Key::Tab);
        press(&mut harness, Key::Num1);
    }
    assert_eq!(tally(plan(&harness), &target), 5, "five dots from five people");
    press(&mut harness, Key::V);
    harness.get_by_label_contains(&format!("Proposal 1: {name} — 5 dots"));

    // Esc by accident, then F5: back where the room was.
    let left = at(&harness);
    press(&mut harness, Key::Escape);
    assert!(harness.state().presenting.is_none());
    press(&mut harness, Key::F5);
    assert_eq!(at(&harness), left, "resumed on page 2 of the vote");

    // Saved: the file holds every change.
    command(&mut harness, Key::S);
    let saved = tenstep::io::load_file(&file).expect("the saved plan loads").plan;
    let all = Changes {
        belief: true,
        task: true,
        stakeholder: true,
        dots: 5,
        voters_chosen: room.clone(),
        vote_on_stakeholders: true,
    };
    assert_eq!(changes(&saved, Some(&target)), all);
    assert_eq!(voters(&saved), room);

    // Undo walks the workshop back, one change at a time, newest first, with no empty steps.
    let mut seen = vec![changes(plan(&harness), Some(&target))];
    for _ in 0..60 {
        let version = harness.state().doc.as_ref().expect("a plan").history.version();
        command(&mut harness, Key::Z);
        if harness.state().doc.as_ref().expect("a plan").history.version() == version {
            break;
        }
        let now = changes(plan(&harness), Some(&target));
        assert_ne!(Some(&now), seen.last(), "an undo step that changed nothing the workshop did");
        seen.push(now);
    }
    assert_eq!(seen.last(), Some(&before), "all of it undone");
    let dots: Vec<u32> = seen.iter().map(|c| c.dots).collect();
    assert!(dots.starts_with(&[5, 4, 3, 2, 1, 0]), "the dots come back one at a time: {dots:?}");
    let gone_at = |f: fn(&Changes) -> bool| seen.iter().position(|c| !f(c)).expect("undone");
    let (stakeholder, task, belief) =
        (gone_at(|c| c.stakeholder), gone_at(|c| c.task), gone_at(|c| c.belief));
    assert!(5 < stakeholder && stakeholder < task && task < belief, "{seen:?}");
    let room_gone = seen.iter().position(|c| c.voters_chosen.is_empty()).expect("undone");
    assert!(belief < room_gone, "the agenda's choices go last: {seen:?}");
}
