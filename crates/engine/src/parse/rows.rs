//! Two rows of the signal table read by hand, as `pins.rs` reads the pin rows: the quoted
//! `NoApiKey` and `UnknownModel`. Capturing their groups with the regex engine (its bounded
//! backtracker, ≈ 2.5 µs a line) was a tenth of a mixed paste's cost (issue 14). The reading
//! is exact for the patterns below as `signals.rs` compiles them (`\w` in a class is ASCII;
//! `\s`, `\S` stay Unicode: `char::is_whitespace` is the same White_Space property); a row
//! whose pattern differs is run as a regex.

/// `No API key found for provider "<p>".` with the auth store and agent dir that may follow.
pub const NO_API_KEY: &str = r#"No API key found for provider "(?P<p>[^"]+)"(?:\.\s*Auth store:\s*(?P<x>\S+)(?:\s+\(agentDir:\s*(?P<id>[^)]+)\))?)?"#;
/// `Unknown model: <provider>/<model>` ended by a blank, a quote or the end of the text.
pub const UNKNOWN_MODEL: &str = r#"Unknown model: (?P<r>[\w.-]+/[^\s"]+?)\.?(?:\s|"|$)"#;

/// Which row.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Reader {
    NoApiKey,
    UnknownModel,
}

/// A group's span, `None` when it took no part in the match.
pub type Span = Option<(usize, usize)>;

/// A match's end and the spans of the groups `p`, `id`, `r` and `x` (the match starts where
/// it was read).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct RowMatch {
    pub end: usize,
    pub p: Span,
    pub id: Span,
    pub r: Span,
    pub x: Span,
}

impl Reader {
    /// The row read by hand for a table pattern, if any.
    pub fn of(pattern: &str) -> Option<Reader> {
        match pattern {
            NO_API_KEY => Some(Reader::NoApiKey),
            UNKNOWN_MODEL => Some(Reader::UnknownModel),
            _ => None,
        }
    }

    /// The match starting at `q` in `text`, as the row's regex captures it when its
    /// leftmost-first match from `q` starts at `q` (every match starts with the row's literal
    /// head, so there is at most one).
    pub fn read_at(self, text: &str, q: usize) -> Option<RowMatch> {
        match self {
            Reader::NoApiKey => no_api_key(text, q),
            Reader::UnknownModel => unknown_model(text, q),
        }
    }
}

/// The end of the run of (Unicode) white space from `i` (`\s*`).
fn blanks(text: &str, i: usize) -> usize {
    i + text[i..].find(|c: char| !c.is_whitespace()).unwrap_or(text.len() - i)
}

/// The end of the run of characters that are not white space from `i` (`\S*`).
fn nonblanks(text: &str, i: usize) -> usize {
    i + text[i..].find(char::is_whitespace).unwrap_or(text.len() - i)
}

/// The position after `word` when the text has it at `i`.
fn after(t: &[u8], i: usize, word: &[u8]) -> Option<usize> {
    t.get(i..)?.starts_with(word).then_some(i + word.len())
}

fn no_api_key(text: &str, q: usize) -> Option<RowMatch> {
    let t = text.as_bytes();
    let p0 = after(t, q, b"No API key found for provider \"")?;
    // `[^"]+"`: the provider runs to the next quote.
    let p1 = p0 + memchr::memchr(b'"', &t[p0..])?;
    if p1 == p0 {
        return None;
    }
    let mut m = RowMatch { end: p1 + 1, p: Some((p0, p1)), ..RowMatch::default() };
    // The optional tail, greedy: taken when it matches. `\s*` before a literal that starts
    // with no blank takes every blank; `\S+` after one takes the whole run (a shorter one
    // leaves a non-blank where the next part needs a blank or the end).
    let Some(i) = after(t, p1 + 1, b".") else { return Some(m) };
    let Some(i) = after(t, blanks(text, i), b"Auth store:") else { return Some(m) };
    let x0 = blanks(text, i);
    let x1 = nonblanks(text, x0);
    if x1 == x0 {
        return Some(m);
    }
    (m.x, m.end) = (Some((x0, x1)), x1);
    let j = blanks(text, x1);
    if j == x1 {
        return Some(m);
    }
    let Some(j) = after(t, j, b"(agentDir:") else { return Some(m) };
    // `\s*(?P<id>[^)]+)\)`: the id runs from the blanks' end to the next `)`; when that `)`
    // ends the blanks, `\s*` gives back its last blank to the id.
    let k = blanks(text, j);
    let Some(close) = memchr::memchr(b')', &t[k..]).map(|c| k + c) else { return Some(m) };
    let id0 = if close > k {
        k
    } else if k > j {
        text[..k].char_indices().next_back().map_or(k, |(c, _)| c)
    } else {
        return Some(m);
    };
    (m.id, m.end) = (Some((id0, close)), close + 1);
    Some(m)
}

/// `(?:\s|"|$)` at `i`: the length it matches.
fn end_mark(text: &str, i: usize) -> Option<usize> {
    match text[i..].chars().next() {
        None => Some(0),
        Some(c) if c.is_whitespace() || c == '"' => Some(c.len_utf8()),
        Some(_) => None,
    }
}

fn unknown_model(text: &str, q: usize) -> Option<RowMatch> {
    let t = text.as_bytes();
    let r0 = after(t, q, b"Unknown model: ")?;
    // `[\w.-]+/` (ASCII `\w`): the run holds no `/`, so only the whole run can precede it.
    let s = r0
        + t[r0..]
            .iter()
            .take_while(|&&b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'-'))
            .count();
    if s == r0 || t.get(s) != Some(&b'/') {
        return None;
    }
    // `[^\s"]+?` lazy: one character, then the shortest run after which `\.?` (a `.` first)
    // and an end mark follow. A character that is no end mark is in the class.
    let c = text[s + 1..].chars().next()?;
    if c.is_whitespace() || c == '"' {
        return None;
    }
    let mut e = s + 1 + c.len_utf8();
    loop {
        if t.get(e) == Some(&b'.') {
            if let Some(n) = end_mark(text, e + 1) {
                return Some(RowMatch { end: e + 1 + n, r: Some((r0, e)), ..RowMatch::default() });
            }
        }
        if let Some(n) = end_mark(text, e) {
            return Some(RowMatch { end: e + n, r: Some((r0, e)), ..RowMatch::default() });
        }
        e += text[e..].chars().next().map_or(1, char::len_utf8);
    }
}
