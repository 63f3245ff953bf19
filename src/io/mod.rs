//! Bytes ↔ plan: the RON file format and safe file access. No egui.

mod file;
mod format;
mod locate;
mod recovery;
mod stamp;

pub use file::*;
pub use format::*;
pub use locate::{Location, line_col};
pub use recovery::*;
pub use stamp::*;
