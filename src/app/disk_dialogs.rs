//! Dialogs about the file on disk: restoring after a crash, and a file someone else changed.

use super::dialogs::{Answer, Pending, modal};
use crate::io::Recovered;
use egui::RichText;

/// Lists recovered plans, each with Restore and Discard.
pub fn recover(ctx: &egui::Context, entries: &[Recovered]) -> Option<Answer> {
    let mut answer = None;
    let modal = modal("recover", ctx).show(ctx, |ui| {
        ui.set_max_width(560.0);
        ui.label(RichText::new("Recover unsaved changes?").heading());
        ui.add_space(6.0);
        ui.label("Tenstep closed without saving these plans. Their last changes were kept:");
        ui.add_space(6.0);
        for entry in entries.iter() {
            egui::Frame::group(ui.style()).show(ui, |ui| {
                ui.set_width(ui.available_width());
                let title = if entry.meta.title.trim().is_empty() {
                    "Untitled plan"
                } else {
                    entry.meta.title.as_str()
                };
                ui.label(RichText::new(title).strong());
                let file = entry
                    .meta
                    .original
                    .as_ref()
                    .map_or_else(|| "Never saved".to_owned(), |p| p.display().to_string());
                ui.label(RichText::new(file).small());
                ui.label(format!("Changes kept at {}", friendly_time(&entry.meta.written)));
                let saved =
                    entry.meta.stamp.as_ref().and_then(crate::io::DiskStamp::modified_time).map(|t| {
                        let local: chrono::DateTime<chrono::Local> = t.into();
                        local.format("%-d %b %Y, %H:%M").to_string()
                    });
                if let Some(saved) = saved {
                    ui.label(format!("File last saved {saved}"));
                }
                ui.horizontal(|ui| {
                    if ui
                        .button("Restore")
                        .on_hover_text("Open the plan with the recovered changes")
                        .clicked()
                    {
                        answer = Some(Answer::Restore(entry.clone()));
                    }
                    if ui.button("Discard").on_hover_text("Delete the recovered changes").clicked() {
                        answer = Some(Answer::DiscardRecovered(entry.key.clone()));
                    }
                });
            });
        }
        ui.add_space(8.0);
        if ui.button("Decide later").on_hover_text("Keep the recovered changes for the next start").clicked()
        {
            answer = Some(Answer::Dismissed);
        }
    });
    if modal.should_close() && answer.is_none() {
        answer = Some(Answer::Dismissed);
    }
    answer
}

/// "22 Nov 2026, 14:05" from an RFC 3339 time, or the text as it is.
fn friendly_time(rfc3339: &str) -> String {
    chrono::DateTime::parse_from_rfc3339(rfc3339)
        .map(|t| t.with_timezone(&chrono::Local).format("%-d %b %Y, %H:%M").to_string())
        .unwrap_or_else(|_| rfc3339.to_owned())
}

/// We were about to save over a file someone else changed.
pub fn changed_on_disk(ctx: &egui::Context, name: &str, then: &Option<Pending>) -> Option<Answer> {
    let mut answer = None;
    let modal = modal("changed-on-disk", ctx).show(ctx, |ui| {
        ui.set_max_width(520.0);
        ui.label(RichText::new("The file was changed elsewhere").heading());
        ui.add_space(6.0);
        ui.label(format!(
            "Someone or something changed “{name}” since you opened or saved it here (a colleague, a sync \
             client, another Tenstep). Saving now would replace their version."
        ));
        ui.add_space(10.0);
        ui.horizontal_wrapped(|ui| {
            if ui.button("Save as…").on_hover_text("Keep both: save yours under another name").clicked() {
                answer = Some(Answer::SaveElsewhere(then.clone()));
            }
            if ui
                .button("Compare")
                .on_hover_text("See what differs, and take what you want of theirs")
                .clicked()
            {
                answer = Some(Answer::CompareWithDisk);
            }
            if ui.button("Reload").on_hover_text("Open their version and drop your unsaved changes").clicked()
            {
                answer = Some(Answer::Reload);
            }
            if ui.button("Overwrite").on_hover_text("Replace their version with yours").clicked() {
                answer = Some(Answer::Overwrite(then.clone()));
            }
            if ui.button("Cancel").clicked() {
                answer = Some(Answer::Dismissed);
            }
        });
    });
    if modal.should_close() && answer.is_none() {
        answer = Some(Answer::Dismissed);
    }
    answer
}

/// The file changed on disk and nothing here is unsaved: offer to load it.
pub fn reload_offer(ctx: &egui::Context, name: &str) -> Option<Answer> {
    let mut answer = None;
    let modal = modal("reload-offer", ctx).show(ctx, |ui| {
        ui.set_max_width(480.0);
        ui.label(RichText::new("The file was changed elsewhere").heading());
        ui.add_space(6.0);
        ui.label(format!(
            "“{name}” changed on disk. You have no unsaved changes here. Load the new version?"
        ));
        ui.add_space(10.0);
        ui.horizontal(|ui| {
            if ui.button("Reload").clicked() {
                answer = Some(Answer::Reload);
            }
            if ui.button("Keep this version").clicked() {
                answer = Some(Answer::Dismissed);
            }
        });
    });
    if modal.should_close() && answer.is_none() {
        answer = Some(Answer::Dismissed);
    }
    answer
}
