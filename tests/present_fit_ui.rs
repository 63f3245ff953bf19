//! Slides fit what they show (issue 17): every stakeholder on the map slide is named in full,
//! text wraps into the room a slide has (it is cut only where nothing more fits), the map's
//! quadrant names are readable in both themes, a KPI that counts down reads as such and the
//! maturity meter says what its boxes mean.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code: a panic is a failed test")]

use egui::epaint::{ClippedShape, Shape};
use egui::{Color32, Key, Rect};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use std::sync::Arc;
mod common;
use common::shapes::{rect_of, text_problems, texts};

use tenstep::app::TenstepApp;
use tenstep::commands::View;
use tenstep::model::{Plan, SlideKind};
use tenstep::ui::theme::{PRESENT_MIN_TEXT, Tokens};

const SIZES: [(f32, f32); 3] = [(1024.0, 768.0), (1280.0, 720.0), (1920.0, 1080.0)];

fn sample(name: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-plans").join(name)
}

/// The app presenting `file` on a screen of `size`.
fn presenting(file: std::path::PathBuf, size: (f32, f32)) -> Harness<'static, TenstepApp> {
    let size = egui::vec2(size.0, size.1);
    common::Start { file: Some(file), view: Some(View::Overview), size, present: true, ..Default::default() }
        .app()
}

/// The slide shown (its kind) and the page.
fn at(harness: &Harness<'_, TenstepApp>) -> (SlideKind, usize, usize) {
    let p = harness.state().presenting.as_ref().expect("presenting");
    (common::plan(harness).workshop.shown_slides()[p.slide], p.slide, p.page)
}

/// Steps forward to the first page of `kind`.
fn go_to(harness: &mut Harness<'_, TenstepApp>, kind: SlideKind) {
    for _ in 0..80 {
        if at(harness).0 == kind {
            return;
        }
        harness.key_press(Key::ArrowRight);
        harness.run();
    }
    panic!("{kind:?} not reached");
}

/// Every text drawn this frame (with its clip rectangle), in paint order.
/// Every text on the slide cut with "…" while there is room below it for another line: no
/// text of the slide under it (in its columns) reaches down to within a line and a half of
/// the slide's bottom (the key hint line). The header's title may give way to the countdown; it is not
/// part of the slide's body.
fn elided_with_room(shapes: &[ClippedShape]) -> Vec<String> {
    let all = texts(shapes);
    let counter = all.iter().map(|(t, _)| t).find(|t| {
        let text = t.galley.text();
        text.split(" / ").count() == 2 && text.chars().next().is_some_and(|c| c.is_ascii_digit())
    });
    let hint = all.iter().map(|(t, _)| t).find(|t| t.galley.text().contains("← → move"));
    let (Some(counter), Some(hint)) = (counter, hint) else {
        return vec!["no slide counter or key hint line painted".to_owned()];
    };
    let (top, bottom) = (rect_of(counter).bottom(), rect_of(hint).top());
    let body: Vec<Rect> = all
        .iter()
        .filter(|(t, clip)| rect_of(t).intersects(*clip))
        .map(|(t, clip)| rect_of(t).intersect(*clip))
        .filter(|r| r.center().y > top && r.center().y < bottom)
        .collect();
    let mut out = Vec::new();
    for (text, clip) in &all {
        let rect = rect_of(text);
        if !text.galley.elided
            || !rect.intersects(*clip)
            || rect.center().y <= top
            || rect.center().y >= bottom
        {
            continue;
        }
        let line = text.galley.rows.last().map_or(rect.height(), |r| r.height());
        let lowest = body
            .iter()
            .filter(|r| r.x_range().intersects(rect.x_range()) && r.bottom() >= rect.top())
            .map(egui::Rect::bottom)
            .fold(rect.bottom(), f32::max);
        // A line and a half: room for another line with the spacing around it.
        if bottom - lowest >= line * 1.5 {
            out.push(format!(
                "{:?} is cut with {:.0} px free below the slide's text (line {line:.0} px)",
                text.galley.text(),
                bottom - lowest
            ));
        }
    }
    out
}

#[test]
fn no_text_is_cut_while_the_slide_has_room_on_any_page_of_any_sample_at_any_screen() {
    let mut found = Vec::new();
    for name in ["northwind-retail.ron", "city-council.ron", "small-agency.ron"] {
        for size in SIZES {
            let mut harness = presenting(sample(name), size);
            let mut pages = 0;
            loop {
                let before = at(&harness);
                let problems = elided_with_room(&harness.output().shapes);
                found.extend(problems.into_iter().map(|p| format!("{name} at {size:?}, {before:?}: {p}")));
                pages += 1;
                harness.key_press(Key::ArrowRight);
                harness.run();
                if at(&harness) == before {
                    break;
                }
            }
            assert!(pages >= SlideKind::ALL.len(), "{name} at {size:?}: {pages} pages");
        }
    }
    assert!(found.is_empty(), "{found:#?}");
}

/// Northwind with twelve more stakeholders sharing one grid point (influence 4, interest 4),
/// several with long names, and one not placed yet.
fn crowded_plan(dir: &std::path::Path) -> (std::path::PathBuf, Vec<String>) {
    let loaded = tenstep::io::load_file(&sample("northwind-retail.ron")).expect("the sample loads");
    let mut plan: Plan = loaded.plan;
    let template = plan.stakeholders[0].as_ref().clone();
    let mut names = Vec::new();
    for n in 0..13 {
        let mut s = template.clone();
        s.id = tenstep::model::Id::from(format!("s-crowd-{n}").as_str());
        s.name = if n % 3 == 0 {
            format!("Regional franchise owners' association, northern district {n}")
        } else {
            format!("Crowd member {n}")
        };
        s.influence = 4;
        s.interest = 4;
        s.unplaced = n == 12;
        names.push(s.name.clone());
        plan.stakeholders.push(Arc::new(s));
    }
    names.extend(plan.stakeholders.iter().map(|s| s.name.clone()).take(plan.stakeholders.len() - 13));
    let path = dir.join("crowded.ron");
    tenstep::io::save_file(&path, &plan).expect("saved");
    (path, names)
}

#[test]
fn every_stakeholder_on_a_crowded_map_slide_is_named_in_full() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (path, names) = crowded_plan(dir.path());
    for size in [(1280.0, 720.0), (1024.0, 768.0)] {
        let mut harness = presenting(path.clone(), size);
        go_to(&mut harness, SlideKind::StakeholderMap);
        let screen = Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(size.0, size.1));
        let mut unseen = names.clone();
        loop {
            let before = at(&harness);
            if before.0 != SlideKind::StakeholderMap {
                break;
            }
            let shapes = harness.output().shapes.clone();
            let problems = text_problems(&shapes, screen, PRESENT_MIN_TEXT);
            assert!(problems.is_empty(), "{size:?}, page {}: {problems:#?}", before.2);
            let drawn = texts(&shapes);
            assert!(
                !drawn.iter().any(|(t, _)| t.galley.elided),
                "no name is cut ({size:?}, page {})",
                before.2
            );
            let hidden = drawn.iter().map(|(t, _)| t.galley.text()).find(|t| t.ends_with("more"));
            assert!(hidden.is_none(), "nobody hides behind {hidden:?} ({size:?}, page {})", before.2);
            unseen.retain(|name| {
                let painted = drawn.iter().any(|(t, clip)| {
                    let rect = rect_of(t);
                    t.galley.text() == name
                        && clip.expand(1.0).contains_rect(rect)
                        && screen.contains_rect(rect)
                });
                let labelled = harness.query_by_label(name).is_some();
                !(painted && labelled)
            });
            harness.key_press(Key::ArrowRight);
            harness.run();
        }
        assert!(unseen.is_empty(), "{size:?}: not named in full on the map slide: {unseen:#?}");
    }
}

#[test]
fn the_map_slide_marks_every_placed_stakeholder_and_lists_those_not_placed_yet() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (path, names) = crowded_plan(dir.path());
    let mut harness = presenting(path, (1280.0, 720.0));
    go_to(&mut harness, SlideKind::StakeholderMap);
    let plan = common::plan(&harness).clone();
    for s in plan.stakeholders.iter().filter(|s| !s.unplaced) {
        harness.get_by_label(&format!("Stakeholder: {}", s.name));
    }
    let waiting = plan.stakeholders.iter().find(|s| s.unplaced).expect("one not placed");
    assert!(names.contains(&waiting.name));
    assert!(harness.query_by_label(&format!("Stakeholder: {}", waiting.name)).is_none(), "not on the map");
    // The list continues on the next page, the map staying; those not placed yet come last.
    let pages = harness.state().presenting.as_ref().map_or(0, |p| p.pages);
    assert!(pages > 1, "27 placed do not fit one page at 1280×720");
    for _ in 1..pages {
        harness.key_press(Key::ArrowRight);
        harness.run();
        harness.get_by_label("Influence and interest map");
    }
    assert_eq!(at(&harness).0, SlideKind::StakeholderMap);
    harness.get_by_label_contains("Not placed yet (1)");
    harness.get_by_label(&waiting.name);
    harness.key_press(Key::Home);
    harness.run();
    go_to(&mut harness, SlideKind::StakeholderMap);
    // Clicking a name picks that stakeholder, S spotlights them.
    let crowd = "Crowd member 1";
    harness.get_by_label(crowd).click();
    harness.run();
    let picked = harness.state().presenting.as_ref().and_then(|p| p.selected.clone());
    let id = plan.stakeholders.iter().find(|s| s.name == crowd).map(|s| s.id.clone());
    assert_eq!(picked, id);
}

/// WCAG's relative luminance of an sRGB colour.
fn luminance(c: Color32) -> f64 {
    let channel = |v: u8| {
        let v = f64::from(v) / 255.0;
        if v <= 0.03928 { v / 12.92 } else { ((v + 0.055) / 1.055).powf(2.4) }
    };
    0.2126 * channel(c.r()) + 0.7152 * channel(c.g()) + 0.0722 * channel(c.b())
}

fn contrast(a: Color32, b: Color32) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// `top` (premultiplied, maybe translucent) painted over the opaque `under`.
#[expect(clippy::disallowed_methods, reason = "blends two colours read off the screen, no theme colour")]
fn over(top: Color32, under: Color32) -> Color32 {
    let a = f32::from(top.a()) / 255.0;
    let mix = |t: u8, u: u8| (f32::from(t) + f32::from(u) * (1.0 - a)).round().min(255.0) as u8;
    Color32::from_rgb(mix(top.r(), under.r()), mix(top.g(), under.g()), mix(top.b(), under.b()))
}

/// The colour under `point`: the panel, then every filled rectangle painted there in order.
fn background_at(shapes: &[ClippedShape], point: egui::Pos2, panel: Color32) -> Color32 {
    fn walk(shape: &Shape, point: egui::Pos2, color: &mut Color32) {
        match shape {
            Shape::Vec(shapes) => shapes.iter().for_each(|s| walk(s, point, color)),
            Shape::Rect(r) if r.rect.contains(point) && r.fill.a() > 0 => *color = over(r.fill, *color),
            _ => {}
        }
    }
    let mut color = panel;
    for clipped in shapes {
        walk(&clipped.shape, point, &mut color);
    }
    color
}

#[test]
fn the_quadrant_names_on_the_map_slide_are_readable_in_both_themes() {
    for dark in [false, true] {
        let mut harness = presenting(sample("northwind-retail.ron"), (1280.0, 720.0));
        if dark {
            harness.key_press(Key::D);
            harness.run();
        }
        go_to(&mut harness, SlideKind::StakeholderMap);
        let tokens = if dark { Tokens::dark() } else { Tokens::light() };
        let shapes = harness.output().shapes.clone();
        let drawn = texts(&shapes);
        for quadrant in ["Manage closely", "Keep satisfied", "Keep informed", "Monitor"] {
            let (text, _) = drawn
                .iter()
                .find(|(t, _)| t.galley.text() == quadrant)
                .unwrap_or_else(|| panic!("{quadrant} is named on the map"));
            let color = text.override_text_color.unwrap_or(text.galley.job.sections[0].format.color);
            let color = color.gamma_multiply(text.opacity_factor);
            let point = rect_of(text).center();
            let background = background_at(&shapes, point, tokens.panel);
            let shown = over(color, background);
            let ratio = contrast(shown, background);
            assert!(ratio >= 4.5, "{quadrant} (dark {dark}): {ratio:.2}:1, {shown:?} on {background:?}");
        }
    }
}

#[test]
fn a_kpi_that_counts_down_reads_as_one() {
    let mut harness = presenting(sample("city-council.ron"), (1280.0, 720.0));
    go_to(&mut harness, SlideKind::Goals);
    for _ in 0..10 {
        if harness.query_by_label_contains("Forms still only available as PDF").is_some() {
            break;
        }
        harness.key_press(Key::ArrowRight);
        harness.run();
    }
    harness.get_by_label_contains("86 forms now, target 0");
    assert!(harness.query_by_label_contains("86 of 0").is_none(), "not \"86 of 0 forms\"");
    // A KPI that counts up keeps its "x of y".
    harness.get_by_label_contains("81 of 100 %");
}

#[test]
fn the_maturity_meter_on_the_assessment_slide_has_a_legend() {
    for size in SIZES {
        let mut harness = presenting(sample("northwind-retail.ron"), size);
        go_to(&mut harness, SlideKind::Assessment);
        harness.get_by_label("Stage reached");
        harness.get_by_label("Not reached yet");
        harness.get_by_label_contains("Outlined: where the plan stands");
        let screen = Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(size.0, size.1));
        let problems = text_problems(&harness.output().shapes, screen, PRESENT_MIN_TEXT);
        assert!(problems.is_empty(), "{size:?}: {problems:#?}");
    }
}
