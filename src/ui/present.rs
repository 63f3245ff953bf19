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

/// What the presentation asks of the app this frame.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PresentAction {
    Stay,
    Leave,
}

/// Moves between slides with the clicker keys (arrows, Page Up/Down, space, Home, End) unless
/// a text field has the keyboard; Esc leaves.
pub fn handle_keys(ctx: &egui::Context, slide: &mut usize) -> PresentAction {
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

/// Draws slide `index`: a title bar with the position in the agenda, then the view.
pub fn show(ui: &mut Ui, index: usize, ctx: &mut ViewCtx) {
    let slide = Slide::AGENDA[index.min(Slide::AGENDA.len() - 1)];
    let tokens = super::theme::Tokens::of(ui);
    ui.horizontal(|ui| {
        ui.label(RichText::new(slide.title()).size(tokens.title_size).strong());
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
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
