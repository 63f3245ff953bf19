//! House widgets: labelled fields that report edits as requests, cards and stat tiles.

use super::theme::Tokens;
use crate::commands::Request;
use crate::model::Date;
use egui::{Response, RichText, Ui};

pub use super::pickers::{enum_combo, id_combo, required_id_combo};

/// Reports a widget's edit to the app: a change opens (or continues) an undo group keyed by
/// the widget, losing focus closes it.
pub fn report_edit(response: &Response, requests: &mut Vec<Request>) {
    if response.changed() {
        requests.push(Request::Edited { group: Some(response.id.value()) });
    }
    if response.lost_focus() || response.drag_stopped() {
        requests.push(Request::EndEditGroup);
    }
}

/// Edits a plan entity through a copy ([`crate::model::edit_shared`]) and, if it really
/// changed, reports the edit as one undo step. For edits a single action makes (a click, a
/// drop); fields that are typed into report their own grouped edits.
pub fn edit_entity<T: Clone + PartialEq, R>(
    entity: &mut std::sync::Arc<T>,
    requests: &mut Vec<Request>,
    edit: impl FnOnce(&mut T) -> R,
) -> R {
    let (result, changed) = crate::model::edit_shared(entity, edit);
    if changed {
        requests.push(Request::Edited { group: None });
    }
    result
}

/// A label and a one-line text field in a two-column grid row, the field named by the label.
pub fn text_row(
    ui: &mut Ui,
    label: &str,
    value: &mut String,
    hint: &str,
    requests: &mut Vec<Request>,
) -> Response {
    let label = ui.label(label);
    let response = ui
        .add(egui::TextEdit::singleline(value).hint_text(hint).desired_width(f32::INFINITY))
        .labelled_by(label.id);
    report_edit(&response, requests);
    ui.end_row();
    response
}

/// A label and a date picker in a two-column grid row.
pub fn date_row(ui: &mut Ui, label: &str, value: &mut Date, requests: &mut Vec<Request>) -> Response {
    let label_response = ui.label(label);
    let (response, changed) = date_button(ui, label, value, None);
    let response = response.labelled_by(label_response.id);
    if changed {
        requests.push(Request::Edited { group: None });
    }
    ui.end_row();
    response
}

/// A date picker button for a plan date, optionally with a `strftime` display format.
/// Returns its response and whether the user picked a new date (only a picked date is written
/// back, so an out-of-range date the picker had to clamp is never changed by showing it).
pub fn date_button(ui: &mut Ui, salt: &str, value: &mut Date, format: Option<&str>) -> (Response, bool) {
    let shown = to_civil(*value);
    let mut picked = shown;
    let mut button =
        egui_extras::DatePickerButton::new(&mut picked).id_salt(salt).calendar_week(false).show_icon(false);
    if let Some(format) = format {
        button = button.format(format);
    }
    let response = ui.add(button);
    match from_civil(picked).filter(|_| picked != shown) {
        Some(date) => {
            *value = date;
            (response, true)
        }
        None => (response, false),
    }
}

/// The date picker's calendar date for a plan date (clamped into the picker's range).
fn to_civil(date: Date) -> jiff::civil::Date {
    use chrono::Datelike;
    let year = date.year().clamp(-9999, 9999) as i16;
    jiff::civil::Date::new(year, date.month() as i8, date.day() as i8).unwrap_or_default()
}

/// A plan date from the picker's calendar date.
fn from_civil(date: jiff::civil::Date) -> Option<Date> {
    Date::from_ymd_opt(i32::from(date.year()), date.month() as u32, date.day() as u32)
}

/// The frame of cards and tiles.
fn card_frame(ui: &Ui, tokens: &Tokens) -> egui::Frame {
    egui::Frame::new()
        .fill(tokens.card)
        .corner_radius(tokens.card_rounding)
        .inner_margin(tokens.spacing)
        .stroke(ui.visuals().widgets.noninteractive.bg_stroke)
}

/// A framed card with a heading.
pub fn card<R>(ui: &mut Ui, tokens: &Tokens, heading: &str, add: impl FnOnce(&mut Ui) -> R) -> R {
    card_frame(ui, tokens)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(RichText::new(heading).heading().color(tokens.text));
            ui.add_space(tokens.spacing * 0.5);
            add(ui)
        })
        .inner
}

/// A big number with a caption, e.g. "42 tasks", exactly `width` wide.
pub fn stat_tile(
    ui: &mut Ui,
    tokens: &Tokens,
    width: f32,
    value: String,
    caption: &str,
    detail: Option<String>,
) {
    card_frame(ui, tokens).show(ui, |ui| {
        let stroke = ui.visuals().widgets.noninteractive.bg_stroke.width;
        ui.set_width(width - 2.0 * (tokens.spacing + stroke));
        ui.vertical(|ui| {
            ui.label(RichText::new(value).size(tokens.title_size).strong().color(tokens.text));
            ui.label(RichText::new(caption).color(tokens.muted));
            if let Some(detail) = detail {
                ui.label(RichText::new(detail).small().color(tokens.muted));
            }
        });
    });
}

/// A tile's content: big value, caption, optional detail line.
pub struct Tile {
    pub value: String,
    pub caption: &'static str,
    pub detail: Option<String>,
}

/// Lays tiles out in as many equal-width columns as fit (at least `min_width` each), wrapping
/// into rows, so nothing runs off the right edge at any window size.
pub fn tile_grid(ui: &mut Ui, tokens: &Tokens, min_width: f32, tiles: Vec<Tile>) {
    let gap = tokens.spacing;
    let available = ui.available_width();
    let fit = (((available + gap) / (min_width + gap)).floor() as usize).clamp(1, tiles.len().max(1));
    // Balance the rows (4 + 3 rather than 6 + 1).
    let rows = tiles.len().div_ceil(fit).max(1);
    let per_row = tiles.len().div_ceil(rows).max(1);
    let width = ((available - gap * (per_row as f32 - 1.0)) / per_row as f32).floor();
    let mut tiles = tiles.into_iter().peekable();
    while tiles.peek().is_some() {
        ui.horizontal_top(|ui| {
            ui.spacing_mut().item_spacing.x = gap;
            for tile in tiles.by_ref().take(per_row) {
                stat_tile(ui, tokens, width, tile.value, tile.caption, tile.detail);
            }
        });
        ui.add_space(gap * 0.5);
    }
}

/// A small filled shape drawn inline with text (fonts lack reliable symbol glyphs).
#[derive(Clone, Copy)]
pub enum Mark {
    Dot,
    Diamond,
}

/// Draws `mark` in `color`, sized to the body text.
pub fn mark(ui: &mut Ui, mark: Mark, color: egui::Color32) -> Response {
    let size = ui.text_style_height(&egui::TextStyle::Body);
    let (rect, response) = ui.allocate_exact_size(egui::vec2(size * 0.8, size), egui::Sense::hover());
    let c = rect.center();
    let r = size * 0.3;
    match mark {
        Mark::Dot => {
            ui.painter().circle_filled(c, r, color);
        }
        Mark::Diamond => {
            let points = vec![
                c + egui::vec2(0.0, -r),
                c + egui::vec2(r, 0.0),
                c + egui::vec2(0.0, r),
                c + egui::vec2(-r, 0.0),
            ];
            ui.painter().add(egui::Shape::convex_polygon(points, color, egui::Stroke::NONE));
        }
    }
    response
}

/// Two side-by-side columns, the first `fraction` of the width, `gap` apart. Unlike
/// `Ui::columns`, widgets keep their natural width (buttons do not stretch).
pub fn split<R>(ui: &mut Ui, fraction: f32, gap: f32, add: impl FnOnce(&mut [Ui; 2]) -> R) -> R {
    let width = ui.available_width();
    let left = ((width - gap) * fraction).floor();
    let widths = [left, width - gap - left];
    let top_left = ui.cursor().min;
    let bottom = ui.max_rect().bottom();
    let mut columns = [0, 1].map(|i| {
        let x = top_left.x + if i == 0 { 0.0 } else { left + gap };
        let rect = egui::Rect::from_min_max(egui::pos2(x, top_left.y), egui::pos2(x + widths[i], bottom));
        let mut column = ui.new_child(
            egui::UiBuilder::new().max_rect(rect).layout(egui::Layout::top_down(egui::Align::LEFT)),
        );
        column.set_width(widths[i]);
        column
    });
    let result = add(&mut columns);
    let height = columns.iter().map(|c| c.min_size().y).fold(0.0, f32::max);
    ui.advance_cursor_after_rect(egui::Rect::from_min_size(top_left, egui::vec2(width, height)));
    result
}

/// An invisible label naming the next widget for screen readers and tests, where a visible
/// caption would only repeat what the widget already shows. Pass the id to `labelled_by`.
pub fn hidden_label(ui: &mut Ui, text: &str) -> egui::Id {
    let id = ui.next_auto_id().with(text);
    ui.ctx().accesskit_node_builder(id, |node| {
        node.set_role(egui::accesskit::Role::Label);
        node.set_value(text);
    });
    id
}

/// A left-aligned label exactly `width` wide, truncated with "…" when longer (grid cells
/// otherwise size to last frame's content).
pub fn fixed_label(ui: &mut Ui, width: f32, text: impl Into<egui::WidgetText>) -> Response {
    let height = ui.spacing().interact_size.y;
    ui.allocate_ui_with_layout(
        egui::vec2(width, height),
        egui::Layout::left_to_right(egui::Align::Center),
        |ui| {
            ui.set_min_width(width);
            ui.add(egui::Label::new(text).truncate())
        },
    )
    .inner
}

/// The row of panel tabs at the top of a view, with a separator under it.
pub fn panel_tabs<P: PartialEq + Copy>(ui: &mut Ui, tokens: &Tokens, current: &mut P, tabs: &[(P, &str)]) {
    ui.horizontal(|ui| {
        for &(panel, label) in tabs {
            ui.selectable_value(current, panel, RichText::new(label).size(tokens.body_size + 1.0));
        }
    });
    ui.separator();
}

/// Puts the keyboard focus in a just-created item's name field with all its text selected, so
/// typing replaces the placeholder, and scrolls the field into view.
pub fn focus_new_name(ui: &Ui, field: &Response, text: &str) {
    field.request_focus();
    field.scroll_to_me(Some(egui::Align::Center));
    let mut state = egui::text_edit::TextEditState::load(ui.ctx(), field.id).unwrap_or_default();
    state.cursor.set_char_range(Some(egui::text::CCursorRange::select_all_str(text)));
    state.store(ui.ctx(), field.id);
}
