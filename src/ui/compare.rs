//! The compare window: what differs between the open plan and another copy of it, grouped by
//! view, each change to take or leave; the merge is one undo step.

use crate::commands::Request;
use crate::compare::{Change, Difference, Take, display, merge};
use crate::model::{Edit, Plan};
use crate::ui::theme::Tokens;
use egui::{RichText, Ui};
use std::collections::HashSet;
use std::path::PathBuf;

/// An open comparison (runtime only).
#[derive(Clone, Debug)]
pub struct CompareState {
    pub theirs: Plan,
    pub source: PathBuf,
    pub differences: Vec<Difference>,
    /// Differences taken whole, by index.
    pub whole: HashSet<usize>,
    /// Single fields taken, by difference index and field name.
    pub fields: HashSet<(usize, String)>,
    /// Why the last merge failed, if it did.
    pub error: Option<String>,
}

impl CompareState {
    pub fn new(theirs: Plan, source: PathBuf, differences: Vec<Difference>) -> Self {
        Self { theirs, source, differences, whole: HashSet::new(), fields: HashSet::new(), error: None }
    }

    /// What is ticked, as takes for the merge.
    pub fn takes(&self) -> Vec<Take> {
        let mut takes = Vec::new();
        for (i, d) in self.differences.iter().enumerate() {
            if self.whole.contains(&i) {
                takes.push(Take { part: d.part, id: d.id.clone(), field: None });
            } else if let Change::Changed(fields) = &d.change {
                for f in fields.iter().filter(|f| self.fields.contains(&(i, f.field.clone()))) {
                    takes.push(Take { part: d.part, id: d.id.clone(), field: Some(f.field.clone()) });
                }
            }
        }
        takes
    }

    fn file_name(&self) -> String {
        self.source
            .file_name()
            .map_or_else(|| self.source.display().to_string(), |n| n.to_string_lossy().into_owned())
    }
}

/// Draws the window while a comparison is open; closes it on Merge or Close.
pub fn window(
    ctx: &egui::Context,
    plan: &Plan,
    slot: &mut Option<CompareState>,
    requests: &mut Vec<Request>,
) {
    let Some(state) = slot.as_mut() else { return };
    let mut open = true;
    let mut close = false;
    let title = format!("Compare with {}", state.file_name());
    egui::Window::new(title)
        .id(egui::Id::unique("compare-window"))
        .open(&mut open)
        .default_size([920.0, (ctx.content_rect().height() - 120.0).clamp(300.0, 680.0)])
        .pivot(egui::Align2::CENTER_CENTER)
        .default_pos(ctx.content_rect().center())
        .collapsible(false)
        .show(ctx, |ui| {
            let tokens = Tokens::of(ui);
            close = contents(ui, plan, state, requests, &tokens);
        });
    if !open || close {
        *slot = None;
    }
}

fn contents(
    ui: &mut Ui,
    plan: &Plan,
    state: &mut CompareState,
    requests: &mut Vec<Request>,
    tokens: &Tokens,
) -> bool {
    let mut close = false;
    let count = state.differences.len();
    if count == 0 {
        ui.label(format!("{} holds the same plan as this one: nothing to take.", state.file_name()));
        return ui.button("Close").clicked();
    }
    ui.label(format!(
        "{count} difference(s) between this plan (mine) and {} (theirs). Tick what to take from theirs; \
         everything else stays as it is here.",
        state.file_name()
    ));
    let takes = state.takes().len();
    ui.horizontal(|ui| {
        if ui.button("Take all theirs").clicked() {
            state.whole = (0..count).collect();
            state.fields.clear();
        }
        if ui.button("Keep all mine").clicked() {
            state.whole.clear();
            state.fields.clear();
        }
        ui.separator();
        let merge_button = egui::Button::new(RichText::new(format!("Merge {takes} change(s)")).strong());
        if ui.add_enabled(takes > 0, merge_button).on_hover_text("One step: Undo takes it all back").clicked()
        {
            match merge(plan, &state.theirs, &state.takes()) {
                Ok(merged) => {
                    let message =
                        format!("Merged {takes} change(s) from {} (Undo takes them back)", state.file_name());
                    requests.push(Request::Edit(Edit::ReplaceWith { plan: Box::new(merged), message }));
                    close = true;
                }
                Err(e) => state.error = Some(e),
            }
        }
        if ui.button("Close").clicked() {
            close = true;
        }
    });
    if let Some(error) = &state.error {
        ui.label(RichText::new(error).color(tokens.danger));
    }
    ui.separator();
    egui::ScrollArea::vertical().auto_shrink(false).show(ui, |ui| {
        let mut area = None;
        for i in 0..count {
            let this = state.differences[i].part.area_and_noun().0;
            if area != Some(this) {
                ui.add_space(6.0);
                ui.label(RichText::new(this.label()).heading());
                area = Some(this);
            }
            difference(ui, state, i, tokens);
        }
    });
    close
}

fn difference(ui: &mut Ui, state: &mut CompareState, i: usize, tokens: &Tokens) {
    let d = state.differences[i].clone();
    let mut whole = state.whole.contains(&i);
    let color = match d.change {
        Change::Added => tokens.success,
        Change::Removed => tokens.danger,
        Change::Changed(_) => tokens.text,
    };
    let hint = match d.change {
        Change::Added => "Take it: add it to this plan",
        Change::Removed => "Take it: remove it from this plan, as they did",
        Change::Changed(_) => "Take every field they changed",
    };
    if ui.checkbox(&mut whole, RichText::new(d.headline()).color(color)).on_hover_text(hint).changed() {
        if whole {
            state.whole.insert(i);
        } else {
            state.whole.remove(&i);
        }
        state.fields.retain(|(index, _)| *index != i);
    }
    let Change::Changed(fields) = &d.change else { return };
    egui::Grid::new(("fields", i)).num_columns(3).spacing([12.0, 2.0]).show(ui, |ui| {
        for f in fields {
            ui.horizontal(|ui| {
                ui.add_space(24.0);
                let key = (i, f.field.clone());
                let mut taken = whole || state.fields.contains(&key);
                let response = ui.add_enabled(!whole, egui::Checkbox::new(&mut taken, &f.field));
                if response.changed() {
                    if taken {
                        state.fields.insert(key);
                    } else {
                        state.fields.remove(&key);
                    }
                }
            });
            ui.label(RichText::new(format!("mine: {}", display(&f.mine))).monospace().color(tokens.muted));
            ui.label(RichText::new(format!("theirs: {}", display(&f.theirs))).monospace());
            ui.end_row();
        }
    });
}
