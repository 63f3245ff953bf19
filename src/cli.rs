//! Command-line arguments and the headless subcommands (`check`, `fmt`, `diff`, `export`,
//! `import`).

use crate::clock::Clock;
use crate::commands::View;
use crate::io::{self, LoadError};
use crate::model::long_date;
use clap::{Parser, Subcommand};
use std::io::Write;
use std::path::{Path, PathBuf};

/// Tenstep: plan how your organisation weaves social media into its work.
#[derive(Debug, Parser)]
#[command(name = "tenstep", version, args_conflicts_with_subcommands = true)]
pub struct Cli {
    /// A plan file to open (without one, the app opens a sample plan as an untitled copy).
    pub file: Option<PathBuf>,
    /// Open straight into this view.
    #[arg(long, value_enum, value_name = "NAME")]
    pub view: Option<View>,
    /// Open in presentation (workshop) mode.
    #[arg(long)]
    pub present: bool,
    #[command(subcommand)]
    pub command: Option<CliCommand>,
}

/// Subcommands that run without a window.
#[derive(Debug, Subcommand)]
pub enum CliCommand {
    /// Check plan files and print FILE:LINE:COL: message for each problem.
    ///
    /// Exit status: 0 all good, 1 problems found, 2 usage error.
    ///
    /// With --health, also lists what needs attention in each plan (late tasks, KPIs off
    /// track, gaps, unsigned manifesto…), the same list as the Overview. Those findings do not
    /// change the exit status.
    Check {
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
        /// Also print the plan's health.
        #[arg(long)]
        health: bool,
        /// The day to judge health on (YYYY-MM-DD; default today).
        #[arg(long, value_name = "DATE", requires = "health")]
        today: Option<chrono::NaiveDate>,
    },
    /// List the differences between two copies of one plan, entity by entity (matched by id),
    /// grouped by view, with old → new values.
    ///
    /// Exit status: 0 the same, 1 different, 2 a file could not be read or the files are
    /// copies of different plans.
    Diff {
        #[arg(value_name = "MINE")]
        mine: PathBuf,
        #[arg(value_name = "THEIRS")]
        theirs: PathBuf,
    },
    /// Export a plan for people without the app.
    ///
    /// Writes OUT (default: next to FILE, e.g. plan-tasks.csv); `-o -` writes to standard
    /// output. An existing OUT is kept unless --force; a Tenstep plan (FILE itself or any
    /// other) is never replaced. Exit status: 0 written, 1 the plan could not be read or OUT
    /// not written.
    Export {
        #[arg(value_name = "FILE")]
        file: PathBuf,
        /// What to write.
        #[arg(long = "to", value_enum, value_name = "FORMAT")]
        format: crate::export::Format,
        /// Where to write it.
        #[arg(short = 'o', long = "output", value_name = "OUT")]
        output: Option<PathBuf>,
        /// Replace OUT if it exists (never a plan).
        #[arg(long)]
        force: bool,
    },
    /// Make a plan from a GNOME Planner (.planner, .mrproject), GanttProject (.gan) or MS Project
    /// XML (.xml) file, recognised by its content.
    ///
    /// Writes the plan to OUT and prints a summary and everything that could not be carried over
    /// (calendars, costs, other link types…). Exit status: 0 imported, 1 FILE could not be
    /// imported or OUT not written (an existing OUT is kept unless --force), 2 usage error.
    Import {
        #[arg(value_name = "FILE")]
        file: PathBuf,
        /// Where to write the new plan (a .ron file).
        #[arg(short = 'o', long = "output", value_name = "OUT", required = true)]
        output: PathBuf,
        /// Replace OUT if it exists.
        #[arg(long)]
        force: bool,
    },
    /// Rewrite plan files in the canonical layout (a second run changes nothing).
    ///
    /// Keeps each previous version as FILE.bak. Exit status: 0 done, 1 a file could not be
    /// read or written, 2 usage error.
    Fmt {
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
        /// Only report files that are not canonical; change nothing (exit 1 if any).
        #[arg(long)]
        check: bool,
    },
}

/// Runs a headless subcommand, writing to `out` and `err`; returns the exit status. `clock`
/// gives "today" for health and the creation stamp of exports.
pub fn run(command: &CliCommand, clock: &dyn Clock, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    match command {
        CliCommand::Check { files, health, today } => {
            let today = today.unwrap_or_else(|| clock.today());
            check(files, health.then_some(today), out, err)
        }
        CliCommand::Fmt { files, check } => fmt(files, *check, out, err),
        CliCommand::Diff { mine, theirs } => diff(mine, theirs, out, err),
        CliCommand::Export { file, format, output, force } => {
            export(file, *format, output.as_deref(), *force, clock, out, err)
        }
        CliCommand::Import { file, output, force } => import(file, output, *force, out, err),
    }
}

fn import(file: &Path, output: &Path, force: bool, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    if !force && std::fs::symlink_metadata(output).is_ok() {
        let _ = writeln!(err, "{}: error: already exists (use --force to replace it)", output.display());
        return 1;
    }
    let bytes = match io::read_capped(file) {
        Ok(bytes) => bytes,
        Err(e) => {
            let _ = writeln!(err, "{}: error: {}", file.display(), e.message);
            return 1;
        }
    };
    let imported = match crate::import::import_plan(&bytes) {
        Ok(imported) => imported,
        Err(e) => {
            let _ = writeln!(err, "{}: error: {e}", file.display());
            return 1;
        }
    };
    let written = io::to_canonical_string(&imported.plan)
        .map_err(|reason| format!("{}: error: {reason}", output.display()))
        .and_then(|text| io::write_atomic(output, text.as_bytes(), false).map_err(|e| e.to_string()));
    if let Err(message) = written {
        let _ = writeln!(err, "{message}");
        return 1;
    }
    let _ = writeln!(out, "{}", imported.summary());
    for line in imported.report.lines() {
        let _ = writeln!(out, "  {line}");
    }
    let _ = writeln!(err, "wrote {}", output.display());
    0
}

fn location_prefix(file: &Path, error: &LoadError) -> String {
    let (line, col) = error.location.map_or((1, 1), |l| (l.line, l.col));
    format!("{}:{line}:{col}", file.display())
}

fn check(
    files: &[PathBuf],
    health: Option<chrono::NaiveDate>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    let mut problems = 0usize;
    for file in files {
        match io::load_file(file) {
            Err(e) => {
                problems += 1;
                let _ = writeln!(out, "{}: error: {}", location_prefix(file, &e), e.message);
            }
            Ok(loaded) => {
                if let Some(reason) = &loaded.read_only {
                    problems += 1;
                    let _ = writeln!(out, "{}:1:1: warning: {reason}", file.display());
                }
                for w in &loaded.warnings {
                    problems += 1;
                    let (line, col) = w.location.map_or((1, 1), |l| (l.line, l.col));
                    let _ = writeln!(out, "{}:{line}:{col}: warning: {}", file.display(), w.message);
                }
                if let Some(today) = health {
                    print_health(file, &loaded.plan, today, out);
                }
            }
        }
    }
    let summary = match problems {
        0 => format!("{} file(s) checked, no problems", files.len()),
        n => format!("{} file(s) checked, {n} problem(s)", files.len()),
    };
    let _ = writeln!(err, "{summary}");
    i32::from(problems > 0)
}

/// `force`: an existing OUT that is not a plan may be replaced.
fn export(
    file: &Path,
    format: crate::export::Format,
    output: Option<&Path>,
    force: bool,
    clock: &dyn Clock,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    let plan = match io::load_file(file) {
        Ok(loaded) => loaded.plan,
        Err(e) => {
            let _ = writeln!(err, "{}: error: {}", location_prefix(file, &e), e.message);
            return 1;
        }
    };
    let bytes = crate::export::export(&plan, format, clock.today(), &clock.utc_stamp());
    let target = output.map_or_else(
        || {
            let stem = file.file_stem().map_or_else(|| "plan".into(), |s| s.to_string_lossy().into_owned());
            file.with_file_name(format!("{stem}{}.{}", format.suffix(), format.extension()))
        },
        Path::to_owned,
    );
    if target.as_os_str() == "-" {
        return match out.write_all(&bytes) {
            Ok(()) => 0,
            Err(e) => {
                let _ = writeln!(err, "error: {e}");
                1
            }
        };
    }
    if let Some(reason) = crate::export::refuse_target(&target, Some(file), force) {
        let _ = writeln!(err, "{}: error: {reason}", target.display());
        return 1;
    }
    match io::write_atomic(&target, &bytes, false) {
        Ok(()) => {
            let _ = writeln!(err, "wrote {}", target.display());
            0
        }
        Err(e) => {
            let _ = writeln!(err, "error: {e}");
            1
        }
    }
}

fn diff(mine: &Path, theirs: &Path, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let load = |path: &Path| {
        io::load_file(path).map_err(|e| format!("{}: error: {}", location_prefix(path, &e), e.message))
    };
    let (a, b) = match (load(mine), load(theirs)) {
        (Ok(a), Ok(b)) => (a.plan, b.plan),
        (Err(e), _) | (_, Err(e)) => {
            let _ = writeln!(err, "{e}");
            return 2;
        }
    };
    let differences = match crate::compare::compare(&a, &b) {
        Ok(differences) => differences,
        Err(e) => {
            let _ = writeln!(err, "{}: {e}", theirs.display());
            return 2;
        }
    };
    if differences.is_empty() {
        let _ = writeln!(out, "{} and {}: the same plan, no differences", mine.display(), theirs.display());
        return 0;
    }
    let _ = writeln!(out, "{} → {}: {} difference(s)", mine.display(), theirs.display(), differences.len());
    let mut area = None;
    for d in &differences {
        let this = d.part.area_and_noun().0;
        if area != Some(this) {
            let _ = writeln!(out, "{}", this.label());
            area = Some(this);
        }
        let _ = writeln!(out, "  {}", d.headline());
        if let crate::compare::Change::Changed(fields) = &d.change {
            for f in fields {
                let (old, new) = (crate::compare::display(&f.mine), crate::compare::display(&f.theirs));
                let _ = writeln!(out, "    {}: {old} → {new}", f.field);
            }
        }
    }
    1
}

/// The plan's health findings, one per line, after a summary line.
fn print_health(file: &Path, plan: &crate::model::Plan, today: chrono::NaiveDate, out: &mut dyn Write) {
    use crate::model::Severity;
    let findings = plan.health(today);
    let count = |severity| findings.iter().filter(|f| f.severity == severity).count();
    let _ = writeln!(
        out,
        "{}: health on {}: {} problem(s), {} warning(s), {} note(s)",
        file.display(),
        long_date(today),
        count(Severity::Problem),
        count(Severity::Warning),
        count(Severity::Note)
    );
    for finding in &findings {
        let _ = writeln!(out, "  {}: {}", finding.severity.word(), finding.message);
    }
}

fn fmt(files: &[PathBuf], check_only: bool, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let mut status = 0;
    for file in files {
        let bytes = match io::read_capped(file) {
            Ok(bytes) => bytes,
            Err(e) => {
                let _ = writeln!(err, "{}: error: {}", location_prefix(file, &e), e.message);
                status = 1;
                continue;
            }
        };
        let loaded = match io::load_bytes(&bytes) {
            Ok(loaded) => loaded,
            Err(e) => {
                let _ = writeln!(
                    err,
                    "{}: error: {} (file left unchanged)",
                    location_prefix(file, &e),
                    e.message
                );
                status = 1;
                continue;
            }
        };
        if let Some(reason) = loaded.read_only {
            let _ = writeln!(err, "{}: not formatted: {reason}", file.display());
            status = 1;
            continue;
        }
        let text = match io::to_canonical_string(&loaded.plan) {
            Ok(text) => text,
            Err(reason) => {
                let _ = writeln!(err, "{}: error: {reason}", file.display());
                status = 1;
                continue;
            }
        };
        if text.as_bytes() == bytes.as_slice() {
            continue;
        }
        if check_only {
            let _ = writeln!(out, "{}: not in canonical layout", file.display());
            status = 1;
        } else if let Err(e) = io::write_atomic(file, text.as_bytes(), true) {
            let _ = writeln!(err, "{e}");
            status = 1;
        } else {
            let _ = writeln!(out, "{}: formatted", file.display());
        }
    }
    status
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn view_and_file_parse_in_either_order() {
        let cli = Cli::try_parse_from(["tenstep", "--view", "stakeholders", "plan.ron"]).expect("parses");
        assert_eq!(cli.view, Some(View::Stakeholders));
        assert_eq!(cli.file.as_deref(), Some(Path::new("plan.ron")));
        let cli = Cli::try_parse_from(["tenstep", "plan.ron", "--view", "team"]).expect("parses");
        assert_eq!(cli.view, Some(View::Team));
        let cli = Cli::try_parse_from(["tenstep", "--present", "plan.ron"]).expect("parses");
        assert!(cli.present);
        // Without a file: the example plan opens in that view.
        let cli = Cli::try_parse_from(["tenstep", "--view", "stakeholders"]).expect("parses");
        assert_eq!((cli.view, cli.file), (Some(View::Stakeholders), None));
    }

    #[test]
    fn subcommands_parse_and_unknown_views_are_refused() {
        let cli = Cli::try_parse_from(["tenstep", "check", "a.ron", "b.ron"]).expect("parses");
        assert!(matches!(cli.command, Some(CliCommand::Check { ref files, .. }) if files.len() == 2));
        let cli = Cli::try_parse_from(["tenstep", "fmt", "--check", "a.ron"]).expect("parses");
        assert!(matches!(cli.command, Some(CliCommand::Fmt { check: true, .. })));
        assert!(Cli::try_parse_from(["tenstep", "--view", "gantt", "a.ron"]).is_err());
    }
}
