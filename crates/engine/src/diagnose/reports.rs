//! Classes of evidence that several field reports share and the family rules did not read:
//! a status surface that warns while runs work, the Control UI's model-switch refusal, a
//! user's summary of an output, a config block that shows the setup. Each function is one
//! class; each reads typed signals, config key paths and language-neutral prose signals.

use super::command::{self, Cmd};
use super::field::config;
use super::steps::{self, restart, upgrade, verify};
use super::{build_pin, Cause, Context, Finding, Msg, PinRequest, Place};
use crate::lang::prose::ProseSignal::*;
use crate::parse::{Fact, Located, SignalKind, SignalKind::*};

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    status_warns_runs_work(ctx, out);
    not_a_model_failure(ctx, out);
    switch_never_applied(ctx, out);
    gateway_model_not_allowed(ctx, out);
    no_credentials_for_profile(ctx, out);
    models_list_missing(ctx, out);
    default_model_not_set(ctx, out);
    suggested_ref(ctx, out);
    no_provider_plugins(ctx, out);
    exclusion_summarised(ctx, out);
    override_with_order(ctx, out);
    per_agent_without_main(ctx, out);
    order_not_applied(ctx, out);
    fallback_not_tried(ctx, out);
    fallback_not_configured(ctx, out);
    custom_model_misrouted(ctx, out);
    store_not_migrated(ctx, out);
    expiry_summarised(ctx, out);
    setup_token(ctx, out);
    timeout_in_words(ctx, out);
    app_server_profile(ctx, out);
    foreign_profile_pin(ctx, out);
    unregistered_provider_model(ctx, out);
}

/// Signals of a failing run, as opposed to a status surface or the setup.
fn run_failed(ctx: &Context) -> bool {
    ctx.facts.iter().any(|f| match &f.fact {
        Fact::Signal(s) => {
            !s.kind.is_context()
                && !matches!(
                    s.kind,
                    StatusCardWarning | ExternalCli | CliKeychainRead | GatewayModelNotAllowed
                )
        }
        Fact::AllFailed { .. } => true,
        Fact::Decision(d) => d.get("decision") == Some("candidate_failed"),
        _ => false,
    })
}

/// Every model ref the thread names (config keys and values, mentions, commands, errors).
fn refs(ctx: &Context) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut add = |r: &str| {
        let r = r.trim_matches(|c: char| c == '"' || c == '\'' || c == '`' || c == ',');
        if r.contains('/')
            && !r.contains("://")
            && !r.starts_with('/')
            && !out.iter().any(|o| o == r)
        {
            out.push(r.to_string());
        }
    };
    for f in &ctx.facts {
        match &f.fact {
            Fact::Config(c) => {
                add(&c.value);
                c.path.iter().filter(|k| k.contains('/')).for_each(|k| add(k));
            }
            Fact::Signal(s) => {
                if let Some(r) = &s.model_ref {
                    add(r);
                }
            }
            _ => {}
        }
    }
    out
}

/// causes.md §3.8: a status surface reports a problem the runs do not have.
fn status_warns_runs_work(ctx: &Context, out: &mut Vec<Finding>) {
    if !ctx.said(SaysWorks) || run_failed(ctx) {
        return;
    }
    let warn = ctx
        .first(StatusCardWarning)
        .map(|(l, _)| l)
        .or_else(|| ctx.first(ExternalCli).map(|(l, _)| l))
        .or_else(|| {
            ctx.oauth_rows()
                .find(|(_, o)| o.status == "expired" || o.status == "missing")
                .map(|(l, _)| l)
        })
        .or_else(|| {
            ctx.provider_lines().find(|(_, p)| p.effective_kind == "missing").map(|(l, _)| l)
        });
    let Some(loc) = warn else { return };
    out.push(
        Finding::new(
            Cause::StatusDisplayMismatch,
            0.8,
            Msg::new("status_display_mismatch-runs-work-summary"),
        )
        .evidence(loc.loc, &loc.quote)
        .rules_out(&[
            Cause::OauthExpired,
            Cause::MissingApiKey,
            Cause::ModelNotAllowed,
            Cause::ExternalCliCredentialStale,
        ])
        .step_note(Place::Cli, "openclaw models status --probe", Msg::new("step-verify")),
    );
}

/// Failures that are not model auth at all: a locked session file, the plugin registry.
fn not_a_model_failure(ctx: &Context, out: &mut Vec<Finding>) {
    if let Some((loc, _)) = ctx.first(SessionLocked) {
        out.push(
            Finding::new(Cause::NotModelAuth, 0.9, Msg::new("not_model_auth-session-lock-summary"))
                .evidence(loc.loc, &loc.quote)
                .rules_out(&[
                    Cause::ProviderUnreachable,
                    Cause::RateLimitCooldown,
                    Cause::FallbackNotTriggered,
                ])
                .step_note(Place::Cli, "openclaw gateway status", Msg::new("step-one-gateway"))
                .steps(vec![restart()]),
        );
    }
    if let Some((loc, _)) = ctx.first(PluginRegistry) {
        out.push(
            Finding::new(
                Cause::NotModelAuth,
                0.9,
                Msg::new("not_model_auth-plugin-registry-summary"),
            )
            .evidence(loc.loc, &loc.quote)
            .rules_out(&[Cause::RateLimitCooldown])
            .step_note(
                Place::Cli,
                "openclaw plugins list",
                Msg::new("step-retry-plugin-later"),
            ),
        );
    }
}

/// A `/model` switch that the session records as pending but never applies (versions.md §7).
fn switch_never_applied(ctx: &Context, out: &mut Vec<Finding>) {
    let Some((loc, _)) = ctx.first(LiveSwitchPending) else { return };
    out.push(
        Finding::new(
            Cause::VersionRegression,
            0.85,
            Msg::new("version_regression-live-switch-summary"),
        )
        .evidence(loc.loc, &loc.quote)
        .rules_out(&[Cause::ModelNotAllowed, Cause::SessionPinStale])
        .steps(vec![upgrade(), restart()])
        .step_note(Place::Chat, "/model status", Msg::new("step-check-switch")),
    );
}

/// `model not allowed: <ref>` from the gateway when the Control UI switches models: older
/// pickers put the session's provider in front of another provider's model id.
fn gateway_model_not_allowed(ctx: &Context, out: &mut Vec<Finding>) {
    let Some((loc, s)) = ctx.first(GatewayModelNotAllowed) else { return };
    if ctx.said(SaysWorks) && ctx.has(StatusCardWarning) {
        return;
    }
    let Some(rejected) = s.model_ref.clone() else { return };
    let model_id = rejected.split_once('/').map_or(rejected.as_str(), |(_, m)| m).to_string();
    let meant = refs(ctx).into_iter().find(|r| {
        *r != rejected
            && (r.split_once('/').is_some_and(|(_, m)| m == model_id)
                || r.ends_with(&format!("/{model_id}")))
    });
    let mut f = Finding::new(
        Cause::ModelNotAllowed,
        0.9,
        Msg::new("model_not_allowed-picker-summary").arg("model", rejected.clone()),
    )
    .evidence(loc.loc, &loc.quote);
    if let Some(r) = &meant {
        f = f.step_note(
            Place::Chat,
            Cmd::chat("/model").model_ref(r),
            Msg::new("step-pick-full-ref"),
        );
    }
    // The refused ref is the picker's, not the user's: allow-listing it would add a wrong ref.
    f = f.step_note(Place::Cli, "openclaw update", Msg::new("step-update-fixed"));
    if meant.is_none() {
        f = f.step_note(Place::Cli, "openclaw models list", Msg::new("step-find-full-ref"));
    }
    out.push(f);
}

/// `No credentials found for profile "<id>"`: an OAuth-only provider's login that lapsed, or a
/// pinned profile with no secret.
fn no_credentials_for_profile(ctx: &Context, out: &mut Vec<Finding>) {
    let Some((loc, s)) = ctx.first(NoCredentials) else { return };
    let Some(id) = s.profile_id.clone() else { return };
    let p = id.split(':').next().unwrap_or("").to_string();
    if steps::is_oauth_only(&p) {
        out.push(
            Finding::new(
                Cause::OauthExpired,
                0.88,
                Msg::new("oauth_expired-summary")
                    .arg("provider", p.clone())
                    .arg("profile", id.clone()),
            )
            .evidence(loc.loc, &loc.quote)
            .steps(vec![steps::login(ctx, &p, Some(&id), None), restart()]),
        );
    } else {
        out.push(
            Finding::new(
                Cause::PinnedProfileMissingCredential,
                0.85,
                Msg::new("pinned_profile_missing_credential-summary").arg("profile", id.clone()),
            )
            .evidence(loc.loc, &loc.quote)
            .steps(vec![steps::login(ctx, &p, Some(&id), None)])
            .step_note(
                Place::Chat,
                Cmd::chat("/model").model_of(&p, "<model>"),
                Msg::new("step-reset-selection"),
            ),
        );
    }
}

/// `openclaw models list` marks the default `missing`: the ref is in no catalog.
fn models_list_missing(ctx: &Context, out: &mut Vec<Finding>) {
    let rows: Vec<(&Located, &crate::parse::Signal)> = ctx.signals(ModelsListRow).collect();
    let Some((loc, missing)) = rows
        .iter()
        .find(|(_, s)| s.extra.as_deref().is_some_and(|x| x.split(',').any(|t| t == "missing")))
    else {
        return;
    };
    let Some(r) = missing.model_ref.clone() else { return };
    let (p, m) = r.split_once('/').unwrap_or((&r, ""));
    let working = rows.iter().find_map(|(_, s)| {
        let tags = s.extra.as_deref().unwrap_or("");
        (tags.split(',').any(|t| t == "configured") && !tags.contains("missing"))
            .then(|| s.model_ref.clone())
            .flatten()
    });
    let mut f = Finding::new(
        Cause::UnknownModel,
        0.82,
        Msg::new("unknown_model-summary").arg("model", r.clone()),
    )
    .evidence(loc.loc, &loc.quote);
    if p == "ollama" {
        f = f
            .step_note(
                Place::Config,
                command::ollama_models_json(m),
                Msg::new("step-ollama-model-entry"),
            )
            .steps(vec![restart()]);
    } else {
        f = f.step_note(
            Place::Cli,
            Cmd::openclaw("models list").flag("--provider").provider(p),
            Msg::new("step-list-models"),
        );
    }
    if let Some(w) = working {
        f = f.step_note(
            Place::Cli,
            Cmd::openclaw("models set").model_ref(&w),
            Msg::new("step-set-listed-model"),
        );
    }
    out.push(f);
}

/// causes.md `default_model_not_set`: the built-in default's provider lacks a key while the
/// user meant another model.
fn default_model_not_set(ctx: &Context, out: &mut Vec<Finding>) {
    let Some((loc, key)) =
        ctx.signals(NoApiKey).find(|(_, s)| s.provider.as_deref() == Some("anthropic"))
    else {
        return;
    };
    let Some((eloc, meant)) = ctx
        .signals(ModelEnv)
        .find(|(_, s)| s.model_ref.as_deref().is_some_and(|r| !r.starts_with("anthropic/")))
    else {
        return;
    };
    let r = meant.model_ref.clone().unwrap_or_default();
    out.push(
        Finding::new(
            Cause::DefaultModelNotSet,
            0.88,
            Msg::new("default_model_not_set-summary")
                .arg("provider", key.provider.clone().unwrap_or_default()),
        )
        .evidence(loc.loc, &loc.quote)
        .evidence(eloc.loc, &eloc.quote)
        .rules_out(&[Cause::MissingApiKey])
        .step_note(
            Place::Cli,
            Cmd::openclaw("models set").model_ref(&r),
            Msg::new("step-set-default-model"),
        )
        .steps(vec![restart()]),
    );
}

/// An unknown model whose message names the ref to use instead.
fn suggested_ref(ctx: &Context, out: &mut Vec<Finding>) {
    let Some((loc, s)) = ctx.first(UseRefInstead) else { return };
    let Some(r) = s.model_ref.clone() else { return };
    let unknown =
        ctx.first(UnknownModel).and_then(|(_, u)| u.model_ref.clone()).unwrap_or_default();
    out.push(
        Finding::new(
            Cause::UnknownModel,
            0.9,
            Msg::new("unknown_model-summary").arg("model", unknown),
        )
        .evidence(loc.loc, &loc.quote)
        .step_note(
            Place::Cli,
            Cmd::openclaw("models set").model_ref(&r),
            Msg::new("step-set-suggested-model"),
        )
        .step_note(
            Place::Chat,
            Cmd::chat("/model").model_ref(&r),
            Msg::new("step-reset-selection"),
        ),
    );
}

/// `No provider plugins found`: the login has no plugin to talk to.
fn no_provider_plugins(ctx: &Context, out: &mut Vec<Finding>) {
    let Some((loc, _)) = ctx.first(NoProviderPlugins) else { return };
    let p = ctx
        .signals(CliCommand)
        .find_map(|(_, s)| {
            s.extra
                .as_deref()
                .and_then(|a| super::field::flag_value(a, "--provider"))
                .map(str::to_string)
        })
        .unwrap_or_else(|| "<provider>".to_string());
    let mut f = Finding::new(
        Cause::AuthProviderNotLoaded,
        0.9,
        Msg::new("auth_provider_not_loaded-summary").arg("provider", p.clone()),
    )
    .evidence(loc.loc, &loc.quote);
    if crate::versions::is_codex_family(&p) {
        f = f.step_note(
            Place::Cli,
            "openclaw onboard --auth-choice openai-codex",
            Msg::new("step-onboard-codex"),
        );
    } else {
        f = f.step(Place::Cli, "openclaw plugins list").step_note(
            Place::Cli,
            Cmd::openclaw("plugins enable").provider(&p),
            Msg::new("step-enable-plugin"),
        );
    }
    out.push(f.steps(vec![upgrade()]));
}

/// The user's summary that the only profile is excluded by `auth.order` (no probe pasted).
fn exclusion_summarised(ctx: &Context, out: &mut Vec<Finding>) {
    let Some((loc, _)) = ctx.first(ExclusionMentioned) else { return };
    if ctx.probes().next().is_some() {
        return;
    }
    let p = ctx
        .signals(ProfileMention)
        .find_map(|(_, s)| {
            s.profile_id.as_deref().and_then(|i| i.split_once(':')).map(|(p, _)| p.to_string())
        })
        .or_else(|| ctx.failing_provider())
        .or_else(|| {
            ctx.said(MentionsCodexOrChatGpt)
                .then(|| steps::assumed_era(ctx, "openai-codex").codex_login_provider().to_string())
        })
        .unwrap_or_else(|| "<provider>".to_string());
    out.push(
        Finding::new(
            Cause::ProfileExcludedByAuthOrder,
            0.72,
            Msg::new("profile_excluded_by_auth_order-summary").arg("provider", p.clone()),
        )
        .evidence(loc.loc, &loc.quote)
        .step_note(
            Place::Cli,
            Cmd::openclaw("models auth order get").flag("--provider").provider(&p),
            Msg::new("step-order-read"),
        )
        .step_note(
            Place::Cli,
            Cmd::openclaw("models auth order set")
                .flag("--provider")
                .provider(&p)
                .placeholder("<usable-profile-id>"),
            Msg::new("step-order-set-alternative"),
        )
        .steps(vec![restart()]),
    );
}

/// A session override named while the config's order puts another profile first.
fn override_with_order(ctx: &Context, out: &mut Vec<Finding>) {
    let Some((loc, _)) = ctx.first(OverrideMentioned) else { return };
    if ctx.session_overrides().next().is_some() {
        return;
    }
    let Some((oloc, first)) =
        config(ctx).find(|(_, c)| c.parent(1) == Some("order") && c.value.contains(':'))
    else {
        return;
    };
    let p = first.key().trim_end_matches("[]").to_string();
    let model = refs(ctx).into_iter().find(|r| r.starts_with(&format!("{p}/")));
    let pin = build_pin(&PinRequest {
        version: ctx.floor(),
        model_ref: model.as_deref(),
        profile_id: &first.value,
        stored_provider: None,
    });
    out.push(
        Finding::new(
            Cause::SessionPinStale,
            0.75,
            Msg::new("session_pin_stale-order-summary").arg("profile", first.value.clone()),
        )
        .evidence(loc.loc, &loc.quote)
        .evidence(oloc.loc, &oloc.quote)
        .step_note(Place::Chat, pin.cmd(), Msg::new("step-pin"))
        .step_note(Place::Chat, "/new", Msg::new("step-new-drops-auto")),
    );
}

/// causes.md `per_agent_auth_store`: the lanes read `agents/main` but the config has no agent
/// called main (another agent is the default).
fn per_agent_without_main(ctx: &Context, out: &mut Vec<Finding>) {
    let Some((loc, key)) = ctx.signals(NoApiKey).find(|(_, s)| {
        s.profile_id.as_deref().is_some_and(|d| d.replace('\\', "/").contains("agents/main"))
    }) else {
        return;
    };
    let agents: Vec<&str> = config(ctx)
        .filter(|(_, c)| c.ends_with(&["list", "id"]))
        .map(|(_, c)| c.value.as_str())
        .collect();
    if agents.is_empty() || agents.contains(&"main") {
        return;
    }
    let default = config(ctx)
        .find(|(_, c)| c.ends_with(&["list", "default"]) && c.value == "true")
        .and_then(|(_, d)| {
            config(ctx)
                .find(|(_, c)| c.object == d.object && c.key() == "id")
                .map(|(_, c)| c.value.clone())
        })
        .unwrap_or_else(|| agents[0].to_string());
    let p = key.provider.clone().unwrap_or_else(|| "<provider>".to_string());
    out.push(
        Finding::new(
            Cause::PerAgentAuthStore,
            0.9,
            Msg::new("per_agent_auth_store-summary")
                .arg("agent", "main")
                .arg("provider", p.clone()),
        )
        .evidence(loc.loc, &loc.quote)
        .rules_out(&[Cause::VersionRegression, Cause::MissingApiKey])
        .step_note(
            Place::Cli,
            Cmd::openclaw("models status").flag("--agent").agent(&default),
            Msg::new("step-check-agent-model"),
        )
        .steps(vec![steps::login(ctx, &p, None, Some("main")), restart()]),
    );
}

/// The order was set but the running gateway (before 9.1) keeps and writes back its own.
fn order_not_applied(ctx: &Context, out: &mut Vec<Finding>) {
    if !ctx.said(MentionsOrder) || ctx.at_least(9, 1) == Some(true) {
        return;
    }
    let set = ctx
        .signals(CliCommand)
        .find(|(_, s)| s.extra.as_deref().is_some_and(|a| a.starts_with("models auth order set")));
    let configured = config(ctx).find(|(_, c)| c.parent(1) == Some("order") && c.value != "[]");
    let (loc, args) = match (set, configured) {
        (Some((l, s)), _) => (l, s.extra.clone()),
        (None, Some((l, _))) => (l, None),
        _ => return,
    };
    let mut f = Finding::new(
        Cause::AuthOrderNotApplied,
        0.74,
        Msg::new("auth_order_not_applied-running-summary"),
    )
    .evidence(loc.loc, &loc.quote);
    match args
        .as_deref()
        .and_then(|a| a.strip_prefix("models auth order set"))
        .and_then(command::order_set_from)
    {
        Some(cmd) => {
            f = f
                .step_note(Place::Cli, "openclaw gateway stop", Msg::new("step-stop-gateway-first"))
                .step_note(Place::Cli, cmd, Msg::new("step-order-again"))
                .step(Place::Cli, "openclaw gateway start");
        }
        None => {
            let p = configured
                .map(|(_, c)| c.key().trim_end_matches("[]").to_string())
                .unwrap_or_else(|| "<provider>".into());
            f = f
                .step_note(
                    Place::Cli,
                    Cmd::openclaw("models auth order get").flag("--provider").provider(&p),
                    Msg::new("step-order-read"),
                )
                .steps(vec![restart()]);
        }
    }
    out.push(f);
}

/// The user expected a fallback and the failure was of a kind that should move to one, but
/// no fallback was tried (causes.md §3.6).
fn fallback_not_tried(ctx: &Context, out: &mut Vec<Finding>) {
    if !ctx.said(MentionsFallback) {
        return;
    }
    // A raw provider refusal that should fail over; an unknown model is a config error to fix
    // first, and a provider cooldown or an `All models failed` summary shows the chain ran.
    let kinds: [SignalKind; 3] = [RateLimited, UsageLimit, Billing];
    let Some((loc, _)) = kinds.iter().find_map(|k| ctx.first(*k)) else { return };
    let chain_ran = ctx.has(FallbackNotice)
        || ctx.has(ProviderCooldown)
        || ctx.facts.iter().any(|f| matches!(&f.fact, Fact::AllFailed { .. }));
    if chain_ran {
        return;
    }
    out.push(
        Finding::new(
            Cause::FallbackNotTriggered,
            0.84,
            Msg::new("fallback_not_triggered-not-tried-summary"),
        )
        .evidence(loc.loc, &loc.quote)
        .rules_out(&[Cause::RateLimitCooldown])
        .step_note(Place::Cli, "openclaw models status", Msg::new("step-check-fallbacks"))
        .steps(vec![upgrade()]),
    );
}

/// A failover decision with `fallbackConfigured: false` while the user has fallbacks.
fn fallback_not_configured(ctx: &Context, out: &mut Vec<Finding>) {
    let Some((loc, _)) =
        config(ctx).find(|(_, c)| c.key() == "fallbackConfigured" && c.value == "false")
    else {
        return;
    };
    if !ctx.said(MentionsFallback)
        && !config(ctx).any(|(_, c)| c.key().starts_with("fallbacks") && c.value != "[]")
    {
        return;
    }
    out.push(
        Finding::new(
            Cause::FallbacksStripped,
            0.85,
            Msg::new("fallbacks_stripped-effective-summary"),
        )
        .evidence(loc.loc, &loc.quote)
        .step_note(Place::Cli, "openclaw models status", Msg::new("step-check-fallbacks"))
        .step_note(
            Place::Config,
            "openclaw config get agents.list",
            Msg::new("step-object-form-model"),
        )
        .steps(vec![restart()]),
    );
}

/// causes.md `custom_model_misrouted`: a 401 for one provider's model at OpenAI's endpoint.
fn custom_model_misrouted(ctx: &Context, out: &mut Vec<Finding>) {
    let Some((loc, _)) = ctx.first(PlatformEndpoint) else { return };
    if ctx.has(MissingBearer) || !(ctx.has(Http401) || ctx.has(IncorrectApiKey)) {
        return;
    }
    let Some(p) = ctx
        .signals(ModelMention)
        .filter_map(|(_, s)| {
            s.model_ref.as_deref().and_then(|r| r.split_once('/')).map(|(p, _)| p.to_string())
        })
        .find(|p| !matches!(p.as_str(), "openai" | "openai-codex" | "codex"))
    else {
        return;
    };
    out.push(
        Finding::new(
            Cause::CustomModelMisrouted,
            0.88,
            Msg::new("custom_model_misrouted-summary").arg("provider", p.clone()),
        )
        .evidence(loc.loc, &loc.quote)
        .rules_out(&[Cause::InvalidApiKey, Cause::OauthExpired])
        .step_note(
            Place::Config,
            Cmd::openclaw("config set")
                .config_key("models.providers.", &p, ".baseUrl")
                .placeholder("<that-provider's-endpoint>"),
            Msg::new("step-set-api-baseurl").arg("provider", p.clone()),
        )
        .step(
            Place::Config,
            Cmd::openclaw("config set")
                .config_key("models.providers.", &p, ".api")
                .placeholder("<api-of-that-provider>"),
        )
        .steps(vec![restart()]),
    );
}

/// Credentials left in the old JSON file while the build reads the SQLite store (≥6.5).
fn store_not_migrated(ctx: &Context, out: &mut Vec<Finding>) {
    let Some((loc, _)) = ctx.first(SqliteStore) else { return };
    if !ctx.has(LegacyStoreFile)
        || !(ctx.has(MissingAuth) || ctx.has(MissingApiKeySelected) || ctx.has(NoApiKey))
    {
        return;
    }
    out.push(
        Finding::new(
            Cause::AuthStoreMigrationRequired,
            0.82,
            Msg::new("auth_store_migration_required-summary"),
        )
        .evidence(loc.loc, &loc.quote)
        .rules_out(&[Cause::MissingApiKey])
        .step(Place::Cli, "openclaw gateway stop")
        .steps(vec![steps::doctor_fix()])
        .step_note(Place::Cli, "openclaw models auth list", Msg::new("step-check-profiles-back"))
        .step(Place::Cli, "openclaw gateway start"),
    );
}

/// The user's summary of a status output: a named profile is expired.
fn expiry_summarised(ctx: &Context, out: &mut Vec<Finding>) {
    if !ctx.said(SaysExpired) || ctx.said(SaysWorks) && !ctx.said(ReportsFailure) {
        return;
    }
    let Some((loc, s)) = ctx.first(ProfileMention) else { return };
    let Some(id) = s.profile_id.clone() else { return };
    let p = id.split(':').next().unwrap_or("").to_string();
    out.push(
        Finding::new(
            Cause::OauthExpired,
            0.7,
            Msg::new("oauth_expired-summary").arg("provider", p.clone()).arg("profile", id.clone()),
        )
        .evidence(loc.loc, &loc.quote)
        .steps(vec![steps::login(ctx, &p, None, None), restart()])
        .steps(verify(ctx, &p)),
    );
}

/// A Claude subscription token given where an API key is expected: store it as a token.
fn setup_token(ctx: &Context, out: &mut Vec<Finding>) {
    // An expired token is the expiry rule's (its steps renew the token the same way).
    if !ctx.has(SetupToken) && !ctx.said(MentionsSetupToken)
        || ctx.has(OAuthTokenExpired)
        || ctx.has(LoginExpired)
    {
        return;
    }
    let anthropic = |k: SignalKind| {
        ctx.signals(k).find(|(_, s)| s.provider.as_deref().is_none_or(|p| p == "anthropic"))
    };
    let (loc, cause) =
        match (anthropic(NoApiKey), anthropic(IncorrectApiKey).or_else(|| anthropic(Http401))) {
            (Some((l, _)), _) => (l, Cause::MissingApiKey),
            (None, Some((l, _))) => (l, Cause::InvalidApiKey),
            _ => return,
        };
    let summary = if cause == Cause::MissingApiKey {
        "missing_api_key-summary"
    } else {
        "invalid_api_key-summary"
    };
    out.push(
        Finding::new(cause, 0.93, Msg::new(summary).arg("provider", "anthropic"))
            .evidence(loc.loc, &loc.quote)
            .step_note(Place::Cli, "claude setup-token", Msg::new("step-claude-setup-token"))
            .step_note(
                Place::Cli,
                Cmd::piped_secret(
                    Cmd::openclaw("models auth paste-token").flag("--provider").word("anthropic"),
                    "TOKEN",
                ),
                Msg::new("step-paste-token-stdin"),
            )
            .steps(vec![restart()]),
    );
}

/// Only the user's words say it times out.
fn timeout_in_words(ctx: &Context, out: &mut Vec<Finding>) {
    if !ctx.said(MentionsTimeout)
        || ctx.facts.iter().any(|f| matches!(&f.fact, Fact::Signal(s) if !s.kind.is_context()))
    {
        return;
    }
    let p = ctx.failing_provider().unwrap_or_else(|| "<provider>".to_string());
    let mut f = Finding::new(
        Cause::ProviderUnreachable,
        0.6,
        Msg::new("provider_unreachable-summary").arg("provider", p.clone()),
    );
    f = f.steps(verify(ctx, &p)).step_note(
        Place::Cli,
        "openclaw logs --follow",
        Msg::new("step-watch-one-turn"),
    );
    out.push(f);
}

/// The Codex app-server refusing the OpenAI profile it was given (causes.md
/// `auth_profile_provider_mismatch`) or not finding it (`pinned_profile_missing_credential`).
fn app_server_profile(ctx: &Context, out: &mut Vec<Finding>) {
    let Some((loc, s)) = ctx.first(AppServerProfile) else { return };
    let id = s.profile_id.clone().unwrap_or_default();
    let p = steps::login_provider(ctx, "openai-codex");
    if s.code.as_deref() == Some("was not found") {
        out.push(
            Finding::new(
                Cause::PinnedProfileMissingCredential,
                0.88,
                Msg::new("pinned_profile_missing_credential-summary").arg("profile", id.clone()),
            )
            .evidence(loc.loc, &loc.quote)
            .steps(vec![steps::login(ctx, &p, Some(&id), None), restart()])
            .steps(vec![upgrade()]),
        );
    } else {
        out.push(
            Finding::new(
                Cause::AuthProfileProviderMismatch,
                0.88,
                Msg::new("auth_profile_provider_mismatch-app-server-summary")
                    .arg("profile", id.clone()),
            )
            .evidence(loc.loc, &loc.quote)
            .steps(vec![
                steps::login(ctx, &p, None, None),
                steps::doctor_fix(),
                restart(),
                upgrade(),
            ]),
        );
    }
}

/// `Auth profile "<id>" is not configured for <q>`: the session pinned a profile of another
/// provider to a `<q>` model; selecting the model again without `@` drops the pin.
fn foreign_profile_pin(ctx: &Context, out: &mut Vec<Finding>) {
    let Some((loc, s)) = ctx.signals(ProfileNotConfigured).find(|(_, s)| {
        let id_p = s.profile_id.as_deref().and_then(|i| i.split_once(':')).map(|(p, _)| p);
        s.provider.is_some() && id_p.is_some() && id_p != s.provider.as_deref()
    }) else {
        return;
    };
    let q = s.provider.clone().unwrap_or_default();
    let id = s.profile_id.clone().unwrap_or_default();
    let model = refs(ctx).into_iter().find(|r| r.starts_with(&format!("{q}/")));
    let reselect = match &model {
        Some(r) => Cmd::chat("/model").model_ref(r),
        None => Cmd::chat("/model").model_of(&q, "<model>"),
    };
    out.push(
        Finding::new(
            Cause::SessionPinStale,
            0.92,
            Msg::new("session_pin_stale-foreign-summary").arg("profile", id).arg("provider", q),
        )
        .evidence(loc.loc, &loc.quote)
        .rules_out(&[Cause::PinnedProfileMissingCredential])
        .step_note(Place::Chat, reselect, Msg::new("step-reset-selection")),
    );
}

/// An allow-listed model of a custom provider that was never registered under
/// `models.providers.<p>.models[]` (messages.md §5).
fn unregistered_provider_model(ctx: &Context, out: &mut Vec<Finding>) {
    let Some((loc, s)) = ctx.first(ProviderModelUnregistered) else { return };
    let Some(r) = s.model_ref.clone() else { return };
    let Some((p, m)) = r.split_once('/') else { return };
    out.push(
        Finding::new(
            Cause::UnknownModel,
            0.91,
            Msg::new("unknown_model-unregistered-summary")
                .arg("model", r.clone())
                .arg("provider", p.to_string()),
        )
        .evidence(loc.loc, &loc.quote)
        .step_note(
            Place::Config,
            command::provider_models_json(p, m),
            Msg::new("step-register-model"),
        )
        .step_note(
            Place::Config,
            Cmd::openclaw("config set")
                .config_key("models.providers.", p, ".baseUrl")
                .placeholder("<endpoint>"),
            Msg::new("step-set-api-baseurl").arg("provider", p.to_string()),
        )
        .steps(vec![restart()]),
    );
}
