//! The engine off the async workers: every front-door path that runs it (Discord commands, the
//! context menu, modals, watch mode, "Show in …", the web page and API with or without a thread)
//! goes through [`run`], which runs the job on tokio's blocking threads and lets at most one job
//! per core run at once. The engine is CPU-bound (tens of ms per realistic MiB, more on
//! adversarial input); on a runtime worker it would stall every other task there, including
//! the interaction deferral timers and the HTTP request timeouts (review §4.3).

use crate::lang::Locale;
use crate::parse::Located;
use crate::versions::Version;
use crate::{Options, Report};
use std::sync::{Arc, LazyLock};
use tokio::sync::Semaphore;

/// Engine jobs running at once: the cores available (a queued job waits for a permit, not a
/// thread, so waiting costs no CPU and the blocking pool is never flooded).
static PERMITS: LazyLock<Arc<Semaphore>> = LazyLock::new(|| Arc::new(Semaphore::new(cores())));

fn cores() -> usize {
    std::thread::available_parallelism().map_or(2, std::num::NonZero::get)
}

/// How many engine jobs may run at once.
pub fn capacity() -> usize {
    cores()
}

/// How many engine jobs are running now (for tests and metrics).
pub fn running() -> usize {
    cores().saturating_sub(PERMITS.available_permits())
}

/// Run a CPU-bound job on the blocking pool, at most [`capacity`] at once. The permit travels
/// with the job, so a caller that gives up (a timeout, a dropped request) does not let another
/// job start while this one still runs. A panic in the job is resumed in the caller, as if the
/// job had run in place.
pub async fn run<T, F>(job: F) -> T
where
    F: FnOnce() -> T + Send + 'static,
    T: Send + 'static,
{
    match try_run(job).await {
        Ok(v) => v,
        Err(e) if e.is_panic() => std::panic::resume_unwind(e.into_panic()),
        Err(e) => panic!("the engine job was cancelled: {e}"),
    }
}

/// [`run`], with a panic in the job returned as an error (for a front door that answers 500).
pub async fn try_run<T, F>(job: F) -> Result<T, tokio::task::JoinError>
where
    F: FnOnce() -> T + Send + 'static,
    T: Send + 'static,
{
    // The semaphore is never closed, so acquiring only waits.
    let permit =
        PERMITS.clone().acquire_owned().await.expect("the engine semaphore is never closed");
    tokio::task::spawn_blocking(move || {
        let _permit = permit;
        job()
    })
    .await
}

/// [`Options`] with owned strings, so they can move to the blocking pool.
#[derive(Debug, Clone, Default)]
pub struct OwnedOptions {
    pub lang: Option<String>,
    pub openclaw_version: Option<Version>,
    pub unknown_version: Option<String>,
    pub discord_locale: Option<String>,
    pub thread_locale: Option<Locale>,
}

impl OwnedOptions {
    pub fn of(o: &Options<'_>) -> OwnedOptions {
        OwnedOptions {
            lang: o.lang.map(str::to_string),
            openclaw_version: o.openclaw_version,
            unknown_version: o.unknown_version.map(str::to_string),
            discord_locale: o.discord_locale.map(str::to_string),
            thread_locale: o.thread_locale,
        }
    }

    pub fn as_options(&self) -> Options<'_> {
        Options {
            lang: self.lang.as_deref(),
            openclaw_version: self.openclaw_version,
            unknown_version: self.unknown_version.as_deref(),
            discord_locale: self.discord_locale.as_deref(),
            thread_locale: self.thread_locale,
        }
    }
}

/// [`crate::diagnose_with_memory`] through [`run`]; hands `prior` back with the report.
pub async fn diagnose_with_memory(
    prior: Vec<Located>,
    messages: Vec<String>,
    opts: &Options<'_>,
) -> (Report, Vec<Located>) {
    let opts = OwnedOptions::of(opts);
    run(move || {
        let refs: Vec<&str> = messages.iter().map(String::as_str).collect();
        let report = crate::diagnose_with_memory(&prior, &refs, &opts.as_options());
        (report, prior)
    })
    .await
}

/// [`crate::diagnose_thread`] through [`run`].
pub async fn diagnose_thread(messages: Vec<String>, opts: &Options<'_>) -> Report {
    diagnose_with_memory(Vec::new(), messages, opts).await.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test(flavor = "current_thread")]
    async fn jobs_run_off_the_runtime_thread_and_never_more_than_capacity() {
        let here = std::thread::current().id();
        let peak = Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let jobs: Vec<_> = (0..capacity() * 3)
            .map(|_| {
                let peak = peak.clone();
                tokio::spawn(run(move || {
                    let now = running();
                    peak.fetch_max(now, std::sync::atomic::Ordering::SeqCst);
                    std::thread::sleep(std::time::Duration::from_millis(20));
                    std::thread::current().id()
                }))
            })
            .collect();
        for j in jobs {
            assert_ne!(j.await.unwrap(), here, "the job ran on a blocking thread");
        }
        let peak = peak.load(std::sync::atomic::Ordering::SeqCst);
        assert!((1..=capacity()).contains(&peak), "peak {peak} of {}", capacity());
    }

    #[tokio::test]
    async fn a_diagnosis_through_the_pool_is_the_same_as_in_place() {
        let paste = "⚠️ Model login expired on the gateway for openai-codex.".to_string();
        let opts = Options { lang: Some("de"), ..Default::default() };
        let pooled = diagnose_thread(vec![paste.clone()], &opts).await;
        let direct = crate::diagnose_thread(&[&paste], &opts);
        assert_eq!(pooled.locale, direct.locale);
        assert_eq!(pooled.facts, direct.facts);
        assert_eq!(pooled.diagnosis.findings.len(), direct.diagnosis.findings.len());
    }
}
