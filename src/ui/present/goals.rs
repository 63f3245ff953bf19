//! The goals slide: the goal tree with each KPI's progress from baseline to target, in rows
//! that fit the screen (a long tree continues on the next page).

use super::pages::{clamped, paginate_keeping};
use super::{Presentation, pickable};
use crate::model::{Goal, Kpi, KpiStatus};
use crate::ui::ViewCtx;
use crate::ui::theme::Tokens;
use egui::{RichText, Ui};

/// One row: a goal (with its depth) or one of its KPIs.
enum Row<'a> {
    Goal(usize, &'a Goal),
    Kpi(usize, &'a Kpi),
}

/// A number without needless decimals, its thousands grouped: 12, 12.5, 585,000.
fn number(value: f64) -> String {
    let text = if value.fract() == 0.0 || value.abs() >= 1e15 {
        format!("{value:.0}")
    } else {
        format!("{value:.1}")
    };
    let (int, rest) = text.split_once('.').map_or((text.as_str(), None), |(i, r)| (i, Some(r)));
    let (sign, digits) = int.strip_prefix('-').map_or(("", int), |d| ("-", d));
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    match rest {
        Some(rest) => format!("{sign}{grouped}.{rest}"),
        None => format!("{sign}{grouped}"),
    }
}

/// Draws the page; returns (page, pages).
pub(super) fn show(ui: &mut Ui, ctx: &mut ViewCtx, p: &mut Presentation) -> (usize, usize) {
    let tokens = Tokens::of(ui);
    let plan = &*ctx.plan;
    let mut rows = Vec::new();
    for (depth, goal) in plan.goal_tree() {
        rows.push(Row::Goal(depth, goal));
        rows.extend(plan.kpis_of(&goal.id).map(|k| Row::Kpi(depth, k)));
    }
    if rows.is_empty() {
        ui.label("No goals yet. Add them in Team & goals.");
        return (0, 1);
    }
    let line = (ui.text_style_height(&egui::TextStyle::Body) + 8.0).max(ui.spacing().interact_size.y);
    let goal_line = line * 1.4;
    let gap = ui.spacing().item_spacing.y;
    let width = ui.available_width();
    // KPI names and figures wrap where they must; a row grows to hold them (cut only where
    // a row would not fit a page).
    let body = egui::TextStyle::Body.resolve(ui.style());
    // Every page keeps room for the goal it continues, named again at its top.
    let room = ui.available_height() - goal_line - gap;
    let max_rows = ((room - 8.0) / ui.text_style_height(&egui::TextStyle::Body)).floor().max(1.0) as usize;
    let kpi_rows: Vec<Option<KpiRow>> = rows
        .iter()
        .map(|r| match r {
            Row::Kpi(depth, kpi) => {
                let indent = kpi_indent(*depth, &tokens);
                let columns = columns(ui, width, indent);
                let name = clamped(ui, &kpi.name, body.clone(), tokens.text, columns.name, max_rows);
                let (text, color) = figures(kpi, ctx.today, &tokens);
                let figures = clamped(ui, &text, body.clone(), color, columns.figures, max_rows);
                Some(KpiRow { name, figures, color, indent, columns, line })
            }
            Row::Goal(..) => None,
        })
        .collect();
    let heights: Vec<f32> =
        kpi_rows.iter().map(|row| row.as_ref().map_or(goal_line, KpiRow::height)).collect();
    let pages = paginate_keeping(&heights, room, gap, |i| matches!(rows[i], Row::Goal(..)));
    let page = p.page.min(pages.len() - 1);
    let range = pages[page].clone();
    let continued = match rows.get(range.start) {
        Some(Row::Kpi(..)) => rows[..range.start].iter().rev().find_map(|r| match r {
            Row::Goal(depth, goal) => Some(Row::Goal(*depth, goal)),
            Row::Kpi(..) => None,
        }),
        _ => None,
    };
    let shown = continued
        .iter()
        .map(|r| (r, None))
        .chain(rows[range.clone()].iter().zip(&kpi_rows[range]).map(|(r, n)| (r, n.as_ref())));
    for (row, laid) in shown {
        match row {
            Row::Goal(depth, goal) => {
                let indent = *depth as f32 * tokens.spacing * 2.0;
                let owner = goal.owner.as_ref().and_then(|o| plan.person(o)).map(|p| p.name.as_str());
                pickable(ui, p, &goal.id, |ui| {
                    fixed_row(ui, goal_line, |ui| {
                        ui.add_space(indent);
                        let more = if continued.as_ref().is_some_and(|c| std::ptr::eq(c, row)) {
                            " (continued)"
                        } else {
                            ""
                        };
                        let title = RichText::new(format!("{}{more}", goal.title))
                            .size(tokens.heading_size * 0.85)
                            .strong();
                        ui.add(egui::Label::new(title).truncate());
                        if let Some(owner) = owner {
                            ui.label(RichText::new(format!("· {owner}")).color(tokens.muted));
                        }
                    });
                });
            }
            Row::Kpi(_, kpi) => {
                let Some(row) = laid else { continue };
                let dimmed = p.dimmed(&kpi.goal);
                ui.scope(|ui| {
                    if dimmed {
                        ui.multiply_opacity(0.2);
                    }
                    fixed_row(ui, row.height(), |ui| kpi_row(ui, kpi, row));
                });
            }
        }
    }
    (page, pages.len())
}

/// How far a KPI at `depth` is indented.
fn kpi_indent(depth: usize, tokens: &Tokens) -> f32 {
    depth as f32 * tokens.spacing * 2.0 + tokens.spacing * 2.0
}

/// The widths of a KPI row's name, progress bar and figures, after its indent.
struct Columns {
    name: f32,
    bar: f32,
    figures: f32,
}

fn columns(ui: &Ui, width: f32, indent: f32) -> Columns {
    let name = (width * 0.42 - indent).max(80.0);
    let bar = width * 0.2;
    let spacing = ui.spacing().item_spacing.x * 2.0;
    Columns { name, bar, figures: (width - indent - name - bar - spacing).max(80.0) }
}

/// A KPI row laid out: its name and figures (wrapped), status colour, indent, columns, a
/// line's height.
struct KpiRow {
    name: std::sync::Arc<egui::Galley>,
    figures: std::sync::Arc<egui::Galley>,
    /// The colour of the KPI's status.
    color: egui::Color32,
    indent: f32,
    columns: Columns,
    line: f32,
}

impl KpiRow {
    fn height(&self) -> f32 {
        self.line.max(self.name.size().y.max(self.figures.size().y) + 8.0)
    }
}

/// Where a KPI stands in words, and the colour of its status: "34 of 50 % · On the way"; one
/// that counts down (a target below its baseline) "86 forms now, target 0 · On the way".
fn figures(kpi: &Kpi, today: crate::model::Date, tokens: &Tokens) -> (String, egui::Color32) {
    let (status, color) = match kpi.status(today) {
        KpiStatus::Achieved => ("Target reached", tokens.success),
        KpiStatus::InProgress => ("On the way", tokens.accent),
        KpiStatus::Overdue => ("Past due", tokens.danger),
        KpiStatus::NotMeasured => ("Not measured", tokens.muted),
    };
    let unit = if kpi.unit.is_empty() { String::new() } else { format!(" {}", kpi.unit) };
    let target = number(kpi.target);
    let where_ = match kpi.current {
        Some(current) if kpi.target < kpi.baseline => {
            format!("{}{unit} now, target {target}", number(current))
        }
        None if kpi.target < kpi.baseline => format!("target {target}{unit}"),
        current => format!("{} of {target}{unit}", current.map_or_else(|| "–".to_owned(), number)),
    };
    (format!("{where_} · {status}"), color)
}

/// "Name ▕████░░░▏ 34 of 50 % · On the way".
fn kpi_row(ui: &mut Ui, kpi: &Kpi, row: &KpiRow) {
    ui.add_space(row.indent);
    let size = egui::vec2(row.columns.name, row.name.size().y);
    ui.allocate_ui_with_layout(size, egui::Layout::left_to_right(egui::Align::Center), |ui| {
        ui.set_min_size(size);
        ui.add(egui::Label::new(row.name.clone()));
    });
    let bar = egui::ProgressBar::new(kpi.progress().unwrap_or(0.0).clamp(0.0, 1.0) as f32)
        .desired_width(row.columns.bar)
        .desired_height(row.line * 0.5)
        .corner_radius(4.0)
        .fill(row.color.gamma_multiply(0.8));
    ui.add(bar);
    ui.add(egui::Label::new(row.figures.clone()));
}

/// A left-to-right row of exactly `height`, its contents centred vertically.
fn fixed_row<R>(ui: &mut Ui, height: f32, add: impl FnOnce(&mut Ui) -> R) -> R {
    let size = egui::vec2(ui.available_width(), height);
    let r = ui.allocate_ui_with_layout(size, egui::Layout::left_to_right(egui::Align::Center), |ui| {
        ui.set_min_size(size);
        add(ui)
    });
    r.inner
}

#[cfg(test)]
mod tests {
    #[test]
    fn numbers_group_thousands_and_drop_needless_decimals() {
        assert_eq!(super::number(585000.0), "585,000");
        assert_eq!(super::number(2.6), "2.6");
        assert_eq!(super::number(-1234.5), "-1,234.5");
        assert_eq!(super::number(100.0), "100");
    }
}
