//! Importing GNOME Planner files of 2,000 to 32,000 tasks (three outline levels, about 0.75
//! finish-to-start links per task, 60 resources): the time should grow in step with the size.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "benchmark set-up: a panic stops the run")]

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use std::fmt::Write;
use std::hint::black_box;
use std::time::Duration;
use tenstep::import::import_plan;

/// A Planner file with `tasks` leaf tasks: a top-level summary per 400 tasks, a second-level
/// summary per 20, each leaf linked to the one before it three times out of four.
fn planner_file(tasks: usize) -> String {
    let mut xml = String::from(
        "<?xml version=\"1.0\"?>\n<project name=\"Bench\" mrproject-version=\"2\" project-start=\"20240101T000000Z\">\n<tasks>\n",
    );
    let mut id = 0usize;
    let mut leaf = 0usize;
    let stamp = |day: usize| {
        let date =
            chrono::NaiveDate::from_ymd_opt(2024, 1, 1).expect("valid") + chrono::Days::new(day as u64 % 900);
        date.format("%Y%m%dT080000Z").to_string()
    };
    while leaf < tasks {
        id += 1;
        let _ = writeln!(
            xml,
            "<task id=\"{id}\" name=\"Stream {id}\" start=\"{}\" end=\"{}\">",
            stamp(0),
            stamp(900)
        );
        for _ in 0..20 {
            id += 1;
            let _ = writeln!(
                xml,
                "<task id=\"{id}\" name=\"Group {id}\" start=\"{}\" end=\"{}\">",
                stamp(0),
                stamp(900)
            );
            for _ in 0..20 {
                if leaf == tasks {
                    break;
                }
                id += 1;
                leaf += 1;
                let _ = write!(
                    xml,
                    "<task id=\"{id}\" name=\"Task {leaf}\" note=\"Notes for task {leaf}\" work=\"28800\" start=\"{}\" end=\"{}\" percent-complete=\"{}\" priority=\"0\" type=\"normal\" scheduling=\"fixed-work\">",
                    stamp(leaf / 20),
                    stamp(leaf / 20 + 3),
                    leaf % 101
                );
                if !leaf.is_multiple_of(4) && leaf > 1 {
                    let _ = write!(
                        xml,
                        "<predecessors><predecessor id=\"1\" predecessor-id=\"{}\" type=\"FS\"/></predecessors>",
                        id - 1
                    );
                }
                xml.push_str("</task>\n");
            }
            xml.push_str("</task>\n");
        }
        xml.push_str("</task>\n");
    }
    xml.push_str("</tasks>\n<resources>\n");
    for r in 1..=60 {
        let _ = writeln!(
            xml,
            "<resource id=\"{r}\" name=\"Person {r}\" short-name=\"P{r}\" type=\"1\" units=\"0\" email=\"p{r}@example.org\" note=\"\" std-rate=\"0\"/>"
        );
    }
    xml.push_str("</resources>\n<allocations>\n");
    for task in 1..=id {
        if task.is_multiple_of(3) {
            let _ = writeln!(
                xml,
                "<allocation task-id=\"{task}\" resource-id=\"{}\" units=\"100\"/>",
                task % 60 + 1
            );
        }
    }
    xml.push_str("</allocations>\n</project>\n");
    xml
}

fn import_scaling(c: &mut Criterion) {
    let mut group = c.benchmark_group("import Planner by task count");
    group.sample_size(10).warm_up_time(Duration::from_millis(500)).measurement_time(Duration::from_secs(3));
    for tasks in [2_000, 4_000, 8_000, 16_000, 32_000] {
        let xml = planner_file(tasks);
        let imported = import_plan(xml.as_bytes()).expect("imports");
        assert_eq!(imported.plan.tasks.len(), tasks);
        group.throughput(Throughput::Elements(tasks as u64));
        group.bench_with_input(BenchmarkId::from_parameter(tasks), &xml, |b, xml| {
            b.iter(|| import_plan(black_box(xml.as_bytes())).expect("imports"));
        });
    }
    group.finish();
}

/// The goal: a 16,000-task Planner file with 12,000 links imports and shows its Gantt
/// in under a second. Import, make it the open document (with its undo history), then lay out
/// and tessellate the Plan view's first frame at 1920×1080 in a running app's context.
fn import_and_first_gantt_frame(c: &mut Criterion) {
    let xml = planner_file(16_000);
    let ctx = egui::Context::default();
    tenstep::ui::theme::install_fonts(&ctx);
    tenstep::ui::theme::apply(&ctx, egui::Theme::Light, false);
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).expect("valid date");
    let show = |ctx: &egui::Context, xml: &str| {
        let imported = import_plan(xml.as_bytes()).expect("imports");
        let mut doc = tenstep::app::Document::untitled(imported.plan);
        let mut states = tenstep::ui::ViewStates::default();
        let input = egui::RawInput {
            screen_rect: Some(egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1920.0, 1080.0))),
            ..Default::default()
        };
        let mut requests = Vec::new();
        let mut output = ctx.run_ui(input, |ui| {
            let mut view = tenstep::ui::ViewCtx {
                plan: &mut doc.plan,
                requests: &mut requests,
                today,
                presenting: false,
            };
            egui::CentralPanel::default()
                .show(ui, |ui| states.show(tenstep::commands::View::Plan, ui, &mut view));
        });
        let shapes = std::mem::take(&mut output.shapes);
        let primitives = ctx.tessellate(shapes, output.pixels_per_point);
        output.textures_delta.clear();
        black_box((primitives, doc));
    };
    show(&ctx, &xml);
    let mut group = c.benchmark_group("open a 16k-task Planner file");
    group.sample_size(10).warm_up_time(Duration::from_millis(500)).measurement_time(Duration::from_secs(5));
    group.bench_function("import and draw the first Gantt frame", |b| b.iter(|| show(&ctx, &xml)));
    group.finish();
}

criterion_group!(benches, import_scaling, import_and_first_gantt_frame);
criterion_main!(benches);
