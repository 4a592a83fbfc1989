//! SQLite thread store (the embedded default). Appends run in `BEGIN IMMEDIATE` transactions,
//! which take the database write lock up front, so concurrent writers (other pools, other
//! processes on the same file) wait in the busy handler instead of failing or interleaving.

use super::sql::{self, Backend};
use super::{Retention, StoreError};
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
        sql::MIGRATOR.run(&self.pool).await.map_err(|e| {
            match sql::map_migrate(Backend::Sqlite, e) {
                StoreError::Full(m) => StoreError::Full(format!("{m} (database {shown})")),
                StoreError::Unavailable(m) => {
                    StoreError::Unavailable(format!("{m} (database {shown})"))
                }
                other => other,
            }
        })
    }

    /// The underlying pool (for tools and tests that need raw SQL).
    pub fn pool(&self) -> &SqlitePool {
        &self.pool
    }

    async fn expire_inner(&self, retention: Retention) -> Result<u64, StoreError> {
        let idle = sql::cutoff(retention.idle);
        let born = sql::cutoff(retention.max_age);
        // Facts first, then threads, in one write transaction: correct even without
        // `ON DELETE CASCADE` being enforced, and no append can slip in between.
        let mut tx =
            self.pool.begin_with("BEGIN IMMEDIATE").await.map_err(err("starting expiry"))?;
        sqlx::query(sql::EXPIRE_FACTS)
            .bind(idle)
            .bind(born)
            .execute(&mut *tx)
            .await
            .map_err(err("expiring facts"))?;
        let done = sqlx::query(sql::EXPIRE_THREADS)
            .bind(idle)
            .bind(born)
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

sql::sql_thread_store!(
    SqliteStore,
    Backend::Sqlite,
    begin_write = |pool| pool.begin_with("BEGIN IMMEDIATE")
);
