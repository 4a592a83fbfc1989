//! Every Discord interaction, transport-neutral: the raw interaction JSON in (as Discord sends
//! it over the gateway or to the HTTP endpoint), the callback body and follow-up messages out.
//! The gateway bot and the HTTP interactions endpoint both call [`handle_interaction`]; the
//! only I/O here is thread memory (time-boxed) and attachment downloads (through
//! [`AttachmentFetcher`]).
//!
//! Commands: `/diagnose` (paste, file, version, language; a modal when nothing is given),
//! `/<command_name> status|pin`, the message context menu "Diagnose", `/clawmedic-watch`
//! (when watch mode is enabled); components under replies (Worked, Still failing, Show in …);
//! autocomplete of versions, profiles and models.

use super::conversation::{self, THREAD_TYPES};
use super::escape::{code_span, plain};
use super::fetch::{acceptable, decode_text, FetchError};
use super::layout::{
    clip, diagnosis_messages, diagnosis_reply, feedback_components, isolate_reply, messages,
    no_mentions, text_messages, tr_safe, Delivery, Reply, Section, ID_FAILING, ID_PASTE,
    ID_SHOW_IN, ID_WORKED,
};
use super::locales::{self as dlocales, endonym, DISCORD_LOCALES};
use super::thread::{run_tagged, Asker};
pub use super::Deps;
use super::{memory, status};
use crate::config::BotSettings;
use crate::diagnose::{build_pin, Msg, PinRequest, Place};
use crate::lang::{choose_locale, Locale, LocaleInputs};
use crate::render::{t, text::where_label, tr};
use crate::store::{ThreadKey, ThreadStore};
use crate::versions::{GivenVersion, Version, KNOWN_RELEASES};
use crate::{diagnose_with_memory, Options, Report};
use serde_json::{json, Map, Value};
use std::sync::Arc;

/// The answer to one interaction.
#[derive(Debug, Clone, PartialEq)]
pub struct InteractionOutcome {
    /// Body of the interaction callback (POST /interactions/{id}/{token}/callback, or the HTTP
    /// response body): `{"type": …, "data": …}`.
    pub response: Value,
    /// Follow-up webhook messages (POST /webhooks/{application_id}/{token}) for replies longer
    /// than one message.
    pub followups: Vec<Value>,
}

/// Interaction types (Discord).
const PING: u64 = 1;
const APPLICATION_COMMAND: u64 = 2;
const MESSAGE_COMPONENT: u64 = 3;
const AUTOCOMPLETE: u64 = 4;
const MODAL_SUBMIT: u64 = 5;

/// Callback types.
const PONG: u64 = 1;
const CHANNEL_MESSAGE: u64 = 4;
const AUTOCOMPLETE_RESULT: u64 = 8;
const MODAL: u64 = 9;

/// Command names that are not configurable.
pub(crate) const DIAGNOSE_COMMAND: &str = "diagnose";
pub(crate) const WATCH_COMMAND: &str = "clawmedic-watch";

/// Discord's longest string option and text input.
const PASTE_OPTION_MAX: u64 = 6000;
const MODAL_INPUT_MAX: u64 = 4000;

/// Permission bits.
const ADMINISTRATOR: u64 = 1 << 3;
const MANAGE_GUILD: u64 = 1 << 5;

/// Handle one interaction.
pub async fn handle_interaction(deps: &Deps, interaction: &Value) -> InteractionOutcome {
    let ix = Ix::new(interaction);
    match interaction.get("type").and_then(Value::as_u64) {
        Some(PING) => only(json!({ "type": PONG })),
        Some(APPLICATION_COMMAND) => command(deps, &ix).await,
        Some(MESSAGE_COMPONENT) => component(deps, &ix).await,
        Some(AUTOCOMPLETE) => autocomplete(deps, &ix).await,
        Some(MODAL_SUBMIT) => modal_submit(deps, &ix).await,
        other => {
            tracing::warn!(kind = ?other, "unknown interaction type");
            error(ix.error_locale(None), "error-internal")
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Reading the interaction

/// A read-only view of the interaction JSON.
struct Ix<'a> {
    v: &'a Value,
    data: &'a Value,
}

/// A snowflake sent as a string (Discord) or a number (some serializers).
pub(crate) fn snowflake(v: &Value) -> Option<u64> {
    match v {
        Value::String(s) => s.parse().ok(),
        Value::Number(n) => n.as_u64(),
        _ => None,
    }
}

impl<'a> Ix<'a> {
    fn new(v: &'a Value) -> Ix<'a> {
        Ix { v, data: v.get("data").unwrap_or(&Value::Null) }
    }
    fn channel_id(&self) -> Option<u64> {
        self.v
            .get("channel_id")
            .and_then(snowflake)
            .or_else(|| self.v.pointer("/channel/id").and_then(snowflake))
    }
    fn guild_id(&self) -> Option<u64> {
        self.v.get("guild_id").and_then(snowflake)
    }
    /// The invoking user's Discord locale.
    fn user_locale(&self) -> Option<&'a str> {
        self.v.get("locale").and_then(Value::as_str)
    }
    fn guild_locale(&self) -> Option<&'a str> {
        self.v.get("guild_locale").and_then(Value::as_str)
    }
    fn permissions(&self) -> u64 {
        self.v
            .pointer("/member/permissions")
            .and_then(|p| match p {
                Value::String(s) => s.parse().ok(),
                Value::Number(n) => n.as_u64(),
                _ => None,
            })
            .unwrap_or(0)
    }
    /// The invoking user (`member.user` in a server, `user` in a DM).
    fn user_id(&self) -> Option<u64> {
        self.v.pointer("/member/user/id").or_else(|| self.v.pointer("/user/id")).and_then(snowflake)
    }
    fn in_thread(&self) -> bool {
        self.v
            .pointer("/channel/type")
            .and_then(Value::as_u64)
            .is_some_and(|t| THREAD_TYPES.contains(&t))
    }
    /// This conversation's memory: the thread's, or the invoking user's in this channel.
    fn key(&self) -> Option<ThreadKey> {
        self.key_of(self.user_id())
    }
    /// The memory of `user`'s conversation in this channel (a thread is shared).
    fn key_of(&self, user: Option<u64>) -> Option<ThreadKey> {
        conversation::key_for(self.channel_id()?, self.in_thread(), user)
    }
    /// Locale for errors and confirmations shown to the invoking user.
    fn error_locale(&self, explicit: Option<&str>) -> Locale {
        choose_locale(&LocaleInputs {
            explicit,
            prose: None,
            discord_user: self.user_locale(),
            thread: None,
        })
    }
    /// The top-level options, or the options of the chosen subcommand.
    fn options(&self) -> (Option<&'a str>, &'a [Value]) {
        let top =
            self.data.get("options").and_then(Value::as_array).map(Vec::as_slice).unwrap_or(&[]);
        if let Some(sub) =
            top.iter().find(|o| matches!(o.get("type").and_then(Value::as_u64), Some(1 | 2)))
        {
            let name = sub.get("name").and_then(Value::as_str);
            let opts =
                sub.get("options").and_then(Value::as_array).map(Vec::as_slice).unwrap_or(&[]);
            // A subcommand group holds one more level.
            if let Some(inner) =
                opts.iter().find(|o| o.get("type").and_then(Value::as_u64) == Some(1))
            {
                let n = inner.get("name").and_then(Value::as_str);
                return (
                    n,
                    inner
                        .get("options")
                        .and_then(Value::as_array)
                        .map(Vec::as_slice)
                        .unwrap_or(&[]),
                );
            }
            return (name, opts);
        }
        (None, top)
    }
    fn opt_str(&self, name: &str) -> Option<&'a str> {
        let (_, opts) = self.options();
        opts.iter()
            .find(|o| o.get("name").and_then(Value::as_str) == Some(name))
            .and_then(|o| o.get("value"))
            .and_then(Value::as_str)
            .map(str::trim)
            .filter(|s| !s.is_empty())
    }
    fn opt_raw(&self, name: &str) -> Option<&'a Value> {
        let (_, opts) = self.options();
        opts.iter()
            .find(|o| o.get("name").and_then(Value::as_str) == Some(name))
            .and_then(|o| o.get("value"))
    }
    fn focused(&self) -> Option<(&'a str, &'a str)> {
        let (_, opts) = self.options();
        opts.iter().find(|o| o.get("focused").and_then(Value::as_bool) == Some(true)).map(|o| {
            (
                o.get("name").and_then(Value::as_str).unwrap_or(""),
                o.get("value").and_then(Value::as_str).unwrap_or(""),
            )
        })
    }
    fn resolved_attachment(&self, id: &Value) -> Option<&'a Value> {
        let id = snowflake(id)?.to_string();
        self.data.pointer("/resolved/attachments").and_then(|a| a.get(&id))
    }
}

// ---------------------------------------------------------------------------------------------
// Outcomes

fn only(response: Value) -> InteractionOutcome {
    InteractionOutcome { response, followups: Vec::new() }
}

/// The first message as the callback, the rest as follow-ups.
fn reply(mut msgs: Vec<Value>) -> InteractionOutcome {
    if msgs.is_empty() {
        msgs.push(json!({ "content": "…", "allowed_mentions": no_mentions() }));
    }
    let first = msgs.remove(0);
    InteractionOutcome {
        response: json!({ "type": CHANNEL_MESSAGE, "data": first }),
        followups: msgs,
    }
}

/// An ephemeral message to the invoking user.
fn ephemeral_text(text: &str) -> InteractionOutcome {
    reply(text_messages(text, &Delivery { ephemeral: true, components: None }))
}

fn error(locale: Locale, id: &'static str) -> InteractionOutcome {
    ephemeral_text(&t(locale, id))
}

fn error_msg(locale: Locale, msg: &Msg) -> InteractionOutcome {
    ephemeral_text(&tr(locale, msg))
}

// ---------------------------------------------------------------------------------------------
// Commands

async fn command(deps: &Deps, ix: &Ix<'_>) -> InteractionOutcome {
    let name = ix.data.get("name").and_then(Value::as_str).unwrap_or("");
    match ix.data.get("type").and_then(Value::as_u64).unwrap_or(1) {
        3 => return context_menu(deps, ix).await,
        1 => {}
        _ => return error(ix.error_locale(None), "error-internal"),
    }
    if name == DIAGNOSE_COMMAND {
        diagnose_command(deps, ix).await
    } else if name == deps.settings.command_name {
        match ix.options().0 {
            Some("status") => status_command(deps, ix).await,
            Some("pin") => pin_command(deps, ix).await,
            _ => error(ix.error_locale(None), "error-internal"),
        }
    } else if name == WATCH_COMMAND {
        watch_command(deps, ix).await
    } else {
        tracing::warn!(command = name, "unknown command");
        error(ix.error_locale(None), "error-internal")
    }
}

/// Validated common options: explicit language and version (as given: what names no release
/// is unknown and the reply says so, never an error).
struct Common<'a> {
    lang: Option<&'a str>,
    version: Option<GivenVersion>,
}

fn common<'a>(ix: &Ix<'a>) -> Result<Common<'a>, InteractionOutcome> {
    let lang = ix.opt_str("language").filter(|l| dlocales::parse(l).is_some());
    let version = ix.opt_str("version").and_then(GivenVersion::read);
    Ok(Common { lang, version })
}

/// Which reply a paste gets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Diagnose,
    Status,
}

impl Kind {
    fn code(self) -> &'static str {
        match self {
            Kind::Diagnose => "d",
            Kind::Status => "s",
        }
    }
}

/// The paste modal; its custom id carries the options given with the command (the version
/// last, as given, so a `:` in it cannot shift the other parts).
fn modal(
    locale: Locale,
    kind: Kind,
    lang: Option<&str>,
    version: Option<&GivenVersion>,
) -> InteractionOutcome {
    let version = match version {
        Some(GivenVersion::Release(v)) => v.to_string(),
        Some(GivenVersion::Unknown(s)) => s.clone(),
        None => String::new(),
    };
    let custom_id = format!("cm:modal:{}:{}:{}", kind.code(), lang.unwrap_or(""), version);
    only(json!({
        "type": MODAL,
        "data": {
            "custom_id": custom_id,
            "title": clip(&t(locale, "modal-title"), 45),
            "components": [{ "type": 1, "components": [{
                "type": 4, "custom_id": "paste", "style": 2,
                "label": clip(&t(locale, "modal-field-label"), 45),
                "min_length": 1, "max_length": MODAL_INPUT_MAX, "required": true
            }]}]
        }
    }))
}

/// Read an attachment option into text, or the ephemeral error to send.
async fn read_attachment(
    deps: &Deps,
    locale: Locale,
    att: &Value,
) -> Result<String, InteractionOutcome> {
    let filename = att.get("filename").and_then(Value::as_str).unwrap_or("attachment");
    let shown = plain(&clip(filename, 80));
    let content_type = att.get("content_type").and_then(Value::as_str);
    if !acceptable(filename, content_type) {
        return Err(error(locale, "error-attachment-type"));
    }
    let limit = deps.settings.max_attachment_bytes;
    let too_large = || {
        error_msg(
            locale,
            &Msg::new("error-too-large").arg("path", shown.clone()).arg("limit", limit.to_string()),
        )
    };
    if att.get("size").and_then(Value::as_u64).is_some_and(|s| s > limit as u64) {
        return Err(too_large());
    }
    let Some(url) = att.get("url").and_then(Value::as_str) else {
        return Err(error_msg(locale, &Msg::new("error-download").arg("path", shown)));
    };
    match tokio::time::timeout(deps.settings.fetch_timeout, deps.fetcher.fetch(url, limit)).await {
        Ok(Ok(bytes)) => decode_text(bytes)
            .ok_or_else(|| error_msg(locale, &Msg::new("error-binary").arg("path", shown.clone()))),
        Ok(Err(FetchError::TooLarge)) => Err(too_large()),
        Ok(Err(e)) => {
            tracing::warn!(error = %e, "attachment download failed");
            Err(error_msg(locale, &Msg::new("error-download").arg("path", shown)))
        }
        Err(_) => {
            tracing::warn!("attachment download timed out");
            Err(error_msg(locale, &Msg::new("error-download").arg("path", shown)))
        }
    }
}

async fn diagnose_command(deps: &Deps, ix: &Ix<'_>) -> InteractionOutcome {
    let c = match common(ix) {
        Ok(c) => c,
        Err(e) => return e,
    };
    let err_locale = ix.error_locale(c.lang);
    let mut paste = ix.opt_str("paste").map(str::to_string);
    if let Some(att) = ix.opt_raw("file").and_then(|id| ix.resolved_attachment(id)) {
        match read_attachment(deps, err_locale, att).await {
            Ok(text) => {
                paste = Some(match paste {
                    Some(p) => format!("{p}\n{text}"),
                    None => text,
                })
            }
            Err(e) => return e,
        }
    }
    let Some(paste) = paste.filter(|p| !p.trim().is_empty()) else {
        return modal(err_locale, Kind::Diagnose, c.lang, c.version.as_ref());
    };
    let asker =
        Asker::Invoker { lang: c.lang, version: c.version.as_ref(), locale: ix.user_locale() };
    let (report, _, show_in) = run_tagged(deps, ix.key(), &paste, &asker).await;
    tagged(diagnosis_messages(&report), show_in)
}

/// A diagnosis reply whose "Show in …" menu re-renders exactly this reply later.
fn tagged(mut msgs: Vec<Value>, show_in: Option<String>) -> InteractionOutcome {
    if let Some(id) = show_in {
        conversation::tag_show_in(&mut msgs, &id);
    }
    reply(msgs)
}

async fn status_command(deps: &Deps, ix: &Ix<'_>) -> InteractionOutcome {
    let c = match common(ix) {
        Ok(c) => c,
        Err(e) => return e,
    };
    let Some(paste) = ix.opt_str("paste") else {
        return modal(ix.error_locale(c.lang), Kind::Status, c.lang, c.version.as_ref());
    };
    let asker =
        Asker::Invoker { lang: c.lang, version: c.version.as_ref(), locale: ix.user_locale() };
    status_reply(deps, ix, paste, &asker).await
}

async fn status_reply(
    deps: &Deps,
    ix: &Ix<'_>,
    paste: &str,
    asker: &Asker<'_>,
) -> InteractionOutcome {
    let (report, new, show_in) = run_tagged(deps, ix.key(), paste, asker).await;
    tagged(status_messages(&report, &new), show_in)
}

/// The `/model status` reply: the explanation, then the diagnosis.
fn status_messages(report: &Report, new_facts: &[crate::parse::Located]) -> Vec<Value> {
    let l = report.locale;
    let diag = diagnosis_reply(report);
    let mut description = match status::explain(l, new_facts) {
        Some(lines) => lines,
        None => vec![t(l, "status-not-recognized")],
    };
    description.push(String::new());
    if !report.diagnosis.findings.is_empty() {
        description.push(format!("**{}**", diag.title));
    }
    description.extend(diag.description);
    let r = isolate_reply(l, Reply { title: t(l, "status-title"), description, ..diag });
    messages(&r, &Delivery { ephemeral: false, components: Some(feedback_components(l)) })
}

async fn pin_command(deps: &Deps, ix: &Ix<'_>) -> InteractionOutcome {
    let c = match common(ix) {
        Ok(c) => c,
        Err(e) => return e,
    };
    let Some(profile) = ix.opt_str("profile") else {
        return error(ix.error_locale(c.lang), "error-no-input");
    };
    let mem = match ix.key() {
        Some(k) => memory::load(deps.store.as_ref(), &k, deps.settings.store_timeout).await,
        None => None,
    };
    let locale = choose_locale(&LocaleInputs {
        explicit: c.lang,
        prose: None,
        discord_user: ix.user_locale(),
        thread: mem.as_ref().and_then(|m| m.locale.as_deref()).and_then(dlocales::parse),
    });
    if !profile.contains(':') || profile.contains(char::is_whitespace) || profile.len() > 200 {
        return error_msg(
            locale,
            &Msg::new("error-bad-profile").arg("profile", code_span(&clip(profile, 100))),
        );
    }
    let facts = mem.as_ref().map(|m| m.facts.as_slice()).unwrap_or(&[]);
    let (version, version_from_option) = match c.version.as_ref().and_then(GivenVersion::release) {
        Some(v) => (Some(v), true),
        None => (remembered_version(mem.as_ref()), false),
    };
    let model = ix
        .opt_str("model")
        .map(str::to_string)
        .or_else(|| memory::model_for_profile(facts, profile));
    let stored = memory::stored_provider(facts, profile);
    let pin = build_pin(&PinRequest {
        version,
        model_ref: model.as_deref(),
        profile_id: profile,
        stored_provider: stored.as_deref(),
    });
    let mut r = pin_reply(locale, version, version_from_option, &pin);
    if let Some(given) = c.version.as_ref().and_then(GivenVersion::unknown) {
        // As in a diagnosis: a version that names no release is unknown, and the reply says so.
        r.description.insert(
            1,
            tr_safe(locale, &Msg::new("note-version-not-a-release").arg("given", given)),
        );
    }
    reply(messages(&r, &Delivery::default()))
}

/// The version a thread remembers (given earlier or read from an earlier paste).
fn remembered_version(mem: Option<&crate::store::ThreadMemory>) -> Option<Version> {
    let m = mem?;
    m.version.as_deref().and_then(Version::parse).or_else(|| {
        let parsed = crate::parse::Parsed { facts: m.facts.clone(), prose: String::new() };
        crate::diagnose::Context::new(&[parsed], None).version
    })
}

/// The pin reply: why the prefix is what it is, then the steps.
fn pin_reply(
    l: Locale,
    version: Option<Version>,
    from_option: bool,
    pin: &crate::diagnose::Pin,
) -> Reply {
    let provider = pin
        .command
        .strip_prefix("/model ")
        .and_then(|r| r.split('/').next())
        .unwrap_or("")
        .to_string();
    let mut description = vec![match (version, from_option) {
        (Some(v), true) => tr(l, &Msg::new("reply-version-flag").arg("version", v.to_string())),
        (Some(v), false) => tr(l, &Msg::new("reply-version-seen").arg("version", v.to_string())),
        (None, _) => t(l, "reply-version-unknown"),
    }];
    description.push(String::new());
    let explain = tr_safe(
        l,
        &Msg::new("pin-explain")
            .arg("profile", pin.profile_id.clone())
            .arg("provider", provider.clone()),
    );
    // "must start with `openai-codex`/" reads better as "`openai-codex/`".
    description.push(
        explain.replace(&format!("{}/", code_span(&provider)), &code_span(&format!("{provider}/"))),
    );
    if pin.needs_doctor {
        description.push(tr_safe(
            l,
            &Msg::new("pin-explain-renamed").arg("profile", pin.profile_id.clone()),
        ));
    }
    if pin.model_placeholder {
        description.push(tr_safe(l, &Msg::new("pin-model-placeholder").arg("provider", provider)));
    }
    let mut sections = Vec::new();
    let mut n = 0;
    if pin.needs_doctor {
        n += 1;
        sections.push(Section {
            name: format!(
                "{} · {}",
                t(l, "reply-steps"),
                where_label(l, Place::Cli, "openclaw doctor --fix")
            ),
            blocks: vec![format!(
                "**{n}.** {}\n{}",
                t(l, "step-doctor-fix"),
                super::escape::code_block("sh", &["openclaw doctor --fix"])
            )],
        });
    }
    n += 1;
    sections.push(Section {
        name: format!("{} · {}", t(l, "reply-steps"), where_label(l, Place::Chat, &pin.command)),
        blocks: vec![format!(
            "**{n}.** {}\n{}",
            tr_safe(l, &Msg::new("step-pin").arg("profile", pin.profile_id.clone())),
            super::escape::code_block("", &[&pin.command])
        )],
    });
    isolate_reply(
        l,
        Reply {
            title: t(l, "pin-title"),
            description,
            sections,
            footer: Some(format!("clawmedic · pin · {}", l.id())),
            color: 0x5D_AD_E2,
        },
    )
}

async fn context_menu(deps: &Deps, ix: &Ix<'_>) -> InteractionOutcome {
    let target = ix.data.get("target_id").and_then(snowflake).map(|id| id.to_string());
    let msg = target.and_then(|id| ix.data.pointer("/resolved/messages").and_then(|m| m.get(&id)));
    let guild_locale = ix.guild_locale();
    // Errors go to the helper who invoked it, in their own locale.
    let helper_locale = ix.error_locale(None);
    let Some(msg) = msg else {
        return error(helper_locale, "error-no-input");
    };
    let mut paste = msg.get("content").and_then(Value::as_str).unwrap_or("").to_string();
    if let Some(att) = msg.get("attachments").and_then(Value::as_array).and_then(|a| {
        a.iter().find(|a| {
            acceptable(
                a.get("filename").and_then(Value::as_str).unwrap_or(""),
                a.get("content_type").and_then(Value::as_str),
            )
        })
    }) {
        match read_attachment(deps, helper_locale, att).await {
            Ok(text) => {
                paste.push('\n');
                paste.push_str(&text);
            }
            Err(e) if paste.trim().is_empty() => return e,
            Err(_) => {}
        }
    }
    if paste.trim().is_empty() {
        return error(helper_locale, "error-no-input");
    }
    // Someone else's message: it belongs to its author's conversation, not the helper's.
    let author = msg.pointer("/author/id").and_then(snowflake);
    let (report, _, show_in) =
        run_tagged(deps, ix.key_of(author), &paste, &Asker::Author { guild_locale }).await;
    tagged(diagnosis_messages(&report), show_in)
}

async fn watch_command(deps: &Deps, ix: &Ix<'_>) -> InteractionOutcome {
    let l = ix.error_locale(None);
    if !deps.settings.watch_enabled {
        return error(l, "watch-unavailable");
    }
    let Some(guild_id) = ix.guild_id() else {
        return error(l, "error-guild-only");
    };
    if ix.permissions() & (MANAGE_GUILD | ADMINISTRATOR) == 0 {
        return error(l, "error-permission");
    }
    // In a thread (a forum post), watch its parent channel or forum.
    let in_thread =
        ix.v.pointer("/channel/type")
            .and_then(Value::as_u64)
            .is_some_and(|t| THREAD_TYPES.contains(&t));
    let channel =
        if in_thread { ix.v.pointer("/channel/parent_id").and_then(snowflake) } else { None }
            .or(ix.channel_id());
    let Some(channel) = channel else {
        return error(l, "error-guild-only");
    };
    let on =
        ix.opt_raw("mode").is_some_and(|m| m.as_str() == Some("on") || m.as_bool() == Some(true));
    match tokio::time::timeout(
        deps.settings.store_timeout,
        deps.store.set_watch(guild_id, channel, on),
    )
    .await
    {
        Ok(Ok(())) => {}
        Ok(Err(e)) => {
            tracing::warn!(error = %e, "could not save the watch setting");
            return error(l, "error-store");
        }
        Err(_) => {
            tracing::warn!("saving the watch setting timed out");
            return error(l, "error-store");
        }
    }
    let mention = format!("<#{channel}>");
    let text = if on {
        tr(
            l,
            &Msg::new("watch-on")
                .arg("channel", mention)
                .arg("seconds", deps.settings.watch_cooldown.as_secs().to_string()),
        )
    } else {
        tr(l, &Msg::new("watch-off").arg("channel", mention))
    };
    ephemeral_text(&text)
}

// ---------------------------------------------------------------------------------------------
// Components and modals

async fn component(deps: &Deps, ix: &Ix<'_>) -> InteractionOutcome {
    let custom_id = ix.data.get("custom_id").and_then(Value::as_str).unwrap_or("");
    let (base, arg) = match custom_id.rsplit_once(':') {
        Some((b, a)) if b.starts_with("cm:") => (b, a),
        _ => (custom_id, ""),
    };
    let reply_locale = dlocales::parse(arg).unwrap_or_else(|| ix.error_locale(None));
    if custom_id == ID_SHOW_IN
        || custom_id.strip_prefix(ID_SHOW_IN).is_some_and(|r| r.starts_with(':'))
    {
        let read = ix.channel_id().and_then(|ch| conversation::parse_show_in(custom_id, ch));
        return show_in(deps, ix, read).await;
    }
    match base {
        ID_WORKED => error(reply_locale, "reply-thanks"),
        ID_FAILING => {
            let button = json!([{ "type": 1, "components": [{
                "type": 2, "style": 1, "label": clip(&t(reply_locale, "modal-title"), 80),
                "custom_id": format!("{ID_PASTE}:{}", reply_locale.id())
            }]}]);
            reply(text_messages(
                &t(reply_locale, "reply-still-failing"),
                &Delivery { ephemeral: true, components: Some(button) },
            ))
        }
        ID_PASTE => modal(reply_locale, Kind::Diagnose, None, None),
        _ => {
            tracing::warn!(custom_id, "unknown component");
            error(ix.error_locale(None), "error-internal")
        }
    }
}

/// "Show in …": the reply the menu sits under again, in the chosen language, for the helper
/// only: the messages of its conversation that reply had read (an old untagged menu has none).
async fn show_in(deps: &Deps, ix: &Ix<'_>, read: Option<(ThreadKey, usize)>) -> InteractionOutcome {
    let chosen = ix
        .data
        .get("values")
        .and_then(Value::as_array)
        .and_then(|v| v.first())
        .and_then(Value::as_str)
        .and_then(dlocales::parse)
        .unwrap_or_else(|| ix.error_locale(None));
    let (mem, read_count) = match read {
        Some((key, n)) => {
            (memory::load(deps.store.as_ref(), &key, deps.settings.store_timeout).await, n)
        }
        None => (None, 0),
    };
    let Some(mut mem) = mem else {
        return error(chosen, "error-no-memory");
    };
    // Only what the reply under the menu had read, not what was pasted after it.
    mem.facts = conversation::facts_up_to(&mem.facts, read_count);
    if mem.facts.is_empty() {
        return error(chosen, "error-no-memory");
    }
    let version = if memory::has_version_fact(&mem.facts) {
        None
    } else {
        mem.version.as_deref().and_then(Version::parse)
    };
    let report = diagnose_with_memory(
        &mem.facts,
        &[],
        &Options { lang: Some(chosen.id()), openclaw_version: version, ..Default::default() },
    );
    reply(messages(&diagnosis_reply(&report), &Delivery { ephemeral: true, components: None }))
}

async fn modal_submit(deps: &Deps, ix: &Ix<'_>) -> InteractionOutcome {
    let custom_id = ix.data.get("custom_id").and_then(Value::as_str).unwrap_or("");
    let parts: Vec<&str> = custom_id.splitn(5, ':').collect();
    let (kind, lang, version) = match parts.as_slice() {
        ["cm", "modal", k, l, v] => (
            if *k == "s" { Kind::Status } else { Kind::Diagnose },
            Some(*l).filter(|l| !l.is_empty() && dlocales::parse(l).is_some()),
            GivenVersion::read(v),
        ),
        _ => {
            tracing::warn!(custom_id, "unknown modal");
            return error(ix.error_locale(None), "error-internal");
        }
    };
    let paste = ix
        .data
        .get("components")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .flat_map(|row| {
            row.get("components").and_then(Value::as_array).cloned().unwrap_or_default()
        })
        .find(|c| c.get("custom_id").and_then(Value::as_str) == Some("paste"))
        .and_then(|c| c.get("value").and_then(Value::as_str).map(str::to_string))
        .unwrap_or_default();
    if paste.trim().is_empty() {
        return error(ix.error_locale(lang), "error-no-input");
    }
    let asker = Asker::Invoker { lang, version: version.as_ref(), locale: ix.user_locale() };
    match kind {
        Kind::Diagnose => {
            let (report, _, show_in) = run_tagged(deps, ix.key(), &paste, &asker).await;
            tagged(diagnosis_messages(&report), show_in)
        }
        Kind::Status => status_reply(deps, ix, &paste, &asker).await,
    }
}

// ---------------------------------------------------------------------------------------------
// Autocomplete

async fn autocomplete(deps: &Deps, ix: &Ix<'_>) -> InteractionOutcome {
    let (name, typed) = ix.focused().unwrap_or(("", ""));
    let typed_l = typed.trim().to_lowercase();
    let matches = |s: &str| typed_l.is_empty() || s.to_lowercase().contains(&typed_l);
    let values: Vec<String> = match name {
        "version" => {
            KNOWN_RELEASES.iter().rev().filter(|v| matches(v)).map(|v| v.to_string()).collect()
        }
        "profile" | "model" => {
            let mem = match ix.key() {
                Some(k) => memory::load(deps.store.as_ref(), &k, deps.settings.store_timeout).await,
                None => None,
            };
            let facts = mem.as_ref().map(|m| m.facts.as_slice()).unwrap_or(&[]);
            if name == "profile" {
                memory::profiles(facts).into_iter().filter(|p| matches(p)).collect()
            } else {
                let mut models: Vec<String> =
                    memory::models(facts).into_iter().filter(|m| matches(m)).collect();
                // Models of the chosen profile's provider first.
                if let Some(provider) = ix.opt_str("profile").and_then(|p| p.split(':').next()) {
                    models.sort_by_key(|m| !m.starts_with(&format!("{provider}/")));
                }
                models
            }
        }
        _ => Vec::new(),
    };
    let choices: Vec<Value> = values
        .into_iter()
        .filter(|v| v.chars().count() <= 100)
        .take(25)
        .map(|v| json!({ "name": v, "value": v }))
        .collect();
    only(json!({ "type": AUTOCOMPLETE_RESULT, "data": { "choices": choices } }))
}

// ---------------------------------------------------------------------------------------------
// Command definitions

/// Discord's description limit.
const DESCRIPTION_MAX: usize = 100;

fn localized(id: &'static str, limit: usize) -> (String, Value) {
    let mut map = Map::new();
    for (code, locale) in DISCORD_LOCALES {
        map.insert(code.to_string(), json!(clip(&t(locale, id), limit)));
    }
    (clip(&t(Locale::En, id), limit), Value::Object(map))
}

fn option(kind: u64, name: &str, desc_id: &'static str) -> Value {
    let (description, localizations) = localized(desc_id, DESCRIPTION_MAX);
    json!({ "type": kind, "name": name, "description": description, "description_localizations": localizations, "required": false })
}

fn language_option() -> Value {
    let mut o = option(3, "language", "opt-language-description");
    o["choices"] = Value::Array(
        Locale::ALL.iter().map(|l| json!({ "name": endonym(*l), "value": l.id() })).collect(),
    );
    o
}

fn version_option() -> Value {
    let mut o = option(3, "version", "opt-version-description");
    o["autocomplete"] = json!(true);
    o["max_length"] = json!(40);
    o
}

fn paste_option(max: u64) -> Value {
    let mut o = option(3, "paste", "opt-paste-description");
    o["max_length"] = json!(max);
    o
}

/// The application commands (bulk-overwrite body), with descriptions in every Discord locale.
pub fn command_definitions(settings: &BotSettings) -> Value {
    let (diag_desc, diag_loc) = localized("cmd-diagnose-description", DESCRIPTION_MAX);
    let (model_desc, model_loc) = localized("cmd-model-description", DESCRIPTION_MAX);
    let (status_desc, status_loc) = localized("cmd-model-status-description", DESCRIPTION_MAX);
    let (pin_desc, pin_loc) = localized("cmd-model-pin-description", DESCRIPTION_MAX);
    let (ctx_name, ctx_loc) = localized("ctx-diagnose-name", 32);
    let mut profile = option(3, "profile", "opt-profile-description");
    profile["required"] = json!(true);
    profile["autocomplete"] = json!(true);
    profile["max_length"] = json!(200);
    let mut model = option(3, "model", "opt-model-description");
    model["autocomplete"] = json!(true);
    model["max_length"] = json!(200);
    let mut commands = vec![
        json!({
            "type": 1, "name": DIAGNOSE_COMMAND, "description": diag_desc, "description_localizations": diag_loc,
            "options": [paste_option(PASTE_OPTION_MAX), option(11, "file", "opt-file-description"), version_option(), language_option()]
        }),
        json!({
            "type": 1, "name": settings.command_name, "description": model_desc, "description_localizations": model_loc,
            "options": [
                { "type": 1, "name": "status", "description": status_desc, "description_localizations": status_loc,
                  "options": [paste_option(PASTE_OPTION_MAX), version_option(), language_option()] },
                { "type": 1, "name": "pin", "description": pin_desc, "description_localizations": pin_loc,
                  "options": [profile, model, version_option(), language_option()] }
            ]
        }),
        json!({ "type": 3, "name": ctx_name, "name_localizations": ctx_loc }),
    ];
    if settings.watch_enabled {
        let (watch_desc, watch_loc) = localized("cmd-watch-description", DESCRIPTION_MAX);
        let mut mode = option(3, "mode", "opt-watch-mode-description");
        mode["required"] = json!(true);
        mode["choices"] =
            json!([{ "name": "on", "value": "on" }, { "name": "off", "value": "off" }]);
        commands.push(json!({
            "type": 1, "name": WATCH_COMMAND, "description": watch_desc, "description_localizations": watch_loc,
            "default_member_permissions": MANAGE_GUILD.to_string(), "contexts": [0], "options": [mode]
        }));
    }
    Value::Array(commands)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::testing::FailingStore;

    fn deps() -> Deps {
        Deps::new(
            Arc::new(FailingStore::new()),
            BotSettings { watch_enabled: true, ..BotSettings::default() },
        )
        .unwrap()
    }

    #[tokio::test]
    async fn ping_is_answered_with_pong() {
        let out = handle_interaction(&deps(), &json!({ "type": 1, "id": "1", "token": "t" })).await;
        assert_eq!(out, InteractionOutcome { response: json!({ "type": 1 }), followups: vec![] });
    }

    #[tokio::test]
    async fn unknown_things_get_a_clear_ephemeral_error() {
        let out = handle_interaction(
            &deps(),
            &json!({ "type": 3, "locale": "de", "channel_id": "5", "data": { "custom_id": "other:thing" } }),
        )
        .await;
        assert_eq!(out.response["data"]["flags"], 64);
        assert_eq!(out.response["data"]["content"], json!(t(Locale::De, "error-internal")));
        assert_eq!(out.response["data"]["allowed_mentions"], json!({ "parse": [] }));
    }

    /// Discord rejects the whole registration when one name or description breaks its rules.
    #[test]
    fn command_definitions_follow_discords_rules() {
        let defs =
            command_definitions(&BotSettings { watch_enabled: true, ..BotSettings::default() });
        fn check(opts: &[Value]) {
            let mut optional_seen = false;
            for o in opts {
                let name = o["name"].as_str().unwrap();
                assert!(crate::config::valid_command_name(name), "{name}");
                let d = o["description"].as_str().unwrap();
                assert!((1..=100).contains(&d.chars().count()), "{d}");
                for (code, v) in o["description_localizations"].as_object().unwrap() {
                    assert!((1..=100).contains(&v.as_str().unwrap().chars().count()), "{code}");
                }
                let required = o["required"].as_bool().unwrap_or(false);
                assert!(!(required && optional_seen), "required options come first: {name}");
                optional_seen |= !required && o["type"] != 1;
                if let Some(sub) = o["options"].as_array() {
                    check(sub);
                }
                if let Some(c) = o["choices"].as_array() {
                    assert!(c.len() <= 25);
                }
            }
        }
        for c in defs.as_array().unwrap() {
            if c["type"] == 3 {
                for v in c["name_localizations"].as_object().unwrap().values() {
                    assert!((1..=32).contains(&v.as_str().unwrap().chars().count()));
                }
                continue;
            }
            check(std::slice::from_ref(c));
        }
        let locales = defs[0]["description_localizations"].as_object().unwrap();
        let codes: Vec<&str> = DISCORD_LOCALES.iter().map(|(c, _)| *c).collect();
        assert_eq!(
            locales.keys().map(String::as_str).collect::<std::collections::BTreeSet<_>>(),
            codes.into_iter().collect()
        );
    }
}
