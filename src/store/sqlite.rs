//! SQLite thread store (the embedded default). Appends run in `BEGIN IMMEDIATE` transactions,
//! which take the database write lock up front, so concurrent writers (other pools, other
//! processes on the same file) wait in the busy handler instead of failing or interleaving.

use super::sql::{self, Backend};
use super::{BoxFuture, StoreError, ThreadKey, ThreadMemory, ThreadStore, ThreadUpdate};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::SqlitePool;
use std::path::Path;
use std::str::FromStr;
use std::time::Duration;

/// How long a statement waits for another writer's lock before reporting `Unavailable`.
pub const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// Thread memory in a SQLite file (or `sqlite::memory:`), behind a small connection pool.
#[derive(Debug, Clone)]
pub struct SqliteStore {
    pool: SqlitePool,
}

fn err(context: &str) -> impl FnOnce(sqlx::Error) -> StoreError + '_ {
    move |e| sql::map_err(Backend::Sqlite, context, e)
}

impl SqliteStore {
    /// Open (creating the file and its directory if needed) and migrate. Accepts a plain path,
    /// `sqlite:path`, `sqlite://path?mode=rwc` and `sqlite::memory:`.
    pub async fn connect(database_url: &str) -> Result<SqliteStore, StoreError> {
        let opts = options(database_url)?;
        let shown = opts.get_filename().display().to_string();
        let in_memory =
            shown.starts_with("file:sqlx-in-memory-") || database_url.contains("mode=memory");
        if !in_memory {
            if let Some(dir) = opts.get_filename().parent().filter(|d| !d.as_os_str().is_empty()) {
                if !dir.exists() {
                    std::fs::create_dir_all(dir).map_err(|e| {
                        StoreError::Unavailable(format!(
                            "cannot create the directory of the SQLite database {shown}: {e}"
                        ))
                    })?;
                }
            }
        }
        let pool_opts = if in_memory {
            // An in-memory database lives only while a connection holds it: keep exactly one.
            SqlitePoolOptions::new()
                .max_connections(1)
                .min_connections(1)
                .idle_timeout(None)
                .max_lifetime(None)
        } else {
            SqlitePoolOptions::new().max_connections(4)
        };
        let context = format!("opening the SQLite database {shown}");
        let pool = pool_opts
            .acquire_timeout(sql::ACQUIRE_TIMEOUT)
            .connect_with(opts)
            .await
            .map_err(err(&context))?;
        let store = SqliteStore { pool };
        store.migrate(&shown).await?;
        Ok(store)
    }

    async fn migrate(&self, shown: &str) -> Result<(), StoreError> {
        let migrator = sql::migrator().await?;
        migrator.run(&self.pool).await.map_err(|e| match sql::map_migrate(Backend::Sqlite, e) {
            StoreError::Full(m) => StoreError::Full(format!("{m} (database {shown})")),
            StoreError::Unavailable(m) => {
                StoreError::Unavailable(format!("{m} (database {shown})"))
            }
            other => other,
        })
    }

    /// The underlying pool (for tools and tests that need raw SQL).
    pub fn pool(&self) -> &SqlitePool {
        &self.pool
    }

    async fn load_inner(&self, key: &ThreadKey) -> Result<Option<ThreadMemory>, StoreError> {
        let rows: Vec<sql::LoadRow> = sqlx::query_as(sql::LOAD_THREAD)
            .bind(&key.scope)
            .bind(&key.id)
            .fetch_all(&self.pool)
            .await
            .map_err(err("loading a thread"))?;
        sql::memory_from_rows(key, rows)
    }

    async fn append_inner(
        &self,
        key: &ThreadKey,
        update: &ThreadUpdate,
    ) -> Result<ThreadMemory, StoreError> {
        let count = sql::update_count(update);
        let mut tx =
            self.pool.begin_with("BEGIN IMMEDIATE").await.map_err(err("starting an append"))?;
        let total: i64 = sqlx::query_scalar(sql::UPSERT_THREAD)
            .bind(&key.scope)
            .bind(&key.id)
            .bind(&update.version)
            .bind(&update.locale)
            .bind(sql::count_to_sql(count))
            .bind(sql::now_unix())
            .fetch_one(&mut *tx)
            .await
            .map_err(err("appending to a thread"))?;
        let offset = usize::try_from(total).unwrap_or(0).saturating_sub(count);
        if !update.facts.is_empty() {
            let json = sql::encode_facts(&sql::renumber(&update.facts, offset))?;
            sqlx::query(sql::INSERT_EVIDENCE)
                .bind(&key.scope)
                .bind(&key.id)
                .bind(sql::count_to_sql(offset + 1))
                .bind(json)
                .execute(&mut *tx)
                .await
                .map_err(err("storing evidence"))?;
        }
        let rows: Vec<sql::LoadRow> = sqlx::query_as(sql::LOAD_THREAD)
            .bind(&key.scope)
            .bind(&key.id)
            .fetch_all(&mut *tx)
            .await
            .map_err(err("reading back a thread"))?;
        let memory = sql::memory_from_rows(key, rows)?.ok_or_else(|| {
            StoreError::Corrupt(format!(
                "thread {}/{} vanished during an append",
                key.scope, key.id
            ))
        })?;
        tx.commit().await.map_err(err("committing an append"))?;
        Ok(memory)
    }

    async fn expire_inner(&self, older_than: Duration) -> Result<u64, StoreError> {
        let cutoff = sql::cutoff(older_than);
        // Evidence first, then threads, in one write transaction: correct even without
        // `ON DELETE CASCADE` being enforced, and no append can slip in between.
        let mut tx =
            self.pool.begin_with("BEGIN IMMEDIATE").await.map_err(err("starting expiry"))?;
        sqlx::query(sql::EXPIRE_EVIDENCE)
            .bind(cutoff)
            .execute(&mut *tx)
            .await
            .map_err(err("expiring evidence"))?;
        let done = sqlx::query(sql::EXPIRE_THREADS)
            .bind(cutoff)
            .execute(&mut *tx)
            .await
            .map_err(err("expiring threads"))?;
        tx.commit().await.map_err(err("committing expiry"))?;
        Ok(done.rows_affected())
    }
}

/// The database file a URL names, as an absolute path (a relative one is relative to the
/// working directory), for the startup log; `None` for an in-memory database.
pub fn file_of(database_url: &str) -> Option<std::path::PathBuf> {
    let opts = options(database_url).ok()?;
    let name = opts.get_filename();
    let in_memory = name.display().to_string().starts_with("file:sqlx-in-memory-")
        || database_url.contains("mode=memory");
    if in_memory {
        return None;
    }
    std::path::absolute(name).ok()
}

/// Parse the URL forms into connect options: create the file unless the URL picks a `mode`,
/// wait for locks up to [`BUSY_TIMEOUT`], and use WAL so readers do not block the writer.
fn options(database_url: &str) -> Result<SqliteConnectOptions, StoreError> {
    let url = database_url.trim();
    if url.is_empty() {
        return Err(StoreError::BadUrl("DATABASE_URL is empty".into()));
    }
    let url = if url == ":memory:" { "sqlite::memory:" } else { url };
    let opts = if url.starts_with("sqlite:") {
        let parsed = SqliteConnectOptions::from_str(url)
            .map_err(|e| StoreError::BadUrl(format!("{url}: {}", sql::config_message(e))))?;
        if url.contains("mode=") {
            parsed
        } else {
            parsed.create_if_missing(true)
        }
    } else {
        SqliteConnectOptions::new().filename(Path::new(url)).create_if_missing(true)
    };
    let read_only = url.contains("mode=ro");
    let opts = opts.busy_timeout(BUSY_TIMEOUT).foreign_keys(true);
    Ok(if read_only {
        opts
    } else {
        opts.journal_mode(SqliteJournalMode::Wal).synchronous(SqliteSynchronous::Normal)
    })
}

impl ThreadStore for SqliteStore {
    fn load<'a>(
        &'a self,
        key: &'a ThreadKey,
    ) -> BoxFuture<'a, Result<Option<ThreadMemory>, StoreError>> {
        Box::pin(self.load_inner(key))
    }

    fn append<'a>(
        &'a self,
        key: &'a ThreadKey,
        update: &'a ThreadUpdate,
    ) -> BoxFuture<'a, Result<ThreadMemory, StoreError>> {
        Box::pin(self.append_inner(key, update))
    }

    fn expire<'a>(&'a self, older_than: Duration) -> BoxFuture<'a, Result<u64, StoreError>> {
        Box::pin(self.expire_inner(older_than))
    }

    fn ping<'a>(&'a self) -> BoxFuture<'a, Result<(), StoreError>> {
        Box::pin(async move {
            sqlx::query("SELECT 1").execute(&self.pool).await.map_err(err("ping"))?;
            Ok(())
        })
    }

    fn set_watch<'a>(
        &'a self,
        guild_id: u64,
        channel_id: u64,
        on: bool,
    ) -> BoxFuture<'a, Result<(), StoreError>> {
        Box::pin(async move {
            let q = if on {
                sqlx::query(sql::WATCH_ON)
                    .bind(sql::id_to_sql(channel_id))
                    .bind(sql::id_to_sql(guild_id))
            } else {
                sqlx::query(sql::WATCH_OFF).bind(sql::id_to_sql(channel_id))
            };
            q.execute(&self.pool).await.map_err(err("setting watch mode"))?;
            Ok(())
        })
    }

    fn is_watched<'a>(&'a self, channel_id: u64) -> BoxFuture<'a, Result<bool, StoreError>> {
        Box::pin(async move {
            let row: Option<i32> = sqlx::query_scalar(sql::IS_WATCHED)
                .bind(sql::id_to_sql(channel_id))
                .fetch_optional(&self.pool)
                .await
                .map_err(err("reading watch mode"))?;
            Ok(row.is_some())
        })
    }
}
