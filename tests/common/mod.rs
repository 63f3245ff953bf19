//! Helpers shared by the UI tests: the one way to start the app (at a size, view, date and
//! clock), and pointer drags.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code: a panic is a failed test")]
#![allow(dead_code)]

pub mod shapes;

use egui_kittest::Harness;
use std::path::PathBuf;
use std::sync::Arc;
use tenstep::app::{RecoveryPlace, StartOptions, TenstepApp};
use tenstep::clock::ManualClock;
use tenstep::commands::View;

/// The day every UI test lives on, whatever the day it runs.
pub fn today() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 11, 22).expect("valid date")
}

/// How a test starts the app: a file (or the built-in example plan), a view, a window size,
/// presentation mode, where recovery copies go, the clock (noon on [`today`] unless the test
/// gives another; keep a clone to move it on) and the simulated time per frame.
pub struct Start {
    pub file: Option<PathBuf>,
    pub view: Option<View>,
    pub size: egui::Vec2,
    pub present: bool,
    pub recovery: RecoveryPlace,
    pub clock: Arc<ManualClock>,
    /// Seconds of simulated time per frame (kittest's default is a quarter of a second).
    pub step_dt: f32,
    /// Frames `run` may take to settle.
    pub max_steps: u64,
}

impl Default for Start {
    fn default() -> Self {
        Self {
            file: None,
            view: None,
            size: egui::vec2(1600.0, 900.0),
            present: false,
            recovery: RecoveryPlace::Off,
            clock: ManualClock::at_noon(today()),
            step_dt: 0.25,
            max_steps: 10,
        }
    }
}

impl Start {
    /// The app, started and run until it settles.
    pub fn app(self) -> Harness<'static, TenstepApp> {
        let Start { file, view, size, present, recovery, clock, step_dt, max_steps } = self;
        let mut harness =
            Harness::builder().with_size(size).with_step_dt(step_dt).with_max_steps(max_steps).build_eframe(
                move |cc| {
                    TenstepApp::new(
                        cc,
                        StartOptions { file, view, native_dialogs: false, recovery, present, clock },
                    )
                },
            );
        harness.run();
        harness
    }
}

/// The app on the built-in example plan, in `view`, at 1600×900, with today fixed.
pub fn app_in(view: View) -> Harness<'static, TenstepApp> {
    Start { view: Some(view), ..Start::default() }.app()
}

/// The open plan.
pub fn plan<'a>(harness: &'a Harness<'_, TenstepApp>) -> &'a tenstep::model::Plan {
    &harness.state().doc.as_ref().expect("a plan is open").plan
}

/// Presses at `from`, moves in two steps to `to` and releases, a frame after each.
pub fn drag(harness: &mut Harness<'_, TenstepApp>, from: egui::Pos2, to: egui::Pos2) {
    harness.drag_at(from);
    harness.run();
    harness.hover_at(from + (to - from) * 0.3);
    harness.run();
    harness.hover_at(to);
    harness.run();
    harness.drop_at(to);
    harness.run();
}

/// Types `text` into whatever has the keyboard focus (as a user does right after adding an
/// item), then runs a frame.
pub fn type_into_focus(harness: &mut Harness<'_, TenstepApp>, text: &str) {
    harness.event(egui::Event::Text(text.to_owned()));
    harness.run();
}

/// Ctrl+N, then the New plan dialog's `choice` ("Blank plan", "Ten-step skeleton" or an
/// example's name).
pub fn new_plan(harness: &mut Harness<'_, TenstepApp>, choice: &str) {
    use egui_kittest::kittest::Queryable;
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::N);
    harness.run();
    harness.get_by_role_and_label(egui::accesskit::Role::Button, choice).click();
    harness.run();
    if harness.query_by_label("Discard").is_some() {
        harness.get_by_label("Discard").click();
        harness.run();
    }
}

/// A double-click at `pos`, its two clicks a frame apart (as egui needs to see them).
pub fn double_click(harness: &mut Harness<'_, TenstepApp>, pos: egui::Pos2) {
    harness.hover_at(pos);
    harness.run();
    for _ in 0..2 {
        for pressed in [true, false] {
            let event = egui::Event::PointerButton {
                pos,
                button: egui::PointerButton::Primary,
                pressed,
                modifiers: egui::Modifiers::NONE,
            };
            harness.event(event);
        }
        harness.step();
    }
    harness.run();
}

/// Changes the open plan directly, as a test's setup, and records the change as one undo
/// step, as a user's edit would be (the app checks at every frame's end, in debug builds, that
/// no change escaped the history).
pub fn edit_plan(harness: &mut Harness<'_, TenstepApp>, edit: impl FnOnce(&mut tenstep::model::Plan)) {
    let doc = harness.state_mut().doc.as_mut().expect("a plan is open");
    edit(&mut doc.plan);
    doc.record_edit(None, 0.0);
}

/// A click at `pos` (press and release in one frame, as a quick click is).
pub fn click_at(harness: &mut Harness<'_, TenstepApp>, pos: egui::Pos2) {
    harness.hover_at(pos);
    harness.run();
    for pressed in [true, false] {
        harness.event(egui::Event::PointerButton {
            pos,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers: egui::Modifiers::NONE,
        });
    }
    harness.run();
}
