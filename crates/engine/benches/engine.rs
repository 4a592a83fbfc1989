//! Criterion benchmarks of the engine (ISSUE 8): the whole pipeline a front door runs
//! (ingest → parse → diagnose → render), per stage on the typical paste, language detection on
//! short prose, and the size curve used for the linearity table in docs/performance.md.
//!
//! Run: `cargo bench --bench engine` (all), or e.g. `cargo bench --bench engine -- pipeline/`.
//! Pin to one core for the budget figures: `taskset -c 1 cargo bench --bench engine`.

use clawmedic_engine::ingest::ingest;
use clawmedic_engine::lang::detect::detect_prose_locale;
use clawmedic_engine::parse::parse_message;
use clawmedic_engine::render::{json::json, text::reply};
use clawmedic_engine::{diagnose_thread, Options};
use criterion::{black_box, criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use std::time::Duration;

/// The allocator of the `clawmedic` binary, so the figures are the product's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod fixtures;

/// What a front door does for one paste: diagnose and render the text reply.
fn diagnose_and_render(paste: &str) -> usize {
    let report = diagnose_thread(&[paste], &Options::default());
    reply(&report).len()
}

fn pipeline(c: &mut Criterion) {
    let one_mib = fixtures::one_mib();
    let cases: [(&str, &str); 5] = [
        ("probe_table_clean", fixtures::PROBE_TABLE),
        ("probe_table_cp1252", fixtures::PROBE_TABLE_CP1252),
        ("probe_table_tis620", fixtures::PROBE_TABLE_TIS620),
        ("gateway_log_200_lines", fixtures::GATEWAY_LOG_200),
        ("paste_1mib", &one_mib),
    ];
    let mut g = c.benchmark_group("pipeline");
    for (name, paste) in cases {
        g.throughput(Throughput::BytesDecimal(paste.len() as u64));
        if paste.len() > 100_000 {
            g.sample_size(20).measurement_time(Duration::from_secs(10));
        } else {
            g.sample_size(100).measurement_time(Duration::from_secs(5));
        }
        g.bench_with_input(BenchmarkId::from_parameter(name), paste, |b, p| {
            b.iter(|| diagnose_and_render(black_box(p)));
        });
    }
    g.finish();

    // The JSON contract (which embeds the text reply) on the typical paste.
    let mut g = c.benchmark_group("pipeline_json");
    g.throughput(Throughput::BytesDecimal(fixtures::PROBE_TABLE.len() as u64));
    g.bench_function("probe_table_clean", |b| {
        b.iter(|| {
            let report = diagnose_thread(&[black_box(fixtures::PROBE_TABLE)], &Options::default());
            serde_json::to_string(&json(&report)).map(|s| s.len()).unwrap_or(0)
        });
    });
    g.finish();
}

/// The typical paste stage by stage, to see where the time goes.
fn stages(c: &mut Criterion) {
    let paste = fixtures::PROBE_TABLE;
    let ingested = ingest(paste);
    let report = diagnose_thread(&[paste], &Options::default());
    let mut g = c.benchmark_group("stages_probe_table");
    g.throughput(Throughput::BytesDecimal(paste.len() as u64));
    g.bench_function("ingest", |b| b.iter(|| ingest(black_box(paste))));
    g.bench_function("parse", |b| b.iter(|| parse_message(black_box(&ingested.text), 1)));
    g.bench_function("detect_language", |b| {
        b.iter(|| detect_prose_locale(black_box(&ingested.text)));
    });
    g.bench_function("render_text", |b| b.iter(|| reply(black_box(&report))));
    g.finish();
}

fn language(c: &mut Criterion) {
    let mut g = c.benchmark_group("detect_short_prose");
    for (locale, prose) in fixtures::SHORT_PROSE {
        g.throughput(Throughput::BytesDecimal(prose.len() as u64));
        g.bench_with_input(BenchmarkId::from_parameter(locale), prose, |b, p| {
            b.iter(|| detect_prose_locale(black_box(p)));
        });
    }
    g.finish();
}

/// Size curve 1 KiB → 1 MiB of the same realistic mix: time per byte should stay flat.
fn scaling(c: &mut Criterion) {
    let mut g = c.benchmark_group("scaling");
    for kib in [1usize, 4, 16, 64, 256, 1024] {
        let paste = fixtures::paste_of_size(kib * 1024);
        g.throughput(Throughput::BytesDecimal(paste.len() as u64));
        if kib >= 256 {
            g.sample_size(20).measurement_time(Duration::from_secs(10));
        } else {
            g.sample_size(50).measurement_time(Duration::from_secs(5));
        }
        g.bench_with_input(BenchmarkId::from_parameter(format!("{kib}KiB")), &paste, |b, p| {
            b.iter(|| diagnose_and_render(black_box(p)));
        });
    }
    g.finish();
}

/// A whole thread (one message or more) diagnosed and rendered.
fn diagnose_thread_and_render(messages: &[String]) -> usize {
    let refs: Vec<&str> = messages.iter().map(String::as_str).collect();
    let report = diagnose_thread(&refs, &Options::default());
    reply(&report).len()
}

/// Size curve of every input shape (fixtures/shapes.rs), 1 KiB → 1 MiB: per-byte cost flat for
/// each (issue 14). `cargo bench --bench engine -- shapes/pin_errors` for one shape.
fn shapes(c: &mut Criterion) {
    let mut g = c.benchmark_group("shapes");
    for (name, make) in fixtures::shapes::SHAPES {
        for kib in [1usize, 16, 256, 1024] {
            let messages = make(kib * 1024);
            let bytes: usize = messages.iter().map(String::len).sum();
            g.throughput(Throughput::BytesDecimal(bytes as u64));
            g.sample_size(if kib >= 256 { 10 } else { 30 });
            g.bench_with_input(BenchmarkId::new(*name, format!("{kib}KiB")), &messages, |b, m| {
                b.iter(|| diagnose_thread_and_render(black_box(m)));
            });
        }
    }
    g.finish();
    // Two 1 MiB messages of the same shape in one thread: should cost about twice one.
    let mut g = c.benchmark_group("two_messages");
    g.sample_size(10);
    for (name, make) in fixtures::shapes::SHAPES.iter().filter(|(n, _)| *n != "thread_20") {
        let one = make(1024 * 1024).remove(0);
        let messages = vec![one.clone(), one];
        g.throughput(Throughput::BytesDecimal(messages.iter().map(|m| m.len() as u64).sum()));
        g.bench_with_input(BenchmarkId::from_parameter(name), &messages, |b, m| {
            b.iter(|| diagnose_thread_and_render(black_box(m)));
        });
    }
    g.finish();
}

criterion_group!(benches, pipeline, stages, language, scaling, shapes);
criterion_main!(benches);
