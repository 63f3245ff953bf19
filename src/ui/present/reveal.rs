//! What a live change tells the room. An item added on a slide is shown where the room looks:
//! the slide turns to the page that holds it and highlights it until a few seconds after its
//! editor closes (or the page is turned). An edit that moved other items (a task's dependants
//! pushed later) says so on the slide for a few seconds. Both are timed by the frame's clock
//! (`InputState::time`, never a count of frames) and ask for one repaint when they end.
//!
//! A slide honours them by choosing its page with [`Presentation::page_to_show`], drawing an
//! item for which [`Presentation::is_new`] holds highlighted, and showing [`Presentation::note`].

use super::Presentation;
use crate::model::Id;
use crate::ui::theme::Tokens;
use egui::{Align2, Rect, Ui};
use std::ops::Range;
use std::time::Duration;

/// How long a just-added item stays highlighted after its editor closes, in seconds.
pub const HIGHLIGHT_SECONDS: f64 = 6.0;

/// How long a note stays on the slide, in seconds.
pub const NOTE_SECONDS: f64 = 6.0;

/// An item just added on a slide (see [`Presentation::reveal`]).
#[derive(Clone, Debug, PartialEq)]
pub struct Reveal {
    pub id: Id,
    /// The slide it was added on.
    slide: usize,
    /// The page turned to for it, once drawn.
    page: Option<usize>,
    /// When it was added or its editor last showed (frame time, seconds).
    since: f64,
}

/// A few words on the slide about what an edit did, and the items it is about.
#[derive(Clone, Debug, PartialEq)]
pub struct Note {
    pub text: String,
    pub about: Vec<Id>,
    /// When it goes (frame time, seconds).
    until: f64,
}

impl Presentation {
    /// Shows `id`, just added on the current slide: the slide turns to the page that holds it
    /// and highlights it. `now` is the frame's time.
    pub fn reveal(&mut self, id: &Id, now: f64) {
        self.reveal = Some(Reveal { id: id.clone(), slide: self.slide, page: None, since: now });
    }

    /// The page of `pages` (ranges of the slide's items) to draw: the one holding the item
    /// just added while it is highlighted, otherwise the page asked for. `index_of` finds an
    /// item among those paginated. Turning the page (or the time passing) ends the highlight.
    pub fn page_to_show(
        &mut self,
        ui: &Ui,
        pages: &[Range<usize>],
        index_of: impl Fn(&Id) -> Option<usize>,
    ) -> usize {
        let now = ui.input(|i| i.time);
        let editing = self.editing_new();
        if let Some(r) = &mut self.reveal {
            if editing {
                r.since = now;
            }
            let turned = r.page.is_some_and(|page| page != self.page);
            if r.slide != self.slide || (turned && !editing) || now - r.since >= HIGHLIGHT_SECONDS {
                self.reveal = None;
            } else if let Some(page) =
                index_of(&r.id).and_then(|i| pages.iter().position(|range| range.contains(&i)))
            {
                r.page = Some(page);
                self.page = page;
            }
        }
        self.page.min(pages.len().saturating_sub(1))
    }

    /// Whether `id` is the item just added, to draw highlighted. Asks for one repaint when the
    /// highlight ends.
    pub fn is_new(&self, ui: &Ui, id: &Id) -> bool {
        let Some(r) = self.reveal.as_ref().filter(|r| &r.id == id && r.slide == self.slide) else {
            return false;
        };
        if self.editing_new() {
            return true;
        }
        let left = r.since + HIGHLIGHT_SECONDS - ui.input(|i| i.time);
        if left > 0.0 {
            ui.ctx().request_repaint_after(Duration::from_secs_f64(left));
        }
        left > 0.0
    }

    /// Says `text` on the slide for a few seconds, about the items `about`. `now` is the
    /// frame's time.
    pub fn say(&mut self, text: impl Into<String>, about: Vec<Id>, now: f64) {
        self.note = Some(Note { text: text.into(), about, until: now + NOTE_SECONDS });
    }

    /// The note to show now, if any; asks for one repaint when it goes, and forgets it then.
    pub fn note(&mut self, ctx: &egui::Context) -> Option<&Note> {
        let left = self.note.as_ref()?.until - ctx.input(|i| i.time);
        if left <= 0.0 {
            self.note = None;
            return None;
        }
        ctx.request_repaint_after(Duration::from_secs_f64(left));
        self.note.as_ref()
    }

    /// Whether the item just added is open in the live editor.
    fn editing_new(&self) -> bool {
        match (&self.reveal, &self.edit) {
            (Some(r), Some(edit)) => edit.id() == &r.id,
            _ => false,
        }
    }
}

/// Draws the highlight of a just-added item over `rect`: an accent tint and outline.
pub fn highlight(ui: &Ui, rect: Rect, tokens: &Tokens) {
    let painter = ui.painter();
    painter.rect_filled(rect, 4.0, tokens.accent.gamma_multiply(0.16));
    painter.rect_stroke(rect, 4.0, egui::Stroke::new(3.0, tokens.accent), egui::StrokeKind::Inside);
}

/// Shows `text` as a badge in accent colours at the bottom right of `within`, over what is
/// there, named for screen readers and tests.
pub fn note_badge(ui: &mut Ui, within: Rect, text: &str, tokens: &Tokens) {
    let font = egui::TextStyle::Body.resolve(ui.style());
    let galley =
        ui.fonts_mut(|f| f.layout(text.to_owned(), font, tokens.on_accent, (within.width() * 0.8).max(1.0)));
    let padding = egui::vec2(tokens.spacing, tokens.spacing * 0.5);
    let size = galley.size() + padding * 2.0;
    let rect = Align2::RIGHT_BOTTOM.align_size_within_rect(size, within.shrink(tokens.spacing));
    let painter = ui.painter_at(within);
    painter.rect_filled(rect, tokens.card_rounding, tokens.accent);
    painter.galley(rect.min + padding, galley, tokens.on_accent);
    let response = ui.interact(rect, ui.scope_id().with("present-note"), egui::Sense::hover());
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, text));
}
