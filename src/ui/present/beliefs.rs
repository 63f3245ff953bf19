//! The manifesto slide (beliefs, numbered, editable in place) and the voting slide (dot voting
//! on the proposals, with the tally revealed as bars).

use super::pages::{paginate, text_height};
use super::{LiveEdit, Presentation, SlideKey, pickable};
use crate::commands::Request;
use crate::model::{
    BeliefStatus, Edit, Id, VoteOn, cast_dot, dots_placed, proposal_text, proposals, tally, voters, votes_on,
};
use crate::ui::ViewCtx;
use crate::ui::theme::Tokens;
use egui::{RichText, Ui};
use std::ops::Range;

/// The width of the number column.
const NUMBER_WIDTH: f32 = 44.0;

/// A statement as plain text (Markdown emphasis markers dropped).
fn plain(statement: &str) -> String {
    statement.replace("**", "").replace("__", "")
}

/// The beliefs (all but dropped ones), numbered, one page at a time. Double-click edits a
/// belief; N adds one (shown on its page, highlighted); click and S spotlights it. Returns
/// (page, pages).
pub(super) fn manifesto(ui: &mut Ui, ctx: &mut ViewCtx, p: &mut Presentation) -> (usize, usize) {
    let tokens = Tokens::of(ui);
    if p.key == Some(SlideKey::Add) {
        add_belief(ctx, p, ui.input(|i| i.time));
    }
    let manifesto = &ctx.plan.manifesto;
    let signed = manifesto.current_signatures().count();
    ui.label(
        RichText::new(format!("{} · revision {} · signed by {signed}", manifesto.title, manifesto.revision))
            .size(tokens.heading_size),
    );
    ui.add_space(tokens.spacing);
    let shown: Vec<(Id, String, BeliefStatus)> = manifesto
        .beliefs
        .iter()
        .filter(|b| b.status != BeliefStatus::Dropped)
        .map(|b| (b.id.clone(), plain(&b.statement), b.status))
        .collect();
    if shown.is_empty() {
        ui.label("No beliefs yet: press N to write the first one.");
        return (0, 1);
    }
    let width = ui.available_width() - NUMBER_WIDTH - tokens.spacing;
    let font = egui::TextStyle::Body.resolve(ui.style());
    let line = ui.text_style_height(&egui::TextStyle::Body);
    let heights: Vec<f32> =
        shown.iter().map(|(_, text, _)| text_height(ui, text, font.clone(), width).max(line)).collect();
    let pages = paginate(&heights, ui.available_height(), tokens.spacing * 2.0);
    let page = p.page_to_show(ui, &pages, |id| shown.iter().position(|(b, _, _)| b == id));
    for i in pages[page].clone() {
        let (id, text, status) = &shown[i];
        let new = p.is_new(ui, id);
        let (response, ()) = pickable(ui, p, id, |ui| {
            ui.horizontal_top(|ui| {
                let number = RichText::new(format!("{}.", i + 1)).color(tokens.accent).strong();
                ui.add_sized([NUMBER_WIDTH, line], egui::Label::new(number));
                let color = if *status == BeliefStatus::Proposed { tokens.muted } else { tokens.text };
                ui.add(egui::Label::new(RichText::new(text).color(color)).wrap());
            });
        });
        if new {
            super::reveal::highlight(ui, response.rect.expand2(egui::vec2(8.0, 5.0)), &tokens);
        }
        if response.double_clicked() {
            p.edit = Some(LiveEdit::belief(id));
            p.anchor_edit(id, response.rect);
        }
        ui.add_space(tokens.spacing);
    }
    (page, pages.len())
}

/// Adds a proposed belief and opens it for typing, on the page that shows it, highlighted;
/// closed with nothing written, it goes again. `now` is the frame's time.
fn add_belief(ctx: &mut ViewCtx, p: &mut Presentation, now: f64) {
    if let Ok(applied) = ctx.plan.apply(Edit::AddBelief, ctx.today)
        && let Some((_, id)) = applied.created
    {
        ctx.requests.push(Request::Added { what: applied.message });
        p.edit = Some(LiveEdit::belief(&id).added());
        p.reveal(&id, now);
    }
}

/// Dot voting on the proposals: pick who votes among the people in the room (click or Tab),
/// give dots with a click or the number keys (right-click or Shift takes one back), V reveals
/// the tally. The numbers count on the page shown (a page holds at most nine proposals), so
/// the key is the number beside the proposal.
pub(super) fn voting(ui: &mut Ui, ctx: &mut ViewCtx, p: &mut Presentation) -> (usize, usize) {
    let tokens = Tokens::of(ui);
    let among = proposals(ctx.plan);
    let room = voters(ctx.plan);
    if p.voter.as_ref().is_some_and(|v| !room.contains(v)) {
        p.voter = None;
    }
    match p.key {
        Some(SlideKey::NextVoter) if !room.is_empty() => {
            let next = p.voter.as_ref().and_then(|v| room.iter().position(|id| id == v)).map_or(0, |i| i + 1);
            p.voter = Some(room[next % room.len()].clone());
        }
        Some(SlideKey::Reveal) => p.revealed = !p.revealed,
        _ => {}
    }
    who_is_voting(ui, ctx, p, &room, &among, &tokens);
    if among.is_empty() {
        let what = match ctx.plan.workshop.vote_on() {
            VoteOn::Beliefs => "add beliefs to the manifesto first",
            VoteOn::Goals => "add goals first",
            VoteOn::Stakeholders => "add stakeholders first",
        };
        ui.label(format!("Nothing to vote on: {what}, or choose another list in the agenda (A)."));
        return (0, 1);
    }
    let texts: Vec<String> = among.iter().map(|id| plain(&proposal_text(ctx.plan, id))).collect();
    let bar_width = (ui.available_width() * 0.3).max(120.0);
    let text_width = ui.available_width() - NUMBER_WIDTH - bar_width - tokens.spacing * 3.0;
    let font = egui::TextStyle::Body.resolve(ui.style());
    let line = ui.text_style_height(&egui::TextStyle::Body);
    let heights: Vec<f32> =
        texts.iter().map(|text| text_height(ui, text, font.clone(), text_width).max(line)).collect();
    let pages = at_most_nine(paginate(&heights, ui.available_height(), tokens.spacing * 2.0));
    let page = p.page.min(pages.len() - 1);
    let shown = pages[page].clone();
    if let Some(SlideKey::Vote { number, add }) = p.key
        && let Some(i) = shown.clone().nth(number - 1)
        && vote(ctx, p, &among[i], &among, add)
    {
        // The names above were drawn with the dots left before this one.
        ui.ctx().request_repaint();
    }
    let most = among.iter().map(|id| tally(ctx.plan, id)).max().unwrap_or(0).max(1);
    for (n, i) in shown.enumerate() {
        let (id, text) = (&among[i], &texts[i]);
        let mine = p
            .voter
            .as_ref()
            .and_then(|v| votes_on(ctx.plan, id).iter().find(|x| &x.person == v))
            .map_or(0, |x| x.dots);
        let total = tally(ctx.plan, id);
        let revealed = p.revealed;
        let row = ui.horizontal_top(|ui| {
            let number = RichText::new(format!("{}.", n + 1)).color(tokens.accent).strong();
            ui.add_sized([NUMBER_WIDTH, line], egui::Label::new(number));
            // The full width, so the tally bars start in one column.
            ui.allocate_ui(egui::vec2(text_width, line), |ui| {
                ui.set_min_width(text_width);
                ui.add(egui::Label::new(text.as_str()).wrap())
            });
            ui.add_space(tokens.spacing);
            tally_cell(ui, &tokens, Dots { mine, total, most, revealed }, egui::vec2(bar_width, line));
        });
        let response =
            ui.interact(row.response.rect, ui.scope_id().with(("vote", id.as_str())), egui::Sense::click());
        let tally = if revealed { format!(" — {total} dots") } else { String::new() };
        let name = format!("Proposal {}: {text}{tally}", n + 1);
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, name.clone()));
        if response.clicked() {
            vote(ctx, p, id, &among, true);
        } else if response.secondary_clicked() {
            vote(ctx, p, id, &among, false);
        }
        ui.add_space(tokens.spacing);
    }
    (page, pages.len())
}

/// The people in the room, each with the dots they have left (click one to let them vote),
/// and what to do next.
fn who_is_voting(
    ui: &mut Ui,
    ctx: &ViewCtx,
    p: &mut Presentation,
    room: &[Id],
    among: &[Id],
    tokens: &Tokens,
) {
    let budget = ctx.plan.workshop.dots_per_person;
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(format!("Voting ({} in the room):", room.len())).strong());
        for id in room {
            let Some(person) = ctx.plan.person(id) else { continue };
            let left = budget.saturating_sub(dots_placed(ctx.plan, id, among));
            let chosen = p.voter.as_ref() == Some(id);
            let name = &person.name;
            let text = if chosen { format!("{name} ({left} left)") } else { format!("{name} ({left})") };
            if ui.selectable_label(chosen, text).clicked() {
                p.voter = Some(id.clone());
            }
        }
    });
    let on = ctx.plan.workshop.vote_on().label();
    let hint = match (&p.voter, room.is_empty()) {
        (_, true) => "Nobody is voting: tick who is in the room in the agenda (A).".to_owned(),
        (Some(_), _) => format!("{on}: {budget} dots a person. Click one or press its number to give a dot."),
        (None, _) => format!(
            "{on}: click a name or press Tab to pick who votes (in brackets: dots left; A changes who is in the room)."
        ),
    };
    ui.label(RichText::new(hint).color(tokens.muted));
    ui.add_space(tokens.spacing);
}

/// Splits pages longer than nine proposals (what the number keys reach) into even parts.
fn at_most_nine(pages: Vec<Range<usize>>) -> Vec<Range<usize>> {
    let mut out = Vec::with_capacity(pages.len());
    for range in pages {
        let parts = range.len().div_ceil(9).max(1);
        let size = range.len().div_ceil(parts).max(1);
        let mut start = range.start;
        loop {
            let end = (start + size).min(range.end);
            out.push(start..end);
            start = end;
            if start >= range.end {
                break;
            }
        }
    }
    if out.is_empty() {
        out.push(0..0);
    }
    out
}

/// The dots on one proposal, as its tally cell shows them.
#[derive(Clone, Copy)]
struct Dots {
    /// The current voter's.
    mine: u32,
    /// Everyone's.
    total: u32,
    /// The most any proposal has (the longest bar), at least 1.
    most: u32,
    /// Whether the tally is revealed.
    revealed: bool,
}

/// The voter's own dots, and once revealed, the tally as a bar, in a cell of `size` (its
/// height a line's).
fn tally_cell(ui: &mut Ui, tokens: &Tokens, Dots { mine, total, most, revealed }: Dots, size: egui::Vec2) {
    let line = size.y;
    let (rect, _) = ui.allocate_exact_size(size, egui::Sense::hover());
    let painter = ui.painter();
    if revealed {
        let filled = rect.width() * 0.75 * total as f32 / most as f32;
        let bar = egui::Rect::from_min_size(
            rect.left_top() + egui::vec2(0.0, line * 0.15),
            egui::vec2(filled, line * 0.7),
        );
        painter.rect_filled(bar, 3.0, tokens.accent);
        let dots = if total == 1 { "1 dot".to_owned() } else { format!("{total} dots") };
        let font = egui::TextStyle::Body.resolve(ui.style());
        painter.text(
            bar.right_center() + egui::vec2(tokens.spacing * 0.5, 0.0),
            egui::Align2::LEFT_CENTER,
            dots,
            font,
            tokens.text,
        );
    } else if mine > 0 {
        let font = egui::TextStyle::Body.resolve(ui.style());
        let text = "●".repeat(mine.min(20) as usize);
        painter.text(rect.left_center(), egui::Align2::LEFT_CENTER, text, font, tokens.accent);
    }
}

/// Gives (or takes back) a dot of the current voter on `belief`, as one undo step. Returns
/// whether a dot moved.
fn vote(ctx: &mut ViewCtx, p: &mut Presentation, belief: &Id, among: &[Id], add: bool) -> bool {
    let Some(voter) = p.voter.clone() else {
        return false;
    };
    let moved = cast_dot(ctx.plan, &voter, belief, among, add);
    if moved {
        ctx.requests.push(Request::Edited { group: None });
    }
    moved
}
