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

/// The labels [`HEADER`] starts with (it is compiled only for a line that starts with one).
const HEADER_LABELS: [&str; 12] = [
    "Config",
    "Agent dir",
    "Default",
    "Fallbacks",
    "Image ",
    "Aliases",
    "Configured models",
    "Allowed models",
    "Utility model",
    "Auth store",
    "Shell env",
    "Providers w/",
];
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
        // HEADER starts with one of its labels; DOCTOR_ROW holds one of its states.
        let header = HEADER_LABELS.iter().any(|l| line.starts_with(l));
        let doctor = line.contains("expir") || line.contains("missing");
        if let Some(c) = header.then(|| caps(&HEADER)).flatten() {
            consumed[i] = true;
            out.push((
                i,
                Fact::StatusHeader(StatusHeader {
                    label: c[1].to_string(),
                    count: c.get(2).and_then(|m| m.as_str().parse().ok()),
                    value: c[3].trim().to_string(),
                }),
            ));
        } else if let Some(c) = dash.then(|| PROVIDER.captures(line)).flatten() {
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
        } else if let Some(c) = dash.then(|| OAUTH_ROW.captures(line)).flatten() {
            consumed[i] = true;
            out.push((
                i,
                Fact::OAuthRow(OAuthRow {
                    profile_id: c[1].to_string(),
                    status: c[2].to_string(),
                    remaining: c.get(3).map(|m| m.as_str().to_string()),
                }),
            ));
        } else if let Some(c) = dash.then(|| UNAVAILABLE.captures(line)).flatten() {
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
        } else if let Some(c) = dash.then(|| MISSING_AUTH.captures(line)).flatten() {
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
