//! Fault injection for the resilience tests (`tests/resilience.rs`), all on loopback:
//!
//! * [`Probe`]: a store wrapper that records every call and how it ended, and can hold calls of
//!   one kind at a gate until the test releases them (so "the handler is blocked in the store
//!   right now" is a fact, not a guess about timing);
//! * [`TcpProxy`]: a TCP proxy in front of PostgreSQL that the test can cut (every connection
//!   closed, new ones refused), black-hole (connections accepted, nothing forwarded), restore,
//!   or arm to cut the moment the client sends a given statement (mid-transaction);
//! * SQLite helpers: a second connection holding `BEGIN EXCLUSIVE` ([`SqliteLocker`]), a
//!   "disk full" made with `PRAGMA max_page_count` on every pooled connection of a store
//!   ([`fill_disk`]), and [`sqlite_threads`], which reads every thread back and checks that its
//!   evidence rows are whole (no half-written append).
//!
//! Included with `#[path]` by the tests that need it (it does not depend on the fake Discord).
#![allow(dead_code)]

use clawmedic::parse::Located;
use clawmedic::store::{
    BoxFuture, Retention, StoreError, ThreadKey, ThreadMemory, ThreadStore, ThreadUpdate,
};
use sqlx::{Connection, SqliteConnection, SqlitePool};
use std::collections::HashSet;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{watch, Notify};
use tokio::task::AbortHandle;

/// Every wait in here gives up (panics) after this long, so a broken test fails, not hangs.
pub const SAFETY: Duration = Duration::from_secs(30);

// ---------------------------------------------------------------------------------------------
// Probe

/// How a store call ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ended {
    Ok,
    Unavailable,
    Full,
    Corrupt,
    BadUrl,
    /// The caller dropped the call before it finished (a time box fired).
    Dropped,
}

impl Ended {
    fn of<T>(r: &Result<T, StoreError>) -> Ended {
        match r {
            Ok(_) => Ended::Ok,
            Err(StoreError::Unavailable(_)) => Ended::Unavailable,
            Err(StoreError::Full(_)) => Ended::Full,
            Err(StoreError::Corrupt(_)) => Ended::Corrupt,
            Err(StoreError::BadUrl(_)) => Ended::BadUrl,
        }
    }
}

/// One recorded store call.
#[derive(Debug, Clone)]
pub struct Call {
    pub op: &'static str,
    /// The thread id (load/append) or channel (watch calls).
    pub subject: String,
    /// `None` while it runs.
    pub ended: Option<Ended>,
    /// For appends: how many messages the update carried.
    pub messages: usize,
}

#[derive(Default)]
struct ProbeState {
    calls: Mutex<Vec<Call>>,
    changed: Notify,
}

/// Wraps a store; records calls; can hold calls of an operation at a gate.
#[derive(Clone)]
pub struct Probe {
    inner: Arc<dyn ThreadStore>,
    state: Arc<ProbeState>,
    gates: Arc<watch::Sender<HashSet<&'static str>>>,
}

/// Marks a call dropped if it never got to record its outcome.
struct CallGuard {
    state: Arc<ProbeState>,
    index: usize,
    done: bool,
}

impl CallGuard {
    fn finish(mut self, ended: Ended) {
        self.done = true;
        self.state.calls.lock().unwrap()[self.index].ended = Some(ended);
        self.state.changed.notify_waiters();
    }
}

impl Drop for CallGuard {
    fn drop(&mut self) {
        if !self.done {
            self.state.calls.lock().unwrap()[self.index].ended = Some(Ended::Dropped);
            self.state.changed.notify_waiters();
        }
    }
}

impl Probe {
    pub fn new(inner: Arc<dyn ThreadStore>) -> Probe {
        let (tx, _) = watch::channel(HashSet::new());
        Probe { inner, state: Arc::default(), gates: Arc::new(tx) }
    }

    /// Hold every later call of `op` (`"load"`, `"append"`, …) until [`Probe::release`].
    pub fn hold(&self, op: &'static str) {
        self.gates.send_modify(|g| {
            g.insert(op);
        });
    }

    pub fn release(&self, op: &'static str) {
        self.gates.send_modify(|g| {
            g.remove(op);
        });
    }

    pub fn calls(&self) -> Vec<Call> {
        self.state.calls.lock().unwrap().clone()
    }

    pub fn calls_of(&self, op: &str) -> Vec<Call> {
        self.calls().into_iter().filter(|c| c.op == op).collect()
    }

    /// Wait until `n` calls of `op` have started; returns them.
    pub async fn wait_started(&self, op: &str, n: usize) -> Vec<Call> {
        self.wait(op, n, false).await
    }

    /// Wait until `n` calls of `op` have ended; returns them (ended ones, in start order).
    pub async fn wait_ended(&self, op: &str, n: usize) -> Vec<Call> {
        self.wait(op, n, true).await
    }

    async fn wait(&self, op: &str, n: usize, ended: bool) -> Vec<Call> {
        let deadline = tokio::time::Instant::now() + SAFETY;
        loop {
            let notified = self.state.changed.notified();
            let found: Vec<Call> =
                self.calls_of(op).into_iter().filter(|c| !ended || c.ended.is_some()).collect();
            if found.len() >= n {
                return found;
            }
            if tokio::time::timeout_at(deadline, notified).await.is_err() {
                panic!(
                    "timed out waiting for {n} {op} call(s) to {}; calls: {:#?}",
                    if ended { "end" } else { "start" },
                    self.calls()
                );
            }
        }
    }

    fn start(&self, op: &'static str, subject: String, messages: usize) -> CallGuard {
        let mut calls = self.state.calls.lock().unwrap();
        calls.push(Call { op, subject, ended: None, messages });
        let index = calls.len() - 1;
        drop(calls);
        self.state.changed.notify_waiters();
        CallGuard { state: self.state.clone(), index, done: false }
    }

    async fn gate(&self, op: &'static str) {
        let mut rx = self.gates.subscribe();
        let _ = rx.wait_for(|g| !g.contains(op)).await;
    }
}

impl ThreadStore for Probe {
    fn load<'a>(
        &'a self,
        key: &'a ThreadKey,
    ) -> BoxFuture<'a, Result<Option<ThreadMemory>, StoreError>> {
        Box::pin(async move {
            let call = self.start("load", key.id.clone(), 0);
            self.gate("load").await;
            let r = self.inner.load(key).await;
            call.finish(Ended::of(&r));
            r
        })
    }

    fn append<'a>(
        &'a self,
        key: &'a ThreadKey,
        update: &'a ThreadUpdate,
    ) -> BoxFuture<'a, Result<usize, StoreError>> {
        Box::pin(async move {
            let call = self.start("append", key.id.clone(), update.messages);
            self.gate("append").await;
            let r = self.inner.append(key, update).await;
            call.finish(Ended::of(&r));
            r
        })
    }

    fn expire<'a>(&'a self, retention: Retention) -> BoxFuture<'a, Result<u64, StoreError>> {
        Box::pin(async move {
            let call = self.start("expire", String::new(), 0);
            let r = self.inner.expire(retention).await;
            call.finish(Ended::of(&r));
            r
        })
    }

    fn ping<'a>(&'a self) -> BoxFuture<'a, Result<(), StoreError>> {
        Box::pin(async move {
            let call = self.start("ping", String::new(), 0);
            let r = self.inner.ping().await;
            call.finish(Ended::of(&r));
            r
        })
    }

    fn set_watch<'a>(
        &'a self,
        guild_id: u64,
        channel_id: u64,
        on: bool,
    ) -> BoxFuture<'a, Result<(), StoreError>> {
        Box::pin(async move {
            let call = self.start("set_watch", channel_id.to_string(), 0);
            let r = self.inner.set_watch(guild_id, channel_id, on).await;
            call.finish(Ended::of(&r));
            r
        })
    }

    fn is_watched<'a>(&'a self, channel_id: u64) -> BoxFuture<'a, Result<bool, StoreError>> {
        Box::pin(async move {
            let call = self.start("is_watched", channel_id.to_string(), 0);
            let r = self.inner.is_watched(channel_id).await;
            call.finish(Ended::of(&r));
            r
        })
    }
}

// ---------------------------------------------------------------------------------------------
// TCP proxy (PostgreSQL down mid-request)

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    Up,
    /// Not listening: connections are refused, like a server whose process died.
    Down,
    /// New connections are accepted and held, nothing is forwarded (a dead network path).
    BlackHole,
}

struct ProxyState {
    target: SocketAddr,
    mode: watch::Sender<Mode>,
    /// Whether the proxy's port is listening now.
    listening: watch::Sender<bool>,
    conns: Mutex<Vec<AbortHandle>>,
    /// Cut everything (and go down) when a client sends these bytes.
    cut_on: Mutex<Option<Vec<u8>>>,
    cut: AtomicBool,
    accepted: AtomicUsize,
}

/// A loopback TCP proxy to `target` that the test can break.
#[derive(Clone)]
pub struct TcpProxy {
    pub addr: SocketAddr,
    state: Arc<ProxyState>,
}

impl TcpProxy {
    pub async fn start(target: SocketAddr) -> TcpProxy {
        let first = TcpListener::bind("127.0.0.1:0").await.expect("bind proxy");
        let addr = first.local_addr().expect("proxy addr");
        let state = Arc::new(ProxyState {
            target,
            mode: watch::channel(Mode::Up).0,
            listening: watch::channel(true).0,
            conns: Mutex::new(Vec::new()),
            cut_on: Mutex::new(None),
            cut: AtomicBool::new(false),
            accepted: AtomicUsize::new(0),
        });
        let st = state.clone();
        tokio::spawn(async move {
            let mut mode = st.mode.subscribe();
            let mut listener = Some(first);
            loop {
                let l = match listener.take() {
                    Some(l) => l,
                    // Listen again on the same port (SO_REUSEADDR: the cut connections' TIME_WAIT
                    // does not stop it).
                    None => TcpListener::bind(addr).await.expect("re-bind the proxy port"),
                };
                st.listening.send_replace(true);
                loop {
                    tokio::select! {
                        accepted = l.accept() => {
                            let Ok((client, _)) = accepted else { continue };
                            st.accepted.fetch_add(1, Ordering::SeqCst);
                            let h = if *st.mode.borrow() == Mode::BlackHole {
                                tokio::spawn(async move {
                                    let _held = client;
                                    std::future::pending::<()>().await;
                                })
                            } else {
                                tokio::spawn(pipe(st.clone(), client))
                            };
                            st.conns.lock().unwrap().push(h.abort_handle());
                        }
                        changed = mode.changed() => {
                            if changed.is_err() || *mode.borrow_and_update() == Mode::Down {
                                break;
                            }
                        }
                    }
                }
                drop(l);
                st.listening.send_replace(false);
                if mode.wait_for(|m| *m != Mode::Down).await.is_err() {
                    return;
                }
            }
        });
        TcpProxy { addr, state }
    }

    /// `url` (a `postgres://user:pw@host:port/db` URL) pointed at the proxy instead.
    pub fn url_for(&self, url: &str) -> String {
        let scheme_end = url.find("://").expect("a URL") + 3;
        let rest = &url[scheme_end..];
        let auth_end = rest.find(['/', '?']).unwrap_or(rest.len());
        let authority = &rest[..auth_end];
        let host_start = authority.rfind('@').map_or(0, |i| i + 1);
        format!(
            "{}{}{}{}",
            &url[..scheme_end],
            &authority[..host_start],
            self.addr,
            &rest[auth_end..]
        )
    }

    /// Close every open connection and stop listening (connections are refused), like a server
    /// that died. Returns once the port refuses.
    pub async fn cut(&self) {
        cut_all(&self.state, Mode::Down);
        let _ = self.state.listening.subscribe().wait_for(|l| !*l).await;
    }

    /// Close every open connection; accept new ones but never answer (a dead network path).
    /// Returns once the port accepts again.
    pub async fn black_hole(&self) {
        cut_all(&self.state, Mode::BlackHole);
        let _ = self.state.listening.subscribe().wait_for(|l| *l).await;
    }

    /// Forward again (held black-hole connections are closed); returns once listening.
    pub async fn restore(&self) {
        cut_all(&self.state, Mode::Up);
        let _ = self.state.listening.subscribe().wait_for(|l| *l).await;
    }

    /// Cut (as [`TcpProxy::cut`]) the moment a client sends `pattern`, which is then not
    /// forwarded: the server sees the connection drop in the middle of what it was doing.
    pub fn cut_when_client_sends(&self, pattern: &[u8]) {
        self.state.cut.store(false, Ordering::SeqCst);
        *self.state.cut_on.lock().unwrap() = Some(pattern.to_vec());
    }

    /// Has an armed cut happened?
    pub fn was_cut(&self) -> bool {
        self.state.cut.load(Ordering::SeqCst)
    }

    /// Wait until the port refuses connections (after an armed cut).
    pub async fn wait_down(&self) {
        let mut rx = self.state.listening.subscribe();
        tokio::time::timeout(SAFETY, rx.wait_for(|l| !*l))
            .await
            .expect("the proxy went down")
            .expect("proxy running");
    }

    pub fn accepted(&self) -> usize {
        self.state.accepted.load(Ordering::SeqCst)
    }
}

fn cut_all(state: &ProxyState, mode: Mode) {
    state.mode.send_replace(mode);
    for h in state.conns.lock().unwrap().drain(..) {
        h.abort();
    }
}

async fn pipe(state: Arc<ProxyState>, mut client: TcpStream) {
    let Ok(mut server) = TcpStream::connect(state.target).await else { return };
    let (mut cr, mut cw) = client.split();
    let (mut sr, mut sw) = server.split();
    let up = async {
        let mut buf = vec![0u8; 16 * 1024];
        // The tail of the previous read, so a pattern split across reads is still seen.
        let mut tail: Vec<u8> = Vec::new();
        loop {
            let n = match cr.read(&mut buf).await {
                Ok(0) | Err(_) => return,
                Ok(n) => n,
            };
            let pattern = state.cut_on.lock().unwrap().clone();
            if let Some(p) = pattern {
                let mut hay = std::mem::take(&mut tail);
                hay.extend_from_slice(&buf[..n]);
                if hay.windows(p.len()).any(|w| w == p.as_slice()) {
                    *state.cut_on.lock().unwrap() = None;
                    state.cut.store(true, Ordering::SeqCst);
                    cut_all(&state, Mode::Down);
                    return;
                }
                let keep = p.len().saturating_sub(1).min(hay.len());
                tail = hay[hay.len() - keep..].to_vec();
            }
            if sw.write_all(&buf[..n]).await.is_err() {
                return;
            }
        }
    };
    let down = async {
        let _ = tokio::io::copy(&mut sr, &mut cw).await;
    };
    tokio::select! {
        _ = up => {}
        _ = down => {}
    }
}

/// The host:port of a `postgres://` URL.
pub fn pg_addr(url: &str) -> SocketAddr {
    let rest = &url[url.find("://").expect("a URL") + 3..];
    let authority = &rest[..rest.find(['/', '?']).unwrap_or(rest.len())];
    let hostport = &authority[authority.rfind('@').map_or(0, |i| i + 1)..];
    let hostport =
        if hostport.contains(':') { hostport.to_string() } else { format!("{hostport}:5432") };
    let hostport = hostport.replace("localhost", "127.0.0.1");
    hostport.parse().expect("DATABASE_URL_PG host must be an IP address and port (loopback)")
}

// ---------------------------------------------------------------------------------------------
// SQLite

/// Another connection to the same SQLite file holding `BEGIN EXCLUSIVE` (in WAL mode: the
/// write lock; readers go on) until [`SqliteLocker::release`].
pub struct SqliteLocker {
    conn: SqliteConnection,
}

impl SqliteLocker {
    pub async fn lock(path: &std::path::Path) -> SqliteLocker {
        let url = format!("sqlite://{}?mode=rw", path.display());
        let mut conn = SqliteConnection::connect(&url).await.expect("open the locker connection");
        sqlx::query("BEGIN EXCLUSIVE").execute(&mut conn).await.expect("BEGIN EXCLUSIVE");
        SqliteLocker { conn }
    }

    pub async fn release(mut self) {
        sqlx::query("ROLLBACK").execute(&mut self.conn).await.expect("ROLLBACK");
        self.conn.close().await.expect("close the locker connection");
    }
}

/// Make the SQLite database "full": every pooled connection gets `PRAGMA max_page_count` set
/// to the current page count (SQLite keeps it at least that), so any append that needs a new
/// page fails with SQLITE_FULL. Opens all `max` connections of the pool to reach each one.
pub async fn fill_disk(pool: &SqlitePool, max: u32) -> i64 {
    let mut held = Vec::new();
    let mut pages = 0;
    for _ in 0..max {
        let mut c = pool.acquire().await.expect("a pooled connection");
        pages = sqlx::query_scalar::<_, i64>("PRAGMA max_page_count = 1")
            .fetch_one(&mut *c)
            .await
            .expect("max_page_count");
        held.push(c);
    }
    assert_eq!(pool.size(), max, "every connection of the pool was reached");
    drop(held);
    pages
}

/// One thread as stored, checked whole.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredThread {
    pub scope: String,
    pub id: String,
    pub messages: i64,
    /// The messages that left facts, in order, with how many facts each (facts are stored one
    /// row each, deduplicated: a message whose facts were all repeated later has none left).
    pub evidence: Vec<(usize, usize)>,
}

/// Every thread of a SQLite store, with a check that nothing is half-written: each fact row is
/// valid JSON, rows are in `pos` order, and no fact cites a message beyond the thread's
/// `messages` count (an append that stored facts but lost its count bump fails here).
pub async fn sqlite_threads(pool: &SqlitePool) -> Vec<StoredThread> {
    let threads: Vec<(String, String, i64)> =
        sqlx::query_as("SELECT scope, id, messages FROM threads ORDER BY scope, id")
            .fetch_all(pool)
            .await
            .expect("threads");
    let mut out = Vec::new();
    for (scope, id, messages) in threads {
        let rows: Vec<(i64, String)> = sqlx::query_as(
            "SELECT pos, fact FROM thread_facts WHERE scope = $1 AND id = $2 ORDER BY pos",
        )
        .bind(&scope)
        .bind(&id)
        .fetch_all(pool)
        .await
        .expect("facts");
        let mut evidence: Vec<(usize, usize)> = Vec::new();
        for (pos, fact) in rows {
            let fact: Located = serde_json::from_str(&fact).expect("a fact is valid JSON");
            let message = fact.loc.message;
            assert_eq!(pos >> 32, message as i64, "thread {scope}/{id}: pos and message disagree");
            assert!(
                message as i64 <= messages,
                "thread {scope}/{id}: a fact cites message {message} but the thread counts {messages}"
            );
            match evidence.last_mut() {
                Some((m, n)) if *m == message => *n += 1,
                _ => evidence.push((message, 1)),
            }
        }
        out.push(StoredThread { scope, id, messages, evidence });
    }
    out
}

/// Message count and how many messages left facts, of one thread in PostgreSQL (for "nothing
/// half-written").
pub async fn pg_thread(pool: &sqlx::PgPool, key: &ThreadKey) -> Option<(i64, i64)> {
    let messages: Option<i64> =
        sqlx::query_scalar("SELECT messages FROM threads WHERE scope = $1 AND id = $2")
            .bind(&key.scope)
            .bind(&key.id)
            .fetch_optional(pool)
            .await
            .expect("threads");
    let rows: i64 = sqlx::query_scalar(
        "SELECT COUNT(DISTINCT pos / 4294967296) FROM thread_facts WHERE scope = $1 AND id = $2",
    )
    .bind(&key.scope)
    .bind(&key.id)
    .fetch_one(pool)
    .await
    .expect("evidence");
    messages.map(|m| (m, rows))
}
