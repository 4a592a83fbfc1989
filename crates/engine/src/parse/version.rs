//! Version mentions: the `🦞 OpenClaw <ver> (<sha>)` banner, `openclaw --version` output,
//! `OpenClaw version: <ver>` lines, `Version │ <ver>` rows, and versions in prose.

use crate::versions::Version;
use regex::Regex;
use serde::{Deserialize, Serialize};
use std::sync::LazyLock;

/// How sure a mention is: a banner or labelled line beats a number in prose.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum VersionSource {
    Prose,
    Labelled,
    Banner,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VersionMention {
    pub version: Version,
    pub source: VersionSource,
}

/// A version: ASCII digits (OpenClaw prints no others; a Unicode `\d` made each pattern below
/// cost 3–4 M more instructions to compile, issue 14).
const VER: &str = r"[vV]?(20[0-9][0-9]\.[0-9]{1,2}\.[0-9]{1,2}(?:-(?:alpha|beta)\.?[0-9]+|-[0-9]+)?)(?:-(?:slim|browser|r[0-9]{8}))*";

/// The banner (the reference for [`banner_versions`], tests only).
#[cfg(test)]
static BANNER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?i)(?:🦞|ðŸ¦ž|๐ฆ)?\s*\bOpenClaw\s+{VER}(?:\s+\(([0-9a-f]{{7,40}})\))"))
        .expect("banner")
});
static LABELLED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)(?:openclaw\s+version\s*[:：]?|\bversion\s*[:：│|]\s*|🦞\s*openclaw\s+|\bopenclaw\s+(?:is\s+)?(?:at\s+|on\s+)?|you have:\s*){VER}\b"
    ))
    .expect("labelled")
});
static ANY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?:^|[^\w.@/-]){VER}(?:$|[^\w/-])")).expect("any"));

/// Words [`BANNER`] and [`LABELLED`] cannot match without (a literal search, much cheaper).
/// `OPENCLAW_WORD` is the reference for [`has_openclaw`] (tests only).
#[cfg(test)]
static OPENCLAW_WORD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)openclaw").expect("openclaw"));
static LABEL_WORDS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)version|you have:").expect("label words"));

/// `(?i)openclaw` matches `line`: ASCII case only, since no other character folds to one of
/// its letters (compiling the regex was 0.66 M instructions of a one-shot run, issue 14).
fn has_openclaw(line: &str) -> bool {
    line.as_bytes().windows(8).any(|w| w.eq_ignore_ascii_case(b"openclaw"))
}

/// Group 1 (the version) of the first `max` matches of [`BANNER`] in `line`, read by hand:
/// compiling the banner regex (Unicode `\s` and `\b`) was 1.7 M instructions of a one-shot
/// run (issue 14). A match is fixed by where its `OpenClaw` is (the optional emoji and blanks
/// before it only move its start, and nothing else fits inside a match), and every part of it
/// is fixed by the byte after it, so no backtracking is needed: digit and hex runs are
/// maximal, a suffix that does not complete is not taken (no tag starts like one).
fn banner_versions(line: &str, max: usize) -> Vec<&str> {
    let b = line.as_bytes();
    let mut out = Vec::new();
    let mut from = 0;
    while out.len() < max && from + 8 <= b.len() {
        let Some(p) = (from..=b.len() - 8).find(|&p| b[p..p + 8].eq_ignore_ascii_case(b"openclaw"))
        else {
            break;
        };
        match banner_at(line, p) {
            Some((version, end)) => {
                out.push(version);
                from = end;
            }
            None => from = p + 1,
        }
    }
    out
}

/// The version and the end of a banner whose `OpenClaw` is at `p`.
fn banner_at(line: &str, p: usize) -> Option<(&str, usize)> {
    let b = line.as_bytes();
    if line[..p].chars().next_back().is_some_and(regex_syntax::is_word_character) {
        return None;
    }
    let spaces = |i: usize| {
        let n: usize =
            line[i..].chars().take_while(|c| c.is_whitespace()).map(char::len_utf8).sum();
        i + n
    };
    let digits = |i: usize| i + b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
    let mut i = spaces(p + 8);
    if i == p + 8 {
        return None;
    }
    if matches!(b.get(i), Some(b'v' | b'V')) {
        i += 1;
    }
    let start = i;
    if !(b[i..].starts_with(b"20")
        && b.len() >= i + 4
        && b[i + 2..i + 4].iter().all(u8::is_ascii_digit))
    {
        return None;
    }
    i += 4;
    for _ in 0..2 {
        if b.get(i) != Some(&b'.') {
            return None;
        }
        let e = digits(i + 1);
        if !(1..=2).contains(&(e - i - 1)) {
            return None;
        }
        i = e;
    }
    if b.get(i) == Some(&b'-') {
        let word = ["alpha", "beta"].into_iter().find_map(|w| folded(line, i + 1, w));
        match word {
            Some(mut j) => {
                if b.get(j) == Some(&b'.') {
                    j += 1;
                }
                let e = digits(j);
                if e > j {
                    i = e;
                }
            }
            None => {
                let e = digits(i + 1);
                if e > i + 1 {
                    i = e;
                }
            }
        }
    }
    let version = &line[start..i];
    while b.get(i) == Some(&b'-') {
        let tag =
            folded(line, i + 1, "slim").or_else(|| folded(line, i + 1, "browser")).or_else(|| {
                (matches!(b.get(i + 1), Some(b'r' | b'R')) && digits(i + 2) == i + 10)
                    .then_some(i + 10)
            });
        match tag {
            Some(e) => i = e,
            None => break,
        }
    }
    let j = spaces(i);
    if j == i || b.get(j) != Some(&b'(') {
        return None;
    }
    let e = j + 1 + b[j + 1..].iter().take_while(|c| c.is_ascii_hexdigit()).count();
    ((7..=40).contains(&(e - j - 1)) && b.get(e) == Some(&b')')).then_some((version, e + 1))
}

/// End of `word` (ASCII lowercase) at `i` of `line` under `(?i)`: ASCII case, and the long s
/// `ſ` and Kelvin sign that Unicode folds to `s` and `k`.
fn folded(line: &str, i: usize, word: &str) -> Option<usize> {
    let mut chars = line.get(i..)?.char_indices();
    for w in word.chars() {
        let (_, c) = chars.next()?;
        let same =
            c.to_ascii_lowercase() == w || (w == 's' && c == 'ſ') || (w == 'k' && c == '\u{212A}');
        if !same {
            return None;
        }
    }
    Some(chars.next().map_or(line.len(), |(k, _)| i + k))
}

/// At most this many version mentions are read from one line (a hostile line of 100,000
/// versions would otherwise become 100,000 facts).
pub const MAX_PER_LINE: usize = 8;

/// All version mentions on one line, strongest first.
pub fn scan_line(line: &str) -> Vec<VersionMention> {
    if !has_version_head(line) {
        return Vec::new();
    }
    scan_gated(line)
}

/// `20`, two ASCII digits and `.`: every match of [`VER`] (and so of the banner, [`LABELLED`] and
/// [`ANY`]) holds one. Log lines hold `2026-…` timestamps, which passed a plain `20` test and
/// then paid a capture search per line (≈ 20 M instructions on a thread of 20 logs, issue 14).
fn has_version_head(line: &str) -> bool {
    let b = line.as_bytes();
    // Each `2` and the byte after it (`"20"` cannot overlap itself, so these are the places
    // `memmem::find_iter` found; it built a searcher per line, issue 14).
    memchr::memchr_iter(b'2', b).any(|i| {
        b.get(i + 1) == Some(&b'0')
            && b.get(i + 2).is_some_and(u8::is_ascii_digit)
            && b.get(i + 3).is_some_and(u8::is_ascii_digit)
            && b.get(i + 4) == Some(&b'.')
    })
}

/// [`scan_line`] past its gate (the tests run it on lines the gate turns away).
fn scan_gated(line: &str) -> Vec<VersionMention> {
    let mut out = Vec::new();
    // Every log line holds a `2026-…` timestamp: only run the word-anchored patterns where
    // their words are.
    let openclaw = has_openclaw(line);
    let labelled = openclaw || LABEL_WORDS.is_match(line);
    if openclaw {
        for m in banner_versions(line, MAX_PER_LINE) {
            if let Some(v) = Version::parse(m) {
                out.push(VersionMention { version: v, source: VersionSource::Banner });
            }
        }
    }
    if out.is_empty() && labelled {
        for c in LABELLED.captures_iter(line).take(MAX_PER_LINE) {
            if let Some(v) = c.get(1).and_then(|m| Version::parse(m.as_str())) {
                out.push(VersionMention { version: v, source: VersionSource::Labelled });
            }
        }
    }
    if out.is_empty() {
        // Skip ISO dates and log timestamps: `2026-05-21T…` never matches (dashes), and
        // `openclaw@2026.5.22` is excluded by the `@` guard.
        for c in ANY.captures_iter(line).take(MAX_PER_LINE) {
            if let Some(v) = c.get(1).and_then(|m| Version::parse(m.as_str())) {
                out.push(VersionMention { version: v, source: VersionSource::Prose });
            }
        }
    }
    out
}

/// Pick the thread's version: the strongest source wins; among prose mentions the newest
/// (people upgrade and then ask: "worked on 4.5, fails on 4.10").
pub fn pick<'a>(mentions: impl IntoIterator<Item = &'a VersionMention>) -> Option<Version> {
    let mut best: Option<&VersionMention> = None;
    for m in mentions {
        best = match best {
            None => Some(m),
            Some(b) if m.source > b.source => Some(m),
            Some(b)
                if m.source == b.source
                    && m.source == VersionSource::Prose
                    && m.version > b.version =>
            {
                Some(m)
            }
            Some(b) if m.source == b.source && m.source != VersionSource::Prose => Some(m),
            keep => keep,
        };
    }
    best.map(|m| m.version)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn first(line: &str) -> Option<(String, VersionSource)> {
        scan_line(line).first().map(|m| (m.version.to_string(), m.source))
    }

    #[test]
    fn finds_versions_by_source() {
        assert_eq!(
            first("🦞 OpenClaw 2026.6.9 (c645ec4) — tagline"),
            Some(("2026.6.9".into(), VersionSource::Banner))
        );
        assert_eq!(
            first("OpenClaw version: v2026.7.2-beta.2"),
            Some(("2026.7.2-beta.2".into(), VersionSource::Labelled))
        );
        assert_eq!(first("I'm on 2026.6.9 now"), Some(("2026.6.9".into(), VersionSource::Prose)));
        assert_eq!(first("npm i -g openclaw@2026.5.22"), None);
        assert_eq!(first("2026-05-21T06:00:02.913+00:00 [diagnostic]"), None);
    }

    #[test]
    fn versions_as_users_write_them() {
        for (line, want) in [
            ("I'm on v2026.3.11", "2026.3.11"),
            ("running V2026.5.12 on the mini", "2026.5.12"),
            ("openclaw --version → 2026.2.3-1 (d84eb46)", "2026.2.3-1"),
            ("OpenClaw 2026.6.9", "2026.6.9"),
            ("🦞 OpenClaw 2026.6.9 (c645ec4)", "2026.6.9"),
            ("2026.7.1-beta.2 (a580a7f)", "2026.7.1-beta.2"),
            ("2026.5.12 (a1b2c3d)", "2026.5.12"),
        ] {
            assert_eq!(first(line).map(|(v, _)| v), Some(want.to_string()), "{line}");
        }
        for line in ["I'm on v2026.6.34", "updated to latest", "最新版です", "2026.13.1"] {
            assert_eq!(first(line), None, "{line}");
        }
    }

    /// `banner_versions` reads the versions `BANNER` captures, on lines built from every part
    /// of the pattern (case variants, the long s, Unicode blanks and word characters before
    /// `OpenClaw`) and near misses, and on the fixtures.
    #[test]
    fn banner_as_the_regex_says() {
        const PARTS: &[&str] = &[
            "🦞",
            "ðŸ¦ž",
            " ",
            "  ",
            "\t",
            "\u{3000}",
            "\u{a0}",
            "OpenClaw",
            "OPENCLAW",
            "openclaw",
            "OpenClaw ",
            "x",
            "é",
            "_",
            "1",
            "2026.6.9",
            "v2026.6.12",
            "V2026.12.1",
            "2026.6.123",
            "2026.6",
            "2019.1.1",
            "-beta.2",
            "-BETA3",
            "-alpha",
            "-Alpha.1",
            "-12",
            "-",
            "-slim",
            "-ſlim",
            "-SLIM",
            "-browser",
            "-BROWſER",
            "-r12345678",
            "-R12345678",
            "-r123456789",
            "-r1234567",
            "(c645ec4)",
            " (c645ec4)",
            "(C645EC4)",
            "(abc)",
            "(c645ec4",
            "(0123456789abcdef0123456789abcdef01234567)",
            "(0123456789abcdef0123456789abcdef012345678)",
            ")",
            "(",
            ".",
            "—",
        ];
        let mut seed = 0xD1B5_4A32_D192_ED03_u64;
        let mut lines: Vec<String> = Vec::new();
        for _ in 0..200_000 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let mut r = seed;
            let mut l = String::new();
            if r % 3 != 0 {
                l.push_str("OpenClaw 2026.6.9");
            }
            for _ in 0..(r >> 4) % 9 {
                l.push_str(PARTS[(r % PARTS.len() as u64) as usize]);
                r = r.rotate_right(11).wrapping_mul(0x9E37_79B9_7F4A_7C15);
            }
            lines.push(l);
        }
        for f in [
            include_str!("../../benches/fixtures/probe_table.txt"),
            include_str!("../../benches/fixtures/models_status.txt"),
        ] {
            lines.extend(f.lines().map(String::from));
        }
        // Every character up to U+2FFF in place of each letter the regex folds case in.
        let base =
            "OpenClaw 2026.6.9-beta.2-slim-browser (c645ec4) OpenClaw 2026.6.9-alpha1 (c645ec4)";
        for c in ('\u{80}'..='\u{2FFF}').chain(['K', 'k']) {
            for (i, _) in base.char_indices().filter(|(_, c)| c.is_ascii_alphabetic()) {
                lines.push(format!("{}{c}{}", &base[..i], &base[i + 1..]));
            }
        }
        let mut matched = 0;
        for l in &lines {
            let want: Vec<&str> = BANNER
                .captures_iter(l)
                .take(MAX_PER_LINE)
                .filter_map(|c| c.get(1).map(|m| m.as_str()))
                .collect();
            matched += usize::from(!want.is_empty());
            assert_eq!(has_openclaw(l), OPENCLAW_WORD.is_match(l), "{l:?}");
            assert_eq!(banner_versions(l, MAX_PER_LINE), want, "{l:?}");
        }
        assert!(matched > 2_000, "only {matched} lines hold a banner");
    }

    /// The gate turns away only lines none of the patterns can match, and passes what its
    /// substring-search reference passes: on every line of the fixtures and the messages
    /// table, and on generated lines around the gate's bytes.
    #[test]
    fn version_head_gate_is_necessary() {
        let fixtures = [
            include_str!("../../benches/fixtures/probe_table.txt"),
            include_str!("../../benches/fixtures/gateway_log_200.txt"),
            include_str!("../../tests/data/messages.tsv"),
        ];
        let mut lines: Vec<String> =
            fixtures.iter().flat_map(|f| f.lines().map(str::to_string)).collect();
        let pieces = [
            "OpenClaw ",
            "openclaw version: ",
            "version │ ",
            "v",
            "V",
            "2026",
            "2026.6.9",
            "2026.10.",
            "2026.5",
            "20.6.9",
            "2026-05-21",
            "2026.6.9-slim",
            "20",
            "2",
            "0",
            "5",
            ".",
            "-",
            "beta.",
            "1",
            "12",
            " (c645ec4)",
            " ",
            "@",
            "/",
            "you have: ",
            "é",
        ];
        let mut seed = 0x2545_f491_u32;
        for _ in 0..40_000 {
            let mut line = String::new();
            for _ in 0..(seed % 9 + 1) {
                seed ^= seed << 13;
                seed ^= seed >> 17;
                seed ^= seed << 5;
                line.push_str(pieces[seed as usize % pieces.len()]);
            }
            lines.push(line);
        }
        // The gate as first written, a substring search for `20`.
        let head_reference = |line: &str| {
            let b = line.as_bytes();
            memchr::memmem::find_iter(b, b"20").any(|i| {
                b.get(i + 2).is_some_and(u8::is_ascii_digit)
                    && b.get(i + 3).is_some_and(u8::is_ascii_digit)
                    && b.get(i + 4) == Some(&b'.')
            })
        };
        let mut seen = 0;
        for line in &lines {
            assert_eq!(has_version_head(line), head_reference(line), "{line:?}");
            let found = scan_gated(line);
            seen += usize::from(!found.is_empty());
            if !has_version_head(line) {
                assert!(found.is_empty(), "the gate turned away {line:?}");
            }
        }
        assert!(seen > 500, "only {seen} lines with a version");
    }

    #[test]
    fn newest_prose_mention_wins() {
        let ms: Vec<_> = scan_line("worked on 2026.4.5, fails on 2026.4.10").into_iter().collect();
        assert_eq!(pick(&ms).unwrap().to_string(), "2026.4.10");
    }
}
