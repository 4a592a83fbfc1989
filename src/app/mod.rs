//! The application layer, shared by both front doors and named after neither: a paste in a
//! conversation becomes a diagnosis (with the conversation's memory), a reply, and messages
//! delivered to Discord. [`crate::discord`] (the gateway bot) and [`crate::http`] (the HTTP
//! server) are siblings that call into this module; neither imports the other.
//!
//! * [`interactions`]: typed Discord interactions in, the callback and follow-ups out (the
//!   gateway bot and `POST /interactions` run the same handlers, one file per command in
//!   [`commands`]);
//! * [`thread`]: diagnosing a paste with the conversation's memory, in the right language;
//! * [`memory`]: store calls with time-boxes and pending appends; [`conversation`]: which
//!   memory a paste belongs to;
//! * [`layout`]: replies split into Discord messages under its limits; [`escape`]: user text
//!   shown back safely; [`locales`]: Discord locale codes and language names;
//! * [`fetch`]: downloading attached files; [`attachment`]: a text file or a screenshot
//!   into a paste; [`deliver`]: callbacks and follow-ups with retries;
//! * [`lifecycle`]: work in flight, graceful shutdown, expiry of old memory.

pub mod attachment;
pub mod commands;
pub mod conversation;
pub mod deferral;
pub mod deliver;
pub mod engine;
pub mod fetch;
pub mod interactions;
pub mod layout;
pub mod lifecycle;
pub mod locales;
pub mod memory;
pub mod status;
pub mod thread;

/// User text shown back safely (the engine's, as the layouts there need it).
pub use crate::render::escape;

use crate::config::BotSettings;
use crate::store::ThreadStore;
use fetch::{AttachmentFetcher, HttpFetcher};
use std::sync::Arc;

/// What the handlers need.
pub struct Deps {
    pub store: Arc<dyn ThreadStore>,
    pub settings: BotSettings,
    /// Downloads attachments (Discord's CDN in production, the fake Discord in tests).
    pub fetcher: Arc<dyn AttachmentFetcher>,
}

impl Deps {
    /// Deps with the real attachment fetcher (Discord's CDN only).
    ///
    /// # Errors
    /// When the HTTP client cannot be built (no TLS backend): startup fails rather than run
    /// with a client that follows redirects and has no timeouts.
    pub fn new(store: Arc<dyn ThreadStore>, settings: BotSettings) -> anyhow::Result<Deps> {
        let fetcher = Arc::new(HttpFetcher::new(None, settings.fetch_timeout)?);
        Ok(Deps { store, settings, fetcher })
    }
}
