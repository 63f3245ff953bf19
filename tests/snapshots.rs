//! Picture tests: every view of one sample plan (the built-in example) (and the panels of the Stakeholders, Manifesto
//! and Assessment views, and the first presentation slide) rendered with wgpu at 1280×720 and
//! compared with the PNGs in tests/snapshots/, so a visual change shows as a picture diff
//! (`NAME.diff.png` beside the stored picture, `NAME.new.png` the new one).
//!
//! Behind the `snapshots` feature (it builds wgpu): run with
//! `cargo test --features snapshots --test snapshots`; after an intended change, update the
//! pictures with `UPDATE_SNAPSHOTS=1` in front and commit them. It needs a Vulkan driver;
//! Mesa's software one (Debian's `mesa-vulkan-drivers`, lavapipe) is what CI installs.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code: a panic is a failed test")]
#![cfg(feature = "snapshots")]

use egui::Key;
use egui_kittest::kittest::Queryable;
use egui_kittest::{Harness, SnapshotOptions, SnapshotResults};
use tenstep::app::TenstepApp;
use tenstep::commands::View;
mod common;
use common::Start;

/// The app on the built-in example plan (sample-plans/northwind-retail.ron, as the other UI
/// tests start) in `view`, at 1280×720, on the common test day. Not opened as a file: the status
/// bar would show its absolute path, which differs between clones.
fn app(view: View) -> Harness<'static, TenstepApp> {
    Start { view: Some(view), size: egui::vec2(1280.0, 720.0), ..Start::default() }.app()
}

/// Compares the current frame with `tests/snapshots/{name}.png`, with the pointer moved off
/// the window first (so no hover highlight or tooltip depends on the last click).
///
/// The tolerance: a pixel fails past kittest's default per-pixel distance (0.6), and up to 50
/// failing pixels of the 921,600 pass, so rounding differences between software renderers
/// (or Mesa versions) do not fail the test, while a changed word or a moved widget does.
fn snapshot(harness: &mut Harness<'_, TenstepApp>, name: &str) {
    harness.event(egui::Event::PointerGone);
    harness.run();
    harness.snapshot_options(name, &SnapshotOptions::new().threshold(0.6).max_failed_pixels(50));
}

/// Clicks the panel tab labelled `tab` and lets the view settle.
fn open_tab(harness: &mut Harness<'_, TenstepApp>, tab: &str) {
    harness.get_by_label(tab).click();
    harness.run();
}

/// The picture's name for a view: its navigation label in lower case, words joined by `_`.
fn view_name(view: View) -> String {
    view.label()
        .to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .collect::<Vec<_>>()
        .join("_")
}

#[test]
fn every_view() {
    // One harness per view: their results are gathered, so every picture is written (or
    // compared) before the test fails on any of them.
    let mut results = SnapshotResults::new();
    for view in View::ALL {
        let mut harness = app(view);
        snapshot(&mut harness, &format!("view_{}", view_name(view)));
        results.extend_harness(&mut harness);
    }
    results.unwrap();
}

#[test]
fn stakeholders_panels() {
    let mut harness = app(View::Stakeholders);
    for (tab, name) in
        [("Influence map", "stakeholders_influence_map"), ("Channels", "stakeholders_channels")]
    {
        open_tab(&mut harness, tab);
        snapshot(&mut harness, name);
    }
}

#[test]
fn manifesto_reading_view() {
    let mut harness = app(View::Manifesto);
    open_tab(&mut harness, "Reading view");
    snapshot(&mut harness, "manifesto_reading_view");
}

#[test]
fn assessment_panels() {
    let mut harness = app(View::Assessment);
    for (tab, name) in [
        ("Integration", "assessment_integration"),
        ("Ten steps", "assessment_ten_steps"),
        ("Three phases", "assessment_three_phases"),
    ] {
        open_tab(&mut harness, tab);
        snapshot(&mut harness, name);
    }
}

#[test]
fn first_presentation_slide() {
    let mut harness = app(View::Overview);
    harness.key_press(Key::F5);
    harness.run();
    assert!(harness.state().presenting.is_some(), "F5 starts the presentation");
    snapshot(&mut harness, "present_first_slide");
}
