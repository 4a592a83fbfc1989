//! Gateway log decision lines (formats.md §10): `model fallback decision:` and
//! `embedded run failover decision:`. Write-ups abbreviate them, so any subset of the
//! `key=value` pairs is accepted; `detail=` and `rawError=` run to the end of the line.

use super::Fact;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::sync::LazyLock;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DecisionLine {
    /// `fallback` for `[model-fallback/decision]`, `failover` for the embedded runner.
    pub family: String,
    pub fields: BTreeMap<String, String>,
}

impl DecisionLine {
    pub fn get(&self, key: &str) -> Option<&str> {
        self.fields.get(key).map(String::as_str)
    }
}

/// The `key=value` pairs of `(?:^|\s)([A-Za-z]\w*)=(\S+)`, without a regex: every
/// whitespace-separated token whose part before the first `=` is a key. (Captures per pair were
/// a tenth of the time of a 1 MiB log paste; docs/performance.md.) An ASCII line (every log
/// line) is split by bytes: the per-character split decoded every character of the decision
/// lines of a paste (issue 14); a line with other characters keeps the reference,
/// [`pairs_by_char`], whose Unicode blanks and letters the bytes would not see.
fn pairs<'a>(head: &'a str, mut pair: impl FnMut(&'a str, &'a str)) {
    if !head.is_ascii() {
        pairs_by_char(head).for_each(|(k, v)| pair(k, v));
        return;
    }
    // `char::is_whitespace` in ASCII: tab, line feed, vertical tab, form feed, return, space.
    let blank = |b: u8| matches!(b, b'\t'..=b'\r' | b' ');
    // Only a token with an `=` gives a pair: `memchr` finds the next `=`, its token runs from
    // the blank before it (after the last token read) to the blank after it, and the bytes of
    // tokens without one are not looked at byte by byte.
    let b = head.as_bytes();
    let mut pos = 0;
    while let Some(n) = memchr::memchr(b'=', &b[pos..]) {
        let eq = pos + n;
        let start = b[pos..eq].iter().rposition(|&x| blank(x)).map_or(pos, |n| pos + n + 1);
        let end = b[eq + 1..].iter().position(|&x| blank(x)).map_or(b.len(), |n| eq + 1 + n);
        let (k, v) = (&head[start..eq], &head[eq + 1..end]);
        let kb = k.as_bytes();
        let key = kb.first().is_some_and(u8::is_ascii_alphabetic)
            && kb[1..].iter().all(|&c| c.is_ascii_alphanumeric() || c == b'_');
        if key && !v.is_empty() {
            pair(k, v);
        }
        if end >= b.len() {
            break;
        }
        pos = end + 1;
    }
}

/// [`pairs`] by characters: the path of a line that is not ASCII, and the reference.
fn pairs_by_char(head: &str) -> impl Iterator<Item = (&str, &str)> {
    head.split(char::is_whitespace).filter_map(|tok| {
        let (k, v) = tok.split_once('=')?;
        let mut kc = k.chars();
        let key = kc.next().is_some_and(|c| c.is_ascii_alphabetic())
            && kc.all(|c| c.is_alphanumeric() || c == '_');
        (key && !v.is_empty()).then_some((k, v))
    })
}

/// `decision=`, searched for in every line of a paste: one searcher built once, not a
/// `str::contains` searcher set up per line (issue 14).
static DECISION: LazyLock<memchr::memmem::Finder<'static>> =
    LazyLock::new(|| memchr::memmem::Finder::new("decision="));

/// What makes a decision line the embedded runner's (`failover`), and the two keys whose values
/// run to the end of the line: finders built once, where five `str::contains` and two
/// `str::find` each set up a searcher and walked the whole line (issue 14).
const FAILOVER_MARKS: [&str; 2] = ["failover decision", "stage="];
static FAILOVER: LazyLock<[memchr::memmem::Finder<'static>; 2]> =
    LazyLock::new(|| FAILOVER_MARKS.map(memchr::memmem::Finder::new));
/// The `decision=` values of the embedded runner: read after each `decision=` of the line
/// ([`DECISION`] found the first), not searched for in three more walks of it.
const FAILOVER_DECISIONS: [&str; 3] = ["fallback_model", "rotate_profile", "surface_error"];
static DETAIL: LazyLock<memchr::memmem::Finder<'static>> =
    LazyLock::new(|| memchr::memmem::Finder::new(" detail="));
static RAW_ERROR: LazyLock<memchr::memmem::Finder<'static>> =
    LazyLock::new(|| memchr::memmem::Finder::new(" rawError="));

pub fn parse_line(line: &str) -> Option<Fact> {
    let b = line.as_bytes();
    let first = DECISION.find(b)?;
    let failover_decision = || {
        let mut at = Some(first);
        while let Some(p) = at {
            let value = &b[p + DECISION.needle().len()..];
            if FAILOVER_DECISIONS.iter().any(|d| value.starts_with(d.as_bytes())) {
                return true;
            }
            at = DECISION.find(value).map(|n| p + DECISION.needle().len() + n);
        }
        false
    };
    let failover = FAILOVER.iter().any(|f| f.find(b).is_some()) || failover_decision();
    let family = if failover { "failover" } else { "fallback" };
    // The finders' byte offsets start a `' '`, a character boundary.
    let (head, tail) = match DETAIL.find(b).or_else(|| RAW_ERROR.find(b)) {
        Some(p) => line.split_at(p),
        None => (line, ""),
    };
    let mut fields = BTreeMap::new();
    pairs(head, |k, v| {
        fields.insert(k.to_string(), v.to_string());
    });
    let tail = tail.trim();
    if let Some((k, v)) = tail.split_once('=') {
        fields.insert(k.to_string(), v.to_string());
    }
    Some(Fact::Decision(DecisionLine { family: family.to_string(), fields }))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `pairs` finds the pairs `pairs_by_char` finds, in the same order, and `DECISION` finds
    /// `decision=` where `str::contains` does: on generated lines of keys, values, `=`, ASCII
    /// and Unicode blanks and letters, and on the fixtures' lines.
    #[test]
    fn pairs_as_by_char_says() {
        let pieces = [
            "a",
            "Z",
            "k1",
            "_",
            "=",
            "==",
            "x=y",
            " ",
            "  ",
            "\t",
            "\x0b",
            "\x0c",
            "\r",
            "\u{a0}",
            "\u{3000}",
            "é",
            "1",
            "-",
            "decision=",
            "a=b",
            "\"",
            "é=1",
            "aé=1",
            " detail=",
            " rawError=",
            "failover decision",
            "stage=",
            "decision=fallback_model",
            "decision=rotate_profile",
            "decision=surface_error",
            "decision=candidate_failed",
            "fallback_model",
            "surface_error",
            "rotate_profil",
        ];
        let mut rng = crate::testgen::XorShift(0x2545_F491_4F6C_DD1D);
        let mut lines: Vec<String> = (0..50_000)
            .map(|_| {
                let n = rng.below(16);
                (0..n).map(|_| pieces[rng.below(pieces.len())]).collect()
            })
            .collect();
        for f in crate::testgen::fixture_texts() {
            lines.extend(f.lines().map(String::from));
        }
        for l in &lines {
            assert_eq!(DECISION.find(l.as_bytes()).is_some(), l.contains("decision="), "{l:?}");
            let mut got = Vec::new();
            pairs(l, |k, v| got.push((k, v)));
            assert_eq!(got, pairs_by_char(l).collect::<Vec<_>>(), "{l:?}");
            assert_eq!(parse_line(l), parse_line_reference(l), "{l:?}");
        }
    }

    /// [`parse_line`] as first written, with `str::contains` and `str::find`.
    fn parse_line_reference(line: &str) -> Option<Fact> {
        if !line.contains("decision=") {
            return None;
        }
        let family = if line.contains("failover decision")
            || line.contains("stage=")
            || line.contains("decision=fallback_model")
            || line.contains("decision=rotate_profile")
            || line.contains("decision=surface_error")
        {
            "failover"
        } else {
            "fallback"
        };
        let (head, tail) = match line.find(" detail=").or_else(|| line.find(" rawError=")) {
            Some(p) => line.split_at(p),
            None => (line, ""),
        };
        let mut fields = BTreeMap::new();
        for (k, v) in pairs_by_char(head) {
            fields.insert(k.to_string(), v.to_string());
        }
        if let Some((k, v)) = tail.trim().split_once('=') {
            fields.insert(k.to_string(), v.to_string());
        }
        Some(Fact::Decision(DecisionLine { family: family.to_string(), fields }))
    }
}
