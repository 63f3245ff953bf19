//! Tenstep: one shared plan for weaving social media into how an organisation works.
//!
//! The parts, and the one-way street between them: `app` applies [`commands`] to the
//! [`model`] (with undo) and uses [`io`] to read and write RON files; [`ui`] views read the
//! plan and request commands; [`cli`] runs the headless subcommands.

pub mod app;
pub mod cli;
pub mod clock;
pub mod commands;
pub mod compare;
pub mod export;
pub mod import;
pub mod io;
pub mod model;
pub mod palette;
pub mod templates;
pub mod ui;
