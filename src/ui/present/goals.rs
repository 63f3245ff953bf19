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
    // KPI names wrap to two lines where they must; a row grows to hold them.
    let body = egui::TextStyle::Body.resolve(ui.style());
    let names: Vec<Option<std::sync::Arc<egui::Galley>>> = rows
        .iter()
        .map(|r| match r {
            Row::Kpi(depth, kpi) => {
                let width = name_width(width, kpi_indent(*depth, &tokens));
                Some(clamped(ui, &kpi.name, body.clone(), tokens.text, width, 2))
            }
            Row::Goal(..) => None,
        })
        .collect();
    let heights: Vec<f32> =
        names.iter().map(|name| name.as_ref().map_or(goal_line, |g| line.max(g.size().y + 8.0))).collect();
    // Every page keeps room for the goal it continues, named again at its top.
    let room = ui.available_height() - goal_line - gap;
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
        .chain(rows[range.clone()].iter().zip(&names[range]).map(|(r, n)| (r, n.as_ref())));
    for (row, name) in shown {
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
            Row::Kpi(depth, kpi) => {
                let Some(name) = name else { continue };
                let indent = kpi_indent(*depth, &tokens);
                let dimmed = p.dimmed(&kpi.goal);
                let height = line.max(name.size().y + 8.0);
                ui.scope(|ui| {
                    if dimmed {
                        ui.multiply_opacity(0.2);
                    }
                    let row = KpiRow { name: name.clone(), indent, width, line };
                    fixed_row(ui, height, |ui| kpi_row(ui, &tokens, kpi, &row, ctx.today));
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

/// The width of a KPI's name column.
fn name_width(width: f32, indent: f32) -> f32 {
    (width * 0.42 - indent).max(80.0)
}

/// How a KPI row is laid out: its name (laid out), indent, the slide's width, a line's height.
struct KpiRow {
    name: std::sync::Arc<egui::Galley>,
    indent: f32,
    width: f32,
    line: f32,
}

/// "Name ▕████░░░▏ 34 of 50 % · On the way".
fn kpi_row(ui: &mut Ui, tokens: &Tokens, kpi: &Kpi, row: &KpiRow, today: crate::model::Date) {
    let KpiRow { name, indent, width, line } = row;
    let (indent, width, line) = (*indent, *width, *line);
    let (status, color) = match kpi.status(today) {
        KpiStatus::Achieved => ("Target reached", tokens.success),
        KpiStatus::InProgress => ("On the way", tokens.accent),
        KpiStatus::Overdue => ("Past due", tokens.danger),
        KpiStatus::NotMeasured => ("Not measured", tokens.muted),
    };
    {
        ui.add_space(indent);
        let size = egui::vec2(name_width(width, indent), name.size().y);
        ui.allocate_ui_with_layout(size, egui::Layout::left_to_right(egui::Align::Center), |ui| {
            ui.set_min_size(size);
            ui.add(egui::Label::new(name.clone()));
        });
        let bar = egui::ProgressBar::new(kpi.progress().unwrap_or(0.0).clamp(0.0, 1.0) as f32)
            .desired_width(width * 0.2)
            .desired_height(line * 0.5)
            .corner_radius(4.0)
            .fill(color.gamma_multiply(0.8));
        ui.add(bar);
        let current = kpi.current.map_or_else(|| "–".to_owned(), number);
        let unit = if kpi.unit.is_empty() { String::new() } else { format!(" {}", kpi.unit) };
        ui.add(
            egui::Label::new(
                RichText::new(format!("{current} of {}{unit} · {status}", number(kpi.target))).color(color),
            )
            .truncate(),
        );
    }
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
