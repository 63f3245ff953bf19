//! The CSV import window: map the spreadsheet's columns to task fields, import, and read the
//! report of what was added, updated and skipped.

use crate::commands::Request;
use crate::import::csv_tasks::{CsvTable, ImportReport, TaskField, check_mapping, import_tasks};
use crate::model::{Edit, Plan};
use crate::ui::theme::Tokens;
use egui::RichText;
use std::path::PathBuf;

/// An import in progress (runtime only).
#[derive(Clone, Debug)]
pub struct CsvImportState {
    pub source: PathBuf,
    pub table: CsvTable,
    pub mapping: Vec<TaskField>,
    /// Set once imported: what happened.
    pub report: Option<ImportReport>,
}

/// Draws the window while an import is open.
pub fn window(
    ctx: &egui::Context,
    plan: &Plan,
    slot: &mut Option<CsvImportState>,
    requests: &mut Vec<Request>,
) {
    let Some(state) = slot.as_mut() else { return };
    let mut open = true;
    let mut close = false;
    let name = state.source.file_name().map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    egui::Window::new(format!("Import tasks from {name}"))
        .id(egui::Id::unique("csv-import"))
        .open(&mut open)
        .default_size([760.0, 520.0])
        .pivot(egui::Align2::CENTER_CENTER)
        .default_pos(ctx.content_rect().center())
        .collapsible(false)
        .show(ctx, |ui| {
            let tokens = Tokens::of(ui);
            match &state.report {
                Some(report) => close = show_report(ui, report, &tokens),
                None => close = mapping(ui, plan, state, &name, requests, &tokens),
            }
        });
    if !open || close {
        *slot = None;
    }
}

fn mapping(
    ui: &mut egui::Ui,
    plan: &Plan,
    state: &mut CsvImportState,
    name: &str,
    requests: &mut Vec<Request>,
    tokens: &Tokens,
) -> bool {
    let mut close = false;
    ui.label(format!(
        "{} rows. Say what each column holds; the guesses come from the column names. Rows whose ID matches a \
         task update it; the others are added.",
        state.table.rows.len()
    ));
    ui.add_space(6.0);
    egui::ScrollArea::vertical().max_height(340.0).show(ui, |ui| {
        egui::Grid::new("csv-mapping").num_columns(3).striped(true).spacing([12.0, 6.0]).show(ui, |ui| {
            ui.label(RichText::new("Column").strong());
            ui.label(RichText::new("Holds").strong());
            ui.label(RichText::new("First values").strong());
            ui.end_row();
            for (i, header) in state.table.header.iter().enumerate() {
                let label = ui.label(header);
                let field = &mut state.mapping[i];
                egui::ComboBox::from_id_salt(("map", i))
                    .selected_text(field.label())
                    .width(170.0)
                    .show_ui(ui, |ui| {
                        for option in TaskField::ALL {
                            ui.selectable_value(field, option, option.label());
                        }
                    })
                    .response
                    .labelled_by(label.id);
                let samples: Vec<String> = state
                    .table
                    .rows
                    .iter()
                    .take(3)
                    .filter_map(|r| r.get(i))
                    .map(|v| v.chars().take(30).collect())
                    .collect();
                ui.label(RichText::new(samples.join(" · ")).color(tokens.muted));
                ui.end_row();
            }
        });
    });
    let problem = check_mapping(&state.mapping).err();
    if let Some(problem) = &problem {
        ui.label(RichText::new(format!("To import, {problem}.")).color(tokens.warning));
    }
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        let button = egui::Button::new(format!("Import {} rows", state.table.rows.len()));
        if ui
            .add_enabled(problem.is_none(), button)
            .on_hover_text("One step: Undo takes it all back")
            .clicked()
        {
            let mut merged = plan.clone();
            match import_tasks(&mut merged, &state.table, &state.mapping) {
                Ok(report) => {
                    if report.added + report.updated > 0 {
                        let message = format!(
                            "Imported {name}: {} added, {} updated, {} skipped (Undo takes it back)",
                            report.added,
                            report.updated,
                            report.skipped.len()
                        );
                        requests.push(Request::Edit(Edit::ReplaceWith { plan: Box::new(merged), message }));
                    }
                    state.report = Some(report);
                }
                Err(e) => {
                    state.report = Some(ImportReport { skipped: vec![(1, e)], ..ImportReport::default() });
                }
            }
        }
        if ui.button("Cancel").clicked() {
            close = true;
        }
    });
    close
}

fn show_report(ui: &mut egui::Ui, report: &ImportReport, tokens: &Tokens) -> bool {
    ui.label(
        RichText::new(format!(
            "{} added, {} updated, {} unchanged, {} skipped",
            report.added,
            report.updated,
            report.unchanged,
            report.skipped.len()
        ))
        .strong(),
    );
    if !report.new_workstreams.is_empty() {
        ui.label(format!("New workstreams: {}", report.new_workstreams.join(", ")));
    }
    egui::ScrollArea::vertical().max_height(360.0).show(ui, |ui| {
        for (row, why) in &report.skipped {
            ui.label(RichText::new(format!("Row {row} not imported: {why}")).color(tokens.danger));
        }
        for (row, why) in &report.notes {
            ui.label(RichText::new(format!("Row {row}: {why}")).color(tokens.warning));
        }
    });
    ui.add_space(8.0);
    ui.button("Close").clicked()
}
