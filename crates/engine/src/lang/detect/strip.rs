//! Strip a Discord message down to the asker's prose.
//!
//! Two levels:
//! - **lines** that look like program output are dropped whole (code fences, box-drawn tables
//!   and their mojibake forms, log lines, `key : value` status blocks, JSON, shell prompts,
//!   known OpenClaw output lines), and a line is cut where known OpenClaw output starts in it
//!   (a `⚠️` banner after a sentence, a one-line probe table after "here is the output:");
//! - **tokens** inside the remaining lines are dropped when they are code, commands, URLs,
//!   e-mail addresses, profile ids, model refs, paths, flags, identifiers, numbers, or quotes of
//!   ASCII-only (i.e. English program) text.
//!
//! OpenClaw's output is always English, so this is what keeps a pasted English error from
//! outvoting one short sentence of French or Vietnamese.

use std::borrow::Cow;
use std::sync::{LazyLock, OnceLock};

use crate::regexes::Tiered;
use regex::Regex;

/// Only this much of a message is scanned (prose comes first or last in practice; a 1 MiB
/// paste must not cost more than a few milliseconds).
const SCAN_CAP: usize = 256 * 1024;
/// Longest line looked at; the rest of a longer line is ignored.
const LINE_CAP: usize = 8 * 1024;
/// Longest prose returned.
pub(super) const PROSE_CAP: usize = 8 * 1024;

/// Largest index `<= i` on a char boundary of `s`.
pub(super) fn floor_boundary(s: &str, i: usize) -> usize {
    if i >= s.len() {
        return s.len();
    }
    let mut i = i;
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The asker's prose: every line that is not program output, with commands, ids, refs, URLs,
/// paths, code spans, e-mails and numbers removed, whitespace collapsed, one line per kept
/// line. Empty when the message is only a paste. At most 8 KiB.
pub fn prose_of(message: &str) -> String {
    let message = &message[..floor_boundary(message, SCAN_CAP)];
    let mut out = String::new();
    let mut in_fence = false;
    for raw in lines_of(message) {
        if out.len() >= PROSE_CAP {
            break;
        }
        let raw = &raw[..floor_boundary(raw, LINE_CAP)];
        let trimmed = raw.trim();
        if let Some(rest) = trimmed.strip_prefix("```").or_else(|| trimmed.strip_prefix("~~~")) {
            // ```lang ... ``` on one line is a code span; otherwise the fence opens or closes.
            if !(rest.contains("```") || rest.contains("~~~")) {
                in_fence = !in_fence;
            }
            continue;
        }
        if in_fence {
            continue;
        }
        if let Some(kept) = clean_line(raw) {
            if !out.is_empty() {
                out.push('\n');
            }
            let room = PROSE_CAP.saturating_sub(out.len());
            out.push_str(&kept[..floor_boundary(&kept, room)]);
        }
    }
    out
}

/// `message.split('\n')` by `memchr`: the `char` searcher of `split` cost ≈ 300 instructions
/// a log line (issue 14).
fn lines_of(message: &str) -> impl Iterator<Item = &str> {
    let mut start = 0;
    memchr::memchr_iter(b'\n', message.as_bytes()).map(Some).chain([None]).map(move |end| {
        let end = end.unwrap_or(message.len());
        let line = &message[start..end];
        start = end + 1;
        line
    })
}

// ---------------------------------------------------------------------------------------------
// Mojibake
// ---------------------------------------------------------------------------------------------

/// The byte a char has in Windows-1252, for chars that stand for UTF-8 continuation bytes.
fn cp1252_continuation(c: char) -> bool {
    matches!(
        c,
        '\u{80}'
            ..='\u{BF}'
                | '€'
                | '‚'
                | 'ƒ'
                | '„'
                | '…'
                | '†'
                | '‡'
                | 'ˆ'
                | '‰'
                | 'Š'
                | '‹'
                | 'Œ'
                | 'Ž'
                | '‘'
                | '’'
                | '“'
                | '”'
                | '•'
                | '–'
                | '—'
                | '˜'
                | '™'
                | 'š'
                | '›'
                | 'œ'
                | 'ž'
                | 'Ÿ'
    )
}

/// Chars that Windows-1251 gives bytes 0x80–0xBF (UTF-8 continuation bytes).
fn cp1251_continuation(c: char) -> bool {
    matches!(
        c,
        'Ђ' | 'Ѓ'
            | '‚'
            | 'ѓ'
            | '„'
            | '…'
            | '†'
            | '‡'
            | '€'
            | '‰'
            | 'Љ'
            | '‹'
            | 'Њ'
            | 'Ќ'
            | 'Ћ'
            | 'Џ'
            | 'ђ'
            | '‘'
            | '’'
            | '“'
            | '”'
            | '•'
            | '–'
            | '—'
            | '™'
            | 'љ'
            | '›'
            | 'њ'
            | 'ќ'
            | 'ћ'
            | 'џ'
            | '\u{A0}'
            | 'Ў'
            | 'ў'
            | 'Ј'
            | '¤'
            | 'Ґ'
            | '¦'
            | '§'
            | 'Ё'
            | '©'
            | 'Є'
            | '«'
            | '¬'
            | '\u{AD}'
            | '®'
            | 'Ї'
            | '°'
            | '±'
            | 'І'
            | 'і'
            | 'ґ'
            | 'µ'
            | '¶'
            | '·'
            | 'ё'
            | '№'
            | 'є'
            | '»'
            | 'ј'
            | 'Ѕ'
            | 'ѕ'
            | 'ї'
    )
}

/// Undo UTF-8 that was decoded as Windows-1252 (`â”‚`, `Ã©`) or Windows-1251 (`в”‚`,
/// `РџСЂРё`). Only when the whole line round-trips to valid UTF-8, so real text never changes.
fn repair_mojibake(line: &str) -> Cow<'_, str> {
    // Both tests below need a character encoded with a lead byte `C3` (U+00C0–U+00FF) or
    // `D0` (U+0400–U+043F) before a continuation: a line without either byte (a table's, a
    // log's) is not decoded character by character.
    if memchr::memchr2(0xC3, 0xD0, line.as_bytes()).is_none() {
        return Cow::Borrowed(line);
    }
    repair_mojibake_decoded(line)
}

/// [`repair_mojibake`] without its byte gate (the reference in the tests).
fn repair_mojibake_decoded(line: &str) -> Cow<'_, str> {
    let mut maybe_1252 = false;
    let mut maybe_1251 = false;
    let mut prev = '\0';
    for c in line.chars() {
        if ('\u{C2}'..='\u{F4}').contains(&prev) && cp1252_continuation(c) {
            maybe_1252 = true;
        }
        if matches!(prev, 'Р' | 'С' | 'в' | 'Т' | 'Ð') && cp1251_continuation(c) {
            maybe_1251 = true;
        }
        prev = c;
    }
    let candidates =
        [(maybe_1252, encoding_rs::WINDOWS_1252), (maybe_1251, encoding_rs::WINDOWS_1251)];
    for (maybe, encoding) in candidates {
        if !maybe {
            continue;
        }
        let (bytes, _, unmappable) = encoding.encode(line);
        if unmappable {
            continue;
        }
        if let Ok(fixed) = std::str::from_utf8(&bytes) {
            if fixed != line {
                return Cow::Owned(fixed.to_string());
            }
        }
    }
    Cow::Borrowed(line)
}

// ---------------------------------------------------------------------------------------------
// Line level
// ---------------------------------------------------------------------------------------------

/// Box drawing, block elements and the geometric shapes clack/ora-style CLIs draw with.
fn is_box_char(c: char) -> bool {
    const SHAPES: &str = "◇◆◈●○◯■□▪▫↳⎿";
    // No shape is ASCII: an ASCII character (most of a line `first_box` walks) is not searched
    // for in `SHAPES`.
    ('\u{2500}'..='\u{259F}').contains(&c) || (!c.is_ascii() && SHAPES.contains(c))
}

/// Byte offset of the first box-drawing char, or of a mojibake form of one: Windows-1252
/// (`â”‚`, `â•®`, `â—‡`), Windows-1251 (`в”‚`), CP437 (`ΓöÇ`), and TIS-620/Windows-874 where
/// the lead byte 0xE2 shows as the Thai vowel `โ` that is then not followed by a consonant
/// (real Thai always writes a consonant after `โ`).
fn first_box(line: &str) -> Option<usize> {
    let mut chars = line.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if is_box_char(c) {
            return Some(i);
        }
        let next = chars.peek().map(|&(_, n)| n);
        match (c, next) {
            ('â', Some('”' | '•' | '—' | '–')) => return Some(i),
            ('в', Some('”' | '•' | '—')) => return Some(i),
            ('Γ', Some('ö' | 'ò' | 'Ç' | 'Ö')) => return Some(i),
            ('โ', n) if !n.is_some_and(|n| ('ก'..='ฮ').contains(&n)) => return Some(i),
            _ => {}
        }
    }
    None
}

static ANSI: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b|\[[0-9]{1,3}(?:;[0-9]{1,3})*m",
    )
    .unwrap()
});

mod matchers;

/// List bullets, Discord quote markers and table/tree glyphs in front of a line (the
/// reference for [`matchers::leader_end`], tests only).
#[cfg(test)]
static LEADER: LazyLock<Regex> = LazyLock::new(|| Regex::new(LEADER_PATTERN).unwrap());

/// The source of [`LEADER`].
#[cfg(test)]
const LEADER_PATTERN: &str = r"^(?:[\t ]*(?:>{1,3}|[-*+•·↳→]|[0-9]{1,2}[.)])[\t ]+)+";

/// Expand the ASCII shorthands used in the patterns below (`%w` word char, `%s` blank,
/// `%S` non-blank, `%d` digit, `%b` ASCII word boundary). Unicode `\w`, `\s`, `\b` would
/// cost milliseconds of start-up to compile, and program output is ASCII anyway.
fn ascii_pattern(p: &str) -> String {
    p.replace("%w", "[A-Za-z0-9_]")
        .replace("%S", r"[^\t\x20]")
        .replace("%s", r"[\t\x20]")
        .replace("%d", "[0-9]")
        .replace("%b", r"(?-u:\b)")
}

/// Whole lines that are program output. Matched against the line after its leader. The
/// reference for [`is_output_line`] (tests only).
#[cfg(test)]
static OUTPUT_LINE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&ascii_pattern(&output_line_pattern())).unwrap());

/// The source of [`OUTPUT_LINE`].
#[cfg(test)]
fn output_line_pattern() -> String {
    format!(
        r#"(?x)^(?:
        # OpenClaw status blocks and probe tables
          Auth\ probes | Probed\ %d | Agent: | Provider: | Order\ override | Default %s*: | Default %s{{2}}
        | Fallbacks %b | Image\ (?:model|fallbacks) | Aliases %b | Allowed\ models | Auth\ overview
        | Auth\ (?:store|state|file|reason|profile|mode) %b | Shell\ env | Providers\ w/ | OAuth/token
        | OAuth\ refresh\ errors | Config %s*: | Config %s{{2}} | Config\ validation | Agent\ dir
        | Current: | Switch: | Browse: | More: | Profiles: | Model %s{{2}} | Profile %s{{2}} | Status %s*$
        | Unknown\ (?:model|provider|command|option) | No\ API\ key | Missing\ API\ key
        | All\ models\ failed | Model\ " | Add\ it\ with | Failed\ to\  | Requested\ agent\ harness
        | LLM\ (?:error|request) | (?:OAuth\ )?[Tt]oken\ refresh\ failed | Run\ Doctor | Loaded\ providers
        | Verify\ plugins | Logs: | Re-auth | Please\ (?:try|carry|run) | Your\ refresh\ token
        | Could\ not\ validate | Enable\ JavaScript | Usage: | Options: | Commands: | Gateway\ (?:ready|listening)
        | OpenClaw\ version | Version %s*: | Node %s*: | OS %s*:
        # errors, logs, stack traces
        | %w*(?:Error|Exception)(?:\ \[[^\]]*\])?: | [A-Z][A-Za-z]+(?:Error|Exception) %b | error(?:\[%w+\])?: | ERROR %b | WARN | INFO %b
        | DEBUG %b | TRACE %b | hint: | warning: | fatal: | panic | Caused\ by | Traceback
        | at\ [A-Za-z0-9_.<>$]+\ \( | npm\ (?:ERR|WARN)
        | HTTP/?%s?%d | %d{{3}} %s | %d{{1,2}}:%d{{2}} | %d{{4}}-%d{{2}}-%d{{2}}
        | \[[A-Za-z0-9_./:@-]+\] | %w+=%S | %S+\ effective=
        # banners and status glyphs
        | 🦞 | ⚠ | ❌ | ✅ | ✔ | ✖ | ✗ | ✓ | ⛔ | 🔴 | 🟢
        # shell
        | \$%s | PS\ [A-Z]:\\ | [A-Z]:\\ | ~/ | \./ | \.\./
        | (?:sudo|curl|export|cd|git|npm|npx|pnpm|docker|brew|node|cat|ls)%s
        | openclaw %s+ (?:{SUBCOMMANDS}) %b | openclaw %s+ -
        # JSON / config
        | [\[{{}}\]] | "[A-Za-z0-9_.@:/-]+" %s*: | [A-Za-z0-9_.-]+(?::[A-Za-z0-9_.@+-]+)+:%s
        | [A-Za-z0-9_-]+:[A-Za-z0-9_.@+-]+%s
        )"#
    )
}

/// The branches of the output-line pattern (`(?x)`, [`ascii_pattern`] shorthands; `OPENCLAW`
/// stands for the `openclaw` subcommand branch), one alternative each: a line is output when
/// one matches at its start. Branches starting with a fixed character are grouped by its
/// first byte ([`lead`]) and a group is compiled when a line starting with that byte first
/// needs it; one regex of the ~60 branches cost a one-shot run 5 M instructions (issue 14).
const OUTPUT_BRANCHES: &[&str] = &[
    // OpenClaw status blocks and probe tables
    r"Auth\ probes",
    r"Probed\ %d",
    "Agent:",
    "Provider:",
    r"Order\ override",
    "Default %s*:",
    "Default %s{2}",
    "Fallbacks %b",
    r"Image\ (?:model|fallbacks)",
    "Aliases %b",
    r"Allowed\ models",
    r"Auth\ overview",
    r"Auth\ (?:store|state|file|reason|profile|mode) %b",
    r"Shell\ env",
    r"Providers\ w/",
    "OAuth/token",
    r"OAuth\ refresh\ errors",
    "Config %s*:",
    "Config %s{2}",
    r"Config\ validation",
    r"Agent\ dir",
    "Current:",
    "Switch:",
    "Browse:",
    "More:",
    "Profiles:",
    "Model %s{2}",
    "Profile %s{2}",
    "Status %s*$",
    r"Unknown\ (?:model|provider|command|option)",
    r"No\ API\ key",
    r"Missing\ API\ key",
    r"All\ models\ failed",
    r#"Model\ ""#,
    r"Add\ it\ with",
    r"Failed\ to\ ",
    r"Requested\ agent\ harness",
    r"LLM\ (?:error|request)",
    r"OAuth\ [Tt]oken\ refresh\ failed",
    r"Token\ refresh\ failed",
    r"token\ refresh\ failed",
    r"Run\ Doctor",
    r"Loaded\ providers",
    r"Verify\ plugins",
    "Logs:",
    "Re-auth",
    r"Please\ (?:try|carry|run)",
    r"Your\ refresh\ token",
    r"Could\ not\ validate",
    r"Enable\ JavaScript",
    "Usage:",
    "Options:",
    "Commands:",
    r"Gateway\ (?:ready|listening)",
    r"OpenClaw\ version",
    "Version %s*:",
    "Node %s*:",
    "OS %s*:",
    // errors, logs, stack traces
    r"%w*(?:Error|Exception)(?:\ \[[^\]]*\])?:",
    "[A-Z][A-Za-z]+(?:Error|Exception) %b",
    r"error(?:\[%w+\])?:",
    "ERROR %b",
    "WARN",
    "INFO %b",
    "DEBUG %b",
    "TRACE %b",
    "hint:",
    "warning:",
    "fatal:",
    "panic",
    r"Caused\ by",
    "Traceback",
    r"at\ [A-Za-z0-9_.<>$]+\ \(",
    r"npm\ (?:ERR|WARN)",
    "HTTP/?%s?%d",
    "%d{3} %s",
    "%d{1,2}:%d{2}",
    "%d{4}-%d{2}-%d{2}",
    r"\[[A-Za-z0-9_./:@-]+\]",
    "%w+=%S",
    r"%S+\ effective=",
    // banners and status glyphs
    "🦞",
    "⚠",
    "❌",
    "✅",
    "✔",
    "✖",
    "✗",
    "✓",
    "⛔",
    "🔴",
    "🟢",
    // shell
    r"\$%s",
    r"PS\ [A-Z]:\\",
    r"[A-Z]:\\",
    "~/",
    r"\./",
    r"\.\./",
    "sudo%s",
    "curl%s",
    "export%s",
    "cd%s",
    "git%s",
    "npm%s",
    "npx%s",
    "pnpm%s",
    "docker%s",
    "brew%s",
    "node%s",
    "cat%s",
    "ls%s",
    "OPENCLAW",
    "openclaw %s+ -",
    // JSON / config
    r"\[",
    r"\{",
    r"\}",
    r"\]",
    r#""[A-Za-z0-9_.@:/-]+" %s*:"#,
    r"[A-Za-z0-9_.-]+(?::[A-Za-z0-9_.@+-]+)+:%s",
    r"[A-Za-z0-9_-]+:[A-Za-z0-9_.@+-]+%s",
];

/// The byte every match of `branch` starts with: its first character when that is a literal
/// (or an escaped one); `None` for a class, a shorthand or a group.
fn lead(branch: &str) -> Option<u8> {
    if branch == "OPENCLAW" {
        return Some(b'o');
    }
    let b = branch.as_bytes();
    match b.first()? {
        b'\\' => b.get(1).copied().filter(u8::is_ascii_punctuation),
        b'%' | b'[' | b'(' | b'.' | b'^' | b'$' | b'|' | b'*' | b'+' | b'?' | b')' => None,
        &c => Some(c),
    }
}

/// One branch as a pattern.
fn branch_pattern(branch: &str) -> String {
    if branch == "OPENCLAW" {
        return format!("openclaw %s+ (?:{SUBCOMMANDS}) %b");
    }
    branch.to_string()
}

/// `^(?:…)` of some branches.
fn output_group_pattern(branches: impl Iterator<Item = &'static str>) -> Option<String> {
    let body: Vec<String> = branches.map(branch_pattern).collect();
    if body.is_empty() {
        return None;
    }
    Some(ascii_pattern(&format!("(?x)^(?:{})", body.join(" | "))))
}

/// [`output_group_pattern`] compiled (tests only).
#[cfg(test)]
fn output_group(branches: impl Iterator<Item = &'static str>) -> Option<Regex> {
    output_group_pattern(branches).map(|p| Regex::new(&p).unwrap())
}

/// Branches without a fixed first byte: tried on every line (the reference for
/// [`matchers::output_any`], tests only).
#[cfg(test)]
static OUTPUT_ANY: LazyLock<Option<Regex>> =
    LazyLock::new(|| output_group(OUTPUT_BRANCHES.iter().copied().filter(|b| lead(b).is_none())));

/// Branches by first byte, compiled on first need (tiered: a one-shot paste checks a few
/// lines against each group it meets, issue 14).
static OUTPUT_BY_LEAD: [OnceLock<Option<Tiered>>; 256] = [const { OnceLock::new() }; 256];

/// Whether `line` is program output as [`OUTPUT_BRANCHES`] say (`OUTPUT_LINE.is_match`).
fn is_output_line(line: &str) -> bool {
    let Some(&first) = line.as_bytes().first() else {
        return matchers::output_any(line);
    };
    let group = OUTPUT_BY_LEAD[usize::from(first)].get_or_init(|| {
        output_group_pattern(OUTPUT_BRANCHES.iter().copied().filter(|b| lead(b) == Some(first)))
            .map(Tiered::new)
    });
    group.as_ref().is_some_and(|r| r.is_match(line)) || matchers::output_any(line)
}

/// `openclaw` subcommands (to tell `openclaw models status` from a sentence about OpenClaw).
const SUBCOMMANDS: &str = "models|auth|agents?|config|configure|doctor|gateway|onboard|update|plugins|logs|channels|status|login|logout|sessions|cron|help|reset|setup|dashboard|message|memory|nodes|skills|tui|health|security|backup|secrets|approvals|sandbox|hooks|pairing|browser|system|uninstall|completion|webhooks|devices|docs|acp|dns";

/// Known OpenClaw output that can follow prose on the same line: cut the line there (the
/// reference for [`matchers::cut_at`], tests only).
#[cfg(test)]
static CUT_AT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&ascii_pattern(CUT_AT_PATTERN)).unwrap());

/// The source of [`CUT_AT`].
#[cfg(test)]
const CUT_AT_PATTERN: &str = r#"(?x)
          ⚠ | 🦞 | Agent\ failed\ before\ reply | Model\ login\ expired\ on\ the\ gateway
        | No\ API\ key\ found | Missing\ API\ key\ for | All\ models\ failed | Auth\ profile\ credentials
        | Auth\ reason\ \[ | Excluded\ by\ auth\.order | Probed\ %d+\ targets? | Auth\ probes
        | Unknown\ (?:model|provider): | API\ rate\ limit\ reached | is\ in\ cooldown | Token\ refresh\ failed
        | token\ refresh\ failed | Re-auth\ (?:with|via|required) | then\ try\ again | Please\ try\ again
        | %w+Error %b | %b Error:%s | lane\ task\ error | embedded\ run | model\ fallback\ decision
        | OpenClaw\ version | Auth\ store: | Configure\ auth\ for | is\ not\ allowed\.\ Use
        | requires\ legacy\ credential | all\ profiles\ unavailable | Could\ not\ validate\ your
        | Your\ refresh\ token\ has | Requested\ agent\ harness | OAuth\ refresh\ errors
        | %b HTTP\ %d{3}:
        "#;

/// Spans removed inside a kept line (the reference for [`matchers::replace_spans`], tests
/// only).
#[cfg(test)]
static SPANS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&ascii_pattern(&spans_pattern())).unwrap());

/// The source of [`SPANS`].
#[cfg(test)]
fn spans_pattern() -> String {
    format!(
        r#"(?x)
          `[^`]*`?
        | %b (?:https?|ftp|file|wss?)://%S+ | %b www\.%S+
        | [A-Za-z0-9_.+-]+@[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)+
        | "[\x20\x21\x23-\x7E]*" | “[\x20-\x7E]*” | „[\x20-\x7E]*[“”] | «[\x20-\x7E]*» | 「[\x20-\x7E]*」 | 『[\x20-\x7E]*』
        | %b (?:openclaw|OpenClaw|Openclaw|OPENCLAW)
          (?:%s+(?:(?:{SUBCOMMANDS}|list|get|set|add|remove|order|probe|restart|start|stop)%b|--?[A-Za-z][A-Za-z0-9_-]*(?:=%S+)?|<[^>\t\x20]*>))*
        | (?:^|%s)/[a-z][A-Za-z0-9_-]*(?:%s+(?:status|list|reset|new|[A-Za-z0-9_.:@/~-]*[.:@/_][A-Za-z0-9_.:@/~-]*))*
        | (?:^|%s)--?[A-Za-z][A-Za-z0-9_-]*(?:=%S*)?
        "#
    )
}

/// Two or more `key=value` pairs: a log or status line.
fn has_key_values(line: &str) -> bool {
    let b = line.as_bytes();
    let mut n = 0;
    for i in 1..b.len().saturating_sub(1) {
        if b[i] == b'=' && b[i - 1].is_ascii_alphanumeric() && !b[i + 1].is_ascii_whitespace() {
            n += 1;
            if n >= 2 {
                return true;
            }
        }
    }
    false
}

/// CJK, kana, Hangul, Thai and full-width forms: scripts written without spaces, so a token
/// ends where they start (`的token`, `模型openai/gpt-5.4被`).
fn is_wide(c: char) -> bool {
    matches!(c,
        '\u{1100}'..='\u{11FF}' | '\u{2E80}'..='\u{9FFF}' | '\u{A960}'..='\u{A97F}'
        | '\u{AC00}'..='\u{D7FF}' | '\u{F900}'..='\u{FAFF}' | '\u{FE30}'..='\u{FE4F}'
        | '\u{FF00}'..='\u{FFEF}' | '\u{0E00}'..='\u{0E7F}' | '\u{20000}'..='\u{2FA1F}')
}

/// A token (whitespace- and wide-script-delimited) that is technical rather than prose:
/// numbers, versions, ids, refs, paths, identifiers, `key=value`, `a.b`, camelCase.
fn is_technical(token: &str) -> bool {
    let core = token.trim_matches(|c: char| {
        matches!(
            c,
            '(' | ')'
                | '['
                | ']'
                | '{'
                | '}'
                | '<'
                | '>'
                | '.'
                | ','
                | ';'
                | ':'
                | '!'
                | '?'
                | '\''
                | '"'
                | '…'
                | '*'
                | '¿'
                | '¡'
                | '«'
                | '»'
                | '،'
                | '؟'
                | '।'
        )
    });
    if core.is_empty() {
        return false;
    }
    let mut prev: Option<char> = None;
    let mut chars = core.chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_ascii_digit() {
            return true;
        }
        if matches!(
            c,
            '/' | '\\'
                | ':'
                | '@'
                | '='
                | '_'
                | '<'
                | '>'
                | '['
                | ']'
                | '{'
                | '}'
                | '|'
                | '#'
                | '$'
                | '%'
                | '^'
                | '*'
                | '~'
                | '+'
                | '&'
                | '`'
                | '"'
                | '('
                | ')'
        ) {
            return true;
        }
        if c == '.'
            && prev.is_some_and(char::is_alphanumeric)
            && chars.peek().is_some_and(|n| n.is_alphanumeric())
        {
            return true;
        }
        if c.is_ascii_uppercase() && prev.is_some_and(|p| p.is_ascii_lowercase()) {
            return true;
        }
        prev = Some(c);
    }
    false
}

/// Drop technical tokens from a line; keep everything else (including wide-script text).
fn drop_technical_tokens(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut start: Option<usize> = None;
    let flush = |out: &mut String, tok: &str| {
        if is_technical(tok) {
            out.push(' ');
        } else {
            out.push_str(tok);
        }
    };
    for (i, c) in line.char_indices() {
        let boundary = c.is_whitespace() || is_wide(c);
        match (boundary, start) {
            (true, Some(s)) => {
                flush(&mut out, &line[s..i]);
                start = None;
                out.push(if c.is_whitespace() { ' ' } else { c });
            }
            (true, None) => out.push(if c.is_whitespace() { ' ' } else { c }),
            (false, None) => start = Some(i),
            (false, Some(_)) => {}
        }
    }
    if let Some(s) = start {
        flush(&mut out, &line[s..]);
    }
    out
}

fn letters(s: &str) -> usize {
    s.chars().filter(|c| c.is_alphabetic()).count()
}

/// Whether `line` may hold a match of [`ANSI`]: every match holds ESC or `[` and a digit, so
/// elsewhere it is not compiled or run. Byte searches: a per-byte pair test of every line of
/// a paste cost the thread of 20 messages ≈ 10 M instructions (issue 14).
/// `controls` is [`has_control`] of the line: ESC is a control, so a line without one is
/// not searched for ESC.
fn may_hold_ansi(line: &str, controls: bool) -> bool {
    let b = line.as_bytes();
    (controls && memchr::memchr(0x1b, b).is_some())
        || memchr::memchr_iter(b'[', b).any(|i| b.get(i + 1).is_some_and(u8::is_ascii_digit))
}

/// Whether `line` holds a control character other than a tab
/// (`line.chars().any(|c| c.is_control() && c != '\t')`, the reference in the tests).
/// Controls are U+0000–U+001F, U+007F (one byte each) and U+0080–U+009F (`C2 80`–`C2 9F`):
/// whole blocks are checked for a suspect byte with a branch-free fold first, and only a
/// block holding one is read byte by byte. The per-character test decoded every line of a
/// paste (issue 14).
fn has_control(line: &str) -> bool {
    let b = line.as_bytes();
    let suspect = |x: u8| (x < 0x20 && x != b'\t') | (x == 0x7f) | (x == 0xc2);
    let control_at = |i: usize| {
        let x = b[i];
        (x < 0x20 && x != b'\t')
            || x == 0x7f
            || (x == 0xc2 && b.get(i + 1).is_some_and(|n| (0x80..=0x9f).contains(n)))
    };
    const BLOCK: usize = 32;
    let mut start = 0;
    while start < b.len() {
        let end = (start + BLOCK).min(b.len());
        if b[start..end].iter().fold(false, |a, &x| a | suspect(x)) && (start..end).any(control_at)
        {
            return true;
        }
        start = end;
    }
    false
}

/// Whether `raw` is output by its first character alone, as [`clean_line_in_full`] would
/// find: a box-drawing character other than the bullet `↳` (a table's row: no repair,
/// ANSI or control removal changes it, and the table cuts the line before it) or a
/// `YYYY-MM-DD` date (a log line: only ASCII blanks can precede it after a repair, no leader
/// reads four digits, and the date is an output line). Most lines of a pasted table or log
/// paid ≈ 1,000–3,000 instructions each to learn that (issue 14).
fn output_by_start(raw: &str) -> bool {
    let t = raw.trim_start();
    let b = t.as_bytes();
    let digits =
        |r: std::ops::Range<usize>| b.get(r).is_some_and(|d| d.iter().all(u8::is_ascii_digit));
    if digits(0..4)
        && b.get(4) == Some(&b'-')
        && digits(5..7)
        && b.get(7) == Some(&b'-')
        && digits(8..10)
    {
        return true;
    }
    b.first().is_some_and(|&c| c >= 0xC0)
        && t.chars().next().is_some_and(|c| c != '↳' && is_box_char(c))
}

/// One line of the message → its prose, or `None` when it is output (or nothing is left).
fn clean_line(raw: &str) -> Option<String> {
    if output_by_start(raw) {
        return None;
    }
    clean_line_in_full(raw)
}

/// [`clean_line`] without the shortcut of [`output_by_start`] (its reference in the tests).
fn clean_line_in_full(raw: &str) -> Option<String> {
    let repaired = repair_mojibake(raw);
    // Removing ANSI sequences (whole characters) adds no control: a line without one keeps
    // none, and is scanned for them once.
    let controls = has_control(&repaired);
    let no_ansi = if may_hold_ansi(&repaired, controls) {
        ANSI.replace_all(&repaired, "")
    } else {
        Cow::Borrowed(&*repaired)
    };
    let no_ctrl: Cow<str> = if controls && has_control(&no_ansi) {
        Cow::Owned(no_ansi.chars().filter(|c| !c.is_control() || *c == '\t').collect())
    } else {
        Cow::Borrowed(&no_ansi)
    };
    let line = no_ctrl.trim();
    // LEADER starts (after blanks) with a quote marker, a bullet, a glyph or a digit.
    let leader = line.trim_start_matches(['\t', ' ']).starts_with(|c: char| {
        c.is_ascii_digit() || matches!(c, '>' | '-' | '*' | '+' | '•' | '·' | '↳' | '→')
    });
    let line = match leader.then(|| matchers::leader_end(line)).flatten() {
        Some(end) => &line[end..],
        None => line,
    };
    let line = line.trim_start();
    if line.is_empty() || is_output_line(line) || has_key_values(line) {
        return None;
    }
    // Cut where a box-drawn table or a known OpenClaw message starts.
    let mut end = line.len();
    if let Some(i) = first_box(line) {
        end = end.min(i);
    }
    // Nothing to cut when a table starts the line (most lines of a pasted table).
    if end > 0 {
        if let Some(start) = matchers::cut_at(line) {
            end = end.min(start);
        }
    }
    let line = line[..end].trim();
    if line.is_empty() {
        return None;
    }
    let spans_gone = matchers::replace_spans(line);
    let before = letters(&spans_gone);
    let kept = drop_technical_tokens(&spans_gone);
    let kept = kept.split_whitespace().collect::<Vec<_>>().join(" ");
    let after = letters(&kept);
    if after == 0 {
        return None;
    }
    // A technical line with a few plain words left over (`anthropic:cli expired (0m) — via`):
    // when ids, refs and numbers made up most of it and only a few Latin words survive, it
    // is output too. (Commands and code spans do not count here: "I ran `…` and it broke".)
    if kept.is_ascii() && before >= 12 && after * 10 < before * 3 && kept.split(' ').count() <= 3 {
        return None;
    }
    Some(kept)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Lines of table, log, mojibake, control, ANSI, leader and prose pieces (the starts
    /// `output_by_start` reads and what could hide or change them), and the fixtures' lines.
    fn start_lines() -> Vec<String> {
        let pieces = [
            " ",
            "\t",
            "\r",
            "\x0b",
            "\u{85}",
            "\u{a0}",
            "\u{3000}",
            "\x01",
            "\x1b[31m",
            "\x1b",
            "[1m",
            "│",
            "┌──┬",
            "├",
            "└",
            "◇",
            "●",
            "⎿",
            "↳",
            "↳ ",
            "• ",
            "- ",
            "> ",
            "1. ",
            "12) ",
            "2026-07-03",
            "2026-07-0",
            "2026-7-03",
            "T21:04:02.444+08:00",
            "20261-07-03",
            "2026",
            "-",
            "07",
            "â”‚",
            "Ã©",
            "Ð",
            "Ð¿",
            "в”‚",
            "РџСЂРё",
            "ΓöÇ",
            "โ",
            "โก",
            "Auth probes",
            "hello",
            "Bonjour à tous",
            "Model login expired",
            "key=v x=y",
            "`code`",
            "é",
            "ü",
            "\u{c2}\u{a0}",
            "C3",
            "\n",
        ];
        let mut rng = crate::testgen::XorShift(0x5851_F42D_4C95_7F2D);
        let mut lines = crate::testgen::joined_pieces(&mut rng, &pieces, 60_000, 8);
        for f in crate::testgen::fixture_texts() {
            lines.extend(f.lines().map(String::from));
        }
        lines
    }

    #[test]
    fn shortcuts_clean_as_the_full_line_reader() {
        let mut by_start = 0;
        for l in start_lines() {
            let raw = &l[..floor_boundary(&l, LINE_CAP)];
            assert_eq!(clean_line(raw), clean_line_in_full(raw), "{raw:?}");
            assert_eq!(repair_mojibake(raw), repair_mojibake_decoded(raw), "{raw:?}");
            by_start += usize::from(output_by_start(raw));
            let split: Vec<&str> = l.split('\n').collect();
            assert_eq!(lines_of(&l).collect::<Vec<_>>(), split, "{l:?}");
        }
        assert!(by_start > 5_000, "{by_start}");
        for text in crate::testgen::fixture_texts() {
            assert_eq!(lines_of(&text).collect::<Vec<_>>(), text.split('\n').collect::<Vec<_>>());
        }
    }

    /// Strings generated from a pattern (assertions dropped: a generator cannot honour them).
    fn generated(pattern: &str, n: u32) -> Vec<String> {
        use proptest::strategy::{Strategy, ValueTree};
        use proptest::test_runner::{Config, TestRunner};
        let free = ascii_pattern(&pattern.replace("%b", "")).replacen("(?x)^", "(?x)", 1);
        let free = free.replace("%s*$", "%s*").replace(r"[\t\x20]*$", r"[\t\x20]*");
        let gen = proptest::string::string_regex(&free).expect("pattern generates");
        let mut runner = TestRunner::new(Config::default());
        (0..n).map(|_| gen.new_tree(&mut runner).expect("a value").current()).collect()
    }

    /// The first byte of every match of a grouped branch is its group's.
    #[test]
    fn output_branch_leads() {
        for b in OUTPUT_BRANCHES {
            let Some(first) = lead(b) else { continue };
            for m in generated(&format!("(?x){}", branch_pattern(b)), 200) {
                assert_eq!(m.as_bytes().first(), Some(&first), "{b}: {m:?}");
            }
        }
    }

    /// `is_output_line` says what the one regex of every branch says: on matches generated
    /// from that regex and from each branch, each alone and followed or preceded by other
    /// text, and on the lines of the fixtures.
    #[test]
    fn output_lines_as_the_regex_says() {
        let whole = format!(
            "(?x)(?:{})",
            OUTPUT_BRANCHES.iter().map(|b| branch_pattern(b)).collect::<Vec<_>>().join(" | ")
        );
        let mut lines = generated(&whole, 20_000);
        lines.extend(generated(&output_line_pattern(), 20_000));
        for b in OUTPUT_BRANCHES {
            lines.extend(generated(&format!("(?x){}", branch_pattern(b)), 100));
        }
        let matches = lines.len();
        for l in lines.clone() {
            for more in [" x", "x", ":", " Error: y", "=1"] {
                lines.push(format!("{l}{more}"));
                lines.push(format!("{more}{l}"));
            }
        }
        for f in [
            include_str!("../../../benches/fixtures/probe_table.txt"),
            include_str!("../../../benches/fixtures/gateway_log_200.txt"),
            include_str!("../../../benches/fixtures/models_status.txt"),
        ] {
            lines.extend(f.lines().map(|l| l.trim_start().to_string()));
        }
        for (i, l) in lines.iter().enumerate() {
            let want = OUTPUT_LINE.is_match(l);
            assert_eq!(is_output_line(l), want, "{l:?}");
            if i < matches {
                assert!(want, "generated from the branches but not output: {l:?}");
            }
        }
    }

    /// Lines built from pieces of every alternative of `LEADER`, `CUT_AT` and `SPANS` (and
    /// near misses), deterministic.
    fn token_lines(n: usize) -> Vec<String> {
        const TOKENS: &[&str] = &[
            " ",
            " ",
            " ",
            "\t",
            "x",
            "a",
            "Z",
            "0",
            "12",
            "123",
            "_",
            "-",
            "--",
            "---",
            ".",
            ",",
            ":",
            "=",
            "+",
            "@",
            "/",
            "~",
            "<",
            ">",
            ">>",
            ">>>",
            ">>>>",
            "*",
            "•",
            "·",
            "↳",
            "→",
            "1.",
            "12)",
            "123.",
            "é",
            "`",
            "\"",
            "“",
            "”",
            "„",
            "«",
            "»",
            "「",
            "」",
            "『",
            "』",
            "https://",
            "http://",
            "https:// ",
            "ftp://",
            "file://",
            "ws://",
            "wss://",
            "www.",
            "wwwx",
            "openclaw",
            "OpenClaw",
            "Openclaw",
            "OPENCLAW",
            "openClaw",
            "models",
            "status",
            "agent",
            "agents",
            "config",
            "configure",
            "list",
            "new",
            "reset",
            "stop",
            "starts",
            "Error",
            "Error:",
            "error",
            "xError",
            "HTTP 401:",
            "HTTP 40:",
            "HTTP",
            "Probed 12 targets",
            "Probed  targets",
            "Probed 3 target",
            "⚠️",
            "🦞",
            "Agent failed before reply",
            "Model login expired on the gateway",
            "No API key found",
            "Missing API key for",
            "All models failed",
            "Auth profile credentials",
            "Auth reason [",
            "Excluded by auth.order",
            "Auth probes",
            "Unknown model:",
            "Unknown provider",
            "API rate limit reached",
            "is in cooldown",
            "Token refresh failed",
            "token refresh failed",
            "Re-auth with",
            "Re-auth via",
            "Re-auth required",
            "Re-auth",
            "then try again",
            "Please try again",
            "lane task error",
            "embedded run",
            "model fallback decision",
            "OpenClaw version",
            "Auth store:",
            "Configure auth for",
            "is not allowed. Use",
            "requires legacy credential",
            "all profiles unavailable",
            "Could not validate your",
            "Your refresh token has",
            "Requested agent harness",
            "OAuth refresh errors",
            "user.name+tag",
            "example.com",
            "a.b",
            "x@y",
            "/status",
            "/models",
            "/Models",
            "/new",
            "~/x",
            "a:b",
            "<id>",
            "<a b>",
            "-p",
            "--provider",
            "--x=1",
            "-x=",
            "=v",
            "u_v",
        ];
        let mut seed = 0x9E37_79B9_7F4A_7C15_u64;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        (0..n)
            .map(|_| {
                let len = 1 + next() % 10;
                (0..len).map(|_| TOKENS[(next() % TOKENS.len() as u64) as usize]).collect()
            })
            .collect()
    }

    /// Lines for the matcher comparisons: generated tokens, matches generated from the regex,
    /// and the lines of the fixtures.
    fn matcher_lines(pattern: &str) -> Vec<String> {
        let mut lines = token_lines(200_000);
        let free = pattern.replace("(?:^|%s)", "(?:%s)?").replacen("^(?:", "(?:", 1);
        let gen = generated(&free, 5_000);
        for l in &gen {
            for more in ["", " x", "x", "-", " `a` ", "Error ", " openclaw models "] {
                lines.push(format!("{l}{more}"));
                lines.push(format!("{more}{l}"));
            }
        }
        for f in [
            include_str!("../../../benches/fixtures/probe_table.txt"),
            include_str!("../../../benches/fixtures/gateway_log_200.txt"),
            include_str!("../../../benches/fixtures/models_status.txt"),
        ] {
            lines.extend(f.lines().map(|l| l.trim().to_string()));
        }
        lines
    }

    /// `matchers::leader_end` ends where `LEADER` does.
    #[test]
    fn leader_as_the_regex_says() {
        let mut lines = matcher_lines(LEADER_PATTERN);
        lines.extend(
            ["> x", ">>> x", ">>>> x", "- * x", "12. x", "123. x", "1) 2. - x", "• x"]
                .map(String::from),
        );
        for l in &lines {
            assert_eq!(matchers::leader_end(l), LEADER.find(l).map(|m| m.end()), "{l:?}");
        }
    }

    /// `matchers::output_any` says what the group of branches without a first byte says.
    #[test]
    fn output_any_as_the_regex_says() {
        let body: Vec<String> = OUTPUT_BRANCHES
            .iter()
            .filter(|b| lead(b).is_none())
            .map(|b| branch_pattern(b))
            .collect();
        let mut lines = matcher_lines(&format!("(?x)(?:{})", body.join(" | ")));
        lines.extend(
            [
                "FooError: x",
                "Error [a]: x",
                "Error [a] x",
                "XyzError x",
                "XError x",
                "XyzError1",
                "123 x",
                "12:34",
                "1:23",
                "123:45",
                "2026-05-21",
                "a=b",
                "a= b",
                "x effective=1",
                "C:\\x",
                "a.b:c:d: x",
                "a:b:c:",
                "a:b x",
                "a.b:c x",
                "",
                "é=1",
                "=1",
            ]
            .map(String::from),
        );
        let group = OUTPUT_ANY.as_ref().expect("branches without a first byte");
        for l in &lines {
            assert_eq!(matchers::output_any(l), group.is_match(l), "{l:?}");
        }
    }

    /// `matchers::cut_at` starts where `CUT_AT` does.
    #[test]
    fn cut_at_as_the_regex_says() {
        for l in &matcher_lines(CUT_AT_PATTERN) {
            assert_eq!(matchers::cut_at(l), CUT_AT.find(l).map(|m| m.start()), "{l:?}");
        }
    }

    /// `matchers::replace_spans` removes what `SPANS` does.
    #[test]
    fn spans_as_the_regex_says() {
        for l in &matcher_lines(&spans_pattern()) {
            assert_eq!(matchers::replace_spans(l), SPANS.replace_all(l, " "), "{l:?}");
        }
    }

    /// `may_hold_ansi` and `has_control` say what the per-byte pair test and the
    /// per-character test they replace say: on random lines drawn from an alphabet of
    /// controls, C1 controls, their neighbours in UTF-8 and `[`/digits, at every length
    /// around the block size, and on the lines of the fixtures.
    #[test]
    fn line_scans_as_the_char_tests_say() {
        let alphabet = [
            "a", " ", "\t", "\r", "\x0b", "\x1b", "\x1f", "\x7f", "\u{80}", "\u{85}", "\u{9f}",
            "\u{a0}", "·", "é", "[", "0", "9", "│", "\u{2028}", "m", ";",
        ];
        let mut rng = crate::testgen::XorShift(0x9E37_79B9_7F4A_7C15);
        let mut lines: Vec<String> = Vec::new();
        for _ in 0..50_000 {
            let len = rng.below(80);
            lines.push((0..len).map(|_| alphabet[rng.below(alphabet.len())]).collect());
        }
        for _ in 0..5_000 {
            // Mostly plain text with one suspect character somewhere.
            let len = rng.below(100);
            let mut l: String = (0..len).map(|_| "ab c"[rng.below(4)..][..1].to_string()).collect();
            let at = l.len().min(rng.below(100));
            l.insert_str(at, alphabet[rng.below(alphabet.len())]);
            lines.push(l);
        }
        for f in crate::testgen::fixture_texts() {
            lines.extend(f.split('\n').map(String::from));
        }
        for l in &lines {
            let pair = l.as_bytes().windows(2).any(|w| w[0] == b'[' && w[1].is_ascii_digit());
            let controls = has_control(l);
            assert_eq!(may_hold_ansi(l, controls), l.contains('\x1b') || pair, "{l:?}");
            // A line without controls has none once its ANSI sequences are removed.
            if !controls {
                assert!(!has_control(&ANSI.replace_all(l, "")), "{l:?}");
            }
            assert_eq!(has_control(l), l.chars().any(|c| c.is_control() && c != '\t'), "{l:?}");
        }
    }

    #[test]
    fn repairs_cp1252_and_cp1251_lines() {
        assert_eq!(repair_mojibake("Ã§a marche pas"), "ça marche pas");
        assert_eq!(repair_mojibake("â”‚ x â”‚"), "│ x │");
        assert_eq!(repair_mojibake("РќРµ СЂР°Р±РѕС‚Р°РµС‚"), "Не работает");
        // Real text is left alone.
        assert_eq!(repair_mojibake("Привет, всё сломалось"), "Привет, всё сломалось");
        assert_eq!(repair_mojibake("déjà vu à côté"), "déjà vu à côté");
    }

    #[test]
    fn tis620_box_is_not_thai() {
        assert_eq!(first_box("โ Model โ Profile"), Some(0));
        assert_eq!(first_box("โอเค ใช้ได้"), None);
    }

    #[test]
    fn technical_tokens() {
        for t in [
            "openai:work",
            "openai/gpt-5.5",
            "~/.openclaw",
            "2026.6.9",
            "auth.order",
            "rate_limit",
            "authProfileOverride",
            "(401)",
            "C:\\Users",
            "key=value",
        ] {
            assert!(is_technical(t), "{t}");
        }
        for t in ["aujourd'hui", "bot", "re-auth", "hello.", "(sorry,", "Güncellemeden", "¿Qué"]
        {
            assert!(!is_technical(t), "{t}");
        }
    }

    #[test]
    fn cuts_banner_after_prose() {
        assert_eq!(
            clean_line("Le bot répond ⚠️ Model login expired on the gateway for openai.")
                .as_deref(),
            Some("Le bot répond")
        );
        assert_eq!(clean_line("12:41:07 [diagnostic] lane task error"), None);
        assert_eq!(clean_line("│ openai/gpt-5.5 │ ok │"), None);
    }
}

#[cfg(test)]
mod timing {
    #[test]
    #[ignore]
    fn init_times() {
        use std::time::Instant;
        let t = Instant::now();
        std::sync::LazyLock::force(&super::ANSI);
        eprintln!("ANSI {:?}", t.elapsed());
        let t = Instant::now();
        std::sync::LazyLock::force(&super::LEADER);
        eprintln!("LEADER {:?}", t.elapsed());
        let t = Instant::now();
        std::sync::LazyLock::force(&super::OUTPUT_LINE);
        eprintln!("OUTPUT_LINE {:?}", t.elapsed());
        let t = Instant::now();
        std::sync::LazyLock::force(&super::CUT_AT);
        eprintln!("CUT_AT {:?}", t.elapsed());
        let t = Instant::now();
        std::sync::LazyLock::force(&super::SPANS);
        eprintln!("SPANS {:?}", t.elapsed());
        let t = Instant::now();
        let _ = super::super::latin::detect("hello there");
        eprintln!("latin first {:?}", t.elapsed());
        let t = Instant::now();
        let _ = super::super::latin::detect("hello there");
        eprintln!("latin second {:?}", t.elapsed());
    }
}
