//! Prometheus metrics (OpenMetrics text on `GET /metrics`). Every label value comes from a
//! fixed set — route names, methods, status codes, cause ids, locale ids, store operations —
//! never from a request's path, query or body, so no user text can reach a scrape.
//!
//! * `clawmedic_http_requests_total{route,method,status}`
//! * `clawmedic_http_request_duration_seconds{route}` (histogram)
//! * `clawmedic_diagnoses_total{front_door,cause,locale}` — `cause` is the top finding or `none`
//! * `clawmedic_diagnosis_duration_seconds{front_door}` (histogram, engine + memory)
//! * `clawmedic_interactions_total{kind,response}` — `response`: `immediate`, `deferred`, `rejected`
//! * `clawmedic_interaction_rejections_total{reason}` — signature failures, malformed bodies
//! * `clawmedic_followups_total{result}` — follow-up webhook posts (`ok`, `failed`)
//! * `clawmedic_rate_limited_total{scope}` — `ip` or `thread`
//! * `clawmedic_store_errors_total{op,kind}` — `kind`: `error` or `timeout`
//! * `clawmedic_store_duration_seconds{op}` (histogram)

use crate::diagnose::Cause;
use crate::lang::Locale;
use crate::store::{
    BoxFuture, Retention, StoreError, ThreadKey, ThreadMemory, ThreadStore, ThreadUpdate,
};
use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::histogram::{exponential_buckets, Histogram};
use prometheus_client::registry::Registry;
use std::sync::Arc;
use std::time::{Duration, Instant};

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct RequestLabels {
    pub route: &'static str,
    pub method: &'static str,
    pub status: u16,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct RouteLabels {
    pub route: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct DiagnosisLabels {
    pub front_door: &'static str,
    pub cause: &'static str,
    pub locale: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct FrontDoorLabels {
    pub front_door: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct InteractionLabels {
    pub kind: &'static str,
    pub response: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct ReasonLabels {
    pub reason: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct ResultLabels {
    pub result: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct ScopeLabels {
    pub scope: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct StoreErrorLabels {
    pub op: &'static str,
    pub kind: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct OpLabels {
    pub op: &'static str,
}

type HistogramFamily<L> = Family<L, Histogram, fn() -> Histogram>;

fn latency_histogram() -> Histogram {
    // 100 µs … ~13 s.
    Histogram::new(exponential_buckets(0.0001, 2.5, 14))
}

/// All metrics of one server (one registry per server, so two in-process replicas in a test
/// do not share counters).
pub struct Metrics {
    registry: Registry,
    pub requests: Family<RequestLabels, Counter>,
    pub request_duration: HistogramFamily<RouteLabels>,
    pub diagnoses: Family<DiagnosisLabels, Counter>,
    pub diagnosis_duration: HistogramFamily<FrontDoorLabels>,
    pub interactions: Family<InteractionLabels, Counter>,
    pub interaction_rejections: Family<ReasonLabels, Counter>,
    pub followups: Family<ResultLabels, Counter>,
    pub rate_limited: Family<ScopeLabels, Counter>,
    pub store_errors: Family<StoreErrorLabels, Counter>,
    pub store_duration: HistogramFamily<OpLabels>,
}

impl Default for Metrics {
    fn default() -> Metrics {
        Metrics::new()
    }
}

impl Metrics {
    pub fn new() -> Metrics {
        let mut registry = Registry::with_prefix("clawmedic");
        let requests = Family::<RequestLabels, Counter>::default();
        let request_duration: HistogramFamily<RouteLabels> =
            Family::new_with_constructor(latency_histogram);
        let diagnoses = Family::<DiagnosisLabels, Counter>::default();
        let diagnosis_duration: HistogramFamily<FrontDoorLabels> =
            Family::new_with_constructor(latency_histogram);
        let interactions = Family::<InteractionLabels, Counter>::default();
        let interaction_rejections = Family::<ReasonLabels, Counter>::default();
        let followups = Family::<ResultLabels, Counter>::default();
        let rate_limited = Family::<ScopeLabels, Counter>::default();
        let store_errors = Family::<StoreErrorLabels, Counter>::default();
        let store_duration: HistogramFamily<OpLabels> =
            Family::new_with_constructor(latency_histogram);
        registry.register(
            "http_requests",
            "HTTP requests by route, method and status",
            requests.clone(),
        );
        registry.register(
            "http_request_duration_seconds",
            "HTTP request latency by route",
            request_duration.clone(),
        );
        registry.register(
            "diagnoses",
            "Diagnoses by front door, top cause id and reply locale",
            diagnoses.clone(),
        );
        registry.register(
            "diagnosis_duration_seconds",
            "Time to diagnose (thread memory and engine) by front door",
            diagnosis_duration.clone(),
        );
        registry.register(
            "interactions",
            "Discord interactions by type and how they were answered",
            interactions.clone(),
        );
        registry.register(
            "interaction_rejections",
            "Interaction requests refused before handling, by reason",
            interaction_rejections.clone(),
        );
        registry.register(
            "followups",
            "Follow-up webhook messages sent to Discord, by result",
            followups.clone(),
        );
        registry.register(
            "rate_limited",
            "Requests refused by a rate limit, by scope",
            rate_limited.clone(),
        );
        registry.register(
            "store_errors",
            "Thread store calls that failed or timed out, by operation",
            store_errors.clone(),
        );
        registry.register(
            "store_duration_seconds",
            "Thread store call latency by operation",
            store_duration.clone(),
        );
        Metrics {
            registry,
            requests,
            request_duration,
            diagnoses,
            diagnosis_duration,
            interactions,
            interaction_rejections,
            followups,
            rate_limited,
            store_errors,
            store_duration,
        }
    }

    /// The OpenMetrics text of every metric.
    pub fn encode(&self) -> String {
        let mut out = String::new();
        if prometheus_client::encoding::text::encode(&mut out, &self.registry).is_err() {
            out.clear();
        }
        out
    }

    /// Count one diagnosis. `cause` is a cause id (validated against the cause table).
    pub fn diagnosis(
        &self,
        front_door: &'static str,
        cause: Option<Cause>,
        locale: Locale,
        took: Duration,
    ) {
        self.diagnoses
            .get_or_create(&DiagnosisLabels {
                front_door,
                cause: cause.map(Cause::id).unwrap_or("none"),
                locale: locale.id(),
            })
            .inc();
        self.diagnosis_duration
            .get_or_create(&FrontDoorLabels { front_door })
            .observe(took.as_secs_f64());
    }
}

/// Wraps the thread store to count errors and time every call. A call abandoned by the
/// caller's time-box (the future dropped before it finished) counts as a `timeout`.
pub struct InstrumentedStore {
    inner: Arc<dyn ThreadStore>,
    metrics: Arc<Metrics>,
}

impl InstrumentedStore {
    pub fn new(inner: Arc<dyn ThreadStore>, metrics: Arc<Metrics>) -> InstrumentedStore {
        InstrumentedStore { inner, metrics }
    }

    fn track<'a, T: Send + 'a>(
        &'a self,
        op: &'static str,
        fut: BoxFuture<'a, Result<T, StoreError>>,
    ) -> BoxFuture<'a, Result<T, StoreError>> {
        Box::pin(async move {
            let mut guard =
                CallGuard { metrics: &self.metrics, op, start: Instant::now(), done: false };
            let result = fut.await;
            guard.done = true;
            if result.is_err() {
                self.metrics
                    .store_errors
                    .get_or_create(&StoreErrorLabels { op, kind: "error" })
                    .inc();
            }
            result
        })
    }
}

struct CallGuard<'a> {
    metrics: &'a Metrics,
    op: &'static str,
    start: Instant,
    done: bool,
}

impl Drop for CallGuard<'_> {
    fn drop(&mut self) {
        self.metrics
            .store_duration
            .get_or_create(&OpLabels { op: self.op })
            .observe(self.start.elapsed().as_secs_f64());
        if !self.done {
            self.metrics
                .store_errors
                .get_or_create(&StoreErrorLabels { op: self.op, kind: "timeout" })
                .inc();
        }
    }
}

impl ThreadStore for InstrumentedStore {
    fn load<'a>(
        &'a self,
        key: &'a ThreadKey,
    ) -> BoxFuture<'a, Result<Option<ThreadMemory>, StoreError>> {
        self.track("load", self.inner.load(key))
    }
    fn append<'a>(
        &'a self,
        key: &'a ThreadKey,
        update: &'a ThreadUpdate,
    ) -> BoxFuture<'a, Result<usize, StoreError>> {
        self.track("append", self.inner.append(key, update))
    }
    fn expire<'a>(&'a self, retention: Retention) -> BoxFuture<'a, Result<u64, StoreError>> {
        self.track("expire", self.inner.expire(retention))
    }
    fn ping<'a>(&'a self) -> BoxFuture<'a, Result<(), StoreError>> {
        self.track("ping", self.inner.ping())
    }
    fn set_watch<'a>(
        &'a self,
        guild_id: u64,
        channel_id: u64,
        on: bool,
    ) -> BoxFuture<'a, Result<(), StoreError>> {
        self.track("set_watch", self.inner.set_watch(guild_id, channel_id, on))
    }
    fn is_watched<'a>(&'a self, channel_id: u64) -> BoxFuture<'a, Result<bool, StoreError>> {
        self.track("is_watched", self.inner.is_watched(channel_id))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::testing::{FailingStore, SlowStore};
    use crate::store::MemoryStore;

    #[tokio::test]
    async fn store_errors_and_timeouts_are_counted_by_operation() {
        let m = Arc::new(Metrics::new());
        let failing = InstrumentedStore::new(Arc::new(FailingStore::new()), m.clone());
        assert!(failing.ping().await.is_err());
        let slow = InstrumentedStore::new(
            Arc::new(SlowStore::new(Arc::new(MemoryStore::new()), Duration::from_millis(200))),
            m.clone(),
        );
        let key = ThreadKey::discord(1);
        assert!(tokio::time::timeout(Duration::from_millis(10), slow.load(&key)).await.is_err());
        m.diagnosis("api", Some(Cause::ALL[0]), Locale::De, Duration::from_millis(1));
        let text = m.encode();
        assert!(
            text.contains(r#"clawmedic_store_errors_total{op="ping",kind="error"} 1"#),
            "{text}"
        );
        assert!(
            text.contains(r#"clawmedic_store_errors_total{op="load",kind="timeout"} 1"#),
            "{text}"
        );
        let cause = Cause::ALL[0].id();
        assert!(
            text.contains(&format!(
                r#"clawmedic_diagnoses_total{{front_door="api",cause="{cause}",locale="de"}} 1"#
            )),
            "{text}"
        );
    }
}
