//! Working group, goals and KPIs: safe deletion, warnings, the goal tree and KPI progress.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code: a panic is a failed test")]

use std::sync::Arc;
use tenstep::model::*;

fn d(y: i32, m: u32, day: u32) -> Date {
    Date::from_ymd_opt(y, m, day).expect("valid")
}

fn northwind() -> Plan {
    let text = std::fs::read_to_string("sample-plans/northwind-retail.ron").expect("sample exists");
    tenstep::io::load_bytes(text.as_bytes()).expect("loads").plan
}

/// A person who owns, leads, signs and votes, so every kind of reference is exercised.
fn busy_plan() -> (Plan, Id, Id) {
    let mut plan = Plan::blank(d(2026, 1, 1), 7);
    let sales = plan.add_department();
    let ana = plan.add_person(Some(sales.clone()));
    let ben = plan.add_person(None);
    let ws = plan.new_id(Kind::Workstream);
    plan.workstreams.push(Arc::new(Workstream {
        id: ws.clone(),
        lead: Some(ana.clone()),
        ..Workstream::default()
    }));
    let task = plan.new_id(Kind::Task);
    plan.tasks.push(Arc::new(Task {
        id: task,
        workstream: ws,
        owner: Some(ana.clone()),
        department: Some(sales.clone()),
        start: d(2026, 1, 1),
        end: d(2026, 2, 1),
        ..Task::default()
    }));
    let s = plan.add_stakeholder(Side::External, None);
    let st = Arc::make_mut(&mut plan.stakeholders[0]);
    st.owner = Some(ana.clone());
    st.accountable_to = Some(ana.clone());
    st.department = Some(sales.clone());
    let goal = plan.add_goal(None);
    Arc::make_mut(&mut plan.goals[0]).owner = Some(ana.clone());
    let belief = plan.add_belief();
    Arc::make_mut(&mut plan.manifesto.beliefs[0]).votes =
        vec![Vote { person: ana.clone(), dots: 2 }, Vote { person: ben.clone(), dots: 1 }];
    plan.sign_manifesto(&ana, d(2026, 2, 1));
    plan.sign_manifesto(&ben, d(2026, 2, 1));
    let _ = (s, goal, belief);
    assert!(validate(&plan).is_empty(), "{:?}", validate(&plan));
    (plan, ana, ben)
}

#[test]
fn references_to_a_person_are_counted_by_kind() {
    let (plan, ana, ben) = busy_plan();
    let refs = plan.person_references(&ana);
    assert_eq!(
        refs,
        References {
            tasks: 1,
            workstreams: 1,
            stakeholders: 1,
            goals: 1,
            signatures: 1,
            votes: 1,
            ..References::default()
        }
    );
    assert_eq!(refs.reassignable(), ["1 task", "1 workstream", "1 stakeholder", "1 goal"]);
    let ben_refs = plan.person_references(&ben);
    assert_eq!(ben_refs.signatures, 1);
    assert!(ben_refs.reassignable().is_empty());
}

#[test]
fn deleting_a_person_and_reassigning_hands_everything_over_but_their_signature() {
    let (mut plan, ana, ben) = busy_plan();
    plan.delete_person(&ana, Some(&ben)).expect("deleted");
    assert!(plan.person(&ana).is_none());
    assert_eq!(plan.tasks[0].owner.as_ref(), Some(&ben));
    assert_eq!(plan.workstreams[0].lead.as_ref(), Some(&ben));
    assert_eq!(plan.stakeholders[0].owner.as_ref(), Some(&ben));
    assert_eq!(plan.stakeholders[0].accountable_to.as_ref(), Some(&ben));
    assert_eq!(plan.goals[0].owner.as_ref(), Some(&ben));
    assert_eq!(plan.manifesto.signatures.len(), 1, "only Ben's own signature is left");
    assert_eq!(plan.manifesto.beliefs[0].votes, vec![Vote { person: ben.clone(), dots: 1 }]);
    assert!(validate(&plan).is_empty(), "no dangling ids: {:?}", validate(&plan));
}

#[test]
fn deleting_a_person_and_clearing_leaves_no_dangling_ids() {
    let (mut plan, ana, _) = busy_plan();
    plan.delete_person(&ana, None).expect("deleted");
    assert_eq!(plan.tasks[0].owner, None);
    assert_eq!(plan.workstreams[0].lead, None);
    assert_eq!(plan.stakeholders[0].owner, None);
    assert_eq!(plan.goals[0].owner, None);
    assert!(validate(&plan).is_empty(), "{:?}", validate(&plan));
}

#[test]
fn a_replacement_that_does_not_exist_or_is_the_person_themself_clears_instead() {
    let (mut plan, ana, _) = busy_plan();
    plan.delete_person(&ana, Some(&ana.clone())).expect("deleted");
    assert_eq!(plan.tasks[0].owner, None);
    let (mut plan, ana, _) = busy_plan();
    plan.delete_person(&ana, Some(&Id::new("p-999"))).expect("deleted");
    assert_eq!(plan.tasks[0].owner, None);
    assert!(validate(&plan).is_empty());
}

#[test]
fn deleting_a_department_reassigns_or_clears_every_reference() {
    let (mut plan, ana, _) = busy_plan();
    let sales = plan.person(&ana).and_then(|p| p.department.clone()).expect("in sales");
    let refs = plan.department_references(&sales);
    assert_eq!(refs, References { tasks: 1, stakeholders: 1, people: 1, ..References::default() });
    let service = plan.add_department();
    let mut moved = plan.clone();
    moved.delete_department(&sales, Some(&service)).expect("deleted");
    assert_eq!(moved.tasks[0].department.as_ref(), Some(&service));
    assert_eq!(moved.stakeholders[0].department.as_ref(), Some(&service));
    assert_eq!(moved.person(&ana).and_then(|p| p.department.as_ref()), Some(&service));
    assert!(validate(&moved).is_empty());
    plan.delete_department(&sales, None).expect("deleted");
    assert_eq!(plan.tasks[0].department, None);
    assert!(validate(&plan).is_empty());
}

#[test]
fn every_person_and_department_of_a_real_plan_can_be_deleted_without_dangling_ids() {
    let plan = northwind();
    for person in &plan.people {
        let mut copy = plan.clone();
        copy.delete_person(&person.id, None).expect("exists");
        assert!(validate(&copy).is_empty(), "deleting {}: {:?}", person.name, validate(&copy));
    }
    for department in &plan.departments {
        let mut copy = plan.clone();
        copy.delete_department(&department.id, None).expect("exists");
        assert!(validate(&copy).is_empty(), "deleting {}: {:?}", department.name, validate(&copy));
    }
}

#[test]
fn warnings_name_unfilled_roles_and_unrepresented_customer_facing_departments() {
    let mut plan = Plan::blank(d(2026, 1, 1), 1);
    assert_eq!(
        plan.team_warnings(),
        FOUNDING_ROLES.iter().map(|r| TeamWarning::UnfilledRole(*r)).collect::<Vec<_>>()
    );
    let service = plan.add_department();
    Arc::make_mut(&mut plan.departments[0]).customer_facing = true;
    Arc::make_mut(&mut plan.departments[0]).name = "Customer Service".into();
    assert!(
        !plan.team_warnings().iter().any(|w| matches!(w, TeamWarning::Unrepresented { .. })),
        "a department the plan does not touch is not a gap"
    );
    plan.add_channel(Media::Owned);
    Arc::make_mut(&mut plan.channels[0]).department = Some(service.clone());
    let gap = TeamWarning::Unrepresented { department: service.clone(), name: "Customer Service".into() };
    assert!(plan.team_warnings().contains(&gap));
    assert!(gap.message().contains("Customer Service"));

    // A contributor from the department does not count; a member does.
    let carla = plan.add_person(Some(service.clone()));
    Arc::make_mut(&mut plan.people[0]).role = Role::Contributor;
    assert!(plan.team_warnings().contains(&gap));
    Arc::make_mut(&mut plan.people[0]).role = Role::Driver;
    let _ = carla;
    let warnings = plan.team_warnings();
    assert!(!warnings.contains(&gap));
    assert!(!warnings.contains(&TeamWarning::UnfilledRole(Role::Driver)));
    assert!(warnings.contains(&TeamWarning::UnfilledRole(Role::Sponsor)));
}

#[test]
fn kpi_progress_runs_from_baseline_to_target_in_either_direction() {
    let rising = Kpi { baseline: 10.0, target: 30.0, current: Some(25.0), ..Kpi::default() };
    assert_eq!(rising.progress(), Some(0.75));
    // Response time falling from 48 h to 4 h: 26 h is half way.
    let falling = Kpi { baseline: 48.0, target: 4.0, current: Some(26.0), ..Kpi::default() };
    assert_eq!(falling.progress(), Some(0.5));
    let worse = Kpi { baseline: 48.0, target: 4.0, current: Some(60.0), ..Kpi::default() };
    assert!(worse.progress().expect("measured") < 0.0);
    assert_eq!(Kpi { current: None, ..rising.clone() }.progress(), None);
    assert_eq!(Kpi { baseline: 5.0, target: 5.0, current: Some(5.0), ..Kpi::default() }.progress(), None);
    let nan = Kpi { baseline: 0.0, target: f64::INFINITY, current: Some(1.0), ..Kpi::default() };
    assert_eq!(nan.progress(), None);
}

#[test]
fn a_kpi_past_due_and_short_of_target_is_overdue() {
    let today = d(2026, 11, 22);
    let kpi = Kpi {
        baseline: 0.0,
        target: 100.0,
        current: Some(60.0),
        due: Some(d(2026, 12, 31)),
        ..Kpi::default()
    };
    assert_eq!(kpi.status(today), KpiStatus::InProgress);
    let late = Kpi { due: Some(d(2026, 6, 30)), ..kpi.clone() };
    assert_eq!(late.status(today), KpiStatus::Overdue);
    assert_eq!(Kpi { current: Some(100.0), ..late.clone() }.status(today), KpiStatus::Achieved);
    assert_eq!(Kpi { current: None, ..late.clone() }.status(today), KpiStatus::Overdue);
    assert_eq!(Kpi { current: None, ..kpi.clone() }.status(today), KpiStatus::NotMeasured);
    assert_eq!(Kpi { due: None, ..kpi }.status(today), KpiStatus::InProgress);
}

#[test]
fn the_goal_tree_lists_children_under_parents_and_survives_cycles() {
    let mut plan = Plan::blank(d(2026, 1, 1), 1);
    let top = plan.add_goal(None);
    let other = plan.add_goal(None);
    let child = plan.add_goal(Some(top.clone()));
    let grandchild = plan.add_goal(Some(child.clone()));
    let order: Vec<(usize, Id)> = plan.goal_tree().into_iter().map(|(d, g)| (d, g.id.clone())).collect();
    assert_eq!(
        order,
        vec![(0, top.clone()), (1, child.clone()), (2, grandchild.clone()), (0, other.clone())]
    );

    // A cycle (which validation reports) must still show every goal once.
    Arc::make_mut(&mut plan.goals[0]).parent = Some(grandchild.clone());
    let tree = plan.goal_tree();
    assert_eq!(tree.len(), 4);
    let mut ids: Vec<&Id> = tree.iter().map(|(_, g)| &g.id).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 4);
}

#[test]
fn deleting_a_goal_lifts_its_sub_goals_and_drops_its_kpis_and_task_links() {
    let mut plan = northwind();
    let (goal, parent) = plan
        .goals
        .iter()
        .find(|g| plan.goals.iter().any(|c| c.parent.as_ref() == Some(&g.id)))
        .map(|g| (g.id.clone(), g.parent.clone()))
        .expect("the sample has a goal with sub-goals");
    let children: Vec<Id> =
        plan.goals.iter().filter(|g| g.parent.as_ref() == Some(&goal)).map(|g| g.id.clone()).collect();
    plan.delete_goal(&goal).expect("exists");
    for child in &children {
        let g = plan.goals.iter().find(|g| &g.id == child).expect("kept");
        assert_eq!(g.parent, parent);
    }
    assert_eq!(plan.kpis_of(&goal).count(), 0);
    assert_eq!(plan.tasks_for_goal(&goal).count(), 0);
    assert!(validate(&plan).is_empty(), "{:?}", validate(&plan));
}

#[test]
fn team_edits_are_applied_and_refused_like_every_other_edit() {
    let (mut plan, ana, ben) = busy_plan();
    let today = d(2026, 3, 1);
    let added = plan.apply(Edit::AddKpi { goal: plan.goals[0].id.clone() }, today).expect("applies");
    assert_eq!(added.created.as_ref().map(|c| c.0), Some(Kind::Kpi));
    assert_eq!(plan.kpis.len(), 1);
    plan.apply(Edit::DeletePerson { id: ana, replacement: Some(ben) }, today).expect("applies");
    assert!(plan.apply(Edit::DeletePerson { id: Id::new("p-404"), replacement: None }, today).is_err());
    assert!(plan.apply(Edit::DeleteGoal { id: Id::new("g-404") }, today).is_err());
    let belief = plan.add_belief();
    plan.apply(Edit::MoveBeliefTo { id: belief.clone(), index: 0 }, today).expect("applies");
    assert_eq!(plan.manifesto.beliefs[0].id, belief);
    assert!(validate(&plan).is_empty(), "{:?}", validate(&plan));
}
