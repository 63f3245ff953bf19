//! The presentation's keys: the ones a clicker sends (arrows, Page Up/Down, space), and single
//! letters for the facilitator's tools.

use super::{Presentation, SlideKey, Timer};
use egui::{Key, Modifiers};

/// What the presentation asks of the app this frame.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PresentAction {
    Stay,
    Leave,
    /// D: switch the projector theme between light and dark.
    ToggleDark,
}

/// The keys of presentation mode, for the help window.
pub const PRESENT_KEYS: [(&str, &str); 10] = [
    ("→ ↓ Page Down Space", "Next page or slide"),
    ("← ↑ Page Up", "Previous page or slide"),
    ("Home / End", "First / last slide"),
    ("Double-click", "Edit a belief, a stakeholder's cell, a task"),
    ("N", "Add a belief, stakeholder or task to the slide"),
    ("Click, then S", "Spotlight the picked item"),
    ("Tab / 1–9 / Shift+1–9 / V", "Voting: next voter, give a dot, take one back, tally"),
    ("T / R / + / −", "Countdown: start or pause, reset, longer, shorter"),
    ("D / A", "Dark or light projector theme / the agenda"),
    ("Esc", "Leave presentation mode"),
];

const DIGITS: [Key; 9] =
    [Key::Num1, Key::Num2, Key::Num3, Key::Num4, Key::Num5, Key::Num6, Key::Num7, Key::Num8, Key::Num9];

/// Handles this frame's keys unless a text field or the live editor has the keyboard: moves
/// between slides and pages, runs the timer, and passes slide keys (N, number keys, Tab, V) to
/// the slide. `slides` is how many slides the agenda shows.
pub fn handle_keys(
    ctx: &egui::Context,
    p: &mut Presentation,
    timer: &mut Timer,
    slides: usize,
    now: chrono::DateTime<chrono::FixedOffset>,
) -> PresentAction {
    timer.tick(now);
    // A focused button does not count: only typing keeps the keys from the slides.
    if ctx.text_edit_focused() || p.edit.is_some() {
        return PresentAction::Stay;
    }
    let pressed =
        |i: &mut egui::InputState, keys: &[Key]| keys.iter().any(|k| i.consume_key(Modifiers::NONE, *k));
    ctx.input_mut(|i| {
        if pressed(i, &[Key::Escape]) {
            if p.agenda_open {
                p.agenda_open = false;
                return PresentAction::Stay;
            }
            return PresentAction::Leave;
        }
        if pressed(i, &[Key::D]) {
            return PresentAction::ToggleDark;
        }
        if pressed(i, &[Key::T]) {
            timer.toggle(now);
        } else if pressed(i, &[Key::R]) {
            timer.reset();
        } else if pressed(i, &[Key::Plus, Key::Equals]) {
            timer.adjust(1.0, now);
        } else if pressed(i, &[Key::Minus]) {
            timer.adjust(-1.0, now);
        } else if pressed(i, &[Key::A]) {
            p.agenda_open = !p.agenda_open;
        } else if pressed(i, &[Key::S]) {
            p.spotlight = !p.spotlight && p.selected.is_some();
        } else if pressed(i, &[Key::N]) {
            p.key = Some(SlideKey::Add);
        } else if pressed(i, &[Key::V]) {
            p.key = Some(SlideKey::Reveal);
        } else if pressed(i, &[Key::Tab]) {
            p.key = Some(SlideKey::NextVoter);
        }
        if let Some(vote) = digit(i) {
            p.key = Some(vote);
        }
        if pressed(i, &[Key::ArrowRight, Key::ArrowDown, Key::PageDown, Key::Space]) {
            p.next(slides);
        } else if pressed(i, &[Key::ArrowLeft, Key::ArrowUp, Key::PageUp]) {
            p.previous();
        } else if pressed(i, &[Key::Home]) {
            p.go_to(0, 0);
        } else if pressed(i, &[Key::End]) {
            p.go_to(slides.saturating_sub(1), usize::MAX);
        }
        PresentAction::Stay
    })
}

/// Takes this frame's press of a number key 1–9 (with or without Shift), if any, as a vote.
/// The key is read where it sits on the keyboard, not from what it types: Shift+1 arrives as
/// "!" on a US keyboard (and "1" itself is "&" on a French one).
fn digit(i: &mut egui::InputState) -> Option<SlideKey> {
    let mut vote = None;
    i.events.retain(|event| {
        let egui::Event::Key { key, physical_key, pressed: true, modifiers, .. } = event else {
            return true;
        };
        let digit_of = |k: Key| DIGITS.iter().position(|d| *d == k);
        // A key that types a sign ("!", "@") counts by its place; End or an arrow on the keypad
        // (Num Lock off) keeps its meaning.
        let sign = key.symbol_or_name().len() == 1;
        let Some(n) = digit_of(*key).or_else(|| physical_key.filter(|_| sign).and_then(digit_of)) else {
            return true;
        };
        if !(modifiers.is_none() || modifiers.matches_exact(Modifiers::SHIFT)) {
            return true;
        }
        vote = Some(SlideKey::Vote { number: n + 1, add: !modifiers.shift });
        false
    });
    vote
}
