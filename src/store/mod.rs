//! Thread memory: the parsed evidence, OpenClaw version and reply language of each thread,
//! so the next paste is diagnosed with everything said before. Behind one trait; SQLite is the
//! embedded default, PostgreSQL serves several replicas. Never stores raw pastes or secrets:
//! only parsed, redacted evidence. (Implementations: `sqlite.rs`/`postgres.rs` via sqlx,
//! `memory.rs` for tests; contract below is what the front doors code against.)

use crate::parse::Located;
use serde::{Deserialize, Serialize};
use std::future::Future;
use std::pin::Pin;
use std::time::Duration;

pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// A thread: `scope` is the front door (`discord`, `web`), `id` its thread/channel id.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ThreadKey {
    pub scope: String,
    pub id: String,
}

impl ThreadKey {
    pub fn discord(channel_id: u64) -> ThreadKey {
        ThreadKey { scope: "discord".into(), id: channel_id.to_string() }
    }

    /// The key as logs show it. Discord keys are public snowflakes (channel, user) and are shown
    /// as they are, so operators can find the thread; any other id (a web API `thread` id is a
    /// bearer capability: whoever knows it reads the thread's replies) shows as a short hash.
    pub fn log_id(&self) -> String {
        if self.scope == "discord" {
            return format!("discord:{}", self.id);
        }
        // FNV-1a: stable across runs and builds, so one thread's log lines can be grouped.
        let hash = self.id.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
        });
        format!("{}:{:08x}", self.scope, hash >> 32)
    }
}

/// How long threads are kept: `idle` since their last update (sliding), and `max_age` since
/// their first message however busy they are (absolute), so a busy channel is forgotten too.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Retention {
    pub idle: Duration,
    pub max_age: Duration,
}

/// What a thread remembers.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ThreadMemory {
    /// Parsed evidence of the messages so far (message numbers 1..=messages), deduplicated and
    /// capped: the newest [`MAX_FACTS`] distinct facts at most (see `bound.rs`), in order.
    pub facts: Vec<Located>,
    /// How many messages were read.
    pub messages: usize,
    /// The OpenClaw version given or seen (`2026.6.9`).
    pub version: Option<String>,
    /// The reply locale id used last (`zh-TW`).
    pub locale: Option<String>,
}

/// New evidence for a thread, appended atomically (two replicas updating one thread lose nothing).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ThreadUpdate {
    /// Facts of the new messages, numbered from 1 within this update; the store renumbers them
    /// after the messages already remembered.
    pub facts: Vec<Located>,
    pub messages: usize,
    pub version: Option<String>,
    pub locale: Option<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("the thread store is unavailable: {0}")]
    Unavailable(String),
    #[error("the thread store is full or read-only: {0}")]
    Full(String),
    #[error("stored thread data is unreadable: {0}")]
    Corrupt(String),
    #[error("unsupported DATABASE_URL (use sqlite:… or postgres://…): {0}")]
    BadUrl(String),
}

/// Thread memory and per-channel settings.
pub trait ThreadStore: Send + Sync + 'static {
    fn load<'a>(
        &'a self,
        key: &'a ThreadKey,
    ) -> BoxFuture<'a, Result<Option<ThreadMemory>, StoreError>>;
    /// Append new evidence (deduplicated and capped) and return the thread's new message count.
    fn append<'a>(
        &'a self,
        key: &'a ThreadKey,
        update: &'a ThreadUpdate,
    ) -> BoxFuture<'a, Result<usize, StoreError>>;
    /// Forget threads idle or older than `retention` says; returns how many were removed.
    fn expire<'a>(&'a self, retention: Retention) -> BoxFuture<'a, Result<u64, StoreError>>;
    /// Is the store reachable (readiness)?
    fn ping<'a>(&'a self) -> BoxFuture<'a, Result<(), StoreError>>;
    /// Watch mode per channel (off by default).
    fn set_watch<'a>(
        &'a self,
        guild_id: u64,
        channel_id: u64,
        on: bool,
    ) -> BoxFuture<'a, Result<(), StoreError>>;
    fn is_watched<'a>(&'a self, channel_id: u64) -> BoxFuture<'a, Result<bool, StoreError>>;
}

mod bound;
mod memory;
mod postgres;
mod sql;
mod sqlite;
#[cfg(any(test, feature = "testing"))]
pub mod testing;

pub use bound::{MAX_FACTS, MAX_FACT_BYTES, MAX_ONE_FACT};
pub use memory::MemoryStore;
pub use postgres::PgStore;
pub use sql::{redact_url, ACQUIRE_TIMEOUT, MIGRATOR};
pub use sqlite::SqliteStore;

use std::sync::Arc;

/// Open the store named by `DATABASE_URL`: `postgres://`/`postgresql://` → PostgreSQL; a plain
/// path or `sqlite:` URL → SQLite (file created, migrations applied). Other schemes → `BadUrl`.
pub async fn connect(database_url: &str) -> Result<Arc<dyn ThreadStore>, StoreError> {
    let url = database_url.trim();
    let lower = url.to_ascii_lowercase();
    if lower.starts_with("postgres://") || lower.starts_with("postgresql://") {
        let store = PgStore::connect(url).await?;
        tracing::info!(url = %redact_url(url), "thread store: PostgreSQL");
        Ok(Arc::new(store))
    } else if lower.starts_with("sqlite:") || (!url.is_empty() && !url.contains("://")) {
        let store = SqliteStore::connect(url).await?;
        // The full path, so a relative default is never a surprise (docs: README, .env.example).
        let file = sqlite::file_of(url)
            .map_or_else(|| "in memory".to_string(), |p| p.display().to_string());
        tracing::info!(%file, "thread store: SQLite");
        Ok(Arc::new(store))
    } else if url.is_empty() {
        Err(StoreError::BadUrl("DATABASE_URL is empty".into()))
    } else {
        Err(StoreError::BadUrl(redact_url(url)))
    }
}

#[cfg(test)]
mod log_id_tests {
    use super::ThreadKey;

    #[test]
    fn a_thread_id_never_appears_in_its_log_form() {
        let key = ThreadKey { scope: "web".into(), id: "s3cret-thread-capability".into() };
        let shown = key.log_id();
        assert!(!shown.contains("s3cret"), "{shown}");
        assert!(shown.starts_with("web:") && shown.len() == "web:".len() + 8, "{shown}");
        // Stable, so one thread's lines group together; different ids differ.
        assert_eq!(shown, key.log_id());
        let other = ThreadKey { scope: "web".into(), id: "another-thread".into() };
        assert_ne!(shown, other.log_id());
        // Discord snowflakes are public and what an operator searches for.
        assert_eq!(
            ThreadKey::discord(1_300_000_000_000_020_061).log_id(),
            "discord:1300000000000020061"
        );
    }
}
