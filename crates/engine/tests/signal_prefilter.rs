//! The signal prefilter (parse/prefilter.rs) never drops a row that can match: on every line
//! of the project's pastes (the messages.md table, benchmark fixtures, example pastes, the
//! fuzz corpus), in its normalised form and case-changed, each row a `RegexSet` of the whole
//! table says matches is among the prefilter's candidates. So `scan_line` finds exactly what
//! it found with the set (issue 14).

use clawmedic_engine::parse::prefilter::Prefilter;
use clawmedic_engine::parse::signals::{normalize, scan_line, Signal, SignalKind, TABLE};
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

/// `lines` cut every `width` characters (an empty line stays one), as a terminal wraps them.
fn hard_wrapped<'a>(lines: impl IntoIterator<Item = &'a String>, width: usize) -> Vec<String> {
    let mut wrapped = Vec::new();
    for line in lines {
        let chars: Vec<char> = line.chars().collect();
        if chars.is_empty() {
            wrapped.push(String::new());
        }
        for piece in chars.chunks(width) {
            wrapped.push(piece.iter().collect());
        }
    }
    wrapped
}

/// Runs a `Scanner` over each text and asserts that every line and every window of two and
/// three lines gives what `scan_line` and `scan_wrapped` give. Returns the number of windows
/// and of those whose signals `count` holds.
fn scanner_agrees(texts: &[Vec<String>], count: impl Fn(&[Signal]) -> bool) -> (usize, usize) {
    use clawmedic_engine::parse::signals::{scan_wrapped, Scanner};
    let (mut windows, mut counted) = (0, 0);
    for text in texts {
        let lines: Vec<&str> = text.iter().map(String::as_str).collect();
        let mut scan = Scanner::new(&lines);
        for i in 0..lines.len() {
            assert_eq!(scan.line(i), scan_line(lines[i]), "line {:?}", lines[i]);
            for n in 1..=2 {
                if i + n >= lines.len() {
                    break;
                }
                let want = scan_wrapped(lines[i], &lines[i + 1..=i + n]);
                assert_eq!(scan.wrapped(i, n), want, "window {:?}", &lines[i..=i + n]);
                windows += 1;
                counted += usize::from(count(&want));
            }
        }
    }
    (windows, counted)
}

/// `Scanner` (what `parse_message` uses: each line read once, windows from their lines'
/// literals, only rows that can cross a line break tried on a window) finds exactly what
/// `scan_line` and `scan_wrapped` find, on the corpus as it is, upper-cased, and hard-wrapped
/// at several widths (so that signatures do cross line breaks).
#[test]
fn scanner_finds_what_scan_line_and_scan_wrapped_find() {
    let corpus = corpus();
    let mut texts: Vec<Vec<String>> = vec![corpus.clone()];
    texts.push(corpus.iter().map(|l| l.to_uppercase()).collect());
    for width in [23, 41, 60, 80] {
        texts.push(hard_wrapped(&corpus, width));
    }
    let (windows, crossing) = scanner_agrees(&texts, |want| !want.is_empty());
    assert!(windows > 50_000 && crossing > 500, "{windows} windows, {crossing} with a signal");
}

/// The pin rows (`PinMismatch`, read by hand) in windows: `Scanner` takes a line's pin match
/// that ends before the join as the window's match there (it does not cross) instead of
/// reading it again. Lines of pin errors and near misses (ids with `!is`, `x` ending in `.`
/// or `-`, `is`/`for`/`not` at the line's end, several matches per line), plain, upper-cased
/// and cut at every width from 7 to 90, give the same signals as `scan_line`/`scan_wrapped`.
#[test]
fn scanner_pin_windows_are_scan_wrapped() {
    let pieces = [
        "Auth profile \"openai-codex:a@b.c\" is for openai-codex, not openai.",
        "Auth profile \"openai-codex:a@b.c\" is for openai-codex, not openai.com.",
        "Auth profile \"x:y\" is for p, not q",
        "Auth profile \"x:y\" is for",
        "profile openai:kim is for openai-codex, not openai",
        "profile openai:kim!is for a not b-",
        "Profile: anthropic:work is meant for anthropic not openai.",
        "the profile 'openai:x' is only for openai, not",
        "profile openai:x.. is for a, not b. profile c:d is for e, not f",
        "PROFILE A:B IS FOR C, NOT D.",
        "profile a:b is",
        "for c, not d",
        "not openai.",
        "see profile",
        "\"openai:z\" is intended for openai-codex, not openai-",
        "Auth profile \"a:b\" is for c, not d. Auth profile \"e:f\" is for g, not h.",
    ];
    let mut texts: Vec<Vec<String>> = Vec::new();
    let mut all = Vec::new();
    for (k, a) in pieces.iter().enumerate() {
        for b in pieces.iter().skip(k % 3).step_by(3) {
            all.push(format!("{a} {b}"));
            all.push(format!("{a}  {b}  "));
        }
    }
    texts.push(all.clone());
    texts.push(all.iter().map(|l| l.to_uppercase()).collect());
    for width in 7..=90 {
        texts.push(hard_wrapped(all.iter().step_by(1 + width % 4), width));
    }
    let (_, crossing) =
        scanner_agrees(&texts, |want| want.iter().any(|s| s.kind == SignalKind::PinMismatch));
    assert!(crossing > 1_000, "{crossing} windows with a crossing pin match");
}

/// Rows searched by their automata in windows: a search the line scan made from a start and
/// that stopped before the line's end is taken for the window's instead of walking it again.
/// Commands (`CliCommand`, head and stops), `auth` words (`Http401`), login hints and refresh
/// failures, with trailing blanks, backticks and bold, cut at every width from 5 to 70, give
/// the same signals as `scan_line`/`scan_wrapped`.
#[test]
fn scanner_windows_reuse_stopped_searches() {
    let pieces = [
        "Re-auth with openclaw models auth login --provider openai-codex, then try again.",
        "run `openclaw models status` and **auth** ·",
        "openclaw doctor",
        "auth · 401",
        "HTTP 401 Unauthorized",
        "Auth store: ~/.openclaw/agents/a0/agent/openclaw-agent.sqlite",
        "OAuth token refresh failed for openai",
        "Model login expired on the gateway for openai-codex",
        "openclaw --profile work models auth order set openai:x   ",
        "\"openclaw logs\" 'x' auth",
        "status=401 auth  ",
        "OAuth token has  expired",
    ];
    let mut all = Vec::new();
    for (k, a) in pieces.iter().enumerate() {
        for b in pieces.iter().skip(k % 2).step_by(2) {
            all.push(format!("{a} {b}"));
            all.push(format!("{a}  {b}\t"));
        }
    }
    let mut texts: Vec<Vec<String>> = vec![all.clone()];
    for width in 5..=70 {
        texts.push(hard_wrapped(all.iter().step_by(1 + width % 3), width));
    }

    let (_, crossing) = scanner_agrees(&texts, |want| {
        want.iter().any(|s| {
            matches!(
                s.kind,
                SignalKind::CliCommand | SignalKind::Http401 | SignalKind::OAuthTokenExpired
            )
        })
    });
    assert!(crossing > 1_000, "{crossing} windows with a crossing command or 401");
}

/// A row `can_cross` says no to has no match with a space after its first byte: matches
/// generated from each such row's pattern (look-arounds dropped, which only admits more).
#[test]
fn rows_that_cannot_cross_hold_no_inner_space() {
    use clawmedic_engine::parse::prefilter::can_cross;
    use proptest::test_runner::{Config, TestRunner};
    let rows: Vec<&str> = TABLE.iter().map(|r| r.re).filter(|p| !can_cross(p)).collect();
    assert!(rows.len() >= 2, "the mention rows cannot cross: {rows:?}");
    for p in rows {
        let free = drop_assertions(p);
        let gen = proptest::string::string_regex(&free).expect("pattern generates");
        let mut runner = TestRunner::new(Config { cases: 2_000, ..Config::default() });
        runner
            .run(&gen, |m| {
                assert!(!m.as_bytes()[1.min(m.len())..].contains(&b' '), "{p}: {m:?}");
                Ok(())
            })
            .expect("no inner space");
    }
}

/// Every match of a row starts with one of the row's prefix literals (`literals::
/// prefix_literals`, which `Scanner` trusts to skip a window): matches generated from each
/// row's pattern (assertions dropped, which only admits more), compared in ASCII lower case.
#[test]
fn matches_start_with_a_prefix_literal() {
    use clawmedic_engine::parse::literals::prefix_literals;
    use proptest::test_runner::{Config, TestRunner};
    let mut with_prefix = 0;
    for row in TABLE {
        let Some(prefixes) = prefix_literals(row.re) else { continue };
        with_prefix += 1;
        let free = drop_assertions(row.re);
        let gen = proptest::string::string_regex(&free).expect("pattern generates");
        let mut runner = TestRunner::new(Config { cases: 300, ..Config::default() });
        runner
            .run(&gen, |m| {
                let lower = m.as_bytes().to_ascii_lowercase();
                assert!(
                    prefixes.iter().any(|p| lower.starts_with(p)),
                    "{}: {m:?} starts with none of {prefixes:?}",
                    row.re
                );
                Ok(())
            })
            .expect("a prefix literal");
    }
    assert!(with_prefix > 100, "only {with_prefix} rows have prefix literals");
}

/// `pattern` without `\b`, `^` and `$` (a generator cannot honour them; without them the
/// pattern matches more, never less).
fn drop_assertions(pattern: &str) -> String {
    let mut out = String::new();
    let mut in_class = false;
    let mut chars = pattern.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                let e = chars.next().unwrap_or('\\');
                if in_class || e != 'b' {
                    out.push(c);
                    out.push(e);
                }
            }
            '[' if !in_class => {
                in_class = true;
                out.push(c);
                if chars.peek() == Some(&'^') {
                    out.push('^');
                    chars.next();
                }
                if chars.peek() == Some(&']') {
                    out.push(']');
                    chars.next();
                }
            }
            ']' if in_class => {
                in_class = false;
                out.push(c);
            }
            '^' | '$' if !in_class => {}
            _ => out.push(c),
        }
    }
    out
}
