//! `POST /interactions`: Discord's HTTP interactions. In order:
//!
//! 1. the body is read up to `INTERACTION_MAX_BODY_BYTES` (413 past it);
//! 2. the Ed25519 signature over `timestamp ‖ body` is verified (401 when missing, wrong, or
//!    more than five minutes off) — nothing parses the body before that;
//! 3. the body is deserialised into serenity's typed [`Interaction`] (400 when it is not one)
//!    and handed to the gateway bot's own handler, [`handle_interaction`];
//! 4. the handler's callback body is the HTTP response when it is ready within the deferral
//!    budget; otherwise the answer is `{"type":5}` (DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE) and
//!    the reply is posted to the follow-up webhook when it is ready. Extra messages of a long
//!    reply always go out as follow-ups, after the response has been handed to the client.
//!
//! Autocomplete cannot be deferred: it gets the choices ready within the budget, or none.

use super::metrics::{InteractionLabels, ReasonLabels, ResultLabels};
use super::signature::{self, Rejection, SIGNATURE_HEADER, TIMESTAMP_HEADER};
use super::AppState;
use crate::app::deliver::Delivery;
use crate::app::interactions::{handle_interaction, Callback, Interaction, InteractionOutcome};
use crate::diagnose::Cause;
use axum::body::{Body, Bytes, HttpBody};
use axum::extract::State;
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::{json, Value};
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::{Duration, Instant};
use tokio::sync::oneshot;

use crate::app::deferral::{
    defer_ephemeral, deferred_messages, internal_error, internal_error_message, DEFERRED_WORK_LIMIT,
};

fn error_body(status: StatusCode, error: &'static str) -> Response {
    (status, axum::Json(json!({ "error": error }))).into_response()
}

fn kind_label(interaction: &Interaction) -> &'static str {
    match interaction {
        Interaction::Ping(_) => "ping",
        Interaction::Command(_) => "command",
        Interaction::Component(_) => "component",
        Interaction::Autocomplete(_) => "autocomplete",
        Interaction::Modal(_) => "modal_submit",
        _ => "other",
    }
}

/// Read a body up to `limit` bytes; `None` when it is larger (or the client went away).
pub async fn read_limited(
    headers: &HeaderMap,
    body: Body,
    limit: usize,
) -> Result<Bytes, StatusCode> {
    if let Some(len) = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok())
    {
        if len > limit as u64 {
            return Err(StatusCode::PAYLOAD_TOO_LARGE);
        }
    }
    match axum::body::to_bytes(body, limit).await {
        Ok(b) => Ok(b),
        Err(e) => {
            // `to_bytes` wraps the body in `http_body_util::Limited`, whose error says so.
            let too_large = std::error::Error::source(&e)
                .is_some_and(<dyn std::error::Error>::is::<http_body_util::LengthLimitError>);
            Err(if too_large { StatusCode::PAYLOAD_TOO_LARGE } else { StatusCode::BAD_REQUEST })
        }
    }
}

/// The handler of `POST /interactions`.
pub async fn endpoint(State(state): State<AppState>, headers: HeaderMap, body: Body) -> Response {
    let reject = |reason: &'static str| {
        state.metrics.interaction_rejections.get_or_create(&ReasonLabels { reason }).inc()
    };
    let Some(key) = state.config.public_key else {
        reject("not_configured");
        return error_body(StatusCode::SERVICE_UNAVAILABLE, "interactions_not_configured");
    };
    let bytes = match read_limited(&headers, body, state.config.interaction_max_body).await {
        Ok(b) => b,
        Err(StatusCode::PAYLOAD_TOO_LARGE) => {
            reject("body_too_large");
            return error_body(StatusCode::PAYLOAD_TOO_LARGE, "body_too_large");
        }
        Err(_) => {
            reject("body_unreadable");
            return error_body(StatusCode::BAD_REQUEST, "body_unreadable");
        }
    };
    let header_str = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
    if let Err(r) = signature::verify(
        &key,
        header_str(SIGNATURE_HEADER),
        header_str(TIMESTAMP_HEADER),
        &bytes,
        signature::unix_now(),
        state.config.signature_max_age,
    ) {
        reject(r.label());
        tracing::info!(reason = r.label(), bytes = bytes.len(), "interaction refused");
        return match r {
            Rejection::Stale => error_body(StatusCode::UNAUTHORIZED, "stale_timestamp"),
            Rejection::Malformed | Rejection::BadSignature => {
                error_body(StatusCode::UNAUTHORIZED, "invalid_signature")
            }
        };
    }
    let interaction: Interaction = match serde_json::from_slice(&bytes) {
        Ok(i) => i,
        Err(e) => {
            reject("malformed_json");
            // serde's message names the field, never the value.
            tracing::info!(error = %e, bytes = bytes.len(), "not an interaction");
            return error_body(StatusCode::BAD_REQUEST, "malformed_json");
        }
    };
    let label = kind_label(&interaction);
    let count = |response: &'static str| {
        state
            .metrics
            .interactions
            .get_or_create(&InteractionLabels { kind: label, response })
            .inc();
    };
    if matches!(interaction, Interaction::Ping(_)) {
        count("immediate");
        return json_response(handle_interaction(&state.deps, &interaction).await.response);
    }
    let started = Instant::now();
    let budget = state.config.defer_after;
    let deps = state.deps.clone();
    let guard = state.enter_background();
    let value = std::sync::Arc::new(interaction);
    let task_value = value.clone();
    let mut task = tokio::spawn(async move {
        let outcome = handle_interaction(&deps, &task_value).await;
        drop(guard);
        outcome
    });
    let first = tokio::time::timeout(budget, &mut task).await;
    match first {
        Ok(Ok(outcome)) => {
            count("immediate");
            record_diagnosis(&state, &outcome, started.elapsed());
            let InteractionOutcome { response, followups, .. } = outcome;
            if followups.is_empty() {
                return json_response(response);
            }
            // Follow-ups only after the response has been handed over.
            let (tx, rx) = oneshot::channel::<()>();
            let st = state.clone();
            let bg = state.enter_background();
            tokio::spawn(async move {
                let _ = tokio::time::timeout(Duration::from_secs(10), rx).await;
                post_followups(&st, &value, followups).await;
                drop(bg);
            });
            let body = serde_json::to_vec(&response).unwrap_or_default();
            let mut res =
                Response::new(Body::new(SignalOnDrop { inner: Body::from(body), tx: Some(tx) }));
            res.headers_mut()
                .insert(header::CONTENT_TYPE, header::HeaderValue::from_static("application/json"));
            res
        }
        Ok(Err(e)) => {
            tracing::error!(kind = label, error = %e, "the interaction handler failed");
            count("immediate");
            json_response(internal_error(&value))
        }
        Err(_) if matches!(*value, Interaction::Autocomplete(_)) => {
            task.abort();
            count("immediate");
            tracing::warn!(
                budget_ms = budget.as_millis() as u64,
                "autocomplete was not ready in time; no choices"
            );
            json_response(Callback::Choices(Vec::new()))
        }
        Err(_) => {
            count("deferred");
            let st = state.clone();
            let bg = state.enter_background();
            let ephemeral = defer_ephemeral(&value);
            tokio::spawn(async move {
                let outcome = match tokio::time::timeout(DEFERRED_WORK_LIMIT, &mut task).await {
                    Ok(Ok(o)) => Some(o),
                    Ok(Err(e)) => {
                        tracing::error!(error = %e, "the deferred interaction handler failed");
                        None
                    }
                    Err(_) => {
                        task.abort();
                        tracing::error!(
                            limit_s = DEFERRED_WORK_LIMIT.as_secs(),
                            "the deferred interaction took too long"
                        );
                        None
                    }
                };
                let messages = match outcome {
                    Some(o) => {
                        record_diagnosis(&st, &o, started.elapsed());
                        deferred_messages(&value, o)
                    }
                    None => vec![internal_error_message(&value)],
                };
                post_followups(&st, &value, messages).await;
                drop(bg);
            });
            json_response(Callback::Deferred { ephemeral })
        }
    }
}

fn json_response(body: impl serde::Serialize) -> Response {
    (StatusCode::OK, axum::Json(body)).into_response()
}

/// Count a diagnosis when the reply carries one (the outcome says which cause and locale).
fn record_diagnosis(state: &AppState, outcome: &InteractionOutcome, took: Duration) {
    let Some(d) = outcome.diagnosed else { return };
    state.metrics.diagnosis("interactions", d.cause, d.locale, took);
    tracing::info!(
        cause = d.cause.map(Cause::id).unwrap_or("none"),
        locale = d.locale.id(),
        ms = took.as_secs_f64() * 1000.0,
        "interaction diagnosis"
    );
}

/// A token as Discord issues them (base64url-ish); anything else is not put into a URL.
fn plausible_token(token: &str) -> bool {
    !token.is_empty()
        && token.len() <= 1024
        && token
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b':'))
}

/// Post messages to the interaction's follow-up webhook, in order, through the gateway bot's
/// [`Deliverer`](crate::app::deliver::Deliverer) (bounded retries on 429 and 5xx); stop at
/// the first that cannot be delivered. The token is never logged.
async fn post_followups(state: &AppState, interaction: &Interaction, messages: Vec<Value>) {
    if messages.is_empty() {
        return;
    }
    let app_id = Some(interaction.application_id().get()).or(state.config.application_id);
    let token = Some(interaction.token()).filter(|t| plausible_token(t));
    let (Some(app_id), Some(token)) = (app_id, token) else {
        tracing::warn!(
            "an interaction without application id or token: its follow-ups cannot be sent"
        );
        state.metrics.followups.get_or_create(&ResultLabels { result: "failed" }).inc();
        return;
    };
    for (i, msg) in messages.iter().enumerate() {
        match state.deliver.followup(app_id, token, msg).await {
            Delivery::Delivered { .. } => {
                state.metrics.followups.get_or_create(&ResultLabels { result: "ok" }).inc();
            }
            Delivery::Failed { attempts, reason } => {
                tracing::warn!(message = i + 1, of = messages.len(), attempts, %reason, "a follow-up could not be delivered; giving up on the rest");
                state.metrics.followups.get_or_create(&ResultLabels { result: "failed" }).inc();
                return;
            }
        }
    }
}

/// A response body that signals when the server is done with it (fully written, or the
/// client went away), so follow-ups never overtake the response they follow.
struct SignalOnDrop {
    inner: Body,
    tx: Option<oneshot::Sender<()>>,
}

impl HttpBody for SignalOnDrop {
    type Data = Bytes;
    type Error = axum::Error;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<http_body::Frame<Self::Data>, Self::Error>>> {
        Pin::new(&mut self.inner).poll_frame(cx)
    }

    fn is_end_stream(&self) -> bool {
        self.inner.is_end_stream()
    }

    fn size_hint(&self) -> http_body::SizeHint {
        self.inner.size_hint()
    }
}

impl Drop for SignalOnDrop {
    fn drop(&mut self) {
        if let Some(tx) = self.tx.take() {
            let _ = tx.send(());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Over the limit (no Content-Length to refuse it early) is 413; a body that breaks off
    /// is 400, whatever its error says.
    #[tokio::test]
    async fn a_body_over_the_limit_is_told_from_a_broken_one() {
        let none = HeaderMap::new();
        assert_eq!(
            read_limited(&none, Body::from(vec![b'x'; 100]), 10).await,
            Err(StatusCode::PAYLOAD_TOO_LARGE)
        );
        assert_eq!(read_limited(&none, Body::from("ok"), 10).await.as_deref(), Ok(&b"ok"[..]));
        let broken = futures_util::stream::iter([
            Ok(Bytes::from_static(b"part")),
            Err(std::io::Error::other("length limit exceeded")),
        ]);
        assert_eq!(
            read_limited(&none, Body::from_stream(broken), 1000).await,
            Err(StatusCode::BAD_REQUEST)
        );
        let mut declared = HeaderMap::new();
        declared.insert(header::CONTENT_LENGTH, "11".parse().unwrap());
        assert_eq!(
            read_limited(&declared, Body::from("x"), 10).await,
            Err(StatusCode::PAYLOAD_TOO_LARGE)
        );
    }

    #[tokio::test]
    async fn the_signal_fires_only_once_the_body_has_been_taken_and_dropped() {
        let (tx, mut rx) = oneshot::channel::<()>();
        let body = Body::new(SignalOnDrop { inner: Body::from(r#"{"type":4}"#), tx: Some(tx) });
        assert_eq!(
            body.size_hint().exact(),
            Some(10),
            "the length is still known (Content-Length)"
        );
        assert!(rx.try_recv().is_err(), "not before the body is written");
        let bytes = axum::body::to_bytes(body, 1024).await.unwrap();
        assert_eq!(&bytes[..], br#"{"type":4}"#);
        assert!(rx.await.is_ok(), "fired once the body was consumed");
    }

    fn interaction(kind: u8, data: Value) -> Interaction {
        let mut v = json!({
            "type": kind, "id": "1", "application_id": "2", "token": "t", "version": 1,
            "locale": "en-US", "channel_id": "5", "entitlements": [], "attachment_size_limit": 0,
            "user": { "id": "7", "username": "u", "discriminator": "0", "avatar": null },
            "data": data
        });
        if kind == 3 {
            v["message"] = json!({
                "id": "8", "channel_id": "5", "content": "",
                "timestamp": "2026-05-12T09:58:00.000000+00:00", "edited_timestamp": null,
                "tts": false, "mention_everyone": false, "mentions": [], "mention_roles": [],
                "attachments": [], "embeds": [], "pinned": false, "type": 0,
                "author": { "id": "9", "username": "bot", "discriminator": "0", "avatar": null,
                            "bot": true }
            });
        }
        serde_json::from_value(v).unwrap()
    }

    #[test]
    fn deferral_is_ephemeral_only_for_personal_answers() {
        let press = json!({ "custom_id": "cm:show", "component_type": 3, "values": ["de"] });
        assert!(defer_ephemeral(&interaction(3, press)));
        let watch = json!({ "id": "3", "name": "clawmedic-watch", "type": 1 });
        assert!(defer_ephemeral(&interaction(2, watch)));
        let diagnose = json!({ "id": "3", "name": "diagnose", "type": 1 });
        assert!(!defer_ephemeral(&interaction(2, diagnose)));
        let modal = json!({ "custom_id": "cm:modal:d::", "components": [] });
        assert!(!defer_ephemeral(&interaction(5, modal)));
    }

    #[test]
    fn only_plausible_tokens_go_into_a_url() {
        assert!(plausible_token("aW50ZXJhY3Rpb246MTIz.abc-DEF_9"));
        assert!(!plausible_token("../../channels/1/messages"));
        assert!(!plausible_token("a b"));
        assert!(!plausible_token(""));
    }
}
