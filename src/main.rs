//! The `tenstep` binary: the desktop app, or a headless subcommand.

use clap::Parser;
use std::sync::{Arc, OnceLock};
use tenstep::app::{LastWords, RecoveryPlace, StartOptions, TenstepApp};
use tenstep::cli::Cli;
use tenstep::clock::SystemClock;

fn main() {
    // The one place that reads the computer's clock: everything else is given this.
    let clock = Arc::new(SystemClock);
    let cli = Cli::parse();
    if let Some(command) = &cli.command {
        let code = tenstep::cli::run(command, clock.as_ref(), &mut std::io::stdout(), &mut std::io::stderr());
        std::process::exit(code);
    }
    let present = cli.present;
    let start = StartOptions {
        file: cli.file,
        view: cli.view,
        native_dialogs: true,
        recovery: RecoveryPlace::Platform,
        present,
        clock,
    };
    let last_words = Arc::new(OnceLock::new());
    let result = run_app(start, &last_words);
    // However the window went (closed, or the display server gone), unsaved changes stay.
    if let Some(words) = last_words.get() {
        words.write();
    }
    if let Err(e) = result {
        eprintln!("tenstep: the window could not be opened or was lost: {e}");
        std::process::exit(1);
    }
}

/// Runs the window; `last_words` is pointed at the app's newest unsaved state, and written
/// as a recovery copy if the process is told to stop (SIGTERM, SIGHUP, Ctrl+C, logging off).
fn run_app(start: StartOptions, last_words: &Arc<OnceLock<LastWords>>) -> eframe::Result {
    let mut viewport = egui::ViewportBuilder::default()
        .with_fullscreen(start.present)
        .with_title("Tenstep")
        .with_app_id("tenstep")
        .with_inner_size([1280.0, 800.0])
        .with_min_inner_size([720.0, 480.0])
        .with_drag_and_drop(true);
    match eframe::icon_data::from_png_bytes(include_bytes!("../assets/icon.png")) {
        Ok(icon) => viewport = viewport.with_icon(icon),
        Err(e) => eprintln!("tenstep: the app icon could not be read: {e}"),
    }
    let options = eframe::NativeOptions { viewport, ..Default::default() };
    let last_words = last_words.clone();
    eframe::run_native(
        "Tenstep",
        options,
        Box::new(move |cc| {
            let app = TenstepApp::new(cc, start);
            if let Err(e) = app.last_words().write_on_termination() {
                eprintln!("tenstep: unsaved changes cannot be kept if the session ends: {e}");
            }
            app.last_words().write_at_exit();
            // Set once: the app is created once.
            let _ = last_words.set(app.last_words());
            Ok(Box::new(app))
        }),
    )
}
