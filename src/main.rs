//! The `tenstep` binary: the desktop app, or a headless subcommand.

use clap::Parser;
use std::sync::Arc;
use tenstep::app::{RecoveryPlace, StartOptions, TenstepApp};
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
    if let Err(e) = run_app(start) {
        eprintln!("tenstep: the window could not be opened: {e}");
        std::process::exit(1);
    }
}

fn run_app(start: StartOptions) -> eframe::Result {
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
    eframe::run_native("Tenstep", options, Box::new(|cc| Ok(Box::new(TenstepApp::new(cc, start)))))
}
