//! Issue 16, item 6: the definition of done for "a first plan built from nothing, entirely in
//! the app". Each journey starts at Ctrl+N and builds the plan only by labels, clicks, drags,
//! keys and typing (no edits of the plan behind the app's back), saves it through the app's own
//! "File path" dialog, reopens the file and checks it holds exactly what was entered, that the
//! plan's health lists nothing the journey filled in, and that `tenstep check` passes it.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code: a panic is a failed test")]

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

/// Clicks the Sign button of `name` on the sign-off list.
fn sign(harness: &mut App, name: &str) {
    let label = format!("Sign: {name}");
    harness.get_by_role_and_label(Role::Button, &label).scroll_to_me();
    harness.run();
    harness.get_by_role_and_label(Role::Button, &label).click();
    harness.run();
}

const WORKSTREAMS: [&str; 3] = ["Listening", "Content and service", "Training"];
/// Task name, its workstream (index into WORKSTREAMS), how many month columns it is moved on
/// by Ctrl+Right (a new task starts at the month column after today's, 1 Dec 2026), whether it
/// is a milestone and its owner.
const TASKS: [(&str, usize, u32, bool, &str); 8] = [
    ("Set up listening tools", 0, 1, false, "Ana Ruiz"),
    ("Monthly listening report", 0, 2, false, "Eli Moss"),
    ("Listening in place", 0, 4, true, "Ana Ruiz"),
    ("Content calendar", 1, 1, false, "Cleo Park"),
    ("Customer service on social", 1, 2, false, "Ben Ode"),
    ("Staff guidelines", 1, 1, false, "Dev Rao"),
    ("Train the customer team", 2, 3, false, "Fay Lund"),
    ("Social media policy training", 2, 5, false, "Fay Lund"),
];
/// (follows, leads): the first task starts after the second, linked by dragging.
const DEPENDENCIES: [(usize, usize); 2] = [(1, 0), (6, 5)];
/// The task whose bar is dragged later.
const DRAGGED: usize = 3;

/// Clicks the lane header of a workstream ("NAME (n tasks)"), whatever its count says.
fn select_lane(harness: &mut App, name: &str) {
    let prefix = format!("{name} (");
    let header = harness.get_all_by_label_contains(&prefix).next();
    header.unwrap_or_else(|| panic!("no lane header for {name}")).click();
    harness.run();
}

/// Plan: three workstreams (by the empty view's button, by Ctrl+Shift+N and by the row under
/// the last lane), eight tasks named in the task details, moved ahead by Ctrl+Right, owned,
/// one of them a milestone; two links drawn from bar to bar and one bar dragged later.
fn plan_the_work(harness: &mut App) -> (tenstep::model::Date, tenstep::model::Date) {
    view(harness, Key::Num2);
    harness.get_by_label("Nothing planned yet");
    click_button(harness, "+ Add workstream");
    type_into_focus(harness, WORKSTREAMS[0]);
    harness.key_press(Key::Enter);
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::N);
    harness.run();
    type_into_focus(harness, WORKSTREAMS[1]);
    harness.key_press(Key::Enter);
    harness.run();
    click_button(harness, "+ Add workstream");
    type_into_focus(harness, WORKSTREAMS[2]);
    harness.key_press(Key::Enter);
    harness.run();

    for (name, workstream, months, milestone, owner) in TASKS {
        // Select the lane, then Insert adds a task to it and opens its details.
        select_lane(harness, WORKSTREAMS[workstream]);
        harness.key_press(Key::Insert);
        harness.run();
        harness.run();
        harness.get_by_label("Task details");
        type_into_focus(harness, name);
        if milestone {
            harness.get_by_role_and_label(Role::CheckBox, "Kind").click();
            harness.run();
        }
        let owner_combo = harness.get_all_by_role_and_label(Role::ComboBox, "Owner").count() - 1;
        pick(harness, "Owner", owner_combo, owner);
        harness.key_press(Key::Escape);
        harness.run();
        for _ in 0..months {
            harness.key_press_modifiers(Modifiers::COMMAND, Key::ArrowRight);
            harness.run();
        }
    }

    for (follows, leads) in DEPENDENCIES {
        let (follows, leads) = (TASKS[follows].0, TASKS[leads].0);
        harness.get_by_label(&format!("Bar: {leads}")).click();
        harness.run();
        let handle = harness.get_by_label(&format!("Link from: {leads}")).rect().center();
        let target = harness.get_by_label(&format!("Bar: {follows}")).rect().center();
        drag(harness, handle, target);
    }

    let name = TASKS[DRAGGED].0;
    let before = task_named(plan(harness), name).start;
    let bar = harness.get_by_label(&format!("Bar: {name}")).rect();
    drag(harness, bar.center(), bar.center() + egui::vec2(130.0, 0.0));
    let after = task_named(plan(harness), name).start;
    assert!(after > before, "the drag moved {name} later: {before} → {after}");
    (before, after)
}

fn task_named<'a>(plan: &'a Plan, name: &str) -> &'a tenstep::model::Task {
    plan.tasks.iter().find(|t| t.name == name).unwrap_or_else(|| panic!("no task {name}"))
}

/// Name, side (the button that adds it), influence, interest, and the answers to step 8:
/// needs, how served, content strategy, served internally by, owner, learning, metrics,
/// accountable to.
struct Segment {
    name: &'static str,
    button: &'static str,
    influence: u8,
    interest: u8,
    prose: [(&'static str, &'static str); 5],
    department: &'static str,
    owner: &'static str,
    accountable_to: &'static str,
}

const STAKEHOLDERS: [Segment; 4] = [
    Segment {
        name: "Customers",
        button: "+ External stakeholder",
        influence: 4,
        interest: 5,
        prose: [
            ("Needs", "Quick, human answers"),
            ("How served", "Answered where they ask"),
            ("Content strategy", "How-to videos and recipes"),
            ("Learning", "Monthly review of questions"),
            ("Metrics", "Reply time"),
        ],
        department: "Customer service",
        owner: "Ben Ode",
        accountable_to: "Cleo Park",
    },
    Segment {
        name: "Food journalists",
        button: "+ External",
        influence: 4,
        interest: 2,
        prose: [
            ("Needs", "Facts and samples early"),
            ("How served", "A press corner and briefings"),
            ("Content strategy", "News and background"),
            ("Learning", "Coverage review each quarter"),
            ("Metrics", "Articles citing us"),
        ],
        department: "Corporate communications",
        owner: "Cleo Park",
        accountable_to: "Ana Ruiz",
    },
    Segment {
        name: "Service agents",
        button: "+ Internal",
        influence: 2,
        interest: 4,
        prose: [
            ("Needs", "Guidelines and tools"),
            ("How served", "Training and a shared inbox"),
            ("Content strategy", "Answer templates"),
            ("Learning", "Weekly huddle"),
            ("Metrics", "Cases closed online"),
        ],
        department: "Customer service",
        owner: "Fay Lund",
        accountable_to: "Ben Ode",
    },
    Segment {
        name: "IT operations",
        button: "+ Internal",
        influence: 3,
        interest: 1,
        prose: [
            ("Needs", "Clear requirements"),
            ("How served", "A seat in the working group"),
            ("Content strategy", "Release notes"),
            ("Learning", "Post-incident reviews"),
            ("Metrics", "Tool uptime"),
        ],
        department: "IT",
        owner: "Eli Moss",
        accountable_to: "Ana Ruiz",
    },
];
/// The digital ecosystem: the first by the empty panel's button, the second by media.
const CHANNELS: [(&str, &str, &str); 2] =
    [("Customer forum", "+ New channel", "Owned"), ("Press coverage", "+ Earned channel", "Earned")];

/// The y of the matrix row of the stakeholder `name` (its name field).
fn row_y(harness: &App, name: &str) -> f32 {
    let field = harness
        .get_all_by_role_and_label(Role::TextInput, "Stakeholder")
        .find(|n| n.value().as_deref() == Some(name));
    field.unwrap_or_else(|| panic!("no matrix row for {name}")).rect().center().y
}

/// Scrolls the matrix to the field `label` of stakeholder `name`'s row and returns its rect.
fn cell_rect(harness: &mut App, role: Role, label: &str, name: &str) -> egui::Rect {
    let y = row_y(harness, name);
    let near = |n: &egui_kittest::Node<'_>, y: f32| (n.rect().center().y - y).abs() < 40.0;
    let cell = harness.get_all_by_role_and_label(role, label).find(|n| near(n, y));
    cell.unwrap_or_else(|| panic!("no {label} cell on {name}'s row")).scroll_to_me();
    harness.run();
    let y = row_y(harness, name);
    let cell = harness.get_all_by_role_and_label(role, label).find(|n| near(n, y));
    cell.expect("still there").rect()
}

/// Types `text` into the prose cell `label` of stakeholder `name`.
fn fill_cell(harness: &mut App, label: &str, name: &str, text: &str) {
    let rect = cell_rect(harness, Role::MultilineTextInput, label, name);
    let cell = harness
        .get_all_by_role_and_label(Role::MultilineTextInput, label)
        .find(|n| n.rect() == rect)
        .expect("the cell");
    cell.focus();
    harness.run();
    type_into_focus(harness, text);
}

/// Picks `choice` in the drop-down cell `label` of stakeholder `name`.
fn pick_in_row(harness: &mut App, label: &str, name: &str, choice: &str) {
    let rect = cell_rect(harness, Role::ComboBox, label, name);
    harness.get_all_by_role_and_label(Role::ComboBox, label).find(|n| n.rect() == rect).expect("it").focus();
    harness.run();
    harness.key_press(Key::Space);
    harness.run();
    let r = harness
        .get_all_by_role_and_label(Role::ComboBox, label)
        .find(egui_kittest::Node::is_focused)
        .expect("f")
        .rect();
    eprintln!("after focus {r:?}");
    harness.get_all_by_role_and_label(Role::Button, choice).last().expect("the choice").click();
    harness.run();
}

fn tab(harness: &mut App, label: &str) {
    harness.get_all_by_role_and_label(Role::Button, label).next().expect("the panel tab").click();
    harness.run();
}

/// Stakeholders: four stakeholders added and named in the matrix, every step-8 question
/// answered in their row, two channels, each stakeholder linked to both, and each dragged from
/// the tray onto its place on the influence/interest map.
fn segment_the_plan(harness: &mut App) {
    view(harness, Key::Num3);
    harness.get_by_label("No stakeholders yet. Start with who the plan serves.");
    for s in &STAKEHOLDERS {
        add_named(harness, s.button, s.name);
        harness.key_press(Key::Escape);
        harness.run();
    }
    for s in &STAKEHOLDERS {
        for (column, text) in s.prose {
            fill_cell(harness, column, s.name, text);
        }
        pick_in_row(harness, "Served internally by", s.name, s.department);
        pick_in_row(harness, "Owner", s.name, s.owner);
        pick_in_row(harness, "Accountable to", s.name, s.accountable_to);
    }

    tab(harness, "Channels");
    for (name, button, _) in CHANNELS {
        click_button(harness, button);
        type_into_focus(harness, name);
    }
    for s in &STAKEHOLDERS {
        for (channel, _, _) in CHANNELS {
            let cell = format!("{channel} serves {}", s.name);
            harness.get_by_label(&cell).scroll_to_me();
            harness.run();
            harness.get_by_label(&cell).click();
            harness.run();
        }
    }

    tab(harness, "Influence map");
    for s in &STAKEHOLDERS {
        let map = harness.get_by_label("Influence and interest map").rect();
        let waiting = harness.get_by_label(&format!("Stakeholder: {}", s.name)).rect();
        assert!(waiting.left() >= map.right(), "{} waits in the tray beside the map", s.name);
        let point = egui::pos2(
            map.left() + map.width() * (f32::from(s.interest) - 0.5) / 5.0,
            map.bottom() - map.height() * (f32::from(s.influence) - 0.5) / 5.0,
        );
        drag(harness, egui::pos2(waiting.left() + 10.0, waiting.center().y), point);
    }
    assert!(harness.query_by_label("Not placed yet: drag onto the map").is_none(), "the tray is empty");
}

/// Stages 1 and 2 of the maturity ladder: activity, level and evidence.
const RATINGS: [(&str, &str, &str, &str); 4] = [
    ("listening", "Listening", "Established", "Weekly listening report since 2025"),
    ("reporting", "Reporting", "Established", "Monthly dashboard to the board"),
    ("presence", "Presence", "Established", "Forum, press corner and two accounts"),
    ("analysis", "Analysis", "Emerging", "Ad hoc reviews only"),
];

/// Assessment: "Rate stage 1" puts the cursor in the first activity's evidence; each
/// activity of stages 1 and 2 gets a level (the button on its row) and evidence.
fn rate_the_ladder(harness: &mut App) {
    view(harness, Key::Num6);
    harness.get_by_label("Not rated yet");
    click_button(harness, "Rate stage 1");
    harness.run();
    for (index, (_, label, level, evidence)) in RATINGS.iter().enumerate() {
        if index > 0 {
            let field = harness.get_all_by_role_and_label(Role::TextInput, label).next();
            field.unwrap_or_else(|| panic!("no evidence field for {label}")).focus();
            harness.run();
        }
        type_into_focus(harness, evidence);
        let field = harness.get_all_by_role_and_label(Role::TextInput, label).next().expect("the field");
        field.scroll_to_me();
        harness.run();
        let y =
            harness.get_all_by_role_and_label(Role::TextInput, label).next().expect("it").rect().center().y;
        let button = harness
            .get_all_by_role_and_label(Role::Button, level)
            .find(|b| (b.rect().center().y - y).abs() < 8.0);
        button.unwrap_or_else(|| panic!("no “{level}” on the row of {label}")).click();
        harness.run();
    }
    // Stages 1 and 2 have activities established; stage 2 is where the organisation stands.
    harness.get_by_label("Stage 2 of 10: Setting the stage");
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

fn assert_the_work(saved: &Plan, dragged: (tenstep::model::Date, tenstep::model::Date)) {
    assert_eq!(names(&saved.workstreams, |w| &w.name), WORKSTREAMS);
    assert_eq!(saved.tasks.len(), TASKS.len());
    for (name, workstream, _, milestone, owner) in TASKS {
        let task = task_named(saved, name);
        assert_eq!(task.workstream, saved.workstreams[workstream].id, "{name}'s workstream");
        assert_eq!(task.milestone, milestone, "{name} is a milestone or not");
        assert_eq!(task.owner.as_ref(), Some(&person(saved, owner).id), "{name}'s owner");
        assert!(task.start > common::today(), "{name} starts ahead: {}", task.start);
    }
    let milestone = task_named(saved, TASKS[2].0);
    assert_eq!(milestone.start, milestone.end, "a milestone is a single day");
    assert_eq!(milestone.start, date(2027, 4, 1), "added on 1 Dec 2026, four columns later");
    let links: usize = saved.tasks.iter().map(|t| t.depends_on.len()).sum();
    assert_eq!(links, DEPENDENCIES.len(), "exactly the dependencies drawn");
    for (follows, leads) in DEPENDENCIES {
        let (follows, leads) = (task_named(saved, TASKS[follows].0), task_named(saved, TASKS[leads].0));
        assert_eq!(
            follows.depends_on,
            std::slice::from_ref(&leads.id),
            "{} follows {}",
            follows.name,
            leads.name
        );
        assert!(follows.start > leads.end, "{} starts after {} ends", follows.name, leads.name);
    }
    let moved = task_named(saved, TASKS[DRAGGED].0);
    assert_eq!(moved.start, dragged.1, "the dragged dates were saved");
    assert_ne!(moved.start, dragged.0);
    assert_eq!(moved.start, date(2027, 3, 1), "130 px is two month columns later, snapped");
}

fn assert_the_segments(saved: &Plan) {
    assert_eq!(names(&saved.stakeholders, |s| &s.name), STAKEHOLDERS.map(|s| s.name));
    assert_eq!(names(&saved.channels, |c| &c.name), CHANNELS.map(|c| c.0));
    for (channel, (_, _, media)) in saved.channels.iter().zip(CHANNELS) {
        assert_eq!(channel.media.label(), media);
    }
    let all_channels: Vec<_> = saved.channels.iter().map(|c| c.id.clone()).collect();
    for (s, want) in saved.stakeholders.iter().zip(&STAKEHOLDERS) {
        let side = if want.button.contains("Internal") { "Internal" } else { "External" };
        assert_eq!(s.side.label(), side, "{}'s side", s.name);
        assert_eq!((s.influence, s.interest), (want.influence, want.interest), "{} on the map", s.name);
        let answers = [&s.needs, &s.how_served, &s.content_strategy, &s.learning, &s.metrics];
        for (answer, (column, text)) in answers.into_iter().zip(want.prose) {
            assert_eq!(answer, text, "{}: {column}", s.name);
        }
        let dept = s.department.as_ref().and_then(|d| saved.departments.iter().find(|x| &x.id == d));
        assert_eq!(dept.map(|d| d.name.as_str()), Some(want.department), "{} served internally by", s.name);
        assert_eq!(s.owner.as_ref(), Some(&person(saved, want.owner).id), "{}'s owner", s.name);
        assert_eq!(s.accountable_to.as_ref(), Some(&person(saved, want.accountable_to).id), "{}", s.name);
        assert_eq!(s.channels, all_channels, "{} is linked to both channels", s.name);
        assert!(tenstep::model::gaps(saved, s).is_empty(), "{} has no gap", s.name);
    }
}

fn assert_the_ladder(saved: &Plan) {
    let a = &saved.assessment;
    assert_eq!(a.maturity.len(), RATINGS.len(), "only the activities of stages 1 and 2");
    for (activity, _, level, evidence) in RATINGS {
        let rating = a.rating_of(activity).unwrap_or_else(|| panic!("{activity} rated"));
        assert_eq!(rating.rating.label(), level, "{activity}");
        assert_eq!(rating.evidence, evidence, "{activity}");
        assert_eq!(rating.date, Some(common::today()), "{activity} rated today");
    }
    assert_eq!(a.current_stage().map(|s| s.number), Some(2));
}

/// What the saved plan's health may still say: only what the journey did not do (four of six
/// members have not signed, the five types of integration are not rated).
fn assert_the_health(saved: &Plan) {
    use tenstep::model::Rule;
    let findings = saved.health(common::today());
    let messages: Vec<&str> = findings.iter().map(|f| f.message.as_str()).collect();
    assert_eq!(
        messages,
        [
            "4 of 6 members have not signed revision 1 of the manifesto",
            "The five types of integration are not rated yet"
        ],
        "{findings:#?}"
    );
    for rule in
        [Rule::TeamGap, Rule::StakeholderGaps, Rule::ManifestoNotAgreed, Rule::LateTask, Rule::AtRiskTask]
    {
        assert!(findings.iter().all(|f| f.rule != rule), "{rule:?}: {findings:#?}");
    }
}

#[test]
fn a_first_plan_built_from_nothing_entirely_in_the_app() {
    let mut harness = app();
    new_plan(&mut harness, "Blank plan");
    name_the_plan(&mut harness);
    build_the_working_group(&mut harness);
    set_the_goals(&mut harness);
    write_the_manifesto(&mut harness);
    let dragged = plan_the_work(&mut harness);
    segment_the_plan(&mut harness);
    rate_the_ladder(&mut harness);

    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("first-plan.ron");
    save_as(&mut harness, &path);
    let loaded = tenstep::io::load_file(&path).expect("the saved plan loads");
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
    let saved = loaded.plan;
    assert_eq!(&saved, plan(&harness), "the file holds the plan as the app has it");
    assert_the_group(&saved);
    assert_the_goals(&saved);
    assert_the_manifesto(&saved);
    assert_the_work(&saved, dragged);
    assert_the_segments(&saved);
    assert_the_ladder(&saved);
    assert_the_health(&saved);
    check_passes(&path);
}

/// The founding roles filled in the skeleton's working group: name and role.
const FOUNDERS: [(&str, &str); 4] =
    [("Ana Ruiz", "Driver"), ("Ben Ode", "Mentor"), ("Cleo Park", "Sponsor"), ("Dev Rao", "Outside expert")];
const SKELETON_LANE: &str = "Stakeholders and channels";
const RENAMED_LANE: &str = "Customers, channels and content";
/// Tasks added to the renamed lane, and their owners.
const ADDED_TASKS: [(&str, &str); 2] =
    [("Open a customer forum", "Ben Ode"), ("Train service agents on social", "Ana Ruiz")];

#[test]
fn a_plan_started_from_the_ten_step_skeleton_is_made_ours_and_saved() {
    let mut harness = app();
    new_plan(&mut harness, "Ten-step skeleton");
    let (lanes, tasks) = {
        let p = plan(&harness);
        (names(&p.workstreams, |w| &w.name), p.tasks.len())
    };
    assert!(lanes.iter().any(|l| l == SKELETON_LANE), "{lanes:?}");
    assert!(plan(&harness).people.is_empty(), "the skeleton names nobody");

    // Team & goals: the founding roles, on the people the group starts with.
    view(&mut harness, Key::Num5);
    for (name, _) in FOUNDERS {
        add_named(&mut harness, "+ Add person", name);
    }
    for (index, (_, role)) in FOUNDERS.iter().enumerate() {
        pick(&mut harness, "Role", index, role);
    }
    harness.get_by_label("4 people in the working group");
    assert!(harness.query_by_label_contains("Unfilled:").is_none(), "every founding role is filled");

    // Plan: rename a workstream by double-clicking its header, then add two owned tasks to it.
    view(&mut harness, Key::Num2);
    let prefix = format!("{SKELETON_LANE} (");
    harness.get_all_by_label_contains(&prefix).next().expect("the lane header").scroll_to_me();
    harness.run();
    harness.get_all_by_label_contains(&prefix).next().expect("the lane header").click();
    harness.step();
    harness.get_all_by_label_contains(&prefix).next().expect("the lane header").click();
    harness.run();
    type_into_focus(&mut harness, RENAMED_LANE);
    harness.key_press(Key::Enter);
    harness.run();
    for (name, owner) in ADDED_TASKS {
        select_lane(&mut harness, RENAMED_LANE);
        harness.key_press(Key::Insert);
        harness.run();
        harness.run();
        harness.get_by_label("Task details");
        type_into_focus(&mut harness, name);
        let last = harness.get_all_by_role_and_label(Role::ComboBox, "Owner").count() - 1;
        pick(&mut harness, "Owner", last, owner);
        harness.key_press(Key::Escape);
        harness.run();
    }

    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("skeleton.ron");
    save_as(&mut harness, &path);
    let loaded = tenstep::io::load_file(&path).expect("the saved plan loads");
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
    let saved = loaded.plan;

    let renamed: Vec<String> =
        lanes.iter().map(|l| if l == SKELETON_LANE { RENAMED_LANE.to_owned() } else { l.clone() }).collect();
    assert_eq!(names(&saved.workstreams, |w| &w.name), renamed, "one lane renamed, the order kept");
    assert_eq!(names(&saved.people, |p| &p.name), FOUNDERS.map(|f| f.0));
    for (name, role) in FOUNDERS {
        assert_eq!(person(&saved, name).role.label(), role, "{name}'s role");
    }
    assert_eq!(saved.tasks.len(), tasks + ADDED_TASKS.len());
    let lane = saved.workstreams.iter().find(|w| w.name == RENAMED_LANE).expect("renamed").id.clone();
    for (name, owner) in ADDED_TASKS {
        let task = task_named(&saved, name);
        assert_eq!(task.workstream, lane, "{name} is in the renamed lane");
        assert_eq!(task.owner.as_ref(), Some(&person(&saved, owner).id), "{name}'s owner");
    }

    // The health may still list the skeleton's own open points, but nothing this journey did.
    let findings = saved.health(common::today());
    assert!(findings.iter().all(|f| f.rule != tenstep::model::Rule::TeamGap), "{findings:#?}");
    for (name, _) in ADDED_TASKS {
        assert!(findings.iter().all(|f| !f.message.contains(name)), "{name}: {findings:#?}");
    }
    check_passes(&path);
}
