//! One frame of a view, laid out and tessellated headlessly, on a large plan.

use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use tenstep::commands::View;
use tenstep::model::synthetic::synthetic_plan;
use tenstep::ui::{ViewCtx, show_view};

fn frame(c: &mut Criterion) {
    let ctx = egui::Context::default();
    let mut plan = synthetic_plan(10_000, 500);
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).expect("valid date");
    let mut group = c.benchmark_group("frame, 10k tasks");
    for view in View::ALL {
        group.bench_function(view.label(), |b| {
            b.iter(|| {
                let input = egui::RawInput {
                    screen_rect: Some(egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1280.0, 720.0))),
                    ..Default::default()
                };
                let mut requests = Vec::new();
                let mut output = ctx.run_ui(input, |ui| {
                    let mut view_ctx = ViewCtx { plan: &mut plan, requests: &mut requests, today };
                    egui::CentralPanel::default().show(ui, |ui| show_view(ui, view, &mut view_ctx));
                });
                let shapes = std::mem::take(&mut output.shapes);
                let primitives = ctx.tessellate(shapes, output.pixels_per_point);
                output.textures_delta.clear();
                black_box(primitives);
            })
        });
    }
    group.finish();
}

criterion_group!(benches, frame);
criterion_main!(benches);
