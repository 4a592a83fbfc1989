//! The fallback chain (causes.md §3.6): `fallbacks_stripped`, `ollama_fallback_dropped`,
//! `fallback_not_triggered`.

use super::command::{self, Cmd};
use super::credentials::agent_of;
use super::steps::{self, restart};
use super::{Cause, Context, Finding, Msg, Place};
use crate::lang::prose::ProseSignal::*;
use crate::parse::SignalKind::*;
use crate::versions::Version;

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    stripped(ctx, out);
    ollama(ctx, out);
    not_triggered(ctx, out);
}

fn stripped(ctx: &Context, out: &mut Vec<Finding>) {
    let string_model = ctx.facts.iter().find_map(|f| match &f.fact {
        crate::parse::Fact::AgentModelString { agent, model_ref } => {
            Some((f, agent.clone(), model_ref.clone()))
        }
        _ => None,
    });
    if let Some((loc, agent, model_ref)) = string_model {
        out.push(
            Finding::new(
                Cause::FallbacksStripped,
                0.88,
                Msg::new("fallbacks_stripped-summary").arg("agent", agent.clone()),
            )
            .evidence(loc.loc, &loc.quote)
            .step_note(
                Place::Config,
                command::agent_model_object(&agent, &model_ref),
                Msg::new("step-object-form-model"),
            )
            .steps(vec![restart()])
            .step_note(
                Place::Cli,
                Cmd::openclaw("models status --agent").agent(&agent),
                Msg::new("step-check-fallbacks"),
            ),
        );
        return;
    }
    // `Fallbacks (0)` while the first failure already says `next=none`.
    let zero = ctx.header("Fallbacks").filter(|(_, h)| h.count == Some(0));
    let next_none = ctx.decisions().find(|(_, d)| d.get("next") == Some("none"));
    if let (Some((zl, _)), Some((dl, _))) = (zero, next_none) {
        if ctx.chat_current().is_none_or(|(_, c)| !c.selected) {
            out.push(
                Finding::new(
                    Cause::FallbacksStripped,
                    0.75,
                    Msg::new("fallbacks_stripped-summary").arg("agent", "main"),
                )
                .evidence(dl.loc, &dl.quote)
                .evidence(zl.loc, &zl.quote)
                .step_note(
                    Place::Cli,
                    "openclaw models status --agent main",
                    Msg::new("step-check-fallbacks"),
                )
                .step_note(
                    Place::Cli,
                    "openclaw models fallbacks add <provider>/<model>",
                    Msg::new("step-add-fallback"),
                ),
            );
        }
    }
}

fn ollama(ctx: &Context, out: &mut Vec<Finding>) {
    for (loc, s) in ctx.signals(NoApiKey) {
        if s.provider.as_deref() != Some("ollama") {
            continue;
        }
        let as_segment = loc.quote.contains("ollama/")
            && loc.quote.find("ollama/") < loc.quote.find("No API key");
        let later_segment = ctx
            .failed_segments()
            .any(|(l, i, seg)| l.loc == loc.loc && i > 0 && seg.provider() == Some("ollama"));
        let fallback_words = ctx.said(MentionsFallback);
        if !(as_segment || later_segment || fallback_words) {
            continue;
        }
        let agent = s.profile_id.as_deref().and_then(agent_of).filter(|a| a != "main");
        let mut f = Finding::new(
            Cause::OllamaFallbackDropped,
            0.88,
            Msg::new("ollama_fallback_dropped-summary"),
        )
        .evidence(loc.loc, &loc.quote)
        .rules_out(&[Cause::MissingApiKey])
        .step_note(
            Place::Config,
            "openclaw config set models.providers.ollama.apiKey ollama-local",
            Msg::new("step-local-placeholder-key"),
        )
        .step(
            Place::Config,
            "openclaw config set models.providers.ollama.baseUrl http://127.0.0.1:11434",
        )
        .step(Place::Config, "openclaw config set models.providers.ollama.api ollama")
        .steps(vec![restart()]);
        f = match agent {
            Some(a) => f.step_note(
                Place::Cli,
                Cmd::openclaw("models status --agent").agent(&a),
                Msg::new("step-check-fallbacks"),
            ),
            None => {
                f.step_note(Place::Cli, "openclaw models status", Msg::new("step-check-fallbacks"))
            }
        };
        out.push(f);
        return;
    }
}

fn not_triggered(ctx: &Context, out: &mut Vec<Finding>) {
    // ≤6.11: a Codex usage limit ends the turn without a cross-provider fallback (versions.md §7).
    let codex = ctx.said_any(&[MentionsCodexOrChatGpt, MentionsOpenAi])
        || ctx.facts.iter().any(|f| f.quote.contains("ChatGPT") || f.quote.contains("openai"));
    let no_fallback = ctx.said(MentionsFallback);
    let before_fix = ctx.version.is_none_or(|v| v < Version::v(6, 11));
    if let (Some((loc, _)), true, true, true) =
        (ctx.first(UsageLimit), codex, no_fallback, before_fix)
    {
        out.push(
            Finding::new(
                Cause::FallbackNotTriggered,
                0.86,
                Msg::new("fallback_not_triggered-summary"),
            )
            .evidence(loc.loc, &loc.quote)
            .rules_out(&[Cause::RateLimitCooldown, Cause::FallbacksStripped])
            .steps(vec![steps::upgrade()])
            .steps(vec![restart()]),
        );
        return;
    }
    // `has billing issue (skipping all models)` is the billing rule's (messages.md §6: the
    // reason decides); other persistent reasons mean the chain gave up without trying.
    let skipping = ctx.signals(SkippingAll).find(|(_, s)| s.code.as_deref() != Some("billing"));
    if let Some((loc, _)) = ctx.first(LiveSwitchLoop).or(skipping) {
        out.push(
            Finding::new(
                Cause::FallbackNotTriggered,
                0.85,
                Msg::new("fallback_not_triggered-summary"),
            )
            .evidence(loc.loc, &loc.quote)
            .steps(vec![steps::upgrade()]),
        );
        return;
    }
    let next_none = ctx.decisions().find(|(_, d)| d.get("next") == Some("none"));
    let selected = ctx.chat_current().filter(|(_, c)| c.selected);
    let (Some((dl, _)), Some((cl, cur))) = (next_none, selected) else { return };
    let default = ctx
        .header("Default")
        .map(|(_, h)| h.value.split_whitespace().next().unwrap_or("").to_string());
    let mut f = Finding::new(
        Cause::FallbackNotTriggered,
        0.88,
        Msg::new("fallback_not_triggered-selected-summary").arg("model", cur.model_ref.clone()),
    )
    .evidence(cl.loc, &cl.quote)
    .evidence(dl.loc, &dl.quote)
    .rules_out(&[Cause::FallbacksStripped]);
    if ctx.floor().is_some_and(Version::pin_needs_session_flag) {
        f = f.step_note(Place::Chat, "/model default -s", Msg::new("step-reset-selection"));
    } else if let Some(d) = default.filter(|d| d.contains('/')) {
        f = f.step_note(
            Place::Chat,
            Cmd::chat("/model").model_ref(&d),
            Msg::new("step-reset-selection"),
        );
    } else {
        f = f.step_note(
            Place::Chat,
            "/model <the Default: ref from openclaw models status>",
            Msg::new("step-reset-selection"),
        );
    }
    out.push(f);
}
