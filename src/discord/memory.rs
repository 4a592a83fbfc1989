//! Thread memory as the front doors use it: every store call is time-boxed, and an error or a
//! timeout is logged and treated as "no memory", so a store outage degrades to stateless
//! replies and never to no reply.

use crate::parse::{Fact, Located};
use crate::store::{ThreadKey, ThreadMemory, ThreadStore, ThreadUpdate};
use std::sync::Arc;
use std::time::Duration;

/// Load a thread's memory, or `None` (nothing remembered, store down or too slow).
pub async fn load(store: &dyn ThreadStore, key: &ThreadKey, limit: Duration) -> Option<ThreadMemory> {
    match tokio::time::timeout(limit, store.load(key)).await {
        Ok(Ok(m)) => m,
        Ok(Err(e)) => {
            tracing::warn!(thread = %key.id, error = %e, "thread store load failed; replying without memory");
            None
        }
        Err(_) => {
            tracing::warn!(thread = %key.id, timeout_ms = limit.as_millis() as u64, "thread store load timed out; replying without memory");
            None
        }
    }
}

/// The longest a detached append may run before it is given up.
const APPEND_HARD_LIMIT: Duration = Duration::from_secs(30);

/// Append new evidence. The reply waits for it at most `wait`; a slower append goes on in the
/// background (so the evidence still lands) and failures are logged, never returned.
pub async fn append(
    store: Arc<dyn ThreadStore>,
    key: ThreadKey,
    update: ThreadUpdate,
    wait: Duration,
) -> Option<ThreadMemory> {
    let id = key.id.clone();
    let task = tokio::spawn(async move {
        match tokio::time::timeout(APPEND_HARD_LIMIT, store.append(&key, &update)).await {
            Ok(Ok(m)) => Some(m),
            Ok(Err(e)) => {
                tracing::warn!(thread = %key.id, error = %e, "thread store append failed; this message is not remembered");
                None
            }
            Err(_) => {
                tracing::warn!(thread = %key.id, "thread store append gave up; this message is not remembered");
                None
            }
        }
    });
    match tokio::time::timeout(wait, task).await {
        Ok(Ok(m)) => m,
        Ok(Err(e)) => {
            tracing::warn!(thread = %id, error = %e, "thread store append task failed");
            None
        }
        Err(_) => {
            tracing::warn!(thread = %id, timeout_ms = wait.as_millis() as u64, "thread store append is slow; replying without waiting for it");
            None
        }
    }
}

/// Is a channel watched? `None` when the store cannot say.
pub async fn is_watched(store: &dyn ThreadStore, channel_id: u64, limit: Duration) -> Option<bool> {
    match tokio::time::timeout(limit, store.is_watched(channel_id)).await {
        Ok(Ok(b)) => Some(b),
        Ok(Err(e)) => {
            tracing::warn!(channel = channel_id, error = %e, "thread store watch lookup failed");
            None
        }
        Err(_) => {
            tracing::warn!(channel = channel_id, "thread store watch lookup timed out");
            None
        }
    }
}

/// The facts of the new messages of a report, renumbered from 1 (what [`ThreadUpdate`] wants):
/// `diagnose_with_memory` numbers new messages after the highest remembered message.
pub fn new_facts(prior: &[Located], all: &[Located]) -> Vec<Located> {
    let offset = prior.iter().map(|f| f.loc.message).max().unwrap_or(0);
    all.iter()
        .filter(|f| f.loc.message > offset)
        .map(|f| {
            let mut f = f.clone();
            f.loc.message -= offset;
            f
        })
        .collect()
}

/// Profile ids seen in a thread, first seen first.
pub fn profiles(facts: &[Located]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut add = |s: &str| {
        let s = s.trim();
        if s.contains(':') && !s.contains(char::is_whitespace) && !out.iter().any(|o| o == s) {
            out.push(s.to_string());
        }
    };
    for f in facts {
        match &f.fact {
            Fact::Probe(r) => {
                if let Some(id) = &r.profile_id {
                    add(id);
                }
            }
            Fact::AuthList(e) => add(&e.profile_id),
            Fact::AuthOrder(o) => o.override_ids.iter().for_each(|id| add(id)),
            Fact::ProviderLine(p) => p.profiles.iter().for_each(|(id, _)| add(id)),
            Fact::OAuthRow(o) => add(&o.profile_id),
            Fact::Unavailable(u) => add(&u.profile_id),
            Fact::ChatAuth(a) => add(&a.profile_id),
            Fact::SessionOverride { profile_id, .. } => add(profile_id),
            Fact::Signal(s) => {
                if let Some(id) = &s.profile_id {
                    if !id.starts_with('~') && !id.starts_with('/') {
                        add(id);
                    }
                }
            }
            _ => {}
        }
    }
    out
}

/// Model refs seen in a thread, first seen first.
pub fn models(facts: &[Located]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut add = |s: &str| {
        let s = s.trim();
        if s.contains('/')
            && !s.contains(char::is_whitespace)
            && !s.starts_with('~')
            && !s.starts_with('/')
            && !out.iter().any(|o| o == s)
        {
            out.push(s.to_string());
        }
    };
    for f in facts {
        match &f.fact {
            Fact::Probe(r) => add(&r.model_ref),
            Fact::ChatCurrent(c) => add(&c.model_ref),
            Fact::StatusHeader(h) if h.label == "Default" => add(&h.value),
            Fact::AgentModelString { model_ref, .. } => add(model_ref),
            Fact::Signal(s) => {
                if let Some(r) = &s.model_ref {
                    add(r);
                }
            }
            _ => {}
        }
    }
    out
}

/// The stored provider of a profile (from `auth list`), if the thread showed it.
pub fn stored_provider(facts: &[Located], profile_id: &str) -> Option<String> {
    facts.iter().find_map(|f| match &f.fact {
        Fact::AuthList(e) if e.profile_id == profile_id => Some(e.provider.clone()),
        _ => None,
    })
}

/// A model ref that worked with a profile (an `ok` probe row), else any row of it.
pub fn model_for_profile(facts: &[Located], profile_id: &str) -> Option<String> {
    let rows: Vec<_> = facts
        .iter()
        .filter_map(|f| match &f.fact {
            Fact::Probe(r) if r.profile_id.as_deref() == Some(profile_id) => Some(r),
            _ => None,
        })
        .collect();
    rows.iter().find(|r| r.is_ok()).or(rows.first()).map(|r| r.model_ref.clone())
}

/// Whether any remembered fact carries a version (then the engine reads it itself).
pub fn has_version_fact(facts: &[Located]) -> bool {
    facts.iter().any(|f| matches!(f.fact, Fact::Version(_)))
}
