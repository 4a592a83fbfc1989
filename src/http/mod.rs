//! The HTTP front door (`clawmedic serve`): several stateless replicas behind a load balancer,
//! sharing thread memory through the store (PostgreSQL for more than one replica).
//!
//! * `POST /interactions` — Discord's HTTP interactions (outgoing webhook) model: the Ed25519
//!   signature is checked first, then the interaction goes to the same transport-neutral
//!   handler as the gateway bot ([`crate::app::interactions::handle_interaction`]); slow
//!   ones are answered "thinking…" and finished through the follow-up webhook ([`interactions`]).
//! * `GET /` — the paste page; `POST /` — the same page with the diagnosis (works without
//!   JavaScript); `POST /api/diagnose` — the CLI's JSON contract ([`web`], [`page`]).
//! * `GET /healthz`, `GET /readyz` (store reachable, not draining), `GET /metrics` ([`metrics`]).
//!
//! Limits: body size per route, per-IP and per-thread rate limits on the web/API routes
//! ([`limits`]), a request timeout on the web/API routes, the interaction deferral budget.
//! No paste is stored or logged: logs carry sizes, route names, causes and timings only.

pub mod config;
pub mod images;
pub mod interactions;
pub mod limits;
pub mod metrics;
pub mod page;
pub mod signature;
pub mod web;

use crate::app::deliver::Deliverer;
use crate::app::fetch::{AttachmentFetcher, HttpFetcher};
use crate::app::interactions::Deps;
use crate::app::lifecycle::{
    drain_memory_writes, expire_loop, shutdown_signal, InFlight, InFlightGuard,
};
use crate::store::ThreadStore;
use axum::extract::{DefaultBodyLimit, MatchedPath, Request, State};
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use config::HttpConfig;
use limits::Limiter;
use metrics::{InstrumentedStore, Metrics, RequestLabels, RouteLabels};
use serde_json::json;
use std::future::Future;
use std::net::{IpAddr, SocketAddr};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::net::TcpListener;
use tokio::sync::Notify;
use tower_http::timeout::TimeoutLayer;

/// Everything the handlers share.
pub struct Inner {
    pub config: HttpConfig,
    pub deps: Arc<Deps>,
    /// The thread store, instrumented (the same one `deps` uses).
    pub store: Arc<dyn ThreadStore>,
    pub metrics: Arc<Metrics>,
    pub ip_limiter: Limiter<IpAddr>,
    pub thread_limiter: Limiter<String>,
    /// Follow-up webhooks, with the gateway bot's retry policy.
    pub deliver: Deliverer,
    /// For registering commands.
    pub webhooks: reqwest::Client,
    pub background: InFlight,
    /// Set when shutdown begins: `/readyz` answers 503 so the balancer stops sending.
    pub draining: AtomicBool,
}

/// The shared state of one server (one replica).
#[derive(Clone)]
pub struct AppState(pub Arc<Inner>);

impl std::ops::Deref for AppState {
    type Target = Inner;
    fn deref(&self) -> &Inner {
        &self.0
    }
}

impl AppState {
    /// State with the real attachment fetcher (Discord's CDN, plus the API base when it was
    /// overridden, as the gateway bot does).
    ///
    /// # Errors
    /// When an HTTP client cannot be built: the server does not start with a client that
    /// follows redirects and has no timeouts.
    pub fn new(config: HttpConfig, store: Arc<dyn ThreadStore>) -> anyhow::Result<AppState> {
        let extra = (config.api_base != config::DEFAULT_API_BASE).then(|| config.api_base.clone());
        let fetcher = Arc::new(HttpFetcher::new(extra.as_deref(), config.settings.fetch_timeout)?);
        AppState::with_fetcher(config, store, fetcher)
    }

    /// State with the given attachment fetcher.
    ///
    /// # Errors
    /// As [`AppState::new`].
    pub fn with_fetcher(
        config: HttpConfig,
        store: Arc<dyn ThreadStore>,
        fetcher: Arc<dyn AttachmentFetcher>,
    ) -> anyhow::Result<AppState> {
        let metrics = Arc::new(Metrics::new());
        let store: Arc<dyn ThreadStore> = Arc::new(InstrumentedStore::new(store, metrics.clone()));
        let deps =
            Arc::new(Deps { store: store.clone(), settings: config.settings.clone(), fetcher });
        let webhooks = reqwest::Client::builder()
            .timeout(Duration::from_secs(10))
            .redirect(reqwest::redirect::Policy::none())
            .user_agent(concat!("DiscordBot (clawmedic, ", env!("CARGO_PKG_VERSION"), ")"))
            .build()
            .map_err(|e| anyhow::anyhow!("cannot build the HTTP client for Discord: {e}"))?;
        let deliver = Deliverer::new(Some(&config.api_base))?;
        Ok(AppState(Arc::new(Inner {
            deliver,
            ip_limiter: Limiter::new(config.per_ip),
            thread_limiter: Limiter::new(config.per_thread),
            config,
            deps,
            store,
            metrics,
            webhooks,
            background: InFlight::default(),
            draining: AtomicBool::new(false),
        })))
    }

    /// Register one piece of background work.
    pub fn enter_background(&self) -> InFlightGuard {
        self.0.background.enter()
    }
}

/// Route names for metrics and logs (never the raw path).
fn route_name(matched: Option<&str>) -> &'static str {
    match matched {
        Some("/") => "page",
        Some("/app.js") => "script",
        Some("/api/diagnose") => "api_diagnose",
        Some("/interactions") => "interactions",
        Some("/healthz") => "healthz",
        Some("/readyz") => "readyz",
        Some("/metrics") => "metrics",
        _ => "other",
    }
}

fn method_name(m: &Method) -> &'static str {
    match *m {
        Method::GET => "GET",
        Method::POST => "POST",
        Method::HEAD => "HEAD",
        Method::OPTIONS => "OPTIONS",
        _ => "other",
    }
}

/// Metrics, one log line per request (route, status, sizes, time — no path, query or body),
/// and the headers every answer carries.
async fn track(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let route = route_name(req.extensions().get::<MatchedPath>().map(MatchedPath::as_str));
    let method = method_name(req.method());
    let req_bytes = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    let start = Instant::now();
    let mut res = next.run(req).await;
    let took = start.elapsed();
    let status = res.status().as_u16();
    state.metrics.requests.get_or_create(&RequestLabels { route, method, status }).inc();
    state
        .metrics
        .request_duration
        .get_or_create(&RouteLabels { route })
        .observe(took.as_secs_f64());
    let h = res.headers_mut();
    h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    h.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    if matches!(route, "healthz" | "readyz" | "metrics") {
        tracing::debug!(route, status, ms = took.as_secs_f64() * 1000.0, "request");
    } else {
        tracing::info!(
            route,
            method,
            status,
            req_bytes,
            ms = took.as_secs_f64() * 1000.0,
            "request"
        );
    }
    res
}

async fn healthz() -> impl IntoResponse {
    (StatusCode::OK, Json(json!({ "status": "ok" })))
}

async fn readyz(State(state): State<AppState>) -> impl IntoResponse {
    if state.draining.load(Ordering::SeqCst) {
        return (StatusCode::SERVICE_UNAVAILABLE, Json(json!({ "status": "draining" })));
    }
    match tokio::time::timeout(state.config.settings.store_timeout, state.store.ping()).await {
        Ok(Ok(())) => (StatusCode::OK, Json(json!({ "status": "ready" }))),
        Ok(Err(e)) => {
            tracing::warn!(error = %e, "readiness: the thread store is unreachable");
            (StatusCode::SERVICE_UNAVAILABLE, Json(json!({ "status": "store_unavailable" })))
        }
        Err(_) => {
            tracing::warn!("readiness: the thread store did not answer in time");
            (StatusCode::SERVICE_UNAVAILABLE, Json(json!({ "status": "store_unavailable" })))
        }
    }
}

async fn metrics_text(State(state): State<AppState>) -> Response {
    (
        [(header::CONTENT_TYPE, "application/openmetrics-text; version=1.0.0; charset=utf-8")],
        state.metrics.encode(),
    )
        .into_response()
}

async fn not_found() -> Response {
    (StatusCode::NOT_FOUND, Json(json!({ "error": "not_found" }))).into_response()
}

/// The whole application for one replica.
pub fn router(state: AppState) -> Router {
    let timeout = state.config.request_timeout;
    let web = Router::new()
        .route("/", get(web::page).post(web::form))
        .route("/api/diagnose", post(web::api))
        .layer(TimeoutLayer::with_status_code(StatusCode::REQUEST_TIMEOUT, timeout));
    Router::new()
        .route("/interactions", post(interactions::endpoint))
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        .route("/metrics", get(metrics_text))
        .route("/app.js", get(web::script))
        .merge(web)
        .fallback(not_found)
        .layer(middleware::from_fn_with_state(state.clone(), track))
        // Bodies are read with each route's own limit (and a JSON error), not axum's default.
        .layer(DefaultBodyLimit::disable())
        .with_state(state)
}

/// Serve on `listener` until `shutdown` completes, then stop accepting, let requests in flight
/// finish, and wait (at most the shutdown grace) for deferred interactions and follow-ups.
pub async fn serve(
    listener: TcpListener,
    state: AppState,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let app = router(state.clone()).into_make_service_with_connect_info::<SocketAddr>();
    let grace = state.config.settings.shutdown_grace;
    let signalled = Arc::new(Notify::new());
    let (st, sig) = (state.clone(), signalled.clone());
    let server = axum::serve(listener, app).with_graceful_shutdown(async move {
        shutdown.await;
        tracing::info!("shutting down: no new connections; finishing requests in flight");
        st.draining.store(true, Ordering::SeqCst);
        sig.notify_one();
    });
    let deadline = async {
        signalled.notified().await;
        tokio::time::sleep(grace).await;
    };
    tokio::select! {
        r = server => r?,
        _ = deadline => tracing::warn!(grace_s = grace.as_secs(), "some requests were still open at the deadline"),
    }
    let deadline = tokio::time::Instant::now() + grace;
    if !state.background.wait_idle(grace).await {
        tracing::warn!(
            running = state.background.count(),
            "some follow-ups were still running at the deadline"
        );
    }
    // Thread memory writes that outlived their reply's wait: let them land before exiting.
    drain_memory_writes(&state.store, deadline).await;
    tracing::info!("stopped");
    Ok(())
}

/// Register the application commands (bulk overwrite, the same definitions as the gateway
/// bot) when a bot token and an application id are configured. Returns whether it was done.
pub async fn register_commands(
    config: &HttpConfig,
    client: &reqwest::Client,
) -> anyhow::Result<bool> {
    let (Some(token), Some(url)) = (&config.discord_token, config.commands_url()) else {
        return Ok(false);
    };
    let defs = crate::app::interactions::command_definitions(&config.settings);
    let res = client
        .put(url)
        .header(header::AUTHORIZATION, format!("Bot {}", token.expose()))
        .json(&defs)
        .send()
        .await
        .map_err(|e| {
            anyhow::anyhow!(
                "registering the commands failed (timeout: {}, connect: {})",
                e.is_timeout(),
                e.is_connect()
            )
        })?;
    if !res.status().is_success() {
        anyhow::bail!("registering the commands failed: Discord answered {}", res.status());
    }
    Ok(true)
}

/// The `serve` subcommand: open the store, bind, serve until SIGTERM or ctrl-c.
pub async fn run(config: HttpConfig) -> anyhow::Result<()> {
    let store = crate::store::connect(&config.database_url)
        .await
        .map_err(|e| anyhow::anyhow!("cannot open the thread store: {e}"))?;
    let listener = TcpListener::bind(config.bind)
        .await
        .map_err(|e| anyhow::anyhow!("cannot listen on {}: {e}", config.bind))?;
    tracing::info!(
        addr = %listener.local_addr().map(|a| a.to_string()).unwrap_or_default(),
        interactions = config.public_key.is_some(),
        per_ip_per_minute = config.per_ip.per_minute,
        "serving HTTP"
    );
    if config.public_key.is_none() {
        tracing::warn!(
            "DISCORD_PUBLIC_KEY is not set: /interactions answers 503; the web page and API work"
        );
    }
    let state = AppState::new(config, store)?;
    match register_commands(&state.config, &state.webhooks).await {
        Ok(true) => {
            tracing::info!(guild = ?state.config.dev_guild_id, "application commands registered");
        }
        Ok(false) => tracing::info!(
            "commands not registered here (needs DISCORD_TOKEN and DISCORD_APPLICATION_ID)"
        ),
        Err(e) => {
            tracing::warn!(error = %e, "the commands could not be registered; interactions still work");
        }
    }
    let expiry = tokio::spawn(expire_loop(state.store.clone(), state.config.settings.retention()));
    let result = serve(listener, state, shutdown_signal()).await;
    expiry.abort();
    result.map_err(|e| anyhow::anyhow!("the HTTP server failed: {e}"))
}
