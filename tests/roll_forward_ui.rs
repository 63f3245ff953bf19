//! Rolling the plan forward at a review (issue 25). The review date is the review last held:
//! the dialog proposes the review due now by the cadence, previews the rolling scale it gives,
//! warns about future dates and skipped or missed reviews, refuses a date not after the review
//! held, and a second roll-forward on the same day updates that day's history entry.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code: a panic is a failed test")]

use chrono::NaiveDate;
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
mod common;

use common::{Start, plan, type_into_focus};
use tenstep::app::TenstepApp;
use tenstep::clock::ManualClock;
use tenstep::commands::View;

type App = Harness<'static, TenstepApp>;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("valid date")
}

/// The Northwind sample with its review date set to `review`, opened in the Plan view on
/// `today` (the folder holds the copy for as long as the test runs).
fn northwind(review: &str, today: NaiveDate) -> (App, tempfile::TempDir) {
    let sample = concat!(env!("CARGO_MANIFEST_DIR"), "/sample-plans/northwind-retail.ron");
    let text = std::fs::read_to_string(sample).expect("the sample exists");
    let from = "review_date: \"2026-07-01\"";
    assert!(text.contains(from), "the sample's review date");
    let folder = tempfile::tempdir().expect("a temporary folder");
    let path = folder.path().join("northwind.ron");
    std::fs::write(&path, text.replace(from, &format!("review_date: \"{review}\""))).expect("written");
    let start = Start {
        file: Some(path),
        view: Some(View::Plan),
        size: egui::vec2(1280.0, 720.0),
        clock: ManualClock::at_noon(today),
        ..Start::default()
    };
    (start.app(), folder)
}

fn open_dialog(harness: &mut App) {
    harness.key_press_modifiers(Modifiers::COMMAND, Key::R);
    harness.run();
    harness.get_by_label("Roll the plan forward");
}

/// Types `months` into the "Or move it by" field.
fn move_by(harness: &mut App, months: u32) {
    harness.get_by_role_and_label(Role::SpinButton, "Or move it by").focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.run();
    type_into_focus(harness, &months.to_string());
    harness.key_press(Key::Enter);
    harness.run();
}

fn has_text(harness: &App, text: &str) -> bool {
    harness.query_by_label_contains(text).is_some()
}

const SKIPS: &str = "This skips the review due";
const FUTURE: &str = "is after today";
const MISSED: &str = "was not held";
const FAR: &str = "more than a year from today";
const AGAIN: &str = "Already rolled forward today";

fn no_warnings(harness: &App) -> bool {
    [SKIPS, FUTURE, MISSED, FAR].iter().all(|w| !has_text(harness, w))
}

#[test]
fn rolling_forward_proposes_the_review_due_previews_the_scale_and_keeps_one_entry_a_day() {
    let today = d(2026, 12, 3);
    // Reviewed 1 Jun 2026: the December review is being held on 3 Dec 2026.
    let (mut harness, _folder) = northwind("2026-06-01", today);
    let reviews_before = plan(&harness).reviews.len();

    open_dialog(&mut harness);
    harness.get_by_label("Review due");
    harness.get_by_label("1 Dec 2026 (every 6 months)");
    harness.get_by_label("Review date: 1 Jun 2026 → 1 Dec 2026");
    harness.get_by_label_contains("Dec Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov |");
    harness.get_by_label_contains("Months from Dec 2026 to Nov 2027");
    assert!(no_warnings(&harness) && !has_text(&harness, AGAIN));

    // A date in the future: the review has not happened yet, and it skips December's.
    move_by(&mut harness, 12);
    harness.get_by_label("Review date: 1 Jun 2026 → 1 Jun 2027");
    harness.get_by_label_contains("1 Jun 2027 is after today: the months until then stay monthly");
    harness.get_by_label("This skips the review due 1 Dec 2026.");
    assert!(!has_text(&harness, FAR), "1 Jun 2027 is within a year of 3 Dec 2026");
    move_by(&mut harness, 19);
    harness.get_by_label("Review date: 1 Jun 2026 → 1 Jan 2028");
    assert!(has_text(&harness, SKIPS) && has_text(&harness, FAR) && has_text(&harness, FUTURE));

    // Back to the proposal: no warnings.
    harness.get_by_role_and_label(Role::Button, "Use this date").click();
    harness.run();
    harness.get_by_label("Review date: 1 Jun 2026 → 1 Dec 2026");
    assert!(no_warnings(&harness));
    assert!(harness.query_by_role_and_label(Role::Button, "Use this date").is_none());

    harness.get_by_role_and_label(Role::TextInput, "Note").focus();
    harness.run();
    harness.get_by_role_and_label(Role::TextInput, "Note").type_text("Winter review");
    harness.run();
    harness.get_by_role_and_label(Role::Button, "Roll forward").click();
    harness.run();
    assert!(harness.query_by_label("Roll the plan forward").is_none(), "the dialog closed");
    let rolled = plan(&harness);
    assert_eq!(rolled.meta.review_date, d(2026, 12, 1));
    assert_eq!(rolled.reviews.len(), reviews_before + 1);
    let review = rolled.reviews.last().expect("recorded").clone();
    assert_eq!((review.date, review.previous_review_date), (today, d(2026, 6, 1)));
    assert_eq!(review.note, "Winter review");

    // Again the same day: the dialog says it updates today's entry, proposes the same date
    // (still counted from the review held before today's roll) and keeps the note.
    open_dialog(&mut harness);
    harness.get_by_label_contains(AGAIN);
    harness.get_by_label("1 Dec 2026 (every 6 months)");
    harness.get_by_label("Review date: 1 Dec 2026 → 1 Dec 2026");
    assert_eq!(
        harness.get_by_role_and_label(Role::TextInput, "Note").value().as_deref(),
        Some("Winter review")
    );
    move_by(&mut harness, 3);
    harness.get_by_label("Review date: 1 Dec 2026 → 1 Sep 2026");
    harness.get_by_role_and_label(Role::Button, "Roll forward").click();
    harness.run();
    harness.get_by_label_contains("today's review updated");
    let again = plan(&harness);
    assert_eq!(again.reviews.len(), reviews_before + 1, "one history entry per day");
    let merged = again.reviews.last().expect("kept");
    assert_eq!(merged.id, review.id);
    assert_eq!(merged.previous_review_date, d(2026, 6, 1), "still the review held before");
    assert_eq!(again.meta.review_date, d(2026, 9, 1));

    // Each roll-forward is one undo step.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(plan(&harness).meta.review_date, d(2026, 12, 1));
    assert_eq!(plan(&harness).reviews.len(), reviews_before + 1);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(plan(&harness).meta.review_date, d(2026, 6, 1));
    assert_eq!(plan(&harness).reviews.len(), reviews_before);
}

#[test]
fn a_plan_already_rolled_forward_at_this_review_has_nothing_new_due() {
    // Reviewed 1 Dec 2026, and it is 3 Dec 2026: the review due is the one held.
    let (mut harness, _folder) = northwind("2026-12-01", d(2026, 12, 3));
    open_dialog(&mut harness);
    harness.get_by_label("1 Dec 2026 (every 6 months)");
    harness
        .get_by_label("The plan was rolled forward at the review of 1 Dec 2026; the next is due 1 Jun 2027.");
    harness.get_by_role_and_label(Role::Button, "Roll forward").click();
    harness.run();
    assert!(harness.query_by_label("Roll the plan forward").is_some(), "refused: still open");
    assert_eq!(plan(&harness).meta.review_date, d(2026, 12, 1));

    // Choosing the next review anyway is allowed, with a warning that it has not happened yet.
    move_by(&mut harness, 6);
    harness.get_by_label("Review date: 1 Dec 2026 → 1 Jun 2027");
    assert!(has_text(&harness, FUTURE) && !has_text(&harness, "rolled forward at the review of"));
    harness.get_by_role_and_label(Role::Button, "Cancel").click();
    harness.run();
    assert!(harness.query_by_label("Roll the plan forward").is_none());
    assert_eq!(plan(&harness).meta.review_date, d(2026, 12, 1));
}

#[test]
fn an_overdue_plan_proposes_the_review_due_now_and_says_which_was_missed() {
    // Reviewed 1 Dec 2025; June 2026 was missed and December 2026 is due on 3 Dec 2026.
    let (mut harness, _folder) = northwind("2025-12-01", d(2026, 12, 3));
    open_dialog(&mut harness);
    harness.get_by_label("1 Dec 2026 (every 6 months)");
    harness.get_by_label("Review date: 1 Dec 2025 → 1 Dec 2026");
    harness.get_by_label("The review due 1 Jun 2026 was not held.");
    assert!(!has_text(&harness, SKIPS) && !has_text(&harness, FUTURE));

    // Cancel leaves the plan as it was.
    harness.get_by_role_and_label(Role::Button, "Cancel").click();
    harness.run();
    assert!(harness.query_by_label("Roll the plan forward").is_none());
    assert_eq!(plan(&harness).meta.review_date, d(2025, 12, 1));
}
