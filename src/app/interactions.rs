//! Every Discord interaction, transport-neutral: serenity's typed [`Interaction`] in (the gateway
//! bot gets it from serenity; `POST /interactions` deserialises the request body into the same
//! type), the callback body and follow-up messages out. Both doors call [`handle_interaction`];
//! the only I/O here is thread memory (time-boxed) and attachment downloads (through
//! [`super::fetch::AttachmentFetcher`]).
//!
//! Commands: `/diagnose` (paste, file, version, language; a modal when nothing is given),
//! `/<command_name> status|pin`, the message context menu "Diagnose", `/clawmedic-watch`
//! (when watch mode is enabled); components under replies (Worked, Still failing, Show in …);
//! autocomplete of versions, profiles and models. One handler per file in [`super::commands`].

use super::commands::{self, autocomplete, components, modal};
use super::conversation;
use super::layout::{no_mentions, text_messages, Delivery};
pub use super::Deps;
use crate::diagnose::{Cause, Msg};
use crate::lang::{choose_locale, Locale, LocaleInputs};
use crate::render::discord::wire::CallbackType;
use crate::render::{t, tr};
use crate::store::ThreadKey;
use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};
use serde_json::{json, Value};
pub use serenity::all::Interaction;
use serenity::all::{
    ChannelId, CommandData, CommandDataOption, CommandDataOptionValue, GuildId, Member,
    PartialChannel, Permissions, User,
};

pub use commands::definitions::command_definitions;
pub use commands::{DIAGNOSE_COMMAND, WATCH_COMMAND};

/// The interaction callback: `{"type": <callback type>, "data": …}` (Discord's
/// interaction-response object). Follow-ups and channel messages are the message bodies alone.
#[derive(Debug, Clone, PartialEq)]
pub enum Callback {
    /// The answer to a PING (HTTP interactions only).
    Pong,
    /// A message (its body).
    Message(Value),
    /// "Thinking…" now, the message later through the follow-up webhook.
    Deferred { ephemeral: bool },
    /// Autocomplete choices (`{"name", "value"}` objects).
    Choices(Vec<Value>),
    /// A modal (its body: custom id, title, components).
    Modal(Value),
}

impl Callback {
    /// The callback type Discord expects.
    pub fn kind(&self) -> CallbackType {
        match self {
            Callback::Pong => CallbackType::Pong,
            Callback::Message(_) => CallbackType::ChannelMessage,
            Callback::Deferred { .. } => CallbackType::DeferredChannelMessage,
            Callback::Choices(_) => CallbackType::AutocompleteResult,
            Callback::Modal(_) => CallbackType::Modal,
        }
    }

    /// The message body, when this callback is a message.
    pub fn message(&self) -> Option<&Value> {
        match self {
            Callback::Message(m) => Some(m),
            _ => None,
        }
    }

    /// The callback as JSON (for tests and logs).
    pub fn to_value(&self) -> Value {
        serde_json::to_value(self).unwrap_or(Value::Null)
    }
}

impl Serialize for Callback {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("type", &self.kind())?;
        match self {
            Callback::Pong => {}
            Callback::Deferred { ephemeral: false } => {}
            Callback::Deferred { ephemeral: true } => {
                m.serialize_entry(
                    "data",
                    &json!({ "flags": crate::render::discord::wire::EPHEMERAL }),
                )?;
            }
            Callback::Message(data) | Callback::Modal(data) => m.serialize_entry("data", data)?,
            Callback::Choices(choices) => {
                m.serialize_entry("data", &json!({ "choices": choices }))?;
            }
        }
        m.end()
    }
}

/// What a reply diagnosed, for metrics and logs (typed: never read back from the footer).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Diagnosed {
    /// The top finding's cause (`None`: nothing recognised, more information asked for).
    pub cause: Option<Cause>,
    pub locale: Locale,
}

impl Diagnosed {
    /// What a report diagnosed.
    pub fn of(report: &crate::Report) -> Diagnosed {
        Diagnosed {
            cause: report.diagnosis.findings.first().map(|f| f.cause),
            locale: report.locale,
        }
    }
}

/// The answer to one interaction.
#[derive(Debug, Clone, PartialEq)]
pub struct InteractionOutcome {
    /// The interaction callback (POST /interactions/{id}/{token}/callback, or the HTTP
    /// response body).
    pub response: Callback,
    /// Follow-up webhook messages (POST /webhooks/{application_id}/{token}) for replies longer
    /// than one message.
    pub followups: Vec<Value>,
    /// The diagnosis this reply shows, if it shows one.
    pub diagnosed: Option<Diagnosed>,
}

/// The [`Ix`] of any interaction kind: serenity's command, autocomplete, component and modal
/// interactions carry the same seven fields but share no trait (`member` is boxed in some).
macro_rules! ix_of {
    ($i:expr) => {
        Ix::new(
            &$i.channel,
            $i.channel_id,
            $i.guild_id,
            $i.member.as_ref().map(std::borrow::Borrow::borrow),
            &$i.user,
            &$i.locale,
            $i.guild_locale.as_deref(),
        )
    };
}

/// Handle one interaction.
pub async fn handle_interaction(deps: &Deps, interaction: &Interaction) -> InteractionOutcome {
    match interaction {
        Interaction::Ping(_) => only(Callback::Pong),
        Interaction::Command(c) => commands::command(deps, &ix_of!(c), &c.data).await,
        Interaction::Autocomplete(c) => autocomplete::autocomplete(deps, &ix_of!(c), &c.data).await,
        Interaction::Component(c) => components::component(deps, &ix_of!(c), &c.data).await,
        Interaction::Modal(m) => modal::modal_submit(deps, &ix_of!(m), &m.data).await,
        other => {
            tracing::warn!(kind = ?other.kind(), "unknown interaction type");
            error(Locale::En, "error-internal")
        }
    }
}

/// The invoking user's locale of any interaction (for an error reply), `None` for a PING.
pub fn invoker_locale(interaction: &Interaction) -> Option<&str> {
    match interaction {
        Interaction::Command(c) | Interaction::Autocomplete(c) => Some(&c.locale),
        Interaction::Component(c) => Some(&c.locale),
        Interaction::Modal(m) => Some(&m.locale),
        _ => None,
    }
}

// ---------------------------------------------------------------------------------------------
// Reading the interaction

/// What every handler reads from the interaction around its data: where it was invoked, by
/// whom, in which language.
pub(crate) struct Ix<'a> {
    channel: Option<&'a PartialChannel>,
    channel_id: u64,
    guild_id: Option<u64>,
    /// The invoking user (`member.user` in a server, `user` in a DM).
    user_id: Option<u64>,
    permissions: Permissions,
    /// The invoking user's Discord locale.
    locale: &'a str,
    guild_locale: Option<&'a str>,
}

impl<'a> Ix<'a> {
    fn new(
        channel: &'a Option<PartialChannel>,
        channel_id: ChannelId,
        guild_id: Option<GuildId>,
        member: Option<&'a Member>,
        user: &'a User,
        locale: &'a str,
        guild_locale: Option<&'a str>,
    ) -> Ix<'a> {
        let user_id = member.map(|m| m.user.id).unwrap_or(user.id).get();
        Ix {
            channel: channel.as_ref(),
            channel_id: channel_id.get(),
            guild_id: guild_id.map(GuildId::get),
            user_id: Some(user_id),
            permissions: member.and_then(|m| m.permissions).unwrap_or_else(Permissions::empty),
            locale,
            guild_locale,
        }
    }
    pub(crate) fn channel_id(&self) -> Option<u64> {
        Some(self.channel_id)
    }
    pub(crate) fn guild_id(&self) -> Option<u64> {
        self.guild_id
    }
    pub(crate) fn user_locale(&self) -> Option<&'a str> {
        Some(self.locale).filter(|l| !l.is_empty())
    }
    pub(crate) fn guild_locale(&self) -> Option<&'a str> {
        self.guild_locale
    }
    pub(crate) fn permissions(&self) -> Permissions {
        self.permissions
    }
    /// Invoked inside a thread (a forum post, a thread under a message).
    pub(crate) fn in_thread(&self) -> bool {
        self.channel.is_some_and(|c| conversation::is_thread(c.kind))
    }
    /// The parent channel or forum, when invoked in a thread.
    pub(crate) fn thread_parent(&self) -> Option<u64> {
        self.channel.filter(|c| conversation::is_thread(c.kind))?.parent_id.map(ChannelId::get)
    }
    /// This conversation's memory: the thread's, or the invoking user's in this channel.
    pub(crate) fn key(&self) -> Option<ThreadKey> {
        self.key_of(self.user_id)
    }
    /// The memory of `user`'s conversation in this channel (a thread is shared).
    pub(crate) fn key_of(&self, user: Option<u64>) -> Option<ThreadKey> {
        conversation::key_for(self.channel_id()?, self.in_thread(), user)
    }
    /// Locale for errors and confirmations shown to the invoking user.
    pub(crate) fn error_locale(&self, explicit: Option<&str>) -> Locale {
        choose_locale(&LocaleInputs {
            explicit,
            prose: None,
            discord_user: self.user_locale(),
            thread: None,
        })
    }
}

/// The options of a command: the top-level ones, or those of the chosen subcommand.
pub(crate) struct Opts<'a> {
    pub sub: Option<&'a str>,
    list: &'a [CommandDataOption],
}

impl<'a> Opts<'a> {
    pub(crate) fn of(data: &'a CommandData) -> Opts<'a> {
        let top = data.options.as_slice();
        for o in top {
            match &o.value {
                CommandDataOptionValue::SubCommand(opts) => {
                    return Opts { sub: Some(&o.name), list: opts };
                }
                CommandDataOptionValue::SubCommandGroup(opts) => {
                    // A subcommand group holds one more level.
                    for inner in opts {
                        if let CommandDataOptionValue::SubCommand(inner_opts) = &inner.value {
                            return Opts { sub: Some(&inner.name), list: inner_opts };
                        }
                    }
                    return Opts { sub: Some(&o.name), list: opts };
                }
                _ => {}
            }
        }
        Opts { sub: None, list: top }
    }
    fn value(&self, name: &str) -> Option<&'a CommandDataOptionValue> {
        self.list.iter().find(|o| o.name == name).map(|o| &o.value)
    }
    /// A string option, trimmed; `None` when absent or blank.
    pub(crate) fn str(&self, name: &str) -> Option<&'a str> {
        match self.value(name)? {
            CommandDataOptionValue::String(s) => Some(s.trim()).filter(|s| !s.is_empty()),
            CommandDataOptionValue::Autocomplete { value, .. } => {
                Some(value.trim()).filter(|s| !s.is_empty())
            }
            _ => None,
        }
    }
    /// A boolean option, or a string choice `on`.
    pub(crate) fn on(&self, name: &str) -> bool {
        match self.value(name) {
            Some(CommandDataOptionValue::Boolean(b)) => *b,
            Some(CommandDataOptionValue::String(s)) => s == "on",
            _ => false,
        }
    }
    /// The attachment an attachment option names (from `resolved`).
    pub(crate) fn attachment(
        &self,
        name: &str,
        data: &'a CommandData,
    ) -> Option<&'a serenity::all::Attachment> {
        match self.value(name)? {
            CommandDataOptionValue::Attachment(id) => data.resolved.attachments.get(id),
            _ => None,
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Outcomes

pub(crate) fn only(response: Callback) -> InteractionOutcome {
    InteractionOutcome { response, followups: Vec::new(), diagnosed: None }
}

/// The first message as the callback, the rest as follow-ups.
pub(crate) fn reply(mut msgs: Vec<Value>) -> InteractionOutcome {
    if msgs.is_empty() {
        msgs.push(json!({ "content": "…", "allowed_mentions": no_mentions() }));
    }
    let first = msgs.remove(0);
    InteractionOutcome { response: Callback::Message(first), followups: msgs, diagnosed: None }
}

/// An ephemeral message to the invoking user.
pub(crate) fn ephemeral_text(text: &str) -> InteractionOutcome {
    reply(text_messages(text, &Delivery { ephemeral: true, components: None }))
}

pub(crate) fn error(locale: Locale, id: &'static str) -> InteractionOutcome {
    ephemeral_text(&t(locale, id))
}

pub(crate) fn error_msg(locale: Locale, msg: &Msg) -> InteractionOutcome {
    ephemeral_text(&tr(locale, msg))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::BotSettings;
    use crate::store::testing::FailingStore;
    use std::sync::Arc;

    fn deps() -> Deps {
        Deps::new(
            Arc::new(FailingStore::new()),
            BotSettings { watch_enabled: true, ..BotSettings::default() },
        )
        .unwrap()
    }

    #[tokio::test]
    async fn ping_is_answered_with_pong() {
        let ping: Interaction = serde_json::from_value(
            json!({ "type": 1, "id": "1", "application_id": "2", "token": "t", "version": 1 }),
        )
        .unwrap();
        let out = handle_interaction(&deps(), &ping).await;
        assert_eq!(out.response.to_value(), json!({ "type": 1 }));
        assert_eq!(out.followups, Vec::<Value>::new());
    }

    #[tokio::test]
    async fn unknown_things_get_a_clear_ephemeral_error() {
        let unknown: Interaction = serde_json::from_value(json!({
            "type": 2, "id": "1", "application_id": "2", "token": "t", "version": 1,
            "locale": "de", "channel_id": "5", "entitlements": [], "attachment_size_limit": 0,
            "user": { "id": "7", "username": "u", "discriminator": "0", "avatar": null },
            "data": { "id": "3", "name": "other", "type": 1 }
        }))
        .unwrap();
        let out = handle_interaction(&deps(), &unknown).await.response.to_value();
        assert_eq!(out["data"]["flags"], 64);
        assert_eq!(out["data"]["content"], json!(t(Locale::De, "error-internal")));
        assert_eq!(out["data"]["allowed_mentions"], json!({ "parse": [] }));
    }
}
