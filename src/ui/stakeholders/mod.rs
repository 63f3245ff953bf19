//! The Stakeholders view (step 8 of the plan): the segmentation matrix, the influence/interest
//! map and the channel ecosystem.

mod channels;
pub mod map;
mod matrix;

use super::ViewCtx;
use super::theme::Tokens;
use crate::commands::Request;
use crate::model::{Edit, Id, Media, Plan, Side};
use egui::{RichText, Ui};
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
    /// A stakeholder was requested: the ids there were before it, to find the new one.
    adding_stakeholder: Option<HashSet<Id>>,
    /// A channel was requested: the ids there were before it, and the stakeholder to link it to.
    adding_channel: Option<(HashSet<Id>, Option<Id>)>,
    /// A new channel whose name takes the keyboard focus when next drawn.
    focus_channel: Option<Id>,
    /// A matrix row to bring into view (and what to do there).
    reveal: Option<Reveal>,
    /// The selection as the view last left it, to notice one made elsewhere (the Overview's
    /// "go to where this is fixed", a new stakeholder).
    seen_selected: Option<Id>,
    /// The pass the view was last drawn in.
    drawn_pass: u64,
    /// Matrix columns (by index) lying wholly under the stakeholder column last frame, with
    /// their widths: they cannot be resized while there (their handles would lie over names).
    covered: std::collections::HashMap<usize, f32>,
}

/// A matrix row to scroll into view.
#[derive(Clone, Debug, PartialEq)]
struct Reveal {
    id: Id,
    /// A new stakeholder: its name takes the focus with the placeholder selected.
    focus_name: bool,
    /// The column to show (a gap's), if any.
    column: Option<usize>,
    /// Whether the table was asked to scroll to the row already.
    row_asked: bool,
    /// Frames left before giving up (the row may never be drawn, e.g. in a tiny window).
    frames_left: u8,
}

impl Reveal {
    fn new(id: Id, focus_name: bool, column: Option<usize>) -> Self {
        Self { id, focus_name, column, row_asked: false, frames_left: 8 }
    }
}

impl StakeholderState {
    /// Opens the segmentation matrix with the stakeholder selected.
    pub fn reveal_in_matrix(&mut self, id: &Id) {
        self.panel = Panel::Matrix;
        self.selected = Some(id.clone());
    }

    /// Draws the Stakeholders view.
    pub fn ui(&mut self, ui: &mut Ui, ctx: &mut ViewCtx) {
        let tokens = Tokens::of(ui);
        let state = self;
        notice_changes(ui, ctx.plan, state);
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
                map::show(ui, ctx.plan, state, ctx.requests, &tokens, map::MapStyle::default());
            }
            Panel::Channels => channels::show(ui, ctx.plan, state, ctx.requests, &tokens),
        }
        if state.panel != Panel::Matrix {
            state.reveal = None;
        }
        state.seen_selected = state.selected.clone();
        state.drawn_pass = ui.ctx().cumulative_pass_nr();
    }
}

/// Picks up what happened since the last frame: a stakeholder or channel this view asked for
/// (it takes the focus; a channel made from a stakeholder's picker is linked to them), and a
/// selection made elsewhere (its row and first gap are brought into view).
fn notice_changes(ui: &Ui, plan: &Plan, state: &mut StakeholderState) {
    let mut created = None;
    if let Some(before) = state.adding_stakeholder.take()
        && let Some(new) = plan.stakeholders.iter().find(|s| !before.contains(&s.id))
    {
        let id = new.id.clone();
        state.selected = Some(id.clone());
        state.panel = Panel::Matrix;
        // A filter that would hide the new row is cleared.
        state.search.clear();
        state.side = None;
        state.reveal = Some(Reveal::new(id.clone(), true, None));
        created = Some(id);
    }
    if let Some((before, link_to)) = state.adding_channel.take()
        && let Some(new) = plan.channels.iter().find(|c| !before.contains(&c.id))
    {
        // One made from a stakeholder's picker is already linked to them (in the same step).
        if link_to.is_none() {
            state.focus_channel = Some(new.id.clone());
        }
    }
    let returned = state.drawn_pass + 1 < ui.ctx().cumulative_pass_nr();
    let changed = state.selected != state.seen_selected;
    if created.is_none()
        && (changed || returned)
        && let Some(id) = &state.selected
        && let Some(index) = plan.stakeholder_index(id)
    {
        let column = matrix::first_gap_column(plan, &plan.stakeholders[index], &state.hidden);
        state.reveal = Some(Reveal::new(id.clone(), false, column));
    }
}

/// Asks for a new stakeholder on `side`, after the selected one; the next frame finds it, puts
/// it in the map's tray and focuses its name in the matrix.
fn add_stakeholder(plan: &Plan, state: &mut StakeholderState, requests: &mut Vec<Request>, side: Side) {
    state.adding_stakeholder = Some(plan.stakeholders.iter().map(|s| s.id.clone()).collect());
    requests.push(Request::Edit(Edit::AddStakeholder { side, after: state.selected.clone() }));
}

/// The two buttons that add a stakeholder; `short` for the toolbar ("+ External").
fn add_stakeholder_buttons(
    ui: &mut Ui,
    plan: &Plan,
    state: &mut StakeholderState,
    requests: &mut Vec<Request>,
    short: bool,
) {
    for (side, long, hint) in [
        (
            Side::External,
            "+ External stakeholder",
            "Add an external stakeholder (customers, media, partners…)",
        ),
        (
            Side::Internal,
            "+ Internal stakeholder",
            "Add an internal stakeholder (staff, departments, leadership…)",
        ),
    ] {
        let text = if short { long.trim_end_matches(" stakeholder") } else { long };
        if ui.button(text).on_hover_text(hint).clicked() {
            add_stakeholder(plan, state, requests, side);
        }
    }
}

/// Asks for a new channel; the next frame finds it and focuses its name, or links it to
/// `link_to` when it was made from a stakeholder's channel picker.
fn add_channel(
    plan: &Plan,
    state: &mut StakeholderState,
    requests: &mut Vec<Request>,
    media: Media,
    link_to: Option<Id>,
) {
    state.adding_channel = Some((plan.channels.iter().map(|c| c.id.clone()).collect(), link_to.clone()));
    requests.push(Request::Edit(Edit::AddChannel { media, for_stakeholder: link_to }));
}

/// An empty panel: one sentence saying what to do, then the buttons that start it.
fn empty_state(ui: &mut Ui, tokens: &Tokens, sentence: &str, buttons: impl FnOnce(&mut Ui)) {
    ui.add_space(tokens.spacing * 3.0);
    ui.label(RichText::new(sentence).size(tokens.body_size + 2.0).color(tokens.text));
    ui.add_space(tokens.spacing);
    ui.horizontal_wrapped(buttons);
}

/// "1 stakeholder", "2 stakeholders".
fn count(n: usize, one: &str, many: &str) -> String {
    if n == 1 { format!("1 {one}") } else { format!("{n} {many}") }
}
