//! Nothing lost, nothing injected through exports (issue 18): `tenstep export` never writes
//! over the plan or any plan, nor over an existing file without --force, and neither does the
//! app's File > Export; Markdown passes no HTML and keeps each name in its list item; bidi
//! controls cannot run past a name; calendar summaries stay on one line; a CSV export imports
//! back exactly; `tenstep check` warns about unpaired bidi controls.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code: a panic is a failed test")]

mod common;

use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::Arc;
use tenstep::export::{Format, export};
use tenstep::model::*;

const STAMP: &str = "20261122T090000Z";
const RLO: char = '\u{202E}';
const PDF: char = '\u{202C}';

fn tenstep(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tenstep")).args(args).output().expect("the binary runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn sample_path(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-plans").join(format!("{name}.ron"))
}

fn sample(name: &str) -> Plan {
    let bytes = std::fs::read(sample_path(name)).expect("sample exists");
    tenstep::io::load_bytes(&bytes).expect("loads").plan
}

/// A copy of a sample plan in `dir`.
fn copy_sample(dir: &Path, name: &str, as_name: &str) -> PathBuf {
    let path = dir.join(as_name);
    std::fs::copy(sample_path(name), &path).expect("copy");
    path
}

fn export_cli(plan: &Path, format: &str, out: &Path, force: bool) -> Output {
    let mut args = vec!["export", plan.to_str().expect("UTF-8"), "--to", format, "-o"];
    args.push(out.to_str().expect("UTF-8"));
    if force {
        args.push("--force");
    }
    tenstep(&args)
}

#[test]
fn export_never_writes_over_its_own_plan_even_with_force() {
    let dir = tempfile::tempdir().expect("temp dir");
    let plan = copy_sample(dir.path(), "small-agency", "plan.ron");
    let before = std::fs::read(&plan).expect("read");
    let spellings = [plan.clone(), dir.path().join(".").join("plan.ron"), dir.path().join("x/../plan.ron")];
    std::fs::create_dir(dir.path().join("x")).expect("mkdir");
    #[cfg(unix)]
    let spellings = {
        let link = dir.path().join("link.md");
        std::os::unix::fs::symlink(&plan, &link).expect("symlink");
        let mut s = spellings.to_vec();
        s.push(link);
        s
    };
    for out in &spellings {
        for force in [false, true] {
            let result = export_cli(&plan, "markdown", out, force);
            assert_eq!(result.status.code(), Some(1), "{} refused (force {force})", out.display());
            let err = text(&result.stderr);
            assert!(err.contains("this is the plan being exported"), "{err}");
            assert_eq!(std::fs::read(&plan).expect("read"), before, "the plan is intact");
        }
    }
    assert!(!tenstep::io::backup_path(&plan).exists(), "nothing was written, not even a backup");
}

#[test]
fn export_never_writes_over_another_plan_whatever_its_name() {
    let dir = tempfile::tempdir().expect("temp dir");
    let plan = copy_sample(dir.path(), "small-agency", "plan.ron");
    let other = copy_sample(dir.path(), "northwind-retail", "other.ron");
    let disguised = copy_sample(dir.path(), "city-council", "notes.md");
    for target in [&other, &disguised] {
        let before = std::fs::read(target).expect("read");
        let result = export_cli(&plan, "markdown", target, true);
        assert_eq!(result.status.code(), Some(1));
        assert!(text(&result.stderr).contains("this is a Tenstep plan"), "{}", text(&result.stderr));
        assert_eq!(std::fs::read(target).expect("read"), before);
    }
}

#[test]
fn export_keeps_an_existing_file_unless_force() {
    let dir = tempfile::tempdir().expect("temp dir");
    let plan = copy_sample(dir.path(), "small-agency", "plan.ron");
    let out = dir.path().join("summary.md");
    std::fs::write(&out, "my own notes").expect("write");
    let refused = export_cli(&plan, "markdown", &out, false);
    assert_eq!(refused.status.code(), Some(1));
    assert!(text(&refused.stderr).contains("already exists (use --force to replace it)"));
    assert_eq!(std::fs::read_to_string(&out).expect("read"), "my own notes");

    // The default output beside the plan is kept too.
    let beside = dir.path().join("plan-tasks.csv");
    std::fs::write(&beside, "kept").expect("write");
    let refused = tenstep(&["export", plan.to_str().expect("UTF-8"), "--to", "tasks-csv"]);
    assert_eq!(refused.status.code(), Some(1));
    assert_eq!(std::fs::read_to_string(&beside).expect("read"), "kept");

    let forced = export_cli(&plan, "markdown", &out, true);
    assert_eq!(forced.status.code(), Some(0), "{}", text(&forced.stderr));
    assert!(std::fs::read_to_string(&out).expect("read").starts_with("# Getting Hollis Brook online"));
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .expect("list")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    assert!(!names.iter().any(|n| n.ends_with(".tmp")), "written through a temp file renamed into place");

    // Something that is not a regular file is never replaced.
    let folder = dir.path().join("folder.md");
    std::fs::create_dir(&folder).expect("mkdir");
    assert_eq!(export_cli(&plan, "markdown", &folder, true).status.code(), Some(1));
    assert!(folder.is_dir());
    #[cfg(unix)]
    {
        let fifo = dir.path().join("pipe.md");
        if Command::new("mkfifo").arg(&fifo).status().is_ok_and(|s| s.success()) {
            let result = export_cli(&plan, "markdown", &fifo, true);
            assert_eq!(result.status.code(), Some(1));
            assert!(text(&result.stderr).contains("not a regular file"), "{}", text(&result.stderr));
            use std::os::unix::fs::FileTypeExt;
            assert!(std::fs::metadata(&fifo).expect("still there").file_type().is_fifo());
        }
    }
}

/// File > Export > `format`, typing `path` in the path dialog (tests have no system dialog).
fn export_in_app(
    harness: &mut egui_kittest::Harness<'_, tenstep::app::TenstepApp>,
    format: Format,
    path: &Path,
) {
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label("Export").click();
    harness.run();
    harness.get_by_label(format.label()).click();
    harness.run();
    harness.get_by_role_and_label(Role::TextInput, "File path").focus();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.get_by_role_and_label(Role::TextInput, "File path").type_text(&path.display().to_string());
    harness.run();
    harness.get_by_role_and_label(Role::Button, "Export").click();
    harness.run();
}

#[test]
fn the_app_never_exports_over_the_open_plan() {
    let dir = tempfile::tempdir().expect("temp dir");
    let plan = copy_sample(dir.path(), "small-agency", "plan.ron");
    let before = std::fs::read(&plan).expect("read");
    std::fs::create_dir(dir.path().join("x")).expect("mkdir");
    let mut harness = common::Start { file: Some(plan.clone()), ..common::Start::default() }.app();
    export_in_app(&mut harness, Format::Markdown, &dir.path().join("x/../plan.ron"));
    assert_eq!(
        harness.get_all_by_label_contains("this is the plan being exported").count(),
        2,
        "in a dialog and the status bar"
    );
    assert_eq!(std::fs::read(&plan).expect("read"), before, "the plan is intact");
    harness.get_by_role_and_label(Role::Button, "OK").click();
    harness.run();

    // Nor over another plan; an ordinary file is written.
    let other = copy_sample(dir.path(), "northwind-retail", "other.ron");
    let other_before = std::fs::read(&other).expect("read");
    export_in_app(&mut harness, Format::Html, &other);
    assert_eq!(
        harness.get_all_by_label_contains("this is a Tenstep plan").count(),
        2,
        "in a dialog and the status bar"
    );
    assert_eq!(std::fs::read(&other).expect("read"), other_before);
    harness.get_by_role_and_label(Role::Button, "OK").click();
    harness.run();
    let out = dir.path().join("summary.md");
    export_in_app(&mut harness, Format::Markdown, &out);
    assert!(std::fs::read_to_string(&out).expect("written").starts_with("# Getting Hollis Brook"));
}

fn markdown_events(text: &str) -> Vec<pulldown_cmark::Event<'_>> {
    let options = pulldown_cmark::Options::ENABLE_TABLES | pulldown_cmark::Options::ENABLE_STRIKETHROUGH;
    pulldown_cmark::Parser::new_ext(text, options).collect()
}

fn count_items(events: &[pulldown_cmark::Event<'_>]) -> usize {
    events.iter().filter(|e| matches!(e, pulldown_cmark::Event::Start(pulldown_cmark::Tag::Item))).count()
}

#[test]
fn markdown_passes_no_html_and_a_line_break_never_makes_a_list_item() {
    let plain = sample("small-agency");
    let today = common::today();
    let items = count_items(&markdown_events(
        &String::from_utf8(export(&plain, Format::Markdown, today, STAMP)).expect("UTF-8"),
    ));
    let mut plan = plain.clone();
    let belief =
        plan.manifesto.beliefs.iter().position(|b| b.status == BeliefStatus::Agreed).expect("agreed");
    Arc::make_mut(&mut plan.manifesto.beliefs[belief]).statement =
        "We *listen* first <script>alert(1)</script>\n- fake item\n<img src=x onerror=alert(2)>".into();
    let upcoming = plan
        .tasks
        .iter()
        .position(|t| t.milestone && t.start >= today && t.status != TaskStatus::Done)
        .expect("an upcoming milestone");
    Arc::make_mut(&mut plan.tasks[upcoming]).name = "Launch\n- fake item\n1. another\n# heading".into();
    Arc::make_mut(&mut plan.stakeholders[0]).name = "Press | office\n| forged | row |".into();
    let md = String::from_utf8(export(&plan, Format::Markdown, today, STAMP)).expect("UTF-8");
    let events = markdown_events(&md);
    let html: Vec<_> = events
        .iter()
        .filter(|e| matches!(e, pulldown_cmark::Event::Html(_) | pulldown_cmark::Event::InlineHtml(_)))
        .collect();
    assert!(html.is_empty(), "raw HTML passed: {html:?}\n{md}");
    assert_eq!(count_items(&events), items, "no list item added\n{md}");
    let rows = events
        .iter()
        .filter(|e| matches!(e, pulldown_cmark::Event::Start(pulldown_cmark::Tag::TableRow)))
        .count();
    assert_eq!(rows, plan.stakeholders.len(), "one row per stakeholder\n{md}");
    assert!(md.contains("We *listen* first \\<script\\>alert(1)\\</script\\> - fake item"), "{md}");
    assert!(md.contains("Launch - fake item 1. another \\# heading"), "{md}");
    assert!(
        events.iter().any(|e| matches!(e, pulldown_cmark::Event::Start(pulldown_cmark::Tag::Emphasis))),
        "a belief keeps its emphasis"
    );
}

#[test]
fn an_open_bidi_override_ends_with_its_name_in_every_export() {
    let mut plan = sample("small-agency");
    let today = common::today();
    let late = plan.health(today).first().map(|f| f.message.clone()).expect("a finding");
    assert!(late.contains("was due"), "{late}");
    let task = plan.tasks.iter().position(|t| late.contains(&t.name)).expect("the late task");
    let name = format!("Photos {RLO}reversed");
    Arc::make_mut(&mut plan.tasks[task]).name = name.clone();
    let milestone = plan
        .tasks
        .iter()
        .position(|t| t.milestone && t.start >= today && t.status != TaskStatus::Done)
        .expect("an upcoming milestone");
    Arc::make_mut(&mut plan.tasks[milestone]).name = format!("Launch {RLO}day\u{2067}");
    for format in Format::ALL {
        let text = String::from_utf8(export(&plan, format, today, STAMP)).expect("UTF-8");
        for line in text.split(['\n', '\r']) {
            assert_eq!(balance_bidi(line), line, "{format:?}: every control is closed on its line");
        }
    }
    let html = String::from_utf8(export(&plan, Format::Html, today, STAMP)).expect("UTF-8");
    assert!(
        html.contains(&format!("<li class=\"problem\"><bdi>“{name}{PDF}” was due")),
        "the override ends with the name, and the finding is isolated"
    );
    assert!(html.contains(&format!("<bdi>Launch {RLO}day\u{2067}\u{2069}{PDF}</bdi>")), "names are isolated");
}

#[test]
fn check_warns_about_unpaired_bidi_controls_with_line_and_column() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut plan = sample("small-agency");
    Arc::make_mut(&mut plan.tasks[3]).name = format!("Due {RLO}soon");
    let id = plan.tasks[3].id.clone();
    Arc::make_mut(&mut plan.tasks[4]).name = format!("Fine {RLO}closed{PDF}");
    let path = dir.path().join("bidi.ron");
    tenstep::io::save_file(&path, &plan).expect("save");
    let result = tenstep(&["check", path.to_str().expect("UTF-8")]);
    assert_eq!(result.status.code(), Some(1), "{}", text(&result.stderr));
    let out = text(&result.stdout);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 1, "only the unpaired one: {out}");
    assert!(lines[0].contains("warning: task “Due soon” has an unpaired bidi control (U+202E)"), "{out}");
    assert!(!out.contains(RLO), "the message itself does not reverse the terminal");
    let file = std::fs::read_to_string(&path).expect("read");
    let at = file.find(&format!("id: \"{id}\"")).expect("the task's id");
    let line = file[..at].matches('\n').count() + 1;
    let prefix = format!("{}:{line}:", path.display());
    assert!(lines[0].starts_with(&prefix), "located at the task ({prefix}): {out}");
}

fn ics_events(ics: &str) -> Vec<ical::parser::ical::component::IcalEvent> {
    let mut parser = ical::IcalParser::new(std::io::BufReader::new(ics.as_bytes()));
    parser.next().expect("one calendar").expect("it parses").events
}

fn property<'a>(event: &'a ical::parser::ical::component::IcalEvent, name: &str) -> Option<&'a str> {
    event.properties.iter().find(|p| p.name == name).and_then(|p| p.value.as_deref())
}

#[test]
fn a_milestone_name_on_several_lines_keeps_its_summary_on_one() {
    let mut plan = sample("northwind-retail");
    let m = plan.tasks.iter().position(|t| t.milestone).expect("a milestone");
    Arc::make_mut(&mut plan.tasks[m]).name = "\n  Launch day\r\nwith the press\u{2028}and partners".into();
    let ics = String::from_utf8(export(&plan, Format::Ics, common::today(), STAMP)).expect("UTF-8");
    let events = ics_events(&ics);
    assert_eq!(events.len(), plan.tasks.iter().filter(|t| t.milestone).count() + 2);
    let uid = format!("{}@{}.tenstep", plan.tasks[m].id, plan.id);
    let event = events.iter().find(|e| property(e, "UID") == Some(uid.as_str())).expect("by UID");
    assert_eq!(property(event, "SUMMARY"), Some("Launch day"));
    let description = property(event, "DESCRIPTION").expect("a description");
    assert!(description.starts_with("with the press\\nand partners\\n\\n"), "{description}");
    for e in &events {
        let summary = property(e, "SUMMARY").expect("a summary");
        assert!(!summary.is_empty() && !summary.contains("\\n"), "{summary}");
    }
}

#[test]
fn a_csv_export_imports_back_exactly_even_with_tabs_and_returns_first() {
    use tenstep::import::csv_tasks::{guess_mapping, import_tasks, read_table};
    let mut source = sample("northwind-retail");
    let names = [
        "\tindented",
        "\rreturn first",
        "\r\nline first",
        "=SUM(A1:A2) ",
        "'=quoted already",
        "''+two quotes",
        "'plain apostrophe",
        "-minus",
        "@at",
    ];
    for (task, name) in source.tasks.iter_mut().zip(names) {
        Arc::make_mut(task).name = name.to_owned();
    }
    let mut plan = source.clone();
    plan.tasks.clear();
    let table = read_table(&tenstep::export::tasks_csv(&source)).expect("reads");
    let report = import_tasks(&mut plan, &table, &guess_mapping(&table.header)).expect("imports");
    assert_eq!(report.added, source.tasks.len(), "{report:?}");
    let got: Vec<&str> = plan.tasks.iter().take(names.len()).map(|t| t.name.as_str()).collect();
    assert_eq!(got, names);
}

#[test]
fn the_path_box_asks_before_it_replaces_an_existing_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let plan = copy_sample(dir.path(), "small-agency", "plan.ron");
    let notes = dir.path().join("notes.md");
    std::fs::write(&notes, "my own notes").expect("write");
    let mut harness = common::Start { file: Some(plan), ..common::Start::default() }.app();
    export_in_app(&mut harness, Format::Markdown, &notes);
    harness.get_by_label("“notes.md” already exists. Replace it?");
    assert_eq!(std::fs::read_to_string(&notes).expect("read"), "my own notes", "not yet replaced");
    // Cancel keeps it; asked again, Replace writes it.
    harness.get_by_role_and_label(Role::Button, "Cancel").click();
    harness.run();
    assert_eq!(std::fs::read_to_string(&notes).expect("read"), "my own notes");
    export_in_app(&mut harness, Format::Markdown, &notes);
    harness.get_by_role_and_label(Role::Button, "Replace").click();
    harness.run();
    assert!(std::fs::read_to_string(&notes).expect("written").starts_with("# Getting Hollis Brook"));
    // A new name is written at once.
    let fresh = dir.path().join("fresh.md");
    export_in_app(&mut harness, Format::Markdown, &fresh);
    assert!(fresh.exists(), "no question for a new file");
}
