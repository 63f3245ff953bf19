//! Slides on screens of every size (issue 17): the header never overlaps, the type scales with
//! a large screen so a slide looks as it does on a 1280×720 projector, the footer names the
//! theme D switches to, and no tooltip covers a projected slide.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code: a panic is a failed test")]

use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
mod common;

use tenstep::app::TenstepApp;
use tenstep::model::SlideKind;

/// Northwind presented from its first slide on a screen of `size`.
fn presenting(w: f32, h: f32) -> Harness<'static, TenstepApp> {
    let file = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-plans/northwind-retail.ron");
    common::Start { file: Some(file), size: egui::vec2(w, h), present: true, ..Default::default() }.app()
}

fn shown_slides(harness: &Harness<'_, TenstepApp>) -> Vec<SlideKind> {
    harness.state().doc.as_ref().expect("a plan").plan.workshop.shown_slides()
}

#[test]
fn the_slide_header_never_overlaps_at_1024_wide_with_the_timer_running() {
    let mut harness = presenting(1024.0, 768.0);
    harness.key_press(Key::T);
    harness.run();
    let slides = shown_slides(&harness);
    for (n, kind) in slides.iter().enumerate() {
        let title = harness.get_by_label_contains(&kind.title()[..12]).rect();
        let position = harness.get_by_label_contains(&format!("{} / {}", n + 1, slides.len())).rect();
        let timer = harness.get_by_label_contains(":0").rect();
        assert!(!title.intersects(position), "{kind:?}: the title runs into the slide number");
        assert!(!title.intersects(timer), "{kind:?}: the title runs into the countdown");
        assert!(!position.intersects(timer), "{kind:?}");
        assert!(title.right() <= 1024.0 && timer.right() <= 1024.0);
        harness.key_press(Key::ArrowRight);
        harness.run();
        let p = harness.state().presenting.as_ref().expect("presenting");
        // Past the pages of a long slide.
        for _ in 0..p.pages.saturating_sub(1) {
            harness.key_press(Key::ArrowRight);
            harness.run();
        }
    }
}

#[test]
fn at_1920_by_1080_a_slide_looks_as_it_does_at_1280_by_720() {
    let small = presenting(1280.0, 720.0);
    let large = presenting(1920.0, 1080.0);
    let title = |h: &Harness<'_, TenstepApp>| h.get_by_label("Where the plan stands").rect();
    let ratio = title(&large).height() / title(&small).height();
    assert!((ratio - 1.5).abs() < 0.05, "the title is {ratio:.2}× as tall, not 1.5×");
    let width = |h: &Harness<'_, TenstepApp>| h.get_by_label("Where the plan stands").rect().width();
    let ratio = width(&large) / width(&small);
    assert!((ratio - 1.5).abs() < 0.05, "the title is {ratio:.2}× as wide, not 1.5×");
}

#[test]
fn the_footer_names_the_theme_d_switches_to() {
    let mut harness = presenting(1280.0, 720.0);
    harness.get_by_label_contains("D dark");
    harness.key_press(Key::D);
    harness.run();
    harness.get_by_label_contains("D light");
    assert!(harness.query_by_label_contains("D dark").is_none());
}

#[test]
fn no_tooltip_or_text_selection_on_a_projected_slide() {
    let mut harness = presenting(1280.0, 720.0);
    let delay = harness.ctx.global_style().interaction.tooltip_delay;
    assert!(delay >= 3600.0, "tooltips wait {delay} s while presenting");
    assert!(!harness.ctx.global_style().interaction.selectable_labels, "a double-click selects no text");
    harness.key_press(Key::Escape);
    harness.run();
    let delay = harness.ctx.global_style().interaction.tooltip_delay;
    assert!(delay < 1.0, "and come back after ({delay} s)");
}
