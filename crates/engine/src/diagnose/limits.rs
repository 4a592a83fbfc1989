//! Limits and reachability (causes.md §3.5): `rate_limit_cooldown`, `billing_disabled`,
//! `provider_unreachable`.

use super::steps::{self, verify};
use super::{Cause, Context, Finding, Msg, Place};
use crate::parse::SignalKind::*;
use crate::versions::Version;

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    cooldown(ctx, out);
    billing(ctx, out);
    unreachable(ctx, out);
}

fn cooldown(ctx: &Context, out: &mut Vec<Finding>) {
    let mut hit = None;
    for k in [ProviderCooldown, NoAvailableProfile, RateLimited, UsageLimit, Overloaded] {
        if let Some((l, s)) = ctx.signals(k).find(|(_, s)| {
            !(k == NoAvailableProfile && s.provider.as_deref() == Some("openai-codex"))
        }) {
            hit = Some((l, s.provider.clone(), if k == Overloaded { 0.7 } else { 0.85 }));
            break;
        }
    }
    if hit.is_none() {
        if let Some((l, r)) = ctx.probes().find(|(_, r)| r.status == "rate_limit") {
            hit = Some((l, Some(r.provider().to_string()), 0.88));
        }
    }
    if hit.is_none() {
        if let Some((l, u)) = ctx.oauth_like_unavailable("rate_limit") {
            hit = Some((l, Some(u), 0.85));
        }
    }
    let Some((loc, provider, conf)) = hit else { return };
    let p = provider
        .or_else(|| ctx.failed_segments().find_map(|(_, _, s)| s.provider().map(str::to_string)))
        .unwrap_or_else(|| "<provider>".into());
    let mut f = Finding::new(
        Cause::RateLimitCooldown,
        conf,
        Msg::new("rate_limit_cooldown-summary").arg("provider", p.clone()),
    )
    .evidence(loc.loc, &loc.quote)
    .rules_out(&[Cause::OauthExpired])
    .step_note(Place::Cli, "openclaw models status", Msg::new("step-see-cooldowns"));
    if ctx.floor().is_some_and(Version::has_clear_cooldown) {
        f = f.step(Place::Cli, "openclaw models auth clear-cooldown <profile-id>");
    }
    f = f.step_note(
        Place::Cli,
        "openclaw models fallbacks add <other-provider>/<model>",
        Msg::new("step-add-fallback"),
    );
    // Old builds wait out the whole run timeout instead of falling back.
    let waits = ctx.has(RunTimeout) || ctx.said(crate::lang::prose::ProseSignal::MentionsTimeout);
    if waits {
        f = f.steps(vec![steps::upgrade()]);
    }
    out.push(f);
}

fn billing(ctx: &Context, out: &mut Vec<Finding>) {
    let skipping = ctx
        .signals(SkippingAll)
        .find(|(_, s)| s.code.as_deref() == Some("billing"))
        .map(|(l, _)| (l, 0.9));
    let hit = skipping
        .or_else(|| ctx.first(Billing).map(|(l, _)| (l, 0.88)))
        .or_else(|| ctx.probes().find(|(_, r)| r.status == "billing").map(|(l, _)| (l, 0.88)));
    let Some((loc, conf)) = hit else { return };
    let mut f = Finding::new(Cause::BillingDisabled, conf, Msg::new("billing_disabled-summary"))
        .evidence(loc.loc, &loc.quote)
        .step_note(Place::Cli, "openclaw models status", Msg::new("step-see-cooldowns"));
    if ctx.floor().is_some_and(Version::has_clear_cooldown) {
        f = f.step_note(
            Place::Cli,
            "openclaw models auth clear-cooldown <profile-id>",
            Msg::new("step-after-top-up"),
        );
    }
    // The running gateway keeps the profile disabled after a top-up until the cooldown ends or
    // it restarts (builds without clear-cooldown).
    if !ctx.floor().is_some_and(Version::has_clear_cooldown) {
        f = f.steps(vec![steps::restart()]);
    }
    f = f.step_note(
        Place::Cli,
        "openclaw models fallbacks add <other-provider>/<model>",
        Msg::new("step-add-fallback"),
    );
    out.push(f);
}

fn unreachable(ctx: &Context, out: &mut Vec<Finding>) {
    let hit = ctx
        .first(Unreachable)
        .map(|(l, _)| (l, 0.85))
        .or_else(|| ctx.probes().find(|(_, r)| r.status == "timeout").map(|(l, _)| (l, 0.85)))
        .or_else(|| {
            if ctx.has(Cloudflare) {
                None
            } else {
                ctx.first(DnsFailed).map(|(l, _)| (l, 0.6))
            }
        });
    let Some((loc, conf)) = hit else { return };
    let p = ctx
        .failing_provider()
        .or_else(|| {
            ctx.probes().find(|(_, r)| r.status == "timeout").map(|(_, r)| r.provider().to_string())
        })
        .unwrap_or_else(|| "<provider>".into());
    let mut f = Finding::new(
        Cause::ProviderUnreachable,
        conf,
        Msg::new("provider_unreachable-summary").arg("provider", p.clone()),
    )
    .evidence(loc.loc, &loc.quote);
    let mut probe = verify(ctx, &p);
    for s in &mut probe {
        if s.command.contains("--probe ") {
            s.command.push_str(" --probe-timeout 20000");
        }
    }
    f = f.steps(probe).step_note(
        Place::Cli,
        "openclaw models fallbacks add <other-provider>/<model>",
        Msg::new("step-add-fallback"),
    );
    out.push(f);
}

impl Context {
    /// An `Unavailable auth profiles` row with the given reason: (line, provider).
    fn oauth_like_unavailable(&self, reason: &str) -> Option<(&crate::parse::Located, String)> {
        self.facts.iter().find_map(|f| match &f.fact {
            crate::parse::Fact::Unavailable(u) if u.reason == reason => {
                Some((f, u.provider.clone()))
            }
            _ => None,
        })
    }
}
