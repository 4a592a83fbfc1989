//! In-process thread store: for tests and for running without a database (memory is lost on
//! restart and not shared between replicas). Same semantics as the SQL stores.

use super::bound::{self, StoredFact};
use super::sql::{cutoff, now_unix, update_count};
use super::{BoxFuture, Retention, StoreError, ThreadKey, ThreadMemory, ThreadStore, ThreadUpdate};
use std::collections::HashMap;
use std::sync::{Mutex, MutexGuard, PoisonError};

/// One thread, kept as the SQL stores keep it (unix seconds, bounded facts).
#[derive(Debug, Default)]
struct Thread {
    facts: Vec<StoredFact>,
    messages: usize,
    version: Option<String>,
    locale: Option<String>,
    created_at: i64,
    updated_at: i64,
}

#[derive(Debug, Default)]
struct Inner {
    threads: HashMap<ThreadKey, Thread>,
    /// channel id → guild id
    watched: HashMap<u64, u64>,
}

/// Thread memory in a `HashMap` behind a mutex (never held across an await).
#[derive(Debug, Default)]
pub struct MemoryStore {
    inner: Mutex<Inner>,
}

impl MemoryStore {
    pub fn new() -> MemoryStore {
        MemoryStore::default()
    }

    /// Move a thread's last update `idle` seconds and its creation `age` seconds into the past
    /// (what the SQL tests do with an `UPDATE`), for expiry tests.
    #[cfg(any(test, feature = "testing"))]
    pub fn backdate(&self, key: &ThreadKey, idle: i64, age: i64) {
        if let Some(t) = self.lock().threads.get_mut(key) {
            t.updated_at -= idle;
            t.created_at -= age;
        }
    }

    /// A poisoned lock only means another task panicked mid-update; the map is still usable.
    fn lock(&self) -> MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

impl ThreadStore for MemoryStore {
    fn load<'a>(
        &'a self,
        key: &'a ThreadKey,
    ) -> BoxFuture<'a, Result<Option<ThreadMemory>, StoreError>> {
        Box::pin(async move {
            Ok(self.lock().threads.get(key).map(|t| ThreadMemory {
                facts: t.facts.iter().map(|f| f.fact.clone()).collect(),
                messages: t.messages,
                version: t.version.clone(),
                locale: t.locale.clone(),
            }))
        })
    }

    fn append<'a>(
        &'a self,
        key: &'a ThreadKey,
        update: &'a ThreadUpdate,
    ) -> BoxFuture<'a, Result<usize, StoreError>> {
        Box::pin(async move {
            let now = now_unix();
            let mut inner = self.lock();
            let thread = inner
                .threads
                .entry(key.clone())
                .or_insert_with(|| Thread { created_at: now, ..Thread::default() });
            let new = bound::prepare(&update.facts, thread.messages)?;
            bound::merge(&mut thread.facts, new);
            thread.messages += update_count(update);
            if update.version.is_some() {
                thread.version.clone_from(&update.version);
            }
            if update.locale.is_some() {
                thread.locale.clone_from(&update.locale);
            }
            thread.updated_at = now;
            Ok(thread.messages)
        })
    }

    fn expire<'a>(&'a self, retention: Retention) -> BoxFuture<'a, Result<u64, StoreError>> {
        Box::pin(async move {
            let (idle, born) = (cutoff(retention.idle), cutoff(retention.max_age));
            let mut inner = self.lock();
            let before = inner.threads.len();
            inner.threads.retain(|_, t| t.updated_at >= idle && t.created_at >= born);
            Ok((before - inner.threads.len()) as u64)
        })
    }

    fn ping<'a>(&'a self) -> BoxFuture<'a, Result<(), StoreError>> {
        Box::pin(async { Ok(()) })
    }

    fn set_watch<'a>(
        &'a self,
        guild_id: u64,
        channel_id: u64,
        on: bool,
    ) -> BoxFuture<'a, Result<(), StoreError>> {
        Box::pin(async move {
            let mut inner = self.lock();
            if on {
                inner.watched.insert(channel_id, guild_id);
            } else {
                inner.watched.remove(&channel_id);
            }
            Ok(())
        })
    }

    fn is_watched<'a>(&'a self, channel_id: u64) -> BoxFuture<'a, Result<bool, StoreError>> {
        Box::pin(async move { Ok(self.lock().watched.contains_key(&channel_id)) })
    }
}
