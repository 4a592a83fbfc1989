//! The chat replies `/model` and `/model status` (formats.md §8): the conversation's current
//! model (and whether it is a user selection) and each provider block's auth entries with
//! their flags (`next`, `lastGood`, `cooldown 5m`, `exp 9d`, `exp expired`).

use super::Fact;
use regex::Regex;
use serde::{Deserialize, Serialize};
use std::sync::LazyLock;

/// `Current: <ref> (selected)`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ChatCurrent {
    pub model_ref: String,
    /// `(selected)`: a session override picked by the user.
    pub selected: bool,
}

/// One `<id>=<value> (who) (flags)` entry of a `[<provider>] … auth:` block.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ChatAuthEntry {
    pub provider: String,
    pub profile_id: String,
    /// `OAuth`, `missing`, `token:<masked>`, a masked key.
    pub value: String,
    pub flags: Vec<String>,
}

impl ChatAuthEntry {
    pub fn has_flag(&self, flag: &str) -> bool {
        self.flags.iter().any(|f| f == flag)
    }
    pub fn is_next(&self) -> bool {
        self.has_flag("next")
    }
    pub fn is_expired(&self) -> bool {
        self.flags.iter().any(|f| f == "exp expired" || f == "expired")
    }
    pub fn is_missing(&self) -> bool {
        self.value == "missing"
    }
}

static CURRENT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^Current:\s+(\S+/\S+)(\s+\(selected\))?").expect("current"));
static BLOCK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\[([\w.-]+)\]\s+endpoint:.*?\bauth:\s*(.*)$").expect("block"));
static ENTRY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^([\w.-]+:[^\s=]+)=(\S+)(.*)$").expect("entry"));

/// Split on `, ` outside parentheses.
fn split_top(s: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let (mut depth, mut start) = (0i32, 0usize);
    let bytes = s.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        match b {
            b'(' => depth += 1,
            b')' => depth -= 1,
            b',' if depth <= 0 => {
                out.push(s[start..i].trim());
                start = i + 1;
            }
            _ => {}
        }
    }
    out.push(s[start..].trim());
    out.into_iter().filter(|p| !p.is_empty()).collect()
}

/// Parenthesised groups at top level of `rest`.
fn groups(rest: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let (mut depth, mut start) = (0i32, 0usize);
    for (i, c) in rest.char_indices() {
        match c {
            '(' => {
                if depth == 0 {
                    start = i + 1;
                }
                depth += 1;
            }
            ')' => {
                depth -= 1;
                if depth == 0 {
                    out.push(&rest[start..i]);
                }
            }
            _ => {}
        }
    }
    out
}

const FLAG_WORDS: [&str; 6] = ["next", "lastGood", "cooldown", "exp", "disabled", "expired"];

pub fn parse(lines: &[&str], consumed: &mut [bool]) -> Vec<(usize, Fact)> {
    let mut out = Vec::new();
    for (i, raw) in lines.iter().enumerate() {
        let line = super::trim(raw);
        // Cheap gates (both patterns are anchored on a literal): `captures` allocates even where
        // it cannot match.
        if let Some(c) = line.starts_with("Current:").then(|| CURRENT.captures(line)).flatten() {
            consumed[i] = true;
            out.push((
                i,
                Fact::ChatCurrent(ChatCurrent {
                    model_ref: c[1].to_string(),
                    selected: c.get(2).is_some(),
                }),
            ));
            continue;
        }
        if line.starts_with("Switch: /model")
            || line.starts_with("Browse: /models")
            || line.starts_with("More: /model")
        {
            consumed[i] = true;
            continue;
        }
        if !line.starts_with('[') {
            continue;
        }
        let Some(c) = BLOCK.captures(line) else { continue };
        consumed[i] = true;
        let provider = c[1].to_string();
        for part in split_top(&c[2]) {
            let Some(e) = ENTRY.captures(part) else { continue };
            let mut flags = Vec::new();
            for g in groups(&e[3]) {
                let words: Vec<&str> = g.split(',').map(str::trim).collect();
                if words.iter().all(|w| FLAG_WORDS.iter().any(|f| w.starts_with(f))) {
                    flags.extend(words.iter().map(ToString::to_string));
                }
            }
            out.push((
                i,
                Fact::ChatAuth(ChatAuthEntry {
                    provider: provider.clone(),
                    profile_id: e[1].to_string(),
                    value: e[2].trim_end_matches(',').to_string(),
                    flags,
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
    fn reads_block_entries_and_flags() {
        let lines = [
            "Current: openai/gpt-5.5 (selected)",
            "[openai] endpoint: default api: openai-responses auth: openai:work=OAuth (alice@example.com) (next, lastGood, exp 9d), openai:default=OAuth (cooldown 5m) (auth-profiles.json: ~/.openclaw/agents/main/agent/auth-profiles.json)",
        ];
        let mut consumed = vec![false; 2];
        let f = parse(&lines, &mut consumed);
        let Fact::ChatCurrent(c) = &f[0].1 else { panic!() };
        assert!(c.selected);
        let Fact::ChatAuth(a) = &f[1].1 else { panic!() };
        assert_eq!(a.profile_id, "openai:work");
        assert_eq!(a.flags, vec!["next", "lastGood", "exp 9d"]);
        let Fact::ChatAuth(b) = &f[2].1 else { panic!() };
        assert_eq!(b.flags, vec!["cooldown 5m"]);
    }
}
