//! Every user command in one place: its label, shortcut and tooltip feed the menus, the
//! keyboard handling and the tooltips, so they never disagree.

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
    /// Redo's second shortcut (Ctrl+Y), for people coming from Windows tools.
    RedoAlt,
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

impl Command {
    /// Every command, for menus, shortcut handling and the clash test.
    pub fn all() -> Vec<Command> {
        let mut all = vec![
            Command::NewPlan,
            Command::Open,
            Command::Save,
            Command::SaveAs,
            Command::Close,
            Command::Quit,
            Command::Undo,
            Command::Redo,
            Command::RedoAlt,
            Command::ToggleTheme,
            Command::ShowProblems,
            Command::ShowShortcuts,
            Command::About,
            Command::ClearRecent,
            Command::AddTask,
            Command::AddWorkstream,
            Command::EditTask,
            Command::DeleteTask,
            Command::ZoomIn,
            Command::ZoomOut,
            Command::FitHorizon,
            Command::RollForward,
            Command::CompareWith,
            Command::ImportTasksCsv,
            Command::ImportPlan,
            Command::ExportPicture,
            Command::Present,
            Command::PresentFromHere,
            Command::WorkshopAgenda,
        ];
        all.extend(View::ALL.iter().map(|&v| Command::ShowView(v)));
        all.extend(crate::export::Format::ALL.iter().map(|&f| Command::Export(f)));
        all
    }

    /// The menu label (`…` when the command asks for more input).
    pub fn label(self) -> String {
        match self {
            Command::NewPlan => "New plan…".to_owned(),
            Command::Open => "Open…".to_owned(),
            Command::Save => "Save".to_owned(),
            Command::SaveAs => "Save as…".to_owned(),
            Command::Close => "Close plan".to_owned(),
            Command::Quit => "Quit".to_owned(),
            Command::Undo => "Undo".to_owned(),
            Command::Redo | Command::RedoAlt => "Redo".to_owned(),
            Command::ShowView(view) => view.label().to_owned(),
            Command::ToggleTheme => "Switch light/dark theme".to_owned(),
            Command::ShowProblems => "Problems in this plan…".to_owned(),
            Command::ShowShortcuts => "Keyboard shortcuts".to_owned(),
            Command::About => "About Tenstep".to_owned(),
            Command::ClearRecent => "Clear recent plans".to_owned(),
            Command::AddTask => "Add task".to_owned(),
            Command::AddWorkstream => "Add workstream".to_owned(),
            Command::EditTask => "Task details…".to_owned(),
            Command::DeleteTask => "Delete task".to_owned(),
            Command::ZoomIn => "Zoom in".to_owned(),
            Command::ZoomOut => "Zoom out".to_owned(),
            Command::FitHorizon => "Fit the whole horizon".to_owned(),
            Command::RollForward => "Roll forward…".to_owned(),
            Command::CompareWith => "Compare with…".to_owned(),
            Command::Export(format) => format.label().to_owned(),
            Command::ImportTasksCsv => "Import tasks from CSV…".to_owned(),
            Command::ImportPlan => "Import a plan from another tool…".to_owned(),
            Command::ExportPicture => "Picture of this view (PNG)…".to_owned(),
            Command::Present => "Present".to_owned(),
            Command::PresentFromHere => "Present from this view".to_owned(),
            Command::WorkshopAgenda => "Workshop agenda…".to_owned(),
        }
    }

    /// What the command does, for tooltips.
    pub fn tooltip(self) -> String {
        let text = match self {
            Command::NewPlan => "Start a new plan: blank, the ten-step skeleton or a copy of an example",
            Command::Open => "Open a plan file (.ron)",
            Command::Save => "Save the plan to its file (asks where for a new plan)",
            Command::SaveAs => "Save the plan to a new file",
            Command::Close => "Close this plan",
            Command::Quit => "Quit Tenstep",
            Command::Undo => "Undo the last change",
            Command::Redo | Command::RedoAlt => "Redo the change you undid",
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
        };
        match self.shortcut() {
            Some(shortcut) => format!("{text} ({})", format_shortcut(shortcut)),
            None => text.to_owned(),
        }
    }

    /// The keyboard shortcut, if any. `COMMAND` is Ctrl, or Cmd on a Mac.
    pub fn shortcut(self) -> Option<KeyboardShortcut> {
        let cmd = Modifiers::COMMAND;
        let cmd_shift = Modifiers::COMMAND | Modifiers::SHIFT;
        let key = |m, k| Some(KeyboardShortcut::new(m, k));
        match self {
            Command::NewPlan => key(cmd, Key::N),
            Command::Open => key(cmd, Key::O),
            Command::Save => key(cmd, Key::S),
            Command::SaveAs => key(cmd_shift, Key::S),
            Command::Close => key(cmd, Key::W),
            Command::Quit => key(cmd, Key::Q),
            Command::Undo => key(cmd, Key::Z),
            Command::Redo => key(cmd_shift, Key::Z),
            Command::RedoAlt => key(cmd, Key::Y),
            Command::ShowView(view) => key(cmd, view.shortcut_key()),
            Command::ToggleTheme => key(cmd_shift, Key::T),
            Command::ShowShortcuts => key(Modifiers::NONE, Key::F1),
            Command::AddTask => key(Modifiers::NONE, Key::Insert),
            Command::AddWorkstream => key(cmd_shift, Key::N),
            Command::EditTask => key(Modifiers::NONE, Key::Enter),
            Command::DeleteTask => key(Modifiers::NONE, Key::Delete),
            Command::ZoomIn => key(Modifiers::NONE, Key::Plus),
            Command::ZoomOut => key(Modifiers::NONE, Key::Minus),
            Command::FitHorizon => key(Modifiers::NONE, Key::F),
            Command::RollForward => key(cmd, Key::R),
            Command::Present => key(Modifiers::NONE, Key::F5),
            Command::PresentFromHere => key(Modifiers::SHIFT, Key::F5),
            Command::ShowProblems
            | Command::About
            | Command::ClearRecent
            | Command::CompareWith
            | Command::Export(_)
            | Command::ImportTasksCsv
            | Command::ImportPlan
            | Command::ExportPicture
            | Command::WorkshopAgenda => None,
        }
    }

    /// Whether the shortcut is a bare key (no Ctrl/Cmd/Alt), which must not fire while the
    /// user types in a text field.
    pub fn is_bare_key(self) -> bool {
        self.shortcut().is_some_and(|s| {
            !(s.modifiers.command || s.modifiers.ctrl || s.modifiers.alt || s.modifiers.mac_cmd)
        })
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

    /// The commands with shortcuts, most modifiers first, so Ctrl+Shift+Z is matched before
    /// Ctrl+Z (egui matches a shortcut even when extra Shift is held).
    pub fn by_shortcut_specificity() -> Vec<(Command, KeyboardShortcut)> {
        let mut list: Vec<_> = Command::all().into_iter().filter_map(|c| Some((c, c.shortcut()?))).collect();
        let weight = |m: Modifiers| u8::from(m.shift) + u8::from(m.alt) + u8::from(m.command || m.ctrl);
        list.sort_by_key(|(_, s)| std::cmp::Reverse(weight(s.modifiers)));
        list
    }
}

/// A shortcut as this platform writes it ("Ctrl+Shift+S", "⇧⌘S").
pub fn format_shortcut(shortcut: KeyboardShortcut) -> String {
    let is_mac = cfg!(target_os = "macos");
    shortcut.format(&egui::ModifierNames::NAMES, is_mac)
}

/// The views of a plan, in navigation order. On the command line: `--view team` etc.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, Default, serde::Serialize, serde::Deserialize, clap::ValueEnum,
)]
pub enum View {
    #[default]
    Overview,
    Plan,
    Stakeholders,
    Manifesto,
    Team,
    Assessment,
}

impl View {
    /// Every view, in navigation order.
    pub const ALL: [View; 6] =
        [View::Overview, View::Plan, View::Stakeholders, View::Manifesto, View::Team, View::Assessment];

    /// The navigation label.
    pub fn label(self) -> &'static str {
        match self {
            View::Overview => "Overview",
            View::Plan => "Plan (Gantt)",
            View::Stakeholders => "Stakeholders",
            View::Manifesto => "Manifesto",
            View::Team => "Team & goals",
            View::Assessment => "Assessment",
        }
    }

    /// What the view shows, for tooltips.
    pub fn description(self) -> &'static str {
        match self {
            View::Overview => "The plan at a glance",
            View::Plan => "The three-year rolling plan as a Gantt chart",
            View::Stakeholders => "Stakeholder segmentation, influence map and channels",
            View::Manifesto => "The working group's shared beliefs and sign-offs",
            View::Team => "The working group, goals and KPIs",
            View::Assessment => "Maturity, integration and the ten-step checklist",
        }
    }

    /// The number key that, with Ctrl/Cmd, shows this view.
    pub fn shortcut_key(self) -> Key {
        match self {
            View::Overview => Key::Num1,
            View::Plan => Key::Num2,
            View::Stakeholders => Key::Num3,
            View::Manifesto => Key::Num4,
            View::Team => Key::Num5,
            View::Assessment => Key::Num6,
        }
    }
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
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn no_two_commands_share_a_shortcut() {
        let mut seen = HashSet::new();
        for command in Command::all() {
            if let Some(s) = command.shortcut() {
                let key = (
                    s.modifiers.command,
                    s.modifiers.ctrl,
                    s.modifiers.shift,
                    s.modifiers.alt,
                    s.logical_key,
                );
                assert!(seen.insert(key), "{command:?} reuses {}", format_shortcut(s));
            }
        }
    }

    #[test]
    fn more_specific_shortcuts_are_matched_first() {
        let order = Command::by_shortcut_specificity();
        let pos = |c: Command| order.iter().position(|(x, _)| *x == c);
        assert!(pos(Command::Redo) < pos(Command::Undo));
        assert!(pos(Command::SaveAs) < pos(Command::Save));
    }

    #[test]
    fn every_command_has_a_label_and_a_tooltip_naming_its_shortcut() {
        for command in Command::all() {
            assert!(!command.label().is_empty());
            if let Some(s) = command.shortcut() {
                assert!(command.tooltip().contains(&format_shortcut(s)), "{command:?}");
            }
        }
    }

    #[test]
    fn commands_that_ask_for_input_end_with_an_ellipsis() {
        for command in [Command::Open, Command::SaveAs] {
            assert!(command.label().ends_with('…'));
        }
    }
}
