//! Splitting a slide's items into pages that fit the screen.

use std::ops::Range;

/// Splits items of the given heights into consecutive pages of at most `available` height
/// (with `gap` between items). An item taller than a page gets a page of its own.
pub fn paginate(heights: &[f32], available: f32, gap: f32) -> Vec<Range<usize>> {
    paginate_keeping(heights, available, gap, |_| false)
}

/// Like [`paginate`], but an item for which `keep_with_next` holds (a heading) never ends a
/// page that has other items: it moves to the next page with what follows it.
pub fn paginate_keeping(
    heights: &[f32],
    available: f32,
    gap: f32,
    keep_with_next: impl Fn(usize) -> bool,
) -> Vec<Range<usize>> {
    let mut pages = Vec::new();
    let mut start = 0;
    let mut used = 0.0;
    let mut i = 0;
    while i < heights.len() {
        let h = heights[i];
        let needed = if i == start { h } else { used + gap + h };
        if i > start && needed > available {
            let end = if keep_with_next(i - 1) && i - 1 > start { i - 1 } else { i };
            pages.push(start..end);
            start = end;
            used = 0.0;
            i = end;
            continue;
        }
        used = needed;
        i += 1;
    }
    if start < heights.len() || pages.is_empty() {
        pages.push(start..heights.len());
    }
    pages
}

/// Splits rows of the given `heights` into pages of at most `available` height, keeping groups
/// whole: `starts_group(i)` marks the heading row that begins a group. A group starts a new page
/// when it does not fit on the current one; only a group taller than a whole page is split,
/// starting on a page of its own, and each page it continues on spends its heading's height
/// again (the heading is repeated there). A row taller than a page gets one of its own.
pub fn whole_groups(
    heights: &[f32],
    starts_group: impl Fn(usize) -> bool,
    available: f32,
) -> Vec<Range<usize>> {
    let mut pages = Vec::new();
    let (mut start, mut used) = (0, 0.0_f32);
    let mut group_start = 0;
    while group_start < heights.len() {
        let group_end = (group_start + 1..heights.len()).find(|&i| starts_group(i)).unwrap_or(heights.len());
        let group = &heights[group_start..group_end];
        let total: f32 = group.iter().sum();
        if used > 0.0 && used + total > available {
            pages.push(start..group_start);
            (start, used) = (group_start, 0.0);
        }
        if used + total <= available {
            used += total;
        } else {
            // Taller than a page (the page is empty here): full pages, then what is left.
            for (offset, &h) in group.iter().enumerate() {
                let row = group_start + offset;
                if used > 0.0 && used + h > available && row > start {
                    pages.push(start..row);
                    (start, used) = (row, group[0]);
                }
                used += h;
            }
        }
        group_start = group_end;
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

    #[test]
    fn a_heading_moves_to_the_page_of_what_follows_it() {
        let keep = |i: usize| i == 1;
        assert_eq!(super::paginate_keeping(&[10.0, 10.0, 10.0], 25.0, 0.0, keep), vec![0..1, 1..3]);
        let keep_all = |_: usize| true;
        assert_eq!(super::paginate_keeping(&[10.0, 10.0, 10.0], 15.0, 0.0, keep_all), vec![0..1, 1..2, 2..3]);
    }

    /// Rows one unit high in groups of the given sizes, on pages `per_page` units high.
    fn whole_groups(groups: &[usize], per_page: usize) -> Vec<std::ops::Range<usize>> {
        let mut starts = std::collections::HashSet::new();
        let mut row = 0;
        for size in groups {
            starts.insert(row);
            row += size;
        }
        super::whole_groups(&vec![1.0; row], |i| starts.contains(&i), per_page as f32)
    }

    #[test]
    fn rows_of_different_heights_fill_pages_by_height() {
        // A heading and three rows, one of them three units tall, on six-unit pages.
        let heights = [1.0, 1.0, 3.0, 1.0, 1.0, 2.0];
        let starts = |i: usize| i == 0 || i == 4;
        assert_eq!(super::whole_groups(&heights, starts, 6.0), vec![0..4, 4..6]);
        // The first group is split: its heading is repeated on the next page, which still has
        // room for the second group (1 + 1 + 1 + 2 units).
        assert_eq!(super::whole_groups(&heights, starts, 5.0), vec![0..3, 3..6]);
        // A row taller than a page still gets a page.
        assert_eq!(super::whole_groups(&[1.0, 9.0, 1.0], |i| i == 0, 4.0), vec![0..1, 1..2, 2..3]);
    }

    #[test]
    fn whole_groups_share_pages_and_only_a_group_taller_than_a_page_is_split() {
        // 14 rows, then 2 + 3 that fit together, then 5 that would have been split 1 + 4.
        assert_eq!(whole_groups(&[14, 2, 3], 15), vec![0..14, 14..19]);
        assert_eq!(whole_groups(&[8, 7, 5], 17), vec![0..15, 15..20]);
        assert_eq!(whole_groups(&[8, 7, 5], 15), vec![0..15, 15..20]);
        // 16 rows on 15-row pages: a full page, then one row and its heading again, with the
        // next group after it when it fits.
        assert_eq!(whole_groups(&[3, 16, 4], 15), vec![0..3, 3..18, 18..23]);
        assert_eq!(whole_groups(&[3, 16, 14], 15), vec![0..3, 3..18, 18..19, 19..33]);
        // 31 rows: 15, then 14 + heading, then 2 + heading.
        assert_eq!(whole_groups(&[31], 15), vec![0..15, 15..29, 29..31]);
        assert_eq!(whole_groups(&[30], 15), vec![0..15, 15..29, 29..30]);
        assert_eq!(whole_groups(&[29], 15), vec![0..15, 15..29]);
        assert_eq!(whole_groups(&[], 15), vec![0..0]);
    }
}
