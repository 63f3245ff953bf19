//! Saving never leaves the previous version at risk, killed saves leave no litter for long,
//! and nothing that is not a regular file is read (issue 18, items 5–7).

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code: a panic is a failed test")]

use std::fs;
use std::path::Path;
use tenstep::io::{NOT_A_FILE, backup_path, load_file, save_file};
use tenstep::model::Plan;

fn plan(title: &str) -> Plan {
    let mut plan = Plan::blank(tenstep::model::Date::from_ymd_opt(2026, 11, 22).expect("valid"), 7);
    plan.meta.title = title.to_owned();
    plan
}

fn temps(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .expect("listable")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    names.sort();
    names
}

#[test]
fn the_backup_holds_the_previous_version_whole_and_no_temporary_file_is_left() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("plan.ron");
    save_file(&path, &plan("First")).expect("saved");
    let first = fs::read(&path).expect("read");
    save_file(&path, &plan("Second")).expect("saved");
    assert_eq!(fs::read(backup_path(&path)).expect("a backup"), first);
    save_file(&path, &plan("Third")).expect("saved");
    assert_eq!(load_file(&backup_path(&path)).expect("loads").plan.meta.title, "Second");
    assert_eq!(load_file(&path).expect("loads").plan.meta.title, "Third");
    assert!(temps(dir.path()).is_empty(), "{:?}", temps(dir.path()));
}

/// The backup is the previous file itself (a second name for it), never a copy being written:
/// a kill or a full disk during the save cannot leave it cut short.
#[cfg(unix)]
#[test]
fn the_backup_is_the_previous_file_itself_not_a_copy_in_progress() {
    use std::os::unix::fs::MetadataExt;
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("plan.ron");
    save_file(&path, &plan("First")).expect("saved");
    let inode = fs::metadata(&path).expect("exists").ino();
    save_file(&path, &plan("Second")).expect("saved");
    assert_eq!(fs::metadata(backup_path(&path)).expect("a backup").ino(), inode);
}

#[cfg(unix)]
#[test]
fn temporary_files_of_killed_saves_are_removed_at_the_next_save_and_live_ones_kept() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("plan.ron");
    save_file(&path, &plan("First")).expect("saved");
    // Pid 4194303 is above Linux's default limit and far above macOS's: no such process.
    let stale = [".plan.ron.4194303.0.tmp", ".plan.ron.bak.4194303.2.tmp"];
    // Pid 1 always runs: a save in progress there is left alone; other files too.
    let kept = [".plan.ron.1.0.tmp", ".other.ron.4194303.0.tmp", "notes.4194303.0.tmp"];
    for name in stale.iter().chain(&kept) {
        fs::write(dir.path().join(name), "partial").expect("written");
    }
    save_file(&path, &plan("Second")).expect("saved");
    let mut expected: Vec<String> = kept.iter().map(std::string::ToString::to_string).collect();
    expected.sort();
    assert_eq!(temps(dir.path()), expected);
}

#[test]
fn a_temporary_file_a_day_older_than_the_save_is_removed_even_if_its_process_id_runs() {
    // Where a process cannot be asked about (Windows) or its id was reused, age decides.
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("plan.ron");
    save_file(&path, &plan("First")).expect("saved");
    let saved = fs::metadata(&path).and_then(|m| m.modified()).expect("a time");
    let day = std::time::Duration::from_secs(24 * 3600);
    for (name, age) in [(".plan.ron.1.0.tmp", 2 * day), (".plan.ron.1.1.tmp", day / 2)] {
        let file = fs::File::create(dir.path().join(name)).expect("created");
        file.set_modified(saved - age).expect("dated");
    }
    save_file(&path, &plan("Second")).expect("saved");
    assert_eq!(temps(dir.path()), vec![".plan.ron.1.1.tmp".to_owned()], "only the day-old one goes");
}

#[cfg(unix)]
#[test]
fn a_pipe_or_the_terminal_is_refused_without_waiting_for_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let fifo = dir.path().join("plan.ron");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status().expect("mkfifo runs");
    assert!(made.success());
    let refused = load_file(&fifo).expect_err("refused");
    assert_eq!(refused.message, NOT_A_FILE);

    // Every command, and /dev/stdin left open by the caller.
    let bin = env!("CARGO_BIN_EXE_tenstep");
    let fifo = fifo.to_str().expect("utf-8");
    let out = dir.path().join("out.md");
    let out = out.to_str().expect("utf-8");
    for args in [
        vec!["check", fifo],
        vec!["fmt", fifo],
        vec!["diff", fifo, fifo],
        vec!["export", fifo, "--to", "markdown", "-o", out],
        vec!["import", fifo, "-o", out],
        vec!["check", "/dev/stdin"],
    ] {
        let mut child = std::process::Command::new(bin)
            .args(&args)
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("runs");
        // stdin stays open (and idle) until the command has answered.
        let stdin = child.stdin.take();
        let output = child.wait_with_output().expect("finishes");
        drop(stdin);
        let said =
            String::from_utf8_lossy(&output.stderr).into_owned() + &String::from_utf8_lossy(&output.stdout);
        assert!(!output.status.success(), "{args:?}: {said}");
        assert!(said.contains("not a regular file"), "{args:?}: {said}");
    }
}

#[test]
fn importing_a_tenstep_plan_says_it_is_one_already() {
    let sample = concat!(env!("CARGO_MANIFEST_DIR"), "/sample-plans/small-agency.ron");
    let bytes = fs::read(sample).expect("the sample");
    let refused = tenstep::import::import_plan(&bytes).expect_err("not imported");
    assert!(refused.message.starts_with("this is already a Tenstep plan"), "{}", refused.message);
}
