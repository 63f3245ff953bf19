//! CSV import of tasks: column mapping, every row read or reported, and a round trip with the
//! CSV export.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code: a panic is a failed test")]

use tenstep::export::tasks_csv;
use tenstep::import::csv_tasks::*;
use tenstep::model::*;

fn northwind() -> Plan {
    let text = std::fs::read_to_string("sample-plans/northwind-retail.ron").expect("sample exists");
    tenstep::io::load_bytes(text.as_bytes()).expect("loads").plan
}

#[test]
fn exporting_then_importing_into_the_same_plan_changes_nothing() {
    let mut plan = northwind();
    let before = plan.clone();
    let table = read_table(&tasks_csv(&plan)).expect("reads");
    let mapping = guess_mapping(&table.header);
    assert!(
        !mapping.contains(&TaskField::Ignore) || table.header.iter().any(|h| h == "Goals"),
        "{mapping:?}"
    );
    let report = import_tasks(&mut plan, &table, &mapping).expect("imports");
    assert_eq!((report.added, report.updated, report.unchanged), (0, 0, before.tasks.len()), "{report:?}");
    assert!(report.skipped.is_empty(), "{:?}", report.skipped);
    assert_eq!(plan, before);
}

#[test]
fn exporting_then_importing_into_a_plan_without_tasks_gives_the_same_tasks() {
    let source = northwind();
    let mut plan = source.clone();
    plan.tasks.clear();
    let table = read_table(&tasks_csv(&source)).expect("reads");
    let report = import_tasks(&mut plan, &table, &guess_mapping(&table.header)).expect("imports");
    assert_eq!(report.added, source.tasks.len());
    assert!(report.new_workstreams.is_empty(), "workstreams matched by name");
    for (got, want) in plan.tasks.iter().zip(&source.tasks) {
        let mut want = (**want).clone();
        // Goals and stakeholders are listed for reading; the importer does not map them.
        want.goals = got.goals.clone();
        want.stakeholders = got.stakeholders.clone();
        want.maturity_activity = got.maturity_activity.clone();
        assert_eq!(**got, want);
    }
    assert!(validate(&plan).is_empty(), "{:?}", validate(&plan));
}

#[test]
fn a_spreadsheet_from_elsewhere_is_mapped_and_every_bad_row_is_reported() {
    let csv = "Task;Begin;Finish;% Complete;Owner;Phase;Colour\n\
               Launch the app;01/03/2027;30/04/2027;25%;Priya Raman;Mobile;red\n\
               Press day;2027-05-12;;;;Mobile;\n\
               ;2027-01-01;2027-02-01;;;;\n\
               No date;;;;;;\n\
               Bad date;31/02/2027;;;;;\n\
               Backwards;2027-06-01;2027-05-01;;;;\n\
               Stranger;2027-07-01;2027-07-31;150;Nobody Known;Mobile;\n";
    let table = read_table(csv.as_bytes()).expect("semicolons are recognised");
    assert_eq!(table.header.len(), 7);
    let mapping = guess_mapping(&table.header);
    assert_eq!(
        mapping,
        [
            TaskField::Name,
            TaskField::Start,
            TaskField::End,
            TaskField::Progress,
            TaskField::Owner,
            TaskField::Workstream,
            TaskField::Ignore
        ]
    );
    let mut plan = northwind();
    let tasks = plan.tasks.len();
    let report = import_tasks(&mut plan, &table, &mapping).expect("imports");
    assert_eq!(report.added, 3, "{report:?}");
    assert_eq!(plan.tasks.len(), tasks + 3);
    assert_eq!(report.new_workstreams, ["Mobile"]);
    let rows: Vec<usize> = report.skipped.iter().map(|(row, _)| *row).collect();
    assert_eq!(rows, [4, 5, 6, 7], "{:?}", report.skipped);
    assert!(report.skipped[2].1.contains("not a date"));
    assert!(report.skipped[3].1.contains("before it starts"));
    assert!(report.notes.iter().any(|(row, why)| *row == 8 && why.contains("Nobody Known")));
    assert!(report.notes.iter().any(|(row, why)| *row == 8 && why.contains("150")));
    let launch = plan.tasks.iter().find(|t| t.name == "Launch the app").expect("added");
    assert_eq!(
        (launch.start, launch.end, launch.progress),
        (Date::from_ymd_opt(2027, 3, 1).expect("d"), Date::from_ymd_opt(2027, 4, 30).expect("d"), 25)
    );
    assert!(launch.owner.is_some());
    let press = plan.tasks.iter().find(|t| t.name == "Press day").expect("added");
    assert!(press.milestone, "one date and no end: a milestone");
    assert!(validate(&plan).is_empty(), "{:?}", validate(&plan));
}

#[test]
fn a_mapping_without_name_or_start_is_refused() {
    let table = read_table(b"Foo,Bar\n1,2\n").expect("reads");
    let mapping = guess_mapping(&table.header);
    assert!(import_tasks(&mut northwind(), &table, &mapping).expect_err("refused").contains("name"));
    assert!(read_table(b"").is_err());
}

#[test]
fn dates_in_the_usual_spreadsheet_forms_are_read() {
    let d = |y, m, day| Date::from_ymd_opt(y, m, day);
    for (text, want) in [
        ("2027-03-31", d(2027, 3, 31)),
        ("31/03/2027", d(2027, 3, 31)),
        ("31.03.2027", d(2027, 3, 31)),
        ("2027/03/31", d(2027, 3, 31)),
        ("31 Mar 2027", d(2027, 3, 31)),
        ("2027-03-31 00:00:00", d(2027, 3, 31)),
        ("March", None),
        ("31/02/2027", None),
    ] {
        assert_eq!(parse_date(text), want, "{text}");
    }
}

#[test]
fn links_are_read_by_task_name_or_id() {
    let mut plan = northwind();
    let first = plan.tasks[0].clone();
    let csv = format!(
        "Name,Start,End,Depends on\nAfter the first,2027-01-01,2027-01-31,{}\nAfter by id,2027-02-01,2027-02-28,{}; Missing task\n",
        first.name, first.id
    );
    let table = read_table(csv.as_bytes()).expect("reads");
    let report = import_tasks(&mut plan, &table, &guess_mapping(&table.header)).expect("imports");
    let a = plan.tasks.iter().find(|t| t.name == "After the first").expect("added");
    let b = plan.tasks.iter().find(|t| t.name == "After by id").expect("added");
    assert_eq!(a.depends_on, std::slice::from_ref(&first.id));
    assert_eq!(b.depends_on, std::slice::from_ref(&first.id));
    assert!(report.notes.iter().any(|(_, why)| why.contains("Missing task")));
}
