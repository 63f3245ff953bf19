//! The rolling-plan slide: a Gantt chart in large type over the whole horizon, whole
//! workstreams per page (a long workstream continues on the next page). Double-click a task to
//! change its name or dates; N adds a task; click a workstream and press S to spotlight it.
//!
//! The chart uses the Plan view's rolling scale (`TimeScale`, `ScaleKind::Rolling`): a column per
//! month for the near term, half-years before and after, all columns sharing the chart's width.
//! The header names every column (in a shorter form when the long one does not fit: "Jan" or
//! "J", "H1 27" or "H1"), and the monthly columns are tinted, so the room sees the cadence.

use super::{LiveEdit, Presentation, SlideKey};
use crate::commands::Request;
use crate::model::{
    Column, Date, Edit, Id, Plan, ScaleKind, Task, TaskStatus, TimeScale, Unit, rolling_months, rolling_rule,
};
use crate::ui::ViewCtx;
use crate::ui::gantt::lane_color;
use crate::ui::theme::Tokens;
use chrono::Datelike;
use egui::{Color32, FontId, Galley, Pos2, Rect, Sense, Shape, Stroke, Ui, vec2};
use std::collections::HashMap;
use std::sync::Arc;

/// One row: a workstream heading or a task.
enum Row {
    Workstream { id: Id, name: String, color: Color32 },
    Task { task: Arc<Task> },
}

impl Row {
    fn workstream(&self) -> &Id {
        match self {
            Row::Workstream { id, .. } => id,
            Row::Task { task } => &task.workstream,
        }
    }
}

/// Every workstream with its tasks, in plan order (tasks whose workstream is missing are not
/// shown; the plan's problems list names them).
fn rows(plan: &Plan, tokens: &Tokens) -> Vec<Row> {
    let index: HashMap<&Id, usize> = plan.workstreams.iter().enumerate().map(|(i, w)| (&w.id, i)).collect();
    let mut lanes: Vec<Vec<Arc<Task>>> = vec![Vec::new(); plan.workstreams.len()];
    for task in &plan.tasks {
        if let Some(&i) = index.get(&task.workstream) {
            lanes[i].push(task.clone());
        }
    }
    let mut out = Vec::with_capacity(plan.tasks.len() + plan.workstreams.len());
    for (i, (w, tasks)) in plan.workstreams.iter().zip(lanes).enumerate() {
        let color = lane_color(plan, Some(i), tokens);
        out.push(Row::Workstream { id: w.id.clone(), name: w.name.clone(), color });
        out.extend(tasks.into_iter().map(|task| Row::Task { task }));
    }
    out
}

/// Sizes on the slide: rows are at least `row_height` tall and grow to hold a wrapped name.
struct Geometry {
    row_height: f32,
    /// The timeline header: a row of years over a row of column labels.
    header_height: f32,
    /// Width of the names column (task names wrap inside it).
    name_width: f32,
    /// The slide's width (workstream headings span it).
    width: f32,
    /// Height for rows under the timeline header.
    available: f32,
    /// Most lines a name may take (so that any row fits on a page with its heading).
    max_rows: usize,
}

impl Geometry {
    fn of(ui: &Ui) -> Self {
        let line = ui.text_style_height(&egui::TextStyle::Body);
        let row_height = line + 10.0;
        let header_height = line + ui.text_style_height(&egui::TextStyle::Small) + 8.0;
        let available = ui.available_height() - header_height;
        let width = ui.available_width();
        Self {
            row_height,
            header_height,
            name_width: (width * 0.34).round(),
            width,
            available,
            max_rows: (((available - 2.0 * row_height) / line).floor() as usize).max(1),
        }
    }

    /// A row's name laid out: a task's in the names column, a workstream's across the slide.
    fn name(&self, ui: &Ui, text: &str, heading: bool, tokens: &Tokens) -> Arc<Galley> {
        let font = egui::TextStyle::Body.resolve(ui.style());
        let width = if heading { self.width - 28.0 } else { self.name_width - 36.0 };
        super::pages::clamped(ui, text, font, tokens.text, width, self.max_rows)
    }

    fn height(&self, name: &Galley) -> f32 {
        self.row_height.max(name.size().y + 10.0)
    }
}

/// The rows with their names laid out, their heights and the pages they fall on.
struct Laid {
    rows: Vec<Row>,
    names: Vec<Arc<Galley>>,
    heights: Vec<f32>,
    pages: Vec<std::ops::Range<usize>>,
}

fn lay_out(ui: &Ui, plan: &Plan, tokens: &Tokens, geometry: &Geometry) -> Laid {
    let rows = rows(plan, tokens);
    let names: Vec<Arc<Galley>> = rows
        .iter()
        .map(|row| match row {
            Row::Workstream { name, .. } => geometry.name(ui, name, true, tokens),
            Row::Task { task } => geometry.name(ui, &task.name, false, tokens),
        })
        .collect();
    let heights: Vec<f32> = names.iter().map(|n| geometry.height(n)).collect();
    let pages = super::pages::whole_groups(
        &heights,
        |i| matches!(rows[i], Row::Workstream { .. }),
        geometry.available,
    );
    Laid { rows, names, heights, pages }
}

/// Draws the page; returns (page, pages). A task just added shows on its page, highlighted.
pub(super) fn show(ui: &mut Ui, ctx: &mut ViewCtx, p: &mut Presentation) -> (usize, usize) {
    let tokens = Tokens::of(ui);
    let geometry = Geometry::of(ui);
    if p.key == Some(SlideKey::Add) {
        let laid = lay_out(ui, ctx.plan, &tokens, &geometry);
        let on_page = laid.pages[p.page.min(laid.pages.len() - 1)].clone();
        let last_on_page = laid.rows[on_page].last().map(|r| r.workstream().clone());
        add_task(ctx, p, last_on_page, ui.input(|i| i.time));
    }
    let Laid { rows: all, names, heights, pages } = lay_out(ui, ctx.plan, &tokens, &geometry);
    let page = p.page_to_show(ui, &pages, |id| {
        all.iter().position(|r| matches!(r, Row::Task { task } if &task.id == id))
    });
    let range = pages[page].clone();
    // A workstream split over pages repeats its heading on the pages it continues on.
    let continued = match all.get(range.start) {
        Some(Row::Task { task }) => all[..range.start].iter().rev().find_map(|r| match r {
            Row::Workstream { id, name, color } if id == &task.workstream => {
                let name = format!("{name} (continued)");
                let galley = geometry.name(ui, &name, true, &tokens);
                let height = geometry.height(&galley);
                Some((Row::Workstream { id: id.clone(), name, color: *color }, galley, height))
            }
            _ => None,
        }),
        _ => None,
    };
    let shown = continued
        .iter()
        .map(|(row, galley, height)| (row, galley.clone(), *height))
        .chain(range.map(|i| (&all[i], names[i].clone(), heights[i])));
    let note = p.note(ui.ctx()).cloned();
    let (rect, _) = ui.allocate_exact_size(ui.available_size(), Sense::hover());
    let name_width = geometry.name_width;
    let chart = Rect::from_min_max(rect.min + vec2(name_width, 0.0), rect.max);
    let scale = slide_scale(ctx.plan, ctx.today, chart.width());
    let header = Rect::from_min_size(chart.min, vec2(chart.width(), geometry.header_height));
    let months = rolling_months(ctx.plan.meta.review_date, ctx.today);
    // The year row, then the column labels' row.
    let labels_top = header.top() + ui.text_style_height(&egui::TextStyle::Body) + 4.0;
    let timeline = Timeline { chart, header, labels_top, scale: &scale, today: ctx.today };
    grid(ui, &tokens, &timeline, months);
    timeline_header(ui, &tokens, &timeline);
    let rule = rolling_rule(ctx.plan.meta.review_date, ctx.today);
    ui.interact(header, ui.scope_id().with("time scale"), Sense::hover())
        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, format!("Time scale: {rule}")));
    let mut y = rect.top() + geometry.header_height;
    for (row, galley, height) in shown {
        let row_rect = Rect::from_min_size(Pos2::new(rect.left(), y), vec2(rect.width(), height));
        y += height;
        let response = ui.interact(row_rect, ui.scope_id().with(("row", row_id(row))), Sense::click());
        let name = match row {
            Row::Workstream { name, .. } => format!("Workstream: {name}"),
            Row::Task { task } => format!("Task: {}", task.name),
        };
        // A task just added, or moved by the last edit, stands out (and reads as selected).
        let standing_out = match row {
            Row::Task { task } => {
                p.is_new(ui, &task.id) || note.as_ref().is_some_and(|n| n.about.contains(&task.id))
            }
            Row::Workstream { .. } => false,
        };
        response.widget_info(|| {
            if standing_out {
                egui::WidgetInfo::selected(egui::Role::Button, true, true, name.clone())
            } else {
                egui::WidgetInfo::labeled(egui::Role::Button, true, name.clone())
            }
        });
        if standing_out {
            super::reveal::highlight(ui, row_rect.shrink2(vec2(0.0, 1.0)), &tokens);
        }
        let dimmed = p.dimmed(row.workstream());
        let opacity = if dimmed { 0.2 } else { 1.0 };
        let mut painter = ui.painter_at(rect);
        painter.multiply_opacity(opacity);
        match row {
            Row::Workstream { id, color, .. } => {
                painter.rect_filled(row_rect.shrink2(vec2(0.0, 2.0)), 4.0, color.gamma_multiply(0.18));
                painter.rect_filled(Rect::from_min_size(row_rect.min, vec2(6.0, height)), 2.0, *color);
                let top = row_rect.center().y - galley.size().y / 2.0;
                painter.galley(Pos2::new(row_rect.left() + 14.0, top), galley, tokens.text);
                if p.selected.as_ref() == Some(id) {
                    painter.rect_stroke(
                        row_rect,
                        4.0,
                        Stroke::new(2.0, tokens.accent),
                        egui::StrokeKind::Inside,
                    );
                }
            }
            Row::Task { task } => {
                let bar_height = geometry.row_height;
                task_row(&painter, &tokens, &timeline, row_rect, galley, bar_height, task);
                if response.double_clicked() {
                    p.edit = Some(LiveEdit::task(&task.id));
                }
                p.anchor_edit(&task.id, row_rect);
            }
        }
        if response.clicked() {
            p.pick(row.workstream());
        }
    }
    let below_header = Rect::from_x_y_ranges(chart.x_range(), header.bottom()..=rect.bottom());
    date_lines(ui, &tokens, below_header, &scale, ctx.today, ctx.plan.meta.review_date);
    if let Some(note) = note
        && p.edit.is_none()
    {
        super::reveal::note_badge(ui, rect, &note.text, &tokens);
    }
    (page, pages.len())
}

/// Where the timeline is on the slide this frame, and its time scale.
struct Timeline<'a> {
    /// The timeline's part of the slide: the header, then the rows, right of the names.
    chart: Rect,
    /// The header at the top of `chart`: the years' row, then the column labels' row.
    header: Rect,
    /// Where the column labels' row starts.
    labels_top: f32,
    scale: &'a TimeScale,
    today: Date,
}

impl Timeline<'_> {
    /// The screen x of `date`.
    fn screen_x(&self, date: Date) -> f32 {
        self.chart.left() + self.scale.content_x_of(date) as f32
    }
}

fn row_id(row: &Row) -> &str {
    match row {
        Row::Workstream { id, .. } => id.as_str(),
        Row::Task { task } => task.id.as_str(),
    }
}

/// The slide's time scale: the Plan view's rolling rule over the plan's dates and today, its
/// columns sharing the chart's `width` equally.
fn slide_scale(plan: &Plan, today: Date, width: f32) -> TimeScale {
    let (from, to) = plan.chart_range();
    let (from, to, review) = (from.min(today), to.max(today), plan.meta.review_date);
    let columns = TimeScale::new(ScaleKind::Rolling, from, to, review, today, 1.0).columns().len();
    let column_width = f64::from(width) / columns.max(1) as f64;
    TimeScale::new(ScaleKind::Rolling, from, to, review, today, column_width)
}

/// Space kept free on each side of a label in its column or year.
const LABEL_PAD: f32 = 3.0;

/// Every column's label laid out: columns of one unit all take the longest form that fits every
/// one of them (so the months read alike); the shortest form when none fits.
fn column_labels(
    painter: &egui::Painter,
    scale: &TimeScale,
    font: &FontId,
    tokens: &Tokens,
) -> Vec<Arc<Galley>> {
    let room = scale.column_width() as f32 - 2.0 * LABEL_PAD;
    let color = |c: &Column| if c.unit == Unit::Month { tokens.text } else { tokens.muted };
    let laid: Vec<Vec<Arc<Galley>>> = scale
        .columns()
        .iter()
        .map(|c| {
            c.label_forms().into_iter().map(|f| painter.layout_no_wrap(f, font.clone(), color(c))).collect()
        })
        .collect();
    let level = |unit: Unit| {
        (0..2)
            .find(|&level| {
                scale
                    .columns()
                    .iter()
                    .zip(&laid)
                    .filter(|(c, _)| c.unit == unit)
                    .all(|(_, forms)| forms[level].size().x <= room)
            })
            .unwrap_or(1)
    };
    let levels: HashMap<Unit, usize> = scale.columns().iter().map(|c| (c.unit, level(c.unit))).collect();
    scale.columns().iter().zip(laid).map(|(c, mut forms)| forms.swap_remove(levels[&c.unit])).collect()
}

/// The monthly columns tinted (`months` being the first and last day of the monthly stretch)
/// and a line at every column's start, a stronger one where a year starts, over the header
/// (from its labels' row down) and the rows.
fn grid(ui: &Ui, tokens: &Tokens, timeline: &Timeline, months: (Date, Date)) {
    let Timeline { chart, header, labels_top, scale, .. } = *timeline;
    let painter = ui.painter_at(chart);
    let screen_x =
        |date: Date| chart.left() + scale.content_x_of(date.clamp(scale.start(), scale.end())) as f32;
    let (x0, x1) = (screen_x(months.0), screen_x(months.1));
    if x1 > x0 {
        painter.rect_filled(
            Rect::from_x_y_ranges(x0..=x1, labels_top..=header.bottom()),
            0.0,
            tokens.accent.gamma_multiply(0.16),
        );
        painter.rect_filled(
            Rect::from_x_y_ranges(x0..=x1, header.bottom()..=chart.bottom()),
            0.0,
            tokens.accent.gamma_multiply(0.06),
        );
    }
    let thin = Stroke::new(1.0, tokens.outline.gamma_multiply(0.7));
    let strong = Stroke::new(1.5, tokens.outline);
    let mut year = None;
    for column in scale.columns() {
        let x = screen_x(column.start);
        if year != Some(column.start.year()) {
            painter.vline(x, chart.y_range(), strong);
        } else {
            painter.vline(x, labels_top..=chart.bottom(), thin);
        }
        year = Some(column.start.year());
    }
    painter.vline(chart.right(), labels_top..=chart.bottom(), thin);
    painter.hline(chart.x_range(), header.bottom(), strong);
}

/// The timeline's header: each year's number over its columns (left-aligned; "’27" where
/// "2027" does not fit), and in the labels' row every column's label, centred in its column.
fn timeline_header(ui: &Ui, tokens: &Tokens, timeline: &Timeline) {
    let Timeline { header: rect, labels_top, scale, .. } = *timeline;
    let painter = ui.painter_at(rect.expand(1.0));
    let body = egui::TextStyle::Body.resolve(ui.style());
    let small = egui::TextStyle::Small.resolve(ui.style());
    let screen_x = |date: Date| timeline.screen_x(date);
    let years =
        crate::model::year_spans(scale.columns()).into_iter().map(|(y, a, b)| (y, screen_x(a), screen_x(b)));
    let top = rect.top() + 2.0;
    for (year, x0, x1) in years {
        let forms = crate::model::year_label_forms(year);
        let laid: Vec<Arc<Galley>> =
            forms.into_iter().map(|f| painter.layout_no_wrap(f, body.clone(), tokens.text)).collect();
        let room = x1 - x0 - 2.0 * LABEL_PAD;
        match laid.iter().find(|g| g.size().x <= room) {
            Some(galley) => painter.galley(Pos2::new(x0 + LABEL_PAD, top), galley.clone(), tokens.text),
            None => {
                let galley = laid[laid.len() - 1].clone();
                painter.galley(Pos2::new((x0 + x1 - galley.size().x) / 2.0, top), galley, tokens.text);
            }
        }
    }
    let label_top = labels_top + 2.0;
    for (column, galley) in scale.columns().iter().zip(column_labels(&painter, scale, &small, tokens)) {
        let centre = (screen_x(column.start) + screen_x(column.end)) / 2.0;
        let color = galley.job.sections.first().map_or(tokens.text, |s| s.format.color);
        painter.galley(Pos2::new(centre - galley.size().x / 2.0, label_top), galley, color);
    }
}

/// Today as a red line and the review date as a dashed blue one over the rows (`rect`), when
/// the scale shows them.
fn date_lines(ui: &Ui, tokens: &Tokens, rect: Rect, scale: &TimeScale, today: Date, review: Date) {
    let painter = ui.painter_at(rect);
    let shown = |date: Date| (scale.start()..scale.end()).contains(&date);
    let screen_x = |date: Date| rect.left() + scale.content_x_of(date) as f32;
    if shown(review) {
        let x = screen_x(review);
        painter.extend(Shape::dashed_line(
            &[Pos2::new(x, rect.top()), Pos2::new(x, rect.bottom())],
            Stroke::new(2.0, tokens.accent),
            8.0,
            5.0,
        ));
    }
    if shown(today) {
        painter.vline(screen_x(today), rect.y_range(), Stroke::new(2.0, tokens.danger));
    }
}

/// A task: its (wrapped) name on the left, its bar (or diamond) on the timeline with its
/// progress, `bar_height` being a one-line row's height.
fn task_row(
    painter: &egui::Painter,
    tokens: &Tokens,
    timeline: &Timeline,
    row: Rect,
    name: Arc<Galley>,
    bar_height: f32,
    task: &Task,
) {
    let (today, screen_x) = (timeline.today, |date: Date| timeline.screen_x(date));
    painter.galley(Pos2::new(row.left() + 24.0, row.center().y - name.size().y / 2.0), name, tokens.text);
    let status =
        if task.status != TaskStatus::Done && task.end < today { TaskStatus::Late } else { task.status };
    let color = tokens.status(status);
    let (x0, x1) = (screen_x(task.start), screen_x(task.end.succ_opt().unwrap_or(task.end)));
    if task.milestone {
        let c = Pos2::new(x0, row.center().y);
        let r = bar_height * 0.32;
        let diamond = vec![c + vec2(0.0, -r), c + vec2(r, 0.0), c + vec2(0.0, r), c + vec2(-r, 0.0)];
        painter.add(egui::Shape::convex_polygon(diamond, color, Stroke::NONE));
    } else {
        // A task of a few days is still a bar the room can see, not a sliver.
        let bar = Rect::from_x_y_ranges(
            x0..=x1.max(x0 + bar_height * 0.5),
            row.center().y - bar_height * 0.3..=row.center().y + bar_height * 0.3,
        );
        // The part still to do is lighter but outlined, so it reads on a projector.
        painter.rect_filled(bar, 4.0, color.gamma_multiply(0.45));
        painter.rect_stroke(bar, 4.0, Stroke::new(2.0, color), egui::StrokeKind::Inside);
        let done = Rect::from_min_max(
            bar.min,
            Pos2::new(bar.left() + bar.width() * f32::from(task.progress.min(100)) / 100.0, bar.bottom()),
        );
        painter.rect_filled(done, 4.0, color);
    }
}

/// Adds a task to the spotlighted workstream (or `last_on_page`, the page's last one) from
/// today for a month, opens it for typing its name over the placeholder, and shows it. `now`
/// is the frame's time.
fn add_task(ctx: &mut ViewCtx, p: &mut Presentation, last_on_page: Option<Id>, now: f64) {
    let workstream = p
        .selected
        .clone()
        .filter(|id| ctx.plan.workstreams.iter().any(|w| &w.id == id))
        .or(last_on_page)
        .or_else(|| ctx.plan.workstreams.first().map(|w| w.id.clone()));
    let Some(workstream) = workstream else { return };
    let start = ctx.today;
    let end = start.checked_add_months(chrono::Months::new(1)).unwrap_or(start);
    let edit = Edit::AddTask { workstream, name: "New task".to_owned(), start, end, milestone: false };
    if let Ok(applied) = ctx.plan.apply(edit, ctx.today)
        && let Some((_, id)) = applied.created
    {
        ctx.requests.push(Request::Added { what: applied.message });
        p.edit = Some(LiveEdit::task(&id).added());
        p.reveal(&id, now);
    }
}
