//! Parse: read a normalised paste into typed evidence. One file per output kind; one-line
//! signatures (banners, errors, log markers) live as data in `signals.rs`. Unknown text is not
//! an error: it yields no evidence.

pub mod all_failed;
pub mod auth_list;
pub mod auth_order;
pub mod chat_model_status;
pub mod config_json;
pub mod config_tree;
pub mod decision_log;
pub mod literals;
pub mod models_status;
pub mod models_status_json;
mod pins;
pub mod prefilter;
pub mod probe_table;
mod rows;
pub mod signals;
pub mod version;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::sync::Arc;

pub use all_failed::FailedSegment;
pub use auth_list::AuthListEntry;
pub use auth_order::AuthOrder;
pub use chat_model_status::{ChatAuthEntry, ChatCurrent};
pub use config_tree::ConfigValue;
pub use decision_log::DecisionLine;
pub use models_status::{OAuthRow, ProviderLine, StatusHeader, UnavailableProfile};
pub use probe_table::ProbeRow;
pub use signals::{Signal, SignalKind};
pub use version::VersionMention;

/// Where a piece of evidence came from: message and line, both 1-based.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, Default)]
pub struct Loc {
    pub message: usize,
    pub line: usize,
}

/// One typed piece of evidence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "fact", rename_all = "snake_case")]
pub enum Fact {
    Version(VersionMention),
    /// Boxed, like `AuthList`: the largest facts; a `Located` of every signal of a 1 MiB log
    /// was sized by them (232 bytes instead of 176).
    Probe(Box<ProbeRow>),
    ProbeFooter {
        targets: u32,
    },
    AuthOrder(AuthOrder),
    AuthList(Box<AuthListEntry>),
    StatusHeader(StatusHeader),
    ProviderLine(ProviderLine),
    OAuthRow(OAuthRow),
    Unavailable(UnavailableProfile),
    ChatCurrent(ChatCurrent),
    ChatAuth(ChatAuthEntry),
    AllFailed {
        segments: Vec<FailedSegment>,
    },
    Decision(DecisionLine),
    Signal(Signal),
    /// A per-agent `"model": "<ref>"` string in an `agents.list` config block.
    AgentModelString {
        agent: String,
        model_ref: String,
    },
    /// A session's `authProfileOverride` (and its source, `user` or `auto`).
    SessionOverride {
        profile_id: String,
        source: Option<String>,
    },
    /// A scalar of a pasted config block, with its key path.
    Config(ConfigValue),
    /// A token read from a screenshot with low confidence (`ingest::ocr_repair`). Kept as a
    /// fact so thread memory carries it: a later reply in the thread must not put it into a
    /// command either.
    UncertainRead {
        read: String,
    },
}

/// A quoted line: shared by every fact of its line and every finding that cites it (a string
/// per fact and per citation was most of a 1 MiB log's fresh memory: issue 14). `Arc`, not
/// `Rc`: a `Report` crosses threads in the front doors. Serialised as the string it holds.
#[derive(Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Quote(Arc<str>);

impl Quote {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::ops::Deref for Quote {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for Quote {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Quote {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(&*self.0, f)
    }
}

impl std::fmt::Display for Quote {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<&Quote> for Quote {
    fn from(q: &Quote) -> Quote {
        q.clone()
    }
}

impl From<&str> for Quote {
    fn from(s: &str) -> Quote {
        Quote(Arc::from(s))
    }
}

impl From<&String> for Quote {
    fn from(s: &String) -> Quote {
        Quote(Arc::from(s.as_str()))
    }
}

impl From<String> for Quote {
    fn from(s: String) -> Quote {
        Quote(Arc::from(s))
    }
}

impl PartialEq<str> for Quote {
    fn eq(&self, other: &str) -> bool {
        &*self.0 == other
    }
}

impl PartialEq<&str> for Quote {
    fn eq(&self, other: &&str) -> bool {
        &*self.0 == *other
    }
}

impl PartialEq<String> for Quote {
    fn eq(&self, other: &String) -> bool {
        *self.0 == **other
    }
}

impl Serialize for Quote {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Quote {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Quote, D::Error> {
        String::deserialize(d).map(Quote::from)
    }
}

/// A fact with its place and the (redacted, normalised) line it was read from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Located {
    pub loc: Loc,
    pub quote: Quote,
    #[serde(flatten)]
    pub fact: Fact,
}

/// Everything read from one message.
#[derive(Debug, Clone, Default)]
pub struct Parsed {
    pub facts: Vec<Located>,
    /// Lines that are prose (not recognised program output), for hints and language detection.
    pub prose: String,
}

/// `s.trim()`: the ASCII blanks taken off byte by byte, then `str::trim` only where a character
/// left at an end may be a blank (every parser trims every line, and `trim` decodes both end
/// characters and looks a non-ASCII one up in the Unicode tables: a box-drawing line starts and
/// ends with `│`, issue 14).
pub(crate) fn trim(s: &str) -> &str {
    // A table cell's padding, eight spaces at a time.
    const SPACES: u64 = u64::from_le_bytes([b' '; 8]);
    let mut end = s.len();
    while end >= 8
        && u64::from_le_bytes(s.as_bytes()[end - 8..end].try_into().expect("8")) == SPACES
    {
        end -= 8;
    }
    let t = s[..end].trim_ascii();
    let b = t.as_bytes();
    let (Some(&first), Some(&last)) = (b.first(), b.last()) else { return t };
    // ASCII ends: `trim_ascii` took every blank but U+000B.
    if first < 0x80 && last < 0x80 && first != 0x0B && last != 0x0B {
        return t;
    }
    // Where the last character starts (a UTF-8 continuation byte is `0b10xx_xxxx`).
    let last = b.iter().rposition(|&c| c & 0xC0 != 0x80).unwrap_or(0);
    if starts_with_blank(b) || starts_with_blank(&b[last..]) {
        t.trim()
    } else {
        t
    }
}

/// `s.trim_start()`, as [`trim`] does it.
pub(crate) fn trim_start(s: &str) -> &str {
    let t = s.trim_ascii_start();
    if starts_with_blank(t.as_bytes()) {
        t.trim_start()
    } else {
        t
    }
}

/// Whether the character `b` starts with is whitespace to `char::is_whitespace` (Unicode
/// `White_Space`): ASCII tab to carriage return and space, U+0085, U+00A0, U+1680,
/// U+2000–U+200A, U+2028, U+2029, U+202F, U+205F and U+3000, read from their UTF-8 bytes.
fn starts_with_blank(b: &[u8]) -> bool {
    match b.first() {
        Some(&c) if c < 0x80 => matches!(c, 0x09..=0x0D | b' '),
        Some(0xC2) => matches!(b.get(1), Some(0x85 | 0xA0)),
        Some(0xE1) => b.get(1..3) == Some(&[0x9A, 0x80]),
        Some(0xE2) => match (b.get(1), b.get(2)) {
            (Some(0x80), Some(c)) => matches!(c, 0x80..=0x8A | 0xA8 | 0xA9 | 0xAF),
            (Some(0x81), Some(c)) => *c == 0x9F,
            _ => false,
        },
        Some(0xE3) => b.get(1..3) == Some(&[0x80, 0x80]),
        _ => false,
    }
}

/// Keep quotes short: evidence lines are for people, not for re-parsing.
pub(crate) fn quote(line: &str) -> String {
    let mut out = String::new();
    quote_into(line, &mut out);
    out
}

/// The characters a quote keeps.
const QUOTE_MAX: usize = 240;

/// [`quote`] as a shared [`Quote`], folded in `buf` when it needs folding: a line with no
/// double space and at most [`QUOTE_MAX`] bytes is its own quote once trimmed, shared without
/// the copy into `buf` first.
fn quote_line(line: &str, buf: &mut String) -> Quote {
    let t = trim(line);
    if t.len() <= QUOTE_MAX && double_space(t.as_bytes(), 0).is_none() {
        return Quote::from(t);
    }
    quote_into(line, buf);
    Quote::from(buf.as_str())
}

/// [`quote`] into `out` (cleared first), so that a shared [`Quote`] is copied once from it.
fn quote_into(line: &str, out: &mut String) {
    const MAX: usize = QUOTE_MAX;
    // Table padding carries no meaning: fold runs of spaces (the pieces between double spaces,
    // trimmed, joined by one). In one pass that stops once more than MAX characters are kept
    // (a 1 MiB line was copied whole before being cut).
    out.clear();
    let t = trim(line);
    let b = t.as_bytes();
    out.reserve(t.len().min(4 * MAX + 4));
    let mut first = true;
    let mut piece = |p: &str, out: &mut String| {
        if p.is_empty() {
            return;
        }
        if !std::mem::take(&mut first) {
            out.push(' ');
        }
        out.push_str(trim(p));
    };
    // `split("  ")`: the leftmost double space ends a piece, the next piece starts after it.
    let (mut start, mut i) = (0, 0);
    while out.len() <= 4 * MAX {
        let Some(j) = double_space(b, i) else { break };
        piece(&t[start..j], out);
        i = j + 2;
        // The empty pieces of a run of spaces (a table cell's padding) add nothing: the run is
        // skipped two spaces at a time rather than searched for piece by piece.
        while b.get(i..i + 2) == Some(b"  ") {
            i += 2;
        }
        start = i;
    }
    if out.len() <= 4 * MAX {
        piece(&t[start..], out);
    }
    if out.len() <= MAX {
        return;
    }
    if let Some((cut, _)) = out.char_indices().nth(MAX) {
        out.truncate(cut);
        out.push('…');
    }
}

/// The first `i >= from` where `b[i]` and `b[i + 1]` are both spaces: a vectorised search
/// built once (log lines have a space every few bytes and rarely two in a row; eight bytes at a
/// time cost ≈ 3.5 instructions a byte of every line quoted).
fn double_space(b: &[u8], from: usize) -> Option<usize> {
    static TWO: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new(b"  "));
    TWO.find(b.get(from..)?).map(|i| from + i)
}

#[cfg(test)]
/// [`double_space`] eight bytes at a time, as it was: its reference.
fn double_space_by_words(b: &[u8], from: usize) -> Option<usize> {
    const LOW: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    let mut i = from;
    while i + 9 <= b.len() {
        let w = u64::from_le_bytes(b[i..i + 8].try_into().unwrap_or_default());
        // The high bit of each byte that is a space.
        let z = w ^ 0x2020_2020_2020_2020;
        let spaces = !(((z & LOW).wrapping_add(LOW)) | z | LOW);
        // A space followed by a space, inside the word or across into the next byte.
        if spaces & (spaces >> 8) != 0 || (spaces >> 63 != 0 && b[i + 8] == b' ') {
            break;
        }
        i += 8;
    }
    while i + 1 < b.len() {
        if b[i] == b' ' && b[i + 1] == b' ' {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// Room for the facts of the lines still to read at the rate of the `read` lines so far, and
/// a sixteenth more (at least half again, so growth stays amortised): a log's lines carry
/// several facts each, and doubling from a slot per line copied the vector twice and touched
/// twice the room it needed (issue 14: page faults of a 1 MiB paste).
fn reserve_at_rate(facts: &mut Vec<Located>, read: usize, lines: usize) {
    let more = facts.len() * lines.saturating_sub(read) / read.max(1);
    facts.reserve_exact((more + more / 16).max(facts.len() / 2) + 16);
}

/// Facts kept from one line of text (real lines carry a handful; a hostile line could carry
/// hundreds of thousands). Tests: `tests/hostile_input.rs`.
pub const MAX_FACTS_PER_LINE: usize = 64;
/// Facts kept from the one `models status --json` object a message may hold.
pub const MAX_JSON_FACTS: usize = 1024;

/// Parse one normalised message (message index is 1-based).
pub fn parse_message(text: &str, message: usize) -> Parsed {
    let lines: Vec<&str> = text.lines().collect();
    // Room up front for two facts a line (a log line carries one to four), instead of
    // doubling from four: the copies of a doubling vector were most of a 1 MiB paste's fresh
    // memory, and room never written is never touched. Past that, `reserve_at_rate`.
    let mut out = Parsed { facts: Vec::with_capacity(2 * lines.len()), prose: String::new() };
    // Quote each line once, not once per fact (a long line with many facts was quadratic),
    // and share it: the facts of a line come in a row, but a line a structured parser read
    // (a probe row) gets its signals later, so the structured parsers' quotes are kept until
    // then. The line's quote is taken from the fact pushed before when that one is of the same
    // line (a quote is a function of its line), not kept aside per line.
    let mut kept: Vec<Option<Quote>> = Vec::new();
    let keep = std::cell::Cell::new(true);
    let mut folded = String::new();
    // Memory is bounded by the number of facts (each carries a quote of up to 240 chars).
    let mut per_line = vec![0u8; lines.len()];
    let mut push = |line_idx: usize, fact: Fact, facts: &mut Vec<Located>| {
        if let Some(n) = per_line.get_mut(line_idx) {
            if usize::from(*n) >= MAX_FACTS_PER_LINE {
                return;
            }
            *n += 1;
        }
        let loc = Loc { message, line: line_idx + 1 };
        let q = match (facts.last(), kept.get(line_idx)) {
            (Some(last), _) if last.loc == loc => last.quote.clone(),
            (_, Some(Some(q))) => q.clone(),
            _ => {
                let q = match lines.get(line_idx) {
                    Some(l) => quote_line(l, &mut folded),
                    None => Quote::default(),
                };
                if keep.get() && line_idx < lines.len() {
                    kept.resize(lines.len(), None);
                    kept[line_idx] = Some(q.clone());
                }
                q
            }
        };
        // Lines are read in order from here on: grow at the rate of the lines read.
        if facts.len() == facts.capacity() && !keep.get() {
            reserve_at_rate(facts, line_idx + 1, lines.len());
        }
        facts.push(Located { loc, quote: q, fact });
    };
    let mut consumed = vec![false; lines.len()];

    for (idx, fact) in probe_table::parse(&lines, &mut consumed) {
        push(idx, fact, &mut out.facts);
    }
    for (idx, fact) in auth_order::parse(&lines, &mut consumed) {
        push(idx, fact, &mut out.facts);
    }
    for (idx, fact) in auth_list::parse(&lines, &mut consumed) {
        push(idx, fact, &mut out.facts);
    }
    for (idx, fact) in models_status::parse(&lines, &mut consumed) {
        push(idx, fact, &mut out.facts);
    }
    for (idx, fact) in chat_model_status::parse(&lines, &mut consumed) {
        push(idx, fact, &mut out.facts);
    }
    // One JSON object per message, its facts all anchored on its first line: not subject to
    // the per-line limit, but to their own.
    let mut json_quote: Option<(usize, Quote)> = None;
    for (idx, fact) in
        models_status_json::parse(&lines, &mut consumed).into_iter().take(MAX_JSON_FACTS)
    {
        if json_quote.as_ref().is_none_or(|(i, _)| *i != idx) {
            let q = lines.get(idx).map(|l| Quote::from(quote(l))).unwrap_or_default();
            json_quote = Some((idx, q));
        }
        let q = json_quote.as_ref().map(|(_, q)| q.clone()).unwrap_or_default();
        out.facts.push(Located { loc: Loc { message, line: idx + 1 }, quote: q, fact });
    }
    for (idx, fact) in config_json::parse(&lines, &mut consumed) {
        push(idx, fact, &mut out.facts);
    }
    for (idx, value) in config_tree::parse(&lines, &mut consumed, MAX_JSON_FACTS) {
        push(idx, Fact::Config(value), &mut out.facts);
    }
    // Each line's signatures, and those wrapped across it and the next one or two.
    keep.set(false);
    let mut scan = signals::Scanner::new(&lines);
    // A line's signals, in one vector kept from line to line.
    let mut sigs = Vec::new();
    for (idx, line) in lines.iter().enumerate() {
        if let Some(fact) = all_failed::parse_line(line) {
            push(idx, fact, &mut out.facts);
        }
        if let Some(fact) = decision_log::parse_line(line) {
            push(idx, fact, &mut out.facts);
        }
        scan.line_into(idx, &mut sigs);
        // Prose often quotes or paraphrases an error ("it says login expired"): only lines a
        // structured parser read, or that look like output, are not prose.
        let is_output = consumed[idx] || signals::looks_like_output(line);
        for s in sigs.drain(..) {
            push(idx, Fact::Signal(s), &mut out.facts);
        }
        // A message hard-wrapped by the terminal or the chat client: read across the break.
        // A long message wrapped at 60–100 columns spans up to three lines.
        if !consumed[idx] && !line.trim().is_empty() {
            let rest = (idx + 1..lines.len().min(idx + 3))
                .take_while(|&j| !consumed[j] && !lines[j].trim().is_empty())
                .count();
            if rest > 0 {
                for s in scan.wrapped(idx, rest) {
                    push(idx, Fact::Signal(s), &mut out.facts);
                }
            }
        }
        for v in version::scan_line(line) {
            push(idx, Fact::Version(v), &mut out.facts);
        }
        if !is_output {
            out.prose.push_str(line);
            out.prose.push('\n');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A fact of every line of a log is kept until the reply is written: the two largest
    /// payloads are boxed so that a signal's `Located` is not sized by a probe row.
    #[test]
    fn a_located_signal_is_not_sized_by_a_probe_row() {
        let signal = std::mem::size_of::<signals::Signal>();
        assert!(std::mem::size_of::<Fact>() <= signal + 8, "{}", std::mem::size_of::<Fact>());
        assert!(std::mem::size_of::<Located>() <= signal + 48);
    }

    /// A shared quote is written and read as the string it holds (JSON reports and thread
    /// memory's stored facts are as they were with a `String`).
    #[test]
    fn a_quote_serialises_as_its_string() {
        for text in ["", "plain", "with \"quotes\" and \\ and é🦞", "tab\tnew\nline"] {
            let q = Quote::from(text);
            let json = serde_json::to_string(&q).unwrap();
            assert_eq!(json, serde_json::to_string(text).unwrap());
            let back: Quote = serde_json::from_str(&json).unwrap();
            assert_eq!(back, text);
            assert_eq!(format!("{q:?}"), format!("{text:?}"));
        }
        let parsed = parse_message("No API key found for provider \"openai\"\n", 1);
        for f in &parsed.facts {
            let json = serde_json::to_value(f).unwrap();
            assert_eq!(json["quote"], serde_json::Value::from(f.quote.as_str()));
            let back: Located = serde_json::from_value(json).unwrap();
            assert_eq!(&back, f);
        }
        assert!(!parsed.facts.is_empty());
    }

    /// [`starts_with_blank`] is `char::is_whitespace` for every character (alone and followed
    /// by another), and [`trim`] and [`trim_start`] are `str::trim` and `str::trim_start` on
    /// generated strings of blanks, box drawing and other characters sharing their lead bytes,
    /// and on every line of the fixtures.
    #[test]
    fn trims_as_str_trim() {
        let mut buf = [0u8; 8];
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let n = c.encode_utf8(&mut buf).len();
            buf[n] = b'x';
            assert_eq!(starts_with_blank(&buf[..n]), c.is_whitespace(), "{c:?}");
            assert_eq!(starts_with_blank(&buf[..n + 1]), c.is_whitespace(), "{c:?}");
        }
        const PIECES: &[&str] = &[
            " ", "\t", "\u{b}", "\u{c}", "\r", "\n", "\u{85}", "\u{a0}", "\u{a9}", "\u{1680}",
            "\u{1681}", "\u{2000}", "\u{200a}", "\u{200b}", "\u{2028}", "\u{2029}", "\u{202f}",
            "\u{205f}", "\u{2060}", "\u{3000}", "\u{3001}", "│", "─", "┌", "—", "“", "·", "x",
            "ok", "é", "🦞", "汉",
        ];
        let mut rng = crate::testgen::XorShift(0x7215_0c4b_19d3_ae61);
        let mut lines = crate::testgen::joined_pieces(&mut rng, PIECES, 50_000, 8);
        for f in crate::testgen::fixture_texts() {
            lines.extend(f.lines().map(str::to_string));
        }
        for line in &lines {
            assert_eq!(trim(line), line.trim(), "{line:?}");
            assert_eq!(trim_start(line), line.trim_start(), "{line:?}");
        }
    }

    /// The quote as it was first written, the reference of [`quote`].
    fn quote_reference(line: &str) -> String {
        const MAX: usize = 240;
        let folded: String = line
            .trim()
            .split("  ")
            .filter(|p| !p.is_empty())
            .map(str::trim)
            .collect::<Vec<_>>()
            .join(" ");
        let t = folded.as_str();
        if t.chars().count() <= MAX {
            t.to_string()
        } else {
            let mut s: String = t.chars().take(MAX).collect();
            s.push('…');
            s
        }
    }

    /// Every fact carries the quote of its own line (the quote a fact gets is cloned from the
    /// fact before it when that one is of the same line): on the fixtures, alone and as one
    /// message, and on lines with many facts.
    #[test]
    fn every_fact_quotes_its_line() {
        let mut texts = crate::testgen::fixture_texts();
        texts.push(texts.concat());
        texts.push(
            "No API key found for provider \"openai\" Unknown model: openai/gpt-9 OpenClaw 2026.5.1\n"
                .repeat(40),
        );
        for text in &texts {
            let ing = crate::ingest::ingest(text);
            let lines: Vec<&str> = ing.text.lines().collect();
            let parsed = parse_message(&ing.text, 3);
            assert!(!parsed.facts.is_empty());
            for f in &parsed.facts {
                let want = lines.get(f.loc.line - 1).map(|l| quote(l)).unwrap_or_default();
                assert_eq!(f.quote, want, "{:?}", f.loc);
                // The signals of a line (read in a row) share one quote.
                let signal = |p: &Located| matches!(p.fact, Fact::Signal(_));
                if let Some(prev) =
                    parsed.facts.iter().find(|p| p.loc == f.loc && signal(p) && signal(f))
                {
                    assert!(std::ptr::eq(prev.quote.as_str(), f.quote.as_str()), "{:?}", f.loc);
                }
            }
        }
    }

    /// `quote` folds and cuts as the reference on generated lines (runs of spaces, tabs and
    /// Unicode blanks, multi-byte characters, lines around and far past 240 characters) and on
    /// every line of the fixtures.
    #[test]
    fn quote_as_the_reference_says() {
        const PIECES: &[&str] = &[
            " ", "  ", "   ", "\t", "\u{a0}", "\u{3000}", "a", "word", "│", "é", "🦞", "x ", " y",
            "\u{a0} ", " \u{a0}",
        ];
        let mut rng = crate::testgen::XorShift(0x2545_f491_4f6c_dd1d);
        let mut next = |n: usize| rng.below(n);
        let mut buf = String::from("left over");
        for i in 0..20_000 {
            let len = [8, 60, 200, 700][i % 4];
            let n = next(len + 1);
            let line: String = (0..n).map(|_| PIECES[next(PIECES.len())]).collect();
            assert_eq!(quote(&line), quote_reference(&line), "{line:?}");
            assert_eq!(quote_line(&line, &mut buf), quote_reference(&line), "{line:?}");
            let b = line.as_bytes();
            for from in 0..=b.len() + 1 {
                assert_eq!(double_space(b, from), double_space_by_words(b, from), "{line:?}");
            }
        }
        let dir = format!("{}/benches/fixtures", env!("CARGO_MANIFEST_DIR"));
        for f in ["probe_table.txt", "models_status.txt", "gateway_log_200.txt"] {
            let text = std::fs::read_to_string(format!("{dir}/{f}")).expect("fixture");
            for line in text.lines() {
                assert_eq!(quote(line), quote_reference(line), "{line:?}");
                assert_eq!(quote_line(line, &mut buf), quote_reference(line), "{line:?}");
            }
        }
    }
}
