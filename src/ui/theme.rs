//! Design tokens: every colour and size the views use, for the light and dark themes.

use crate::model::TaskStatus;
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

impl Tokens {
    /// The light theme (the default, and what projectors show best).
    pub fn light() -> Self {
        Self {
            surface: Color32::from_rgb(0xf7, 0xf7, 0xf5),
            panel: Color32::from_rgb(0xee, 0xee, 0xea),
            card: Color32::WHITE,
            field: Color32::from_rgb(0xf3, 0xf4, 0xf6),
            outline: Color32::from_rgb(0xc9, 0xcd, 0xd4),
            text: Color32::from_rgb(0x1d, 0x1f, 0x24),
            muted: Color32::from_rgb(0x5d, 0x63, 0x6e),
            accent: Color32::from_rgb(0x1f, 0x5f, 0xbf),
            on_accent: Color32::WHITE,
            warning: Color32::from_rgb(0xa8, 0x62, 0x00),
            danger: Color32::from_rgb(0xb4, 0x23, 0x18),
            success: Color32::from_rgb(0x1e, 0x7b, 0x3a),
            not_started: Color32::from_rgb(0x8a, 0x90, 0x99),
            on_track: Color32::from_rgb(0x2e, 0x7d, 0x32),
            at_risk: Color32::from_rgb(0xc7, 0x7c, 0x02),
            late: Color32::from_rgb(0xc6, 0x28, 0x28),
            done: Color32::from_rgb(0x3d, 0x5a, 0xa8),
            paid: Color32::from_rgb(0xc0, 0x5b, 0x1a),
            owned: Color32::from_rgb(0x1f, 0x6f, 0xb2),
            earned: Color32::from_rgb(0x2e, 0x8b, 0x57),
            spacing: 12.0,
            row_height: 26.0,
            body_size: 15.0,
            heading_size: 20.0,
            title_size: 28.0,
            card_rounding: 8.0,
        }
    }

    /// The dark theme.
    pub fn dark() -> Self {
        Self {
            surface: Color32::from_rgb(0x1b, 0x1d, 0x21),
            panel: Color32::from_rgb(0x23, 0x26, 0x2b),
            card: Color32::from_rgb(0x2a, 0x2e, 0x35),
            field: Color32::from_rgb(0x1f, 0x22, 0x27),
            outline: Color32::from_rgb(0x4a, 0x50, 0x5a),
            text: Color32::from_rgb(0xe8, 0xea, 0xed),
            muted: Color32::from_rgb(0xa0, 0xa6, 0xb0),
            accent: Color32::from_rgb(0x6c, 0xa6, 0xff),
            on_accent: Color32::from_rgb(0x10, 0x12, 0x16),
            warning: Color32::from_rgb(0xf0, 0xa9, 0x3b),
            danger: Color32::from_rgb(0xff, 0x6b, 0x5e),
            success: Color32::from_rgb(0x6c, 0xcb, 0x86),
            not_started: Color32::from_rgb(0x8a, 0x90, 0x99),
            on_track: Color32::from_rgb(0x5c, 0xb8, 0x60),
            at_risk: Color32::from_rgb(0xf0, 0xa9, 0x3b),
            late: Color32::from_rgb(0xef, 0x53, 0x50),
            done: Color32::from_rgb(0x79, 0x8f, 0xe0),
            paid: Color32::from_rgb(0xf0, 0x8a, 0x4b),
            owned: Color32::from_rgb(0x5a, 0xa9, 0xe6),
            earned: Color32::from_rgb(0x5c, 0xc0, 0x84),
            ..Self::light()
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
pub fn apply(ctx: &egui::Context, dark: bool, presenting: bool) {
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
