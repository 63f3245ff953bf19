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

/// Every text painted smaller than `min_size`, or cut off by the `screen`'s edge or by its
/// clip rectangle.
pub fn text_problems(shapes: &[ClippedShape], screen: Rect, min_size: f32) -> Vec<String> {
    let mut out = Vec::new();
    for (text, clip) in texts(shapes) {
        let rect = rect_of(&text);
        let name = text.galley.text().chars().take(40).collect::<String>();
        out.extend(smaller_than(&text, min_size));
        let visible = rect.intersect(clip);
        if visible.is_positive() && !screen.expand(1.0).contains_rect(rect) {
            out.push(format!("{name:?} runs off the screen: {rect:?}"));
        } else if visible.is_positive() && !clip.expand(1.0).contains_rect(rect) {
            out.push(format!("{name:?} is clipped: {rect:?} in {clip:?}"));
        }
    }
    out
}

/// The parts of `text` painted smaller than `min_size`, named with their size.
pub fn smaller_than(text: &TextShape, min_size: f32) -> Vec<String> {
    let name = text.galley.text().chars().take(40).collect::<String>();
    text.galley
        .job
        .sections
        .iter()
        .filter(|s| s.format.font_id.size < min_size - 0.01)
        .map(|s| format!("{name:?} at {} px", s.format.font_id.size))
        .collect()
}
