//! The Stakeholders view (step 8 of the plan): the segmentation matrix, the influence/interest
//! map and the channel ecosystem.

mod channels;
pub mod map;
mod matrix;

use super::ViewCtx;
use super::theme::Tokens;
use crate::model::{Id, Side};
use egui::Ui;
use std::collections::HashSet;

/// The panels of the Stakeholders view.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Panel {
    #[default]
    Matrix,
    InfluenceMap,
    Channels,
}

/// What the Stakeholders view remembers between frames (not part of the plan).
#[derive(Clone, Debug, Default)]
pub struct StakeholderState {
    pub panel: Panel,
    /// Only stakeholders whose text contains this (case-insensitive).
    pub search: String,
    /// Only internal or only external stakeholders.
    pub side: Option<Side>,
    /// Internal first, then by segment (otherwise the plan's order).
    pub grouped: bool,
    /// Matrix columns the user hid, by index.
    pub hidden: HashSet<usize>,
    pub selected: Option<Id>,
}

/// Draws the Stakeholders view.
pub fn show(ui: &mut Ui, ctx: &mut ViewCtx) {
    let tokens = Tokens::of(ui);
    let state = &mut ctx.states.stakeholders;
    if !ctx.presenting {
        super::widgets::panel_tabs(
            ui,
            &tokens,
            &mut state.panel,
            &[
                (Panel::Matrix, "Segmentation matrix"),
                (Panel::InfluenceMap, "Influence map"),
                (Panel::Channels, "Channels"),
            ],
        );
    }
    match state.panel {
        Panel::Matrix => matrix::show(ui, ctx.plan, state, ctx.requests, &tokens),
        Panel::InfluenceMap => {
            map::show(ui, ctx.plan, state, ctx.requests, &tokens, map::MapStyle::default())
        }
        Panel::Channels => channels::show(ui, ctx.plan, ctx.requests, &tokens),
    }
}
