//! A fake Discord on loopback, enough for serenity 0.12 to run the real bot against it:
//!
//! * REST (axum) under `/api/v10`: `GET /gateway`, `GET /gateway/bot` (shards = 1),
//!   `GET /users/@me`, `GET /oauth2/applications/@me`, `PUT …/commands` (recorded, answers
//!   `[]`), `POST /interactions/{id}/{token}/callback` (recorded, 204),
//!   `POST /webhooks/{app}/{token}` and `POST /channels/{id}/messages` (recorded, answer a
//!   message), `GET /channels/{id}` (404: not cached, not known), plus `GET /attachments/…` for
//!   files a test serves. Every request is recorded with its JSON body.
//! * Discord's contract: every JSON body is validated against the request schema of its path
//!   and method in Discord's OpenAPI description ([`super::discord_contract`]); a body Discord
//!   would refuse gets its 400 `50035 Invalid Form Body`, and the test fails when its last
//!   handle on the fake is dropped. An interaction callback later than 3 s after the fake
//!   dispatched the INTERACTION_CREATE gets `404 {"code":10062,"message":"Unknown
//!   interaction"}`, and a second accepted callback `400 40060` (already acknowledged), as
//!   Discord answers them: so a bot that does not defer in time fails the test.
//! * Gateway (tokio-tungstenite): HELLO (op 10) on connect, READY after IDENTIFY (op 2),
//!   HEARTBEAT_ACK (op 11) for every heartbeat (op 1); [`FakeDiscord::dispatch`] pushes op 0
//!   events with increasing sequence numbers.
//!
//! serenity is pointed here with `HttpBuilder::proxy(base)` (which rewrites
//! `https://discord.com` to the base) and the gateway URL that `/gateway` returns.
//!
//! Fault injection (used by `tests/resilience.rs`; nothing changes unless a test asks):
//! * [`FakeDiscord::inject`]: answer matching REST requests with a [`Fault`] (429 with
//!   `retry-after` and `x-ratelimit-*` headers, 5xx, …) a number of times or forever. Every
//!   attempt is recorded with the status it got; [`FakeDiscord::callback`] and
//!   [`FakeDiscord::followups`] only count what was accepted (2xx).
//! * [`FakeDiscord::drop_gateway`]: end the bot's gateway connection with a close frame or by
//!   cutting the TCP connection. Like Discord, the fake answers RESUME (op 6) by replaying the
//!   dispatches after the bot's sequence number and then RESUMED (or, with
//!   [`FakeDiscord::refuse_resume`], by INVALID_SESSION so the bot identifies again).
//!   [`FakeDiscord::gateway_ops`] lists every frame the bot sent, per connection.

use super::discord_contract::{self, ContractGuard, Violation, Violations};
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{header, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::Router;
use futures_util::{SinkExt, StreamExt};
use serde_json::{json, Value};
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio::net::TcpListener;
use tokio::sync::{mpsc, Notify};
use tokio_tungstenite::tungstenite::protocol::frame::coding::CloseCode;
use tokio_tungstenite::tungstenite::protocol::CloseFrame;
use tokio_tungstenite::tungstenite::Message as WsMessage;

pub const APP_ID: u64 = 1_300_000_000_000_000_001;
pub const BOT_USER_ID: u64 = APP_ID;
pub const GUILD_ID: u64 = 1_300_000_000_000_000_100;

/// Discord's deadline for the first answer to an interaction.
pub const INTERACTION_DEADLINE: Duration = Duration::from_secs(3);

/// One request the bot made.
#[derive(Debug, Clone)]
pub struct Recorded {
    pub method: String,
    pub path: String,
    pub body: Value,
    /// The status the fake answered with.
    pub status: u16,
}

impl Recorded {
    pub fn ok(&self) -> bool {
        (200..300).contains(&self.status)
    }
}

/// A scripted failure for REST requests.
#[derive(Debug, Clone)]
pub struct Fault {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Value,
}

impl Fault {
    /// 429 as Discord sends it for a route bucket: `retry-after` (seconds) and the
    /// `x-ratelimit-*` headers, and the same wait in the JSON body.
    pub fn rate_limited(retry_after_s: f64) -> Fault {
        let s = format!("{retry_after_s}");
        Fault {
            status: 429,
            headers: vec![
                ("retry-after".into(), s.clone()),
                ("x-ratelimit-limit".into(), "5".into()),
                ("x-ratelimit-remaining".into(), "0".into()),
                ("x-ratelimit-reset-after".into(), s.clone()),
                ("x-ratelimit-bucket".into(), "fakebucket0123".into()),
                ("x-ratelimit-scope".into(), "user".into()),
            ],
            body: json!({ "message": "You are being rate limited.", "retry_after": retry_after_s, "global": false }),
        }
    }

    /// A server error (500, 502, 503, …) with Discord's usual body.
    pub fn server_error(status: u16) -> Fault {
        Fault {
            status,
            headers: Vec::new(),
            body: json!({ "message": "Internal Server Error", "code": 0 }),
        }
    }

    /// Any status and JSON body.
    pub fn status(status: u16, body: Value) -> Fault {
        Fault { status, headers: Vec::new(), body }
    }
}

type Matcher = Box<dyn Fn(&str, &str) -> bool + Send + Sync>;

struct Injected {
    matches: Matcher,
    fault: Fault,
    /// `None`: forever.
    remaining: Option<usize>,
}

/// How [`FakeDiscord::drop_gateway`] ends the connection.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GatewayDrop {
    /// A close frame with this code (4000 = "unknown error, reconnect", 1001 = going away).
    Close(u16),
    /// The TCP connection is cut without a close frame.
    Abrupt,
}

/// A frame the bot sent on the gateway.
#[derive(Debug, Clone)]
pub struct GatewayOp {
    /// Which connection (0 = the first).
    pub connection: usize,
    pub op: Option<u64>,
    pub frame: Value,
}

#[derive(Default)]
struct Inner {
    requests: Mutex<Vec<Recorded>>,
    changed: Notify,
    files: Mutex<HashMap<String, (String, Vec<u8>)>>,
    identify: Mutex<Option<Value>>,
    sockets: Mutex<Vec<mpsc::UnboundedSender<WsMessage>>>,
    seq: AtomicU64,
    next_id: AtomicU64,
    ws_url: Mutex<String>,
    faults: Mutex<Vec<Injected>>,
    /// Per connection: cut it (abrupt drop).
    kills: Mutex<Vec<Arc<Notify>>>,
    /// Frames the bot sent, in order.
    ops: Mutex<Vec<GatewayOp>>,
    /// Every dispatch pushed (op 0 frames with their `s`), for replay on RESUME.
    dispatched: Mutex<Vec<Value>>,
    /// Connections that ended, with the close code the bot sent if it closed cleanly.
    ended: Mutex<Vec<(usize, Option<u16>)>>,
    refuse_resume: std::sync::atomic::AtomicBool,
    /// The connection dispatches go to: identified (READY sent) or resumed, and not dropped.
    live: Mutex<Option<usize>>,
    /// When each INTERACTION_CREATE was dispatched (interaction id → instant), for the 3 s
    /// deadline of its callback.
    dispatched_at: Mutex<HashMap<String, Instant>>,
    /// Interactions whose callback was accepted.
    acknowledged: Mutex<std::collections::HashSet<String>>,
    /// Request bodies that broke Discord's OpenAPI contract.
    violations: Arc<Violations>,
    /// Served files answered only after a delay (a slow CDN).
    file_delays: Mutex<HashMap<String, Duration>>,
}

/// A running fake Discord.
#[derive(Clone)]
pub struct FakeDiscord {
    /// `http://127.0.0.1:PORT`: the REST base (and where served files live).
    pub base: String,
    pub ws_url: String,
    inner: Arc<Inner>,
    /// Fails the test, when the test's last handle goes, if a body broke the contract.
    _contract: Arc<ContractGuard>,
}

const WAIT: Duration = Duration::from_secs(30);

impl FakeDiscord {
    pub async fn start() -> FakeDiscord {
        // Each fake in a test binary hands out its own block of ids, so ids (and log lines
        // naming them) never collide between tests running in parallel.
        static FAKES: AtomicU64 = AtomicU64::new(0);
        let first = 1_400_000_000_000_000_000 + FAKES.fetch_add(1, Ordering::SeqCst) * 1_000_000;
        let inner = Arc::new(Inner { next_id: AtomicU64::new(first), ..Default::default() });
        // Gateway.
        let ws_listener = TcpListener::bind("127.0.0.1:0").await.expect("bind gateway");
        let ws_url = format!("ws://{}", ws_listener.local_addr().expect("addr"));
        *inner.ws_url.lock().unwrap() = ws_url.clone();
        let gw = inner.clone();
        tokio::spawn(async move {
            while let Ok((stream, _)) = ws_listener.accept().await {
                let gw = gw.clone();
                tokio::spawn(async move { gateway_connection(gw, stream).await });
            }
        });
        // REST.
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind rest");
        let base = format!("http://{}", listener.local_addr().expect("addr"));
        let app = Router::new().fallback(rest).with_state(inner.clone());
        tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        let contract = Arc::new(ContractGuard(inner.violations.clone()));
        FakeDiscord { base, ws_url, inner, _contract: contract }
    }

    /// Answer a served file (its URL or path) only after `delay`, like a slow CDN.
    pub fn delay_file(&self, url: &str, delay: Duration) {
        let path = url.strip_prefix(&self.base).unwrap_or(url).to_string();
        self.inner.file_delays.lock().unwrap().insert(path, delay);
    }

    /// Request bodies that broke Discord's contract so far.
    pub fn violations(&self) -> Vec<Violation> {
        self.inner.violations.all()
    }

    /// Serve a file at `/attachments/<name>`; returns its URL.
    pub fn serve_file(&self, name: &str, content_type: &str, bytes: &[u8]) -> String {
        let path = format!("/attachments/{name}");
        self.inner
            .files
            .lock()
            .unwrap()
            .insert(path.clone(), (content_type.to_string(), bytes.to_vec()));
        format!("{}{path}", self.base)
    }

    /// Push a gateway dispatch (op 0) to the connected bot. When the connection is down, the
    /// dispatch is kept and replayed when the bot resumes (as Discord does).
    pub fn dispatch(&self, event: &str, d: Value) {
        let mut dispatched = self.inner.dispatched.lock().unwrap();
        let s = self.inner.seq.fetch_add(1, Ordering::SeqCst) + 2; // READY was 1
        if event == "INTERACTION_CREATE" {
            if let Some(id) = d["id"].as_str() {
                self.inner.dispatched_at.lock().unwrap().insert(id.to_string(), Instant::now());
            }
        }
        let frame = json!({ "op": 0, "t": event, "s": s, "d": d });
        dispatched.push(frame.clone());
        let live = *self.inner.live.lock().unwrap();
        if let Some(conn) = live {
            let _ =
                self.inner.sockets.lock().unwrap()[conn].send(WsMessage::Text(frame.to_string()));
        }
    }

    pub fn requests(&self) -> Vec<Recorded> {
        self.inner.requests.lock().unwrap().clone()
    }

    /// Answer requests for which `matches(method, path)` holds with `fault`, `times` times
    /// (`None`: until [`FakeDiscord::clear_faults`]). Earlier injections are tried first.
    pub fn inject(
        &self,
        matches: impl Fn(&str, &str) -> bool + Send + Sync + 'static,
        fault: Fault,
        times: Option<usize>,
    ) {
        self.inner.faults.lock().unwrap().push(Injected {
            matches: Box::new(matches),
            fault,
            remaining: times,
        });
    }

    pub fn clear_faults(&self) {
        self.inner.faults.lock().unwrap().clear();
    }

    /// Every request (accepted or not) for which `pred` holds.
    pub fn attempts(&self, pred: impl Fn(&Recorded) -> bool) -> Vec<Recorded> {
        self.requests().into_iter().filter(|r| pred(r)).collect()
    }

    /// End the bot's current gateway connection.
    pub fn drop_gateway(&self, how: GatewayDrop) {
        // From now on dispatches wait for the bot to come back.
        *self.inner.live.lock().unwrap() = None;
        match how {
            GatewayDrop::Close(code) => {
                let frame = CloseFrame {
                    code: CloseCode::from(code),
                    reason: "fake discord: reconnect".into(),
                };
                let sockets = self.inner.sockets.lock().unwrap();
                let _ = sockets
                    .last()
                    .expect("the bot is connected")
                    .send(WsMessage::Close(Some(frame)));
            }
            GatewayDrop::Abrupt => {
                self.inner.kills.lock().unwrap().last().expect("the bot is connected").notify_one();
            }
        }
    }

    /// Answer the next RESUMEs with INVALID_SESSION (not resumable), so the bot identifies anew.
    pub fn refuse_resume(&self, refuse: bool) {
        self.inner.refuse_resume.store(refuse, Ordering::SeqCst);
    }

    /// Every frame the bot sent on the gateway.
    pub fn gateway_ops(&self) -> Vec<GatewayOp> {
        self.inner.ops.lock().unwrap().clone()
    }

    /// The connection dispatches go to now (identified or resumed), if any.
    pub fn live_connection(&self) -> Option<usize> {
        *self.inner.live.lock().unwrap()
    }

    /// How many gateway connections the bot opened.
    pub fn connections(&self) -> usize {
        self.inner.sockets.lock().unwrap().len()
    }

    /// Connections that ended: (connection, close code the bot sent, if any).
    pub fn ended_connections(&self) -> Vec<(usize, Option<u16>)> {
        self.inner.ended.lock().unwrap().clone()
    }

    /// Wait (at most 30 s) until `cond` holds, re-checking whenever the fake sees something.
    pub async fn wait_until(&self, what: &str, cond: impl Fn(&FakeDiscord) -> bool) {
        let deadline = tokio::time::Instant::now() + WAIT;
        loop {
            let notified = self.inner.changed.notified();
            if cond(self) {
                return;
            }
            if tokio::time::timeout_at(deadline, notified).await.is_err() {
                let ops: Vec<(usize, Option<u64>)> =
                    self.gateway_ops().iter().map(|o| (o.connection, o.op)).collect();
                panic!(
                    "timed out waiting for {what}; gateway ops: {ops:?}; ended: {:?}",
                    self.ended_connections()
                );
            }
        }
    }

    pub fn identify(&self) -> Option<Value> {
        self.inner.identify.lock().unwrap().clone()
    }

    /// Wait until `count` recorded requests match; returns them (panics after 30 s with the
    /// requests seen, so a broken bot fails instead of hanging).
    pub async fn wait_for_n(
        &self,
        count: usize,
        pred: impl Fn(&Recorded) -> bool,
    ) -> Vec<Recorded> {
        let deadline = tokio::time::Instant::now() + WAIT;
        loop {
            let notified = self.inner.changed.notified();
            let found: Vec<Recorded> = self.requests().into_iter().filter(|r| pred(r)).collect();
            if found.len() >= count {
                return found;
            }
            if tokio::time::timeout_at(deadline, notified).await.is_err() {
                let seen: Vec<String> =
                    self.requests().iter().map(|r| format!("{} {}", r.method, r.path)).collect();
                panic!("timed out waiting for {count} matching request(s); seen: {seen:#?}");
            }
        }
    }

    pub async fn wait_for(&self, pred: impl Fn(&Recorded) -> bool) -> Recorded {
        self.wait_for_n(1, pred).await.remove(0)
    }

    /// The callback body the bot sent for an interaction (the first one the fake accepted).
    pub async fn callback(&self, interaction_id: u64) -> Value {
        let prefix = format!("/api/v10/interactions/{interaction_id}/");
        self.wait_for(|r| {
            r.ok()
                && r.method == "POST"
                && r.path.starts_with(&prefix)
                && r.path.ends_with("/callback")
        })
        .await
        .body
    }

    /// Follow-up messages sent with an interaction token (those the fake accepted).
    pub fn followups(&self, token: &str) -> Vec<Value> {
        let path = format!("/api/v10/webhooks/{APP_ID}/{token}");
        self.requests()
            .into_iter()
            .filter(|r| r.ok() && r.method == "POST" && r.path == path)
            .map(|r| r.body)
            .collect()
    }

    fn next_id(&self) -> u64 {
        self.inner.next_id.fetch_add(1, Ordering::SeqCst)
    }

    /// A fresh snowflake for test payloads.
    pub fn id(&self) -> u64 {
        self.next_id()
    }
}

fn record(inner: &Inner, method: &Method, path: &str, body: &Bytes, status: u16) {
    let body = if body.is_empty() {
        Value::Null
    } else {
        serde_json::from_slice(body).unwrap_or(Value::Null)
    };
    inner.requests.lock().unwrap().push(Recorded {
        method: method.to_string(),
        path: path.to_string(),
        body,
        status,
    });
    inner.changed.notify_waiters();
}

/// The injected fault for this request, if any (consuming one of its times).
fn take_fault(inner: &Inner, method: &str, path: &str) -> Option<Fault> {
    let mut faults = inner.faults.lock().unwrap();
    let f = faults.iter_mut().find(|f| f.remaining != Some(0) && (f.matches)(method, path))?;
    if let Some(n) = f.remaining.as_mut() {
        *n -= 1;
    }
    Some(f.fault.clone())
}

fn bot_user() -> Value {
    json!({ "id": BOT_USER_ID.to_string(), "username": "clawmedic", "discriminator": "0", "global_name": null,
            "avatar": null, "bot": true, "verified": true, "mfa_enabled": false, "flags": 0 })
}

fn json_response(status: StatusCode, v: Value) -> Response {
    (status, [(header::CONTENT_TYPE, "application/json")], v.to_string()).into_response()
}

/// A message as Discord answers a message creation.
fn created_message(inner: &Inner, channel_id: &str, body: &Value) -> Value {
    let id = inner.next_id.fetch_add(1, Ordering::SeqCst);
    json!({
        "id": id.to_string(), "channel_id": channel_id, "author": bot_user(),
        "content": body.get("content").cloned().unwrap_or(json!("")),
        "timestamp": "2026-05-12T10:00:00.000000+00:00", "edited_timestamp": null, "tts": false,
        "mention_everyone": false, "mentions": [], "mention_roles": [], "attachments": [], "embeds": [],
        "pinned": false, "type": 0, "flags": body.get("flags").cloned().unwrap_or(json!(0)),
        "application_id": APP_ID.to_string(), "webhook_id": null
    })
}

async fn rest(State(inner): State<Arc<Inner>>, method: Method, uri: Uri, body: Bytes) -> Response {
    let path = uri.path().to_string();
    let delay = inner.file_delays.lock().unwrap().get(&path).copied();
    if let Some(delay) = delay {
        tokio::time::sleep(delay).await;
    }
    if let Some(f) = take_fault(&inner, method.as_str(), &path) {
        record(&inner, &method, &path, &body, f.status);
        let mut r = json_response(StatusCode::from_u16(f.status).expect("status"), f.body);
        for (k, v) in f.headers {
            r.headers_mut().insert(
                axum::http::HeaderName::from_bytes(k.as_bytes()).expect("header name"),
                axum::http::HeaderValue::from_str(&v).expect("header value"),
            );
        }
        return r;
    }
    if let Some(v) = discord_contract::check(method.as_str(), &path, &body) {
        let answer = discord_contract::invalid_form_body(&v);
        inner.violations.push(v);
        record(&inner, &method, &path, &body, 400);
        return json_response(StatusCode::BAD_REQUEST, answer);
    }
    let response = route(&inner, &method, &path, &body);
    record(&inner, &method, &path, &body, response.status().as_u16());
    response
}

fn route(inner: &Arc<Inner>, method: &Method, path: &str, body: &Bytes) -> Response {
    let ws_url = inner.ws_url.lock().unwrap().clone();
    let parts: Vec<&str> = path.trim_start_matches("/api/v10/").split('/').collect();
    if let Some((ct, bytes)) = inner.files.lock().unwrap().get(path).cloned() {
        return (StatusCode::OK, [(header::CONTENT_TYPE, ct)], bytes).into_response();
    }
    let body_json: Value = serde_json::from_slice(body).unwrap_or(Value::Null);
    match (method.as_str(), parts.as_slice()) {
        ("GET", ["gateway"]) => json_response(StatusCode::OK, json!({ "url": ws_url })),
        ("GET", ["gateway", "bot"]) => json_response(
            StatusCode::OK,
            json!({ "url": ws_url, "shards": 1,
                    "session_start_limit": { "total": 1000, "remaining": 999, "reset_after": 0, "max_concurrency": 1 } }),
        ),
        ("GET", ["users", "@me"]) => json_response(StatusCode::OK, bot_user()),
        ("GET", ["oauth2", "applications", "@me"]) => json_response(
            StatusCode::OK,
            json!({ "id": APP_ID.to_string(), "name": "clawmedic", "icon": null, "description": "",
                    "bot_public": true, "bot_require_code_grant": false, "verify_key": "00", "flags": 0,
                    "owner": bot_user(), "team": null }),
        ),
        ("PUT", ["applications", _, "commands"] | ["applications", _, "guilds", _, "commands"]) => {
            json_response(StatusCode::OK, json!([]))
        }
        ("POST", ["interactions", id, _, "callback"]) => {
            let late = inner
                .dispatched_at
                .lock()
                .unwrap()
                .get(*id)
                .is_some_and(|at| at.elapsed() > INTERACTION_DEADLINE);
            if late {
                return json_response(
                    StatusCode::NOT_FOUND,
                    json!({ "message": "Unknown interaction", "code": 10062 }),
                );
            }
            if !inner.acknowledged.lock().unwrap().insert(id.to_string()) {
                return json_response(
                    StatusCode::BAD_REQUEST,
                    json!({ "message": "Interaction has already been acknowledged.", "code": 40060 }),
                );
            }
            StatusCode::NO_CONTENT.into_response()
        }
        ("PATCH", ["webhooks", _, _, "messages", "@original"]) => {
            json_response(StatusCode::OK, created_message(inner, "0", &body_json))
        }
        ("POST", ["webhooks", _, _]) => {
            let channel = "0";
            json_response(StatusCode::OK, created_message(inner, channel, &body_json))
        }
        ("POST", ["channels", channel, "messages"]) => {
            json_response(StatusCode::OK, created_message(inner, channel, &body_json))
        }
        _ => json_response(StatusCode::NOT_FOUND, json!({ "message": "Unknown", "code": 10003 })),
    }
}

async fn gateway_connection(inner: Arc<Inner>, stream: tokio::net::TcpStream) {
    let Ok(ws) = tokio_tungstenite::accept_async(stream).await else { return };
    let (mut sink, mut source) = ws.split();
    let (tx, mut rx) = mpsc::unbounded_channel::<WsMessage>();
    let kill = Arc::new(Notify::new());
    let conn = {
        let mut sockets = inner.sockets.lock().unwrap();
        sockets.push(tx.clone());
        inner.kills.lock().unwrap().push(kill.clone());
        sockets.len() - 1
    };
    inner.changed.notify_waiters();
    let writer = tokio::spawn(async move {
        while let Some(m) = rx.recv().await {
            let close = matches!(m, WsMessage::Close(_));
            if sink.send(m).await.is_err() || close {
                break;
            }
        }
    });
    let _ = tx.send(WsMessage::Text(
        json!({ "op": 10, "d": { "heartbeat_interval": 41250 }, "s": null, "t": null }).to_string(),
    ));
    let mut bot_close: Option<u16> = None;
    loop {
        let msg = tokio::select! {
            _ = kill.notified() => {
                // Abrupt: drop both halves of the socket without a close frame.
                writer.abort();
                break;
            }
            m = source.next() => m,
        };
        let Some(Ok(msg)) = msg else { break };
        let text = match msg {
            WsMessage::Text(t) => t,
            WsMessage::Close(frame) => {
                bot_close = frame.map(|f| u16::from(f.code));
                let _ = tx.send(WsMessage::Close(None));
                break;
            }
            _ => continue,
        };
        let Ok(v) = serde_json::from_str::<Value>(&text) else { continue };
        let op = v.get("op").and_then(Value::as_u64);
        inner.ops.lock().unwrap().push(GatewayOp { connection: conn, op, frame: v.clone() });
        inner.changed.notify_waiters();
        match op {
            Some(1) => {
                let _ = tx.send(WsMessage::Text(
                    json!({ "op": 11, "d": null, "s": null, "t": null }).to_string(),
                ));
            }
            Some(2) => {
                *inner.identify.lock().unwrap() = Some(v["d"].clone());
                let ws_url = inner.ws_url.lock().unwrap().clone();
                let ready = json!({ "op": 0, "t": "READY", "s": 1, "d": {
                    "v": 10, "user": bot_user(), "guilds": [{ "id": GUILD_ID.to_string(), "unavailable": true }],
                    "session_id": "fake-session", "resume_gateway_url": ws_url, "shard": [0, 1],
                    "application": { "id": APP_ID.to_string(), "flags": 0 }
                }});
                let _ = tx.send(WsMessage::Text(ready.to_string()));
                *inner.live.lock().unwrap() = Some(conn);
                inner.changed.notify_waiters();
            }
            Some(6) => {
                if inner.refuse_resume.load(Ordering::SeqCst) {
                    let _ = tx.send(WsMessage::Text(
                        json!({ "op": 9, "d": false, "s": null, "t": null }).to_string(),
                    ));
                    continue;
                }
                // Replay what the bot missed, then RESUMED; dispatches go here from now on.
                let after = v.pointer("/d/seq").and_then(Value::as_u64).unwrap_or(0);
                let dispatched = inner.dispatched.lock().unwrap();
                for f in dispatched.iter().filter(|f| f["s"].as_u64().is_some_and(|s| s > after)) {
                    let _ = tx.send(WsMessage::Text(f.to_string()));
                }
                let s = inner.seq.fetch_add(1, Ordering::SeqCst) + 2;
                let _ = tx.send(WsMessage::Text(
                    json!({ "op": 0, "t": "RESUMED", "s": s, "d": {} }).to_string(),
                ));
                *inner.live.lock().unwrap() = Some(conn);
                drop(dispatched);
                inner.changed.notify_waiters();
            }
            _ => {}
        }
    }
    writer.abort();
    {
        let mut live = inner.live.lock().unwrap();
        if *live == Some(conn) {
            *live = None;
        }
    }
    inner.ended.lock().unwrap().push((conn, bot_close));
    inner.changed.notify_waiters();
}
