//! Importing whole plans from GNOME Planner, GanttProject and MS Project XML: every mapped
//! field, the report of what was left out, recognition by content, and hostile files.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code: a panic is a failed test")]

use std::path::Path;
use std::process::{Command, Output};
use tenstep::import::{ImportError, Imported, SourceFormat, import_plan, recognise};
use tenstep::model::{Date, Plan, Task, TaskStatus, validate};

fn fixture(name: &str) -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/import_fixtures").join(name);
    std::fs::read(path).expect("fixture exists")
}

fn day(y: i32, m: u32, d: u32) -> Date {
    Date::from_ymd_opt(y, m, d).expect("valid date")
}

fn import(bytes: &[u8]) -> Imported {
    let imported = import_plan(bytes).unwrap_or_else(|e| panic!("imports: {e}"));
    assert_valid(&imported.plan);
    imported
}

/// The plan passes the validator and survives a save and load unchanged.
fn assert_valid(plan: &Plan) {
    assert_eq!(validate(plan), vec![], "the imported plan is valid");
    let text = tenstep::io::to_canonical_string(plan).expect("serialises");
    let loaded = tenstep::io::load_bytes(text.as_bytes()).expect("loads again");
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
    assert_eq!(&loaded.plan, plan);
}

fn task<'a>(plan: &'a Plan, name: &str) -> &'a Task {
    plan.tasks.iter().find(|t| t.name == name).unwrap_or_else(|| panic!("a task named {name}"))
}

fn names(plan: &Plan, ids: &[tenstep::model::Id]) -> Vec<String> {
    ids.iter().map(|id| plan.task(id).expect("dependency exists").name.clone()).collect()
}

fn has_line(imported: &Imported, needle: &str) {
    assert!(
        imported.report.lines().iter().any(|l| l.contains(needle)),
        "no report line contains “{needle}”:\n{}",
        imported.report.lines().join("\n")
    );
}

/// What all three fixtures hold: the same small launch plan.
fn assert_launch(imported: &Imported) {
    let plan = &imported.plan;
    assert_eq!(plan.meta.title, "Spring launch");
    assert_eq!(plan.meta.organisation, "Acme");
    assert_eq!(plan.meta.plan_start, day(2023, 12, 1));
    assert_eq!(plan.meta.review_date, day(2023, 12, 1));
    assert_eq!(plan.meta.horizon_years, 1);
    // The top-level summary is a workstream; the top-level task goes into one named after the
    // project.
    let streams: Vec<&str> = plan.workstreams.iter().map(|w| w.name.as_str()).collect();
    assert_eq!(streams, ["Launch", "Spring launch"]);
    let names_in_order: Vec<&str> = plan.tasks.iter().map(|t| t.name.as_str()).collect();
    assert_eq!(
        names_in_order,
        ["Social › Brief", "Social › Posts", "Press kit", "Go live", "Budget sign-off"]
    );
    let launch = &plan.workstreams[0].id;
    assert!(plan.tasks[..4].iter().all(|t| &t.workstream == launch));
    assert_eq!(plan.tasks[4].workstream, plan.workstreams[1].id);

    let brief = task(plan, "Social › Brief");
    assert_eq!((brief.start, brief.end), (day(2024, 1, 15), day(2024, 1, 19)));
    assert_eq!((brief.progress, brief.status), (40, TaskStatus::OnTrack));
    assert!(!brief.milestone);
    assert_eq!(brief.notes, "Agree the tone\nwith PR & legal\n\nAlso assigned: Ann Lee.");
    assert_eq!(plan.person(brief.owner.as_ref().expect("owner")).expect("person").name, "Bo Chan");

    let posts = task(plan, "Social › Posts");
    assert_eq!((posts.start, posts.end), (day(2024, 1, 22), day(2024, 2, 2)));
    assert_eq!(names(plan, &posts.depends_on), ["Social › Brief"]);
    assert_eq!(posts.owner, None);

    let kit = task(plan, "Press kit");
    assert_eq!((kit.start, kit.end), (day(2024, 1, 22), day(2024, 2, 9)));
    assert_eq!((kit.progress, kit.status), (100, TaskStatus::Done));
    assert_eq!(names(plan, &kit.depends_on), ["Social › Brief"]);
    assert_eq!(plan.person(kit.owner.as_ref().expect("owner")).expect("person").name, "Ann Lee");

    let live = task(plan, "Go live");
    assert!(live.milestone);
    assert_eq!((live.start, live.end), (day(2024, 3, 1), day(2024, 3, 1)));
    assert_eq!(names(plan, &live.depends_on), ["Social › Posts", "Press kit"]);

    let budget = task(plan, "Budget sign-off");
    assert_eq!((budget.start, budget.end), (day(2023, 12, 4), day(2023, 12, 8)));
    assert_eq!(budget.progress, 100, "150% is clamped");

    let people: Vec<(&str, &str)> = plan.people.iter().map(|p| (p.name.as_str(), p.email.as_str())).collect();
    assert_eq!(people, [("Ann Lee", "ann@example.org"), ("Bo Chan", "")]);

    for line in [
        "1 link of type start-to-start was imported as finish-to-start",
        "1 link of type finish-to-finish was imported as finish-to-start",
        "1 link of type start-to-finish was imported as finish-to-start",
        "1 link had a lag or lead, which was dropped",
        "1 summary task below the top level was flattened",
        "more than 100% done",
        "more than one person assigned",
    ] {
        has_line(imported, line);
    }
}

#[test]
fn planner_maps_every_field() {
    let imported = import(&fixture("launch.planner"));
    assert_eq!(imported.format, SourceFormat::Planner);
    assert_launch(&imported);
    assert_eq!(imported.plan.meta.author, "Ann Lee");
    for line in [
        "Calendars are not imported (1 calendar;",
        "Project phases are not imported (2 phases)",
        "Custom properties are not imported (1 property defined)",
        "Custom property values are not imported (1 value)",
        "Resource groups are not imported (1 group)",
        "Work estimates (effort) are not imported (1 task had one)",
        "Costs and rates are not imported (1 resource had a rate)",
        "Assignment units (part-time allocations) are not imported (1 assignment)",
        "1 material resource is not imported (only people are): “Printer paper”",
        "1 task had a date constraint, which is not imported: “Press kit” (must-start-on)",
        "1 task had a priority, which is not imported: “Budget sign-off”",
        "1 assignment to a summary task is not imported: Ann Lee to “Launch”",
    ] {
        has_line(&imported, line);
    }
    assert_eq!(imported.summary(), "Imported 5 tasks in 2 workstreams, 2 people from GNOME Planner");
}

#[test]
fn gantt_project_maps_every_field() {
    let imported = import(&fixture("launch.gan"));
    assert_eq!(imported.format, SourceFormat::GanttProject);
    assert_launch(&imported);
    let titles: Vec<&str> = imported.plan.people.iter().map(|p| p.title.as_str()).collect();
    assert_eq!(titles, ["Copywriter", "Project manager"], "roles become job titles");
    for line in [
        "The project description is not imported",
        "Holidays in the project calendar are not imported; end dates count them as days off (1 holiday)",
        "Custom task columns are not imported (1 column)",
        "Custom field values are not imported (1 value)",
        "Costs and rates are not imported (1 value)",
        "Resource vacations are not imported (1 vacation)",
        "Date constraints are not imported (1 task had one)",
        "Phone numbers are not imported (1 resource had one)",
        "1 task had a priority other than normal, which is not imported: “Budget sign-off”",
    ] {
        has_line(&imported, line);
    }
}

#[test]
fn ms_project_maps_every_field() {
    let imported = import(&fixture("launch.xml"));
    assert_eq!(imported.format, SourceFormat::MsProject);
    assert_launch(&imported);
    assert_eq!(imported.plan.meta.author, "Ann Lee");
    for line in [
        "Calendars are not imported (1 calendar;",
        "Custom fields are not imported (1 field defined)",
        "Custom field values are not imported (1 value)",
        "Baselines are not imported (1 task baseline)",
        "Date constraints are not imported (1 task had one)",
        "Costs and rates are not imported (2 tasks or resources had one)",
        "1 material resource is not imported (only people are): “Printer paper”",
    ] {
        has_line(&imported, line);
    }
    // The summary task (UID 0) and the placeholder resource (UID 0) are not imported.
    assert_eq!(imported.plan.people.len(), 2);
    assert!(imported.plan.tasks.iter().all(|t| t.name != "Spring launch"));
}

#[test]
fn import_reads_no_clock_the_same_bytes_give_the_same_plan() {
    for name in ["launch.planner", "launch.gan", "launch.xml"] {
        let a = import(&fixture(name));
        let b = import(&fixture(name));
        assert_eq!(a, b);
        assert!(a.plan.id.starts_with("plan-20231201-"), "{}", a.plan.id);
        assert_eq!(a.plan.meta.created, day(2023, 12, 1));
    }
}

#[test]
fn formats_are_recognised_by_content_not_name() {
    assert_eq!(recognise(&fixture("launch.planner")), Some(SourceFormat::Planner));
    assert_eq!(recognise(&fixture("launch.gan")), Some(SourceFormat::GanttProject));
    assert_eq!(recognise(&fixture("launch.xml")), Some(SourceFormat::MsProject));
    // A Planner file whose root says little: told apart by what is inside.
    let bare_planner = br#"<project name="P"><tasks><task id="1" name="A" start="20240101T000000Z" end="20240102T000000Z" percent-complete="0"/></tasks></project>"#;
    assert_eq!(recognise(bare_planner), Some(SourceFormat::Planner));
    let bare_gantt = br#"<project name="G"><tasks><task id="1" name="A" start="2024-01-01" duration="2" complete="0"/></tasks></project>"#;
    assert_eq!(recognise(bare_gantt), Some(SourceFormat::GanttProject));
    assert_eq!(import(bare_planner).format, SourceFormat::Planner);
    assert_eq!(import(bare_gantt).plan.tasks[0].end, day(2024, 1, 2));
    // MSPDI without the namespace (some exporters leave it out).
    let plain = b"<Project><Name>X</Name><Tasks><Task><UID>1</UID><Name>A</Name><Start>2024-01-01T08:00:00</Start><Finish>2024-01-03T17:00:00</Finish></Task></Tasks></Project>";
    assert_eq!(recognise(plain), Some(SourceFormat::MsProject));
    assert_eq!(import(plain).plan.tasks[0].end, day(2024, 1, 3));
    for other in [
        &b""[..],
        b"   ",
        b"hello",
        b"<svg xmlns='http://www.w3.org/2000/svg'/>",
        b"<Project xmlns='urn:other'/>",
    ] {
        assert_eq!(recognise(other), None, "{}", String::from_utf8_lossy(other));
    }
}

#[test]
fn format_names_and_extensions() {
    assert_eq!(SourceFormat::Planner.name(), "GNOME Planner");
    assert_eq!(SourceFormat::GanttProject.name(), "GanttProject");
    assert_eq!(SourceFormat::MsProject.name(), "MS Project XML");
    assert_eq!(tenstep::import::EXTENSIONS, ["planner", "mrproject", "gan", "xml"]);
}

fn error(bytes: &[u8]) -> ImportError {
    match import_plan(bytes) {
        Ok(imported) => panic!("expected an error, got {}", imported.summary()),
        Err(e) => e,
    }
}

#[test]
fn files_that_are_not_plans_get_clear_errors() {
    assert_eq!(error(b"").to_string(), "the file is empty");
    assert_eq!(error(b" \n\t").to_string(), "the file is empty");
    assert!(error(b"hello, world").to_string().contains("not an XML file"));
    assert!(error(b"\x00\x01\x02binary").to_string().contains("not an XML file"));
    let svg = error(b"<?xml version='1.0'?>\n<svg xmlns='http://www.w3.org/2000/svg'/>");
    assert!(svg.to_string().contains("its root element is <svg>"), "{svg}");
    let broken = error(b"<project mrproject-version='2'>\n  <tasks>\n    <task id='1'></tsak>\n");
    assert_eq!(broken.location.map(|l| l.0), Some(3), "{broken}");
    assert!(broken.to_string().starts_with("line 3, column "), "{broken}");
    assert!(broken.to_string().contains("</tsak> closes <task>"), "{broken}");
}

#[test]
fn truncated_files_are_refused_at_every_cut() {
    for name in ["launch.planner", "launch.gan", "launch.xml"] {
        let bytes = fixture(name);
        let last_close = bytes.windows(2).rposition(|w| w == b"</").expect("a closing tag");
        for cut in (0..bytes.len()).step_by(3) {
            match import_plan(&bytes[..cut]) {
                Ok(imported) => {
                    assert!(cut > last_close, "{name} cut at {cut} imported");
                    assert_valid(&imported.plan);
                }
                Err(e) => assert!(!e.message.is_empty()),
            }
        }
        let cut = error(&bytes[..bytes.len() / 2]);
        assert!(cut.message.contains("cut off"), "{name}: {cut}");
        assert!(cut.location.is_some());
    }
}

#[test]
fn entity_bombs_are_refused_without_expanding() {
    let mut bomb = String::from("<?xml version=\"1.0\"?>\n<!DOCTYPE project [\n<!ENTITY lol \"lol\">\n");
    for i in 1..10 {
        let prev = if i == 1 { "lol".to_owned() } else { format!("lol{}", i - 1) };
        bomb.push_str(&format!("<!ENTITY lol{i} \"{}\">\n", format!("&{prev};").repeat(10)));
    }
    bomb.push_str("]>\n<project name=\"&lol9;\" mrproject-version=\"2\"/>\n");
    let e = error(bomb.as_bytes());
    assert!(e.message.contains("defines its own XML entities"), "{e}");
    // An undefined entity (no DOCTYPE) is refused too, with its place.
    let e = error(b"<project mrproject-version='2' name='&x;'/>");
    assert!(e.message.contains("&x;"), "{e}");
    let e = error(b"<project mrproject-version='2'><tasks>&x;</tasks></project>");
    assert!(e.message.contains("&x;") && e.location.is_some(), "{e}");
    // A DOCTYPE without entities is fine.
    let ok = import(b"<!DOCTYPE project><project mrproject-version='2' name='P'/>");
    assert_eq!(ok.plan.meta.title, "P");
}

#[test]
fn deep_nesting_is_refused_without_recursion() {
    let depth = 100_000;
    let mut text = String::from("<project mrproject-version='2'><tasks>");
    text.push_str(&"<task id='1' name='x' start='20240101T000000Z' end='20240102T000000Z'>".repeat(depth));
    text.push_str(&"</task>".repeat(depth));
    text.push_str("</tasks></project>");
    let e = error(text.as_bytes());
    assert!(e.message.contains("nested more than 256 deep"), "{e}");
    // Nesting within the cap imports, with the path in the name.
    let mut text = String::from("<project mrproject-version='2'><tasks>");
    for i in 0..200 {
        text.push_str(&format!(
            "<task id='{i}' name='L{i}' start='20240101T000000Z' end='20240102T000000Z'>"
        ));
    }
    text.push_str(&"</task>".repeat(200));
    text.push_str("</tasks></project>");
    let imported = import(text.as_bytes());
    assert_eq!(imported.plan.tasks.len(), 1);
    assert!(imported.plan.tasks[0].name.starts_with("L1 › L2 › "));
    assert!(imported.plan.tasks[0].name.ends_with("L198 › L199"));
}

#[test]
fn other_encodings_are_decoded_or_refused_clearly() {
    let utf8 = fixture("launch.planner");
    let text = String::from_utf8(utf8.clone()).expect("utf-8");
    let expected = import(&utf8).plan;
    let mut le = vec![0xff, 0xfe];
    let mut be = vec![0xfe, 0xff];
    for unit in text.encode_utf16() {
        le.extend(unit.to_le_bytes());
        be.extend(unit.to_be_bytes());
    }
    assert_eq!(import(&le).plan.tasks, expected.tasks, "UTF-16 LE with a BOM");
    assert_eq!(import(&be).plan.tasks, expected.tasks, "UTF-16 BE with a BOM");
    assert!(error(&le[..le.len() - 1]).message.contains("UTF-16"));
    // Latin-1 and Windows-1252, as declared.
    let latin1 = b"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><project mrproject-version=\"2\" name=\"Caf\xe9 \xbd\"/>";
    assert_eq!(import(latin1).plan.meta.title, "Café ½");
    let cp1252 = b"<?xml version='1.0' encoding='windows-1252'?><project mrproject-version='2' name='\x93Go\x94 \x80'/>";
    assert_eq!(import(cp1252).plan.meta.title, "“Go” €");
    // Undeclared Latin-1 is not valid UTF-8: refused with the place.
    let e = error(b"<project mrproject-version='2'\n name='Caf\xe9'/>");
    assert_eq!(e.location, Some((2, 11)), "{e}");
    assert!(e.message.contains("not valid UTF-8"));
    let e = error(b"<?xml version='1.0' encoding='EBCDIC-US'?><project/>");
    assert!(e.message.contains("“ebcdic-us” encoding"), "{e}");
}

#[test]
fn huge_files_are_refused_before_parsing() {
    let mut big = b"<project mrproject-version='2'><tasks>".to_vec();
    big.resize(70 * 1024 * 1024, b' ');
    let e = error(&big);
    assert!(e.message.contains("larger than 64 MiB"), "{e}");
}

#[test]
fn damaged_values_are_repaired_and_reported() {
    let text = r#"<project name="Odd" mrproject-version="2" project-start="20240101T000000Z">
      <tasks>
        <task id="1" name="Garbage dates" start="not a date" end="20240110T170000Z" percent-complete="-5"/>
        <task id="2" name="No dates" start="" end="" percent-complete="lots"/>
        <task id="3" name="Backwards" start="20240120T080000Z" end="20240105T170000Z" percent-complete="50">
          <predecessors>
            <predecessor id="1" predecessor-id="99" type="FS"/>
            <predecessor id="2" predecessor-id="4" type="FS"/>
            <predecessor id="3" predecessor-id="3" type="FS"/>
          </predecessors>
        </task>
        <task id="4" name="Circle" start="20240201T080000Z" end="20240202T170000Z" percent-complete="0">
          <predecessors>
            <predecessor id="1" predecessor-id="3" type="FS"/>
            <predecessor id="2" predecessor-id="3" type="FS"/>
          </predecessors>
        </task>
        <task id="4" name="Same id" start="30000101T000000Z" end="20240203T170000Z" percent-complete="0"/>
      </tasks>
      <resources>
        <resource id="1" name="" type="1" units="0"/>
        <resource id="1" name="Twin" type="1" units="0"/>
      </resources>
      <allocations>
        <allocation task-id="1" resource-id="1"/>
        <allocation task-id="1" resource-id="1"/>
        <allocation task-id="42" resource-id="1"/>
      </allocations>
    </project>"#;
    let imported = import(text.as_bytes());
    let plan = &imported.plan;
    assert_eq!(plan.tasks.len(), 5);
    let garbage = task(plan, "Garbage dates");
    assert_eq!((garbage.start, garbage.end, garbage.progress), (day(2024, 1, 10), day(2024, 1, 10), 0));
    assert_eq!(task(plan, "No dates").start, day(2024, 1, 1), "the project start");
    let backwards = task(plan, "Backwards");
    assert_eq!((backwards.start, backwards.end), (day(2024, 1, 20), day(2024, 1, 20)));
    // 3 → 4 and 4 → 3: the link the dates break is left out, which breaks the circle.
    let circle = task(plan, "Circle");
    assert_eq!(backwards.depends_on.len() + circle.depends_on.len(), 1);
    assert_eq!(task(plan, "Same id").start, day(2024, 2, 3), "year 3000 is not read");
    assert_eq!(plan.people.len(), 1);
    assert_eq!(plan.people[0].name, "Resource 1");
    assert_eq!(garbage.owner.as_ref(), Some(&plan.people[0].id));
    for line in [
        "dates that could not be read",
        "1 task had no dates; it was placed on the project start: “No dates”",
        "1 task had a negative percentage done; set to 0%",
        "1 task had a percentage done that is not a number; set to 0%: “No dates” (“lots”)",
        "1 task ended before it started",
        "1 link referred to a task that is not in the file; left out: 99 → 3",
        "1 link joined a task to itself",
        "1 link was left out: in the file the second task starts before the first ends (the dates are kept): \
         “Circle” → “Backwards”",
        "1 task had the same id as an earlier task",
        "1 resource had the same id as an earlier one and was left out",
        "1 assignment referred to a task or resource that is not in the file",
    ] {
        has_line(&imported, line);
    }
}

#[test]
fn random_damage_never_panics_and_what_imports_is_valid() {
    // A small deterministic generator (xorshift), so failures can be replayed.
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for name in ["launch.planner", "launch.gan", "launch.xml"] {
        let original = fixture(name);
        let mut imported = 0;
        for _ in 0..700 {
            let mut bytes = original.clone();
            for _ in 0..(next() % 4 + 1) {
                let at = (next() % bytes.len() as u64) as usize;
                match next() % 4 {
                    0 => bytes[at] = next() as u8,
                    1 => bytes[at] = b"<>&\"'/ 0-9T"[(next() % 11) as usize],
                    2 => {
                        bytes.remove(at);
                    }
                    _ => bytes.insert(at, next() as u8),
                }
            }
            if let Ok(result) = import_plan(&bytes) {
                imported += 1;
                assert_eq!(validate(&result.plan), vec![], "{name}: {}", String::from_utf8_lossy(&bytes));
            }
        }
        assert!(imported > 20, "{name}: some damage is harmless ({imported} imported)");
    }
}

fn tenstep(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tenstep")).args(args).output().expect("the binary runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn cli_import_writes_the_plan_and_prints_the_report() {
    let dir = tempfile::tempdir().expect("temp dir");
    // A GanttProject file named .txt and a Planner file named .xml: recognised by content.
    let gan = dir.path().join("launch.txt");
    std::fs::write(&gan, fixture("launch.gan")).expect("write");
    let out_path = dir.path().join("launch.ron");
    let out = tenstep(&["import", gan.to_str().unwrap(), "-o", out_path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(
        stdout.starts_with("Imported 5 tasks in 2 workstreams, 2 people from GanttProject\n"),
        "{stdout}"
    );
    assert!(stdout.contains("  Resource vacations are not imported (1 vacation)\n"), "{stdout}");
    let check = tenstep(&["check", out_path.to_str().unwrap()]);
    assert_eq!(check.status.code(), Some(0), "{}", text(&check.stdout));

    // An existing OUT is kept unless --force.
    let planner = dir.path().join("launch.xml");
    std::fs::write(&planner, fixture("launch.planner")).expect("write");
    let before = std::fs::read(&out_path).expect("read");
    let out = tenstep(&["import", planner.to_str().unwrap(), "-o", out_path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("already exists (use --force to replace it)"));
    assert_eq!(std::fs::read(&out_path).expect("read"), before);
    let out = tenstep(&["import", planner.to_str().unwrap(), "-o", out_path.to_str().unwrap(), "--force"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("from GNOME Planner"));
    assert_ne!(std::fs::read(&out_path).expect("read"), before);
}

#[test]
fn cli_import_errors_and_usage() {
    let dir = tempfile::tempdir().expect("temp dir");
    let broken = dir.path().join("broken.gan");
    std::fs::write(&broken, "<project view-date='2024-01-01'>\n<tasks>\n").expect("write");
    let target = dir.path().join("out.ron");
    let out = tenstep(&["import", broken.to_str().unwrap(), "-o", target.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(
        stderr.starts_with(&format!("{}: error: line 3, column 1: the XML is cut off", broken.display())),
        "{stderr}"
    );
    assert!(!target.exists());
    let missing = dir.path().join("missing.planner");
    let out = tenstep(&["import", missing.to_str().unwrap(), "-o", target.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("the file does not exist"));
    // Without -o: a usage error.
    assert_eq!(tenstep(&["import", broken.to_str().unwrap()]).status.code(), Some(2));
}
