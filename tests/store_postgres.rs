//! The PostgreSQL thread store against its contract, on a real server named by
//! `DATABASE_URL_PG` (start one with `scripts/start-postgres.sh`). Unset: skipped with a
//! message, except under CI, where that is a failure. Each test works in its own thread scope
//! so tests can run in parallel against one database.

use clawmedic::parse::{Fact, Loc, Located};
use clawmedic::store::{self, PgStore, StoreError, ThreadKey, ThreadStore, ThreadUpdate};
use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};
use tokio::net::{TcpListener, TcpStream};
use tokio::task::AbortHandle;

/// The server URL, or None (after saying so) when the tests should be skipped.
fn pg_url() -> Option<String> {
    match std::env::var("DATABASE_URL_PG") {
        Ok(url) if !url.trim().is_empty() => Some(url),
        _ => {
            let ci = std::env::var("CI")
                .map(|v| !v.is_empty() && v != "false" && v != "0")
                .unwrap_or(false);
            if ci {
                panic!(
                    "DATABASE_URL_PG is not set but CI is: the PostgreSQL store tests must run in CI. \
                     Start a server first: eval \"$(bash scripts/start-postgres.sh | grep '^export ')\""
                );
            }
            eprintln!(
                "SKIPPED PostgreSQL store test: DATABASE_URL_PG is unset. To run: \
                 eval \"$(bash scripts/start-postgres.sh | grep '^export ')\" && cargo test --test store_postgres"
            );
            None
        }
    }
}

macro_rules! pg_or_skip {
    () => {
        match pg_url() {
            Some(url) => url,
            None => return,
        }
    };
}

/// A thread scope no other test (or earlier run) uses.
fn unique_scope(name: &str) -> String {
    static SEQ: AtomicUsize = AtomicUsize::new(0);
    let nanos = SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_nanos();
    format!("test-{name}-{}-{nanos}-{}", std::process::id(), SEQ.fetch_add(1, Ordering::Relaxed))
}

fn unique_channel() -> u64 {
    let nanos = SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_nanos() as u64;
    (1 << 62) + (nanos % (1 << 40)) * 1024 + std::process::id() as u64 % 1024
}

async fn cleanup(store: &PgStore, scope: &str) {
    sqlx::query("DELETE FROM threads WHERE scope = $1")
        .bind(scope)
        .execute(store.pool())
        .await
        .unwrap();
}

fn agent(message: usize, line: usize, tag: &str) -> Located {
    Located {
        loc: Loc { message, line },
        quote: format!("\"model\": \"{tag}\""),
        fact: Fact::AgentModelString { agent: tag.to_string(), model_ref: format!("openai/{tag}") },
    }
}

fn session(message: usize, profile: &str) -> Located {
    Located {
        loc: Loc { message, line: 3 },
        quote: "authProfileOverride".into(),
        fact: Fact::SessionOverride { profile_id: profile.into(), source: None },
    }
}

fn tag_of(f: &Located) -> String {
    match &f.fact {
        Fact::AgentModelString { agent, .. } => agent.clone(),
        other => panic!("unexpected fact {other:?}"),
    }
}

#[tokio::test]
async fn round_trip_is_exact_and_renumbered() {
    let url = pg_or_skip!();
    let store = PgStore::connect(&url).await.unwrap();
    store.ping().await.unwrap();
    let scope = unique_scope("roundtrip");
    let key = ThreadKey { scope: scope.clone(), id: "1234".into() };
    assert_eq!(store.load(&key).await.unwrap(), None);

    let first = vec![
        agent(1, 1, "ops"),
        session(2, "openai-codex:default"),
        Located {
            loc: Loc { message: 2, line: 9 },
            quote: "3 targets".into(),
            fact: Fact::ProbeFooter { targets: 3 },
        },
    ];
    let u1 = ThreadUpdate {
        facts: first.clone(),
        messages: 2,
        version: Some("2026.6.9".into()),
        locale: Some("zh-TW".into()),
    };
    assert_eq!(store.append(&key, &u1).await.unwrap().facts, first);
    let second = vec![agent(1, 1, "ünïcödé \"quoted\" ✓ 🦞")];
    let u2 = ThreadUpdate {
        facts: second.clone(),
        messages: 1,
        version: None,
        locale: Some("ja".into()),
    };
    let m = store.append(&key, &u2).await.unwrap();

    let mut expected = first.clone();
    expected.push(Located { loc: Loc { message: 3, line: 1 }, ..second[0].clone() });
    assert_eq!(m.facts, expected);
    assert_eq!(m.messages, 3);
    assert_eq!(m.version.as_deref(), Some("2026.6.9"));
    assert_eq!(m.locale.as_deref(), Some("ja"));
    assert_eq!(store.load(&key).await.unwrap(), Some(m));
    assert_eq!(
        store.load(&ThreadKey { scope: scope.clone(), id: "other".into() }).await.unwrap(),
        None
    );
    cleanup(&store, &scope).await;
}

#[tokio::test]
async fn sequential_appends_number_messages_1_to_n() {
    let url = pg_or_skip!();
    let store = PgStore::connect(&url).await.unwrap();
    let scope = unique_scope("sequential");
    let key = ThreadKey { scope: scope.clone(), id: "t".into() };
    for i in 0..6 {
        let facts = vec![agent(1, 1, &format!("a{i}")), agent(2, 1, &format!("b{i}"))];
        let m = store
            .append(&key, &ThreadUpdate { facts, messages: 2, version: None, locale: None })
            .await
            .unwrap();
        assert_eq!(m.messages, 2 * (i + 1));
    }
    let m = store.load(&key).await.unwrap().unwrap();
    assert_eq!(
        m.facts.iter().map(|f| f.loc.message).collect::<Vec<_>>(),
        (1..=12).collect::<Vec<_>>()
    );
    assert_eq!(m.facts.iter().map(tag_of).collect::<Vec<_>>()[..4], ["a0", "b0", "a1", "b1"]);
    cleanup(&store, &scope).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_replicas_appending_concurrently_lose_nothing() {
    let url = pg_or_skip!();
    // Two pools = two replicas, started together (migrations serialise on an advisory lock).
    let (a, b) = tokio::join!(PgStore::connect(&url), PgStore::connect(&url));
    let a: Arc<dyn ThreadStore> = Arc::new(a.unwrap());
    let b: Arc<dyn ThreadStore> = Arc::new(b.unwrap());
    let scope = unique_scope("concurrent");
    let key = ThreadKey { scope: scope.clone(), id: "shared-thread".into() };
    let appends = 50;
    let mut tasks = Vec::new();
    for i in 0..appends {
        let store = if i % 2 == 0 { a.clone() } else { b.clone() };
        let key = key.clone();
        tasks.push(tokio::spawn(async move {
            let messages = 1 + i % 3;
            let facts = (1..=messages).map(|m| agent(m, 1, &format!("t{i}-m{m}"))).collect();
            store
                .append(
                    &key,
                    &ThreadUpdate {
                        facts,
                        messages,
                        version: Some(format!("2026.6.{i}")),
                        locale: None,
                    },
                )
                .await
        }));
    }
    for t in tasks {
        t.await.unwrap().expect("append under contention");
    }
    let expected_messages: usize = (0..appends).map(|i| 1 + i % 3).sum();
    for store in [&a, &b] {
        let m = store.load(&key).await.unwrap().unwrap();
        assert_eq!(m.messages, expected_messages);
        let mut seen: HashMap<String, usize> = HashMap::new();
        for f in &m.facts {
            *seen.entry(tag_of(f)).or_default() += 1;
        }
        assert_eq!(seen.len(), expected_messages);
        for i in 0..appends {
            for msg in 1..=(1 + i % 3) {
                assert_eq!(
                    seen.get(&format!("t{i}-m{msg}")),
                    Some(&1),
                    "t{i}-m{msg} present exactly once"
                );
            }
        }
        let numbers: Vec<usize> = m.facts.iter().map(|f| f.loc.message).collect();
        assert_eq!(
            numbers,
            (1..=expected_messages).collect::<Vec<_>>(),
            "message numbers 1..=N, each once"
        );
        // Each append's messages are a contiguous range in its own order.
        for w in m.facts.windows(2) {
            let (x, y) = (tag_of(&w[0]), tag_of(&w[1]));
            let (xi, xm) = x.split_once("-m").unwrap();
            let (yi, ym) = y.split_once("-m").unwrap();
            if ym != "1" {
                assert_eq!((xi, xm.parse::<u32>().unwrap() + 1), (yi, ym.parse::<u32>().unwrap()));
            }
        }
    }
    let pg = PgStore::connect(&url).await.unwrap();
    cleanup(&pg, &scope).await;
}

#[tokio::test]
async fn expire_removes_only_old_threads_and_their_evidence() {
    let url = pg_or_skip!();
    let store = PgStore::connect(&url).await.unwrap();
    let scope = unique_scope("expire");
    let old = ThreadKey { scope: scope.clone(), id: "old".into() };
    let fresh = ThreadKey { scope: scope.clone(), id: "fresh".into() };
    let update =
        ThreadUpdate { facts: vec![agent(1, 1, "x")], messages: 1, version: None, locale: None };
    store.append(&old, &update).await.unwrap();
    store.append(&old, &update).await.unwrap();
    store.append(&fresh, &update).await.unwrap();
    sqlx::query("UPDATE threads SET updated_at = updated_at - 7200 WHERE scope = $1 AND id = $2")
        .bind(&old.scope)
        .bind(&old.id)
        .execute(store.pool())
        .await
        .unwrap();

    // Other tests share this database: only count on our own threads.
    let removed = store.expire(Duration::from_secs(3600)).await.unwrap();
    assert!(removed >= 1, "removed {removed}");
    assert_eq!(store.load(&old).await.unwrap(), None);
    let evidence: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM thread_evidence WHERE scope = $1 AND id = $2")
            .bind(&old.scope)
            .bind(&old.id)
            .fetch_one(store.pool())
            .await
            .unwrap();
    assert_eq!(evidence, 0, "evidence goes with its thread");
    assert_eq!(store.load(&fresh).await.unwrap().unwrap().messages, 1);
    let m = store.append(&old, &update).await.unwrap();
    assert_eq!((m.messages, m.facts[0].loc.message), (1, 1), "an expired thread starts over");
    cleanup(&store, &scope).await;
}

#[tokio::test]
async fn watch_mode_set_and_unset() {
    let url = pg_or_skip!();
    let store = PgStore::connect(&url).await.unwrap();
    let channel = unique_channel();
    let huge = u64::MAX - (channel % 1_000_000);
    assert!(!store.is_watched(channel).await.unwrap(), "off by default");
    store.set_watch(1, channel, true).await.unwrap();
    store.set_watch(2, channel, true).await.unwrap();
    store.set_watch(3, huge, true).await.unwrap();
    assert!(store.is_watched(channel).await.unwrap());
    assert!(store.is_watched(huge).await.unwrap(), "snowflakes above i64::MAX survive");
    assert!(!store.is_watched(channel + 1).await.unwrap());
    store.set_watch(1, channel, false).await.unwrap();
    store.set_watch(1, channel, false).await.unwrap();
    assert!(!store.is_watched(channel).await.unwrap());
    store.set_watch(3, huge, false).await.unwrap();
    assert!(!store.is_watched(huge).await.unwrap());
}

#[tokio::test]
async fn corrupt_json_row_is_reported_as_corrupt() {
    let url = pg_or_skip!();
    let store = PgStore::connect(&url).await.unwrap();
    let scope = unique_scope("corrupt");
    let key = ThreadKey { scope: scope.clone(), id: "77".into() };
    let update =
        ThreadUpdate { facts: vec![agent(1, 1, "c")], messages: 1, version: None, locale: None };
    store.append(&key, &update).await.unwrap();
    sqlx::query(
        "UPDATE thread_evidence SET facts = 'not json at all' WHERE scope = $1 AND id = $2",
    )
    .bind(&key.scope)
    .bind(&key.id)
    .execute(store.pool())
    .await
    .unwrap();
    match store.load(&key).await {
        Err(StoreError::Corrupt(msg)) => assert!(msg.contains(&scope), "names the thread: {msg}"),
        other => panic!("expected Corrupt, got {other:?}"),
    }
    assert!(matches!(store.append(&key, &update).await, Err(StoreError::Corrupt(_))));
    cleanup(&store, &scope).await;
}

#[tokio::test]
async fn connect_dispatches_postgres_urls() {
    let url = pg_or_skip!();
    let scope = unique_scope("dispatch");
    let alt = url.replacen("postgres://", "postgresql://", 1);
    for u in [url.as_str(), alt.as_str()] {
        let s = store::connect(u).await.unwrap();
        s.ping().await.unwrap();
        let key = ThreadKey { scope: scope.clone(), id: "x".into() };
        s.append(
            &key,
            &ThreadUpdate { facts: vec![agent(1, 1, "d")], messages: 1, ..Default::default() },
        )
        .await
        .unwrap();
    }
    let pg = PgStore::connect(&url).await.unwrap();
    let key = ThreadKey { scope: scope.clone(), id: "x".into() };
    assert_eq!(
        pg.load(&key).await.unwrap().unwrap().messages,
        2,
        "both URL forms reach the same database"
    );
    cleanup(&pg, &scope).await;
}

/// A port nothing listens on (bound, then released).
async fn unused_port() -> u16 {
    let l = TcpListener::bind("127.0.0.1:0").await.unwrap();
    l.local_addr().unwrap().port()
}

#[tokio::test]
async fn unreachable_server_is_unavailable_quickly_and_hides_the_password() {
    // Needs no server: runs even when DATABASE_URL_PG is unset.
    let port = unused_port().await;
    let url = format!("postgres://clawmedic:topsecret-pw@127.0.0.1:{port}/clawmedic");
    let started = Instant::now();
    let result =
        tokio::time::timeout(Duration::from_secs(20), store::connect(&url)).await.expect("no hang");
    assert!(started.elapsed() < Duration::from_secs(10), "took {:?}", started.elapsed());
    match result {
        Err(StoreError::Unavailable(msg)) => {
            assert!(!msg.contains("topsecret-pw"), "password leaked: {msg}");
            assert!(msg.contains(&format!("127.0.0.1:{port}")), "names the server: {msg}");
        }
        Err(other) => panic!("expected Unavailable, got {other}"),
        Ok(_) => panic!("connected to a port nothing listens on"),
    }
    match store::connect("postgres://u:topsecret-pw@127.0.0.1:notaport/db").await {
        Err(StoreError::BadUrl(msg)) => {
            assert!(!msg.contains("topsecret-pw"), "password leaked: {msg}")
        }
        Err(other) => panic!("expected BadUrl, got {other}"),
        Ok(_) => panic!("accepted a bad URL"),
    }
}

/// A TCP relay in front of the server, which the test can cut to simulate an outage.
struct Relay {
    tasks: Arc<Mutex<Vec<AbortHandle>>>,
}

impl Relay {
    async fn start(listen: &str, target: (String, u16)) -> (Relay, u16) {
        let listener = TcpListener::bind(listen).await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let tasks: Arc<Mutex<Vec<AbortHandle>>> = Arc::default();
        let registry = tasks.clone();
        let accept = tokio::spawn(async move {
            while let Ok((mut inbound, _)) = listener.accept().await {
                let target = target.clone();
                let conn = tokio::spawn(async move {
                    if let Ok(mut outbound) = TcpStream::connect(target).await {
                        let _ = tokio::io::copy_bidirectional(&mut inbound, &mut outbound).await;
                    }
                });
                registry.lock().unwrap().push(conn.abort_handle());
            }
        });
        tasks.lock().unwrap().push(accept.abort_handle());
        (Relay { tasks }, port)
    }

    /// Close the listener and every relayed connection.
    fn cut(&self) {
        for t in self.tasks.lock().unwrap().drain(..) {
            t.abort();
        }
    }
}

/// `postgres://user:pw@host:port/db…` → (`host`, `port`) and the URL with `host:port` replaced.
fn via(url: &str, port: u16) -> ((String, u16), String) {
    let start = url.find("://").unwrap() + 3;
    let end = start + url[start..].find(['/', '?']).unwrap_or(url.len() - start);
    let authority = &url[start..end];
    let host_start = authority.rfind('@').map(|a| a + 1).unwrap_or(0);
    let hostport = &authority[host_start..];
    let (host, pg_port) = match hostport.rsplit_once(':') {
        Some((h, p)) => (h.to_string(), p.parse().unwrap()),
        None => (hostport.to_string(), 5432),
    };
    let rewritten = format!("{}127.0.0.1:{port}{}", &url[..start + host_start], &url[end..]);
    ((host, pg_port), rewritten)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn outage_after_connect_is_unavailable_then_recovers() {
    let url = pg_or_skip!();
    let port = unused_port().await;
    let (target, relayed) = via(&url, port);
    let listen = format!("127.0.0.1:{port}");
    let (relay, _) = Relay::start(&listen, target.clone()).await;
    let store = PgStore::connect(&relayed).await.unwrap();
    let scope = unique_scope("outage");
    let key = ThreadKey { scope: scope.clone(), id: "o".into() };
    let update = ThreadUpdate { facts: vec![agent(1, 1, "o")], messages: 1, ..Default::default() };
    store.append(&key, &update).await.unwrap();

    relay.cut();
    for call in ["ping", "load", "append"] {
        let started = Instant::now();
        let result = tokio::time::timeout(Duration::from_secs(30), async {
            match call {
                "ping" => store.ping().await.map(|_| ()),
                "load" => store.load(&key).await.map(|_| ()),
                _ => store.append(&key, &update).await.map(|_| ()),
            }
        })
        .await
        .unwrap_or_else(|_| panic!("{call} hung during an outage"));
        assert!(matches!(result, Err(StoreError::Unavailable(_))), "{call}: {result:?}");
        assert!(started.elapsed() < Duration::from_secs(10), "{call} took {:?}", started.elapsed());
    }

    // The server comes back (same address): the same store works again without a restart.
    let (_relay2, _) = Relay::start(&listen, target).await;
    let mut recovered = false;
    for _ in 0..20 {
        if store.ping().await.is_ok() {
            recovered = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
    assert!(recovered, "the store reconnects after the outage");
    assert_eq!(
        store.append(&key, &update).await.unwrap().messages,
        2,
        "nothing written during the outage"
    );
    cleanup(&store, &scope).await;
}
