//! The signal prefilter (parse/prefilter.rs) never drops a row that can match: on every line
//! of the project's pastes (the messages.md table, benchmark fixtures, example pastes, the
//! fuzz corpus), in its normalised form and case-changed, each row a `RegexSet` of the whole
//! table says matches is among the prefilter's candidates. So `scan_line` finds exactly what
//! it found with the set (issue 14).

use clawmedic_engine::parse::prefilter::Prefilter;
use clawmedic_engine::parse::signals::{normalize, scan_line, SignalKind, TABLE};
use regex::RegexSet;
use std::path::{Path, PathBuf};

/// The table as `signals.rs` compiles it (`\b` is an ASCII word boundary there).
fn reference() -> RegexSet {
    RegexSet::new(TABLE.iter().map(|r| r.re.replace(r"\b", r"(?-u:\b)"))).expect("table compiles")
}

fn files_under(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { panic!("{} is readable", dir.display()) };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            files_under(&p, out);
        } else {
            out.push(p);
        }
    }
}

fn corpus() -> Vec<String> {
    let engine = Path::new(env!("CARGO_MANIFEST_DIR"));
    let root = engine.join("../..");
    let mut files = Vec::new();
    for dir in [
        engine.join("tests/data"),
        engine.join("benches/fixtures"),
        root.join("examples/pastes"),
        root.join("fuzz/corpus"),
    ] {
        files_under(&dir, &mut files);
    }
    let mut lines = Vec::new();
    for f in files {
        let text = String::from_utf8_lossy(&std::fs::read(&f).expect("readable")).into_owned();
        // messages.tsv holds its pastes with `\n` escaped.
        // Long lines are cut (any text is a fair test; the fuzz corpus has 100 KB lines).
        for line in text.replace("\\n", "\n").lines() {
            let mut end = line.len().min(600);
            while !line.is_char_boundary(end) {
                end -= 1;
            }
            lines.push(line[..end].to_string());
        }
    }
    assert!(lines.len() > 5_000, "the corpus was not found: {} lines", lines.len());
    lines
}

#[test]
fn prefilter_keeps_every_row_the_set_matches() {
    let set = reference();
    let pf = Prefilter::new(TABLE.iter().map(|r| r.re));
    let mut checked = 0;
    let mut matched_rows = vec![false; TABLE.len()];
    for line in corpus() {
        let norm = normalize(&line).into_owned();
        for text in [norm.clone(), norm.to_uppercase()] {
            let cands = pf.candidates(&text);
            for i in &set.matches(&text) {
                matched_rows[i] = true;
                assert!(
                    cands.binary_search(&i).is_ok(),
                    "row {i} ({}) matches {text:?} but the prefilter dropped it",
                    TABLE[i].re
                );
            }
            checked += 1;
        }
    }
    let seen = matched_rows.iter().filter(|m| **m).count();
    assert!(
        seen * 2 > TABLE.len(),
        "only {seen} of {} rows were exercised by {checked} lines",
        TABLE.len()
    );
}

/// Hand-made lines for the tricky literal cases: case-insensitive rows written in other
/// cases, the Kelvin sign `(?i)k` also matches, rows whose literal is inside an alternation.
#[test]
fn prefilter_keeps_case_variants() {
    use SignalKind::*;
    let kinds = |l: &str| scan_line(l).into_iter().map(|s| s.kind).collect::<Vec<_>>();
    assert!(kinds("OAUTH TOKEN HAS EXPIRED").contains(&OAuthTokenExpired));
    assert!(kinds("oauth to\u{212A}en has expired").contains(&OAuthTokenExpired));
    assert!(kinds("INVALID BEARER TOKEN").contains(&InvalidBearer));
    assert!(kinds("reason=server_error after 3 tries").contains(&Unreachable));
    assert!(kinds("Unreachable: (timeout)").contains(&Unreachable));
}

/// Rows tried on every line (no literal of 3 bytes or more) cost a regex search per line
/// each: keep them few, so a new row without any fixed text is noticed.
#[test]
fn few_rows_lack_a_literal() {
    let pf = Prefilter::new(TABLE.iter().map(|r| r.re));
    let always: Vec<&str> = pf.always().map(|i| TABLE[i].re).collect();
    assert!(always.len() <= 3, "rows with no literal of 3 bytes: {always:#?}");
}
