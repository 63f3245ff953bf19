//! One frame of each presentation slide, laid out and tessellated headlessly at a projector's
//! 1280×720 in presentation type, with a large plan (2,000 tasks in 40 workstreams).

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "benchmark set-up: a panic stops the run")]

use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use tenstep::model::synthetic::synthetic_plan_with;
use tenstep::model::{Plan, SlideKind};
use tenstep::ui::present::{Presentation, Timer};
use tenstep::ui::{ViewCtx, theme};

fn frame(ctx: &egui::Context, plan: &mut Plan, p: &mut Presentation) {
    let input = egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1280.0, 720.0))),
        ..Default::default()
    };
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).expect("valid date");
    let mut requests = Vec::new();
    let timer = Timer::default();
    let mut output = ctx.run_ui(input, |ui| {
        let mut view = ViewCtx { plan, requests: &mut requests, today, presenting: true };
        egui::CentralPanel::default().show(ui, |ui| tenstep::ui::present::show(ui, p, &timer, &mut view));
    });
    let shapes = std::mem::take(&mut output.shapes);
    let primitives = ctx.tessellate(shapes, output.pixels_per_point);
    output.textures_delta.clear();
    black_box(primitives);
}

fn slides(c: &mut Criterion) {
    let ctx = egui::Context::default();
    theme::install_fonts(&ctx);
    theme::apply(&ctx, egui::Theme::Light, true);
    let mut plan = synthetic_plan_with(2_000, 50, 40, 1_500);
    let mut group = c.benchmark_group("slide at 1280x720, 2k tasks");
    for (index, kind) in SlideKind::ALL.into_iter().enumerate() {
        let mut p = Presentation { slide: index, ..Presentation::default() };
        frame(&ctx, &mut plan, &mut p);
        // The middle page of long slides.
        p.page = p.pages / 2;
        frame(&ctx, &mut plan, &mut p);
        group.bench_function(format!("{kind:?} (page {} of {})", p.page + 1, p.pages), |b| {
            b.iter(|| frame(&ctx, &mut plan, &mut p));
        });
    }
    group.finish();
}

criterion_group!(benches, slides);
criterion_main!(benches);
