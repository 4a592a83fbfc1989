//! PostgreSQL thread store, for several replicas sharing one database. An append's upsert
//! (`INSERT … ON CONFLICT DO UPDATE … RETURNING messages`) locks the thread row until commit,
//! so concurrent appends to one thread queue up and each reserves its own message range.

use super::sql::{self, Backend};
use super::{Retention, StoreError};
use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::{ConnectOptions, Connection, PgPool};
use std::str::FromStr;

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
        let migrated =
            sql::MIGRATOR.run(&mut conn).await.map_err(|e| sql::map_migrate(Backend::Postgres, e));
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

    async fn expire_inner(&self, retention: Retention) -> Result<u64, StoreError> {
        // One statement: each deleted row is locked and re-checked, so a thread an append just
        // touched survives; its facts go with it through `ON DELETE CASCADE`.
        let done = sqlx::query(sql::EXPIRE_THREADS)
            .bind(sql::cutoff(retention.idle))
            .bind(sql::cutoff(retention.max_age))
            .execute(&self.pool)
            .await
            .map_err(err("expiring threads"))?;
        Ok(done.rows_affected())
    }
}

sql::sql_thread_store!(PgStore, Backend::Postgres, begin_write = |pool| pool.begin());
