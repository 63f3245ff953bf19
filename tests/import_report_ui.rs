//! The import report in the app: each kind of loss is one line with its count that folds open
//! to list every task affected, and the report can be saved as text beside the imported file.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code: a panic is a failed test")]

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use std::path::{Path, PathBuf};
mod common;

use tenstep::app::TenstepApp;

/// A GanttProject file whose `count` tasks are each more than 100% done: one report group
/// naming every one of them.
fn overdone_plan(dir: &Path, count: usize) -> PathBuf {
    let tasks: String = (1..=count)
        .map(|i| {
            format!(
                "<task id=\"{i}\" name=\"Overdone {i}\" meeting=\"false\" start=\"2024-01-{:02}\" \
                 duration=\"2\" complete=\"150\" expand=\"true\"/>\n",
                i + 1
            )
        })
        .collect();
    let text = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <project name=\"Overdone\" company=\"Acme\" version=\"3.2.3240\">\n<tasks>\n{tasks}</tasks>\n\
         <resources/>\n<allocations/>\n</project>\n"
    );
    let path = dir.join("overdone.gan");
    std::fs::write(&path, text).expect("write the fixture");
    path
}

fn app_with(file: PathBuf) -> Harness<'static, TenstepApp> {
    common::Start { file: Some(file), size: egui::vec2(1280.0, 720.0), ..common::Start::default() }.app()
}

const GROUP: &str = "8 tasks were more than 100% done; set to 100%";

#[test]
fn a_group_folds_open_to_list_every_task_it_concerns() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = app_with(overdone_plan(dir.path(), 8));
    harness.get_by_label("Imported from GanttProject");
    let header = harness.get_by_label(GROUP);
    assert!(harness.query_by_label("“Overdone 8”").is_none(), "folded at first");
    header.click();
    harness.run();
    for i in 1..=8 {
        harness.get_by_label(&format!("“Overdone {i}”"));
    }
}

#[test]
fn the_report_is_saved_as_text_beside_the_imported_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = app_with(overdone_plan(dir.path(), 8));
    harness.get_by_label("Save report…").click();
    harness.run();
    // No system dialog in tests: the app asks for the path, offering the file's folder.
    let expected = dir.path().join("overdone-import-report.txt");
    let field = harness.get_by_role_and_label(Role::TextInput, "File path");
    assert_eq!(field.value().as_deref(), Some(expected.display().to_string().as_str()));
    harness.get_by_role_and_label(Role::Button, "Save").click();
    harness.run();
    let text = std::fs::read_to_string(&expected).expect("the report was saved");
    assert!(text.starts_with("# Imported from GanttProject\n\nImported 8 tasks"), "{text}");
    assert!(text.contains(&format!("## {GROUP}\n")), "{text}");
    for i in 1..=8 {
        assert!(text.contains(&format!("- “Overdone {i}”\n")), "every name: {text}");
    }
    harness.get_by_label_contains(&format!("Saved the import report to {}", expected.display()));
    assert!(harness.query_by_label("Imported from GanttProject").is_none(), "the dialog closed");
}

#[test]
fn a_line_names_three_tasks_on_the_command_line_and_every_one_in_the_report() {
    let dir = tempfile::tempdir().expect("temp dir");
    let bytes = std::fs::read(overdone_plan(dir.path(), 5)).expect("read");
    let imported = tenstep::import::import_plan(&bytes).expect("imports");
    let group = imported.report.groups().iter().find(|g| g.count() == 5).expect("the group of 5");
    assert_eq!(group.names().len(), 5);
    assert!(
        imported
            .report
            .lines()
            .contains(&"5 tasks were more than 100% done; set to 100%: “Overdone 1”, “Overdone 2”, “Overdone 3” and 2 more".to_owned()),
        "{:?}",
        imported.report.lines()
    );
}

#[test]
fn cancelling_the_save_brings_the_report_back() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = app_with(overdone_plan(dir.path(), 8));
    harness.get_by_label("Save report…").click();
    harness.run();
    harness.get_by_label("Save the import report as");
    harness.get_by_role_and_label(Role::Button, "Cancel").click();
    harness.run();
    harness.get_by_label(GROUP);
    assert!(!dir.path().join("overdone-import-report.txt").exists());
}

#[test]
fn copy_puts_the_whole_report_on_the_clipboard() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = app_with(overdone_plan(dir.path(), 8));
    harness.get_by_label("Copy").click();
    harness.step();
    let copied = harness.output().platform_output.commands.iter().find_map(|c| match c {
        egui::OutputCommand::CopyText(text) => Some(text.clone()),
        _ => None,
    });
    let copied = copied.expect("the report was copied");
    assert!(copied.starts_with("# Imported from GanttProject\n"), "{copied}");
    assert!(copied.contains("- “Overdone 8”\n"), "every name: {copied}");
}
