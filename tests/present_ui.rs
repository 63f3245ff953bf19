//! Presentation mode: enter with F5, step through every slide with the clicker keys, leave
//! with Esc; every text on every slide page is large and inside the screen.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code: a panic is a failed test")]

use egui::{Key, Rect};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
mod common;
use common::shapes::text_problems;
use tenstep::clock::Clock;

use common::{app_in, plan};
use tenstep::app::TenstepApp;
use tenstep::commands::View;
use tenstep::model::SlideKind;
use tenstep::ui::theme::PRESENT_MIN_TEXT;

fn slide(harness: &Harness<'_, TenstepApp>) -> (usize, usize) {
    let p = harness.state().presenting.as_ref().expect("presenting");
    (p.slide, p.page)
}

#[test]
fn f5_presents_every_slide_in_large_type_and_esc_leaves() {
    let mut harness = app_in(View::Overview);
    harness.key_press(Key::F5);
    harness.run();
    assert_eq!(slide(&harness), (0, 0));
    assert!(harness.query_by_label("File").is_none(), "the menus are hidden");
    harness.get_by_label("Where the plan stands");
    harness.get_by_label_contains("1 / 8");
    let sizes: Vec<f32> = harness.ctx.global_style().text_styles.values().map(|f| f.size).collect();
    assert!(sizes.iter().all(|s| *s >= PRESENT_MIN_TEXT), "{sizes:?}");

    let mut seen = vec![SlideKind::Overview];
    for n in 0..40 {
        let before = slide(&harness);
        let key = if n % 2 == 0 { Key::PageDown } else { Key::ArrowRight };
        harness.key_press(key);
        harness.run();
        let now = slide(&harness);
        if now == before {
            break;
        }
        let kind = SlideKind::ALL[now.0];
        if !seen.contains(&kind) {
            assert_eq!(now.1, 0, "a slide starts on its first page");
            seen.push(kind);
        }
        assert!(harness.get_all_by_label(kind.title()).count() >= 1, "{}", kind.title());
        harness.get_by_label_contains(&format!("{} / 8", now.0 + 1));
    }
    assert_eq!(seen, SlideKind::ALL.to_vec(), "every slide, in agenda order");
    let last = slide(&harness);
    harness.key_press(Key::Space);
    harness.run();
    assert_eq!(slide(&harness), last, "the last page stays");
    harness.key_press(Key::Home);
    harness.run();
    assert_eq!(slide(&harness), (0, 0));
    harness.key_press(Key::ArrowLeft);
    harness.run();
    assert_eq!(slide(&harness), (0, 0), "the first slide stays");
    harness.key_press(Key::End);
    harness.run();
    assert_eq!(slide(&harness).0, 7);
    harness.key_press(Key::ArrowLeft);
    harness.run();
    let (s, page) = slide(&harness);
    assert_eq!(s, 6, "back to the rolling plan");
    assert_eq!(page + 1, harness.state().presenting.as_ref().map_or(0, |p| p.pages), "on its last page");

    harness.key_press(Key::Escape);
    harness.run();
    assert!(harness.state().presenting.is_none());
    harness.get_by_label("File");
    let body = harness.ctx.global_style().text_styles.get(&egui::TextStyle::Body).map(|f| f.size);
    assert_eq!(body, Some(15.0), "normal type again");
}

/// The app on `sample` at a projector's 1280×720.
fn projector(sample: &str) -> Harness<'static, TenstepApp> {
    let file = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-plans").join(sample);
    projector_on(file)
}

/// The app presenting `file` at a projector's 1280×720.
fn projector_on(file: std::path::PathBuf) -> Harness<'static, TenstepApp> {
    let (size, view) = (egui::vec2(1280.0, 720.0), Some(View::Overview));
    common::Start { file: Some(file), view, size, present: true, ..common::Start::default() }.app()
}

#[test]
fn every_page_of_every_sample_fits_a_projector_in_large_type() {
    // A blank plan too: every slide has something to say when there is nothing yet.
    let dir = tempfile::tempdir().expect("temp dir");
    let blank = dir.path().join("blank.ron");
    let plan = tenstep::model::Plan::blank(chrono::NaiveDate::from_ymd_opt(2026, 11, 22).expect("date"), 7);
    std::fs::write(&blank, tenstep::io::to_canonical_string(&plan).expect("serialises")).expect("write");
    let blank = blank.to_string_lossy().into_owned();
    for sample in ["northwind-retail.ron", "city-council.ron", "small-agency.ron", blank.as_str()] {
        for dark in [false, true] {
            let mut harness =
                if sample == blank { projector_on(blank.clone().into()) } else { projector(sample) };
            if dark {
                harness.key_press(Key::D);
                harness.run();
            }
            let screen = Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1280.0, 720.0));
            let mut pages = 0;
            loop {
                let before = slide(&harness);
                let problems = text_problems(&harness.output().shapes, screen, PRESENT_MIN_TEXT);
                assert!(problems.is_empty(), "{sample}, slide {before:?} (dark {dark}): {problems:#?}");
                pages += 1;
                harness.key_press(Key::ArrowRight);
                harness.run();
                if slide(&harness) == before {
                    break;
                }
            }
            assert!(pages >= SlideKind::ALL.len(), "{sample}: {pages} pages");
        }
    }
}

#[test]
fn hidden_slides_are_skipped_and_the_agenda_order_is_saved_in_the_plan() {
    let mut harness = app_in(View::Overview);
    harness.get_by_label("View").click();
    harness.run();
    harness.get_by_label("Workshop agenda…").click();
    harness.run();
    harness.get_by_label("1. Where the plan stands").click();
    harness.run();
    assert_eq!(plan(&harness).workshop.shown_slides()[0], SlideKind::Goals, "the overview is hidden");
    harness.get_all_by_label("↓").next().expect("a move-down button").click();
    harness.run();
    let slides = plan(&harness).workshop.slides();
    assert_eq!((slides[0].0, slides[1].0), (SlideKind::Goals, SlideKind::Overview));
    harness.key_press(Key::F5);
    harness.run();
    harness.get_by_label_contains("1 / 7");
    assert!(harness.get_all_by_label("Goals and KPIs").count() >= 1, "the first shown slide");
    harness.key_press(Key::Escape);
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, Key::Z);
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(plan(&harness).workshop, tenstep::model::Workshop::default(), "each change is one undo step");
}

/// How long the last frame asked to wait before the next one.
fn repaint_delay(harness: &Harness<'_, TenstepApp>) -> std::time::Duration {
    harness
        .output()
        .viewport_output
        .get(&egui::ViewportId::ROOT)
        .map_or(std::time::Duration::MAX, |v| v.repaint_delay)
}

#[test]
fn the_countdown_follows_the_clock_and_plus_minus_change_the_time_left() {
    let start = common::Start { view: Some(View::Overview), ..common::Start::default() };
    let clock = start.clock.clone();
    let mut harness = start.app();
    harness.key_press(Key::F5);
    harness.run();
    assert!(!harness.state().timer.shown, "no timer until asked for");
    harness.key_press(Key::Minus);
    harness.run();
    assert_eq!(harness.state().timer.remaining, 240.0, "a four-minute exercise");
    harness.key_press(Key::T);
    harness.run();
    assert!(harness.state().timer.running);
    assert!(repaint_delay(&harness) <= std::time::Duration::from_secs(1), "repaints once a second");

    // Ninety seconds on the clock are ninety seconds on the countdown, whatever the frames.
    clock.advance_seconds(90.0);
    harness.run();
    assert_eq!(harness.state().timer.remaining, 150.0);
    harness.get_by_label_contains("2:30");
    for _ in 0..20 {
        harness.step();
    }
    assert_eq!(harness.state().timer.remaining, 150.0, "frames alone do not move it");

    // + adds a minute to the time left while it runs, keeping the time used.
    harness.key_press(Key::Plus);
    harness.run();
    assert_eq!(harness.state().timer.remaining, 210.0);
    assert!(harness.state().timer.running);

    harness.key_press(Key::T);
    harness.run();
    clock.advance_seconds(60.0);
    harness.run();
    assert_eq!(harness.state().timer.remaining, 210.0, "paused");
    harness.get_by_label_contains("(paused: T)");
    assert_eq!(repaint_delay(&harness), std::time::Duration::MAX, "no repaints while paused");
    harness.key_press(Key::Minus);
    harness.run();
    assert_eq!(harness.state().timer.remaining, 150.0, "− takes a minute while paused too");
    harness.key_press(Key::R);
    harness.run();
    assert_eq!(harness.state().timer.remaining, 240.0, "reset to its length");

    let mut timer = tenstep::ui::present::Timer::default();
    let now = clock.now();
    timer.toggle(now);
    timer.tick(now + chrono::TimeDelta::seconds(400));
    assert_eq!(
        (timer.remaining, timer.running, timer.text().as_str()),
        (0.0, false, "0:00"),
        "stops at zero"
    );
}

#[test]
fn shift_f5_presents_from_the_current_view_and_an_idle_slide_does_not_repaint() {
    let mut harness = app_in(View::Plan);
    harness.key_press_modifiers(egui::Modifiers::SHIFT, Key::F5);
    harness.run();
    assert_eq!(slide(&harness), (6, 0), "the rolling plan's slide");
    harness.get_by_label("The rolling plan");
    let steps = harness.try_run().expect("the slide settles");
    assert!(steps <= 2, "an idle slide asked for {steps} more frames");
    harness.key_press(Key::Escape);
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, Key::Num4);
    harness.run();
    assert_eq!(harness.state().view, View::Manifesto);
    harness.key_press_modifiers(egui::Modifiers::SHIFT, Key::F5);
    harness.run();
    assert_eq!(slide(&harness), (2, 0), "the manifesto's slide");
}

#[test]
fn the_mouse_pointer_hides_after_resting_on_a_slide() {
    let mut harness = app_in(View::Overview);
    harness.key_press(Key::F5);
    harness.hover_at(egui::pos2(600.0, 400.0));
    harness.run();
    let cursor = |h: &Harness<'_, TenstepApp>| h.output().platform_output.cursor_icon;
    assert_ne!(cursor(&harness), egui::CursorIcon::None, "shown while it moves");
    for _ in 0..16 {
        harness.step(); // four seconds of simulated time
    }
    assert_eq!(cursor(&harness), egui::CursorIcon::None, "hidden once it rests");
    harness.hover_at(egui::pos2(620.0, 410.0));
    harness.run();
    assert_ne!(cursor(&harness), egui::CursorIcon::None, "back when moved");
}

#[test]
fn the_voting_slide_fits_with_every_list_and_the_tally_shown() {
    let screen = Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1280.0, 720.0));
    for vote_on in tenstep::model::VoteOn::ALL {
        let mut harness = projector("northwind-retail.ron");
        common::edit_plan(&mut harness, |plan| plan.workshop.vote_on = vote_on.key().to_owned());
        if let Some(p) = harness.state_mut().presenting.as_mut() {
            p.go_to(3, 0);
        }
        for key in [Key::Tab, Key::Num1, Key::Num2, Key::V] {
            harness.key_press(key);
            harness.run();
        }
        loop {
            let before = slide(&harness);
            assert_eq!(SlideKind::ALL[before.0], SlideKind::Voting);
            let problems = text_problems(&harness.output().shapes, screen, PRESENT_MIN_TEXT);
            assert!(problems.is_empty(), "{vote_on:?}, page {}: {problems:#?}", before.1 + 1);
            harness.key_press(Key::ArrowRight);
            harness.run();
            if slide(&harness).0 != before.0 {
                break;
            }
        }
    }
}
