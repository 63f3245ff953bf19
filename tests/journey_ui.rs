//! Issue 16, item 6: the definition of done for "a first plan built from nothing, entirely in
//! the app". Each journey starts at Ctrl+N and builds the plan only by labels, clicks, drags,
//! keys and typing (no edits of the plan behind the app's back), saves it through the app's own
//! "File path" dialog, reopens the file and checks it holds exactly what was entered, that the
//! plan's health lists nothing the journey filled in, and that `tenstep check` passes it.

use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use std::path::Path;
mod common;

use common::{Start, drag, new_plan, plan, type_into_focus};
use tenstep::app::TenstepApp;
use tenstep::model::Plan;

type App = Harness<'static, TenstepApp>;

fn date(y: i32, m: u32, d: u32) -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
}

/// The app at projector size, frames 50 ms apart (two clicks a few frames apart make a
/// double-click).
fn app() -> App {
    Start { size: egui::vec2(1280.0, 720.0), step_dt: 0.05, ..Start::default() }.app()
}

fn view(harness: &mut App, key: Key) {
    harness.key_press_modifiers(Modifiers::COMMAND, key);
    harness.run();
}

fn click_button(harness: &mut App, label: &str) {
    harness.get_by_role_and_label(Role::Button, label).click();
    harness.run();
}

/// Puts the keyboard focus in the `nth` field with this role and label, selects what is in it
/// and types `text` over it.
fn retype(harness: &mut App, role: Role, label: &str, nth: usize, text: &str) {
    let field = harness.get_all_by_role_and_label(role, label).nth(nth);
    field.unwrap_or_else(|| panic!("no field {nth} labelled “{label}”")).focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.run();
    type_into_focus(harness, text);
}

/// Opens the `nth` drop-down labelled `label` and picks `choice` in it.
fn pick(harness: &mut App, label: &str, nth: usize, choice: &str) {
    let combo = harness.get_all_by_role_and_label(Role::ComboBox, label).nth(nth);
    let combo = combo.unwrap_or_else(|| panic!("no drop-down {nth} labelled “{label}”"));
    combo.scroll_to_me();
    harness.run();
    harness.get_all_by_role_and_label(Role::ComboBox, label).nth(nth).expect("still there").click();
    harness.run();
    // The choice in the open list: the last node of that name (the list is drawn on top).
    harness.get_all_by_role_and_label(Role::Button, choice).last().expect("the choice").click();
    harness.run();
}

/// Clicks a button that adds an item, then types its name (the new name field has the focus
/// with its placeholder selected).
fn add_named(harness: &mut App, button: &str, name: &str) {
    let found = harness.get_all_by_role_and_label(Role::Button, button).last();
    found.unwrap_or_else(|| panic!("no “{button}” button")).scroll_to_me();
    harness.run();
    harness.get_all_by_role_and_label(Role::Button, button).last().expect("still there").click();
    harness.run();
    harness.run();
    type_into_focus(harness, name);
}

// The journey's content.

const TITLE: &str = "Social by design 2027–2029";
const ORGANISATION: &str = "Northwind Foods";
const DEPARTMENTS: [&str; 4] = ["Marketing", "IT", "Customer service", "Corporate communications"];
/// Name, role (None: a member) and department.
const PEOPLE: [(&str, Option<&str>, &str); 6] = [
    ("Ana Ruiz", Some("Driver"), "Marketing"),
    ("Ben Ode", Some("Mentor"), "Customer service"),
    ("Cleo Park", Some("Sponsor"), "Corporate communications"),
    ("Dev Rao", Some("Outside expert"), "Marketing"),
    ("Eli Moss", None, "IT"),
    ("Fay Lund", None, "Customer service"),
];
const MANDATE: &str = "Agree one social media policy and a three-year plan by spring";
const GOALS: [&str; 2] = ["One web go-to-market plan", "Answer customers online within an hour"];
/// KPI name, the goal it measures (index into GOALS), baseline, target and unit.
const KPIS: [(&str, usize, f64, f64, &str); 3] = [
    ("Channels under one plan", 0, 3.0, 12.0, "channels"),
    ("Median reply time", 1, 240.0, 60.0, "min"),
    ("Questions answered online", 1, 20.0, 80.0, "%"),
];

/// Overview: the plan's title and organisation.
fn name_the_plan(harness: &mut App) {
    view(harness, Key::Num1);
    retype(harness, Role::TextInput, "Title", 0, TITLE);
    retype(harness, Role::TextInput, "Organisation", 0, ORGANISATION);
    assert_eq!(plan(harness).meta.title, TITLE);
    assert_eq!(plan(harness).meta.organisation, ORGANISATION);
}

/// Team & goals: departments, people with roles and departments, the mandate and deadline.
fn build_the_working_group(harness: &mut App) {
    view(harness, Key::Num5);
    for name in DEPARTMENTS {
        add_named(harness, "+ Add department", name);
    }
    for (name, _, _) in PEOPLE {
        add_named(harness, "+ Add person", name);
    }
    for (index, (_, role, department)) in PEOPLE.iter().enumerate() {
        if let Some(role) = role {
            pick(harness, "Role", index, role);
        }
        pick(harness, "Department", index, department);
    }
    retype(
        harness,
        Role::MultilineTextInput,
        "What the group is empowered to decide and deliver",
        0,
        MANDATE,
    );
    click_button(harness, "Agreed deadline");
}

/// Team & goals → Goals and KPIs: two goals, the second laddering up to the first, and three
/// KPIs with a target, a unit and a due date.
fn set_the_goals(harness: &mut App) {
    click_button(harness, "Goals and KPIs");
    for goal in GOALS {
        add_named(harness, "+ Add goal", goal);
    }
    pick(harness, "Ladders up to", 1, GOALS[0]);
    for (name, goal, _, _, _) in KPIS {
        // The goal's own "+ Add KPI" button: the goals are listed in tree order.
        let order = if goal == 0 { 0 } else { 1 };
        let button = harness.get_all_by_role_and_label(Role::Button, "+ Add KPI").nth(order);
        button.expect("the goal's + Add KPI").scroll_to_me();
        harness.run();
        harness.get_all_by_role_and_label(Role::Button, "+ Add KPI").nth(order).expect("there").click();
        harness.run();
        harness.run();
        type_into_focus(harness, name);
    }
    // The KPI rows are listed goal by goal, in the order of KPIS.
    for (index, (_, _, baseline, target, unit)) in KPIS.iter().enumerate() {
        retype(harness, Role::SpinButton, "Baseline", index, &baseline.to_string());
        harness.key_press(Key::Enter);
        harness.run();
        retype(harness, Role::SpinButton, "Target", index, &target.to_string());
        harness.key_press(Key::Enter);
        harness.run();
        retype(harness, Role::TextInput, "Unit", index, unit);
        // The first "Set due date" left is this KPI's.
        click_first(harness, "Set due date");
    }
}

fn click_first(harness: &mut App, label: &str) {
    let button = harness.get_all_by_role_and_label(Role::Button, label).next();
    button.unwrap_or_else(|| panic!("no “{label}” button")).scroll_to_me();
    harness.run();
    harness.get_all_by_role_and_label(Role::Button, label).next().expect("still there").click();
    harness.run();
}

const BELIEFS: [&str; 3] = [
    "There is one digital strategy, not a separate social one",
    "Only the customer's view of us counts",
    "We guide and train staff rather than block them",
];
/// Who signs the manifesto (indices into PEOPLE).
const SIGNERS: [usize; 2] = [0, 1];

/// Manifesto: three beliefs, each agreed, then signed by two members.
fn write_the_manifesto(harness: &mut App) {
    view(harness, Key::Num4);
    for belief in BELIEFS {
        add_named(harness, "+ Add belief", belief);
    }
    for index in 0..BELIEFS.len() {
        pick(harness, "Status", index, "Agreed");
    }
    for person in SIGNERS {
        sign(harness, PEOPLE[person].0);
    }
}

/// Clicks the Sign button on the sign-off row of `name`.
fn sign(harness: &mut App, name: &str) {
    let row = harness.get_all_by_label_contains(name).last().expect("the member's row");
    row.scroll_to_me();
    harness.run();
    let y = harness.get_all_by_label_contains(name).last().expect("the member's row").rect().center().y;
    let button = harness
        .get_all_by_role_and_label(Role::Button, "Sign")
        .find(|b| (b.rect().center().y - y).abs() < 8.0);
    button.unwrap_or_else(|| panic!("no Sign button on {name}'s row")).click();
    harness.run();
}

/// Ctrl+S; with no system file dialog the app asks for the path itself.
fn save_as(harness: &mut App, path: &Path) {
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    retype(harness, Role::TextInput, "File path", 0, path.to_str().expect("a UTF-8 path"));
    click_button(harness, "Save");
    assert!(harness.query_by_label("File path").is_none(), "the dialog closed");
    assert!(!harness.state().doc.as_ref().expect("open").is_dirty(), "saved");
}

/// `tenstep check FILE`, run as a real process, passes.
fn check_passes(path: &Path) {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_tenstep"))
        .arg("check")
        .arg(path)
        .output()
        .expect("the binary runs");
    assert_eq!(
        out.status.code(),
        Some(0),
        "stdout: {}\nstderr: {}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

fn names<T>(list: &[std::sync::Arc<T>], name: impl Fn(&T) -> &str) -> Vec<String> {
    list.iter().map(|x| name(x).to_owned()).collect()
}

/// The person called `name` in `plan`.
fn person<'a>(plan: &'a Plan, name: &str) -> &'a tenstep::model::Person {
    plan.people.iter().find(|p| p.name == name).unwrap_or_else(|| panic!("no person {name}"))
}

/// The organisation part of the saved file: exactly what the journey entered.
fn assert_the_group(saved: &Plan) {
    assert_eq!(saved.meta.title, TITLE);
    assert_eq!(saved.meta.organisation, ORGANISATION);
    assert_eq!(names(&saved.departments, |d| &d.name), DEPARTMENTS);
    assert_eq!(names(&saved.people, |p| &p.name), PEOPLE.map(|p| p.0));
    for (name, role, department) in PEOPLE {
        let p = person(saved, name);
        assert_eq!(p.role.label(), role.unwrap_or("Member"), "{name}'s role");
        let dept = p.department.as_ref().and_then(|d| saved.departments.iter().find(|x| &x.id == d));
        assert_eq!(dept.map(|d| d.name.as_str()), Some(department), "{name}'s department");
    }
    assert_eq!(saved.working_group.mandate, MANDATE);
    assert_eq!(saved.working_group.deadline, Some(date(2027, 2, 22)), "proposed three months ahead");
}

fn assert_the_goals(saved: &Plan) {
    assert_eq!(names(&saved.goals, |g| &g.title), GOALS);
    assert_eq!(saved.goals[0].parent, None);
    assert_eq!(saved.goals[1].parent.as_ref(), Some(&saved.goals[0].id), "the second ladders up");
    assert_eq!(saved.kpis.len(), KPIS.len());
    for (kpi, (name, goal, baseline, target, unit)) in saved.kpis.iter().zip(KPIS) {
        assert_eq!(kpi.name, name);
        assert_eq!(kpi.goal, saved.goals[goal].id, "{name} measures its goal");
        assert_eq!((kpi.baseline, kpi.target, kpi.unit.as_str()), (baseline, target, unit), "{name}");
        assert_eq!(kpi.due, Some(date(2027, 2, 22)), "{name} is due three months ahead");
    }
}

fn assert_the_manifesto(saved: &Plan) {
    let m = &saved.manifesto;
    assert_eq!(names(&m.beliefs, |b| &b.statement), BELIEFS);
    assert!(m.beliefs.iter().all(|b| b.status == tenstep::model::BeliefStatus::Agreed), "all agreed");
    let mut signed: Vec<&str> =
        m.current_signatures().map(|s| saved.person(&s.person).expect("a signer").name.as_str()).collect();
    signed.sort_unstable();
    assert_eq!(signed, SIGNERS.map(|i| PEOPLE[i].0), "signed the current revision");
}

#[test]
fn a_first_plan_built_from_nothing_entirely_in_the_app() {
    let mut harness = app();
    new_plan(&mut harness, "Blank plan");
    name_the_plan(&mut harness);
    build_the_working_group(&mut harness);
    set_the_goals(&mut harness);
    write_the_manifesto(&mut harness);

    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("first-plan.ron");
    save_as(&mut harness, &path);
    let loaded = tenstep::io::load_file(&path).expect("the saved plan loads");
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
    let saved = loaded.plan;
    assert_the_group(&saved);
    assert_the_goals(&saved);
    assert_the_manifesto(&saved);
    check_passes(&path);
    let _ = drag;
}
