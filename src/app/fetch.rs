//! Reading an attached file: the only network I/O of the interaction handlers, behind a
//! trait so tests serve files from a fake Discord on loopback. The checks that need no
//! download (extension, content type, declared size) run first; the download itself is
//! capped at the size limit and time-boxed. Only URLs under the allowed bases are fetched
//! (Discord's CDN, or the API base a test or proxy configured), so a crafted payload cannot
//! make the bot request arbitrary hosts.

use crate::store::BoxFuture;
use std::time::Duration;

/// Why a file could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FetchError {
    #[error("the file is larger than the limit")]
    TooLarge,
    #[error("the URL is not a Discord attachment URL")]
    NotAllowed,
    #[error("download failed: {0}")]
    Failed(String),
}

/// Downloads an attachment, at most `max_bytes` of it.
pub trait AttachmentFetcher: Send + Sync + 'static {
    fn fetch<'a>(
        &'a self,
        url: &'a str,
        max_bytes: usize,
    ) -> BoxFuture<'a, Result<Vec<u8>, FetchError>>;
}

/// Discord's attachment hosts.
pub const DISCORD_CDN_BASES: [&str; 2] =
    ["https://cdn.discordapp.com/", "https://media.discordapp.net/"];

/// The real fetcher (reqwest, rustls).
pub struct HttpFetcher {
    client: reqwest::Client,
    allowed: Vec<String>,
    timeout: Duration,
}

impl HttpFetcher {
    /// Fetch from Discord's CDN, plus `extra_base` (e.g. the `DISCORD_API_BASE` override).
    ///
    /// # Errors
    /// When the HTTP client cannot be built: startup fails rather than fall back to a client
    /// that follows redirects and has no timeout.
    pub fn new(extra_base: Option<&str>, timeout: Duration) -> anyhow::Result<HttpFetcher> {
        let mut allowed: Vec<String> = DISCORD_CDN_BASES.iter().map(ToString::to_string).collect();
        if let Some(b) = extra_base {
            allowed.push(format!("{}/", b.trim_end_matches('/')));
        }
        let client = reqwest::Client::builder()
            .timeout(timeout)
            .redirect(reqwest::redirect::Policy::none())
            .user_agent(concat!("clawmedic/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| anyhow::anyhow!("cannot build the HTTP client for attachments: {e}"))?;
        Ok(HttpFetcher { client, allowed, timeout })
    }

    fn allowed(&self, url: &str) -> bool {
        self.allowed.iter().any(|b| url.starts_with(b.as_str()))
    }
}

impl AttachmentFetcher for HttpFetcher {
    fn fetch<'a>(
        &'a self,
        url: &'a str,
        max_bytes: usize,
    ) -> BoxFuture<'a, Result<Vec<u8>, FetchError>> {
        Box::pin(async move {
            if !self.allowed(url) {
                return Err(FetchError::NotAllowed);
            }
            let work = async {
                let mut resp = self
                    .client
                    .get(url)
                    .send()
                    .await
                    .map_err(|e| FetchError::Failed(e.without_url().to_string()))?;
                if !resp.status().is_success() {
                    return Err(FetchError::Failed(format!("HTTP {}", resp.status().as_u16())));
                }
                if resp.content_length().is_some_and(|n| n > max_bytes as u64) {
                    return Err(FetchError::TooLarge);
                }
                let mut body = Vec::new();
                while let Some(chunk) = resp
                    .chunk()
                    .await
                    .map_err(|e| FetchError::Failed(e.without_url().to_string()))?
                {
                    if body.len() + chunk.len() > max_bytes {
                        return Err(FetchError::TooLarge);
                    }
                    body.extend_from_slice(&chunk);
                }
                Ok(body)
            };
            match tokio::time::timeout(self.timeout, work).await {
                Ok(r) => r,
                Err(_) => Err(FetchError::Failed("timed out".into())),
            }
        })
    }
}

/// File name extensions we read.
pub const ALLOWED_EXTENSIONS: [&str; 3] = ["txt", "log", "json"];

/// Is this attachment something we read (by name and declared content type)?
pub fn acceptable(filename: &str, content_type: Option<&str>) -> bool {
    let ext_ok = filename
        .rsplit_once('.')
        .is_some_and(|(_, ext)| ALLOWED_EXTENSIONS.iter().any(|a| ext.eq_ignore_ascii_case(a)));
    let type_ok =
        match content_type.map(|c| c.split(';').next().unwrap_or("").trim().to_ascii_lowercase()) {
            None => true,
            Some(c) => {
                c.is_empty()
                    || c.starts_with("text/")
                    || c == "application/json"
                    || c == "application/x-ndjson"
                    || c == "application/octet-stream"
            }
        };
    ext_ok && type_ok
}

/// Bytes of a file as pasted text (UTF-8, UTF-16, CP1252/CP1251: the engine's decoder, as
/// every front door); `None` for binary data.
pub fn decode_text(bytes: Vec<u8>) -> Option<String> {
    crate::ingest::decode(&bytes).ok().map(|(text, _)| text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_text_files_are_accepted() {
        assert!(acceptable("probe.txt", Some("text/plain; charset=utf-8")));
        assert!(acceptable("gateway.LOG", None));
        assert!(acceptable("openclaw.json", Some("application/json")));
        assert!(!acceptable("screenshot.png", Some("image/png")));
        assert!(!acceptable("probe.txt", Some("image/png")));
        assert!(!acceptable("run.sh", Some("text/x-sh")));
    }

    #[test]
    fn binary_is_refused() {
        assert_eq!(decode_text(b"ok\n".to_vec()).as_deref(), Some("ok\n"));
        assert!(decode_text(vec![0x7f, 0, 1]).is_none());
        assert!(decode_text(vec![0xff; 100]).is_none());
    }

    #[tokio::test]
    async fn urls_outside_discord_are_not_fetched() {
        let f = HttpFetcher::new(None, Duration::from_secs(1)).unwrap();
        assert_eq!(f.fetch("http://169.254.169.254/latest", 10).await, Err(FetchError::NotAllowed));
        assert_eq!(
            f.fetch("https://cdn.discordapp.com.evil.example/x", 10).await,
            Err(FetchError::NotAllowed)
        );
    }
}
