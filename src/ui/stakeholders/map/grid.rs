//! The map's grid: the four quadrants (tinted and named), the lines through the grid points
//! and the axes; and the colours that stay readable on it.

use super::level_at;
use crate::model::Quadrant;
use crate::ui::theme::Tokens;
use egui::{Align2, Color32, FontId, Rect, Stroke, Ui, pos2};

/// How strongly a quadrant's colour tints its background.
const QUADRANT_TINT: f32 = 0.08;

/// The contrast WCAG asks of normal text; quadrant names keep a little above it.
const READABLE: f32 = 4.6;

/// WCAG's relative luminance of an sRGB colour.
fn luminance(c: Color32) -> f32 {
    let channel = |v: u8| {
        let v = f32::from(v) / 255.0;
        if v <= 0.039_28 { v / 12.92 } else { ((v + 0.055) / 1.055).powf(2.4) }
    };
    0.2126 * channel(c.r()) + 0.7152 * channel(c.g()) + 0.0722 * channel(c.b())
}

/// WCAG's contrast ratio of two opaque colours, from 1 to 21.
pub fn contrast(a: Color32, b: Color32) -> f32 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// The backgrounds a quadrant tinted with `color` can have: the tint over the panel (a
/// slide, the map's view), a card or the window's surface.
fn quadrant_backgrounds(color: Color32, tokens: &Tokens) -> [Color32; 3] {
    let tint = color.gamma_multiply(QUADRANT_TINT);
    [tokens.panel.blend(tint), tokens.card.blend(tint), tokens.surface.blend(tint)]
}

/// The colour a quadrant tinted with `color` is named in: that colour, moved toward the
/// theme's text colour until it reads at 4.5:1 or more on the quadrant's background.
pub fn quadrant_ink(color: Color32, tokens: &Tokens) -> Color32 {
    let backgrounds = quadrant_backgrounds(color, tokens);
    let readable = |c: Color32| backgrounds.iter().all(|b| contrast(c, *b) >= READABLE);
    (0..=20)
        .map(|step| color.lerp_to_gamma(tokens.text, step as f32 / 20.0))
        .find(|c| readable(*c))
        .unwrap_or(tokens.text)
}

/// The colour a quadrant is tinted with.
pub fn quadrant_color(quadrant: Quadrant, tokens: &Tokens) -> Color32 {
    match quadrant {
        Quadrant::KeepSatisfied => tokens.at_risk,
        Quadrant::ManageClosely => tokens.late,
        Quadrant::Monitor => tokens.not_started,
        Quadrant::KeepInformed => tokens.on_track,
    }
}

/// Each quadrant with its area on `plot` and colour. 3 and above counts as high, so the
/// quadrants meet between levels 2 and 3.
fn quadrants(plot: Rect, tokens: &Tokens) -> [(Quadrant, Rect, Color32); 4] {
    let mid = pos2(plot.left() + plot.width() * 0.4, plot.bottom() - plot.height() * 0.4);
    [
        (Quadrant::KeepSatisfied, Rect::from_min_max(plot.min, mid)),
        (Quadrant::ManageClosely, Rect::from_min_max(pos2(mid.x, plot.top()), pos2(plot.right(), mid.y))),
        (Quadrant::Monitor, Rect::from_min_max(pos2(plot.left(), mid.y), pos2(mid.x, plot.bottom()))),
        (Quadrant::KeepInformed, Rect::from_min_max(mid, plot.max)),
    ]
    .map(|(q, rect)| (q, rect, quadrant_color(q, tokens)))
}

/// The quadrants, their names (clear of the areas in `avoid` where they can be), the axes
/// and their labels.
pub fn paint_grid(ui: &Ui, plot: Rect, tokens: &Tokens, avoid: &[Rect]) {
    let painter = ui.painter();
    let quadrants = quadrants(plot, tokens);
    for (quadrant, rect, color) in quadrants {
        painter.rect_filled(rect, 0.0, color.gamma_multiply(QUADRANT_TINT));
        let galley = painter.layout_no_wrap(
            quadrant.label().to_owned(),
            FontId::proportional(tokens.heading_size),
            quadrant_ink(color, tokens),
        );
        let inner = rect.shrink(6.0);
        let size = galley.size();
        // Named at the outer edge (top or bottom), away from the grid points' middle rows;
        // at the other edge, or a corner, where something stands there.
        let (outer, other) = if rect.top() <= plot.top() {
            (inner.top(), inner.bottom() - size.y)
        } else {
            (inner.bottom() - size.y, inner.top())
        };
        let xs = [inner.center().x - size.x / 2.0, inner.left(), inner.right() - size.x];
        let spots = [outer, other].into_iter().flat_map(|y| xs.map(|x| pos2(x, y)));
        let free = |at: &egui::Pos2| {
            let r = Rect::from_min_size(*at, size);
            !avoid.iter().any(|a| a.intersects(r))
        };
        let at = spots.into_iter().find(free).unwrap_or(pos2(xs[0], outer));
        painter.galley(at, galley, tokens.text);
    }
    let mid = quadrants[3].1.min;
    // Faint lines through the grid points (where stakeholders sit), firmer ones between the
    // quadrants, which no grid point touches.
    let thin = Stroke::new(1.0, tokens.outline.gamma_multiply(0.35));
    for level in 1..=5u8 {
        painter.vline(level_at(plot.left(), plot.width(), level), plot.y_range(), thin);
        painter.hline(plot.x_range(), plot.bottom() - level_at(0.0, plot.height(), level), thin);
    }
    let divider = Stroke::new(1.5, tokens.outline.gamma_multiply(0.8));
    painter.vline(mid.x, plot.y_range(), divider);
    painter.hline(plot.x_range(), mid.y, divider);
    let strong = Stroke::new(2.0, tokens.outline);
    painter.rect_stroke(plot, 0.0, strong, egui::StrokeKind::Outside);
    let font = FontId::proportional(tokens.body_size - 1.0);
    for level in 1..=5u8 {
        let x = level_at(plot.left(), plot.width(), level);
        painter.text(
            pos2(x, plot.bottom() + 4.0),
            Align2::CENTER_TOP,
            level.to_string(),
            font.clone(),
            tokens.muted,
        );
        let y = plot.bottom() - level_at(0.0, plot.height(), level);
        painter.text(
            pos2(plot.left() - 8.0, y),
            Align2::RIGHT_CENTER,
            level.to_string(),
            font.clone(),
            tokens.muted,
        );
    }
    painter.text(
        pos2(plot.center().x, plot.bottom() + 6.0 + tokens.body_size),
        Align2::CENTER_TOP,
        "Interest →",
        font.clone(),
        tokens.text,
    );
    painter.text(
        pos2(plot.left() - 20.0, plot.top() - 4.0),
        Align2::LEFT_BOTTOM,
        "↑ Influence",
        font,
        tokens.text,
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quadrant_names_read_at_4_5_to_1_on_their_tint_in_both_themes() {
        for tokens in [Tokens::light(), Tokens::dark()] {
            let plot = Rect::from_min_size(pos2(0.0, 0.0), egui::vec2(500.0, 500.0));
            for (quadrant, _, color) in quadrants(plot, &tokens) {
                let ink = quadrant_ink(color, &tokens);
                for background in quadrant_backgrounds(color, &tokens) {
                    let ratio = contrast(ink, background);
                    assert!(ratio >= 4.5, "{quadrant:?}: {ratio:.2}:1 ({ink:?} on {background:?})");
                }
            }
        }
    }

    #[test]
    fn contrast_is_wcags() {
        assert!((contrast(Color32::BLACK, Color32::WHITE) - 21.0).abs() < 0.01);
        assert!((contrast(Color32::WHITE, Color32::WHITE) - 1.0).abs() < 0.001);
    }
}
