//! Screenshots through the HTTP front door (issue 15), in-process through the router: the JSON
//! API takes an image body, base64 images in JSON and multipart uploads; the web form takes a
//! multipart upload. Each answer equals the engine's diagnosis of the text the image is read
//! into (the `tesseract` command: CI installs it; these tests fail without it there and skip
//! loudly elsewhere). Refusals are exact, in the asker's language, and read no pixels.

#[path = "support/http_harness.rs"]
mod harness;
#[path = "support/shots.rs"]
mod shots;
#[path = "support/tesseract.rs"]
mod tesseract;

use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{header, Method, Request, StatusCode};
use axum::Router;
use base64::Engine as _;
use clawmedic::http::{router, AppState};
use clawmedic::lang::Locale;
use clawmedic::render::{json::json as report_json, t};
use clawmedic::store::MemoryStore;
use clawmedic::{diagnose_thread, Options};
use harness::*;
use serde_json::{json, Value};
use shots::{fixture, png_header, read, ERROR_SHOT, PROBE_SHOT, WORDS};
use std::net::SocketAddr;
use std::sync::Arc;
use tesseract::have_tesseract;
use tower::ServiceExt;

const PIN: &str = "/model openai-codex/gpt-5.5@openai-codex:dana@example.com";

fn b64(bytes: &[u8]) -> String {
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

fn app() -> Router {
    let st: AppState = state(config("http://127.0.0.1:9"), Arc::new(MemoryStore::new()));
    router(st)
}

fn post(uri: &str, content_type: &str, body: Vec<u8>) -> Request<Body> {
    let mut req = Request::builder()
        .method(Method::POST)
        .uri(uri)
        .header(header::CONTENT_TYPE, content_type)
        .body(Body::from(body))
        .unwrap();
    req.extensions_mut().insert(ConnectInfo("192.0.2.7:40000".parse::<SocketAddr>().unwrap()));
    req
}

async fn send(app: &Router, req: Request<Body>) -> (StatusCode, Vec<u8>) {
    let res = app.clone().oneshot(req).await.expect("the router answers");
    let status = res.status();
    (status, axum::body::to_bytes(res.into_body(), usize::MAX).await.unwrap().to_vec())
}

async fn send_json(app: &Router, req: Request<Body>) -> (StatusCode, Value) {
    let (status, body) = send(app, req).await;
    let v = serde_json::from_slice(&body)
        .unwrap_or_else(|_| panic!("not JSON ({status}): {}", String::from_utf8_lossy(&body)));
    (status, v)
}

const BOUNDARY: &str = "clawmedic-test-boundary-7d3f";

/// A multipart/form-data body: text fields, then files (name, content type, bytes).
fn multipart(fields: &[(&str, &str)], files: &[(&str, &str, &[u8])]) -> Vec<u8> {
    let mut out = Vec::new();
    for (name, value) in fields {
        out.extend_from_slice(
            format!("--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n")
                .as_bytes(),
        );
    }
    for (file, ctype, bytes) in files {
        out.extend_from_slice(
            format!("--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"image\"; filename=\"{file}\"\r\nContent-Type: {ctype}\r\n\r\n")
                .as_bytes(),
        );
        out.extend_from_slice(bytes);
        out.extend_from_slice(b"\r\n");
    }
    out.extend_from_slice(format!("--{BOUNDARY}--\r\n").as_bytes());
    out
}

fn multipart_type() -> String {
    format!("multipart/form-data; boundary={BOUNDARY}")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn api_reads_a_screenshot_body() {
    if !have_tesseract() {
        return;
    }
    let (status, v) =
        send_json(&app(), post("/api/diagnose", "image/png", fixture(ERROR_SHOT))).await;
    assert_eq!(status, StatusCode::OK, "{v:#}");
    assert_eq!(v, report_json(&diagnose_thread(&[&read(ERROR_SHOT)], &Options::default())));
    assert_eq!(v["inputs"][0]["image"], true);
    assert_eq!(v["findings"][0]["cause"], "wrong_provider_prefix");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn api_reads_base64_screenshots_in_json_as_more_messages() {
    if !have_tesseract() {
        return;
    }
    let body = json!({
        "paste": WORDS,
        "images": [b64(&fixture(PROBE_SHOT)), format!("data:image/png;base64,{}", b64(&fixture(ERROR_SHOT)))],
    });
    let (status, v) = send_json(
        &app(),
        post("/api/diagnose", "application/json", serde_json::to_vec(&body).unwrap()),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{v:#}");
    let expected =
        diagnose_thread(&[WORDS, &read(PROBE_SHOT), &read(ERROR_SHOT)], &Options::default());
    assert_eq!(v, report_json(&expected));
    assert_eq!(v["findings"][0]["cause"], "wrong_provider_prefix");
    assert_eq!(v["findings"][0]["steps"][0]["command"], PIN);
    let images: Vec<&Value> = v["inputs"].as_array().unwrap().iter().map(|i| &i["image"]).collect();
    assert_eq!(images, [&Value::Null, &json!(true), &json!(true)]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn api_and_web_form_read_multipart_uploads_as_one_message() {
    if !have_tesseract() {
        return;
    }
    let app = app();
    let body = multipart(
        &[("paste", WORDS), ("lang", "de")],
        &[
            ("probe.png", "image/png", &fixture(PROBE_SHOT)),
            ("error.png", "image/png", &fixture(ERROR_SHOT)),
        ],
    );
    let (status, v) = send_json(&app, post("/api/diagnose", &multipart_type(), body.clone())).await;
    assert_eq!(status, StatusCode::OK, "{v:#}");
    let one = format!("{WORDS}\n{}\n{}", read(PROBE_SHOT), read(ERROR_SHOT));
    let expected = diagnose_thread(&[&one], &Options { lang: Some("de"), ..Options::default() });
    assert_eq!(v, report_json(&expected));
    assert_eq!(v["locale"], "de");
    assert_eq!(v["findings"][0]["steps"][0]["command"], PIN);

    // The page's form is the same upload (plus its `ui` field): the page shows the pin.
    let body = multipart(
        &[("ui", "en"), ("paste", WORDS), ("lang", ""), ("version", "")],
        &[
            ("probe.png", "image/png", &fixture(PROBE_SHOT)),
            ("error.png", "image/png", &fixture(ERROR_SHOT)),
        ],
    );
    let (status, html) = send(&app, post("/", &multipart_type(), body)).await;
    let html = String::from_utf8(html).unwrap();
    assert_eq!(status, StatusCode::OK, "{html}");
    assert!(html.contains(r#"data-cause="wrong_provider_prefix""#), "{html}");
    assert!(html.contains(&format!(r#"id="cmd-1">{PIN}</code>"#)), "{html}");
}

/// Refusals need no OCR: they are decided from the bytes and the header.
#[tokio::test]
async fn unreadable_too_large_and_too_many_screenshots_are_refused_clearly() {
    let app = app();
    // Base64 that is no image.
    let body = json!({ "images": [b64(b"GIF89a not a screenshot")], "lang": "de" });
    let (status, v) = send_json(
        &app,
        post("/api/diagnose", "application/json", serde_json::to_vec(&body).unwrap()),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(v["error"], "image_unreadable");
    assert_eq!(
        v["message"],
        clawmedic::render::tr(
            Locale::De,
            &clawmedic::diagnose::Msg::new("error-image-unreadable").arg("path", "images[0]")
        )
    );
    // Not base64 at all.
    let body = json!({ "images": ["***"] });
    let (status, v) = send_json(
        &app,
        post("/api/diagnose", "application/json", serde_json::to_vec(&body).unwrap()),
    )
    .await;
    assert_eq!((status, v["error"].as_str()), (StatusCode::BAD_REQUEST, Some("image_unreadable")));
    // A PNG whose header claims 9000×9000 pixels: refused from the header.
    let (status, v) =
        send_json(&app, post("/api/diagnose", "image/png", png_header(9000, 9000))).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(v["error"], "image_too_large");
    assert_eq!(
        v["message"],
        "image is 9000×9000 pixels; screenshots up to 16000000 pixels are read. Crop it to the terminal window, or paste the text."
    );
    // Five screenshots in one form: more than a request reads.
    let tiny = png_header(10, 10);
    let files: Vec<(&str, &str, &[u8])> =
        (0..5).map(|_| ("a.png", "image/png", tiny.as_slice())).collect();
    let (status, v) =
        send_json(&app, post("/api/diagnose", &multipart_type(), multipart(&[], &files))).await;
    assert_eq!((status, v["error"].as_str()), (StatusCode::PAYLOAD_TOO_LARGE, Some("too_large")));
    // A form with neither paste nor screenshot: nothing to diagnose, said on the page.
    let (status, html) =
        send(&app, post("/", &multipart_type(), multipart(&[("ui", "en"), ("paste", "")], &[])))
            .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(String::from_utf8(html).unwrap().contains(&t(Locale::En, "error-no-input")));
}
