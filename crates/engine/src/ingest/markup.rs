//! Markup normalisation (formats.md §12): what Discord, terminals and browsers wrap around a
//! paste. Line endings, JSON `\u003c` escapes, HTML entities, ANSI escapes (also with the ESC
//! lost), zero-width characters, blockquote prefixes, code fences and emphasis markers.
//!
//! Non-breaking spaces and C1 controls are handled by [`finish`], which runs *after* the
//! mojibake repair: both can be part of a mis-decoded UTF-8 sequence (`âš ï¸` holds a NBSP,
//! `â”` + U+0090 is `┐`).

use regex::Regex;
use std::borrow::Cow;
use std::sync::LazyLock;

/// The markup passes, in order, on a text whose line endings [`newlines`] fixed. Every pass is
/// linear in the input; a pass that changes nothing borrows its input (issue 14: the copies
/// of a 1 MiB paste that nothing changed were a fifth of ingest).
pub(crate) fn normalize(s: &str) -> Cow<'_, str> {
    let mut s = Cow::Borrowed(s);
    apply(&mut s, json_escapes);
    apply(&mut s, html_entities);
    // Whether `strip_ansi(s) == s` is known: the loop's first `strip_ansi` is then skipped.
    let mut ansi_fixed = !apply(&mut s, strip_ansi);
    if apply(&mut s, remove_zero_width) {
        ansi_fixed = false;
    }
    // Each pass can expose work for another (`**> x**` hides a quote, `[**31m**` an orphan
    // escape, `**`**`**` a fence): repeat, bounded, so that the result is stable.
    for _ in 0..3 {
        let start = s.clone();
        let mut touched = !ansi_fixed && apply(&mut s, strip_ansi);
        touched |= apply(&mut s, strip_emphasis);
        touched |= apply(&mut s, quotes_and_fences);
        if !touched || s == start {
            break;
        }
        ansi_fixed = false;
    }
    s
}

/// Run `pass` on `s`, keeping `s` when the pass borrowed its input (changed nothing). Whether
/// the pass made a new text (which may still equal `s`).
fn apply<'a>(s: &mut Cow<'a, str>, pass: impl for<'b> Fn(&'b str) -> Cow<'b, str>) -> bool {
    let made: Option<String> = match pass(s) {
        Cow::Owned(n) => Some(n),
        Cow::Borrowed(b) if b.len() == s.len() => None,
        // A pass that returns a part of its input (none does today).
        Cow::Borrowed(b) => Some(b.to_string()),
    };
    match made {
        Some(n) => {
            *s = Cow::Owned(n);
            true
        }
        None => false,
    }
}

/// The offset of the first byte outside ASCII at or after `from`, ASCII skipped 32 bytes at a
/// time (a plain paste costs a fraction of an instruction a byte: the passes that act only on
/// characters outside ASCII look at nothing else).
pub(super) fn next_non_ascii(b: &[u8], from: usize) -> Option<usize> {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let word = |c: &[u8]| u64::from_le_bytes(c.try_into().expect("8 bytes"));
    let mut i = from;
    while i + 32 <= b.len() {
        let c = &b[i..i + 32];
        if (word(&c[..8]) | word(&c[8..16]) | word(&c[16..24]) | word(&c[24..])) & HIGH != 0 {
            break;
        }
        i += 32;
    }
    b.get(i..)?.iter().position(|&c| c >= 0x80).map(|k| i + k)
}

/// Whether `s` holds a character that satisfies `pred`, given that every such character
/// starts with one of `leads` (`E2` only with `80` or `81` after it). Byte searches, then one
/// decode where one starts: box drawing (`E2 94`/`E2 95`, dense in a table) is not looked at,
/// and a text in ASCII not at all.
fn holds(s: &str, leads: &[u8], pred: impl Fn(char) -> bool) -> bool {
    let b = s.as_bytes();
    if b.is_ascii() {
        return false;
    }
    let at = |i: usize| s[i..].chars().next().is_some_and(&pred);
    let others: Vec<u8> = leads.iter().copied().filter(|&l| l != 0xE2).collect();
    others.chunks(3).any(|c| match *c {
        [x, y, z] => memchr::memchr3_iter(x, y, z, b).any(at),
        [x, y] => memchr::memchr2_iter(x, y, b).any(at),
        [x] => memchr::memchr_iter(x, b).any(at),
        _ => false,
    }) || (leads.contains(&0xE2)
        && (memchr::memmem::find_iter(b, b"\xE2\x80").any(at)
            || memchr::memmem::find_iter(b, b"\xE2\x81").any(at)))
}

/// The lead bytes of [`is_zero_width`]'s characters (U+200B–D, U+2060: `E2`; U+FEFF: `EF`).
const ZERO_WIDTH_LEADS: &[u8] = &[0xE2, 0xEF];

/// The lead bytes of the characters [`finish`] touches: NBSP, C1 and the soft hyphen `C2`,
/// U+061C `D8`, U+180E `E1`, U+2000–U+207F `E2`, U+FEFF and U+FFF9–B `EF`, tags `F3`.
const FINISH_LEADS: &[u8] = &[0xC2, 0xD8, 0xE1, 0xE2, 0xEF, 0xF3];

/// Late cleanup: NBSP-like spaces → space, zero-width characters, other format characters
/// (bidi controls, tag characters, …) and C1 controls removed.
pub(crate) fn finish(s: &str) -> Cow<'_, str> {
    // Every character this touches is outside ASCII, and starts with one of a few bytes.
    let touched = |c: char| is_zero_width(c) || is_hiding_format(c) || is_nbsp(c) || is_c1(c);
    if !holds(s, FINISH_LEADS, touched) {
        return Cow::Borrowed(s);
    }
    let mut s = remove_zero_width(s);
    apply(&mut s, strip_format);
    apply(&mut s, spaces_and_c1);
    s
}

/// NBSP-like spaces → space, C1 controls dropped, by bytes (issue 14: decoding every character
/// of a 1 MiB table was ~30 M instructions): NBSP and C1 controls are `C2 A0` and `C2 80`–`9F`,
/// U+202F and U+2007 are `E2 80 AF` and `E2 80 87`. A lead byte never occurs inside another
/// character, so each is found where it starts.
fn spaces_and_c1(s: &str) -> Cow<'_, str> {
    let b = s.as_bytes();
    // (start, bytes taken, replacement)
    let mut edits: Vec<(usize, usize, &str)> = Vec::new();
    for i in memchr::memchr_iter(0xC2, b) {
        match b.get(i + 1) {
            Some(0x80..=0x9F) => edits.push((i, 2, "")),
            Some(0xA0) => edits.push((i, 2, " ")),
            _ => {}
        }
    }
    let c2 = edits.len();
    for i in memchr::memmem::find_iter(b, b"\xE2\x80") {
        if matches!(b.get(i + 2), Some(0xAF | 0x87)) {
            edits.push((i, 3, " "));
        }
    }
    if edits.is_empty() {
        return Cow::Borrowed(s);
    }
    if c2 > 0 && c2 < edits.len() {
        edits.sort_unstable_by_key(|e| e.0);
    }
    let mut out = String::with_capacity(s.len());
    let mut last = 0;
    for (at, len, with) in edits {
        out.push_str(&s[last..at]);
        out.push_str(with);
        last = at + len;
    }
    out.push_str(&s[last..]);
    Cow::Owned(out)
}

fn is_nbsp(c: char) -> bool {
    matches!(c, '\u{00A0}' | '\u{202F}' | '\u{2007}')
}

fn is_c1(c: char) -> bool {
    ('\u{0080}'..='\u{009F}').contains(&c)
}

/// Whether `s` holds `needle` (memchr's vectorised search: `str::contains` was ~2 M
/// instructions per 1 MiB search, and the passes make about ten).
fn has(s: &str, needle: &str) -> bool {
    memchr::memmem::find(s.as_bytes(), needle.as_bytes()).is_some()
}

/// CRLF, lone CR and the Unicode line and paragraph separators (U+2028/2029) → LF.
pub(crate) fn newlines(s: &str) -> Cow<'_, str> {
    // The separators are `E2 80 A8` and `E2 80 A9`: a byte search (a search for characters
    // decodes every one, ~11 M instructions on a 1 MiB paste).
    let b = s.as_bytes();
    let separators = memchr::memmem::find_iter(b, b"\xE2\x80")
        .any(|i| matches!(b.get(i + 2), Some(0xA8 | 0xA9)));
    let cr = memchr::memchr(b'\r', b).is_some();
    if !separators && !cr {
        return Cow::Borrowed(s);
    }
    let s = if separators { s.replace(['\u{2028}', '\u{2029}'], "\n") } else { s.to_string() };
    if !cr {
        return Cow::Owned(s);
    }
    Cow::Owned(s.replace("\r\n", "\n").replace('\r', "\n"))
}

/// Format characters that only hide or reorder text (security review M2, L14): bidi
/// embeddings, overrides, isolates and marks, tag characters, invisible operators, the soft
/// hyphen, interlinear annotations. What is on screen must be what is copied. (Joiners are
/// handled by [`remove_zero_width`], which keeps them where a script needs them; the emoji
/// variation selector U+FE0F stays.)
fn is_hiding_format(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{061C}' | '\u{180E}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}'
        | '\u{2061}'..='\u{2064}' | '\u{2066}'..='\u{206F}' | '\u{FFF9}'..='\u{FFFB}' | '\u{E0000}'..='\u{E007F}')
}

fn strip_format(s: &str) -> Cow<'_, str> {
    if !has_hiding_format(s) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(s.chars().filter(|&c| !is_hiding_format(c)).collect())
}

/// Whether `s` holds a character of [`is_hiding_format`], decoding only where one can start:
/// their UTF-8 forms start with `C2`, `D8`, `E1`, `E2 80`, `E2 81`, `EF` or `F3` (a box
/// drawing table is all `E2 94`/`E2 95`, which are not looked at).
fn has_hiding_format(s: &str) -> bool {
    let b = s.as_bytes();
    let at = |i: usize| s[i..].chars().next().is_some_and(is_hiding_format);
    memchr::memchr3_iter(0xC2, 0xD8, 0xE1, b).any(at)
        || memchr::memchr2_iter(0xEF, 0xF3, b).any(at)
        || memchr::memmem::find_iter(b, b"\xE2\x80").any(at)
        || memchr::memmem::find_iter(b, b"\xE2\x81").any(at)
}

static JSON_ESCAPE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\\u00(?:3[cCeE]|26)").expect("json escape regex"));

/// `\u003c` / `\u003e` / `\u0026` (as JSON serialisers write `<`, `>`, `&`) → the character.
fn json_escapes(s: &str) -> Cow<'_, str> {
    if !has(s, "\\u00") {
        return Cow::Borrowed(s);
    }
    JSON_ESCAPE.replace_all(s, |c: &regex::Captures| match &c[0][4..] {
        "3c" | "3C" => "<",
        "3e" | "3E" => ">",
        _ => "&",
    })
}

static ENTITY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"&(?:(quot|lt|gt|amp|apos|nbsp);|#([0-9]{1,7});|#[xX]([0-9A-Fa-f]{1,6});)")
        .expect("entity regex")
});

/// HTML entities, unescaped exactly once (`&amp;lt;` → `&lt;`). Numeric entities that would
/// produce a control character (other than tab / newline) are left alone.
fn html_entities(s: &str) -> Cow<'_, str> {
    if memchr::memchr(b'&', s.as_bytes()).is_none() {
        return Cow::Borrowed(s);
    }
    ENTITY.replace_all(s, |c: &regex::Captures| {
        if let Some(name) = c.get(1) {
            return match name.as_str() {
                "quot" => "\"",
                "lt" => "<",
                "gt" => ">",
                "amp" => "&",
                "apos" => "'",
                _ => "\u{00A0}",
            }
            .to_string();
        }
        let code = match (c.get(2), c.get(3)) {
            (Some(d), _) => d.as_str().parse::<u32>().ok(),
            (_, Some(h)) => u32::from_str_radix(h.as_str(), 16).ok(),
            _ => None,
        };
        match code.and_then(char::from_u32) {
            Some(ch) if !ch.is_control() || ch == '\n' || ch == '\t' => ch.to_string(),
            _ => c[0].to_string(),
        }
    })
}

/// CSI (`ESC [ … final`), OSC (`ESC ] … BEL|ST`), charset and two-character escapes.
static ANSI_ESC: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"\x1b\[[0-?]*[ -/]*[@-~]",
        r"|\x1b\][^\x07\x1b\n]*(?:\x07|\x1b\\)",
        r"|\x1b\]8;[^;\s]*;\S*",
        r"|\x1b[()][0-9A-Za-z]",
        r"|\x1b[@-Z\\-_]",
    ))
    .expect("ansi regex")
});

/// OSC-8 hyperlink debris once the ESC is lost: `]8;;https://…` up to BEL / `\` / whitespace.
static OSC8_DEBRIS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\]8;[^;\s]*;[^\s\x07\\]*(?:\x07|\\)?").expect("osc8 regex"));

/// SGR (and a few cursor) sequences whose ESC was lost: `[31m`, `[2m`, `[0m`, `[?25l`.
static ORPHAN_SGR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\[(?:\d{1,3}(?:;\d{1,3})*m|\?25[hl]|[012]K|1G)").expect("orphan sgr regex")
});

fn strip_ansi(s: &str) -> Cow<'_, str> {
    let mut out = if memchr::memchr(0x1b, s.as_bytes()).is_some() {
        ANSI_ESC.replace_all(s, "")
    } else {
        Cow::Borrowed(s)
    };
    if has(&out, "]8;") {
        apply(&mut out, strip_osc8_debris);
    }
    // Removing one orphan can expose another (`[3[0m1m`): repeat, bounded.
    for _ in 0..4 {
        if !may_hold_orphan(&out) {
            break;
        }
        let next: Option<String> = match strip_orphan_sgr(&out) {
            Cow::Owned(n) => Some(n),
            Cow::Borrowed(_) => None,
        };
        match next {
            Some(n) => out = Cow::Owned(n),
            None => break,
        }
    }
    // ASCII controls are single bytes: test bytes, not decoded characters, a block at a time
    // without stopping inside it (vectorised: a byte-by-byte `any` was ~4 instructions a byte).
    let control = |b: u8| (b < 0x20 && b != b'\n' && b != b'\t') || b == 0x7f;
    if out.as_bytes().chunks(64).any(|c| c.iter().fold(false, |a, &b| a | control(b))) {
        out.to_mut().retain(|c| !((c.is_ascii_control() && c != '\n' && c != '\t') || c == '\x7f'));
    }
    out
}

fn strip_osc8_debris(s: &str) -> Cow<'_, str> {
    OSC8_DEBRIS.replace_all(s, "")
}

/// Whether [`ORPHAN_SGR`] can match: every match is `[` then a digit (Unicode `\d`, so any
/// non-ASCII byte may start one) or `?`. Most pastes have `[` (log tags, arrays) but none of
/// these: the regex (1.4 M instructions to compile) is then not needed.
fn may_hold_orphan(s: &str) -> bool {
    memchr::memchr_iter(b'[', s.as_bytes()).any(|i| {
        s.as_bytes().get(i + 1).is_some_and(|&b| b.is_ascii_digit() || b == b'?' || b >= 0x80)
    })
}

/// The orphans of `s` removed; `s` itself when there is none.
fn strip_orphan_sgr(s: &str) -> Cow<'_, str> {
    let mut out = String::new();
    let mut last = 0;
    for m in ORPHAN_SGR.find_iter(s) {
        if !orphan_is_code(m.as_str(), &s[m.end()..]) {
            continue;
        }
        out.push_str(&s[last..m.start()]);
        last = m.end();
    }
    if last == 0 {
        return Cow::Borrowed(s);
    }
    out.push_str(&s[last..]);
    Cow::Owned(out)
}

/// `[5m]` / `[30min]` / `[1GB]` are text, not lost escapes.
fn orphan_is_code(m: &str, after: &str) -> bool {
    let next = after.chars().next();
    if next == Some(']') {
        return false;
    }
    if m.ends_with('m') {
        // A short lowercase word closed by `]` right after (`[30min]`, `[5mins]`) is a duration.
        let word: String = after.chars().take_while(char::is_ascii_lowercase).take(5).collect();
        return !(word.len() <= 4 && after[word.len()..].starts_with(']'));
    }
    // Cursor codes: only when not glued to a word (`[1GB]`).
    !next.is_some_and(char::is_alphanumeric)
}

fn is_pictographic(c: char) -> bool {
    let u = c as u32;
    (0x1F000..=0x1FAFF).contains(&u) || (0x2600..=0x27BF).contains(&u) || c == '\u{FE0F}'
}

/// Zero-width characters (U+200B–U+200D, U+2060, U+FEFF) removed, except joiners that are part
/// of the text (see below).
fn remove_zero_width(s: &str) -> Cow<'_, str> {
    // Byte searches for the lead bytes (vectorised) rather than decoding every character.
    if !holds(s, ZERO_WIDTH_LEADS, is_zero_width) {
        return Cow::Borrowed(s);
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        match c {
            '\u{200C}' | '\u{200D}' => {
                // Joiners are part of the text between two non-ASCII letters (Persian
                // `همه\u{200C}ی`, Indic conjuncts) and inside emoji sequences (ZWJ only).
                let prev = i.checked_sub(1).map(|j| chars[j]);
                let next = chars.get(i + 1).copied();
                let letter = |c: Option<char>| {
                    c.is_some_and(|c| !c.is_ascii() && !c.is_whitespace() && !is_nbsp(c))
                };
                let emoji = c == '\u{200D}'
                    && prev.is_some_and(is_pictographic)
                    && next.is_some_and(is_pictographic);
                if emoji || (letter(prev) && letter(next)) {
                    out.push(c);
                }
            }
            '\u{200B}' | '\u{2060}' | '\u{FEFF}' => {}
            _ => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// The characters [`remove_zero_width`] looks at.
fn is_zero_width(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}')
}

static FENCE_TAG: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[A-Za-z][A-Za-z0-9_+#.-]{0,23}$").expect("fence tag regex"));

/// Strip `> ` / `>>> ` quote prefixes (nested too) and code fences. A fence's content is kept;
/// an opening fence's language tag (```` ```ansi ````) is dropped; an unclosed fence simply runs
/// to the end. A fence in the middle of a line ends that line (as Discord renders it).
fn quotes_and_fences(s: &str) -> Cow<'_, str> {
    if memchr::memchr(b'>', s.as_bytes()).is_none() && !has_fence(s) {
        return Cow::Borrowed(s);
    }
    let mut out: Vec<&str> = Vec::new();
    let mut in_fence = false;
    for line in s.split('\n') {
        let l = strip_quote(line);
        if !has(l, "```") {
            out.push(l);
            continue;
        }
        let runs = backtick_runs(l);
        let mut pos = 0;
        for (k, &(start, end)) in runs.iter().enumerate() {
            let piece = &l[pos..start];
            push_piece(&mut out, if k == 0 { piece.trim_end() } else { piece.trim() });
            pos = end;
            let opening = !in_fence;
            in_fence = !in_fence;
            if opening && k + 1 == runs.len() {
                let tail = &l[end..];
                if !tail.starts_with(char::is_whitespace) && FENCE_TAG.is_match(tail.trim_end()) {
                    pos = l.len();
                }
            }
        }
        push_piece(&mut out, l[pos..].trim());
    }
    Cow::Owned(out.join("\n"))
}

/// Whether `s` holds "```": a search for the backtick, which most pastes hold none of (a
/// memmem search for the three was ~0.4 M instructions on 1 MiB, a memchr ~0.1 M).
fn has_fence(s: &str) -> bool {
    let b = s.as_bytes();
    memchr::memchr_iter(b'`', b).any(|i| b[i..].starts_with(b"```"))
}

fn push_piece<'a>(out: &mut Vec<&'a str>, piece: &'a str) {
    if !piece.trim().is_empty() {
        out.push(piece);
    }
}

fn strip_quote(mut l: &str) -> &str {
    loop {
        if l == ">" || l == ">>>" {
            return "";
        }
        if let Some(r) = l.strip_prefix(">>> ") {
            l = r;
        } else if let Some(r) = l.strip_prefix("> ") {
            l = r;
        } else {
            return l;
        }
    }
}

/// Byte ranges of runs of three or more backticks.
fn backtick_runs(l: &str) -> Vec<(usize, usize)> {
    let b = l.as_bytes();
    let mut runs = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'`' {
            let start = i;
            while i < b.len() && b[i] == b'`' {
                i += 1;
            }
            if i - start >= 3 {
                runs.push((start, i));
            }
        } else {
            i += 1;
        }
    }
    runs
}

/// Remove paired `**bold**`, `__underline__` and `||spoiler||` markers, line by line, until
/// nothing changes (bounded). `__init__`-style identifiers and asterisk masks are left alone.
fn strip_emphasis(s: &str) -> Cow<'_, str> {
    // `**`, `__` or `||`: one search for the three bytes instead of three for the pairs.
    let b = s.as_bytes();
    if !memchr::memchr3_iter(b'*', b'_', b'|', b).any(|i| b.get(i + 1) == Some(&b[i])) {
        return Cow::Borrowed(s);
    }
    let mut cur = s.to_string();
    for round in 0..8 {
        let mut changed = false;
        let mut out = String::with_capacity(cur.len());
        for (i, line) in cur.split('\n').enumerate() {
            if i > 0 {
                out.push('\n');
            }
            let mut l = std::borrow::Cow::Borrowed(line);
            for d in [b'*', b'_', b'|'] {
                if let Some(n) = strip_pairs(&l, d) {
                    l = std::borrow::Cow::Owned(n);
                    changed = true;
                }
            }
            out.push_str(&l);
        }
        if !changed {
            if round == 0 {
                return Cow::Borrowed(s);
            }
            break;
        }
        cur = out;
    }
    Cow::Owned(cur)
}

fn is_word(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// One pass of pair stripping for delimiter `dd` on one line; `None` if nothing was removed.
fn strip_pairs(line: &str, d: u8) -> Option<String> {
    let b = line.as_bytes();
    let dc = d as char;
    // Runs of exactly two delimiter bytes.
    let mut runs: Vec<usize> = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] == d {
            let start = i;
            while i < b.len() && b[i] == d {
                i += 1;
            }
            if i - start == 2 {
                runs.push(start);
            }
        } else {
            i += 1;
        }
    }
    if runs.len() < 2 {
        return None;
    }
    let prev_char = |at: usize| line[..at].chars().next_back();
    let next_char = |at: usize| line[at + 2..].chars().next();
    let mut removals: Vec<(usize, usize)> = Vec::new();
    let mut open: Option<usize> = None;
    for &r in &runs {
        let prev = prev_char(r);
        let next = next_char(r);
        // Like CommonMark (and Discord's renderer): `*` pairs may sit inside a word, `_` pairs
        // may not (`snake__case__name`). A word edge must not decide, or a redaction next to
        // the marker would change what is stripped on a second pass.
        let flank_ok_open = d != b'_' || !prev.is_some_and(is_word);
        let flank_ok_close = d != b'_' || !next.is_some_and(is_word);
        let can_open = next.is_some_and(|c| !c.is_whitespace()) && flank_ok_open;
        let can_close = prev.is_some_and(|c| !c.is_whitespace()) && flank_ok_close;
        match open {
            Some(o) if can_close => {
                let inner = &line[o + 2..r];
                let keep = match d {
                    b'*' => inner.contains(dc),
                    b'_' => inner.chars().all(is_word), // `__init__`, `__dirname__`
                    _ => false,
                };
                if !keep {
                    removals.push((o, r));
                }
                open = None;
            }
            _ if can_open => open = Some(r),
            _ => {}
        }
    }
    if removals.is_empty() {
        return None;
    }
    let mut out = String::with_capacity(line.len());
    let mut last = 0;
    for (o, c) in removals {
        out.push_str(&line[last..o]);
        out.push_str(&line[o + 2..c]);
        last = c + 2;
    }
    out.push_str(&line[last..]);
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`finish`] and [`newlines`] as they were written with character searches and decodes.
    fn finish_reference(s: &str) -> String {
        let zero = ['\u{200B}', '\u{200C}', '\u{200D}', '\u{2060}', '\u{FEFF}'];
        let s = if zero.iter().any(|&z| s.contains(z)) {
            remove_zero_width(s).into_owned()
        } else {
            s.to_string()
        };
        let s: String = s.chars().filter(|&c| !is_hiding_format(c)).collect();
        s.chars().filter(|&c| !is_c1(c)).map(|c| if is_nbsp(c) { ' ' } else { c }).collect()
    }

    fn newlines_reference(s: &str) -> String {
        s.replace(['\u{2028}', '\u{2029}'], "\n").replace("\r\n", "\n").replace('\r', "\n")
    }

    /// The byte searches find what the character searches found: on strings generated from
    /// every character they look for, their neighbours in UTF-8 (`E2 80`/`E2 81`/`C2` forms,
    /// box drawing), ASCII controls, and the fixtures.
    #[test]
    fn byte_searches_find_what_character_searches_find() {
        let pieces = [
            "\u{00A0}",
            "\u{0085}",
            "\u{0080}",
            "\u{009F}",
            "\u{00AD}",
            "\u{00B7}",
            "\u{061C}",
            "\u{180E}",
            "\u{200B}",
            "\u{200C}",
            "\u{200D}",
            "\u{200E}",
            "\u{200F}",
            "\u{2028}",
            "\u{2029}",
            "\u{202A}",
            "\u{202E}",
            "\u{202F}",
            "\u{2007}",
            "\u{2010}",
            "\u{2014}",
            "\u{2060}",
            "\u{2061}",
            "\u{2065}",
            "\u{2066}",
            "\u{206F}",
            "\u{FEFF}",
            "\u{FFF9}",
            "\u{FFFB}",
            "\u{FFFD}",
            "\u{E0001}",
            "\u{E007F}",
            "\u{E0080}",
            "─",
            "│",
            "┐",
            "é",
            "Ж",
            "🦞",
            "a",
            " ",
            "\r",
            "\n",
            "\r\n",
            "\t",
            "\u{1}",
            "\u{1b}",
            "\u{7f}",
            "\u{E000}",
            "\u{E002}",
            "\u{E003}",
        ];
        let mut rng = crate::testgen::XorShift(0x9E37_79B9_7F4A_7C15u64);
        let mut texts: Vec<String> = Vec::new();
        for _ in 0..50_000 {
            let mut s = String::new();
            for _ in 0..6 {
                s.push_str(pieces[rng.below(pieces.len())]);
            }
            texts.push(s);
        }
        texts.extend(crate::testgen::fixture_texts());
        let mut changed = 0;
        for t in &texts {
            let want = finish_reference(t);
            changed += usize::from(want != *t);
            assert_eq!(finish(t), want, "{t:?}");
            assert_eq!(newlines(t), newlines_reference(t), "{t:?}");
            assert_eq!(has_hiding_format(t), t.chars().any(is_hiding_format), "{t:?}");
            for needle in ["\\u00", "]8;", "```", "**", "__", "||", "\u{2028}", "\r"] {
                assert_eq!(has(t, needle), t.contains(needle), "{t:?}");
            }
            let control =
                t.bytes().any(|b| (b.is_ascii_control() && b != b'\n' && b != b'\t') || b == 0x7f);
            assert!(strip_ansi(t).len() < t.len() || !control, "{t:?}");
            let markers = t.contains([
                crate::ingest::ocr_repair::UNCERTAIN_OPEN,
                crate::ingest::ocr_repair::UNCERTAIN_CLOSE,
                crate::ingest::ocr_repair::FROM_IMAGE,
            ]);
            let extracted = crate::ingest::ocr_repair::extract(t).0;
            assert_eq!(matches!(extracted, std::borrow::Cow::Owned(_)), markers, "{t:?}");
        }
        assert!(changed > 10_000, "{changed}");
    }

    /// [`normalize`] as it was before its passes borrowed: every pass copied, the loop
    /// compared whole texts, `strip_ansi` ran again at its first round.
    fn normalize_reference(s: &str) -> String {
        let s = json_escapes(s).into_owned();
        let s = html_entities(&s).into_owned();
        let mut s = remove_zero_width(&strip_ansi(&s)).into_owned();
        for _ in 0..3 {
            let next = quotes_and_fences(&strip_emphasis(&strip_ansi(&s))).into_owned();
            if next == s {
                break;
            }
            s = next;
        }
        s
    }

    /// The borrowing passes give what the copying ones gave, and borrow exactly when nothing
    /// changes; the gates that replaced searches say what the searches said: on texts
    /// generated from every piece of markup the passes act on (and their near misses), and
    /// on the fixtures.
    #[test]
    fn borrowing_passes_normalize_as_copying_ones() {
        let pieces = [
            "**",
            "*",
            "__",
            "_",
            "||",
            "|",
            "> ",
            ">>> ",
            ">",
            "```",
            "`",
            "```ansi",
            "\x1b[31m",
            "\x1b]8;;https://x\x07",
            "]8;;https://y ",
            "[31m",
            "[0m",
            "[?25l",
            "[1G",
            "[5m]",
            "[30min]",
            "[",
            "3",
            "&amp;",
            "&lt;",
            "&#65;",
            "&",
            "\\u003c",
            "\\u00",
            "\u{200B}",
            "\u{200C}",
            "\u{200D}",
            "\u{2060}",
            "\u{FEFF}",
            "\u{00A0}",
            "\u{0085}",
            "\u{202E}",
            "\u{00AD}",
            "\u{061C}",
            "\u{180E}",
            "\u{2007}",
            "\u{202F}",
            "\u{2066}",
            "\u{FFF9}",
            "\u{E0001}",
            "\u{2010}",
            "·",
            "é",
            "ش",
            "🦞",
            "─",
            "a",
            "word",
            " ",
            "\n",
            "\t",
            "\u{1}",
            "\u{7f}",
        ];
        let mut rng = crate::testgen::XorShift(0x9E37_79B9_7F4A_7C15u64);
        let mut texts = crate::testgen::joined_pieces(&mut rng, &pieces, 40_000, 12);
        // Long enough for the 32-byte blocks of `next_non_ascii`.
        for _ in 0..2_000 {
            let mut s =
                "plain ascii text, long enough to fill a block or two. ".repeat(rng.below(4));
            s.push_str(pieces[rng.below(pieces.len())]);
            s.push_str(&"x".repeat(rng.below(70)));
            s.push_str(pieces[rng.below(pieces.len())]);
            texts.push(s);
        }
        texts.extend(crate::testgen::fixture_texts());
        let (mut changed, mut borrowed) = (0, 0);
        for t in &texts {
            let want = normalize_reference(t);
            let got = normalize(t);
            assert_eq!(got, want, "{t:?}");
            changed += usize::from(want != *t);
            borrowed += usize::from(matches!(got, Cow::Borrowed(_)));
            let b = t.as_bytes();
            let pairs = has(t, "**") || has(t, "__") || has(t, "||");
            let gate =
                memchr::memchr3_iter(b'*', b'_', b'|', b).any(|i| b.get(i + 1) == Some(&b[i]));
            assert_eq!(gate, pairs, "{t:?}");
            assert_eq!(has_fence(t), t.contains("```"), "{t:?}");
            let zero_width = holds(t, ZERO_WIDTH_LEADS, is_zero_width);
            assert_eq!(zero_width, t.chars().any(is_zero_width), "{t:?}");
            let touched =
                |c: char| is_zero_width(c) || is_hiding_format(c) || is_nbsp(c) || is_c1(c);
            assert_eq!(holds(t, FINISH_LEADS, touched), t.chars().any(touched), "{t:?}");
            for from in [0, 1, 5, 31, 32, 33, 64] {
                let want =
                    b.iter().enumerate().skip(from).find(|(_, &c)| c >= 0x80).map(|(i, _)| i);
                assert_eq!(next_non_ascii(b, from), want, "{t:?} from {from}");
            }
            // `apply` keeps the text a pass borrows: it must be the text.
            let passes: [fn(&str) -> Cow<'_, str>; 9] = [
                json_escapes,
                html_entities,
                strip_ansi,
                remove_zero_width,
                strip_emphasis,
                quotes_and_fences,
                strip_orphan_sgr,
                finish,
                newlines,
            ];
            for pass in passes {
                if let Cow::Borrowed(out) = pass(t) {
                    assert_eq!(out, t, "{t:?}");
                }
            }
        }
        assert!(changed > 10_000 && borrowed > 2_000, "{changed} {borrowed}");
    }

    /// The gate never says no where `ORPHAN_SGR` matches (generated strings, Unicode digits
    /// included).
    #[test]
    fn orphan_gate_is_necessary() {
        let pieces = [
            "[", "[", "3", "1", "?", "25", "h", "l", "m", ";", "K", "G", "x", "]", "\u{663}", " ",
            "é",
        ];
        let mut rng = crate::testgen::XorShift(0x2545_F491_4F6C_DD1Du64);
        let mut matched = 0;
        for _ in 0..50_000 {
            let mut s = String::new();
            for _ in 0..6 {
                s.push_str(pieces[rng.below(pieces.len())]);
            }
            if ORPHAN_SGR.is_match(&s) {
                matched += 1;
                assert!(may_hold_orphan(&s), "{s:?}");
            }
        }
        assert!(matched > 300, "{matched}");
    }

    #[test]
    fn pairs_need_flanking_and_no_identifier_inside() {
        assert_eq!(strip_pairs("**a b**", b'*').as_deref(), Some("a b"));
        assert_eq!(strip_pairs("x**a**y", b'*').as_deref(), Some("xay"));
        assert_eq!(strip_pairs("x__a__y", b'_'), None);
        assert_eq!(strip_pairs("__init__", b'_'), None);
        assert_eq!(strip_pairs("__a b__", b'_').as_deref(), Some("a b"));
        assert_eq!(strip_pairs("||x||", b'|').as_deref(), Some("x"));
        assert_eq!(strip_pairs("a || b || c", b'|'), None);
    }

    #[test]
    fn lost_escapes_next_to_brackets_are_text() {
        assert!(orphan_is_code("[31m", "Error"));
        assert!(!orphan_is_code("[5m", "]"));
        assert!(!orphan_is_code("[30m", "in]"));
        assert!(!orphan_is_code("[1G", "B]"));
    }
}
