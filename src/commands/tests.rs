//! The command table's own checks: complete, no clashing shortcuts, the right one wins.

use super::*;
use std::collections::HashSet;

/// The keys a shortcut needs, with Cmd, Ctrl and the Mac's Cmd as one key: `COMMAND` is Ctrl
/// on Windows and Linux, so Ctrl+Z and Cmd+Z are the same press there.
fn keys_pressed(s: KeyboardShortcut) -> (bool, bool, bool, Key) {
    let m = s.modifiers;
    (m.command || m.ctrl || m.mac_cmd, m.shift, m.alt, s.logical_key)
}

/// The command a press runs, found the way the app finds it (egui's logical matching, most
/// specific shortcut first).
fn command_for(pressed: Modifiers, key: Key) -> Option<Command> {
    Command::by_shortcut_specificity()
        .into_iter()
        .find(|(_, s)| s.logical_key == key && pressed.matches_logically(s.modifiers))
        .map(|(command, _)| command)
}

/// Ctrl as Windows and Linux report it (Ctrl is also the command key there).
const CTRL: Modifiers = Modifiers::CTRL.plus(Modifiers::COMMAND);
/// Cmd as macOS reports it.
const MAC_CMD: Modifiers = Modifiers::MAC_CMD.plus(Modifiers::COMMAND);

#[test]
fn cmd_and_ctrl_count_as_the_same_key() {
    let cmd = KeyboardShortcut::new(Modifiers::COMMAND, Key::Z);
    let ctrl = KeyboardShortcut::new(Modifiers::CTRL, Key::Z);
    assert_eq!(keys_pressed(cmd), keys_pressed(ctrl));
    let shifted = KeyboardShortcut::new(Modifiers::CTRL | Modifiers::SHIFT, Key::Z);
    assert_ne!(keys_pressed(cmd), keys_pressed(shifted));
}

#[test]
fn no_two_commands_share_a_shortcut() {
    let mut seen = HashSet::new();
    for (command, s) in Command::by_shortcut_specificity() {
        assert!(seen.insert(keys_pressed(s)), "{command:?} reuses {}", format_shortcut(s));
    }
}

#[test]
fn all_lists_each_command_once_with_every_view_and_format() {
    let all = Command::all();
    assert_eq!(all.iter().collect::<HashSet<_>>().len(), all.len(), "a command is listed twice");
    for view in View::ALL {
        assert!(all.contains(&Command::ShowView(view)), "{view:?}");
    }
    for format in crate::export::Format::ALL {
        assert!(all.contains(&Command::Export(format)), "{format:?}");
    }
}

#[test]
fn more_specific_shortcuts_are_matched_first() {
    let order = Command::by_shortcut_specificity();
    let pos = |c: Command, key: Key| order.iter().position(|(x, s)| *x == c && s.logical_key == key);
    assert!(pos(Command::Redo, Key::Z) < pos(Command::Undo, Key::Z));
    assert!(pos(Command::SaveAs, Key::S) < pos(Command::Save, Key::S));
}

#[test]
fn ctrl_y_and_ctrl_shift_z_both_redo() {
    assert_eq!(Command::Redo.shortcuts().len(), 2);
    for command_key in [CTRL, MAC_CMD] {
        assert_eq!(command_for(command_key, Key::Y), Some(Command::Redo));
        assert_eq!(command_for(command_key | Modifiers::SHIFT, Key::Z), Some(Command::Redo));
        assert_eq!(command_for(command_key, Key::Z), Some(Command::Undo));
        assert_eq!(command_for(command_key | Modifiers::SHIFT, Key::S), Some(Command::SaveAs));
        assert_eq!(command_for(command_key, Key::S), Some(Command::Save));
    }
    assert_eq!(command_for(Modifiers::NONE, Key::Z), None, "a bare Z is no command");
}

#[test]
fn bare_keys_are_those_without_ctrl_cmd_or_alt() {
    assert!(is_bare_key(Command::DeleteTask.shortcuts()[0]));
    assert!(is_bare_key(Command::PresentFromHere.shortcuts()[0]), "Shift alone still types");
    assert!(!Command::Redo.shortcuts().iter().any(|&s| is_bare_key(s)));
}

#[test]
fn every_command_has_a_label_and_a_tooltip_naming_its_first_shortcut() {
    for command in Command::all() {
        assert!(!command.label().is_empty(), "{command:?}");
        assert!(!command.tooltip().is_empty(), "{command:?}");
        match command.shortcuts().first() {
            Some(&s) => {
                assert!(command.tooltip_with_shortcut().ends_with(&format!("({})", format_shortcut(s))));
            }
            None => assert_eq!(command.tooltip_with_shortcut(), command.tooltip()),
        }
    }
}

#[test]
fn commands_that_ask_for_input_end_with_an_ellipsis() {
    for command in [Command::NewPlan, Command::Open, Command::SaveAs, Command::RollForward] {
        assert!(command.label().ends_with('…'), "{command:?}");
    }
}
