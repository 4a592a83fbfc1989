//! `openclaw models status` text (formats.md §2): header labels, per-provider `effective=`
//! lines, `Unavailable auth profiles`, `OAuth/token status` and `Missing auth`.

use super::Fact;
use regex::Regex;
use serde::{Deserialize, Serialize};
use std::sync::LazyLock;

/// A `Label : value` header line (`Default`, `Fallbacks (1)`, `Auth store`, `Agent dir`, …).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StatusHeader {
    pub label: String,
    /// The count in `Fallbacks (N)`, `Allowed models (N)`, ….
    pub count: Option<u32>,
    pub value: String,
}

/// `- <provider> effective=<kind>:<detail> | … | <id>=<value>, …`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProviderLine {
    pub provider: String,
    pub effective_kind: String,
    pub effective_detail: String,
    /// `<id>=<value>` labels (value as printed, masked by OpenClaw).
    pub profiles: Vec<(String, String)>,
}

/// `  - <label> <status> expires in <rem>` under `OAuth/token status`, or a doctor
/// `- <id>: expired [expired] (0m)` line.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OAuthRow {
    pub profile_id: String,
    pub status: String,
    pub remaining: Option<String>,
}

/// `- <id> (<provider>) cooldown:<reason> (<rem>) — <hint>`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UnavailableProfile {
    pub profile_id: String,
    pub provider: String,
    pub kind: String,
    pub reason: String,
    pub remaining: String,
}

/// The labels of [`HEADER`]'s alternation, in its order (the first that leads to a match wins:
/// `Config` is tried before `Configured models`). [`HEADER`] is compiled only for a line that
/// starts with one.
const HEADER_ALTERNATIVES: [&str; 13] = [
    "Config",
    "Agent dir",
    "Default",
    "Fallbacks",
    "Image model",
    "Image fallbacks",
    "Aliases",
    "Configured models",
    "Allowed models",
    "Utility model",
    "Auth store",
    "Shell env",
    "Providers w/ OAuth/tokens",
];
/// The first bytes of [`HEADER_ALTERNATIVES`]: a line starting otherwise (a log's digit) is
/// not compared with the labels.
const HEADER_FIRST: [bool; 256] = {
    let mut first = [false; 256];
    let mut i = 0;
    while i < HEADER_ALTERNATIVES.len() {
        first[HEADER_ALTERNATIVES[i].as_bytes()[0] as usize] = true;
        i += 1;
    }
    first
};
static HEADER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(Config|Agent dir|Default|Fallbacks|Image model|Image fallbacks|Aliases|Configured models|Allowed models|Utility model|Auth store|Shell env|Providers w/ OAuth/tokens)(?:\s*\((\d+)\))?\s*:\s*(.*)$",
    )
    .expect("header")
});
// Provider ids, profile ids and reason codes are ASCII: `[0-9A-Za-z_]` instead of a Unicode
// `\w`, which cost ≈ 2 M instructions to compile per class (issue 14).
static PROVIDER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^-\s+([0-9A-Za-z_.-]+)\s+effective=([0-9A-Za-z_.]+):(\S*)((?:\s+\|.*)?)$")
        .expect("provider line")
});
static PROFILE_LABEL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"([0-9A-Za-z_.-]+:[^\s=,|]+)=([^,|]+)").expect("label"));
static OAUTH_ROW: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^-\s+([0-9A-Za-z_.-]+:\S+)(?:\s+\([^)]*\))?\s+(ok|expiring|expired|static|unknown)(?:\s+expires\s+(?:in\s+(\S+)|unknown))?$")
        .expect("oauth row")
});
// Doctor `Model auth` rows and their variants: `- <id>: expired [expired] (0m) — …`,
// `<id>: expired (0m) — …`, `- <id>: expiring (3h) — …`, `- <id>: missing [missing_credential]`.
static DOCTOR_ROW: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:-\s+)?([0-9A-Za-z_.-]+:[0-9A-Za-z_.@+-]+):\s+(expired|expiring|missing)(?:\s+\[([0-9A-Za-z_]+)\])?(?:\s+\(([^)]*)\))?")
        .expect("doctor row")
});
static UNAVAILABLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^-\s+(\S+)\s+\(([^)]+)\)\s+(cooldown|disabled):([0-9A-Za-z_]+)\s+\(([^)]+)\)")
        .expect("unavailable")
});
static MISSING_AUTH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^-\s+([0-9A-Za-z_.-]+)\s+Run `?openclaw models auth login").expect("missing")
});

/// [`HEADER`] on an ASCII line without a line feed, where `\s` is `[\t\n\x0B\x0C\r ]`,
/// `\d` is `[0-9]` and `.` is any byte: a label, `(?:\s*\((\d+)\))?` when a colon follows it
/// (the optional group is greedy, and no shorter run of blanks or digits can match), `\s*:`,
/// then blanks and the value to the end.
fn ascii_header(line: &str) -> Option<StatusHeader> {
    let b = line.as_bytes();
    let blank = |c: &u8| matches!(c, b'\t' | b'\n' | 0x0b | 0x0c | b'\r' | b' ');
    let skip = |i: usize| i + b[i..].iter().take_while(|c| blank(c)).count();
    for label in HEADER_ALTERNATIVES {
        if !line.starts_with(label) {
            continue;
        }
        let open = skip(label.len());
        let digits = (b.get(open) == Some(&b'(')).then(|| {
            let end = open + 1 + b[open + 1..].iter().take_while(|c| c.is_ascii_digit()).count();
            (end > open + 1 && b.get(end) == Some(&b')')).then_some((open + 1, end))
        });
        let (count, colon) = match digits.flatten() {
            Some((from, to)) if b.get(skip(to + 1)) == Some(&b':') => {
                (Some(&line[from..to]), skip(to + 1))
            }
            _ => (None, open),
        };
        if b.get(colon) != Some(&b':') {
            continue;
        }
        return Some(StatusHeader {
            label: label.to_string(),
            count: count.and_then(|c| c.parse().ok()),
            value: line[skip(colon + 1)..].trim().to_string(),
        });
    }
    None
}

/// The rows tried on lines that start with `-`, each behind a gate of what it needs.
#[derive(Clone, Copy)]
enum Row {
    Provider,
    OAuth,
    Unavailable,
    MissingAuth,
}

/// The states [`OAUTH_ROW`] ends with when no `expires` follows.
const OAUTH_STATES: [&str; 5] = ["ok", "expiring", "expired", "static", "unknown"];

impl Row {
    /// Whether the row's regex can match `line` (a substring it needs, or how it ends): the
    /// dash lines of a status paste failed up to four captures each (issue 14).
    fn may_match(self, line: &str) -> bool {
        match self {
            Row::Provider => line.contains("effective="),
            Row::OAuth => {
                line.contains("expires") || OAUTH_STATES.iter().any(|s| line.ends_with(s))
            }
            Row::Unavailable => line.contains("cooldown:") || line.contains("disabled:"),
            Row::MissingAuth => line.contains("Run "),
        }
    }
}

/// Whether `line` starts as [`DOCTOR_ROW`] needs: after an optional `-` and blanks, its
/// `<id>:` is a run of ASCII id bytes and colons that ends with a colon before a blank (or a
/// character beyond ASCII, which may be one). A log line's timestamp fails at its first
/// blank, without the two substring searches every line of a paste paid (issue 14).
fn doctor_id_ends(line: &str) -> bool {
    let mut start = 0;
    if let Some(rest) = line.strip_prefix('-') {
        let blanks = rest.len() - rest.trim_start().len();
        if blanks > 0 {
            start = 1 + blanks;
        }
    }
    let b = &line.as_bytes()[start..];
    let id =
        |c: u8| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'.' | b'@' | b'+' | b':' | b'-');
    let end = b.iter().position(|&c| !id(c)).unwrap_or(b.len());
    end > 0
        && b[end - 1] == b':'
        && b.get(end).is_some_and(|&c| !c.is_ascii() || c.is_ascii_whitespace() || c == 0x0b)
}

pub fn parse(lines: &[&str], consumed: &mut [bool]) -> Vec<(usize, Fact)> {
    let mut out = Vec::new();
    for (i, raw) in lines.iter().enumerate() {
        let line = raw.trim();
        if matches!(
            line,
            "Auth overview" | "OAuth/token status" | "Unavailable auth profiles" | "Missing auth"
        ) {
            consumed[i] = true;
            continue;
        }
        // Cheap gates: `captures` allocates even on lines that cannot match (most lines). The
        // row patterns all start `-`; the others are tried only where they match.
        let dash = line.starts_with('-');
        let caps = |re: &Regex| re.is_match(line).then(|| re.captures(line)).flatten();
        // HEADER starts with one of its labels; DOCTOR_ROW starts with its id and holds one of
        // its states; each row regex is tried only on a line holding what it needs.
        let header = line.as_bytes().first().is_some_and(|&c| HEADER_FIRST[usize::from(c)])
            && HEADER_ALTERNATIVES.iter().any(|l| line.starts_with(l));
        let doctor = doctor_id_ends(line) && (line.contains("expir") || line.contains("missing"));
        let needs = |row: Row| dash && row.may_match(line);
        let status_header = || {
            caps(&HEADER).map(|c| StatusHeader {
                label: c[1].to_string(),
                count: c.get(2).and_then(|m| m.as_str().parse().ok()),
                value: c[3].trim().to_string(),
            })
        };
        // An ASCII line is read by hand (the regex's captures were ≈ 8 K instructions a
        // header line, issue 14); any other keeps the regex.
        let read_header = || {
            if line.is_ascii() && !line.contains('\n') {
                ascii_header(line)
            } else {
                status_header()
            }
        };
        if let Some(h) = header.then(read_header).flatten() {
            consumed[i] = true;
            out.push((i, Fact::StatusHeader(h)));
        } else if let Some(c) = needs(Row::Provider).then(|| PROVIDER.captures(line)).flatten() {
            consumed[i] = true;
            let rest = c.get(4).map(|m| m.as_str()).unwrap_or("");
            let profiles = PROFILE_LABEL
                .captures_iter(rest)
                .map(|p| (p[1].to_string(), p[2].trim().to_string()))
                .collect();
            out.push((
                i,
                Fact::ProviderLine(ProviderLine {
                    provider: c[1].to_string(),
                    effective_kind: c[2].to_string(),
                    effective_detail: c[3].to_string(),
                    profiles,
                }),
            ));
        } else if let Some(c) = needs(Row::OAuth).then(|| OAUTH_ROW.captures(line)).flatten() {
            consumed[i] = true;
            out.push((
                i,
                Fact::OAuthRow(OAuthRow {
                    profile_id: c[1].to_string(),
                    status: c[2].to_string(),
                    remaining: c.get(3).map(|m| m.as_str().to_string()),
                }),
            ));
        } else if let Some(c) =
            needs(Row::Unavailable).then(|| UNAVAILABLE.captures(line)).flatten()
        {
            consumed[i] = true;
            out.push((
                i,
                Fact::Unavailable(UnavailableProfile {
                    profile_id: c[1].to_string(),
                    provider: c[2].to_string(),
                    kind: c[3].to_string(),
                    reason: c[4].to_string(),
                    remaining: c[5].to_string(),
                }),
            ));
        } else if let Some(c) = doctor.then(|| caps(&DOCTOR_ROW)).flatten() {
            consumed[i] = true;
            out.push((
                i,
                Fact::OAuthRow(OAuthRow {
                    profile_id: c[1].to_string(),
                    status: c[2].to_string(),
                    remaining: c.get(4).map(|m| m.as_str().to_string()),
                }),
            ));
        } else if let Some(c) =
            needs(Row::MissingAuth).then(|| MISSING_AUTH.captures(line)).flatten()
        {
            consumed[i] = true;
            out.push((
                i,
                Fact::ProviderLine(ProviderLine {
                    provider: c[1].to_string(),
                    effective_kind: "missing".into(),
                    effective_detail: "missing".into(),
                    profiles: Vec::new(),
                }),
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`ascii_header`] reads what [`HEADER`]'s captures read, on generated header lines (every
    /// label, counts, colons, blanks, values, lookalike labels) and the fixtures' ASCII lines.
    #[test]
    fn hand_read_headers_as_the_regex_says() {
        let slots: [&[&str]; 6] = [
            &[
                "Config",
                "Configured models",
                "Configured",
                "Agent dir",
                "Default",
                "Fallbacks",
                "Image model",
                "Image fallbacks",
                "Image ",
                "Aliases",
                "Allowed models",
                "Utility model",
                "Auth store",
                "Shell env",
                "Providers w/ OAuth/tokens",
                "Providers w/",
                "Status",
                "x",
            ],
            &["", " ", "  ", "\t", "\x0b", "\r"],
            &["", "(1)", "(12)", "()", "(x)", "(4294967296)", "(2", "(1))"],
            &["", " ", "\t"],
            &[":", "", " :", "::", "x:"],
            &["", " openai/gpt-5.5", "\t~/.openclaw/openclaw.json ", "  a : b", " (1): c", " \r"],
        ];
        let mut rng = crate::testgen::XorShift(0xB504_F333_F9DE_6484);
        let mut lines: Vec<String> =
            (0..60_000).map(|_| slots.iter().map(|s| s[rng.below(s.len())]).collect()).collect();
        for f in crate::testgen::fixture_texts() {
            lines.extend(f.lines().map(|l| l.trim().to_string()));
        }
        let mut read = 0;
        for line in lines.iter().filter(|l| l.is_ascii() && !l.contains('\n')) {
            let want = HEADER.captures(line).map(|c| StatusHeader {
                label: c[1].to_string(),
                count: c.get(2).and_then(|m| m.as_str().parse().ok()),
                value: c[3].trim().to_string(),
            });
            read += usize::from(want.is_some());
            assert_eq!(ascii_header(line), want, "{line:?}");
        }
        assert!(read > 5_000, "{read}");
    }

    /// Every line a row regex matches passes its gate: generated rows (right and wrong
    /// pieces in every slot, ASCII and Unicode blanks) and the fixtures' lines.
    #[test]
    fn row_gates_keep_every_row() {
        let slots: [&[&str]; 8] = [
            &["- ", "-\t", "-\u{a0}", "", "-", "x "],
            &[
                "openai-codex:default",
                "a:b",
                "anthropic:claude-cli",
                "2026-07-03T21:04:02.444+08:00",
                "x",
                "a:b:c",
            ],
            &["", ":", ": ", ":\u{2003}", ":\x0b"],
            &[
                "",
                " (alice@example.com)",
                " (openai-codex)",
                " effective=profiles:x",
                "\teffective=env:y",
            ],
            &[
                " ",
                "\t",
                "",
                " cooldown:auth",
                " disabled:billing",
                " Run `openclaw models auth login",
            ],
            &["ok", "expired", "expiring", "missing", "static", "unknown", "okay", "x"],
            &["", " [expired]", " (0m)", " (5m) — hint", " | a:b=OAuth"],
            &["", " expires in 9d", " expires unknown", " expires", " ok"],
        ];
        let mut rng = crate::testgen::XorShift(0x0DDB_1A5E_5BAD_5EED);
        let mut lines: Vec<String> =
            (0..60_000).map(|_| slots.iter().map(|s| s[rng.below(s.len())]).collect()).collect();
        for f in crate::testgen::fixture_texts() {
            lines.extend(f.lines().map(String::from));
        }
        let rows = [
            (Row::Provider, &*PROVIDER),
            (Row::OAuth, &*OAUTH_ROW),
            (Row::Unavailable, &*UNAVAILABLE),
            (Row::MissingAuth, &*MISSING_AUTH),
        ];
        let mut matched = [0; 5];
        for l in &lines {
            let line = l.trim();
            for (n, (row, re)) in rows.iter().enumerate() {
                if re.is_match(line) {
                    matched[n] += 1;
                    assert!(row.may_match(line), "{n} {line:?}");
                }
            }
            if DOCTOR_ROW.is_match(line) {
                matched[4] += 1;
                assert!(doctor_id_ends(line), "{line:?}");
            }
        }
        assert!(matched.iter().all(|&m| m > 10), "{matched:?}");
    }

    #[test]
    fn reads_status_sections() {
        let lines = [
            "Default       : openai/gpt-5.5",
            "Fallbacks (1) : anthropic/claude-sonnet-4-6",
            "- openai-codex effective=profiles:~/.openclaw/agents/main/agent/auth-profiles.json | profiles=2 (oauth=2, token=0, api_key=0) | openai-codex:default=OAuth [cooldown 5m], openai-codex:work=OAuth (alice@example.com)",
            "- openai-codex:default (openai-codex) cooldown:auth (5m) — Re-authenticate with `x`.",
            "  - openai-codex:work (alice@example.com) ok expires in 9d",
            "anthropic:claude-cli: expired (0m) — Re-auth via `openclaw models auth login --provider anthropic`.",
        ];
        let mut consumed = vec![false; lines.len()];
        let f = parse(&lines, &mut consumed);
        assert_eq!(f.len(), 6);
        let Fact::StatusHeader(h) = &f[1].1 else { panic!() };
        assert_eq!((h.label.as_str(), h.count), ("Fallbacks", Some(1)));
        let Fact::ProviderLine(p) = &f[2].1 else { panic!() };
        assert_eq!(
            p.profiles[1],
            ("openai-codex:work".to_string(), "OAuth (alice@example.com)".to_string())
        );
        let Fact::Unavailable(u) = &f[3].1 else { panic!() };
        assert_eq!((u.kind.as_str(), u.reason.as_str()), ("cooldown", "auth"));
        let Fact::OAuthRow(o) = &f[4].1 else { panic!() };
        assert_eq!((o.profile_id.as_str(), o.status.as_str()), ("openai-codex:work", "ok"));
        let Fact::OAuthRow(o) = &f[5].1 else { panic!() };
        assert_eq!((o.profile_id.as_str(), o.status.as_str()), ("anthropic:claude-cli", "expired"));
    }
}
