//! The web page and the JSON API.
//!
//! * `GET /` — the paste page, in the language of `?lang=` or the browser's Accept-Language.
//! * `POST /` (form: `paste`, `lang`, `version`, `ui`) — the same page with the diagnosis.
//! * `POST /api/diagnose` — the CLI's JSON contract. A JSON body
//!   `{"paste": "…"} | {"messages": ["…", …]}` with optional `images` (base64 screenshots,
//!   each one more message), `lang`, `openclaw_version` (or `version`) and `thread`; a
//!   `multipart/form-data` body with the same fields and screenshot or text files (the paste
//!   and its files are one message); any other body is the paste itself, or a screenshot when
//!   its bytes are a PNG, JPEG or WebP, with `lang`, `version` and `thread` as query
//!   parameters. Errors: `{"error": id, "message": text}`.
//!
//! A `thread` id (API only; 16–128 of `A-Z a-z 0-9 _ -`, pick a random one) keeps thread
//! memory in the store under scope `web`, so follow-up pastes are read together — through the
//! same code as the Discord front door. Nothing else is kept: the paste is diagnosed in memory
//! and dropped; logs carry its size, the cause and the time only.

use super::images;
use super::interactions::read_limited;
use super::limits::{client_ip, ip_key};
use super::metrics::ScopeLabels;
use super::page::{self, View, CSP, SCRIPT};
use super::AppState;
use crate::app::thread::{run as run_in_thread, Asker};
use crate::diagnose::{Cause, Msg};
use crate::lang::Locale;
use crate::render::{json::json as report_json, t, tr};
use crate::store::ThreadKey;
use crate::versions::GivenVersion;
use crate::{diagnose_thread, Options, Report, MAX_MESSAGE_BYTES};
use axum::body::Body;
use axum::extract::{ConnectInfo, Form, FromRequest, Query, Request, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{Html, IntoResponse, Response};
use serde::Deserialize;
use serde_json::{json, Value};
use std::net::SocketAddr;
use std::time::{Duration, Instant};

/// Which door a diagnosis came through (a metrics label).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Door {
    Web,
    Api,
}

impl Door {
    fn label(self) -> &'static str {
        match self {
            Door::Web => "web",
            Door::Api => "api",
        }
    }
}

/// A refused request: status, a stable error id, a localized message.
#[derive(Debug, Clone)]
pub struct Refusal {
    pub status: StatusCode,
    pub error: &'static str,
    pub message: String,
    pub retry_after: Option<Duration>,
}

impl Refusal {
    pub(super) fn new(status: StatusCode, error: &'static str, message: String) -> Refusal {
        Refusal { status, error, message, retry_after: None }
    }

    pub(super) fn api(self) -> Response {
        let mut res =
            (self.status, axum::Json(json!({ "error": self.error, "message": self.message })))
                .into_response();
        if let Some(w) = self.retry_after {
            res.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from(w.as_secs().max(1)));
        }
        res
    }
}

/// One diagnosis request, whichever door it came through.
#[derive(Debug, Default)]
pub struct Ask {
    pub messages: Vec<String>,
    pub lang: Option<String>,
    pub version: Option<String>,
    pub thread: Option<String>,
    /// The browser's language, used after the language of the paste's prose.
    pub browser: Option<String>,
}

/// The first language of an Accept-Language header that we ship, by quality.
pub fn accept_language(headers: &HeaderMap) -> Option<Locale> {
    let h = headers.get(header::ACCEPT_LANGUAGE)?.to_str().ok()?;
    let mut tags: Vec<(f32, usize, &str)> = h
        .split(',')
        .enumerate()
        .filter_map(|(i, part)| {
            let mut it = part.split(';');
            let tag = it.next()?.trim();
            let q = it
                .find_map(|p| p.trim().strip_prefix("q="))
                .and_then(|q| q.trim().parse::<f32>().ok())
                .unwrap_or(1.0);
            (q > 0.0 && !tag.is_empty() && tag != "*").then_some((q, i, tag))
        })
        .take(20)
        .collect();
    tags.sort_by(|a, b| {
        b.0.partial_cmp(&a.0).unwrap_or(std::cmp::Ordering::Equal).then(a.1.cmp(&b.1))
    });
    tags.iter().find_map(|(_, _, tag)| Locale::negotiate(tag))
}

fn valid_thread_id(id: &str) -> bool {
    (16..=128).contains(&id.len())
        && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// The client address of a request (see `TRUST_FORWARDED_FOR`).
fn request_ip(state: &AppState, req: &Request) -> Option<std::net::IpAddr> {
    let peer = req.extensions().get::<ConnectInfo<SocketAddr>>().map(|c| c.0);
    let xff = req.headers().get("x-forwarded-for").and_then(|v| v.to_str().ok());
    client_ip(peer, xff, state.config.trust_forwarded_for).map(ip_key)
}

fn rate_limited(state: &AppState, scope: &'static str, wait: Duration, l: Locale) -> Refusal {
    state.metrics.rate_limited.get_or_create(&ScopeLabels { scope }).inc();
    let secs = wait.as_secs_f64().ceil().max(1.0) as u64;
    let mut r = Refusal::new(
        StatusCode::TOO_MANY_REQUESTS,
        "rate_limited",
        tr(l, &Msg::new("error-rate-limited").arg("seconds", secs.to_string())),
    );
    r.retry_after = Some(Duration::from_secs(secs));
    r
}

/// Text from bytes the way the CLI reads a file (the engine's decoder: UTF-8, UTF-16 from
/// PowerShell, CP1252/CP1251); binary data is refused.
pub(super) fn text_from_bytes(bytes: &[u8], name: &str, l: Locale) -> Result<String, Refusal> {
    crate::ingest::decode(bytes).map(|(text, _)| text).map_err(|_| {
        Refusal::new(
            StatusCode::BAD_REQUEST,
            "binary",
            tr(l, &Msg::new("error-binary").arg("path", name)),
        )
    })
}

/// At most this many messages per API call.
pub const MAX_MESSAGES: usize = 20;

/// Validate, rate-limit per thread, and diagnose. The per-IP limit is checked by the caller
/// before the body is even read.
pub async fn diagnose(state: &AppState, ask: Ask, door: Door) -> Result<Report, Refusal> {
    let l = ask
        .lang
        .as_deref()
        .and_then(Locale::negotiate)
        .or(ask.browser.as_deref().and_then(Locale::negotiate))
        .unwrap_or(Locale::En);
    let messages: Vec<String> = ask.messages.into_iter().filter(|m| !m.trim().is_empty()).collect();
    if messages.is_empty() {
        return Err(Refusal::new(StatusCode::BAD_REQUEST, "no_input", t(l, "error-no-input")));
    }
    if messages.len() > MAX_MESSAGES {
        return Err(Refusal::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            "too_large",
            tr(l, &Msg::new("error-too-many-messages").arg("limit", MAX_MESSAGES.to_string())),
        ));
    }
    if messages.iter().map(String::len).sum::<usize>() > 2 * MAX_MESSAGE_BYTES {
        return Err(Refusal::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            "too_large",
            tr(
                l,
                &Msg::new("error-too-large")
                    .arg("path", "messages")
                    .arg("limit", (2 * MAX_MESSAGE_BYTES).to_string()),
            ),
        ));
    }
    for (i, m) in messages.iter().enumerate() {
        let name =
            if messages.len() == 1 { "paste".to_string() } else { format!("message {}", i + 1) };
        if m.len() > MAX_MESSAGE_BYTES {
            return Err(Refusal::new(
                StatusCode::PAYLOAD_TOO_LARGE,
                "too_large",
                tr(
                    l,
                    &Msg::new("error-too-large")
                        .arg("path", name)
                        .arg("limit", MAX_MESSAGE_BYTES.to_string()),
                ),
            ));
        }
        if m.contains('\0') {
            return Err(Refusal::new(
                StatusCode::BAD_REQUEST,
                "binary",
                tr(l, &Msg::new("error-binary").arg("path", name)),
            ));
        }
    }
    let lang = match ask.lang.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        Some(code) => match Locale::negotiate(code) {
            Some(loc) => Some(loc),
            None => {
                let list: Vec<&str> = Locale::ALL.iter().map(|l| l.id()).collect();
                let shown: String = code.chars().take(40).collect();
                return Err(Refusal::new(
                    StatusCode::BAD_REQUEST,
                    "unknown_lang",
                    tr(
                        l,
                        &Msg::new("error-unknown-lang")
                            .arg("lang", shown)
                            .arg("list", list.join(", ")),
                    ),
                ));
            }
        },
        None => None,
    };
    // Never refused: what names no release is unknown, and the reply says so.
    let given = ask.version.as_deref().and_then(GivenVersion::read);
    let thread = match ask.thread.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        Some(id) if valid_thread_id(id) => Some(id.to_string()),
        Some(_) => {
            return Err(Refusal::new(
                StatusCode::BAD_REQUEST,
                "bad_thread",
                t(l, "error-bad-thread"),
            ))
        }
        None => None,
    };
    if let Some(id) = &thread {
        if let Err(wait) = state.thread_limiter.check(id) {
            return Err(rate_limited(state, "thread", wait, l));
        }
    }
    let bytes: usize = messages.iter().map(String::len).sum();
    let count = messages.len();
    let started = Instant::now();
    let lang_id = lang.map(Locale::id);
    let report = match thread {
        Some(id) => {
            // Thread memory: the Discord front door's own code, under the `web` scope.
            let key = ThreadKey { scope: "web".into(), id };
            let asker = Asker::Invoker {
                lang: lang_id,
                version: given.as_ref(),
                locale: ask.browser.as_deref(),
            };
            let mut last = None;
            for m in &messages {
                last = Some(run_in_thread(&state.deps, Some(key.clone()), m, &asker).await);
            }
            last.expect("at least one message")
        }
        None => {
            let browser = ask.browser.clone();
            // The bounded engine pool (`app::engine`), like every other path.
            let job = crate::app::engine::try_run(move || {
                let refs: Vec<&str> = messages.iter().map(String::as_str).collect();
                diagnose_thread(
                    &refs,
                    &Options {
                        lang: lang_id,
                        openclaw_version: given.as_ref().and_then(GivenVersion::release),
                        unknown_version: given.as_ref().and_then(GivenVersion::unknown),
                        discord_locale: browser.as_deref(),
                        thread_locale: None,
                    },
                )
            });
            job.await.map_err(|e| {
                tracing::error!(error = %e, "the engine failed");
                Refusal::new(StatusCode::INTERNAL_SERVER_ERROR, "internal", t(l, "error-internal"))
            })?
        }
    };
    let took = started.elapsed();
    let cause = report.diagnosis.findings.first().map(|f| f.cause);
    state.metrics.diagnosis(door.label(), cause, report.locale, took);
    tracing::info!(
        door = door.label(),
        bytes,
        messages = count,
        cause = cause.map(Cause::id).unwrap_or("none"),
        locale = report.locale.id(),
        secrets = report.secrets,
        ms = took.as_secs_f64() * 1000.0,
        "diagnosis"
    );
    Ok(report)
}

fn html(status: StatusCode, body: String) -> Response {
    let mut res = (status, Html(body)).into_response();
    let h = res.headers_mut();
    h.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(CSP));
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    res
}

#[derive(Debug, Deserialize, Default)]
pub struct PageQuery {
    lang: Option<String>,
}

/// `GET /`.
pub async fn page(Query(q): Query<PageQuery>, headers: HeaderMap) -> Response {
    let ui = q.lang.as_deref().and_then(Locale::negotiate).or_else(|| accept_language(&headers));
    html(StatusCode::OK, page::render(&View { ui, ..Default::default() }))
}

/// `GET /app.js`.
pub async fn script() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        SCRIPT,
    )
        .into_response()
}

#[derive(Debug, Deserialize, Default)]
pub struct PasteForm {
    #[serde(default)]
    paste: String,
    lang: Option<String>,
    version: Option<String>,
    ui: Option<String>,
}

/// `POST /`: the form, answered with the page and the diagnosis (or the error).
pub async fn form(State(state): State<AppState>, req: Request) -> Response {
    let headers = req.headers().clone();
    let browser = accept_language(&headers);
    let ui_guess = browser.unwrap_or(Locale::En);
    if let Some(ip) = request_ip(&state, &req) {
        if let Err(wait) = state.ip_limiter.check(&ip) {
            let r = rate_limited(&state, "ip", wait, ui_guess);
            let mut res = html(
                r.status,
                page::render(&View {
                    ui: Some(ui_guess),
                    error: Some(r.message),
                    ..Default::default()
                }),
            );
            res.headers_mut().insert(
                header::RETRY_AFTER,
                HeaderValue::from(r.retry_after.map_or(1, |w| w.as_secs().max(1))),
            );
            return res;
        }
    }
    let (parts, body) = req.into_parts();
    let bytes = match read_limited(&parts.headers, body, state.config.max_body).await {
        Ok(b) => b,
        Err(status) => {
            let msg = if status == StatusCode::PAYLOAD_TOO_LARGE {
                tr(
                    ui_guess,
                    &Msg::new("error-too-large")
                        .arg("path", "paste")
                        .arg("limit", MAX_MESSAGE_BYTES.to_string()),
                )
            } else {
                t(ui_guess, "error-no-input")
            };
            return html(
                status,
                page::render(&View { ui: Some(ui_guess), error: Some(msg), ..Default::default() }),
            );
        }
    };
    let multipart =
        images::is_multipart(parts.headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()));
    let rebuilt = Request::from_parts(parts, Body::from(bytes));
    let refused = |status, msg| {
        html(
            status,
            page::render(&View { ui: Some(ui_guess), error: Some(msg), ..Default::default() }),
        )
    };
    // The page posts a multipart form (it can carry a screenshot); a plain form still works.
    let (f, files) = if multipart {
        match images::read_form(rebuilt, ui_guess).await {
            Ok(form) => {
                let f = PasteForm {
                    paste: form.field("paste").unwrap_or_default(),
                    lang: form.field("lang"),
                    version: form.field("version"),
                    ui: form.field("ui"),
                };
                (f, form.files)
            }
            Err(r) => return refused(r.status, r.message),
        }
    } else {
        match Form::<PasteForm>::from_request(rebuilt, &()).await {
            Ok(Form(f)) => (f, Vec::new()),
            Err(_) => return refused(StatusCode::BAD_REQUEST, t(ui_guess, "error-no-input")),
        }
    };
    let ui = f.ui.as_deref().and_then(Locale::negotiate).or(browser);
    let chosen = f.lang.as_deref().filter(|s| !s.is_empty()).and_then(Locale::negotiate);
    let version = f.version.clone();
    // Kept to put back into the form if the request is refused (redacted first).
    let paste = f.paste.clone();
    // The paste and its screenshots are one message, as in a Discord message.
    let l = ui.unwrap_or(Locale::En);
    let message = match images::with_files(f.paste, files, l, chosen.or(ui)).await {
        Ok(m) => m,
        Err(r) => {
            let kept = crate::ingest::redact(&paste);
            return html(
                r.status,
                page::render(&View {
                    ui,
                    chosen,
                    version: version.as_deref(),
                    paste: Some(&kept),
                    report: None,
                    error: Some(r.message),
                }),
            );
        }
    };
    let ask = Ask {
        messages: vec![message],
        lang: f.lang.filter(|s| !s.is_empty()),
        version: f.version,
        thread: None,
        browser: ui.map(|l| l.id().to_string()),
    };
    match diagnose(&state, ask, Door::Web).await {
        Ok(report) => html(
            StatusCode::OK,
            page::render(&View {
                ui,
                chosen,
                version: version.as_deref(),
                report: Some(&report),
                ..Default::default()
            }),
        ),
        Err(r) => {
            let kept = crate::ingest::redact(&paste);
            html(
                r.status,
                page::render(&View {
                    ui,
                    chosen,
                    version: version.as_deref(),
                    paste: Some(&kept),
                    report: None,
                    error: Some(r.message),
                }),
            )
        }
    }
}

#[derive(Debug, Deserialize, Default)]
pub struct ApiQuery {
    lang: Option<String>,
    #[serde(alias = "openclaw_version")]
    version: Option<String>,
    thread: Option<String>,
}

#[derive(Debug, Deserialize)]
struct ApiBody {
    paste: Option<String>,
    messages: Option<Vec<String>>,
    lang: Option<String>,
    openclaw_version: Option<String>,
    version: Option<String>,
    thread: Option<String>,
    /// Screenshots, base64 (a `data:` URL allowed).
    #[serde(default)]
    images: Vec<String>,
}

/// `POST /api/diagnose`.
pub async fn api(
    State(state): State<AppState>,
    Query(q): Query<ApiQuery>,
    req: Request,
) -> Response {
    let browser = accept_language(req.headers());
    let l = q.lang.as_deref().and_then(Locale::negotiate).or(browser).unwrap_or(Locale::En);
    if let Some(ip) = request_ip(&state, &req) {
        if let Err(wait) = state.ip_limiter.check(&ip) {
            return rate_limited(&state, "ip", wait, l).api();
        }
    }
    let content_type = req.headers().get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok());
    let is_json = content_type
        .is_some_and(|ct| ct.trim_start().to_ascii_lowercase().starts_with("application/json"));
    let multipart = images::is_multipart(content_type);
    let (parts, body) = req.into_parts();
    let bytes = match read_limited(&parts.headers, body, state.config.max_body).await {
        Ok(b) => b,
        Err(StatusCode::PAYLOAD_TOO_LARGE) => {
            return Refusal::new(
                StatusCode::PAYLOAD_TOO_LARGE,
                "too_large",
                tr(
                    l,
                    &Msg::new("error-too-large")
                        .arg("path", "request")
                        .arg("limit", state.config.max_body.to_string()),
                ),
            )
            .api()
        }
        Err(status) => {
            return Refusal::new(status, "body_unreadable", t(l, "error-no-input")).api()
        }
    };
    let browser_id = browser.map(|b| b.id().to_string());
    // Screenshots are read with the script of the asked language, else the browser's.
    let ocr_locale = |lang: Option<&str>| lang.and_then(Locale::negotiate).or(browser);
    let ask = if multipart {
        let form = match images::read_form(Request::from_parts(parts, Body::from(bytes)), l).await {
            Ok(f) => f,
            Err(r) => return r.api(),
        };
        let lang = form.field("lang").or(q.lang);
        let version = form.field("openclaw_version").or(form.field("version")).or(q.version);
        let thread = form.field("thread").or(q.thread);
        let paste = form.field("paste").unwrap_or_default();
        let el = lang.as_deref().and_then(Locale::negotiate).unwrap_or(l);
        let message =
            match images::with_files(paste, form.files, el, ocr_locale(lang.as_deref())).await {
                Ok(m) => m,
                Err(r) => return r.api(),
            };
        Ask { messages: vec![message], lang, version, thread, browser: browser_id }
    } else if is_json {
        let b: ApiBody = match serde_json::from_slice::<Value>(&bytes)
            .ok()
            .and_then(|v| serde_json::from_value(v).ok())
        {
            Some(b) => b,
            None => {
                return Refusal::new(
                    StatusCode::BAD_REQUEST,
                    "malformed_json",
                    t(l, "error-malformed-json"),
                )
                .api()
            }
        };
        let mut messages = b.messages.unwrap_or_default();
        if let Some(p) = b.paste {
            messages.insert(0, p);
        }
        let lang = b.lang.or(q.lang);
        // Each screenshot is one more message, after the texts; its errors in the asked
        // language.
        let el = lang.as_deref().and_then(Locale::negotiate).unwrap_or(l);
        match images::read_base64(&b.images, el, ocr_locale(lang.as_deref())).await {
            Ok(texts) => messages.extend(texts),
            Err(r) => return r.api(),
        }
        Ask {
            messages,
            lang,
            version: b.openclaw_version.or(b.version).or(q.version),
            thread: b.thread.or(q.thread),
            browser: browser_id,
        }
    } else {
        // The body is the paste, or a screenshot (by its bytes, whatever its declared type).
        let text = if crate::screenshot::is_image(&bytes) {
            images::read(bytes.to_vec(), "image", l, ocr_locale(q.lang.as_deref())).await
        } else {
            text_from_bytes(&bytes, "paste", l)
        };
        let text = match text {
            Ok(t) => t,
            Err(r) => return r.api(),
        };
        Ask {
            messages: vec![text],
            lang: q.lang,
            version: q.version,
            thread: q.thread,
            browser: browser_id,
        }
    };
    match diagnose(&state, ask, Door::Api).await {
        Ok(report) => {
            let mut res = (StatusCode::OK, axum::Json(report_json(&report))).into_response();
            res.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
            res
        }
        Err(r) => r.api(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_language_by_quality() {
        let mut h = HeaderMap::new();
        h.insert(
            header::ACCEPT_LANGUAGE,
            HeaderValue::from_static("xx;q=1, fr;q=0.4, zh-HK;q=0.8, *;q=0.1"),
        );
        assert_eq!(accept_language(&h), Some(Locale::ZhTw));
        h.insert(header::ACCEPT_LANGUAGE, HeaderValue::from_static("de-CH, en;q=0.9"));
        assert_eq!(accept_language(&h), Some(Locale::De));
        h.insert(header::ACCEPT_LANGUAGE, HeaderValue::from_static("xx, yy;q=0"));
        assert_eq!(accept_language(&h), None);
    }

    #[test]
    fn thread_ids_must_be_long_and_plain() {
        assert!(valid_thread_id("abcdefgh12345678"));
        assert!(!valid_thread_id("short"));
        assert!(!valid_thread_id("abcdefgh12345678/../x"));
    }

    #[test]
    fn bytes_are_read_like_the_cli_reads_files() {
        assert!(text_from_bytes(b"ok \xff text that is mostly fine", "paste", Locale::En).is_ok());
        assert_eq!(text_from_bytes(b"a\0b", "paste", Locale::En).unwrap_err().error, "binary");
        assert_eq!(text_from_bytes(&[0xff; 64], "paste", Locale::En).unwrap_err().error, "binary");
    }
}
