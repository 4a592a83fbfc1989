//! Replays every file of the fuzz corpus (`fuzz/corpus/<target>/`: the seed corpus made of the
//! project's own fixtures, and `regress-*` files for every crash fuzzing found) through the
//! same checks the fuzz targets run (`fuzz/fuzz_targets/checks.rs`), as a normal test: no
//! nightly toolchain, no libFuzzer.

#[path = "../../../fuzz/fuzz_targets/checks.rs"]
mod checks;

use std::path::{Path, PathBuf};

fn corpus(target: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz").join("corpus").join(target);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    files
}

fn replay(target: &str, check: fn(&[u8])) {
    let files = corpus(target);
    assert!(files.len() >= 20, "{target}: only {} corpus files", files.len());
    for f in &files {
        let data = std::fs::read(f).unwrap();
        let r = std::panic::catch_unwind(|| check(&data));
        assert!(r.is_ok(), "{target}: {} fails the fuzz checks", f.display());
    }
}

#[test]
fn ingest_corpus() {
    replay("ingest", checks::ingest);
}

#[test]
fn parse_corpus() {
    replay("parse", checks::parse);
}

#[test]
fn diagnose_corpus() {
    replay("diagnose", checks::diagnose);
}

#[test]
fn detect_corpus() {
    replay("detect", checks::detect);
}

/// Every crash fuzzing found is kept as `regress-*` and must stay fixed.
#[test]
fn regressions_are_kept() {
    for target in ["ingest", "parse", "diagnose", "detect"] {
        for f in corpus(target)
            .iter()
            .filter(|f| f.file_name().is_some_and(|n| n.to_string_lossy().starts_with("regress-")))
        {
            let data = std::fs::read(f).unwrap();
            match target {
                "ingest" => checks::ingest(&data),
                "parse" => checks::parse(&data),
                "diagnose" => checks::diagnose(&data),
                _ => checks::detect(&data),
            }
        }
    }
}
