//! The newest unsaved state of the open plan, shared with the thread that handles the session
//! ending (SIGTERM, SIGHUP or Ctrl+C on Unix and macOS; the console closing or the user
//! logging off on Windows). That thread writes it as the recovery copy before the process
//! exits, even when the window thread gets no further frame.

use crate::io::{RecoveryMeta, RecoveryStore};
use crate::model::Plan;
use std::sync::{Arc, Mutex, PoisonError};

/// What to write if the process is told to end now.
struct Pending {
    store: RecoveryStore,
    key: String,
    plan: Plan,
    meta: RecoveryMeta,
}

/// A handle on the last words; clones share them.
#[derive(Clone, Default)]
pub struct LastWords(Arc<Mutex<Option<Pending>>>);

impl LastWords {
    /// Keeps `plan` (cheap: its items are shared) as what to write on the way out.
    pub(super) fn keep(&self, store: &RecoveryStore, key: &str, plan: &Plan, meta: RecoveryMeta) {
        let pending = Pending { store: store.clone(), key: key.to_owned(), plan: plan.clone(), meta };
        *self.0.lock().unwrap_or_else(PoisonError::into_inner) = Some(pending);
    }

    /// Nothing to write: the plan is saved, discarded or back to what is on disk.
    pub(super) fn clear(&self) {
        *self.0.lock().unwrap_or_else(PoisonError::into_inner) = None;
    }

    /// Writes the recovery copy if there are unsaved changes; returns whether one was written.
    pub fn write(&self) -> bool {
        let guard = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        match guard.as_ref() {
            Some(p) => p.store.write(&p.key, &p.plan, &p.meta).is_ok(),
            None => false,
        }
    }

    /// Also writes the copy when the process ends by `exit` from inside a library: on Unix the
    /// X11 client library does that when the display server goes away (a remote desktop
    /// dropped, the user logged out), and no frame or handler of ours runs otherwise.
    pub fn write_at_exit(&self) {
        #[cfg(unix)]
        {
            static AT_EXIT: std::sync::OnceLock<LastWords> = std::sync::OnceLock::new();
            extern "C" fn write_at_exit() {
                // `try_lock`: if the window thread holds the words mid-update, exiting must not
                // wait for it (it will never let go).
                if let Some(words) = AT_EXIT.get()
                    && let Ok(guard) = words.0.try_lock()
                    && let Some(p) = guard.as_ref()
                {
                    let _ = p.store.write(&p.key, &p.plan, &p.meta);
                }
            }
            if AT_EXIT.set(self.clone()).is_ok() {
                // SAFETY: registers a plain function with no arguments, as `atexit` expects;
                // it only reads a static set above.
                unsafe {
                    libc::atexit(write_at_exit);
                }
            }
        }
    }

    /// Writes the copy, then ends the process, when the session ends or the process is asked
    /// to stop. Call once per process (the binary does; tests call it in a child process).
    pub fn write_on_termination(&self) -> Result<(), String> {
        let words = self.clone();
        ctrlc::set_handler(move || {
            let kept = words.write();
            eprintln!(
                "tenstep: asked to stop; {}",
                if kept { "unsaved changes were kept as a recovery copy" } else { "nothing unsaved" }
            );
            // 128 + SIGTERM, the usual status of a process stopped this way.
            std::process::exit(143);
        })
        .map_err(|e| e.to_string())
    }
}
