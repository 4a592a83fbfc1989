//! The PostgreSQL thread store against the store contract (`store_contract/`, the same checks
//! as SQLite and the in-process store), on a real server named by `DATABASE_URL_PG` (start one
//! with `scripts/start-postgres.sh`). Unset: skipped with a message, except under CI, where that
//! is a failure. Each check works in its own thread scope so checks can run in parallel against
//! one database. Then what only PostgreSQL has: URL forms, corrupt rows, outages.

mod store_contract;

use clawmedic::store::{self, PgStore, StoreError, ThreadKey, ThreadStore, ThreadUpdate};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime, UNIX_EPOCH};
use store_contract::{agent, Fixture};
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

async fn cleanup(store: &PgStore, scope: &str) {
    sqlx::query("DELETE FROM threads WHERE scope = $1")
        .bind(scope)
        .execute(store.pool())
        .await
        .unwrap();
}

/// Deletes a check's threads when the fixture goes (on a runtime of its own: `Drop` cannot
/// await, and the check's runtime is shutting down).
struct Cleanup {
    url: String,
    scope: String,
}

impl Drop for Cleanup {
    fn drop(&mut self) {
        let (url, scope) = (self.url.clone(), self.scope.clone());
        let _ = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
            rt.block_on(async {
                use sqlx::Connection;
                if let Ok(mut conn) = sqlx::PgConnection::connect(&url).await {
                    let _ = sqlx::query("DELETE FROM threads WHERE scope = $1")
                        .bind(&scope)
                        .execute(&mut conn)
                        .await;
                }
            });
        })
        .join();
    }
}

/// Two replicas (two pools, connected together: migrations serialise on an advisory lock).
async fn pg_fixture(name: &str) -> Option<Fixture> {
    let url = pg_url()?;
    let (a, b) = tokio::join!(PgStore::connect(&url), PgStore::connect(&url));
    let (a, b) = (a.expect("connect to DATABASE_URL_PG"), b.expect("connect again"));
    let pool = a.pool().clone();
    let (scope, channel) = store_contract::unique(name);
    Some(Fixture {
        a: Arc::new(a),
        b: Arc::new(b),
        scope: scope.clone(),
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
        keep: Box::new(Cleanup { url, scope }),
    })
}

store_contract!(pg_fixture);

#[tokio::test]
async fn corrupt_json_row_is_reported_as_corrupt() {
    let url = pg_or_skip!();
    let store = PgStore::connect(&url).await.unwrap();
    let scope = unique_scope("corrupt");
    let key = ThreadKey { scope: scope.clone(), id: "77".into() };
    let update =
        ThreadUpdate { facts: vec![agent(1, 1, "c")], messages: 1, version: None, locale: None };
    store.append(&key, &update).await.unwrap();
    sqlx::query("UPDATE thread_facts SET fact = 'not json at all' WHERE scope = $1 AND id = $2")
        .bind(&key.scope)
        .bind(&key.id)
        .execute(store.pool())
        .await
        .unwrap();
    match store.load(&key).await {
        Err(StoreError::Corrupt(msg)) => assert!(msg.contains(&scope), "names the thread: {msg}"),
        other => panic!("expected Corrupt, got {other:?}"),
    }
    // Appending never reads the thread back: it works, and the same fact replaces the bad row.
    assert_eq!(store.append(&key, &update).await.unwrap(), 2);
    assert_eq!(store.load(&key).await.unwrap().unwrap().facts[0].loc.message, 2);
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
    let result =
        tokio::time::timeout(Duration::from_secs(20), store::connect(&url)).await.expect("no hang");
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
            assert!(!msg.contains("topsecret-pw"), "password leaked: {msg}");
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
    assert_eq!(store.append(&key, &update).await.unwrap(), 2, "nothing written during the outage");
    cleanup(&store, &scope).await;
}
