//! Nothing lost: recovery copies, files changed elsewhere, awkward locations and every way of
//! quitting, through the real app.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code: a panic is a failed test")]

use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use tenstep::app::{MAX_SECONDS, QUIET_SECONDS, RecoveryPlace, TenstepApp};
use tenstep::clock::ManualClock;
mod common;
use tenstep::io::RecoveryStore;

thread_local! {
    /// The clock of the app this test thread started last.
    static CLOCK: std::cell::RefCell<Option<Arc<ManualClock>>> = const { std::cell::RefCell::new(None) };
}

fn app(file: Option<PathBuf>, recovery: &Path) -> Harness<'static, TenstepApp> {
    let clock = ManualClock::at_noon(common::today());
    CLOCK.with(|c| *c.borrow_mut() = Some(clock.clone()));
    common::Start {
        file,
        size: egui::vec2(1280.0, 720.0),
        recovery: RecoveryPlace::At(recovery.to_owned()),
        max_steps: 12,
        clock,
        ..common::Start::default()
    }
    .app()
}

/// Moves the app's clock on by `seconds` and lets it draw a frame.
fn pass(harness: &mut Harness<'_, TenstepApp>, seconds: f64) {
    CLOCK.with(|c| c.borrow().as_ref().expect("an app was started").advance_seconds(seconds));
    harness.step();
}

/// A saved copy of a sample plan in `dir`.
fn plan_file(dir: &Path) -> PathBuf {
    let file = dir.join("plan.ron");
    let template =
        tenstep::io::load_bytes(tenstep::templates::TEMPLATES[1].source.as_bytes()).expect("template");
    tenstep::io::save_file(&file, &template.plan).expect("save");
    file
}

fn type_into_title(harness: &mut Harness<'_, TenstepApp>, text: &str) {
    harness.get_by_role_and_label(Role::TextInput, "Title").focus();
    harness.run();
    harness.get_by_role_and_label(Role::TextInput, "Title").type_text(text);
    harness.run();
}

/// Lets enough (simulated) time pass for a recovery copy to be due.
fn wait_for_copy(harness: &mut Harness<'_, TenstepApp>) {
    pass(harness, QUIET_SECONDS + 0.5);
    harness.step();
}

fn copies(dir: &Path) -> usize {
    RecoveryStore::at(dir).list().len()
}

fn title(harness: &Harness<'_, TenstepApp>) -> String {
    harness.state().doc.as_ref().expect("a plan").plan.meta.title.clone()
}

#[test]
fn a_copy_is_kept_a_moment_after_an_edit_and_removed_on_save() {
    let dir = tempfile::tempdir().expect("temp dir");
    let recovery = dir.path().join("recovery");
    let file = plan_file(dir.path());
    let mut harness = app(Some(file.clone()), &recovery);
    type_into_title(&mut harness, " edited");
    assert_eq!(copies(&recovery), 0, "not while typing");
    wait_for_copy(&mut harness);
    let listed = RecoveryStore::at(&recovery).list();
    assert_eq!(listed.len(), 1, "a copy within a few seconds");
    assert_eq!(listed[0].meta.original.as_deref(), Some(file.as_path()));
    assert!(listed[0].meta.title.ends_with(" edited"));
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    assert_eq!(copies(&recovery), 0, "saving removes the copy");
    // Nothing was ever written beside the user's file but the plan and its backup.
    let beside: Vec<String> = std::fs::read_dir(dir.path())
        .expect("list")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|n| n != "recovery")
        .collect();
    assert_eq!(beside.len(), 2, "{beside:?}");
}

#[test]
fn someone_who_keeps_typing_still_gets_a_copy_every_ten_seconds() {
    let dir = tempfile::tempdir().expect("temp dir");
    let recovery = dir.path().join("recovery");
    let mut harness = app(Some(plan_file(dir.path())), &recovery);
    harness.get_by_role_and_label(Role::TextInput, "Title").focus();
    harness.run();
    // One character every 0.8 s, never pausing long enough for the quiet-time copy.
    let mut typed = 0.0;
    let mut first_copy = None;
    while typed < 30.0 {
        harness.get_by_role_and_label(Role::TextInput, "Title").type_text("x");
        harness.step();
        pass(&mut harness, 0.8);
        typed += 0.8;
        if first_copy.is_none() && copies(&recovery) == 1 {
            first_copy = Some(typed);
        }
    }
    let first = first_copy.expect("a copy was written while typing");
    assert!(first <= MAX_SECONDS + 0.8, "the first copy came after {first} s of typing");
    // The copy on disk is at most MAX_SECONDS behind: it holds nearly everything typed.
    let store = RecoveryStore::at(&recovery);
    let entry = store.list().into_iter().next().expect("one copy");
    let kept = store.load(&entry.key).expect("the copy loads").plan.meta.title.matches('x').count();
    let typed_chars = title(&harness).matches('x').count();
    assert!(typed_chars - kept <= (MAX_SECONDS / 0.8).ceil() as usize, "{kept} of {typed_chars} kept");
}

#[test]
fn undoing_back_to_the_saved_plan_removes_the_copy() {
    let dir = tempfile::tempdir().expect("temp dir");
    let recovery = dir.path().join("recovery");
    let mut harness = app(Some(plan_file(dir.path())), &recovery);
    type_into_title(&mut harness, "!");
    wait_for_copy(&mut harness);
    assert_eq!(copies(&recovery), 1);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert!(!harness.state().doc.as_ref().expect("doc").is_dirty());
    harness.step();
    assert_eq!(copies(&recovery), 0);
}

/// Run in a child process by the test below: edit, wait for the copy, say READY, then hang
/// until killed.
fn child_edits_then_waits(recovery: &Path, file: PathBuf) -> ! {
    let mut harness = app(Some(file), recovery);
    type_into_title(&mut harness, " (edited before the crash)");
    wait_for_copy(&mut harness);
    assert_eq!(copies(recovery), 1);
    println!("READY");
    use std::io::Write;
    let _ = std::io::stdout().flush();
    loop {
        std::thread::sleep(std::time::Duration::from_secs(1));
    }
}

#[test]
fn a_killed_process_leaves_a_copy_that_the_next_start_restores() {
    const TEST: &str = "a_killed_process_leaves_a_copy_that_the_next_start_restores";
    if let (Ok(recovery), Ok(file)) =
        (std::env::var("TENSTEP_CHILD_RECOVERY"), std::env::var("TENSTEP_CHILD_FILE"))
    {
        child_edits_then_waits(Path::new(&recovery), PathBuf::from(file));
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let recovery = dir.path().join("recovery");
    let file = plan_file(dir.path());
    let on_disk = std::fs::read(&file).expect("read");
    let mut child = std::process::Command::new(std::env::current_exe().expect("this test binary"))
        .args(["--exact", TEST, "--nocapture", "--test-threads=1"])
        .env("TENSTEP_CHILD_RECOVERY", &recovery)
        .env("TENSTEP_CHILD_FILE", &file)
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("the child starts");
    let stdout = child.stdout.take().expect("piped");
    let ready = std::io::BufRead::lines(std::io::BufReader::new(stdout))
        .map_while(Result::ok)
        .any(|line| line.contains("READY"));
    assert!(ready, "the child made its edit");
    child.kill().expect("kill -9");
    child.wait().expect("reaped");
    assert_eq!(std::fs::read(&file).expect("read"), on_disk, "the user's file was never touched");

    // The next start offers the copy; restoring brings the edit back, unsaved.
    let mut harness = app(None, &recovery);
    harness.get_by_label("Recover unsaved changes?");
    harness.get_by_label_contains("Changes kept at");
    harness.get_by_label_contains("File last saved");
    harness.get_by_role_and_label(Role::Button, "Restore").click();
    harness.run();
    let doc = harness.state().doc.as_ref().expect("restored");
    assert!(doc.plan.meta.title.ends_with(" (edited before the crash)"), "{}", doc.plan.meta.title);
    assert!(doc.is_dirty(), "restored changes are not saved yet");
    assert_eq!(doc.path.as_deref(), Some(file.as_path()));
    assert_eq!(copies(&recovery), 1, "the copy stays until the plan is saved");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    assert_eq!(copies(&recovery), 0);
    let saved = tenstep::io::load_file(&file).expect("loads");
    assert!(saved.plan.meta.title.ends_with(" (edited before the crash)"));
}

/// Run in a child process by the test below: the session-end handler installed as the binary
/// does, an edit too recent for the quiet-time copy, READY, then wait to be told to stop.
fn child_edits_then_is_terminated(recovery: &Path, file: PathBuf) -> ! {
    let mut harness = app(Some(file), recovery);
    harness.state().last_words().write_on_termination().expect("the handler installs");
    harness.state().last_words().write_at_exit();
    type_into_title(&mut harness, " (edited just before logging off)");
    assert_eq!(copies(recovery), 0, "too recent for the usual copy");
    if std::env::var_os("TENSTEP_CHILD_EXIT").is_some() {
        // As the X11 library does when the display server goes away.
        std::process::exit(1);
    }
    println!("READY");
    use std::io::Write;
    let _ = std::io::stdout().flush();
    loop {
        std::thread::sleep(std::time::Duration::from_secs(1));
    }
}

#[cfg(unix)]
#[test]
fn being_told_to_stop_or_losing_the_display_right_after_an_edit_leaves_a_copy() {
    const TEST: &str = "being_told_to_stop_or_losing_the_display_right_after_an_edit_leaves_a_copy";
    if let (Ok(recovery), Ok(file)) =
        (std::env::var("TENSTEP_CHILD_RECOVERY"), std::env::var("TENSTEP_CHILD_FILE"))
    {
        child_edits_then_is_terminated(Path::new(&recovery), PathBuf::from(file));
    }
    for signal in ["TERM", "HUP", "INT", "exit"] {
        let dir = tempfile::tempdir().expect("temp dir");
        let recovery = dir.path().join("recovery");
        let file = plan_file(dir.path());
        let mut child = std::process::Command::new(std::env::current_exe().expect("this test binary"))
            .args(["--exact", TEST, "--nocapture", "--test-threads=1"])
            .env("TENSTEP_CHILD_RECOVERY", &recovery)
            .env("TENSTEP_CHILD_FILE", &file)
            .env(if signal == "exit" { "TENSTEP_CHILD_EXIT" } else { "TENSTEP_CHILD_SIGNAL" }, "1")
            .stdout(std::process::Stdio::piped())
            .spawn()
            .expect("the child starts");
        if signal == "exit" {
            assert_eq!(child.wait().expect("reaped").code(), Some(1));
            let store = RecoveryStore::at(&recovery);
            let entry = store.list().into_iter().next().expect("a copy written on the way out");
            let kept = store.load(&entry.key).expect("the copy loads").plan.meta.title;
            assert!(kept.ends_with(" (edited just before logging off)"), "exit: {kept}");
            continue;
        }
        let stdout = child.stdout.take().expect("piped");
        let ready = std::io::BufRead::lines(std::io::BufReader::new(stdout))
            .map_while(Result::ok)
            .any(|line| line.contains("READY"));
        assert!(ready, "the child made its edit");
        let sent = std::process::Command::new("kill")
            .args([format!("-{signal}"), child.id().to_string()])
            .status()
            .expect("kill runs");
        assert!(sent.success());
        let status = child.wait().expect("reaped");
        assert_eq!(status.code(), Some(143), "SIG{signal}: it stopped by itself, after writing");
        let store = RecoveryStore::at(&recovery);
        let entry = store.list().into_iter().next().unwrap_or_else(|| panic!("SIG{signal}: no copy"));
        let kept = store.load(&entry.key).expect("the copy loads").plan.meta.title;
        assert!(kept.ends_with(" (edited just before logging off)"), "SIG{signal}: {kept}");
    }
}

#[test]
fn declining_a_recovered_plan_discards_its_copy() {
    let dir = tempfile::tempdir().expect("temp dir");
    let recovery = dir.path().join("recovery");
    {
        let mut harness = app(Some(plan_file(dir.path())), &recovery);
        type_into_title(&mut harness, "?");
        wait_for_copy(&mut harness);
        // Dropped without quitting: like a crash, the copy stays.
    }
    assert_eq!(copies(&recovery), 1);
    let mut harness = app(None, &recovery);
    harness.get_by_role_and_label(Role::Button, "Discard").click();
    harness.run();
    assert_eq!(copies(&recovery), 0);
    assert!(harness.query_by_label("Recover unsaved changes?").is_none());
}

#[test]
fn saving_over_a_file_changed_elsewhere_asks_first() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = plan_file(dir.path());
    let mut harness = app(Some(file.clone()), &dir.path().join("recovery"));
    type_into_title(&mut harness, " (mine)");
    // A colleague's version lands in the same place.
    let mut theirs = tenstep::io::load_file(&file).expect("loads").plan;
    theirs.meta.title = "Their version".into();
    tenstep::io::save_file(&file, &theirs).expect("save");

    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    harness.get_by_label("The file was changed elsewhere");
    assert_eq!(tenstep::io::load_file(&file).expect("loads").plan.meta.title, "Their version", "not yet");
    harness.get_by_role_and_label(Role::Button, "Cancel").click();
    harness.run();
    assert!(harness.state().doc.as_ref().expect("doc").is_dirty());

    // Reload takes theirs.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    harness.get_by_role_and_label(Role::Button, "Reload").click();
    harness.run();
    assert_eq!(title(&harness), "Their version");
    assert!(!harness.state().doc.as_ref().expect("doc").is_dirty());

    // Overwrite replaces theirs with mine, after asking.
    type_into_title(&mut harness, " plus mine");
    let mut again = theirs.clone();
    again.meta.title = "Theirs again".into();
    tenstep::io::save_file(&file, &again).expect("save");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    harness.get_by_role_and_label(Role::Button, "Overwrite").click();
    harness.run();
    assert_eq!(tenstep::io::load_file(&file).expect("loads").plan.meta.title, "Their version plus mine");
    assert!(!harness.state().doc.as_ref().expect("doc").is_dirty());

    // Saving again with nobody else involved does not ask.
    type_into_title(&mut harness, ".");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    assert!(harness.query_by_label("The file was changed elsewhere").is_none());
    assert!(!harness.state().doc.as_ref().expect("doc").is_dirty());
}

fn set_focus(harness: &mut Harness<'_, TenstepApp>, focused: bool) {
    harness.input_mut().viewports.entry(egui::ViewportId::ROOT).or_default().focused = Some(focused);
    harness.run();
}

#[test]
fn returning_to_the_window_offers_to_reload_a_file_changed_elsewhere() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = plan_file(dir.path());
    let mut harness = app(Some(file.clone()), &dir.path().join("recovery"));
    set_focus(&mut harness, true);
    set_focus(&mut harness, false);
    let mut theirs = tenstep::io::load_file(&file).expect("loads").plan;
    theirs.meta.title = "Changed in another window".into();
    tenstep::io::save_file(&file, &theirs).expect("save");
    set_focus(&mut harness, true);
    harness.get_by_label_contains("changed on disk");
    harness.get_by_role_and_label(Role::Button, "Reload").click();
    harness.run();
    assert_eq!(title(&harness), "Changed in another window");

    // With unsaved changes here, it only says so, once; Save will ask.
    type_into_title(&mut harness, "!");
    set_focus(&mut harness, false);
    theirs.meta.title = "Changed yet again".into();
    tenstep::io::save_file(&file, &theirs).expect("save");
    set_focus(&mut harness, true);
    assert!(harness.query_by_label("The file was changed elsewhere").is_none());
    harness.get_by_label_contains("Save will ask");
}

#[test]
fn a_read_only_file_opens_but_save_goes_to_save_as_and_says_why() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = plan_file(dir.path());
    let mut permissions = std::fs::metadata(&file).expect("meta").permissions();
    permissions.set_readonly(true);
    std::fs::set_permissions(&file, permissions).expect("chmod");
    let mut harness = app(Some(file.clone()), &dir.path().join("recovery"));
    assert!(harness.state().doc.as_ref().expect("opened").read_only.is_none(), "it opens for editing");
    type_into_title(&mut harness, "!");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    harness.get_by_label("Save the plan as");
    assert!(harness.get_all_by_label_contains("The file is read-only").count() >= 1, "it says why");
    let field = harness.get_by_role_and_label(Role::TextInput, "File path");
    let suggested = field.value().expect("a suggestion");
    assert!(
        !suggested.starts_with(&dir.path().display().to_string()),
        "not back into the same place: {suggested}"
    );
}

#[test]
fn quitting_with_unsaved_changes_asks_and_discarding_leaves_no_copy() {
    let dir = tempfile::tempdir().expect("temp dir");
    let recovery = dir.path().join("recovery");
    let mut harness = app(Some(plan_file(dir.path())), &recovery);
    type_into_title(&mut harness, "!");
    wait_for_copy(&mut harness);
    assert_eq!(copies(&recovery), 1);

    // The window's close button.
    harness.event(egui::Event::WindowFocused(true));
    harness
        .input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
    harness.run();
    harness.get_by_label("Unsaved changes");
    harness.get_by_role_and_label(Role::Button, "Cancel").click();
    harness.run();
    assert_eq!(copies(&recovery), 1, "cancelled: the copy stays");

    // Ctrl+Q asks the same; Discard leaves nothing behind, even on exit.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Q);
    harness.run();
    harness.get_by_role_and_label(Role::Button, "Discard").click();
    harness.run();
    harness.state_mut().exit_now();
    assert_eq!(copies(&recovery), 0);
}

#[test]
fn exiting_any_other_way_with_unsaved_changes_leaves_a_copy() {
    let dir = tempfile::tempdir().expect("temp dir");
    let recovery = dir.path().join("recovery");
    let mut harness = app(Some(plan_file(dir.path())), &recovery);
    type_into_title(&mut harness, " at logout");
    assert_eq!(copies(&recovery), 0, "not due yet");
    // The session ends: eframe calls on_exit with no time for another frame.
    harness.state_mut().exit_now();
    let listed = RecoveryStore::at(&recovery).list();
    assert_eq!(listed.len(), 1);
    assert!(listed[0].meta.title.ends_with(" at logout"));
}

#[test]
fn saving_then_quitting_leaves_no_copy() {
    let dir = tempfile::tempdir().expect("temp dir");
    let recovery = dir.path().join("recovery");
    let mut harness = app(Some(plan_file(dir.path())), &recovery);
    type_into_title(&mut harness, "!");
    wait_for_copy(&mut harness);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Q);
    harness.run();
    harness.get_by_role_and_label(Role::Button, "Save").click();
    harness.run();
    harness.state_mut().exit_now();
    assert_eq!(copies(&recovery), 0);
}

#[test]
fn a_plan_opened_from_a_mail_attachment_folder_is_saved_elsewhere() {
    let dir = tempfile::tempdir().expect("temp dir");
    let attachments = dir.path().join("mozilla_ana0");
    std::fs::create_dir(&attachments).expect("mkdir");
    let file = plan_file(&attachments);
    let mut harness = app(Some(file.clone()), &dir.path().join("recovery"));
    harness.get_by_label_contains("temporary folder");
    type_into_title(&mut harness, "!");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    harness.get_by_label("Save the plan as");
    let suggested =
        harness.get_by_role_and_label(Role::TextInput, "File path").value().expect("a suggestion");
    assert!(!suggested.contains("mozilla_ana0"), "{suggested}");
    assert!(suggested.ends_with("plan.ron"), "keeps the name: {suggested}");
}

#[test]
fn compare_from_the_changed_elsewhere_dialog_shows_their_changes() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = plan_file(dir.path());
    let mut harness = app(Some(file.clone()), &dir.path().join("recovery"));
    type_into_title(&mut harness, " (mine)");
    let mut theirs = tenstep::io::load_file(&file).expect("loads").plan;
    theirs.meta.organisation = "Their organisation".into();
    tenstep::io::save_file(&file, &theirs).expect("save");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    harness.get_by_role_and_label(Role::Button, "Compare").click();
    harness.run();
    harness.get_by_label("Compare with plan.ron");
    assert!(
        harness.get_all_by_label_contains("mine: ").count() >= 2,
        "my title and organisation against theirs"
    );
    assert!(harness.state().doc.as_ref().expect("doc").is_dirty(), "nothing was saved or lost");
}

#[test]
fn a_plan_opened_by_a_relative_path_is_known_by_its_full_path() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = plan_file(dir.path());
    let cwd = std::env::current_dir().expect("a working folder");
    let relative = pathdiff(&file, &cwd);
    assert!(relative.is_relative());
    let harness = app(Some(relative), &dir.path().join("recovery"));
    let doc = harness.state().doc.as_ref().expect("opened");
    assert_eq!(doc.path.as_deref(), Some(file.as_path()), "the full path");
}

/// `to` written relative to `from` (`../../tmp/x/plan.ron`).
fn pathdiff(to: &Path, from: &Path) -> PathBuf {
    let depth = from.components().count() - 1;
    let mut out = PathBuf::new();
    for _ in 0..depth {
        out.push("..");
    }
    out.join(to.strip_prefix("/").expect("absolute"))
}

#[test]
fn a_recovered_copy_that_names_its_file_relatively_asks_where_to_save() {
    let dir = tempfile::tempdir().expect("temp dir");
    let recovery = dir.path().join("recovery");
    let template =
        tenstep::io::load_bytes(tenstep::templates::TEMPLATES[1].source.as_bytes()).expect("template");
    let meta = tenstep::io::RecoveryMeta {
        original: Some(PathBuf::from("plan.ron")),
        title: "Relative".to_owned(),
        written: "2026-11-22T12:00:00+00:00".to_owned(),
        stamp: None,
    };
    RecoveryStore::at(&recovery).write("plan-1-1", &template.plan, &meta).expect("written");
    let mut harness = app(None, &recovery);
    harness.get_by_role_and_label(Role::Button, "Restore").click();
    harness.run();
    let doc = harness.state().doc.as_ref().expect("restored");
    assert_eq!(doc.path, None, "never a plan.ron in whatever folder the app runs in");
    harness.get_by_label_contains("Save asks where to keep them");
}

#[test]
fn a_plan_whose_file_is_deleted_while_open_says_so_keeps_a_copy_and_saves_it_again() {
    let dir = tempfile::tempdir().expect("temp dir");
    let recovery = dir.path().join("recovery");
    let file = plan_file(dir.path());
    let mut harness = app(Some(file.clone()), &recovery);
    set_focus(&mut harness, false);
    std::fs::remove_file(&file).expect("deleted elsewhere");
    set_focus(&mut harness, true);
    harness.get_by_label_contains("was deleted or moved from");
    assert!(harness.state().doc.as_ref().expect("open").is_dirty(), "closing now would ask");
    wait_for_copy(&mut harness);
    assert_eq!(copies(&recovery), 1, "the plan is kept as a recovery copy meanwhile");

    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    harness.get_by_label_contains("the file had been deleted or moved away");
    assert!(tenstep::io::load_file(&file).is_ok(), "written there again");
    assert_eq!(copies(&recovery), 0);
}
