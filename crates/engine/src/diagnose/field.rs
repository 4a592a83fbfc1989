//! Causes first seen in field reports (causes.md §3.9) and the messages no catalogue id
//! covered (messages.md §12): each cause one function, reading typed signals and pasted
//! config key paths.

use super::command::Cmd;
use super::steps::{doctor_fix, restart, step, step_note, upgrade};
use super::{build_pin, Cause, Context, Finding, Msg, PinRequest, Place};
use crate::parse::{ConfigValue, Fact, Located, SignalKind::*};

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    login_requires_tty(ctx, out);
    oauth_profile_not_attached(ctx, out);
    agent_model_override(ctx, out);
    models_json_rejected(ctx, out);
    context_window_too_small(ctx, out);
    profile_param_ignored(ctx, out);
    ssrf_blocked(ctx, out);
    context_overflow(ctx, out);
    oauth_refresh_transient(ctx, out);
    env_key_not_bound(ctx, out);
    turn_timeout(ctx, out);
    directive_syntax(ctx, out);
    auth_profile_wrong_type(ctx, out);
}

/// Every pasted config value with where it was read.
pub(super) fn config(ctx: &Context) -> impl Iterator<Item = (&Located, &ConfigValue)> {
    ctx.facts.iter().filter_map(|f| match &f.fact {
        Fact::Config(c) => Some((f, c)),
        _ => None,
    })
}

/// The value of `--flag <value>` in a command line.
pub(crate) fn flag_value<'a>(args: &'a str, flag: &str) -> Option<&'a str> {
    let mut words = args.split_whitespace();
    while let Some(w) = words.next() {
        if w == flag {
            return words.next();
        }
        if let Some(v) = w.strip_prefix(flag).and_then(|v| v.strip_prefix('=')) {
            return Some(v);
        }
    }
    None
}

fn login_requires_tty(ctx: &Context, out: &mut Vec<Finding>) {
    let Some((loc, _)) = ctx.first(NoTty) else { return };
    let login = ctx
        .signals(CliCommand)
        .filter_map(|(_, s)| s.extra.as_deref())
        .find(|a| a.contains("auth"));
    let provider = login
        .and_then(|a| flag_value(a, "--provider"))
        .map(str::to_string)
        .or_else(|| ctx.failing_provider());
    let p = provider.unwrap_or_else(|| "<provider>".to_string());
    let paste = |sub: &'static str| Cmd::openclaw(sub).flag("--provider").provider(&p);
    let token_first = login.is_some_and(|a| {
        a.contains("setup-token") || a.contains("paste-token") || a.contains("--method token")
    });
    let key_step = step_note(
        Place::Cli,
        Cmd::piped_secret(paste("models auth paste-api-key"), "KEY"),
        Msg::new("step-paste-api-key-stdin"),
    );
    let token_step = step_note(
        Place::Cli,
        Cmd::piped_secret(paste("models auth paste-token"), "TOKEN"),
        Msg::new("step-paste-token-stdin"),
    );
    let steps = if token_first { vec![token_step, key_step] } else { vec![key_step, token_step] };
    out.push(
        Finding::new(Cause::LoginRequiresTty, 0.95, Msg::new("login_requires_tty-summary"))
            .evidence(loc.loc, &loc.quote)
            .steps(steps)
            .step_note(
                Place::Cli,
                Cmd::program("docker exec -it <container> openclaw models auth login")
                    .flag("--provider")
                    .provider(&p),
                Msg::new("step-docker-tty"),
            ),
    );
}

fn oauth_profile_not_attached(ctx: &Context, out: &mut Vec<Finding>) {
    let Some((loc, _)) = ctx.first(MissingBearer) else { return };
    let conf = if ctx.has(PlatformEndpoint) { 0.93 } else { 0.85 };
    let mut f = Finding::new(
        Cause::OauthProfileNotAttached,
        conf,
        Msg::new("oauth_profile_not_attached-summary"),
    )
    .evidence(loc.loc, &loc.quote)
    .rules_out(&[Cause::InvalidApiKey, Cause::MissingApiKey])
    .steps(vec![doctor_fix()])
    .step_note(
        Place::Cli,
        "openclaw plugins inspect codex --runtime --json",
        Msg::new("step-codex-runtime-inspect"),
    )
    .steps(vec![restart(), upgrade()]);
    if let Some((l, _)) = ctx.first(PlatformEndpoint) {
        f = f.evidence(l.loc, &l.quote);
    }
    out.push(f);
}

/// An `agents.list` entry with a model of its own, while the default (or what the user set)
/// names another: the agent's model wins.
fn agent_model_override(ctx: &Context, out: &mut Vec<Finding>) {
    let values: Vec<(&Located, &ConfigValue)> = config(ctx).collect();
    // Agent entries: objects holding an `id`; their model is `model` or `model.primary` in the
    // same object or the one nested in it.
    for (loc, id) in values.iter().filter(|(_, c)| c.key() == "id" && c.path.len() <= 3) {
        let model = values.iter().find(|(_, c)| {
            c.object >= id.object
                && (c.ends_with(&["model", "primary"]) && c.path.len() == id.path.len() + 1
                    || c.ends_with(&["model"])
                        && c.path.len() == id.path.len()
                        && c.object == id.object)
                && !c.has_key("defaults")
        });
        let Some((mloc, model)) = model else { continue };
        // Only objects nested directly in this agent's entry (not the next agent's).
        if values
            .iter()
            .any(|(_, c)| c.key() == "id" && c.object > id.object && c.object <= model.object)
        {
            continue;
        }
        let default = values.iter().find(|(_, c)| {
            (c.ends_with(&["defaults", "model", "primary"])
                || c.path.len() == 1 && c.key() == "primary"
                || c.ends_with(&["defaults", "model"]))
                && c.value != model.value
                && c.value.contains('/')
        });
        let Some((dloc, _)) = default else { continue };
        let agent = id.value.clone();
        out.push(
            Finding::new(
                Cause::AgentModelOverride,
                0.86,
                Msg::new("agent_model_override-summary")
                    .arg("agent", agent.clone())
                    .arg("model", model.value.clone()),
            )
            .evidence(mloc.loc, &mloc.quote)
            .evidence(dloc.loc, &dloc.quote)
            .evidence(loc.loc, &loc.quote)
            .step_note(
                Place::Config,
                "openclaw config unset agents.list[<index>].model",
                Msg::new("step-edit-agent-model"),
            )
            .steps(vec![restart()])
            .step_note(
                Place::Cli,
                Cmd::openclaw("models status").flag("--agent").agent(&agent),
                Msg::new("step-check-agent-model"),
            ),
        );
        return;
    }
}

fn models_json_rejected(ctx: &Context, out: &mut Vec<Finding>) {
    let Some((loc, s)) = ctx.first(ModelsJsonRejected) else { return };
    let p = s.provider.clone().unwrap_or_else(|| "<provider>".to_string());
    out.push(
        Finding::new(
            Cause::ModelsJsonRejected,
            0.95,
            Msg::new("models_json_rejected-summary").arg("provider", p.clone()),
        )
        .evidence(loc.loc, &loc.quote)
        .rules_out(&[Cause::UnknownModel, Cause::ModelNotAllowed])
        .step_note(
            Place::Config,
            Cmd::openclaw("config set")
                .config_key("models.providers.", &p, ".apiKey")
                .placeholder("<env-reference-or-placeholder>"),
            Msg::new("step-fix-provider-entry").arg("provider", p.clone()),
        )
        .steps(vec![restart()])
        .step_note(
            Place::Cli,
            "openclaw models list",
            Msg::new("step-list-models-after-fix"),
        ),
    );
}

fn context_window_too_small(ctx: &Context, out: &mut Vec<Finding>) {
    let (loc, s, conf) = match ctx.first(ContextWindowBlocked) {
        Some((l, s)) => (l, s, 0.94),
        None => match ctx.first(ContextWindowLow) {
            Some((l, s)) => (l, s, 0.6),
            None => return,
        },
    };
    let model = s.model_ref.clone().or_else(|| {
        ctx.signals(ContextWindowBlocked)
            .chain(ctx.signals(ContextWindowLow))
            .find_map(|(_, s)| s.model_ref.clone())
    });
    let min = ctx.signals(ContextWindowBlocked).find_map(|(_, s)| s.extra.clone());
    let msg = match (&model, &s.code, &min) {
        (Some(m), Some(c), Some(n)) => Msg::new("context_window_too_small-summary")
            .arg("model", m.clone())
            .arg("ctx", c.clone())
            .arg("min", n.clone()),
        _ => Msg::new("context_window_too_small-summary-plain"),
    };
    let p = model.as_deref().and_then(|r| r.split_once('/')).map_or("<provider>", |(p, _)| p);
    out.push(
        Finding::new(Cause::ContextWindowTooSmall, conf, msg)
            .evidence(loc.loc, &loc.quote)
            .rules_out(&[Cause::ProviderUnreachable, Cause::RequestRejected])
            .step_note(
                Place::Config,
                Cmd::openclaw("config set")
                    .config_key("models.providers.", p, ".models[<index>].contextWindow")
                    .placeholder("<real-context-size>"),
                Msg::new("step-set-context-window").arg("provider", p.to_string()),
            )
            .steps(vec![restart()])
            .step_note(
                Place::Cli,
                Cmd::openclaw("models set").model_of(p, "<larger-context-model>"),
                Msg::new("step-choose-bigger-model"),
            ),
    );
}

/// `params.authProfileId` on a model entry, while the profile in use is another one (the
/// order's first, or what status shows).
fn profile_param_ignored(ctx: &Context, out: &mut Vec<Finding>) {
    let Some((loc, param)) = config(ctx).find(|(_, c)| c.ends_with(&["params", "authProfileId"]))
    else {
        return;
    };
    let id = param.value.clone();
    let Some(model_ref) = param.parent(2).filter(|r| r.contains('/')).map(str::to_string) else {
        return;
    };
    let provider = id.split(':').next().unwrap_or("").to_string();
    // The order for that provider, as pasted.
    let order: Vec<String> = config(ctx)
        .filter(|(_, c)| c.ends_with(&["order", provider.as_str()]))
        .map(|(_, c)| c.value.clone())
        .collect();
    let first_is_other = order.first().is_some_and(|f| *f != id);
    let conf = if first_is_other { 0.85 } else { 0.65 };
    let pin = build_pin(&PinRequest {
        version: ctx.floor(),
        model_ref: Some(&model_ref),
        profile_id: &id,
        stored_provider: None,
    });
    let mut rest: Vec<String> = order.iter().filter(|o| **o != id).cloned().collect();
    rest.insert(0, id.clone());
    out.push(
        Finding::new(Cause::ProfileParamIgnored, conf, Msg::new("profile_param_ignored-summary"))
            .evidence(loc.loc, &loc.quote)
            .step_note(Place::Chat, pin.cmd(), Msg::new("step-pin-profile"))
            .step_note(
                Place::Cli,
                Cmd::openclaw("models auth order set")
                    .flag("--provider")
                    .provider(&provider)
                    .profiles(&rest),
                Msg::new("step-order-first").arg("provider", provider.clone()),
            ),
    );
}

fn ssrf_blocked(ctx: &Context, out: &mut Vec<Finding>) {
    let Some((loc, _)) = ctx.first(SsrfBlocked) else { return };
    let p = ctx.failing_provider().unwrap_or_else(|| "<provider>".to_string());
    let host = ctx.signals(SsrfBlocked).find_map(|(_, s)| s.extra.clone());
    let lookup = match &host {
        Some(h) => Cmd::program("getent hosts").host(h),
        None => Cmd::program("getent hosts <provider-host>"),
    };
    out.push(
        Finding::new(Cause::SsrfBlocked, 0.93, Msg::new("ssrf_blocked-summary"))
            .evidence(loc.loc, &loc.quote)
            .rules_out(&[Cause::ProviderUnreachable])
            .step_note(Place::Cli, lookup, Msg::new("step-check-dns-proxy"))
            .step_note(
                Place::Config,
                Cmd::openclaw("config set")
                    .config_key("models.providers.", &p, ".request.allowPrivateNetwork")
                    .word("true"),
                Msg::new("step-ssrf-allow-private"),
            )
            .steps(vec![restart()]),
    );
}

fn context_overflow(ctx: &Context, out: &mut Vec<Finding>) {
    let Some((loc, _)) = ctx.first(ContextOverflow) else { return };
    out.push(
        Finding::new(Cause::ContextOverflow, 0.88, Msg::new("context_overflow-summary"))
            .evidence(loc.loc, &loc.quote)
            .rules_out(&[Cause::OauthExpired, Cause::InvalidApiKey])
            .step_note(Place::Chat, "/compact", Msg::new("step-compact"))
            .step_note(Place::Chat, "/new", Msg::new("step-new-session")),
    );
}

fn oauth_refresh_transient(ctx: &Context, out: &mut Vec<Finding>) {
    let Some((loc, s)) = ctx.first(LoginFailed) else { return };
    // An expiry reason anywhere in the thread makes it a real expiry.
    if ctx.has(LoginExpired) || ctx.has(RefreshCode) || ctx.has(OAuthTokenExpired) {
        return;
    }
    let p = s
        .provider
        .clone()
        .or_else(|| ctx.failing_provider())
        .unwrap_or_else(|| "<provider>".to_string());
    let mut login = super::steps::login(ctx, &p, None, None);
    login.note = Some(Msg::new("step-login-if-repeats").arg("provider", p.clone()));
    out.push(
        Finding::new(
            Cause::OauthRefreshTransient,
            0.8,
            Msg::new("oauth_refresh_transient-summary").arg("provider", p),
        )
        .evidence(loc.loc, &loc.quote)
        .steps(vec![login]),
    );
}

fn env_key_not_bound(ctx: &Context, out: &mut Vec<Finding>) {
    let Some((loc, s)) = ctx.first(EnvNotBound) else { return };
    let p = s.provider.clone().unwrap_or_else(|| "<provider>".to_string());
    let env = s.extra.clone().unwrap_or_else(|| super::steps::env_var(&p));
    out.push(
        Finding::new(
            Cause::EnvKeyNotBound,
            0.93,
            Msg::new("env_key_not_bound-summary")
                .arg("env", env.clone())
                .arg("provider", p.clone()),
        )
        .evidence(loc.loc, &loc.quote)
        .rules_out(&[Cause::MissingApiKey])
        .step_note(Place::Cli, "openclaw doctor --fix", Msg::new("step-doctor-bind-env"))
        .step_note(
            Place::Config,
            Cmd::openclaw("config set")
                .config_key("models.providers.", &p, ".apiKey")
                .env_ref(&env),
            Msg::new("step-env-ref"),
        )
        .steps(vec![restart()]),
    );
}

fn turn_timeout(ctx: &Context, out: &mut Vec<Finding>) {
    let Some((loc, _)) = ctx.first(TurnTimeout) else { return };
    out.push(
        Finding::new(Cause::TurnTimeout, 0.88, Msg::new("turn_timeout-summary"))
            .evidence(loc.loc, &loc.quote)
            .rules_out(&[Cause::ProviderUnreachable])
            .step_note(
                Place::Config,
                "openclaw config set agents.defaults.timeoutSeconds <seconds>",
                Msg::new("step-raise-timeout"),
            )
            .steps(vec![restart()]),
    );
}

fn directive_syntax(ctx: &Context, out: &mut Vec<Finding>) {
    let Some((loc, _)) = ctx.first(OverrideNeedsModel).or_else(|| ctx.first(NumericModelSelection))
    else {
        return;
    };
    // The profile the user tried to pin, when their command is in the thread.
    let tried = ctx
        .signals(PinCommand)
        .find_map(|(_, s)| s.profile_id.clone())
        .unwrap_or_else(|| "<provider>:<profile>".to_string());
    let pin = build_pin(&PinRequest {
        version: ctx.floor(),
        model_ref: None,
        profile_id: &tried,
        stored_provider: None,
    });
    out.push(
        Finding::new(Cause::DirectiveSyntax, 0.92, Msg::new("directive_syntax-summary"))
            .evidence(loc.loc, &loc.quote)
            .steps(vec![step(Place::Chat, pin.cmd())]),
    );
}

/// Providers whose API takes a subscription token or an OAuth login (so a `token`/`oauth`
/// profile is the right kind there).
fn takes_tokens(provider: &str) -> bool {
    super::steps::is_oauth_only(provider)
        || matches!(provider, "anthropic" | "openai" | "google" | "minimax" | "qwen")
}

/// causes.md `auth_profile_wrong_type`: a `token`/`oauth` profile (auth list bracket or config
/// `mode`) for a provider whose API wants an API key, failing with 401 or "no API key".
fn auth_profile_wrong_type(ctx: &Context, out: &mut Vec<Finding>) {
    let listed = ctx
        .auth_list()
        .filter(|(_, e)| matches!(e.kind.as_str(), "token" | "oauth") && !takes_tokens(&e.provider))
        .map(|(l, e)| (l, e.provider.clone(), e.profile_id.clone()));
    let configured = config(ctx)
        .filter(|(_, c)| c.key() == "mode" && matches!(c.value.as_str(), "token" | "oauth"))
        .filter_map(|(l, c)| {
            let id = c.parent(1)?.to_string();
            let p = id.split_once(':')?.0.to_string();
            (!takes_tokens(&p)).then_some((l, p, id))
        });
    for (loc, p, _id) in listed.chain(configured) {
        let failing = ctx.signals(Http401).next().is_some()
            || ctx.signals(IncorrectApiKey).next().is_some()
            || ctx.signals(NoApiKey).any(|(_, s)| s.provider.as_deref() == Some(p.as_str()));
        if !failing {
            continue;
        }
        let paste = Cmd::openclaw("models auth paste-api-key").flag("--provider").provider(&p);
        out.push(
            Finding::new(
                Cause::AuthProfileWrongType,
                0.86,
                Msg::new("auth_profile_wrong_type-summary").arg("provider", p.clone()),
            )
            .evidence(loc.loc, &loc.quote)
            .rules_out(&[Cause::InvalidApiKey, Cause::MissingApiKey])
            .step_note(
                Place::Cli,
                Cmd::piped_secret(paste, "KEY"),
                Msg::new("step-store-right-type"),
            )
            .step_note(
                Place::Cli,
                Cmd::openclaw("models auth order set")
                    .flag("--provider")
                    .provider(&p)
                    .profile_of(&p, "<new-api-key-profile>"),
                Msg::new("step-order-first").arg("provider", p.clone()),
            )
            .steps(vec![restart()])
            .step_note(
                Place::Cli,
                Cmd::openclaw("models auth list").flag("--provider").provider(&p),
                Msg::new("step-check-profiles-back"),
            ),
        );
        return;
    }
}
