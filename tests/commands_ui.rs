//! Issue 19: a command does the same from each place that offers it. The Plan view's toolbar
//! buttons, the Plan menu and the keys zoom by the one zoom step; Fit fits.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code: a panic is a failed test")]

use egui::Key;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
mod common;

use common::app_in;
use tenstep::app::TenstepApp;
use tenstep::commands::View;
use tenstep::ui::gantt::state::ZOOM_STEP;

fn column_width(harness: &Harness<'_, TenstepApp>) -> f64 {
    harness.state().views.gantt.column_width
}

fn assert_near(actual: f64, expected: f64, what: &str) {
    assert!((actual - expected).abs() < 1e-6, "{what}: {actual} ≠ {expected}");
}

#[test]
fn the_toolbar_the_menu_and_the_keys_zoom_by_one_step() {
    let mut harness = app_in(View::Plan);
    let start = column_width(&harness);

    harness.get_by_role_and_label(Role::Button, "+").click();
    harness.run();
    assert_near(column_width(&harness), start * ZOOM_STEP, "the toolbar's +");
    harness.get_by_role_and_label(Role::Button, "−").click();
    harness.run();
    assert_near(column_width(&harness), start, "the toolbar's −");

    harness.get_by_label("Plan").click();
    harness.run();
    harness.get_by_label_contains("Zoom in").click();
    harness.run();
    assert_near(column_width(&harness), start * ZOOM_STEP, "the Plan menu's Zoom in");

    harness.key_press(Key::Minus);
    harness.run();
    assert_near(column_width(&harness), start, "the - key");
    harness.key_press(Key::Equals);
    harness.run();
    assert_near(column_width(&harness), start * ZOOM_STEP, "the = key");
}

#[test]
fn the_toolbar_fit_button_fits_the_horizon_as_the_f_key_does() {
    let mut harness = app_in(View::Plan);
    harness.key_press(Key::F);
    harness.run();
    let fitted = column_width(&harness);

    for _ in 0..3 {
        harness.get_by_role_and_label(Role::Button, "+").click();
        harness.run();
    }
    assert!(column_width(&harness) > fitted);
    harness.get_by_role_and_label(Role::Button, "Fit").click();
    harness.run();
    assert_near(column_width(&harness), fitted, "Fit");
}
