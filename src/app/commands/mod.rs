//! One handler per command, like rust-lang/triagebot: [`diagnose`], [`model`] (status and
//! pin), [`context_menu`], [`watch`], [`components`] (the buttons and menu under a reply),
//! [`modal`] (the paste modal and its custom-id protocol), [`autocomplete`], and the command
//! list Discord registers ([`definitions`]). Routing is in [`crate::app::interactions`].

pub mod autocomplete;
pub mod components;
pub mod context_menu;
pub mod definitions;
pub mod diagnose;
pub mod modal;
pub mod model;
pub mod watch;

use crate::app::conversation;
use crate::app::escape::plain;
use crate::app::fetch::{acceptable, decode_text, FetchError};
use crate::app::interactions::{error, error_msg, reply, Diagnosed, InteractionOutcome, Ix, Opts};
use crate::app::layout::clip;
use crate::app::locales as dlocales;
use crate::app::Deps;
use crate::diagnose::Msg;
use crate::lang::Locale;
use crate::versions::GivenVersion;
use crate::Report;
use serde_json::Value;
use serenity::all::{Attachment, CommandData, CommandType};

/// Command names that are not configurable.
pub const DIAGNOSE_COMMAND: &str = "diagnose";
pub const WATCH_COMMAND: &str = "clawmedic-watch";

/// Route an application command (slash command or context menu) to its handler.
pub(crate) async fn command(deps: &Deps, ix: &Ix<'_>, data: &CommandData) -> InteractionOutcome {
    match data.kind {
        CommandType::Message => return context_menu::context_menu(deps, ix, data).await,
        CommandType::ChatInput => {}
        _ => return error(ix.error_locale(None), "error-internal"),
    }
    let name = data.name.as_str();
    let opts = Opts::of(data);
    if name == DIAGNOSE_COMMAND {
        diagnose::diagnose_command(deps, ix, data, &opts).await
    } else if name == deps.settings.command_name {
        match opts.sub {
            Some("status") => model::status_command(deps, ix, &opts).await,
            Some("pin") => model::pin_command(deps, ix, &opts).await,
            _ => error(ix.error_locale(None), "error-internal"),
        }
    } else if name == WATCH_COMMAND {
        watch::watch_command(deps, ix, &opts).await
    } else {
        tracing::warn!(command = name, "unknown command");
        error(ix.error_locale(None), "error-internal")
    }
}

/// Validated common options: explicit language and version (as given: what names no release
/// is unknown and the reply says so, never an error).
pub(crate) struct Common<'a> {
    lang: Option<&'a str>,
    version: Option<GivenVersion>,
}

pub(crate) fn common<'a>(opts: &Opts<'a>) -> Common<'a> {
    let lang = opts.str("language").filter(|l| dlocales::parse(l).is_some());
    let version = opts.str("version").and_then(GivenVersion::read);
    Common { lang, version }
}

/// Read an attachment into text, or the ephemeral error to send.
pub(crate) async fn read_attachment(
    deps: &Deps,
    locale: Locale,
    att: &Attachment,
) -> Result<String, InteractionOutcome> {
    let filename = att.filename.as_str();
    let shown = plain(&clip(filename, 80));
    if !acceptable(filename, att.content_type.as_deref()) {
        return Err(error(locale, "error-attachment-type"));
    }
    let limit = deps.settings.max_attachment_bytes;
    let too_large = || {
        error_msg(
            locale,
            &Msg::new("error-too-large").arg("path", shown.clone()).arg("limit", limit.to_string()),
        )
    };
    if u64::from(att.size) > limit as u64 {
        return Err(too_large());
    }
    match tokio::time::timeout(deps.settings.fetch_timeout, deps.fetcher.fetch(&att.url, limit))
        .await
    {
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

/// A diagnosis reply whose "Show in …" menu re-renders exactly this reply later, carrying what
/// it diagnosed (for metrics).
pub(crate) fn tagged(
    report: &Report,
    mut msgs: Vec<Value>,
    show_in: Option<String>,
) -> InteractionOutcome {
    if let Some(id) = show_in {
        conversation::tag_show_in(&mut msgs, &id);
    }
    let mut out = reply(msgs);
    out.diagnosed = Some(Diagnosed::of(report));
    out
}
