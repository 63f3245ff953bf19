//! Drop-downs that pick a value: an entity by id (an owner, a department) or one value of a
//! fixed set (a task's status). Each returns its response (to label it) and whether the user
//! changed the value, so the caller reports exactly one edit.

use crate::model::{Choice, Id};
use egui::{Response, Ui};

/// A drop-down that picks one of `options` (id and name) or none (shown as `none_text`).
pub fn id_combo(
    ui: &mut Ui,
    salt: impl std::hash::Hash + std::fmt::Debug,
    value: &mut Option<Id>,
    options: &[Choice],
    none_text: &str,
    width: Option<f32>,
) -> (Response, bool) {
    let before = value.clone();
    let current = value
        .as_ref()
        .and_then(|v| options.iter().find(|(id, _)| id == v))
        .map_or_else(|| none_text.to_owned(), |(_, name)| name.clone());
    let response = combo(salt, current, width)
        .show_ui(ui, |ui| {
            ui.selectable_value(value, None, none_text);
            for (id, name) in options {
                ui.selectable_value(value, Some(id.clone()), name);
            }
        })
        .response;
    let changed = *value != before;
    (response, changed)
}

/// A drop-down that picks one of `options` (id and name); there is no "none". An id missing
/// from the options shows as "—".
pub fn required_id_combo(
    ui: &mut Ui,
    salt: impl std::hash::Hash + std::fmt::Debug,
    value: &mut Id,
    options: &[Choice],
    width: Option<f32>,
) -> (Response, bool) {
    let before = value.clone();
    let current =
        options.iter().find(|(id, _)| id == value).map_or_else(|| "—".to_owned(), |(_, n)| n.clone());
    let response = combo(salt, current, width)
        .show_ui(ui, |ui| {
            for (id, name) in options {
                ui.selectable_value(value, id.clone(), name);
            }
        })
        .response;
    let changed = *value != before;
    (response, changed)
}

/// A drop-down over a fixed set of values (`all`, in the order shown), each named by `label`.
pub fn enum_combo<T: Copy + PartialEq>(
    ui: &mut Ui,
    salt: impl std::hash::Hash + std::fmt::Debug,
    value: &mut T,
    all: &[T],
    label: impl Fn(T) -> &'static str,
    width: Option<f32>,
) -> (Response, bool) {
    let before = *value;
    let response = combo(salt, label(*value).to_owned(), width)
        .show_ui(ui, |ui| {
            for &option in all {
                ui.selectable_value(value, option, label(option));
            }
        })
        .response;
    (response, *value != before)
}

/// The combo box every picker uses: its current value truncated to the given width.
fn combo(
    salt: impl std::hash::Hash + std::fmt::Debug,
    current: String,
    width: Option<f32>,
) -> egui::ComboBox<'static> {
    let combo = egui::ComboBox::from_id_salt(salt).selected_text(current).truncate();
    match width {
        Some(width) => combo.width(width),
        None => combo,
    }
}
