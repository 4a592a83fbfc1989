//! Thread memory as the front doors use it: every store call is time-boxed, and an error or a
//! timeout is logged and treated as "no memory", so a store outage degrades to stateless
//! replies and never to no reply.

use crate::parse::{Fact, Located};
use crate::store::{ThreadKey, ThreadMemory, ThreadStore, ThreadUpdate};
use std::collections::HashMap;
use std::sync::{Arc, LazyLock, Mutex, PoisonError};
use std::time::Duration;

/// Load a thread's memory, or `None` (nothing remembered, store down or too slow).
pub async fn load(
    store: &dyn ThreadStore,
    key: &ThreadKey,
    limit: Duration,
) -> Option<ThreadMemory> {
    match tokio::time::timeout(limit, store.load(key)).await {
        Ok(Ok(m)) => m,
        Ok(Err(e)) => {
            tracing::warn!(thread = %key.log_id(), error = %e, "thread store load failed; replying without memory");
            None
        }
        Err(_) => {
            tracing::warn!(thread = %key.log_id(), timeout_ms = limit.as_millis() as u64, "thread store load timed out; replying without memory");
            None
        }
    }
}

/// The longest a detached append may run before it is given up.
const APPEND_HARD_LIMIT: Duration = Duration::from_secs(30);

/// Appends still running (per store), so a graceful shutdown can let them land: a slow append
/// goes on after the reply in a detached task, which the runtime would otherwise cancel when
/// the process exits. Keyed by the store's address, so two bots in one process (tests) do not
/// wait for each other.
#[derive(Default)]
struct Pending {
    count: usize,
    idle: Arc<tokio::sync::Notify>,
}

static PENDING: LazyLock<Mutex<HashMap<usize, Pending>>> =
    LazyLock::new(|| Mutex::new(HashMap::new()));

fn store_key(store: &Arc<dyn ThreadStore>) -> usize {
    Arc::as_ptr(store) as *const () as usize
}

/// Counts one running append until dropped.
struct PendingGuard(usize);

impl PendingGuard {
    fn enter(store: &Arc<dyn ThreadStore>) -> PendingGuard {
        let key = store_key(store);
        PENDING.lock().unwrap_or_else(PoisonError::into_inner).entry(key).or_default().count += 1;
        PendingGuard(key)
    }
}

impl Drop for PendingGuard {
    fn drop(&mut self) {
        let mut map = PENDING.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(p) = map.get_mut(&self.0) {
            p.count = p.count.saturating_sub(1);
            if p.count == 0 {
                let idle = p.idle.clone();
                map.remove(&self.0);
                idle.notify_waiters();
            }
        }
    }
}

/// How many appends to this store are still running.
pub fn pending_appends(store: &Arc<dyn ThreadStore>) -> usize {
    PENDING
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .get(&store_key(store))
        .map_or(0, |p| p.count)
}

/// Wait (at most `limit`) until no append to this store is running; returns whether none is.
/// For graceful shutdown, after the front door stopped taking new work.
pub async fn drain_appends(store: &Arc<dyn ThreadStore>, limit: Duration) -> bool {
    let key = store_key(store);
    let wait = async {
        loop {
            let idle = {
                let map = PENDING.lock().unwrap_or_else(PoisonError::into_inner);
                match map.get(&key) {
                    Some(p) if p.count > 0 => p.idle.clone(),
                    _ => return,
                }
            };
            let notified = idle.notified();
            tokio::pin!(notified);
            notified.as_mut().enable();
            if pending_appends(store) == 0 {
                return;
            }
            notified.await;
        }
    };
    tokio::time::timeout(limit, wait).await.is_ok()
}

/// Append new evidence. The reply waits for it at most `wait`; a slower append goes on in the
/// background (so the evidence still lands; [`drain_appends`] lets a shutdown wait for it) and
/// failures are logged, never returned.
pub async fn append(
    store: Arc<dyn ThreadStore>,
    key: ThreadKey,
    update: ThreadUpdate,
    wait: Duration,
) -> Option<usize> {
    let id = key.log_id();
    let guard = PendingGuard::enter(&store);
    let task = tokio::spawn(async move {
        let _guard = guard;
        match tokio::time::timeout(APPEND_HARD_LIMIT, store.append(&key, &update)).await {
            Ok(Ok(m)) => Some(m),
            Ok(Err(e)) => {
                tracing::warn!(thread = %key.log_id(), error = %e, "thread store append failed; this message is not remembered");
                None
            }
            Err(_) => {
                tracing::warn!(thread = %key.log_id(), "thread store append gave up; this message is not remembered");
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::testing::SlowStore;
    use crate::store::MemoryStore;

    #[tokio::test]
    async fn a_slow_append_outlives_the_reply_and_a_drain_waits_for_it() {
        let inner: Arc<dyn ThreadStore> = Arc::new(MemoryStore::new());
        let store: Arc<dyn ThreadStore> =
            Arc::new(SlowStore::new(inner.clone(), Duration::from_millis(300)));
        let other: Arc<dyn ThreadStore> = Arc::new(MemoryStore::new());
        let key = ThreadKey::discord(7);
        let update = ThreadUpdate { messages: 1, ..ThreadUpdate::default() };
        // The reply does not wait for it…
        assert_eq!(
            append(store.clone(), key.clone(), update, Duration::from_millis(10)).await,
            None
        );
        assert_eq!(pending_appends(&store), 1);
        // …another store's drain does not wait for it either…
        assert_eq!(pending_appends(&other), 0);
        assert!(drain_appends(&other, Duration::ZERO).await);
        // …and a drain of this store returns once it landed.
        assert!(drain_appends(&store, Duration::from_secs(30)).await);
        assert_eq!(pending_appends(&store), 0);
        assert_eq!(inner.load(&key).await.unwrap().unwrap().messages, 1);
    }
}
