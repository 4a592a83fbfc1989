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
        s.command.contains("openai")
            || s.command.contains("--profile-id")
            || s.command.contains("--force")
            || s.command.starts_with("/model ")
    })
}

/// With nothing decisive, the two causes the thread's symptom points at (causes.md §7), in
/// the order the asks test them; empty when the thread shows no symptom at all.
pub fn candidates(ctx: &Context) -> Vec<Cause> {
    use crate::lang::prose::ProseSignal as P;
    let pick: &[(bool, [Cause; 2])] = &[
        (
            ctx.has(LoginExpired) || ctx.has(LoginFailed),
            [Cause::OauthExpired, Cause::SessionPinStale],
        ),
        (
            ctx.has(PinCommand) || ctx.has(ProfileNotFound),
            [Cause::WrongProviderPrefix, Cause::SessionPinStale],
        ),
        (
            ctx.decisions().next().is_some() || ctx.said(P::MentionsFallback),
            [Cause::FallbacksStripped, Cause::FallbackNotTriggered],
        ),
        (ctx.has(Http401) || ctx.has(Http403), [Cause::InvalidApiKey, Cause::OauthExpired]),
        (
            ctx.has(AppServer) || ctx.has(HarnessUnsupported),
            [Cause::RuntimeUnavailable, Cause::VersionRegression],
        ),
        (
            ctx.said(P::MentionsOrder),
            [Cause::ProfileExcludedByAuthOrder, Cause::AuthOrderNotApplied],
        ),
        (ctx.said(P::MentionsPin), [Cause::SessionPinStale, Cause::PinnedProfileMissingCredential]),
        (
            ctx.said(P::Updated) && ctx.said(P::ReportsFailure),
            [Cause::AuthStoreMigrationRequired, Cause::VersionRegression],
        ),
        (
            ctx.said(P::SaysExpired) || ctx.said(P::MentionsLogin),
            [Cause::OauthExpired, Cause::SessionPinStale],
        ),
        (ctx.said(P::MentionsTimeout), [Cause::ProviderUnreachable, Cause::TurnTimeout]),
    ];
    pick.iter().find(|(hit, _)| *hit).map(|(_, c)| c.to_vec()).unwrap_or_default()
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
        return vec![
            ask(probe, "ask-probe"),
            ask(with_provider(Cmd::openclaw("models auth order get --provider")), "ask-order"),
        ];
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
        return vec![
            ask("openclaw models status", "ask-models-status"),
            ask("openclaw models status --probe", "ask-probe"),
        ];
    }
    if ctx.has(Http401) || ctx.has(Http403) {
        return vec![ask("openclaw models status", "ask-models-status")];
    }
    // Nothing in the paste: what the asker talks about decides the one output that helps.
    use crate::lang::prose::ProseSignal as P;
    if ctx.said(P::MentionsFallback) {
        return vec![
            ask("openclaw models status", "ask-models-status"),
            ask("openclaw logs --follow", "ask-decision-lines"),
        ];
    }
    if ctx.said(P::MentionsOrder) {
        return vec![
            ask(with_provider(Cmd::openclaw("models auth order get --provider")), "ask-order"),
            ask(probe, "ask-probe"),
        ];
    }
    if ctx.said(P::MentionsPin) {
        return vec![
            ask("/model status", "ask-model-status"),
            ask(with_provider(Cmd::openclaw("models auth list --provider")), "ask-auth-list"),
        ];
    }
    if ctx.said(P::Updated) && ctx.said(P::ReportsFailure) {
        return vec![
            ask("openclaw models auth list", "ask-auth-list"),
            ask("openclaw doctor", "ask-doctor"),
        ];
    }
    if ctx.said(P::MentionsTimeout) {
        return vec![ask("openclaw logs --follow", "ask-logs-one-turn"), ask(probe, "ask-probe")];
    }
    // Nothing recognisable: the two outputs that show model auth.
    vec![
        ask("openclaw models status --probe", "ask-probe"),
        ask("/model status", "ask-model-status"),
    ]
}
