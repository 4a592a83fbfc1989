//! Gateway log decision lines (formats.md §10): `model fallback decision:` and
//! `embedded run failover decision:`. Write-ups abbreviate them, so any subset of the
//! `key=value` pairs is accepted; `detail=` and `rawError=` run to the end of the line.

use super::Fact;
use regex::Regex;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::sync::LazyLock;

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

static KV: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?:^|\s)([A-Za-z]\w*)=(\S+)").expect("kv"));

pub fn parse_line(line: &str) -> Option<Fact> {
    if !line.contains("decision=") {
        return None;
    }
    let family = if line.contains("failover decision") || line.contains("stage=") || line.contains("decision=fallback_model")
        || line.contains("decision=rotate_profile") || line.contains("decision=surface_error")
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
    for c in KV.captures_iter(head) {
        fields.insert(c[1].to_string(), c[2].to_string());
    }
    let tail = tail.trim();
    if let Some((k, v)) = tail.split_once('=') {
        fields.insert(k.to_string(), v.to_string());
    }
    Some(Fact::Decision(DecisionLine { family: family.to_string(), fields }))
}
