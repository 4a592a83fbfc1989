//! Matching lexicon terms against prose: word-boundary matching on tokens for spaced scripts
//! ("error" never matches "terror", "600" never matches inside "16000"), substring matching for
//! scripts written without spaces (Han, kana, Hangul, Thai).
//!
//! Term syntax (one term of a lexicon line):
//! - words separated by spaces match consecutive words of the prose;
//! - `word*` matches any word starting with `word` (inflections: `fail*` → fails, failed, failing);
//! - `*word` matches any word ending with `word` (compounds: `*fehler` → Verbindungsfehler);
//! - `*word*` matches any word containing `word`;
//! - `…` (or `...`) between words allows up to three other words in between
//!   (`funktioniert … nicht` → "funktioniert leider immer noch nicht" is too far, "funktioniert
//!   seit gestern nicht" matches);
//! - a term holding any Han, kana, Hangul or Thai letter matches as a plain substring.
//!
//! Text and terms are normalised alike: lowercase, typographic apostrophes and quotes folded,
//! apostrophes and hyphens split words ("can’t" = "can't" = can + t), and a word splits where
//! digits meet letters ("600s" = 600 + s).

use std::borrow::Cow;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// FNV-1a. The maps are keyed by the lexicons' words and hashed ~10k times when they are built
/// (at the first diagnosis of a process: issue 14); SipHash's resistance to chosen keys buys
/// nothing for a fixed table that prose only looks words up in.
pub struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
}

/// FNV-1a of a word: the slot a [`Table`] (written by `build.rs`) starts looking in.
pub fn fnv(word: &str) -> u64 {
    let mut h = Fnv::default();
    h.write(word.as_bytes());
    h.finish()
}

type Map<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;

/// Words allowed between two parts of a `…` term.
const MAX_GAP: usize = 3;

/// One word pattern of a term (borrowed in the tables `build.rs` writes).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pat {
    Exact(Cow<'static, str>),
    Prefix(Cow<'static, str>),
    Suffix(Cow<'static, str>),
    Infix(Cow<'static, str>),
    Gap,
}

impl Pat {
    fn matches(&self, word: &str) -> bool {
        match self {
            Pat::Exact(w) => word == w,
            Pat::Prefix(w) => word.starts_with(&**w),
            Pat::Suffix(w) => word.ends_with(&**w),
            // The length first: a word is mostly shorter than the one infix term, and
            // `contains` prepares a two-way search on every call.
            Pat::Infix(w) => word.len() >= w.len() && word.contains(&**w),
            Pat::Gap => true,
        }
    }
}

/// A compiled term: either a word sequence or a substring.
#[derive(Debug, Clone)]
enum Term {
    Words(Vec<Pat>),
    Substring(String),
}

/// Terms keyed by a word, as `build.rs` writes them: open addressing on [`fnv`] of the key
/// with linear probing, so nothing is built at run time (issue 14).
#[derive(Debug)]
pub struct Table<V: 'static> {
    /// `1 +` the index of the key in each slot, `0` for none; a power of two long, or empty.
    pub slots: &'static [u16],
    pub keys: &'static [&'static str],
    pub entries: &'static [&'static [(&'static [Pat], V)]],
}

impl<V> Table<V> {
    fn get(&self, key: &str) -> &'static [(&'static [Pat], V)] {
        if self.slots.is_empty() {
            return &[];
        }
        let mask = self.slots.len() - 1;
        let mut i = fnv(key) as usize & mask;
        loop {
            match usize::from(self.slots[i]) {
                0 => return &[],
                s if self.keys[s - 1] == key => return self.entries[s - 1],
                _ => i = (i + 1) & mask,
            }
        }
    }
}

/// What a [`Matcher`] holds, written by `build.rs` for the lexicons: a one-shot run used to
/// build the maps from 2,742 terms at its first diagnosis, 3.8 M instructions (issue 14).
#[derive(Debug)]
pub struct Compiled<V: 'static> {
    pub exact: Table<V>,
    pub prefix: Table<V>,
    pub suffix: Table<V>,
    pub infix: &'static [(&'static [Pat], V)],
    pub substrings: &'static [(&'static str, V)],
    pub longest_affix: usize,
    /// [`AffixLengths`] of the keys, built at the first scan (`build.rs` writes it empty).
    pub affix_lengths: OnceLock<AffixLengths>,
}

/// A term with its value, owned or in a [`Table`].
trait Entry<V> {
    fn pats(&self) -> &[Pat];
    fn value(&self) -> V;
}

impl<V: Copy> Entry<V> for (Vec<Pat>, V) {
    fn pats(&self) -> &[Pat] {
        &self.0
    }
    fn value(&self) -> V {
        self.1
    }
}

impl<V: Copy> Entry<V> for (&'static [Pat], V) {
    fn pats(&self) -> &[Pat] {
        self.0
    }
    fn value(&self) -> V {
        self.1
    }
}

/// The lookups [`scan`] needs, from a [`Matcher`] or a [`Compiled`].
trait Index<V: Copy> {
    type E: Entry<V>;
    fn exact(&self, w: &str) -> &[Self::E];
    fn prefix(&self, w: &str) -> &[Self::E];
    fn suffix(&self, w: &str) -> &[Self::E];
    fn has_affixes(&self) -> bool;
    fn longest_affix(&self) -> usize;
    /// The prefix keys, then the suffix keys.
    fn affix_keys(&self) -> (impl Iterator<Item = &str>, impl Iterator<Item = &str>);
    /// Where the index keeps its [`AffixLengths`].
    fn affix_lengths_cell(&self) -> &OnceLock<AffixLengths>;
    /// The [`AffixLengths`] of the keys, built once per index (they depend on its keys
    /// alone; building them at every scan cost ≈ 60 K instructions a text).
    fn affix_lengths(&self) -> &AffixLengths {
        self.affix_lengths_cell().get_or_init(|| {
            let (prefixes, suffixes) = self.affix_keys();
            AffixLengths::new(prefixes, suffixes)
        })
    }
    fn infix(&self) -> &[Self::E];
    fn substrings(&self) -> impl Iterator<Item = (&str, V)>;
}

impl<V: Copy> Index<V> for Matcher<V> {
    type E = (Vec<Pat>, V);
    fn exact(&self, w: &str) -> &[Self::E] {
        self.exact.get(w).map_or(&[], Vec::as_slice)
    }
    fn prefix(&self, w: &str) -> &[Self::E] {
        self.prefix.get(w).map_or(&[], Vec::as_slice)
    }
    fn suffix(&self, w: &str) -> &[Self::E] {
        self.suffix.get(w).map_or(&[], Vec::as_slice)
    }
    fn has_affixes(&self) -> bool {
        !self.prefix.is_empty() || !self.suffix.is_empty()
    }
    fn longest_affix(&self) -> usize {
        self.longest_affix
    }
    fn affix_keys(&self) -> (impl Iterator<Item = &str>, impl Iterator<Item = &str>) {
        (self.prefix.keys().map(String::as_str), self.suffix.keys().map(String::as_str))
    }
    fn affix_lengths_cell(&self) -> &OnceLock<AffixLengths> {
        &self.affix_lengths
    }
    fn infix(&self) -> &[Self::E] {
        &self.infix
    }
    fn substrings(&self) -> impl Iterator<Item = (&str, V)> {
        self.substrings.iter().map(|(s, v)| (s.as_str(), *v))
    }
}

impl<V: Copy> Index<V> for Compiled<V> {
    type E = (&'static [Pat], V);
    fn exact(&self, w: &str) -> &[Self::E] {
        self.exact.get(w)
    }
    fn prefix(&self, w: &str) -> &[Self::E] {
        self.prefix.get(w)
    }
    fn suffix(&self, w: &str) -> &[Self::E] {
        self.suffix.get(w)
    }
    fn has_affixes(&self) -> bool {
        !self.prefix.keys.is_empty() || !self.suffix.keys.is_empty()
    }
    fn longest_affix(&self) -> usize {
        self.longest_affix
    }
    fn affix_keys(&self) -> (impl Iterator<Item = &str>, impl Iterator<Item = &str>) {
        (self.prefix.keys.iter().copied(), self.suffix.keys.iter().copied())
    }
    fn affix_lengths_cell(&self) -> &OnceLock<AffixLengths> {
        &self.affix_lengths
    }
    fn infix(&self) -> &[Self::E] {
        self.infix
    }
    fn substrings(&self) -> impl Iterator<Item = (&str, V)> {
        self.substrings.iter().copied()
    }
}

impl<V: Copy> Compiled<V> {
    /// Call `hit` with the value of every term found in `text`, as [`Matcher::scan`] does.
    pub fn scan(&self, text: &str, hit: impl FnMut(V)) {
        scan(self, text, hit);
    }
}

/// All terms of all lexicons, indexed by their first word for speed; `V` is what a match yields.
#[derive(Debug)]
pub struct Matcher<V: Copy> {
    exact: Map<String, Vec<(Vec<Pat>, V)>>,
    prefix: Map<String, Vec<(Vec<Pat>, V)>>,
    suffix: Map<String, Vec<(Vec<Pat>, V)>>,
    infix: Vec<(Vec<Pat>, V)>,
    substrings: Vec<(String, V)>,
    /// Longest prefix/suffix key in chars: longer parts of a word need no lookup.
    longest_affix: usize,
    /// [`AffixLengths`] of the keys, built at the first scan after the last [`Matcher::add`].
    affix_lengths: OnceLock<AffixLengths>,
}

impl<V: Copy> Default for Matcher<V> {
    fn default() -> Self {
        Matcher {
            exact: Map::default(),
            prefix: Map::default(),
            suffix: Map::default(),
            infix: Vec::new(),
            substrings: Vec::new(),
            longest_affix: 0,
            affix_lengths: OnceLock::new(),
        }
    }
}

impl<V: Copy> Matcher<V> {
    /// Add one term; `false` when it holds no word (nothing to match).
    pub fn add(&mut self, term: &str, value: V) -> bool {
        self.add_term(compile(term), value)
    }

    /// Add a term compiled by [`encode`] (`build.rs` compiles the lexicons: issue 14).
    pub fn add_encoded(&mut self, code: &str, value: V) -> bool {
        self.add_term(decode(code), value)
    }

    fn add_term(&mut self, term: Option<Term>, value: V) -> bool {
        // New keys: the lengths are built again at the next scan.
        self.affix_lengths = OnceLock::new();
        match term {
            Some(Term::Substring(s)) => self.substrings.push((s, value)),
            Some(Term::Words(pats)) => {
                // The first word keys the entry; the patterns move in (no copy).
                let (key, map) = match &pats[0] {
                    Pat::Exact(w) => (w.to_string(), &mut self.exact),
                    Pat::Prefix(w) => {
                        self.longest_affix = self.longest_affix.max(w.chars().count());
                        (w.to_string(), &mut self.prefix)
                    }
                    Pat::Suffix(w) => {
                        self.longest_affix = self.longest_affix.max(w.chars().count());
                        (w.to_string(), &mut self.suffix)
                    }
                    Pat::Infix(_) => (String::new(), &mut self.exact),
                    Pat::Gap => return false,
                };
                if matches!(pats[0], Pat::Infix(_)) {
                    self.infix.push((pats, value));
                } else {
                    map.entry(key).or_default().push((pats, value));
                }
            }
            None => return false,
        }
        true
    }

    /// Call `hit` with the value of every term found in `text` (a value may come more than once).
    pub fn scan(&self, text: &str, hit: impl FnMut(V)) {
        scan(self, text, hit);
    }
}

/// The byte lengths of the affix keys by the two bytes at their outer end (a prefix key's
/// first two, a suffix key's last two; [`end_slot`]): bit `n - 1` for a key of `n` bytes
/// (bit 31 for 32 and more; a one-byte key sets bit 0 in every slot). Every prefix of a word
/// starts with the word's first two bytes, every suffix ends with its last two: a word's
/// affix is looked up only at the lengths some key with its end has (issue 14: looking up
/// every prefix and suffix of every word, each hashed anew, was ~1,000 instructions a word
/// of prose).
#[derive(Debug)]
pub struct AffixLengths {
    prefix: [u32; SLOTS],
    suffix: [u32; SLOTS],
}

const SLOTS: usize = 1024;

/// The slot of the two bytes at an end (the outer one first); a one-byte word's is its byte.
fn end_slot(outer: u8, inner: Option<u8>) -> usize {
    (usize::from(outer) * 31 + inner.map_or(0, |b| usize::from(b) + 1)) % SLOTS
}

/// The bit of an affix of `n` bytes.
fn length_bit(n: usize) -> u32 {
    1 << (n.min(32) - 1)
}

impl AffixLengths {
    fn new<'a>(
        prefixes: impl Iterator<Item = &'a str>,
        suffixes: impl Iterator<Item = &'a str>,
    ) -> AffixLengths {
        fn fill<'a>(table: &mut [u32; SLOTS], keys: impl Iterator<Item = &'a [u8]>) {
            for k in keys {
                match k {
                    [] => {}
                    [_] => table.iter_mut().for_each(|t| *t |= 1),
                    [a, b, ..] => table[end_slot(*a, Some(*b))] |= length_bit(k.len()),
                }
            }
        }
        let mut lengths = AffixLengths { prefix: [0; SLOTS], suffix: [0; SLOTS] };
        fill(&mut lengths.prefix, prefixes.map(str::as_bytes));
        // A suffix key read backwards: its last byte, then the one before.
        let reversed: Vec<Vec<u8>> =
            suffixes.map(|k| k.bytes().rev().collect::<Vec<u8>>()).collect();
        fill(&mut lengths.suffix, reversed.iter().map(Vec::as_slice));
        lengths
    }

    /// The lengths of the prefix keys that can start `w`, of the suffix keys that can end it.
    fn of(&self, w: &[u8]) -> (u32, u32) {
        let (Some(&first), Some(&last)) = (w.first(), w.last()) else { return (0, 0) };
        let (second, before_last) = match w.len() {
            1 => (None, None),
            n => (Some(w[1]), Some(w[n - 2])),
        };
        (self.prefix[end_slot(first, second)], self.suffix[end_slot(last, before_last)])
    }
}

/// Call `hit` with the value of every term of `m` found in `text`.
fn scan<V: Copy, I: Index<V>>(m: &I, text: &str, mut hit: impl FnMut(V)) {
    let norm = normalise(text);
    let words = words(&norm);
    let lengths = m.affix_lengths();
    for i in 0..words.len() {
        let w = words[i];
        let rest = &words[i..];
        let mut try_all = |cands: &[I::E]| {
            for e in cands {
                if matches_at(e.pats(), rest) {
                    hit(e.value());
                }
            }
        };
        try_all(m.exact(w));
        if m.has_affixes() {
            let (prefix_lengths, suffix_lengths) = lengths.of(w.as_bytes());
            if w.is_ascii() {
                // Every byte a char: the affixes of up to `longest_affix` bytes, shortest
                // first as below, without walking chars.
                let lengths = 1..=w.len().min(m.longest_affix());
                for n in lengths.clone().filter(|&n| prefix_lengths & length_bit(n) != 0) {
                    try_all(m.prefix(&w[..n]));
                }
                for n in lengths.filter(|&n| suffix_lengths & length_bit(n) != 0) {
                    try_all(m.suffix(&w[w.len() - n..]));
                }
            } else {
                // Char boundaries straight from the iterator (two `Vec`s per word were most
                // of the scan of a long prose: issue 14).
                let ends = w.char_indices().map(|(b, _)| b).skip(1).chain([w.len()]);
                for b in ends.take(m.longest_affix()) {
                    if prefix_lengths & length_bit(b) != 0 {
                        try_all(m.prefix(&w[..b]));
                    }
                }
                for (b, _) in w.char_indices().rev().take(m.longest_affix()) {
                    if suffix_lengths & length_bit(w.len() - b) != 0 {
                        try_all(m.suffix(&w[b..]));
                    }
                }
            }
        }
        try_all(m.infix());
    }
    if norm.chars().any(unspaced) {
        for (s, v) in m.substrings() {
            if norm.contains(s) {
                hit(v);
            }
        }
    }
}

/// Whether the patterns match the words starting at `words[0]`.
fn matches_at(pats: &[Pat], words: &[&str]) -> bool {
    match pats.split_first() {
        None => true,
        Some((Pat::Gap, rest)) => {
            (0..=MAX_GAP).any(|skip| skip <= words.len() && matches_at(rest, &words[skip..]))
        }
        Some((p, rest)) => {
            words.first().is_some_and(|w| p.matches(w)) && matches_at(rest, &words[1..])
        }
    }
}

fn compile(term: &str) -> Option<Term> {
    let norm = normalise(term.trim());
    if norm.chars().any(unspaced) {
        let s = norm.split_whitespace().collect::<Vec<_>>().join(" ");
        return (!s.is_empty()).then_some(Term::Substring(s));
    }
    let mut pats = Vec::new();
    for part in norm.split_whitespace() {
        if part == "…" || part == "..." {
            if !matches!(pats.last(), None | Some(Pat::Gap)) {
                pats.push(Pat::Gap);
            }
            continue;
        }
        let lead = part.starts_with('*');
        let trail = part.ends_with('*');
        let core: Vec<&str> = words(part.trim_matches('*'));
        let n = core.len();
        for (k, w) in core.into_iter().enumerate() {
            let (l, t) = (lead && k == 0, trail && k + 1 == n);
            let w = Cow::Owned(w.to_string());
            pats.push(match (l, t) {
                (true, true) => Pat::Infix(w),
                (true, false) => Pat::Suffix(w),
                (false, true) => Pat::Prefix(w),
                (false, false) => Pat::Exact(w),
            });
        }
    }
    while matches!(pats.last(), Some(Pat::Gap)) {
        pats.pop();
    }
    (!pats.is_empty()).then_some(Term::Words(pats))
}

/// A term compiled to plain text, for `build.rs` to write into the binary: `S` and the
/// substring, or one `kind word` per pattern (`=` exact, `<` prefix, `>` suffix, `~` infix,
/// `.` gap) separated by U+0001 (never in a word). `None`: no word.
pub fn encode(term: &str) -> Option<String> {
    Some(match compile(term)? {
        Term::Substring(s) => format!("S{s}"),
        Term::Words(pats) => pats
            .iter()
            .map(|p| match p {
                Pat::Exact(w) => format!("={w}"),
                Pat::Prefix(w) => format!("<{w}"),
                Pat::Suffix(w) => format!(">{w}"),
                Pat::Infix(w) => format!("~{w}"),
                Pat::Gap => ".".to_string(),
            })
            .collect::<Vec<_>>()
            .join("\u{1}"),
    })
}

/// The term [`encode`] wrote.
fn decode(code: &str) -> Option<Term> {
    if let Some(s) = code.strip_prefix('S') {
        return Some(Term::Substring(s.to_string()));
    }
    let pats = code
        .split('\u{1}')
        .map(|p| {
            let w = Cow::Owned(p.get(1..).unwrap_or("").to_string());
            match p.as_bytes().first() {
                Some(b'=') => Pat::Exact(w),
                Some(b'<') => Pat::Prefix(w),
                Some(b'>') => Pat::Suffix(w),
                Some(b'~') => Pat::Infix(w),
                _ => Pat::Gap,
            }
        })
        .collect();
    Some(Term::Words(pats))
}

/// Lowercase, with typographic apostrophes and quotes folded to ASCII.
pub fn normalise(text: &str) -> String {
    // ASCII (most lexicon terms and pastes): `to_lowercase` is ASCII's, and of the folded
    // characters only the backtick is ASCII.
    if text.is_ascii() {
        let s = text.to_ascii_lowercase();
        return if s.contains('`') { s.replace('`', "'") } else { s };
    }
    text.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            '\u{2019}' | '\u{2018}' | '\u{02BC}' | '\u{FF07}' | '\u{00B4}' | '`' => '\'',
            '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{00AB}' | '\u{00BB}' => '"',
            '\u{00A0}' | '\u{202F}' | '\u{3000}' => ' ',
            _ => c,
        })
        .collect()
}

/// The words of normalised text: runs of letters, marks and digits, split where ASCII digits
/// meet other letters. Apostrophes, hyphens and all punctuation separate words.
pub fn words(norm: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut prev_digit = false;
    for (i, c) in norm.char_indices() {
        if is_word_char(c) {
            let digit = c.is_ascii_digit();
            match start {
                Some(s) if digit != prev_digit => {
                    out.push(&norm[s..i]);
                    start = Some(i);
                }
                Some(_) => {}
                None => start = Some(i),
            }
            prev_digit = digit;
        } else if let Some(s) = start.take() {
            out.push(&norm[s..i]);
        }
    }
    if let Some(s) = start {
        out.push(&norm[s..]);
    }
    out
}

/// Letters, digits and the combining marks of Indic, Arabic and other scripts are word
/// characters; whitespace, ASCII symbols and the punctuation blocks are not.
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    if c.is_alphanumeric() {
        return true;
    }
    let u = c as u32;
    !(c.is_whitespace()
        || (0x00A0..=0x00BF).contains(&u)
        || matches!(
            u,
            0x00D7 | 0x00F7 | 0x060C | 0x061B | 0x061F | 0x066A
                ..=0x066D | 0x06D4 | 0x0964 | 0x0965 | 0x0E2F | 0x0E5A | 0x0E5B
        )
        || (0x2000..=0x2BFF).contains(&u)
        || (0x3000..=0x303F).contains(&u)
        || (0xFE30..=0xFE4F).contains(&u)
        || (0xFF00..=0xFF0F).contains(&u)
        || (0xFF1A..=0xFF20).contains(&u)
        || (0xFF3B..=0xFF40).contains(&u)
        || (0xFF5B..=0xFF65).contains(&u)
        || u >= 0x1F000)
}

/// Scripts written without spaces between words: matched by substring.
fn unspaced(c: char) -> bool {
    let u = c as u32;
    (0x0E00..=0x0E7F).contains(&u) // Thai
        || (0x3040..=0x30FF).contains(&u) // kana
        || (0x3400..=0x4DBF).contains(&u) // Han extension A
        || (0x4E00..=0x9FFF).contains(&u) // Han
        || (0xAC00..=0xD7AF).contains(&u) // Hangul syllables
        || (0x1100..=0x11FF).contains(&u) // Hangul jamo
        || (0xF900..=0xFAFF).contains(&u) // Han compatibility
        || (0xFF66..=0xFF9F).contains(&u) // half-width kana
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(terms: &[&str], text: &str) -> bool {
        let mut m = Matcher::default();
        for t in terms {
            assert!(m.add(t, ()), "term {t:?}");
        }
        let mut hit = false;
        m.scan(text, |()| hit = true);
        hit
    }

    #[test]
    fn words_match_on_boundaries_only() {
        assert!(found(&["error"], "I get an Error."));
        assert!(!found(&["error"], "a reign of terror"));
        assert!(!found(&["error"], "errors everywhere"));
        assert!(found(&["error*"], "errors everywhere"));
        assert!(found(&["600"], "waits 600 seconds"));
        assert!(found(&["600"], "waits 600s"));
        assert!(!found(&["600"], "16000 tokens"));
        assert!(!found(&["600"], "6001"));
    }

    #[test]
    fn apostrophes_and_hyphens_fold() {
        assert!(found(&["can't"], "I can’t log in"));
        assert!(found(&["can’t"], "I can't log in"));
        assert!(found(&["sub-agent"], "the sub agent fails"));
        assert!(found(&["erreur"], "j'ai l’erreur"));
    }

    #[test]
    fn affixes_and_gaps() {
        assert!(found(&["*fehler"], "ein Verbindungsfehler"));
        assert!(found(&["fehlgeschlag*"], "ist fehlgeschlagen"));
        assert!(found(&["funktioniert … nicht"], "funktioniert seit gestern nicht"));
        assert!(found(&["funktioniert … nicht"], "funktioniert nicht"));
        assert!(!found(
            &["funktioniert … nicht"],
            "funktioniert, wie ich gestern schon sagte, nicht"
        ));
        assert!(found(&["does not work"], "it does\nnot   work"));
    }

    #[test]
    fn unspaced_scripts_match_as_substrings() {
        assert!(found(&["失败"], "每次都失败了"));
        assert!(found(&["動かない"], "チャットが動かないです"));
        assert!(found(&["ไม่ทำงาน"], "แชทไม่ทำงานแล้ว"));
        assert!(!found(&["失败"], "一切正常"));
    }

    #[test]
    fn marks_stay_inside_words() {
        // Devanagari vowel signs and virama are part of the word.
        assert!(found(&["त्रुटि"], "यह त्रुटि आती है"));
        assert!(!found(&["काम"], "कामयाब"));
    }

    /// [`scan`] as it was: every prefix and suffix of every word looked up.
    fn scan_every_affix<V: Copy, I: Index<V>>(m: &I, text: &str, mut hit: impl FnMut(V)) {
        let norm = normalise(text);
        let words = words(&norm);
        for i in 0..words.len() {
            let w = words[i];
            let rest = &words[i..];
            let mut try_all = |cands: &[I::E]| {
                for e in cands {
                    if matches_at(e.pats(), rest) {
                        hit(e.value());
                    }
                }
            };
            try_all(m.exact(w));
            if m.has_affixes() {
                let ends = w.char_indices().map(|(b, _)| b).skip(1).chain([w.len()]);
                for b in ends.take(m.longest_affix()) {
                    try_all(m.prefix(&w[..b]));
                }
                for (b, _) in w.char_indices().rev().take(m.longest_affix()) {
                    try_all(m.suffix(&w[b..]));
                }
            }
            try_all(m.infix());
        }
        if norm.chars().any(unspaced) {
            for (s, v) in m.substrings() {
                if norm.contains(s) {
                    hit(v);
                }
            }
        }
    }

    /// Skipping the affix lengths no key of a word's end has finds every term, in the same
    /// order, as looking up every affix: with the compiled lexicons on texts of every lexicon
    /// term (each affix term also with letters before or after it, in upper case, one- and
    /// two-byte words, non-ASCII letters), on the fixtures; and with a built matcher of
    /// one- and two-byte affix keys.
    #[test]
    fn affix_lengths_skip_only_what_no_key_has() {
        let compiled = &crate::lang::prose::generated::COMPILED;
        let mut pieces: Vec<String> = Vec::new();
        for t in compiled.prefix.keys.iter().chain(compiled.suffix.keys).chain(compiled.exact.keys)
        {
            pieces.push(format!("{t} "));
            pieces.push(format!("x{t}ung "));
            pieces.push(format!("{t}s "));
            pieces.push(format!("über{t} "));
            pieces.push(t.to_uppercase());
        }
        for w in ["a ", "é ", "ab ", "語 ", "🦞", "x", ". ", "\n", "not ", "work ", "it "] {
            pieces.push(w.to_string());
        }
        let refs: Vec<&str> = pieces.iter().map(String::as_str).collect();
        let mut rng = crate::testgen::XorShift(0x1234_5678_9ABC_DEF1);
        let mut texts = crate::testgen::joined_pieces(&mut rng, &refs, 3_000, 12);
        texts.extend(crate::testgen::fixture_texts());
        let mut hits = 0;
        for t in &texts {
            let (mut got, mut want) = (Vec::new(), Vec::new());
            scan(compiled, t, |v| got.push(v));
            scan_every_affix(compiled, t, |v| want.push(v));
            assert_eq!(got, want, "{t:?}");
            hits += want.len();
        }
        assert!(hits > texts.len(), "{hits}");
        let mut m = Matcher::default();
        for (i, t) in ["a*", "*b", "é*", "*é", "ab*", "*ab", "*zz*"].iter().enumerate() {
            assert!(m.add(t, i), "{t}");
        }
        let pieces = ["a", "b", "é", "ab", "ba", "x", "zz", " ", "éa", "q"];
        let texts = crate::testgen::joined_pieces(&mut rng, &pieces, 3_000, 10);
        for t in &texts {
            let (mut got, mut want) = (Vec::new(), Vec::new());
            scan(&m, t, |v| got.push(v));
            scan_every_affix(&m, t, |v| want.push(v));
            assert_eq!(got, want, "{t:?}");
        }
    }

    /// The prefix ends and suffix starts `scan` reads from the iterators are the ones the
    /// collected `Vec`s gave (the reference), for every cap, on words of mixed widths.
    #[test]
    fn affix_bounds_as_the_vecs_say() {
        let pieces = ["a", "é", "ß", "語", "🦞", "x", "ü"];
        let mut rng = crate::testgen::XorShift(0x9E37_79B9_7F4A_7C15);
        for _ in 0..5_000 {
            let n = rng.below(12);
            let w: String = (0..n).map(|_| pieces[rng.below(pieces.len())]).collect();
            for cap in 0..14 {
                let bounds: Vec<usize> =
                    w.char_indices().map(|(b, _)| b).skip(1).chain([w.len()]).collect();
                let want: Vec<usize> = bounds.iter().take(cap).copied().collect();
                let ends = w.char_indices().map(|(b, _)| b).skip(1).chain([w.len()]);
                assert_eq!(ends.take(cap).collect::<Vec<_>>(), want, "{w:?} {cap}");
                let starts: Vec<usize> = w.char_indices().map(|(b, _)| b).collect();
                let want: Vec<usize> = starts.iter().rev().take(cap).copied().collect();
                let got: Vec<usize> = w.char_indices().rev().take(cap).map(|(b, _)| b).collect();
                assert_eq!(got, want, "{w:?} {cap}");
            }
        }
    }
}
