//! Where credentials live (causes.md §3.2): `auth_provider_not_loaded`,
//! `per_agent_auth_store`, `auth_store_migration_required`.

use super::credentials::agent_of;
use super::steps::{self, login, restart};
use super::{Cause, Cmd, Context, Finding, Msg, Place};
use crate::parse::SignalKind::*;
use crate::versions::{is_codex_family, Version};

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    provider_not_loaded(ctx, out);
    per_agent(ctx, out);
    migration(ctx, out);
}

fn provider_not_loaded(ctx: &Context, out: &mut Vec<Finding>) {
    let Some((loc, s)) = ctx.first(UnknownProvider) else { return };
    let p = s.provider.clone().unwrap_or_default();
    let mut f = Finding::new(
        Cause::AuthProviderNotLoaded,
        0.9,
        Msg::new("auth_provider_not_loaded-summary").arg("provider", p.clone()),
    )
    .evidence(loc.loc, &loc.quote);
    let renamed = ctx.at_least(6, 1) == Some(true)
        || loc.quote.contains("openai,")
        || loc.quote.ends_with("openai");
    if is_codex_family(&p) && renamed {
        f = f.step_note(
            Place::Cli,
            "openclaw models auth login --provider openai",
            Msg::new("step-login-renamed-codex"),
        );
    } else if is_codex_family(&p) {
        f = f
            .step(Place::Cli, "openclaw onboard --auth-choice openai-codex")
            .steps(vec![steps::upgrade()]);
    } else {
        f = f
            .step(Place::Cli, "openclaw plugins list")
            .step(Place::Cli, Cmd::openclaw("plugins enable").provider(&p))
            .steps(vec![restart(), login(ctx, &p, None, None)]);
    }
    out.push(f);
}

/// Store paths (agent dirs) seen in chat errors vs. in CLI output.
fn per_agent(ctx: &Context, out: &mut Vec<Finding>) {
    for (loc, s) in ctx.signals(NoApiKey) {
        let Some(p) = &s.provider else { continue };
        let Some(chat_agent) = s
            .profile_id
            .as_deref()
            .and_then(agent_of)
            .or_else(|| s.extra.as_deref().and_then(agent_of))
        else {
            continue;
        };
        // The CLI store: `Auth store` header or a provider line's `effective=profiles:<path>`.
        let cli_agent = ctx
            .header("Auth store")
            .and_then(|(_, h)| agent_of(&h.value))
            .or_else(|| ctx.provider_lines().find_map(|(_, l)| agent_of(&l.effective_detail)));
        let has_cred_elsewhere = ctx.provider_lines().any(|(_, l)| {
            &l.provider == p
                && l.effective_kind != "missing"
                && agent_of(&l.effective_detail).is_some_and(|a| a != chat_agent)
        });
        if cli_agent.as_deref().is_some_and(|a| a != chat_agent) && has_cred_elsewhere {
            out.push(
                Finding::new(
                    Cause::PerAgentAuthStore,
                    0.9,
                    Msg::new("per_agent_auth_store-summary")
                        .arg("agent", chat_agent.clone())
                        .arg("provider", p.clone()),
                )
                .evidence(loc.loc, &loc.quote)
                .rules_out(&[Cause::MissingApiKey])
                .steps(vec![login(ctx, p, None, Some(&chat_agent))])
                .step(Place::Cli, Cmd::openclaw("models status --agent").agent(&chat_agent))
                .steps(vec![restart()]),
            );
            return;
        }
    }
}

fn migration(ctx: &Context, out: &mut Vec<Finding>) {
    let sig = ctx
        .first(MigrationRequired)
        .map(|(l, _)| (l, 0.92))
        .or_else(|| ctx.first(ExplicitOrderNoUsable).map(|(l, _)| (l, 0.75)));
    let six_six =
        ctx.version_in(Version::v(6, 5), Version::v(6, 9)) && ctx.has(MissingApiKeySelected);
    let (loc, conf) = match (sig, six_six) {
        (Some(x), _) => x,
        (None, true) => match ctx.first(MissingApiKeySelected) {
            Some((l, _)) => (l, 0.8),
            None => return,
        },
        _ => return,
    };
    let mut f = Finding::new(
        Cause::AuthStoreMigrationRequired,
        conf,
        Msg::new("auth_store_migration_required-summary"),
    )
    .evidence(loc.loc, &loc.quote)
    .rules_out(&[Cause::MissingApiKey, Cause::OauthExpired])
    .step(Place::Cli, "openclaw gateway stop")
    .steps(vec![steps::doctor_fix()])
    .step_note(Place::Cli, "openclaw models auth list", Msg::new("step-check-profiles-back"))
    .step(Place::Cli, "openclaw gateway start");
    if ctx.version_in(Version::v(6, 6), Version::v(6, 9))
        || ctx.version_in(Version::v(8, 1).pre(), Version::v(9, 1).pre())
    {
        f = f.steps(vec![steps::upgrade()]);
    }
    out.push(f);
}
