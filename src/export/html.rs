//! The HTML handout: one self-contained page (no scripts, no external files) that reads in any
//! browser and prints on A4 or Letter landscape: overview, goals and KPIs, manifesto,
//! stakeholders, the rolling plan as inline SVG on the app's rolling scale, and assessment.

use super::html_text::{bdi, esc, light_markdown};
use crate::model::long_date;
use crate::model::{
    BeliefStatus, Column, Date, INTEGRATION_SCALE, IntegrationType, KpiStatus, MATURITY_STAGES, Plan,
    ScaleKind, Task, TaskStatus, TimeScale, Unit, activity_label, parse_hex_color, rolling_months,
    rolling_rule,
};
use std::fmt::Write;

const STYLE: &str = r#"
@page { size: A4 landscape; margin: 12mm; }
* { box-sizing: border-box; }
body { font-family: "Segoe UI", "Helvetica Neue", Arial, sans-serif; color: #1d1f24; margin: 0 auto; max-width: 1100px; padding: 16px; font-size: 13px; line-height: 1.4; }
h1 { font-size: 28px; margin: 0 0 4px; }
h2 { font-size: 20px; margin: 0 0 8px; border-bottom: 2px solid #1f5fbf; padding-bottom: 4px; }
h3 { font-size: 15px; margin: 12px 0 4px; }
section { margin: 0 0 28px; }
section + section { break-before: page; }
.muted { color: #5d636e; }
.problem { color: #b42318; } .warning { color: #a86200; } .ok { color: #1e7b3a; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #c9cdd4; padding: 4px 6px; text-align: left; vertical-align: top; }
th { background: #eeeeea; }
tr { break-inside: avoid; }
.bar { display: inline-block; width: 120px; height: 10px; background: #e6e8ec; vertical-align: middle; }
.bar > span { display: block; height: 100%; background: #1f5fbf; }
.lane { break-inside: avoid; margin-bottom: 10px; }
ol.beliefs li { font-size: 16px; margin-bottom: 8px; }
.grid { display: flex; gap: 24px; } .grid > div { flex: 1; }
"#;

/// The handout as one HTML document.
pub fn handout(plan: &Plan, today: Date) -> String {
    let plan = &*super::balance::balanced_plan(plan);
    let mut out = String::new();
    let title = if plan.meta.title.trim().is_empty() { "Untitled plan" } else { plan.meta.title.trim() };
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        esc(title)
    );
    overview(&mut out, plan, today, title);
    goals(&mut out, plan, today);
    manifesto(&mut out, plan);
    stakeholders(&mut out, plan);
    gantt(&mut out, plan, today);
    assessment(&mut out, plan);
    let _ = write!(
        out,
        "<p class=\"muted\">Exported from Tenstep on {}.</p>\n</body>\n</html>\n",
        today.format("%-d %B %Y")
    );
    out
}

fn overview(out: &mut String, plan: &Plan, today: Date, title: &str) {
    let _ = write!(out, "<section>\n<h1>{}</h1>\n", bdi(title));
    let _ = writeln!(
        out,
        "<p class=\"muted\">{} · {} to {} · rolling {}-year plan, reviewed {}</p>",
        bdi(&plan.meta.organisation),
        plan.meta.plan_start.format("%b %Y"),
        plan.horizon_end().format("%b %Y"),
        plan.meta.horizon_years,
        long_date(plan.meta.review_date)
    );
    let _ = write!(out, "<div class=\"grid\"><div>\n<h3>Needs attention</h3>\n<ul>\n");
    let findings = plan.health(today);
    if findings.is_empty() {
        let _ =
            writeln!(out, "<li class=\"ok\">Nothing: no late tasks, KPIs on track, every role filled.</li>");
    }
    for f in findings.iter().take(12) {
        let class = match f.severity {
            crate::model::Severity::Problem => "problem",
            crate::model::Severity::Warning => "warning",
            crate::model::Severity::Note => "muted",
        };
        let _ = writeln!(out, "<li class=\"{class}\">{}</li>", bdi(&f.message));
    }
    if findings.len() > 12 {
        let _ = writeln!(out, "<li class=\"muted\">…and {} more</li>", findings.len() - 12);
    }
    let _ = write!(out, "</ul>\n</div><div>\n<h3>Coming up</h3>\n<ul>\n");
    let mut next: Vec<&Task> =
        plan.milestones().filter(|m| m.start >= today && m.status != TaskStatus::Done).collect();
    next.sort_by_key(|m| m.start);
    for m in next.iter().take(8) {
        let _ = writeln!(out, "<li><strong>{}</strong> {}</li>", long_date(m.start), bdi(&m.name));
    }
    let stage = plan.assessment.current_stage().map_or_else(
        || "No maturity stage reached yet".to_owned(),
        |s| format!("Maturity stage {} of 10: {}", s.number, s.name),
    );
    let _ = write!(out, "</ul>\n<h3>Where we stand</h3>\n<p>{}</p>\n</div></div>\n</section>\n", esc(&stage));
}

fn goals(out: &mut String, plan: &Plan, today: Date) {
    if plan.goals.is_empty() {
        return;
    }
    let _ = write!(out, "<section>\n<h2>Goals and KPIs</h2>\n");
    for (depth, goal) in plan.goal_tree() {
        let indent = depth.min(4) * 24;
        let _ = writeln!(out, "<h3 style=\"margin-left:{indent}px\">{}</h3>", bdi(&goal.title));
        if !goal.description.trim().is_empty() {
            let _ = writeln!(
                out,
                "<p style=\"margin-left:{indent}px\" class=\"muted\">{}</p>",
                bdi(&goal.description)
            );
        }
        let kpis: Vec<_> = plan.kpis_of(&goal.id).collect();
        if kpis.is_empty() {
            continue;
        }
        let _ = writeln!(
            out,
            "<table style=\"margin-left:{indent}px; width:calc(100% - {indent}px)\"><tr><th>KPI</th><th>Baseline</th><th>Current</th><th>Target</th><th>Due</th><th>Progress</th></tr>"
        );
        for k in kpis {
            let progress = k.progress().map_or(0.0, |p| p.clamp(0.0, 1.0));
            let status = match k.status(today) {
                KpiStatus::Achieved => "<span class=\"ok\">target reached</span>",
                KpiStatus::Overdue => "<span class=\"problem\">past due, short of target</span>",
                KpiStatus::InProgress => "",
                KpiStatus::NotMeasured => "<span class=\"muted\">not measured</span>",
            };
            let _ = writeln!(
                out,
                "<tr><td>{}</td><td>{} {unit}</td><td>{}</td><td>{} {unit}</td><td>{}</td><td><span class=\"bar\"><span style=\"width:{:.0}%\"></span></span> {:.0}% {status}</td></tr>",
                bdi(&k.name),
                k.baseline,
                k.current.map_or_else(|| "—".to_owned(), |c| format!("{c} {}", bdi(&k.unit))),
                k.target,
                k.due.map_or_else(String::new, long_date),
                progress * 100.0,
                progress * 100.0,
                unit = bdi(&k.unit)
            );
        }
        out.push_str("</table>\n");
    }
    out.push_str("</section>\n");
}

fn manifesto(out: &mut String, plan: &Plan) {
    let m = &plan.manifesto;
    let _ = write!(
        out,
        "<section>\n<h2>{} <span class=\"muted\">(revision {})</span></h2>\n",
        bdi(&m.title),
        m.revision
    );
    if !m.preamble.trim().is_empty() {
        let _ = writeln!(out, "<p>{}</p>", light_markdown(&m.preamble));
    }
    out.push_str("<ol class=\"beliefs\">\n");
    for b in m.beliefs.iter().filter(|b| b.status == BeliefStatus::Agreed) {
        let _ = write!(out, "<li>{}", light_markdown(&b.statement));
        if !b.rationale.trim().is_empty() {
            let _ = write!(
                out,
                "<br><span class=\"muted\" style=\"font-size:13px\">{}</span>",
                light_markdown(&b.rationale)
            );
        }
        out.push_str("</li>\n");
    }
    out.push_str("</ol>\n<h3>Signed by</h3>\n<ul>\n");
    for s in m.current_signatures() {
        let name = plan.person(&s.person).map_or_else(|| s.person.to_string(), |p| p.name.clone());
        let _ = writeln!(out, "<li>{}, {}</li>", bdi(&name), long_date(s.date));
    }
    let unsigned: Vec<String> = plan
        .working_group_members()
        .filter(|p| !m.current_signatures().any(|s| s.person == p.id))
        .map(|p| bdi(&p.name))
        .collect();
    if !unsigned.is_empty() {
        let _ = writeln!(out, "<li class=\"muted\">Not yet: {}</li>", unsigned.join(", "));
    }
    out.push_str("</ul>\n</section>\n");
}

fn stakeholders(out: &mut String, plan: &Plan) {
    if plan.stakeholders.is_empty() {
        return;
    }
    let _ = write!(
        out,
        "<section>\n<h2>Stakeholders</h2>\n<table><tr><th>Stakeholder</th><th>Side</th><th>Influence / interest</th><th>Needs</th><th>How served</th><th>Channels</th><th>Content strategy</th><th>Owner</th><th>Metrics</th></tr>\n"
    );
    for s in &plan.stakeholders {
        let channels: Vec<String> = s
            .channels
            .iter()
            .filter_map(|id| plan.channels.iter().find(|c| &c.id == id))
            .map(|c| bdi(&c.name))
            .collect();
        let owner = s.owner.as_ref().and_then(|o| plan.person(o)).map_or("", |p| p.name.as_str());
        let _ = writeln!(
            out,
            "<tr><td><strong>{}</strong><br><span class=\"muted\">{}</span></td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            bdi(&s.name),
            bdi(&s.segment),
            s.side.label(),
            if s.unplaced {
                "not placed yet".to_owned()
            } else {
                format!("{} / {}", s.influence, s.interest)
            },
            bdi(&s.needs),
            bdi(&s.how_served),
            channels.join(", "),
            bdi(&s.content_strategy),
            bdi(owner),
            bdi(&s.metrics).replace('\n', "<br>")
        );
    }
    out.push_str("</table>\n</section>\n");
}

/// The rolling plan, one SVG per workstream so pages break between lanes, on the Plan view's
/// rolling scale (over the plan's dates and today) with every column labelled and the monthly
/// columns tinted.
fn gantt(out: &mut String, plan: &Plan, today: Date) {
    const WIDTH: f64 = 1060.0;
    const LABEL: f64 = 250.0;
    const ROW: f64 = 18.0;
    const HEADER: f64 = 34.0;
    let review = plan.meta.review_date;
    let (from, to) = plan.chart_range();
    let (from, to) = (from.min(today), to.max(today));
    let probe = TimeScale::new(ScaleKind::Rolling, from, to, review, today, 10.0);
    let column = (WIDTH - LABEL) / probe.columns().len().max(1) as f64;
    let scale = TimeScale::new(ScaleKind::Rolling, from, to, review, today, column);
    let x =
        |d: Date| LABEL + scale.content_x_of(d.clamp(scale.start(), scale.end())).clamp(0.0, WIDTH - LABEL);
    let months = rolling_months(review, today);
    let (monthly_x0, monthly_x1) = (x(months.0), x(months.1));
    let _ = write!(
        out,
        "<section>\n<h2>The rolling plan</h2>\n<p class=\"muted\">{} Today ({}) is marked in red, the review date ({}) dashed; the monthly columns are tinted.</p>\n",
        esc(&rolling_rule(review, today)),
        long_date(today),
        long_date(review)
    );
    // The header: each year over its columns, then every column's label.
    let _ = writeln!(
        out,
        "<svg viewBox=\"0 0 {WIDTH} {HEADER}\" width=\"100%\" role=\"img\" aria-label=\"Time scale\">"
    );
    let years: Vec<(i32, f64, f64)> =
        crate::model::year_spans(scale.columns()).into_iter().map(|(y, a, b)| (y, x(a), x(b))).collect();
    for &(year, x0, x1) in &years {
        let [full, short] = crate::model::year_label_forms(year);
        let forms = [(full, 11.0), (short, 11.0)];
        let _ = writeln!(
            out,
            "<line x1=\"{x0:.1}\" y1=\"0\" x2=\"{x0:.1}\" y2=\"{HEADER}\" stroke=\"#8a9099\"/>{}",
            svg_label(&forms, x0, x1, 12.0, "year", " font-weight=\"bold\"", false)
        );
    }
    // Columns of one unit take the first of these that fits them all: the full label, the full
    // label a size smaller, the short one.
    let room = column - 2.0 * LABEL_PAD;
    let forms = |c: &Column| {
        let [full, short] = c.label_forms();
        [(full.clone(), 10.0), (full, 9.0), (short, 10.0)]
    };
    let level = |unit| {
        let of_unit = scale.columns().iter().filter(|c| c.unit == unit);
        (0..2)
            .find(|&l| of_unit.clone().all(|c| text_width(&forms(c)[l].0, forms(c)[l].1) <= room))
            .unwrap_or(2)
    };
    for c in scale.columns() {
        let (x0, x1) = (x(c.start), x(c.end));
        let forms = forms(c);
        let fill = if c.unit == Unit::Month { "#dde7f7" } else { "#f3f4f6" };
        let _ = writeln!(
            out,
            "<rect x=\"{x0:.1}\" y=\"16\" width=\"{:.1}\" height=\"18\" fill=\"{fill}\" stroke=\"#c9cdd4\"/>{}",
            x1 - x0,
            svg_label(&forms[level(c.unit)..], x0, x1, 29.0, "col", "", true)
        );
    }
    out.push_str("</svg>\n");
    for lane in &plan.workstreams {
        let tasks: Vec<&Task> =
            plan.tasks.iter().map(|t| t.as_ref()).filter(|t| t.workstream == lane.id).collect();
        let height = ROW * (tasks.len() as f64 + 1.0) + 4.0;
        let color = parse_hex_color(&lane.color)
            .map_or_else(|| "#5b6c8f".to_owned(), |[r, g, b]| format!("#{r:02x}{g:02x}{b:02x}"));
        let _ = writeln!(
            out,
            "<div class=\"lane\"><svg viewBox=\"0 0 {WIDTH} {height:.0}\" width=\"100%\" role=\"img\" aria-label=\"{}\">",
            esc(&lane.name),
        );
        // The monthly columns tinted, a line at each column's start (darker where a year starts).
        if monthly_x1 > monthly_x0 {
            let _ = writeln!(
                out,
                "<rect x=\"{monthly_x0:.1}\" y=\"0\" width=\"{:.1}\" height=\"{height:.0}\" fill=\"#1f5fbf\" opacity=\"0.07\"/>",
                monthly_x1 - monthly_x0
            );
        }
        for c in scale.columns() {
            let stroke = if years.iter().any(|y| y.1 == x(c.start)) { "#c9cdd4" } else { "#e4e6ea" };
            let _ = write!(
                out,
                "<line x1=\"{0:.1}\" y1=\"0\" x2=\"{0:.1}\" y2=\"{height:.0}\" stroke=\"{stroke}\"/>",
                x(c.start)
            );
        }
        let _ = write!(
            out,
            "\n<rect x=\"0\" y=\"0\" width=\"{WIDTH}\" height=\"{ROW}\" fill=\"{color}\" opacity=\"0.18\"/><text x=\"4\" y=\"13\" font-size=\"12\" font-weight=\"bold\">{}</text>\n",
            esc(&lane.name)
        );
        for (i, t) in tasks.iter().enumerate() {
            let y = ROW * (i as f64 + 1.0);
            let mut name: String = t.name.chars().take(42).collect();
            if t.name.chars().count() > 42 {
                name.push('…');
            }
            let _ =
                writeln!(out, "<text x=\"8\" y=\"{:.1}\" font-size=\"10\">{}</text>", y + 12.5, esc(&name));
            let fill = match t.status {
                TaskStatus::Late => "#c62828",
                TaskStatus::AtRisk => "#c77c02",
                TaskStatus::Done => "#8a9099",
                _ => color.as_str(),
            };
            if t.milestone {
                let cx = x(t.start);
                let cy = y + ROW / 2.0;
                let _ = writeln!(
                    out,
                    "<polygon points=\"{cx:.1},{:.1} {:.1},{cy:.1} {cx:.1},{:.1} {:.1},{cy:.1}\" fill=\"{fill}\"/>",
                    cy - 6.0,
                    cx + 6.0,
                    cy + 6.0,
                    cx - 6.0
                );
            } else {
                let (x0, x1) = (x(t.start), x(t.end.succ_opt().unwrap_or(t.end)));
                let _ = writeln!(
                    out,
                    "<rect x=\"{x0:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{:.1}\" rx=\"2\" fill=\"{fill}\" opacity=\"0.85\"/>",
                    y + 3.0,
                    (x1 - x0).max(2.0),
                    ROW - 6.0
                );
            }
        }
        for (date, style) in
            [(review, "stroke=\"#1f5fbf\" stroke-dasharray=\"4 3\""), (today, "stroke=\"#c62828\"")]
        {
            if date >= scale.start() && date < scale.end() {
                let lx = x(date);
                let _ = writeln!(
                    out,
                    "<line x1=\"{lx:.1}\" y1=\"0\" x2=\"{lx:.1}\" y2=\"{height:.0}\" {style} stroke-width=\"1.5\"/>"
                );
            }
        }
        out.push_str("</svg></div>\n");
    }
    out.push_str("</section>\n");
}

/// Space kept free on each side of a label in the Gantt's header.
const LABEL_PAD: f64 = 2.0;

/// A generous estimate of the width of `text` at `size` px in the handout's sans-serif fonts
/// (SVG text cannot be measured when the page is written; DejaVu Sans, the widest common
/// fallback, stays inside it).
fn text_width(text: &str, size: f64) -> f64 {
    let em: f64 = text
        .chars()
        .map(|c| match c {
            'i' | 'j' | 'l' | 'I' | '’' | '\'' | ' ' | '.' => 0.32,
            'f' | 't' | 'r' => 0.42,
            'M' | 'W' | 'm' | 'w' => 0.9,
            'A'..='Z' => 0.76,
            _ => 0.62,
        })
        .sum();
    em * size
}

/// An SVG text of class `class` with baseline `y` in `x0..x1`: the first of `forms` (text and
/// font size) that fits (left-aligned, or centred when `centre`); the last squeezed to fit when
/// none does.
fn svg_label(
    forms: &[(String, f64)],
    x0: f64,
    x1: f64,
    y: f64,
    class: &str,
    attrs: &str,
    centre: bool,
) -> String {
    let room = x1 - x0 - 2.0 * LABEL_PAD;
    let fitting = forms.iter().find(|(f, size)| text_width(f, *size) <= room);
    let none = (String::new(), 10.0);
    let ((text, size), squeeze) = match fitting {
        Some(form) => (form, String::new()),
        None => (
            forms.last().unwrap_or(&none),
            format!(" textLength=\"{:.1}\" lengthAdjust=\"spacingAndGlyphs\"", room.max(1.0)),
        ),
    };
    let (lx, anchor) =
        if centre || fitting.is_none() { ((x0 + x1) / 2.0, "middle") } else { (x0 + LABEL_PAD, "start") };
    format!(
        "<text class=\"{class}\" x=\"{lx:.1}\" y=\"{y}\" font-size=\"{size}\" text-anchor=\"{anchor}\"{attrs}{squeeze}>{}</text>",
        esc(text)
    )
}

fn assessment(out: &mut String, plan: &Plan) {
    let a = &plan.assessment;
    let stage = a.current_stage().map_or_else(
        || "No stage reached yet".to_owned(),
        |s| format!("Stage {} of 10: {}", s.number, s.name),
    );
    let _ = write!(
        out,
        "<section>\n<h2>Assessment</h2>\n<div class=\"grid\"><div>\n<h3>Maturity: {}</h3>\n<table><tr><th>Stage</th><th>Activity</th><th>Level</th><th>Evidence</th></tr>\n",
        esc(&stage)
    );
    for s in &MATURITY_STAGES {
        for (n, activity) in s.activities.iter().enumerate() {
            let stage_cell = if n == 0 { format!("{}. {}", s.number, s.name) } else { String::new() };
            let rating = a.rating_of(activity);
            let _ = writeln!(
                out,
                "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                esc(&stage_cell),
                esc(&activity_label(activity)),
                a.level(activity).label(),
                bdi(rating.map_or("", |r| r.evidence.as_str()))
            );
        }
    }
    out.push_str("</table>\n</div><div>\n<h3>Five types of integration</h3>\n<table><tr><th>Type</th><th>Rating</th><th>Notes</th></tr>\n");
    for kind in IntegrationType::ALL {
        let r = a.integration.iter().find(|r| r.kind == kind);
        let rating = r.map_or(0, |r| r.rating.min(5));
        let word = if rating >= 1 { INTEGRATION_SCALE[usize::from(rating) - 1] } else { "not rated" };
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td><span class=\"bar\"><span style=\"width:{}%\"></span></span> {rating} of 5, {}</td><td>{}</td></tr>",
            kind.label(),
            u32::from(rating) * 20,
            word.to_lowercase(),
            bdi(r.map_or("", |r| r.notes.as_str()))
        );
    }
    out.push_str("</table>\n<h3>The ten steps</h3>\n<table><tr><th>Step</th><th>Status</th></tr>\n");
    for step in plan.checklist() {
        let why = step.derived.as_deref().or(Some(step.note.as_str())).filter(|w| !w.is_empty());
        let _ = writeln!(
            out,
            "<tr><td>{}. {}</td><td>{}{}</td></tr>",
            step.step,
            esc(step.title),
            step.status.label(),
            why.map_or_else(String::new, |w| format!("<br><span class=\"muted\">{}</span>", bdi(w)))
        );
    }
    out.push_str("</table>\n</div></div>\n</section>\n");
}
