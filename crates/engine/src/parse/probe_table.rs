//! `openclaw models status --probe`: the `Auth probes` box table (formats.md §3).
//! Rows are split on `│`/`|`, never by offset; a logical row starts where the Status fragment
//! matches `<status> · <latency>`; wrapped Model/Profile/Status fragments are re-joined.

use super::{trim, trim_start, Fact};
use regex::Regex;
use serde::{Deserialize, Serialize};
use std::sync::LazyLock;

/// One logical probe row.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProbeRow {
    pub model_ref: String,
    /// The profile id (`openai:work`), or `None` for direct credentials (`env`, `models.json`…).
    pub profile_id: Option<String>,
    /// The label in the Profile cell without the mode (`openai:work (alice@example.com)`).
    pub label: String,
    /// `oauth`, `token` or `api_key`.
    pub mode: Option<String>,
    /// `ok auth rate_limit billing timeout format unknown no_model`.
    pub status: String,
    pub latency: String,
    /// `↳` detail lines, joined.
    pub details: Vec<String>,
    /// `[expired]`, `[missing_credential]`, … from `Auth reason [...]`, or `excluded_by_auth_order`.
    pub reason_code: Option<String>,
}

impl ProbeRow {
    pub fn provider(&self) -> &str {
        self.model_ref.split('/').next().unwrap_or("")
    }
    pub fn model(&self) -> &str {
        self.model_ref.split_once('/').map(|(_, m)| m).unwrap_or("")
    }
    pub fn is_ok(&self) -> bool {
        self.status == "ok"
    }
    pub fn is_excluded(&self) -> bool {
        self.reason_code.as_deref() == Some("excluded_by_auth_order")
    }
    pub fn has_reason(&self, code: &str) -> bool {
        self.reason_code.as_deref() == Some(code)
    }
    /// The provider the profile belongs to (text before the first `:` of its id).
    pub fn profile_provider(&self) -> Option<&str> {
        self.profile_id.as_deref().and_then(|id| id.split_once(':').map(|(p, _)| p))
    }
}

/// `<status> · <latency>` (the regex this reader replaces is kept for the cases it leaves and
/// for the tests: a compiled regex and its bounded backtracker per row were most of a probe
/// table's parse, issue 14).
static STATUS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(ok|auth|rate_limit|billing|timeout|format|unknown|no_model)\s*[·•.]\s*(-|\d+(?:\.\d+)?(?:ms|s|m))$")
        .expect("status")
});
/// The reference of [`profile_of`].
#[cfg(test)]
static PROFILE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(.+?)\s*\((oauth|token|api_key)\)$").expect("profile"));
/// The reference of [`label_id`].
#[cfg(test)]
static LABEL_ID: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^([0-9A-Za-z_.-]+:\S+)(?:\s+\(([^)]*)\))?$").expect("label"));

const STATUSES: [&str; 8] =
    ["ok", "auth", "rate_limit", "billing", "timeout", "format", "unknown", "no_model"];

/// The status and latency of a Status cell, as [`STATUS`] captures them. By hand; a latency
/// that is not ASCII (a digit of another script is a `\d`) is left to the regex.
fn status_of(s: &str) -> Option<(&str, &str)> {
    let word = STATUSES.iter().find(|w| s.starts_with(**w))?;
    let rest = trim_start(&s[word.len()..]);
    let rest = trim_start(rest.strip_prefix(['·', '•', '.'])?);
    if rest == "-" {
        return Some((word, rest));
    }
    if !rest.is_ascii() {
        let c = STATUS.captures(s)?;
        return Some((c.get(1)?.as_str(), c.get(2)?.as_str()));
    }
    let b = rest.as_bytes();
    let digits = |from: usize| b[from..].iter().take_while(|c| c.is_ascii_digit()).count();
    let mut i = digits(0);
    if i == 0 {
        return None;
    }
    if b.get(i) == Some(&b'.') {
        let n = digits(i + 1);
        if n == 0 {
            return None;
        }
        i += 1 + n;
    }
    matches!(&rest[i..], "ms" | "s" | "m").then_some((word, rest))
}

/// The label and mode of a Profile cell, as [`PROFILE`] captures them (the label trimmed).
fn profile_of(s: &str) -> Option<(&str, &str)> {
    let mode = ["oauth", "token", "api_key"].into_iter().find(|m| {
        s.strip_suffix(')').and_then(|r| r.strip_suffix(m)).is_some_and(|r| r.ends_with('('))
    })?;
    let head = &s[..s.len() - mode.len() - 2];
    // `(.+?)\s*`: the shortest group leaves the trailing blanks to `\s*`, but takes at least
    // one character (a head of blanks keeps its first one), and `.` is never a line break.
    let group = match head.trim_end_matches(char::is_whitespace) {
        "" => head.chars().next().map_or("", |c| &head[..c.len_utf8()]),
        g => g,
    };
    if group.is_empty() || group.contains('\n') {
        return None;
    }
    Some((group.trim(), mode))
}

/// The profile id of a label, as [`LABEL_ID`] captures it.
fn label_id(label: &str) -> Option<&str> {
    let b = label.as_bytes();
    let n = b
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'.' | b'-'))
        .count();
    if n == 0 || b.get(n) != Some(&b':') {
        return None;
    }
    let after = &label[n + 1..];
    let run = after.find(char::is_whitespace).unwrap_or(after.len());
    if run == 0 {
        return None;
    }
    let id = &label[..n + 1 + run];
    let rest = &after[run..];
    if rest.is_empty() {
        return Some(id);
    }
    // Else: blanks, then `(`, anything but `)`, and a final `)`.
    let inner =
        rest.trim_start_matches(char::is_whitespace).strip_prefix('(')?.strip_suffix(')')?;
    (!inner.contains(')')).then_some(id)
}

/// The code of `Auth reason [<code>]` (the first such place), read by hand: even with an ASCII
/// class, compiling its regex cost 1.7 M instructions.
fn reason(d: &str) -> Option<&str> {
    d.match_indices("Auth reason [").find_map(|(i, m)| {
        let rest = &d[i + m.len()..];
        let n = rest.bytes().take_while(|b| b.is_ascii_alphanumeric() || *b == b'_').count();
        (n > 0 && rest[n..].starts_with(']')).then(|| &rest[..n])
    })
}
/// The footer's literal, looked for in every line before its regex runs.
static PROBED: LazyLock<memchr::memmem::Finder<'static>> =
    LazyLock::new(|| memchr::memmem::Finder::new("Probed "));
static FOOTER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"Probed (\d+) targets? in ").expect("footer"));

/// The characters a border line is drawn with, and those it may also hold.
const RULES: [char; 14] = ['─', '━', '┌', '┐', '└', '┘', '├', '┤', '┬', '┴', '┼', '+', '-', '='];
const RULE_GAPS: [char; 3] = ['|', ':', ' '];

/// Whether the trimmed line `t` is a rule of a table. Arrays of characters, not
/// `str::contains` per character (a table row was tested with a string search for its first
/// `│`: 280 instructions a line, issue 14).
fn is_border(t: &str) -> bool {
    !t.is_empty()
        && t.chars().all(|c| RULES.contains(&c) || RULE_GAPS.contains(&c))
        && t.chars().any(|c| RULES.contains(&c))
}

/// The box-drawing column separator `│` in UTF-8.
const BAR: &[u8] = "│".as_bytes();

/// Where the next `│` at or after `from` starts: ASCII skipped eight bytes at a time (a row is
/// mostly ASCII padding, and a vector search per cell cost about 100 instructions, issue 14).
fn next_bar(b: &[u8], mut from: usize) -> Option<usize> {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    while let Some(w) = b.get(from..from + 8) {
        let high = u64::from_le_bytes(w.try_into().expect("eight bytes")) & HIGH;
        if high == 0 {
            from += 8;
            continue;
        }
        from += high.trailing_zeros() as usize / 8;
        if b[from..].starts_with(BAR) {
            return Some(from);
        }
        from += 1;
    }
    (from..b.len()).find(|&i| b[i..].starts_with(BAR))
}

/// Cells of a table line split on `│` or `|` (outer borders dropped), into `out` (cleared
/// first, kept from line to line); `false` when the line is not a table line.
fn cells<'a>(line: &'a str, out: &mut Vec<&'a str>) -> bool {
    out.clear();
    let t = trim(line);
    let b = t.as_bytes();
    let mut start = 0;
    while let Some(at) = next_bar(b, start) {
        out.push(&t[start..at]);
        start = at + BAR.len();
    }
    out.push(&t[start..]);
    if out.len() == 1 {
        if !t.starts_with('|') {
            return false;
        }
        out.clear();
        out.extend(t.split('|'));
    }
    if out.first().is_some_and(|p| trim(p).is_empty()) {
        out.remove(0);
    }
    if out.len() > 1 && out.last().is_some_and(|p| trim(p).is_empty()) {
        out.pop();
    }
    for p in out.iter_mut() {
        *p = trim(p);
    }
    true
}

fn join_model(acc: &mut String, frag: &str) {
    if frag.is_empty() {
        return;
    }
    if !acc.is_empty() && !acc.ends_with(['/', '-', '_', '.']) {
        acc.push(' ');
    }
    acc.push_str(frag);
}

fn join_space(acc: &mut String, frag: &str) {
    if frag.is_empty() {
        return;
    }
    if !acc.is_empty() {
        acc.push(' ');
    }
    acc.push_str(frag);
}

struct Building {
    first_line: usize,
    model: String,
    profile: String,
    status: String,
    details: Vec<String>,
}

/// How `part` of `s` is kept: `Ok(n)` when it is `s`'s first `n` bytes (`s` is cut, not
/// copied: two allocations a row fewer, issue 14), else its copy.
fn prefix_or_copy(s: &str, part: &str) -> Result<usize, String> {
    if s.starts_with(part) {
        Ok(part.len())
    } else {
        Err(part.to_string())
    }
}

/// `s` cut as [`prefix_or_copy`] said.
fn keep(mut s: String, kept: Result<usize, String>) -> String {
    match kept {
        Ok(n) => {
            s.truncate(n);
            s
        }
        Err(copy) => copy,
    }
}

fn finish(b: Building) -> (usize, Fact) {
    // The status word starts the cell (`status_of` reads it there).
    let (status, latency) = match status_of(&b.status) {
        Some((s, l)) => {
            let (kept, latency) = (prefix_or_copy(&b.status, s), l.to_string());
            (keep(b.status, kept), latency)
        }
        None => (b.status, String::new()),
    };
    let (kept, mode) = match profile_of(&b.profile) {
        Some((l, m)) => (prefix_or_copy(&b.profile, l), Some(m.to_string())),
        None => (prefix_or_copy(&b.profile, b.profile.trim()), None),
    };
    let label = keep(b.profile, kept);
    let profile_id = label_id(&label).map(str::to_string);
    let mut reason_code = None;
    for d in &b.details {
        if let Some(code) = reason(d) {
            reason_code = Some(code.to_string());
        } else if d.starts_with("Excluded by auth.order") {
            reason_code = Some("excluded_by_auth_order".to_string());
        } else if reason_code.is_none()
            && d.starts_with("Auth profile credentials are missing or expired")
        {
            reason_code = Some("missing_or_expired".to_string());
        }
    }
    // Model refs never hold spaces; a stray one comes from a wrap we could not classify.
    let model_ref = if b.model.contains(' ') { b.model.replace(' ', "") } else { b.model };
    (
        b.first_line,
        Fact::Probe(Box::new(ProbeRow {
            model_ref,
            profile_id,
            label,
            mode,
            status,
            latency,
            details: b.details,
            reason_code,
        })),
    )
}

/// Find probe tables in the lines; mark what was read as consumed.
pub fn parse(lines: &[&str], consumed: &mut [bool]) -> Vec<(usize, Fact)> {
    let mut out = Vec::new();
    let mut in_table = false;
    let mut cur: Option<Building> = None;
    let mut cs: Vec<&str> = Vec::new();
    for (i, raw) in lines.iter().enumerate() {
        let line = trim(raw);
        if line == "Auth probes" || line.starts_with("Auth probes ") {
            consumed[i] = true;
            in_table = true;
            continue;
        }
        // Only a line with a `P` is searched for the footer's literal.
        let footer =
            memchr::memchr(b'P', line.as_bytes()).and_then(|_| PROBED.find(line.as_bytes()));
        if let Some(c) = footer.and_then(|_| FOOTER.captures(line)) {
            consumed[i] = true;
            if let Some(b) = cur.take() {
                out.push(finish(b));
            }
            in_table = false;
            out.push((i, Fact::ProbeFooter { targets: c[1].parse().unwrap_or(0) }));
            continue;
        }
        if line == "No probe targets." {
            consumed[i] = true;
            continue;
        }
        if !cells(line, &mut cs) {
            if is_border(line) && in_table {
                consumed[i] = true;
                if line.starts_with('└') || line.starts_with("+-") && cur.is_some() {
                    // Bottom border (ASCII tables reuse `+-` for every rule; rows end at the footer).
                    if line.starts_with('└') {
                        if let Some(b) = cur.take() {
                            out.push(finish(b));
                        }
                        in_table = false;
                    }
                }
            } else if is_border(line) && (line.starts_with('┌') || line.starts_with("+-")) {
                consumed[i] = true;
                in_table = true;
            } else if in_table && !line.is_empty() {
                // Prose interrupts a table: close the row.
                if let Some(b) = cur.take() {
                    out.push(finish(b));
                }
                in_table = false;
            }
            continue;
        }
        if is_border(line) {
            consumed[i] = true;
            continue;
        }
        if cs.len() < 3 {
            continue;
        }
        // Header row.
        if cs[0] == "Model" && cs[1] == "Profile" && cs[2].starts_with("Status") {
            consumed[i] = true;
            in_table = true;
            continue;
        }
        if !in_table {
            // A row without the header (truncated paste): accept if the status cell parses.
            if status_of(cs[2]).is_none() {
                continue;
            }
            in_table = true;
        }
        consumed[i] = true;
        let (model, profile) = (cs[0], cs[1]);
        let joined;
        let status = if cs.len() == 3 {
            cs[2]
        } else {
            joined = cs[2..].join(" | ");
            joined.trim()
        };
        if status_of(status).is_some() {
            if let Some(b) = cur.take() {
                out.push(finish(b));
            }
            // Room for a wrapped `(oauth)` or `(api_key)` (growing a string costs a copy).
            let mut profile_buf = String::with_capacity(profile.len() + 16);
            profile_buf.push_str(profile);
            cur = Some(Building {
                first_line: i,
                model: model.to_string(),
                profile: profile_buf,
                status: status.to_string(),
                details: Vec::new(),
            });
            continue;
        }
        let Some(b) = cur.as_mut() else { continue };
        join_model(&mut b.model, model);
        join_space(&mut b.profile, profile);
        if let Some(d) = status.strip_prefix('↳') {
            b.details.push(d.trim().to_string());
        } else if !status.is_empty() {
            match b.details.last_mut() {
                Some(last) => join_space(last, status),
                None => join_space(&mut b.status, status),
            }
        }
    }
    if let Some(b) = cur.take() {
        out.push(finish(b));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(text: &str) -> Vec<ProbeRow> {
        let lines: Vec<&str> = text.lines().collect();
        let mut consumed = vec![false; lines.len()];
        parse(&lines, &mut consumed)
            .into_iter()
            .filter_map(|(_, f)| match f {
                Fact::Probe(r) => Some(*r),
                _ => None,
            })
            .collect()
    }

    /// Generated cells: the words, separators, blanks, digits and brackets the three patterns
    /// read, in any order, with Unicode blanks and digits of other scripts.
    fn generated(seed: &mut u64, pieces: &[&str], max: usize) -> String {
        let mut next = |n: usize| {
            *seed ^= *seed << 13;
            *seed ^= *seed >> 7;
            *seed ^= *seed << 17;
            (*seed % n as u64) as usize
        };
        let len = next(max + 1);
        (0..len).map(|_| pieces[next(pieces.len())]).collect()
    }

    /// The status, latency, label and mode as [`finish`] first read them (a copy each).
    fn finish_reference(b: &Building) -> (String, String, String, Option<String>) {
        let (status, latency) = status_of(&b.status)
            .map(|(s, l)| (s.to_string(), l.to_string()))
            .unwrap_or_else(|| (b.status.clone(), String::new()));
        let (label, mode) = match profile_of(&b.profile) {
            Some((l, m)) => (l.to_string(), Some(m.to_string())),
            None => (b.profile.trim().to_string(), None),
        };
        (status, latency, label, mode)
    }

    /// [`finish`] (which cuts the cells' strings where it can) reads rows as its reference,
    /// on 30,000 generated Status and Profile cells (half of the Status cells shaped like one;
    /// leading blanks among them, so that both the cut and the copy are taken).
    #[test]
    fn finish_as_the_copying_reference() {
        const STATUS_PIECES: &[&str] =
            &["ok", "auth", "unknown", " ", "\u{a0}", "·", "•", "-", "9.6s", "12ms", "٣s", "x"];
        const PROFILE_PIECES: &[&str] = &[
            "openai:u1",
            " ",
            "\u{a0}",
            "(oauth)",
            "(token)",
            "(api_key)",
            "(",
            ")",
            "alice",
            "é",
        ];
        let mut rng = crate::testgen::XorShift(0x0dd5_eed5_f1a1_5eed);
        let statuses = crate::testgen::joined_pieces(&mut rng, STATUS_PIECES, 30_000, 5);
        let profiles = crate::testgen::joined_pieces(&mut rng, PROFILE_PIECES, 30_000, 4);
        let (mut read, mut moded) = (0, 0);
        for (i, (mut status, profile)) in statuses.into_iter().zip(profiles).enumerate() {
            // Half the cells are shaped like a status, so that many are read.
            if i % 2 == 0 {
                status = format!("ok · {}", ["9.6s", "-", "12ms", "٣s", "1 s"][i / 2 % 5]);
            }
            let b = Building {
                first_line: 0,
                model: "openai/gpt-5.5".into(),
                profile,
                status,
                details: Vec::new(),
            };
            let want = finish_reference(&b);
            let Fact::Probe(r) = finish(b).1 else { panic!("a probe row") };
            read += usize::from(!r.latency.is_empty());
            moded += usize::from(r.mode.is_some());
            assert_eq!((r.status, r.latency, r.label, r.mode), want);
        }
        assert!(read > 1_000 && moded > 1_000, "{read} {moded}");
    }

    /// Compare the three readers with their regexes on `cell`; which regexes matched.
    fn compare(cell: &str) -> [bool; 3] {
        let want = STATUS.captures(cell).map(|c| (c[1].to_string(), c[2].to_string()));
        let got = status_of(cell).map(|(a, b)| (a.to_string(), b.to_string()));
        assert_eq!(got, want, "status {cell:?}");
        let status = want.is_some();
        let want = PROFILE.captures(cell).map(|c| (c[1].trim().to_string(), c[2].to_string()));
        let got = profile_of(cell).map(|(a, b)| (a.to_string(), b.to_string()));
        assert_eq!(got, want, "profile {cell:?}");
        let profile = want.is_some();
        let want = LABEL_ID.captures(cell).map(|c| c[1].to_string());
        assert_eq!(label_id(cell).map(str::to_string), want, "label {cell:?}");
        [status, profile, want.is_some()]
    }

    /// `status_of`, `profile_of` and `label_id` read what the regexes they replace capture,
    /// on 60,000 generated cells and every cell (and whole line) of the fixtures.
    #[test]
    fn cells_read_as_the_regexes_say() {
        const STATUS_PIECES: &[&str] = &[
            "ok",
            "auth",
            "rate_limit",
            "billing",
            "timeout",
            "format",
            "unknown",
            "no_model",
            "okay",
            " ",
            "  ",
            "\t",
            "\u{a0}",
            "\u{3000}",
            "\n",
            "·",
            "•",
            ".",
            "-",
            "1",
            "42",
            "9",
            "٣",
            "७",
            "ms",
            "s",
            "m",
            "h",
            "x",
            "..",
        ];
        const PROFILE_PIECES: &[&str] = &[
            "openai",
            ":",
            "work",
            "u1",
            "(",
            ")",
            "oauth",
            "token",
            "api_key",
            "(oauth)",
            "(token)",
            "(api_key)",
            " ",
            "  ",
            "\u{a0}",
            "\n",
            "\t",
            "alice@example.com",
            "-",
            "_",
            ".",
            "é",
            "x(",
            "))",
            "K",
        ];
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        let mut matched = [0usize; 3];
        let mut count = |m: [bool; 3]| {
            for (n, m) in matched.iter_mut().zip(m) {
                *n += usize::from(m);
            }
        };
        const BLANKS: &[&str] = &[" ", "  ", "\t", "\u{a0}", "\u{3000}", "\n", "x"];
        const SEPARATORS: &[&str] = &["·", "•", ".", ":", "-"];
        const LATENCIES: &[&str] =
            &["1", "42", ".", "5", "٣", "७", "ms", "s", "m", "-", " ", "9.6s", "12ms", "3m", "-"];
        for i in 0..30_000 {
            // Half the cells are shaped like a match, so that many match.
            let status = if i % 2 == 0 {
                let mut c = STATUS_PIECES[i / 2 % 8].to_string();
                c += &generated(&mut seed, BLANKS, 1);
                c += &generated(&mut seed, SEPARATORS, 1);
                c += &generated(&mut seed, BLANKS, 1);
                c + &generated(&mut seed, LATENCIES, 2)
            } else {
                generated(&mut seed, STATUS_PIECES, 8)
            };
            count(compare(&status));
            let head = if i % 2 == 0 { "openai:u1" } else { "" };
            count(compare(&(head.to_string() + &generated(&mut seed, PROFILE_PIECES, 6))));
        }
        assert!(matched.iter().all(|n| *n > 500), "{matched:?}");
        for f in [
            "probe_table.txt",
            "probe_table_cp1252.txt",
            "probe_table_tis620.txt",
            "models_status.txt",
        ] {
            let path = format!("{}/benches/fixtures/{f}", env!("CARGO_MANIFEST_DIR"));
            let text = std::fs::read_to_string(path).expect("fixture");
            for line in text.lines() {
                compare(line);
                compare(line.trim());
                let mut cs = Vec::new();
                cells(line, &mut cs);
                for c in cs {
                    compare(c);
                }
            }
        }
    }

    /// [`cells`] as first written: `trim`, a `contains` for the separator, split, collect.
    fn cells_reference(line: &str) -> Option<Vec<&str>> {
        let t = line.trim();
        let sep = if t.contains('│') {
            '│'
        } else if t.starts_with('|') {
            '|'
        } else {
            return None;
        };
        let mut parts: Vec<&str> = t.split(sep).collect();
        if parts.first().is_some_and(|p| p.trim().is_empty()) {
            parts.remove(0);
        }
        if parts.len() > 1 && parts.last().is_some_and(|p| p.trim().is_empty()) {
            parts.pop();
        }
        Some(parts.into_iter().map(str::trim).collect())
    }

    /// [`is_border`] as first written, with a string search per character.
    fn is_border_reference(line: &str) -> bool {
        let t = line.trim();
        !t.is_empty()
            && t.chars().all(|c| "─━┌┐└┘├┤┬┴┼+-=|: ".contains(c))
            && t.chars().any(|c| "─━┌┐└┘├┤┬┴┼+-=".contains(c))
    }

    /// [`trim`] is `str::trim`, [`cells`] splits and [`is_border`] decides as their
    /// references, on generated lines of separators, rules, ASCII and Unicode blanks (a
    /// vertical tab and U+3000 among them) and words, and on every line of the fixtures (a
    /// buffer reused from line to line, as `parse` does).
    #[test]
    fn cells_split_as_the_reference() {
        const PIECES: &[&str] = &[
            "│",
            "|",
            " ",
            "  ",
            "\t",
            "\u{b}",
            "\u{a0}",
            "\u{3000}",
            "\r",
            "ok · 1s",
            "openai:u1",
            "(oauth)",
            "─",
            "é",
            "",
            "┌",
            "┼",
            "┘",
            "━",
            "+",
            "-",
            "=",
            ":",
            "═",
            "↳",
            "…",
        ];
        let mut rng = crate::testgen::XorShift(0x5EED_CE11_5A1D_0B0E);
        let mut lines: Vec<String> = (0..30_000)
            .map(|i| {
                let n = rng.below([4, 12, 40][i % 3] + 1);
                (0..n).map(|_| PIECES[rng.below(PIECES.len())]).collect()
            })
            .collect();
        for text in crate::testgen::fixture_texts() {
            lines.extend(text.lines().map(str::to_string));
        }
        let borders = lines.iter().filter(|l| is_border_reference(l)).count();
        assert!(borders > 1_000, "{borders}");
        let mut buf = Vec::new();
        for line in &lines {
            assert_eq!(trim(line), line.trim(), "{line:?}");
            assert_eq!(is_border(trim(line)), is_border_reference(line), "{line:?}");
            let is_table = cells(line, &mut buf);
            assert_eq!(is_table.then(|| buf.clone()), cells_reference(line), "{line:?}");
        }
    }

    #[test]
    fn joins_wrapped_cells() {
        let t = "Auth probes
┌──────────────────┬───────────────────────┬─────────────────────────────────┐
│ Model            │ Profile               │ Status                          │
├──────────────────┼───────────────────────┼─────────────────────────────────┤
│ anthropic/       │ anthropic:backup      │ unknown · -                     │
│ claude-sonnet-4- │ (token)               │ ↳ Auth profile credentials are  │
│ 6                │                       │ missing or expired.             │
│                  │                       │ ↳ Auth reason [expired]: token  │
│                  │                       │ credentials are expired.        │
│ openai/gpt-5.5   │ openai:default        │ unknown · -                     │
│                  │ (oauth)               │ ↳ Excluded by auth.order for    │
│                  │                       │ this provider.                  │
│ openai/gpt-5.5   │ openai:work           │ ok · 9.6s                       │
│                  │ (alice@example.com)   │                                 │
│                  │ (oauth)               │                                 │
└──────────────────┴───────────────────────┴─────────────────────────────────┘
Probed 3 targets in 9.6s";
        let r = rows(t);
        assert_eq!(r.len(), 3);
        assert_eq!(r[0].model_ref, "anthropic/claude-sonnet-4-6");
        assert_eq!(r[0].profile_id.as_deref(), Some("anthropic:backup"));
        assert_eq!(r[0].mode.as_deref(), Some("token"));
        assert_eq!(r[0].reason_code.as_deref(), Some("expired"));
        assert_eq!(r[0].details[1], "Auth reason [expired]: token credentials are expired.");
        assert!(r[1].is_excluded());
        assert_eq!(r[2].profile_id.as_deref(), Some("openai:work"));
        assert_eq!(r[2].label, "openai:work (alice@example.com)");
        assert!(r[2].is_ok());
        assert_eq!(r[2].latency, "9.6s");
    }
}
