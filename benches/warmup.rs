//! Are the regexes and Fluent bundles built once, not per request? (ISSUE 8.3)
//!
//! Counts heap allocations and times the first, second and third identical call of the whole
//! pipeline (diagnose + text reply). The first call builds every `LazyLock` (signal table,
//! parsers' regexes, secret rules, the 21 Fluent bundles); later calls must allocate far less
//! and the same amount each time. Run: `cargo bench --bench warmup`. Exits non-zero if a later
//! call allocates more than the one before it, or nearly as much as the first.

use clawmedic::render::text::reply;
use clawmedic::{diagnose_thread, Options};
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
use std::time::Instant;

mod fixtures;

struct Counting;

static ALLOCS: AtomicUsize = AtomicUsize::new(0);
static BYTES: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCS.fetch_add(1, Relaxed);
        BYTES.fetch_add(layout.size(), Relaxed);
        System.alloc(layout)
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        System.dealloc(ptr, layout)
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        ALLOCS.fetch_add(1, Relaxed);
        BYTES.fetch_add(new_size, Relaxed);
        System.realloc(ptr, layout, new_size)
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

struct Call {
    allocs: usize,
    bytes: usize,
    micros: f64,
}

fn call(paste: &str, lang: Option<&str>) -> Call {
    let (a0, b0) = (ALLOCS.load(Relaxed), BYTES.load(Relaxed));
    let t = Instant::now();
    let report = diagnose_thread(&[paste], &Options { lang, ..Default::default() });
    let out = reply(&report);
    let micros = t.elapsed().as_secs_f64() * 1e6;
    std::hint::black_box(out);
    Call { allocs: ALLOCS.load(Relaxed) - a0, bytes: BYTES.load(Relaxed) - b0, micros }
}

fn main() {
    // `cargo bench` passes `--bench`; `cargo test --benches` would pass nothing useful either.
    let paste = fixtures::PROBE_TABLE;
    let calls: Vec<Call> = (0..3).map(|_| call(paste, None)).collect();
    println!("warmup: the same ~2 KB probe-table paste, diagnose + text reply, three times");
    for (i, c) in calls.iter().enumerate() {
        println!("  call {}: {:>8} allocations {:>10} bytes allocated {:>10.1} µs", i + 1, c.allocs, c.bytes, c.micros);
    }
    // A locale not used yet: its bundle was built with the others on the first call.
    let de = call(paste, Some("de"));
    println!("  call 4 (--lang de, first German reply): {:>8} allocations {:>10} bytes {:>10.1} µs", de.allocs, de.bytes, de.micros);
    let de2 = call(paste, Some("de"));
    println!("  call 5 (--lang de again):               {:>8} allocations {:>10} bytes {:>10.1} µs", de2.allocs, de2.bytes, de2.micros);

    let ok = calls[2].allocs <= calls[1].allocs
        && calls[1].allocs * 4 < calls[0].allocs
        && de2.allocs <= de.allocs
        && de.allocs * 4 < calls[0].allocs;
    if ok {
        println!("warmup: OK — later calls allocate {:.1}% of the first call", 100.0 * calls[1].allocs as f64 / calls[0].allocs as f64);
    } else {
        println!("warmup: FAILED — something is built per request");
        std::process::exit(1);
    }
}
