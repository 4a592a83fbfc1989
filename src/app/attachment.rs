//! Reading a Discord attachment into a paste, for every Discord path (`/diagnose`, the
//! "Diagnose" context menu, watch mode): a text file is decoded like the CLI reads files, a
//! screenshot (PNG, JPEG, WebP) is read by OCR (`crate::screenshot`, issue 15).
//!
//! Checks that need no download come first (name, declared type and size); a screenshot is
//! read on the blocking pool under the OCR concurrency limit and time box, and its bytes are
//! dropped when the call returns: images are never stored.

use super::fetch::{acceptable, decode_text, FetchError};
use super::Deps;
use crate::diagnose::Msg;
use crate::screenshot;
use clawmedic_ocr::OcrError;
use serenity::all::Attachment;

/// At most this many attachments of one message are read (the context menu and watch mode
/// read a message's files and screenshots together).
pub const MAX_PER_MESSAGE: usize = 4;

/// File name extensions of the screenshots we read (the bytes decide in the end).
pub const IMAGE_EXTENSIONS: [&str; 4] = ["png", "jpg", "jpeg", "webp"];

/// What an attachment is, by its name and declared content type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Text,
    Image,
}

/// Is this a text file or a screenshot we read? Discord sets the content type from the
/// file's bytes; a name alone counts when the type is missing or generic.
pub fn kind(filename: &str, content_type: Option<&str>) -> Option<Kind> {
    if acceptable(filename, content_type) {
        return Some(Kind::Text);
    }
    let ctype = content_type.map(|c| c.split(';').next().unwrap_or("").trim().to_ascii_lowercase());
    let image_ext = filename
        .rsplit_once('.')
        .is_some_and(|(_, ext)| IMAGE_EXTENSIONS.iter().any(|a| ext.eq_ignore_ascii_case(a)));
    let image = match ctype.as_deref() {
        Some("image/png" | "image/jpeg" | "image/jpg" | "image/webp") => true,
        None | Some("" | "application/octet-stream") => image_ext,
        Some(_) => false,
    };
    image.then_some(Kind::Image)
}

/// The attachments of a message worth reading, in their order, at most [`MAX_PER_MESSAGE`].
pub fn readable(attachments: &[Attachment]) -> impl Iterator<Item = &Attachment> {
    attachments
        .iter()
        .filter(|a| kind(&a.filename, a.content_type.as_deref()).is_some())
        .take(MAX_PER_MESSAGE)
}

/// Why an attachment could not be read; [`Unread::message`] says it to the user.
#[derive(Debug)]
pub enum Unread {
    /// Neither a text file nor a screenshot.
    Type,
    TooLarge {
        limit: usize,
    },
    /// A text file that is binary data.
    Binary,
    Download,
    /// A screenshot that could not be read.
    Image(OcrError),
    /// A screenshot with no terminal text in it.
    NoText,
}

impl Unread {
    /// A stable id for logs (never the file's name or content).
    pub fn reason(&self) -> &'static str {
        match self {
            Unread::Type => "type",
            Unread::TooLarge { .. } => "too_large",
            Unread::Binary => "binary",
            Unread::Download => "download",
            Unread::Image(e) => e.id(),
            Unread::NoText => "no_text",
        }
    }

    /// The localizable message, naming the file as `shown` (already made safe to display).
    pub fn message(&self, shown: &str) -> Msg {
        let path = || shown.to_string();
        match self {
            Unread::Type => Msg::new("error-attachment-type"),
            Unread::TooLarge { limit } => {
                Msg::new("error-too-large").arg("path", path()).arg("limit", limit.to_string())
            }
            Unread::Binary => Msg::new("error-binary").arg("path", path()),
            Unread::Download => Msg::new("error-download").arg("path", path()),
            Unread::NoText => Msg::new("error-image-no-text").arg("path", path()),
            Unread::Image(e) => image_error(e, path()),
        }
    }
}

/// A screenshot's error as a message: what the user can do about it, in their language.
fn image_error(e: &OcrError, path: String) -> Msg {
    match e {
        OcrError::TooLarge { limit, .. } => {
            Msg::new("error-too-large").arg("path", path).arg("limit", limit.to_string())
        }
        OcrError::TooManyPixels { width, height, limit, .. } => Msg::new("error-image-pixels")
            .arg("path", path)
            .arg("width", width.to_string())
            .arg("height", height.to_string())
            .arg("limit", limit.to_string()),
        OcrError::NotAnImage | OcrError::TooSmall { .. } | OcrError::Decode { .. } => {
            Msg::new("error-image-unreadable").arg("path", path)
        }
        OcrError::Timeout(_) => Msg::new("error-image-timeout").arg("path", path),
        OcrError::TesseractMissing | OcrError::Tesseract(_) => Msg::new("error-image-unavailable"),
    }
}

/// The largest attachment of this kind we download.
pub fn limit(deps: &Deps, kind: Kind) -> usize {
    match kind {
        Kind::Text => deps.settings.max_attachment_bytes,
        Kind::Image => screenshot::limits().max_bytes,
    }
}

/// Download an attachment and read it into text. `ocr_locale` (a reply locale id) adds the
/// script pack its users' screenshots need.
pub async fn read(
    deps: &Deps,
    att: &Attachment,
    ocr_locale: Option<&str>,
) -> Result<String, Unread> {
    let kind = kind(&att.filename, att.content_type.as_deref()).ok_or(Unread::Type)?;
    let limit = limit(deps, kind);
    if u64::from(att.size) > limit as u64 {
        return Err(Unread::TooLarge { limit });
    }
    let bytes = match tokio::time::timeout(
        deps.settings.fetch_timeout,
        deps.fetcher.fetch(&att.url, limit),
    )
    .await
    {
        Ok(Ok(bytes)) => bytes,
        Ok(Err(FetchError::TooLarge)) => return Err(Unread::TooLarge { limit }),
        Ok(Err(e)) => {
            tracing::warn!(error = %e, "attachment download failed");
            return Err(Unread::Download);
        }
        Err(_) => {
            tracing::warn!("attachment download timed out");
            return Err(Unread::Download);
        }
    };
    match kind {
        Kind::Text => decode_text(bytes).ok_or(Unread::Binary),
        Kind::Image => {
            let size = bytes.len();
            let text = screenshot::read_async(bytes, ocr_locale.map(str::to_string))
                .await
                .map_err(|e| {
                    tracing::warn!(error = e.id(), bytes = size, "screenshot not read");
                    Unread::Image(e)
                })?;
            if screenshot::has_text(&text) {
                Ok(text)
            } else {
                Err(Unread::NoText)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_files_and_screenshots_are_told_apart_by_type_then_name() {
        assert_eq!(kind("probe.txt", Some("text/plain; charset=utf-8")), Some(Kind::Text));
        assert_eq!(kind("shot.png", Some("image/png")), Some(Kind::Image));
        assert_eq!(kind("Screenshot 2026.JPG", None), Some(Kind::Image));
        assert_eq!(kind("image", Some("image/webp")), Some(Kind::Image));
        assert_eq!(kind("clip.webp", Some("application/octet-stream")), Some(Kind::Image));
        assert_eq!(kind("anim.gif", Some("image/gif")), None);
        assert_eq!(kind("shot.png", Some("text/html")), None);
        assert_eq!(kind("run.sh", Some("text/x-sh")), None);
    }

    #[test]
    fn every_image_error_says_what_to_do() {
        let cases = [
            (OcrError::NotAnImage, "error-image-unreadable"),
            (OcrError::TooLarge { bytes: 11, limit: 10 }, "error-too-large"),
            (
                OcrError::TooManyPixels { width: 9000, height: 9000, limit: 16, max_side: 8 },
                "error-image-pixels",
            ),
            (OcrError::TooSmall { width: 2, height: 2 }, "error-image-unreadable"),
            (OcrError::Timeout(std::time::Duration::from_secs(1)), "error-image-timeout"),
            (OcrError::TesseractMissing, "error-image-unavailable"),
            (OcrError::Tesseract("exit 1".into()), "error-image-unavailable"),
        ];
        for (e, id) in cases {
            let m = Unread::Image(e).message("shot.png");
            assert_eq!(m.id, id);
            // The file is named wherever the message names one; no OCR internals leak.
            assert!(m.args.iter().all(|(_, v)| !v.contains("exit 1")));
        }
        assert_eq!(Unread::NoText.message("a.png").args, vec![("path", "a.png".to_string())]);
    }
}
