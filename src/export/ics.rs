//! Milestones and review dates as an iCalendar file (RFC 5545) the working group can import:
//! all-day events with stable UIDs, so importing a newer export updates rather than duplicates.

use crate::model::{Plan, REVIEW_INTERVAL_MONTHS};
use std::fmt::Write;

/// The calendar: one event per milestone, the current review and the next one due.
/// `stamp` is the `DTSTAMP` (UTC, `YYYYMMDDTHHMMSSZ`).
pub fn calendar(plan: &Plan, stamp: &str) -> String {
    let mut out = String::new();
    line(&mut out, "BEGIN:VCALENDAR");
    line(&mut out, "VERSION:2.0");
    line(&mut out, "PRODID:-//Tenstep//Tenstep plan//EN");
    line(&mut out, "CALSCALE:GREGORIAN");
    line(&mut out, "METHOD:PUBLISH");
    line(&mut out, &format!("X-WR-CALNAME:{}", text(&plan.meta.title)));
    let domain = uid_domain(&plan.id);
    for m in plan.tasks.iter().filter(|t| t.milestone) {
        let workstream =
            plan.workstreams.iter().find(|w| w.id == m.workstream).map_or("", |w| w.name.as_str());
        let mut description = format!("{} · {}", workstream, m.status.label());
        if !m.notes.trim().is_empty() {
            description.push_str("\n\n");
            description.push_str(m.notes.trim());
        }
        event(&mut out, &format!("{}@{domain}", m.id), stamp, m.start, &m.name, &description, "Milestone");
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

/// A TEXT value: backslash, semicolon, comma and newlines escaped; control characters dropped.
fn text(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
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
