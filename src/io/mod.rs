//! Bytes ↔ plan: the RON file format and safe file access. No egui.

mod file;
mod format;
mod locate;

pub use file::*;
pub use format::*;
pub use locate::{Location, line_col};
