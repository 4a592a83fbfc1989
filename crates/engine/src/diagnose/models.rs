//! Model choice (causes.md §3.4): `unknown_model`, `model_not_allowed`.

use super::command::{self, Cmd};
use super::steps::restart;
use super::{Cause, Context, Finding, Msg, Place};
use crate::parse::SignalKind::*;

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    unknown_model(ctx, out);
    not_allowed(ctx, out);
}

fn unknown_model(ctx: &Context, out: &mut Vec<Finding>) {
    for (loc, s) in ctx.signals(UnknownModel) {
        let legacy = ctx.facts_at(loc.loc).any(|f| {
            matches!(&f.fact, crate::parse::Fact::Signal(x) if matches!(x.kind, LegacyModelTail | NoLongerSupported))
        });
        if legacy {
            continue;
        }
        let r = s.model_ref.clone().unwrap_or_default();
        let (p, m) = r.split_once('/').unwrap_or((&r, ""));
        // A fallback segment's unknown model matters less than the primary's failure.
        let in_later_segment = ctx.failed_segments().any(|(l, i, seg)| {
            l.loc == loc.loc && i > 0 && seg.model_ref.as_deref() == Some(r.as_str())
        });
        let conf = if in_later_segment { 0.5 } else { 0.88 };
        let mut f = Finding::new(
            Cause::UnknownModel,
            conf,
            Msg::new("unknown_model-summary").arg("model", r.clone()),
        )
        .evidence(loc.loc, &loc.quote);
        if p == "ollama" && loc.quote.contains("models.providers") {
            f = f
                .step_note(
                    Place::Config,
                    command::ollama_models_json(m),
                    Msg::new("step-ollama-model-entry"),
                )
                .steps(vec![restart()]);
        } else {
            f = f
                .step_note(
                    Place::Cli,
                    Cmd::openclaw("models list --provider").provider(p),
                    Msg::new("step-list-models"),
                )
                .step_note(
                    Place::Cli,
                    Cmd::openclaw("models set").model_of(p, "<model-from-the-list>"),
                    Msg::new("step-set-listed-model"),
                );
            if in_later_segment {
                f = f.step(Place::Cli, Cmd::openclaw("models fallbacks remove").model_ref(&r));
            }
        }
        out.push(f);
        return;
    }
    if let Some((loc, _)) = ctx.first(ModelNotFound) {
        let r = ctx
            .failed_segments()
            .find(|(_, _, s)| s.reason.as_deref() == Some("model_not_found"))
            .and_then(|(_, _, s)| s.model_ref.clone())
            .unwrap_or_default();
        let p = r.split('/').next().unwrap_or("").to_string();
        out.push(
            Finding::new(
                Cause::UnknownModel,
                0.5,
                Msg::new("unknown_model-summary").arg("model", r.clone()),
            )
            .evidence(loc.loc, &loc.quote)
            .step_note(
                Place::Cli,
                Cmd::openclaw("models list --provider").provider(&p),
                Msg::new("step-list-models"),
            ),
        );
    }
}

fn not_allowed(ctx: &Context, out: &mut Vec<Finding>) {
    let Some((loc, s)) = ctx.first(NotAllowed) else { return };
    // OpenClaw's own `Add it with: …` line is the same command; it is rebuilt from the checked
    // ref rather than copied from the paste.
    let printed_ref = ctx.first(AddItWith).and_then(|(_, a)| {
        let x = a.extra.as_deref()?;
        let start = x.find("'{\"")? + 3;
        let end = start + x[start..].find("\":")?;
        Some(x[start..end].to_string())
    });
    let r = s.model_ref.clone().or(printed_ref).unwrap_or_default();
    let cmd = command::allowlist_json(&r);
    out.push(
        Finding::new(
            Cause::ModelNotAllowed,
            0.92,
            Msg::new("model_not_allowed-summary").arg("model", r.clone()),
        )
        .evidence(loc.loc, &loc.quote)
        .step_note(Place::Config, cmd, Msg::new("step-allow-model"))
        .steps(vec![restart()])
        .step(Place::Chat, Cmd::chat("/model").model_ref(&r)),
    );
}
