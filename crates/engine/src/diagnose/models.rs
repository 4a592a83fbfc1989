//! Model choice (causes.md §3.4): `unknown_model`, `model_not_allowed`.

use super::steps::restart;
use super::{Cause, Context, Finding, Msg, Place};
use crate::parse::SignalKind::*;

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    unknown_model(ctx, out);
    not_allowed(ctx, out);
}

fn unknown_model(ctx: &Context, out: &mut Vec<Finding>) {
    for (loc, s) in ctx.signals(UnknownModel) {
        let legacy = ctx.facts.iter().any(|f| {
            f.loc == loc.loc
                && matches!(&f.fact, crate::parse::Fact::Signal(x) if matches!(x.kind, LegacyModelTail | NoLongerSupported))
        });
        if legacy {
            continue;
        }
        let r = s.model_ref.clone().unwrap_or_default();
        let (p, m) = r.split_once('/').unwrap_or((&r, ""));
        // A fallback segment's unknown model matters less than the primary's failure.
        let in_later_segment = ctx
            .failed_segments()
            .any(|(l, i, seg)| l.loc == loc.loc && i > 0 && seg.model_ref.as_deref() == Some(r.as_str()));
        let conf = if in_later_segment { 0.5 } else { 0.88 };
        let mut f = Finding::new(Cause::UnknownModel, conf, Msg::new("unknown_model-summary").arg("model", r.clone()))
            .evidence(loc.loc, &loc.quote);
        if p == "ollama" && loc.quote.contains("models.providers") {
            f = f
                .step_note(
                    Place::Config,
                    format!(
                        "openclaw config set models.providers.ollama.models '[{{\"id\":\"{m}\",\"name\":\"{m}\"}}]' --strict-json --merge"
                    ),
                    Msg::new("step-ollama-model-entry"),
                )
                .steps(vec![restart()]);
        } else {
            f = f
                .step_note(Place::Cli, format!("openclaw models list --provider {p}"), Msg::new("step-list-models"))
                .step_note(Place::Cli, format!("openclaw models set {p}/<model-from-the-list>"), Msg::new("step-set-listed-model"));
            if in_later_segment {
                f = f.step(Place::Cli, format!("openclaw models fallbacks remove {r}"));
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
            Finding::new(Cause::UnknownModel, 0.5, Msg::new("unknown_model-summary").arg("model", r.clone()))
                .evidence(loc.loc, &loc.quote)
                .step_note(Place::Cli, format!("openclaw models list --provider {p}"), Msg::new("step-list-models")),
        );
    }
}

fn not_allowed(ctx: &Context, out: &mut Vec<Finding>) {
    let Some((loc, s)) = ctx.first(NotAllowed) else { return };
    let r = s.model_ref.clone().unwrap_or_default();
    let printed = ctx.first(AddItWith).and_then(|(_, a)| a.extra.clone());
    let cmd = printed.unwrap_or_else(|| {
        format!("openclaw config set agents.defaults.models '{{\"{r}\":{{}}}}' --strict-json --merge")
    });
    out.push(
        Finding::new(Cause::ModelNotAllowed, 0.92, Msg::new("model_not_allowed-summary").arg("model", r.clone()))
            .evidence(loc.loc, &loc.quote)
            .step_note(Place::Config, cmd, Msg::new("step-allow-model"))
            .steps(vec![restart()])
            .step(Place::Chat, format!("/model {r}")),
    );
}
