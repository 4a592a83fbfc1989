//! PostgreSQL thread store, for several replicas sharing one database. An append's upsert
//! (`INSERT … ON CONFLICT DO UPDATE … RETURNING messages`) locks the thread row until commit,
//! so concurrent appends to one thread queue up and each reserves its own message range.

use super::sql::{self, Backend};
use super::{BoxFuture, StoreError, ThreadKey, ThreadMemory, ThreadStore, ThreadUpdate};
use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::{ConnectOptions, Connection, PgPool};
use std::str::FromStr;
use std::time::Duration;

/// Server-side cap on one statement (including lock waits), so a stuck lock becomes an error.
pub const STATEMENT_TIMEOUT: &str = "10s";

/// Thread memory in PostgreSQL.
#[derive(Debug, Clone)]
pub struct PgStore {
    pool: PgPool,
}

fn err(context: &str) -> impl FnOnce(sqlx::Error) -> StoreError + '_ {
    move |e| sql::map_err(Backend::Postgres, context, e)
}

impl PgStore {
    /// Connect (`postgres://` or `postgresql://`) and migrate. Errors never show the password.
    pub async fn connect(database_url: &str) -> Result<PgStore, StoreError> {
        let shown = sql::redact_url(database_url);
        let opts = PgConnectOptions::from_str(database_url)
            .map_err(|e| StoreError::BadUrl(format!("{shown}: {}", sql::config_message(e))))?
            .application_name("clawmedic")
            .options([("statement_timeout", STATEMENT_TIMEOUT)]);
        let context = format!("connecting to PostgreSQL at {shown}");
        // One direct connection first: its error says why (refused, bad password, no such
        // database), where a pool would only report a timeout after retrying.
        let mut conn = match tokio::time::timeout(sql::ACQUIRE_TIMEOUT, opts.connect()).await {
            Ok(conn) => conn.map_err(err(&context))?,
            Err(_) => {
                return Err(StoreError::Unavailable(format!(
                    "{context}: no answer within {}s",
                    sql::ACQUIRE_TIMEOUT.as_secs()
                )))
            }
        };
        let migrator = sql::migrator().await?;
        let migrated =
            migrator.run(&mut conn).await.map_err(|e| sql::map_migrate(Backend::Postgres, e));
        let _ = conn.close().await;
        migrated?;
        let pool = PgPoolOptions::new()
            .max_connections(8)
            .acquire_timeout(sql::ACQUIRE_TIMEOUT)
            .connect_lazy_with(opts);
        Ok(PgStore { pool })
    }

    /// The underlying pool (for tools and tests that need raw SQL).
    pub fn pool(&self) -> &PgPool {
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
        let mut tx = self.pool.begin().await.map_err(err("starting an append"))?;
        // Takes the row lock (or waits for the replica holding it) and reserves the range.
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
        // One statement: each deleted row is locked and re-checked, so a thread an append just
        // touched survives; its evidence goes with it through `ON DELETE CASCADE`.
        let done = sqlx::query(sql::EXPIRE_THREADS)
            .bind(sql::cutoff(older_than))
            .execute(&self.pool)
            .await
            .map_err(err("expiring threads"))?;
        Ok(done.rows_affected())
    }
}

impl ThreadStore for PgStore {
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
