//! Runtime, transport and build (causes.md §3.7): `runtime_unavailable`, `cloudflare_403`,
//! `version_regression`, `gateway_not_reloaded`, `request_rejected`.

use super::steps::{self, login, restart};
use super::{Cause, Context, Finding, Msg, Place};
use crate::lang::prose::ProseSignal;
use crate::parse::SignalKind::{self, *};
use crate::versions::Version;

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    runtime(ctx, out);
    cloudflare(ctx, out);
    regression(ctx, out);
    not_reloaded(ctx, out);
    rejected(ctx, out);
}

fn runtime(ctx: &Context, out: &mut Vec<Finding>) {
    let Some((loc, _)) = ctx.first(HarnessUnsupported).or_else(|| ctx.first(AppServer)) else {
        return;
    };
    let mut f =
        Finding::new(Cause::RuntimeUnavailable, 0.9, Msg::new("runtime_unavailable-summary"))
            .evidence(loc.loc, &loc.quote)
            .rules_out(&[Cause::MissingApiKey, Cause::OauthExpired])
            .step_note(
                Place::Cli,
                "openclaw plugins inspect codex --runtime --json",
                Msg::new("step-inspect-codex-plugin"),
            )
            .step_note(Place::Cli, "openclaw plugins list", Msg::new("step-find-stale-plugin"))
            .steps(vec![restart()]);
    if ctx.version == Some(Version::v(5, 27)) {
        // A named regression inside one storage era: stepping back to 5.22 is allowed (causes.md §8).
        f = f.step_note(
            Place::Cli,
            "npm i -g openclaw@2026.5.22",
            Msg::new("step-step-back-same-era"),
        );
    }
    out.push(f);
}

fn cloudflare(ctx: &Context, out: &mut Vec<Finding>) {
    let d = ctx.first(Cloudflare).map(|(l, _)| (l, 0.9));
    let s = ctx
        .first(DnsFailed)
        .filter(|(l, _)| {
            l.quote.contains("openai-codex") || ctx.said(ProseSignal::MentionsCodexOrChatGpt)
        })
        .filter(|_| ctx.has(RateLimited) && ctx.version.is_some_and(|v| v < Version::v(5, 1)))
        .map(|(l, _)| (l, 0.65));
    let Some((loc, conf)) = d.or(s) else { return };
    let mut f = Finding::new(Cause::Cloudflare403, conf, Msg::new("cloudflare_403-summary"))
        .evidence(loc.loc, &loc.quote)
        .rules_out(&[Cause::ProviderUnreachable, Cause::RateLimitCooldown])
        .steps(vec![steps::upgrade()]);
    if ctx.version.is_none_or(|v| v < Version::v(4, 29)) {
        f = f
            .step_note(
                Place::Config,
                "openclaw config set models.providers.openai-codex '{\"api\":\"openai-codex-responses\",\"baseUrl\":\"https://chatgpt.com/backend-api\"}' --strict-json --merge",
                Msg::new("step-codex-backend-url"),
            )
            .steps(vec![restart()]);
    }
    out.push(f);
}

/// A known-bad build and its signature (versions.md §7). Other version-bound bugs keep
/// their own ids (5.5 `legacy_codex_ids`, 6.6 and 8.x `auth_store_migration_required`).
struct KnownBug {
    from: Version,
    below: Version,
    signature: fn(&Context) -> Option<SignalKind>,
    /// The release that fixed it, to name in the reply.
    fixed_in: &'static str,
}

fn refresh_token_expired(ctx: &Context) -> Option<SignalKind> {
    let code = ctx.signals(RefreshCode).any(|(_, s)| s.code.as_deref() == Some("token_expired"));
    let validate = ctx.facts.iter().any(|f| f.quote.contains("Could not validate your token"));
    (code || validate).then_some(RefreshCode)
}

fn x_api_key(ctx: &Context) -> Option<SignalKind> {
    ctx.has(XApiKeyHeader).then_some(XApiKeyHeader)
}

fn codex_key_in_isolated_lanes(ctx: &Context) -> Option<SignalKind> {
    let codex_missing =
        ctx.signals(NoApiKey).any(|(_, s)| s.provider.as_deref() == Some("openai-codex"));
    let lane = ctx.has(CronLane)
        || ctx.said_any(&[
            ProseSignal::MentionsCron,
            ProseSignal::MentionsChannel,
            ProseSignal::MentionsSubagent,
        ]);
    (codex_missing && lane).then_some(NoApiKey)
}

const KNOWN_BUGS: &[KnownBug] = &[
    KnownBug {
        from: Version::v(5, 12).pre(),
        below: Version::v(5, 18),
        signature: refresh_token_expired,
        fixed_in: "2026.5.19",
    },
    KnownBug {
        from: Version::v(7, 2).pre(),
        below: Version::v(7, 2),
        signature: x_api_key,
        fixed_in: "2026.8.1",
    },
    KnownBug {
        from: Version::v(1, 1),
        below: Version::v(5, 22),
        signature: codex_key_in_isolated_lanes,
        fixed_in: "2026.5.22",
    },
];

fn regression(ctx: &Context, out: &mut Vec<Finding>) {
    let Some(v) = ctx.version else { return };
    for bug in KNOWN_BUGS {
        if v < bug.from || v >= bug.below {
            continue;
        }
        let Some(kind) = (bug.signature)(ctx) else { continue };
        let loc = ctx
            .first(kind)
            .map(|(l, _)| l)
            .or_else(|| ctx.facts.iter().find(|f| f.quote.contains("Could not validate")));
        let provider = ctx.failing_provider().unwrap_or_else(|| "openai-codex".into());
        let mut f = Finding::new(
            Cause::VersionRegression,
            0.9,
            Msg::new("version_regression-known-summary")
                .arg("version", v.to_string())
                .arg("fixed", bug.fixed_in),
        )
        .rules_out(&[Cause::OauthExpired, Cause::MissingApiKey, Cause::InvalidApiKey])
        .steps(vec![steps::upgrade()]);
        if let Some(l) = loc {
            f = f.evidence(l.loc, &l.quote);
        }
        if kind == RefreshCode {
            f = f.steps(vec![login(ctx, &provider, None, None)]);
        }
        f = f.steps(vec![restart()]);
        out.push(f);
        return;
    }
}

fn not_reloaded(ctx: &Context, out: &mut Vec<Finding>) {
    // The chat says a provider has no key while the CLI shows one for the same store.
    for k in [MissingApiKey, NoApiKey] {
        for (loc, s) in ctx.signals(k) {
            let Some(p) = &s.provider else { continue };
            if s.extra.is_some() {
                // A chat error naming a store: `per_agent_auth_store` compares stores instead.
                continue;
            }
            let Some((cl, _)) = ctx
                .provider_lines()
                .find(|(_, l)| &l.provider == p && l.effective_kind != "missing")
            else {
                continue;
            };
            out.push(
                Finding::new(
                    Cause::GatewayNotReloaded,
                    0.88,
                    Msg::new("gateway_not_reloaded-summary").arg("provider", p.clone()),
                )
                .evidence(loc.loc, &loc.quote)
                .evidence(cl.loc, &cl.quote)
                .rules_out(&[Cause::MissingApiKey])
                .steps(vec![restart()])
                .step_note(
                    Place::Cli,
                    "openclaw gateway status",
                    Msg::new("step-one-gateway"),
                ),
            );
            return;
        }
    }
}

fn rejected(ctx: &Context, out: &mut Vec<Finding>) {
    let hit = ctx
        .first(FormatRejected)
        .map(|(l, _)| l)
        .or_else(|| ctx.probes().find(|(_, r)| r.status == "format").map(|(l, _)| l));
    let Some(loc) = hit else { return };
    out.push(
        Finding::new(Cause::RequestRejected, 0.88, Msg::new("request_rejected-summary"))
            .evidence(loc.loc, &loc.quote)
            .rules_out(&[Cause::OauthExpired, Cause::InvalidApiKey])
            .step_note(Place::Chat, "/new", Msg::new("step-new-session"))
            .step_note(Place::Chat, "/model status", Msg::new("step-check-api"))
            // Rejections that start right after an update are that release's bug.
            .steps(if ctx.said(crate::lang::prose::ProseSignal::Updated) {
                vec![super::steps::upgrade()]
            } else {
                Vec::new()
            }),
    );
}
