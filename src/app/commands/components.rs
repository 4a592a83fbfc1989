//! The components under a reply: Worked, Still failing (with a button that opens the paste
//! modal) and "Show in …" (the same reply again in another language, for the helper only).

use super::modal::{modal, Kind};
use crate::app::conversation;
use crate::app::interactions::{error, reply, Diagnosed, InteractionOutcome, Ix};
use crate::app::layout::{
    clip, diagnosis_reply, messages, text_messages, Delivery, ID_FAILING, ID_PASTE, ID_SHOW_IN,
    ID_WORKED,
};
use crate::app::locales as dlocales;
use crate::app::{memory, Deps};
use crate::lang::Locale;
use crate::render::discord::wire::{ButtonStyle, ComponentType};
use crate::render::t;
use crate::store::ThreadKey;
use crate::versions::Version;
use crate::Options;
use serde_json::json;
use serenity::all::{ComponentInteractionData, ComponentInteractionDataKind};

pub(crate) async fn component(
    deps: &Deps,
    ix: &Ix<'_>,
    data: &ComponentInteractionData,
) -> InteractionOutcome {
    let custom_id = data.custom_id.as_str();
    let (base, arg) = match custom_id.rsplit_once(':') {
        Some((b, a)) if b.starts_with("cm:") => (b, a),
        _ => (custom_id, ""),
    };
    let reply_locale = dlocales::parse(arg).unwrap_or_else(|| ix.error_locale(None));
    if custom_id == ID_SHOW_IN
        || custom_id.strip_prefix(ID_SHOW_IN).is_some_and(|r| r.starts_with(':'))
    {
        let read = ix.channel_id().and_then(|ch| conversation::parse_show_in(custom_id, ch));
        let chosen = match &data.kind {
            ComponentInteractionDataKind::StringSelect { values } => {
                values.first().and_then(|v| dlocales::parse(v))
            }
            _ => None,
        };
        return show_in(deps, chosen.unwrap_or_else(|| ix.error_locale(None)), read).await;
    }
    match base {
        ID_WORKED => error(reply_locale, "reply-thanks"),
        ID_FAILING => {
            let button = json!([{ "type": ComponentType::ActionRow, "components": [{
                "type": ComponentType::Button, "style": ButtonStyle::Primary,
                "label": clip(&t(reply_locale, "modal-title"), 80),
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
async fn show_in(
    deps: &Deps,
    chosen: Locale,
    read: Option<(ThreadKey, usize)>,
) -> InteractionOutcome {
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
    let opts = Options { lang: Some(chosen.id()), openclaw_version: version, ..Default::default() };
    let (report, _) =
        crate::app::engine::diagnose_with_memory(std::mem::take(&mut mem.facts), Vec::new(), &opts)
            .await;
    let mut out =
        reply(messages(&diagnosis_reply(&report), &Delivery { ephemeral: true, components: None }));
    out.diagnosed = Some(Diagnosed::of(&report));
    out
}
