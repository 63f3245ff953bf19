//! Exports for people without the app: CSV of tasks and of stakeholders, iCalendar of
//! milestones and reviews, a Markdown summary. Pure functions of the plan (and the time of
//! export where a format needs one); no egui. Only `target` looks at files: where an export
//! may be written.
//!
//! Plan text comes from anyone: each format keeps every text inside its field (escaped, on one
//! line where a line break would end the field) and pairs its bidi controls.

mod balance;
mod csv_out;
mod html;
mod html_text;
mod ics;
mod markdown;
mod target;

pub use csv_out::{FORMULA_STARTS, defuse, stakeholders_csv, tasks_csv};
pub use html::handout;
pub use ics::calendar;
pub use markdown::summary;
pub use target::{looks_like_plan, refuse_target, same_file};

use crate::model::{Date, Plan};

/// The formats `tenstep export` writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, clap::ValueEnum)]
pub enum Format {
    /// A self-contained HTML handout to read in a browser or print.
    Html,
    /// Tasks and milestones as CSV (opens in Excel and LibreOffice).
    TasksCsv,
    /// Stakeholders as CSV.
    StakeholdersCsv,
    /// Milestones and review dates as iCalendar (.ics).
    Ics,
    /// A Markdown summary for an email body.
    Markdown,
}

impl Format {
    /// Every format, in menu order (a test checks it against the derived list).
    pub const ALL: [Format; 5] =
        [Format::Html, Format::TasksCsv, Format::StakeholdersCsv, Format::Ics, Format::Markdown];

    /// The menu label.
    pub fn label(self) -> &'static str {
        match self {
            Format::Html => "Handout as a web page (to read or print)…",
            Format::TasksCsv => "Tasks as CSV (Excel, LibreOffice)…",
            Format::StakeholdersCsv => "Stakeholders as CSV…",
            Format::Ics => "Milestones and reviews as a calendar (.ics)…",
            Format::Markdown => "Summary as Markdown (for an email)…",
        }
    }

    /// The usual file extension.
    pub fn extension(self) -> &'static str {
        match self {
            Format::TasksCsv | Format::StakeholdersCsv => "csv",
            Format::Ics => "ics",
            Format::Html => "html",
            Format::Markdown => "md",
        }
    }

    /// The suffix added to the plan's file name ("plan-tasks.csv").
    pub fn suffix(self) -> &'static str {
        match self {
            Format::Html => "-handout",
            Format::TasksCsv => "-tasks",
            Format::StakeholdersCsv => "-stakeholders",
            Format::Ics => "-milestones",
            Format::Markdown => "-summary",
        }
    }
}

/// Exports `plan` as `format`. `today` judges what is late; `stamp` is the iCalendar
/// `DTSTAMP` (UTC, `YYYYMMDDTHHMMSSZ`).
pub fn export(plan: &Plan, format: Format, today: Date, stamp: &str) -> Vec<u8> {
    match format {
        Format::Html => handout(plan, today).into_bytes(),
        Format::TasksCsv => tasks_csv(plan),
        Format::StakeholdersCsv => stakeholders_csv(plan),
        Format::Ics => calendar(plan, stamp).into_bytes(),
        Format::Markdown => summary(plan, today).into_bytes(),
    }
}

/// A picture of the window (RGBA pixels, row by row) as PNG bytes.
pub fn png(width: usize, height: usize, rgba: &[u8]) -> Result<Vec<u8>, String> {
    if rgba.len() != width * height * 4 {
        return Err("the picture's size does not match its pixels".to_owned());
    }
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, width as u32, height as u32);
    encoder.set_color(png::ColorType::Rgba);
    encoder.set_depth(png::BitDepth::Eight);
    let mut writer = encoder.write_header().map_err(|e| format!("the picture could not be encoded: {e}"))?;
    writer.write_image_data(rgba).map_err(|e| format!("the picture could not be encoded: {e}"))?;
    writer.finish().map_err(|e| format!("the picture could not be encoded: {e}"))?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::Format;
    use clap::ValueEnum;

    #[test]
    fn all_lists_every_format_in_declaration_order() {
        // `value_variants` is derived, so a format missing from `ALL` fails here.
        assert_eq!(Format::ALL.as_slice(), Format::value_variants());
    }
}
