//! Writes the tasks CSV and the stakeholders CSV: UTF-8 with a byte-order mark (so Excel reads
//! accents), a header row, CRLF line ends, references by name, bidi controls paired, and
//! text that a spreadsheet would run as a formula defused. Nothing here reads CSV: the tasks
//! CSV reads back through `import::csv_tasks`, which guesses its own column mapping from the
//! header words; the stakeholders CSV is for reading only.

use crate::model::{Id, Plan, balance_bidi};

/// The header of the tasks CSV. The importer does not read this list: it guesses a field from
/// each header word, and maps all of these but "Goals" and "Stakeholders" (listed for reading).
pub const TASK_COLUMNS: [&str; 14] = [
    "ID",
    "Workstream",
    "Name",
    "Type",
    "Start",
    "End",
    "Progress",
    "Status",
    "Owner",
    "Department",
    "Depends on",
    "Goals",
    "Stakeholders",
    "Notes",
];

/// Every task and milestone, in plan order.
pub fn tasks_csv(plan: &Plan) -> Vec<u8> {
    let plan = &*super::balance::balanced_plan(plan);
    let names = |ids: &[Id], name: &dyn Fn(&Id) -> Option<String>| -> String {
        ids.iter().map(|id| name(id).unwrap_or_else(|| id.to_string())).collect::<Vec<_>>().join("; ")
    };
    let task_name = |id: &Id| plan.task(id).map(|t| t.name.clone());
    let goal_name = |id: &Id| plan.goals.iter().find(|g| &g.id == id).map(|g| g.title.clone());
    let stakeholder_name = |id: &Id| plan.stakeholders.iter().find(|s| &s.id == id).map(|s| s.name.clone());
    let rows = plan.tasks.iter().map(|t| {
        vec![
            t.id.to_string(),
            plan.workstreams
                .iter()
                .find(|w| w.id == t.workstream)
                .map_or_else(String::new, |w| w.name.clone()),
            t.name.clone(),
            if t.milestone { "Milestone" } else { "Task" }.to_owned(),
            t.start.to_string(),
            t.end.to_string(),
            t.progress.to_string(),
            t.status.label().to_owned(),
            person(plan, t.owner.as_ref()),
            department(plan, t.department.as_ref()),
            names(&t.depends_on, &task_name),
            names(&t.goals, &goal_name),
            names(&t.stakeholders, &stakeholder_name),
            t.notes.clone(),
        ]
    });
    write(&TASK_COLUMNS, rows)
}

/// Every stakeholder with the segmentation matrix's columns.
pub fn stakeholders_csv(plan: &Plan) -> Vec<u8> {
    let plan = &*super::balance::balanced_plan(plan);
    let header = [
        "ID",
        "Name",
        "Side",
        "Segment",
        "Influence",
        "Interest",
        "Engagement now",
        "Engagement target",
        "Needs",
        "How served",
        "Channels",
        "Content strategy",
        "Department",
        "Owner",
        "Learning",
        "Metrics",
        "Accountable to",
        "Notes",
    ];
    let rows = plan.stakeholders.iter().map(|s| {
        let channels: Vec<String> = s
            .channels
            .iter()
            .map(|id| {
                plan.channels.iter().find(|c| &c.id == id).map_or_else(|| id.to_string(), |c| c.name.clone())
            })
            .collect();
        vec![
            s.id.to_string(),
            s.name.clone(),
            s.side.label().to_owned(),
            s.segment.clone(),
            s.influence.to_string(),
            s.interest.to_string(),
            s.engagement_now.label().to_owned(),
            s.engagement_target.label().to_owned(),
            s.needs.clone(),
            s.how_served.clone(),
            channels.join("; "),
            s.content_strategy.clone(),
            department(plan, s.department.as_ref()),
            person(plan, s.owner.as_ref()),
            s.learning.clone(),
            s.metrics.clone(),
            person(plan, s.accountable_to.as_ref()),
            s.notes.clone(),
        ]
    });
    write(&header, rows)
}

fn person(plan: &Plan, id: Option<&Id>) -> String {
    id.map_or_else(String::new, |id| plan.person(id).map_or_else(|| id.to_string(), |p| p.name.clone()))
}

fn department(plan: &Plan, id: Option<&Id>) -> String {
    id.map_or_else(String::new, |id| plan.department(id).map_or_else(|| id.to_string(), |d| d.name.clone()))
}

/// The characters that make a spreadsheet take a cell for a formula when they start it.
pub const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// Text a spreadsheet would take for a formula (`=`, `+`, `-`, `@`, tab, CR at the start) gets
/// a leading apostrophe, which spreadsheets show as plain text. A plan comes from anyone. Text
/// that already starts with apostrophes before such a character gets one more, so the CSV
/// import, which takes one apostrophe off such a cell, reads back exactly what was written.
pub fn defuse(cell: &str) -> String {
    if cell.trim_start_matches('\'').starts_with(FORMULA_STARTS) {
        format!("'{cell}")
    } else {
        cell.to_owned()
    }
}

fn write(header: &[&str], rows: impl Iterator<Item = Vec<String>>) -> Vec<u8> {
    let mut out = "\u{feff}".as_bytes().to_vec();
    {
        let mut writer = csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(&mut out);
        // Writing to a Vec cannot fail.
        let _ = writer.write_record(header);
        for row in rows {
            let _ = writer.write_record(row.iter().map(|cell| defuse(&balance_bidi(cell))));
        }
        let _ = writer.flush();
    }
    out
}
