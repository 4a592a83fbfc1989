//! Test doubles for front-door tests: a store that is always down ([`FailingStore`]) and one
//! that answers late ([`SlowStore`]), to check that front doors degrade instead of hanging.
//! Compiled for unit tests and with the `testing` feature, which the crate's dev-dependency on
//! itself turns on for integration tests: a release binary does not carry them.

use super::{BoxFuture, Retention, StoreError, ThreadKey, ThreadMemory, ThreadStore, ThreadUpdate};
use std::sync::Arc;
use std::time::Duration;

/// Every call fails with `StoreError::Unavailable`, like a database that is down.
#[derive(Debug, Default, Clone, Copy)]
pub struct FailingStore;

impl FailingStore {
    pub fn new() -> FailingStore {
        FailingStore
    }

    fn fail<T>(what: &str) -> Result<T, StoreError> {
        Err(StoreError::Unavailable(format!("{what}: injected failure (FailingStore)")))
    }
}

impl ThreadStore for FailingStore {
    fn load<'a>(
        &'a self,
        _key: &'a ThreadKey,
    ) -> BoxFuture<'a, Result<Option<ThreadMemory>, StoreError>> {
        Box::pin(async { Self::fail("load") })
    }

    fn append<'a>(
        &'a self,
        _key: &'a ThreadKey,
        _update: &'a ThreadUpdate,
    ) -> BoxFuture<'a, Result<usize, StoreError>> {
        Box::pin(async { Self::fail("append") })
    }

    fn expire<'a>(&'a self, _retention: Retention) -> BoxFuture<'a, Result<u64, StoreError>> {
        Box::pin(async { Self::fail("expire") })
    }

    fn ping<'a>(&'a self) -> BoxFuture<'a, Result<(), StoreError>> {
        Box::pin(async { Self::fail("ping") })
    }

    fn set_watch<'a>(
        &'a self,
        _guild_id: u64,
        _channel_id: u64,
        _on: bool,
    ) -> BoxFuture<'a, Result<(), StoreError>> {
        Box::pin(async { Self::fail("set_watch") })
    }

    fn is_watched<'a>(&'a self, _channel_id: u64) -> BoxFuture<'a, Result<bool, StoreError>> {
        Box::pin(async { Self::fail("is_watched") })
    }
}

/// Wraps a store and sleeps `delay` before every call, like a database under load; used to
/// check that front doors time out on the store and still answer.
#[derive(Clone)]
pub struct SlowStore {
    inner: Arc<dyn ThreadStore>,
    delay: Duration,
}

impl SlowStore {
    pub fn new(inner: Arc<dyn ThreadStore>, delay: Duration) -> SlowStore {
        SlowStore { inner, delay }
    }

    pub fn delay(&self) -> Duration {
        self.delay
    }
}

impl std::fmt::Debug for SlowStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SlowStore").field("delay", &self.delay).finish_non_exhaustive()
    }
}

impl ThreadStore for SlowStore {
    fn load<'a>(
        &'a self,
        key: &'a ThreadKey,
    ) -> BoxFuture<'a, Result<Option<ThreadMemory>, StoreError>> {
        Box::pin(async move {
            tokio::time::sleep(self.delay).await;
            self.inner.load(key).await
        })
    }

    fn append<'a>(
        &'a self,
        key: &'a ThreadKey,
        update: &'a ThreadUpdate,
    ) -> BoxFuture<'a, Result<usize, StoreError>> {
        Box::pin(async move {
            tokio::time::sleep(self.delay).await;
            self.inner.append(key, update).await
        })
    }

    fn expire<'a>(&'a self, retention: Retention) -> BoxFuture<'a, Result<u64, StoreError>> {
        Box::pin(async move {
            tokio::time::sleep(self.delay).await;
            self.inner.expire(retention).await
        })
    }

    fn ping<'a>(&'a self) -> BoxFuture<'a, Result<(), StoreError>> {
        Box::pin(async move {
            tokio::time::sleep(self.delay).await;
            self.inner.ping().await
        })
    }

    fn set_watch<'a>(
        &'a self,
        guild_id: u64,
        channel_id: u64,
        on: bool,
    ) -> BoxFuture<'a, Result<(), StoreError>> {
        Box::pin(async move {
            tokio::time::sleep(self.delay).await;
            self.inner.set_watch(guild_id, channel_id, on).await
        })
    }

    fn is_watched<'a>(&'a self, channel_id: u64) -> BoxFuture<'a, Result<bool, StoreError>> {
        Box::pin(async move {
            tokio::time::sleep(self.delay).await;
            self.inner.is_watched(channel_id).await
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::MemoryStore;
    use std::time::Instant;

    #[tokio::test]
    async fn failing_store_is_unavailable() {
        let s = FailingStore::new();
        assert!(matches!(s.ping().await, Err(StoreError::Unavailable(_))));
        assert!(matches!(s.load(&ThreadKey::discord(1)).await, Err(StoreError::Unavailable(_))));
        assert!(matches!(s.is_watched(1).await, Err(StoreError::Unavailable(_))));
    }

    #[tokio::test]
    async fn slow_store_delays_then_delegates() {
        let s = SlowStore::new(Arc::new(MemoryStore::new()), Duration::from_millis(50));
        let t = Instant::now();
        s.set_watch(1, 2, true).await.unwrap();
        assert!(s.is_watched(2).await.unwrap());
        assert!(t.elapsed() >= Duration::from_millis(100));
        let timed_out = tokio::time::timeout(Duration::from_millis(10), s.ping()).await;
        assert!(timed_out.is_err(), "a caller's timeout fires before the slow store answers");
    }
}
