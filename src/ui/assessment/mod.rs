//! The Assessment view: where the organisation stands (the maturity ladder and the five types
//! of integration), the ten-step checklist and the three phases the workstreams serve.

mod checklist;
mod integration;
pub mod ladder;
mod phases;

use super::ViewCtx;
use super::theme::Tokens;
use egui::Ui;

/// The panels of the Assessment view.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Panel {
    #[default]
    Maturity,
    Integration,
    Checklist,
    Phases,
}

impl Panel {
    /// Every panel, in tab order, with its label.
    pub const ALL: [(Panel, &'static str); 4] = [
        (Panel::Maturity, "Maturity ladder"),
        (Panel::Integration, "Integration"),
        (Panel::Checklist, "Ten steps"),
        (Panel::Phases, "Three phases"),
    ];
}

/// What the Assessment view remembers between frames (not part of the plan).
#[derive(Clone, Debug, Default)]
pub struct AssessmentState {
    pub panel: Panel,
    /// The dated record the integration chart compares with (`None`: the latest earlier one).
    pub compare_with: Option<crate::model::Date>,
    /// "Rate stage 1" was pressed: bring stage 1 into view with its first evidence focused.
    pub start_rating: bool,
}

impl AssessmentState {
    /// Draws the Assessment view.
    pub fn ui(&mut self, ui: &mut Ui, ctx: &mut ViewCtx) {
        let tokens = Tokens::of(ui);
        let state = self;
        if !ctx.presenting {
            super::widgets::panel_tabs(ui, &tokens, &mut state.panel, &Panel::ALL);
        }
        match state.panel {
            Panel::Maturity => ladder::show(ui, ctx.plan, state, ctx.requests, ctx.today, &tokens),
            Panel::Integration => integration::show(ui, ctx.plan, state, ctx.requests, ctx.today, &tokens),
            Panel::Checklist => checklist::show(ui, ctx.plan, ctx.requests, &tokens),
            Panel::Phases => phases::show(ui, ctx.plan, ctx.requests, ctx.today, &tokens),
        }
    }
}
