//! The workshop agenda and dot voting, in the model.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code: a panic is a failed test")]

use std::sync::Arc;
use tenstep::model::*;

fn sample() -> Plan {
    let text = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/sample-plans/northwind-retail.ron"))
        .expect("sample exists");
    tenstep::io::load_bytes(&text).expect("sample loads").plan
}

#[test]
fn the_default_agenda_shows_every_slide_in_order() {
    let workshop = Workshop::default();
    let kinds: Vec<SlideKind> = workshop.shown_slides();
    assert_eq!(kinds, SlideKind::ALL.to_vec());
}

#[test]
fn a_saved_agenda_keeps_its_order_adds_missing_slides_and_keeps_unknown_keys() {
    let mut workshop = Workshop {
        agenda: vec![
            AgendaItem { slide: "manifesto".into(), hidden: false },
            AgendaItem { slide: "from_the_future".into(), hidden: false },
            AgendaItem { slide: "overview".into(), hidden: true },
            AgendaItem { slide: "manifesto".into(), hidden: true },
        ],
        ..Workshop::default()
    };
    let slides = workshop.slides();
    assert_eq!(slides[0], (SlideKind::Manifesto, false), "the first mention counts");
    assert_eq!(slides[1], (SlideKind::Overview, true));
    assert_eq!(slides.len(), SlideKind::ALL.len(), "each known slide once: {slides:?}");
    assert_eq!(workshop.shown_slides()[0], SlideKind::Manifesto);
    assert!(!workshop.shown_slides().contains(&SlideKind::Overview));

    workshop.move_slide(0, 2);
    assert_eq!(workshop.slides()[2].0, SlideKind::Manifesto);
    assert!(
        workshop.agenda.iter().any(|item| item.slide == "from_the_future"),
        "a newer version's slide survives editing"
    );
    workshop.set_hidden(SlideKind::Overview, false);
    assert_eq!(workshop.shown_slides()[0], SlideKind::Overview);
}

#[test]
fn hiding_every_slide_still_leaves_one_to_show() {
    let mut workshop = Workshop::default();
    for kind in SlideKind::ALL {
        workshop.set_hidden(kind, true);
    }
    assert_eq!(workshop.shown_slides(), vec![SlideKind::Overview]);
}

#[test]
fn proposals_are_the_proposed_beliefs_or_else_all_that_are_not_dropped() {
    let mut plan = sample();
    let proposed: Vec<Id> = plan
        .manifesto
        .beliefs
        .iter()
        .filter(|b| b.status == BeliefStatus::Proposed)
        .map(|b| b.id.clone())
        .collect();
    if !proposed.is_empty() {
        assert_eq!(proposals(&plan), proposed);
    }
    for belief in &mut plan.manifesto.beliefs {
        Arc::make_mut(belief).status = BeliefStatus::Agreed;
    }
    Arc::make_mut(&mut plan.manifesto.beliefs[0]).status = BeliefStatus::Dropped;
    let all = proposals(&plan);
    assert_eq!(all.len(), plan.manifesto.beliefs.len() - 1);
    assert!(!all.contains(&plan.manifesto.beliefs[0].id));
}

#[test]
fn dots_are_cast_within_each_persons_budget_and_taken_back() {
    let mut plan = sample();
    plan.workshop.dots_per_person = 2;
    for belief in &mut plan.manifesto.beliefs {
        Arc::make_mut(belief).status = BeliefStatus::Proposed;
    }
    let among = proposals(&plan);
    clear_votes(&mut plan, &among);
    let (a, b) = (among[0].clone(), among[1].clone());
    let dee = plan.people[0].id.clone();
    let sam = plan.people[1].id.clone();
    assert!(cast_dot(&mut plan, &dee, &a, &among, true));
    assert!(cast_dot(&mut plan, &dee, &a, &among, true));
    assert!(!cast_dot(&mut plan, &dee, &b, &among, true), "the budget of 2 is spent");
    assert_eq!(dots_placed(&plan, &dee, &among), 2);
    assert!(cast_dot(&mut plan, &sam, &a, &among, true));
    assert!(cast_dot(&mut plan, &sam, &b, &among, true));
    assert_eq!(tally(&plan, &a), 3);
    assert_eq!(tally(&plan, &b), 1);
    assert!(cast_dot(&mut plan, &dee, &a, &among, false), "take one back");
    assert!(cast_dot(&mut plan, &dee, &b, &among, true), "and place it elsewhere");
    assert_eq!((tally(&plan, &a), tally(&plan, &b)), (2, 2));
    assert!(!cast_dot(&mut plan, &sam, &Id::new("b-none"), &among, true));
    assert!(!cast_dot(&mut plan, &Id::new("p-nobody"), &a, &among, true));
    let belief = plan.manifesto.beliefs.iter().find(|x| x.id == a).expect("exists");
    let order: Vec<&Id> = belief.votes.iter().map(|v| &v.person).collect();
    assert_eq!(order, vec![&dee, &sam], "votes stay in working-group order");
    clear_votes(&mut plan, &among);
    assert_eq!(tally(&plan, &a) + tally(&plan, &b), 0);
    assert_eq!(validate(&plan), Vec::new());
}

#[test]
fn goals_and_stakeholders_can_be_voted_on_and_their_dots_go_when_they_or_the_voter_go() {
    let mut plan = sample();
    plan.workshop.vote_on = VoteOn::Goals.key().to_owned();
    let among = proposals(&plan);
    assert_eq!(among.len(), plan.goals.len(), "every goal is a proposal");
    assert_eq!(proposal_text(&plan, &among[0]), plan.goals[0].title);
    let (dee, sam) = (plan.people[0].id.clone(), plan.people[1].id.clone());
    let sams_votes = plan.person_references(&sam).votes;
    assert!(cast_dot(&mut plan, &dee, &among[0], &among, true));
    assert!(cast_dot(&mut plan, &sam, &among[0], &among, true));
    assert!(cast_dot(&mut plan, &sam, &among[1], &among, true));
    assert_eq!((tally(&plan, &among[0]), tally(&plan, &among[1])), (2, 1));
    let stakeholder = plan.stakeholders[0].id.clone();
    assert!(!cast_dot(&mut plan, &dee, &stakeholder, &among, true), "not on the list");
    assert_eq!(plan.workshop.votes.len(), 2, "kept beside the goals");
    assert_eq!(plan.person_references(&sam).votes, sams_votes + 2, "counted before deleting them");

    plan.delete_goal(&among[1].clone());
    assert_eq!(plan.workshop.votes.len(), 1, "a deleted goal's dots go with it");
    plan.delete_person(&sam, None);
    assert_eq!(tally(&plan, &among[0]), 1, "a deleted person's dots go with them");
    assert!(cast_dot(&mut plan, &dee, &among[0], &among, false));
    assert!(plan.workshop.votes.is_empty(), "no empty entries left behind");

    plan.workshop.vote_on = VoteOn::Stakeholders.key().to_owned();
    let among = proposals(&plan);
    assert_eq!(among.len(), plan.stakeholders.len());
    assert!(cast_dot(&mut plan, &dee, &among[2], &among, true));
    let gone = among[2].clone();
    plan.delete_stakeholder(&gone);
    assert!(plan.workshop.votes.is_empty());
    plan.workshop.vote_on = "something newer".to_owned();
    assert_eq!(plan.workshop.vote_on(), VoteOn::Beliefs, "unknown lists fall back to beliefs");
    assert_eq!(validate(&plan), Vec::new());
}

#[test]
fn absurd_dot_counts_from_a_file_saturate_instead_of_overflowing() {
    let mut plan = sample();
    for belief in &mut plan.manifesto.beliefs {
        Arc::make_mut(belief).status = BeliefStatus::Proposed;
    }
    let among = proposals(&plan);
    let dee = plan.people[0].id.clone();
    for id in &among[..2] {
        let belief = plan.manifesto.beliefs.iter_mut().find(|b| &b.id == id).expect("exists");
        Arc::make_mut(belief).votes = vec![Vote { person: dee.clone(), dots: u32::MAX }];
    }
    assert_eq!(dots_placed(&plan, &dee, &among), u32::MAX);
    assert!(!cast_dot(&mut plan, &dee, &among[2], &among, true), "over budget, whatever the file said");
    assert!(cast_dot(&mut plan, &dee, &among[0], &among, false), "but one can be taken back");
    assert_eq!(tally(&plan, &among[0]), u32::MAX - 1);
}
