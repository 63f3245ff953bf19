//! Splitting a slide's items into pages that fit the screen.

use std::ops::Range;

/// Splits items of the given heights into consecutive pages of at most `available` height
/// (with `gap` between items). An item taller than a page gets a page of its own.
pub fn paginate(heights: &[f32], available: f32, gap: f32) -> Vec<Range<usize>> {
    let mut pages = Vec::new();
    let mut start = 0;
    let mut used = 0.0;
    for (i, &h) in heights.iter().enumerate() {
        let needed = if i == start { h } else { used + gap + h };
        if i > start && needed > available {
            pages.push(start..i);
            start = i;
            used = h;
        } else {
            used = needed;
        }
    }
    if start < heights.len() || pages.is_empty() {
        pages.push(start..heights.len());
    }
    pages
}

/// The height of `text` wrapped at `width` in `font`.
pub fn text_height(ui: &egui::Ui, text: &str, font: egui::FontId, width: f32) -> f32 {
    ui.fonts_mut(|f| f.layout(text.to_owned(), font, egui::Color32::WHITE, width.max(1.0)).size().y)
}

/// `text` laid out at `width` in `font`, cut to `max_rows` lines with an ellipsis.
pub fn clamped(
    ui: &egui::Ui,
    text: &str,
    font: egui::FontId,
    color: egui::Color32,
    width: f32,
    max_rows: usize,
) -> std::sync::Arc<egui::Galley> {
    let mut job = egui::text::LayoutJob::simple(text.to_owned(), font, color, width.max(1.0));
    job.wrap.max_rows = max_rows;
    ui.fonts_mut(|f| f.layout_job(job))
}

#[cfg(test)]
mod tests {
    use super::paginate;

    #[test]
    fn items_fill_pages_in_order_and_a_tall_item_gets_its_own() {
        assert_eq!(paginate(&[10.0, 10.0, 10.0], 25.0, 5.0), vec![0..2, 2..3]);
        assert_eq!(paginate(&[50.0, 10.0], 25.0, 0.0), vec![0..1, 1..2]);
        assert_eq!(paginate(&[], 25.0, 0.0), vec![0..0]);
        assert_eq!(paginate(&[5.0; 4], 100.0, 1.0), vec![0..4]);
    }
}
