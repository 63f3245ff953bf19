//! Presentation (workshop) mode: the plan as slides for a projector, in large type, stepped
//! through with the keys a presentation clicker sends. Slides are purpose-built: long content
//! is split into pages that fit the screen, and what is shown can be edited in place.

mod agenda;
mod beliefs;
mod goals;
mod keys;
mod live_edit;
mod pages;
mod reveal;
mod rolling_plan;
mod segments;
mod summary;
mod timer;

pub use agenda::agenda_window;
pub use keys::{PRESENT_KEYS, PresentAction, handle_keys};
pub use live_edit::LiveEdit;
pub use reveal::{Note, Reveal};
pub use timer::Timer;

use super::ViewCtx;
use super::theme::Tokens;
use crate::model::{Id, SlideKind};
use egui::{RichText, Ui};

/// A keyboard request a slide acts on while it draws (it knows what is on it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SlideKey {
    /// N: add an item to this slide.
    Add,
    /// A number key: vote for proposal `n` (1-based); with Shift, take a dot back.
    Vote { number: usize, add: bool },
    /// Tab: the next person votes.
    NextVoter,
    /// V: show or hide the tally.
    Reveal,
}

/// Where the presentation is and what the facilitator has picked.
#[derive(Clone, Debug, Default)]
pub struct Presentation {
    /// The slide shown, as an index into the shown agenda.
    pub slide: usize,
    /// The page of that slide (long slides are split into pages); clamped when drawn.
    pub page: usize,
    /// How many pages the slide had when last drawn.
    pub pages: usize,
    /// The workstream, stakeholder or belief picked with a click.
    pub selected: Option<Id>,
    /// Dims everything but the selected item.
    pub spotlight: bool,
    /// The person casting dots on the voting slide.
    pub voter: Option<Id>,
    /// Whether the voting tally is shown.
    pub revealed: bool,
    /// The live edit open, if any.
    pub edit: Option<LiveEdit>,
    /// Whether the agenda editor is open.
    pub agenda_open: bool,
    /// A key for the slide to act on this frame.
    pub key: Option<SlideKey>,
    /// The item just added, shown on its page and highlighted (see [`Presentation::reveal`]).
    pub reveal: Option<Reveal>,
    /// What the last live edit did to other items, said for a few seconds.
    pub note: Option<Note>,
    /// The influence map's own state, for the map slide of a plan with no stakeholders yet
    /// (it shows the view's empty map with its "add" button).
    pub map_state: crate::ui::stakeholders::StakeholderState,
}

impl Presentation {
    /// Goes to the next page, or the next slide's first page.
    pub fn next(&mut self, slides: usize) {
        if self.page + 1 < self.pages {
            self.page += 1;
        } else if self.slide + 1 < slides {
            self.go_to(self.slide + 1, 0);
        }
    }

    /// Tells the open live edit where the slide shows `id`, if that is the item it edits.
    pub fn anchor_edit(&mut self, id: &Id, rect: egui::Rect) {
        if let Some(edit) = &mut self.edit
            && edit.id() == id
        {
            edit.anchor = Some(rect);
        }
    }

    /// Goes to the previous page, or the previous slide's last page.
    pub fn previous(&mut self) {
        if self.page > 0 {
            self.page = self.page.min(self.pages.max(1)) - 1;
        } else if self.slide > 0 {
            self.go_to(self.slide - 1, usize::MAX);
        }
    }

    /// Shows `slide` at `page` (`usize::MAX` for its last page).
    pub fn go_to(&mut self, slide: usize, page: usize) {
        if slide != self.slide {
            self.selected = None;
            self.spotlight = false;
        }
        self.slide = slide;
        self.page = page;
        self.pages = 1;
    }

    /// Whether `id` is drawn dimmed by the spotlight.
    pub fn dimmed(&self, id: &Id) -> bool {
        self.spotlight && self.selected.as_ref().is_some_and(|s| s != id)
    }

    /// Picks `id` (a second click on it unpicks it).
    pub fn pick(&mut self, id: &Id) {
        if self.selected.as_ref() == Some(id) {
            self.selected = None;
            self.spotlight = false;
        } else {
            self.selected = Some(id.clone());
        }
    }
}

/// Draws the current slide: a title bar with the position in the agenda (and the countdown,
/// once started), the slide's page, then a key hint line.
pub fn show(ui: &mut Ui, p: &mut Presentation, timer: &Timer, ctx: &mut ViewCtx) {
    let slides = ctx.plan.workshop.shown_slides();
    p.slide = p.slide.min(slides.len() - 1);
    let kind = slides[p.slide];
    scale_to_screen(ui);
    let tokens = Tokens::of(ui);
    // The title gives way (cut with "…") to the position and the countdown; they never overlap.
    let title_height = ui.fonts_mut(|f| f.row_height(&egui::FontId::proportional(tokens.title_size)));
    egui::Sides::new().height(title_height).shrink_left().truncate().show(
        ui,
        |ui| ui.label(RichText::new(kind.title()).size(tokens.title_size).strong()),
        |ui| {
            timer::show(ui, timer, &tokens);
            let page =
                if p.pages > 1 { format!(" · page {} of {}", p.page + 1, p.pages) } else { String::new() };
            ui.label(RichText::new(format!("{} / {}{page}", p.slide + 1, slides.len())).color(tokens.muted));
        },
    );
    ui.separator();
    let hint_height = ui.text_style_height(&egui::TextStyle::Small) + ui.spacing().item_spacing.y * 2.0;
    let body = egui::Rect::from_min_max(ui.cursor().min, ui.max_rect().max - egui::vec2(0.0, hint_height));
    let (page, pages) = ui
        .scope_builder(egui::UiBuilder::new().max_rect(body), |ui| {
            ui.set_clip_rect(body.intersect(ui.clip_rect()));
            match kind {
                SlideKind::Overview => summary::overview(ui, ctx, p),
                SlideKind::Goals => goals::show(ui, ctx, p),
                SlideKind::Manifesto => beliefs::manifesto(ui, ctx, p),
                SlideKind::Voting => beliefs::voting(ui, ctx, p),
                SlideKind::StakeholderMap => summary::stakeholder_map(ui, ctx, p),
                SlideKind::Segmentation => segments::show(ui, ctx, p),
                SlideKind::RollingPlan => rolling_plan::show(ui, ctx, p),
                SlideKind::Assessment => summary::assessment(ui, ctx, p),
            }
        })
        .inner;
    ui.advance_cursor_after_rect(body);
    p.page = page;
    p.pages = pages.max(1);
    p.key = None;
    hint_line(ui, kind, &tokens, ui.visuals().dark_mode);
    live_edit::show(ui.ctx(), p, ctx, tokens.accent);
    hide_idle_pointer(ui.ctx(), p);
}

/// The screen size slides are designed for: a 1280×720 projector.
const DESIGN_SIZE: egui::Vec2 = egui::vec2(1280.0, 720.0);

/// How much larger than at 1280×720 a slide is drawn on this screen: 1.5 at 1920×1080, so a
/// slide looks the same on a large screen; never smaller (the type stays readable).
pub fn slide_scale(screen: egui::Vec2) -> f32 {
    (screen.x / DESIGN_SIZE.x).min(screen.y / DESIGN_SIZE.y).clamp(1.0, 4.0)
}

/// Scales the slide's type and spacing to the screen (see [`slide_scale`]).
pub(super) fn scale_to_screen(ui: &mut Ui) {
    let scale = slide_scale(ui.ctx().content_rect().size());
    if scale <= 1.0 {
        return;
    }
    let style = ui.style_mut();
    for font in style.text_styles.values_mut() {
        font.size *= scale;
    }
    let spacing = &mut style.spacing;
    spacing.item_spacing *= scale;
    spacing.button_padding *= scale;
    spacing.interact_size *= scale;
    spacing.icon_width *= scale;
    spacing.icon_width_inner *= scale;
    spacing.icon_spacing *= scale;
}

/// How long the mouse pointer may rest on a slide before it is hidden, in seconds.
const POINTER_IDLE_SECONDS: f32 = 3.0;

/// Hides the mouse pointer once it has rested a few seconds (it shows again when moved), as
/// presentation programs do. One delayed repaint does it; an idle slide stays idle.
fn hide_idle_pointer(ctx: &egui::Context, p: &Presentation) {
    if p.edit.is_some() || p.agenda_open || ctx.input(|i| i.pointer.hover_pos().is_none()) {
        return;
    }
    let idle = ctx.input(|i| i.pointer.time_since_last_movement());
    if idle >= POINTER_IDLE_SECONDS {
        ctx.set_cursor_icon(egui::CursorIcon::None);
    } else {
        ctx.request_repaint_after(std::time::Duration::from_secs_f32(POINTER_IDLE_SECONDS - idle));
    }
}

/// The keys of the slide, in small muted type at the bottom.
fn hint_line(ui: &mut Ui, kind: SlideKind, tokens: &Tokens, dark: bool) {
    let extra = match kind {
        SlideKind::Voting => "Tab next voter · 1–9 give a dot (Shift takes back) · V tally · ",
        SlideKind::Manifesto | SlideKind::Segmentation | SlideKind::RollingPlan => {
            "double-click to edit · N adds · click + S spotlight · "
        }
        _ => "",
    };
    let theme = if dark { "D light" } else { "D dark" };
    ui.add(
        egui::Label::new(
            RichText::new(format!("{extra}← → move · T timer · A agenda · {theme} · Esc leave"))
                .small()
                .color(tokens.muted),
        )
        .truncate(),
    );
}

/// A row that can be picked (click) and spotlighted: draws `add_contents` dimmed when another
/// item is in the spotlight, with an accent bar when picked. Returns the row's response.
pub(super) fn pickable<R>(
    ui: &mut Ui,
    p: &mut Presentation,
    id: &Id,
    add_contents: impl FnOnce(&mut Ui) -> R,
) -> (egui::Response, R) {
    let tokens = Tokens::of(ui);
    let dimmed = p.dimmed(id);
    let picked = p.selected.as_ref() == Some(id);
    let inner = ui.scope(|ui| {
        if dimmed {
            ui.multiply_opacity(0.2);
        }
        add_contents(ui)
    });
    let rect = inner.response.rect;
    p.anchor_edit(id, rect);
    if picked {
        let bar =
            egui::Rect::from_min_size(rect.left_top() - egui::vec2(8.0, 0.0), egui::vec2(4.0, rect.height()));
        ui.painter().rect_filled(bar, 1.0, tokens.accent);
    }
    let response = ui.interact(rect, ui.scope_id().with(("pick", id.as_str())), egui::Sense::click());
    if response.clicked() {
        p.pick(id);
    }
    (response, inner.inner)
}
