//! GNOME Planner files read as Planner shows them: tasks start on `work-start` (not on `start`,
//! the predecessor's finish at 17:00), both ends fall on the project calendar's working days
//! (weekends, holidays, overridden working days), every element and attribute is either carried
//! over or reported, and an imported plan opens with no dependency broken that the report does
//! not name.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code: a panic is a failed test")]

use std::path::Path;
use tenstep::import::planner::{MAPPED, REPORTED};
use tenstep::import::{Imported, SourceFormat, import_plan};
use tenstep::model::{Date, Plan, validate};

const FIXTURES: [&str; 3] =
    ["planner/office-move.planner", "planner/mpxj-project1.planner", "launch.planner"];

fn fixture(name: &str) -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/import_fixtures").join(name);
    std::fs::read(path).expect("fixture exists")
}

fn day(text: &str) -> Date {
    Date::parse_from_str(text, "%Y-%m-%d").expect("a date")
}

fn import(name: &str) -> Imported {
    let imported = import_plan(&fixture(name)).unwrap_or_else(|e| panic!("{name} imports: {e}"));
    assert_eq!(imported.format, SourceFormat::Planner);
    assert_eq!(validate(&imported.plan), vec![], "{name}: the imported plan is valid");
    imported
}

/// The report's sentences, one a line (whether the report is a list of sentences or grouped).
trait Sentences {
    fn sentences(&self) -> String;
}

impl Sentences for Vec<String> {
    fn sentences(&self) -> String {
        self.join("\n")
    }
}

impl Sentences for tenstep::import::outline::Report {
    fn sentences(&self) -> String {
        self.lines().join("\n")
    }
}

fn lines(imported: &Imported) -> String {
    imported.report.sentences()
}

/// Checks each task's first and last day against what Planner shows; returns how many matched.
fn assert_dates(plan: &Plan, expected: &[(&str, &str, &str)]) -> usize {
    let mut matched = 0;
    for &(name, start, end) in expected {
        let task =
            plan.tasks.iter().find(|t| t.name == name).unwrap_or_else(|| panic!("a task named {name}"));
        assert_eq!((task.start, task.end), (day(start), day(end)), "dates of “{name}”");
        matched += 1;
    }
    matched
}

#[test]
fn tasks_start_on_work_start_and_end_on_working_days() {
    let imported = import("planner/office-move.planner");
    // Planner's Gantt chart for this file: Mon–Fri, Easter Monday (1 April) off, Saturday
    // 13 April worked.
    let matched = assert_dates(
        &imported.plan,
        &[
            ("Survey", "2024-03-25", "2024-03-27"),
            // Follows Survey: `start` is Wed 17:00, work begins Thursday; runs over the weekend
            // and the holiday to Tuesday.
            ("Order furniture", "2024-03-28", "2024-04-02"),
            ("Pack", "2024-04-03", "2024-04-05"),
            // A milestone sits at its start: the end of Pack's last day.
            ("Move day", "2024-04-05", "2024-04-05"),
            // Follows a Friday milestone: `start` Friday 17:00, work begins Monday.
            ("Unpack", "2024-04-08", "2024-04-09"),
            ("Clean up", "2024-04-10", "2024-04-13"),
            ("Review the layout", "2024-04-08", "2024-04-08"),
            // Ends at midnight on the 16th: last worked on Monday the 15th.
            ("Write report", "2024-04-13", "2024-04-15"),
            // No `work-start` (older files): `start` at 17:00 moves to the next working day.
            ("Hand over keys", "2024-04-16", "2024-04-16"),
        ],
    );
    assert_eq!(matched, imported.plan.tasks.len(), "every task checked");
}

#[test]
fn a_real_planner_file_reads_as_planner_shows_it() {
    let imported = import("planner/mpxj-project1.planner");
    let plan = &imported.plan;
    assert_eq!(plan.tasks.len(), 29);
    let matched = assert_dates(
        plan,
        &[
            ("Task One", "2007-02-23", "2007-02-23"),
            ("Task Two", "2007-02-23", "2007-02-23"),
            // Ends at noon on Monday.
            ("Task Three", "2007-02-23", "2007-02-26"),
            ("Task Six", "2007-02-23", "2007-03-01"),
            ("Task Eight", "2007-02-23", "2007-02-23"),
            ("Task Nine", "2007-02-23", "2007-02-23"),
            ("Task Ten", "2007-02-23", "2007-03-07"),
            // `start` is a Sunday (its constraint's date); work begins on Monday.
            ("Task Twelve", "2007-02-26", "2007-02-26"),
            // Follows Task Thirteen: `start` is its finish on Thursday 17:00.
            ("Task Fourteen", "2007-03-09", "2007-03-22"),
            // Follows Task Fifteen a day later (lag), over a weekend.
            ("Task Sixteen", "2007-03-12", "2007-03-23"),
            ("Task Twenty One", "2007-03-15", "2007-03-28"),
            ("Task Twenty Two", "2007-03-01", "2007-03-14"),
            ("Task 28", "2007-02-23", "2007-03-27"),
            ("Task 29", "2007-02-23", "2007-03-15"),
        ],
    );
    assert_eq!(matched, 14);
}

/// Every dependency in the imported plan holds (the successor starts after its predecessor's
/// last day; a milestone may sit on it): a link the file's own dates break is left out, and the
/// report names its two tasks.
#[test]
fn imported_plans_open_clean_and_say_which_links_were_left_out() {
    for name in FIXTURES {
        let imported = import(name);
        let plan = &imported.plan;
        for task in plan.tasks.iter() {
            for before in &task.depends_on {
                let before = plan.task(before).expect("dependency exists");
                let holds = tenstep::model::dependency_holds(before, task);
                assert!(
                    holds,
                    "{name}: “{}” ({}) starts before “{}” ends ({})",
                    task.name, task.start, before.name, before.end
                );
            }
        }
    }
    let office = lines(&import("planner/office-move.planner"));
    for pair in ["“Unpack” → “Review the layout”", "“Clean up” → “Write report”"] {
        assert!(office.contains(pair), "no “{pair}” in:\n{office}");
    }
}

/// Every element and attribute in the fixtures is in the reader's table of names it maps or
/// the table of names it reports.
#[test]
fn every_element_and_attribute_is_mapped_or_reported() {
    for &name in MAPPED {
        assert!(!REPORTED.contains(&name), "{name} is in both tables");
    }
    for name in FIXTURES {
        let bytes = fixture(name);
        let mut reader = quick_xml::Reader::from_reader(bytes.as_slice());
        let mut buffer = Vec::new();
        let mut met = 0;
        loop {
            let event = reader.read_event_into(&mut buffer).expect("well-formed");
            let element = match &event {
                quick_xml::events::Event::Start(e) | quick_xml::events::Event::Empty(e) => {
                    e.clone().into_owned()
                }
                quick_xml::events::Event::Eof => break,
                _ => continue,
            };
            let element_name = String::from_utf8(element.local_name().as_ref().to_vec()).expect("utf-8");
            let known = |n: &str| MAPPED.contains(&n) || REPORTED.contains(&n);
            assert!(known(&element_name), "{name}: <{element_name}> is neither mapped nor reported");
            for attr in element.attributes() {
                let attr = attr.expect("attribute");
                let attr_name = String::from_utf8(attr.key.local_name().as_ref().to_vec()).expect("utf-8");
                let full = format!("{element_name}@{attr_name}");
                assert!(known(&full), "{name}: {full} is neither mapped nor reported");
                met += 1;
            }
            buffer.clear();
        }
        assert!(met > 50, "{name}: the walk met the attributes");
        let report = lines(&import(name));
        assert!(!report.contains("does not know"), "{name}: {report}");
    }
}

/// What the office-move file holds beyond dates is reported, counted.
#[test]
fn what_has_no_place_is_reported() {
    let report = lines(&import("planner/office-move.planner"));
    for line in [
        "Calendars are not imported (2 calendars;",
        "Assignment units (part-time allocations) are not imported (2 assignments)",
        "1 task had a priority, which is not imported: “Order furniture”",
        "Scheduling types are not imported (1 task fixed-duration",
        "Resource short names, units, groups and calendars are not imported (1 resource had one)",
        "The project's current phase is not imported",
        "1 resource had a note, which is not imported: “Sam Ng”",
        "1 task had a date constraint, which is not imported: “Hand over keys” (start-no-earlier-than)",
        // The file's dates overlap its start-to-start link: the link is left out, so the plan
        // opens clean (build_links), and the dates are kept.
        "1 start-to-start link was left out: its tasks overlap",
    ] {
        assert!(report.contains(line), "no “{line}” in:\n{report}");
    }
}

/// An element or attribute the reader does not know is reported, not dropped.
#[test]
fn unknown_names_are_reported() {
    let text = br#"<project name="P" mrproject-version="2"><tasks><task id="1" name="A" start="20240101T000000Z" end="20240102T170000Z" colour="red" percent-complete="0"><sticker/></task></tasks></project>"#;
    let imported = import_plan(text).expect("imports");
    let report = lines(&imported);
    assert!(report.contains("1 element this reader does not know was not imported: <sticker>"), "{report}");
    assert!(
        report.contains("1 attribute this reader does not know was not imported: colour of <task>"),
        "{report}"
    );
}
