//! Screenshots on the web page and the JSON API (issue 15): an uploaded image becomes text the
//! engine reads, through the same OCR path as Discord and the CLI (`crate::screenshot`: off
//! the async workers, under the OCR concurrency limit, time-boxed). Images are never stored or
//! logged; a refusal names the file and says what to do, in the asker's language.
//!
//! Three shapes reach here: a multipart form (the web page's form; the API's `multipart/
//! form-data`), a base64 image in the API's JSON (`"images": ["…"]`, a `data:` URL allowed),
//! and a bare image body (`Content-Type: image/png`, or bytes that are one).

use super::web::Refusal;
use crate::app::attachment::Unread;
use crate::lang::Locale;
use crate::render::{t, tr};
use crate::screenshot;
use axum::extract::{FromRequest, Multipart, Request};
use axum::http::StatusCode;
use base64::Engine as _;
use clawmedic_ocr::OcrError;

/// At most this many screenshots per request.
pub const MAX_IMAGES: usize = 4;

/// Read one screenshot into a message, or the refusal to answer with. `ocr_locale` (a reply
/// locale id) adds the script pack its users' text needs.
pub async fn read(
    bytes: Vec<u8>,
    name: &str,
    l: Locale,
    ocr_locale: Option<Locale>,
) -> Result<String, Refusal> {
    let size = bytes.len();
    match screenshot::read_async(bytes, ocr_locale.map(|o| o.id().to_string())).await {
        Ok(text) if screenshot::has_text(&text) => Ok(text),
        Ok(_) => Err(refusal(&Unread::NoText, name, l)),
        Err(e) => {
            tracing::warn!(error = e.id(), bytes = size, "screenshot not read");
            Err(refusal(&Unread::Image(e), name, l))
        }
    }
}

/// A screenshot that could not be read, as an HTTP refusal: the status says whose fault it
/// is, the message (shared with Discord) what to do.
fn refusal(e: &Unread, name: &str, l: Locale) -> Refusal {
    let (status, error) = match e {
        Unread::Image(OcrError::TooLarge { .. } | OcrError::TooManyPixels { .. })
        | Unread::TooLarge { .. } => (StatusCode::PAYLOAD_TOO_LARGE, "image_too_large"),
        Unread::Image(OcrError::Timeout(_)) => (StatusCode::SERVICE_UNAVAILABLE, "image_timeout"),
        Unread::Image(OcrError::TesseractMissing | OcrError::Tesseract(_)) => {
            (StatusCode::SERVICE_UNAVAILABLE, "ocr_unavailable")
        }
        Unread::NoText => (StatusCode::UNPROCESSABLE_ENTITY, "image_no_text"),
        _ => (StatusCode::BAD_REQUEST, "image_unreadable"),
    };
    Refusal::new(status, error, tr(l, &e.message(name)))
}

/// A base64 image from JSON (standard alphabet, padding optional, a `data:image/…;base64,`
/// prefix allowed), or `None` when it is not base64.
pub fn from_base64(s: &str) -> Option<Vec<u8>> {
    let s = s.trim();
    let data = match s.strip_prefix("data:") {
        Some(rest) => rest.split_once(";base64,")?.1,
        None => s,
    };
    let clean: String = data.chars().filter(|c| !c.is_ascii_whitespace()).collect();
    base64::engine::general_purpose::STANDARD_NO_PAD.decode(clean.trim_end_matches('=')).ok()
}

/// The `images` of an API JSON body, decoded and read, in order.
pub async fn read_base64(
    images: &[String],
    l: Locale,
    ocr_locale: Option<Locale>,
) -> Result<Vec<String>, Refusal> {
    if images.len() > MAX_IMAGES {
        return Err(too_many(l));
    }
    let mut out = Vec::with_capacity(images.len());
    for (i, s) in images.iter().enumerate() {
        let name = format!("images[{i}]");
        let bytes = from_base64(s)
            .ok_or_else(|| refusal(&Unread::Image(OcrError::NotAnImage), &name, l))?;
        out.push(read(bytes, &name, l, ocr_locale).await?);
    }
    Ok(out)
}

fn too_many(l: Locale) -> Refusal {
    Refusal::new(
        StatusCode::PAYLOAD_TOO_LARGE,
        "too_large",
        tr(
            l,
            &crate::diagnose::Msg::new("error-too-many-messages")
                .arg("limit", MAX_IMAGES.to_string()),
        ),
    )
}

/// A multipart form: its text fields and its files (name, bytes), in order.
#[derive(Debug, Default)]
pub struct Form {
    pub fields: Vec<(String, String)>,
    pub files: Vec<(String, Vec<u8>)>,
}

impl Form {
    /// The first non-empty text field of this name.
    pub fn field(&self, name: &str) -> Option<String> {
        self.fields.iter().find(|(n, v)| n == name && !v.trim().is_empty()).map(|(_, v)| v.clone())
    }
}

/// Is this request a multipart form?
pub fn is_multipart(content_type: Option<&str>) -> bool {
    content_type
        .is_some_and(|c| c.trim_start().to_ascii_lowercase().starts_with("multipart/form-data"))
}

/// Read a multipart form whose body is already within the size limit. Parts with a file name
/// are files (an empty file input sends one with no bytes: skipped); others are text fields.
pub async fn read_form(req: Request, l: Locale) -> Result<Form, Refusal> {
    let bad = || Refusal::new(StatusCode::BAD_REQUEST, "malformed_form", t(l, "error-no-input"));
    let mut mp = Multipart::from_request(req, &()).await.map_err(|_| bad())?;
    let mut form = Form::default();
    while let Some(field) = mp.next_field().await.map_err(|_| bad())? {
        let name = field.name().unwrap_or("").to_string();
        let file = field.file_name().map(|f| crate::app::layout::clip(f, 80));
        let bytes = field.bytes().await.map_err(|_| bad())?;
        match file {
            Some(_) if bytes.is_empty() => {}
            Some(f) => {
                if form.files.len() >= MAX_IMAGES {
                    return Err(too_many(l));
                }
                form.files.push((f, bytes.to_vec()));
            }
            None => form.fields.push((name, String::from_utf8_lossy(&bytes).into_owned())),
        }
    }
    Ok(form)
}

/// A form's paste with its files appended, one message (as text and screenshots of one Discord
/// message are): screenshots by OCR, anything else as a text file (the decoder every door
/// uses; binary data refused).
pub async fn with_files(
    paste: String,
    files: Vec<(String, Vec<u8>)>,
    l: Locale,
    ocr_locale: Option<Locale>,
) -> Result<String, Refusal> {
    let mut message = paste;
    for (name, bytes) in files {
        let text = if screenshot::is_image(&bytes) {
            read(bytes, &name, l, ocr_locale).await?
        } else {
            super::web::text_from_bytes(&bytes, &name, l)?
        };
        message.push('\n');
        message.push_str(&text);
    }
    Ok(message)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_images_with_or_without_a_data_url() {
        assert_eq!(from_base64("iVBORw0KGgo=").unwrap(), b"\x89PNG\r\n\x1a\n");
        assert_eq!(from_base64("iVBORw0KGgo").unwrap(), b"\x89PNG\r\n\x1a\n");
        assert_eq!(
            from_base64("data:image/png;base64,iVBO\nRw0KGgo=").unwrap(),
            b"\x89PNG\r\n\x1a\n"
        );
        assert_eq!(from_base64("data:image/png,raw"), None);
        assert_eq!(from_base64("not base64!"), None);
    }

    #[test]
    fn refusals_say_whose_fault_it_is() {
        let l = Locale::En;
        let r = refusal(&Unread::Image(OcrError::NotAnImage), "shot.png", l);
        assert_eq!((r.status, r.error), (StatusCode::BAD_REQUEST, "image_unreadable"));
        assert_eq!(
            r.message,
            "shot.png could not be read as a PNG, JPEG or WebP screenshot. Paste the text from your terminal instead."
        );
        let r = refusal(
            &Unread::Image(OcrError::TooManyPixels {
                width: 9000,
                height: 9000,
                limit: 16_000_000,
                max_side: 8192,
            }),
            "a.png",
            l,
        );
        assert_eq!((r.status, r.error), (StatusCode::PAYLOAD_TOO_LARGE, "image_too_large"));
        let r = refusal(&Unread::Image(OcrError::TesseractMissing), "a.png", Locale::De);
        assert_eq!((r.status, r.error), (StatusCode::SERVICE_UNAVAILABLE, "ocr_unavailable"));
        assert_eq!(r.message, t(Locale::De, "error-image-unavailable"));
        let r = refusal(&Unread::NoText, "a.png", l);
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    }
}
