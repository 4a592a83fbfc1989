//! Gateway log decision lines (formats.md §10): `model fallback decision:` and
//! `embedded run failover decision:`. Write-ups abbreviate them, so any subset of the
//! `key=value` pairs is accepted; `detail=` and `rawError=` run to the end of the line.

use super::Fact;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DecisionLine {
    /// `fallback` for `[model-fallback/decision]`, `failover` for the embedded runner.
    pub family: String,
    pub fields: BTreeMap<String, String>,
}

impl DecisionLine {
    pub fn get(&self, key: &str) -> Option<&str> {
        self.fields.get(key).map(String::as_str)
    }
}

/// The `key=value` pairs of `(?:^|\s)([A-Za-z]\w*)=(\S+)`, without a regex: every
/// whitespace-separated token whose part before the first `=` is a key. (Captures per pair were
/// a tenth of the time of a 1 MiB log paste; docs/performance.md.)
fn pairs(head: &str) -> impl Iterator<Item = (&str, &str)> {
    head.split(char::is_whitespace).filter_map(|tok| {
        let (k, v) = tok.split_once('=')?;
        let mut kc = k.chars();
        let key = kc.next().is_some_and(|c| c.is_ascii_alphabetic())
            && kc.all(|c| c.is_alphanumeric() || c == '_');
        (key && !v.is_empty()).then_some((k, v))
    })
}

pub fn parse_line(line: &str) -> Option<Fact> {
    if !line.contains("decision=") {
        return None;
    }
    let family = if line.contains("failover decision")
        || line.contains("stage=")
        || line.contains("decision=fallback_model")
        || line.contains("decision=rotate_profile")
        || line.contains("decision=surface_error")
    {
        "failover"
    } else {
        "fallback"
    };
    let (head, tail) = match line.find(" detail=").or_else(|| line.find(" rawError=")) {
        Some(p) => line.split_at(p),
        None => (line, ""),
    };
    let mut fields = BTreeMap::new();
    for (k, v) in pairs(head) {
        fields.insert(k.to_string(), v.to_string());
    }
    let tail = tail.trim();
    if let Some((k, v)) = tail.split_once('=') {
        fields.insert(k.to_string(), v.to_string());
    }
    Some(Fact::Decision(DecisionLine { family: family.to_string(), fields }))
}
