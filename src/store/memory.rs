//! In-process thread store: for tests and for running without a database (memory is lost on
//! restart and not shared between replicas). Same semantics as the SQL stores.

use super::sql::{renumber, update_count};
use super::{BoxFuture, StoreError, ThreadKey, ThreadMemory, ThreadStore, ThreadUpdate};
use std::collections::HashMap;
use std::sync::{Mutex, MutexGuard};
use std::time::{Duration, Instant};

#[derive(Debug, Default)]
struct Inner {
    threads: HashMap<ThreadKey, (ThreadMemory, Instant)>,
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

    /// A poisoned lock only means another task panicked mid-update; the map is still usable.
    fn lock(&self) -> MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(|p| p.into_inner())
    }
}

impl ThreadStore for MemoryStore {
    fn load<'a>(
        &'a self,
        key: &'a ThreadKey,
    ) -> BoxFuture<'a, Result<Option<ThreadMemory>, StoreError>> {
        Box::pin(async move { Ok(self.lock().threads.get(key).map(|(m, _)| m.clone())) })
    }

    fn append<'a>(
        &'a self,
        key: &'a ThreadKey,
        update: &'a ThreadUpdate,
    ) -> BoxFuture<'a, Result<ThreadMemory, StoreError>> {
        Box::pin(async move {
            let mut inner = self.lock();
            let (memory, touched) = inner
                .threads
                .entry(key.clone())
                .or_insert_with(|| (ThreadMemory::default(), Instant::now()));
            memory.facts.extend(renumber(&update.facts, memory.messages));
            memory.messages += update_count(update);
            if update.version.is_some() {
                memory.version.clone_from(&update.version);
            }
            if update.locale.is_some() {
                memory.locale.clone_from(&update.locale);
            }
            *touched = Instant::now();
            Ok(memory.clone())
        })
    }

    fn expire<'a>(&'a self, older_than: Duration) -> BoxFuture<'a, Result<u64, StoreError>> {
        Box::pin(async move {
            let now = Instant::now();
            let mut inner = self.lock();
            let before = inner.threads.len();
            inner.threads.retain(|_, (_, touched)| now.duration_since(*touched) <= older_than);
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::{Fact, Loc, Located};

    fn fact(message: usize, tag: &str) -> Located {
        Located {
            loc: Loc { message, line: 1 },
            quote: tag.to_string(),
            fact: Fact::AgentModelString { agent: tag.to_string(), model_ref: "m".into() },
        }
    }

    #[tokio::test]
    async fn appends_renumber_and_expire() {
        let store = MemoryStore::new();
        let key = ThreadKey::discord(1);
        assert_eq!(store.load(&key).await.unwrap(), None);
        let u1 = ThreadUpdate {
            facts: vec![fact(1, "a"), fact(2, "b")],
            messages: 2,
            version: Some("2026.6.9".into()),
            locale: None,
        };
        let u2 = ThreadUpdate {
            facts: vec![fact(1, "c")],
            messages: 1,
            version: None,
            locale: Some("de".into()),
        };
        store.append(&key, &u1).await.unwrap();
        let m = store.append(&key, &u2).await.unwrap();
        assert_eq!(m.messages, 3);
        assert_eq!(m.facts.iter().map(|f| f.loc.message).collect::<Vec<_>>(), vec![1, 2, 3]);
        assert_eq!(m.version.as_deref(), Some("2026.6.9"));
        assert_eq!(m.locale.as_deref(), Some("de"));
        assert_eq!(store.load(&key).await.unwrap(), Some(m));
        assert_eq!(store.expire(Duration::from_secs(3600)).await.unwrap(), 0);
        tokio::time::sleep(Duration::from_millis(5)).await;
        assert_eq!(store.expire(Duration::ZERO).await.unwrap(), 1);
        assert_eq!(store.load(&key).await.unwrap(), None);
    }

    #[tokio::test]
    async fn watch_mode() {
        let store = MemoryStore::new();
        assert!(!store.is_watched(7).await.unwrap());
        store.set_watch(1, 7, true).await.unwrap();
        assert!(store.is_watched(7).await.unwrap());
        store.set_watch(1, 7, false).await.unwrap();
        assert!(!store.is_watched(7).await.unwrap());
        store.ping().await.unwrap();
    }
}
