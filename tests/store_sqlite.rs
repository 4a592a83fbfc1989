//! The SQLite thread store against its contract: each test opens a fresh temp-file database
//! (migrations applied by `connect`), and checks round trips, renumbering, concurrent appends
//! through two pools, expiry, watch mode, URL forms, unwritable paths and corrupt rows.

use clawmedic::parse::{parse_message, Fact, Loc, Located};
use clawmedic::store::{self, SqliteStore, StoreError, ThreadKey, ThreadStore, ThreadUpdate};
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

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

fn agent(message: usize, line: usize, tag: &str) -> Located {
    Located {
        loc: Loc { message, line },
        quote: format!("\"model\": \"{tag}\""),
        fact: Fact::AgentModelString { agent: tag.to_string(), model_ref: format!("openai/{tag}") },
    }
}

fn footer(message: usize, targets: u32) -> Located {
    Located {
        loc: Loc { message, line: 9 },
        quote: format!("{targets} targets"),
        fact: Fact::ProbeFooter { targets },
    }
}

fn session(message: usize, profile: &str) -> Located {
    Located {
        loc: Loc { message, line: 3 },
        quote: "authProfileOverride".into(),
        fact: Fact::SessionOverride { profile_id: profile.into(), source: Some("user".into()) },
    }
}

fn shifted(facts: &[Located], by: usize) -> Vec<Located> {
    facts
        .iter()
        .map(|f| {
            let mut f = f.clone();
            f.loc.message += by;
            f
        })
        .collect()
}

fn tag_of(f: &Located) -> String {
    match &f.fact {
        Fact::AgentModelString { agent, .. } => agent.clone(),
        other => panic!("unexpected fact {other:?}"),
    }
}

#[tokio::test]
async fn round_trip_is_exact_and_renumbered() {
    let db = TempDb::new("roundtrip");
    let store = db.open().await;
    let key = ThreadKey::discord(1234);
    assert_eq!(store.load(&key).await.unwrap(), None);

    let first = vec![agent(1, 4, "ops"), session(1, "anthropic:work"), footer(2, 3)];
    let u1 = ThreadUpdate {
        facts: first.clone(),
        messages: 2,
        version: Some("2026.6.9".into()),
        locale: Some("zh-TW".into()),
    };
    let m1 = store.append(&key, &u1).await.unwrap();
    assert_eq!(m1.facts, first);
    assert_eq!(m1.messages, 2);

    let second = vec![session(1, "openai-codex:default"), agent(2, 1, "ünïcödé \"quoted\" ✓")];
    let u2 = ThreadUpdate {
        facts: second.clone(),
        messages: 2,
        version: None,
        locale: Some("de".into()),
    };
    let m2 = store.append(&key, &u2).await.unwrap();

    let mut expected = first.clone();
    expected.extend(shifted(&second, 2));
    assert_eq!(m2.facts, expected);
    assert_eq!(m2.messages, 4);
    assert_eq!(m2.version.as_deref(), Some("2026.6.9"), "a None version keeps the remembered one");
    assert_eq!(m2.locale.as_deref(), Some("de"), "the latest locale wins");
    assert_eq!(store.load(&key).await.unwrap(), Some(m2.clone()));

    // Another handle on the same file sees the same thing; other threads stay empty.
    let again = db.open().await;
    assert_eq!(again.load(&key).await.unwrap(), Some(m2));
    assert_eq!(again.load(&ThreadKey::discord(1235)).await.unwrap(), None);
    assert_eq!(
        again.load(&ThreadKey { scope: "web".into(), id: "1234".into() }).await.unwrap(),
        None
    );
}

/// The store keeps `serde_json` of the engine's facts, so they must read back exactly as written.
#[tokio::test]
async fn engine_facts_survive_the_store() {
    let pasted = "🦞 OpenClaw 2026.6.9 (abc1234)\nModel login expired on the gateway for openai-codex\nHTTP 401";
    let facts = parse_message(pasted, 1).facts;
    let json = serde_json::to_string(&facts).unwrap();
    let back = serde_json::from_str::<Vec<Located>>(&json);
    assert!(
        back.as_ref().is_ok_and(|b| b == &facts),
        "parse::Located does not survive a JSON round trip ({:?}): Fact's serde tag `kind` collides \
         with the `kind` field of Signal / AuthListEntry / UnavailableProfile (src/parse/mod.rs)",
        back.err()
    );
    let db = TempDb::new("engine");
    let store = db.open().await;
    let key = ThreadKey::discord(4321);
    let update = ThreadUpdate { facts: facts.clone(), messages: 1, version: None, locale: None };
    store.append(&key, &update).await.unwrap();
    let m = store.append(&key, &update).await.unwrap();
    let mut expected = facts.clone();
    expected.extend(shifted(&facts, 1));
    assert_eq!(m.facts, expected);
    assert_eq!(store.load(&key).await.unwrap().unwrap().facts, expected);
}

#[tokio::test]
async fn sequential_appends_number_messages_1_to_n() {
    let db = TempDb::new("sequential");
    let store = db.open().await;
    let key = ThreadKey { scope: "web".into(), id: "session-42".into() };
    for i in 0..5 {
        let update = ThreadUpdate {
            facts: vec![agent(1, 1, &format!("a{i}")), agent(2, 1, &format!("b{i}"))],
            messages: 2,
            version: None,
            locale: None,
        };
        let m = store.append(&key, &update).await.unwrap();
        assert_eq!(m.messages, 2 * (i + 1));
    }
    let m = store.load(&key).await.unwrap().unwrap();
    assert_eq!(m.messages, 10);
    let numbers: Vec<usize> = m.facts.iter().map(|f| f.loc.message).collect();
    assert_eq!(numbers, (1..=10).collect::<Vec<_>>());
    let tags: Vec<String> = m.facts.iter().map(tag_of).collect();
    assert_eq!(tags, ["a0", "b0", "a1", "b1", "a2", "b2", "a3", "b3", "a4", "b4"]);

    // An update without facts still counts its messages; the next one is numbered after it.
    store.append(&key, &ThreadUpdate { messages: 1, ..Default::default() }).await.unwrap();
    let m = store
        .append(
            &key,
            &ThreadUpdate { facts: vec![agent(1, 1, "last")], messages: 1, ..Default::default() },
        )
        .await
        .unwrap();
    assert_eq!(m.messages, 12);
    assert_eq!(m.facts.last().unwrap().loc.message, 12);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_appends_through_two_pools_lose_nothing() {
    let db = TempDb::new("concurrent");
    // Two pools on one file: two replicas on one host.
    let a: Arc<dyn ThreadStore> = Arc::new(db.open().await);
    let b: Arc<dyn ThreadStore> = Arc::new(db.open().await);
    let key = ThreadKey::discord(99);
    let mut tasks = Vec::new();
    for i in 0..20 {
        let store = if i % 2 == 0 { a.clone() } else { b.clone() };
        let key = key.clone();
        tasks.push(tokio::spawn(async move {
            // Odd tasks send two messages, so ranges of different sizes interleave.
            let messages = 1 + i % 2;
            let facts = (1..=messages).map(|m| agent(m, 1, &format!("t{i}-m{m}"))).collect();
            store
                .append(&key, &ThreadUpdate { facts, messages, version: None, locale: None })
                .await
                .unwrap()
        }));
    }
    for t in tasks {
        t.await.unwrap();
    }
    let expected_messages: usize = (0..20).map(|i| 1 + i % 2).sum();
    for store in [&a, &b] {
        let m = store.load(&key).await.unwrap().unwrap();
        assert_eq!(m.messages, expected_messages);
        assert_eq!(m.facts.len(), expected_messages);
        let mut seen: HashMap<String, usize> = HashMap::new();
        for f in &m.facts {
            *seen.entry(tag_of(f)).or_default() += 1;
        }
        for i in 0..20 {
            for msg in 1..=(1 + i % 2) {
                assert_eq!(
                    seen.get(&format!("t{i}-m{msg}")),
                    Some(&1),
                    "fact t{i}-m{msg} present exactly once"
                );
            }
        }
        // Every message number used exactly once, in order.
        let numbers: Vec<usize> = m.facts.iter().map(|f| f.loc.message).collect();
        assert_eq!(numbers, (1..=expected_messages).collect::<Vec<_>>());
        // Facts of one append stay adjacent and in their own order.
        for w in m.facts.windows(2) {
            let (x, y) = (tag_of(&w[0]), tag_of(&w[1]));
            if x.ends_with("-m1") && y.ends_with("-m2") {
                assert_eq!(x.trim_end_matches("-m1"), y.trim_end_matches("-m2"));
            }
        }
    }
}

async fn backdate(store: &SqliteStore, key: &ThreadKey, seconds: i64) {
    sqlx::query("UPDATE threads SET updated_at = updated_at - $1 WHERE scope = $2 AND id = $3")
        .bind(seconds)
        .bind(&key.scope)
        .bind(&key.id)
        .execute(store.pool())
        .await
        .unwrap();
}

async fn evidence_rows(store: &SqliteStore, key: &ThreadKey) -> i64 {
    sqlx::query_scalar("SELECT COUNT(*) FROM thread_evidence WHERE scope = $1 AND id = $2")
        .bind(&key.scope)
        .bind(&key.id)
        .fetch_one(store.pool())
        .await
        .unwrap()
}

#[tokio::test]
async fn expire_removes_only_old_threads_and_their_evidence() {
    let db = TempDb::new("expire");
    let store = db.open().await;
    let old = ThreadKey::discord(1);
    let fresh = ThreadKey::discord(2);
    let update =
        ThreadUpdate { facts: vec![agent(1, 1, "x")], messages: 1, version: None, locale: None };
    store.append(&old, &update).await.unwrap();
    store.append(&old, &update).await.unwrap();
    store.append(&fresh, &update).await.unwrap();
    backdate(&store, &old, 2 * 3600).await;
    assert_eq!(evidence_rows(&store, &old).await, 2);

    assert_eq!(store.expire(Duration::from_secs(3 * 3600)).await.unwrap(), 0, "nothing is 3 h old");
    assert_eq!(store.expire(Duration::from_secs(3600)).await.unwrap(), 1);
    assert_eq!(store.load(&old).await.unwrap(), None);
    assert_eq!(evidence_rows(&store, &old).await, 0, "evidence goes with its thread");
    assert_eq!(store.load(&fresh).await.unwrap().unwrap().messages, 1);
    assert_eq!(evidence_rows(&store, &fresh).await, 1);

    // An expired thread starts over at message 1.
    let m = store.append(&old, &update).await.unwrap();
    assert_eq!((m.messages, m.facts[0].loc.message), (1, 1));
}

#[tokio::test]
async fn watch_mode_set_and_unset() {
    let db = TempDb::new("watch");
    let store = db.open().await;
    assert!(!store.is_watched(10).await.unwrap(), "off by default");
    store.set_watch(1, 10, true).await.unwrap();
    store.set_watch(1, 10, true).await.unwrap();
    store.set_watch(2, u64::MAX, true).await.unwrap();
    assert!(store.is_watched(10).await.unwrap());
    assert!(store.is_watched(u64::MAX).await.unwrap(), "snowflakes above i64::MAX survive");
    assert!(!store.is_watched(11).await.unwrap());
    store.set_watch(1, 10, false).await.unwrap();
    store.set_watch(1, 10, false).await.unwrap();
    assert!(!store.is_watched(10).await.unwrap());
    assert!(store.is_watched(u64::MAX).await.unwrap());
    // Survives reopening.
    assert!(db.open().await.is_watched(u64::MAX).await.unwrap());
}

async fn exercise(store: &dyn ThreadStore) {
    store.ping().await.unwrap();
    let key = ThreadKey::discord(5);
    let update =
        ThreadUpdate { facts: vec![agent(1, 1, "u")], messages: 1, version: None, locale: None };
    store.append(&key, &update).await.unwrap();
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
    let err = match SqliteStore::connect(&target.display().to_string()).await {
        Err(e) => e,
        Ok(_) => panic!("opened a database under a regular file"),
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
    sqlx::query("UPDATE thread_evidence SET facts = $1 WHERE scope = $2 AND id = $3")
        .bind("[{\"loc\": {\"message\": 1, \"line\"")
        .bind(&key.scope)
        .bind(&key.id)
        .execute(store.pool())
        .await
        .unwrap();
    match store.load(&key).await {
        Err(StoreError::Corrupt(msg)) => {
            assert!(msg.contains("discord/77"), "names the thread: {msg}")
        }
        other => panic!("expected Corrupt, got {other:?}"),
    }
    assert!(matches!(store.append(&key, &update).await, Err(StoreError::Corrupt(_))));
    // Other threads are unaffected.
    exercise(&store).await;
}

#[tokio::test]
async fn embedded_migrations_match_the_migrations_directory() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("migrations");
    let mut files: Vec<(i64, String)> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "sql"))
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            let version: i64 = name.split('_').next().unwrap().parse().expect("NNNN_name.sql");
            (version, std::fs::read_to_string(&p).unwrap())
        })
        .collect();
    files.sort();
    let embedded: Vec<(i64, String)> =
        store::MIGRATIONS.iter().map(|(v, _, sql)| (*v, sql.to_string())).collect();
    assert_eq!(
        embedded, files,
        "every migrations/*.sql file must be listed in store::MIGRATIONS (src/store/sql.rs)"
    );
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
