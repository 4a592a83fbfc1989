//! Watch mode: in channels and forums a server admin turned it on for (`/clawmedic-watch on`),
//! a message holding recognisable OpenClaw output gets one diagnosis reply, at most one per
//! thread per cooldown (kept in memory). Off by default; needs the Message Content intent,
//! which the bot only asks for when watch mode is enabled in its configuration.
//!
//! serenity's typed message in, the message bodies to post out.

use crate::app::attachment;
use crate::app::conversation;
use crate::app::layout::diagnosis_messages;
use crate::app::memory;
use crate::app::thread::{run_tagged, Asker};
use crate::app::Deps;
use crate::lang::Locale;
use crate::{diagnose_thread, Options};
use serde_json::{json, Value};
use serenity::all::Message;
use std::collections::HashMap;
use std::sync::{Mutex, PoisonError};
use std::time::{Duration, Instant};

/// Per-thread reply rate limit, and the last known watch state of channels (used when the
/// store cannot be asked).
pub struct Watcher {
    cooldown: Duration,
    last_reply: Mutex<HashMap<u64, Instant>>,
    known: Mutex<HashMap<u64, bool>>,
}

/// Forget rate-limit entries beyond this many threads (oldest first).
const MAX_TRACKED: usize = 10_000;

impl Watcher {
    pub fn new(cooldown: Duration) -> Watcher {
        Watcher {
            cooldown,
            last_reply: Mutex::new(HashMap::new()),
            known: Mutex::new(HashMap::new()),
        }
    }

    /// May the bot reply in this thread now? Claims the slot when it may.
    pub fn try_claim(&self, thread: u64, now: Instant) -> bool {
        let mut map = self.last_reply.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(last) = map.get(&thread) {
            if now.saturating_duration_since(*last) < self.cooldown {
                return false;
            }
        }
        if map.len() >= MAX_TRACKED {
            let cooldown = self.cooldown;
            map.retain(|_, t| now.saturating_duration_since(*t) < cooldown);
        }
        map.insert(thread, now);
        true
    }

    async fn watched(&self, deps: &Deps, channel: u64) -> bool {
        match memory::is_watched(deps.store.as_ref(), channel, deps.settings.store_timeout).await {
            Some(on) => {
                self.known.lock().unwrap_or_else(PoisonError::into_inner).insert(channel, on);
                on
            }
            None => self
                .known
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .get(&channel)
                .copied()
                .unwrap_or(false),
        }
    }
}

/// Does a message hold OpenClaw output we recognise (an input kind other than a bare version
/// mention, or a finding)? "Need more information" is no finding: a diagnosis without
/// findings is not a reason to reply.
pub fn recognisable(text: &str) -> bool {
    let r = diagnose_thread(&[text], &Options::default());
    r.inputs.iter().any(|i| i.recognized.iter().any(|k| k != "version"))
        || !r.diagnosis.findings.is_empty()
}

/// Handle a MESSAGE_CREATE. `parent_id` is the parent channel or forum of a thread;
/// `guild_locale` the server's preferred locale. Returns the messages to post in the
/// message's channel (empty: stay quiet).
///
/// Cheap checks first: who wrote it, whether there is anything to read, and whether the
/// channel is watched (a store lookup) — the engine runs only in a watched channel.
pub async fn on_message(
    deps: &Deps,
    watcher: &Watcher,
    msg: &Message,
    parent_id: Option<u64>,
    guild_locale: Option<&str>,
) -> Vec<Value> {
    if !deps.settings.watch_enabled
        || msg.author.bot
        || msg.webhook_id.is_some()
        || msg.guild_id.is_none()
    {
        return Vec::new();
    }
    let (channel_id, message_id) = (msg.channel_id.get(), msg.id.get());
    let mut text = msg.content.clone();
    // Attached logs and screenshots: cheap checks first (name, type, declared size), download
    // and OCR only in a watched channel (below).
    let attachments: Vec<_> = attachment::readable(&msg.attachments)
        .filter(|a| {
            attachment::kind(&a.filename, a.content_type.as_deref())
                .is_some_and(|k| a.size as usize <= attachment::limit(deps, k))
        })
        .collect();
    if text.trim().is_empty() && attachments.is_empty() {
        return Vec::new();
    }
    let mut watched = watcher.watched(deps, channel_id).await;
    if !watched {
        if let Some(parent) = parent_id {
            watched = watcher.watched(deps, parent).await;
        }
    }
    if !watched {
        return Vec::new();
    }
    // Screenshots are read with the script of the server's language. Nobody asked, so an
    // attachment that cannot be read is skipped quietly.
    let ocr_locale = guild_locale.and_then(Locale::from_discord).map(Locale::id);
    for att in attachments {
        match attachment::read(deps, att, ocr_locale).await {
            Ok(body) => {
                text.push('\n');
                text.push_str(&body);
            }
            Err(e) => tracing::debug!(reason = e.reason(), "watch mode: attachment not read"),
        }
    }
    // The engine reads it on the blocking pool (`app::engine`), not on this runtime worker.
    let probe = text.clone();
    if !crate::app::engine::run(move || recognisable(&probe)).await {
        return Vec::new();
    }
    let claimed = watcher.try_claim(channel_id, Instant::now());
    // The evidence is remembered either way, so the next reply in the thread has it.
    // In a thread the thread is the conversation; in a channel, the author's own (H2).
    let author = Some(msg.author.id.get());
    let key = conversation::key_for(channel_id, parent_id.is_some(), author);
    let (report, _, show_in) = run_tagged(deps, key, &text, &Asker::Author { guild_locale }).await;
    if !claimed {
        tracing::debug!(channel = channel_id, "watch mode: rate-limited, not replying");
        return Vec::new();
    }
    let mut msgs = diagnosis_messages(&report);
    if let Some(id) = show_in {
        conversation::tag_show_in(&mut msgs, &id);
    }
    if let Some(first) = msgs.first_mut() {
        first["message_reference"] = json!({ "message_id": message_id.to_string(), "channel_id": channel_id.to_string(), "fail_if_not_exists": false });
    }
    msgs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_reply_per_thread_per_cooldown() {
        let w = Watcher::new(Duration::from_secs(60));
        let t0 = Instant::now();
        assert!(w.try_claim(1, t0));
        assert!(!w.try_claim(1, t0 + Duration::from_secs(59)));
        assert!(w.try_claim(2, t0 + Duration::from_secs(1)));
        assert!(w.try_claim(1, t0 + Duration::from_secs(61)));
    }

    #[test]
    fn chat_is_not_output() {
        assert!(!recognisable("thanks, that fixed it!"));
        assert!(!recognisable("I'm on 2026.5.12 now"));
        assert!(recognisable("⚠️ Model login expired on the gateway for openai-codex. Re-auth with `openclaw models auth login --provider openai-codex`, then try again."));
    }
}
