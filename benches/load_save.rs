//! Load and save of generated plans (10,000 tasks and 500 stakeholders is the goal size), and
//! how load time grows with the number of tasks.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "benchmark set-up: a panic stops the run")]

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use tenstep::io::{load_bytes, save_file, to_canonical_string};
use tenstep::model::synthetic::synthetic_plan;

fn goal_size(c: &mut Criterion) {
    let plan = synthetic_plan(10_000, 500);
    let text = to_canonical_string(&plan).expect("serialises");
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("plan.ron");
    let mut group = c.benchmark_group("10k tasks, 500 stakeholders");
    group.sample_size(20);
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("load (parse + validate)", |b| {
        b.iter(|| load_bytes(black_box(text.as_bytes())).expect("loads"));
    });
    group.bench_function("serialise", |b| {
        b.iter(|| to_canonical_string(black_box(&plan)).expect("serialises"));
    });
    group.bench_function("save to disk (atomic, with .bak)", |b| {
        b.iter(|| save_file(&path, black_box(&plan)).expect("saves"));
    });
    group.finish();
}

fn load_scaling(c: &mut Criterion) {
    let mut group = c.benchmark_group("load by task count");
    group.sample_size(20);
    for tasks in [1_000, 2_000, 4_000, 8_000] {
        let text = to_canonical_string(&synthetic_plan(tasks, 500)).expect("serialises");
        group.throughput(Throughput::Elements(tasks as u64));
        group.bench_with_input(BenchmarkId::from_parameter(tasks), &text, |b, text| {
            b.iter(|| load_bytes(black_box(text.as_bytes())).expect("loads"));
        });
    }
    group.finish();
}

criterion_group!(benches, goal_size, load_scaling);
criterion_main!(benches);
