//! GanttProject files read faithfully: task by task, the dates GanttProject shows (a start on a
//! day off moves to the next working day, durations count working days of the project's week
//! and skip its holidays), partial allocations and web links, and nothing in a file dropped
//! without a word in the report.

use std::collections::{HashMap, HashSet};
use tenstep::import::gantt_project::{MAPPED, REPORTED, read};
use tenstep::import::outline::{LinkKind, Outline, Report};
use tenstep::import::xml::{Event, Reader};
use tenstep::import::{Imported, SourceFormat, import_plan};
use tenstep::model::{Date, Plan, Task, validate};

const FIXTURES: &[&str] = &["house_building_3.3.gan", "six_day_week_2.0.gan", "holidays_3.2.gan"];

fn text(name: &str) -> String {
    let path = format!("{}/tests/import_fixtures/ganttproject/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn outline(name: &str) -> Outline {
    read(&text(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn import(name: &str) -> Imported {
    let imported = import_plan(text(name).as_bytes()).unwrap_or_else(|e| panic!("{name}: {e}"));
    assert_eq!(imported.format, SourceFormat::GanttProject);
    assert!(validate(&imported.plan).is_empty(), "{name}: {:?}", validate(&imported.plan));
    imported
}

fn day(text: &str) -> Date {
    Date::parse_from_str(text, "%Y-%m-%d").unwrap_or_else(|e| panic!("{text}: {e}"))
}

fn task<'a>(plan: &'a Plan, name: &str) -> &'a Task {
    plan.tasks.iter().find(|t| t.name == name.trim()).unwrap_or_else(|| panic!("no task “{name}”"))
}

/// The report as sentences, whether `Imported::report` is a list of lines or a `Report`.
trait Sentences {
    fn sentences(&self) -> Vec<String>;
}

impl Sentences for Vec<String> {
    fn sentences(&self) -> Vec<String> {
        self.clone()
    }
}

impl Sentences for Report {
    fn sentences(&self) -> Vec<String> {
        self.lines()
    }
}

fn lines(imported: &Imported) -> Vec<String> {
    imported.report.sentences()
}

fn has_line(imported: &Imported, needle: &str) {
    let lines = lines(imported);
    assert!(
        lines.iter().any(|l| l.contains(needle)),
        "no report line contains “{needle}”:\n{}",
        lines.join("\n")
    );
}

/// Checks each (name, first day, last day) against the outline and the imported plan; returns
/// how many tasks were checked.
fn assert_dates(name: &str, expected: &[(&str, &str, &str)]) -> usize {
    let outline = outline(name);
    let imported = import(name);
    for &(task_name, start, end) in expected {
        let source = outline
            .tasks
            .iter()
            .find(|t| t.name == task_name)
            .unwrap_or_else(|| panic!("{name}: no task “{task_name}”"));
        assert_eq!(
            (source.start, source.end),
            (Some(day(start)), Some(day(end))),
            "{name}: “{task_name}” as GanttProject shows it"
        );
        if outline.tasks.iter().all(|t| t.parent != outline.tasks.iter().position(|s| s.name == task_name)) {
            let t = task(&imported.plan, task_name);
            assert_eq!((t.start, t.end), (day(start), day(end)), "{name}: “{task_name}” in the plan");
        }
    }
    expected.len()
}

#[test]
fn a_six_day_week_with_holidays_gives_the_dates_ganttproject_shows() {
    // Only Sunday off; Monday 2 May 2011 a holiday; 25 December every year.
    let checked = assert_dates(
        "six_day_week_2.0.gan",
        &[
            // Sunday 1 May, then the holiday: starts Tuesday 3rd, three days.
            ("Site survey", "2011-05-03", "2011-05-05"),
            // Friday, Saturday (worked), Monday, Tuesday.
            ("Permits", "2011-05-06", "2011-05-10"),
            ("Preparation", "2011-05-03", "2011-05-10"),
            // A Saturday is a working day here.
            ("Racking delivery", "2011-05-07", "2011-05-07"),
            // One day from a Sunday: Monday, like any other length.
            ("Fire inspection", "2011-05-09", "2011-05-09"),
            // A milestone on a Sunday is shown on Monday.
            ("Handover", "2011-05-16", "2011-05-16"),
            // Saturday 24th, then Christmas (a Sunday, and a recurring holiday), Monday 26th.
            ("Christmas cover", "2011-12-24", "2011-12-26"),
        ],
    );
    assert_eq!(checked, 7);
}

#[test]
fn holidays_and_a_working_saturday_give_the_dates_ganttproject_shows() {
    // Saturday and Sunday off; 1 January 2024 a holiday; Saturday 20 January worked;
    // 25 December every year.
    let checked = assert_dates(
        "holidays_3.2.gan",
        &[
            ("Kick-off", "2024-01-02", "2024-01-02"),
            ("Requirements", "2024-01-02", "2024-01-08"),
            // Three days and one day from a Saturday: both start on Monday.
            ("Design", "2024-01-15", "2024-01-17"),
            ("Content review", "2024-01-15", "2024-01-15"),
            // Thursday, Friday, the working Saturday, Monday.
            ("Build", "2024-01-18", "2024-01-22"),
            ("Go live", "2024-01-29", "2024-01-29"),
            // It ends on the last working day before its closing milestone.
            ("Relaunch", "2024-01-02", "2024-01-26"),
            // Tuesday 24th, Christmas skipped, 26th and 27th.
            ("Year-end support", "2024-12-24", "2024-12-27"),
        ],
    );
    assert_eq!(checked, 8);
}

#[test]
fn ganttprojects_own_sample_gives_the_dates_it_shows() {
    let checked = assert_dates(
        "house_building_3.3.gan",
        &[
            ("Architectural design", "2024-05-27", "2024-06-28"),
            ("Create draft of architecture", "2024-05-27", "2024-06-07"),
            ("Prepare construction documents", "2024-06-10", "2024-06-28"),
            // The name ends with a no-break space.
            ("Agreement on architectural plan\u{a0}", "2024-07-01", "2024-07-01"),
        ],
    );
    assert_eq!(checked, 4);
}

/// GanttProject saves a schedule that keeps its own links: with the dates read by its rule,
/// every successor of a finish-to-start link starts after its predecessor ends, and a summary
/// task spans its subtasks. A different working-day rule breaks these.
#[test]
fn every_saved_link_and_summary_holds_with_the_dates_read() {
    let mut links = 0;
    let mut summaries = 0;
    for name in FIXTURES {
        let outline = outline(name);
        let by_key: HashMap<&str, _> = outline.tasks.iter().map(|t| (t.key.as_str(), t)).collect();
        for link in outline.links.iter().filter(|l| l.kind == LinkKind::FinishStart) {
            let (before, after) = (by_key[link.predecessor.as_str()], by_key[link.successor.as_str()]);
            let gap = after.start.expect("start") - before.end.expect("end");
            assert!(
                gap.num_days() >= 1 || (before.milestone && gap.num_days() >= 0),
                "{name}: “{}” ends {:?} but “{}” starts {:?}",
                before.name,
                before.end,
                after.name,
                after.start
            );
            links += 1;
        }
        for (i, parent) in outline.tasks.iter().enumerate() {
            let children: Vec<_> = outline.tasks.iter().filter(|t| t.parent == Some(i)).collect();
            if children.is_empty() {
                continue;
            }
            let (start, end) = (parent.start.expect("start"), parent.end.expect("end"));
            let first = children.iter().filter_map(|c| c.start).min();
            let last = children.iter().filter(|c| !c.milestone).filter_map(|c| c.end).max();
            assert_eq!(Some(start), first, "{name}: summary “{}” starts with its first subtask", parent.name);
            // GanttProject keeps ends exclusive: a summary ends with its last subtask, or on the
            // last working day before a milestone that follows it.
            let before_milestone = children
                .iter()
                .filter(|c| c.milestone)
                .any(|m| m.start.is_some_and(|s| s > end && (s - end).num_days() <= 3));
            assert!(
                Some(end) == last || before_milestone,
                "{name}: summary “{}” ends {end}, its subtasks {last:?}",
                parent.name
            );
            summaries += 1;
        }
        let imported = import(name);
        let broken: Vec<&str> = imported
            .plan
            .tasks
            .iter()
            .filter(|t| {
                // Tenstep's rule (a milestone shares a day with its neighbours), as GanttProject
                // shows a milestone's successor starting on the milestone's day.
                t.depends_on.iter().any(|d| {
                    imported.plan.tasks.iter().any(|p| p.id == *d && !tenstep::model::dependency_holds(p, t))
                })
            })
            .map(|t| t.name.as_str())
            .collect();
        assert!(broken.is_empty(), "{name}: dependencies broken when the plan opens: {broken:?}");
    }
    assert!(links >= 15, "{links} links checked");
    assert!(summaries >= 5, "{summaries} summaries checked");
}

#[test]
fn partial_allocations_are_reported_with_task_and_person() {
    let imported = import("six_day_week_2.0.gan");
    has_line(
        &imported,
        "2 part-time allocations are not imported; the people are on their tasks full time: \
         “Site survey” (Priya Shah, 50%), “Permits” (Priya Shah, 25.5%)",
    );
    let imported = import("house_building_3.3.gan");
    has_line(&imported, "4 part-time allocations are not imported");
    // Full-time allocations say nothing.
    let imported = import("holidays_3.2.gan");
    has_line(
        &imported,
        "1 part-time allocation is not imported; the person is on the task full time: “Requirements” (Dana Cruz, 50%)",
    );
}

#[test]
fn roles_become_job_titles() {
    let imported = import("house_building_3.3.gan");
    let titles: Vec<(&str, &str)> =
        imported.plan.people.iter().map(|p| (p.name.as_str(), p.title.as_str())).collect();
    assert!(titles.contains(&("Jack House", "Project manager")), "{titles:?}");
    assert!(titles.contains(&("John Black", "Excavator operator")), "{titles:?}");
    assert!(titles.contains(&("Michelangelo", "Architect")), "{titles:?}");
}

#[test]
fn web_links_are_kept_in_the_notes() {
    let imported = import("six_day_week_2.0.gan");
    assert_eq!(
        task(&imported.plan, "Site survey").notes,
        "Survey the loading bays\nand the mezzanine\n\nWeb link: http://intranet.example.org/survey?site=7"
    );
    // `http://` is GanttProject 2's way of saying none.
    assert!(task(&imported.plan, "Permits").notes.starts_with("Council planning office"));
    assert!(!task(&imported.plan, "Permits").notes.contains("http"));
    let imported = import("holidays_3.2.gan");
    assert_eq!(
        task(&imported.plan, "Requirements").notes,
        "Interviews with sales & support.\nSign-off by <Dana>.\n\nWeb link: https://wiki.example.org/relaunch/requirements"
    );
}

#[test]
fn what_is_not_carried_over_is_reported() {
    let imported = import("holidays_3.2.gan");
    for line in [
        "Holidays in the project calendar are not imported; end dates count them as days off (3 holidays)",
        "Custom task columns are not imported (3 columns)",
        "Custom field values are not imported (3 values)",
        "Costs and rates are not imported (2 values)",
        "Resource vacations are not imported (1 vacation)",
        "Baselines are not imported (1 baseline)",
        "Date constraints are not imported (1 task had one)",
        "Roles given to people on single tasks are not imported (1 allocation)",
        "GanttProject's view settings (columns, zoom, colours) are not imported; “Strong” links (the successor \
         held right after its predecessor) are kept as ordinary dependencies (2 links)",
        "1 link had a lag or lead, which was dropped",
        "3 tasks had priorities other than normal, which are not imported: “Requirements”, “Content review”, “Year-end support”",
    ] {
        has_line(&imported, line);
    }
    let imported = import("six_day_week_2.0.gan");
    for line in [
        "The project description is not imported",
        "Holidays in the project calendar are not imported; end dates count them as days off (2 holidays)",
        "2 tasks had priorities other than normal, which are not imported: “Permits”, “Fire inspection”",
        "Phone numbers are not imported (1 resource had one)",
    ] {
        has_line(&imported, line);
    }
}

/// Every element and attribute name in the files is one the reader maps or one it reports;
/// the two tables do not overlap; and a name in neither is named in the report.
#[test]
fn nothing_is_dropped_silently() {
    let mapped: HashSet<&str> = MAPPED.iter().copied().collect();
    let reported: HashSet<&str> = REPORTED.iter().copied().collect();
    assert_eq!(mapped.len(), MAPPED.len(), "MAPPED has a name twice");
    assert_eq!(reported.len(), REPORTED.len(), "REPORTED has a name twice");
    let both: Vec<_> = mapped.intersection(&reported).collect();
    assert!(both.is_empty(), "in both tables: {both:?}");
    let mut seen = HashSet::new();
    for name in FIXTURES {
        let text = text(name);
        let mut reader = Reader::new(&text);
        let mut unknown = Vec::new();
        loop {
            match reader.read().expect("well-formed") {
                Event::Open(tag) => {
                    let names = std::iter::once(tag.name.clone())
                        .chain(tag.attrs.iter().map(|(attr, _)| format!("{}@{attr}", tag.name)));
                    for n in names {
                        if !mapped.contains(n.as_str()) && !reported.contains(n.as_str()) {
                            unknown.push(n.clone());
                        }
                        seen.insert(n);
                    }
                }
                Event::Close { .. } => {}
                Event::End => break,
            }
        }
        assert!(unknown.is_empty(), "{name}: names neither mapped nor reported: {unknown:?}");
        let imported = import(name);
        assert!(
            !lines(&imported).iter().any(|l| l.contains("not known to Tenstep")),
            "{name}: {:?}",
            lines(&imported)
        );
    }
    assert!(seen.len() >= 130, "the fixtures use {} names", seen.len());
    // A name the reader has never met is reported, not dropped.
    let odd = r#"<project name="P" mood="sunny"><tasks><task id="1" name="A" start="2024-01-01" duration="2" complete="0" risk="high"><sticker/></task></tasks></project>"#;
    let imported = import_plan(odd.as_bytes()).expect("imports");
    has_line(
        &imported,
        "3 kinds of elements or attributes are not known to Tenstep and are not imported: <project@mood>, <task@risk>, <sticker>",
    );
}
