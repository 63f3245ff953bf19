//! The corpus of broken and hostile plan files in `tests/corpus/`: each file's exact outcome
//! (error or warnings with line and column, or read-only) is pinned in `EXPECTED.txt`, as
//! `tenstep check` prints it. Every file that loads also survives load → save → load.
//!
//! After an intended change of messages, regenerate with
//! `for f in tests/corpus/*.ron; do cargo run -q -- check $f 2>/dev/null; done > tests/corpus/EXPECTED.txt`
//! and read the diff.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code: a panic is a failed test")]

use std::path::PathBuf;
use tenstep::cli::{CliCommand, run};
use tenstep::clock::ManualClock;

fn corpus() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir("tests/corpus")
        .expect("the corpus folder")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .collect();
    files.sort();
    files
}

#[test]
fn every_corpus_file_has_exactly_its_expected_outcome() {
    let expected = std::fs::read_to_string("tests/corpus/EXPECTED.txt").expect("expectations");
    let mut printed = String::new();
    for file in corpus() {
        let mut out = Vec::new();
        let mut err = Vec::new();
        let status = run(
            &CliCommand::Check { files: vec![file.clone()], health: false, today: None },
            ManualClock::at_noon(chrono::NaiveDate::from_ymd_opt(2026, 11, 22).expect("valid")).as_ref(),
            &mut out,
            &mut err,
        );
        let text = String::from_utf8(out).expect("UTF-8 output");
        assert!(!text.is_empty() || status == 0, "{}", file.display());
        assert!(
            expected.lines().any(|l| l.starts_with(&format!("{}:", file.display()))),
            "{} has no expected outcome in EXPECTED.txt",
            file.display()
        );
        printed.push_str(&text);
    }
    for (line, (got, want)) in printed.lines().zip(expected.lines()).enumerate() {
        assert_eq!(got, want, "line {} of EXPECTED.txt", line + 1);
    }
    assert_eq!(printed.lines().count(), expected.lines().count());
}

#[test]
fn every_corpus_file_that_loads_survives_save_and_load() {
    for file in corpus() {
        let bytes = std::fs::read(&file).expect("read");
        let Ok(first) = tenstep::io::load_bytes(&bytes) else { continue };
        if first.read_only.is_some() {
            continue;
        }
        let text = tenstep::io::to_canonical_string(&first.plan).expect("serialises");
        let second = tenstep::io::load_bytes(text.as_bytes()).expect("what we write loads");
        assert_eq!(second.plan, first.plan, "{}", file.display());
        assert_eq!(second.warnings.len(), first.warnings.len(), "{}: the same problems", file.display());
    }
}

#[test]
fn the_corpus_covers_every_kind_of_breakage_the_issue_names() {
    let names: Vec<String> =
        corpus().iter().map(|p| p.file_name().expect("name").to_string_lossy().into_owned()).collect();
    for needed in [
        "truncated-mid-string.ron",
        "truncated-mid-list.ron",
        "nul-bytes.ron",
        "invalid-utf8.ron",
        "newer-version.ron",
        "dangling-workstream.ron",
        "dangling-owner.ron",
        "dangling-dependency.ron",
        "dangling-goal-parent.ron",
        "dangling-kpi-goal.ron",
        "dangling-signature.ron",
        "dangling-channel.ron",
    ] {
        assert!(names.iter().any(|n| n == needed), "{needed}");
    }
}
