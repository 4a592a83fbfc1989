//! Reads the required literal clauses of every signal row at compile time (issue 14): parsing ~150
//! patterns at every start cost more than the rest of a one-shot diagnosis. Writes
//! `$OUT_DIR/signal_literals.rs`, `(pattern, clauses)` sorted by pattern (and `CROSSING`:
//! whether a match can hold a space, so cross a line break), which `src/parse/prefilter.rs`
//! looks patterns up in (one it does not find is parsed at run time).
//! The rows are read from the source text of `src/parse/signals.rs`: every `re: r"…"` or
//! `re: r#"…"#` string.

#[path = "src/parse/literals.rs"]
#[allow(dead_code)]
mod literals;

#[path = "src/lang/prose/matcher.rs"]
#[allow(dead_code)]
mod matcher;

use std::fmt::Write as _;

/// Every raw-string `re:` pattern in the source.
fn patterns(src: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = src;
    while let Some(at) = rest.find("re: r") {
        let after = &rest[at + "re: r".len()..];
        let hashes = after.len() - after.trim_start_matches('#').len();
        let body = &after[hashes..];
        let Some(body) = body.strip_prefix('"') else {
            rest = after;
            continue;
        };
        let close = format!("\"{}", "#".repeat(hashes));
        let Some(end) = body.find(&close) else { break };
        out.push(body[..end].to_string());
        rest = &body[end + close.len()..];
    }
    out
}

fn main() {
    println!("cargo:rerun-if-changed=src/parse/signals.rs");
    println!("cargo:rerun-if-changed=src/parse/literals.rs");
    let src = std::fs::read_to_string("src/parse/signals.rs").expect("src/parse/signals.rs");
    let mut pats = patterns(&src);
    pats.sort();
    pats.dedup();
    // A clause: literals of which one must occur.
    let mut out = String::from("pub type Clause = &'static [&'static [u8]];\n");
    out.push_str("pub static LITERALS: &[(&str, Option<&[Clause]>)] = &[\n");
    for p in &pats {
        let lits = match literals::required_clauses(p) {
            Some(clauses) => {
                let clauses: Vec<String> = clauses
                    .iter()
                    .map(|c| {
                        let items: Vec<String> =
                            c.iter().map(|l| format!("b\"{}\"", l.escape_ascii())).collect();
                        format!("&[{}]", items.join(", "))
                    })
                    .collect();
                format!("Some(&[{}])", clauses.join(", "))
            }
            None => "None".to_string(),
        };
        let _ = writeln!(out, "    ({p:?}, {lits}),");
    }
    out.push_str("];\n");
    // Whether a row's match can hold a space after its first byte (`scan_wrapped` skips rows
    // that cannot cross a line break).
    out.push_str("pub static CROSSING: &[(&str, bool)] = &[\n");
    for p in &pats {
        let _ = writeln!(out, "    ({p:?}, {}),", literals::can_cross_space(p));
    }
    out.push_str("];\n");
    // Literals one of which every match starts with (`scan_wrapped` tries a row only where one
    // starts before the join).
    out.push_str("pub static PREFIXES: &[(&str, Option<&[&[u8]]>)] = &[\n");
    for p in &pats {
        let lits = match literals::prefix_literals(p) {
            Some(set) => {
                let items: Vec<String> =
                    set.iter().map(|l| format!("b\"{}\"", l.escape_ascii())).collect();
                format!("Some(&[{}])", items.join(", "))
            }
            None => "None".to_string(),
        };
        let _ = writeln!(out, "    ({p:?}, {lits}),");
    }
    out.push_str("];\n");
    let dest = std::path::Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR"))
        .join("signal_literals.rs");
    std::fs::write(dest, out).expect("write signal_literals.rs");
    prose_terms();
}

/// Every term of every prose lexicon (`src/lang/prose/lexicon/*.txt`, read as
/// `lang::prose::load` reads them) compiled by `matcher::encode`: `$OUT_DIR/prose_terms.rs`,
/// `(signal name, codes)` per lexicon line. Unknown signal names are written too (the run
/// skips them, as `load` does).
fn prose_terms() {
    println!("cargo:rerun-if-changed=src/lang/prose/matcher.rs");
    println!("cargo:rerun-if-changed=src/lang/prose/lexicon");
    let mut files: Vec<_> = std::fs::read_dir("src/lang/prose/lexicon")
        .expect("lexicon folder")
        .map(|e| e.expect("lexicon entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    let mut out = String::from("pub static TERMS: &[(&str, &[&str])] = &[\n");
    for f in files {
        println!("cargo:rerun-if-changed={}", f.display());
        let text = std::fs::read_to_string(&f).expect("lexicon file");
        for line in text.lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let Some((name, terms)) = line.split_once(':') else { continue };
            let codes: Vec<String> = terms
                .split('|')
                .filter_map(|t| matcher::encode(t.trim()))
                .map(|c| format!("{c:?}"))
                .collect();
            let _ = writeln!(out, "    ({:?}, &[{}]),", name.trim(), codes.join(", "));
        }
    }
    out.push_str("];\n");
    let dest =
        std::path::Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("prose_terms.rs");
    std::fs::write(dest, out).expect("write prose_terms.rs");
}
