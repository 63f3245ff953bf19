//! Painting the chart (grid, header, lanes, bars, milestones, arrows, date lines) and the
//! pointer interactions on bars.

use super::geometry::Geometry;
use super::rows::Row;
use super::state::BarDrag;
use crate::model::{Date, Id, Plan, Task, TimeScale, baseline_dates};
use crate::ui::theme::Tokens;
use chrono::Datelike;
use egui::{Color32, CornerRadius, FontId, Rect, Shape, Stroke, Ui, pos2, vec2};
use std::collections::HashMap;

/// Everything the chart needs for one frame.
pub struct Chart<'a> {
    pub plan: &'a Plan,
    pub rows: &'a [Row],
    pub scale: &'a TimeScale,
    pub geo: &'a Geometry,
    pub tokens: &'a Tokens,
    pub today: Date,
}

/// A lane's colour from its workstream ([`crate::model::Workstream::rgb`]), or the accent
/// for rows outside any lane.
pub fn lane_color(plan: &Plan, workstream: Option<usize>, tokens: &Tokens) -> Color32 {
    workstream.map_or(tokens.accent, |w| plan.workstreams[w].rgb().into())
}

/// How a task's bar stands out from the rest.
#[derive(Clone, Copy, Debug, Default)]
pub struct BarLook {
    /// Outlined: the task is selected.
    pub selected: bool,
    /// Faded: the filter leaves the task out.
    pub dimmed: bool,
}

/// Height of each of the header's rows (years, columns, flags).
const HEADER_ROW: f32 = super::geometry::HEADER_HEIGHT / 3.0;

/// The first of `texts` that fits in `width`, laid out, or none.
fn fitting(
    painter: &egui::Painter,
    texts: [String; 2],
    font: &FontId,
    color: Color32,
    width: f32,
) -> Option<std::sync::Arc<egui::Galley>> {
    texts.into_iter().map(|t| painter.layout_no_wrap(t, font.clone(), color)).find(|g| g.size().x <= width)
}

impl Chart<'_> {
    /// Paints the grid and lane bands behind the bars.
    pub fn paint_background(&self, ui: &Ui) {
        let painter = ui.painter().with_clip_rect(self.geo.chart);
        painter.rect_filled(self.geo.chart, 0.0, self.tokens.card);
        for index in self.geo.visible_rows(self.rows.len()) {
            if let Row::Lane { workstream, .. } = self.rows[index] {
                let top = self.geo.row_top(index);
                let band = Rect::from_min_max(
                    pos2(self.geo.chart.left(), top),
                    pos2(self.geo.chart.right(), top + self.geo.row_height),
                );
                painter.rect_filled(
                    band,
                    0.0,
                    lane_color(self.plan, workstream, self.tokens).gamma_multiply(0.12),
                );
            }
        }
        let grid = Stroke::new(1.0, self.tokens.outline.gamma_multiply(0.6));
        for column in self.visible_columns() {
            let x = self.geo.screen_x_of(self.scale, column.start);
            let strong = column.start.month0() == 0 && column.start.day() == 1;
            let stroke = if strong { Stroke::new(1.5, self.tokens.outline) } else { grid };
            painter.vline(x, self.geo.chart.y_range(), stroke);
        }
    }

    fn visible_columns(&self) -> impl Iterator<Item = &crate::model::Column> {
        let from = self.scale.date_at(self.geo.content_x(self.geo.chart.left()));
        let to = self.scale.date_at(self.geo.content_x(self.geo.chart.right()));
        let first = self.scale.column_index(from);
        let last = self.scale.column_index(to);
        self.scale.columns()[first..=last.max(first)].iter()
    }

    /// Paints the pinned header: years on top, every column's unit below (a shorter form
    /// where the full one does not fit), and the today and review flags in a row of their own
    /// (side by side when they would overlap). Hovering it says the scale's rule.
    pub fn paint_header(&self, ui: &Ui, rule: &str) {
        let rect = self.geo.chart_header;
        let painter = ui.painter().with_clip_rect(rect);
        painter.rect_filled(rect, 0.0, self.tokens.panel);
        let row = HEADER_ROW;
        let units_top = rect.top() + row;
        let flags_top = units_top + row;
        let text = FontId::proportional(self.tokens.body_size - 2.0);
        // Year labels, each clipped to its year's stretch so neighbours never overlap.
        let screen_x = |date: Date| self.geo.screen_x_of(self.scale, date);
        let segments = crate::model::year_spans(self.visible_columns());
        for (year, x0, x1) in segments.into_iter().map(|(y, a, b)| (y, screen_x(a), screen_x(b))) {
            painter.vline(x0, rect.top()..=flags_top, Stroke::new(1.5, self.tokens.outline));
            let left = x0.max(rect.left()) + 4.0;
            let forms = crate::model::year_label_forms(year);
            if let Some(galley) = fitting(&painter, forms, &text, self.tokens.text, x1 - 2.0 - left) {
                painter.galley(pos2(left, rect.top() + 3.0), galley, self.tokens.text);
            }
        }
        for column in self.visible_columns() {
            let x0 = self.geo.screen_x_of(self.scale, column.start);
            let x1 = self.geo.screen_x_of(self.scale, column.end);
            painter.vline(x0, units_top..=flags_top, Stroke::new(1.0, self.tokens.outline));
            if let Some(galley) =
                fitting(&painter, column.label_forms(), &text, self.tokens.muted, x1 - x0 - 4.0)
            {
                let left = (x0 + x1 - galley.size().x) / 2.0;
                painter.galley(pos2(left, units_top + 2.0), galley, self.tokens.muted);
            }
        }
        painter.hline(rect.x_range(), flags_top, Stroke::new(1.0, self.tokens.outline.gamma_multiply(0.5)));
        painter.hline(rect.x_range(), rect.bottom() - 0.5, Stroke::new(1.0, self.tokens.outline));
        let flags = [
            (self.today, "Today", self.tokens.danger),
            (self.plan.meta.review_date, "Review", self.tokens.accent),
        ];
        let tags = self.flag_tags(&painter, &flags, flags_top + 2.0, &text);
        for (tag, galley, color) in tags {
            painter.rect_filled(tag, 3.0, color);
            painter.galley(tag.min + vec2(4.0, 1.0), galley, self.tokens.on_accent);
        }
        let response = ui.interact(rect, ui.scope_id().with("scale-rule"), egui::Sense::hover());
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, "Time scale"));
        response.on_hover_text(rule);
    }

    /// The flags' tags, each centred on its date's line and kept inside the header; a tag that
    /// would overlap the one before moves beside it.
    fn flag_tags(
        &self,
        painter: &egui::Painter,
        flags: &[(Date, &str, Color32)],
        top: f32,
        font: &FontId,
    ) -> Vec<(Rect, std::sync::Arc<egui::Galley>, Color32)> {
        let rect = self.geo.chart_header;
        let mut tags: Vec<(Rect, std::sync::Arc<egui::Galley>, Color32)> = Vec::new();
        let mut ordered: Vec<(f32, &str, Color32)> = flags
            .iter()
            .map(|(date, label, color)| (self.geo.screen_x_of(self.scale, *date), *label, *color))
            .collect();
        ordered.sort_by(|a, b| a.0.total_cmp(&b.0));
        for (x, label, color) in ordered {
            if x < rect.left() || x > rect.right() {
                continue;
            }
            let galley = painter.layout_no_wrap(label.to_owned(), font.clone(), self.tokens.on_accent);
            let size = galley.size() + vec2(8.0, 2.0);
            let mut left = x - size.x / 2.0;
            if let Some((before, _, _)) = tags.last() {
                left = left.max(before.right() + 4.0);
            }
            let left = left.clamp(rect.left(), (rect.right() - size.x).max(rect.left()));
            tags.push((Rect::from_min_size(pos2(left, top), size), galley, color));
        }
        tags
    }

    /// Paints the today and review-date lines over the rows.
    pub fn paint_date_lines(&self, ui: &Ui) {
        let painter = ui.painter().with_clip_rect(self.geo.chart);
        let today = self.geo.screen_x_of(self.scale, self.today);
        painter.vline(today, self.geo.chart.y_range(), Stroke::new(2.0, self.tokens.danger));
        let review = self.geo.screen_x_of(self.scale, self.plan.meta.review_date);
        let dashes = Shape::dashed_line(
            &[pos2(review, self.geo.chart.top()), pos2(review, self.geo.chart.bottom())],
            Stroke::new(2.0, self.tokens.accent),
            8.0,
            5.0,
        );
        painter.extend(dashes);
    }

    /// The bar rectangle of `task` in row `index`, with `dates` overriding its own.
    pub fn bar_rect(&self, index: usize, dates: (Date, Date)) -> Rect {
        let top = self.geo.row_top(index);
        let pad = self.geo.row_height * 0.2;
        let x0 = self.geo.screen_x_of(self.scale, dates.0);
        let x1 = self.geo.screen_x_after(self.scale, dates.1).max(x0 + 3.0);
        Rect::from_min_max(pos2(x0, top + pad), pos2(x1, top + self.geo.row_height - pad))
    }

    /// Paints faint bars for the baseline dates of the chosen review.
    pub fn paint_baseline(&self, ui: &Ui, review: &Id) {
        let Some(review) = self.plan.review(review) else { return };
        let dates = baseline_dates(review);
        let painter = ui.painter().with_clip_rect(self.geo.chart);
        for index in self.geo.visible_rows(self.rows.len()) {
            let Row::Task(t) = self.rows[index] else { continue };
            let task = &self.plan.tasks[t];
            let Some(&(start, end)) = dates.get(&task.id) else { continue };
            let bar = self.bar_rect(index, (start, end));
            let ghost = Rect::from_min_max(
                pos2(bar.left(), bar.bottom() + 1.0),
                pos2(bar.right(), bar.bottom() + 4.0),
            );
            painter.rect_filled(ghost, 1.0, self.tokens.muted.gamma_multiply(0.7));
        }
    }

    /// Paints finish-to-start arrows into visible tasks.
    pub fn paint_dependencies(&self, ui: &Ui, row_of_task: &HashMap<&Id, usize>, drag: Option<&BarDrag>) {
        let painter = ui.painter().with_clip_rect(self.geo.chart);
        let stroke = Stroke::new(1.4, self.tokens.muted);
        let dates_of = |task: &Task| match drag {
            Some(d) if d.task == task.id => d.preview,
            _ => (task.start, task.end),
        };
        for index in self.geo.visible_rows(self.rows.len()) {
            let Row::Task(t) = self.rows[index] else { continue };
            let task = &self.plan.tasks[t];
            let to = self.bar_rect(index, dates_of(task));
            for before in &task.depends_on {
                let Some(&from_row) = row_of_task.get(before) else { continue };
                let Row::Task(b) = self.rows[from_row] else { continue };
                let from = self.bar_rect(from_row, dates_of(&self.plan.tasks[b]));
                let start = pos2(from.right(), from.center().y);
                let end = pos2(to.left(), to.center().y);
                let elbow = (start.x + 8.0).max(end.x - 8.0).min(start.x + 8.0).max(start.x + 4.0);
                let points = vec![start, pos2(elbow, start.y), pos2(elbow, end.y), pos2(end.x - 5.0, end.y)];
                painter.add(Shape::line(points, stroke));
                let tip = [end, pos2(end.x - 6.0, end.y - 4.0), pos2(end.x - 6.0, end.y + 4.0)];
                painter.add(Shape::convex_polygon(tip.to_vec(), self.tokens.muted, Stroke::NONE));
            }
        }
    }

    /// Paints one task's bar or milestone diamond.
    pub fn paint_task(&self, ui: &Ui, task: &Task, bar: Rect, look: BarLook) {
        let BarLook { selected, dimmed } = look;
        let painter = ui.painter().with_clip_rect(self.geo.chart);
        let color = self.tokens.status(task.status);
        let color = if dimmed { color.gamma_multiply(0.2) } else { color };
        if task.milestone {
            let c = pos2(bar.left() + 1.0, bar.center().y);
            let r = bar.height() * 0.62;
            let points = vec![c + vec2(0.0, -r), c + vec2(r, 0.0), c + vec2(0.0, r), c + vec2(-r, 0.0)];
            let outline = if selected {
                Stroke::new(2.5, self.tokens.text)
            } else {
                Stroke::new(1.0, color.gamma_multiply(0.6))
            };
            painter.add(Shape::convex_polygon(points, color, outline));
            return;
        }
        let radius = CornerRadius::same(3);
        painter.rect_filled(bar, radius, color.gamma_multiply(0.35));
        let done = f32::from(task.progress.min(100)) / 100.0;
        if done > 0.0 {
            let fill = Rect::from_min_max(bar.min, pos2(bar.left() + bar.width() * done, bar.bottom()));
            painter.rect_filled(fill, radius, color);
        }
        let outline = if selected { Stroke::new(2.5, self.tokens.text) } else { Stroke::new(1.0, color) };
        painter.rect_stroke(bar, radius, outline, egui::StrokeKind::Inside);
    }
}
