//! Delivering an interaction's answer to Discord: the interaction callback
//! (`POST /interactions/{id}/{token}/callback`) and the follow-up webhook messages
//! (`POST /webhooks/{application_id}/{token}`), with bounded retries.
//!
//! serenity's HTTP client does not retry these: its rate limiter does not bucket the callback
//! route, retries a rate-limited follow-up without any bound, and is turned off entirely when
//! `DISCORD_API_BASE` points elsewhere; its errors also drop the `retry-after` header. So the
//! gateway bot posts these two itself:
//!
//! * `429`: wait what Discord asks (`retry-after` header, else the body's `retry_after`, else
//!   `x-ratelimit-reset-after`) and try again; a wait longer than the policy's cap is not
//!   waited for: the message is given up at once (logged);
//! * `5xx` and transport errors (refused, reset, timed out): back off (doubling, capped) and try
//!   again;
//! * any other status: given up at once (logged with Discord's error code);
//! * at most [`RetryPolicy::attempts`] attempts per message, each bounded by its timeout.
//!
//! A callback retried after a `5xx` may in fact have been applied by Discord; the retry then
//! gets `400` with code 40060 ("already acknowledged"), which counts as delivered.
//!
//! Nothing here logs a URL: interaction tokens are in them.

use reqwest::header::{HeaderMap, CONTENT_TYPE, RETRY_AFTER, USER_AGENT};
use reqwest::StatusCode;
use serde_json::Value;
use std::time::Duration;

/// How often and how long to retry one message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Attempts in total (the first one included).
    pub attempts: u32,
    /// Wait before the second attempt after a 5xx or transport error; doubled each time.
    pub first_backoff: Duration,
    /// The longest single wait; a `retry-after` beyond it gives the message up.
    pub max_wait: Duration,
    /// Timeout of one attempt (connect, send, response headers and body).
    pub attempt_timeout: Duration,
}

/// The callback must reach Discord within 3 s of the interaction, so it is retried briefly.
pub const CALLBACK_POLICY: RetryPolicy = RetryPolicy {
    attempts: 3,
    first_backoff: Duration::from_millis(100),
    max_wait: Duration::from_secs(1),
    attempt_timeout: Duration::from_secs(3),
};

/// A follow-up webhook works for 15 minutes: more patience.
pub const FOLLOWUP_POLICY: RetryPolicy = RetryPolicy {
    attempts: 5,
    first_backoff: Duration::from_millis(250),
    max_wait: Duration::from_secs(5),
    attempt_timeout: Duration::from_secs(10),
};

/// Discord's JSON error code for "Interaction has already been acknowledged".
const ALREADY_ACKNOWLEDGED: i64 = 40060;

/// What became of one message.
#[derive(Debug, Clone, PartialEq)]
pub enum Delivery {
    /// Discord accepted it (after this many attempts).
    Delivered { attempts: u32 },
    /// Given up after this many attempts.
    Failed { attempts: u32, reason: Failure },
}

impl Delivery {
    pub fn is_delivered(&self) -> bool {
        matches!(self, Delivery::Delivered { .. })
    }
}

/// Why a message was given up.
#[derive(Debug, Clone, PartialEq)]
pub enum Failure {
    /// A status that retrying does not fix (4xx other than 429), with Discord's error code.
    Refused { status: u16, code: Option<i64> },
    /// Rate-limited for longer than the policy waits.
    RetryAfterTooLong { status: u16, retry_after: Duration },
    /// Every attempt was rate-limited, failed with 5xx or did not get through.
    Exhausted { last: String },
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Failure::Refused { status, code: Some(c) } => {
                write!(f, "refused with status {status} (Discord code {c})")
            }
            Failure::Refused { status, code: None } => write!(f, "refused with status {status}"),
            Failure::RetryAfterTooLong { status, retry_after } => {
                write!(
                    f,
                    "status {status} asks to retry after {:.1}s, longer than we wait",
                    retry_after.as_secs_f64()
                )
            }
            Failure::Exhausted { last } => write!(f, "every attempt failed (last: {last})"),
        }
    }
}

/// Posts interaction callbacks and follow-ups (one per bot; cheap to share).
#[derive(Debug, Clone)]
pub struct Deliverer {
    client: reqwest::Client,
    /// `https://discord.com`, or the `DISCORD_API_BASE` override (tests), without a trailing `/`.
    base: String,
    callback: RetryPolicy,
    followup: RetryPolicy,
}

impl Deliverer {
    /// A deliverer with the default retry policies.
    ///
    /// # Errors
    /// When the HTTP client cannot be built: startup fails rather than fall back to a client
    /// that would follow a redirect with the token in the URL.
    pub fn new(api_base: Option<&str>) -> anyhow::Result<Deliverer> {
        Deliverer::with_policies(api_base, CALLBACK_POLICY, FOLLOWUP_POLICY)
    }

    /// A deliverer with its own retry policies (tests).
    ///
    /// # Errors
    /// As [`Deliverer::new`].
    pub fn with_policies(
        api_base: Option<&str>,
        callback: RetryPolicy,
        followup: RetryPolicy,
    ) -> anyhow::Result<Deliverer> {
        let client = reqwest::Client::builder()
            // Webhook URLs carry the token: never follow a redirect elsewhere with it.
            .redirect(reqwest::redirect::Policy::none())
            .connect_timeout(Duration::from_secs(5))
            .build()
            .map_err(|e| {
                anyhow::anyhow!("cannot build the HTTP client for Discord webhooks: {e}")
            })?;
        let base = api_base.unwrap_or("https://discord.com").trim_end_matches('/').to_string();
        Ok(Deliverer { client, base, callback, followup })
    }

    /// Send the interaction callback.
    pub async fn callback(&self, interaction_id: u64, token: &str, body: &Value) -> Delivery {
        let url = format!("{}/api/v10/interactions/{interaction_id}/{token}/callback", self.base);
        self.post(&url, body, &self.callback, "interaction callback", true).await
    }

    /// Send one follow-up message.
    pub async fn followup(&self, application_id: u64, token: &str, body: &Value) -> Delivery {
        let url = format!("{}/api/v10/webhooks/{application_id}/{token}", self.base);
        self.post(&url, body, &self.followup, "follow-up message", false).await
    }

    async fn post(
        &self,
        url: &str,
        body: &Value,
        policy: &RetryPolicy,
        what: &'static str,
        is_callback: bool,
    ) -> Delivery {
        let attempts = policy.attempts.max(1);
        let mut backoff = policy.first_backoff;
        let mut last = String::new();
        for attempt in 1..=attempts {
            let sent = self
                .client
                .post(url)
                .header(USER_AGENT, serenity::constants::USER_AGENT)
                .header(CONTENT_TYPE, "application/json")
                .timeout(policy.attempt_timeout)
                .body(body.to_string())
                .send()
                .await;
            let wait = match sent {
                Ok(resp) if resp.status().is_success() => {
                    if attempt > 1 {
                        tracing::info!(what, attempt, "delivered after retrying");
                    }
                    return Delivery::Delivered { attempts: attempt };
                }
                Ok(resp) => {
                    let status = resp.status();
                    let headers = resp.headers().clone();
                    // Small JSON; bounded by the attempt timeout.
                    let json: Value = resp.json().await.unwrap_or(Value::Null);
                    let code = json.get("code").and_then(Value::as_i64);
                    if is_callback
                        && attempt > 1
                        && status == StatusCode::BAD_REQUEST
                        && code == Some(ALREADY_ACKNOWLEDGED)
                    {
                        // An earlier attempt that looked failed was applied after all.
                        tracing::info!(what, attempt, "already acknowledged by an earlier attempt");
                        return Delivery::Delivered { attempts: attempt };
                    }
                    if status == StatusCode::TOO_MANY_REQUESTS {
                        let retry_after = retry_after(&headers, &json).unwrap_or(backoff);
                        let global = headers.contains_key("x-ratelimit-global")
                            || json.get("global").and_then(Value::as_bool) == Some(true);
                        if retry_after > policy.max_wait {
                            let reason =
                                Failure::RetryAfterTooLong { status: status.as_u16(), retry_after };
                            tracing::warn!(what, attempt, global, %reason, "rate-limited by Discord; giving up");
                            return Delivery::Failed { attempts: attempt, reason };
                        }
                        tracing::warn!(
                            what,
                            attempt,
                            global,
                            retry_after_ms = retry_after.as_millis() as u64,
                            "rate-limited by Discord"
                        );
                        last = format!("status {}", status.as_u16());
                        retry_after
                    } else if status.is_server_error() {
                        let wait =
                            retry_after(&headers, &json).unwrap_or(backoff).min(policy.max_wait);
                        tracing::warn!(
                            what,
                            attempt,
                            status = status.as_u16(),
                            code,
                            "Discord answered with a server error"
                        );
                        last = format!("status {}", status.as_u16());
                        wait
                    } else {
                        let reason = Failure::Refused { status: status.as_u16(), code };
                        tracing::warn!(what, attempt, %reason, "Discord refused the message; not retrying");
                        return Delivery::Failed { attempts: attempt, reason };
                    }
                }
                Err(e) => {
                    // reqwest's error text includes the URL (and so the token): drop it.
                    let e = e.without_url();
                    tracing::warn!(what, attempt, timeout = e.is_timeout(), connect = e.is_connect(), error = %e, "could not reach Discord");
                    last = if e.is_timeout() {
                        "timed out".to_string()
                    } else {
                        "not reachable".to_string()
                    };
                    backoff.min(policy.max_wait)
                }
            };
            if attempt < attempts {
                tokio::time::sleep(wait).await;
                backoff = (backoff * 2).min(policy.max_wait);
            }
        }
        let reason = Failure::Exhausted { last };
        tracing::warn!(what, attempts, %reason, "giving up");
        Delivery::Failed { attempts, reason }
    }
}

/// How long Discord asks us to wait: the `retry-after` header (seconds, may be fractional),
/// else the body's `retry_after`, else `x-ratelimit-reset-after`.
fn retry_after(headers: &HeaderMap, body: &Value) -> Option<Duration> {
    let header = |name: &str| {
        headers.get(name).and_then(|v| v.to_str().ok()).and_then(|v| v.trim().parse::<f64>().ok())
    };
    header(RETRY_AFTER.as_str())
        .or_else(|| body.get("retry_after").and_then(Value::as_f64))
        .or_else(|| header("x-ratelimit-reset-after"))
        .filter(|s| s.is_finite() && *s >= 0.0)
        // Anything beyond a day is nonsense; keep the Duration sane.
        .map(|s| Duration::from_secs_f64(s.min(86_400.0)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::HeaderValue;
    use serde_json::json;

    #[test]
    fn retry_after_prefers_the_header_then_the_body_then_the_bucket_reset() {
        let mut h = HeaderMap::new();
        assert_eq!(retry_after(&h, &json!({})), None);
        h.insert("x-ratelimit-reset-after", HeaderValue::from_static("2.5"));
        assert_eq!(retry_after(&h, &json!({})), Some(Duration::from_millis(2500)));
        assert_eq!(
            retry_after(&h, &json!({ "retry_after": 0.25 })),
            Some(Duration::from_millis(250))
        );
        h.insert(RETRY_AFTER, HeaderValue::from_static("1"));
        assert_eq!(retry_after(&h, &json!({ "retry_after": 0.25 })), Some(Duration::from_secs(1)));
        h.insert(RETRY_AFTER, HeaderValue::from_static("-3"));
        assert_eq!(retry_after(&h, &json!({})), None);
        h.insert(RETRY_AFTER, HeaderValue::from_static("1e300"));
        assert_eq!(retry_after(&h, &json!({})), Some(Duration::from_secs(86_400)));
    }

    #[test]
    fn failures_read_well() {
        let f = Failure::RetryAfterTooLong { status: 429, retry_after: Duration::from_secs(30) };
        assert_eq!(f.to_string(), "status 429 asks to retry after 30.0s, longer than we wait");
        assert_eq!(
            Failure::Refused { status: 404, code: Some(10062) }.to_string(),
            "refused with status 404 (Discord code 10062)"
        );
    }
}
