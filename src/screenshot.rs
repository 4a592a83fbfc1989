//! Screenshots on every front door (issue 15): image bytes → OCR (crates/ocr) → the engine's
//! terminal-aware repair (`ingest::ocr_repair`) → a message the engine diagnoses like text.
//!
//! OCR runs a `tesseract` process for up to [`limits`]`().timeout`. The async front doors call
//! [`read_async`]: the work runs on tokio's blocking pool (never on an async worker), at most
//! [`max_concurrent`] at a time (a semaphore; each process is held to one core), and the whole
//! wait — queue included — is time-boxed. Images are never stored: the bytes live in memory
//! for the call and reach Tesseract through a pipe.

use crate::ingest::ocr_repair::{
    repair_ocr_in, OcrWord, FROM_IMAGE, UNCERTAIN_CLOSE, UNCERTAIN_OPEN,
};
use clawmedic_ocr::{OcrError, OcrText, Tesseract};
use std::sync::LazyLock;
use std::time::Duration;

pub use clawmedic_ocr::{sniff, Format, Limits};

/// Is this upload an image we read (by its magic bytes, never its name)?
pub fn is_image(bytes: &[u8]) -> bool {
    sniff(bytes).is_some()
}

/// The limits every front door applies.
pub fn limits() -> Limits {
    Limits::default()
}

/// OCR words → engine text with uncertain tokens marked (see `ingest::ocr_repair`).
pub fn to_engine_text(ocr: &OcrText) -> String {
    let cell = ocr.cell_width();
    let lines: Vec<Vec<OcrWord>> = ocr
        .lines
        .iter()
        .map(|l| {
            l.words
                .iter()
                .enumerate()
                .map(|(i, w)| OcrWord {
                    text: w.text.clone(),
                    conf: w.conf,
                    spaces: ocr.spaces_before(l, i, cell),
                })
                .collect()
        })
        .collect();
    repair_ocr_in(&lines, ocr.columns())
}

/// Did OCR find any text in the image (its markers aside)?
pub fn has_text(text: &str) -> bool {
    text.chars()
        .any(|c| !c.is_whitespace() && !matches!(c, FROM_IMAGE | UNCERTAIN_OPEN | UNCERTAIN_CLOSE))
}

/// Read one screenshot into a message (blocking: runs the `tesseract` process). `locale` (a
/// reply locale id such as `zh-CN`) adds the script pack its users' text needs.
pub fn read_blocking(bytes: &[u8], locale: Option<&str>) -> Result<String, OcrError> {
    let tess = locale.map(Tesseract::for_locale).unwrap_or_default();
    let text = clawmedic_ocr::read_image(bytes, &tess, &limits())?;
    Ok(to_engine_text(&text))
}

/// How many screenshots are read at once, per process: one per core (each Tesseract is held
/// to one thread), at least one; `CLAWMEDIC_OCR_CONCURRENCY` overrides.
pub fn max_concurrent() -> usize {
    std::env::var("CLAWMEDIC_OCR_CONCURRENCY")
        .ok()
        .and_then(|v| v.parse().ok())
        .filter(|n: &usize| *n > 0)
        .unwrap_or_else(|| {
            std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get)
        })
}

static PERMITS: LazyLock<tokio::sync::Semaphore> =
    LazyLock::new(|| tokio::sync::Semaphore::new(max_concurrent()));

/// [`read_blocking`] off the async workers, under the concurrency limit, time-boxed (waiting
/// for a permit counts: a burst of screenshots gets a clear "took too long", not a queue that
/// grows without end).
pub async fn read_async(bytes: Vec<u8>, locale: Option<String>) -> Result<String, OcrError> {
    let budget = limits().timeout + Duration::from_secs(5);
    let work = async {
        let _permit = PERMITS.acquire().await.map_err(|e| OcrError::Tesseract(e.to_string()))?;
        tokio::task::spawn_blocking(move || read_blocking(&bytes, locale.as_deref()))
            .await
            .map_err(|e| OcrError::Tesseract(e.to_string()))?
    };
    tokio::time::timeout(budget, work).await.unwrap_or(Err(OcrError::Timeout(budget)))
}
