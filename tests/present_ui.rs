//! Presentation mode: enter with F5, step through every slide with the clicker keys, leave
//! with Esc; every text style is at least the projector minimum.

use egui::Key;
use egui_kittest::kittest::Queryable;
mod common;

use common::app_in;
use tenstep::commands::View;
use tenstep::ui::present::Slide;
use tenstep::ui::theme::PRESENT_MIN_TEXT;

#[test]
fn f5_presents_every_slide_in_large_type_and_esc_leaves() {
    let mut harness = app_in(View::Overview);
    harness.key_press(Key::F5);
    harness.run();
    assert_eq!(harness.state().presenting, Some(0));
    assert!(harness.query_by_label("File").is_none(), "the menus are hidden");
    harness.get_by_label("Where the plan stands");
    harness.get_by_label_contains("1 / 7");
    let sizes: Vec<f32> = harness.ctx.global_style().text_styles.values().map(|f| f.size).collect();
    assert!(sizes.iter().all(|s| *s >= PRESENT_MIN_TEXT), "{sizes:?}");

    for (n, slide) in Slide::AGENDA.iter().enumerate().skip(1) {
        let key = if n % 2 == 0 { Key::PageDown } else { Key::ArrowRight };
        harness.key_press(key);
        harness.run();
        assert_eq!(harness.state().presenting, Some(n));
        assert!(harness.get_all_by_label(slide.title()).count() >= 1, "{}", slide.title());
        harness.get_by_label_contains(&format!("{} / 7", n + 1));
    }
    harness.key_press(Key::Space);
    harness.run();
    assert_eq!(harness.state().presenting, Some(6), "the last slide stays");
    harness.key_press(Key::Home);
    harness.run();
    assert_eq!(harness.state().presenting, Some(0));
    harness.key_press(Key::ArrowLeft);
    harness.run();
    assert_eq!(harness.state().presenting, Some(0), "the first slide stays");

    harness.key_press(Key::Escape);
    harness.run();
    assert_eq!(harness.state().presenting, None);
    harness.get_by_label("File");
    let body = harness.ctx.global_style().text_styles.get(&egui::TextStyle::Body).map(|f| f.size);
    assert_eq!(body, Some(15.0), "normal type again");
}

#[test]
fn the_countdown_starts_pauses_and_resets_by_keyboard_with_time_passing() {
    let mut harness = app_in(View::Overview);
    harness.key_press(Key::F5);
    harness.run();
    assert!(!harness.state().timer.shown, "no timer until asked for");
    harness.key_press(Key::Minus);
    harness.run();
    assert_eq!(harness.state().timer.remaining, 240.0, "one minute less while stopped");
    harness.key_press(Key::T);
    harness.run();
    assert!(harness.state().timer.running);
    for _ in 0..8 {
        harness.step(); // 0.25 s of simulated time each
    }
    let left = harness.state().timer.remaining;
    assert!((237.0..239.5).contains(&left), "about two seconds passed: {left}");
    harness.get_by_label_contains("3:5");
    harness.key_press(Key::T);
    harness.run();
    let paused = harness.state().timer.remaining;
    for _ in 0..8 {
        harness.step();
    }
    assert_eq!(harness.state().timer.remaining, paused, "paused");
    harness.get_by_label_contains("(paused: T)");
    harness.key_press(Key::R);
    harness.run();
    assert_eq!(harness.state().timer.remaining, 240.0, "reset to its length");

    let mut timer = tenstep::ui::present::Timer { running: true, remaining: 1.0, ..Default::default() };
    timer.tick(5.0);
    assert_eq!(
        (timer.remaining, timer.running, timer.text().as_str()),
        (0.0, false, "0:00"),
        "stops at zero"
    );
}
