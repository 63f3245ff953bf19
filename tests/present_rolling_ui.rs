//! The rolling-plan slide in a workshop (issue 17): whole workstreams per page, a task added
//! with N shows on the page the room sees and stands out, N then Esc leaves nothing behind, a
//! new task's placeholder is typed over, and a date change that pushes later tasks says so for
//! a few seconds (timed by the frame's clock, with one repaint when it goes). Its chart is on
//! the Plan view's rolling scale (issue 25): every column labelled at projector size, the
//! monthly columns from the earlier of today and the review month.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code: a panic is a failed test")]

use egui::accesskit::Toggled;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use std::collections::{BTreeMap, BTreeSet};
use std::time::Duration;
mod common;

use chrono::Datelike;
use common::{double_click, plan};
use egui::Rect;
use egui::epaint::Shape;
use tenstep::app::TenstepApp;
use tenstep::model::SlideKind;
use tenstep::model::{Column, ScaleKind, TimeScale, Unit};
use tenstep::ui::present::Presentation;
use tenstep::ui::theme::PRESENT_MIN_TEXT;

/// `sample` (or the built-in example plan) presented at `w`×`h`, on the rolling plan's first
/// page. Frames are short, so two clicks in a row make a double-click.
fn at_rolling_plan(sample: Option<&str>, w: f32, h: f32) -> Harness<'static, TenstepApp> {
    at_rolling_plan_on(sample, w, h, common::today())
}

/// Like [`at_rolling_plan`], with the app's today on `today`.
fn at_rolling_plan_on(
    sample: Option<&str>,
    w: f32,
    h: f32,
    today: chrono::NaiveDate,
) -> Harness<'static, TenstepApp> {
    let file = sample.map(|s| std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-plans").join(s));
    let size = egui::vec2(w, h);
    let clock = tenstep::clock::ManualClock::at_noon(today);
    let mut harness =
        common::Start { file, size, present: true, step_dt: 0.05, clock, ..Default::default() }.app();
    let slides = plan(&harness).workshop.shown_slides();
    let at = slides.iter().position(|k| *k == SlideKind::RollingPlan).expect("the agenda shows it");
    harness.key_press(Key::End);
    harness.run();
    for _ in 0..40 {
        if presentation(&harness).slide == at && presentation(&harness).page == 0 {
            return harness;
        }
        harness.key_press(Key::ArrowLeft);
        harness.run();
    }
    panic!("the rolling plan's first page not reached");
}

fn presentation<'a>(harness: &'a Harness<'_, TenstepApp>) -> &'a Presentation {
    harness.state().presenting.as_ref().expect("presenting")
}

/// The rows on the slide: "Workstream: …" and "Task: …", top to bottom.
fn shown_rows(harness: &Harness<'_, TenstepApp>) -> Vec<String> {
    let mut rows: Vec<(f32, String)> = harness
        .query_all_by_label_contains(": ")
        .filter_map(|node| {
            let label = node.accesskit_node().label()?;
            (label.starts_with("Workstream: ") || label.starts_with("Task: "))
                .then(|| (node.rect().top(), label.to_owned()))
        })
        .collect();
    rows.sort_by(|a, b| a.0.total_cmp(&b.0));
    rows.into_iter().map(|(_, label)| label).collect()
}

/// Whether the row of the task named `name` is shown highlighted (as a selected row).
fn highlighted(harness: &Harness<'_, TenstepApp>, name: &str) -> bool {
    harness.get_by_label(&format!("Task: {name}")).accesskit_node().toggled() == Some(Toggled::True)
}

fn type_text(harness: &mut Harness<'_, TenstepApp>, text: &str) {
    harness.event(egui::Event::Text(text.to_owned()));
    harness.run();
}

/// N, then a name typed over whatever the field holds, then Enter.
fn add_task(harness: &mut Harness<'_, TenstepApp>, name: &str) {
    harness.key_press(Key::N);
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    type_text(harness, name);
    harness.key_press(Key::Enter);
    harness.run();
    assert!(presentation(harness).edit.is_none(), "Enter closed the editor");
}

/// How long the last frame asked to wait before the next one (`MAX`: until something happens).
fn repaint_delay(harness: &Harness<'_, TenstepApp>) -> Duration {
    harness.output().viewport_output.get(&egui::ViewportId::ROOT).map_or(Duration::MAX, |v| v.repaint_delay)
}

/// Moves the frame clock on by `seconds` in one frame (what a facilitator's pause is to the app).
fn wait(harness: &mut Harness<'_, TenstepApp>, seconds: f64) {
    let now = harness.ctx.input(|i| i.time);
    harness.input_mut().time = Some(now + seconds);
    harness.step();
    harness.run();
}

fn undo_steps(harness: &Harness<'_, TenstepApp>) -> usize {
    harness.state().doc.as_ref().expect("a plan").history.undo_len()
}

#[test]
fn a_task_added_to_a_workstream_that_spills_over_is_shown_on_its_page_and_highlighted() {
    let mut harness = at_rolling_plan(Some("northwind-retail.ron"), 1280.0, 720.0);
    let first = plan(&harness).workstreams[0].name.clone();
    assert_eq!(shown_rows(&harness)[0], format!("Workstream: {first}"));
    add_task(&mut harness, "Pop-up shop pilot");
    assert!(highlighted(&harness, "Pop-up shop pilot"), "the new task stands out");
    // The first workstream now fills the page: the next task spills onto page 2, and the slide
    // follows it there.
    add_task(&mut harness, "Pop-up shop review");
    assert_eq!(presentation(&harness).page, 1, "the page that holds the new task");
    assert_eq!(shown_rows(&harness)[0], format!("Workstream: {first} (continued)"));
    assert!(highlighted(&harness, "Pop-up shop review"), "the new task stands out");
    let delay = repaint_delay(&harness);
    assert!(
        delay > Duration::ZERO && delay <= Duration::from_secs(10),
        "one repaint when it ends: {delay:?}"
    );

    // The highlight goes after a few seconds, by the clock.
    wait(&mut harness, 2.0);
    assert!(highlighted(&harness, "Pop-up shop review"), "still there two seconds later");
    wait(&mut harness, 10.0);
    assert!(!highlighted(&harness, "Pop-up shop review"), "gone after a while");
    assert_eq!(repaint_delay(&harness), Duration::MAX, "an idle slide again");

    // Turning the page ends it too.
    add_task(&mut harness, "Pop-up shop wrap-up");
    assert!(highlighted(&harness, "Pop-up shop wrap-up"));
    harness.key_press(Key::ArrowLeft);
    harness.run();
    harness.key_press(Key::ArrowRight);
    harness.run();
    assert!(!highlighted(&harness, "Pop-up shop wrap-up"), "the page was turned");
}

#[test]
fn n_on_a_spotlighted_lane_turns_to_the_page_that_holds_the_new_task() {
    let mut harness = at_rolling_plan(Some("northwind-retail.ron"), 1280.0, 720.0);
    // The first workstream to start on a page after the first.
    let starts = |rows: &[String]| {
        rows.iter().find(|r| r.starts_with("Workstream: ") && !r.ends_with("(continued)")).cloned()
    };
    let mut lane = None;
    for _ in 0..3 {
        harness.key_press(Key::ArrowRight);
        harness.run();
        lane = starts(&shown_rows(&harness));
        if lane.is_some() {
            break;
        }
    }
    let lane = lane.expect("a workstream starts on page 2, 3 or 4");
    harness.get_by_label(&lane).click();
    harness.run();
    harness.key_press(Key::S);
    harness.run();
    let lane_page = presentation(&harness).page;
    for _ in 0..2 {
        harness.key_press(Key::ArrowRight);
        harness.run();
    }
    assert!(presentation(&harness).page > lane_page, "another page");
    assert!(!shown_rows(&harness).contains(&lane));
    add_task(&mut harness, "Listening for store openings");
    // Back on the spotlighted lane's page (the lane may have moved on to the next page to stay
    // whole with its new task).
    let page = presentation(&harness).page;
    assert!((lane_page..lane_page + 2).contains(&page), "the lane's page, not {page}");
    assert!(shown_rows(&harness).contains(&lane), "{:?}", shown_rows(&harness));
    assert!(highlighted(&harness, "Listening for store openings"));
    let added =
        plan(&harness).tasks.iter().find(|t| t.name == "Listening for store openings").expect("added");
    let lane_id = plan(&harness).workstreams.iter().find(|w| lane.ends_with(&w.name)).map(|w| w.id.clone());
    assert_eq!(Some(added.workstream.clone()), lane_id, "added to the spotlighted lane");
}

#[test]
fn whole_workstreams_share_a_page_and_one_is_split_only_from_the_top_of_a_page() {
    for sample in ["northwind-retail.ron", "city-council.ron", "small-agency.ron"] {
        for (w, h) in [(1024.0, 768.0), (1280.0, 720.0), (1920.0, 1080.0)] {
            let mut harness = at_rolling_plan(Some(sample), w, h);
            let pages = presentation(&harness).pages;
            // Workstream → the pages its rows are on, and whether it starts at a page's top.
            let mut on: BTreeMap<String, (BTreeSet<usize>, bool)> = BTreeMap::new();
            let mut lane = String::new();
            for page in 0..pages {
                for (i, row) in shown_rows(&harness).into_iter().enumerate() {
                    if let Some(name) = row.strip_prefix("Workstream: ") {
                        let continued = name.ends_with(" (continued)");
                        lane = name.trim_end_matches(" (continued)").to_owned();
                        assert!(!continued || i == 0, "{sample} at {w}×{h}: {row} heads its page");
                        if !continued {
                            on.entry(lane.clone()).or_default().1 = i == 0;
                        }
                    }
                    on.entry(lane.clone()).or_default().0.insert(page);
                }
                harness.key_press(Key::ArrowRight);
                harness.run();
            }
            for (lane, (pages, at_top)) in &on {
                let (first, last) = (pages.first().copied(), pages.last().copied());
                assert_eq!(
                    last.zip(first).map(|(l, f)| l - f + 1),
                    Some(pages.len()),
                    "{sample} at {w}×{h}: “{lane}” runs over consecutive pages {pages:?}"
                );
                // A workstream that does not fit the rest of a page starts the next one, so one
                // split over pages is one taller than a page: it starts at the top of one.
                assert!(
                    pages.len() == 1 || *at_top,
                    "{sample} at {w}×{h}: “{lane}” is split over {pages:?} though it could start a page"
                );
            }
            assert_eq!(on.len(), plan(&harness).workstreams.len(), "{sample}: every workstream is shown");
        }
    }
}

#[test]
fn n_then_esc_with_nothing_typed_leaves_no_task_and_no_undo_step() {
    let mut harness = at_rolling_plan(None, 1280.0, 720.0);
    let ids = |h: &Harness<'_, TenstepApp>| plan(h).tasks.iter().map(|t| t.id.clone()).collect::<Vec<_>>();
    let before = ids(&harness);
    let steps = undo_steps(&harness);
    harness.key_press(Key::N);
    harness.run();
    assert!(presentation(&harness).edit.is_some(), "the editor opened");
    harness.key_press(Key::Escape);
    harness.run();
    assert!(presentation(&harness).edit.is_none(), "Esc closed the editor");
    assert!(harness.state().presenting.is_some(), "still presenting");
    assert_eq!(ids(&harness), before, "no empty task left behind");
    assert_eq!(undo_steps(&harness), steps, "nothing to undo");
    assert!(!shown_rows(&harness).iter().any(|r| r == "Task: New task"));

    // A task given a name stays when Esc closes its editor.
    harness.key_press(Key::N);
    harness.run();
    type_text(&mut harness, "Store listening pilot");
    harness.key_press(Key::Escape);
    harness.run();
    assert_eq!(plan(&harness).tasks.len(), before.len() + 1, "a named task stays");

    // A name typed and then rubbed out leaves an empty task: it goes too.
    harness.key_press(Key::N);
    harness.run();
    harness.key_press(Key::Backspace);
    harness.run();
    harness.key_press(Key::Escape);
    harness.run();
    assert_eq!(plan(&harness).tasks.len(), before.len() + 1, "no empty task left behind");
    assert!(plan(&harness).tasks.iter().all(|t| !t.name.trim().is_empty()));
}

#[test]
fn a_new_task_starts_with_its_placeholder_selected_so_typing_replaces_it() {
    let mut harness = at_rolling_plan(Some("northwind-retail.ron"), 1280.0, 720.0);
    harness.key_press(Key::N);
    harness.run();
    type_text(&mut harness, "Store listening pilot");
    harness.key_press(Key::Enter);
    harness.run();
    let names: Vec<&str> = plan(&harness).tasks.iter().map(|t| t.name.as_str()).collect();
    assert!(names.contains(&"Store listening pilot"), "typed over the placeholder: {names:?}");
    assert!(!names.iter().any(|n| n.starts_with("New task")));
}

#[test]
fn a_date_change_that_pushes_later_tasks_says_so_on_the_slide_for_a_few_seconds() {
    let mut harness = at_rolling_plan(None, 1280.0, 720.0);
    // A task on the page whose move by a month pushes tasks that follow it.
    let shown = shown_rows(&harness);
    let (task, pushed) = plan(&harness)
        .tasks
        .iter()
        .filter(|t| !t.milestone && shown.contains(&format!("Task: {}", t.name)))
        .find_map(|t| {
            let mut trial = plan(&harness).clone();
            let start = t.start.checked_add_months(chrono::Months::new(1))?;
            let outcome = trial.move_task(&t.id, start, start + (t.end - t.start)).ok()?;
            (outcome.pushed.len() >= 2).then(|| ((**t).clone(), outcome.pushed.len()))
        })
        .expect("a task with dependants on the first page");
    let row = harness.get_by_label(&format!("Task: {}", task.name)).rect().center();
    double_click(&mut harness, row);
    harness.get_by_label("Starts");
    // The date picker (egui_extras') has unnamed year/month/day boxes, so its frames are
    // stepped without the accessibility check that `run` makes.
    harness.get_by_label(&task.start.format("%-d %b %Y").to_string()).click();
    harness.run_steps(2);
    harness.get_by_label(">>").click();
    harness.run_steps(2);
    harness.get_by_label("Save").click();
    harness.run_steps(2);
    let moved = plan(&harness).task(&task.id).expect("still there").start;
    assert_eq!(
        moved,
        task.start.checked_add_months(chrono::Months::new(1)).expect("a date"),
        "moved a month"
    );
    let note = format!("Moved {pushed} later tasks");
    assert!(harness.query_all_by_label_contains(&note).count() >= 1, "said while editing");
    harness.get_by_label("Done").click();
    harness.run();
    harness.get_by_label_contains(&note);
    let delay = repaint_delay(&harness);
    assert!(
        delay > Duration::ZERO && delay <= Duration::from_secs(10),
        "one repaint when it goes: {delay:?}"
    );

    wait(&mut harness, 1.0);
    harness.get_by_label_contains(&note);
    wait(&mut harness, 10.0);
    assert!(harness.query_by_label_contains(&note).is_none(), "gone after a few seconds");
    assert_eq!(repaint_delay(&harness), Duration::MAX, "an idle slide again");
}

/// The rolling plan's time-scale header as painted: its rectangle (the chart's width), the
/// year labels and the column labels, each left to right with where it is painted.
struct Header {
    rect: Rect,
    years: Vec<(String, Rect)>,
    labels: Vec<(String, Rect)>,
}

fn header(harness: &Harness<'_, TenstepApp>) -> Header {
    let rect = harness.get_by_label_contains("Time scale: ").rect();
    let mut texts: Vec<(String, Rect)> = Vec::new();
    fn walk(shape: &Shape, within: Rect, out: &mut Vec<(String, Rect)>) {
        match shape {
            Shape::Vec(shapes) => shapes.iter().for_each(|s| walk(s, within, out)),
            Shape::Text(text) => {
                let at = text.galley.rect.translate(text.pos.to_vec2());
                if within.contains(at.center()) && !text.galley.text().trim().is_empty() {
                    out.push((text.galley.text().to_owned(), at));
                }
            }
            _ => {}
        }
    }
    for clipped in &harness.output().shapes {
        walk(&clipped.shape, rect, &mut texts);
    }
    let top = texts.iter().map(|(_, r)| r.top()).fold(f32::INFINITY, f32::min);
    let (mut years, mut labels): (Vec<_>, Vec<_>) = texts.into_iter().partition(|(_, r)| r.top() < top + 1.0);
    years.sort_by(|a, b| a.1.left().total_cmp(&b.1.left()));
    labels.sort_by(|a, b| a.1.left().total_cmp(&b.1.left()));
    Header { rect, years, labels }
}

/// The slide's time scale: the Plan view's rolling scale over the plan's dates and today.
fn rolling_scale(harness: &Harness<'_, TenstepApp>, today: chrono::NaiveDate, width: f32) -> TimeScale {
    let plan = plan(harness);
    let (from, to) = plan.chart_range();
    let (from, to, review) = (from.min(today), to.max(today), plan.meta.review_date);
    let count = TimeScale::new(ScaleKind::Rolling, from, to, review, today, 1.0).columns().len();
    TimeScale::new(ScaleKind::Rolling, from, to, review, today, f64::from(width) / count as f64)
}

/// Whether `text` labels `column`: its full label ("Jan", "H1 27", "Oct–Mar") or the short one
/// ("J", "H1", "O–M").
fn labels(text: &str, column: &Column) -> bool {
    let full = column.unit.label(column.start);
    let initials: String =
        full.split('–').map(|m| m.chars().next().unwrap_or(' ').to_string()).collect::<Vec<_>>().join("–");
    text == full
        || (column.unit == Unit::Month && text == initials)
        || (column.unit == Unit::HalfYear && (text == initials || full.starts_with(&format!("{text} "))))
}

#[test]
fn every_column_of_the_rolling_scale_is_labelled_in_its_column_and_no_labels_overlap() {
    for sample in ["northwind-retail.ron", "city-council.ron", "small-agency.ron"] {
        for (w, h) in [(1280.0, 720.0), (1920.0, 1080.0)] {
            let harness = at_rolling_plan(Some(sample), w, h);
            let at = format!("{sample} at {w}×{h}");
            let Header { rect, years, labels: painted } = header(&harness);
            let scale = rolling_scale(&harness, common::today(), rect.width());
            let texts: Vec<&str> = painted.iter().map(|(t, _)| t.as_str()).collect();
            assert_eq!(painted.len(), scale.columns().len(), "{at}: a label for every column: {texts:?}");
            let width = scale.column_width() as f32;
            for (i, (column, (text, painted))) in scale.columns().iter().zip(&painted).enumerate() {
                let (x0, x1) = (rect.left() + i as f32 * width, rect.left() + (i + 1) as f32 * width);
                assert!(
                    painted.left() >= x0 - 0.5 && painted.right() <= x1 + 0.5,
                    "{at}: {text:?} ({:.1}..{:.1}) fits its column {:.1}..{x1:.1}",
                    painted.left(),
                    painted.right(),
                    x0
                );
                assert!(labels(text, column), "{at}: {text:?} labels the column from {}", column.start);
                assert!(painted.height() >= PRESENT_MIN_TEXT, "{at}: {text:?} is at projector size");
            }
            let all: Vec<&(String, Rect)> = years.iter().chain(&painted).collect();
            for (i, a) in all.iter().enumerate() {
                assert!(rect.expand(0.5).contains_rect(a.1), "{at}: {:?} stays in the header", a.0);
                for b in &all[i + 1..] {
                    assert!(
                        !a.1.shrink(0.5).intersects(b.1.shrink(0.5)),
                        "{at}: {:?} and {:?} overlap",
                        a.0,
                        b.0
                    );
                }
            }
            // Every year the scale reaches is named ("2027", or "’27" over a narrow stretch).
            let mut named: Vec<i32> = scale.columns().iter().map(|c| c.start.year()).collect();
            named.dedup();
            let years: Vec<&str> = years.iter().map(|(t, _)| t.as_str()).collect();
            assert_eq!(years.len(), named.len(), "{at}: {years:?}");
            for (text, year) in years.iter().zip(named) {
                assert!(
                    *text == year.to_string() || *text == format!("’{:02}", year % 100),
                    "{at}: {text:?} names {year}"
                );
            }
        }
    }
}

#[test]
fn the_monthly_columns_start_at_the_earlier_of_today_and_the_review_month() {
    // Northwind is reviewed on 1 Jul 2026: in March the months start in March, in November
    // (the review done) they start at the review's month.
    for (today, first, rule) in [
        (common::today(), "Jul", "Months from Jul 2026 to Jun 2027"),
        (
            chrono::NaiveDate::from_ymd_opt(2026, 3, 15).expect("a date"),
            "Mar",
            "Months from Mar 2026 to Feb 2027",
        ),
    ] {
        let harness = at_rolling_plan_on(Some("northwind-retail.ron"), 1280.0, 720.0, today);
        harness.get_by_label_contains(&format!("Time scale: {rule}"));
        let painted: Vec<String> = header(&harness).labels.into_iter().map(|(t, _)| t).collect();
        let monthly = |t: &String| !t.contains('–') && !t.starts_with('H');
        let start = painted.iter().position(monthly).unwrap_or_else(|| panic!("months: {painted:?}"));
        let months: Vec<&String> = painted[start..].iter().take_while(|t| monthly(t)).collect();
        assert!(
            painted[start] == first || painted[start] == first[..1],
            "{today}: months from {first}: {painted:?}"
        );
        assert_eq!(months.len(), 12, "{today}: twelve months: {painted:?}");
        assert!(start > 0 && !monthly(&painted[start - 1]), "{today}: half-years before the months");
    }
}
