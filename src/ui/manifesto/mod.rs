//! The Manifesto view: edit the working group's shared beliefs, collect sign-offs, and read
//! the manifesto as a clean document.

mod card;
mod editor;
mod reading;

use super::ViewCtx;
use super::theme::Tokens;
use crate::model::Id;
use egui::Ui;

/// The panels of the Manifesto view.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Panel {
    #[default]
    Edit,
    Read,
}

/// What the Manifesto view remembers between frames (not part of the plan).
#[derive(Default)]
pub struct ManifestoState {
    pub panel: Panel,
    /// Show the preamble's Markdown rendered rather than as text to edit.
    pub preview_preamble: bool,
    /// The belief whose rationale is open for editing.
    pub open_rationale: Option<Id>,
    /// Beliefs shown as rendered Markdown rather than as text to edit.
    pub previewing: std::collections::HashSet<Id>,
    /// The belief whose votes are open for editing.
    pub open_votes: Option<Id>,
    /// A just-added belief whose statement takes the keyboard focus.
    pub focus: Option<Id>,
    /// The belief whose text has the keyboard focus (always drawn, so it keeps the focus).
    pub editing: Option<Id>,
    /// The belief being dragged by its handle.
    pub dragging: Option<Id>,
    /// Each belief card's height (with the gap after it) when last drawn, so cards off
    /// screen can be skipped.
    pub card_heights: std::collections::HashMap<Id, f32>,
    /// Rendered Markdown cache.
    pub markdown: egui_commonmark::CommonMarkCache,
}

impl std::fmt::Debug for ManifestoState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ManifestoState").field("panel", &self.panel).finish_non_exhaustive()
    }
}

impl Clone for ManifestoState {
    fn clone(&self) -> Self {
        Self {
            panel: self.panel,
            preview_preamble: self.preview_preamble,
            open_rationale: self.open_rationale.clone(),
            previewing: self.previewing.clone(),
            open_votes: self.open_votes.clone(),
            focus: self.focus.clone(),
            dragging: self.dragging.clone(),
            editing: self.editing.clone(),
            card_heights: self.card_heights.clone(),
            markdown: egui_commonmark::CommonMarkCache::default(),
        }
    }
}

impl ManifestoState {
    /// Draws the Manifesto view.
    pub fn ui(&mut self, ui: &mut Ui, ctx: &mut ViewCtx) {
        let tokens = Tokens::of(ui);
        let state = self;
        if !ctx.presenting {
            super::widgets::panel_tabs(
                ui,
                &tokens,
                &mut state.panel,
                &[(Panel::Edit, "Edit and sign"), (Panel::Read, "Reading view")],
            );
        }
        match state.panel {
            Panel::Edit => editor::show(ui, ctx.plan, state, ctx.requests, &tokens),
            Panel::Read => reading::show(ui, ctx.plan, state, &tokens),
        }
    }
}
