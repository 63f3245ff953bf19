//! The Team & goals view: the working group (people, departments, roles, mandate) and the
//! goals with their KPIs.

mod delete;
mod goals;
mod group;
mod kpis;

use super::ViewCtx;
use super::theme::Tokens;
use crate::commands::Request;
use crate::model::{Date, Id};
use egui::Ui;

pub use delete::PendingDelete;

/// The panels of the Team & goals view.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Panel {
    #[default]
    Group,
    Goals,
}

/// What the Team & goals view remembers between frames (not part of the plan).
#[derive(Clone, Debug, Default)]
pub struct TeamState {
    pub panel: Panel,
    /// A just-created person, department, goal or KPI whose name field takes the focus.
    pub focus: Option<Id>,
    /// A deletion waiting for the user to choose between reassigning and clearing.
    pub pending_delete: Option<PendingDelete>,
}

impl TeamState {
    /// Opens `panel` with the item (a KPI, a person…) given the focus, if one is named.
    pub fn reveal(&mut self, panel: Panel, focus: Option<&Id>) {
        self.panel = panel;
        if let Some(id) = focus {
            self.focus = Some(id.clone());
        }
    }

    /// Draws the Team & goals view.
    pub fn ui(&mut self, ui: &mut Ui, ctx: &mut ViewCtx) {
        let tokens = Tokens::of(ui);
        let state = self;
        if !ctx.presenting {
            super::widgets::panel_tabs(
                ui,
                &tokens,
                &mut state.panel,
                &[(Panel::Group, "Working group"), (Panel::Goals, "Goals and KPIs")],
            );
        }
        match state.panel {
            Panel::Group => group::show(ui, ctx.plan, state, ctx.requests, ctx.today, &tokens),
            Panel::Goals => {
                let mut panel = GoalsCtx { state, requests: ctx.requests, today: ctx.today, tokens: &tokens };
                goals::show(ui, ctx.plan, &mut panel);
            }
        }
        delete::dialog(ui.ctx(), ctx.plan, state, ctx.requests);
    }
}

/// What the goals panel's cards and KPI rows share in one frame, besides the plan (which they
/// edit one entity at a time).
struct GoalsCtx<'a> {
    state: &'a mut TeamState,
    requests: &'a mut Vec<Request>,
    today: Date,
    tokens: &'a Tokens,
}

/// Gives a just-created entity's name field the keyboard focus with its placeholder `text`
/// selected (so typing replaces it) and scrolls it into view.
fn take_focus(ui: &Ui, state: &mut TeamState, id: &Id, field: &egui::Response, text: &str) {
    if state.focus.as_ref() == Some(id) {
        super::widgets::focus_new_name(ui, field, text);
        state.focus = None;
    }
}

/// "1 goal", "2 goals".
fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// Three months after `today`: the date proposed for a new deadline.
fn in_three_months(today: crate::model::Date) -> crate::model::Date {
    today.checked_add_months(chrono::Months::new(3)).unwrap_or(today)
}
