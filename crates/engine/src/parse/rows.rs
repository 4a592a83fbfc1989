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

/// `Model login expired on the gateway for <p>`, the provider optional.
pub const LOGIN_EXPIRED: &str = r"Model login expired on the gateway(?: for (?P<p>[\w.-]+))?";
/// `Model login failed on the gateway for <p>`, the provider optional.
pub const LOGIN_FAILED: &str = r"Model login failed on the gateway(?: for (?P<p>[\w.-]+))?";

/// Which row.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Reader {
    NoApiKey,
    UnknownModel,
    LoginExpired,
    LoginFailed,
    RefreshFailed,
    NoApiKeyUnquoted,
    ExternalCli,
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
            LOGIN_EXPIRED => Some(Reader::LoginExpired),
            LOGIN_FAILED => Some(Reader::LoginFailed),
            REFRESH_FAILED => Some(Reader::RefreshFailed),
            NO_API_KEY_UNQUOTED => Some(Reader::NoApiKeyUnquoted),
            EXTERNAL_CLI => Some(Reader::ExternalCli),
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
            Reader::LoginExpired => model_login(text, q, b"Model login expired on the gateway"),
            Reader::LoginFailed => model_login(text, q, b"Model login failed on the gateway"),
            Reader::RefreshFailed => refresh_failed(text, q),
            Reader::NoApiKeyUnquoted => no_api_key_unquoted(text, q),
            Reader::ExternalCli => external_cli(text, q),
        }
    }

    /// Whether the row is found by [`Reader::find_at`] (a row without prefix literals, whose
    /// matches the line scan cannot read at literal hits).
    pub fn searches(self) -> bool {
        self == Reader::RefreshFailed
    }

    /// The leftmost-first match at or after `from` and its start, as `Regex::captures_at`
    /// finds it, for a row that [`Reader::searches`] (`None` for the others).
    pub fn find_at(self, text: &str, from: usize) -> Option<(usize, RowMatch)> {
        match self {
            Reader::RefreshFailed => refresh_failed_from(text, from),
            _ => None,
        }
    }
}

/// The end of the run of (Unicode) white space from `i` (`\s*`).
fn blanks(text: &str, i: usize) -> usize {
    run_of(text, i, true)
}

/// The end of the run of characters that are not white space from `i` (`\S*`).
fn nonblanks(text: &str, i: usize) -> usize {
    run_of(text, i, false)
}

/// The end of the run from `i` of characters that are white space (`blank`) or not: ASCII
/// bytes tested as bytes (a path of an auth store is decoded no more), other characters
/// decoded (`char::is_whitespace` is the White_Space property, as `\s`).
fn run_of(text: &str, mut i: usize, blank: bool) -> usize {
    let t = text.as_bytes();
    loop {
        let ascii = |b: u8| b.is_ascii() && matches!(b, b'\t'..=b'\r' | b' ') == blank;
        i += t.get(i..).map_or(0, |r| r.iter().take_while(|&&b| ascii(b)).count());
        match t.get(i) {
            Some(b) if !b.is_ascii() => {
                let c = text[i..].chars().next().unwrap_or_default();
                if c.is_whitespace() != blank {
                    return i;
                }
                i += c.len_utf8();
            }
            _ => return i,
        }
    }
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

/// `[\w.-]` with ASCII `\w`.
fn class_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'-')
}

/// The end of the run of [`class_byte`]s from `i`.
fn class_run(t: &[u8], i: usize) -> usize {
    i + t[i..].iter().take_while(|&&b| class_byte(b)).count()
}

/// `<head>(?: for (?P<p>[\w.-]+))?`: the optional part is greedy and its run takes every byte
/// of the class.
fn model_login(text: &str, q: usize, head: &[u8]) -> Option<RowMatch> {
    let t = text.as_bytes();
    let end = after(t, q, head)?;
    let m = RowMatch { end, ..RowMatch::default() };
    let Some(p0) = after(t, end, b" for ") else { return Some(m) };
    let p1 = class_run(t, p0);
    if p1 == p0 {
        return Some(m);
    }
    Some(RowMatch { end: p1, p: Some((p0, p1)), ..RowMatch::default() })
}

/// `CliCommand`'s row: a CLI name, an optional `--profile <name>` or `--dev`, and a command
/// word that starts the group `x`, which a final star of `[^\n`'\x22]` ends.
pub const CLI_COMMAND: &str = r"\b(?:openclaw|clawdbot|moltbot)(?:\s+--(?:profile\s+\S+|dev))?\s+(?P<x>(?:models|doctor|status|gateway|logs|plugins|config|onboard|configure|update|devices|channels)\b[^\n`'\x22]*)";

/// The commands of [`CLI_COMMAND`]. At most one is followed by a word boundary at a given
/// position (`config` and `configure` share a start, and `u` is a word character).
const CLI_COMMANDS: [&[u8]; 12] = [
    b"models",
    b"doctor",
    b"status",
    b"gateway",
    b"logs",
    b"plugins",
    b"config",
    b"onboard",
    b"configure",
    b"update",
    b"devices",
    b"channels",
];

/// A row whose head (the pattern without its final star, `signals.rs` `head_of`) is read by
/// hand: where the group the star closes starts.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum HeadReader {
    CliCommand,
}

impl HeadReader {
    /// The head read by hand for a table pattern, if any.
    pub fn of(pattern: &str) -> Option<HeadReader> {
        (pattern == CLI_COMMAND).then_some(HeadReader::CliCommand)
    }

    /// Where the head's final group starts in its match at `q`, as its anchored regex captures
    /// it, or `None` when the head does not match at `q`. Capturing with the regex engine was
    /// ≈ 3,000 instructions a command line (issue 14).
    pub fn group_start(self, text: &str, q: usize) -> Option<usize> {
        match self {
            HeadReader::CliCommand => cli_command_x(text, q),
        }
    }
}

/// An ASCII word byte, as `(?-u:\b)` sees bytes.
fn word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// [`CLI_COMMAND`]'s head at `q`: the start of `x`. Every run is deterministic: `\s+` before
/// a part that starts with no blank takes the whole run of blanks, `\S+` before `\s+` the
/// whole run of non-blanks; the optional `--…` is tried first, and without it `\s+` would end
/// at the `-` of `--`, where no command starts.
fn cli_command_x(text: &str, q: usize) -> Option<usize> {
    let t = text.as_bytes();
    if q > 0 && word_byte(*t.get(q - 1)?) {
        return None;
    }
    let n = [&b"openclaw"[..], b"clawdbot", b"moltbot"].iter().find_map(|w| after(t, q, w))?;
    let command = |i: usize| {
        let s = blanks(text, i);
        let found = s > i
            && CLI_COMMANDS.iter().any(|w| {
                t[s..].starts_with(w) && t.get(s + w.len()).is_none_or(|&b| !word_byte(b))
            });
        found.then_some(s)
    };
    let s1 = blanks(text, n);
    if let Some(a) = after(t, s1, b"--").filter(|_| s1 > n) {
        let option_end = if let Some(p) = after(t, a, b"profile") {
            let s2 = blanks(text, p);
            let s3 = nonblanks(text, s2);
            (s2 > p && s3 > s2).then_some(s3)
        } else {
            after(t, a, b"dev")
        };
        if let Some(x) = option_end.and_then(command) {
            return Some(x);
        }
    }
    command(n)
}

/// The OAuth refresh failures, in four phrasings (the second names the provider in brackets
/// first: no literal starts every match, so the row had its regex run over every line that
/// holds `refresh`; issue 14).
pub const REFRESH_FAILED: &str = r"OAuth token refresh failed(?: for (?P<p>[\w.-]+))?|\[(?P<p2>[\w.-]+)\] Token refresh failed|Failed to refresh (?:OpenAI Codex|OAuth) token|token refresh (?:401|failed)";

/// [`REFRESH_FAILED`] at `q`. Its alternatives start with different bytes (`O`, `[`, `F`,
/// `t`), so at most one can match there; `p2` is read into `p` (a signal takes the first of the
/// two that took part, and only one can).
fn refresh_failed(text: &str, q: usize) -> Option<RowMatch> {
    let t = text.as_bytes();
    let end = |end| Some(RowMatch { end, ..RowMatch::default() });
    match t.get(q)? {
        b'O' => model_login(text, q, b"OAuth token refresh failed"),
        b'[' => {
            let p1 = class_run(t, q + 1);
            let end = after(t, p1, b"] Token refresh failed")?;
            (p1 > q + 1).then_some(RowMatch { end, p: Some((q + 1, p1)), ..RowMatch::default() })
        }
        b'F' => {
            let i = after(t, q, b"Failed to refresh ")?;
            end(after(t, i, b"OpenAI Codex token").or_else(|| after(t, i, b"OAuth token"))?)
        }
        b't' => {
            let i = after(t, q, b"token refresh ")?;
            end(after(t, i, b"401").or_else(|| after(t, i, b"failed"))?)
        }
        _ => None,
    }
}

/// Searchers of the literals inside [`REFRESH_FAILED`]'s matches: `token refresh ` (the first
/// and last alternatives), `] Token refresh failed`, `Failed to refresh `. Built once.
static REFRESH_FINDERS: std::sync::LazyLock<[memchr::memmem::Finder<'static>; 3]> =
    std::sync::LazyLock::new(|| {
        [&b"token refresh "[..], b"] Token refresh failed", b"Failed to refresh "]
            .map(memchr::memmem::Finder::new)
    });

/// The leftmost match of [`REFRESH_FAILED`] at or after `from`: the earliest start that each
/// literal's occurrences give (`OAuth ` six bytes before `token refresh ` or `token refresh `
/// itself, the `[` before the run of the class that ends at `]`), read there. A literal's
/// later occurrences give later starts (a run of the class holds no `]` and no blank), so its
/// first match, or a start no earlier than the best so far, ends its search.
fn refresh_failed_from(text: &str, from: usize) -> Option<(usize, RowMatch)> {
    let t = text.as_bytes();
    let mut best: Option<(usize, RowMatch)> = None;
    for (k, finder) in REFRESH_FINDERS.iter().enumerate() {
        let mut at = from;
        while let Some(o) = t.get(at..).and_then(|r| finder.find(r)).map(|o| at + o) {
            at = o + 1;
            let starts: [Option<usize>; 2] = match k {
                0 => [o.checked_sub(6), Some(o)],
                1 => {
                    let run = t[..o].iter().rev().take_while(|&&b| class_byte(b)).count();
                    [o.checked_sub(run + 1), None]
                }
                _ => [Some(o), None],
            };
            let mut starts = starts.into_iter().flatten().filter(|&s| s >= from).peekable();
            if starts.peek().is_some_and(|&s| best.as_ref().is_some_and(|b| b.0 <= s)) {
                break;
            }
            if let Some(m) = starts.find_map(|s| refresh_failed(text, s).map(|m| (s, m))) {
                if best.as_ref().is_none_or(|b| m.0 < b.0) {
                    best = Some(m);
                }
                break;
            }
        }
    }
    best
}

/// `No API key found for provider: <p>` and its variants without quotes.
pub const NO_API_KEY_UNQUOTED: &str =
    r"No API key (?:found )?for provider:?\s+(?P<p>[A-Za-z][\w.-]*)";

/// [`NO_API_KEY_UNQUOTED`] at `q`. Each optional part is taken when present: without it, the
/// next part would have to match where it starts (`found ` is no `for provider`, `:` no blank).
fn no_api_key_unquoted(text: &str, q: usize) -> Option<RowMatch> {
    let t = text.as_bytes();
    let i = after(t, q, b"No API key ")?;
    let i = after(t, i, b"found ").unwrap_or(i);
    let i = after(t, i, b"for provider")?;
    let i = after(t, i, b":").unwrap_or(i);
    let p0 = blanks(text, i);
    if p0 == i || !t.get(p0)?.is_ascii_alphabetic() {
        return None;
    }
    let p1 = class_run(t, p0 + 1);
    Some(RowMatch { end: p1, p: Some((p0, p1)), ..RowMatch::default() })
}

/// Credentials taken from an external CLI (a gateway log line repeats the second phrasing).
pub const EXTERNAL_CLI: &str = r"synced (?P<p>[\w.-]+) credentials from external cli|using external OAuth credential after refresh failure|Deprecated external CLI auth profiles detected";

/// [`EXTERNAL_CLI`] at `q`: its alternatives start with different bytes.
fn external_cli(text: &str, q: usize) -> Option<RowMatch> {
    let t = text.as_bytes();
    let end = |end| Some(RowMatch { end, ..RowMatch::default() });
    match t.get(q)? {
        b's' => {
            let p0 = after(t, q, b"synced ")?;
            let p1 = class_run(t, p0);
            let end = after(t, p1, b" credentials from external cli")?;
            (p1 > p0).then_some(RowMatch { end, p: Some((p0, p1)), ..RowMatch::default() })
        }
        b'u' => end(after(t, q, b"using external OAuth credential after refresh failure")?),
        b'D' => end(after(t, q, b"Deprecated external CLI auth profiles detected")?),
        _ => None,
    }
}
