//! The SQLite thread store against the store contract (`store_contract/`, also run here
//! against the in-process store): each check opens a fresh temp-file database (migrations
//! applied by `connect`) through two pools. Then what only SQLite has: URL forms, unwritable
//! paths, corrupt rows, and an upgrade from the first schema.

mod store_contract;

use clawmedic::store::{
    self, MemoryStore, SqliteStore, StoreError, ThreadKey, ThreadStore, ThreadUpdate,
};
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{SystemTime, UNIX_EPOCH};
use store_contract::{agent, Fixture};

/// A database file in the temp dir, unique per test, removed (with WAL/SHM side files) on drop.
struct TempDb {
    path: PathBuf,
}

impl TempDb {
    fn new(name: &str) -> TempDb {
        static SEQ: AtomicUsize = AtomicUsize::new(0);
        let nanos = SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_nanos();
        let unique = format!(
            "clawmedic-store-{name}-{}-{nanos}-{}",
            std::process::id(),
            SEQ.fetch_add(1, Ordering::Relaxed)
        );
        TempDb { path: std::env::temp_dir().join(unique).join("threads.db") }
    }

    fn path(&self) -> String {
        self.path.display().to_string()
    }

    async fn open(&self) -> SqliteStore {
        SqliteStore::connect(&self.path()).await.expect("open the SQLite store")
    }
}

impl Drop for TempDb {
    fn drop(&mut self) {
        if let Some(dir) = self.path.parent() {
            let _ = std::fs::remove_dir_all(dir);
        }
    }
}

/// A fresh SQLite database opened through two pools (two replicas on one host).
async fn sqlite_fixture(name: &str) -> Option<Fixture> {
    let db = TempDb::new(name);
    let a = db.open().await;
    let b: Arc<dyn ThreadStore> = Arc::new(db.open().await);
    let pool = a.pool().clone();
    let (scope, channel) = store_contract::unique(name);
    Some(Fixture {
        a: Arc::new(a),
        b,
        scope,
        channel,
        backdate: Box::new(move |key: ThreadKey, idle: i64, age: i64| {
            let pool = pool.clone();
            Box::pin(async move {
                sqlx::query(
                    "UPDATE threads SET updated_at = updated_at - $1, created_at = created_at - $2 \
                     WHERE scope = $3 AND id = $4",
                )
                .bind(idle)
                .bind(age)
                .bind(&key.scope)
                .bind(&key.id)
                .execute(&pool)
                .await
                .unwrap();
            })
        }),
        keep: Box::new(db),
    })
}

store_contract!(sqlite_fixture);

/// The same contract against the in-process store (one handle: `b` is `a`).
mod memory {
    use super::*;

    async fn memory_fixture(name: &str) -> Option<Fixture> {
        let store = Arc::new(MemoryStore::new());
        let (scope, channel) = store_contract::unique(name);
        let handle = store.clone();
        Some(Fixture {
            a: store.clone(),
            b: store,
            scope,
            channel,
            backdate: Box::new(move |key: ThreadKey, idle: i64, age: i64| {
                handle.backdate(&key, idle, age);
                Box::pin(async {})
            }),
            keep: Box::new(()),
        })
    }

    store_contract!(memory_fixture);
}

async fn exercise(store: &dyn ThreadStore) {
    store.ping().await.unwrap();
    let key = ThreadKey::discord(5);
    let update =
        ThreadUpdate { facts: vec![agent(1, 1, "u")], messages: 1, version: None, locale: None };
    assert_eq!(store.append(&key, &update).await.unwrap(), 1);
    assert_eq!(store.load(&key).await.unwrap().unwrap().facts, update.facts);
}

#[tokio::test]
async fn url_forms_plain_path_sqlite_colon_and_sqlite_slashes() {
    let db = TempDb::new("urls");
    let dir = db.path.parent().unwrap().to_path_buf();
    // The parent directory does not exist yet: connect creates it, and the file.
    let plain = dir.join("nested").join("plain.db");
    let colon = dir.join("colon.db");
    let slashes = dir.join("slashes.db");
    for (url, file) in [
        (plain.display().to_string(), &plain),
        (format!("sqlite:{}", colon.display()), &colon),
        (format!("sqlite://{}?mode=rwc", slashes.display()), &slashes),
    ] {
        let store = store::connect(&url).await.unwrap_or_else(|e| panic!("{url}: {e}"));
        exercise(&*store).await;
        assert!(file.exists(), "{url} created {}", file.display());
    }
    // In memory (no file) works too.
    exercise(&*store::connect("sqlite::memory:").await.unwrap()).await;

    for bad in ["", "   ", "mysql://user:pw@localhost/db", "http://example.com/x.db"] {
        match store::connect(bad).await {
            Err(StoreError::BadUrl(msg)) => assert!(!msg.contains("pw@"), "password shown: {msg}"),
            Err(other) => panic!("{bad:?}: expected BadUrl, got {other}"),
            Ok(_) => panic!("{bad:?}: expected BadUrl, got a store"),
        }
    }
    let bogus = format!("sqlite:{}?mode=bogus", colon.display());
    assert!(matches!(store::connect(&bogus).await, Err(StoreError::BadUrl(_))));
}

#[tokio::test]
async fn unwritable_path_is_a_clear_error() {
    let db = TempDb::new("unwritable");
    std::fs::create_dir_all(db.path.parent().unwrap()).unwrap();
    // A regular file where a directory should be: cannot be created, even by root.
    let blocker = db.path.parent().unwrap().join("not-a-dir");
    std::fs::write(&blocker, b"x").unwrap();
    let target = blocker.join("threads.db");
    let Err(err) = SqliteStore::connect(&target.display().to_string()).await else {
        panic!("opened a database under a regular file");
    };
    let msg = err.to_string();
    assert!(matches!(err, StoreError::Unavailable(_)), "{msg}");
    assert!(
        msg.contains(&target.display().to_string()) || msg.contains("not-a-dir"),
        "names the path: {msg}"
    );

    // A database opened read-only reads fine but refuses writes with `Full` (full or read-only).
    let store = db.open().await;
    let key = ThreadKey::discord(8);
    let update =
        ThreadUpdate { facts: vec![agent(1, 1, "r")], messages: 1, version: None, locale: None };
    store.append(&key, &update).await.unwrap();
    let ro = SqliteStore::connect(&format!("sqlite://{}?mode=ro", db.path()))
        .await
        .expect("open read-only");
    assert_eq!(ro.load(&key).await.unwrap().unwrap().messages, 1);
    match ro.append(&key, &update).await {
        Err(StoreError::Full(msg)) => assert!(msg.contains("read"), "says why: {msg}"),
        other => panic!("expected Full for a read-only database, got {other:?}"),
    }
    assert!(matches!(ro.set_watch(1, 2, true).await, Err(StoreError::Full(_))));
}

#[tokio::test]
async fn corrupt_json_row_is_reported_as_corrupt() {
    let db = TempDb::new("corrupt");
    let store = db.open().await;
    let key = ThreadKey::discord(77);
    let update =
        ThreadUpdate { facts: vec![agent(1, 1, "c")], messages: 1, version: None, locale: None };
    store.append(&key, &update).await.unwrap();
    sqlx::query("UPDATE thread_facts SET fact = $1 WHERE scope = $2 AND id = $3")
        .bind("{\"loc\": {\"message\": 1, \"line\"")
        .bind(&key.scope)
        .bind(&key.id)
        .execute(store.pool())
        .await
        .unwrap();
    match store.load(&key).await {
        Err(StoreError::Corrupt(msg)) => {
            assert!(msg.contains("discord/77"), "names the thread: {msg}");
        }
        other => panic!("expected Corrupt, got {other:?}"),
    }
    // Appending does not read the thread back, so it still works (and replaces the bad row:
    // the same fact again).
    assert_eq!(store.append(&key, &update).await.unwrap(), 2);
    assert_eq!(store.load(&key).await.unwrap().unwrap().facts[0].loc.message, 2);
    // Other threads are unaffected.
    exercise(&store).await;
}

/// A database made by the first schema (per-append JSON arrays) upgrades on `connect`: threads
/// keep their message count, version and locale, and the next paste starts bounded evidence.
#[tokio::test]
async fn a_first_schema_database_upgrades_in_place() {
    let db = TempDb::new("upgrade");
    std::fs::create_dir_all(db.path.parent().unwrap()).unwrap();
    let url = format!("sqlite://{}?mode=rwc", db.path());
    {
        use sqlx::Connection;
        // The migrations directory as it was before the bounded schema.
        let first = db.path.parent().unwrap().join("first-schema");
        std::fs::create_dir_all(&first).unwrap();
        let name = "0001_thread_memory.sql";
        let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("migrations").join(name);
        std::fs::copy(src, first.join(name)).unwrap();
        let mut conn = sqlx::SqliteConnection::connect(&url).await.unwrap();
        sqlx::migrate::Migrator::new(first).await.unwrap().run(&mut conn).await.unwrap();
        sqlx::raw_sql(
            "INSERT INTO threads VALUES ('discord', '9', '2026.6.9', 'de', 3, 100);
             INSERT INTO thread_evidence VALUES ('discord', '9', 1, 1, '[]');",
        )
        .execute(&mut conn)
        .await
        .unwrap();
    }
    let store = db.open().await;
    let key = ThreadKey::discord(9);
    let m = store.load(&key).await.unwrap().unwrap();
    assert_eq!(
        (m.messages, m.version.as_deref(), m.locale.as_deref()),
        (3, Some("2026.6.9"), Some("de"))
    );
    assert!(m.facts.is_empty());
    let update = ThreadUpdate { facts: vec![agent(1, 1, "n")], messages: 1, ..Default::default() };
    assert_eq!(store.append(&key, &update).await.unwrap(), 4);
    assert_eq!(store.load(&key).await.unwrap().unwrap().facts[0].loc.message, 4);
}

#[test]
fn urls_are_redacted_for_display() {
    let shown = store::redact_url(
        "postgres://clawmedic:s3cret@127.0.0.1:5433/clawmedic?sslmode=disable&password=s3cret",
    );
    assert_eq!(
        shown,
        "postgres://clawmedic:***@127.0.0.1:5433/clawmedic?sslmode=disable&password=***"
    );
    assert_eq!(store::redact_url("postgresql://u@h/db"), "postgresql://u@h/db");
    assert_eq!(store::redact_url("/var/lib/clawmedic/threads.db"), "/var/lib/clawmedic/threads.db");
    assert_eq!(store::redact_url("postgres://u:p%40ss@h:1/db"), "postgres://u:***@h:1/db");
}
