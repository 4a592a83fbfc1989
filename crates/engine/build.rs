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
    let mut out = String::from("#[cfg(test)]\npub static TERMS: &[(&str, &[&str])] = &[\n");
    let mut tables = Tables::default();
    for f in files {
        println!("cargo:rerun-if-changed={}", f.display());
        let text = std::fs::read_to_string(&f).expect("lexicon file");
        for line in text.lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let Some((name, terms)) = line.split_once(':') else { continue };
            let codes: Vec<String> =
                terms.split('|').filter_map(|t| matcher::encode(t.trim())).collect();
            tables.add(name.trim(), &codes);
            let codes: Vec<String> = codes.iter().map(|c| format!("{c:?}")).collect();
            let _ = writeln!(out, "    ({:?}, &[{}]),", name.trim(), codes.join(", "));
        }
    }
    out.push_str("];\n");
    tables.write(&mut out);
    let dest =
        std::path::Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("prose_terms.rs");
    std::fs::write(dest, out).expect("write prose_terms.rs");
}

/// A term's patterns as Rust source, with its value.
type Term = (String, usize);

/// The lexicons' terms as `matcher::Compiled` holds them (what `Matcher::add` would build at
/// run time), values being indices into `NAMES`.
#[derive(Default)]
struct Tables {
    names: Vec<String>,
    /// Exact, prefix and suffix keys with their terms.
    keyed: [Vec<(String, Vec<Term>)>; 3],
    infix: Vec<(String, usize)>,
    substrings: Vec<(String, usize)>,
    longest_affix: usize,
}

impl Tables {
    /// Add the terms (`matcher::encode` codes) of one lexicon line.
    fn add(&mut self, name: &str, codes: &[String]) {
        let v = match self.names.iter().position(|n| n == name) {
            Some(v) => v,
            None => {
                self.names.push(name.to_string());
                self.names.len() - 1
            }
        };
        for code in codes {
            if let Some(sub) = code.strip_prefix('S') {
                self.substrings.push((sub.to_string(), v));
                continue;
            }
            let pats: Vec<(u8, &str)> = code
                .split('\u{1}')
                .map(|p| (p.as_bytes().first().copied().unwrap_or(b'.'), p.get(1..).unwrap_or("")))
                .collect();
            let src: Vec<String> = pats
                .iter()
                .map(|&(k, w)| match k {
                    b'=' => format!("Pat::Exact(B({w:?}))"),
                    b'<' => format!("Pat::Prefix(B({w:?}))"),
                    b'>' => format!("Pat::Suffix(B({w:?}))"),
                    b'~' => format!("Pat::Infix(B({w:?}))"),
                    _ => "Pat::Gap".to_string(),
                })
                .collect();
            let src = format!("&[{}]", src.join(", "));
            let (k, w) = pats[0];
            let which = match k {
                b'=' => 0,
                b'<' | b'>' => {
                    self.longest_affix = self.longest_affix.max(w.chars().count());
                    if k == b'<' {
                        1
                    } else {
                        2
                    }
                }
                b'~' => {
                    self.infix.push((src, v));
                    continue;
                }
                _ => continue,
            };
            let table = &mut self.keyed[which];
            match table.iter_mut().find(|(key, _)| key == w) {
                Some((_, terms)) => terms.push((src, v)),
                None => table.push((w.to_string(), vec![(src, v)])),
            }
        }
    }

    fn write(&self, out: &mut String) {
        out.push_str("use super::matcher::{Compiled, Pat, Table};\n");
        out.push_str("use std::borrow::Cow::Borrowed as B;\n");
        let _ = writeln!(out, "pub static NAMES: &[&str] = &{:?};", self.names);
        out.push_str("pub static COMPILED: Compiled<u8> = Compiled {\n");
        for (field, table) in ["exact", "prefix", "suffix"].iter().zip(&self.keyed) {
            let size = if table.is_empty() { 0 } else { (table.len() * 2).next_power_of_two() };
            let mut slots = vec![0u16; size];
            for (i, (key, _)) in table.iter().enumerate() {
                let mut s = matcher::fnv(key) as usize & (size - 1);
                while slots[s] != 0 {
                    s = (s + 1) & (size - 1);
                }
                slots[s] = u16::try_from(i + 1).expect("fewer than 65,535 keys");
            }
            let keys: Vec<&str> = table.iter().map(|(k, _)| k.as_str()).collect();
            let entries: Vec<String> = table
                .iter()
                .map(|(_, terms)| {
                    let t: Vec<String> =
                        terms.iter().map(|(src, v)| format!("({src}, {v})")).collect();
                    format!("&[{}]", t.join(", "))
                })
                .collect();
            let _ = writeln!(
                out,
                "    {field}: Table {{ slots: &{slots:?}, keys: &{keys:?}, entries: &[{}] }},",
                entries.join(", ")
            );
        }
        let infix: Vec<String> =
            self.infix.iter().map(|(src, v)| format!("({src}, {v})")).collect();
        let _ = writeln!(out, "    infix: &[{}],", infix.join(", "));
        let subs: Vec<String> =
            self.substrings.iter().map(|(s, v)| format!("({s:?}, {v})")).collect();
        let _ = writeln!(out, "    substrings: &[{}],", subs.join(", "));
        let _ = writeln!(out, "    longest_affix: {},", self.longest_affix);
        out.push_str("    affix_lengths: std::sync::OnceLock::new(),\n");
        out.push_str("};\n");
    }
}
