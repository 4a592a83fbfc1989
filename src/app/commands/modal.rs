//! The paste modal and its custom-id protocol: `cm:modal:<kind>:<lang>:<version>` carries the
//! options given with the command to the submission (the version last, as given, so a `:` in
//! it cannot shift the other parts).

use super::model::status_reply;
use super::tagged;
use crate::app::interactions::{error, only, Callback, InteractionOutcome, Ix};
use crate::app::layout::{clip, diagnosis_messages};
use crate::app::locales as dlocales;
use crate::app::thread::{run_tagged, Asker};
use crate::app::Deps;
use crate::lang::Locale;
use crate::render::discord::wire::{ComponentType, TextInputStyle};
use crate::render::t;
use crate::versions::GivenVersion;
use serde_json::json;
use serenity::all::{ActionRowComponent, ModalInteractionData};

/// Discord's longest text input.
const MODAL_INPUT_MAX: u64 = 4000;

/// The custom id of the modal's one text input.
const PASTE_INPUT: &str = "paste";

/// Which reply a paste gets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
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
pub(crate) fn modal(
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
    only(Callback::Modal(json!({
        "custom_id": custom_id,
        "title": clip(&t(locale, "modal-title"), 45),
        "components": [{ "type": ComponentType::ActionRow, "components": [{
            "type": ComponentType::TextInput, "custom_id": PASTE_INPUT,
            "style": TextInputStyle::Paragraph,
            "label": clip(&t(locale, "modal-field-label"), 45),
            "min_length": 1, "max_length": MODAL_INPUT_MAX, "required": true
        }]}]
    })))
}

pub(crate) async fn modal_submit(
    deps: &Deps,
    ix: &Ix<'_>,
    data: &ModalInteractionData,
) -> InteractionOutcome {
    let custom_id = data.custom_id.as_str();
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
    let paste = data
        .components
        .iter()
        .flat_map(|row| &row.components)
        .find_map(|c| match c {
            ActionRowComponent::InputText(input) if input.custom_id == PASTE_INPUT => {
                input.value.clone()
            }
            _ => None,
        })
        .unwrap_or_default();
    if paste.trim().is_empty() {
        return error(ix.error_locale(lang), "error-no-input");
    }
    let asker = Asker::Invoker { lang, version: version.as_ref(), locale: ix.user_locale() };
    match kind {
        Kind::Diagnose => {
            let (report, _, show_in) = run_tagged(deps, ix.key(), &paste, &asker).await;
            tagged(&report, diagnosis_messages(&report), show_in)
        }
        Kind::Status => status_reply(deps, ix, &paste, &asker).await,
    }
}
