//! Bringing plan data in from other tools. CSV tasks from a spreadsheet for now.

pub mod csv_tasks;
