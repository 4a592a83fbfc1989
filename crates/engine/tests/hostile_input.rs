//! Hostile input (ISSUE 7): arbitrary bytes, huge lines, deeply nested box drawing, invalid
//! UTF-8, mixed mojibake, 10,000 table rows, 1 MiB of one character. The engine must not
//! panic, and what it produces must stay within stated limits. Time is tested through
//! algorithmic limits (bounded output, bounded evidence), never with wall-clock asserts.
//!
//! The limits (checked on every run of the pipeline below):
//! * findings ≤ 3, asks ≤ 3, rendered evidence ≤ 3 lines per finding;
//! * every evidence quote and every fact quote ≤ 241 characters (240 + `…`);
//! * facts ≤ [`MAX_FACTS_PER_LINE`] (64) × lines of the normalised text + [`MAX_JSON_FACTS`]
//!   (1024, the one `models status --json` object of a message) per message;
//! * the serialized facts (what a store keeps) ≤ [`STORED_PER_FACT`] × facts +
//!   [`STORED_PER_INPUT_BYTE`] × input bytes (a fact's fields are pieces of its line);
//! * the text reply ≤ [`REPLY_BASE`] + [`REPLY_PER_INPUT_BYTE`] × input bytes, and the JSON
//!   contract ≤ 2 × that (it embeds the text reply);
//! * the normalised text ≤ 2 × raw input + 64 bytes (normalisation only shrinks, except for
//!   `[REDACTED]` and re-split table rows).

use clawmedic_engine::ingest::ingest;
use clawmedic_engine::lang::detect::detect_prose_locale;
use clawmedic_engine::lang::Locale;
use clawmedic_engine::parse::{self, parse_message, MAX_FACTS_PER_LINE, MAX_JSON_FACTS};
use clawmedic_engine::render::{json::json, text::reply};
use clawmedic_engine::{diagnose_thread, Options, Report, MAX_MESSAGE_BYTES};
use proptest::prelude::*;

#[path = "../benches/fixtures/mod.rs"]
mod fixtures;

/// Bytes of `serde_json` per stored fact besides pieces of the input (quote ≤ 241 chars of
/// ≤ 4 bytes, field names, enums).
pub const STORED_PER_FACT: usize = 2 * 1024;
/// Fields hold pieces of their line (an `Order override:` list, `All models failed` segments,
/// a signal's trailing text); at most 16 signals and a few parsers read one line.
pub const STORED_PER_INPUT_BYTE: usize = 16;
/// A reply with no input at all is about 1 KB; 3 findings with 3 evidence quotes each and
/// their steps stay under this.
pub const REPLY_BASE: usize = 24 * 1024;
/// Ids and refs from the input are echoed in steps and asks (each at most a line long).
pub const REPLY_PER_INPUT_BYTE: usize = 4;
pub const MAX_QUOTE_CHARS: usize = 241;

/// What one pipeline run produced, for tests that want more than the common limits.
#[derive(Debug)]
pub struct Outcome {
    pub report: Report,
    pub reply: String,
    pub json: String,
    pub input_bytes: usize,
    pub lines: usize,
}

fn normalised_lines(messages: &[&str]) -> usize {
    messages
        .iter()
        .map(|m| {
            let m = if m.len() > MAX_MESSAGE_BYTES {
                &m[..floor_boundary(m, MAX_MESSAGE_BYTES)]
            } else {
                m
            };
            ingest(m).text.lines().count()
        })
        .sum()
}

fn floor_boundary(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Run the whole engine (diagnose, text reply, JSON contract) and check every stated limit.
pub fn run_checked(messages: &[&str], lang: Option<&str>) -> Outcome {
    let report = diagnose_thread(messages, &Options { lang, ..Default::default() });
    let reply = reply(&report);
    let json = serde_json::to_string(&json(&report)).expect("the JSON contract serializes");
    let input_bytes: usize = messages.iter().map(|m| m.len().min(MAX_MESSAGE_BYTES)).sum();
    let lines = normalised_lines(messages);
    let d = &report.diagnosis;
    assert!(d.findings.len() <= 3, "{} findings", d.findings.len());
    assert!(d.asks.len() <= 3, "{} asks", d.asks.len());
    for f in &d.findings {
        for e in &f.evidence {
            let n = e.text.chars().count();
            assert!(n <= MAX_QUOTE_CHARS, "evidence quote of {n} chars");
        }
    }
    for f in &report.facts {
        let n = f.quote.chars().count();
        assert!(n <= MAX_QUOTE_CHARS, "fact quote of {n} chars");
    }
    assert!(
        report.facts.len() <= MAX_FACTS_PER_LINE * lines + MAX_JSON_FACTS * messages.len(),
        "{} facts for {lines} lines",
        report.facts.len()
    );
    let stored = serde_json::to_string(&report.facts).expect("facts serialize").len();
    assert!(
        stored <= 2 + STORED_PER_FACT * report.facts.len() + STORED_PER_INPUT_BYTE * input_bytes,
        "{stored} bytes stored for {} facts from {input_bytes} bytes",
        report.facts.len()
    );
    let bound = REPLY_BASE + REPLY_PER_INPUT_BYTE * input_bytes;
    assert!(reply.len() <= bound, "reply of {} bytes for {input_bytes} input bytes", reply.len());
    assert!(
        json.len() <= 2 * bound + 4096,
        "JSON of {} bytes for {input_bytes} input bytes",
        json.len()
    );
    assert_eq!(report.inputs.len(), messages.len());
    Outcome { report, reply, json, input_bytes, lines }
}

/// Ingest alone: no panic, bounded growth, idempotent redaction.
fn ingest_checked(raw: &str) {
    let ing = ingest(raw);
    assert!(ing.text.len() <= 2 * raw.len() + 64, "ingest grew {} → {}", raw.len(), ing.text.len());
    let _ = detect_prose_locale(raw);
    let _ = detect_prose_locale(&ing.text);
}

/// Every parser on its own, on text that was not normalised.
fn parsers_checked(text: &str) {
    let lines: Vec<&str> = text.lines().collect();
    let n = lines.len();
    let mut consumed = vec![false; n];
    let mut total = 0;
    total += parse::probe_table::parse(&lines, &mut consumed).len();
    total += parse::auth_order::parse(&lines, &mut consumed).len();
    total += parse::auth_list::parse(&lines, &mut consumed).len();
    total += parse::models_status::parse(&lines, &mut consumed).len();
    total += parse::chat_model_status::parse(&lines, &mut consumed).len();
    total += parse::models_status_json::parse(&lines, &mut consumed).len();
    total += parse::config_json::parse(&lines, &mut consumed).len();
    for l in &lines {
        total += parse::all_failed::parse_line(l).is_some() as usize;
        total += parse::decision_log::parse_line(l).is_some() as usize;
        total += parse::signals::scan_line(l).len();
        total += parse::version::scan_line(l).len();
        let _ = parse::signals::looks_like_output(l);
    }
    let _ = total;
    let p = parse_message(text, 1);
    assert!(
        p.facts.len() <= MAX_FACTS_PER_LINE * n + MAX_JSON_FACTS,
        "{} facts for {n} lines",
        p.facts.len()
    );
    for f in &p.facts {
        assert!(f.quote.chars().count() <= MAX_QUOTE_CHARS);
        assert!(f.loc.line >= 1 && f.loc.line <= n.max(1), "line {} of {n}", f.loc.line);
    }
}

fn everything(raw: &str) {
    ingest_checked(raw);
    parsers_checked(raw);
    run_checked(&[raw], None);
}

// ---------------------------------------------------------------------------------------
// Deterministic hostile cases.

/// 1 MiB of one character, for characters that mean something to some stage.
#[test]
fn one_mib_of_one_character() {
    let chars = [
        'a', ' ', '\n', '\r', '\t', '│', '─', '┌', '|', '+', '-', '=', '`', '*', '_', '>', '&',
        ';', ':', '[', ']', '{', '}', '"', '\\', '/', '.', '·', '↳', 'โ', 'â', 'Ã', '\u{1b}',
        '\u{200b}', '\u{a0}', '\u{85}', '\u{fffd}', '🦞', '0', '@', '=', '%', '#',
    ];
    for c in chars {
        let n = MAX_MESSAGE_BYTES / c.len_utf8();
        let s: String = std::iter::repeat_n(c, n).collect();
        let out = run_checked(&[&s], None);
        // One character carries no evidence: the reply must be the small constant one.
        assert!(out.reply.len() <= REPLY_BASE, "{c:?}: reply of {} bytes", out.reply.len());
        assert!(out.report.facts.len() <= 16, "{c:?}: {} facts", out.report.facts.len());
        assert_eq!(out.report.secrets, 0, "{c:?}");
    }
}

/// A 1 MiB single line made of real records glued together (lost newlines, §12).
#[test]
fn huge_single_lines_of_real_records() {
    let records = [
        "│ openai/gpt-5.5 │ openai:work (oauth) │ ok · 9.6s │ ",
        "2026-07-03T21:04:17.223+08:00 [model-fallback/decision] model fallback decision: decision=candidate_failed requested=openai/gpt-5.5 candidate=openai/gpt-5.5 reason=auth next=none ",
        "🦞 OpenClaw 2026.6.9 (c645ec4) ",
        "2026.6.9 ",
        "Provider openai is in cooldown (all profiles unavailable) ",
        "Model login expired on the gateway for openai. ",
        "- openai effective=profiles:~/.openclaw/agents/main/agent/auth-profiles.json | profiles=1 (oauth=1, token=0, api_key=0) | openai:default=OAuth ",
        "All models failed (2): openai/gpt-5.5: No available auth profile for openai (all in cooldown or unavailable). (auth) | ",
        "[openai] endpoint: default api: openai-responses auth: openai:work=OAuth (alice@example.com) (next, lastGood, exp 9d), ",
        "Auth profile \"openai-codex:work\" is for openai-codex, not openai. ",
        "/model openai/gpt-5.5@openai:work ",
        "sk-proj-Zq8Lm2Np4Rt6Vx0Bc3De5Fg7Hj9Kl1Mn ",
        "OPENAI_API_KEY=Zq8Lm2Np4Rt6Vx0Bc3 ",
    ];
    for r in records {
        let line: String = r.repeat(MAX_MESSAGE_BYTES / r.len());
        everything(&line);
    }
    // Every record, distinct ids, one line.
    let mut line = String::new();
    let mut i = 0;
    while line.len() < MAX_MESSAGE_BYTES - 200 {
        line.push_str(&format!(
            "Provider p{i} is in cooldown (all profiles unavailable) /model p{i}/m@p{i}:x{i} "
        ));
        i += 1;
    }
    let out = run_checked(&[&line], None);
    assert!(
        out.report.facts.len() <= MAX_FACTS_PER_LINE * out.lines,
        "{} facts from {} lines",
        out.report.facts.len(),
        out.lines
    );
}

/// Box drawing nested 2,000 deep, and frames inside table cells.
#[test]
fn deeply_nested_box_drawing() {
    let depth = 2000;
    let mut s = String::new();
    for i in 0..depth {
        s.push_str(&"│ ".repeat(i));
        s.push('┌');
        s.push_str(&"─".repeat(8));
        s.push_str("┐\n");
    }
    for i in (0..depth).rev() {
        s.push_str(&"│ ".repeat(i));
        s.push('└');
        s.push_str(&"─".repeat(8));
        s.push_str("┘\n");
    }
    everything(&s);
    // A probe table whose cells hold tables.
    let inner = "┌──┬──┐│ a│ b│├──┼──┤│ ok · 1s │└──┴──┘";
    let mut t = String::from(
        "Auth probes\n┌────┬────┬────┐\n│ Model │ Profile │ Status │\n├────┼────┼────┤\n",
    );
    for _ in 0..500 {
        t.push_str(&format!("│ {inner} │ {inner} │ {inner} │\n"));
    }
    t.push_str("└────┴────┴────┘\n");
    everything(&t);
    // Box glyphs in every mojibake form, interleaved.
    let forms = ["│", "â”‚", "โ", "в”‚", "Γöé", "|", "+", "┼", "â”¼", "โผ"];
    let mut m = String::new();
    for i in 0..20_000 {
        m.push_str(forms[i % forms.len()]);
        if i % 97 == 0 {
            m.push('\n');
        }
    }
    everything(&m);
}

fn probe_row(i: usize) -> String {
    format!(
        "│ openai/gpt-5.{i:<8} │ openai:p{i:<14} (oauth) │ {:<31} │\n│                  │                       │ ↳ Excluded by auth.order for    │\n",
        if i % 3 == 0 { "ok · 1.2s" } else { "unknown · -" }
    )
}

/// 10,000 logical rows in one probe table (20,000 lines).
#[test]
fn ten_thousand_table_rows() {
    let mut s = String::from("Auth probes\n┌──────────────────┬───────────────────────┬─────────────────────────────────┐\n│ Model            │ Profile               │ Status                          │\n├──────────────────┼───────────────────────┼─────────────────────────────────┤\n");
    for i in 0..10_000 {
        s.push_str(&probe_row(i));
    }
    s.push_str("└──────────────────┴───────────────────────┴─────────────────────────────────┘\nProbed 10000 targets in 12s\n");
    let out = run_checked(&[&s], None);
    let probes =
        out.report.facts.iter().filter(|f| matches!(f.fact, parse::Fact::Probe(_))).count();
    assert!(probes > 0, "the rows are still read");
    // The same through `models status --json` on one line (facts anchored on one line).
    let mut j =
        String::from("{\"defaultModel\":\"openai/gpt-5.5\",\"auth\":{\"probes\":{\"results\":[");
    for i in 0..10_000 {
        if i > 0 {
            j.push(',');
        }
        j.push_str(&format!(
            "{{\"provider\":\"openai\",\"model\":\"gpt-5.{i}\",\"profileId\":\"openai:p{i}\",\"mode\":\"oauth\",\"status\":\"auth\",\"latencyMs\":12}}"
        ));
    }
    j.push_str("]}}}");
    everything(&j);
}

/// Bytes that are not UTF-8, read the way the CLI reads them (lossy).
#[test]
fn invalid_utf8() {
    let mut bytes: Vec<u8> = Vec::new();
    for i in 0..200_000u32 {
        bytes.push((i.wrapping_mul(2_654_435_761) >> 24) as u8);
    }
    everything(&String::from_utf8_lossy(&bytes));
    // UTF-8 of the fixture cut at every odd byte offset and rejoined.
    let p = fixtures::PROBE_TABLE.as_bytes();
    let mut broken = Vec::new();
    for (i, b) in p.iter().enumerate() {
        if i % 7 != 3 {
            broken.push(*b);
        }
    }
    everything(&String::from_utf8_lossy(&broken));
    // Overlong encodings, surrogates, 0xFF runs.
    let nasty: &[u8] = b"\xc0\xaf\xed\xa0\x80\xf4\x90\x80\x80\xff\xfe\xe2\x94\n\xe2\x94\x82 ok \xc2\xb7 1s \xe2\x94\x82";
    everything(&String::from_utf8_lossy(&nasty.repeat(5000)));
}

/// Lines in different mojibake, clean and damaged forms, in one paste.
#[test]
fn mixed_mojibake() {
    let clean: Vec<&str> = fixtures::PROBE_TABLE.lines().collect();
    let cp: Vec<&str> = fixtures::PROBE_TABLE_CP1252.lines().collect();
    let tis: Vec<&str> = fixtures::PROBE_TABLE_TIS620.lines().collect();
    let mut s = String::new();
    for (i, ((a, b), c)) in clean.iter().zip(&cp).zip(&tis).enumerate() {
        s.push_str([a, b, c][i % 3]);
        s.push('\n');
    }
    everything(&s);
    // Mojibake of mojibake.
    let twice: String = fixtures::PROBE_TABLE_CP1252.bytes().map(|b| b as char).collect();
    everything(&twice);
    let mut big = String::new();
    while big.len() < 512 * 1024 {
        big.push_str(fixtures::PROBE_TABLE_CP1252);
        big.push_str(fixtures::PROBE_TABLE_TIS620);
    }
    everything(&big);
}

/// Larger than the engine reads: cut on a character boundary, not a panic.
#[test]
fn larger_than_the_message_limit() {
    let s = "│".repeat(MAX_MESSAGE_BYTES / 3 + 10); // ends past the limit mid-character
    let out = run_checked(&[&s], None);
    assert!(out.input_bytes <= MAX_MESSAGE_BYTES);
    let s = format!("{}{}", "a".repeat(MAX_MESSAGE_BYTES - 1), "🦞🦞");
    run_checked(&[&s], None);
}

/// Long threads, empty messages, no messages.
#[test]
fn degenerate_threads() {
    run_checked(&[], None);
    run_checked(&[""], None);
    run_checked(&["", "\n", " ", "\u{feff}"], None);
    let msgs: Vec<&str> = std::iter::repeat_n(fixtures::PROBE_TABLE, 200).collect();
    let out = run_checked(&msgs, None);
    assert_eq!(out.report.inputs.len(), 200);
}

/// Markup floods: fences, quotes, emphasis, ANSI, entities, escapes, zero-width characters.
#[test]
fn markup_floods() {
    let pieces = [
        "```",
        "```ansi\n",
        "> ",
        ">>> ",
        "**",
        "__",
        "||",
        "\u{1b}[31m",
        "[2m",
        "\u{1b}]8;;https://x\u{1b}\\",
        "&quot;",
        "&amp;amp;",
        "&#39;",
        "&#x1F99E;",
        "\\u003c",
        "\u{200b}",
        "\u{2066}",
        "\u{202e}",
        "\r\n",
        "`",
        "~~",
    ];
    for p in pieces {
        let s = p.repeat(256 * 1024 / p.len());
        everything(&s);
        let mixed = format!("{p}{}{p}", fixtures::PROBE_TABLE).repeat(40);
        everything(&mixed);
    }
}

/// Every locale renders every hostile reply.
#[test]
fn every_locale_renders_hostile_input() {
    let line = "Model login expired on the gateway for openai. ".repeat(2000);
    for l in Locale::ALL {
        run_checked(&[&line, fixtures::PROBE_TABLE_TIS620], Some(l.id()));
    }
}

// ---------------------------------------------------------------------------------------
// Properties.

/// Tokens that mean something to some stage, for a grammar-shaped soup.
const TOKENS: &[&str] = &[
    "\n",
    " ",
    "  ",
    "│",
    "|",
    "┌",
    "┐",
    "└",
    "┘",
    "├",
    "┤",
    "┬",
    "┴",
    "┼",
    "─",
    "+",
    "-",
    "↳ ",
    " · ",
    "ok",
    "unknown",
    "auth",
    "rate_limit",
    "-",
    "9.6s",
    "12ms",
    "Auth probes",
    "Model",
    "Profile",
    "Status",
    "Probed 3 targets in 2s",
    "openai/gpt-5.5",
    "anthropic/claude-sonnet-4-6",
    "openai:work",
    "openai-codex:alice@example.com",
    "(oauth)",
    "(token)",
    "(api_key)",
    "Excluded by auth.order for this provider.",
    "Auth reason [expired]: ",
    "🦞 OpenClaw ",
    "2026.6.9",
    "(c645ec4)",
    "Order override: ",
    "Auth state file: ",
    "Profiles:",
    "- ",
    "effective=",
    "profiles:",
    " | ",
    "OAuth/token status",
    "Unavailable auth profiles",
    "cooldown:auth (5m)",
    " — ",
    "Current: ",
    "[openai] endpoint: default auth: ",
    "=OAuth",
    "All models failed (2): ",
    "(auth)",
    "decision=candidate_failed ",
    "requested=",
    "candidate=",
    "reason=auth ",
    "next=none",
    "detail=",
    "21:04:17 ",
    "[model-fallback/decision] ",
    "Model login expired on the gateway for openai",
    "/model ",
    "@",
    "\"",
    "{",
    "}",
    "[",
    "]",
    ":",
    ",",
    "\"defaultModel\":",
    "\"probes\":{\"results\":[",
    "\"agents\":{\"list\":[{\"id\":\"main\",\"model\":\"x/y\"}",
    "authProfileOverride",
    "```",
    "> ",
    "**",
    "\u{1b}[1m",
    "[0m",
    "&quot;",
    "â”‚",
    "Â·",
    "â†³",
    "โ",
    "ยท",
    "โณ",
    "в”‚",
    "Γöé",
    "\u{a0}",
    "\u{200b}",
    "sk-proj-Zq8Lm2Np4Rt6Vx0Bc3De5",
    "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.abcdefghijkl",
    "Bearer ",
    "token=",
    "?code=",
    "OPENAI_API_KEY=",
    "Seit heute ",
    "今朝から",
    "ตั้งแต่",
    "توقف ",
    "С утра ",
];

fn soup() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(TOKENS), 0..400).prop_map(|v| v.concat())
}

/// A fixture with lines dropped, duplicated, swapped, cut and re-encoded.
fn mutated_fixture() -> impl Strategy<Value = String> {
    let base = [
        fixtures::PROBE_TABLE,
        fixtures::PROBE_TABLE_CP1252,
        fixtures::PROBE_TABLE_TIS620,
        fixtures::MODELS_STATUS,
        &fixtures::GATEWAY_LOG_200[..4000],
    ];
    (
        prop::sample::select(base.to_vec()),
        prop::collection::vec((0usize..6, any::<u16>(), any::<u16>()), 0..40),
    )
        .prop_map(|(text, edits)| {
            let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
            for (op, a, b) in edits {
                if lines.is_empty() {
                    break;
                }
                let i = a as usize % lines.len();
                let j = b as usize % lines.len();
                match op {
                    0 => {
                        lines.remove(i);
                    }
                    1 => {
                        let l = lines[i].clone();
                        lines.insert(j, l);
                    }
                    2 => lines.swap(i, j),
                    3 => {
                        let l = &lines[i];
                        let cut = floor_boundary(l, (b as usize) % (l.len() + 1));
                        lines[i] = l[..cut].to_string();
                    }
                    4 => {
                        // Re-read the line's UTF-8 as Latin-1 (CP1252-like mojibake).
                        lines[i] = lines[i].bytes().map(|c| c as char).collect();
                    }
                    _ => {
                        // Glue two lines (lost newline).
                        if i + 1 < lines.len() {
                            let next = lines.remove(i + 1);
                            lines[i].push_str(&next);
                        }
                    }
                }
            }
            lines.join("\n")
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..4096)) {
        everything(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn arbitrary_unicode(s in "\\PC{0,2000}") {
        everything(&s);
    }

    #[test]
    fn arbitrary_text_with_controls(s in ".{0,2000}") {
        everything(&s);
    }

    #[test]
    fn token_soup(s in soup()) {
        everything(&s);
    }

    #[test]
    fn mutated_fixtures(s in mutated_fixture()) {
        everything(&s);
    }

    #[test]
    fn threads_of_soup(a in soup(), b in mutated_fixture(), c in "\\PC{0,300}", l in 0usize..21) {
        let lang = Locale::ALL[l].id();
        run_checked(&[&a, &b, &c], Some(lang));
        run_checked(&[&c, &b, &a], None);
    }

    #[test]
    fn long_lines_from_tokens(tok in prop::sample::select(TOKENS), reps in 1usize..20_000) {
        everything(&tok.repeat(reps));
    }
}

/// Not a test: prints what the hostile cases cost (time, facts, stored bytes, reply size), for
/// docs/fuzzing.md. `cargo test --release --test hostile_input -- --ignored --nocapture`.
#[test]
#[ignore]
fn measure_hostile_costs() {
    fn one(name: &str, s: &str) {
        let t = std::time::Instant::now();
        let report = diagnose_thread(&[s], &Options::default());
        let r = reply(&report);
        let el = t.elapsed();
        let stored = serde_json::to_string(&report.facts).unwrap().len();
        println!(
            "{name:<40} {:>9} B in {:>9.1} ms: {:>6} facts, {:>9} B stored, reply {:>6} B",
            s.len(),
            el.as_secs_f64() * 1e3,
            report.facts.len(),
            stored,
            r.len()
        );
    }
    for c in ['a', '│', '\n', '`', '&', 'โ', 'â', '2'] {
        one(&format!("1 MiB of {c:?}"), &c.to_string().repeat(MAX_MESSAGE_BYTES / c.len_utf8()));
    }
    for (name, r) in [
        ("line: probe rows", "│ openai/gpt-5.5 │ openai:work (oauth) │ ok · 9.6s │ "),
        ("line: versions", "2026.6.9 "),
        ("line: banners", "🦞 OpenClaw 2026.6.9 (c645ec4) "),
        ("line: cooldown signal", "Provider openai is in cooldown (all profiles unavailable) "),
        ("line: login banner", "Model login expired on the gateway for openai. "),
        ("line: order override", "Order override: "),
        ("line: chat auth", "[openai] endpoint: default api: openai-responses auth: openai:work=OAuth (alice@example.com) (next, lastGood, exp 9d), "),
        ("line: all failed", "All models failed (2): openai/gpt-5.5: No available auth profile for openai (all in cooldown or unavailable). (auth) | "),
        ("line: secrets", "sk-proj-Zq8Lm2Np4Rt6Vx0Bc3De5Fg7Hj9Kl1Mn "),
    ] {
        for size in [64 * 1024, 256 * 1024, MAX_MESSAGE_BYTES] {
            one(&format!("{name} ({} KiB)", size / 1024), &r.repeat(size / r.len()));
        }
    }
    for n in [1000usize, 2500, 5000, 10_000] {
        let mut s =
            String::from("Auth probes\n┌──┬──┬──┐\n│ Model │ Profile │ Status │\n├──┼──┼──┤\n");
        for i in 0..n {
            s.push_str(&probe_row(i));
        }
        one(&format!("probe table, {n} rows"), &s);
    }
    for n in [1000usize, 2500, 5000, 10_000] {
        let mut line = String::new();
        for i in 0..n {
            line.push_str(&format!("Provider p{i} is in cooldown (all profiles unavailable) "));
        }
        one(&format!("distinct signals on one line, {n}"), &line);
    }
    for kib in [16usize, 64, 256, 1024] {
        one(&format!("realistic mix {kib} KiB"), &fixtures::paste_of_size(kib * 1024));
    }
}

/// `decision_log` reads `key=value` pairs without a regex (for speed, docs/performance.md): it
/// must read exactly what the regex it replaced, `(?:^|\s)([A-Za-z]\w*)=(\S+)`, read.
fn decision_fields_by_regex(line: &str) -> std::collections::BTreeMap<String, String> {
    let kv = regex::Regex::new(r"(?:^|\s)([A-Za-z]\w*)=(\S+)").unwrap();
    let (head, tail) = match line.find(" detail=").or_else(|| line.find(" rawError=")) {
        Some(p) => line.split_at(p),
        None => (line, ""),
    };
    let mut fields: std::collections::BTreeMap<String, String> =
        kv.captures_iter(head).map(|c| (c[1].to_string(), c[2].to_string())).collect();
    if let Some((k, v)) = tail.trim().split_once('=') {
        fields.insert(k.to_string(), v.to_string());
    }
    fields
}

const KV_TOKENS: &[&str] = &[
    "decision=",
    "candidate_failed",
    " ",
    "  ",
    "\t",
    "\u{a0}",
    "\u{3000}",
    "reason=auth",
    "next=none",
    "=",
    "==",
    "a=b=c",
    "x:y=z",
    "_k=v",
    "k=",
    "=v",
    "9=1",
    "from=openai/gpt-5.5",
    "runId=0b7c",
    "stage=assistant",
    "é",
    "k",
    "K_1",
    "-",
    "detail=x y",
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn decision_fields_match_the_regex_reference(v in prop::collection::vec(prop::sample::select(KV_TOKENS), 0..40)) {
        let line = format!("decision={}", v.concat());
        let Some(parse::Fact::Decision(d)) = parse::decision_log::parse_line(&line) else { panic!("not read: {line:?}") };
        let want = decision_fields_by_regex(&line);
        let got: std::collections::BTreeMap<String, String> = d.fields.clone().into_iter().collect();
        prop_assert_eq!(got, want, "line {:?}", line);
    }
}
