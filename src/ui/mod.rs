//! The views. A view reads the plan, edits it only in place through reported edits, and asks
//! for everything else with [`Request`]s; it never opens files and never owns undo.

pub mod assessment;
pub mod compare;
pub mod csv_import;
pub mod gantt;
pub mod help;
pub mod manifesto;
pub mod menu;
pub mod nav;
mod overview;
mod pickers;
pub mod present;
pub mod stakeholders;
pub mod start;
pub mod team;
pub mod theme;
pub mod widgets;

use crate::commands::{Request, View};
use crate::model::{Date, Plan};

/// What a view may touch while it draws.
pub struct ViewCtx<'a> {
    pub plan: &'a mut Plan,
    pub requests: &'a mut Vec<Request>,
    /// Today's date, passed in so views stay testable.
    pub today: Date,
    /// Each view's runtime state.
    pub states: &'a mut ViewStates,
    /// Drawn as a slide in presentation mode: editing chrome (panel tabs, toolbars, filters,
    /// detail forms) is left out.
    pub presenting: bool,
}

/// What the views remember between frames: zoom, scroll, selection, filters. Never saved in
/// the plan; reset when another plan opens.
#[derive(Clone, Debug, Default)]
pub struct ViewStates {
    pub gantt: gantt::GanttState,
    pub stakeholders: stakeholders::StakeholderState,
    pub manifesto: manifesto::ManifestoState,
    pub team: team::TeamState,
    pub assessment: assessment::AssessmentState,
    /// The open comparison with another copy, if any.
    pub compare: Option<compare::CompareState>,
    /// The open CSV import, if any.
    pub csv_import: Option<csv_import::CsvImportState>,
    /// Where the presentation was when it was left, and the view shown then: F5 resumes there.
    pub presentation_left: Option<(present::Presentation, View)>,
}

/// Draws `view` of the plan.
pub fn show_view(ui: &mut egui::Ui, view: View, ctx: &mut ViewCtx) {
    match view {
        View::Overview => overview::show(ui, ctx),
        View::Plan => gantt::show(ui, ctx),
        View::Stakeholders => stakeholders::show(ui, ctx),
        View::Manifesto => manifesto::show(ui, ctx),
        View::Team => team::show(ui, ctx),
        View::Assessment => assessment::show(ui, ctx),
    }
}
