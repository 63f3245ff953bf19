//! One frame of a view, laid out and tessellated headlessly (no GPU), at 1920×1080.
//!
//! The Gantt goal: 2,000 tasks in 40 workstreams with 1,500 dependencies, median frame under
//! 2 ms idle-scrolled to the middle and under 4 ms while dragging a bar.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "benchmark set-up: a panic stops the run")]

use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use tenstep::commands::View;
use tenstep::model::Plan;
use tenstep::model::synthetic::{synthetic_plan, synthetic_plan_with};
use tenstep::ui::gantt::state::{BarDrag, Grip};
use tenstep::ui::{ViewCtx, ViewStates, theme};

fn today() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 11, 22).expect("valid date")
}

/// Runs and tessellates one frame of `view`.
fn frame(ctx: &egui::Context, plan: &mut Plan, states: &mut ViewStates, view: View) {
    let input = egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1920.0, 1080.0))),
        ..Default::default()
    };
    let mut requests = Vec::new();
    let mut output = ctx.run_ui(input, |ui| {
        let mut view_ctx = ViewCtx { plan, requests: &mut requests, today: today(), presenting: false };
        egui::CentralPanel::default().show(ui, |ui| states.show(view, ui, &mut view_ctx));
    });
    let shapes = std::mem::take(&mut output.shapes);
    let primitives = ctx.tessellate(shapes, output.pixels_per_point);
    output.textures_delta.clear();
    black_box(primitives);
}

fn context() -> egui::Context {
    let ctx = egui::Context::default();
    theme::install_fonts(&ctx);
    theme::apply(&ctx, egui::Theme::Light, false);
    ctx
}

fn gantt(c: &mut Criterion) {
    let ctx = context();
    let mut plan = synthetic_plan_with(2_000, 50, 40, 1_500);
    let mut state = ViewStates::default();
    // Warm up (fonts, layout caches), then scroll to the middle of the rows and the horizon.
    frame(&ctx, &mut plan, &mut state, View::Plan);
    state.gantt.scroll_y = 2_000.0 * 26.0 / 2.0;
    state.gantt.scroll_x = state.gantt.time_scale(&plan, plan.meta.review_date).width() / 2.0;
    frame(&ctx, &mut plan, &mut state, View::Plan);
    let mut group = c.benchmark_group("gantt 2k tasks, 40 lanes, 1.5k links, 1920x1080");
    group.bench_function("idle, scrolled to the middle", |b| {
        b.iter(|| frame(&ctx, &mut plan, &mut state, View::Plan));
    });
    let dragged = plan.tasks[1_000].clone();
    state.gantt.drag = Some(BarDrag {
        task: dragged.id.clone(),
        grip: Grip::Whole,
        original: (dragged.start, dragged.end),
        from_x: 0.0,
        preview: (dragged.start + chrono::Days::new(30), dragged.end + chrono::Days::new(30)),
    });
    group.bench_function("while dragging a bar", |b| {
        b.iter(|| frame(&ctx, &mut plan, &mut state, View::Plan));
    });
    group.finish();
}

fn overview(c: &mut Criterion) {
    let ctx = context();
    let mut plan = synthetic_plan(10_000, 500);
    let mut state = ViewStates::default();
    frame(&ctx, &mut plan, &mut state, View::Overview);
    c.bench_function("overview, 10k tasks, 1920x1080", |b| {
        b.iter(|| frame(&ctx, &mut plan, &mut state, View::Overview));
    });
}

fn stakeholders(c: &mut Criterion) {
    use tenstep::ui::stakeholders::Panel;
    let ctx = context();
    let mut plan = synthetic_plan(200, 500);
    assert_eq!(plan.channels.len(), 60);
    let mut group = c.benchmark_group("stakeholders 500 x 60 channels, 1920x1080");
    for (panel, name) in [
        (Panel::Matrix, "segmentation matrix"),
        (Panel::InfluenceMap, "influence map"),
        (Panel::Channels, "channel matrix"),
    ] {
        let mut state = ViewStates::default();
        state.stakeholders.panel = panel;
        frame(&ctx, &mut plan, &mut state, View::Stakeholders);
        frame(&ctx, &mut plan, &mut state, View::Stakeholders);
        group.bench_function(name, |b| b.iter(|| frame(&ctx, &mut plan, &mut state, View::Stakeholders)));
    }
    group.finish();
}

fn manifesto(c: &mut Criterion) {
    use tenstep::ui::manifesto::Panel;
    let ctx = context();
    let mut plan = synthetic_plan(100, 20);
    for i in 0..200 {
        let id = plan.add_belief();
        let belief =
            std::sync::Arc::make_mut(plan.manifesto.beliefs.iter_mut().find(|b| b.id == id).expect("added"));
        belief.statement = format!(
            "Belief {i}: we answer **in public**, fast, from someone able to help, and we say what we do not know yet."
        );
        belief.rationale = "Customers chose the channel; moving them elsewhere tells everyone watching that we would rather not talk.".into();
        belief.status = tenstep::model::BeliefStatus::Agreed;
    }
    let mut group = c.benchmark_group("manifesto with 200 beliefs, 1920x1080");
    for (panel, name) in [(Panel::Edit, "editor"), (Panel::Read, "reading view")] {
        let mut state = ViewStates::default();
        state.manifesto.panel = panel;
        frame(&ctx, &mut plan, &mut state, View::Manifesto);
        frame(&ctx, &mut plan, &mut state, View::Manifesto);
        group.bench_function(name, |b| b.iter(|| frame(&ctx, &mut plan, &mut state, View::Manifesto)));
    }
    group.finish();
}

fn team(c: &mut Criterion) {
    use tenstep::ui::team::Panel;
    let ctx = context();
    let mut plan = synthetic_plan(100, 20);
    for _ in 0..60 {
        plan.add_person(None);
    }
    for g in 0..40 {
        let parent = (g % 4 != 0).then(|| plan.goals[g - g % 4].id.clone());
        let goal = plan.add_goal(parent);
        for _ in 0..3 {
            plan.add_kpi(&goal);
        }
    }
    let mut group = c.benchmark_group("team and goals, 60 people, 40 goals, 120 KPIs, 1920x1080");
    for (panel, name) in [(Panel::Group, "working group"), (Panel::Goals, "goals and KPIs")] {
        let mut state = ViewStates::default();
        state.team.panel = panel;
        frame(&ctx, &mut plan, &mut state, View::Team);
        frame(&ctx, &mut plan, &mut state, View::Team);
        group.bench_function(name, |b| b.iter(|| frame(&ctx, &mut plan, &mut state, View::Team)));
    }
    group.finish();
}

fn assessment(c: &mut Criterion) {
    use tenstep::ui::assessment::Panel;
    let ctx = context();
    let mut plan = synthetic_plan(2_000, 100);
    for stage in &tenstep::model::MATURITY_STAGES {
        for activity in stage.activities {
            plan.assessment.rating_mut(activity).rating = tenstep::model::ActivityLevel::Emerging;
        }
    }
    let mut group = c.benchmark_group("assessment, 2k tasks, 1920x1080");
    for (panel, name) in Panel::ALL {
        let mut state = ViewStates::default();
        state.assessment.panel = panel;
        frame(&ctx, &mut plan, &mut state, View::Assessment);
        frame(&ctx, &mut plan, &mut state, View::Assessment);
        group.bench_function(name, |b| b.iter(|| frame(&ctx, &mut plan, &mut state, View::Assessment)));
    }
    group.finish();
}

criterion_group!(benches, gantt, overview, stakeholders, manifesto, team, assessment);
criterion_main!(benches);
