//! The countdown for a workshop exercise, shown in the corner of the slides.

use crate::ui::theme::Tokens;
use chrono::{DateTime, FixedOffset};
use egui::{RichText, Ui};

/// A countdown that follows the clock (never the frame rate): T starts and pauses it, R resets
/// it, + and − add or take a minute of the time left, running or paused.
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
    /// When `remaining` was last brought up to date, while running.
    pub last_tick: Option<DateTime<FixedOffset>>,
}

impl Default for Timer {
    fn default() -> Self {
        Self { remaining: 300.0, running: false, length: 300.0, shown: false, last_tick: None }
    }
}

impl Timer {
    /// Counts down the time gone since the last tick while running; stops at zero.
    pub fn tick(&mut self, now: DateTime<FixedOffset>) {
        if !self.running {
            return;
        }
        if let Some(last) = self.last_tick {
            let gone = (now - last).num_milliseconds().max(0) as f64 / 1000.0;
            self.remaining = (self.remaining - gone).max(0.0);
        }
        self.last_tick = Some(now);
        if self.remaining == 0.0 {
            self.running = false;
            self.last_tick = None;
        }
    }

    /// How long until the shown time changes, while running (`None` when paused).
    pub fn next_change(&self) -> Option<std::time::Duration> {
        if !self.running {
            return None;
        }
        let fraction = self.remaining - (self.remaining.ceil() - 1.0);
        Some(std::time::Duration::from_secs_f64(fraction.clamp(0.05, 1.0)))
    }

    /// "4:05".
    pub fn text(&self) -> String {
        let seconds = self.remaining.ceil() as u64;
        format!("{}:{:02}", seconds / 60, seconds % 60)
    }

    /// Starts or pauses it at `now`.
    pub fn toggle(&mut self, now: DateTime<FixedOffset>) {
        self.tick(now);
        self.running = !self.running && self.remaining > 0.0;
        self.last_tick = self.running.then_some(now);
        self.shown = true;
    }

    /// Back to its full length, stopped and hidden.
    pub fn reset(&mut self) {
        *self = Timer { length: self.length, remaining: self.length, ..Timer::default() };
    }

    /// Adds (or takes) `minutes` of the time left, running or paused, keeping the time used.
    /// Before it has started, this sets the exercise's length (1 to 99 minutes) too.
    pub fn adjust(&mut self, minutes: f64, now: DateTime<FixedOffset>) {
        self.tick(now);
        let fresh = !self.running && self.remaining == self.length;
        if fresh {
            self.length = (self.length + minutes * 60.0).clamp(60.0, 99.0 * 60.0);
            self.remaining = self.length;
        } else {
            self.remaining = (self.remaining + minutes * 60.0).clamp(0.0, 99.0 * 60.0);
            if self.remaining == 0.0 {
                self.running = false;
                self.last_tick = None;
            }
        }
        self.shown = true;
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
