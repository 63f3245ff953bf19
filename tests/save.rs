//! Saving: atomic writes, backups, and clear failures that leave the old file alone.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code: a panic is a failed test")]

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use tenstep::io::{
    LoadError, backup_path, load_file, read_capped, save_file, to_canonical_string, write_atomic,
};
use tenstep::model::*;

fn day(y: i32, m: u32, d: u32) -> Date {
    Date::from_ymd_opt(y, m, d).expect("a real date")
}

fn plan(title: &str) -> Plan {
    let mut plan = Plan::blank(day(2026, 5, 20), 3);
    plan.meta.title = title.to_owned();
    plan.departments =
        vec![Arc::new(Department { id: Id::new("d-1"), name: "Sales".to_owned(), ..Department::default() })];
    plan.workstreams = vec![Arc::new(Workstream { id: Id::new("w-1"), ..Workstream::default() })];
    plan.tasks = vec![Arc::new(Task {
        id: Id::new("t-1"),
        workstream: Id::new("w-1"),
        name: "Do “it” — 日本".to_owned(),
        start: day(2026, 6, 1),
        end: day(2026, 6, 30),
        notes: "two\nlines".to_owned(),
        ..Task::default()
    })];
    plan
}

fn canonical(plan: &Plan) -> String {
    to_canonical_string(plan).expect("a plan serialises")
}

/// The names in `dir`, sorted.
fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .expect("a readable folder")
        .map(|e| e.expect("an entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

fn no_temp_files(dir: &Path) {
    for name in names(dir) {
        assert!(!name.ends_with(".tmp") && !name.starts_with('.'), "temporary file {name} left in {dir:?}");
    }
}

fn set_readonly(path: &Path, readonly: bool) {
    let mut perms = fs::metadata(path).expect("metadata").permissions();
    perms.set_readonly(readonly);
    fs::set_permissions(path, perms).expect("permissions set");
}

fn dir() -> tempfile::TempDir {
    tempfile::tempdir().expect("a temp folder")
}

#[test]
fn backup_path_adds_bak() {
    assert_eq!(backup_path(Path::new("/x/plan.ron")), PathBuf::from("/x/plan.ron.bak"));
    assert_eq!(backup_path(Path::new("plan.ron")), PathBuf::from("plan.ron.bak"));
    assert_eq!(backup_path(Path::new("/x/y/noext")), PathBuf::from("/x/y/noext.bak"));
    assert_eq!(
        backup_path(Path::new("a folder/my plan.v2.ron")),
        PathBuf::from("a folder/my plan.v2.ron.bak")
    );
}

#[test]
fn saving_creates_the_file() {
    let tmp = dir();
    let path = tmp.path().join("plan.ron");
    let p = plan("First");
    save_file(&path, &p).expect("saved");
    assert_eq!(fs::read_to_string(&path).expect("written"), canonical(&p));
    assert!(!backup_path(&path).exists(), "no backup when there was nothing before");
    assert_eq!(names(tmp.path()), vec!["plan.ron"]);
}

#[test]
fn saving_again_keeps_the_previous_content_as_backup() {
    let tmp = dir();
    let path = tmp.path().join("plan.ron");
    let (first, second, third) = (plan("First"), plan("Second"), plan("Third"));
    save_file(&path, &first).expect("saved");
    save_file(&path, &second).expect("saved again");
    assert_eq!(fs::read_to_string(&path).unwrap(), canonical(&second));
    assert_eq!(fs::read_to_string(backup_path(&path)).unwrap(), canonical(&first));
    assert_eq!(backup_path(&path), tmp.path().join("plan.ron.bak"));
    save_file(&path, &third).expect("saved a third time");
    assert_eq!(fs::read_to_string(&path).unwrap(), canonical(&third));
    assert_eq!(fs::read_to_string(backup_path(&path)).unwrap(), canonical(&second));
    assert_eq!(names(tmp.path()), vec!["plan.ron", "plan.ron.bak"]);
}

#[test]
fn backup_keeps_a_hand_edited_file_byte_for_byte() {
    let tmp = dir();
    let path = tmp.path().join("plan.ron");
    let hand = "// mine\r\n(format_version: 1, id: \"x\")\r\n";
    fs::write(&path, hand).unwrap();
    save_file(&path, &plan("New")).expect("saved");
    assert_eq!(fs::read_to_string(backup_path(&path)).unwrap(), hand);
}

#[test]
fn write_atomic_without_backup_makes_none() {
    let tmp = dir();
    let path = tmp.path().join("notes.txt");
    write_atomic(&path, b"one", false).expect("written");
    write_atomic(&path, b"two", false).expect("written again");
    assert_eq!(fs::read(&path).unwrap(), b"two");
    assert_eq!(names(tmp.path()), vec!["notes.txt"]);
}

#[test]
fn no_temporary_files_after_success_or_failure() {
    let tmp = dir();
    let path = tmp.path().join("plan.ron");
    for i in 0..5 {
        save_file(&path, &plan(&format!("Version {i}"))).expect("saved");
        no_temp_files(tmp.path());
    }
    set_readonly(&path, true);
    assert!(save_file(&path, &plan("Refused")).is_err());
    no_temp_files(tmp.path());
    set_readonly(&path, false);
    fs::create_dir(tmp.path().join("folder.ron")).unwrap();
    assert!(save_file(&tmp.path().join("folder.ron"), &plan("Refused")).is_err());
    no_temp_files(tmp.path());
    assert_eq!(names(tmp.path()), vec!["folder.ron", "plan.ron", "plan.ron.bak"]);
}

#[test]
fn saving_into_a_missing_folder_fails_and_writes_nothing() {
    let tmp = dir();
    let missing = tmp.path().join("no such folder");
    let path = missing.join("plan.ron");
    let e = save_file(&path, &plan("Lost")).expect_err("no folder to save in");
    assert_eq!(e.path, path);
    assert!(e.reason.contains("does not exist"), "{e}");
    assert!(e.reason.contains(&missing.display().to_string()), "names the folder: {e}");
    assert!(e.to_string().starts_with("Could not save "), "{e}");
    assert!(!missing.exists());
    assert_eq!(names(tmp.path()), Vec::<String>::new());
}

#[test]
fn saving_over_a_read_only_file_fails_and_keeps_it() {
    let tmp = dir();
    let path = tmp.path().join("plan.ron");
    let old = plan("Old");
    save_file(&path, &old).expect("saved");
    let before = fs::read(&path).unwrap();
    set_readonly(&path, true);
    let e = save_file(&path, &plan("New")).expect_err("the file is read-only");
    assert!(e.reason.contains("read-only"), "{e}");
    assert_eq!(e.path, path);
    assert_eq!(fs::read(&path).unwrap(), before, "the file is unchanged");
    assert!(fs::metadata(&path).unwrap().permissions().readonly(), "still read-only");
    assert!(!backup_path(&path).exists(), "no backup made for a save that did not happen");
    assert_eq!(names(tmp.path()), vec!["plan.ron"]);
    set_readonly(&path, false);
}

#[test]
fn saving_where_a_folder_is_fails_cleanly() {
    let tmp = dir();
    let path = tmp.path().join("plan.ron");
    fs::create_dir(&path).unwrap();
    fs::write(path.join("inside.txt"), "keep me").unwrap();
    let e = save_file(&path, &plan("Nope")).expect_err("a folder is in the way");
    assert!(e.reason.contains("folder"), "{e}");
    assert!(path.is_dir());
    assert_eq!(fs::read_to_string(path.join("inside.txt")).unwrap(), "keep me");
    assert_eq!(names(tmp.path()), vec!["plan.ron"]);
    assert_eq!(names(&path), vec!["inside.txt"]);
}

#[test]
fn load_file_on_a_missing_file() {
    let tmp = dir();
    let e = load_file(&tmp.path().join("gone.ron")).expect_err("nothing there");
    assert_eq!(e, LoadError { location: None, message: "the file does not exist".to_owned() });
    let e = read_capped(&tmp.path().join("missing folder").join("gone.ron")).expect_err("nothing there");
    assert_eq!(e.message, "the file does not exist");
}

#[test]
fn load_file_on_a_folder() {
    let tmp = dir();
    let e = load_file(tmp.path()).expect_err("a folder");
    assert_eq!(e, LoadError { location: None, message: "this is a folder, not a plan file".to_owned() });
}

#[test]
fn load_file_on_an_empty_file() {
    let tmp = dir();
    let path = tmp.path().join("empty.ron");
    fs::write(&path, "").unwrap();
    assert_eq!(load_file(&path).expect_err("empty").message, "the file is empty");
}

#[test]
fn save_then_load_gives_an_equal_plan() {
    let tmp = dir();
    let path = tmp.path().join("round trip “plan” 日本.ron");
    let p = plan("Round trip");
    save_file(&path, &p).expect("saved");
    let loaded = load_file(&path).expect("loaded");
    assert_eq!(loaded.plan, p);
    assert_eq!(loaded.warnings, vec![]);
    assert_eq!(loaded.read_only, None);
    // And the backup is a loadable plan too.
    save_file(&path, &plan("Second")).expect("saved again");
    assert_eq!(load_file(&backup_path(&path)).expect("backup loads").plan, p);
    assert_eq!(load_file(&path).expect("loads").plan.meta.title, "Second");
}

#[cfg(unix)]
#[test]
fn saving_keeps_the_file_permissions() {
    use std::os::unix::fs::PermissionsExt;
    let tmp = dir();
    let path = tmp.path().join("plan.ron");
    save_file(&path, &plan("One")).expect("saved");
    fs::set_permissions(&path, fs::Permissions::from_mode(0o640)).unwrap();
    save_file(&path, &plan("Two")).expect("saved again");
    assert_eq!(fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o640);
}

#[test]
fn saving_below_a_file_fails_and_changes_nothing() {
    let tmp = dir();
    let file = tmp.path().join("plan.ron");
    save_file(&file, &plan("A")).expect("saved");
    let before = fs::read(&file).unwrap();
    let e = save_file(&file.join("inner.ron"), &plan("B")).expect_err("a file is not a folder");
    assert!(!e.reason.is_empty());
    assert_eq!(fs::read(&file).unwrap(), before);
    assert_eq!(names(tmp.path()), vec!["plan.ron"]);
}

#[cfg(unix)]
#[test]
fn saving_through_a_symlink_updates_the_file_it_points_to() {
    let dir = tempfile::tempdir().expect("temp dir");
    let real = dir.path().join("real.ron");
    let link = dir.path().join("link.ron");
    std::fs::write(&real, "old").expect("write");
    std::os::unix::fs::symlink(&real, &link).expect("symlink");
    tenstep::io::write_atomic(&link, b"new", true).expect("saves");
    assert!(
        std::fs::symlink_metadata(&link).expect("link").file_type().is_symlink(),
        "the link stays a link"
    );
    assert_eq!(std::fs::read(&real).expect("read"), b"new");
    assert_eq!(std::fs::read(dir.path().join("real.ron.bak")).expect("backup"), b"old");
}
