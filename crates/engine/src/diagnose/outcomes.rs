//! Outcomes (causes.md §3.8): `status_display_mismatch`, `not_model_auth`, `all_ok`.

use super::steps::restart;
use super::{Cause, Context, Finding, Msg, Place};
use crate::lang::prose::ProseSignal::*;
use crate::parse::Fact;
use crate::parse::SignalKind::*;

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    display_mismatch(ctx, out);
    not_model_auth(ctx, out);
    all_ok(ctx, out);
}

/// Signals of a real failing run (not a status surface).
fn run_fails(ctx: &Context) -> bool {
    ctx.facts.iter().any(|f| match &f.fact {
        Fact::Signal(s) => matches!(
            s.kind,
            LoginExpired
                | LoginFailed
                | RefreshFailed
                | NoApiKey
                | MissingApiKey
                | MissingApiKeySelected
                | Http401
                | IncorrectApiKey
                | InvalidAccessToken
                | InvalidBearer
                | RateLimited
                | UnknownModel
                | NotAllowed
        ),
        Fact::AllFailed { .. } => true,
        Fact::Decision(d) => d.get("decision") == Some("candidate_failed"),
        _ => false,
    }) || ctx.said(ReportsFailure)
}

fn display_mismatch(ctx: &Context, out: &mut Vec<Finding>) {
    // A CLI-owned profile (`anthropic:claude-cli`) called expired while runs still work.
    let cli_owned = ctx
        .oauth_rows()
        .find(|(_, o)| o.status == "expired" && o.profile_id.ends_with(":claude-cli"));
    let zero =
        ctx.oauth_rows().find(|(_, o)| o.status == "ok" && o.remaining.as_deref() == Some("0m"));
    let keychain = ctx.first(CliKeychainRead);
    let works = ctx.said(SaysWorks);
    if let Some((loc, row)) = cli_owned {
        if works || keychain.is_some() || !run_fails(ctx) {
            let mut f = Finding::new(
                Cause::StatusDisplayMismatch,
                0.85,
                Msg::new("status_display_mismatch-summary").arg("profile", row.profile_id.clone()),
            )
            .evidence(loc.loc, &loc.quote)
            .rules_out(&[Cause::OauthExpired]);
            if let Some((k, _)) = keychain {
                f = f.evidence(k.loc, &k.quote);
            }
            f = f
                .step_note(Place::Cli, "claude auth login && openclaw models auth login --provider anthropic --method cli", Msg::new("step-clear-display"))
                .steps(vec![restart()]);
            out.push(f);
            return;
        }
    }
    if let Some((loc, row)) = zero {
        if !run_fails(ctx) {
            out.push(
                Finding::new(
                    Cause::StatusDisplayMismatch,
                    0.75,
                    Msg::new("status_display_mismatch-summary")
                        .arg("profile", row.profile_id.clone()),
                )
                .evidence(loc.loc, &loc.quote)
                .rules_out(&[Cause::OauthExpired])
                .step_note(
                    Place::Cli,
                    "openclaw models status --probe",
                    Msg::new("step-verify"),
                ),
            );
        }
    }
}

fn not_model_auth(ctx: &Context, out: &mut Vec<Finding>) {
    let Some((loc, _)) = ctx.first(GatewayAuth) else { return };
    let model_auth = ctx.facts.iter().any(|f| match &f.fact {
        Fact::Signal(s) => {
            !s.kind.is_context() && !matches!(s.kind, GatewayAuth | Http401 | Http403)
        }
        Fact::Probe(_) | Fact::AllFailed { .. } => true,
        _ => false,
    });
    let conf = if model_auth { 0.5 } else { 0.9 };
    let channel = loc.quote.contains("channel")
        || loc.quote.contains("TokenInvalid")
        || loc.quote.contains("[discord]")
        || loc.quote.contains("[telegram]");
    let mut f = Finding::new(
        Cause::NotModelAuth,
        conf,
        Msg::new(if channel { "not_model_auth-channel-summary" } else { "not_model_auth-summary" }),
    )
    .evidence(loc.loc, &loc.quote);
    if channel {
        f = f
            .step_note(Place::Cli, "openclaw channels status", Msg::new("step-channel-status"))
            .step_note(Place::Config, "openclaw configure", Msg::new("step-channel-token"))
            .steps(vec![restart()]);
    } else {
        f = f
            .step(Place::Cli, "openclaw devices list")
            .step(Place::Cli, "openclaw devices rotate --device <id> --role <role>");
    }
    out.push(f);
}

fn all_ok(ctx: &Context, out: &mut Vec<Finding>) {
    let rows: Vec<_> = ctx.probes().collect();
    let succeeded =
        ctx.first(CandidateSucceeded).or_else(|| ctx.first(FallbackCleared)).map(|(l, _)| l);
    if rows.is_empty() && succeeded.is_none() {
        return;
    }
    if ctx.has_failure() {
        return;
    }
    let all_fine = rows.iter().all(|(_, r)| r.is_ok() || r.is_excluded())
        && rows.iter().any(|(_, r)| r.is_ok())
        || rows.is_empty();
    if !all_fine {
        return;
    }
    let mut f = Finding::new(Cause::AllOk, 0.8, Msg::new("all_ok-summary"));
    for (l, _) in rows.iter().take(4) {
        f = f.evidence(l.loc, &l.quote);
    }
    if let Some(l) = succeeded {
        f = f.evidence(l.loc, &l.quote);
    }
    out.push(f);
}
