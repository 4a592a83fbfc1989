//! Secret detection and redaction (formats.md §13). Every raw credential is replaced by
//! `[REDACTED]`; only its kind and line are kept. OpenClaw's own masks (`sk-or-v1...e1a682b4`,
//! `sk-proj-…abcd`, `sk-proj-****Xq7d`, `49d0ef…LYhROi`), `marker(…)`, `ref(…)`, user
//! redactions (`<redacted>`, `[REDACTED]`, `***`, `xxxx`), env var names, profile ids, emails,
//! model refs, UUIDs and hashes are never touched.
//!
//! Two kinds of rules:
//! * **shaped** tokens (`sk-…`, `AIza…`, JWTs, Discord/Telegram/Slack/GitHub tokens) are
//!   recognised anywhere;
//! * **contextual** values are recognised by what precedes them (`Bearer`, `"apiKey":`,
//!   `OPENAI_API_KEY=`, `?token=`, `--api-key`) and must look like a secret.
//!
//! A value found once is also scrubbed wherever else it appears verbatim in the same text.

use super::{SecretFinding, SecretKind};
use regex::Regex;
use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::sync::{LazyLock, OnceLock};

pub(crate) const REDACTED: &str = "[REDACTED]";

/// A detected secret: byte range in the scanned text, kind, and the rule's priority (lower =
/// more specific).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Span {
    pub start: usize,
    pub end: usize,
    pub kind: SecretKind,
    prio: usize,
}

fn re(p: &str) -> Regex {
    Regex::new(p).expect("secret regex")
}

/// A necessary condition of a rule: something every text the rule matches contains, checked
/// on the whole text before the rule's regex is compiled or run (issue 14: compiling all 25
/// rules and their `RegexSet` was a third of a one-shot run; most pastes hold no secret). A
/// need must never be stronger than its rule: it only decides what is worth running
/// (`needs_are_necessary` below checks it on generated matches of every rule).
#[derive(Debug, Clone, Copy)]
enum Need {
    /// One of these strings, as written.
    Any(&'static [&'static str]),
    /// One of these strings, ignoring case (`(?i)`: ASCII case, and the Kelvin sign and long s
    /// that Unicode folds to `k` and `s`). Written in lower case.
    AnyNoCase(&'static [&'static str]),
    /// A run of at least this many ASCII letters and digits.
    Alnum(usize),
    /// A run of at least this many hex digits.
    Hex(usize),
    /// A run of at least 24 `[A-Za-z0-9_-]` right before a `.` (Discord's first part).
    TokenBeforeDot,
    /// A `:` right before at least 35 `[A-Za-z0-9_-]` (Telegram's secret part).
    TokenAfterColon,
    /// One of `.0` ignoring case (as [`Need::AnyNoCase`]), then white space, quotes or
    /// characters outside ASCII (none or more), then one of `.1`.
    Followed(&'static [&'static str], &'static [&'static str]),
    /// A character outside ASCII.
    NonAscii,
    /// `--`, then a run of `[a-z0-9-]` that ends in one of these (a command-line flag, which
    /// its rule has followed by `=` or white space: outside the run).
    Flag(&'static [&'static str]),
    /// Both of two needs.
    And(&'static Need, &'static Need),
    /// One of two needs.
    Or(&'static Need, &'static Need),
}

/// What the needs of the rules are checked against: the text, its case-folded copy and the
/// longest runs of a few byte classes (one pass).
struct Features<'a> {
    text: &'a [u8],
    folded: Vec<u8>,
    alnum: usize,
    hex: usize,
    token_before_dot: bool,
    token_after_colon: bool,
}

impl<'a> Features<'a> {
    fn new(text: &'a str) -> Self {
        let b = text.as_bytes();
        let mut folded = Vec::with_capacity(b.len());
        let mut i = 0;
        while i < b.len() {
            // U+212A KELVIN SIGN and U+017F LATIN SMALL LETTER LONG S: the only characters
            // outside ASCII that `(?i)` matches to an ASCII letter.
            if b[i..].starts_with(&[0xE2, 0x84, 0xAA]) {
                folded.push(b'k');
                i += 3;
            } else if b[i..].starts_with(&[0xC5, 0xBF]) {
                folded.push(b's');
                i += 2;
            } else {
                folded.push(b[i].to_ascii_lowercase());
                i += 1;
            }
        }
        let mut f = Features {
            text: b,
            folded: Vec::new(),
            alnum: 0,
            hex: 0,
            token_before_dot: false,
            token_after_colon: false,
        };
        // The runs are measured on the folded text: under `(?i)`, `[A-Za-z]` also takes the
        // Kelvin sign and long s (a run there is never shorter than in the text).
        let (mut alnum, mut hex, mut token) = (0usize, 0usize, 0usize);
        // Length of the token run that started right after a `:`.
        let mut after_colon: Option<usize> = None;
        for &c in &folded {
            if c.is_ascii_alphanumeric() {
                alnum += 1;
                f.alnum = f.alnum.max(alnum);
            } else {
                alnum = 0;
            }
            if c.is_ascii_hexdigit() {
                hex += 1;
                f.hex = f.hex.max(hex);
            } else {
                hex = 0;
            }
            if c.is_ascii_alphanumeric() || c == b'_' || c == b'-' {
                token += 1;
                if let Some(n) = after_colon.as_mut() {
                    *n += 1;
                    f.token_after_colon |= *n >= 35;
                }
            } else {
                f.token_before_dot |= c == b'.' && token >= 24;
                token = 0;
                after_colon = (c == b':').then_some(0);
            }
        }
        f.folded = folded;
        f
    }

    fn meets(&self, need: &Need) -> bool {
        let has = |hay: &[u8], needles: &[&str]| {
            needles.iter().any(|n| memchr::memmem::find(hay, n.as_bytes()).is_some())
        };
        match *need {
            Need::Any(l) => has(self.text, l),
            Need::AnyNoCase(l) => has(&self.folded, l),
            Need::Alnum(n) => self.alnum >= n,
            Need::Hex(n) => self.hex >= n,
            Need::TokenBeforeDot => self.token_before_dot,
            Need::TokenAfterColon => self.token_after_colon,
            Need::Followed(words, then) => followed(&self.folded, words, then),
            Need::NonAscii => !self.text.is_ascii(),
            Need::Flag(ends) => flag(self.text, ends),
            Need::And(a, b) => self.meets(a) && self.meets(b),
            Need::Or(a, b) => self.meets(a) || self.meets(b),
        }
    }
}

/// The needs of the rules checked on a large text: the same answers as [`Features`], with far
/// fewer passes (issue 14: `Features` read a 1 MiB paste at ~40 instructions a byte, and the
/// `RegexSet` of all rules used for large texts before at ~30 plus its compilation). The
/// needs' literals are searched eight at a time (literal alternations, which the regex crate
/// runs with a vectorised prefilter) on a lower-cased copy; runs are measured only where a skip
/// search finds one of at least [`STRIDE`] bytes. A text holding the Kelvin sign
/// or long s (which `(?i)` folds to ASCII from other lengths) is left to [`Features`].
struct Scan<'a> {
    /// The text with ASCII capitals lower-cased (byte for byte: no Kelvin sign or long s).
    folded: Vec<u8>,
    /// Where each of [`NEEDLES`]' literals starts in the text (ascending per search, possibly
    /// twice): empty for the literals it does not hold (and for the late ones).
    hits: Vec<Vec<usize>>,
    /// The same for the late literals, searched at the first need that asks for one.
    late_hits: std::cell::OnceCell<Vec<Vec<usize>>>,
    text: &'a [u8],
    runs: std::cell::OnceCell<Runs>,
}

/// What the run needs ask of a text, for runs of at least [`STRIDE`] bytes.
#[derive(Default)]
struct Runs {
    /// Longest run of ASCII letters and digits (exact when at least `STRIDE`).
    alnum: usize,
    /// Longest run of hex digits (exact when at least `STRIDE`).
    hex: usize,
    before_dot: bool,
    after_colon: bool,
}

/// Byte classes of [`Runs`] (a table: the chains of range tests were most of its cost).
const TOKEN: u8 = 1;
const ALNUM: u8 = 2;
const HEX: u8 = 4;
static CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        let c = i as u8;
        if c.is_ascii_alphanumeric() || c == b'_' || c == b'-' {
            t[i] |= TOKEN;
        }
        if c.is_ascii_alphanumeric() {
            t[i] |= ALNUM;
        }
        if c.is_ascii_hexdigit() {
            t[i] |= HEX;
        }
        i += 1;
    }
    t
};

/// Every run need is of at least this many bytes: only every `STRIDE`th byte starts a look.
const STRIDE: usize = 16;

impl Runs {
    /// Every run of letters and digits or of hex digits lies in a run of [`TOKEN`] bytes. The
    /// runs of at least `STRIDE` are found by a skip search: a run that starts at or after
    /// `from` and is that long holds `f[from + STRIDE - 1]` and every byte back to `from`, so
    /// the last byte outside the class there moves `from` past it (most looks read a few bytes
    /// back from one and skip about `STRIDE`).
    fn new(f: &[u8]) -> Runs {
        let token = |c: u8| CLASS[usize::from(c)] & TOKEN != 0;
        let mut r = Runs::default();
        // Every run that starts before `from` is measured or shorter than `STRIDE`, and
        // `f[from - 1]` (if any) is outside the class.
        let mut from = 0;
        while from + STRIDE <= f.len() {
            let probe = from + STRIDE - 1;
            if let Some(k) = f[from..=probe].iter().rposition(|&c| !token(c)) {
                from += k + 1;
                continue;
            }
            let start = from;
            let mut end = probe + 1;
            while end < f.len() && token(f[end]) {
                end += 1;
            }
            let len = end - start;
            if len >= STRIDE {
                let (mut alnum, mut hex) = (0, 0);
                for &c in &f[start..end] {
                    let k = CLASS[usize::from(c)];
                    alnum = if k & ALNUM != 0 { alnum + 1 } else { 0 };
                    hex = if k & HEX != 0 { hex + 1 } else { 0 };
                    r.alnum = r.alnum.max(alnum);
                    r.hex = r.hex.max(hex);
                }
                r.before_dot |= len >= 24 && f.get(end) == Some(&b'.');
                r.after_colon |= len >= 35 && start > 0 && f[start - 1] == b':';
            }
            // `f[end]` is outside the class: the next run starts after it.
            from = end + 1;
        }
        r
    }
}

/// Every literal of every need (`Any`, `AnyNoCase` and `Followed`'s first words), whether it
/// is matched ignoring case, the strings searched for them lower-cased (two packed searchers
/// per group, [`Searched`]: four regex alternations of eight, one pass each, were ~8 M
/// instructions on 1 MiB), and the literals by their first (lower-cased) byte.
struct Needles {
    lits: Vec<(&'static str, bool)>,
    /// Whether a literal is one of [`LATE_RULE`]'s own: searched only when its need asks.
    late: Vec<bool>,
    /// The strings searched for the other literals (by [`Scan::new`]), for the late ones.
    searched: Searched,
    late_searched: Searched,
    /// By the first (lower-cased) byte of a searched string: the literals to check where one
    /// starts, each with the offset of that string in the literal (0 but for [`ANCHORS`]).
    by_first: Vec<Vec<(usize, usize)>>,
}

/// Strings searched in place of the eager literals that hold them (`_KEY`, `apikey`,
/// `api key`, `gateway.auth.token`, `aws_secret_access_key`, `ghp_`, `github_pat_`…): a hit of
/// one is checked for each such literal around it. Each is a literal itself or rare (`gh`), and
/// the alternations are four instead of six (a pass over the text each).
const ANCHORS: &[&str] = &["gh", "key", "token", "secret", "password"];

/// Literals whose first four bytes start words OpenClaw prints all the time (`Auth profile`,
/// `openai-codex`, `status`, `provider`: the searcher's fingerprint of a string is its first
/// four bytes, and each such word was a candidate to verify), searched by a rarer piece.
const PIECES: &[(&str, &str)] = &[
    ("authorization", "rization"),
    ("auth=", "uth="),
    ("code=", "ode="),
    ("state=", "tate="),
    ("provided", "ided"),
];

/// The string searched for a literal (lower-cased) and where it starts in it: its
/// [`PIECES`] piece, its first [`ANCHORS`] string, or the literal itself.
fn anchor_of(lower: &str) -> (&str, usize) {
    if let Some((_, piece)) = PIECES.iter().find(|(l, _)| *l == lower) {
        return (piece, lower.find(piece).expect("a piece of the literal"));
    }
    ANCHORS.iter().find_map(|a| lower.find(a).map(|o| (*a, o))).unwrap_or((lower, 0))
}

/// The contextual rule whose own literals (the words for a key in other languages) are
/// searched only when its need asks for them: it asks only after a run of 16 letters and
/// digits in an ASCII text, which no 1 MiB shape holds (one literal pass fewer, ~1.5 M
/// instructions on 1 MiB).
const LATE_RULE: usize = CONTEXTUAL.len() - 1;

static NEEDLES: LazyLock<Needles> = LazyLock::new(|| {
    fn collect(need: &Need, lits: &mut Vec<(&'static str, bool)>) {
        let mut add = |l: &'static str, nocase: bool| {
            if !lits.contains(&(l, nocase)) {
                lits.push((l, nocase));
            }
        };
        match *need {
            Need::Any(l) => l.iter().for_each(|l| add(l, false)),
            Need::AnyNoCase(l) | Need::Followed(l, _) => l.iter().for_each(|l| add(l, true)),
            Need::And(a, b) | Need::Or(a, b) => {
                collect(a, lits);
                collect(b, lits);
            }
            _ => {}
        }
    }
    let mut lits = Vec::new();
    SHAPED.iter().for_each(|(_, _, n)| collect(n, &mut lits));
    CONTEXTUAL[..LATE_RULE].iter().for_each(|(_, _, _, n)| collect(n, &mut lits));
    let eager = lits.len();
    collect(&CONTEXTUAL[LATE_RULE].3, &mut lits);
    let late = (0..lits.len()).map(|i| i >= eager).collect();
    let lower: Vec<String> = lits.iter().map(|(l, _)| l.to_ascii_lowercase()).collect();
    let anchors: Vec<(&str, bool)> =
        lower[..eager].iter().map(|l| (anchor_of(l).0, true)).collect();
    let searched = Searched::new(&searched_strings(&anchors));
    let late_searched = Searched::new(&searched_strings(&lits[eager..]));
    let mut by_first = vec![Vec::new(); 256];
    for (i, l) in lower.iter().enumerate() {
        let (anchor, offset) = if i < eager { anchor_of(l) } else { (l.as_str(), 0) };
        by_first[usize::from(anchor.as_bytes()[0])].push((i, offset));
    }
    Needles { lits, late, searched, late_searched, by_first }
});

/// The strings searched for a group of literals: lower-cased, without those that start with
/// another (`sk-ant-` is found where `sk-` is: every hit is checked against all literals of
/// the group with its first byte).
fn searched_strings(group: &[(&str, bool)]) -> Vec<String> {
    let mut lower: Vec<String> = group.iter().map(|(l, _)| l.to_ascii_lowercase()).collect();
    lower.sort_by(|a, b| (a.len(), a).cmp(&(b.len(), b)));
    lower.dedup();
    lower
        .iter()
        .filter(|l| !lower.iter().any(|o| o != *l && l.starts_with(o.as_str())))
        .cloned()
        .collect()
}

/// Searchers of the strings of a group (Teddy where the processor has it, else an automaton,
/// which Teddy leaves idle: the cheapest to build): the strings of fewer than four bytes in
/// one, the others in another (the searcher fingerprints as many first bytes as its shortest
/// string has: one searcher of all, fingerprinting two, had a candidate every few bytes).
struct Searched(Vec<aho_corasick::AhoCorasick>);

impl Searched {
    fn new(strings: &[String]) -> Searched {
        let (short, long): (Vec<&String>, Vec<&String>) = strings.iter().partition(|s| s.len() < 4);
        let searchers = [short, long]
            .into_iter()
            .filter(|group| !group.is_empty())
            .map(|group| {
                aho_corasick::AhoCorasick::builder()
                    .match_kind(aho_corasick::MatchKind::LeftmostFirst)
                    .kind(Some(aho_corasick::AhoCorasickKind::ContiguousNFA))
                    .build(group)
                    .expect("needle searcher")
            })
            .collect();
        Searched(searchers)
    }
}

/// Where the literals of one group of [`NEEDLES`] (`late` or not) start in the text, by the
/// group's searchers on the lower-cased copy `folded` (entries of the other group empty;
/// each list ascending, each start once: a literal's searched string is in one searcher).
fn search_needles(folded: &[u8], text: &[u8], searched: &Searched, late: bool) -> Vec<Vec<usize>> {
    let needles = &*NEEDLES;
    let mut hits = vec![Vec::new(); needles.lits.len()];
    for searcher in &searched.0 {
        let mut at = 0;
        while let Some(m) = searcher.find(aho_corasick::Input::new(folded).range(at..)) {
            record_hit(folded, text, m.start(), late, &mut hits);
            at = m.start() + 1;
        }
    }
    hits
}

/// Record in `hits` every literal of the group that starts around a searched string found at
/// `p` (its anchor's offset before it).
fn record_hit(folded: &[u8], text: &[u8], p: usize, late: bool, hits: &mut [Vec<usize>]) {
    let needles = &*NEEDLES;
    for &(i, offset) in &needles.by_first[usize::from(folded[p])] {
        let (l, nocase) = needles.lits[i];
        let Some(start) = p.checked_sub(offset) else { continue };
        let hay = if nocase { &folded[start..] } else { &text[start..] };
        if needles.late[i] == late && hay.starts_with(l.as_bytes()) {
            hits[i].push(start);
        }
    }
}

impl<'a> Scan<'a> {
    /// `None` when the text holds a character that `(?i)` folds to ASCII from outside it.
    fn new(text: &'a str) -> Option<Self> {
        let b = text.as_bytes();
        if !b.is_ascii()
            && (memchr::memmem::find(b, "\u{212A}".as_bytes()).is_some()
                || memchr::memmem::find(b, "\u{17F}".as_bytes()).is_some())
        {
            return None;
        }
        // One pass that copies and lowers (a copy, then lowering it, read the text twice).
        let folded: Vec<u8> = b.iter().map(u8::to_ascii_lowercase).collect();
        let hits = search_needles(&folded, b, &NEEDLES.searched, false);
        Some(Scan {
            folded,
            hits,
            late_hits: std::cell::OnceCell::new(),
            text: b,
            runs: std::cell::OnceCell::new(),
        })
    }

    /// Where the literal starts in the text (see [`Scan::hits`]).
    fn hits(&self, l: &str, nocase: bool) -> &[usize] {
        let needles = &*NEEDLES;
        let Some(i) = needles.lits.iter().position(|&x| x == (l, nocase)) else { return &[] };
        if needles.late[i] {
            let late = self.late_hits.get_or_init(|| {
                search_needles(&self.folded, self.text, &needles.late_searched, true)
            });
            return &late[i];
        }
        &self.hits[i]
    }

    fn has(&self, l: &str, nocase: bool) -> bool {
        !self.hits(l, nocase).is_empty()
    }

    fn meets(&self, need: &Need) -> bool {
        let f = &self.folded;
        let runs = || self.runs.get_or_init(|| Runs::new(f));
        match *need {
            Need::Any(l) => l.iter().any(|l| self.has(l, false)),
            Need::AnyNoCase(l) => l.iter().any(|l| self.has(l, true)),
            Need::Alnum(n) if n >= STRIDE => runs().alnum >= n,
            Need::Hex(n) if n >= STRIDE => runs().hex >= n,
            Need::Alnum(n) => run_at_least(f, n, |c| c.is_ascii_alphanumeric()),
            Need::Hex(n) => run_at_least(f, n, |c| c.is_ascii_hexdigit()),
            Need::TokenBeforeDot => runs().before_dot,
            Need::TokenAfterColon => runs().after_colon,
            // The literal search found where the words start: only those places are looked at
            // (issue 14: a search for each word was ~0.7 M instructions on 1 MiB).
            Need::Followed(words, then) => words
                .iter()
                .any(|w| self.hits(w, true).iter().any(|&at| followed_at(f, at + w.len(), then))),
            Need::NonAscii => !self.text.is_ascii(),
            Need::Flag(ends) => {
                let mut dashes = self.hits("--", false).to_vec();
                dashes.sort_unstable();
                dashes.dedup();
                flag_at(self.text, dashes.into_iter(), ends)
            }
            Need::And(a, b) => self.meets(a) && self.meets(b),
            Need::Or(a, b) => self.meets(a) || self.meets(b),
        }
    }
}

/// `hay` holds `--` and a run of `[a-z0-9-]` right after it that ends in one of `ends`
/// ([`Need::Flag`]).
fn flag(hay: &[u8], ends: &[&str]) -> bool {
    flag_at(hay, memchr::memmem::find_iter(hay, b"--"), ends)
}

/// [`flag`], given where `--` occurs in `hay` (ascending; overlapping occurrences may be left
/// out). Any `--` found in a run of dashes leads to the same end of the run.
fn flag_at(hay: &[u8], dashes: impl Iterator<Item = usize>, ends: &[&str]) -> bool {
    let class = |b: &u8| b.is_ascii_lowercase() || b.is_ascii_digit() || *b == b'-';
    let mut done = 0;
    for at in dashes {
        if at < done {
            continue;
        }
        let start = at + 2;
        let end = start + hay[start..].iter().take_while(|b| class(b)).count();
        done = end;
        if ends.iter().any(|e| hay[start..end].ends_with(e.as_bytes())) {
            return true;
        }
    }
    false
}

/// Whether `b` holds a run of at least `n` bytes of `class` (for runs shorter than
/// [`STRIDE`]; no rule has one).
fn run_at_least(b: &[u8], n: usize, class: impl Fn(u8) -> bool) -> bool {
    b.split(|&c| !class(c)).any(|r| r.len() >= n)
}

/// `hay` holds one of `words`, then bytes that may be (part of) white space or a quote, then
/// one of `then`. Linear: a gap holds no word, so no byte is skipped over twice.
fn followed(hay: &[u8], words: &[&str], then: &[&str]) -> bool {
    words.iter().any(|w| {
        memchr::memmem::find_iter(hay, w.as_bytes()).any(|at| followed_at(hay, at + w.len(), then))
    })
}

/// Whether `hay[after..]` is a gap (bytes that may be (part of) white space or a quote, none
/// or more), then one of `then`.
fn followed_at(hay: &[u8], after: usize, then: &[&str]) -> bool {
    let gap = |b: u8| matches!(b, b'\t'..=b'\r' | b' ' | b'"' | b'\'') || b >= 0x80;
    let rest = &hay[after..];
    let rest = &rest[rest.iter().take_while(|&&b| gap(b)).count()..];
    then.iter().any(|t| rest.starts_with(t.as_bytes()))
}

/// A shaped rule: pattern, kind, need.
type Shaped = (&'static str, SecretKind, Need);

/// Shaped tokens, most specific first.
#[rustfmt::skip]
static SHAPED: [Shaped; 14] = {
    use SecretKind::*;
    [
        (r"(?-u:\b)sk-or-v1-[0-9a-fA-F]{32,}", OpenRouterKey, Need::Any(&["sk-or-v1-"])),
        (r"(?-u:\b)sk-ant-ort\d\d-[A-Za-z0-9_-]{20,}", RefreshToken, Need::Any(&["sk-ant-ort"])),
        (r"(?-u:\b)sk-ant-(?:api|oat|admin)\d\d-[A-Za-z0-9_-]{20,}", AnthropicKey, Need::Any(&["sk-ant-"])),
        (r"(?-u:\b)sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}", OpenAiKey, Need::Any(&["sk-"])),
        (r"(?-u:\b)AIza[0-9A-Za-z_-]{35}", GoogleKey, Need::Any(&["AIza"])),
        (r"(?-u:\b)(?:gsk_|xai-|hf_|pplx-|nvapi-)[A-Za-z0-9]{20,}", OtherProviderKey, Need::Any(&["gsk_", "xai-", "hf_", "pplx-", "nvapi-"])),
        (r"(?-u:\b)(?:gh[oprsu]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,})", GithubToken, Need::Any(&["gho_", "ghp_", "ghr_", "ghs_", "ghu_", "github_pat_"])),
        (r"(?-u:\b)eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}", Jwt, Need::Any(&["eyJ"])),
        (r"(?-u:\b)[MNO][A-Za-z0-9_-]{23,27}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,40}", DiscordToken, Need::TokenBeforeDot),
        (r"(?-u:\b)\d{8,10}:[A-Za-z0-9_-]{35}", ChatToken, Need::TokenAfterColon),
        (r"(?-u:\b)(?:xox[abprse]|xapp)-[A-Za-z0-9-]{10,}", ChatToken, Need::Any(&["xox", "xapp-"])),
        (r"(?-u:\b)(?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}(?-u:\b)", AwsKey, Need::Any(&["AKIA", "ASIA", "ABIA", "ACCA"])),
        // An opaque key without a known prefix (Mistral, gateway tokens, …): 32+ letters and
        // digits in one run, upper and lower case and digits mixed. Nothing else OpenClaw
        // prints has that shape (ids and refs hold separators, hashes are lower-case hex).
        (r"(?-u:\b)[A-Za-z0-9]{32,}(?-u:\b)", OtherProviderKey, Need::Alnum(32)),
        // 40 hex digits: a token (commit hashes are let through by `hex_is_a_hash`).
        (r"(?-u:\b)[0-9a-fA-F]{40}(?-u:\b)", GenericSecret, Need::Hex(40)),
    ]
};
static SHAPED_RX: [OnceLock<Regex>; 14] = [const { OnceLock::new() }; 14];

/// The shaped rules that need a second look at the value or what precedes it.
const OPAQUE_RULE: usize = 12;
const HEX40_RULE: usize = 13;

/// Contextual rules: (regex, capture group of the value, kind of the value by its key).
type KindOf = fn(&regex::Captures) -> SecretKind;

/// A contextual rule: pattern, capture group of the value, kind of the value by its key, need.
type Contextual = (&'static str, usize, KindOf, Need);

static CONTEXTUAL: [Contextual; 11] = [
    (
        r"(?i)authorization\s*:\s*(?:bearer|basic|token)\s+([A-Za-z0-9._~+/=_-]{16,})",
        1,
        |_| SecretKind::BearerHeader,
        Need::AnyNoCase(&["authorization"]),
    ),
    (
        r"(?i)(?-u:\b)bearer\s+([A-Za-z0-9._~+/=_-]{16,})",
        1,
        |_| SecretKind::BearerHeader,
        Need::AnyNoCase(&["bearer"]),
    ),
    (
        r"(?i)gateway\.auth\.token[\x22']?\s*[:= ]\s*[\x22']?([^\s\x22'`]{8,})",
        1,
        |_| SecretKind::GatewayToken,
        Need::AnyNoCase(&["gateway.auth.token"]),
    ),
    (
        concat!(
            r"[?&#](token|access_token|id_token|refresh_token|code|state|api_key|apikey|key|auth)",
            r"=([^&\s#\x22'<>`]{8,})"
        ),
        2,
        |c| match c[1].to_ascii_lowercase().as_str() {
            "token" => SecretKind::GatewayToken,
            "refresh_token" => SecretKind::RefreshToken,
            _ => SecretKind::GenericSecret,
        },
        Need::Any(&["token=", "code=", "state=", "key=", "auth="]),
    ),
    (
        concat!(
            r"(?-u:\b)([A-Z][A-Z0-9_]*(?:API_KEY|APIKEY|_KEY|_TOKEN|_SECRET|_PASSWORD|_PAT))",
            r"[\x22']?\s*[:=]\s*[\x22']?([^\s\x22'`]{8,})"
        ),
        2,
        |c| env_kind(&c[1]),
        Need::Any(&["_KEY", "APIKEY", "_TOKEN", "_SECRET", "_PASSWORD", "_PAT"]),
    ),
    (
        concat!(
            // A key may also follow `=` (`openai:default=refresh_token=…`), a backtick
            // (`` `access_token=…` `` in a code span) or `;` (auth list brackets).
            r"(?im)(?:^|[\s{,(\[=`;])[\x22']?(apikey|api_key|api-key|x-api-key|key|token|access|refresh",
            r"|access_token|refresh_token|id_token|accesstoken|refreshtoken|idtoken|secret",
            r"|client_secret|clientsecret|password|auth_token|authtoken|bot_token|bottoken)",
            r"[\x22']?\s*[:=]\s*[\x22']?([^\s\x22'`,;}\]]{8,})"
        ),
        2,
        |c| match c[1].to_ascii_lowercase().as_str() {
            "refresh" | "refresh_token" | "refreshtoken" => SecretKind::RefreshToken,
            "bot_token" | "bottoken" => SecretKind::ChatToken,
            _ => SecretKind::GenericSecret,
        },
        Need::Followed(&["key", "token", "access", "refresh", "secret", "password"], &[":", "="]),
    ),
    (
        concat!(
            // `--api-key`, and any provider's own flag (`--mistral-api-key`, `--xai-token`).
            r"(?:^|\s)--(?:[a-z0-9]+-)*(?:api-key|apikey|token|key|secret|password|access-token|refresh-token|bot-token)",
            r"(?:=|\s+)[\x22']?([^\s\x22'`]{8,})"
        ),
        1,
        |_| SecretKind::GenericSecret,
        // Every flag of the rule ends in one of these (mixed signals pastes hold thousands of
        // `--provider`: issue 14).
        Need::And(&Need::Any(&["--"]), &Need::Flag(&["key", "token", "secret", "password"])),
    ),
    (
        // Provider error texts that quote the rejected key (OpenAI, Mistral, gateways),
        // and OpenClaw's per-entry apiKey binding errors (messages.md §2).
        concat!(
            r"(?i)(?:(?:incorrect|invalid|wrong|bad|revoked|expired)\s+(?:api\s+)?(?:key|token)\s+provided",
            r"|per-entry\s+apikey|api[ _-]?key\s+(?:is|was)|token\s+(?:is|was))",
            r"\s*:?\s*[\x22'`]?([^\s\x22'`,;]{7,}[^\s\x22'`,;.])"
        ),
        1,
        |_| SecretKind::GenericSecret,
        Need::Or(
            &Need::AnyNoCase(&["provided", "per-entry"]),
            // `api key is`, `token was` (not any `key is`: prose says `the key is fine`).
            &Need::Followed(&["apikey", "api key", "api_key", "api-key", "token"], &["is", "was"]),
        ),
    ),
    (
        r"(?i)aws_secret_access_key[\x22']?\s*[:=]\s*[\x22']?([A-Za-z0-9/+=]{40})",
        1,
        |_| SecretKind::AwsKey,
        Need::AnyNoCase(&["aws_secret_access_key"]),
    ),
    (
        // The secret access key pasted next to its key id.
        r"(?m)(?:AKIA|ASIA)[0-9A-Z]{16}[^\n]{0,80}?[\s:=,\x22'/]([A-Za-z0-9/+]{40})(?:[^A-Za-z0-9/+=]|$)",
        1,
        |_| SecretKind::AwsKey,
        Need::Any(&["AKIA", "ASIA"]),
    ),
    (
        // Prose in any language: a word for key/token/password, then within a few
        // characters an opaque value (`mi clave de API es …`, `我的密钥是 …`).
        concat!(
            r"(?i)(?:key|token|secret|password|passwort|schl\x{fc}ssel|clave|cl\x{e9}|chave|chiave|sleutel|klucz|",
            r"anahtar|kunci|kh\x{f3}a|\x{43a}\x{43b}\x{44e}\x{447}|\x{442}\x{43e}\x{43a}\x{435}\x{43d}|",
            r"\x{5bc6}\x{94a5}|\x{91d1}\x{9470}|\x{4ee4}\x{724c}|\x{30ad}\x{30fc}|\x{30c8}\x{30fc}\x{30af}\x{30f3}|",
            r"\x{d0a4}|\x{d1a0}\x{d070}|\x{915}\x{941}\x{902}\x{91c}\x{940}|\x{e04}\x{e35}\x{e22}\x{e4c}|",
            r"\x{6a9}\x{644}\x{6cc}\x{62f}|\x{645}\x{641}\x{62a}\x{627}\x{62d})",
            r"[^\n]{0,24}?[\s:=\x{ff1a}\x{3001}\x{662f}\x{306f}\x{b294}\x{c740}\x22'`]([A-Za-z0-9]{16,})"
        ),
        1,
        |_| SecretKind::GenericSecret,
        // The words spelt in ASCII, or any other character (the words in other scripts).
        Need::And(
            &Need::Alnum(16),
            &Need::Or(
                &Need::AnyNoCase(&[
                    "key", "token", "secret", "passw", "clave", "chave", "chiave", "sleutel",
                    "klucz", "anahtar", "kunci",
                ]),
                &Need::NonAscii,
            ),
        ),
    ),
];
static CONTEXTUAL_RX: [OnceLock<Regex>; 11] = [const { OnceLock::new() }; 11];

/// Kind of a secret given only the name of the variable that holds it.
fn env_kind(name: &str) -> SecretKind {
    let has = |s: &str| name.contains(s);
    if has("GATEWAY") {
        SecretKind::GatewayToken
    } else if has("REFRESH") {
        SecretKind::RefreshToken
    } else if has("DISCORD") {
        SecretKind::DiscordToken
    } else if has("TELEGRAM") || has("SLACK") {
        SecretKind::ChatToken
    } else if has("GITHUB") || name.starts_with("GH_") || has("COPILOT") {
        SecretKind::GithubToken
    } else if has("OPENROUTER") {
        SecretKind::OpenRouterKey
    } else if has("OPENAI") {
        SecretKind::OpenAiKey
    } else if has("ANTHROPIC") || has("CLAUDE") {
        SecretKind::AnthropicKey
    } else if has("GEMINI") || has("GOOGLE") {
        SecretKind::GoogleKey
    } else if has("API_KEY") || has("APIKEY") {
        SecretKind::OtherProviderKey
    } else {
        SecretKind::GenericSecret
    }
}

/// User or tool placeholders and OpenClaw masks: never secrets.
fn is_placeholder(v: &str) -> bool {
    if v.starts_with(['<', '[', '{', '$', '*', '%', '(']) {
        return true;
    }
    let l = v.to_ascii_lowercase();
    const MARKS: &[&str] = &[
        "...",
        "…",
        "***",
        "█",
        "redact",
        "xxxxxx",
        "your_",
        "your-",
        "_here",
        "-here",
        "example",
        "placeholder",
        "changeme",
        "marker(",
        "ref(",
    ];
    if MARKS.iter().any(|m| l.contains(m)) {
        return true;
    }
    // `sk-aaaaaaaaaaaaaaaaaaaaaaaa`, `0000-0000-…`: too few distinct characters.
    let distinct: HashSet<u8> = l.bytes().filter(u8::is_ascii_alphanumeric).take(64).collect();
    distinct.len() <= 3
}

/// How many different letters a value has (random keys use most of the alphabet; words and
/// names repeat a few).
fn distinct_letters(b: &[u8]) -> usize {
    b.iter().filter(|c| c.is_ascii_alphabetic()).collect::<HashSet<_>>().len()
}

/// An opaque run of letters and digits that is random enough to be a key: upper case, lower
/// case and digits, and many different characters.
fn opaque_key(v: &str) -> bool {
    let b = v.as_bytes();
    b.iter().any(u8::is_ascii_digit)
        && b.iter().any(u8::is_ascii_uppercase)
        && b.iter().any(u8::is_ascii_lowercase)
        && b.iter().collect::<HashSet<_>>().len() >= 16
}

/// 40 hex digits right after a word that names a hash (`commit 0b7c…`, `sha1:`), or with
/// too few different digits to be random.
fn hex_is_a_hash(text: &str, start: usize) -> bool {
    let before = text[..start].trim_end_matches([' ', ':', '=', '(', '@', '#']);
    let word: String = before
        .chars()
        .rev()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect::<String>()
        .to_ascii_lowercase();
    const HASH_WORDS: &[&str] = &[
        "commit", "sha", "sha1", "sha256", "hash", "rev", "revision", "tree", "parent", "merge",
        "head", "digest", "checksum", "etag",
    ];
    HASH_WORDS
        .iter()
        .any(|w| word == *w || word.ends_with(&format!("_{w}")) || word.ends_with(&format!("-{w}")))
}

fn is_uuid(v: &str) -> bool {
    let b = v.as_bytes();
    b.len() == 36
        && b.iter().enumerate().all(|(i, &c)| {
            if matches!(i, 8 | 13 | 18 | 23) {
                c == b'-'
            } else {
                c.is_ascii_hexdigit()
            }
        })
}

static MODEL_REF: LazyLock<Regex> = LazyLock::new(|| re(r"^[a-z][a-z-]{1,30}/[A-Za-z0-9._:/-]+$"));

/// Does a value found by context look like a credential?
fn plausible_value(v: &str) -> bool {
    if v.len() < 8 || is_placeholder(v) {
        return false;
    }
    // Profile ids, `sha256:…`, URLs, emails, Windows paths.
    if v.contains([':', '@', '\\']) || v.starts_with(['/', '~', '.']) {
        return false;
    }
    if is_uuid(v) || (v.len() < 80 && MODEL_REF.is_match(v)) {
        return false;
    }
    let b = v.as_bytes();
    // An env var name (`OPENAI_API_KEY`), or plain words (`refresh_token_reused`).
    if b.iter().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || *c == b'_')
        && v.contains('_')
    {
        return false;
    }
    if b.iter().all(|c| c.is_ascii_lowercase() || b"-_.".contains(c))
        && !(b.len() >= 24 && b.iter().all(u8::is_ascii_lowercase) && distinct_letters(b) >= 14)
    {
        return false;
    }
    let digit = b.iter().any(u8::is_ascii_digit);
    let upper = b.iter().any(u8::is_ascii_uppercase);
    let lower = b.iter().any(u8::is_ascii_lowercase);
    digit || (upper && lower && v.len() >= 12) || v.len() >= 24
}

/// From this many bytes on, needs are checked by [`Scan`]: its set-up (the literal searches,
/// compiled once per process, ≈ 2.4 M instructions) is more than [`Features`] costs on a 2 KiB
/// paste and less than it costs from about 16 KiB on (the 52 KiB messages of a thread of 20:
/// 565 → 474 M instructions for the thread). Both only decide which rules run, so the spans
/// found are the same either way.
const LARGE: usize = 16 * 1024;

/// All secrets in `text`, sorted and merged (overlaps take the most specific kind). A rule is
/// compiled and run only when the text meets its need (most pastes hold no secret, and rules
/// without a literal prefix, like `\d{8,10}:` or the generic `key=` rule, start a search at
/// nearly every byte: docs/performance.md).
pub(crate) fn detect(text: &str) -> Vec<Span> {
    detect_with(text, true)
}

/// [`detect`], running every rule when `by_needs` is false (the reference of the tests).
fn detect_with(text: &str, by_needs: bool) -> Vec<Span> {
    let mut spans = Vec::new();
    let scan = if by_needs && text.len() >= LARGE { Scan::new(text) } else { None };
    let features = if by_needs && scan.is_none() { Some(Features::new(text)) } else { None };
    let worth = |need: &Need| match (&scan, &features) {
        (Some(s), _) => s.meets(need),
        (None, Some(f)) => f.meets(need),
        (None, None) => true,
    };
    for (prio, (pattern, kind, need)) in SHAPED.iter().enumerate() {
        if !worth(need) {
            continue;
        }
        let rx = SHAPED_RX[prio].get_or_init(|| re(pattern));
        for m in rx.find_iter(text) {
            let v = m.as_str();
            // Random keys hold digits or capitals; `sk-agent-worker-pool-main` is a name.
            let random = v.bytes().any(|b| b.is_ascii_digit() || b.is_ascii_uppercase());
            if !random || is_placeholder(v) {
                continue;
            }
            if (prio == OPAQUE_RULE && !opaque_key(v))
                || (prio == HEX40_RULE
                    && (hex_is_a_hash(text, m.start())
                        || distinct_letters(v.as_bytes())
                            + v.bytes().filter(u8::is_ascii_digit).collect::<HashSet<_>>().len()
                            < 10))
            {
                continue;
            }
            let kind = if *kind == SecretKind::OpenAiKey && is_hex_sk(v) {
                SecretKind::OtherProviderKey
            } else {
                *kind
            };
            // A token that runs on (`AIza…` is 39 characters) is redacted to its end.
            let rest = &text[m.end()..];
            let tail = rest
                .bytes()
                .take_while(|b| b.is_ascii_alphanumeric() || *b == b'_' || *b == b'-')
                .count();
            // The shape-only rules are the least specific: a key found by its context keeps
            // the kind its context gives.
            let prio = if matches!(prio, OPAQUE_RULE | HEX40_RULE) { usize::MAX - 1 } else { prio };
            spans.push(Span { start: m.start(), end: m.end() + tail, kind, prio });
        }
    }
    let base = SHAPED.len();
    for (i, (pattern, group, kind_of, need)) in CONTEXTUAL.iter().enumerate() {
        if !worth(need) {
            continue;
        }
        let rx = CONTEXTUAL_RX[i].get_or_init(|| re(pattern));
        for c in rx.captures_iter(text) {
            let Some(m) = c.get(*group) else { continue };
            if !plausible_value(m.as_str()) {
                continue;
            }
            spans.push(Span { start: m.start(), end: m.end(), kind: kind_of(&c), prio: base + i });
        }
    }
    merge(spans)
}

/// `sk-` + 32 lowercase hex: DeepSeek-style, not OpenAI.
fn is_hex_sk(v: &str) -> bool {
    v.len() == 35 && v[3..].bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

fn merge(mut spans: Vec<Span>) -> Vec<Span> {
    spans.sort_by_key(|s| (s.start, s.prio));
    let mut out: Vec<Span> = Vec::with_capacity(spans.len());
    for s in spans {
        match out.last_mut() {
            Some(cur) if s.start < cur.end => {
                cur.end = cur.end.max(s.end);
                if s.prio < cur.prio {
                    cur.kind = s.kind;
                    cur.prio = s.prio;
                }
            }
            _ => out.push(s),
        }
    }
    out
}

/// The secret values of `text`, with their kinds (the extra values ingest gave
/// [`redact_all`] before [`redact_normalized`]: the reference in the tests).
#[cfg(test)]
fn values(text: &str) -> Vec<(String, SecretKind)> {
    detect(text).into_iter().map(|s| (text[s.start..s.end].to_string(), s.kind)).collect()
}

/// Every verbatim occurrence of the known values (each ≥ 8 bytes) in `text`. Linear scan with
/// an 8-byte prefix index.
fn occurrences(text: &str, known: &[(String, SecretKind)]) -> Vec<Span> {
    let mut index: HashMap<[u8; 8], Vec<usize>> = HashMap::new();
    let mut first = [false; 256];
    let mut seen: HashSet<&str> = HashSet::new();
    for (i, (v, _)) in known.iter().enumerate() {
        if v.len() < 8 || !seen.insert(v.as_str()) {
            continue;
        }
        let mut key = [0u8; 8];
        key.copy_from_slice(&v.as_bytes()[..8]);
        let list = index.entry(key).or_default();
        if list.len() < 16 {
            list.push(i);
        }
        first[v.as_bytes()[0] as usize] = true;
    }
    if index.is_empty() {
        return Vec::new();
    }
    for list in index.values_mut() {
        list.sort_by_key(|&i| std::cmp::Reverse(known[i].0.len()));
    }
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i + 8 <= b.len() {
        if first[b[i] as usize] {
            let mut key = [0u8; 8];
            key.copy_from_slice(&b[i..i + 8]);
            if let Some(list) = index.get(&key) {
                if let Some(&k) = list.iter().find(|&&k| b[i..].starts_with(known[k].0.as_bytes()))
                {
                    let end = i + known[k].0.len();
                    out.push(Span { start: i, end, kind: known[k].1, prio: usize::MAX });
                    i = end;
                    continue;
                }
            }
        }
        i += 1;
    }
    out
}

/// Redact the normalised `text` of the paste `raw`: [`redact_all`] with the values of `raw` as
/// the extra values. When normalising changed nothing (most pastes), `raw`'s detection is also
/// `text`'s, and the text is not scanned a second time (issue 14: a scan is ~20 M instructions
/// on 1 MiB).
pub(crate) fn redact_normalized(raw: &str, text: Cow<'_, str>) -> (String, Vec<SecretFinding>) {
    let spans = detect(raw);
    // A text the passes borrowed is `raw` itself: no comparison of 1 MiB.
    let unchanged = match &text {
        Cow::Borrowed(t) => std::ptr::eq(*t, raw) || *t == raw,
        Cow::Owned(t) => t == raw,
    };
    if spans.is_empty() && unchanged {
        // Nothing to redact: the text is kept (copied only if it was borrowed).
        return (text.into_owned(), Vec::new());
    }
    let raw_values: Vec<(String, SecretKind)> =
        spans.iter().map(|s| (raw[s.start..s.end].to_string(), s.kind)).collect();
    let known = if unchanged { Some(spans) } else { None };
    redact_with(&text, &raw_values, known)
}

/// Redact `text`: every detected secret, every further occurrence of a detected value, and
/// every occurrence of the `extra` values (found in an earlier form of the same text).
pub(crate) fn redact_all(
    text: &str,
    extra: &[(String, SecretKind)],
) -> (String, Vec<SecretFinding>) {
    redact_with(text, extra, None)
}

/// [`redact_all`], given `detect(text)` when it is already known.
fn redact_with(
    text: &str,
    extra: &[(String, SecretKind)],
    detected: Option<Vec<Span>>,
) -> (String, Vec<SecretFinding>) {
    let (mut out, mut findings) = redact_once(text, extra, detected);
    // A replacement can give a neighbour a new word boundary (`…AAAA` + `OPENAI_API_KEY=…`):
    // look again, bounded, so that redacting the output finds nothing new.
    for _ in 0..2 {
        if findings.is_empty() {
            break;
        }
        let (next, more) = redact_once(&out, &[], None);
        if more.is_empty() {
            break;
        }
        out = next;
        findings.extend(more);
        findings.sort_by_key(|f| f.line);
    }
    (out, findings)
}

fn redact_once(
    text: &str,
    extra: &[(String, SecretKind)],
    detected: Option<Vec<Span>>,
) -> (String, Vec<SecretFinding>) {
    let mut spans = detected.unwrap_or_else(|| detect(text));
    if !spans.is_empty() || !extra.is_empty() {
        let mut known: Vec<(String, SecretKind)> =
            spans.iter().map(|s| (text[s.start..s.end].to_string(), s.kind)).collect();
        known.extend(extra.iter().cloned());
        spans.extend(occurrences(text, &known));
        spans = merge(spans);
    }
    if spans.is_empty() {
        return (text.to_string(), Vec::new());
    }
    let mut out = String::with_capacity(text.len());
    let mut findings = Vec::with_capacity(spans.len());
    let mut last = 0;
    let mut line = 1;
    for s in spans {
        line += text[last..s.start].bytes().filter(|&b| b == b'\n').count();
        out.push_str(&text[last..s.start]);
        out.push_str(REDACTED);
        findings.push(SecretFinding { kind: s.kind, line });
        line += text[s.start..s.end].bytes().filter(|&b| b == b'\n').count();
        last = s.end;
    }
    out.push_str(&text[last..]);
    (out, findings)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overlapping_matches_take_the_most_specific_kind() {
        // The `.env` rule and the OpenRouter shape both match: one span, OpenRouter kind.
        let text = "OPENROUTER_API_KEY=sk-or-v1-0123456789abcdef0123456789abcdef";
        let spans = detect(text);
        assert_eq!(spans.len(), 1);
        assert_eq!(spans[0].kind, SecretKind::OpenRouterKey);
        assert_eq!(&text[spans[0].start..spans[0].end], &text[19..]);
    }

    #[test]
    fn contextual_values_must_look_like_secrets() {
        for v in ["Zq8Lm2Np", "aB3dE5gH9jK1", "abcdefghijklmnopqrstuvwxyzabcdef0"] {
            assert!(plausible_value(v), "{v}");
        }
        for v in [
            "forbidden_error",
            "refresh_token_reused",
            "OPENAI_API_KEY",
            "openai:default",
            "alice@example.com",
            "openai/gpt-5.5",
            "123e4567-e89b-12d3-a456-426614174000",
            "~/.openclaw/agents/main/agent",
            "<redacted>",
            "${TOKEN}",
            "sk-or-v1...e1a682b4",
            "49d0ef…LYhROi",
            "xxxxxxxxxxxx",
            "00000000000000",
        ] {
            assert!(!plausible_value(v), "{v}");
        }
    }

    /// Security review M1: keys without a known prefix, found by their context or shape.
    #[test]
    fn unprefixed_keys_are_found_by_context_and_shape() {
        let mistral = "q7VbN2xKp9LmZt4RwY8sHc3JdF6gA1eU";
        let hex40 = "3f9a01c2d4e5b6a7980c1d2e3f4a5b6c7d8e9f01";
        let gateway48 = "Zq8Lm2Np4Rt6Vx9Bc3Df5Gh7Jk1Mn0Pq2Rs4Tv6Wx8Yz3Ab";
        let aws_secret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzq3Ln8Vb2K";
        let cases = [
            (format!("openclaw onboard --mistral-api-key {mistral}"), mistral),
            (format!("Error: 401 Incorrect API key provided: {hex40}."), hex40),
            (format!("Incorrect API key provided: {gateway48}"), gateway48),
            (format!("Incorrect API key provided: {mistral}"), mistral),
            (format!("the token {hex40} stopped working"), hex40),
            ("id AKIAZ7Q3LM2NP4RT6VXB in my config".to_string(), "AKIAZ7Q3LM2NP4RT6VXB"),
            (format!("AKIAZ7Q3LM2NP4RT6VXB {aws_secret}"), aws_secret),
            (format!("aws_secret_access_key = {aws_secret}"), aws_secret),
            (format!("\"apiKey\": \"{mistral}\""), mistral),
            ("\"apiKey\": \"qwxzvkjtpmhnbgrdfslcyeua\"".to_string(), "qwxzvkjtpmhnbgrdfslcyeua"),
            (format!("Authorization: Bearer {mistral}"), mistral),
            (format!("export X_API_KEY={hex40}"), hex40),
            (format!("Per-entry apiKey \"{mistral}\" for provider \"mistral\" matched a stored profile but failed to resolve"), mistral),
            (format!("mi clave de API es {mistral} y no funciona"), mistral),
            (format!("mein API-Schlüssel: {hex40}"), hex40),
            (format!("我的密钥是{mistral}，不能用"), mistral),
            (format!("il y a un truc {mistral} bizarre"), mistral),
        ];
        for (text, value) in &cases {
            let (out, found) = redact_all(text, &[]);
            assert!(!out.contains(value), "{text} -> {out}");
            assert!(!found.is_empty(), "{text}");
        }
        for safe in [
            "🦞 OpenClaw 2026.6.9 (c645ec4) — commit 0b7c1e41a9f3c2d4e5f60718293a4b5c6d7e8f90",
            "No API key found for provider \"custom-127-0-0-1-8080\". Auth store: x",
            "profile=sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
            "the api key is definitely wrong",
            "Per-entry apiKey \"openai:default\" for provider \"openai\" references a \"oauth\" credential",
            "model google/gemini-2.5-flash-preview-05-20 and openrouter/meta-llama/llama-3.3-70b-instruct",
        ] {
            let (out, found) = redact_all(safe, &[]);
            assert_eq!(out, safe);
            assert!(found.is_empty(), "{safe}");
        }
    }

    /// A rule's need holds on every text the rule matches (else the rule would be skipped and
    /// a secret let through): checked on strings generated from each rule's own pattern
    /// (`(?i)` letters include the Kelvin sign and long s), alone and amid other text.
    #[test]
    fn needs_are_necessary() {
        use proptest::prelude::*;
        use proptest::test_runner::{Config, TestRunner};
        let rules = SHAPED
            .iter()
            .map(|(p, _, n)| (*p, *n))
            .chain(CONTEXTUAL.iter().map(|(p, _, _, n)| (*p, *n)));
        for (pattern, need) in rules {
            // The generator knows no anchors or word boundaries: drop them (the matches it
            // makes are then checked against the real pattern).
            let gen = pattern.replace(r"(?-u:\b)", "").replace("(?:^|", "(?:").replace("|$)", ")");
            let rx = Regex::new(pattern).unwrap();
            let strategy = (
                proptest::string::string_regex(&gen).unwrap(),
                "[ -~]{0,12}",
                "[ -~\u{80}-\u{3000}]{0,12}",
            );
            let mut runner = TestRunner::new(Config { cases: 400, ..Config::default() });
            runner
                .run(&strategy, |(m, before, after)| {
                    for text in [m.clone(), format!("{before} {m} {after}"), format!("{before}{m}")]
                    {
                        if rx.is_match(&text) {
                            prop_assert!(Features::new(&text).meets(&need), "{pattern}: {text:?}");
                        }
                    }
                    Ok(())
                })
                .unwrap();
        }
    }

    /// Every need of every rule, its parts included.
    fn all_needs() -> Vec<Need> {
        fn walk(n: &Need, out: &mut Vec<Need>) {
            out.push(*n);
            if let Need::And(a, b) | Need::Or(a, b) = n {
                walk(a, out);
                walk(b, out);
            }
        }
        let mut out = Vec::new();
        SHAPED.iter().for_each(|(_, _, n)| walk(n, &mut out));
        CONTEXTUAL.iter().for_each(|(_, _, _, n)| walk(n, &mut out));
        out
    }

    /// [`Scan`] (its literals found where their [`ANCHORS`] are) answers every need as
    /// [`Features`] (a search for each literal) does: on texts generated from the needs'
    /// literals in any case, near misses of the anchors, runs of every class just under and
    /// over their lengths next to `.` and `:`, non-ASCII text; and on the fixtures.
    #[test]
    fn scan_meets_needs_as_features_do() {
        let needs = all_needs();
        let mut pieces: Vec<String> = Vec::new();
        for (l, _) in &NEEDLES.lits {
            pieces.push(l.to_string());
            pieces.push(l.to_ascii_uppercase());
            pieces.push(l.to_ascii_lowercase());
        }
        // Near misses around the [`ANCHORS`] (a hit of one that is no literal around it).
        for w in ["gh", "Gh", "_k", "api", "API", "gateway.", "aws_", "_PASS", "Key", "TOKEN"] {
            pieces.push(w.to_string());
        }
        for w in ["is", "was", ":", "=", ".", "\"", " ", "\n", "\u{a0}", "é", "。", "-", "_"] {
            pieces.push(w.to_string());
        }
        for n in [15, 16, 23, 24, 31, 32, 34, 35, 39, 40] {
            pieces.push("aB3".repeat(n).chars().take(n).collect());
            pieces.push("0f9e".repeat(n).chars().take(n).collect());
            pieces.push("a-_".repeat(n).chars().take(n).collect());
        }
        let mut rng = crate::testgen::XorShift(0x9E37_79B9_7F4A_7C15);
        let mut next = |n: usize| rng.below(n);
        let mut texts: Vec<String> = Vec::new();
        for _ in 0..20_000 {
            let k = 1 + next(8);
            let t: String = (0..k).map(|_| pieces[next(pieces.len())].as_str()).collect();
            texts.push(t);
        }
        texts.extend(crate::testgen::fixture_texts());
        let (mut met, mut checked) = (0, 0);
        for t in &texts {
            let Some(scan) = Scan::new(t) else { continue };
            let f = Features::new(t);
            for n in &needs {
                let want = f.meets(n);
                assert_eq!(scan.meets(n), want, "{n:?} on {t:?}");
                met += usize::from(want);
                checked += 1;
            }
        }
        assert!(met > checked / 20, "{met} of {checked}");
        // The Kelvin sign and long s are left to `Features`.
        assert!(Scan::new("to\u{212A}en").is_none() && Scan::new("ſecret").is_none());
    }

    /// [`redact_normalized`] redacts as ingest did before it (`redact_all` given `values(raw)`),
    /// both when normalising left the text as it was (the detection is reused) and when it
    /// changed it: on generated texts of secrets, masks, words and line breaks (short, and past
    /// [`LARGE`] so that [`Scan`] decides), and on the fixtures.
    #[test]
    fn redact_normalized_redacts_as_redact_all_with_raw_values() {
        let pieces = [
            "OPENAI_API_KEY=sk-proj-Zq8Lm2Np4Rt6Vx0Bc3De5Fg7Hj9Kl1",
            "sk-or-v1-0123456789abcdef0123456789abcdef",
            "sk-proj-****Xq7d",
            "Authorization: Bearer aB3dE5gH9jK1mN2pQ4rS6tU8",
            "\"apiKey\": \"Zq8Lm2Np4Rt6Vx0B\"",
            "ghp_0123456789abcdefABCDEFghijklmnopqr",
            "AIzaSyA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q",
            "--api-key aB3dE5gH9jK1mN2p",
            "token=",
            "Zq8Lm2Np4Rt6Vx0Bc3De5Fg7Hj9Kl1",
            "[REDACTED]",
            " ",
            "\n",
            "  \n",
            "error: 401 Unauthorized",
            "model anthropic/claude-sonnet-4",
            "é",
            "-",
            "=",
        ];
        let mut rng = crate::testgen::XorShift(0x2545_F491_4F6C_DD1D);
        let mut next = |n: usize| rng.below(n);
        let mut raws: Vec<String> = Vec::new();
        for _ in 0..5_000 {
            let k = 1 + next(10);
            raws.push((0..k).map(|_| pieces[next(pieces.len())]).collect());
        }
        for _ in 0..3 {
            let mut big = String::new();
            while big.len() <= LARGE {
                big.push_str(pieces[next(pieces.len())]);
            }
            raws.push(big);
        }
        raws.extend(crate::testgen::fixture_texts());
        let mut found = 0;
        for raw in &raws {
            // The text as it was, and changed as normalising may change it.
            let changed =
                [raw.replace("  \n", "\n"), raw.replace('=', " = "), raw.replace('-', "")];
            for text in std::iter::once(raw).chain(&changed) {
                let want = redact_all(text, &values(raw));
                assert_eq!(
                    redact_normalized(raw, Cow::Borrowed(text)),
                    want,
                    "{raw:?} -> {text:?}"
                );
                assert_eq!(
                    redact_normalized(raw, Cow::Owned(text.clone())),
                    want,
                    "{raw:?} -> {text:?}"
                );
                found += usize::from(!want.1.is_empty());
            }
        }
        assert!(found > raws.len(), "{found}");
    }

    /// Pieces of generated texts for the searchers: every literal of every need in three
    /// cases, each searched piece alone, near misses, the words of OpenClaw's output that
    /// start like a literal (`Auth profile`, `openai-codex`, `status`, `provider`), separators.
    fn search_pieces() -> Vec<String> {
        let mut pieces: Vec<String> = Vec::new();
        for (l, _) in &NEEDLES.lits {
            pieces.push(l.to_string());
            pieces.push(l.to_ascii_uppercase());
            pieces.push(l.to_ascii_lowercase());
            let lower = l.to_ascii_lowercase();
            pieces.push(anchor_of(&lower).0.to_string());
            // The literal less its last byte: every prefix the searcher can start on.
            pieces.push(l[..l.len() - 1].to_string());
        }
        for w in [
            "Auth profile ",
            "openai-codex",
            "status",
            "provider",
            "mode=",
            "node=",
            "oauth=",
            "authorized",
            "provider_ided",
            "sk",
            "gh",
            "Gh",
            "_k",
            "api",
            "API",
            "gateway.",
            "aws_",
            "_PASS",
            "Key",
            "TOKEN",
            "ode",
            "tate",
            "uth",
            "rization",
            "ided",
        ] {
            pieces.push(w.to_string());
        }
        for w in ["is", "was", ":", "=", ".", "\"", " ", "\n", "é", "。", "-", "_", "?", "&", "#"]
        {
            pieces.push(w.to_string());
        }
        pieces
    }

    /// Each literal's starts as a search of every position says.
    fn naive_hits(hay: &[u8], l: &str) -> Vec<usize> {
        (0..hay.len()).filter(|&i| hay[i..].starts_with(l.as_bytes())).collect()
    }

    /// The searchers (one pass per length group, literals found where their [`PIECES`] piece
    /// or [`ANCHORS`] string is) find every start of every literal, each once and in order, as
    /// a search of every position does (what the four alternations of eight found, less their
    /// repeats): on 6,000 generated texts short and long (Teddy needs a few dozen bytes, a
    /// shorter text is searched another way) and on the fixtures.
    #[test]
    fn searchers_find_every_start_of_every_literal() {
        let pieces = search_pieces();
        let refs: Vec<&str> = pieces.iter().map(String::as_str).collect();
        let mut rng = crate::testgen::XorShift(0x51_7CC1_B727_220A);
        let mut texts = crate::testgen::joined_pieces(&mut rng, &refs, 4_000, 8);
        texts.extend(crate::testgen::joined_pieces(&mut rng, &refs, 2_000, 60));
        texts.extend(crate::testgen::fixture_texts());
        let mut found = 0;
        for t in &texts {
            let Some(scan) = Scan::new(t) else { continue };
            for &(l, nocase) in &NEEDLES.lits {
                let hay = if nocase { &scan.folded[..] } else { t.as_bytes() };
                let want = naive_hits(hay, l);
                assert_eq!(scan.hits(l, nocase), &want[..], "{l:?} ({nocase}) in {t:?}");
                found += want.len();
            }
        }
        assert!(found > texts.len() * 4, "{found}");
    }

    /// Secrets of every rule, as values and in their contexts, with the words around them
    /// that start like a searched literal.
    const SECRET_PIECES: &[&str] = &[
        "OPENAI_API_KEY=sk-proj-Zq8Lm2Np4Rt6Vx0Bc3De5Fg7Hj9Kl1",
        "sk-or-v1-0123456789abcdef0123456789abcdef",
        "sk-ant-api03-Zq8Lm2Np4Rt6Vx0Bc3De5Fg7",
        "sk-ant-ort01-Zq8Lm2Np4Rt6Vx0Bc3De5Fg7",
        "AIzaSyA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q",
        "gsk_Zq8Lm2Np4Rt6Vx0Bc3De5Fg7",
        "xai-Zq8Lm2Np4Rt6Vx0Bc3De5Fg7",
        "ghp_0123456789abcdefABCDEFghijklmnopqr",
        "github_pat_Zq8Lm2Np4Rt6Vx0Bc3De5Fg7",
        "eyJhbGciOiJIUzI1.eyJzdWIiOiIxMjM0.SflKxwRJSMeKKF2QT4",
        "MTk4NjIyNDgzNDcxOTI1MjQ4.Gh2Wp8.Zq8Lm2Np4Rt6Vx0Bc3De5Fg7Hj9Kl1",
        "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1",
        "xoxb-0123456789-Zq8Lm2Np4Rt6",
        "AKIAZ7Q3LM2NP4RT6VXB wJalrXUtnFEMI/K7MDENG/bPxRfiCYzq3Ln8Vb2K",
        "q7VbN2xKp9LmZt4RwY8sHc3JdF6gA1eU",
        "3f9a01c2d4e5b6a7980c1d2e3f4a5b6c7d8e9f01",
        "Authorization: Bearer aB3dE5gH9jK1mN2pQ4rS6tU8",
        "AUTHORIZATION: basic aB3dE5gH9jK1mN2pQ4rS6tU8",
        "bearer Zq8Lm2Np4Rt6Vx0Bc3De5",
        "gateway.auth.token: Zq8Lm2Np4R",
        "https://x/cb?code=Zq8Lm2Np4Rt6&state=aB3dE5gH9jK1",
        "#auth=aB3dE5gH9jK1mN",
        "?access_token=Zq8Lm2Np4Rt6",
        "&key=Zq8Lm2Np4Rt6Vx",
        "\"apiKey\": \"Zq8Lm2Np4Rt6Vx0B\"",
        "refresh_token=Zq8Lm2Np4Rt6Vx0B",
        " password: Zq8Lm2Np4Rt6",
        "--api-key aB3dE5gH9jK1mN2p",
        "--mistral-api-key=aB3dE5gH9jK1mN2p",
        "Incorrect API key provided: Zq8Lm2Np4Rt6Vx0B.",
        "INVALID TOKEN PROVIDED: Zq8Lm2Np4Rt6Vx0B",
        "Per-entry apiKey \"Zq8Lm2Np4Rt6Vx0B\"",
        "the api key is Zq8Lm2Np4Rt6Vx0B",
        "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYzq3Ln8Vb2K",
        "mi clave de API es q7VbN2xKp9LmZt4RwY8sHc3J",
        "我的密钥是q7VbN2xKp9LmZt4RwY8sHc3J",
        "sk-proj-****Xq7d",
        "[REDACTED]",
        "Auth profile \"openai-codex:user0@example.com\" is for openai-codex, not openai.",
        "No API key found for provider \"anthropic\". Auth store: ~/.openclaw/agents/a0/agent.",
        "detail=OAuth token refresh failed for openai status=401 mode=auto",
        "commit 0b7c1e41a9f3c2d4e5f60718293a4b5c6d7e8f90",
        " ",
        "\n",
        "é",
        "=",
        ":",
    ];

    /// What the needs let run finds every secret that running every rule finds, and the
    /// redaction is the same to the byte (a rule skipped by a need too strong would let a
    /// secret through): on generated texts short (decided by [`Features`]) and past
    /// [`LARGE`] (decided by [`Scan`] and its searchers), with every piece in three cases.
    #[test]
    fn needs_redact_as_running_every_rule() {
        let mut pieces: Vec<String> = Vec::new();
        for p in SECRET_PIECES {
            pieces.push(p.to_string());
            pieces.push(p.to_ascii_uppercase());
            pieces.push(p.to_ascii_lowercase());
        }
        pieces.extend(search_pieces());
        let refs: Vec<&str> = pieces.iter().map(String::as_str).collect();
        let mut rng = crate::testgen::XorShift(0x2545_F491_4F6C_DD1D);
        let mut texts = crate::testgen::joined_pieces(&mut rng, &refs, 3_000, 12);
        for _ in 0..40 {
            let mut big = String::new();
            while big.len() <= LARGE {
                big.push_str(refs[rng.below(refs.len())]);
            }
            texts.push(big);
        }
        texts.extend(crate::testgen::fixture_texts());
        let mut found = 0;
        for t in &texts {
            let spans = detect(t);
            let every = detect_with(t, false);
            let as_text = |s: &[Span]| -> Vec<(usize, usize, SecretKind)> {
                s.iter().map(|s| (s.start, s.end, s.kind)).collect()
            };
            assert_eq!(as_text(&spans), as_text(&every), "{t:?}");
            assert_eq!(redact_all(t, &[]), redact_with(t, &[], Some(every)), "{t:?}");
            found += spans.len();
        }
        assert!(found > texts.len(), "{found}");
    }

    #[test]
    fn occurrences_are_found_at_any_offset() {
        let known = vec![("Zq8Lm2Np4Rt6".to_string(), SecretKind::GenericSecret)];
        let spans = occurrences("é Zq8Lm2Np4Rt6 and xZq8Lm2Np4Rt6x", &known);
        assert_eq!(spans.iter().map(|s| s.start).collect::<Vec<_>>(), vec![3, 21]);
    }
}
