//! Reads a terminal screenshot into text lines with a confidence per word (issue 15).
//!
//! Pipeline: [`sniff`] the format from its magic bytes → decode within [`Limits`] (bytes,
//! pixels, side) → [`preprocess`] (ink map against the background colour, so dark, light and
//! PowerShell-blue themes all become dark text on white; upscale small text) → the `tesseract`
//! command with TSV output, fed on stdin and read from stdout, killed when it runs over its
//! time box → [`OcrText`] (lines of words, each with Tesseract's confidence).
//!
//! # Why the `tesseract` command and not the C API (leptess / tesseract-sys)
//!
//! - **Isolation.** A crash, an abort or a runaway page in libtesseract/leptonica takes down
//!   only the child process; in-process it would take down the bot with every conversation.
//!   A child can be killed when it runs over its time box; a thread inside the C API cannot.
//! - **Memory bounded per image.** The child's memory is returned to the system when it exits;
//!   the C API keeps its allocations (and the 10–40 MB per loaded language) in the long-running
//!   bot's heap.
//! - **Build.** The binding crates need libtesseract-dev, libleptonica-dev, clang and bindgen
//!   at build time and tie the crate to one library ABI; the command needs only Debian's
//!   `tesseract-ocr` at run time, and this crate builds (and its pure parts test) without it.
//! - **Cost.** Starting the process and loading `eng` takes about 60–100 ms, small next to the
//!   recognition itself (hundreds of ms per screenshot); `docs/performance.md` has figures.
//!
//! Images are never stored: the preprocessed bitmap goes to `tesseract stdin` as PGM bytes
//! through a pipe, and no temporary file is written.
#![forbid(unsafe_code)]

mod preprocess;
mod run;
mod tsv;

pub use preprocess::{preprocess, Prepared, Preprocessing};
pub use run::{langs_for_locale, tesseract_available, Tesseract};
pub use tsv::{parse_tsv, OcrLine, OcrText, OcrWord};

use std::time::Duration;

/// An image format users post, recognised from its first bytes (never from a file name).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Png,
    Jpeg,
    WebP,
}

impl Format {
    pub fn name(self) -> &'static str {
        match self {
            Format::Png => "png",
            Format::Jpeg => "jpeg",
            Format::WebP => "webp",
        }
    }
    fn image_format(self) -> image::ImageFormat {
        match self {
            Format::Png => image::ImageFormat::Png,
            Format::Jpeg => image::ImageFormat::Jpeg,
            Format::WebP => image::ImageFormat::WebP,
        }
    }
}

/// The format of `bytes` from its magic number, or `None` (text, or an image kind not read).
pub fn sniff(bytes: &[u8]) -> Option<Format> {
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some(Format::Png)
    } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some(Format::Jpeg)
    } else if bytes.len() >= 12 && &bytes[0..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
        Some(Format::WebP)
    } else {
        None
    }
}

/// What one image may cost. A screenshot of a terminal is at most a few megapixels; the limits
/// bound memory per image (decoded RGBA is 4 bytes a pixel, so 16 Mpx is 64 MiB at most).
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Largest encoded file.
    pub max_bytes: usize,
    /// Largest width × height.
    pub max_pixels: u64,
    /// Largest width or height.
    pub max_side: u32,
    /// Smallest width or height that can hold a line of text.
    pub min_side: u32,
    /// Time box for the `tesseract` process.
    pub timeout: Duration,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            max_bytes: 10 * 1024 * 1024,
            max_pixels: 16_000_000,
            max_side: 8192,
            min_side: 8,
            timeout: Duration::from_secs(10),
        }
    }
}

/// Why an image could not be read. Each says what the user can do about it.
#[derive(Debug, thiserror::Error)]
pub enum OcrError {
    #[error("not a PNG, JPEG or WebP image")]
    NotAnImage,
    #[error("the image is {bytes} bytes; at most {limit} are read")]
    TooLarge { bytes: usize, limit: usize },
    #[error("the image is {width}×{height} pixels; at most {limit} pixels and {max_side} per side are read")]
    TooManyPixels { width: u32, height: u32, limit: u64, max_side: u32 },
    #[error("the image is {width}×{height} pixels, too small to hold text")]
    TooSmall { width: u32, height: u32 },
    #[error("the {format} image could not be decoded: {reason}")]
    Decode { format: &'static str, reason: String },
    #[error("the tesseract command is not installed (Debian: apt-get install tesseract-ocr)")]
    TesseractMissing,
    #[error("reading the image took longer than {0:?} and was stopped")]
    Timeout(Duration),
    #[error("tesseract failed: {0}")]
    Tesseract(String),
}

impl OcrError {
    /// A stable id for front doors that translate the message.
    pub fn id(&self) -> &'static str {
        match self {
            OcrError::NotAnImage => "not_an_image",
            OcrError::TooLarge { .. } => "too_large",
            OcrError::TooManyPixels { .. } => "too_many_pixels",
            OcrError::TooSmall { .. } => "too_small",
            OcrError::Decode { .. } => "decode",
            OcrError::TesseractMissing => "ocr_missing",
            OcrError::Timeout(_) => "timeout",
            OcrError::Tesseract(_) => "ocr_failed",
        }
    }
}

/// Decode an image within the limits, checking the header's size before allocating pixels.
pub fn decode(bytes: &[u8], limits: &Limits) -> Result<image::DynamicImage, OcrError> {
    if bytes.len() > limits.max_bytes {
        return Err(OcrError::TooLarge { bytes: bytes.len(), limit: limits.max_bytes });
    }
    let format = sniff(bytes).ok_or(OcrError::NotAnImage)?;
    let decode_err =
        |e: image::ImageError| OcrError::Decode { format: format.name(), reason: e.to_string() };
    let reader =
        || image::ImageReader::with_format(std::io::Cursor::new(bytes), format.image_format());
    let (width, height) = reader().into_dimensions().map_err(decode_err)?;
    let too_many = || OcrError::TooManyPixels {
        width,
        height,
        limit: limits.max_pixels,
        max_side: limits.max_side,
    };
    if width > limits.max_side
        || height > limits.max_side
        || u64::from(width) * u64::from(height) > limits.max_pixels
    {
        return Err(too_many());
    }
    if width < limits.min_side || height < limits.min_side {
        return Err(OcrError::TooSmall { width, height });
    }
    let mut l = image::Limits::default();
    l.max_image_width = Some(limits.max_side);
    l.max_image_height = Some(limits.max_side);
    l.max_alloc = Some(limits.max_pixels * 4 + 1024 * 1024);
    let mut reader = reader();
    reader.limits(l);
    reader.decode().map_err(|e| match e {
        image::ImageError::Limits(_) => too_many(),
        e => decode_err(e),
    })
}

/// Everything in one call: decode, preprocess, OCR. Blocking (runs a process): front doors
/// call it off their async workers.
pub fn read_image(bytes: &[u8], tess: &Tesseract, limits: &Limits) -> Result<OcrText, OcrError> {
    let img = decode(bytes, limits)?;
    let prepared = preprocess(&img, &Preprocessing::default());
    drop(img);
    tess.recognize(&prepared, limits.timeout)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_are_sniffed_from_magic_bytes() {
        assert_eq!(sniff(b"\x89PNG\r\n\x1a\n...."), Some(Format::Png));
        assert_eq!(sniff(&[0xFF, 0xD8, 0xFF, 0xE0, 0, 0]), Some(Format::Jpeg));
        assert_eq!(sniff(b"RIFF\x10\0\0\0WEBPVP8 "), Some(Format::WebP));
        assert_eq!(sniff(b"GIF89a"), None);
        assert_eq!(sniff(b"Auth probes\n"), None);
        assert_eq!(sniff(b""), None);
    }

    fn png(width: u32, height: u32) -> Vec<u8> {
        let img = image::GrayImage::from_pixel(width, height, image::Luma([255]));
        let mut out = std::io::Cursor::new(Vec::new());
        img.write_to(&mut out, image::ImageFormat::Png).unwrap();
        out.into_inner()
    }

    #[test]
    fn limits_are_checked_before_decoding() {
        let limits = Limits { max_pixels: 10_000, ..Limits::default() };
        match decode(&png(200, 100), &limits) {
            Err(OcrError::TooManyPixels { width: 200, height: 100, limit: 10_000, .. }) => {}
            other => panic!("{other:?}"),
        }
        match decode(&png(4, 100), &Limits::default()) {
            Err(OcrError::TooSmall { width: 4, height: 100 }) => {}
            other => panic!("{other:?}"),
        }
        let small = Limits { max_bytes: 10, ..Limits::default() };
        assert!(matches!(decode(&png(20, 20), &small), Err(OcrError::TooLarge { limit: 10, .. })));
        assert!(matches!(decode(b"hello", &Limits::default()), Err(OcrError::NotAnImage)));
        // A PNG header with its body cut off: a decode error, not a panic.
        let cut = &png(50, 50)[..40];
        assert!(matches!(decode(cut, &Limits::default()), Err(OcrError::Decode { .. })));
        assert!(decode(&png(50, 50), &Limits::default()).is_ok());
    }
}
