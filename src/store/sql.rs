//! What the SQLite and PostgreSQL stores share: the embedded migrations, the SQL text (written
//! once, portable to both), error mapping to [`StoreError`], URL redaction and renumbering.

use super::{BoxFuture, StoreError, ThreadMemory, ThreadUpdate};
use crate::parse::Located;
use sqlx::error::BoxDynError;
use sqlx::migrate::{MigrateError, Migration, MigrationSource, MigrationType, Migrator};
use std::borrow::Cow;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// The migrations compiled into the binary: `(version, description, sql)`, one per file in
/// `migrations/` (a test checks the two agree). Embedded so a deployed binary needs no files.
pub const MIGRATIONS: &[(i64, &str, &str)] =
    &[(1, "thread memory", include_str!("../../migrations/0001_thread_memory.sql"))];

/// How long a caller waits for a pooled connection before the store reports `Unavailable`:
/// short, so an outage degrades front doors to stateless replies instead of hanging them.
pub const ACQUIRE_TIMEOUT: Duration = Duration::from_secs(3);

/// Feeds [`MIGRATIONS`] to sqlx's `Migrator` (checksums are computed like `sqlx::migrate!`).
#[derive(Debug)]
struct Embedded;

impl<'s> MigrationSource<'s> for Embedded {
    fn resolve(self) -> BoxFuture<'s, Result<Vec<Migration>, BoxDynError>> {
        Box::pin(async move {
            Ok(MIGRATIONS
                .iter()
                .map(|(version, description, sql)| {
                    Migration::new(
                        *version,
                        Cow::Borrowed(*description),
                        MigrationType::Simple,
                        Cow::Borrowed(*sql),
                        false,
                    )
                })
                .collect())
        })
    }
}

/// The migrator for [`MIGRATIONS`]; in PostgreSQL it takes an advisory lock, so replicas
/// starting together migrate once.
pub(crate) async fn migrator() -> Result<Migrator, StoreError> {
    Migrator::new(Embedded)
        .await
        .map_err(|e| StoreError::Corrupt(format!("the built-in migrations are unusable: {e}")))
}

// The SQL, shared by both backends (`$n` placeholders work in SQLite and PostgreSQL).

/// Create or bump the thread row, reserving `messages` new message numbers. In PostgreSQL the
/// upsert holds the row lock until commit; in SQLite the `BEGIN IMMEDIATE` write lock does.
pub(crate) const UPSERT_THREAD: &str = "\
INSERT INTO threads (scope, id, version, locale, messages, updated_at)
VALUES ($1, $2, $3, $4, $5, $6)
ON CONFLICT (scope, id) DO UPDATE SET
    version = COALESCE(excluded.version, threads.version),
    locale = COALESCE(excluded.locale, threads.locale),
    messages = threads.messages + excluded.messages,
    updated_at = excluded.updated_at
RETURNING messages";

/// Store one append's facts under the next per-thread sequence number (safe: the thread row
/// is locked by this transaction).
pub(crate) const INSERT_EVIDENCE: &str = "\
INSERT INTO thread_evidence (scope, id, seq, first_message, facts)
SELECT $1, $2, COALESCE(MAX(seq), 0) + 1, $3, $4 FROM thread_evidence WHERE scope = $1 AND id = $2";

/// The whole memory of a thread in one statement, so it is one consistent snapshot.
pub(crate) const LOAD_THREAD: &str = "\
SELECT t.messages, t.version, t.locale, e.seq, e.facts
FROM threads t LEFT JOIN thread_evidence e ON e.scope = t.scope AND e.id = t.id
WHERE t.scope = $1 AND t.id = $2
ORDER BY e.seq";

pub(crate) const EXPIRE_EVIDENCE: &str = "\
DELETE FROM thread_evidence WHERE EXISTS (
    SELECT 1 FROM threads t
    WHERE t.scope = thread_evidence.scope AND t.id = thread_evidence.id AND t.updated_at < $1)";

pub(crate) const EXPIRE_THREADS: &str = "DELETE FROM threads WHERE updated_at < $1";

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
    let mut facts = Vec::new();
    for (_, _, _, seq, json) in rows {
        let Some(json) = json else { continue };
        let batch: Vec<Located> = serde_json::from_str(&json).map_err(|e| {
            StoreError::Corrupt(format!(
                "evidence #{} of thread {}/{} is not valid JSON: {e}",
                seq.unwrap_or_default(),
                key.scope,
                key.id
            ))
        })?;
        facts.extend(batch);
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

/// The update's facts numbered after the `offset` messages already remembered.
pub(crate) fn renumber(facts: &[Located], offset: usize) -> Vec<Located> {
    facts
        .iter()
        .map(|f| {
            let mut f = f.clone();
            f.loc.message += offset;
            f
        })
        .collect()
}

pub(crate) fn encode_facts(facts: &[Located]) -> Result<String, StoreError> {
    serde_json::to_string(facts)
        .map_err(|e| StoreError::Corrupt(format!("cannot encode evidence as JSON: {e}")))
}

/// Unix seconds now (the clock of whichever replica writes; expiry is coarse, so skew is fine).
pub(crate) fn now_unix() -> i64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs() as i64).unwrap_or(0)
}

/// The `updated_at` before which threads expire.
pub(crate) fn cutoff(older_than: Duration) -> i64 {
    now_unix().saturating_sub(i64::try_from(older_than.as_secs()).unwrap_or(i64::MAX))
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
            let code = db.code().map(|c| c.into_owned()).unwrap_or_default();
            let msg = with(format!("{} (code {code})", db.message()));
            match backend {
                Backend::Sqlite => sqlite_code(&code, msg),
                Backend::Postgres => postgres_code(&code, msg),
            }
        }
        sqlx::Error::Io(io) => match io.raw_os_error() {
            // ENOSPC, EROFS, EDQUOT
            Some(28) | Some(30) | Some(122) => StoreError::Full(with(io.to_string())),
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
        Ok(8) | Ok(13) => StoreError::Full(msg),
        // SQLITE_CORRUPT, SQLITE_NOTADB
        Ok(11) | Ok(26) => StoreError::Corrupt(msg),
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
