//! Mojibake repair (formats.md §12.1): OpenClaw's box glyphs, `·`, `↳`, `⚠️`, `—` are
//! multi-byte UTF-8; a paste that went through a wrong decode keeps the ASCII but mangles them.
//!
//! * **Reversible** (CP1252, CP1251, CP437, and CP874 with its C1 bytes intact): every maximal
//!   run of characters that the code page can encode is turned back into bytes and decoded as
//!   UTF-8. Only decoded characters that are plausible (box drawing, punctuation, arrows,
//!   symbols, emoji; for CP1252 also Latin/Greek/Cyrillic/CJK text) replace their source; an
//!   invalid or implausible piece keeps the original characters. Clean text (French, Russian,
//!   Thai, Chinese…) never decodes to anything plausible, so it stays as it is.
//! * **TIS-620 with C1 dropped** (lossy): repaired structurally. `โ` followed by a non-Thai
//!   character cannot occur in Thai, so only such `โ`, border runs `โโโ…` and a few fixed
//!   sequences (`ยท`, `โณ`, `โ ๏ธ`…) are touched.
//!
//! Repairs are chosen per line, so clean prose around a mangled block is kept verbatim.

use super::codepages::{CP1251_HIGH, CP1252_HIGH, CP437_HIGH, CP874_HIGH};
use super::Mojibake;
use std::borrow::Cow;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

/// Repair the text; returns the repaired text (the text itself when no line changed) and the
/// dominant repair, if any.
pub(crate) fn repair(text: &str) -> (Cow<'_, str>, Option<Mojibake>) {
    let b = text.as_bytes();
    let mut counts: [usize; 4] = [0; 4];
    let mut tis = TisState::default();
    // The repaired text, made at the first line that changes; `copied` bytes of `text` are in it.
    let mut out: Option<String> = None;
    let mut copied = 0;
    // Only lines holding a character that can start a repair are looked at (issue 14:
    // splitting a 1 MiB paste into lines and testing each was ~5 M instructions, and testing
    // every line of a box table ~15 M); `at` is where the next line starts.
    let mut at = 0;
    while let Some(i) = next_trigger(b, at) {
        let start = memchr::memrchr(b'\n', &b[at..i]).map_or(at, |k| at + k + 1);
        let end = memchr::memchr(b'\n', &b[i..]).map_or(b.len(), |k| i + k);
        if start > at {
            // Lines no repair acts on were passed over: they reset the TIS-620 table state.
            tis.reset();
        }
        let line = &text[start..end];
        // A line no repair can act on is kept as it is (what `repair_line` gives it, decided in
        // one pass instead of four: issue 14).
        if !may_decode_any(line) && !tis_trigger(line) {
            tis.reset();
        } else {
            let fixed = repair_line(line, &mut tis, &mut counts);
            if fixed != line {
                let o = out.get_or_insert_with(|| String::with_capacity(text.len()));
                o.push_str(&text[copied..start]);
                o.push_str(&fixed);
                copied = end;
            }
        }
        at = end + 1;
    }
    let kinds = [Mojibake::Cp1252, Mojibake::Cp1251, Mojibake::Cp437, Mojibake::Tis620];
    let dominant =
        kinds.iter().zip(counts).filter(|(_, n)| *n > 0).max_by_key(|(_, n)| *n).map(|(k, _)| *k);
    let text = match out {
        Some(mut o) => {
            o.push_str(&text[copied..]);
            Cow::Owned(o)
        }
        None => Cow::Borrowed(text),
    };
    (text, dominant)
}

/// Repair one line: the code page that fixes the most wins; a line that mixes two reversible
/// code pages gets a further round (bounded), so that repairing the output changes nothing.
fn repair_line(line: &str, tis: &mut TisState, counts: &mut [usize; 4]) -> String {
    let mut cur = line.to_string();
    let mut tis_won = false;
    for _ in 0..=CODE_PAGES.len() {
        let mut best: Option<(String, usize, Mojibake)> = None;
        for cp in &CODE_PAGES {
            if let Some((fixed, score)) = repair_reversible(&cur, cp) {
                if best.as_ref().map(|b| score > b.1).unwrap_or(true) {
                    best = Some((fixed, score, cp.kind));
                }
            }
        }
        // The lossy structural repair wins only when it fixes strictly more, or as much but
        // leaves less Thai residue (`โ ๏ธ` → CP874 alone only restores the U+FE0F).
        let mut trial = tis.clone();
        if let Some((fixed, score)) = repair_tis(&cur, &mut trial) {
            let better = match &best {
                None => true,
                Some(b) => {
                    score > b.1 || (score == b.1 && thai_residue(&fixed) < thai_residue(&b.0))
                }
            };
            if better {
                best = Some((fixed, score, Mojibake::Tis620));
                *tis = trial;
                tis_won = true;
            }
        }
        match best {
            Some((fixed, score, kind)) => {
                counts[kind as usize] += score;
                cur = fixed;
            }
            None => break,
        }
    }
    if !tis_won {
        tis.reset();
    }
    cur
}

// ---------------------------------------------------------------------------------------------
// Reversible code pages

struct CodePage {
    kind: Mojibake,
    rev: &'static LazyLock<RevMap>,
    /// Bytes the code page does not define (they may be missing from a paste).
    undefined: &'static [u8],
    /// Accept decoded text (Latin, Cyrillic, CJK…) as well as OpenClaw's glyphs.
    lenient: bool,
}

/// The reverse tables are looked up for every non-ASCII character of every line, in every code
/// page: a multiplicative hash of the code point instead of SipHash (keys are not attacker-chosen
/// in any way that matters: 128 fixed entries per table).
#[derive(Default, Clone, Copy)]
struct CharHasher(u64);

impl Hasher for CharHasher {
    fn finish(&self) -> u64 {
        self.0.wrapping_mul(0x9E37_79B9_7F4A_7C15)
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | u64::from(b);
        }
    }
    fn write_u32(&mut self, n: u32) {
        self.0 = u64::from(n);
    }
}

type RevMap = HashMap<char, u8, BuildHasherDefault<CharHasher>>;

fn reverse(table: &[char; 128]) -> RevMap {
    let mut m = RevMap::with_capacity_and_hasher(128, Default::default());
    for (i, &c) in table.iter().enumerate() {
        if c != '\0' {
            m.insert(c, 0x80 + i as u8);
        }
    }
    m
}

static REV_1252: LazyLock<RevMap> = LazyLock::new(|| reverse(&CP1252_HIGH));
static REV_1251: LazyLock<RevMap> = LazyLock::new(|| reverse(&CP1251_HIGH));
static REV_437: LazyLock<RevMap> = LazyLock::new(|| reverse(&CP437_HIGH));
static REV_874: LazyLock<RevMap> = LazyLock::new(|| reverse(&CP874_HIGH));

static CODE_PAGES: [CodePage; 4] = [
    CodePage {
        kind: Mojibake::Cp1252,
        rev: &REV_1252,
        undefined: &[0x81, 0x8D, 0x8F, 0x90, 0x9D],
        lenient: true,
    },
    // 0x98 is CP1251's only undefined byte, but `в”` is also a Russian word ending before a
    // closing quote: no completion of a missing byte there.
    CodePage { kind: Mojibake::Cp1251, rev: &REV_1251, undefined: &[], lenient: false },
    CodePage { kind: Mojibake::Cp437, rev: &REV_437, undefined: &[], lenient: false },
    CodePage {
        kind: Mojibake::Tis620,
        rev: &REV_874,
        undefined: &[
            0x81, 0x82, 0x83, 0x84, 0x86, 0x87, 0x88, 0x89, 0x8A, 0x8B, 0x8C, 0x8D, 0x8E, 0x8F,
            0x90, 0x98, 0x99, 0x9A, 0x9B, 0x9C, 0x9D, 0x9E, 0x9F,
        ],
        lenient: false,
    },
];

#[derive(Clone, Copy, PartialEq)]
enum Tok {
    Byte(u8),
    /// U+FFFD: a byte the paste could not show.
    Unknown,
    /// An ASCII space between two encodable characters: maybe a NBSP (0xA0) flattened.
    Space,
}

/// Repair one line in one code page; `None` if nothing plausible was decoded.
fn repair_reversible(line: &str, cp: &CodePage) -> Option<(String, usize)> {
    if !may_decode(line, cp) {
        return None;
    }
    let encode = |c: char| -> Option<Tok> {
        if c == '\u{FFFD}' {
            Some(Tok::Unknown)
        } else if c.is_ascii() {
            None
        } else {
            cp.rev.get(&c).map(|&b| Tok::Byte(b))
        }
    };
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    let mut out = String::with_capacity(line.len());
    let mut score = 0;
    let mut toks: Vec<Tok> = Vec::new();
    let mut srcs: Vec<&str> = Vec::new();
    let src = |k: usize| -> &str {
        let (s, c) = chars[k];
        &line[s..s + c.len_utf8()]
    };
    let mut k = 0;
    while k < chars.len() {
        let c = chars[k].1;
        let tok = match encode(c) {
            Some(t) => Some(t),
            None if c == ' '
                && cp.lenient
                && !toks.is_empty()
                && chars.get(k + 1).is_some_and(|&(_, n)| encode(n).is_some()) =>
            {
                Some(Tok::Space)
            }
            None => None,
        };
        match tok {
            Some(t) => {
                toks.push(t);
                srcs.push(src(k));
            }
            None => {
                if !toks.is_empty() {
                    score += decode_run(&toks, &srcs, cp, &mut out);
                    toks.clear();
                    srcs.clear();
                }
                out.push(c);
            }
        }
        k += 1;
    }
    if !toks.is_empty() {
        score += decode_run(&toks, &srcs, cp, &mut out);
    }
    (score > 0).then_some((out, score))
}

/// Can [`decode_run`] decode anything in this line? It needs a UTF-8 lead byte (C2–F4)
/// immediately followed by a continuation byte (80–BF, or a space read as NBSP). Clean lines,
/// box-drawing tables in CP437 included, fail this cheap test and skip the allocating pass.
fn may_decode(line: &str, cp: &CodePage) -> bool {
    let mut lead = false;
    for c in line.chars() {
        let b = if c.is_ascii() { None } else { cp.rev.get(&c).copied() };
        let cont = match b {
            Some(b) => (0x80..=0xBF).contains(&b),
            None => c == ' ' && cp.lenient,
        };
        if lead && cont {
            return true;
        }
        lead = b.is_some_and(|b| (0xC2..=0xF4).contains(&b));
    }
    false
}

/// The bytes of a character in each of [`CODE_PAGES`] (0: not in it), one lookup for all four.
static REV_ALL: LazyLock<HashMap<char, [u8; 4], BuildHasherDefault<CharHasher>>> =
    LazyLock::new(|| {
        let mut m = HashMap::with_capacity_and_hasher(512, Default::default());
        for (k, cp) in CODE_PAGES.iter().enumerate() {
            for (&c, &b) in cp.rev.iter() {
                m.entry(c).or_insert([0u8; 4])[k] = b;
            }
        }
        m
    });

/// Whether [`may_decode`] holds for any of [`CODE_PAGES`], in one pass over the line. An ASCII
/// character is in no table: it ends every lead, and is a continuation only as a space in the
/// lenient code page; runs of ASCII with no lead pending are skipped a block at a time.
fn may_decode_any(line: &str) -> bool {
    let b = line.as_bytes();
    let mut lead = [false; 4];
    let mut i = 0;
    while i < b.len() {
        if b[i].is_ascii() {
            if lead.contains(&true) {
                let space_cont = CODE_PAGES.iter().zip(lead).any(|(cp, l)| l && cp.lenient);
                if b[i] == b' ' && space_cont {
                    return true;
                }
                lead = [false; 4];
            }
            // No lead is pending now: the ASCII up to the next other character does nothing.
            i = super::markup::next_non_ascii(b, i + 1).unwrap_or(b.len());
            continue;
        }
        let Some(c) = line[i..].chars().next() else { break };
        i += c.len_utf8();
        let bytes = REV_ALL.get(&c).copied().unwrap_or([0; 4]);
        for (k, cp) in CODE_PAGES.iter().enumerate() {
            let b = bytes[k];
            let cont = if b == 0 { c == ' ' && cp.lenient } else { (0x80..=0xBF).contains(&b) };
            if lead[k] && cont {
                return true;
            }
            lead[k] = (0xC2..=0xF4).contains(&b);
        }
    }
    false
}

/// Code points (all below U+10000) that are a lead byte (C2–F4) in one of [`CODE_PAGES`], a
/// bit each: [`may_decode_any`] holds only on a line with one of them.
static LEADS: LazyLock<Vec<u64>> = LazyLock::new(|| {
    let mut bits = vec![0u64; 0x10000 / 64];
    for (&c, bytes) in REV_ALL.iter() {
        let c = c as usize;
        if c < 0x10000 && bytes.iter().any(|b| (0xC2..=0xF4).contains(b)) {
            bits[c / 64] |= 1 << (c % 64);
        }
    }
    bits
});

/// The offset of the first character at or after `from` (a character boundary) that can make
/// a line need a look: one of [`LEADS`], or one with the lead byte `E0` (every
/// [`tis_trigger`] is Thai). A line without one is left as it is by [`may_decode_any`] and
/// [`tis_trigger`] alike, so the box rows of a clean table (`│`, `·`) are passed over by
/// reading the lead bytes eight bytes at a time instead of line by line.
fn next_trigger(b: &[u8], from: usize) -> Option<usize> {
    let leads = &*LEADS;
    // `i` is a lead byte of a valid UTF-8 text: its continuation bytes follow.
    let triggers = |i: usize| {
        let cont = |k: usize| usize::from(b[i + k] & 0x3F);
        let c = match b[i] {
            0xC2..=0xDF => (usize::from(b[i] & 0x1F) << 6) | cont(1),
            0xE0 => return true,
            0xE1..=0xEF => (usize::from(b[i] & 0x0F) << 12) | (cont(1) << 6) | cont(2),
            _ => return false,
        };
        leads[c / 64] >> (c % 64) & 1 != 0
    };
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut i = from;
    // 32 bytes at a time: a block of ASCII costs one test (as in `next_non_ascii`).
    while let Some(block) = b.get(i..i + 32) {
        let word = |k: usize| u64::from_le_bytes(block[k..k + 8].try_into().expect("8 bytes"));
        let words = [word(0), word(8), word(16), word(24)];
        if (words[0] | words[1] | words[2] | words[3]) & HIGH != 0 {
            for (n, w) in words.into_iter().enumerate() {
                // Bytes with their two top bits set: the lead bytes of characters outside ASCII.
                let mut lead_bytes = w & (w << 1) & HIGH;
                while lead_bytes != 0 {
                    let k = i + 8 * n + (lead_bytes.trailing_zeros() / 8) as usize;
                    if triggers(k) {
                        return Some(k);
                    }
                    lead_bytes &= lead_bytes - 1;
                }
            }
        }
        i += 32;
    }
    (i..b.len()).find(|&k| b[k] >= 0xC0 && triggers(k))
}

/// What [`repair_tis`] looks for before it does anything (all three start with `E0`, which a
/// line without Thai does not hold).
fn tis_trigger(line: &str) -> bool {
    memchr::memchr(0xE0, line.as_bytes()).is_some()
        && (line.contains(O) || line.contains("ยท") || line.contains("๐ฆ"))
}

/// Completions for a three-byte sequence whose last byte is missing (an undefined byte the
/// paste dropped or showed as `�`): `â”` → `┐`, `â€` → `”`, `ï¸` → U+FE0F, `â•` → `╝`.
fn completion(b0: u8, b1: u8) -> &'static [u8] {
    match (b0, b1) {
        (0xE2, 0x94) => &[0x90, 0x98],
        (0xE2, 0x80) => &[0x9D, 0x98],
        (0xE2, 0x95) => &[0x9D],
        (0xEF, 0xB8) => &[0x8F],
        _ => &[],
    }
}

fn decode_run(toks: &[Tok], srcs: &[&str], cp: &CodePage, out: &mut String) -> usize {
    let n = toks.len();
    let mut score = 0;
    let mut i = 0;
    while i < n {
        if let Tok::Byte(b) = toks[i] {
            if (0xC2..=0xF4).contains(&b) {
                let need = if b < 0xE0 {
                    1
                } else if b < 0xF0 {
                    2
                } else {
                    3
                };
                let mut bytes = [b, 0, 0, 0];
                let mut got = 0;
                let mut j = i + 1;
                while got < need && j < n {
                    let cb = match toks[j] {
                        Tok::Byte(x) => x,
                        Tok::Space => 0xA0,
                        Tok::Unknown => break,
                    };
                    let (lo, hi) = if got == 0 {
                        match b {
                            0xE0 => (0xA0, 0xBF),
                            0xED => (0x80, 0x9F),
                            0xF0 => (0x90, 0xBF),
                            0xF4 => (0x80, 0x8F),
                            _ => (0x80, 0xBF),
                        }
                    } else {
                        (0x80, 0xBF)
                    };
                    if cb < lo || cb > hi {
                        break;
                    }
                    got += 1;
                    bytes[got] = cb;
                    j += 1;
                }
                let accept = |c: char| {
                    // Clean Thai is all CP874 bytes: only accept what Thai cannot form.
                    let thai_safe = cp.kind != Mojibake::Tis620
                        || (need >= 2 && !(0x2B00..=0x2BFF).contains(&(c as u32)));
                    thai_safe && plausible(c, cp.lenient)
                };
                let mut decoded: Option<(char, usize)> = None;
                if got == need {
                    decoded = std::str::from_utf8(&bytes[..=need])
                        .ok()
                        .and_then(|s| s.chars().next())
                        .filter(|&c| accept(c))
                        .map(|c| (c, j));
                }
                if decoded.is_none() {
                    // A space read as NBSP that did not work out is a plain space again.
                    if let Some(p) = toks[i + 1..i + 1 + got].iter().position(|t| *t == Tok::Space)
                    {
                        got = p;
                        j = i + 1 + p;
                    }
                }
                if decoded.is_none() && need == 2 && got == 1 {
                    // The third byte is missing: dropped, shown as `�`, or simply absent.
                    let skip = if j < n && toks[j] == Tok::Unknown { j + 1 } else { j };
                    decoded = completion(bytes[0], bytes[1])
                        .iter()
                        .filter(|u| cp.undefined.contains(u))
                        .find_map(|&u| {
                            std::str::from_utf8(&[bytes[0], bytes[1], u])
                                .ok()
                                .and_then(|s| s.chars().next())
                        })
                        .filter(|&c| accept(c))
                        // A lone U+FE0F only completes the symbol just before it.
                        .filter(|&c| {
                            c != '\u{FE0F}' || out.chars().next_back().is_some_and(is_symbol)
                        })
                        .map(|c| (c, skip));
                }
                if let Some((c, next)) = decoded {
                    out.push(c);
                    score += 1;
                    i = next;
                    continue;
                }
            }
        }
        out.push_str(srcs[i]);
        i += 1;
    }
    score
}

fn is_symbol(c: char) -> bool {
    let u = c as u32;
    (0x2000..=0x2BFF).contains(&u) || (0x1F000..=0x1FAFF).contains(&u)
}

/// Glyphs OpenClaw prints (and emoji); with `lenient`, also text in common scripts.
fn plausible(c: char, lenient: bool) -> bool {
    let u = c as u32;
    let glyph = u == 0xB7
        || (0x2010..=0x205E).contains(&u)
        || (0x2100..=0x21FF).contains(&u)
        || (0x2300..=0x27BF).contains(&u)
        || (0x2B00..=0x2BFF).contains(&u)
        || u == 0xFE0F
        || (0x1F000..=0x1FAFF).contains(&u);
    if glyph || !lenient {
        return glyph;
    }
    (0xA0..=0x17F).contains(&u)
        || (0x370..=0x3FF).contains(&u)
        || (0x400..=0x4FF).contains(&u)
        || (0x0E00..=0x0E7F).contains(&u)
        || (0x2E80..=0x9FFF).contains(&u)
        || (0xAC00..=0xD7AF).contains(&u)
        || (0xF900..=0xFAFF).contains(&u)
        || (0xFF00..=0xFFEF).contains(&u)
        || u == 0xFEFF
}

// ---------------------------------------------------------------------------------------------
// TIS-620 with the C1 bytes dropped

const O: char = 'โ'; // U+0E42, what 0xE2 (the lead byte of every box glyph) becomes

#[derive(Default, Clone)]
struct TisState {
    /// Borders seen in the current table without a junction letter: 0 top, 1 rule, 2+ bottom.
    border_idx: usize,
    /// Column count of the current table or box (0 = unknown); 1 for a clack note.
    ncols: usize,
}

impl TisState {
    fn reset(&mut self) {
        self.border_idx = 0;
        self.ncols = 0;
    }
}

fn thai_residue(s: &str) -> usize {
    s.chars().filter(|&c| is_thai(c)).count()
}

fn is_thai(c: char) -> bool {
    ('\u{0E01}'..='\u{0E5B}').contains(&c)
}

/// Letters that follow `โ` in border glyphs: `┬ ┴ ┼ ┤ ╮ ╯ ╭ ╰`.
fn border_letter(c: char) -> Option<char> {
    Some(match c {
        'ฌ' => '┬',
        'ด' => '┴',
        'ผ' => '┼',
        'ค' => '┤',
        'ฎ' => '╮',
        'ฏ' => '╯',
        'ญ' => '╭',
        'ฐ' => '╰',
        _ => return None,
    })
}

#[derive(Clone, Copy, PartialEq)]
enum Border {
    Top,
    Rule,
    Bottom,
    /// Clack note close `├───╯`.
    NoteClose,
    /// Clack title rule `───╮`.
    TitleRule,
}

/// A border run starting at `k`: units of `โ` + optional border letter; `None` if < 3 units.
fn border_run(chars: &[char], k: usize) -> Option<(usize, Vec<Option<char>>)> {
    let mut units = Vec::new();
    let mut j = k;
    while j < chars.len() && chars[j] == O {
        let letter = chars.get(j + 1).copied().filter(|&c| border_letter(c).is_some());
        units.push(letter);
        j += if letter.is_some() { 2 } else { 1 };
    }
    (units.len() >= 3).then_some((j, units))
}

fn render_border(units: &[Option<char>], state: &mut TisState, out: &mut String) {
    let has = |l: char| units.contains(&Some(l));
    let last = units.last().copied().flatten();
    let kind = if has('ฌ') {
        Border::Top
    } else if has('ผ') {
        Border::Rule
    } else if has('ด') {
        Border::Bottom
    } else if last == Some('ฏ') {
        Border::NoteClose
    } else if last == Some('ฎ') {
        Border::TitleRule
    } else if last == Some('ค') {
        Border::Rule
    } else {
        match state.border_idx {
            0 => Border::Top,
            1 => Border::Rule,
            _ => Border::Bottom,
        }
    };
    state.border_idx = match kind {
        Border::Top => 1,
        Border::Rule => 2,
        Border::Bottom | Border::NoteClose => 0,
        Border::TitleRule => state.border_idx,
    };
    state.ncols = match kind {
        Border::NoteClose | Border::TitleRule => 1,
        _ => units.iter().filter(|u| matches!(u, Some('ฌ' | 'ผ' | 'ด'))).count() + 1,
    };
    let (first, end) = match kind {
        Border::Top => ('┌', '┐'),
        Border::Rule => ('├', '┤'),
        Border::Bottom => ('└', '┘'),
        Border::NoteClose => ('├', '╯'),
        Border::TitleRule => ('─', '╮'),
    };
    let n = units.len();
    for (i, u) in units.iter().enumerate() {
        let g = match u {
            Some(l) => border_letter(*l).unwrap_or('─'),
            None if i == 0 => first,
            None if i + 1 == n => end,
            None => '─',
        };
        out.push(g);
    }
}

fn repair_tis(line: &str, state: &mut TisState) -> Option<(String, usize)> {
    if !tis_trigger(line) {
        state.reset();
        return None;
    }
    let chars: Vec<char> = line.chars().collect();
    let n = chars.len();
    let at = |k: usize| chars.get(k).copied();
    let is_gap = |c: Option<char>| matches!(c, None | Some(' ' | '\u{00A0}'));
    let non_thai = |c: Option<char>| !c.is_some_and(is_thai);
    // `โ ๏ธ` is ⚠️, not a lone `โ`.
    let warning = |k: usize| is_gap(at(k + 1)) && at(k + 2) == Some('๏') && at(k + 3) == Some('ธ');
    // A `โ` that Thai cannot produce: a lost box glyph, dash or quote.
    let isolated = |k: usize| chars[k] == O && non_thai(at(k + 1)) && !warning(k);

    let isolated_at: Vec<usize> = (0..n).filter(|&k| isolated(k)).collect();
    let first_nonspace = chars.iter().position(|c| !c.is_whitespace());
    let has_border = (0..n).any(|k| chars[k] == O && border_run(&chars, k).is_some());
    // A table row / box rail: starts with a lone `โ` + space and has another one.
    let row =
        first_nonspace.is_some_and(|f| isolated(f) && is_gap(at(f + 1))) && isolated_at.len() >= 2;
    let tableish = has_border || row;
    // In a one-column box (clack note) only the outer `โ` are rails; inner ones are prose.
    let (first_iso, last_iso) = (isolated_at.first().copied(), isolated_at.last().copied());
    let rails_only_outer = row && !has_border && state.ncols == 1;

    let mut out = String::with_capacity(line.len());
    let mut score = 0;
    let mut k = 0;
    while k < n {
        let c = chars[k];
        let (next, next2, next3) = (at(k + 1), at(k + 2), at(k + 3));
        let prev = k.checked_sub(1).map(|j| chars[j]);
        let glyph: Option<(&str, usize)> = if c == O {
            if let Some((end, units)) = border_run(&chars, k) {
                render_border(&units, state, &mut out);
                score += units.len();
                k = end;
                continue;
            }
            if warning(k) {
                Some(("⚠\u{FE0F}", 4))
            } else if next == Some('ช') && next2 == Some('๏') && next3 == Some('ธ') {
                Some(("↪\u{FE0F}", 4))
            } else if next == Some('ณ') && non_thai(next2) {
                Some(("↳", 2))
            } else if next == Some('ฆ') && non_thai(next2) {
                Some(("…", 2))
            } else if next == Some('ข') && is_gap(next2) {
                Some(("•", 2))
            } else if isolated(k) {
                let rail = if tableish {
                    !rails_only_outer || Some(k) == first_iso || Some(k) == last_iso
                } else {
                    first_nonspace == Some(k)
                };
                let g = if rail {
                    // A clack title `◇  Title ───╮` starts with `โ` + two spaces.
                    if has_border
                        && first_nonspace == Some(k)
                        && next == Some(' ')
                        && next2 == Some(' ')
                    {
                        "◇"
                    } else {
                        "│"
                    }
                } else if prev.is_some_and(char::is_alphabetic)
                    && next.is_some_and(char::is_alphabetic)
                {
                    "’"
                } else {
                    "—"
                };
                Some((g, 1))
            } else {
                None
            }
        } else if c == 'ย' && next == Some('ท') && is_gap(prev) && non_thai(next2) {
            Some(("·", 2))
        } else if c == '๐' && next == Some('ฆ') && non_thai(next2) {
            Some(("🦞", 2))
        } else {
            None
        };
        match glyph {
            Some((g, len)) => {
                out.push_str(g);
                score += 1;
                k += len;
            }
            None => {
                out.push(c);
                k += 1;
            }
        }
    }
    if !tableish {
        state.reset();
    }
    (score > 0).then_some((out, score))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`repair`] as it was before it passed over ASCII and borrowed: every line split off,
    /// tested and copied.
    fn repair_reference(text: &str) -> (String, Option<Mojibake>) {
        if text.is_ascii() {
            return (text.to_string(), None);
        }
        let mut counts: [usize; 4] = [0; 4];
        let mut tis = TisState::default();
        let mut out = String::with_capacity(text.len());
        for (i, line) in text.split('\n').enumerate() {
            if i > 0 {
                out.push('\n');
            }
            if line.is_ascii() || (!may_decode_any(line) && !tis_trigger(line)) {
                tis.reset();
                out.push_str(line);
                continue;
            }
            out.push_str(&repair_line(line, &mut tis, &mut counts));
        }
        let kinds = [Mojibake::Cp1252, Mojibake::Cp1251, Mojibake::Cp437, Mojibake::Tis620];
        let dominant = kinds
            .iter()
            .zip(counts)
            .filter(|(_, n)| *n > 0)
            .max_by_key(|(_, n)| *n)
            .map(|(k, _)| *k);
        (out, dominant)
    }

    /// Passing over ASCII lines (which reset the TIS-620 table state as every other untouched
    /// line does) and borrowing an unchanged text repair as the line-by-line pass did: on texts
    /// of mojibake in every code page, Thai, clean UTF-8, ASCII runs across the 32-byte blocks
    /// and line breaks, and on the fixtures.
    #[test]
    fn skipping_ascii_lines_repairs_as_every_line_did() {
        let pieces = [
            "â”€",
            "â”‚",
            "â”Œ",
            "âš ï¸",
            "â€”",
            "Ã©",
            "Ð¿Ñ€",
            "â•",
            "ÔÇö",
            "ΓöÇ",
            "ยท",
            "โ",
            "โ”",
            "โ ๏ธ",
            "โ”€โ”€",
            "๐ฆ",
            "\u{FFFD}",
            "é",
            "─",
            "│",
            "ไทย",
            "日本",
            " ",
            "  ",
            "\n",
            "\n\n",
            "a",
            "word ",
            "[x] ",
            &"ascii ".repeat(7),
            // One-column TIS-620 borders take their kind from the lines before them (an ASCII
            // line between two starts a new box).
            "\nโโโ\n",
            "\nok\n",
            // Clean table rows, passed over (no character of them can start a repair).
            "│ ok · 9.6s │",
            "🦞",
            "—",
        ];
        let mut rng = crate::testgen::XorShift(0x2545_F491_4F6C_DD1Du64);
        let mut texts = crate::testgen::joined_pieces(&mut rng, &pieces, 20_000, 10);
        texts.extend(crate::testgen::fixture_texts());
        let (mut repaired, mut borrowed) = (0, 0);
        for t in &texts {
            let want = repair_reference(t);
            let (got, kind) = repair(t);
            assert_eq!((got.as_ref(), kind), (want.0.as_str(), want.1), "{t:?}");
            repaired += usize::from(want.0 != *t);
            borrowed += usize::from(matches!(got, Cow::Borrowed(_)));
        }
        assert!(repaired > 2_000 && borrowed > 2_000, "{repaired} {borrowed}");
    }

    /// The one-pass test answers as the four passes of `may_decode` do: on lines generated from
    /// every character of the four tables, ASCII letters, spaces and U+FFFD, and on the
    /// fixtures' lines (UTF-8, CP1252 and TIS-620 mojibake).
    #[test]
    fn may_decode_any_is_may_decode_in_any_code_page() {
        let mut chars: Vec<char> = Vec::new();
        for cp in &CODE_PAGES {
            chars.extend(cp.rev.keys());
        }
        chars.sort_unstable();
        chars.dedup();
        chars.extend(['a', 'Z', ' ', ' ', '\u{FFFD}', '─', '│', 'é', 'โ', 'ย', 'ท', '๐', 'ฆ']);
        let mut rng = crate::testgen::XorShift(0x2545_F491_4F6C_DD1Du64);
        let mut lines: Vec<String> = Vec::new();
        for _ in 0..50_000 {
            let mut s = String::new();
            for _ in 0..4 {
                s.push(chars[rng.below(chars.len())]);
            }
            lines.push(s);
        }
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/benches/fixtures");
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.extension().is_some_and(|x| x == "txt") {
                let text = std::fs::read_to_string(p).unwrap();
                lines.extend(text.lines().map(str::to_string));
            }
        }
        let mut yes = 0;
        for l in &lines {
            let tis = l.contains(O) || l.contains("ยท") || l.contains("๐ฆ");
            assert_eq!(tis_trigger(l), tis, "{l:?}");
            let want = CODE_PAGES.iter().any(|cp| may_decode(l, cp));
            yes += usize::from(want);
            assert_eq!(may_decode_any(l), want, "{l:?}");
        }
        assert!(yes > 5_000, "{yes}");
    }

    /// [`next_trigger`] finds the first character that is a lead byte in some code page (by the
    /// tables themselves) or starts with `E0`, from any character boundary: on texts of every
    /// character of the four tables, Thai, box glyphs, emoji and ASCII runs across the 8-byte
    /// words, and on the fixtures.
    #[test]
    fn next_trigger_finds_what_the_tables_say() {
        let lead_anywhere = |c: char| {
            let bytes = REV_ALL.get(&c).copied().unwrap_or([0; 4]);
            bytes.iter().any(|b| (0xC2..=0xF4).contains(b)) || c.to_string().as_bytes()[0] == 0xE0
        };
        let mut pieces: Vec<String> = REV_ALL.keys().map(char::to_string).collect();
        assert!(REV_ALL.keys().all(|&c| (c as u32) < 0x10000));
        for p in ["│", "·", "─", "🦞", "—", "é", "ไทย", "日本", "\u{FFFD}", "a", " ", "\n"]
        {
            pieces.push(p.to_string());
        }
        pieces.push("ascii ".repeat(3));
        let pieces: Vec<&str> = pieces.iter().map(String::as_str).collect();
        let mut rng = crate::testgen::XorShift(0x9E37_79B9_7F4A_7C15u64);
        let mut texts = crate::testgen::joined_pieces(&mut rng, &pieces, 20_000, 12);
        texts.extend(crate::testgen::fixture_texts());
        let mut found = 0;
        for t in &texts {
            for (from, _) in t.char_indices().chain([(t.len(), ' ')]) {
                let want = t[from..]
                    .char_indices()
                    .find(|&(_, c)| lead_anywhere(c))
                    .map(|(k, _)| from + k);
                assert_eq!(next_trigger(t.as_bytes(), from), want, "{t:?} from {from}");
                found += usize::from(want.is_some());
            }
        }
        assert!(found > 10_000, "{found}");
    }

    #[test]
    fn implausible_decodes_are_rejected() {
        // `─┐` in CP437 is C4 BF = U+013F: valid UTF-8, but not a glyph.
        assert!(!plausible('\u{013F}', false));
        assert!(plausible('│', false) && plausible('·', false) && plausible('🦞', false));
        // Only the lenient CP1252 pass accepts text (double-encoded French, Chinese).
        assert!(plausible('é', true) && plausible('主', true) && !plausible('主', false));
    }

    #[test]
    fn tis_borders_take_their_kind_from_the_junction_letters() {
        let mut st = TisState::default();
        let render = |s: &str, st: &mut TisState| {
            let chars: Vec<char> = s.chars().collect();
            let (_, units) = border_run(&chars, 0).expect("border");
            let mut out = String::new();
            render_border(&units, st, &mut out);
            out
        };
        assert_eq!(render("โโโฌโโ", &mut st), "┌─┬─┐");
        assert_eq!(render("โโโผโโค", &mut st), "├─┼─┤");
        assert_eq!(render("โโโดโโ", &mut st), "└─┴─┘");
        // One column: top, rule, bottom by position.
        assert_eq!(render("โโโ", &mut st), "┌─┐");
        assert_eq!(render("โโโ", &mut st), "├─┤");
        assert_eq!(render("โโโ", &mut st), "└─┘");
        assert_eq!(render("โโโฏ", &mut st), "├─╯");
    }
}
