//! `openclaw models status --probe`: the `Auth probes` box table (formats.md §3).
//! Rows are split on `│`/`|`, never by offset; a logical row starts where the Status fragment
//! matches `<status> · <latency>`; wrapped Model/Profile/Status fragments are re-joined.

use super::Fact;
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

static STATUS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(ok|auth|rate_limit|billing|timeout|format|unknown|no_model)\s*[·•.]\s*(-|\d+(?:\.\d+)?(?:ms|s|m))$")
        .expect("status")
});
static PROFILE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(.+?)\s*\((oauth|token|api_key)\)$").expect("profile"));
// Profile ids are ASCII: a Unicode `\w` costs ≈ 2 M instructions to compile,
// more than the rest of a probe table's parse (issue 14).
static LABEL_ID: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^([0-9A-Za-z_.-]+:\S+)(?:\s+\(([^)]*)\))?$").expect("label"));
/// The code of `Auth reason [<code>]` (the first such place), read by hand: even with an ASCII
/// class, compiling its regex cost 1.7 M instructions.
fn reason(d: &str) -> Option<&str> {
    d.match_indices("Auth reason [").find_map(|(i, m)| {
        let rest = &d[i + m.len()..];
        let n = rest.bytes().take_while(|b| b.is_ascii_alphanumeric() || *b == b'_').count();
        (n > 0 && rest[n..].starts_with(']')).then(|| &rest[..n])
    })
}
static FOOTER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"Probed (\d+) targets? in ").expect("footer"));

fn is_border(line: &str) -> bool {
    let t = line.trim();
    !t.is_empty()
        && t.chars().all(|c| "─━┌┐└┘├┤┬┴┼+-=|: ".contains(c))
        && t.chars().any(|c| "─━┌┐└┘├┤┬┴┼+-=".contains(c))
}

/// Cells of a table line split on `│` or `|` (outer borders dropped).
fn cells(line: &str) -> Option<Vec<String>> {
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
    Some(parts.into_iter().map(|p| p.trim().to_string()).collect())
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

fn finish(b: Building) -> (usize, Fact) {
    let (status, latency) = STATUS
        .captures(&b.status)
        .map(|c| (c[1].to_string(), c[2].to_string()))
        .unwrap_or_else(|| (b.status.clone(), String::new()));
    let (label, mode) = match PROFILE.captures(&b.profile) {
        Some(c) => (c[1].trim().to_string(), Some(c[2].to_string())),
        None => (b.profile.trim().to_string(), None),
    };
    let profile_id = LABEL_ID.captures(&label).map(|c| c[1].to_string());
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
    let model_ref = b.model.replace(' ', "");
    (
        b.first_line,
        Fact::Probe(ProbeRow {
            model_ref,
            profile_id,
            label,
            mode,
            status,
            latency,
            details: b.details,
            reason_code,
        }),
    )
}

/// Find probe tables in the lines; mark what was read as consumed.
pub fn parse(lines: &[&str], consumed: &mut [bool]) -> Vec<(usize, Fact)> {
    let mut out = Vec::new();
    let mut in_table = false;
    let mut cur: Option<Building> = None;
    for (i, raw) in lines.iter().enumerate() {
        let line = raw.trim();
        if line == "Auth probes" || line.starts_with("Auth probes ") {
            consumed[i] = true;
            in_table = true;
            continue;
        }
        if let Some(c) = line.contains("Probed ").then(|| FOOTER.captures(line)).flatten() {
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
        let Some(cs) = cells(line) else {
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
        };
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
            if !STATUS.is_match(&cs[2]) {
                continue;
            }
            in_table = true;
        }
        consumed[i] = true;
        let (model, profile) = (&cs[0], &cs[1]);
        let status = cs[2..].join(" | ");
        let status = status.trim();
        if STATUS.is_match(status) {
            if let Some(b) = cur.take() {
                out.push(finish(b));
            }
            cur = Some(Building {
                first_line: i,
                model: model.clone(),
                profile: profile.clone(),
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
                Fact::Probe(r) => Some(r),
                _ => None,
            })
            .collect()
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
