//! Bringing plan data in from other tools: CSV tasks from a spreadsheet, and whole plans from
//! GNOME Planner, GanttProject and MS Project XML ([`import_plan`], recognised by content).
//!
//! The plan-file importers share a guarded streaming XML reader (`xml`), read each format into a
//! common outline (`outline`), and map that onto a plan (`build`), reporting whatever has no
//! place in a plan.

pub mod build;
mod build_links;
mod build_outlined;
mod build_people;
pub mod csv_tasks;
pub mod gantt_project;
pub mod ms_project;
pub mod outline;
pub mod plan_file;
pub mod planner;
pub mod xml;

pub use plan_file::{EXTENSIONS, ImportError, Imported, SourceFormat, import_plan, recognise};
