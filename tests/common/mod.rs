//! Helpers shared by the UI tests: the app at a size and view, and pointer drags.

#![allow(dead_code)]

use egui_kittest::Harness;
use tenstep::app::{RecoveryPlace, StartOptions, TenstepApp};
use tenstep::commands::View;

/// The app on the built-in example plan, in `view`, at 1600×900, with today fixed.
pub fn app_in(view: View) -> Harness<'static, TenstepApp> {
    let mut harness =
        Harness::builder().with_size(egui::vec2(1600.0, 900.0)).with_max_steps(10).build_eframe(move |cc| {
            let mut app = TenstepApp::new(
                cc,
                StartOptions {
                    file: None,
                    view: Some(view),
                    native_dialogs: false,
                    recovery: RecoveryPlace::Off,
                    present: false,
                },
            );
            app.set_today(chrono::NaiveDate::from_ymd_opt(2026, 11, 22).expect("valid date"));
            app
        });
    harness.run();
    harness
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
