//! What the Gantt view remembers between frames (not part of the plan).

use crate::model::{Date, Id, Plan, ScaleKind, TimeScale};
use std::collections::HashSet;

/// Column widths the zoom moves between.
pub const MIN_COLUMN_WIDTH: f64 = 12.0;
pub const MAX_COLUMN_WIDTH: f64 = 600.0;
/// How much one zoom step (a toolbar button, the Plan menu, + or -) widens or narrows a column.
pub const ZOOM_STEP: f64 = 1.25;

/// A bar being dragged: its preview dates live here until the pointer is released.
#[derive(Clone, Debug, PartialEq)]
pub struct BarDrag {
    pub task: Id,
    pub grip: Grip,
    /// The dates when the drag began.
    pub original: (Date, Date),
    /// The pointer's chart x when the drag began.
    pub from_x: f64,
    /// The dates the bar shows now.
    pub preview: (Date, Date),
}

/// A new task being sketched by dragging across a lane's last row (content x, scale space).
#[derive(Clone, Debug, PartialEq)]
pub struct Sketch {
    /// The workstream whose lane the task goes into.
    pub lane: Id,
    /// Where the drag began.
    pub from_x: f64,
    /// Where the pointer is now.
    pub to_x: f64,
}

/// Which part of a bar is dragged.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Grip {
    Whole,
    Start,
    End,
}

/// The Gantt view's runtime state.
#[derive(Clone, Debug)]
pub struct GanttState {
    pub scale: ScaleKind,
    pub column_width: f64,
    /// Scroll offset of the chart (x) and the rows (y), in points.
    pub scroll_x: f64,
    pub scroll_y: f32,
    pub table_width: f32,
    /// Whether the user dragged the splitter (then the table may take up to 60 %).
    pub table_width_chosen: bool,
    pub collapsed: HashSet<Id>,
    pub selected: Option<Id>,
    /// The task whose editor window is open.
    pub editing: Option<Id>,
    pub drag: Option<BarDrag>,
    /// A new task being sketched on a lane's last row.
    pub sketch: Option<Sketch>,
    /// The review whose baseline is drawn as ghost bars.
    pub baseline: Option<Id>,
    pub late_or_at_risk_only: bool,
    pub filter: super::filter::Filter,
    /// A dependency being drawn from the end of a task's bar, and the pointer's position.
    pub link: Option<(Id, egui::Pos2)>,
    /// Set when the view should scroll so today is in sight (on first show).
    pub needs_initial_scroll: bool,
    /// The roll-forward dialog, when open.
    pub roll_forward: Option<RollForwardForm>,
    /// The chart's width in the last frame (zoom buttons anchor on its middle).
    pub last_chart_width: f64,
    /// Fit the horizon in the next frame (when the chart's width is known).
    pub fit_requested: bool,
    /// Scroll the selected task into view in the next frame.
    pub reveal_selected: bool,
    /// The workstream whose lane header is selected (Alt+Up/Down move it, Delete deletes it).
    pub selected_lane: Option<Id>,
    /// The workstream being renamed in place, and whether its field still has to take the focus.
    pub renaming: Option<(Id, bool)>,
    /// A lane header being dragged to a new place: the workstream and the index it would go to.
    pub lane_drag: Option<(Id, Option<usize>)>,
    /// The workstream being deleted, while the user chooses what happens to its tasks.
    pub deleting_lane: Option<super::lanes::DeleteLane>,
    /// The task editor's name field takes the focus, its text selected (a task just added).
    pub focus_name: bool,
}

/// The fields of the roll-forward dialog.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RollForwardForm {
    /// The new review date; `None` until the dialog first shows and proposes one (the next
    /// review due after today).
    pub review_date: Option<crate::model::Date>,
    pub note: String,
}

impl Default for GanttState {
    fn default() -> Self {
        Self {
            scale: ScaleKind::Rolling,
            column_width: 64.0,
            scroll_x: 0.0,
            scroll_y: 0.0,
            table_width: 660.0,
            table_width_chosen: false,
            collapsed: HashSet::new(),
            selected: None,
            editing: None,
            drag: None,
            sketch: None,
            baseline: None,
            late_or_at_risk_only: false,
            filter: super::filter::Filter::default(),
            link: None,
            needs_initial_scroll: true,
            roll_forward: None,
            last_chart_width: 800.0,
            fit_requested: false,
            reveal_selected: false,
            selected_lane: None,
            renaming: None,
            lane_drag: None,
            deleting_lane: None,
            focus_name: false,
        }
    }
}

impl GanttState {
    /// Selects a task and scrolls it into sight (a finding's "Go to", a link from elsewhere).
    pub fn reveal_task(&mut self, id: &Id) {
        self.selected = Some(id.clone());
        self.reveal_selected = true;
    }

    /// A task just added: selected, with its details open and its name ready to type over.
    pub fn select_new_task(&mut self, id: Id) {
        self.selected = Some(id.clone());
        self.selected_lane = None;
        self.editing = Some(id);
        self.focus_name = true;
    }

    /// A workstream just added: its lane selected and its name ready to type over.
    pub fn select_new_workstream(&mut self, id: Id) {
        self.selected = None;
        self.selected_lane = Some(id.clone());
        self.renaming = Some((id, true));
    }

    /// The time scale for `plan` on `today` at the current zoom.
    pub fn time_scale(&self, plan: &Plan, today: crate::model::Date) -> TimeScale {
        let (from, to) = plan.chart_range();
        TimeScale::new(
            self.scale,
            from.min(today),
            to.max(today),
            plan.meta.review_date,
            today,
            self.column_width,
        )
    }

    /// Zooms by `factor`, keeping the date under `anchor_x` (chart x in view space) in place.
    pub fn zoom(&mut self, factor: f64, anchor_x: f64) {
        let old = self.column_width;
        let new = (old * factor).clamp(MIN_COLUMN_WIDTH, MAX_COLUMN_WIDTH);
        let content_x = self.scroll_x + anchor_x;
        self.scroll_x = content_x * new / old - anchor_x;
        self.column_width = new;
    }

    /// One zoom step in, keeping the middle of the chart in place.
    pub fn zoom_in(&mut self) {
        self.zoom(ZOOM_STEP, self.last_chart_width * 0.5);
    }

    /// One zoom step out, keeping the middle of the chart in place.
    pub fn zoom_out(&mut self) {
        self.zoom(1.0 / ZOOM_STEP, self.last_chart_width * 0.5);
    }

    /// Sets the zoom so every column fits in `width`, and scrolls to the start.
    pub fn fit(&mut self, columns: usize, width: f64) {
        self.column_width = (width / columns.max(1) as f64).clamp(MIN_COLUMN_WIDTH, MAX_COLUMN_WIDTH);
        self.scroll_x = 0.0;
    }
}
