//! What each format's reader produces: the file's task outline, links, resources and
//! assignments in the file's own terms, plus the report of what could not be carried over.

use crate::model::Date;
use chrono::{Datelike, NaiveTime};
use std::collections::HashMap;

/// A project file read into plain data, before it is mapped onto a plan.
#[derive(Debug, Default)]
pub struct Outline {
    pub title: String,
    pub organisation: String,
    pub author: String,
    /// The project's own start date, used when tasks have none.
    pub project_start: Option<Date>,
    /// Every task and summary task in outline order (a parent always before its children).
    pub tasks: Vec<SourceTask>,
    pub links: Vec<SourceLink>,
    pub resources: Vec<SourceResource>,
    pub assignments: Vec<Assignment>,
    pub report: Report,
}

/// A task (or summary task) as the file has it.
#[derive(Debug, Default, Clone)]
pub struct SourceTask {
    /// The task's id in the file, which links and assignments use.
    pub key: String,
    /// The index in [`Outline::tasks`] of the summary task it sits under.
    pub parent: Option<usize>,
    pub name: String,
    pub start: Option<Date>,
    /// The last day of the task (inclusive).
    pub end: Option<Date>,
    pub milestone: bool,
    /// Percent complete, 0–100.
    pub progress: u8,
    pub notes: String,
}

/// How two linked tasks' dates depend on each other.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkKind {
    FinishStart,
    StartStart,
    FinishFinish,
    StartFinish,
}

impl LinkKind {
    /// Lower-case words for the report.
    pub fn words(self) -> &'static str {
        match self {
            LinkKind::FinishStart => "finish-to-start",
            LinkKind::StartStart => "start-to-start",
            LinkKind::FinishFinish => "finish-to-finish",
            LinkKind::StartFinish => "start-to-finish",
        }
    }
}

/// A dependency: `successor` comes after `predecessor` (both task keys).
#[derive(Debug, Clone)]
pub struct SourceLink {
    pub predecessor: String,
    pub successor: String,
    pub kind: LinkKind,
    /// Whether the link had a lag or lead (which is not kept).
    pub lag: bool,
}

/// A person (or other work resource).
#[derive(Debug, Default, Clone)]
pub struct SourceResource {
    pub key: String,
    pub name: String,
    pub email: String,
    /// Job title or role, when the file has one.
    pub title: String,
}

/// A resource assigned to a task.
#[derive(Debug, Clone)]
pub struct Assignment {
    pub task: String,
    pub resource: String,
    /// The file marks this resource as the one responsible for the task.
    pub responsible: bool,
}

/// What an import could not carry over, grouped: one group per kind of loss with its count and
/// the name of every case (task or resource), in the order first met.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Report {
    groups: Vec<ReportGroup>,
    index: HashMap<String, usize>,
}

/// One kind of loss: its sentence, how many cases and the name of each case.
#[derive(Clone, Debug, PartialEq)]
pub struct ReportGroup {
    one: String,
    many: String,
    count: usize,
    names: Vec<String>,
}

/// At most this many names are given in a group's one-line form ([`ReportGroup::line`]).
const EXAMPLES: usize = 3;

impl ReportGroup {
    /// The sentence for this group's count, without names: "3 tasks had no dates; …".
    pub fn sentence(&self) -> String {
        if self.count == 1 { self.one.clone() } else { self.many.replace("{n}", &self.count.to_string()) }
    }

    /// How many cases were counted.
    pub fn count(&self) -> usize {
        self.count
    }

    /// The name of every case that had one, in the order met.
    pub fn names(&self) -> &[String] {
        &self.names
    }

    /// The sentence with up to three names and "and n more": one line for a terminal or a mail.
    pub fn line(&self) -> String {
        let mut line = self.sentence();
        let shown = &self.names[..self.names.len().min(EXAMPLES)];
        if !shown.is_empty() {
            line.push_str(": ");
            line.push_str(&shown.join(", "));
            if self.count > shown.len() && self.one != self.many {
                line.push_str(&format!(" and {} more", self.count - shown.len()));
            }
        }
        line
    }
}

impl Report {
    /// Counts one more case of a loss. `one` is the sentence for a single case, `many` the
    /// sentence for several with `{n}` where the count goes; `example` names the case (every
    /// name is kept; an empty one is counted but not listed).
    pub fn add(&mut self, one: &str, many: &str, example: impl Into<String>) {
        let i = match self.index.get(many) {
            Some(&i) => i,
            None => {
                self.groups.push(ReportGroup {
                    one: one.to_owned(),
                    many: many.to_owned(),
                    count: 0,
                    names: Vec::new(),
                });
                self.index.insert(many.to_owned(), self.groups.len() - 1);
                self.groups.len() - 1
            }
        };
        let group = &mut self.groups[i];
        group.count += 1;
        let example = example.into();
        if !example.is_empty() {
            group.names.push(example);
        }
    }

    /// A line said once, whatever the count (repeats are ignored).
    pub fn line(&mut self, text: impl Into<String>) {
        let text = text.into();
        if !self.index.contains_key(&text) {
            self.add(&text, &text, "");
        }
    }

    /// Whether nothing was reported.
    pub fn is_empty(&self) -> bool {
        self.groups.is_empty()
    }

    /// The groups, in the order first met.
    pub fn groups(&self) -> &[ReportGroup] {
        &self.groups
    }

    /// The report as sentences, each with up to three names.
    pub fn lines(&self) -> Vec<String> {
        self.groups.iter().map(ReportGroup::line).collect()
    }

    /// The whole report as plain text (Markdown): `title`, `summary`, then each group's
    /// sentence with every name below it.
    pub fn to_text(&self, title: &str, summary: &str) -> String {
        let mut text = format!("# {title}\n\n{summary}\n");
        if self.groups.is_empty() {
            text.push_str("\nEverything in the file found a place in the plan.\n");
        }
        for group in &self.groups {
            text.push_str(&format!("\n## {}\n", group.sentence()));
            if !group.names.is_empty() {
                text.push('\n');
            }
            for name in &group.names {
                text.push_str(&format!("- {name}\n"));
            }
        }
        text
    }
}

/// A name in quotes for the report (“Brief”), or the file's id for a task without a name.
pub fn quoted(name: &str, key: &str) -> String {
    let name: String = name.chars().take(60).collect();
    if name.trim().is_empty() { format!("(unnamed, id {key})") } else { format!("“{name}”") }
}

/// "1 calendar", "3 calendars".
pub fn counted(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// Adds the lines for things counted while reading: `(count, sentence with {}, one, many)`.
pub fn report_counts(report: &mut Report, lines: &[(usize, &str, &str, &str)]) {
    for &(n, text, one, many) in lines {
        if n > 0 {
            report.line(text.replace("{}", &counted(n, one, many)));
        }
    }
}

/// Years outside this range are taken as unreadable (the plan's validator agrees).
pub fn sane(date: Date) -> bool {
    (1900..=2200).contains(&date.year())
}

/// A date with an optional time of day, as the three formats write them:
/// `20040101T000000Z` (Planner), `2024-01-15` (GanttProject), `2024-01-15T08:00:00` (MSPDI).
pub fn parse_stamp(text: &str) -> Option<(Date, Option<NaiveTime>)> {
    let text = text.trim();
    let text = text.strip_suffix('Z').unwrap_or(text);
    let (day, time) = text.split_once('T').map_or((text, None), |(d, t)| (d, Some(t)));
    let date = Date::parse_from_str(day, "%Y%m%d").or_else(|_| Date::parse_from_str(day, "%Y-%m-%d")).ok()?;
    let time = match time {
        None => None,
        Some(t) => Some(
            ["%H%M%S", "%H:%M:%S%.f", "%H:%M"]
                .iter()
                .find_map(|f| NaiveTime::parse_from_str(t.get(..t.len().min(18))?, f).ok())?,
        ),
    };
    sane(date).then_some((date, time))
}

/// The last day a task works, from its end stamp: an end at midnight means the task finished
/// the day before (Planner and some MSPDI writers do this), unless that is before the start.
pub fn inclusive_end(start: Option<Date>, end: (Date, Option<NaiveTime>)) -> Date {
    match end {
        (day, Some(time)) if time == NaiveTime::MIN && start.is_some_and(|s| s < day) => {
            day.pred_opt().unwrap_or(day)
        }
        (day, _) => day,
    }
}

/// A percentage from the file: clamped to 0–100, with a report line when it was not.
pub fn progress(text: &str, task: &str, report: &mut Report) -> u8 {
    let text = text.trim().trim_end_matches('%').trim();
    if text.is_empty() {
        return 0;
    }
    match text.parse::<f64>() {
        Ok(p) if (0.0..=100.0).contains(&p) => p.round() as u8,
        Ok(p) if p > 100.0 => {
            report.add(
                "1 task was more than 100% done; set to 100%",
                "{n} tasks were more than 100% done; set to 100%",
                task,
            );
            100
        }
        Ok(p) if p < 0.0 => {
            report.add(
                "1 task had a negative percentage done; set to 0%",
                "{n} tasks had a negative percentage done; set to 0%",
                task,
            );
            0
        }
        _ => {
            report.add(
                "1 task had a percentage done that is not a number; set to 0%",
                "{n} tasks had a percentage done that is not a number; set to 0%",
                format!("{task} (“{}”)", text.chars().take(20).collect::<String>()),
            );
            0
        }
    }
}

/// Reports a date that could not be read.
pub fn bad_date(report: &mut Report, task: &str, text: &str) {
    report.add(
        "1 task had a date that could not be read; the other date or the project start is used",
        "{n} tasks had dates that could not be read; the other date or the project start is used",
        format!("{task} (“{}”)", text.chars().take(30).collect::<String>()),
    );
}

#[cfg(test)]
mod tests {
    use super::Report;

    fn report_of(n: usize) -> Report {
        let mut report = Report::default();
        for i in 0..n {
            report.add("1 task had no dates", "{n} tasks had no dates", format!("“Task {i}”"));
        }
        report.line("The project description is not imported");
        report.line("The project description is not imported");
        report
    }

    #[test]
    fn every_name_is_kept_with_the_count() {
        let report = report_of(7);
        let groups = report.groups();
        assert_eq!(groups.len(), 2);
        assert_eq!(groups[0].count(), 7);
        assert_eq!(groups[0].sentence(), "7 tasks had no dates");
        let expected: Vec<String> = (0..7).map(|i| format!("“Task {i}”")).collect();
        assert_eq!(groups[0].names(), expected.as_slice());
        assert_eq!(groups[1].count(), 1, "a line is said once");
        assert!(groups[1].names().is_empty());
    }

    #[test]
    fn lines_name_three_and_count_the_rest() {
        assert_eq!(
            report_of(5).lines(),
            vec![
                "5 tasks had no dates: “Task 0”, “Task 1”, “Task 2” and 2 more".to_owned(),
                "The project description is not imported".to_owned(),
            ]
        );
        assert_eq!(report_of(1).lines()[0], "1 task had no dates: “Task 0”");
    }

    #[test]
    fn an_empty_name_is_counted_but_not_listed() {
        let mut report = Report::default();
        report.add("1 link had a lag", "{n} links had a lag", "");
        report.add("1 link had a lag", "{n} links had a lag", "“A” → “B”");
        assert_eq!(report.groups()[0].count(), 2);
        assert_eq!(report.groups()[0].names(), ["“A” → “B”".to_owned()].as_slice());
        assert_eq!(report.lines(), vec!["2 links had a lag: “A” → “B” and 1 more".to_owned()]);
    }

    #[test]
    fn the_text_lists_every_name_under_its_group() {
        let text = report_of(4).to_text("Imported from GanttProject", "Imported 4 tasks");
        assert_eq!(
            text,
            "# Imported from GanttProject\n\nImported 4 tasks\n\n## 4 tasks had no dates\n\n\
             - “Task 0”\n- “Task 1”\n- “Task 2”\n- “Task 3”\n\n\
             ## The project description is not imported\n"
        );
    }
}
