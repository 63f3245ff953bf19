//! Plans from other tools in the app: opening one (from the command line, Open… or a drop)
//! imports it as an untitled plan in the Plan view and shows the import report.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code: a panic is a failed test")]

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use std::path::{Path, PathBuf};
mod common;

use tenstep::app::TenstepApp;
use tenstep::commands::View;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/import_fixtures").join(name)
}

fn app_with(file: PathBuf) -> Harness<'static, TenstepApp> {
    common::Start { file: Some(file), ..common::Start::default() }.app()
}

#[test]
fn a_gantt_project_file_opens_as_an_untitled_plan_with_its_report() {
    let mut harness = app_with(fixture("launch.gan"));
    harness.get_by_label("Imported from GanttProject");
    harness.get_by_label_contains(
        "Imported 5 tasks in 2 workstreams, 2 people from GanttProject, from launch.gan",
    );
    harness.get_by_label_contains("was flattened");
    harness.get_by_label("OK").click();
    harness.run();
    assert!(harness.query_by_label("Imported from GanttProject").is_none());
    let app = harness.state();
    let doc = app.doc.as_ref().expect("a plan is open");
    assert!(doc.path.is_none(), "untitled: saving asks where, the .gan is never overwritten");
    assert_eq!(app.view, View::Plan, "its Gantt shows");
    assert_eq!(doc.plan.meta.created, chrono::NaiveDate::from_ymd_opt(2026, 11, 22).expect("date"));
    assert_eq!(doc.plan.tasks.len(), 5);
    assert_eq!(tenstep::model::validate(&doc.plan), Vec::new());
    assert!(harness.get_all_by_label_contains("Social › Brief").count() >= 1, "the Gantt lists the tasks");
}

/// A file dropped on the window.
#[derive(Debug)]
struct Dropped(PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

#[test]
fn a_planner_file_is_recognised_by_content_whatever_its_name_and_a_drop_imports_too() {
    let dir = tempfile::tempdir().expect("temp dir");
    let renamed = dir.path().join("exported.txt");
    std::fs::copy(fixture("launch.planner"), &renamed).expect("copy");
    let mut harness = common::app_in(View::Overview);
    harness.input_mut().dropped_files.push(std::sync::Arc::new(Dropped(renamed.clone())));
    harness.run();
    harness.get_by_label("Imported from GNOME Planner");
    assert!(harness.state().doc.as_ref().is_some_and(|d| d.path.is_none() && d.plan.tasks.len() == 5));
    assert_eq!(
        std::fs::read(&renamed).expect("still there"),
        std::fs::read(fixture("launch.planner")).expect("read")
    );
}

#[test]
fn a_broken_file_from_another_tool_says_where_and_changes_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let cut = dir.path().join("cut.xml");
    let bytes = std::fs::read(fixture("launch.xml")).expect("read");
    std::fs::write(&cut, &bytes[..bytes.len() / 2]).expect("write");
    let harness = app_with(cut);
    harness.get_by_label("The plan could not be imported");
    harness.get_by_label_contains("cut off");
    assert!(harness.state().doc.is_none() || harness.state().doc.as_ref().is_some_and(|d| d.path.is_none()));
}
