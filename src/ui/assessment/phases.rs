//! The three phases (framework B): tag each workstream with the phase it serves and see how
//! much of the plan covers each phase.

use crate::commands::Request;
use crate::model::{Date, Phase, Plan};
use crate::ui::theme::Tokens;
use crate::ui::widgets::{Tile, card, tile_grid};
use egui::{RichText, Ui};

/// Draws the phases panel.
pub fn show(ui: &mut Ui, plan: &mut Plan, requests: &mut Vec<Request>, today: Date, tokens: &Tokens) {
    egui::ScrollArea::vertical().auto_shrink(false).show(ui, |ui| {
        ui.label(
            RichText::new(
                "Integration escalates: from strategy and development, through operational development, to \
                 management and execution. Tag each workstream with the phase it serves.",
            )
            .color(tokens.muted),
        );
        ui.add_space(6.0);
        let coverage = plan.phase_coverage(today);
        let tiles = coverage
            .iter()
            .filter(|c| c.phase.is_some() || c.workstreams > 0)
            .map(|c| Tile {
                value: format!("{} / {}", c.workstreams, c.tasks),
                caption: c.phase.map_or("Not tagged", |p| p.label()),
                detail: Some(format!("workstreams / tasks · {} done, {} under way", c.done, c.under_way)),
            })
            .collect();
        tile_grid(ui, tokens, 230.0, tiles);
        ui.add_space(tokens.spacing);
        card(ui, tokens, "Workstreams", |ui| {
            if plan.workstreams.is_empty() {
                ui.label(RichText::new("No workstreams yet: add them in the Plan view.").color(tokens.muted));
            }
            egui::Grid::new("workstream-phases").num_columns(3).spacing([12.0, 6.0]).striped(true).show(
                ui,
                |ui| {
                    for index in 0..plan.workstreams.len() {
                        let workstream = &plan.workstreams[index];
                        let colour = egui::Color32::from(workstream.rgb());
                        let label = ui.horizontal(|ui| {
                            crate::ui::widgets::mark(ui, crate::ui::widgets::Mark::Dot, colour);
                            ui.label(&workstream.name)
                        });
                        let mut phase = workstream.phase;
                        egui::ComboBox::from_id_salt(("phase", &workstream.id))
                            .selected_text(phase.map_or("Not tagged", |p| p.label()))
                            .width(220.0)
                            .show_ui(ui, |ui| {
                                ui.selectable_value(&mut phase, None, "Not tagged");
                                for p in Phase::ALL {
                                    ui.selectable_value(&mut phase, Some(p), p.label());
                                }
                            })
                            .response
                            .labelled_by(label.inner.id);
                        let tasks = plan.tasks.iter().filter(|t| t.workstream == workstream.id).count();
                        ui.label(RichText::new(format!("{tasks} tasks")).color(tokens.muted));
                        ui.end_row();
                        crate::ui::widgets::edit_entity(&mut plan.workstreams[index], requests, |w| {
                            w.phase = phase;
                        });
                    }
                },
            );
        });
    });
}
