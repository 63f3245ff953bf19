//! Comparing two copies of one plan and merging what the user takes.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code: a panic is a failed test")]

use std::sync::Arc;
use tenstep::compare::*;
use tenstep::model::*;

fn northwind() -> Plan {
    let text = std::fs::read_to_string("sample-plans/northwind-retail.ron").expect("sample exists");
    tenstep::io::load_bytes(text.as_bytes()).expect("loads").plan
}

fn canonical(plan: &Plan) -> String {
    tenstep::io::to_canonical_string(plan).expect("serialises")
}

/// Every change a colleague might make, one per part of the plan.
fn their_copy(mine: &Plan) -> Plan {
    let mut theirs = mine.clone();
    theirs.meta.title = "Northwind plan, v2".into();
    theirs.working_group.mandate.push_str(" Also: the intranet.");
    Arc::make_mut(&mut theirs.departments[0]).name = "Brand Marketing".into();
    let person = theirs.people[1].id.clone();
    theirs.delete_person(&person, None);
    Arc::make_mut(&mut theirs.goals[1]).description = "Answer in public, within the hour.".into();
    let goal = theirs.goals[1].id.clone();
    theirs.add_kpi(&goal);
    theirs.manifesto.preamble.push_str("\n\nAdded at the March workshop.");
    Arc::make_mut(&mut theirs.manifesto.beliefs[0]).status = BeliefStatus::Dropped;
    let signer = theirs.working_group_members().last().expect("a member").id.clone();
    theirs.sign_manifesto(&signer, Date::from_ymd_opt(2026, 12, 1).expect("valid"));
    Arc::make_mut(&mut theirs.workstreams[0]).color = "#000000".into();
    let task = Arc::make_mut(&mut theirs.tasks[3]);
    task.end = task.end + chrono::Days::new(14);
    task.progress = 90;
    let gone = theirs.tasks[5].id.clone();
    theirs.delete_task(&gone);
    theirs.add_stakeholder(Side::External, None);
    theirs.add_channel(Media::Earned);
    theirs.assessment.integration[0].rating = 5;
    theirs.reviews.clear();
    theirs
}

#[test]
fn copies_of_different_plans_are_refused() {
    let mine = northwind();
    let mut other = mine.clone();
    other.id = "plan-someone-else".into();
    let refused = compare(&mine, &other).expect_err("refused");
    assert!(refused.to_string().contains("two different plans"), "{refused}");
}

#[test]
fn identical_copies_have_no_differences() {
    let mine = northwind();
    assert!(compare(&mine, &mine.clone()).expect("same plan").is_empty());
}

#[test]
fn every_kind_of_entity_shows_as_added_removed_or_changed() {
    let mine = northwind();
    let theirs = their_copy(&mine);
    let found = compare(&mine, &theirs).expect("same plan");
    let has = |part: Part, kind: fn(&Change) -> bool| found.iter().any(|d| d.part == part && kind(&d.change));
    let changed = |c: &Change| matches!(c, Change::Changed(_));
    let added = |c: &Change| matches!(c, Change::Added);
    let removed = |c: &Change| matches!(c, Change::Removed);
    for part in [
        Part::Meta,
        Part::WorkingGroup,
        Part::Departments,
        Part::Goals,
        Part::ManifestoText,
        Part::Beliefs,
        Part::Workstreams,
        Part::Tasks,
        Part::Assessment,
    ] {
        assert!(has(part, changed), "{part:?} changed");
    }
    for part in [Part::Kpis, Part::Stakeholders, Part::Channels] {
        assert!(has(part, added), "{part:?} added");
    }
    for part in [Part::People, Part::Tasks, Part::Reviews] {
        assert!(has(part, removed), "{part:?} removed");
    }
    assert!(has(Part::Signatures, added) || has(Part::Signatures, changed));

    let task = found
        .iter()
        .find(|d| d.part == Part::Tasks && d.id == mine.tasks[3].id.as_str())
        .expect("the moved task");
    let Change::Changed(fields) = &task.change else { panic!("changed") };
    let names: Vec<&str> = fields.iter().map(|f| f.field.as_str()).collect();
    assert_eq!(names, ["end", "progress"], "only what changed, in field order");
    assert_eq!(fields[1].theirs, "90");
    assert!(task.headline().starts_with("changed task “"), "{}", task.headline());
    assert!(
        found.windows(2).all(|w| w[0].part.area_and_noun().0 <= w[1].part.area_and_noun().0),
        "grouped by area"
    );
}

#[test]
fn comparing_the_other_way_swaps_added_and_removed() {
    let mine = northwind();
    let theirs = their_copy(&mine);
    let forward = compare(&mine, &theirs).expect("same plan");
    let backward = compare(&theirs, &mine).expect("same plan");
    assert_eq!(forward.len(), backward.len());
    for d in &forward {
        let other = backward.iter().find(|b| b.part == d.part && b.id == d.id).expect("in both lists");
        match (&d.change, &other.change) {
            (Change::Added, Change::Removed) | (Change::Removed, Change::Added) => {}
            (Change::Changed(a), Change::Changed(b)) => {
                assert_eq!(a.len(), b.len());
                for (x, y) in a.iter().zip(b) {
                    assert_eq!((&x.mine, &x.theirs), (&y.theirs, &y.mine));
                }
            }
            other => panic!("{other:?}"),
        }
    }
}

fn take_all(differences: &[Difference]) -> Vec<Take> {
    differences.iter().map(|d| Take { part: d.part, id: d.id.clone(), field: None }).collect()
}

#[test]
fn taking_all_theirs_gives_their_plan_and_keeping_all_mine_gives_mine() {
    let mine = northwind();
    let theirs = their_copy(&mine);
    assert!(validate(&theirs).is_empty(), "their copy is sound: {:?}", validate(&theirs));
    let found = compare(&mine, &theirs).expect("same plan");
    let merged = merge(&mine, &theirs, &take_all(&found)).expect("merges");
    assert!(compare(&merged, &theirs).expect("same plan").is_empty(), "{:?}", compare(&merged, &theirs));
    assert_eq!(canonical(&merged), canonical(&theirs), "the same order too");
    let kept = merge(&mine, &theirs, &[]).expect("merges");
    assert!(compare(&kept, &mine).expect("same plan").is_empty());
    assert_eq!(kept.next_id, theirs.next_id.max(mine.next_id), "new ids never collide with theirs");
    assert!(validate(&merged).is_empty(), "{:?}", validate(&merged));
}

#[test]
fn a_conflict_on_one_field_is_settled_by_taking_or_leaving_it() {
    let mut mine = northwind();
    let mut theirs = mine.clone();
    Arc::make_mut(&mut mine.tasks[0]).name = "Mine: kick-off in January".into();
    Arc::make_mut(&mut theirs.tasks[0]).name = "Theirs: kick-off in February".into();
    Arc::make_mut(&mut theirs.tasks[0]).notes = "Book the boardroom.".into();
    let found = compare(&mine, &theirs).expect("same plan");
    assert_eq!(found.len(), 1);
    let Change::Changed(fields) = &found[0].change else { panic!("changed") };
    let name = fields.iter().find(|f| f.field == "name").expect("the name differs");
    assert_eq!(name.mine, "\"Mine: kick-off in January\"");
    assert_eq!(name.theirs, "\"Theirs: kick-off in February\"");

    let id = mine.tasks[0].id.to_string();
    let take_name = Take { part: Part::Tasks, id: id.clone(), field: Some("name".into()) };
    let merged = merge(&mine, &theirs, &[take_name]).expect("merges");
    assert_eq!(merged.tasks[0].name, "Theirs: kick-off in February");
    assert_eq!(merged.tasks[0].notes, mine.tasks[0].notes, "the field not taken stays mine");
    let left = merge(&mine, &theirs, &[]).expect("merges");
    assert_eq!(left.tasks[0].name, "Mine: kick-off in January");
}

#[test]
fn an_added_entity_lands_where_it_stands_in_their_copy() {
    let mine = northwind();
    let mut theirs = mine.clone();
    let ws = theirs.tasks[2].workstream.clone();
    let new_task =
        Task { id: Id::new("t-9001"), workstream: ws, name: "Inserted".into(), ..(*theirs.tasks[2]).clone() };
    theirs.tasks.insert(3, Arc::new(new_task));
    let found = compare(&mine, &theirs).expect("same plan");
    let merged = merge(&mine, &theirs, &take_all(&found)).expect("merges");
    assert_eq!(merged.tasks[3].id, Id::new("t-9001"));
}

#[test]
fn field_values_with_nested_lists_and_text_round_trip_through_a_field_take() {
    let mine = northwind();
    let mut theirs = mine.clone();
    let s = Arc::make_mut(&mut theirs.stakeholders[0]);
    s.channels.reverse();
    s.needs = "Line one\nline two, with \"quotes\" and a: colon".into();
    let id = mine.stakeholders[0].id.to_string();
    for field in ["channels", "needs"] {
        let take = Take { part: Part::Stakeholders, id: id.clone(), field: Some(field.into()) };
        let merged = merge(&mine, &theirs, &[take]).expect("merges");
        let got = &merged.stakeholders[0];
        match field {
            "channels" => assert_eq!(got.channels, theirs.stakeholders[0].channels),
            _ => assert_eq!(got.needs, theirs.stakeholders[0].needs),
        }
    }
    assert!(display(&"x".repeat(500)).ends_with('…'));
}

/// A field the file leaves out at its default (a stakeholder's `unplaced: false`) is still a
/// difference when the other copy writes it, either way round, and taking it works both ways.
#[test]
fn a_stakeholder_placed_in_one_copy_only_is_a_difference_that_can_be_taken() {
    let mut mine = northwind();
    Arc::make_mut(&mut mine.stakeholders[0]).unplaced = true;
    let mut theirs = mine.clone();
    let placed = Arc::make_mut(&mut theirs.stakeholders[0]);
    placed.unplaced = false;
    placed.influence = 1;
    let id = mine.stakeholders[0].id.to_string();
    for (from, to) in [(&mine, &theirs), (&theirs, &mine)] {
        let found = compare(from, to).expect("same plan");
        assert_eq!(found.len(), 1, "{found:?}");
        let Change::Changed(fields) = &found[0].change else { panic!("changed") };
        let names: Vec<&str> = fields.iter().map(|f| f.field.as_str()).collect();
        assert_eq!(names, ["influence", "unplaced"]);
        let take = Take { part: Part::Stakeholders, id: id.clone(), field: Some("unplaced".into()) };
        let merged = merge(from, to, &[take]).expect("merges");
        assert_eq!(merged.stakeholders[0].unplaced, to.stakeholders[0].unplaced);
        assert_eq!(merged.stakeholders[0].influence, from.stakeholders[0].influence, "only that field");
    }
}
