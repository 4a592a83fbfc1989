//! `openclaw models auth order get|set|clear` (formats.md §4): agent, provider, store and the
//! per-agent order override.

use super::Fact;
use regex::Regex;
use serde::{Deserialize, Serialize};
use std::sync::LazyLock;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AuthOrder {
    pub agent: Option<String>,
    pub provider: Option<String>,
    /// `Auth file`, `Auth state file` or `Auth state store` path.
    pub store: Option<String>,
    /// The override ids in order; empty for `(none)`.
    pub override_ids: Vec<String>,
}

static STORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:Auth file|Auth state file|Auth state store)\s*:\s*(\S.*)$").expect("store")
});

/// Read each `Order override:` line with the `Agent:`/`Provider:`/store lines just above it.
pub fn parse(lines: &[&str], consumed: &mut [bool]) -> Vec<(usize, Fact)> {
    let mut out = Vec::new();
    for (i, raw) in lines.iter().enumerate() {
        let line = super::trim(raw);
        let Some(list) = line.strip_prefix("Order override:") else { continue };
        let list = list.trim();
        let override_ids = if list.is_empty() || list.starts_with("(none)") {
            Vec::new()
        } else {
            list.split(',').map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect()
        };
        let mut order = AuthOrder { agent: None, provider: None, store: None, override_ids };
        consumed[i] = true;
        for j in (i.saturating_sub(4)..i).rev() {
            let l = lines[j].trim();
            if let Some(a) = l.strip_prefix("Agent:") {
                order.agent.get_or_insert_with(|| a.trim().to_string());
                consumed[j] = true;
            } else if let Some(p) = l.strip_prefix("Provider:") {
                order.provider.get_or_insert_with(|| p.trim().to_string());
                consumed[j] = true;
            } else if let Some(c) = STORE.captures(l) {
                order.store.get_or_insert_with(|| c[1].to_string());
                consumed[j] = true;
            }
        }
        out.push((i, Fact::AuthOrder(order)));
    }
    out
}
