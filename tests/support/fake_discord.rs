//! A fake Discord on loopback, enough for serenity 0.12 to run the real bot against it:
//!
//! * REST (axum) under `/api/v10`: `GET /gateway`, `GET /gateway/bot` (shards = 1),
//!   `GET /users/@me`, `GET /oauth2/applications/@me`, `PUT …/commands` (recorded, answers
//!   `[]`), `POST /interactions/{id}/{token}/callback` (recorded, 204),
//!   `POST /webhooks/{app}/{token}` and `POST /channels/{id}/messages` (recorded, answer a
//!   message), `GET /channels/{id}` (404: not cached, not known), plus `GET /attachments/…` for
//!   files a test serves. Every request is recorded with its JSON body.
//! * Gateway (tokio-tungstenite): HELLO (op 10) on connect, READY after IDENTIFY (op 2),
//!   HEARTBEAT_ACK (op 11) for every heartbeat (op 1); [`FakeDiscord::dispatch`] pushes op 0
//!   events with increasing sequence numbers.
//!
//! serenity is pointed here with `HttpBuilder::proxy(base)` (which rewrites
//! `https://discord.com` to the base) and the gateway URL that `/gateway` returns.

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
use std::time::Duration;
use tokio::net::TcpListener;
use tokio::sync::{mpsc, Notify};
use tokio_tungstenite::tungstenite::Message as WsMessage;

pub const APP_ID: u64 = 1_300_000_000_000_000_001;
pub const BOT_USER_ID: u64 = APP_ID;
pub const GUILD_ID: u64 = 1_300_000_000_000_000_100;

/// One request the bot made.
#[derive(Debug, Clone)]
pub struct Recorded {
    pub method: String,
    pub path: String,
    pub body: Value,
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
}

/// A running fake Discord.
#[derive(Clone)]
pub struct FakeDiscord {
    /// `http://127.0.0.1:PORT`: the REST base (and where served files live).
    pub base: String,
    pub ws_url: String,
    inner: Arc<Inner>,
}

const WAIT: Duration = Duration::from_secs(30);

impl FakeDiscord {
    pub async fn start() -> FakeDiscord {
        let inner = Arc::new(Inner { next_id: AtomicU64::new(1_400_000_000_000_000_000), ..Default::default() });
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
        FakeDiscord { base, ws_url, inner }
    }

    /// Serve a file at `/attachments/<name>`; returns its URL.
    pub fn serve_file(&self, name: &str, content_type: &str, bytes: &[u8]) -> String {
        let path = format!("/attachments/{name}");
        self.inner.files.lock().unwrap().insert(path.clone(), (content_type.to_string(), bytes.to_vec()));
        format!("{}{path}", self.base)
    }

    /// Push a gateway dispatch (op 0) to the connected bot.
    pub fn dispatch(&self, event: &str, d: Value) {
        let s = self.inner.seq.fetch_add(1, Ordering::SeqCst) + 2; // READY was 1
        let frame = json!({ "op": 0, "t": event, "s": s, "d": d });
        let sockets = self.inner.sockets.lock().unwrap();
        let sock = sockets.last().expect("the bot is connected");
        sock.send(WsMessage::Text(frame.to_string())).expect("gateway socket open");
    }

    pub fn requests(&self) -> Vec<Recorded> {
        self.inner.requests.lock().unwrap().clone()
    }

    pub fn identify(&self) -> Option<Value> {
        self.inner.identify.lock().unwrap().clone()
    }

    /// Wait until `count` recorded requests match; returns them (panics after 30 s with the
    /// requests seen, so a broken bot fails instead of hanging).
    pub async fn wait_for_n(&self, count: usize, pred: impl Fn(&Recorded) -> bool) -> Vec<Recorded> {
        let deadline = tokio::time::Instant::now() + WAIT;
        loop {
            let notified = self.inner.changed.notified();
            let found: Vec<Recorded> = self.requests().into_iter().filter(|r| pred(r)).collect();
            if found.len() >= count {
                return found;
            }
            if tokio::time::timeout_at(deadline, notified).await.is_err() {
                let seen: Vec<String> = self.requests().iter().map(|r| format!("{} {}", r.method, r.path)).collect();
                panic!("timed out waiting for {count} matching request(s); seen: {seen:#?}");
            }
        }
    }

    pub async fn wait_for(&self, pred: impl Fn(&Recorded) -> bool) -> Recorded {
        self.wait_for_n(1, pred).await.remove(0)
    }

    /// The callback body the bot sent for an interaction.
    pub async fn callback(&self, interaction_id: u64) -> Value {
        let prefix = format!("/api/v10/interactions/{interaction_id}/");
        self.wait_for(|r| r.method == "POST" && r.path.starts_with(&prefix) && r.path.ends_with("/callback")).await.body
    }

    /// Follow-up messages sent with an interaction token.
    pub fn followups(&self, token: &str) -> Vec<Value> {
        let path = format!("/api/v10/webhooks/{APP_ID}/{token}");
        self.requests().into_iter().filter(|r| r.method == "POST" && r.path == path).map(|r| r.body).collect()
    }

    fn next_id(&self) -> u64 {
        self.inner.next_id.fetch_add(1, Ordering::SeqCst)
    }

    /// A fresh snowflake for test payloads.
    pub fn id(&self) -> u64 {
        self.next_id()
    }
}

fn record(inner: &Inner, method: &Method, path: &str, body: &Bytes) {
    let body = if body.is_empty() { Value::Null } else { serde_json::from_slice(body).unwrap_or(Value::Null) };
    inner.requests.lock().unwrap().push(Recorded { method: method.to_string(), path: path.to_string(), body });
    inner.changed.notify_waiters();
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
    record(&inner, &method, &path, &body);
    let ws_url = inner.ws_url.lock().unwrap().clone();
    let parts: Vec<&str> = path.trim_start_matches("/api/v10/").split('/').collect();
    if let Some((ct, bytes)) = inner.files.lock().unwrap().get(&path).cloned() {
        return (StatusCode::OK, [(header::CONTENT_TYPE, ct)], bytes).into_response();
    }
    let body_json: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
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
        ("PUT", ["applications", _, "commands"]) | ("PUT", ["applications", _, "guilds", _, "commands"]) => {
            json_response(StatusCode::OK, json!([]))
        }
        ("POST", ["interactions", _, _, "callback"]) => StatusCode::NO_CONTENT.into_response(),
        ("POST", ["webhooks", _, _]) => {
            let channel = "0";
            json_response(StatusCode::OK, created_message(&inner, channel, &body_json))
        }
        ("POST", ["channels", channel, "messages"]) => {
            json_response(StatusCode::OK, created_message(&inner, channel, &body_json))
        }
        _ => json_response(StatusCode::NOT_FOUND, json!({ "message": "Unknown", "code": 10003 })),
    }
}

async fn gateway_connection(inner: Arc<Inner>, stream: tokio::net::TcpStream) {
    let Ok(ws) = tokio_tungstenite::accept_async(stream).await else { return };
    let (mut sink, mut source) = ws.split();
    let (tx, mut rx) = mpsc::unbounded_channel::<WsMessage>();
    inner.sockets.lock().unwrap().push(tx.clone());
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
    while let Some(Ok(msg)) = source.next().await {
        let text = match msg {
            WsMessage::Text(t) => t,
            WsMessage::Close(_) => {
                let _ = tx.send(WsMessage::Close(None));
                break;
            }
            _ => continue,
        };
        let Ok(v) = serde_json::from_str::<Value>(&text) else { continue };
        match v.get("op").and_then(Value::as_u64) {
            Some(1) => {
                let _ = tx.send(WsMessage::Text(json!({ "op": 11, "d": null, "s": null, "t": null }).to_string()));
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
            }
            _ => {}
        }
    }
    writer.abort();
}
