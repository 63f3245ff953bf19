//! The Manifesto view: add, reorder, sign, and see signatures go stale.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code: a panic is a failed test")]

use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
mod common;

use common::{app_in, plan};
use tenstep::app::TenstepApp;
use tenstep::commands::View;

fn manifesto() -> Harness<'static, TenstepApp> {
    app_in(View::Manifesto)
}

#[test]
fn adding_and_reordering_a_belief() {
    let mut harness = manifesto();
    let before = plan(&harness).manifesto.beliefs.len();
    harness.get_by_label("+ Add belief").click();
    harness.run();
    assert_eq!(plan(&harness).manifesto.beliefs.len(), before + 1);
    let added = plan(&harness).manifesto.beliefs.last().expect("added").id.clone();
    harness.get_all_by_label("Up").last().expect("the last belief's button").scroll_to_me();
    harness.run();
    harness.get_all_by_label("Up").last().expect("the last belief's button").click();
    harness.run();
    assert_eq!(plan(&harness).manifesto.beliefs[before - 1].id, added, "moved up one place");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(plan(&harness).manifesto.beliefs[before].id, added, "undo puts it back");
}

#[test]
fn editing_an_agreed_belief_after_signing_stales_signatures_and_renewing_signs_the_new_revision() {
    let mut harness = manifesto();
    let revision = plan(&harness).manifesto.revision;
    let signed = plan(&harness).manifesto.current_signatures().count();
    assert!(signed > 0, "the sample is signed");
    let index = plan(&harness)
        .manifesto
        .beliefs
        .iter()
        .position(|b| b.status == tenstep::model::BeliefStatus::Agreed)
        .expect("an agreed belief");
    let number = format!("{}.", index + 1);
    let field = harness.get_by_role_and_label(Role::MultilineTextInput, &number);
    field.focus();
    harness.run();
    harness.get_by_role_and_label(Role::MultilineTextInput, &number).type_text(" Always.");
    harness.run();
    let m = &plan(&harness).manifesto;
    assert_eq!(m.revision, revision + 1, "the revision moved");
    assert_eq!(m.current_signatures().count(), 0, "every signature is now on an earlier version");
    harness.get_all_by_label_contains("Earlier version (rev.").next().expect("shown as stale");

    harness.get_all_by_label_contains("Renew: ").next().expect("a renew button").click();
    harness.run();
    assert_eq!(plan(&harness).manifesto.current_signatures().count(), 1);
}

#[test]
fn the_reading_view_numbers_the_agreed_beliefs_and_lists_signatures() {
    let mut harness = manifesto();
    harness.get_by_role_and_label(Role::Button, "Reading view").click();
    harness.run();
    harness.get_by_label("Signed by");
    harness.get_by_label("1.");
    let signer = {
        let p = plan(&harness);
        let s = p.manifesto.current_signatures().next().expect("a signature");
        p.person(&s.person).expect("a person").name.clone()
    };
    harness.get_by_label_contains(&signer);
}

#[test]
fn links_in_markdown_and_unsafe_schemes_ask_or_refuse() {
    let mut harness = manifesto();
    common::edit_plan(&mut harness, |plan| {
        plan.manifesto.preamble =
            "Read [our guide](https://example.com/guide) or [this](file:///etc/passwd).".into();
    });
    harness.get_by_role_and_label(Role::Button, "Reading view").click();
    harness.run();
    harness.get_by_label("our guide").click();
    harness.run();
    harness.get_by_label("Open this address?");
    harness.get_by_role_and_label(Role::Button, "Cancel").click();
    harness.run();
    harness.get_by_label("this").click();
    harness.run();
    harness.get_by_label_contains("Only web addresses");
    assert!(harness.query_by_label("Open in browser").is_none(), "a file: link cannot be opened");
}

#[test]
fn dragging_a_belief_by_its_handle_moves_it_in_one_undo_step() {
    let mut harness = manifesto();
    let first = plan(&harness).manifesto.beliefs[0].id.clone();
    let from = harness.get_by_label("Drag belief 1").rect().center();
    let below = harness.get_by_label("Drag belief 4").rect();
    // Drop on the top of the fourth card, i.e. in the gap above it: the first belief lands third.
    let to = egui::pos2(from.x, below.center().y);
    common::drag(&mut harness, from, to);
    let beliefs = &plan(&harness).manifesto.beliefs;
    let at = beliefs.iter().position(|b| b.id == first);
    assert_eq!(at, Some(2), "moved to third place (from {from:?} to {to:?}, card 4 at {below:?})");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(plan(&harness).manifesto.beliefs[0].id, first, "one undo puts it back");
}

#[test]
fn a_new_belief_takes_the_focus_so_it_can_be_typed_at_once() {
    let mut harness = manifesto();
    harness.get_by_label("+ Add belief").click();
    harness.run();
    harness.run();
    let n = plan(&harness).manifesto.beliefs.len();
    let label = format!("{n}.");
    let field = harness.get_by_role_and_label(Role::MultilineTextInput, &label);
    assert!(field.is_focused(), "the new belief's statement has the focus");
    field.type_text("We answer every customer within an hour");
    harness.run();
    let last = plan(&harness).manifesto.beliefs.last().expect("added").statement.clone();
    assert_eq!(last, "We answer every customer within an hour");
}

#[test]
fn votes_are_recorded_per_member_and_preview_renders_markdown() {
    let mut harness = manifesto();
    let first = plan(&harness).manifesto.beliefs[0].clone();
    let before: u32 = first.votes.iter().map(|v| v.dots).sum();
    let votes = if before == 1 { "1 vote".to_owned() } else { format!("{before} votes") };
    harness.get_all_by_label(&votes).next().expect("the first card's votes").click();
    harness.run();
    let member = plan(&harness).working_group_members().next().expect("a member").clone();
    let had = first.votes.iter().find(|v| v.person == member.id).map_or(0, |v| v.dots);
    let field = harness.get_all_by_role_and_label(Role::SpinButton, &member.name).next().expect("dots");
    field.focus();
    harness.run();
    let field = harness.get_all_by_role_and_label(Role::SpinButton, &member.name).next().expect("dots");
    field.type_text(&format!("{}", had + 3));
    harness.key_press(Key::Enter);
    harness.run();
    let after = &plan(&harness).manifesto.beliefs[0];
    let now = after.votes.iter().find(|v| v.person == member.id).map_or(0, |v| v.dots);
    assert_eq!(now, had + 3, "the typed number of dots is recorded");

    harness.get_all_by_label("Preview").next().expect("the first card's preview toggle").click();
    harness.run();
    assert!(
        harness.query_by_role_and_label(Role::MultilineTextInput, "1.").is_none(),
        "the previewed statement is no longer a text field"
    );
}
