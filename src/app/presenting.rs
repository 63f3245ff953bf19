//! Presentation mode in the app: entering and leaving it, its keys, its theme and its frame.

use super::TenstepApp;
use crate::commands::{Request, View};
use crate::model::SlideKind;
use crate::ui::present::{PresentAction, Presentation, SlideKey};
use crate::ui::{self, ViewCtx, theme};

impl TenstepApp {
    /// Enters presentation mode full screen, on the first slide or on the first shown slide
    /// of `from` view (the first slide when none shows it). After leaving (Esc, perhaps by
    /// accident), it resumes where the presentation was left: F5 always, Shift+F5 unless
    /// another view was chosen since (then it starts from that view's slide).
    pub(super) fn start_presenting(&mut self, ctx: &egui::Context, from: Option<View>) {
        let Some(doc) = &self.doc else { return };
        let left = self.views.presentation_left.take();
        let resume = left.filter(|(_, view)| from.is_none_or(|from| from == *view)).map(|(p, _)| p);
        let slide = from
            .and_then(|view| doc.plan.workshop.shown_slides().iter().position(|k| slide_view(*k) == view))
            .unwrap_or(0);
        self.presenting = Some(resume.unwrap_or(Presentation { slide, ..Presentation::default() }));
        ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(true));
    }

    /// Leaves presentation mode (ending any live edit's undo group), keeping where it was
    /// (slide, page, voter, pick) for F5 to resume.
    fn stop_presenting(&mut self, ctx: &egui::Context) {
        if let Some(p) = self.presenting.take() {
            let left = Presentation { edit: None, agenda_open: false, key: None, ..p };
            self.views.presentation_left = Some((left, self.view));
        }
        self.requests.push(Request::EndEditGroup);
        ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(false));
    }

    /// Applies the theme when it changes: the app's light or dark theme, or while presenting
    /// the projector theme (light unless the facilitator chose dark) in large type.
    pub(super) fn apply_theme(&mut self, ctx: &egui::Context) {
        let presenting = self.presenting.is_some();
        let dark = if presenting { self.settings.present_dark } else { self.settings.dark_mode };
        if self.applied_theme != Some((dark, presenting)) {
            theme::apply(ctx, egui::Theme::from_dark_mode(dark), presenting);
            self.applied_theme = Some((dark, presenting));
        }
    }

    /// The presentation's keys, before anything draws (no dialog open).
    pub(super) fn presenting_keys(&mut self, ctx: &egui::Context) {
        let Some(doc) = &self.doc else { return };
        let slides = doc.plan.workshop.shown_slides().len();
        let Some(p) = self.presenting.as_mut() else { return };
        if self.dialog.is_some() {
            return;
        }
        let action = ui::present::handle_keys(ctx, p, &mut self.timer, slides, self.clock.now());
        // The countdown repaints when its shown second changes, and never while paused.
        if let Some(wait) = self.timer.next_change() {
            ctx.request_repaint_after(wait);
        }
        match action {
            PresentAction::Stay => {}
            PresentAction::Leave => self.stop_presenting(ctx),
            PresentAction::ToggleDark => self.settings.present_dark = !self.settings.present_dark,
        }
    }

    /// Draws the current slide over the whole window, with the agenda editor when open.
    pub(super) fn present_ui(&mut self, ui: &mut egui::Ui) {
        let (Some(p), Some(doc)) = (self.presenting.as_mut(), self.doc.as_mut()) else { return };
        let read_only = doc.read_only.is_some();
        if read_only {
            // A plan from a newer version is shown, never changed: no adding, voting or editing.
            p.key = p.key.filter(|k| matches!(k, SlideKey::NextVoter | SlideKey::Reveal));
            p.edit = None;
        }
        // A margin of 2 % of the screen: projectors crop their edges (overscan).
        let screen = ui.ctx().content_rect().size();
        let margin = egui::Margin::symmetric((screen.x * 0.02) as i8, (screen.y * 0.02) as i8);
        let frame = egui::Frame::central_panel(ui.style()).inner_margin(margin);
        egui::CentralPanel::default().frame(frame).show(ui, |ui| {
            let mut view_ctx = ViewCtx {
                plan: &mut doc.plan,
                requests: &mut self.requests,
                today: self.today,
                presenting: true,
            };
            ui.add_enabled_ui(!read_only, |ui| ui::present::show(ui, p, &self.timer, &mut view_ctx));
        });
        let slide = doc.plan.workshop.shown_slides().get(p.slide).copied();
        self.views.follow_presentation(p, slide);
        if !read_only {
            ui::present::agenda_window(ui.ctx(), &mut doc.plan, &mut p.agenda_open, &mut self.requests);
        }
    }
}

/// The view a slide presents.
fn slide_view(kind: SlideKind) -> View {
    match kind {
        SlideKind::Overview => View::Overview,
        SlideKind::Goals => View::Team,
        SlideKind::Manifesto | SlideKind::Voting => View::Manifesto,
        SlideKind::StakeholderMap | SlideKind::Segmentation => View::Stakeholders,
        SlideKind::RollingPlan => View::Plan,
        SlideKind::Assessment => View::Assessment,
    }
}
