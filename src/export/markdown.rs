//! A short Markdown summary of the plan, to paste into an email body.

use crate::model::long_date;
use crate::model::{BeliefStatus, Date, KpiStatus, Plan, TaskStatus, balance_bidi};
use std::fmt::Write;

/// How many upcoming milestones and findings the summary lists.
const LIMIT: usize = 8;

/// The summary: where the plan stands, what needs attention, what comes next, the goals, the
/// manifesto and the stakeholders.
pub fn summary(plan: &Plan, today: Date) -> String {
    let plan = &*super::balance::balanced_plan(plan);
    let mut out = String::new();
    let title = if plan.meta.title.trim().is_empty() { "Untitled plan" } else { plan.meta.title.trim() };
    let _ = writeln!(out, "# {}\n", escape(title));
    let _ = writeln!(
        out,
        "{} · {} to {} · reviewed {}\n",
        escape(&plan.meta.organisation),
        plan.meta.plan_start.format("%b %Y"),
        plan.horizon_end().format("%b %Y"),
        long_date(plan.meta.review_date)
    );
    let tasks = plan.tasks.iter().filter(|t| !t.milestone).count();
    let done = plan.tasks.iter().filter(|t| t.status == TaskStatus::Done).count();
    let stage = plan.assessment.current_stage().map_or_else(
        || "no maturity stage reached yet".to_owned(),
        |s| format!("maturity stage {} of 10 ({})", s.number, s.name),
    );
    let _ = writeln!(
        out,
        "{} workstreams, {tasks} tasks, {} milestones ({done} done); {} stakeholders; {stage}.\n",
        plan.workstreams.len(),
        plan.tasks.len() - tasks,
        plan.stakeholders.len()
    );

    let findings = plan.health(today);
    if !findings.is_empty() {
        let _ = writeln!(out, "## Needs attention\n");
        for f in findings.iter().take(LIMIT) {
            let _ = writeln!(out, "- {}", escape(&f.message));
        }
        if findings.len() > LIMIT {
            let _ = writeln!(out, "- …and {} more", findings.len() - LIMIT);
        }
        out.push('\n');
    }

    let mut next: Vec<_> =
        plan.milestones().filter(|m| m.start >= today && m.status != TaskStatus::Done).collect();
    next.sort_by_key(|m| m.start);
    if !next.is_empty() {
        let _ = writeln!(out, "## Coming up\n");
        for m in next.iter().take(LIMIT) {
            let _ = writeln!(out, "- **{}**: {}", long_date(m.start), escape(&m.name));
        }
        out.push('\n');
    }

    if !plan.goals.is_empty() {
        let _ = writeln!(out, "## Goals\n");
        for (depth, goal) in plan.goal_tree() {
            let title = Some(escape(&goal.title)).filter(|t| !t.is_empty());
            let title = title.unwrap_or_else(|| "Untitled goal".to_owned());
            let _ = writeln!(out, "{}- **{title}**", "  ".repeat(depth.min(4)));
            for kpi in plan.kpis_of(&goal.id) {
                let progress = kpi
                    .progress()
                    .map_or_else(|| "not measured".to_owned(), |p| format!("{:.0}%", p * 100.0));
                let flag = if kpi.status(today) == KpiStatus::Overdue { " (past due)" } else { "" };
                let _ = writeln!(
                    out,
                    "{}  - {}: {} → {} {}, {progress}{flag}",
                    "  ".repeat(depth.min(4)),
                    escape(&kpi.name),
                    kpi.current.map_or_else(|| kpi.baseline.to_string(), |c| c.to_string()),
                    kpi.target,
                    escape(&kpi.unit)
                );
            }
        }
        out.push('\n');
    }

    let agreed: Vec<_> = plan.manifesto.beliefs.iter().filter(|b| b.status == BeliefStatus::Agreed).collect();
    if !agreed.is_empty() {
        let _ =
            writeln!(out, "## {} (revision {})\n", escape(&plan.manifesto.title), plan.manifesto.revision);
        for (n, belief) in agreed.iter().enumerate() {
            // Beliefs keep their emphasis; nothing else in them is Markdown.
            let _ = writeln!(out, "{}. {}", n + 1, inline(&belief.statement, true));
        }
        let signers: Vec<String> = plan
            .manifesto
            .current_signatures()
            .filter_map(|s| plan.person(&s.person).map(|p| escape(&p.name)))
            .collect();
        let _ = writeln!(
            out,
            "\nSigned by {} of {}: {}\n",
            signers.len(),
            plan.working_group_members().count(),
            if signers.is_empty() { "nobody yet".to_owned() } else { signers.join(", ") }
        );
    }

    if !plan.stakeholders.is_empty() {
        let _ = writeln!(out, "## Stakeholders\n");
        let _ = writeln!(out, "| Stakeholder | Side | Needs | Owner |");
        let _ = writeln!(out, "|---|---|---|---|");
        for s in &plan.stakeholders {
            let owner = s.owner.as_ref().and_then(|o| plan.person(o)).map_or("", |p| p.name.as_str());
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} |",
                cell(&s.name),
                s.side.label(),
                cell(&s.needs),
                cell(owner)
            );
        }
        out.push('\n');
    }
    let _ = writeln!(out, "_Exported from Tenstep on {}._", long_date(today));
    out
}

/// Plain text made safe for Markdown, on one line: see [`inline`].
fn escape(text: &str) -> String {
    inline(text, false)
}

/// Characters that could start Markdown formatting, a link, an HTML tag or an entity, end a
/// table cell, or make a code span; each is written backslash-escaped.
const SPECIAL: [char; 12] = ['\\', '`', '*', '_', '[', ']', '<', '>', '#', '|', '&', '~'];

/// Plan text as Markdown text that is only text: on one line (line breaks and tabs become
/// spaces, other control characters are dropped, runs of spaces collapse), bidi controls
/// paired, and every character that could start Markdown or HTML escaped, including what would
/// start a list or a heading at the beginning of a line. With `emphasis`, `*` and `_` are kept
/// (a belief's **bold** and *italic*) unless they would make a list item or a rule.
fn inline(text: &str, emphasis: bool) -> String {
    let balanced = balance_bidi(text);
    let mut line = String::with_capacity(text.len());
    for c in balanced.chars() {
        if c.is_ascii_whitespace() || matches!(c, '\u{0B}' | '\u{85}' | '\u{2028}' | '\u{2029}') {
            if !line.is_empty() && !line.ends_with(' ') {
                line.push(' ');
            }
        } else if !c.is_control() {
            line.push(c);
        }
    }
    let line = line.trim_end();
    let only_marks = line.chars().all(|c| matches!(c, '*' | '_' | '-' | ' '));
    let emphasis = emphasis && !only_marks;
    let mut out = String::with_capacity(line.len() + 8);
    for (n, c) in line.chars().enumerate() {
        let kept = emphasis && matches!(c, '*' | '_');
        let list_marker =
            n == 0 && (matches!(c, '-' | '+' | '=') || (c == '*' && line[1..].starts_with(' ')));
        if (SPECIAL.contains(&c) && !kept) || list_marker {
            out.push('\\');
        }
        out.push(c);
    }
    // "1. " or "1) " at the start would begin an ordered list.
    let digits = out.chars().take_while(char::is_ascii_digit).count();
    if (1..=9).contains(&digits) && out[digits..].starts_with(['.', ')']) {
        out.insert(digits, '\\');
    }
    out
}

/// A table cell: escaped, on one line, shortened.
fn cell(text: &str) -> String {
    let one_line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let short: String = one_line.chars().take(120).collect();
    let short = if one_line.chars().count() > 120 { format!("{short}…") } else { short };
    escape(&short)
}
