//! The working group panel: founding roles and gaps, the mandate, people and departments.

use super::{TeamState, count, delete, in_three_months, take_focus};
use crate::commands::Request;
use crate::model::DATE_FORMAT;
use crate::model::{
    Date, Edit, FOUNDING_ROLES, Plan, Role, TeamWarning, choices, edit_shared, parse_hex_color,
};
use crate::ui::theme::Tokens;
use crate::ui::widgets::{card, date_button, enum_combo, id_combo, report_edit, split};
use egui::{RichText, Ui};

/// Draws the working group panel.
pub fn show(
    ui: &mut Ui,
    plan: &mut Plan,
    state: &mut TeamState,
    requests: &mut Vec<Request>,
    today: Date,
    tokens: &Tokens,
) {
    egui::ScrollArea::vertical().auto_shrink(false).show(ui, |ui| {
        let width = ui.available_width();
        if width > 1350.0 {
            split(ui, 0.6, tokens.spacing, |[left, right]| {
                roles(left, plan, tokens);
                left.add_space(tokens.spacing);
                people(left, plan, state, requests, tokens);
                mandate(right, plan, requests, today, tokens);
                right.add_space(tokens.spacing);
                departments(right, plan, state, requests, tokens);
            });
        } else {
            if width > 900.0 {
                split(ui, 0.38, tokens.spacing, |[left, right]| {
                    roles(left, plan, tokens);
                    mandate(right, plan, requests, today, tokens);
                });
            } else {
                roles(ui, plan, tokens);
                ui.add_space(tokens.spacing);
                mandate(ui, plan, requests, today, tokens);
            }
            ui.add_space(tokens.spacing);
            people(ui, plan, state, requests, tokens);
            ui.add_space(tokens.spacing);
            departments(ui, plan, state, requests, tokens);
        }
    });
}

/// Who holds each founding role, and what the group lacks. Its height does not change with
/// the gaps (an unfilled role says so in its own row, other gaps share one line), so the
/// tables below never move while people are edited.
fn roles(ui: &mut Ui, plan: &Plan, tokens: &Tokens) {
    card(ui, tokens, "Founding roles and gaps", |ui| {
        egui::Grid::new("founding-roles").num_columns(2).spacing([16.0, 6.0]).show(ui, |ui| {
            for role in FOUNDING_ROLES {
                ui.label(RichText::new(role.label()).strong());
                let names: Vec<&str> =
                    plan.people.iter().filter(|p| p.role == role).map(|p| p.name.as_str()).collect();
                if names.is_empty() {
                    let hint = TeamWarning::UnfilledRole(role).message();
                    let text = RichText::new(format!("Unfilled: {}", who(role))).color(tokens.warning);
                    ui.add(egui::Label::new(text).truncate()).on_hover_text(&hint);
                } else {
                    ui.add(egui::Label::new(names.join(", ")).truncate());
                }
                ui.end_row();
            }
        });
        let members = plan.working_group_members().count();
        let members = count(members, "person", "people");
        let others: Vec<String> = plan
            .team_warnings()
            .into_iter()
            .filter(|w| !matches!(w, TeamWarning::UnfilledRole(_)))
            .map(|w| w.message())
            .collect();
        let line = if others.is_empty() {
            RichText::new(format!("{members} in the working group")).color(tokens.muted)
        } else {
            let gaps = count(others.len(), "department faces customers", "departments face customers");
            RichText::new(format!("{members} in the working group · {gaps} with nobody in it"))
                .color(tokens.warning)
        };
        let response = ui.add(egui::Label::new(line).truncate());
        if !others.is_empty() {
            response.on_hover_text(others.join("\n"));
        }
    });
}

/// Who should hold a founding role, in a few words.
fn who(role: Role) -> &'static str {
    match role {
        Role::Driver => "a digital expert to drive it",
        Role::Mentor => "an enlightened silo lead",
        Role::Sponsor => "an executive, ideally C-suite",
        Role::OutsideExpert => "an outside guide",
        _ => "name someone",
    }
}

/// The mandate text and its deadline.
fn mandate(ui: &mut Ui, plan: &mut Plan, requests: &mut Vec<Request>, today: Date, tokens: &Tokens) {
    card(ui, tokens, "Mandate", |ui| {
        let label = ui.label("What the group is empowered to decide and deliver");
        let text = ui
            .add(
                egui::TextEdit::multiline(&mut plan.working_group.mandate)
                    .desired_rows(4)
                    .desired_width(f32::INFINITY)
                    .hint_text("e.g. Agree one social media policy and a three-year plan by June"),
            )
            .labelled_by(label.id);
        report_edit(&text, requests);
        ui.horizontal_wrapped(|ui| {
            let label = ui.label("Agreed deadline");
            match plan.working_group.deadline.as_mut() {
                Some(deadline) => {
                    let (picker, changed) = date_button(ui, "mandate-deadline", deadline, Some(DATE_FORMAT));
                    picker.labelled_by(label.id);
                    if changed {
                        requests.push(Request::Edited { group: None });
                    }
                    let passed = *deadline < today;
                    if ui.small_button("Clear").on_hover_text("No deadline agreed yet").clicked() {
                        plan.working_group.deadline = None;
                        requests.push(Request::Edited { group: None });
                    }
                    // After Clear, so the buttons stay where they are.
                    if passed {
                        ui.label(
                            RichText::new("Passed: agree a new deadline or record what was delivered")
                                .color(tokens.warning),
                        );
                    }
                }
                None => {
                    let button = ui
                        .button("Set a deadline")
                        .labelled_by(label.id)
                        .on_hover_text("Propose a date three months from today; click it to change it");
                    if button.clicked() {
                        plan.working_group.deadline = Some(in_three_months(today));
                        requests.push(Request::Edited { group: None });
                    }
                }
            }
        });
    });
}

/// The people table: name, role, department, title, email.
fn people(ui: &mut Ui, plan: &mut Plan, state: &mut TeamState, requests: &mut Vec<Request>, tokens: &Tokens) {
    let departments = choices(&plan.departments);
    card(ui, tokens, &format!("People ({})", plan.people.len()), |ui| {
        if plan.people.is_empty() {
            ui.label(
                RichText::new("No people yet. Add the working group, starting with the driver who leads it.")
                    .color(tokens.muted),
            );
            ui.add_space(6.0);
            add_person_button(ui, requests);
            return;
        }
        // Role (fixed) and Delete take what they need; the text columns share the rest.
        let flexible = (ui.available_width() - 130.0 - 60.0 - 5.0 * 8.0 - 8.0).max(420.0);
        let [name_w, dept_w, title_w, email_w] = [0.22, 0.2, 0.24, 0.34].map(|f| (flexible * f).floor());
        egui::Grid::new("people").num_columns(6).spacing([8.0, 6.0]).striped(true).show(ui, |ui| {
            let headings = ["Name", "Role", "Department", "Job title", "Email", ""]
                .map(|heading| ui.label(RichText::new(heading).strong().color(tokens.muted)).id);
            ui.end_row();
            for index in 0..plan.people.len() {
                let id = plan.people[index].id.clone();
                edit_shared(&mut plan.people[index], |person| {
                    let name = ui
                        .add_sized(
                            [name_w, 22.0],
                            egui::TextEdit::singleline(&mut person.name).hint_text("Name"),
                        )
                        .labelled_by(headings[0]);
                    report_edit(&name, requests);
                    take_focus(ui, state, &id, &name, &person.name);
                    let (combo, changed) =
                        enum_combo(ui, ("role", &id), &mut person.role, &Role::ALL, Role::label, Some(120.0));
                    combo.labelled_by(headings[1]).on_hover_text(format!("{}'s role", person.name));
                    if changed {
                        requests.push(Request::Edited { group: None });
                    }
                    let (combo, changed) = id_combo(
                        ui,
                        ("dept", &id),
                        &mut person.department,
                        &departments,
                        "—",
                        Some(dept_w - 8.0),
                    );
                    combo.labelled_by(headings[2]);
                    if changed {
                        requests.push(Request::Edited { group: None });
                    }
                    let title = ui
                        .add_sized(
                            [title_w, 22.0],
                            egui::TextEdit::singleline(&mut person.title).hint_text("Job title"),
                        )
                        .labelled_by(headings[3]);
                    report_edit(&title, requests);
                    let email_ok = person.email.is_empty() || person.email.contains('@');
                    let email = ui
                        .add_sized(
                            [email_w, 22.0],
                            egui::TextEdit::singleline(&mut person.email)
                                .hint_text("name@example.org")
                                .text_color_opt((!email_ok).then_some(tokens.danger)),
                        )
                        .labelled_by(headings[4]);
                    report_edit(&email, requests);
                });
                let delete =
                    ui.small_button("Delete").on_hover_text(format!("Delete {}", plan.people[index].name));
                ui.end_row();
                if delete.clicked() {
                    delete::request(plan, state, requests, &id, false);
                }
            }
        });
        ui.add_space(6.0);
        add_person_button(ui, requests);
    });
}

fn add_person_button(ui: &mut Ui, requests: &mut Vec<Request>) {
    if ui.button("+ Add person").on_hover_text("Add a working-group member").clicked() {
        requests.push(Request::Edit(Edit::AddPerson { department: None }));
    }
}

/// The departments table: colour, name, whether they face customers, how many people.
fn departments(
    ui: &mut Ui,
    plan: &mut Plan,
    state: &mut TeamState,
    requests: &mut Vec<Request>,
    tokens: &Tokens,
) {
    card(ui, tokens, &format!("Departments ({})", plan.departments.len()), |ui| {
        if plan.departments.is_empty() {
            ui.label(
                RichText::new(
                    "No departments yet. Add the ones whose leads sit in the group: Marketing, IT, \
                     Customer service…",
                )
                .color(tokens.muted),
            );
            ui.add_space(6.0);
            add_department_button(ui, requests);
            return;
        }
        egui::Grid::new("departments").num_columns(5).spacing([8.0, 6.0]).striped(true).show(ui, |ui| {
            let headings = ["Colour", "Department", "Faces customers", "People", ""]
                .map(|heading| ui.label(RichText::new(heading).strong().color(tokens.muted)).id);
            ui.end_row();
            for index in 0..plan.departments.len() {
                let id = plan.departments[index].id.clone();
                edit_shared(&mut plan.departments[index], |department| {
                    let mut rgb = parse_hex_color(&department.color).unwrap_or([0x80, 0x80, 0x80]);
                    let colour = ui
                        .color_edit_button_srgb(&mut rgb)
                        .labelled_by(headings[0])
                        .on_hover_text("Colour of its badges");
                    if colour.changed() {
                        department.color = format!("#{:02x}{:02x}{:02x}", rgb[0], rgb[1], rgb[2]);
                        report_edit(&colour, requests);
                    }
                    let name = ui
                        .add_sized(
                            [200.0, 22.0],
                            egui::TextEdit::singleline(&mut department.name).hint_text("Department"),
                        )
                        .labelled_by(headings[1]);
                    report_edit(&name, requests);
                    take_focus(ui, state, &id, &name, &department.name);
                    if ui
                        .checkbox(&mut department.customer_facing, "")
                        .labelled_by(headings[2])
                        .on_hover_text(format!("Whether {}'s teams face customers", department.name))
                        .changed()
                    {
                        requests.push(Request::Edited { group: None });
                    }
                });
                let count = plan.people.iter().filter(|p| p.department.as_ref() == Some(&id)).count();
                ui.label(count.to_string());
                let delete = ui
                    .small_button("Delete")
                    .on_hover_text(format!("Delete the department {}", plan.departments[index].name));
                ui.end_row();
                if delete.clicked() {
                    delete::request(plan, state, requests, &id, true);
                }
            }
        });
        ui.add_space(6.0);
        add_department_button(ui, requests);
    });
}

fn add_department_button(ui: &mut Ui, requests: &mut Vec<Request>) {
    if ui.button("+ Add department").on_hover_text("Add a department of the organisation").clicked() {
        requests.push(Request::Edit(Edit::AddDepartment));
    }
}
