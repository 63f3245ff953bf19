//! The HTML handout: one self-contained page (no scripts, no external files) that reads in any
//! browser and prints on A4 or Letter landscape: overview, goals and KPIs, manifesto,
//! stakeholders, the rolling plan as inline SVG on the app's rolling scale, and assessment.

use super::html_text::{bdi, esc, light_markdown};
use crate::model::long_date;
use crate::model::{
    BeliefStatus, Date, INTEGRATION_SCALE, IntegrationType, KpiStatus, MATURITY_STAGES, Plan, Task,
    TaskStatus, activity_label,
};
use crate::palette::{LIGHT, handout};
use std::fmt::Write;

mod gantt;

/// The page's style sheet, in the light theme's colours.
fn style() -> String {
    let (text, accent, muted) = (LIGHT.text.hex(), LIGHT.accent.hex(), LIGHT.muted.hex());
    let (danger, warning, success) = (LIGHT.danger.hex(), LIGHT.warning.hex(), LIGHT.success.hex());
    let (outline, panel, track) = (LIGHT.outline.hex(), LIGHT.panel.hex(), handout::TRACK.hex());
    format!(
        r#"
@page {{ size: A4 landscape; margin: 12mm; }}
* {{ box-sizing: border-box; }}
body {{ font-family: "Segoe UI", "Helvetica Neue", Arial, sans-serif; color: {text}; margin: 0 auto; max-width: 1100px; padding: 16px; font-size: 13px; line-height: 1.4; }}
h1 {{ font-size: 28px; margin: 0 0 4px; }}
h2 {{ font-size: 20px; margin: 0 0 8px; border-bottom: 2px solid {accent}; padding-bottom: 4px; }}
h3 {{ font-size: 15px; margin: 12px 0 4px; }}
section {{ margin: 0 0 28px; }}
section + section {{ break-before: page; }}
.muted {{ color: {muted}; }}
.problem {{ color: {danger}; }} .warning {{ color: {warning}; }} .ok {{ color: {success}; }}
table {{ border-collapse: collapse; width: 100%; }}
th, td {{ border: 1px solid {outline}; padding: 4px 6px; text-align: left; vertical-align: top; }}
th {{ background: {panel}; }}
tr {{ break-inside: avoid; }}
.bar {{ display: inline-block; width: 120px; height: 10px; background: {track}; vertical-align: middle; }}
.bar > span {{ display: block; height: 100%; background: {accent}; }}
.lane {{ break-inside: avoid; margin-bottom: 10px; }}
ol.beliefs li {{ font-size: 16px; margin-bottom: 8px; }}
.grid {{ display: flex; gap: 24px; }} .grid > div {{ flex: 1; }}
"#
    )
}

/// The handout as one HTML document.
pub fn handout(plan: &Plan, today: Date) -> String {
    let plan = &*super::balance::balanced_plan(plan);
    let mut out = String::new();
    let title = if plan.meta.title.trim().is_empty() { "Untitled plan" } else { plan.meta.title.trim() };
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n<style>{}</style>\n</head>\n<body>\n",
        esc(title),
        style()
    );
    overview(&mut out, plan, today, title);
    goals(&mut out, plan, today);
    manifesto(&mut out, plan);
    stakeholders(&mut out, plan);
    gantt::rolling_plan(&mut out, plan, today);
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
