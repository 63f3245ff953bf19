//! The Plan view's time scale read at a glance on a projector: after Fit, every column has its
//! label inside its column, no two header labels overlap, and the chart gets most of the width.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code: a panic is a failed test")]

use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
mod common;

use common::shapes::{rect_of, smaller_than, texts};
use tenstep::app::TenstepApp;
use tenstep::commands::View;

fn plan_view(sample: &str, size: (f32, f32)) -> Harness<'static, TenstepApp> {
    let file = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-plans").join(sample);
    let mut harness = common::Start {
        file: Some(file),
        view: Some(View::Plan),
        size: egui::vec2(size.0, size.1),
        ..common::Start::default()
    }
    .app();
    harness.key_press(Key::F);
    harness.run();
    harness
}

#[test]
fn after_fit_every_column_is_labelled_inside_it_and_no_header_labels_overlap() {
    for sample in ["northwind-retail.ron", "city-council.ron", "small-agency.ron"] {
        for size in [(1280.0, 720.0), (1920.0, 1080.0)] {
            let harness = plan_view(sample, size);
            let header = harness.get_by_label("Time scale").rect();
            let state = &harness.state().views.gantt;
            let plan = &harness.state().doc.as_ref().expect("open").plan;
            let scale = state.time_scale(plan, common::today());
            let width = state.column_width as f32;
            let labels: Vec<(String, egui::Rect)> = texts(&harness.output().shapes)
                .into_iter()
                .map(|(text, _)| (text.galley.text().to_owned(), rect_of(&text)))
                .filter(|(_, rect)| header.contains(rect.center()))
                .collect();
            let at = format!("{sample} at {size:?}");
            // The chart has at least 60 % of the view's width, and the whole horizon fits it.
            let body = header.right() - harness.get_by_label("Task").rect().left();
            assert!(header.width() >= 0.6 * body - 2.0, "{at}: the chart is {} of {body}", header.width());
            assert!(scale.width() as f32 <= header.width(), "{at}: Fit shows the whole scale");
            // Every column: a label centred in it, within it.
            let units_top = header.top() + header.height() / 3.0;
            for (i, column) in scale.columns().iter().enumerate() {
                let x0 = header.left() + i as f32 * width - state.scroll_x as f32;
                let x1 = x0 + width;
                let label = labels.iter().find(|(_, r)| {
                    r.center().y > units_top
                        && r.center().y < units_top + header.height() / 3.0
                        && r.center().x > x0
                        && r.center().x < x1
                });
                let Some((text, rect)) = label else {
                    panic!("{at}: the column from {} has no label: {labels:?}", column.start);
                };
                assert!(
                    rect.left() >= x0 && rect.right() <= x1,
                    "{at}: “{text}” {rect:?} spills out of {x0}..{x1}"
                );
            }
            // No two labels (years, columns, Today and Review flags) overlap.
            for (i, (a, ra)) in labels.iter().enumerate() {
                for (b, rb) in &labels[i + 1..] {
                    assert!(!ra.intersects(*rb), "{at}: “{a}” {ra:?} overlaps “{b}” {rb:?}");
                }
            }
            for flag in ["Today", "Review"] {
                assert!(labels.iter().any(|(t, _)| t == flag), "{at}: the {flag} flag shows");
            }
        }
    }
}

#[test]
fn today_and_review_flags_on_the_same_day_stand_side_by_side() {
    // A new plan's review date is today: the flags must not cover each other.
    let mut harness =
        common::Start { view: Some(View::Plan), size: egui::vec2(1280.0, 720.0), ..common::Start::default() }
            .app();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, Key::N);
    harness.run();
    harness.get_by_label("Blank plan").click();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, Key::Num2);
    harness.run();
    harness.get_by_role_and_label(egui::accesskit::Role::Button, "+ Add workstream").click();
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
    let header = harness.get_by_label("Time scale").rect();
    let flags: Vec<egui::Rect> = texts(&harness.output().shapes)
        .into_iter()
        .filter(|(t, _)| ["Today", "Review"].contains(&t.galley.text()))
        .map(|(t, _)| rect_of(&t))
        .filter(|r| header.contains(r.center()))
        .collect();
    assert_eq!(flags.len(), 2, "both flags show");
    assert!(!flags[0].expand(2.0).intersects(flags[1]), "{flags:?}");
}

#[test]
fn the_scale_says_its_rule_when_hovered() {
    let mut harness = plan_view("northwind-retail.ron", (1280.0, 720.0));
    harness.get_by_label("Time scale").hover();
    harness.run();
    harness.run();
    harness.get_by_label_contains("Months from Jul 2026 to Jun 2027");
}

#[test]
fn no_text_in_the_plan_view_is_smaller_than_13_px() {
    for size in [(1280.0, 720.0), (1920.0, 1080.0)] {
        let harness = plan_view("northwind-retail.ron", size);
        let small: Vec<String> =
            texts(&harness.output().shapes).iter().flat_map(|(text, _)| smaller_than(text, 13.0)).collect();
        assert!(small.is_empty(), "at {size:?}: {small:#?}");
    }
}
