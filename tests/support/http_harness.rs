//! Helpers for the HTTP front-door tests: a fixed Ed25519 test key pair and signed requests,
//! interaction payloads shaped like Discord's, a fake follow-up webhook on 127.0.0.1, and a
//! real server on a loopback socket. Included with `#[path]` by the tests that use it.
#![allow(dead_code)]

#[path = "discord_contract.rs"]
pub mod discord_contract;

use axum::body::{Body, Bytes};
use axum::extract::State;
use axum::http::{Method, Request, StatusCode, Uri};
use axum::Router;
use clawmedic::config::BotSettings;
use clawmedic::http::config::{HttpConfig, RateLimit};
use clawmedic::http::{serve, AppState};
use clawmedic::store::ThreadStore;
use ed25519_dalek::{Signer, SigningKey};
use serde_json::{json, Value};
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime, UNIX_EPOCH};
use tokio::net::TcpListener;
use tokio::sync::{oneshot, Notify};
use tokio::task::JoinHandle;

/// The test application's key pair (fixed bytes: the same in every run).
pub fn signing_key() -> SigningKey {
    SigningKey::from_bytes(&[0x42; 32])
}

/// A key pair Discord never had.
pub fn wrong_key() -> SigningKey {
    SigningKey::from_bytes(&[0x17; 32])
}

pub const APP_ID: u64 = 1_310_000_000_000_000_001;
pub const GUILD_ID: u64 = 1_310_000_000_000_000_100;
pub const USER_ID: u64 = 1_310_000_000_000_000_500;

pub fn now() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_secs()
}

/// Hex signature of `timestamp ‖ body`.
pub fn sign(key: &SigningKey, timestamp: &str, body: &[u8]) -> String {
    let mut m = timestamp.as_bytes().to_vec();
    m.extend_from_slice(body);
    hex::encode(key.sign(&m).to_bytes())
}

/// `POST /interactions` signed with `key` at `timestamp`.
pub fn signed_request(key: &SigningKey, timestamp: u64, body: impl Into<Vec<u8>>) -> Request<Body> {
    let body = body.into();
    let ts = timestamp.to_string();
    let sig = sign(key, &ts, &body);
    Request::builder()
        .method(Method::POST)
        .uri("/interactions")
        .header("content-type", "application/json")
        .header("x-signature-ed25519", sig)
        .header("x-signature-timestamp", ts)
        .body(Body::from(body))
        .unwrap()
}

/// A configuration for tests: the test public key, follow-ups to `api_base`, limits off
/// unless a test sets them.
pub fn config(api_base: &str) -> HttpConfig {
    HttpConfig {
        public_key: Some(signing_key().verifying_key()),
        api_base: api_base.trim_end_matches('/').to_string(),
        application_id: Some(APP_ID),
        per_ip: RateLimit::OFF,
        per_thread: RateLimit::OFF,
        settings: BotSettings { shutdown_grace: Duration::from_secs(5), ..BotSettings::default() },
        ..HttpConfig::default()
    }
}

pub fn state(cfg: HttpConfig, store: Arc<dyn ThreadStore>) -> AppState {
    AppState::new(cfg, store).expect("the server state")
}

// ---------------------------------------------------------------------------------------------
// Interaction payloads (what Discord POSTs to the endpoint)

pub fn token(id: u64) -> String {
    format!("aW50ZXJhY3Rpb246{id}.http-token_x")
}

fn envelope(id: u64, channel_id: u64, locale: &str, kind: u8, data: Value) -> Value {
    json!({
        "id": id.to_string(), "application_id": APP_ID.to_string(), "type": kind, "token": token(id),
        "version": 1, "guild_id": GUILD_ID.to_string(), "channel_id": channel_id.to_string(),
        "channel": { "id": channel_id.to_string(), "type": 11, "name": "help-thread", "guild_id": GUILD_ID.to_string(), "parent_id": "1310000000000000200" },
        "member": { "user": { "id": USER_ID.to_string(), "username": "asker", "discriminator": "0", "global_name": "asker", "avatar": null },
                    "roles": [], "joined_at": "2026-01-02T03:04:05.000000+00:00", "deaf": false, "mute": false, "flags": 0,
                    "pending": false, "permissions": "68608" },
        "locale": locale, "guild_locale": "en-US", "app_permissions": "2248473465835073", "entitlements": [],
        "context": 0, "authorizing_integration_owners": { "0": GUILD_ID.to_string() },
        "attachment_size_limit": 10485760, "data": data
    })
}

pub fn ping() -> Value {
    json!({ "id": "1310000000000000001", "application_id": APP_ID.to_string(), "type": 1, "token": token(1), "version": 1 })
}

/// `/diagnose paste:…` (with optional extra options).
pub fn diagnose(id: u64, channel_id: u64, locale: &str, paste: &str) -> Value {
    envelope(
        id,
        channel_id,
        locale,
        2,
        json!({ "id": "1310000000000000900", "name": "diagnose", "type": 1,
                "options": [{ "name": "paste", "type": 3, "value": paste }] }),
    )
}

/// A button or select press (type 3).
pub fn component(
    id: u64,
    channel_id: u64,
    locale: &str,
    custom_id: &str,
    values: Option<Vec<&str>>,
) -> Value {
    let mut data =
        json!({ "custom_id": custom_id, "component_type": if values.is_some() { 3 } else { 2 } });
    if let Some(v) = values {
        data["values"] = json!(v);
    }
    let mut v = envelope(id, channel_id, locale, 3, data);
    // Discord sends the message the component sits under (serenity requires it).
    v["message"] = json!({
        "id": (id + 1).to_string(), "channel_id": channel_id.to_string(), "content": "",
        "timestamp": "2026-05-12T09:58:00.000000+00:00", "edited_timestamp": null, "tts": false,
        "mention_everyone": false, "mentions": [], "mention_roles": [], "attachments": [],
        "embeds": [], "pinned": false, "type": 0, "flags": 0, "components": [],
        "author": { "id": APP_ID.to_string(), "username": "clawmedic", "discriminator": "0",
                    "global_name": null, "avatar": null, "bot": true },
        "application_id": APP_ID.to_string()
    });
    v
}

/// Autocomplete of `/model pin profile:` (type 4).
pub fn autocomplete_profile(id: u64, channel_id: u64, typed: &str) -> Value {
    envelope(
        id,
        channel_id,
        "en-US",
        4,
        json!({ "id": "1310000000000000901", "name": "model", "type": 1,
                "options": [{ "name": "pin", "type": 1, "options": [{ "name": "profile", "type": 3, "value": typed, "focused": true }] }] }),
    )
}

// ---------------------------------------------------------------------------------------------
// A fake follow-up webhook on loopback

#[derive(Debug, Clone)]
pub struct Hit {
    pub method: String,
    pub path: String,
    pub body: Value,
}

#[derive(Default)]
struct WebhookInner {
    hits: Mutex<Vec<Hit>>,
    changed: Notify,
    /// Statuses to answer with, in order, before answering 200.
    fail_first: Mutex<Vec<u16>>,
    /// Bodies that broke Discord's OpenAPI contract (answered 400 50035, as Discord does).
    violations: Arc<discord_contract::Violations>,
}

/// Records every request; answers 200 with a message-like body (or the queued failures).
/// Bodies are checked against Discord's OpenAPI contract like the gateway fake's; a test with a
/// violation fails when its last handle on the webhook is dropped.
#[derive(Clone)]
pub struct FakeWebhook {
    pub base: String,
    inner: Arc<WebhookInner>,
    _contract: Arc<discord_contract::ContractGuard>,
}

async fn record(
    State(inner): State<Arc<WebhookInner>>,
    method: Method,
    uri: Uri,
    body: Bytes,
) -> (StatusCode, axum::Json<Value>) {
    let violation = discord_contract::check(method.as_str(), uri.path(), &body);
    let body: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
    if let Some(v) = violation {
        let answer = discord_contract::invalid_form_body(&v);
        inner.violations.push(v);
        inner.changed.notify_waiters();
        return (StatusCode::BAD_REQUEST, axum::Json(answer));
    }
    inner.hits.lock().unwrap().push(Hit {
        method: method.to_string(),
        path: uri.path().to_string(),
        body,
    });
    inner.changed.notify_waiters();
    let status = {
        let mut f = inner.fail_first.lock().unwrap();
        if f.is_empty() {
            200
        } else {
            f.remove(0)
        }
    };
    (
        StatusCode::from_u16(status).unwrap(),
        axum::Json(json!({ "id": "1310000000000009999", "type": 0 })),
    )
}

impl FakeWebhook {
    pub async fn start() -> FakeWebhook {
        let inner = Arc::new(WebhookInner::default());
        let app = Router::new().fallback(record).with_state(inner.clone());
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        let contract = Arc::new(discord_contract::ContractGuard(inner.violations.clone()));
        FakeWebhook { base, inner, _contract: contract }
    }

    /// Bodies that broke Discord's contract so far.
    pub fn violations(&self) -> Vec<discord_contract::Violation> {
        self.inner.violations.all()
    }

    /// Answer the next requests with these statuses first.
    pub fn fail_first(&self, statuses: &[u16]) {
        *self.inner.fail_first.lock().unwrap() = statuses.to_vec();
    }

    pub fn hits(&self) -> Vec<Hit> {
        self.inner.hits.lock().unwrap().clone()
    }

    /// Wait until at least `n` requests arrived (panics after 20 s).
    pub async fn wait_for(&self, n: usize) -> Vec<Hit> {
        let deadline = tokio::time::Instant::now() + Duration::from_secs(20);
        loop {
            let notified = self.inner.changed.notified();
            let hits = self.hits();
            if hits.len() >= n {
                return hits;
            }
            if tokio::time::timeout_at(deadline, notified).await.is_err() {
                panic!("the webhook got {} of {n} requests: {:?}", self.hits().len(), self.hits());
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// A real server on a loopback socket

pub struct Running {
    pub addr: SocketAddr,
    pub base: String,
    stop: Option<oneshot::Sender<()>>,
    task: Option<JoinHandle<std::io::Result<()>>>,
}

impl Running {
    pub async fn start(state: AppState) -> Running {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let (tx, rx) = oneshot::channel::<()>();
        let task = tokio::spawn(serve(listener, state, async move {
            let _ = rx.await;
        }));
        Running { addr, base: format!("http://{addr}"), stop: Some(tx), task: Some(task) }
    }

    /// Graceful shutdown; returns what `serve` returned.
    pub async fn shutdown(mut self) -> std::io::Result<()> {
        if let Some(tx) = self.stop.take() {
            let _ = tx.send(());
        }
        let task = self.task.take().unwrap();
        tokio::time::timeout(Duration::from_secs(30), task)
            .await
            .expect("the server stops in time")
            .expect("server task")
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        if let Some(t) = &self.task {
            t.abort();
        }
    }
}
