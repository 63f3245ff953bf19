//! Pointer interactions on the chart: dragging bars, sketching new tasks, drawing dependencies.

use super::chart::Chart;
use super::state::{BarDrag, GanttState, Grip, Sketch};
use crate::commands::Request;
use crate::model::{Date, Edit, Id, Task, TimeScale, add_months, end_by_months, shift_date};
use chrono::Datelike;
use egui::{FontId, Rect, Sense, Stroke, Ui, pos2, vec2};

/// How close to a bar's end the pointer must be to resize rather than move it.
const GRIP_WIDTH: f32 = 7.0;

/// The handle at a bar's end that draws a dependency, and its size.
const LINK_HANDLE: f32 = 9.0;

impl Chart<'_> {
    /// Handles hover, click, and drags of the bar of `task` (row `index`).
    pub fn interact_bar(
        &self,
        ui: &mut Ui,
        state: &mut GanttState,
        task: &Task,
        bar: Rect,
        requests: &mut Vec<Request>,
    ) {
        let hit = if task.milestone {
            Rect::from_center_size(
                pos2(bar.left(), bar.center().y),
                vec2(bar.height() * 1.4, bar.height() * 1.4),
            )
        } else {
            bar.expand2(vec2(2.0, 0.0))
        };
        let id = ui.scope_id().with(("bar", &task.id));
        let response = ui.interact(hit.intersect(self.geo.chart), id, Sense::click_and_drag());
        let name = task.name.clone();
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, format!("Bar: {name}")));
        let grip_at = |x: f32| {
            if task.milestone {
                Grip::Whole
            } else if x <= hit.left() + GRIP_WIDTH {
                Grip::Start
            } else if x >= hit.right() - GRIP_WIDTH {
                Grip::End
            } else {
                Grip::Whole
            }
        };
        if let Some(pointer) = response.hover_pos() {
            let icon = match grip_at(pointer.x) {
                Grip::Whole => egui::CursorIcon::Grab,
                _ => egui::CursorIcon::ResizeHorizontal,
            };
            ui.ctx().set_cursor_icon(icon);
        }
        if response.clicked() || response.drag_started() {
            state.selected = Some(task.id.clone());
        }
        if response.double_clicked() {
            state.editing = Some(task.id.clone());
        }
        // Where the button went down, not where the drag was recognised a few points later.
        let origin = || ui.input(|i| i.pointer.press_origin()).or(response.interact_pointer_pos());
        if response.drag_started()
            && let Some(pointer) = origin()
        {
            state.drag = Some(BarDrag {
                task: task.id.clone(),
                grip: grip_at(pointer.x),
                original: (task.start, task.end),
                from_x: self.geo.content_x(pointer.x),
                preview: (task.start, task.end),
            });
        }
        if response.dragged()
            && let (Some(drag), Some(pointer)) = (state.drag.as_mut(), response.interact_pointer_pos())
            && drag.task == task.id
        {
            let precise = ui.input(|i| i.modifiers.shift);
            drag.preview = dragged_dates(self.scale, drag, self.geo.content_x(pointer.x), precise);
            ui.ctx().set_cursor_icon(egui::CursorIcon::Grabbing);
        }
        if response.drag_stopped()
            && let Some(drag) = state.drag.take()
            && drag.task == task.id
            && drag.preview != drag.original
        {
            requests.push(Request::Edit(Edit::MoveTask {
                id: task.id.clone(),
                start: drag.preview.0,
                end: drag.preview.1,
            }));
        }
        if state.drag.is_none() {
            response.on_hover_ui(|ui| super::tooltip(ui, self.plan, task));
        }
    }

    /// The row at the end of a lane: dragging across it sketches a new task.
    pub fn interact_new_task_row(
        &self,
        ui: &mut Ui,
        state: &mut GanttState,
        index: usize,
        workstream: usize,
        requests: &mut Vec<Request>,
    ) {
        let top = self.geo.row_top(index);
        let row = Rect::from_min_max(
            pos2(self.geo.chart.left(), top),
            pos2(self.geo.chart.right(), top + self.geo.row_height),
        );
        let area = row.intersect(self.geo.chart);
        if area.height() <= 0.0 {
            return;
        }
        let id = ui.scope_id().with(("new-task-row", workstream));
        let response = ui.interact(area, id, Sense::drag());
        if response.hovered() && state.sketch.is_none() {
            ui.ctx().set_cursor_icon(egui::CursorIcon::Crosshair);
            ui.painter().with_clip_rect(area).text(
                pos2(area.left() + 8.0, area.center().y),
                egui::Align2::LEFT_CENTER,
                "Drag here to add a task",
                FontId::proportional(self.tokens.body_size - 2.0),
                self.tokens.muted,
            );
        }
        let workstream_id = &self.plan.workstreams[workstream].id;
        if response.drag_started()
            && let Some(p) = ui.input(|i| i.pointer.press_origin()).or(response.interact_pointer_pos())
        {
            let x = self.geo.content_x(p.x);
            state.sketch = Some(Sketch { lane: workstream_id.clone(), from_x: x, to_x: x });
        }
        if response.dragged()
            && let (Some(sketch), Some(p)) = (state.sketch.as_mut(), response.interact_pointer_pos())
        {
            sketch.to_x = self.geo.content_x(p.x);
        }
        let Some(Sketch { lane, from_x: from, to_x: to }) = state.sketch.clone() else { return };
        if &lane != workstream_id {
            return;
        }
        let (a, b) = (from.min(to), from.max(to));
        let start = self.scale.snap(a);
        let end = self.scale.snap(b).pred_opt().unwrap_or(start).max(start);
        let x0 = self.geo.screen_x_of(self.scale, start);
        let x1 = self.geo.screen_x_after(self.scale, end);
        let pad = self.geo.row_height * 0.2;
        let ghost =
            Rect::from_min_max(pos2(x0, top + pad), pos2(x1.max(x0 + 3.0), top + self.geo.row_height - pad));
        ui.painter().with_clip_rect(area).rect_stroke(
            ghost,
            3.0,
            Stroke::new(2.0, self.tokens.accent),
            egui::StrokeKind::Inside,
        );
        if response.drag_stopped() {
            state.sketch = None;
            requests.push(Request::Edit(Edit::AddTask {
                workstream: lane,
                name: "New task".to_owned(),
                start,
                end,
                milestone: false,
            }));
        }
    }

    /// The dependency handles at the end of the hovered or selected bar, and the line being
    /// drawn from one; releasing over another bar makes that task follow this one.
    pub fn interact_links(
        &self,
        ui: &mut Ui,
        state: &mut GanttState,
        bars: &[(Id, Rect)],
        requests: &mut Vec<Request>,
    ) {
        let pointer = ui.input(|i| i.pointer.hover_pos());
        for (id, bar) in bars {
            let handle = Rect::from_center_size(
                pos2(bar.right() + LINK_HANDLE, bar.center().y),
                vec2(LINK_HANDLE, LINK_HANDLE) * 1.4,
            );
            let linking_from_here = state.link.as_ref().is_some_and(|(from, _)| from == id);
            let near = pointer.is_some_and(|p| bar.expand2(vec2(LINK_HANDLE * 2.5, 0.0)).contains(p));
            if !(near || linking_from_here || state.selected.as_ref() == Some(id))
                || !self.geo.chart.contains(handle.center())
            {
                continue;
            }
            let response = ui.interact(handle, ui.scope_id().with(("link", id)), Sense::drag());
            let name = self.plan.task(id).map(|t| t.name.clone()).unwrap_or_default();
            response.widget_info(|| {
                egui::WidgetInfo::labeled(egui::Role::Button, true, format!("Link from: {name}"))
            });
            let painter = ui.painter().with_clip_rect(self.geo.chart);
            let hot = response.hovered() || linking_from_here;
            painter.circle(
                handle.center(),
                LINK_HANDLE * 0.45,
                if hot { self.tokens.accent } else { self.tokens.card },
                Stroke::new(1.5, self.tokens.accent),
            );
            let response = response.on_hover_text("Drag to another task: it will start after this one ends");
            if response.drag_started() {
                state.link = Some((id.clone(), handle.center()));
            }
            if response.dragged()
                && let (Some(link), Some(p)) = (state.link.as_mut(), response.interact_pointer_pos())
            {
                link.1 = p;
            }
            if let Some((_, to)) = state.link.as_ref().filter(|(from, _)| from == id) {
                painter.line_segment([handle.center(), *to], Stroke::new(2.0, self.tokens.accent));
                ui.ctx().set_cursor_icon(egui::CursorIcon::Alias);
            }
            if response.drag_stopped()
                && let Some((from, to)) = state.link.take()
                && let Some((target, _)) =
                    bars.iter().find(|(other, rect)| other != &from && rect.expand(4.0).contains(to))
            {
                requests.push(Request::Edit(Edit::AddDependency { before: from, after: target.clone() }));
            }
        }
    }
}

/// The dates a bar would have if the pointer, which started at `drag.from_x`, is now at `x`.
/// The bar moves (or its edge, when resizing) by the unit of the column the pointer is in: a
/// month in monthly columns, a half-year in half-year columns, whole weeks in weeks; by days
/// when `precise` (Shift). So a one-month drag moves a task one month wherever it starts.
pub fn dragged_dates(scale: &TimeScale, drag: &BarDrag, x: f64, precise: bool) -> (Date, Date) {
    let (start, end) = drag.original;
    let dx = x - drag.from_x;
    if precise {
        let place = |edge_x: f64| scale.date_at(edge_x + 0.5 * scale.column_width() / 31.0);
        return match drag.grip {
            Grip::Whole => {
                let new_start = place(scale.content_x_of(start) + dx);
                let shift = (new_start - start).num_days();
                (new_start, shift_date(end, shift))
            }
            Grip::Start => (place(scale.content_x_of(start) + dx).min(end), end),
            Grip::End => {
                let after = place(scale.content_x_after(end) + dx);
                (start, after.pred_opt().unwrap_or(after).max(start))
            }
        };
    }
    let Some(unit) = scale.unit_at(x) else { return drag.original };
    let Some(step) = unit.months().map(i64::from) else {
        // Weeks: whole weeks by the columns crossed.
        let days = (dx / scale.column_width()).round() as i64 * 7;
        return match drag.grip {
            Grip::Whole => (shift_date(start, days), shift_date(end, days)),
            Grip::Start => (shift_date(start, days).min(end), end),
            Grip::End => (start, shift_date(end, days).max(start)),
        };
    };
    let moved = scale.months_at(x) - scale.months_at(drag.from_x);
    let months = (moved / step as f64).round() as i64 * step;
    match drag.grip {
        Grip::Whole => {
            let new_start = add_months(start, months);
            // A task of whole months stays so; any other keeps its length in days.
            let whole_months = start.day() == 1 && end.succ_opt().is_some_and(|d| d.day() == 1);
            let new_end = if whole_months {
                end_by_months(end, months)
            } else {
                shift_date(end, (new_start - start).num_days())
            };
            (new_start, new_end.max(new_start))
        }
        Grip::Start => (add_months(start, months).min(end), end),
        Grip::End => (start, end_by_months(end, months).max(start)),
    }
}

#[cfg(test)]
mod tests {
    use super::{BarDrag, Grip, dragged_dates};
    use crate::model::{Date, Id, ScaleKind, TimeScale};

    fn d(y: i32, m: u32, day: u32) -> Date {
        Date::from_ymd_opt(y, m, day).expect("a date")
    }

    /// Half-years Jul 2025–Jun 2026, months Jul 2026–Jun 2027, then half-years; 60 px columns.
    fn scale() -> TimeScale {
        TimeScale::new(ScaleKind::Rolling, d(2025, 7, 1), d(2029, 6, 30), d(2026, 7, 1), d(2026, 7, 1), 60.0)
    }

    /// Drags `dates` by `grip` from the pointer at `from_x` to `to_x`.
    fn drag(dates: (Date, Date), grip: Grip, from_x: f64, to_x: f64) -> (Date, Date) {
        let drag = BarDrag { task: Id::new("t"), grip, original: dates, from_x, preview: dates };
        dragged_dates(&scale(), &drag, to_x, false)
    }

    #[test]
    fn a_one_month_drag_moves_one_month_wherever_the_bar_starts() {
        let s = scale();
        // In monthly columns: 7–20 Aug 2026, one column on → 7–20 Sep, the length kept.
        let x = s.content_x_of(d(2026, 8, 7)) + 5.0;
        assert_eq!(
            drag((d(2026, 8, 7), d(2026, 8, 20)), Grip::Whole, x, x + 60.0),
            (d(2026, 9, 7), d(2026, 9, 20))
        );
        // Less than half a month: nothing moves.
        assert_eq!(
            drag((d(2026, 8, 7), d(2026, 8, 20)), Grip::Whole, x, x + 25.0),
            (d(2026, 8, 7), d(2026, 8, 20))
        );
        // A bar that starts in a half-year column, grabbed in a monthly one: one month.
        let grab = s.content_x_of(d(2026, 7, 15));
        let long = (d(2026, 4, 1), d(2026, 9, 30));
        assert_eq!(drag(long, Grip::Whole, grab, grab + 60.0), (d(2026, 5, 1), d(2026, 10, 31)));
    }

    #[test]
    fn in_half_year_columns_a_bar_moves_by_half_years_only() {
        let s = scale();
        let task = (d(2028, 2, 1), d(2028, 2, 29));
        let x = s.content_x_of(d(2028, 2, 10));
        // A month's width in a half-year column is a sixth of a half-year: no move.
        assert_eq!(drag(task, Grip::Whole, x, x + 10.0), task);
        assert_eq!(drag(task, Grip::Whole, x, x + 60.0), (d(2028, 8, 1), d(2028, 8, 31)));
        assert_eq!(drag(task, Grip::Whole, x, x - 60.0), (d(2027, 8, 1), d(2027, 8, 31)));
    }

    #[test]
    fn across_the_seam_the_pointers_column_sets_the_step() {
        let s = scale();
        // From June 2027 (the last month) one and a half columns on, into a half-year: six months.
        let task = (d(2027, 6, 1), d(2027, 6, 30));
        let x = s.content_x_of(d(2027, 6, 15));
        assert_eq!(drag(task, Grip::Whole, x, x + 90.0), (d(2027, 12, 1), d(2027, 12, 31)));
        // Back from a half-year into the months: whole months.
        let x = s.content_x_of(d(2026, 4, 1));
        let (start, _) = drag((d(2026, 4, 1), d(2026, 4, 30)), Grip::Whole, x, x + 60.0);
        assert_eq!(start.format("%d").to_string(), "01", "whole months from the 1st");
    }

    #[test]
    fn resizing_moves_one_edge_by_the_same_steps() {
        let s = scale();
        let task = (d(2026, 8, 1), d(2026, 8, 31));
        let x = s.content_x_after(d(2026, 8, 31));
        assert_eq!(drag(task, Grip::End, x, x + 60.0), (d(2026, 8, 1), d(2026, 9, 30)));
        assert_eq!(
            drag(task, Grip::End, x, x - 200.0),
            (d(2026, 8, 1), d(2026, 8, 1)),
            "never before the start"
        );
        let x = s.content_x_of(d(2026, 8, 1));
        assert_eq!(drag(task, Grip::Start, x, x - 60.0), (d(2026, 7, 1), d(2026, 8, 31)));
    }
}
