//! The countdown for a workshop exercise, shown in the corner of the slides.

use crate::ui::theme::Tokens;
use egui::{RichText, Ui};

/// A countdown: T starts and pauses it, R resets it, + and − change it by a minute while it
/// is stopped.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Timer {
    /// Seconds left.
    pub remaining: f64,
    /// Whether it is counting down.
    pub running: bool,
    /// The length it resets to, in seconds.
    pub length: f64,
    /// Whether it has been started since the last reset (it shows only then).
    pub shown: bool,
}

impl Default for Timer {
    fn default() -> Self {
        Self { remaining: 300.0, running: false, length: 300.0, shown: false }
    }
}

impl Timer {
    /// Counts down by `dt` seconds while running; stops at zero.
    pub fn tick(&mut self, dt: f64) {
        if self.running {
            self.remaining = (self.remaining - dt).max(0.0);
            if self.remaining == 0.0 {
                self.running = false;
            }
        }
    }

    /// "4:05".
    pub fn text(&self) -> String {
        let seconds = self.remaining.ceil() as u64;
        format!("{}:{:02}", seconds / 60, seconds % 60)
    }

    /// Starts or pauses it.
    pub fn toggle(&mut self) {
        self.running = !self.running && self.remaining > 0.0;
        self.shown = true;
    }

    /// Back to its full length, stopped and hidden.
    pub fn reset(&mut self) {
        *self = Timer { length: self.length, remaining: self.length, ..Timer::default() };
    }

    /// Changes its length by `minutes` (1 to 99 minutes) while it is stopped.
    pub fn adjust(&mut self, minutes: f64) {
        if !self.running {
            self.length = (self.length + minutes * 60.0).clamp(60.0, 99.0 * 60.0);
            self.remaining = self.length;
            self.shown = true;
        }
    }
}

/// Draws the countdown (once started) in a right-to-left layout.
pub(super) fn show(ui: &mut Ui, timer: &Timer, tokens: &Tokens) {
    if !timer.shown {
        return;
    }
    let color = match (timer.running, timer.remaining) {
        (_, r) if r <= 0.0 => tokens.danger,
        (true, r) if r <= 60.0 => tokens.warning,
        (true, _) => tokens.text,
        (false, _) => tokens.muted,
    };
    let state = if timer.running { "" } else { " (paused: T)" };
    ui.label(RichText::new(format!("{}{state}", timer.text())).size(tokens.title_size).strong().color(color));
    ui.add_space(tokens.spacing);
}
