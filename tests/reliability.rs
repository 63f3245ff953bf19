//! File safety below the app: stamps that notice outside changes, awkward locations, and the
//! recovery store.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code: a panic is a failed test")]

use std::fs;
use std::path::Path;
use tenstep::io::*;
use tenstep::model::Plan;

fn plan(title: &str) -> Plan {
    let mut plan = Plan::blank(chrono::NaiveDate::from_ymd_opt(2026, 11, 22).expect("valid"), 5);
    plan.meta.title = title.into();
    plan
}

#[test]
fn a_stamp_notices_changes_but_not_a_touch() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("plan.ron");
    save_file(&file, &plan("One")).expect("save");
    let stamp = DiskStamp::read(&file).expect("stamp");
    assert_eq!(disk_state(&file, &stamp), DiskState::Unchanged);

    // Rewritten with the same bytes (a sync client touching it): still unchanged.
    std::thread::sleep(std::time::Duration::from_millis(20));
    let bytes = fs::read(&file).expect("read");
    fs::write(&file, &bytes).expect("rewrite");
    assert_eq!(disk_state(&file, &stamp), DiskState::Unchanged);

    // The same size, different content: changed.
    let mut changed = bytes.clone();
    let at = changed.iter().position(|b| *b == b'O').expect("the title's O");
    changed[at] = b'Q';
    fs::write(&file, &changed).expect("write");
    assert!(matches!(disk_state(&file, &stamp), DiskState::Changed(now) if now.len == stamp.len));

    fs::remove_file(&file).expect("remove");
    assert_eq!(disk_state(&file, &stamp), DiskState::Gone);
}

#[test]
fn mail_attachment_folders_are_recognised_by_their_path() {
    for path in [
        r"C:\Users\ana\AppData\Local\Microsoft\Windows\INetCache\Content.Outlook\X1Y2\plan.ron",
        r"C:\Users\ana\AppData\Local\Temp\plan.ron",
        "/Users/ana/Library/Containers/com.apple.mail/Data/Library/Mail Downloads/1A2B/plan.ron",
        "/private/var/folders/xy/abc/T/plan.ron",
        "/tmp/mozilla_ana0/plan.ron",
    ] {
        assert!(is_mail_temporary(Path::new(path)), "{path}");
    }
    for path in ["/home/ana/Documents/plan.ron", r"C:\Users\ana\Documents\plan.ron", "/tmp/plans/plan.ron"] {
        assert!(!is_mail_temporary(Path::new(path)), "{path}");
    }
}

#[test]
fn a_read_only_file_is_awkward_and_a_normal_one_is_not() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("plan.ron");
    save_file(&file, &plan("One")).expect("save");
    assert_eq!(assess_location(&file), None);
    let mut permissions = fs::metadata(&file).expect("meta").permissions();
    permissions.set_readonly(true);
    fs::set_permissions(&file, permissions).expect("chmod");
    assert_eq!(assess_location(&file), Some(Awkward::ReadOnlyFile));
    assert!(Awkward::ReadOnlyFile.reason().contains("read-only"));
    assert!(fs::read_dir(dir.path()).expect("list").count() == 1, "the probe left nothing behind");
}

#[cfg(unix)]
#[test]
fn a_folder_that_cannot_be_written_is_awkward() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("temp dir");
    let folder = dir.path().join("shared");
    fs::create_dir(&folder).expect("mkdir");
    let file = folder.join("plan.ron");
    save_file(&file, &plan("One")).expect("save");
    fs::set_permissions(&folder, fs::Permissions::from_mode(0o555)).expect("chmod");
    let root_ignores_permissions = fs::write(folder.join("probe"), b"x").is_ok();
    if root_ignores_permissions {
        // Running as root (as in some CI containers): every folder is writable.
        let _ = fs::remove_file(folder.join("probe"));
        assert_eq!(assess_location(&file), None);
    } else {
        assert_eq!(assess_location(&file), Some(Awkward::ReadOnlyFolder));
    }
    fs::set_permissions(&folder, fs::Permissions::from_mode(0o755)).expect("chmod back");
}

fn meta(title: &str, written: &str) -> RecoveryMeta {
    RecoveryMeta { original: None, title: title.into(), written: written.into(), stamp: None }
}

#[test]
fn the_recovery_store_keeps_lists_loads_and_discards_copies() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = RecoveryStore::at(dir.path().join("recovery"));
    assert!(store.list().is_empty(), "a missing folder is an empty store");
    store.write("a", &plan("Older"), &meta("Older", "2026-11-20T10:00:00+00:00")).expect("write");
    store.write("b", &plan("Newer"), &meta("Newer", "2026-11-21T10:00:00+00:00")).expect("write");
    let listed: Vec<String> = store.list().into_iter().map(|r| r.meta.title).collect();
    assert_eq!(listed, ["Newer", "Older"], "newest first");
    assert_eq!(store.load("a").expect("loads").plan.meta.title, "Older");

    // Writing again replaces; no temporary or backup files are left.
    store
        .write("a", &plan("Older, edited"), &meta("Older, edited", "2026-11-22T10:00:00+00:00"))
        .expect("write");
    assert_eq!(store.load("a").expect("loads").plan.meta.title, "Older, edited");
    let names: Vec<String> = fs::read_dir(store.dir())
        .expect("list")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into())
        .collect();
    assert_eq!(names.len(), 4, "two plans and two descriptions: {names:?}");

    store.discard("a");
    assert_eq!(store.list().len(), 1);
    // A broken description is skipped, not fatal; a plan without a description is not listed.
    fs::write(store.dir().join("c.meta.ron"), "(((").expect("write");
    fs::write(store.dir().join("d.ron"), "(").expect("write");
    assert_eq!(store.list().len(), 1);
    assert!(store.load("missing").is_err());
}

#[test]
fn recovery_keys_are_unique() {
    let a = new_recovery_key();
    std::thread::sleep(std::time::Duration::from_millis(1));
    assert_ne!(a, new_recovery_key());
}
