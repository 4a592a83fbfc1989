//! What both front doors do around their work: count what is in flight so a graceful
//! shutdown can wait for it, let the thread-memory writes still running land, forget expired
//! threads now and then, and resolve on SIGTERM or ctrl-c. One copy for the gateway bot and the
//! HTTP server.

use crate::store::ThreadStore;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Notify;

/// Counts work in flight (interactions being handled, deferred replies, follow-ups), so
/// shutdown can wait for it. Cheap to clone; clones count together.
#[derive(Clone, Default)]
pub struct InFlight(Arc<Counter>);

#[derive(Default)]
struct Counter {
    count: AtomicUsize,
    idle: Notify,
}

/// Held while one piece of work runs.
pub struct InFlightGuard(Arc<Counter>);

impl InFlight {
    /// Count one piece of work until the guard is dropped.
    #[must_use]
    pub fn enter(&self) -> InFlightGuard {
        self.0.count.fetch_add(1, Ordering::SeqCst);
        InFlightGuard(self.0.clone())
    }

    /// How much is running now.
    pub fn count(&self) -> usize {
        self.0.count.load(Ordering::SeqCst)
    }

    /// Wait until nothing runs, at most `limit`; returns whether it became idle.
    pub async fn wait_idle(&self, limit: Duration) -> bool {
        let wait = async {
            loop {
                let notified = self.0.idle.notified();
                if self.0.count.load(Ordering::SeqCst) == 0 {
                    return;
                }
                notified.await;
            }
        };
        tokio::time::timeout(limit, wait).await.is_ok()
    }
}

impl Drop for InFlightGuard {
    fn drop(&mut self) {
        if self.0.count.fetch_sub(1, Ordering::SeqCst) == 1 {
            self.0.idle.notify_waiters();
        }
    }
}

/// After the work in flight: let the thread-memory appends that outlived their reply's wait
/// land (or fail) before `deadline`, rather than be cut off when the process exits.
pub async fn drain_memory_writes(store: &Arc<dyn ThreadStore>, deadline: tokio::time::Instant) {
    let pending = super::memory::pending_appends(store);
    if pending == 0 {
        return;
    }
    tracing::info!(pending, "waiting for thread memory writes");
    let left = deadline.saturating_duration_since(tokio::time::Instant::now());
    if !super::memory::drain_appends(store, left).await {
        tracing::warn!(
            pending = super::memory::pending_appends(store),
            "thread memory writes were still running at the deadline; they are not remembered"
        );
    }
}

/// Forget expired threads now and then (every replica does it; the delete is idempotent).
pub async fn expire_loop(store: Arc<dyn ThreadStore>, retention: crate::store::Retention) {
    let period = (retention.idle.min(retention.max_age) / 4)
        .clamp(Duration::from_secs(60), Duration::from_secs(3600));
    let mut tick = tokio::time::interval(period);
    loop {
        tick.tick().await;
        match store.expire(retention).await {
            Ok(0) => {}
            Ok(n) => tracing::info!(removed = n, "expired thread memory"),
            Err(e) => tracing::warn!(error = %e, "expiring thread memory failed"),
        }
    }
}

/// Resolve on SIGTERM or ctrl-c.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        if let Err(e) = tokio::signal::ctrl_c().await {
            tracing::warn!(error = %e, "cannot listen for ctrl-c");
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(e) => {
                tracing::warn!(error = %e, "cannot listen for SIGTERM");
                std::future::pending::<()>().await;
            }
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => tracing::info!("ctrl-c received"),
        () = term => tracing::info!("SIGTERM received"),
    }
}
