//! The plan as plain serde data, plus the rules about the plan alone.
//!
//! No egui, no files, no clock: functions that need "today" take it as an argument.
//! Entity lists are flat `Vec<Arc<T>>` so an undo snapshot is a cheap clone that shares
//! every entity the next edit does not touch (views edit through `edit_shared`, which replaces
//! an entity only when it really changed).

mod assessment;
mod bidi;
mod checklist;
mod edit;
mod entity;
mod goals;
mod health;
mod ids;
mod manifesto;
mod maturity;
mod org;
mod plan;
mod review;
mod schedule;
mod scheduling;
mod segmentation;
mod stakeholders;
pub mod synthetic;
mod team;
mod timescale;
mod validate;
mod workshop;
mod workstreams;

pub use assessment::*;
pub use bidi::{balance_bidi, is_bidi_control, strip_bidi};
pub use checklist::*;
pub use edit::*;
pub use entity::*;
pub use goals::*;
pub use health::*;
pub use ids::*;
pub use manifesto::*;
pub use maturity::*;
pub use org::*;
pub use plan::*;
pub use review::*;
pub use schedule::*;
pub use scheduling::*;
pub use segmentation::*;
pub use stakeholders::*;
pub use team::*;
pub use timescale::*;
pub use validate::*;
pub use workshop::*;
pub use workstreams::*;

/// A flat list of shared entities: cloning the list shares every entity.
pub type List<T> = Vec<std::sync::Arc<T>>;

/// A calendar date (ISO `YYYY-MM-DD` in the file).
pub type Date = chrono::NaiveDate;

/// "1 task", "2 tasks": a count with the word that fits it.
pub fn plural(count: usize, one: &str, many: &str) -> String {
    format!("{count} {}", if count == 1 { one } else { many })
}
