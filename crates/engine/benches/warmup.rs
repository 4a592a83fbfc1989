//! Are the regexes and Fluent bundles built once, not per request? (ISSUE 8.3)
//!
//! Counts heap allocations and times the first, second and third identical call of the whole
//! pipeline (diagnose + text reply). The first call builds every `LazyLock` (signal table,
//! parsers' regexes, secret rules, the 21 Fluent bundles); later calls must allocate far less
//! and the same amount each time. Run: `cargo bench --bench warmup`. Exits non-zero if a later
//! call allocates more than the one before it, or nearly as much as the first.

use clawmedic_engine::render::text::reply;
use clawmedic_engine::{diagnose_thread, Options};
use stats_alloc::{StatsAlloc, INSTRUMENTED_SYSTEM};
use std::alloc::System;
use std::time::Instant;

mod fixtures;

/// The system allocator, counting (a crate: the workspace forbids `unsafe`, which a
/// `GlobalAlloc` impl needs).
#[global_allocator]
static GLOBAL: &StatsAlloc<System> = &INSTRUMENTED_SYSTEM;

/// Allocations so far (a `realloc` counts as one) and the bytes they asked for (a `realloc`
/// counts its growth).
fn allocated() -> (usize, usize) {
    let s = GLOBAL.stats();
    (s.allocations + s.reallocations, s.bytes_allocated)
}

/// Bytes currently allocated (live heap).
fn live() -> usize {
    let s = GLOBAL.stats();
    s.bytes_allocated.saturating_sub(s.bytes_deallocated)
}

struct Call {
    allocs: usize,
    bytes: usize,
    micros: f64,
}

fn call(paste: &str, lang: Option<&str>) -> Call {
    let (a0, b0) = allocated();
    let t = Instant::now();
    let report = diagnose_thread(&[paste], &Options { lang, ..Default::default() });
    let out = reply(&report);
    let micros = t.elapsed().as_secs_f64() * 1e6;
    std::hint::black_box(out);
    let (a1, b1) = allocated();
    Call { allocs: a1 - a0, bytes: b1 - b0, micros }
}

fn main() {
    // `cargo bench` passes `--bench`; `cargo test --benches` would pass nothing useful either.
    let paste = fixtures::PROBE_TABLE;
    if std::env::var_os("WARMUP_BREAKDOWN").is_some() {
        // Which stage keeps what (each stage's statics are built on its first use).
        let mib = |b: usize| b as f64 / 1048576.0;
        let mut last = live();
        let mut step = |name: &str, f: &dyn Fn()| {
            f();
            let now = live();
            println!("  {name:<34} {:>6.1} MiB live", mib(now.saturating_sub(last)));
            last = now;
        };
        let ing = clawmedic_engine::ingest::ingest(paste);
        let text = ing.text.clone();
        step("ingest (markup, mojibake, secrets)", &|| {
            drop(clawmedic_engine::ingest::ingest(paste));
        });
        step("parse (signal set, parsers)", &|| {
            drop(clawmedic_engine::parse::parse_message(&text, 1));
        });
        step("language detection", &|| {
            let _ = clawmedic_engine::lang::detect::detect_prose_locale(&text);
        });
        step("diagnose + render (Fluent bundles)", &|| {
            drop(reply(&diagnose_thread(&[paste], &Options::default())));
        });
        return;
    }
    let live0 = live();
    let calls: Vec<Call> = (0..3).map(|_| call(paste, None)).collect();
    let live1 = live();
    println!("warmup: the same ~2 KB probe-table paste, diagnose + text reply, three times");
    for (i, c) in calls.iter().enumerate() {
        println!(
            "  call {}: {:>8} allocations {:>10} bytes allocated {:>10.1} µs",
            i + 1,
            c.allocs,
            c.bytes,
            c.micros
        );
    }
    // A locale not used yet: its bundle was built with the others on the first call.
    let de = call(paste, Some("de"));
    println!(
        "  call 4 (--lang de, first German reply): {:>8} allocations {:>10} bytes {:>10.1} µs",
        de.allocs, de.bytes, de.micros
    );
    let de2 = call(paste, Some("de"));
    println!(
        "  call 5 (--lang de again):               {:>8} allocations {:>10} bytes {:>10.1} µs",
        de2.allocs, de2.bytes, de2.micros
    );

    println!(
        "  live heap kept by the engine after these calls (regexes, Fluent bundles, DFA caches): {:.1} MiB",
        (live1 as f64 - live0 as f64) / (1024.0 * 1024.0)
    );
    let big = fixtures::one_mib();
    let before = live();
    let c = call(&big, None);
    println!(
        "  a 1 MiB paste after that: {} allocations, {:.1} MiB allocated, {:.1} ms, live heap {:+.1} MiB after",
        c.allocs,
        c.bytes as f64 / 1048576.0,
        c.micros / 1000.0,
        (live() as f64 - before as f64) / 1048576.0
    );
    let ok = calls[2].allocs <= calls[1].allocs
        && calls[1].allocs * 4 < calls[0].allocs
        && de2.allocs <= de.allocs
        && de.allocs * 4 < calls[0].allocs;
    if ok {
        println!(
            "warmup: OK — later calls allocate {:.1}% of the first call",
            100.0 * calls[1].allocs as f64 / calls[0].allocs as f64
        );
    } else {
        println!("warmup: FAILED — something is built per request");
        std::process::exit(1);
    }
}
