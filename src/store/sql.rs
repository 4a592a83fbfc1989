//! What the SQLite and PostgreSQL stores share: the embedded migrations, the SQL text (written
//! once, portable to both), the one `ThreadStore` implementation ([`sql_thread_store!`]), error
//! mapping to [`StoreError`] and URL redaction.

use super::{StoreError, ThreadMemory, ThreadUpdate};
use crate::parse::Located;
use sqlx::migrate::{MigrateError, Migrator};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// The migrations of `migrations/`, embedded at compile time (a deployed binary needs no
/// files). In PostgreSQL the migrator takes an advisory lock, so replicas starting together
/// migrate once.
pub static MIGRATOR: Migrator = sqlx::migrate!();

/// How long a caller waits for a pooled connection before the store reports `Unavailable`:
/// short, so an outage degrades front doors to stateless replies instead of hanging them.
pub const ACQUIRE_TIMEOUT: Duration = Duration::from_secs(3);

// The SQL, shared by both backends (`$n` placeholders work in SQLite and PostgreSQL).

/// Create or bump the thread row, reserving `messages` new message numbers. In PostgreSQL the
/// upsert holds the row lock until commit; in SQLite the `BEGIN IMMEDIATE` write lock does.
/// `created_at` is set once, for the absolute expiry.
pub(crate) const UPSERT_THREAD: &str = "\
INSERT INTO threads (scope, id, version, locale, messages, updated_at, created_at)
VALUES ($1, $2, $3, $4, $5, $6, $6)
ON CONFLICT (scope, id) DO UPDATE SET
    version = COALESCE(excluded.version, threads.version),
    locale = COALESCE(excluded.locale, threads.locale),
    messages = threads.messages + excluded.messages,
    updated_at = excluded.updated_at
RETURNING messages";

/// Head and tail of the multi-row fact insert (the rows are pushed by `QueryBuilder`): a fact
/// already remembered moves to its new position instead of being stored twice.
pub(crate) const INSERT_FACTS_HEAD: &str =
    "INSERT INTO thread_facts (scope, id, fact_key, pos, size, fact) ";
pub(crate) const INSERT_FACTS_TAIL: &str = " ON CONFLICT (scope, id, fact_key) DO UPDATE SET \
pos = excluded.pos, size = excluded.size, fact = excluded.fact";

/// Rows per insert statement (7 binds each, far below both databases' limits).
pub(crate) const INSERT_CHUNK: usize = 100;

/// Drop a thread's oldest facts past the caps (`$3` facts, `$4` bytes): every fact at or before
/// the newest one that falls outside them. Touches only this thread's rows (at most twice the
/// cap), so it costs the same for every append.
pub(crate) const TRIM_FACTS: &str = "\
DELETE FROM thread_facts WHERE scope = $1 AND id = $2 AND pos <= (
    SELECT MAX(pos) FROM (
        SELECT pos,
            ROW_NUMBER() OVER (ORDER BY pos DESC) AS n,
            SUM(size) OVER (ORDER BY pos DESC ROWS UNBOUNDED PRECEDING) AS bytes
        FROM thread_facts WHERE scope = $1 AND id = $2
    ) ranked WHERE n > $3 OR bytes > $4)";

/// The whole memory of a thread in one statement, so it is one consistent snapshot.
pub(crate) const LOAD_THREAD: &str = "\
SELECT t.messages, t.version, t.locale, f.pos, f.fact
FROM threads t LEFT JOIN thread_facts f ON f.scope = t.scope AND f.id = t.id
WHERE t.scope = $1 AND t.id = $2
ORDER BY f.pos";

/// Facts of expired threads (SQLite runs it before [`EXPIRE_THREADS`] in one write
/// transaction, so it is right even where `ON DELETE CASCADE` is not enforced).
pub(crate) const EXPIRE_FACTS: &str = "\
DELETE FROM thread_facts WHERE EXISTS (
    SELECT 1 FROM threads t
    WHERE t.scope = thread_facts.scope AND t.id = thread_facts.id
      AND (t.updated_at < $1 OR t.created_at < $2))";

/// Threads idle since before `$1` or created before `$2`.
pub(crate) const EXPIRE_THREADS: &str =
    "DELETE FROM threads WHERE updated_at < $1 OR created_at < $2";

pub(crate) const WATCH_ON: &str = "\
INSERT INTO watched_channels (channel_id, guild_id) VALUES ($1, $2)
ON CONFLICT (channel_id) DO UPDATE SET guild_id = excluded.guild_id";

pub(crate) const WATCH_OFF: &str = "DELETE FROM watched_channels WHERE channel_id = $1";

pub(crate) const IS_WATCHED: &str = "SELECT 1 FROM watched_channels WHERE channel_id = $1";

/// One row of [`LOAD_THREAD`].
pub(crate) type LoadRow = (i64, Option<String>, Option<String>, Option<i64>, Option<String>);

/// Assemble a thread's memory from the rows of [`LOAD_THREAD`] (None when the thread is unknown).
pub(crate) fn memory_from_rows(
    key: &super::ThreadKey,
    rows: Vec<LoadRow>,
) -> Result<Option<ThreadMemory>, StoreError> {
    let Some((messages, version, locale, _, _)) = rows.first().cloned() else {
        return Ok(None);
    };
    let mut facts = Vec::with_capacity(rows.len());
    for (_, _, _, pos, json) in rows {
        let Some(json) = json else { continue };
        let fact: Located = serde_json::from_str(&json).map_err(|e| {
            StoreError::Corrupt(format!(
                "fact at {} of thread {}/{} is not valid JSON: {e}",
                pos.unwrap_or_default(),
                key.scope,
                key.id
            ))
        })?;
        facts.push(fact);
    }
    Ok(Some(ThreadMemory {
        facts,
        messages: usize::try_from(messages).unwrap_or(0),
        version,
        locale,
    }))
}

/// How many message numbers an update takes: its `messages`, or more if its facts cite a higher
/// message (keeps numbering consistent even for a sloppy caller).
pub(crate) fn update_count(update: &ThreadUpdate) -> usize {
    let cited = update.facts.iter().map(|f| f.loc.message).max().unwrap_or(0);
    update.messages.max(cited)
}

/// Unix seconds now (the clock of whichever replica writes; expiry is coarse, so skew is fine).
pub(crate) fn now_unix() -> i64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs() as i64).unwrap_or(0)
}

/// The unix time `age` ago (the expiry cutoffs).
pub(crate) fn cutoff(age: Duration) -> i64 {
    now_unix().saturating_sub(i64::try_from(age.as_secs()).unwrap_or(i64::MAX))
}

/// Discord ids are u64; they are stored bit-for-bit in a signed BIGINT.
pub(crate) fn id_to_sql(id: u64) -> i64 {
    id as i64
}

pub(crate) fn count_to_sql(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Backend {
    Sqlite,
    Postgres,
}

/// Map a sqlx error to the store's error kinds; `context` says what was being done.
pub(crate) fn map_err(backend: Backend, context: &str, e: sqlx::Error) -> StoreError {
    let with = |msg: String| {
        if context.is_empty() {
            msg
        } else {
            format!("{context}: {msg}")
        }
    };
    match e {
        sqlx::Error::Configuration(inner) => StoreError::BadUrl(with(inner.to_string())),
        sqlx::Error::Database(db) => {
            let code = db.code().map(std::borrow::Cow::into_owned).unwrap_or_default();
            let msg = with(format!("{} (code {code})", db.message()));
            match backend {
                Backend::Sqlite => sqlite_code(&code, msg),
                Backend::Postgres => postgres_code(&code, msg),
            }
        }
        sqlx::Error::Io(io) => match io.raw_os_error() {
            // ENOSPC, EROFS, EDQUOT
            Some(28 | 30 | 122) => StoreError::Full(with(io.to_string())),
            _ => StoreError::Unavailable(with(io.to_string())),
        },
        sqlx::Error::PoolTimedOut => StoreError::Unavailable(with(format!(
            "no database connection within {}s",
            ACQUIRE_TIMEOUT.as_secs()
        ))),
        sqlx::Error::PoolClosed => {
            StoreError::Unavailable(with("the connection pool is closed".into()))
        }
        sqlx::Error::RowNotFound
        | sqlx::Error::ColumnNotFound(_)
        | sqlx::Error::ColumnIndexOutOfBounds { .. }
        | sqlx::Error::ColumnDecode { .. }
        | sqlx::Error::Decode(_)
        | sqlx::Error::TypeNotFound { .. } => StoreError::Corrupt(with(e.to_string())),
        sqlx::Error::Migrate(m) => map_migrate(backend, *m),
        other => StoreError::Unavailable(with(other.to_string())),
    }
}

/// SQLite result codes (primary code = low byte of the extended code).
fn sqlite_code(code: &str, msg: String) -> StoreError {
    match code.parse::<i32>().map(|c| c & 0xff) {
        // SQLITE_READONLY, SQLITE_FULL
        Ok(8 | 13) => StoreError::Full(msg),
        // SQLITE_CORRUPT, SQLITE_NOTADB
        Ok(11 | 26) => StoreError::Corrupt(msg),
        // SQLITE_CANTOPEN: say what usually causes it.
        Ok(14) => StoreError::Unavailable(format!(
            "{msg}; check that the path is a writable file in an existing directory"
        )),
        // BUSY, LOCKED, IOERR, PERM, and anything else: cannot serve right now.
        _ => StoreError::Unavailable(msg),
    }
}

/// PostgreSQL SQLSTATE codes.
fn postgres_code(code: &str, msg: String) -> StoreError {
    match code {
        // disk_full, read_only_sql_transaction (e.g. a standby)
        "53100" | "25006" => StoreError::Full(msg),
        // data_corrupted, index_corrupted, invalid_text_representation
        "XX001" | "XX002" | "22P02" => StoreError::Corrupt(msg),
        _ => StoreError::Unavailable(msg),
    }
}

/// The text of a URL/configuration error, without sqlx's "error with configuration" prefix.
pub(crate) fn config_message(e: sqlx::Error) -> String {
    match e {
        sqlx::Error::Configuration(inner) => inner.to_string(),
        other => other.to_string(),
    }
}

pub(crate) fn map_migrate(backend: Backend, e: MigrateError) -> StoreError {
    match e {
        MigrateError::Execute(e) | MigrateError::ExecuteMigration(e, _) => map_err(backend, "applying migrations", e),
        MigrateError::VersionMissing(v) | MigrateError::VersionNotPresent(v) => StoreError::Corrupt(format!(
            "the database has migration {v}, which this clawmedic does not know (was it migrated by a newer version?)"
        )),
        MigrateError::VersionMismatch(v) => {
            StoreError::Corrupt(format!("migration {v} in the database differs from the one built into clawmedic"))
        }
        MigrateError::Dirty(v) => {
            StoreError::Corrupt(format!("migration {v} was only partly applied; repair the database by hand"))
        }
        other => StoreError::Unavailable(format!("applying migrations: {other}")),
    }
}

/// A database URL safe to show in logs and errors: the password (in the userinfo or a
/// `password=` query parameter) is replaced by `***`.
pub fn redact_url(url: &str) -> String {
    let Some(scheme_end) = url.find("://") else {
        return url.to_string();
    };
    let rest_start = scheme_end + 3;
    let rest = &url[rest_start..];
    let auth_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let authority = &rest[..auth_end];
    let mut out = String::with_capacity(url.len());
    out.push_str(&url[..rest_start]);
    match authority.rfind('@') {
        Some(at) => {
            let userinfo = &authority[..at];
            match userinfo.find(':') {
                Some(colon) => {
                    out.push_str(&userinfo[..colon]);
                    out.push_str(":***");
                }
                None => out.push_str(userinfo),
            }
            out.push_str(&authority[at..]);
        }
        None => out.push_str(authority),
    }
    let tail = &rest[auth_end..];
    match tail.find('?') {
        Some(q) => {
            out.push_str(&tail[..=q]);
            let query = &tail[q + 1..];
            let (query, fragment) = match query.find('#') {
                Some(h) => (&query[..h], &query[h..]),
                None => (query, ""),
            };
            let parts: Vec<String> = query
                .split('&')
                .map(|kv| match kv.split_once('=') {
                    Some((k, _)) if k.to_ascii_lowercase().contains("password") => {
                        format!("{k}=***")
                    }
                    _ => kv.to_string(),
                })
                .collect();
            out.push_str(&parts.join("&"));
            out.push_str(fragment);
        }
        None => out.push_str(tail),
    }
    out
}

/// The one `ThreadStore` implementation of the SQL stores (review D1, D6–D10): the queries and
/// binds are the same text for both backends, only the pool type differs, and sqlx's generic
/// bounds for "any database" would be longer than the code. `begin_write` opens the append
/// transaction (SQLite wants `BEGIN IMMEDIATE`); each store writes its own `expire_inner`
/// (PostgreSQL needs one statement, SQLite two in a write transaction).
macro_rules! sql_thread_store {
    ($store:ty, $backend:expr, begin_write = |$pool:ident| $begin:expr) => {
        impl $store {
            /// Reserve the message range, upsert the bounded facts and trim the thread to the
            /// caps, in one transaction; returns the new message count. Never reads the thread
            /// back: the write lock is held for the writes only.
            async fn append_inner(
                &self,
                key: &$crate::store::ThreadKey,
                update: &$crate::store::ThreadUpdate,
            ) -> Result<usize, $crate::store::StoreError> {
                use $crate::store::{bound, sql};
                let err = |context: &'static str| {
                    move |e: sqlx::Error| sql::map_err($backend, context, e)
                };
                let count = sql::update_count(update);
                let $pool = &self.pool;
                let mut tx = $begin.await.map_err(err("starting an append"))?;
                // Takes the row lock (or waits for whoever holds it) and reserves the range.
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
                let total = usize::try_from(total).unwrap_or(0);
                let facts = bound::prepare(&update.facts, total.saturating_sub(count))?;
                for chunk in facts.chunks(sql::INSERT_CHUNK) {
                    let mut insert = sqlx::QueryBuilder::new(sql::INSERT_FACTS_HEAD);
                    insert.push_values(chunk, |mut row, f| {
                        row.push_bind(&key.scope)
                            .push_bind(&key.id)
                            .push_bind(&f.key)
                            .push_bind(f.pos)
                            .push_bind(f.size)
                            .push_bind(&f.json);
                    });
                    insert.push(sql::INSERT_FACTS_TAIL);
                    insert.build().execute(&mut *tx).await.map_err(err("storing facts"))?;
                }
                if !facts.is_empty() {
                    sqlx::query(sql::TRIM_FACTS)
                        .bind(&key.scope)
                        .bind(&key.id)
                        .bind(sql::count_to_sql(bound::MAX_FACTS))
                        .bind(sql::count_to_sql(bound::MAX_FACT_BYTES))
                        .execute(&mut *tx)
                        .await
                        .map_err(err("trimming facts"))?;
                }
                tx.commit().await.map_err(err("committing an append"))?;
                Ok(total)
            }
        }

        impl $crate::store::ThreadStore for $store {
            fn load<'a>(
                &'a self,
                key: &'a $crate::store::ThreadKey,
            ) -> $crate::store::BoxFuture<
                'a,
                Result<Option<$crate::store::ThreadMemory>, $crate::store::StoreError>,
            > {
                use $crate::store::sql;
                Box::pin(async move {
                    let rows: Vec<sql::LoadRow> = sqlx::query_as(sql::LOAD_THREAD)
                        .bind(&key.scope)
                        .bind(&key.id)
                        .fetch_all(&self.pool)
                        .await
                        .map_err(|e| sql::map_err($backend, "loading a thread", e))?;
                    sql::memory_from_rows(key, rows)
                })
            }

            fn append<'a>(
                &'a self,
                key: &'a $crate::store::ThreadKey,
                update: &'a $crate::store::ThreadUpdate,
            ) -> $crate::store::BoxFuture<'a, Result<usize, $crate::store::StoreError>> {
                Box::pin(self.append_inner(key, update))
            }

            fn expire<'a>(
                &'a self,
                retention: $crate::store::Retention,
            ) -> $crate::store::BoxFuture<'a, Result<u64, $crate::store::StoreError>> {
                Box::pin(self.expire_inner(retention))
            }

            fn ping<'a>(
                &'a self,
            ) -> $crate::store::BoxFuture<'a, Result<(), $crate::store::StoreError>> {
                use $crate::store::sql;
                Box::pin(async move {
                    sqlx::query("SELECT 1")
                        .execute(&self.pool)
                        .await
                        .map_err(|e| sql::map_err($backend, "ping", e))?;
                    Ok(())
                })
            }

            fn set_watch<'a>(
                &'a self,
                guild_id: u64,
                channel_id: u64,
                on: bool,
            ) -> $crate::store::BoxFuture<'a, Result<(), $crate::store::StoreError>> {
                use $crate::store::sql;
                Box::pin(async move {
                    let q = if on {
                        sqlx::query(sql::WATCH_ON)
                            .bind(sql::id_to_sql(channel_id))
                            .bind(sql::id_to_sql(guild_id))
                    } else {
                        sqlx::query(sql::WATCH_OFF).bind(sql::id_to_sql(channel_id))
                    };
                    q.execute(&self.pool)
                        .await
                        .map_err(|e| sql::map_err($backend, "setting watch mode", e))?;
                    Ok(())
                })
            }

            fn is_watched<'a>(
                &'a self,
                channel_id: u64,
            ) -> $crate::store::BoxFuture<'a, Result<bool, $crate::store::StoreError>> {
                use $crate::store::sql;
                Box::pin(async move {
                    let row: Option<i32> = sqlx::query_scalar(sql::IS_WATCHED)
                        .bind(sql::id_to_sql(channel_id))
                        .fetch_optional(&self.pool)
                        .await
                        .map_err(|e| sql::map_err($backend, "reading watch mode", e))?;
                    Ok(row.is_some())
                })
            }
        }
    };
}

pub(crate) use sql_thread_store;
