//! What to ask for (causes.md §7): version first when the advice depends on it, then at most
//! two commands per symptom. Never `openclaw status --all` for model auth; never re-ask for
//! output that is already in the thread.

use super::{Ask, Cause, Cmd, Context, Finding, Msg};
use crate::parse::SignalKind::*;

/// An ask for a literal or a built [`Cmd`]; when a name of the paste could not be used, the
/// reason says so instead.
fn ask(command: impl Into<Cmd>, why: &'static str) -> Ask {
    let cmd = command.into();
    let why = cmd.unusable_note().unwrap_or_else(|| Msg::new(why));
    Ask { command: cmd.into_string(), why }
}

/// Causes whose steps differ by OpenClaw era (login provider, profile prefix, pins, flags).
fn version_matters(f: &Finding) -> bool {
    f.steps.iter().any(|s| {
        s.command.contains("openai") || s.command.contains("--profile-id") || s.command.contains("--force") || s.command.starts_with("/model ")
    })
}

pub fn asks_for(ctx: &Context, findings: &[Finding]) -> Vec<Ask> {
    let mut asks: Vec<Ask> = Vec::new();
    let top = findings.first();
    if ctx.version.is_none() && (top.is_none() || top.is_some_and(version_matters)) {
        asks.push(ask("openclaw --version", "ask-version"));
    }
    match top {
        Some(f) if f.cause == Cause::AllOk => {
            asks.push(ask("/model status", "ask-model-status-if-chat-fails"));
        }
        Some(f) if f.confidence < 0.75 => {
            asks.push(ask("openclaw models status", "ask-models-status"));
        }
        Some(_) => {}
        None => asks.extend(symptom_asks(ctx)),
    }
    let seen_probe = ctx.probes().next().is_some();
    asks.retain(|a| !(seen_probe && a.command.starts_with("openclaw models status --probe")));
    asks.dedup_by(|a, b| a.command == b.command);
    asks.truncate(3);
    asks
}

/// Nothing conclusive: ask by symptom (causes.md §7 table).
fn symptom_asks(ctx: &Context) -> Vec<Ask> {
    // No provider known: the reader fills in the placeholder.
    let with_provider = |cmd: Cmd| match ctx.failing_provider() {
        Some(p) => cmd.provider(&p),
        None => cmd.placeholder("<provider>"),
    };
    let probe = with_provider(Cmd::openclaw("models status --probe --probe-provider"));
    if ctx.has(LoginExpired) || ctx.has(LoginFailed) {
        return vec![ask(probe, "ask-probe"), ask(with_provider(Cmd::openclaw("models auth order get --provider")), "ask-order")];
    }
    if ctx.has(PinCommand) || ctx.has(ProfileNotFound) {
        return vec![
            ask("/model status", "ask-model-status"),
            ask(with_provider(Cmd::openclaw("models auth list --provider")), "ask-auth-list"),
        ];
    }
    if ctx.decisions().next().is_some() {
        return vec![
            ask("openclaw logs --follow", "ask-decision-lines"),
            ask("openclaw models status", "ask-models-status"),
        ];
    }
    if ctx.has(StatusAll) {
        return vec![ask("openclaw models status", "ask-models-status"), ask("openclaw models status --probe", "ask-probe")];
    }
    if ctx.has(Http401) || ctx.has(Http403) {
        return vec![ask("openclaw models status", "ask-models-status")];
    }
    // Nothing recognisable: the two outputs that show model auth.
    vec![
        ask("openclaw models status --probe", "ask-probe"),
        ask("/model status", "ask-model-status"),
    ]
}
