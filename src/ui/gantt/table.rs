//! The task table left of the chart, row-aligned with it.

use super::geometry::Geometry;
use super::rows::Row;
use super::state::GanttState;
use crate::commands::Request;
use crate::model::Plan;
use crate::ui::theme::Tokens;
use egui::{FontId, Rect, RichText, Sense, Stroke, Ui, pos2, vec2};

/// The table's columns after the name, in order of importance (narrow tables drop columns
/// from the end).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Col {
    Start,
    End,
    Progress,
    Status,
    Owner,
    Department,
}

/// The columns after the name, in order: title and width.
const COLUMNS: [(Col, &str, f32); 6] = [
    (Col::Start, "Start", 84.0),
    (Col::End, "End", 84.0),
    (Col::Progress, "%", 52.0),
    (Col::Status, "Status", 96.0),
    (Col::Owner, "Owner", 96.0),
    (Col::Department, "Department", 110.0),
];

impl Col {
    /// Its place among [`COLUMNS`] (the name column comes before all of them).
    fn index(self) -> usize {
        COLUMNS.iter().position(|c| c.0 == self).unwrap_or(COLUMNS.len())
    }
}

/// The width the name column keeps before other columns are hidden.
const MIN_NAME_WIDTH: f32 = 170.0;

/// How many of [`COLUMNS`] fit beside the name in `width`, and the name's width.
fn fitting_columns(width: f32) -> (usize, f32) {
    let mut used = 0.0;
    let mut count = 0;
    for (_, _, w) in COLUMNS {
        if width - used - w < MIN_NAME_WIDTH {
            break;
        }
        used += w;
        count += 1;
    }
    (count, width - used)
}

/// What the task table's rows draw with in one frame: the layout and the theme, the view's
/// state and the frame's requests.
pub struct RowCtx<'a> {
    pub geo: &'a Geometry,
    pub tokens: &'a Tokens,
    pub state: &'a mut GanttState,
    pub requests: &'a mut Vec<Request>,
}

/// Draws the table header and the visible rows; a new task added from a workstream's
/// "+ Add task" row starts on `new_task_start`.
pub fn show(ui: &mut Ui, plan: &mut Plan, rows: &[Row], cx: &mut RowCtx, new_task_start: crate::model::Date) {
    let (geo, tokens) = (cx.geo, cx.tokens);
    let (shown_columns, name_width) = fitting_columns(geo.table.width());
    let header = ui.painter().with_clip_rect(geo.table_header);
    header.rect_filled(geo.table_header, 0.0, tokens.panel);
    // Column titles are real labels: they name the cells' editors for screen readers and tests.
    let strip = Rect::from_min_max(
        pos2(geo.table_header.left(), geo.table_header.bottom() - 24.0),
        geo.table_header.max,
    );
    let title = |ui: &mut Ui, x0: f32, width: f32, text: &str| {
        let cell = Rect::from_min_size(pos2(x0, strip.top()), vec2(width, strip.height()));
        put_left(ui, cell, egui::Label::new(RichText::new(text).color(tokens.muted))).id
    };
    let mut titles = vec![title(ui, geo.table_header.left() + 8.0, name_width - 8.0, "Task")];
    let mut x = geo.table_header.left() + name_width;
    for (_, text, width) in COLUMNS.into_iter().take(shown_columns) {
        titles.push(title(ui, x + 4.0, width - 4.0, text));
        x += width;
    }
    header.hline(
        geo.table_header.x_range(),
        geo.table_header.bottom() - 0.5,
        Stroke::new(1.0, tokens.outline),
    );

    let painter = ui.painter().with_clip_rect(geo.table);
    painter.rect_filled(geo.table, 0.0, tokens.card);
    for index in geo.visible_rows(rows.len()) {
        let top = geo.row_top(index);
        let rect = Rect::from_min_size(pos2(geo.table.left(), top), vec2(geo.table.width(), geo.row_height));
        match rows[index] {
            Row::Lane { workstream, tasks } => super::lanes::lane_row(ui, plan, workstream, tasks, rect, cx),
            Row::AddWorkstream => super::lanes::add_row(ui, rect, geo, tokens, cx.requests),
            Row::Task(t) => {
                let cells = Cells { rect, name_width, shown: shown_columns, titles: &titles };
                if cx.state.selected.as_ref() == Some(&plan.tasks[t].id) {
                    super::table_edit::row(ui, plan, t, &cells, cx);
                } else {
                    task_row(ui, plan, t, &cells, cx);
                }
            }
            Row::NewTask(w) => {
                let inner = Rect::from_min_max(rect.min + vec2(16.0, 0.0), rect.max).intersect(geo.table);
                if inner.height() >= geo.row_height * 0.5 {
                    let text = RichText::new("+ Add task").color(tokens.accent);
                    let button = egui::Button::new(text).frame(false);
                    let hint = "Add a task to this workstream (or drag across the chart on this row)";
                    if put_left(ui, inner, button).on_hover_text(hint).clicked() {
                        cx.requests.push(super::new_task_request(&plan.workstreams[w].id, new_task_start));
                    }
                }
            }
        }
    }
    painter.vline(geo.table.right() - 0.5, geo.table.y_range(), Stroke::new(1.0, tokens.outline));
}

/// A task's row as text (the selected one is drawn as editors by `table_edit::row`); a click
/// selects it, a double-click opens its editor.
fn task_row(ui: &mut Ui, plan: &Plan, t: usize, cells: &Cells, cx: &mut RowCtx) {
    let (geo, tokens, state) = (cx.geo, cx.tokens, &mut *cx.state);
    let Cells { rect, name_width, shown: shown_columns, .. } = *cells;
    let task = &plan.tasks[t];
    let selected = state.selected.as_ref() == Some(&task.id);
    let painter = ui.painter().with_clip_rect(geo.table);
    if selected {
        painter.rect_filled(rect, 0.0, tokens.accent.gamma_multiply(0.18));
    }
    painter.hline(rect.x_range(), rect.bottom() - 0.5, Stroke::new(0.5, tokens.outline.gamma_multiply(0.5)));
    let visible = rect.intersect(geo.table);
    if visible.height() < geo.row_height * 0.5 {
        return;
    }
    let name_rect = Rect::from_min_size(rect.min + vec2(16.0, 0.0), vec2(name_width - 20.0, rect.height()));
    let label = egui::Label::new(task.name.as_str()).truncate().sense(Sense::click());
    let response = put_left(ui, name_rect.intersect(geo.table), label);
    if response.clicked() {
        state.selected = Some(task.id.clone());
        state.selected_lane = None;
    }
    if response.double_clicked() {
        state.editing = Some(task.id.clone());
    }
    let owner =
        task.owner.as_ref().and_then(|o| plan.person(o)).map_or("—".to_owned(), |p| short_name(&p.name));
    let department = task
        .department
        .as_ref()
        .and_then(|d| plan.department(d))
        .map_or("—".to_owned(), |d| d.name.clone());
    let cells: [String; COLUMNS.len()] = [
        task.start.format("%-d %b %y").to_string(),
        task.end.format("%-d %b %y").to_string(),
        format!("{}%", task.progress),
        task.status.label().to_owned(),
        owner,
        department,
    ];
    let mut x = rect.left() + name_width;
    let font = FontId::proportional(tokens.body_size - 2.0);
    for (cell, (col, _, width)) in cells.into_iter().zip(COLUMNS).take(shown_columns) {
        let color = if col == Col::Status { tokens.status(task.status) } else { tokens.text };
        let galley = painter.layout_job(egui::text::LayoutJob {
            wrap: egui::text::TextWrapping::truncate_at_width(width - 6.0),
            ..egui::text::LayoutJob::simple_singleline(cell, font.clone(), color)
        });
        painter.galley(pos2(x + 4.0, rect.center().y - galley.size().y / 2.0), galley, color);
        x += width;
    }
}

/// Where the cells of one row are, and the column titles that name them.
pub struct Cells<'a> {
    pub rect: Rect,
    pub name_width: f32,
    pub shown: usize,
    /// The ids of the column titles: the name's first, then [`COLUMNS`]'.
    titles: &'a [egui::Id],
}

impl Cells<'_> {
    /// The rectangle of the name cell.
    pub fn name(&self) -> Rect {
        Rect::from_min_size(self.rect.min + vec2(16.0, 0.0), vec2(self.name_width - 20.0, self.rect.height()))
    }

    /// The title naming the name cell's editor.
    pub fn name_title(&self) -> egui::Id {
        self.titles[0]
    }

    /// The rectangle of column `col` and the title naming its editor, if the column is shown.
    pub fn column(&self, col: Col) -> Option<(Rect, egui::Id)> {
        let index = col.index();
        if index >= self.shown {
            return None;
        }
        let x = self.rect.left() + self.name_width + COLUMNS[..index].iter().map(|c| c.2).sum::<f32>();
        let rect = Rect::from_min_size(
            pos2(x + 2.0, self.rect.top() + 1.0),
            vec2(COLUMNS[index].2 - 4.0, self.rect.height() - 2.0),
        );
        Some((rect, *self.titles.get(index + 1)?))
    }
}

/// "Priya Raman" → "Priya R."
fn short_name(name: &str) -> String {
    let mut parts = name.split_whitespace();
    match (parts.next(), parts.last()) {
        (Some(first), Some(last)) => format!("{first} {}.", last.chars().next().unwrap_or(' ')),
        (Some(first), None) => first.to_owned(),
        _ => String::new(),
    }
}

/// Places `widget` in `rect`, left-aligned and vertically centred.
pub fn put_left(ui: &mut Ui, rect: Rect, widget: impl egui::Widget) -> egui::Response {
    let builder =
        egui::UiBuilder::new().max_rect(rect).layout(egui::Layout::left_to_right(egui::Align::Center));
    ui.scope_builder(builder, |ui| {
        ui.set_clip_rect(rect.intersect(ui.clip_rect()));
        ui.add(widget)
    })
    .inner
}
