//! `/<command_name> status` (a pasted `/model status` or `openclaw models status` explained,
//! then diagnosed) and `/<command_name> pin` (the `/model` command that pins a profile).

use super::modal::{modal, Kind};
use super::{common, tagged};
use crate::app::escape::code_span;
use crate::app::interactions::{error, error_msg, reply, InteractionOutcome, Ix, Opts};
use crate::app::layout::{
    clip, diagnosis_reply, feedback_components, isolate_reply, messages, tr_safe, Delivery, Reply,
};
use crate::app::locales as dlocales;
use crate::app::thread::{run_tagged, Asker};
use crate::app::{memory, status, Deps};
use crate::diagnose::{build_pin, Msg, PinRequest};
use crate::lang::{choose_locale, LocaleInputs};
use crate::render::pin::pin_reply;
use crate::render::t;
use crate::render::text::VersionKnown;
use crate::versions::{GivenVersion, Version};
use crate::Report;
use serde_json::Value;

pub(crate) async fn status_command(
    deps: &Deps,
    ix: &Ix<'_>,
    opts: &Opts<'_>,
) -> InteractionOutcome {
    let c = common(opts);
    let Some(paste) = opts.str("paste") else {
        return modal(ix.error_locale(c.lang), Kind::Status, c.lang, c.version.as_ref());
    };
    let asker =
        Asker::Invoker { lang: c.lang, version: c.version.as_ref(), locale: ix.user_locale() };
    status_reply(deps, ix, paste, &asker).await
}

pub(crate) async fn status_reply(
    deps: &Deps,
    ix: &Ix<'_>,
    paste: &str,
    asker: &Asker<'_>,
) -> InteractionOutcome {
    let (report, new, show_in) = run_tagged(deps, ix.key(), paste, asker).await;
    tagged(&report, status_messages(&report, &new), show_in)
}

/// The `/model status` reply: the explanation, then the diagnosis.
pub(crate) fn status_messages(report: &Report, new_facts: &[crate::parse::Located]) -> Vec<Value> {
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

pub(crate) async fn pin_command(deps: &Deps, ix: &Ix<'_>, opts: &Opts<'_>) -> InteractionOutcome {
    let c = common(opts);
    let Some(profile) = opts.str("profile") else {
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
    let known = match c.version.as_ref().and_then(GivenVersion::release) {
        Some(v) => VersionKnown { version: Some(v), given: true, floor: None },
        None => remembered_version(mem.as_ref()),
    };
    let version = known.version;
    let model =
        opts.str("model").map(str::to_string).or_else(|| memory::model_for_profile(facts, profile));
    let stored = memory::stored_provider(facts, profile);
    let pin = build_pin(&PinRequest {
        version,
        model_ref: model.as_deref(),
        profile_id: profile,
        stored_provider: stored.as_deref(),
    });
    let mut r = pin_reply(locale, &known, &pin);
    if let Some(given) = c.version.as_ref().and_then(GivenVersion::unknown) {
        // As in a diagnosis: a version that names no release is unknown, and the reply says so.
        r.description.insert(
            1,
            tr_safe(locale, &Msg::new("note-version-not-a-release").arg("given", given)),
        );
    }
    reply(messages(&r, &Delivery::default()))
}

/// What a conversation knows about the version: given earlier or read from an earlier paste,
/// else the floor its pastes' fingerprints imply.
fn remembered_version(mem: Option<&crate::store::ThreadMemory>) -> VersionKnown {
    let Some(m) = mem else { return VersionKnown::default() };
    let (read, floor) = crate::diagnose::pin::remembered_version(&m.facts);
    match m.version.as_deref().and_then(Version::parse).or(read) {
        Some(v) => VersionKnown { version: Some(v), given: false, floor: None },
        None => VersionKnown { version: None, given: false, floor },
    }
}
