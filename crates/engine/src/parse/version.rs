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
static OPENCLAW_WORD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)openclaw").expect("openclaw"));
static LABEL_WORDS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)version|you have:").expect("label words"));

/// At most this many version mentions are read from one line (a hostile line of 100,000
/// versions would otherwise become 100,000 facts).
pub const MAX_PER_LINE: usize = 8;

/// All version mentions on one line, strongest first.
pub fn scan_line(line: &str) -> Vec<VersionMention> {
    if !line.contains("20") {
        return Vec::new();
    }
    let mut out = Vec::new();
    // Every log line holds a `2026-…` timestamp: only run the word-anchored patterns where
    // their words are.
    let openclaw = OPENCLAW_WORD.is_match(line);
    let labelled = openclaw || LABEL_WORDS.is_match(line);
    if openclaw {
        for c in BANNER.captures_iter(line).take(MAX_PER_LINE) {
            if let Some(v) = c.get(1).and_then(|m| Version::parse(m.as_str())) {
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

    #[test]
    fn newest_prose_mention_wins() {
        let ms: Vec<_> = scan_line("worked on 2026.4.5, fails on 2026.4.10").into_iter().collect();
        assert_eq!(pick(&ms).unwrap().to_string(), "2026.4.10");
    }
}
