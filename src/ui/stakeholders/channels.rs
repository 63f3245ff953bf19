//! The channel ecosystem: the list of channels (paid, owned, earned) and the stakeholder ×
//! channel matrix, with totals and the gaps standing out.

use super::StakeholderState;
use crate::commands::Request;
use crate::model::{Edit, Id, Media, Plan, choices, edit_copy, is_openable_url};
use crate::ui::theme::Tokens;
use egui::{Color32, RichText, Ui};
use egui_extras::{Column, TableBuilder};
use std::sync::Arc;

/// The colour of a kind of media.
fn media_color(media: Media, tokens: &Tokens) -> Color32 {
    match media {
        Media::Paid => tokens.paid,
        Media::Owned => tokens.owned,
        Media::Earned => tokens.earned,
    }
}

/// Draws the channel list and the matrix (or, with no channels, where to start).
pub fn show(
    ui: &mut Ui,
    plan: &mut Plan,
    state: &mut StakeholderState,
    requests: &mut Vec<Request>,
    tokens: &Tokens,
) {
    if plan.channels.is_empty() {
        super::empty_state(
            ui,
            tokens,
            "No channels yet. List where the plan meets people: the website, social accounts, newsletters, ads, press.",
            |ui| {
                if ui
                    .button("+ New channel")
                    .on_hover_text("Add a channel (owned media; change it after)")
                    .clicked()
                {
                    super::add_channel(plan, state, requests, Media::Owned, None);
                }
            },
        );
        return;
    }
    let title = format!("Channels ({})", plan.channels.len());
    egui::CollapsingHeader::new(RichText::new(title).strong())
        .id_salt("channel-list")
        .default_open(plan.channels.len() <= 12)
        .open(state.focus_channel.is_some().then_some(true))
        .show(ui, |ui| channel_list(ui, plan, state, requests, tokens));
    ui.add_space(6.0);
    matrix(ui, plan, state, requests, tokens);
}

fn channel_list(
    ui: &mut Ui,
    plan: &mut Plan,
    state: &mut StakeholderState,
    requests: &mut Vec<Request>,
    tokens: &Tokens,
) {
    let departments = choices(&plan.departments);
    egui::ScrollArea::vertical().id_salt("channel-list-scroll").max_height(220.0).show(ui, |ui| {
        egui::Grid::new("channels").num_columns(6).striped(true).spacing([10.0, 4.0]).show(ui, |ui| {
            let titles = [
                ui.strong("Channel").id,
                ui.strong("Media").id,
                ui.strong("Run by").id,
                ui.strong("Address").id,
            ];
            ui.label("");
            ui.label("");
            ui.end_row();
            for index in 0..plan.channels.len() {
                let ((), changed) = edit_copy(plan.channels[index].as_ref(), |c| {
                    // Sized explicitly: a grid cell only offers last frame's column width.
                    let name = ui
                        .add_sized([200.0, 24.0], egui::TextEdit::singleline(&mut c.name))
                        .labelled_by(titles[0]);
                    if state.focus_channel.as_ref() == Some(&c.id) {
                        state.focus_channel = None;
                        crate::ui::widgets::focus_new_name(ui, &name, &c.name);
                    }
                    crate::ui::widgets::report_edit(&name, requests);
                    let before = c.media;
                    egui::ComboBox::from_id_salt(("media", &c.id))
                        .selected_text(RichText::new(c.media.label()).color(media_color(c.media, tokens)))
                        .show_ui(ui, |ui| {
                            for media in Media::ALL {
                                ui.selectable_value(&mut c.media, media, media.label());
                            }
                        })
                        .response
                        .labelled_by(titles[1]);
                    if c.media != before {
                        requests.push(Request::Edited { group: None });
                    }
                    let id = c.id.clone();
                    let (run_by, changed) = crate::ui::widgets::id_combo(
                        ui,
                        ("run-by", &id),
                        &mut c.department,
                        &departments,
                        "—",
                        Some(160.0),
                    );
                    run_by.labelled_by(titles[2]);
                    if changed {
                        requests.push(Request::Edited { group: None });
                    }
                    let url = ui
                        .add_sized(
                            [260.0, 24.0],
                            egui::TextEdit::singleline(&mut c.url).hint_text("https://…"),
                        )
                        .labelled_by(titles[3]);
                    crate::ui::widgets::report_edit(&url, requests);
                    let openable = is_openable_url(&c.url);
                    let open = ui
                        .add_enabled(openable, egui::Button::new("Open…"))
                        .on_hover_text("Open this address in your browser (you will be asked first)")
                        .on_disabled_hover_text("Only web addresses (http or https) can be opened");
                    if open.clicked() {
                        // The app asks before anything opens.
                        ui.ctx().open_url(egui::OpenUrl::new_tab(c.url.trim()));
                    }
                    if ui
                        .button("Delete")
                        .on_hover_text("Delete this channel (Undo brings it back)")
                        .clicked()
                    {
                        requests.push(Request::Edit(Edit::DeleteChannel { id: c.id.clone() }));
                    }
                    ui.end_row();
                });
                if let Some(c) = changed {
                    plan.channels[index] = Arc::new(c);
                }
            }
        });
    });
    ui.horizontal(|ui| {
        for media in Media::ALL {
            if ui.button(format!("+ {} channel", media.label())).clicked() {
                super::add_channel(plan, state, requests, media, None);
            }
        }
    });
}

/// Width of one channel's column in the matrix, and the cell inside it.
const CELL_PITCH: f32 = 86.0;
const CELL_SIZE: egui::Vec2 = egui::vec2(80.0, 22.0);

fn matrix(
    ui: &mut Ui,
    plan: &mut Plan,
    state: &mut StakeholderState,
    requests: &mut Vec<Request>,
    tokens: &Tokens,
) {
    if plan.stakeholders.is_empty() {
        super::empty_state(
            ui,
            tokens,
            "No stakeholders yet. Add who the plan serves, then say which channels serve them.",
            |ui| super::add_stakeholder_buttons(ui, plan, state, requests, false),
        );
        return;
    }
    let reach = plan.channel_reach();
    let strip_width = CELL_PITCH * plan.channels.len() as f32;
    ui.label(RichText::new("Click a cell to say that a channel serves a stakeholder.").color(tokens.muted));
    egui::ScrollArea::horizontal().id_salt("channel-matrix-h").show(ui, |ui| {
        TableBuilder::new(ui)
            .id_salt("channel-matrix")
            .striped(true)
            .resizable(false)
            .column(Column::exact(220.0))
            .column(Column::exact(strip_width))
            .column(Column::exact(60.0))
            .header(46.0, |mut header| {
                header.col(|ui| {
                    ui.strong("Stakeholder");
                });
                header.col(|ui| channel_headers(ui, plan, &reach, tokens));
                header.col(|ui| {
                    ui.strong("Total");
                });
            })
            .body(|body| {
                body.rows(28.0, plan.stakeholders.len() + 1, |mut row| {
                    let index = row.index();
                    if index == plan.stakeholders.len() {
                        totals_row(&mut row, &reach, tokens);
                        return;
                    }
                    let s = plan.stakeholders[index].clone();
                    let served =
                        s.channels.iter().filter(|c| plan.channels.iter().any(|ch| &ch.id == *c)).count();
                    let color = if served == 0 { tokens.danger } else { tokens.text };
                    row.col(|ui| {
                        ui.add(egui::Label::new(RichText::new(&s.name).color(color)).truncate());
                    });
                    row.col(|ui| {
                        if let Some(channel) = cell_strip(ui, plan, &s, tokens) {
                            crate::ui::widgets::edit_entity(&mut plan.stakeholders[index], requests, |s| {
                                if s.channels.contains(&channel) {
                                    s.channels.retain(|x| x != &channel);
                                } else {
                                    s.channels.push(channel);
                                }
                            });
                        }
                    });
                    row.col(|ui| {
                        ui.label(RichText::new(served.to_string()).color(color).strong());
                    });
                });
            });
    });
}

/// The channel names over the strip of cells, coloured by media; only those in sight.
fn channel_headers(ui: &mut Ui, plan: &Plan, reach: &[usize], tokens: &Tokens) {
    let origin = ui.max_rect().min;
    for (c, channel) in plan.channels.iter().enumerate() {
        let rect = egui::Rect::from_min_size(
            origin + egui::vec2(c as f32 * CELL_PITCH, 0.0),
            egui::vec2(CELL_PITCH - 4.0, 44.0),
        );
        if !ui.is_rect_visible(rect) {
            continue;
        }
        let color = media_color(channel.media, tokens);
        ui.painter().rect_filled(rect, 3.0, color.gamma_multiply(0.18));
        let hint = format!(
            "{} ({}): serves {}",
            channel.name,
            channel.media.label(),
            super::count(reach[c], "stakeholder", "stakeholders")
        );
        let text = RichText::new(&channel.name).color(color).strong().small();
        let builder = egui::UiBuilder::new().max_rect(rect.shrink(2.0));
        ui.scope_builder(builder, |ui| ui.add(egui::Label::new(text).wrap()).on_hover_text(hint));
    }
    ui.allocate_space(egui::vec2(CELL_PITCH * plan.channels.len() as f32, 44.0));
}

/// One stakeholder's row of cells, painted directly (a child layout per cell is too slow for
/// 60 channels); returns the channel whose cell was clicked.
fn cell_strip(ui: &mut Ui, plan: &Plan, s: &crate::model::Stakeholder, tokens: &Tokens) -> Option<Id> {
    let origin = ui.max_rect().min + egui::vec2(0.0, 3.0);
    let mut clicked = None;
    for (c, channel) in plan.channels.iter().enumerate() {
        let rect = egui::Rect::from_min_size(origin + egui::vec2(c as f32 * CELL_PITCH, 0.0), CELL_SIZE);
        if !ui.is_rect_visible(rect) {
            continue;
        }
        let on = s.channels.contains(&channel.id);
        let response =
            ui.interact(rect, ui.scope_id().with(("cell", &s.id, &channel.id)), egui::Sense::click());
        let color = media_color(channel.media, tokens);
        let painter = ui.painter();
        if on {
            painter.rect_filled(rect, 4.0, color);
            painter.circle_filled(rect.center(), 4.0, tokens.on_accent);
        } else {
            painter.rect_stroke(rect, 4.0, egui::Stroke::new(1.0, tokens.outline), egui::StrokeKind::Inside);
        }
        if response.hovered() {
            painter.rect_stroke(rect, 4.0, egui::Stroke::new(2.0, color), egui::StrokeKind::Inside);
        }
        let label = format!("{} serves {}", channel.name, s.name);
        response.widget_info(|| egui::WidgetInfo::selected(egui::Role::CheckBox, true, on, &label));
        let response = response.on_hover_text(if on {
            "Served: click to remove"
        } else {
            "Click if this channel serves them"
        });
        if response.clicked() {
            clicked = Some(channel.id.clone());
        }
    }
    ui.allocate_space(egui::vec2(CELL_PITCH * plan.channels.len() as f32, CELL_SIZE.y));
    clicked
}

fn totals_row(row: &mut egui_extras::TableRow<'_, '_>, reach: &[usize], tokens: &Tokens) {
    row.col(|ui| {
        ui.strong("Stakeholders served");
    });
    row.col(|ui| {
        let origin = ui.max_rect().min;
        for (c, &n) in reach.iter().enumerate() {
            let rect = egui::Rect::from_min_size(
                origin + egui::vec2(c as f32 * CELL_PITCH, 0.0),
                egui::vec2(CELL_PITCH, 24.0),
            );
            if !ui.is_rect_visible(rect) {
                continue;
            }
            let color = if n == 0 { tokens.danger } else { tokens.text };
            let font = egui::FontId::proportional(tokens.body_size);
            ui.painter().text(
                rect.left_center() + egui::vec2(4.0, 0.0),
                egui::Align2::LEFT_CENTER,
                n.to_string(),
                font,
                color,
            );
        }
        ui.allocate_space(egui::vec2(CELL_PITCH * reach.len() as f32, 24.0));
    });
    row.col(|ui| {
        ui.label("");
    });
}
