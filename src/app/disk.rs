//! The plan's file: opening (with a stamp of what was read), saving without overwriting
//! someone else's changes, reloading, and restoring a recovered copy.

use super::dialogs::{Dialog, Pending};
use super::{Document, TenstepApp};
use crate::io::{self, DiskStamp, DiskState, Recovered, assess_location, disk_state};
use std::path::PathBuf;

impl TenstepApp {
    /// Opens the plan at `path` (the caller has dealt with unsaved changes).
    pub(super) fn open_path(&mut self, path: PathBuf) {
        // The full path: recent files and recovery copies name the same file from any folder.
        let path = io::full_path(&path);
        let bytes = match io::read_capped(&path) {
            Ok(bytes) => bytes,
            Err(e) => return self.not_opened(&path, &e.to_string()),
        };
        if crate::import::recognise(&bytes).is_some() {
            return self.import_foreign(&path, &bytes);
        }
        let stamp = DiskStamp::of(&bytes, std::fs::metadata(&path).ok().as_ref());
        match io::load_bytes(&bytes) {
            Ok(loaded) => {
                let problems = loaded.warnings.len();
                self.settings.remember(&path);
                let name = path.file_name().map_or_else(String::new, |n| n.to_string_lossy().into_owned());
                let awkward = assess_location(&path);
                let mut doc = Document::from_file(loaded.plan, path, loaded.warnings, loaded.read_only);
                doc.stamp = Some(stamp);
                doc.awkward = awkward.clone();
                self.set_document(doc);
                self.show_problems = problems > 0;
                match (problems, awkward) {
                    (0, None) => self.set_status(format!("Opened {name}")),
                    (0, Some(awkward)) => self.set_status(format!("Opened {name}. {}", awkward.reason())),
                    (n, _) => {
                        self.set_error_status(format!("Opened {name} with {n} problem(s); see the list"));
                    }
                }
            }
            Err(e) => self.not_opened(&path, &e.to_string()),
        }
    }

    /// Says that `path` could not be opened, and why.
    fn not_opened(&mut self, path: &std::path::Path, why: &str) {
        self.dialog = Some(Dialog::Error {
            title: "The plan could not be opened".to_owned(),
            message: format!("{}\n\n{why}\n\nThe file was not changed.", path.display()),
        });
        self.set_error_status(format!("Could not open {}", path.display()));
    }

    /// Writes the plan to `path`; on success carries on with `then`. Saving over the plan's
    /// own file first checks that nobody changed it since it was opened or saved here.
    pub(super) fn write_to(&mut self, ctx: &egui::Context, path: PathBuf, then: Option<Pending>) {
        self.write_checked(ctx, path, then, true);
    }

    /// [`Self::write_to`], with the check for outside changes optional (Overwrite skips it).
    pub(super) fn write_checked(
        &mut self,
        ctx: &egui::Context,
        path: PathBuf,
        then: Option<Pending>,
        check: bool,
    ) {
        let path = io::full_path(&path);
        let today = self.today;
        let Some(doc) = &mut self.doc else { return };
        let own_file = doc.path.as_ref() == Some(&path);
        if check
            && own_file
            && let Some(stamp) = &doc.stamp
            && let DiskState::Changed(_) = disk_state(&path, stamp)
        {
            self.dialog = Some(Dialog::ChangedOnDisk { name: doc.file_name(), then });
            return;
        }
        let recreated = own_file && doc.stamp.is_some() && !path.exists();
        // The file carries the day it was saved. The plan here takes that date only once the
        // file is written (a failed save changes nothing), and not as an edit: Undo does not
        // take it back and it does not make the saved plan unsaved.
        let mut stamped = doc.plan.clone();
        stamped.meta.modified = today;
        match io::save_file(&path, &stamped) {
            Ok(()) => {
                doc.history.amend(&mut doc.plan, |plan| plan.meta.modified = today);
                doc.mark_saved(path.clone(), DiskStamp::read(&path).ok());
                self.recovery.forget();
                self.settings.remember(&path);
                if recreated {
                    self.set_status(format!(
                        "Saved {} again: the file had been deleted or moved away",
                        path.display()
                    ));
                } else {
                    self.set_status(format!("Saved {}", path.display()));
                }
                if let Some(pending) = then {
                    self.perform(ctx, pending);
                }
            }
            Err(e) => {
                self.set_error_status(e.to_string());
                self.dialog = Some(Dialog::Error {
                    title: "The plan was not saved".to_owned(),
                    message: format!(
                        "{e}.\n\nYour changes are still here; the file on disk is unchanged. Try Save as… to put the plan somewhere else."
                    ),
                });
            }
        }
    }

    /// Loads the plan's file as it now is, dropping what is here.
    pub(super) fn reload(&mut self) {
        let Some(path) = self.doc.as_ref().and_then(|d| d.path.clone()) else { return };
        let view = self.view;
        self.open_path(path);
        self.view = view;
    }

    /// Checks whether someone else changed the open plan's file: with no unsaved changes here,
    /// offers to reload; otherwise says that Save will ask. Each outside change is mentioned once.
    pub(super) fn check_disk(&mut self) {
        let Some(doc) = &mut self.doc else { return };
        let (Some(path), Some(stamp)) = (doc.path.clone(), doc.stamp.clone()) else { return };
        let now = match disk_state(&path, &stamp) {
            DiskState::Unchanged => return,
            DiskState::Gone => {
                if doc.file_gone() {
                    let name = doc.file_name();
                    let folder = path.parent().map_or_else(String::new, |p| p.display().to_string());
                    self.set_error_status(format!(
                        "{name} was deleted or moved from {folder}: the plan is only in Tenstep now; \
                         Save writes it there again"
                    ));
                }
                return;
            }
            DiskState::Changed(now) => now,
        };
        if doc.noticed.as_ref() == Some(&now) {
            return;
        }
        doc.noticed = Some(now);
        if doc.is_dirty() {
            let name = doc.file_name();
            self.set_error_status(format!(
                "{name} was changed elsewhere; Save will ask before replacing that version"
            ));
        } else {
            self.dialog = Some(Dialog::ReloadOffer { name: doc.file_name() });
        }
    }

    /// Opens a recovered plan with its unsaved changes; its copy stays until it is saved.
    pub(super) fn restore(&mut self, entry: Recovered) {
        let Some(store) = self.recovery.store().cloned() else { return };
        match store.load(&entry.key) {
            Ok(loaded) => {
                // A copy from an older version may name its file relative to a folder that is
                // not known now: then Save asks where, rather than writing somewhere else.
                let original = entry.meta.original.clone().filter(|p| p.is_absolute());
                let unplaced = entry.meta.original.is_some() && original.is_none();
                let changed = match (&original, &entry.meta.stamp) {
                    (Some(path), Some(stamp)) => disk_state(path, stamp) != DiskState::Unchanged,
                    _ => false,
                };
                let mut doc = Document::restored(loaded.plan, original.clone(), entry.meta.stamp.clone());
                doc.warnings = loaded.warnings;
                doc.awkward = entry.meta.original.as_deref().and_then(assess_location);
                self.set_document(doc);
                self.recovery.adopt(entry.key);
                self.view = crate::commands::View::Overview;
                match original {
                    _ if unplaced => self.set_error_status(
                        "Recovered the unsaved changes; the copy does not say which folder its file is in, \
                         so Save asks where to keep them",
                    ),
                    Some(path) if changed => self.set_error_status(format!(
                        "Recovered the unsaved changes to {}; that file changed or went since, so Save \
                         asks before replacing it",
                        path.display()
                    )),
                    Some(path) => self.set_status(format!(
                        "Recovered the unsaved changes to {}; save to keep them",
                        path.display()
                    )),
                    None => self.set_status("Recovered the unsaved changes; save to keep them"),
                }
            }
            Err(e) => {
                self.dialog = Some(Dialog::Error {
                    title: "The recovered plan could not be read".to_owned(),
                    message: format!("{e}\n\nThe recovery copy is kept in {}.", store.dir().display()),
                });
            }
        }
    }
}
