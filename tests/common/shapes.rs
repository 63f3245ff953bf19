//! What was painted, read back from the frame's shapes: the text a test can check for fit and
//! overlap from the layout rather than from a picture.

use egui::Rect;
use egui::epaint::{ClippedShape, Shape, TextShape};

/// Every non-blank text painted, with the clip rectangle it was painted under.
pub fn texts(shapes: &[ClippedShape]) -> Vec<(TextShape, Rect)> {
    fn walk(shape: &Shape, clip: Rect, out: &mut Vec<(TextShape, Rect)>) {
        match shape {
            Shape::Vec(shapes) => shapes.iter().for_each(|s| walk(s, clip, out)),
            Shape::Text(text) if !text.galley.text().trim().is_empty() => out.push((text.clone(), clip)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    for clipped in shapes {
        walk(&clipped.shape, clipped.clip_rect, &mut out);
    }
    out
}

/// Where a text shape's glyphs are on screen.
pub fn rect_of(text: &TextShape) -> Rect {
    text.galley.rect.translate(text.pos.to_vec2())
}
