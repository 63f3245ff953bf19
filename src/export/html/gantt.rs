//! The handout's rolling plan: inline SVG on the Plan view's rolling scale, in the light
//! theme's colours and each workstream's own.

use super::super::html_text::esc;
use crate::model::{
    Column, Date, Plan, ScaleKind, Task, TaskStatus, TimeScale, Unit, long_date, rolling_months, rolling_rule,
};
use crate::palette::{GREY, LIGHT, handout};
use std::fmt::Write;

/// The rolling plan, one SVG per workstream so pages break between lanes, on the Plan view's
/// rolling scale (over the plan's dates and today) with every column labelled and the monthly
/// columns tinted.
pub(super) fn rolling_plan(out: &mut String, plan: &Plan, today: Date) {
    const WIDTH: f64 = 1060.0;
    const LABEL: f64 = 250.0;
    const ROW: f64 = 18.0;
    const HEADER: f64 = 34.0;
    let (grey, outline, accent, late, at_risk) =
        (GREY.hex(), LIGHT.outline.hex(), LIGHT.accent.hex(), LIGHT.late.hex(), LIGHT.at_risk.hex());
    let column_line = handout::COLUMN_LINE.hex();
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
            "<line x1=\"{x0:.1}\" y1=\"0\" x2=\"{x0:.1}\" y2=\"{HEADER}\" stroke=\"{grey}\"/>{}",
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
        let fill = if c.unit == Unit::Month { handout::MONTH_COLUMN } else { LIGHT.field }.hex();
        let _ = writeln!(
            out,
            "<rect x=\"{x0:.1}\" y=\"16\" width=\"{:.1}\" height=\"18\" fill=\"{fill}\" stroke=\"{outline}\"/>{}",
            x1 - x0,
            svg_label(&forms[level(c.unit)..], x0, x1, 29.0, "col", "", true)
        );
    }
    out.push_str("</svg>\n");
    for lane in &plan.workstreams {
        let tasks: Vec<&Task> =
            plan.tasks.iter().map(std::sync::Arc::as_ref).filter(|t| t.workstream == lane.id).collect();
        let height = ROW * (tasks.len() as f64 + 1.0) + 4.0;
        let color = lane.rgb().hex();
        let _ = writeln!(
            out,
            "<div class=\"lane\"><svg viewBox=\"0 0 {WIDTH} {height:.0}\" width=\"100%\" role=\"img\" aria-label=\"{}\">",
            esc(&lane.name),
        );
        // The monthly columns tinted, a line at each column's start (darker where a year starts).
        if monthly_x1 > monthly_x0 {
            let _ = writeln!(
                out,
                "<rect x=\"{monthly_x0:.1}\" y=\"0\" width=\"{:.1}\" height=\"{height:.0}\" fill=\"{accent}\" opacity=\"0.07\"/>",
                monthly_x1 - monthly_x0
            );
        }
        for c in scale.columns() {
            let stroke = if years.iter().any(|y| y.1 == x(c.start)) { &outline } else { &column_line };
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
                TaskStatus::Late => late.as_str(),
                TaskStatus::AtRisk => at_risk.as_str(),
                TaskStatus::Done => grey.as_str(),
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
        for (date, style) in [
            (review, format!("stroke=\"{accent}\" stroke-dasharray=\"4 3\"")),
            (today, format!("stroke=\"{late}\"")),
        ] {
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
