//! Layout repair (formats.md §12, "Lost newlines" and "Smart punctuation"): blocks that were
//! pasted onto one line are re-split where a new record obviously starts. Nothing is re-wrapped
//! or joined (the parsers join terminal-wrapped lines and table cells themselves).
//!
//! * A line holding a box border (`┌…┐`, `├…┤`, `└…┘`, clack `├…╯`) together with other text
//!   is cut into: the prose before it, an `Auth probes` title, each border on its own line, the
//!   table rows (a run of `│`-separated cells is cut into rows of exactly the column count the
//!   borders give) and the trailing text (`Probed 1 target in 2ms`).
//! * Glued `- <provider> effective=` lines are split.
//! * Several log records glued on one line (`HH:MM:SS [sub]`, ISO stamp + `[sub]`, journald
//!   prefixes) are split, one record per line.
//! * In command context, `—`/`–` directly before a flag word becomes `--`.

use regex::Regex;
use std::borrow::Cow;
use std::sync::LazyLock;

/// The text re-laid out; the text itself when no line changes.
pub(crate) fn relayout(text: &str) -> Cow<'_, str> {
    let b = text.as_bytes();
    // The re-laid-out text, made at the first line that changes; `copied` bytes of `text` are
    // in it.
    let mut out: Option<String> = None;
    let mut copied = 0;
    // Only lines holding `[`, one of [`inert`]'s glyphs or ` effective=` can be other than
    // [`inert`]: the others are passed over by byte searches, not split off one by one (issue
    // 14: ~2 M instructions on a 1 MiB log, ~9 M on a box table). `at` is where the next line
    // starts.
    let mut at = 0;
    // Where the next ` effective=` starts (one search a line was ~800 instructions, most of
    // them making the searcher).
    let mut next_effective = memchr::memmem::find(b, b" effective=");
    while at < b.len() {
        let mut found = next_mark(b, at);
        if next_effective.is_some_and(|e| e < at) {
            next_effective = memchr::memmem::find(&b[at..], b" effective=").map(|k| at + k);
        }
        if let Some(e) = next_effective {
            found = Some(found.map_or(e, |f| f.min(e)));
        }
        let Some(i) = found else { break };
        let start = memchr::memrchr(b'\n', &b[at..i]).map_or(at, |k| at + k + 1);
        let end = memchr::memchr(b'\n', &b[i..]).map_or(b.len(), |k| i + k);
        let line = &text[start..end];
        // Most lines are left as they are, without the four passes' copies of them.
        // `next_effective` is the first ` effective=` from `at` on and `i` is at or before it,
        // so it is in the line when it starts before the line ends.
        let holds_effective = next_effective.is_some_and(|e| e < end);
        if !inert(line, holds_effective) {
            // Every pass gives at least one piece: the line becomes its pieces, one a line.
            let mut laid = String::with_capacity(line.len());
            let mut first = true;
            let mut pieces = Vec::new();
            split_tables(line, &mut pieces);
            for piece in pieces {
                for p in split_provider_lines(&piece) {
                    for q in split_log_records(&p) {
                        if !first {
                            laid.push('\n');
                        }
                        first = false;
                        laid.push_str(&smart_flags(&q));
                    }
                }
            }
            if laid != line {
                let o = out.get_or_insert_with(|| String::with_capacity(text.len() + 64));
                o.push_str(&text[copied..start]);
                o.push_str(&laid);
                copied = end;
            }
        }
        at = end + 1;
    }
    match out {
        Some(mut o) => {
            o.push_str(&text[copied..]);
            Cow::Owned(o)
        }
        None => Cow::Borrowed(text),
    }
}

/// The offset of the first `[` or glyph [`inert`] looks for (`┌` `├` `└` `–` `—`) at or after
/// `from`: the other glyphs (`│`, `─` of a box row) are passed over where they are found.
fn next_mark(b: &[u8], from: usize) -> Option<usize> {
    memchr::memchr2_iter(b'[', 0xE2, b.get(from..)?)
        .map(|k| from + k)
        .find(|&i| b[i] == b'[' || glyph_at(b, i))
}

/// Whether the `E2` at `i` starts one of [`inert`]'s glyphs.
fn glyph_at(b: &[u8], i: usize) -> bool {
    matches!(
        (b.get(i + 1), b.get(i + 2)),
        (Some(0x94), Some(0x8C | 0x9C | 0x94)) | (Some(0x80), Some(0x93 | 0x94))
    )
}

/// A line that none of the passes changes, by the bytes each needs to act: a border start
/// (`┌` `├` `└`: `E2 94 8C`/`9C`/`94`) for [`split_tables`], ` effective=` (`holds_effective`:
/// the caller knows where they are) for [`split_provider_lines`], both `[` and `:` and two
/// [`record_starts`] for [`split_log_records`], a dash (`–` `—`: `E2 80 93`/`94`) for
/// [`smart_flags`].
fn inert(line: &str, holds_effective: bool) -> bool {
    let b = line.as_bytes();
    let glyph = !b.is_ascii() && memchr::memchr_iter(0xE2, b).any(|i| glyph_at(b, i));
    if glyph || holds_effective {
        return false;
    }
    memchr::memchr(b'[', b).is_none()
        || memchr::memchr(b':', b).is_none()
        || record_starts(line) < 2
}

// ---------------------------------------------------------------------------------------------
// Box tables on one line

static BORDER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"┌─[─┬]*┐?|├─[─┼]*[┤╯]?|└─[─┴]*┘?").expect("border regex"));

const TITLES: &[&str] = &["Auth probes"];

/// Column count a border announces: junctions + 1.
fn columns(border: &str) -> usize {
    border.chars().filter(|c| matches!(c, '┬' | '┼' | '┴')).count() + 1
}

fn split_tables(line: &str, out: &mut Vec<String>) {
    if !line.contains(['┌', '├', '└']) {
        out.push(line.to_string());
        return;
    }
    let borders: Vec<regex::Match> = BORDER.find_iter(line).collect();
    if borders.is_empty() || (borders.len() == 1 && borders[0].as_str() == line.trim()) {
        out.push(line.to_string());
        return;
    }
    let mut pos = 0;
    for (i, b) in borders.iter().enumerate() {
        // Cells before this border take the column count of the border before them, or of this
        // one for the first segment.
        let ncols = columns(if i == 0 { b.as_str() } else { borders[i - 1].as_str() });
        segment(&line[pos..b.start()], ncols, i == 0, out);
        out.push(b.as_str().to_string());
        pos = b.end();
    }
    let last = borders.last().map_or(1, |b| columns(b.as_str()));
    segment(&line[pos..], last, false, out);
}

/// Emit the text between two borders: prose, a title, table rows, trailing text.
fn segment(seg: &str, ncols: usize, first: bool, out: &mut Vec<String>) {
    let t = if first { seg.trim_end() } else { seg.trim() };
    if t.trim().is_empty() {
        return;
    }
    let Some(bar) = t.find('│') else {
        push_prose(t, out);
        return;
    };
    let before = t[..bar].trim_end();
    if !before.trim().is_empty() {
        push_prose(before, out);
    }
    let body = &t[bar..];
    let last_bar = body.rfind('│').unwrap_or(0);
    let after = body[last_bar + '│'.len_utf8()..].trim();
    let body = &body[..last_bar + '│'.len_utf8()];
    match cut_rows(body, ncols) {
        Some(rows) => out.extend(rows),
        None => out.push(body.to_string()),
    }
    if !after.is_empty() {
        out.push(after.to_string());
    }
}

/// Prose, with a table title at its end moved onto a line of its own.
fn push_prose(t: &str, out: &mut Vec<String>) {
    let trimmed = t.trim_end();
    for title in TITLES {
        if let Some(head) = trimmed.strip_suffix(title) {
            if head.trim().is_empty() {
                out.push(trimmed.trim_start().to_string());
                return;
            }
            if head.ends_with(|c: char| c.is_whitespace() || c.is_ascii_punctuation()) {
                out.push(head.trim_end().to_string());
                out.push((*title).to_string());
                return;
            }
        }
    }
    out.push(trimmed.to_string());
}

/// `│ a │ b │ │ c │ d │` with 2 columns → `│ a │ b │`, `│ c │ d │`. `None` if the bars do not
/// line up with the column count (then the text is left as it is).
fn cut_rows(body: &str, ncols: usize) -> Option<Vec<String>> {
    let pieces: Vec<&str> = body.split('│').collect();
    // pieces[0] and the last piece are the (empty) text outside the outer bars.
    if pieces.len() < 3 || ncols == 0 {
        return None;
    }
    let inner = &pieces[1..pieces.len() - 1];
    if inner.len() <= ncols {
        return Some(vec![body.to_string()]);
    }
    let mut rows = Vec::new();
    let mut idx = 0;
    loop {
        if idx + ncols > inner.len() {
            return None;
        }
        rows.push(format!("│{}│", inner[idx..idx + ncols].join("│")));
        idx += ncols;
        if idx == inner.len() {
            return Some(rows);
        }
        if !inner[idx].trim().is_empty() {
            return None;
        }
        idx += 1;
    }
}

// ---------------------------------------------------------------------------------------------
// `- <provider> effective=` glued onto the previous line

static PROVIDER_LINE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[ \t]- [A-Za-z0-9._-]+ effective=").expect("provider regex"));

fn split_provider_lines(line: &str) -> Vec<String> {
    if !line.contains(" effective=") {
        return vec![line.to_string()];
    }
    let starts: Vec<usize> = PROVIDER_LINE.find_iter(line).map(|m| m.start() + 1).collect();
    split_at(line, &starts)
}

/// Split `line` before each byte offset in `starts` (ascending), dropping the whitespace at
/// the cut. Cuts with nothing but whitespace before them are ignored.
fn split_at(line: &str, starts: &[usize]) -> Vec<String> {
    let mut out = Vec::new();
    let mut pos = 0;
    for &s in starts {
        let head = &line[pos..s];
        if head.trim().is_empty() {
            continue;
        }
        out.push(head.trim_end().to_string());
        pos = s;
    }
    out.push(line[pos..].to_string());
    out
}

// ---------------------------------------------------------------------------------------------
// Glued log records

static LOG_STAMP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?:\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:[+-]\d\d:?\d\d|Z)?",
        r"|\d\d:\d\d:\d\d(?:\.\d+)?) \[[\w./-]+\]",
    ))
    .expect("log stamp regex")
});

static JOURNALD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d \S+ \S+\[\d+\]: ",
        r"|\d{4}-\d\d-\d\dT[\d:]+[+-]\d{4} \S+ \S+\[\d+\]: ",
    ))
    .expect("journald regex")
});

/// At least as many records as JOURNALD and LOG_STAMP could find in `line`, counted without
/// compiling them (issue 14: they are most of a one-shot run's layout cost, and a table row
/// like `Auth reason [expired]: token` holds `[` and `:`). A LOG_STAMP match holds ` [` right
/// after a digit or `Z` (its stamp's end); a JOURNALD match holds `]: ` right after a digit
/// (its `[pid]`). Rust's `is_numeric` takes in every `\d`.
fn record_starts(line: &str) -> usize {
    let after = |i: usize, z: bool| {
        line[..i].chars().next_back().is_some_and(|c| c.is_numeric() || (z && c == 'Z'))
    };
    // ` [` and `]: ` found from their `[` and `]` (neither overlaps itself).
    let b = line.as_bytes();
    let stamps = memchr::memchr_iter(b'[', b)
        .filter(|&j| j > 0 && b[j - 1] == b' ' && after(j - 1, true))
        .count();
    let pids = memchr::memchr_iter(b']', b)
        .filter(|&j| b[j + 1..].starts_with(b": ") && after(j, false))
        .count();
    stamps + pids
}

fn split_log_records(line: &str) -> Vec<String> {
    if !line.contains('[') || !line.contains(':') || record_starts(line) < 2 {
        return vec![line.to_string()];
    }
    let journald: Vec<(usize, usize)> =
        JOURNALD.find_iter(line).map(|m| (m.start(), m.end())).collect();
    let mut starts: Vec<usize> = journald.iter().map(|&(s, _)| s).collect();
    for m in LOG_STAMP.find_iter(line) {
        // A stamp right after a journald prefix belongs to that record; `[REDACTED]` is no
        // subsystem.
        if journald.iter().any(|&(_, e)| e == m.start()) || m.as_str().ends_with("[REDACTED]") {
            continue;
        }
        // Must start a token (`1112:34:56 [x]` is not a stamp).
        if line[..m.start()].chars().next_back().is_some_and(|c| !c.is_whitespace()) {
            continue;
        }
        starts.push(m.start());
    }
    if starts.len() < 2 {
        return vec![line.to_string()];
    }
    starts.sort_unstable();
    starts.dedup();
    split_at(line, &starts)
}

// ---------------------------------------------------------------------------------------------
// Smart dashes before flags

static SMART_FLAG: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(^|[\s(`'\x22])[—–]([A-Za-z][A-Za-z0-9-]*)").expect("flag regex")
});

static COMMAND_CONTEXT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\b(?:openclaw|clawdbot|moltbot)\b|`").expect("cmd regex"));

fn smart_flags(line: &str) -> String {
    // `[—–][A-Za-z]`, which every match of SMART_FLAG holds, before compiling anything.
    let dash_word = line
        .match_indices(['—', '–'])
        .any(|(i, d)| line.as_bytes().get(i + d.len()).is_some_and(u8::is_ascii_alphabetic));
    if !dash_word || !COMMAND_CONTEXT.is_match(line) {
        return line.to_string();
    }
    SMART_FLAG.replace_all(line, "${1}--${2}").into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`relayout`] before inert lines were copied: every line through every pass.
    fn relayout_reference(text: &str) -> String {
        let mut out: Vec<String> = Vec::new();
        for line in text.split('\n') {
            let mut pieces = Vec::new();
            split_tables(line, &mut pieces);
            for piece in pieces {
                for p in split_provider_lines(&piece) {
                    for q in split_log_records(&p) {
                        out.push(smart_flags(&q));
                    }
                }
            }
        }
        out.join("\n")
    }

    /// Copying the lines [`inert`] passes gives what every pass gives: on lines generated from
    /// the pieces each pass acts on (borders, bars, dashes, stamps, journald prefixes,
    /// ` effective=`) and on the fixtures.
    #[test]
    fn inert_lines_relayout_as_every_pass_says() {
        let pieces = [
            "┌──┬──┐",
            "├──┼──┤",
            "└──┴──┘",
            "├───╯",
            "│ a │ b │",
            "│",
            " ",
            "Auth probes",
            "—model",
            "–x",
            "— ",
            "openclaw ",
            "`",
            "12:34:56 [gateway] ",
            "2026-07-03T21:04:02.970+08:00 [a/b] ",
            "Jul 03 21:04:02 host openclaw[123]: ",
            " - openai effective=",
            "effective=",
            "[",
            ":",
            "]: ",
            "1 ",
            "Z [x]",
            "é",
            "─",
            "\n",
            "text",
            "[REDACTED]",
        ];
        let mut rng = crate::testgen::XorShift(0x2545_F491_4F6C_DD1D);
        let mut texts: Vec<String> = Vec::new();
        for _ in 0..30_000 {
            let mut s = String::new();
            for _ in 0..rng.below(10) {
                s.push_str(pieces[rng.below(pieces.len())]);
            }
            texts.push(s);
        }
        texts.extend(crate::testgen::fixture_texts());
        let record_starts_reference = |line: &str| {
            let after = |i: usize, z: bool| {
                line[..i].chars().next_back().is_some_and(|c| c.is_numeric() || (z && c == 'Z'))
            };
            line.match_indices(" [").filter(|&(i, _)| after(i, true)).count()
                + line.match_indices("]: ").filter(|&(i, _)| after(i, false)).count()
        };
        let mut changed = 0;
        // Where the next mark starts, by characters.
        let mark_reference =
            |t: &str, from: usize| t[from..].find(['[', '┌', '├', '└', '–', '—']).map(|k| from + k);
        for t in &texts {
            for (from, _) in t.char_indices() {
                assert_eq!(next_mark(t.as_bytes(), from), mark_reference(t, from), "{t:?}");
            }
            for line in t.split('\n') {
                assert_eq!(record_starts(line), record_starts_reference(line), "{line:?}");
            }
            let want = relayout_reference(t);
            changed += usize::from(want != *t);
            assert_eq!(relayout(t), want, "{t:?}");
        }
        assert!(changed > 1000, "{changed}");
    }

    #[test]
    fn rows_are_cut_by_the_column_count() {
        assert_eq!(
            cut_rows("│ a │ b │ │ c │ d │", 2),
            Some(vec!["│ a │ b │".to_string(), "│ c │ d │".to_string()])
        );
        assert_eq!(cut_rows("│ a │ b │", 2), Some(vec!["│ a │ b │".to_string()]));
        // Bars that do not line up: leave the text alone.
        assert_eq!(cut_rows("│ a │ b │ x │ c │", 2), None);
    }

    #[test]
    fn columns_come_from_the_junctions() {
        assert_eq!(columns("┌──┬──┬──┐"), 3);
        assert_eq!(columns("├──┼──┤"), 2);
        assert_eq!(columns("├──────╯"), 1);
    }
}
