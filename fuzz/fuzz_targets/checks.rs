//! What every fuzz target runs and checks, shared with `tests/fuzz_corpus_replay.rs` (which
//! replays every corpus file through the same functions as a normal test).
//!
//! Bounds (stated in docs/fuzzing.md and tests/hostile_input.rs):
//! * ingest: the normalised text is at most 2 × the input + 64 bytes; redacting it again finds
//!   nothing (no secret survives normalisation); secret lines are lines of the text;
//! * parse: ≤ 16 signals and ≤ 8 version mentions per line; ≤ 64 facts per line plus the one
//!   JSON object's 1024; quotes ≤ 241 characters; every fact on a line of the text;
//! * diagnose: findings ≤ 3, asks ≤ 3, evidence quotes ≤ 241 characters, the text reply at
//!   most 24 KiB + 4 × the input bytes, a secret count means the reply warns;
//! * detect: no panic.
#![allow(dead_code)]

use clawmedic_engine::lang::Locale;
use clawmedic_engine::parse::{self, MAX_FACTS_PER_LINE, MAX_JSON_FACTS};
use clawmedic_engine::{diagnose_thread, Options};

pub fn ingest(data: &[u8]) {
    let raw = String::from_utf8_lossy(data);
    let ing = clawmedic_engine::ingest::ingest(&raw);
    assert!(ing.text.len() <= 2 * raw.len() + 64, "ingest grew {} → {}", raw.len(), ing.text.len());
    let lines = ing.text.lines().count().max(1);
    for s in &ing.secrets {
        assert!(s.line >= 1 && s.line <= lines + 1, "secret on line {} of {lines}", s.line);
    }
    let (again, found) = clawmedic_engine::ingest::redact_with_findings(&ing.text);
    assert!(found.is_empty(), "a secret survived ingest: {found:?}");
    assert_eq!(again, ing.text);
}

fn parse_text(text: &str) {
    let lines: Vec<&str> = text.lines().collect();
    let mut consumed = vec![false; lines.len()];
    let _ = parse::probe_table::parse(&lines, &mut consumed);
    let _ = parse::auth_order::parse(&lines, &mut consumed);
    let _ = parse::auth_list::parse(&lines, &mut consumed);
    let _ = parse::models_status::parse(&lines, &mut consumed);
    let _ = parse::chat_model_status::parse(&lines, &mut consumed);
    let _ = parse::models_status_json::parse(&lines, &mut consumed);
    let _ = parse::config_json::parse(&lines, &mut consumed);
    for l in &lines {
        let _ = parse::all_failed::parse_line(l);
        let _ = parse::decision_log::parse_line(l);
        assert!(parse::signals::scan_line(l).len() <= parse::signals::MAX_PER_LINE);
        assert!(parse::version::scan_line(l).len() <= parse::version::MAX_PER_LINE);
        let _ = parse::signals::looks_like_output(l);
    }
    let p = parse::parse_message(text, 1);
    let n = lines.len();
    assert!(
        p.facts.len() <= MAX_FACTS_PER_LINE * n + MAX_JSON_FACTS,
        "{} facts, {n} lines",
        p.facts.len()
    );
    for f in &p.facts {
        assert!(f.quote.chars().count() <= 241, "quote of {} chars", f.quote.chars().count());
        assert!(f.loc.line >= 1 && f.loc.line <= n, "fact on line {} of {n}", f.loc.line);
    }
    let _ = serde_json::to_string(&p.facts).expect("facts serialize");
}

pub fn parse(data: &[u8]) {
    let raw = String::from_utf8_lossy(data);
    parse_text(&raw);
    parse_text(&clawmedic_engine::ingest::ingest(&raw).text);
}

/// A thread of up to 4 messages (split at NUL), the reply locale chosen by the first byte.
pub fn diagnose(data: &[u8]) {
    let Some((&first, rest)) = data.split_first() else { return };
    let lang = match first as usize % 24 {
        i if i < Locale::ALL.len() => Some(Locale::ALL[i].id()),
        21 => Some("not-a-locale"),
        _ => None,
    };
    let text = String::from_utf8_lossy(rest);
    let messages: Vec<&str> = text.split('\0').take(4).collect();
    let report = diagnose_thread(&messages, &Options { lang, ..Default::default() });
    let reply = clawmedic_engine::render::text::reply(&report);
    let json = clawmedic_engine::render::json::json(&report);
    let _ = serde_json::to_string(&json).expect("JSON contract serializes");
    let _ = serde_json::to_string(&report.facts).expect("facts serialize");
    let d = &report.diagnosis;
    assert!(d.findings.len() <= 3);
    assert!(d.asks.len() <= 3);
    for f in &d.findings {
        for e in &f.evidence {
            assert!(e.text.chars().count() <= 241);
        }
    }
    assert!(
        reply.len() <= 24 * 1024 + 4 * text.len(),
        "reply {} for input {}",
        reply.len(),
        text.len()
    );
    if report.secrets > 0 {
        assert!(reply.contains('⚠'), "secrets without a warning");
    }
}

pub fn detect(data: &[u8]) {
    let raw = String::from_utf8_lossy(data);
    let _ = clawmedic_engine::lang::detect::detect_prose_locale(&raw);
    let _ = clawmedic_engine::lang::detect::detect_prose(&raw);
    let _ = clawmedic_engine::lang::detect::prose_of(&raw);
    let _ = clawmedic_engine::lang::detect::detect_thread_locale(&[raw.as_ref(), raw.as_ref()]);
}
