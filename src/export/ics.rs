//! Milestones and review dates as an iCalendar file (RFC 5545) the working group can import:
//! all-day events with stable UIDs, so importing a newer export updates rather than duplicates.

use crate::model::{Plan, REVIEW_INTERVAL_MONTHS, balance_bidi, is_bidi_control};
use std::fmt::Write;

/// The calendar: one event per milestone, the current review and the next one due.
/// `stamp` is the `DTSTAMP` (UTC, `YYYYMMDDTHHMMSSZ`).
pub fn calendar(plan: &Plan, stamp: &str) -> String {
    let plan = &*super::balance::balanced_plan(plan);
    let mut out = String::new();
    line(&mut out, "BEGIN:VCALENDAR");
    line(&mut out, "VERSION:2.0");
    line(&mut out, "PRODID:-//Tenstep//Tenstep plan//EN");
    line(&mut out, "CALSCALE:GREGORIAN");
    line(&mut out, "METHOD:PUBLISH");
    line(&mut out, &format!("X-WR-CALNAME:{}", text(&lines(&plan.meta.title).join(" "))));
    let domain = uid_domain(&plan.id);
    for m in plan.tasks.iter().filter(|t| t.milestone) {
        let workstream =
            plan.workstreams.iter().find(|w| w.id == m.workstream).map_or("", |w| w.name.as_str());
        // Calendars skip an event whose SUMMARY has a line break: the name's first line is the
        // summary, the rest of it opens the description.
        let name = lines(&m.name);
        let summary = name.first().copied().unwrap_or("Untitled milestone");
        let mut description = name.get(1..).unwrap_or_default().join("\n");
        if !description.is_empty() {
            description.push_str("\n\n");
        }
        description.push_str(&format!("{} · {}", workstream, m.status.label()));
        if !m.notes.trim().is_empty() {
            description.push_str("\n\n");
            description.push_str(m.notes.trim());
        }
        event(&mut out, &format!("{}@{domain}", m.id), stamp, m.start, summary, &description, "Milestone");
    }
    let review = plan.meta.review_date;
    event(
        &mut out,
        &format!("review@{domain}"),
        stamp,
        review,
        "Plan review",
        "The current review of the rolling plan.",
        "Review",
    );
    if let Some(next) = review.checked_add_months(chrono::Months::new(REVIEW_INTERVAL_MONTHS)) {
        let text = "Roll the plan forward: keep a baseline, then move the review date on.";
        event(
            &mut out,
            &format!("next-review@{domain}"),
            stamp,
            next,
            "Next plan review (roll forward)",
            text,
            "Review",
        );
    }
    line(&mut out, "END:VCALENDAR");
    out
}

fn event(
    out: &mut String,
    uid: &str,
    stamp: &str,
    day: chrono::NaiveDate,
    summary: &str,
    description: &str,
    category: &str,
) {
    line(out, "BEGIN:VEVENT");
    line(out, &format!("UID:{uid}"));
    line(out, &format!("DTSTAMP:{stamp}"));
    line(out, &format!("DTSTART;VALUE=DATE:{}", day.format("%Y%m%d")));
    let next = day.succ_opt().unwrap_or(day);
    line(out, &format!("DTEND;VALUE=DATE:{}", next.format("%Y%m%d")));
    line(out, &format!("SUMMARY:{}", text(summary)));
    line(out, &format!("DESCRIPTION:{}", text(description)));
    line(out, &format!("CATEGORIES:{category}"));
    line(out, "TRANSP:TRANSPARENT");
    line(out, "END:VEVENT");
}

/// The part of the plan id fit for a UID's domain.
fn uid_domain(plan_id: &str) -> String {
    let clean: String =
        plan_id.chars().map(|c| if c.is_ascii_alphanumeric() || c == '-' { c } else { '-' }).collect();
    format!("{}.tenstep", if clean.is_empty() { "plan" } else { &clean })
}

/// Whether `c` breaks a line (CR LF counts once: see [`lines`]).
fn breaks_line(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

/// The lines of `value` with something to show, trimmed.
fn lines(value: &str) -> Vec<&str> {
    let visible = |l: &&str| l.chars().any(|c| !c.is_control() && !is_bidi_control(c));
    value.split(breaks_line).map(str::trim).filter(visible).collect()
}

/// A TEXT value: bidi controls paired; backslash, semicolon, comma and line breaks escaped
/// (every kind of line break as `\n`); other control characters dropped.
fn text(value: &str) -> String {
    let value = balance_bidi(value);
    let mut out = String::with_capacity(value.len());
    let mut chars = value.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' if chars.peek() == Some(&'\n') => {}
            c if breaks_line(c) => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Writes a content line folded at 75 octets (never inside a character), ended by CRLF.
fn line(out: &mut String, content: &str) {
    let mut used = 0;
    for c in content.chars() {
        let len = c.len_utf8();
        if used + len > 75 {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += len;
    }
    let _ = write!(out, "\r\n");
}
