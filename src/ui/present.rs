//! Presentation (workshop) mode: the plan as slides for a projector, in large type, stepped
//! through with the keys a presentation clicker sends.

use super::{ViewCtx, ViewStates, show_view};
use crate::commands::View;
use egui::{Key, RichText, Ui};

/// A slide of the agenda.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slide {
    Overview,
    Goals,
    Manifesto,
    StakeholderMap,
    Segmentation,
    RollingPlan,
    Assessment,
}

impl Slide {
    /// The agenda, in order.
    pub const AGENDA: [Slide; 7] = [
        Slide::Overview,
        Slide::Goals,
        Slide::Manifesto,
        Slide::StakeholderMap,
        Slide::Segmentation,
        Slide::RollingPlan,
        Slide::Assessment,
    ];

    pub fn title(self) -> &'static str {
        match self {
            Slide::Overview => "Where the plan stands",
            Slide::Goals => "Goals and KPIs",
            Slide::Manifesto => "Our manifesto",
            Slide::StakeholderMap => "Stakeholders: influence and interest",
            Slide::Segmentation => "Stakeholder segmentation",
            Slide::RollingPlan => "The rolling plan",
            Slide::Assessment => "Where we are on the maturity ladder",
        }
    }

    /// The view a slide shows, with its panel set in `states`.
    pub fn prepare(self, states: &mut ViewStates) -> View {
        match self {
            Slide::Overview => View::Overview,
            Slide::Goals => {
                states.team.panel = super::team::Panel::Goals;
                View::Team
            }
            Slide::Manifesto => {
                states.manifesto.panel = super::manifesto::Panel::Read;
                View::Manifesto
            }
            Slide::StakeholderMap => {
                states.stakeholders.panel = super::stakeholders::Panel::InfluenceMap;
                View::Stakeholders
            }
            Slide::Segmentation => {
                states.stakeholders.panel = super::stakeholders::Panel::Matrix;
                View::Stakeholders
            }
            Slide::RollingPlan => View::Plan,
            Slide::Assessment => {
                states.assessment.panel = super::assessment::Panel::Maturity;
                View::Assessment
            }
        }
    }
}

/// A countdown for a workshop exercise, shown in the corner of the slides: T starts and
/// pauses it, R resets it, + and − change it by a minute while it is stopped.
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
}

/// What the presentation asks of the app this frame.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PresentAction {
    Stay,
    Leave,
}

/// Moves between slides with the clicker keys (arrows, Page Up/Down, space, Home, End) unless
/// a text field has the keyboard; Esc leaves.
pub fn handle_keys(ctx: &egui::Context, slide: &mut usize, timer: &mut Timer) -> PresentAction {
    timer.tick(ctx.input(|i| f64::from(i.stable_dt)));
    if timer.running {
        // A few repaints a second while the countdown runs; none otherwise.
        ctx.request_repaint_after(std::time::Duration::from_millis(250));
    }
    if ctx.egui_wants_keyboard_input() {
        return PresentAction::Stay;
    }
    let last = Slide::AGENDA.len() - 1;
    ctx.input_mut(|i| {
        let pressed = |i: &mut egui::InputState, keys: &[Key]| {
            keys.iter().any(|k| i.consume_key(egui::Modifiers::NONE, *k))
        };
        if pressed(i, &[Key::Escape]) {
            return PresentAction::Leave;
        }
        if pressed(i, &[Key::T]) {
            timer.running = !timer.running && timer.remaining > 0.0;
            timer.shown = true;
        } else if pressed(i, &[Key::R]) {
            *timer = Timer { length: timer.length, remaining: timer.length, ..Timer::default() };
        } else if !timer.running && pressed(i, &[Key::Plus, Key::Equals]) {
            timer.length = (timer.length + 60.0).min(99.0 * 60.0);
            timer.remaining = timer.length;
            timer.shown = true;
        } else if !timer.running && pressed(i, &[Key::Minus]) {
            timer.length = (timer.length - 60.0).max(60.0);
            timer.remaining = timer.length;
            timer.shown = true;
        }
        if pressed(i, &[Key::ArrowRight, Key::ArrowDown, Key::PageDown, Key::Space]) {
            *slide = (*slide + 1).min(last);
        } else if pressed(i, &[Key::ArrowLeft, Key::ArrowUp, Key::PageUp]) {
            *slide = slide.saturating_sub(1);
        } else if pressed(i, &[Key::Home]) {
            *slide = 0;
        } else if pressed(i, &[Key::End]) {
            *slide = last;
        }
        PresentAction::Stay
    })
}

/// Draws slide `index`: a title bar with the position in the agenda (and the countdown, once
/// started), then the view.
pub fn show(ui: &mut Ui, index: usize, timer: &Timer, ctx: &mut ViewCtx) {
    let slide = Slide::AGENDA[index.min(Slide::AGENDA.len() - 1)];
    let tokens = super::theme::Tokens::of(ui);
    ui.horizontal(|ui| {
        ui.label(RichText::new(slide.title()).size(tokens.title_size).strong());
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if timer.shown {
                let color = match (timer.running, timer.remaining) {
                    (_, r) if r <= 0.0 => tokens.danger,
                    (true, r) if r <= 60.0 => tokens.warning,
                    (true, _) => tokens.text,
                    (false, _) => tokens.muted,
                };
                let state = if timer.running { "" } else { " (paused: T)" };
                ui.label(
                    RichText::new(format!("{}{state}", timer.text()))
                        .size(tokens.title_size)
                        .strong()
                        .color(color),
                )
                .on_hover_text("Countdown: T starts and pauses, R resets, + and − change it while stopped");
                ui.add_space(tokens.spacing);
            }
            ui.label(
                RichText::new(format!(
                    "{} / {}   ← → to move · Esc to leave",
                    index + 1,
                    Slide::AGENDA.len()
                ))
                .color(tokens.muted),
            );
        });
    });
    ui.separator();
    let view = slide.prepare(ctx.states);
    show_view(ui, view, ctx);
}
