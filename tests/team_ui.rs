//! The Team & goals view: people, safe deletion, goals with KPIs, and jumping to tasks.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code: a panic is a failed test")]

use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
mod common;

use common::{app_in, plan};
use tenstep::app::TenstepApp;
use tenstep::commands::View;

fn team() -> Harness<'static, TenstepApp> {
    app_in(View::Team)
}

fn goals() -> Harness<'static, TenstepApp> {
    let mut harness = team();
    harness.get_by_role_and_label(Role::Button, "Goals and KPIs").click();
    harness.run();
    harness
}

#[test]
fn the_working_group_panel_shows_roles_people_and_departments() {
    let harness = team();
    let p = plan(&harness);
    harness.get_by_label("Founding roles and gaps");
    harness.get_by_label(&format!("People ({})", p.people.len()));
    harness.get_by_label(&format!("Departments ({})", p.departments.len()));
    let driver = p.people.iter().find(|x| x.role == tenstep::model::Role::Driver).expect("a driver");
    harness.get_by_label_contains(&driver.name);
}

#[test]
fn adding_a_person_focuses_their_name_and_typing_names_them() {
    let mut harness = team();
    let before = plan(&harness).people.len();
    harness.get_by_label("+ Add person").scroll_to_me();
    harness.run();
    harness.get_by_label("+ Add person").click();
    harness.run();
    harness.run();
    assert_eq!(plan(&harness).people.len(), before + 1);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.run();
    let focused =
        harness.get_all_by_role_and_label(Role::TextInput, "Name").find(egui_kittest::Node::is_focused);
    focused.expect("the new name field has the focus").type_text("Dana Okafor");
    harness.run();
    assert_eq!(plan(&harness).people.last().expect("added").name, "Dana Okafor");
}

#[test]
fn deleting_a_person_who_owns_work_asks_and_hands_it_over() {
    let mut harness = team();
    let (victim, heir, owned) = {
        let p = plan(&harness);
        let victim = p
            .people
            .iter()
            .find(|x| p.tasks.iter().any(|t| t.owner.as_ref() == Some(&x.id)))
            .expect("someone owns a task")
            .clone();
        let heir = p.people.iter().find(|x| x.id != victim.id).expect("another person").clone();
        let owned = p.tasks.iter().filter(|t| t.owner.as_ref() == Some(&victim.id)).count();
        (victim, heir, owned)
    };
    // The Delete button on the victim's row.
    let name_field = harness
        .get_all_by_role_and_label(Role::TextInput, "Name")
        .find(|n| n.value().as_deref() == Some(victim.name.as_str()))
        .expect("the victim's name field");
    let row = name_field.rect().center().y;
    let delete = harness.get_all_by_label("Delete").find(|n| (n.rect().center().y - row).abs() < 4.0);
    delete.expect("a Delete button on the row").click();
    harness.run();
    harness.get_by_label_contains(&format!("Delete the person “{}”", victim.name));
    assert!(plan(&harness).person(&victim.id).is_some(), "nothing is deleted before answering");
    harness.get_by_label("Hand them to").click();
    harness.run();
    harness.get_all_by_role_and_label(Role::Button, &heir.name).last().expect("the heir in the list").click();
    harness.run();
    harness.get_by_label("Delete and hand over").click();
    harness.run();
    let p = plan(&harness);
    assert!(p.person(&victim.id).is_none());
    assert!(p.tasks.iter().filter(|t| t.owner.as_ref() == Some(&heir.id)).count() >= owned);
    assert!(tenstep::model::validate(p).is_empty(), "{:?}", tenstep::model::validate(p));

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert!(plan(&harness).person(&victim.id).is_some(), "one undo brings the person back");
}

#[test]
fn adding_a_goal_with_a_kpi_and_measuring_it() {
    let mut harness = goals();
    let goals_before = plan(&harness).goals.len();
    harness.get_by_label("+ Add goal").click();
    harness.run();
    harness.run();
    assert_eq!(plan(&harness).goals.len(), goals_before + 1);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.run();
    harness
        .get_all_by_role_and_label(Role::TextInput, "Goal")
        .last()
        .expect("the new goal")
        .type_text("Faster answers");
    harness.run();
    let goal = plan(&harness).goals.last().expect("added").clone();
    assert_eq!(goal.title, "Faster answers");
    harness.get_all_by_label("No KPIs yet: how will you know this goal is met?").last().expect("shown");

    harness.get_all_by_label("+ Add KPI").last().expect("the new goal's button").click();
    harness.run();
    harness.run();
    let kpi = plan(&harness).kpis_of(&goal.id).next().expect("a KPI").clone();
    assert_eq!((kpi.baseline, kpi.target, kpi.current), (0.0, 100.0, None));
    harness.get_all_by_label("Measure").last().expect("no value yet").click();
    harness.run();
    assert_eq!(plan(&harness).kpis_of(&goal.id).next().expect("a KPI").current, Some(0.0));
    harness.get_all_by_label("Set due date").last().expect("no due date yet").click();
    harness.run();
    assert!(plan(&harness).kpis_of(&goal.id).next().expect("a KPI").due.is_some());
}

#[test]
fn an_overdue_kpi_is_flagged_and_a_linked_task_opens_in_the_plan() {
    let mut harness = goals();
    let (task, overdue) = {
        let p = plan(&harness);
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).expect("valid");
        // The first goal on screen that tasks serve, and its first task.
        let goal =
            p.goal_tree().into_iter().map(|(_, g)| g).find(|g| p.tasks_for_goal(&g.id).next().is_some());
        let goal = goal.expect("a goal has tasks");
        let serving = p.tasks_for_goal(&goal.id).count();
        let task = p.tasks_for_goal(&goal.id).next().expect("a task").clone();
        let task = (task, serving);
        let overdue = p.kpis.iter().filter(|k| k.status(today) == tenstep::model::KpiStatus::Overdue).count();
        (task, overdue)
    };
    let (task, serving) = task;
    let header = format!("Tasks serving it ({serving})");
    if serving > 4 {
        harness.get_all_by_label(&header).next().expect("the list, closed when long").click();
        harness.run();
    }
    if overdue > 0 {
        harness.get_by_label(&format!("{overdue} past due and short of target"));
        harness.get_all_by_label("Past due, short of target").next().expect("flagged on its row");
    }
    let link = harness.get_all_by_role_and_label(Role::Link, &task.name).next();
    let link = link.expect("the task is listed under its goal");
    link.scroll_to_me();
    harness.run();
    harness.get_all_by_role_and_label(Role::Link, &task.name).next().expect("still there").click();
    harness.run();
    assert_eq!(harness.state().view, View::Plan);
    assert_eq!(harness.state().views.gantt.selected.as_ref(), Some(&task.id));
}
