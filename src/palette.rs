//! Every colour of the app as plain RGB, with no egui: the light and dark themes
//! (`ui::theme` makes its tokens from them) and the few colours only the printed handout uses.
//! The HTML handout (`export::html`) prints in the light theme's colours, read from here, so
//! it works headless (the CLI) and never drifts from the app.

/// A colour as red, green and blue.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// `#rrggbb`, for CSS and SVG.
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }
}

impl From<[u8; 3]> for Rgb {
    fn from([r, g, b]: [u8; 3]) -> Self {
        Rgb(r, g, b)
    }
}

/// The neutral grey of both themes: tasks not started, and in the handout done tasks and the
/// lines between years.
pub const GREY: Rgb = Rgb(0x8a, 0x90, 0x99);

const WHITE: Rgb = Rgb(0xff, 0xff, 0xff);

/// The named colours of one theme (see `ui::theme::Tokens` for what each is for).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Palette {
    pub surface: Rgb,
    pub panel: Rgb,
    pub card: Rgb,
    pub field: Rgb,
    pub outline: Rgb,
    pub text: Rgb,
    pub muted: Rgb,
    pub accent: Rgb,
    pub on_accent: Rgb,
    pub warning: Rgb,
    pub danger: Rgb,
    pub success: Rgb,
    pub not_started: Rgb,
    pub on_track: Rgb,
    pub at_risk: Rgb,
    pub late: Rgb,
    pub done: Rgb,
    pub paid: Rgb,
    pub owned: Rgb,
    pub earned: Rgb,
}

/// The light theme (the default, what projectors show best, and the handout's).
pub const LIGHT: Palette = Palette {
    surface: Rgb(0xf7, 0xf7, 0xf5),
    panel: Rgb(0xee, 0xee, 0xea),
    card: WHITE,
    field: Rgb(0xf3, 0xf4, 0xf6),
    outline: Rgb(0xc9, 0xcd, 0xd4),
    text: Rgb(0x1d, 0x1f, 0x24),
    muted: Rgb(0x5d, 0x63, 0x6e),
    accent: Rgb(0x1f, 0x5f, 0xbf),
    on_accent: WHITE,
    warning: Rgb(0xa8, 0x62, 0x00),
    danger: Rgb(0xb4, 0x23, 0x18),
    success: Rgb(0x1e, 0x7b, 0x3a),
    not_started: GREY,
    on_track: Rgb(0x2e, 0x7d, 0x32),
    at_risk: Rgb(0xc7, 0x7c, 0x02),
    late: Rgb(0xc6, 0x28, 0x28),
    done: Rgb(0x3d, 0x5a, 0xa8),
    paid: Rgb(0xc0, 0x5b, 0x1a),
    owned: Rgb(0x1f, 0x6f, 0xb2),
    earned: Rgb(0x2e, 0x8b, 0x57),
};

/// The dark theme.
pub const DARK: Palette = Palette {
    surface: Rgb(0x1b, 0x1d, 0x21),
    panel: Rgb(0x23, 0x26, 0x2b),
    card: Rgb(0x2a, 0x2e, 0x35),
    field: Rgb(0x1f, 0x22, 0x27),
    outline: Rgb(0x4a, 0x50, 0x5a),
    text: Rgb(0xe8, 0xea, 0xed),
    muted: Rgb(0xa0, 0xa6, 0xb0),
    accent: Rgb(0x6c, 0xa6, 0xff),
    on_accent: Rgb(0x10, 0x12, 0x16),
    warning: Rgb(0xf0, 0xa9, 0x3b),
    danger: Rgb(0xff, 0x6b, 0x5e),
    success: Rgb(0x6c, 0xcb, 0x86),
    not_started: GREY,
    on_track: Rgb(0x5c, 0xb8, 0x60),
    at_risk: Rgb(0xf0, 0xa9, 0x3b),
    late: Rgb(0xef, 0x53, 0x50),
    done: Rgb(0x79, 0x8f, 0xe0),
    paid: Rgb(0xf0, 0x8a, 0x4b),
    owned: Rgb(0x5a, 0xa9, 0xe6),
    earned: Rgb(0x5c, 0xc0, 0x84),
};

/// Colours only the printed handout uses, beside [`LIGHT`]'s.
pub mod handout {
    use super::Rgb;

    /// The empty part of a KPI's progress bar.
    pub const TRACK: Rgb = Rgb(0xe6, 0xe8, 0xec);
    /// The monthly columns in the time scale's header.
    pub const MONTH_COLUMN: Rgb = Rgb(0xdd, 0xe7, 0xf7);
    /// The lines between columns within a year.
    pub const COLUMN_LINE: Rgb = Rgb(0xe4, 0xe6, 0xea);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_is_lower_case_rrggbb() {
        assert_eq!(LIGHT.accent.hex(), "#1f5fbf");
        assert_eq!(Rgb(0, 0x0a, 0xff).hex(), "#000aff");
    }
}
