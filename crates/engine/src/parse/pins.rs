//! The two `PinMismatch` rows of the signal table read by hand. They match on every line of a
//! pasted pin error, and capturing their groups with the regex engine (a bounded backtracker
//! over Unicode classes: `\W`, `[^\s'"’”]`) was a third of such a paste's cost (issue 14).
//! The reading is exact for the patterns below; a row whose pattern differs is run as a regex
//! (`signals.rs`), and a search of the paraphrased row that takes more steps than the text's
//! length allows (crafted runs of `:`, `.` and `-`) is left to the regex too.

/// `Auth profile "<id>" is for <p>, not <x>.` as OpenClaw prints it.
pub const QUOTED: &str =
    r#"Auth profile "(?P<id>[^"]+)" is for (?P<p>[\w.-]+), not (?P<x>[\w.-]+)\."#;
/// The same said in other words, any case.
pub const PARAPHRASED: &str = r#"(?i)profile\W+(?P<id>[\w.-]+:[^\s'"’”]+)\W+is (?:intended |meant |only )?for (?P<p>[\w.-]+),? not (?P<x>[\w.-]+)"#;

/// Which of the two rows.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Pin {
    Quoted,
    Paraphrased,
}

/// A match: its span and the spans of the groups `id`, `p` and `x`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PinMatch {
    pub start: usize,
    pub end: usize,
    pub id: (usize, usize),
    pub p: (usize, usize),
    pub x: (usize, usize),
}

impl Pin {
    /// The row read by hand for a table pattern, if any.
    pub fn of(pattern: &str) -> Option<Pin> {
        match pattern {
            QUOTED => Some(Pin::Quoted),
            PARAPHRASED => Some(Pin::Paraphrased),
            _ => None,
        }
    }

    /// The leftmost-first match starting at or after `from`, as `Regex::captures_at` finds it
    /// (`Ok(None)`: no match), or `Err(())` when the regex must decide.
    #[allow(clippy::result_unit_err)]
    pub fn find_at(self, text: &str, from: usize) -> Result<Option<PinMatch>, ()> {
        // The rest of a line after its match is most often too short to hold another.
        if text.len().saturating_sub(from) < self.min_len() {
            return Ok(None);
        }
        match self {
            Pin::Quoted => Ok(quoted_at(text.as_bytes(), from)),
            Pin::Paraphrased => paraphrased_at(text, from),
        }
    }

    /// The fewest bytes a match takes: every part of the pattern at its shortest (each
    /// character a byte; case folding only adds longer ones, `ſ` and the Kelvin sign).
    fn min_len(self) -> usize {
        match self {
            // `Auth profile "` id `" is for ` p `, not ` x `.`
            Pin::Quoted => 14 + 1 + 9 + 1 + 6 + 1 + 1,
            // `profile` `\W` `a:b` `\W` `is ` `for ` p ` not ` x
            Pin::Paraphrased => 7 + 1 + 3 + 1 + 3 + 4 + 1 + 5 + 1,
        }
    }
}

/// `[\w.-]` with ASCII `\w` (`ascii_boundaries` in `signals.rs`), by table: the runs of a pin
/// line's provider ids are tested byte by byte.
static CLASS: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = c.is_ascii_alphanumeric() || matches!(c, b'_' | b'.' | b'-');
        b += 1;
    }
    t
};

fn ascii_class(b: u8) -> bool {
    CLASS[usize::from(b)]
}

/// The end of the run of [`ascii_class`] bytes from `i`.
fn class_run(t: &[u8], i: usize) -> usize {
    i + t.get(i..).map_or(0, |r| r.iter().take_while(|&&b| ascii_class(b)).count())
}

/// The searcher for `Auth profile "`, built once (building it was a tenth of a search).
static HEAD: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
    std::sync::LazyLock::new(|| memchr::memmem::Finder::new(b"Auth profile \""));

fn quoted_at(t: &[u8], from: usize) -> Option<PinMatch> {
    // `find` per start rather than `find_iter`, which copies the searcher on every call.
    let mut at = from;
    while let Some(s) = t.get(at..).and_then(|r| HEAD.find(r)) {
        if let Some(m) = quoted_from(t, at + s) {
            return Some(m);
        }
        at += s + 1;
    }
    None
}

fn quoted_from(t: &[u8], s: usize) -> Option<PinMatch> {
    let id0 = s + 14;
    // `[^"]+` then `"`: the id runs to the next quote.
    let q = id0 + memchr::memchr(b'"', &t[id0..])?;
    if q == id0 || !t[q + 1..].starts_with(b" is for ") {
        return None;
    }
    let p0 = q + 9;
    let p1 = class_run(t, p0);
    if p1 == p0 || !t[p1..].starts_with(b", not ") {
        return None;
    }
    let x0 = p1 + 6;
    let run = class_run(t, x0);
    // `[\w.-]+\.`: the run backs off to its last `.` (the byte after the run is no `.`).
    let k = (x0 + 1..run).rev().find(|&k| t[k] == b'.')?;
    Some(PinMatch { start: s, end: k + 1, id: (id0, q), p: (p0, p1), x: (x0, k) })
}

/// `(?i)[\w.-]` with ASCII `\w`: case folding adds the long s (U+017F) and the Kelvin sign
/// (U+212A). The length of the character at `i` when it is in the class.
fn folded_class(t: &[u8], i: usize) -> Option<usize> {
    match t.get(i)? {
        &b if ascii_class(b) => Some(1),
        0xC5 if t.get(i + 1) == Some(&0xBF) => Some(2),
        0xE2 if t.get(i + 1..i + 3) == Some(&[0x84, 0xAA]) => Some(3),
        _ => None,
    }
}

fn folded_run(t: &[u8], mut i: usize) -> usize {
    loop {
        i = class_run(t, i);
        match folded_class(t, i) {
            Some(n) => i += n,
            None => return i,
        }
    }
}

/// The character at `i` and whether it is a (Unicode) word character, as `\w` means.
fn word_at(text: &str, i: usize) -> Option<(char, bool)> {
    if let Some(&b) = text.as_bytes().get(i).filter(|b| b.is_ascii()) {
        return Some((char::from(b), b.is_ascii_alphanumeric() || b == b'_'));
    }
    let c = text[i..].chars().next()?;
    let word = if c.is_ascii() {
        c.is_ascii_alphanumeric() || c == '_'
    } else {
        regex_syntax::is_word_character(c)
    };
    Some((c, word))
}

/// The end of the run of non-word characters (`\W*`) from `i`.
fn nonword_run(text: &str, mut i: usize, steps: &mut usize) -> usize {
    while let Some((c, false)) = word_at(text, i) {
        i += c.len_utf8();
        *steps += 1;
    }
    i
}

/// ASCII case-insensitive `word` at `i`; the position after it.
fn word_ci(t: &[u8], i: usize, word: &[u8]) -> Option<usize> {
    let end = i + word.len();
    t.get(i..end).filter(|s| s.eq_ignore_ascii_case(word)).map(|_| end)
}

fn paraphrased_at(text: &str, from: usize) -> Result<Option<PinMatch>, ()> {
    let t = text.as_bytes();
    // Work allowed before the regex is asked instead: linear in the text searched.
    let budget = 8 * t.len().saturating_sub(from) + 64;
    let mut steps = 0;
    let mut at = from;
    while let Some(p) = t.get(at..).and_then(|r| memchr::memchr2(b'p', b'P', r)) {
        let s = at + p;
        at = s + 1;
        let Some(a) = word_ci(t, s, b"profile") else { continue };
        if let Some(m) = paraphrased_in_quoted(t, s) {
            return Ok(Some(m));
        }
        if let Some(m) = paraphrased_from(text, s, a, &mut steps, budget)? {
            return Ok(Some(m));
        }
        if steps > budget {
            return Err(());
        }
    }
    Ok(None)
}

/// The paraphrased row's match at `s` read off the quoted row's match around it, when the id
/// is plain ASCII (`provider:rest`, no blank or `'`): what [`paraphrased_from`] finds then, in
/// fewer steps (every pin line is read by both rows, issue 14). `\W+` takes ` "` and stops at
/// the id's first (word) byte; `[\w.-]+` runs to the `:`; `[^\s'"’”]+` to the closing quote;
/// `\W+` takes `" ` and the tail reads `is for p, not x` with `p` ending at the `,` and `x` at
/// the end of its folded run. `None`: [`paraphrased_from`] decides.
fn paraphrased_in_quoted(t: &[u8], s: usize) -> Option<PinMatch> {
    let head = s.checked_sub(5)?;
    if !t[head..].starts_with(b"Auth profile \"") {
        return None;
    }
    let m = quoted_from(t, head)?;
    let (id0, q) = m.id;
    if !(t[id0].is_ascii_alphanumeric() || t[id0] == b'_') {
        return None;
    }
    let c = class_run(t, id0);
    let plain = |&b: &u8| b.is_ascii() && !matches!(b, b'\t'..=b'\r' | b' ' | b'\'');
    if t[c] != b':' || c + 2 > q || !t[c + 1..q].iter().all(plain) {
        return None;
    }
    let x1 = folded_run(t, m.x.0);
    Some(PinMatch { start: s, end: x1, id: m.id, p: m.p, x: (m.x.0, x1) })
}

/// A match starting at `s` (`profile` ends at `a`).
fn paraphrased_from(
    text: &str,
    s: usize,
    a: usize,
    steps: &mut usize,
    budget: usize,
) -> Result<Option<PinMatch>, ()> {
    let t = text.as_bytes();
    let w = nonword_run(text, a, steps);
    if w == a {
        return Ok(None);
    }
    // `\W+` takes all it can, then gives back one character at a time (at least one stays):
    // the id starts at `i` when a run of `[\w.-]` from there ends at a `:` (from inside the
    // non-word run, only `.`/`-` are in the class). Runs from `i` going down end at the same or
    // an earlier `:`, so a failed `:` is not tried twice.
    let min_i = a + text[a..].chars().next().map_or(0, char::len_utf8);
    let mut failed = None;
    let mut i = w;
    loop {
        if folded_class(t, i).is_some() {
            let c = folded_run(t, i);
            *steps += c - i;
            if t.get(c) == Some(&b':') && failed != Some(c) {
                if let Some(m) = after_colon(text, s, i, c, steps) {
                    return Ok(Some(m));
                }
                failed = Some(c);
            }
        }
        if i <= min_i || *steps > budget {
            return if *steps > budget { Err(()) } else { Ok(None) };
        }
        i -= 1;
        while !text.is_char_boundary(i) {
            i -= 1;
        }
        *steps += 1;
    }
}

/// The rest of a match from the id's `:` at `c` (the id starts at `w`).
fn after_colon(text: &str, s: usize, w: usize, c: usize, steps: &mut usize) -> Option<PinMatch> {
    let t = text.as_bytes();
    // `[^\s'"’”]+`, longest first: each end `k` it can give back to must start `\W+is …`,
    // whose `is` is where the run of non-word characters from `k` ends.
    let r0 = c + 1;
    let r_end = id_rest_end(text, r0);
    *steps += r_end - r0;
    let first = text[r0..].chars().next().map_or(r0, |ch| r0 + ch.len_utf8());
    if r_end < first {
        return None;
    }
    // Ends tried from the longest; `j` is where `\W+` from `k` ends (the same for every `k`
    // in one run of non-word characters, so a failed `j` is not tried twice).
    let mut failed_j = None;
    let mut k = r_end;
    loop {
        let nonword = match word_at(text, k) {
            None => false, // `\W+` needs a character.
            Some((_, w)) => !w,
        };
        if nonword {
            let j = nonword_run(text, k, steps);
            if failed_j != Some(j) {
                if let Some(m) = tail(t, j, steps) {
                    let (p, x, end) = m;
                    return Some(PinMatch { start: s, end, id: (w, k), p, x });
                }
                failed_j = Some(j);
            }
        }
        if k <= first {
            return None;
        }
        // The previous character boundary.
        k -= 1;
        while !text.is_char_boundary(k) {
            k -= 1;
        }
        *steps += 1;
    }
}

/// The end of the run of `[^\s'"’”]` from `i`: ASCII bytes tested as bytes, other characters
/// decoded.
fn id_rest_end(text: &str, mut i: usize) -> usize {
    let t = text.as_bytes();
    while let Some(&b) = t.get(i) {
        if b.is_ascii() {
            if matches!(b, b'\t'..=b'\r' | b' ' | b'\'' | b'"') {
                return i;
            }
            i += 1;
            continue;
        }
        let c = text[i..].chars().next().unwrap_or_default();
        if c.is_whitespace() || matches!(c, '’' | '”') {
            return i;
        }
        i += c.len_utf8();
    }
    i
}

/// `is (?:intended |meant |only )?for (?P<p>[\w.-]+),? not (?P<x>[\w.-]+)` (any case) at `j`:
/// the spans of `p` and `x` and the end.
#[allow(clippy::type_complexity)]
fn tail(t: &[u8], j: usize, steps: &mut usize) -> Option<((usize, usize), (usize, usize), usize)> {
    *steps += 16;
    if !matches!(t.get(j), Some(b'i' | b'I')) {
        return None;
    }
    // `s`, any case, or the long s.
    let i = match t.get(j + 1)? {
        b's' | b'S' => j + 2,
        0xC5 if t.get(j + 2) == Some(&0xBF) => j + 3,
        _ => return None,
    };
    if t.get(i) != Some(&b' ') {
        return None;
    }
    let i = i + 1;
    let i =
        [&b"intended "[..], b"meant ", b"only "].iter().find_map(|w| word_ci(t, i, w)).unwrap_or(i);
    let p0 = word_ci(t, i, b"for ")?;
    let p1 = folded_run(t, p0);
    *steps += p1 - p0;
    if p1 == p0 {
        return None;
    }
    let i = if t.get(p1) == Some(&b',') { p1 + 1 } else { p1 };
    let x0 = word_ci(t, i, b" not ")?;
    let x1 = folded_run(t, x0);
    *steps += x1 - x0;
    (x1 > x0).then_some(((p0, p1), (x0, x1), x1))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`paraphrased_in_quoted`] gives what [`paraphrased_from`] finds at the same `profile`,
    /// on generated pin lines (quoted and not, plain and odd ids, any case, the long s and
    /// Kelvin sign, blanks and quotes in the id), on the fixtures and the messages table.
    #[test]
    fn paraphrased_in_quoted_is_paraphrased_from() {
        #[rustfmt::skip]
        let pieces = [
            "openai-codex", "openai", "user0@example.com", ":", "::", ".", "..", "-", "_", "a",
            "Z", "7", "\u{17F}", "\u{212A}", "é", "’", "”", "'", " ", "\t", "\u{a0}", ",", "(",
            "Auth profile \"", "\" is for ", ", not ", "profile", " is for ", " not ", "x.y",
        ];
        let templates = [
            "Auth profile \"{a}:{b}\" is for {c}, not {d}.",
            "Auth profile \"{a}{b}\" is for {c}, not {d}.{a}",
            "{a}Auth profile \"openai-codex:{b}\" is for openai-codex, not {c}{d}",
            "Auth profile \"{a}:{b}\" is for {c} not {d}.",
        ];
        let slots: Vec<&str> = pieces.iter().flat_map(|&p| [p, "openai"]).collect();
        let mut rng = crate::testgen::XorShift(0x9E37_79B9_7F4A_7C15);
        let mut lines =
            crate::testgen::templated_lines(&mut rng, &templates, &slots, &pieces, 4, 20_000, 12);
        let texts =
            [crate::testgen::fixture_texts(), vec![crate::testgen::message_table()]].concat();
        lines.extend(texts.iter().flat_map(|f| f.lines()).map(str::to_string));
        let (mut taken, mut quoted) = (0, 0);
        for l in &lines {
            let t = l.as_bytes();
            for s in (0..l.len()).filter(|&s| word_ci(t, s, b"profile").is_some()) {
                quoted += usize::from(s >= 5 && t[s - 5..].starts_with(b"Auth profile \""));
                let Some(got) = paraphrased_in_quoted(t, s) else { continue };
                taken += 1;
                let want = paraphrased_from(l, s, s + 7, &mut 0, usize::MAX);
                assert_eq!(Ok(Some(got)), want, "at {s} in {l:?}");
            }
        }
        // Both ways are taken: the reading off the quoted match and the general one.
        assert!(taken > 1_000 && taken < quoted, "{taken} of {quoted} quoted starts");
    }
}
