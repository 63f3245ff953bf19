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
use crate::model::{Date, Id, Kind, Plan, Where};

/// What a view may touch while it draws.
pub struct ViewCtx<'a> {
    pub plan: &'a mut Plan,
    pub requests: &'a mut Vec<Request>,
    /// Today's date, passed in so views stay testable.
    pub today: Date,
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

impl ViewStates {
    /// Draws `view` of the plan; each view owns its entry point and its state.
    pub fn show(&mut self, view: View, ui: &mut egui::Ui, ctx: &mut ViewCtx) {
        match view {
            View::Overview => overview::show(ui, ctx),
            View::Plan => self.gantt.ui(ui, ctx),
            View::Stakeholders => self.stakeholders.ui(ui, ctx),
            View::Manifesto => self.manifesto.ui(ui, ctx),
            View::Team => self.team.ui(ui, ctx),
            View::Assessment => self.assessment.ui(ui, ctx),
        }
    }

    /// Opens the place where `place` is fixed (its panel, the item selected and scrolled into
    /// sight). Returns the view to show, or `None` when the place is not in a view (a review is
    /// held with the Roll forward command).
    pub fn reveal(&mut self, place: &Where) -> Option<View> {
        match place {
            Where::Task(id) => {
                self.gantt.reveal_task(id);
                Some(View::Plan)
            }
            Where::Kpi(id) => {
                self.team.reveal(team::Panel::Goals, Some(id));
                Some(View::Team)
            }
            Where::WorkingGroup => {
                self.team.reveal(team::Panel::Group, None);
                Some(View::Team)
            }
            Where::Stakeholder(id) => {
                self.stakeholders.reveal_in_matrix(id);
                Some(View::Stakeholders)
            }
            Where::Manifesto => {
                self.manifesto.panel = manifesto::Panel::Edit;
                Some(View::Manifesto)
            }
            Where::Assessment => Some(View::Assessment),
            Where::Review => None,
        }
    }

    /// An item was just created by an edit: the view that shows it selects it and makes its
    /// name ready to type over.
    pub fn select_created(&mut self, kind: Kind, id: Id) {
        match kind {
            Kind::Review => self.gantt.baseline = Some(id),
            Kind::Task => self.gantt.select_new_task(id),
            Kind::Workstream => self.gantt.select_new_workstream(id),
            Kind::Stakeholder => self.stakeholders.selected = Some(id),
            Kind::Person | Kind::Department | Kind::Goal | Kind::Kpi => self.team.focus = Some(id),
            Kind::Belief => self.manifesto.focus = Some(id),
            _ => {}
        }
    }

    /// While presenting: the stakeholder picked on the map slide is the one selected in the
    /// Stakeholders view afterwards.
    pub fn follow_presentation(&mut self, p: &present::Presentation, slide: Option<crate::model::SlideKind>) {
        if slide == Some(crate::model::SlideKind::StakeholderMap) {
            self.stakeholders.selected = p.selected.clone();
        }
    }
}
