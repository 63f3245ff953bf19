//! The app's own dialogs: unsaved changes, path entry (when no system dialog exists), errors
//! and the list of problems in a plan.

use crate::io::Warning;
use egui::{Key, RichText};
use std::path::PathBuf;

/// An action waiting for the user's answer about unsaved changes.
#[derive(Clone, Debug, PartialEq)]
pub enum Pending {
    Open,
    OpenPath(PathBuf),
    NewBlank,
    /// A new plan from the ten-step skeleton.
    NewSkeleton,
    NewFromTemplate(usize),
    Close,
    Quit,
}

impl Pending {
    fn doing(&self) -> &'static str {
        match self {
            Pending::Open | Pending::OpenPath(_) => "opening another plan",
            Pending::NewBlank | Pending::NewSkeleton | Pending::NewFromTemplate(_) => "starting a new plan",
            Pending::Close => "closing it",
            Pending::Quit => "quitting",
        }
    }
}

/// What a path typed into the app is for.
#[derive(Clone, Debug, PartialEq)]
pub enum PathPurpose {
    Open,
    /// Another copy of the open plan, to compare with.
    Compare,
    /// Where to write an export.
    Export(crate::export::Format),
    /// A CSV file of tasks to import.
    ImportCsv,
    /// Where to save the picture of the window.
    Picture,
    /// Where to save an import report.
    ImportReport(Box<super::import_report::ImportReport>),
    /// Save as, then carry on with the pending action if there is one.
    SaveAs {
        then: Option<Pending>,
    },
}

/// The dialog on screen, if any.
#[derive(Clone, Debug, PartialEq)]
pub enum Dialog {
    Unsaved {
        title: String,
        pending: Pending,
    },
    PathEntry {
        purpose: PathPurpose,
        text: String,
        note: Option<String>,
    },
    Error {
        title: String,
        message: String,
    },
    /// A link from the plan (Markdown or a channel) the user clicked: confirm first.
    OpenUrl {
        url: String,
    },
    /// Plans with unsaved changes left by a crash: restore or discard each.
    Recover {
        entries: Vec<crate::io::Recovered>,
    },
    /// Someone else changed the file since it was opened or saved; we were about to save.
    ChangedOnDisk {
        name: String,
        then: Option<Pending>,
    },
    /// The file changed on disk while the plan here has no unsaved changes.
    ReloadOffer {
        name: String,
    },
    /// How to start a new plan: blank, the ten-step skeleton or a copy of an example.
    NewPlan,
    /// A plan from another tool was imported: what it became and what had no place.
    ImportReport(Box<super::import_report::ImportReport>),
}

/// What the user answered.
pub enum Answer {
    Save(Pending),
    Discard(Pending),
    Path(PathPurpose, PathBuf),
    /// Open this web address after all.
    OpenUrl(String),
    /// Restore this recovered plan.
    Restore(crate::io::Recovered),
    /// Delete this recovery copy.
    DiscardRecovered(String),
    /// Load the file as it now is on disk, dropping what is here.
    Reload,
    /// Save over the file even though someone else changed it, then carry on.
    Overwrite(Option<Pending>),
    /// Save somewhere else instead, then carry on.
    SaveElsewhere(Option<Pending>),
    /// Ask where to save this import report, then save it.
    SaveImportReport(Box<super::import_report::ImportReport>),
    /// Show this import report again (its saving was cancelled).
    ShowImportReport(Box<super::import_report::ImportReport>),
    /// Compare with the version on disk.
    CompareWithDisk,
    /// Start a new plan this way (after asking about unsaved changes).
    NewPlan(Pending),
    Dismissed,
}

/// A modal with roomy margins, identified by `name`.
pub(super) fn modal(name: &str, ctx: &egui::Context) -> egui::Modal {
    let frame = egui::Frame::popup(&ctx.global_style()).inner_margin(20);
    egui::Modal::new(egui::Id::unique(name)).frame(frame)
}

/// Draws `dialog`; returns the answer once the user gives one (the dialog then closes).
pub fn show(ctx: &egui::Context, dialog: &mut Dialog) -> Option<Answer> {
    match dialog {
        Dialog::Unsaved { title, pending } => unsaved(ctx, title, pending),
        Dialog::PathEntry { purpose, text, note } => path_entry(ctx, purpose, text, note.as_deref()),
        Dialog::Error { title, message } => error(ctx, title, message),
        Dialog::OpenUrl { url } => open_url(ctx, url),
        Dialog::Recover { entries } => super::disk_dialogs::recover(ctx, entries),
        Dialog::ChangedOnDisk { name, then } => super::disk_dialogs::changed_on_disk(ctx, name, then),
        Dialog::ReloadOffer { name } => super::disk_dialogs::reload_offer(ctx, name),
        Dialog::ImportReport(report) => super::import_report::show(ctx, report),
        Dialog::NewPlan => new_plan(ctx),
    }
}

fn unsaved(ctx: &egui::Context, title: &str, pending: &Pending) -> Option<Answer> {
    let mut answer = None;
    let modal = modal("unsaved-changes", ctx).show(ctx, |ui| {
        ui.set_max_width(460.0);
        ui.label(RichText::new("Unsaved changes").heading());
        ui.add_space(6.0);
        ui.label(format!("“{title}” has changes that are not saved. Save them before {}?", pending.doing()));
        ui.add_space(10.0);
        ui.horizontal(|ui| {
            if ui.button("Save").on_hover_text("Save the plan, then carry on").clicked() {
                answer = Some(Answer::Save(pending.clone()));
            }
            if ui.button("Discard").on_hover_text("Carry on and lose the unsaved changes").clicked() {
                answer = Some(Answer::Discard(pending.clone()));
            }
            if ui.button("Cancel").on_hover_text("Go back to the plan (Esc)").clicked() {
                answer = Some(Answer::Dismissed);
            }
        });
    });
    if modal.should_close() && answer.is_none() {
        answer = Some(Answer::Dismissed);
    }
    answer
}

fn path_entry(
    ctx: &egui::Context,
    purpose: &PathPurpose,
    text: &mut String,
    note: Option<&str>,
) -> Option<Answer> {
    let mut answer = None;
    let (heading, action) = match purpose {
        PathPurpose::Open => ("Open a plan", "Open"),
        PathPurpose::Compare => ("Compare with another copy", "Compare"),
        PathPurpose::Export(_) => ("Export to", "Export"),
        PathPurpose::ImportCsv => ("Import tasks from a CSV file", "Open"),
        PathPurpose::Picture => ("Save the picture as", "Save"),
        PathPurpose::ImportReport(_) => ("Save the import report as", "Save"),
        PathPurpose::SaveAs { .. } => ("Save the plan as", "Save"),
    };
    let modal = modal("path-entry", ctx).show(ctx, |ui| {
        ui.set_width(560.0);
        ui.label(RichText::new(heading).heading());
        ui.add_space(6.0);
        if let Some(note) = note {
            ui.label(note);
            ui.add_space(4.0);
        }
        ui.label(RichText::new("No system file dialog is available here; type the file's full path.").weak());
        let label = ui.label("File path");
        let field =
            ui.add(egui::TextEdit::singleline(text).desired_width(f32::INFINITY)).labelled_by(label.id);
        if !field.has_focus() && !field.lost_focus() {
            field.request_focus();
        }
        let entered = field.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
        ui.add_space(8.0);
        // Writing over an existing file takes a second press, as a system dialog would ask.
        let replace_id = egui::Id::unique("path-entry-replace");
        let path = PathBuf::from(text.trim());
        let replacing = ui.data(|d| d.get_temp::<PathBuf>(replace_id)).is_some_and(|p| p == path);
        if replacing {
            let name =
                path.file_name().map_or_else(|| path.display().to_string(), |n| n.display().to_string());
            let warning = ui.visuals().warn_fg_color;
            ui.label(RichText::new(format!("“{name}” already exists. Replace it?")).color(warning));
        }
        ui.horizontal(|ui| {
            let ready = !text.trim().is_empty();
            let action = if replacing { "Replace" } else { action };
            if ui.add_enabled(ready, egui::Button::new(action)).clicked() || (entered && ready) {
                if !replacing && overwrites(purpose, &path) {
                    ui.data_mut(|d| d.insert_temp(replace_id, path.clone()));
                } else {
                    answer = Some(Answer::Path(purpose.clone(), path.clone()));
                }
            }
            if ui.button("Cancel").clicked() {
                answer = Some(cancelled(purpose));
            }
        });
        if answer.is_some() {
            ui.data_mut(|d| d.remove::<PathBuf>(replace_id));
        }
    });
    if modal.should_close() && answer.is_none() {
        ctx.data_mut(|d| d.remove::<PathBuf>(egui::Id::unique("path-entry-replace")));
        answer = Some(cancelled(purpose));
    }
    answer
}

/// The answer when the path entry for `purpose` is cancelled: back to the import report it
/// was saving, or nothing.
fn cancelled(purpose: &PathPurpose) -> Answer {
    match purpose {
        PathPurpose::ImportReport(report) => Answer::ShowImportReport(report.clone()),
        _ => Answer::Dismissed,
    }
}

/// Whether writing for `purpose` at `path` would replace an existing file the user should be
/// asked about (an export never replaces a plan: that is refused with its own message).
fn overwrites(purpose: &PathPurpose, path: &std::path::Path) -> bool {
    match purpose {
        PathPurpose::SaveAs { .. } => path.is_file(),
        PathPurpose::Export(_) | PathPurpose::Picture | PathPurpose::ImportReport(_) => {
            path.is_file() && !crate::export::looks_like_plan(path)
        }
        PathPurpose::Open | PathPurpose::Compare | PathPurpose::ImportCsv => false,
    }
}

fn error(ctx: &egui::Context, title: &str, message: &str) -> Option<Answer> {
    let mut answer = None;
    let modal = modal("error", ctx).show(ctx, |ui| {
        ui.set_max_width(520.0);
        ui.label(RichText::new(title).heading());
        ui.add_space(6.0);
        ui.label(message);
        ui.add_space(10.0);
        if ui.button("OK").clicked() {
            answer = Some(Answer::Dismissed);
        }
    });
    if modal.should_close() && answer.is_none() {
        answer = Some(Answer::Dismissed);
    }
    answer
}

fn open_url(ctx: &egui::Context, url: &str) -> Option<Answer> {
    let mut answer = None;
    let allowed = crate::model::is_openable_url(url);
    let modal = modal("open-url", ctx).show(ctx, |ui| {
        ui.set_max_width(520.0);
        ui.label(RichText::new("Open this address?").heading());
        ui.add_space(6.0);
        if allowed {
            ui.label(
                "It comes from the plan file, which anyone may have edited. Open it only if you trust it:",
            );
        } else {
            ui.label("Only web addresses (http:// or https://) can be opened from a plan. This one cannot:");
        }
        ui.label(RichText::new(url).monospace());
        ui.add_space(10.0);
        ui.horizontal(|ui| {
            if allowed && ui.button("Open in browser").clicked() {
                answer = Some(Answer::OpenUrl(url.to_owned()));
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

/// The window listing the problems found in the plan's file.
pub fn problems_window(ctx: &egui::Context, open: &mut bool, file_name: &str, warnings: &[Warning]) {
    egui::Window::new("Problems in this plan").open(open).default_width(560.0).show(ctx, |ui| {
        if warnings.is_empty() {
            ui.label("No problems were found when this plan was loaded.");
            return;
        }
        ui.label(format!(
            "{} problem(s) were found in {file_name}. The plan opened as it is; nothing was changed.",
            warnings.len()
        ));
        ui.separator();
        egui::ScrollArea::vertical().max_height(360.0).show(ui, |ui| {
            for w in warnings {
                let place =
                    w.location.map_or_else(String::new, |l| format!("line {}, column {}: ", l.line, l.col));
                ui.label(format!("• {place}{}", w.message));
            }
        });
    });
}

/// The choice of how a new plan starts, each explained in one line.
fn new_plan(ctx: &egui::Context) -> Option<Answer> {
    let mut answer = None;
    let modal = modal("new-plan", ctx).show(ctx, |ui| {
        ui.set_width(520.0);
        ui.label(RichText::new("New plan").heading());
        ui.add_space(8.0);
        let mut choice = |ui: &mut egui::Ui, label: &str, line: &str, pending: Pending| {
            let button = egui::Button::new(RichText::new(label).strong()).min_size(egui::vec2(220.0, 30.0));
            let button = ui.add(button);
            // The first choice has the keyboard focus, so Enter starts a blank plan and Tab
            // moves on to the others.
            if matches!(pending, Pending::NewBlank) && ui.memory(|m| m.focused().is_none()) {
                button.request_focus();
            }
            if button.clicked() {
                answer = Some(Answer::NewPlan(pending));
            }
            ui.label(RichText::new(line).weak());
            ui.add_space(8.0);
        };
        choice(
            ui,
            "Blank plan",
            "An empty plan: you add the team, goals, workstreams and tasks yourself.",
            Pending::NewBlank,
        );
        choice(
            ui,
            "Ten-step skeleton",
            "Workstreams and first milestones along the ten steps, the founding roles to fill, two \
             stakeholders to segment, and reviews monthly in year one, then every six months.",
            Pending::NewSkeleton,
        );
        ui.label(RichText::new("A copy of an example").strong());
        for (index, template) in crate::templates::TEMPLATES.iter().enumerate() {
            ui.horizontal_wrapped(|ui| {
                if ui.button(template.name).clicked() {
                    answer = Some(Answer::NewPlan(Pending::NewFromTemplate(index)));
                }
                ui.label(RichText::new(template.description).weak());
            });
        }
        ui.add_space(8.0);
        if ui.button("Cancel").on_hover_text("Keep the plan you have (Esc)").clicked() {
            answer = Some(Answer::Dismissed);
        }
    });
    if modal.should_close() && answer.is_none() {
        answer = Some(Answer::Dismissed);
    }
    answer
}
