//! Single views tested on their own, without the app (issue 19): a view draws from its state
//! and a `ViewCtx` and answers with requests, so a test can check exactly what it asked for.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code: a panic is a failed test")]

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
mod common;

use tenstep::commands::{Request, View};
use tenstep::model::{Edit, Plan};
use tenstep::ui::{ViewCtx, ViewStates};

/// One view of a plan, drawn alone, and what it asked for.
struct Alone {
    plan: Plan,
    states: ViewStates,
    requests: Vec<Request>,
    view: View,
}

fn alone(plan: Plan, view: View) -> Harness<'static, Alone> {
    let state = Alone { plan, states: ViewStates::default(), requests: Vec::new(), view };
    let mut fonts_installed = false;
    let mut harness = Harness::builder().with_size(egui::vec2(1280.0, 720.0)).build_ui_state(
        move |ui, alone: &mut Alone| {
            if !fonts_installed {
                // As the app does at start: the fonts with the symbols the views draw.
                tenstep::ui::theme::install_fonts(ui.ctx());
                tenstep::ui::theme::apply(ui.ctx(), egui::Theme::Light, false);
                fonts_installed = true;
            }
            let mut ctx = ViewCtx {
                plan: &mut alone.plan,
                requests: &mut alone.requests,
                today: common::today(),
                presenting: false,
            };
            alone.states.show(alone.view, ui, &mut ctx);
        },
        state,
    );
    harness.run();
    harness
}

fn example() -> Plan {
    let source = tenstep::templates::TEMPLATES[0].source.as_bytes();
    tenstep::io::load_bytes(source).expect("the example plan loads").plan
}

#[test]
fn an_empty_plan_view_asks_for_a_workstream_and_nothing_else() {
    let mut harness = alone(Plan::blank(common::today(), 7), View::Plan);
    harness.get_by_role_and_label(Role::Button, "+ Add workstream").click();
    harness.run();
    let requests = &harness.state().requests;
    assert!(
        matches!(requests.as_slice(), [Request::Edit(Edit::AddWorkstream)]),
        "one request, to add a workstream: {requests:?}"
    );
}

#[test]
fn typing_a_stakeholders_needs_changes_that_stakeholder_only_and_reports_one_grouped_edit() {
    let plan = example();
    let mut harness = alone(plan.clone(), View::Stakeholders);
    let needs =
        harness.get_all_by_role_and_label(Role::MultilineTextInput, "Needs").next().expect("a Needs cell");
    needs.click();
    harness.run();
    needs_typed(&mut harness);
    let after = &harness.state().plan;
    let changed: Vec<_> = plan.stakeholders.iter().zip(&after.stakeholders).filter(|(a, b)| a != b).collect();
    assert_eq!(changed.len(), 1, "one stakeholder changed");
    assert!(changed[0].1.needs.contains('Z'));
    let untouched =
        plan.stakeholders.iter().zip(&after.stakeholders).filter(|(a, b)| std::sync::Arc::ptr_eq(a, b));
    assert_eq!(untouched.count(), plan.stakeholders.len() - 1, "every other stakeholder is still shared");
    let edits: Vec<_> =
        harness.state().requests.iter().filter(|r| matches!(r, Request::Edited { .. })).collect();
    assert!(!edits.is_empty() && edits.iter().all(|r| matches!(r, Request::Edited { group: Some(_) })));
}

fn needs_typed(harness: &mut Harness<'_, Alone>) {
    harness.event(egui::Event::Text("Z".to_owned()));
    harness.run();
}

#[test]
fn a_view_drawn_and_left_alone_changes_nothing_and_asks_for_nothing() {
    for view in View::ALL {
        let plan = example();
        let mut harness = alone(plan.clone(), view);
        for _ in 0..3 {
            harness.run();
        }
        assert_eq!(harness.state().plan, plan, "{view:?} changed the plan by being drawn");
        let shared =
            plan.tasks.iter().zip(&harness.state().plan.tasks).all(|(a, b)| std::sync::Arc::ptr_eq(a, b));
        assert!(shared, "{view:?} un-shared tasks from the undo history by being drawn");
        assert!(harness.state().requests.is_empty(), "{view:?} asked for {:?}", harness.state().requests);
    }
}
