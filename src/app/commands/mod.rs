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

use crate::app::attachment;
use crate::app::conversation;
use crate::app::escape::plain;
use crate::app::interactions::{error, error_msg, reply, Diagnosed, InteractionOutcome, Ix, Opts};
use crate::app::layout::clip;
use crate::app::locales as dlocales;
use crate::app::Deps;
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

/// Read an attachment (a text file or a screenshot) into text, or the ephemeral error to send.
/// `ocr_locale` is the reply locale a screenshot's script pack is chosen by.
pub(crate) async fn read_attachment(
    deps: &Deps,
    locale: Locale,
    att: &Attachment,
    ocr_locale: Option<&str>,
) -> Result<String, InteractionOutcome> {
    attachment::read(deps, att, ocr_locale).await.map_err(|e| {
        let shown = plain(&clip(&att.filename, 80));
        match e {
            attachment::Unread::Type => error(locale, "error-attachment-type"),
            e => error_msg(locale, &e.message(&shown)),
        }
    })
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
