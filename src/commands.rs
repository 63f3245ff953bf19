//! Every user command in one place: its label, shortcuts and tooltip feed the menus, the
//! keyboard handling, the tooltips and the buttons, so they never disagree.

mod button;
mod view;

pub use view::View;

use egui::{Key, KeyboardShortcut, Modifiers};
use std::path::PathBuf;

/// A command the user can give from a menu, a button or the keyboard.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Command {
    NewPlan,
    Open,
    Save,
    SaveAs,
    Close,
    Quit,
    Undo,
    Redo,
    ShowView(View),
    ToggleTheme,
    ShowProblems,
    ShowShortcuts,
    About,
    ClearRecent,
    AddTask,
    /// Add a workstream (a lane of tasks) at the end of the plan.
    AddWorkstream,
    EditTask,
    DeleteTask,
    ZoomIn,
    ZoomOut,
    FitHorizon,
    RollForward,
    /// Compare the open plan with another copy of it, and merge.
    CompareWith,
    Export(crate::export::Format),
    /// Add or update tasks from a spreadsheet's CSV.
    ImportTasksCsv,
    /// Open a GNOME Planner, GanttProject or MS Project XML plan as a new untitled plan.
    ImportPlan,
    /// Save a picture of the window as it is (PNG).
    ExportPicture,
    /// Present the plan full screen, as slides.
    Present,
    /// Present from the slide that shows the current view.
    PresentFromHere,
    /// Choose and order the presentation's slides.
    WorkshopAgenda,
}

/// Writes `Command::all()` from one list of the commands without data, followed by every view
/// and every export format. The same list makes an exhaustive `match`, so a command missing
/// from the list does not compile.
macro_rules! list_commands {
    ($($command:ident),+ $(,)?) => {
        impl Command {
            /// Every command, for the shortcut handling, the shortcut list and the tests.
            pub fn all() -> Vec<Command> {
                // Never called: it names every variant, so a new one must be listed above.
                const fn _every_command_is_listed(command: Command) {
                    match command {
                        $(Command::$command)|+ | Command::ShowView(_) | Command::Export(_) => {}
                    }
                }
                let mut all = vec![$(Command::$command),+];
                all.extend(View::ALL.map(Command::ShowView));
                all.extend(crate::export::Format::ALL.map(Command::Export));
                all
            }
        }
    };
}

list_commands!(
    NewPlan,
    Open,
    Save,
    SaveAs,
    Close,
    Quit,
    Undo,
    Redo,
    ToggleTheme,
    ShowProblems,
    ShowShortcuts,
    About,
    ClearRecent,
    AddTask,
    AddWorkstream,
    EditTask,
    DeleteTask,
    ZoomIn,
    ZoomOut,
    FitHorizon,
    RollForward,
    CompareWith,
    ImportTasksCsv,
    ImportPlan,
    ExportPicture,
    Present,
    PresentFromHere,
    WorkshopAgenda,
);

const CMD: Modifiers = Modifiers::COMMAND;
const CMD_SHIFT: Modifiers = Modifiers::COMMAND.plus(Modifiers::SHIFT);
const NONE: Modifiers = Modifiers::NONE;

/// A shortcut, for the `const` table in [`Command::shortcuts`].
const fn keys(modifiers: Modifiers, key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(modifiers, key)
}

impl Command {
    /// The menu label (`…` when the command asks for more input).
    pub fn label(self) -> &'static str {
        match self {
            Command::NewPlan => "New plan…",
            Command::Open => "Open…",
            Command::Save => "Save",
            Command::SaveAs => "Save as…",
            Command::Close => "Close plan",
            Command::Quit => "Quit",
            Command::Undo => "Undo",
            Command::Redo => "Redo",
            Command::ShowView(view) => view.label(),
            Command::ToggleTheme => "Switch light/dark theme",
            Command::ShowProblems => "Problems in this plan…",
            Command::ShowShortcuts => "Keyboard shortcuts",
            Command::About => "About Tenstep",
            Command::ClearRecent => "Clear recent plans",
            Command::AddTask => "Add task",
            Command::AddWorkstream => "Add workstream",
            Command::EditTask => "Task details…",
            Command::DeleteTask => "Delete task",
            Command::ZoomIn => "Zoom in",
            Command::ZoomOut => "Zoom out",
            Command::FitHorizon => "Fit the whole horizon",
            Command::RollForward => "Roll forward…",
            Command::CompareWith => "Compare with…",
            Command::Export(format) => format.label(),
            Command::ImportTasksCsv => "Import tasks from CSV…",
            Command::ImportPlan => "Import a plan from another tool…",
            Command::ExportPicture => "Picture of this view (PNG)…",
            Command::Present => "Present",
            Command::PresentFromHere => "Present from this view",
            Command::WorkshopAgenda => "Workshop agenda…",
        }
    }

    /// What the command does, for tooltips (see [`Command::tooltip_with_shortcut`]).
    pub fn tooltip(self) -> &'static str {
        match self {
            Command::NewPlan => "Start a new plan: blank, the ten-step skeleton or a copy of an example",
            Command::Open => "Open a plan file (.ron)",
            Command::Save => "Save the plan to its file (asks where for a new plan)",
            Command::SaveAs => "Save the plan to a new file",
            Command::Close => "Close this plan",
            Command::Quit => "Quit Tenstep",
            Command::Undo => "Undo the last change",
            Command::Redo => "Redo the change you undid",
            Command::ShowView(view) => view.description(),
            Command::ToggleTheme => "Switch between the light and the dark theme",
            Command::ShowProblems => "List the problems found in this plan's file",
            Command::ShowShortcuts => "Show every keyboard shortcut",
            Command::About => "Version and what Tenstep is for",
            Command::ClearRecent => "Forget the list of recently opened plans (the files stay)",
            Command::AddTask => {
                "Add a task to the selected task's (or lane's) workstream, starting this month"
            }
            Command::AddWorkstream => "Add a workstream, a lane of tasks, at the end of the plan",
            Command::EditTask => "Open the selected task's details",
            Command::DeleteTask => "Delete the selected task (Undo brings it back)",
            Command::ZoomIn => "Show less time, in more detail",
            Command::ZoomOut => "Show more time",
            Command::FitHorizon => "Fit the whole horizon in the window",
            Command::RollForward => "Keep a baseline of every task's dates and move the review date on",
            Command::CompareWith => {
                "Open another copy of this plan (one sent back by email), see what differs and take changes"
            }
            Command::Export(_) => "Write a file for people without Tenstep",
            Command::ImportTasksCsv => "Add or update tasks from a spreadsheet saved as CSV",
            Command::ImportPlan => {
                "Open a GNOME Planner (.planner, .mrproject), GanttProject (.gan) or MS Project XML (.xml) \
                 plan as a new untitled plan; opening or dropping such a file does the same"
            }
            Command::ExportPicture => "Save the window as it looks now, for slides",
            Command::Present => "Show the plan full screen as slides, in large type (Esc leaves)",
            Command::PresentFromHere => "Start the slides at the one that shows this view",
            Command::WorkshopAgenda => {
                "Choose which slides a presentation shows and in which order (saved in the plan)"
            }
        }
    }

    /// The tooltip followed by the first shortcut, as the buttons show it.
    pub fn tooltip_with_shortcut(self) -> String {
        match self.shortcuts().first() {
            Some(&shortcut) => format!("{} ({})", self.tooltip(), format_shortcut(shortcut)),
            None => self.tooltip().to_owned(),
        }
    }

    /// The keyboard shortcuts, the one the menus show first. `COMMAND` is Ctrl, or Cmd on a Mac.
    pub fn shortcuts(self) -> &'static [KeyboardShortcut] {
        match self {
            Command::NewPlan => const { &[keys(CMD, Key::N)] },
            Command::Open => const { &[keys(CMD, Key::O)] },
            Command::Save => const { &[keys(CMD, Key::S)] },
            Command::SaveAs => const { &[keys(CMD_SHIFT, Key::S)] },
            Command::Close => const { &[keys(CMD, Key::W)] },
            Command::Quit => const { &[keys(CMD, Key::Q)] },
            Command::Undo => const { &[keys(CMD, Key::Z)] },
            // Ctrl+Y too, for people coming from Windows tools.
            Command::Redo => const { &[keys(CMD_SHIFT, Key::Z), keys(CMD, Key::Y)] },
            Command::ShowView(View::Overview) => const { &[keys(CMD, Key::Num1)] },
            Command::ShowView(View::Plan) => const { &[keys(CMD, Key::Num2)] },
            Command::ShowView(View::Stakeholders) => const { &[keys(CMD, Key::Num3)] },
            Command::ShowView(View::Manifesto) => const { &[keys(CMD, Key::Num4)] },
            Command::ShowView(View::Team) => const { &[keys(CMD, Key::Num5)] },
            Command::ShowView(View::Assessment) => const { &[keys(CMD, Key::Num6)] },
            Command::ToggleTheme => const { &[keys(CMD_SHIFT, Key::T)] },
            Command::ShowShortcuts => const { &[keys(NONE, Key::F1)] },
            Command::AddTask => const { &[keys(NONE, Key::Insert)] },
            Command::AddWorkstream => const { &[keys(CMD_SHIFT, Key::N)] },
            Command::EditTask => const { &[keys(NONE, Key::Enter)] },
            Command::DeleteTask => const { &[keys(NONE, Key::Delete)] },
            Command::ZoomIn => const { &[keys(NONE, Key::Plus)] },
            Command::ZoomOut => const { &[keys(NONE, Key::Minus)] },
            Command::FitHorizon => const { &[keys(NONE, Key::F)] },
            Command::RollForward => const { &[keys(CMD, Key::R)] },
            Command::Present => const { &[keys(NONE, Key::F5)] },
            Command::PresentFromHere => const { &[keys(Modifiers::SHIFT, Key::F5)] },
            Command::ShowProblems
            | Command::About
            | Command::ClearRecent
            | Command::CompareWith
            | Command::Export(_)
            | Command::ImportTasksCsv
            | Command::ImportPlan
            | Command::ExportPicture
            | Command::WorkshopAgenda => &[],
        }
    }

    /// Whether the command acts on the Plan (Gantt) view.
    pub fn is_plan_command(self) -> bool {
        matches!(
            self,
            Command::AddTask
                | Command::AddWorkstream
                | Command::EditTask
                | Command::DeleteTask
                | Command::ZoomIn
                | Command::ZoomOut
                | Command::FitHorizon
                | Command::RollForward
        )
    }

    /// Every shortcut with its command, most modifiers first, so Ctrl+Shift+Z is matched before
    /// Ctrl+Z (egui matches a shortcut even when extra Shift is held).
    pub fn by_shortcut_specificity() -> Vec<(Command, KeyboardShortcut)> {
        let mut list: Vec<_> =
            Command::all().into_iter().flat_map(|c| c.shortcuts().iter().map(move |&s| (c, s))).collect();
        let weight = |m: Modifiers| u8::from(m.shift) + u8::from(m.alt) + u8::from(m.command || m.ctrl);
        list.sort_by_key(|(_, s)| std::cmp::Reverse(weight(s.modifiers)));
        list
    }
}

/// Whether the shortcut is a bare key (no Ctrl/Cmd/Alt), which must not fire while the user
/// types in a text field.
pub fn is_bare_key(shortcut: KeyboardShortcut) -> bool {
    let m = shortcut.modifiers;
    !(m.command || m.ctrl || m.alt || m.mac_cmd)
}

/// A shortcut as this platform writes it ("Ctrl+Shift+S", "⇧⌘S").
pub fn format_shortcut(shortcut: KeyboardShortcut) -> String {
    let is_mac = cfg!(target_os = "macos");
    shortcut.format(&egui::ModifierNames::NAMES, is_mac)
}

/// Something a view, menu or dialog asks the app to do at the end of the frame.
#[derive(Clone, Debug, PartialEq)]
pub enum Request {
    Run(Command),
    /// Open this file (after asking about unsaved changes).
    OpenPath(PathBuf),
    /// Start a new plan from one of the built-in templates.
    NewFromTemplate(usize),
    /// The plan was changed in place by a widget; `group` merges consecutive edits of the same
    /// widget (typing, dragging) into one undo step.
    Edited {
        group: Option<u64>,
    },
    /// An item was added in place (one undo step, named `what`); the edits that name it next
    /// (typing into its new name field) join that step.
    Added {
        what: String,
    },
    /// The current edit group is over (a field lost focus, a drag ended).
    EndEditGroup,
    /// A whole edit of the plan (one undo step), applied through the model's rules.
    Edit(crate::model::Edit),
    /// Go to a place in the plan: a task in the Plan view (selected and scrolled into sight),
    /// or where a plan-health finding is fixed.
    Go(crate::model::Where),
}

#[cfg(test)]
mod tests;
