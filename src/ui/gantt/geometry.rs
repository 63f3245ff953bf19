//! Where things are on screen: the split between table and chart, rows, and dates as x.

use crate::model::{Date, TimeScale};
use egui::{Pos2, Rect};

/// Height of the pinned header (years row, column-unit row, and the row of today's and the
/// review's flags).
pub const HEADER_HEIGHT: f32 = 64.0;

/// The Gantt body's layout for one frame.
pub struct Geometry {
    /// The task table, below its header.
    pub table: Rect,
    /// The chart, below its header.
    pub chart: Rect,
    /// The pinned header above the table.
    pub table_header: Rect,
    /// The pinned header above the chart.
    pub chart_header: Rect,
    pub row_height: f32,
    pub scroll_x: f64,
    pub scroll_y: f32,
}

impl Geometry {
    /// Splits `body` into table and chart, each with a header strip.
    pub fn new(body: Rect, table_width: f32, row_height: f32, scroll_x: f64, scroll_y: f32) -> Self {
        let table_width = table_width.clamp(160.0, (body.width() - 160.0).max(160.0));
        let split = body.left() + table_width;
        let header_bottom = body.top() + HEADER_HEIGHT;
        Self {
            table_header: Rect::from_min_max(body.min, Pos2::new(split, header_bottom)),
            chart_header: Rect::from_min_max(
                Pos2::new(split, body.top()),
                Pos2::new(body.right(), header_bottom),
            ),
            table: Rect::from_min_max(Pos2::new(body.left(), header_bottom), Pos2::new(split, body.bottom())),
            chart: Rect::from_min_max(Pos2::new(split, header_bottom), body.max),
            row_height,
            scroll_x,
            scroll_y,
        }
    }

    /// The top of row `index` on screen.
    pub fn row_top(&self, index: usize) -> f32 {
        self.chart.top() + index as f32 * self.row_height - self.scroll_y
    }

    /// The rows at least partly on screen.
    pub fn visible_rows(&self, count: usize) -> std::ops::Range<usize> {
        let first = (self.scroll_y / self.row_height).floor().max(0.0) as usize;
        let shown = (self.chart.height() / self.row_height).ceil() as usize + 1;
        first.min(count)..(first + shown).min(count)
    }

    /// Screen x of the start of `date` (the scale's content x, scrolled and placed in the chart).
    pub fn screen_x_of(&self, scale: &TimeScale, date: Date) -> f32 {
        (f64::from(self.chart.left()) + scale.content_x_of(date) - self.scroll_x) as f32
    }

    /// Screen x just after `date` ends.
    pub fn screen_x_after(&self, scale: &TimeScale, date: Date) -> f32 {
        (f64::from(self.chart.left()) + scale.content_x_after(date) - self.scroll_x) as f32
    }

    /// Chart content x (scale space) of screen x.
    pub fn content_x(&self, screen_x: f32) -> f64 {
        f64::from(screen_x - self.chart.left()) + self.scroll_x
    }
}
