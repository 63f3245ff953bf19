//! The headless command line: `tenstep check` and `tenstep fmt`, run as a real process.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code: a panic is a failed test")]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn tenstep(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tenstep")).args(args).output().expect("the binary runs")
}

fn samples() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> =
        std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-plans"))
            .expect("sample-plans exists")
            .map(|e| e.expect("readable entry").path())
            .filter(|p| p.extension().is_some_and(|e| e == "ron"))
            .collect();
    files.sort();
    files
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn check_passes_the_sample_plans() {
    let files = samples();
    assert!(files.len() >= 3);
    let args: Vec<&str> = files.iter().map(|p| p.to_str().expect("utf-8 path")).collect();
    let mut all = vec!["check"];
    all.extend(args);
    let out = tenstep(&all);
    assert_eq!(out.status.code(), Some(0), "stdout: {}\nstderr: {}", text(&out.stdout), text(&out.stderr));
    assert!(out.stdout.is_empty());
}

#[test]
fn check_reports_file_line_col_and_exits_1() {
    let dir = tempfile::tempdir().expect("temp dir");
    let broken = dir.path().join("broken.ron");
    std::fs::write(&broken, "(\n    format_version: 1,\n    meta: (title: 42),\n)\n").expect("write");
    let dangling = dir.path().join("dangling.ron");
    std::fs::write(
        &dangling,
        "(\n    format_version: 1,\n    id: \"plan-x\",\n    tasks: [\n        (\n            id: \"t-0001\",\n            workstream: \"w-9\",\n            start: \"2026-01-01\",\n            end: \"2026-01-02\",\n        ),\n    ],\n)\n",
    )
    .expect("write");
    let out = tenstep(&["check", broken.to_str().unwrap(), dangling.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let stdout = text(&out.stdout);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 2, "{stdout}");
    assert!(lines[0].starts_with(&format!("{}:3:", broken.display())), "{stdout}");
    assert!(lines[1].starts_with(&format!("{}:6:13: warning:", dangling.display())), "{stdout}");
    assert!(lines[1].contains("w-9"), "{stdout}");
}

#[test]
fn check_without_files_is_a_usage_error() {
    assert_eq!(tenstep(&["check"]).status.code(), Some(2));
    assert_eq!(tenstep(&["--view", "nowhere", "x.ron"]).status.code(), Some(2));
}

#[test]
fn fmt_rewrites_to_canonical_and_a_second_run_changes_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("plan.ron");
    let messy =
        "// my notes\n(meta: (title: \"Messy\", horizon_years: 3), format_version: 1, id: \"plan-m\")";
    std::fs::write(&file, messy).expect("write");
    let out = tenstep(&["fmt", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let first = std::fs::read(&file).expect("read");
    assert_ne!(first, messy.as_bytes());
    assert!(text(&first).contains("format_version: 4"), "fmt writes the current format");
    assert_eq!(std::fs::read(dir.path().join("plan.ron.bak")).expect("backup"), messy.as_bytes());
    let check = tenstep(&["fmt", "--check", file.to_str().unwrap()]);
    assert_eq!(check.status.code(), Some(0));
    let again = tenstep(&["fmt", file.to_str().unwrap()]);
    assert_eq!(again.status.code(), Some(0));
    assert_eq!(std::fs::read(&file).expect("read"), first);
}

#[test]
fn fmt_leaves_broken_and_newer_files_alone() {
    let dir = tempfile::tempdir().expect("temp dir");
    let broken = dir.path().join("broken.ron");
    std::fs::write(&broken, "(format_version: 1, meta: (").expect("write");
    let newer = dir.path().join("newer.ron");
    let newer_text = "(format_version: 99, id: \"plan-n\", future_field: [1, 2])";
    std::fs::write(&newer, newer_text).expect("write");
    let out = tenstep(&["fmt", broken.to_str().unwrap(), newer.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(std::fs::read(&broken).expect("read"), b"(format_version: 1, meta: (");
    assert_eq!(std::fs::read(&newer).expect("read"), newer_text.as_bytes());
    assert!(!dir.path().join("broken.ron.bak").exists());
}

#[test]
fn fmt_keeps_the_sample_plans_byte_identical() {
    let dir = tempfile::tempdir().expect("temp dir");
    for sample in samples() {
        let copy = dir.path().join(sample.file_name().expect("name"));
        std::fs::copy(&sample, &copy).expect("copy");
        let out = tenstep(&["fmt", "--check", copy.to_str().unwrap()]);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{} is not canonical: {}",
            sample.display(),
            text(&out.stdout)
        );
    }
}

#[test]
fn check_health_prints_the_same_findings_as_the_model() {
    let sample = concat!(env!("CARGO_MANIFEST_DIR"), "/sample-plans/northwind-retail.ron");
    let out = tenstep(&["check", "--health", "--today", "2026-11-22", sample]);
    assert_eq!(out.status.code(), Some(0), "health findings do not fail the check");
    let printed = text(&out.stdout);
    let plan = tenstep::io::load_file(std::path::Path::new(sample)).expect("loads").plan;
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).expect("valid");
    let findings = plan.health(today);
    assert!(!findings.is_empty());
    assert!(printed.contains("health on 22 Nov 2026"), "{printed}");
    for finding in &findings {
        assert!(printed.contains(&format!("{}: {}", finding.severity.word(), finding.message)), "{printed}");
    }
    let without = tenstep(&["check", sample]);
    assert!(!text(&without.stdout).contains("health"), "only with --health");
    assert_eq!(
        tenstep(&["check", "--today", "2026-11-22", sample]).status.code(),
        Some(2),
        "--today needs --health"
    );
}

#[test]
fn diff_lists_differences_by_area_and_exits_by_outcome() {
    let dir = tempfile::tempdir().expect("temp dir");
    let sample = concat!(env!("CARGO_MANIFEST_DIR"), "/sample-plans/northwind-retail.ron");
    let mine = dir.path().join("mine.ron");
    let theirs = dir.path().join("theirs.ron");
    std::fs::copy(sample, &mine).expect("copy");
    let mut plan = tenstep::io::load_file(&mine).expect("loads").plan;
    plan.meta.organisation = "Northwind Retail Group plc".into();
    std::sync::Arc::make_mut(&mut plan.tasks[0]).progress = 99;
    tenstep::io::save_file(&theirs, &plan).expect("save");

    let same = tenstep(&["diff", mine.to_str().unwrap(), mine.to_str().unwrap()]);
    assert_eq!(same.status.code(), Some(0));
    assert!(text(&same.stdout).contains("no differences"));

    let out = tenstep(&["diff", mine.to_str().unwrap(), theirs.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let printed = text(&out.stdout);
    assert!(printed.contains("2 difference(s)"), "{printed}");
    assert!(printed.contains("Plan details\n  changed the plan details\n    organisation: \"Northwind Retail Group\" → \"Northwind Retail Group plc\""), "{printed}");
    assert!(printed.contains("Rolling plan\n  changed task"), "{printed}");
    assert!(printed.contains("progress: "), "{printed}");

    let golden = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden/v2-every-field.ron");
    let other = tenstep(&["diff", mine.to_str().unwrap(), golden]);
    assert_eq!(other.status.code(), Some(2));
    assert!(text(&other.stderr).contains("two different plans"));
    assert_eq!(tenstep(&["diff", mine.to_str().unwrap(), "/nonexistent.ron"]).status.code(), Some(2));
}

#[test]
fn export_writes_beside_the_plan_or_to_standard_output() {
    let dir = tempfile::tempdir().expect("temp dir");
    let plan = dir.path().join("agency.ron");
    std::fs::copy(concat!(env!("CARGO_MANIFEST_DIR"), "/sample-plans/small-agency.ron"), &plan)
        .expect("copy");
    let out = tenstep(&["export", plan.to_str().unwrap(), "--to", "tasks-csv"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let csv = std::fs::read(dir.path().join("agency-tasks.csv")).expect("written beside the plan");
    assert!(csv.starts_with("\u{feff}ID,Workstream".as_bytes()));
    let ics = tenstep(&["export", plan.to_str().unwrap(), "--to", "ics", "-o", "-"]);
    assert_eq!(ics.status.code(), Some(0));
    assert!(text(&ics.stdout).starts_with("BEGIN:VCALENDAR\r\n"));
    let md = dir.path().join("notes.md");
    assert_eq!(
        tenstep(&["export", plan.to_str().unwrap(), "--to", "markdown", "-o", md.to_str().unwrap()])
            .status
            .code(),
        Some(0)
    );
    assert!(std::fs::read_to_string(&md).expect("written").starts_with("# Getting Hollis Brook online"));
    assert_eq!(tenstep(&["export", "/nonexistent.ron", "--to", "ics"]).status.code(), Some(1));
    assert_eq!(tenstep(&["export", plan.to_str().unwrap(), "--to", "pdf"]).status.code(), Some(2));
}
