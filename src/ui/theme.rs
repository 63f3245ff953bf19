//! Design tokens: every colour and size the views use, for the light and dark themes. The
//! colours come from [`crate::palette`], which the HTML handout reads too.

use crate::model::TaskStatus;
use crate::palette::{self, Palette, Rgb};
use egui::{Color32, FontFamily, FontId, TextStyle};

/// The named colours and sizes of one theme. Views use these, never colour literals.
#[derive(Clone, Debug)]
pub struct Tokens {
    pub surface: Color32,
    pub panel: Color32,
    pub card: Color32,
    /// The background of text fields.
    pub field: Color32,
    /// Outlines of fields and cards.
    pub outline: Color32,
    pub text: Color32,
    pub muted: Color32,
    pub accent: Color32,
    /// Text drawn on a coloured fill (date tags).
    pub on_accent: Color32,
    pub warning: Color32,
    pub danger: Color32,
    pub success: Color32,
    pub not_started: Color32,
    pub on_track: Color32,
    pub at_risk: Color32,
    pub late: Color32,
    pub done: Color32,
    pub paid: Color32,
    pub owned: Color32,
    pub earned: Color32,
    /// Space between blocks.
    pub spacing: f32,
    pub row_height: f32,
    pub body_size: f32,
    pub heading_size: f32,
    pub title_size: f32,
    pub card_rounding: f32,
}

impl From<Rgb> for Color32 {
    #[expect(clippy::disallowed_methods, reason = "the one place a palette colour becomes an egui colour")]
    fn from(Rgb(r, g, b): Rgb) -> Self {
        Color32::from_rgb(r, g, b)
    }
}

/// The shade laid over a slide around the item being edited in presentation mode (the same in
/// both themes: it darkens whatever is under it).
#[allow(clippy::disallowed_methods, reason = "the theme is where raw colours become tokens")]
pub const SHADE: Color32 = Color32::from_black_alpha(100);

impl Tokens {
    /// The light theme (the default, and what projectors show best).
    pub fn light() -> Self {
        Self::of_palette(&palette::LIGHT)
    }

    /// The dark theme.
    pub fn dark() -> Self {
        Self::of_palette(&palette::DARK)
    }

    /// The tokens of `palette`'s colours, at the normal sizes.
    fn of_palette(palette: &Palette) -> Self {
        Self {
            surface: palette.surface.into(),
            panel: palette.panel.into(),
            card: palette.card.into(),
            field: palette.field.into(),
            outline: palette.outline.into(),
            text: palette.text.into(),
            muted: palette.muted.into(),
            accent: palette.accent.into(),
            on_accent: palette.on_accent.into(),
            warning: palette.warning.into(),
            danger: palette.danger.into(),
            success: palette.success.into(),
            not_started: palette.not_started.into(),
            on_track: palette.on_track.into(),
            at_risk: palette.at_risk.into(),
            late: palette.late.into(),
            done: palette.done.into(),
            paid: palette.paid.into(),
            owned: palette.owned.into(),
            earned: palette.earned.into(),
            spacing: 12.0,
            row_height: 26.0,
            body_size: 15.0,
            heading_size: 20.0,
            title_size: 28.0,
            card_rounding: 8.0,
        }
    }

    /// The tokens of the theme `ui` is drawn with, sized to its text (larger when presenting).
    pub fn of(ui: &egui::Ui) -> Self {
        let mut tokens = if ui.visuals().dark_mode { Self::dark() } else { Self::light() };
        let body = ui.style().text_styles.get(&TextStyle::Body).map_or(tokens.body_size, |f| f.size);
        let scale = body / tokens.body_size;
        if (scale - 1.0).abs() > f32::EPSILON {
            tokens.body_size *= scale;
            tokens.heading_size *= scale;
            tokens.title_size *= scale;
            tokens.row_height *= scale;
            tokens.spacing *= scale.min(1.5);
        }
        tokens
    }

    /// The colour of a task status.
    pub fn status(&self, status: TaskStatus) -> Color32 {
        match status {
            TaskStatus::NotStarted => self.not_started,
            TaskStatus::OnTrack => self.on_track,
            TaskStatus::AtRisk => self.at_risk,
            TaskStatus::Late => self.late,
            TaskStatus::Done => self.done,
        }
    }
}

/// Installs the fonts: egui's defaults, with the monospace font as a last fallback for
/// proportional text too, so arrows and geometric symbols (→ ▸ ◆) in plan text always draw.
pub fn install_fonts(ctx: &egui::Context) {
    let mut fonts = egui::FontDefinitions::default();
    if let Some(proportional) = fonts.families.get_mut(&FontFamily::Proportional)
        && !proportional.iter().any(|f| f == "Hack")
    {
        proportional.push("Hack".to_owned());
    }
    ctx.set_fonts(fonts);
}

/// The smallest text size in presentation mode, in logical pixels (readable from the back of
/// a room on a 1280×720 projector).
pub const PRESENT_MIN_TEXT: f32 = 20.0;

/// Applies a theme to the whole app: visuals and text sizes; `presenting` uses the large type
/// of presentation mode.
pub fn apply(ctx: &egui::Context, theme: egui::Theme, presenting: bool) {
    let dark = theme == egui::Theme::Dark;
    let tokens = if dark { Tokens::dark() } else { Tokens::light() };
    let mut visuals = if dark { egui::Visuals::dark() } else { egui::Visuals::light() };
    visuals.panel_fill = tokens.panel;
    visuals.window_fill = tokens.card;
    visuals.extreme_bg_color = tokens.field;
    visuals.text_edit_bg_color = Some(tokens.field);
    visuals.widgets.inactive.bg_stroke = egui::Stroke::new(1.0, tokens.outline);
    visuals.widgets.noninteractive.bg_stroke = egui::Stroke::new(1.0, tokens.outline);
    visuals.override_text_color = Some(tokens.text);
    visuals.hyperlink_color = tokens.accent;
    visuals.selection.bg_fill = tokens.accent.gamma_multiply(if dark { 0.6 } else { 0.25 });
    visuals.selection.stroke.color = tokens.accent;
    if presenting {
        // Check marks, arrows and outlines drawn in strokes stay visible from the back of a room.
        for widget in
            [&mut visuals.widgets.inactive, &mut visuals.widgets.hovered, &mut visuals.widgets.active]
        {
            widget.fg_stroke.width = 2.0;
        }
        visuals.widgets.inactive.fg_stroke.color = tokens.text;
    }
    let theme = if dark { egui::Theme::Dark } else { egui::Theme::Light };
    ctx.set_theme(theme);
    ctx.set_visuals_of(theme, visuals);
    let (small, body, heading, mono) = if presenting {
        (PRESENT_MIN_TEXT, 22.0, 30.0, PRESENT_MIN_TEXT)
    } else {
        (13.0, tokens.body_size, tokens.heading_size, 14.0)
    };
    let scale = body / tokens.body_size;
    ctx.style_mut_of(theme, |style| {
        style.text_styles = [
            (TextStyle::Small, FontId::new(small, FontFamily::Proportional)),
            (TextStyle::Body, FontId::new(body, FontFamily::Proportional)),
            (TextStyle::Button, FontId::new(body, FontFamily::Proportional)),
            (TextStyle::Heading, FontId::new(heading, FontFamily::Proportional)),
            (TextStyle::Monospace, FontId::new(mono, FontFamily::Monospace)),
        ]
        .into();
        style.spacing.item_spacing = egui::vec2(8.0, 6.0) * scale.min(1.3);
        style.spacing.button_padding = egui::vec2(8.0, 4.0) * scale.min(1.3);
        style.spacing.interact_size.y = 24.0 * scale;
        // Check boxes and radio buttons grow with the type.
        style.spacing.icon_width = 14.0 * scale;
        style.spacing.icon_width_inner = 8.0 * scale;
        // No hover tooltips on a projected slide (they cover what the room is reading): a
        // pointer would have to rest for a day. Finite, as egui schedules a repaint for it.
        style.interaction.tooltip_delay = if presenting { 86_400.0 } else { 0.5 };
        // A double-click on a slide edits in place; it never leaves a text highlight.
        style.interaction.selectable_labels = !presenting;
    });
}

/// Whether GL draws in software (Mesa's llvmpipe or softpipe, as on GPU-less virtual desktops
/// and laptops without a driver): there each frame costs tens of milliseconds of CPU.
pub fn is_software_renderer(gl: &eframe::glow::Context) -> bool {
    use eframe::glow::HasContext as _;
    // SAFETY: reads a string parameter of the context eframe created and keeps current on this
    // thread while the app is created.
    let renderer = unsafe { gl.get_parameter_string(eframe::glow::RENDERER) }.to_lowercase();
    ["llvmpipe", "softpipe", "swrast", "software"].iter().any(|name| renderer.contains(name))
}

/// Where every frame is drawn in software: no animations (scroll bars, tooltips and windows
/// appear at once, a wheel step scrolls at once), so starting or scrolling paints one frame
/// instead of a dozen. With a GPU egui's animations stay.
pub fn calm_for_software_rendering(ctx: &egui::Context) {
    ctx.all_styles_mut(|style| {
        style.animation_time = 0.0;
        style.scroll_animation = egui::style::ScrollAnimation::none();
        style.spacing.scroll = egui::style::ScrollStyle::solid();
    });
}

#[cfg(test)]
mod tests {
    #[test]
    fn software_rendering_turns_every_animation_off_in_both_themes_and_keeps_it_off() {
        let ctx = egui::Context::default();
        super::calm_for_software_rendering(&ctx);
        // A theme switch afterwards (as at start and when presenting) keeps it.
        super::apply(&ctx, egui::Theme::Dark, true);
        for theme in [egui::Theme::Light, egui::Theme::Dark] {
            ctx.style_mut_of(theme, |style| {
                assert_eq!(style.animation_time, 0.0);
                assert_eq!(style.scroll_animation, egui::style::ScrollAnimation::none());
                assert!(!style.spacing.scroll.floating);
            });
        }
    }
}
