//! A minimal `diagnose` for working on the rules: the same arguments and JSON as
//! `clawmedic diagnose`, built from the engine crate alone so an edit-build-score loop does not
//! link the front doors. Not shipped; the real CLI is the `clawmedic` binary.
//!
//! `cargo build --release -p clawmedic-engine --example diagnose`, then
//! `../shared/tools/score-cases --bin "target/release/examples/diagnose" ../shared/cases/reports`.

use clawmedic_engine::versions::Version;
use clawmedic_engine::{diagnose_thread, render, Options};

/// The allocator of the `clawmedic` binary, so the figures are the product's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let mut args = std::env::args().skip(1);
    let (mut lang, mut version, mut json, mut files) = (None, None, false, Vec::new());
    while let Some(a) = args.next() {
        match a.as_str() {
            "diagnose" => {}
            "--lang" => lang = args.next(),
            "--openclaw-version" => version = args.next().and_then(|v| Version::parse(&v)),
            "--format" => json = args.next().as_deref() == Some("json"),
            _ => files.push(a),
        }
    }
    let texts: Vec<String> = files
        .iter()
        .map(|f| {
            // Valid UTF-8 (every shape) is taken as it is: the lossy walk and its copy were
            // ~8 M instructions of a 1 MiB run, on text it leaves unchanged.
            String::from_utf8(std::fs::read(f).expect("readable file"))
                .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
        })
        .collect();
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    let report = diagnose_thread(
        &refs,
        &Options { lang: lang.as_deref(), openclaw_version: version, ..Default::default() },
    );
    if json {
        println!("{}", serde_json::to_string_pretty(&render::json::json(&report)).expect("json"));
    } else {
        print!("{}", render::text::reply(&report));
    }
}
