//! Credential state (causes.md §3.1): `oauth_expired`, `refresh_token_reused`,
//! `oauth_scope_missing`, `missing_api_key`, `invalid_api_key`,
//! `external_cli_credential_stale`, `pinned_profile_missing_credential`.

use super::steps::{self, is_local, is_oauth_only, login, restart, step, step_note, verify};
use super::{Best, Cause, Cmd, Context, Finding, Msg, Place};
use crate::lang::prose::ProseSignal::*;
use crate::parse::SignalKind::*;
use crate::versions::Version;

const REUSED: [&str; 4] = [
    "refresh_token_reused",
    "refresh token has already been used",
    "refresh_token_invalidated",
    "invalid_grant",
];

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    oauth_expired(ctx, out);
    refresh_token_reused(ctx, out);
    oauth_scope_missing(ctx, out);
    missing_api_key(ctx, out);
    invalid_api_key(ctx, out);
    external_cli(ctx, out);
    pinned_missing(ctx, out);
}

fn id_provider(id: &str) -> &str {
    id.split(':').next().unwrap_or(id)
}

/// Guess the provider of an anthropic-style error when the paste does not name it.
fn guess_provider(ctx: &Context, line: &str) -> Option<String> {
    if line.contains("authentication_error") || ctx.said(MentionsClaude) {
        Some("anthropic".into())
    } else if ctx.said(MentionsCodexOrChatGpt) {
        Some("openai-codex".into())
    } else if ctx.said(MentionsOpenAi) {
        Some("openai".into())
    } else {
        None
    }
}

/// Steps that renew an expired login for a provider and mode.
fn renew_steps(
    ctx: &Context,
    provider: &str,
    profile_id: Option<&str>,
    mode: Option<&str>,
) -> Vec<super::Step> {
    let mut v = Vec::new();
    if provider == "anthropic" && (mode == Some("token") || ctx.said(MentionsSetupToken)) {
        v.push(step_note(Place::Cli, "claude setup-token", Msg::new("step-claude-setup-token")));
        v.push(step(Place::Cli, "openclaw models auth setup-token --provider anthropic"));
    } else if provider == "claude-cli" || profile_id.is_some_and(|id| id.ends_with(":claude-cli")) {
        v.push(step(
            Place::Cli,
            "claude auth login && openclaw models auth login --provider anthropic --method cli",
        ));
    } else {
        v.push(login(ctx, provider, profile_id, None));
    }
    v.push(restart());
    v.extend(verify(ctx, if provider == "claude-cli" { "anthropic" } else { provider }));
    v
}

fn oauth_expired(ctx: &Context, out: &mut Vec<Finding>) {
    let reused = ctx
        .signals(RefreshCode)
        .any(|(_, s)| s.code.as_deref().is_some_and(|c| REUSED.contains(&c)));
    if reused {
        return;
    }
    let mut best = Best::of(out);
    // A `token_expired` refresh failure right after a login on 5.12–5.16 is the known bug.
    let regression_window = ctx.version_in(Version::v(5, 12), Version::v(5, 18));
    // Probe rows and status rows that are expired.
    // Providers with an `ok` row, gathered once (not a scan of the table per expired row).
    let mut ok_providers: Option<std::collections::HashSet<&str>> = None;
    for (loc, row) in ctx.probes() {
        if row.has_reason("expired") || row.has_reason("invalid_expires") {
            let p = row.provider().to_string();
            let p = row.profile_provider().map(str::to_string).unwrap_or(p);
            let ok_elsewhere = ok_providers
                .get_or_insert_with(|| {
                    ctx.probes().filter(|(_, r)| r.is_ok()).map(|(_, r)| r.provider()).collect()
                })
                .contains(row.provider());
            let conf = if ok_elsewhere { 0.6 } else { 0.9 };
            let f = Finding::new(
                Cause::OauthExpired,
                conf,
                Msg::new("oauth_expired-summary")
                    .arg("provider", p.clone())
                    .arg("profile", row.profile_id.clone().unwrap_or_default()),
            )
            .evidence(loc.loc, &loc.quote)
            .steps(renew_steps(
                ctx,
                &p,
                row.profile_id.as_deref(),
                row.mode.as_deref(),
            ));
            best.push(out, f);
        }
    }
    for (loc, row) in ctx.oauth_rows() {
        if row.status == "expired" && !row.profile_id.ends_with(":claude-cli") {
            let p = id_provider(&row.profile_id).to_string();
            let zero_but_ok = row.remaining.as_deref() == Some("0m") && !ctx.has_failure();
            if zero_but_ok {
                continue;
            }
            best.push(
                out,
                Finding::new(
                    Cause::OauthExpired,
                    0.85,
                    Msg::new("oauth_expired-summary")
                        .arg("provider", p.clone())
                        .arg("profile", row.profile_id.clone()),
                )
                .evidence(loc.loc, &loc.quote)
                .steps(renew_steps(ctx, &p, Some(&row.profile_id), None)),
            );
        }
    }
    // `Unavailable auth profiles` rows resting for an auth reason need a new login.
    for f in &ctx.facts {
        if let crate::parse::Fact::Unavailable(u) = &f.fact {
            if matches!(u.reason.as_str(), "auth" | "auth_permanent" | "session_expired") {
                best.push(
                    out,
                    Finding::new(
                        Cause::OauthExpired,
                        0.8,
                        Msg::new("oauth_expired-summary")
                            .arg("provider", u.provider.clone())
                            .arg("profile", u.profile_id.clone()),
                    )
                    .evidence(f.loc, &f.quote)
                    .steps(renew_steps(
                        ctx,
                        &u.provider,
                        Some(&u.profile_id),
                        None,
                    )),
                );
            }
        }
    }
    // `/model status`: the profile the conversation uses next is expired.
    for (loc, a) in ctx.chat_auth() {
        if a.is_next() && a.is_expired() {
            best.push(
                out,
                Finding::new(
                    Cause::OauthExpired,
                    0.8,
                    Msg::new("oauth_expired-summary")
                        .arg("provider", a.provider.clone())
                        .arg("profile", a.profile_id.clone()),
                )
                .evidence(loc.loc, &loc.quote)
                .steps(renew_steps(
                    ctx,
                    id_provider(&a.profile_id),
                    Some(&a.profile_id),
                    None,
                )),
            );
        }
    }
    // A failover reason `auth` on a candidate (decision lines, `All models failed` segments,
    // fallback notices): classify by provider (causes.md `invalid_api_key`): OAuth-only
    // providers mean an expired login; others stay suggestive.
    let auth_reason =
        |r: Option<&str>| matches!(r, Some("auth" | "auth_permanent" | "session_expired"));
    let mut failed_candidates: Vec<(&crate::parse::Located, String)> = Vec::new();
    for (loc, d) in ctx.decisions() {
        if auth_reason(d.get("reason")) && d.get("decision") != Some("candidate_succeeded") {
            if let Some(r) = d
                .get("candidate")
                .or_else(|| d.get("requested"))
                .or_else(|| d.get("from"))
                .or_else(|| d.get("provider"))
            {
                failed_candidates.push((loc, r.to_string()));
            }
        }
    }
    for (loc, _, seg) in ctx.failed_segments() {
        if auth_reason(seg.reason.as_deref())
            && !seg.error.contains("No API key")
            && !seg.error.contains("in cooldown")
            && !seg.error.contains("No available auth profile")
        {
            if let Some(r) = &seg.model_ref {
                failed_candidates.push((loc, r.clone()));
            }
        }
    }
    for (loc, s) in ctx.signals(FallbackNotice) {
        if auth_reason(s.code.as_deref()) {
            if let Some(r) = &s.model_ref {
                failed_candidates.push((loc, r.clone()));
            }
        }
    }
    if let Some((loc, model_ref)) = failed_candidates.first() {
        let p = model_ref.split('/').next().unwrap_or(model_ref).to_string();
        let conf =
            if is_oauth_only(&p) || loc.quote.contains("OAuth") || loc.quote.contains("refresh") {
                0.75
            } else {
                0.55
            };
        best.push(
            out,
            Finding::new(
                Cause::OauthExpired,
                conf,
                Msg::new("oauth_expired-summary").arg("provider", p.clone()).arg("profile", ""),
            )
            .evidence(loc.loc, &loc.quote)
            .steps(renew_steps(ctx, &p, None, None)),
        );
    }
    for kind in [
        LoginExpired,
        RefreshFailed,
        OAuthTokenExpired,
        LoginFailed,
        InvalidBearer,
        NotAcceptingLogin,
    ] {
        for (loc, s) in ctx.signals(kind) {
            if kind == RefreshFailed && regression_window {
                continue;
            }
            let provider = s.provider.clone().or_else(|| guess_provider(ctx, &loc.quote));
            let Some(p) = provider else {
                let conf = if kind == InvalidBearer { 0.55 } else { 0.7 };
                best.push(
                    out,
                    Finding::new(
                        Cause::OauthExpired,
                        conf,
                        Msg::new("oauth_expired-summary").arg("provider", "-").arg("profile", ""),
                    )
                    .evidence(loc.loc, &loc.quote),
                );
                continue;
            };
            if kind == InvalidBearer && !is_oauth_only(&p) && p != "anthropic" {
                continue;
            }
            let conf = match kind {
                LoginExpired | RefreshFailed | OAuthTokenExpired => 0.85,
                InvalidBearer => 0.55,
                _ => 0.65,
            };
            if best.absorbed(Cause::OauthExpired, conf) {
                // Merged into an earlier finding: only its evidence is kept.
                Best::cite(out, Cause::OauthExpired, &[(loc.loc, &loc.quote)]);
                continue;
            }
            let mode =
                if p == "anthropic" && kind == OAuthTokenExpired { Some("token") } else { None };
            best.push(
                out,
                Finding::new(
                    Cause::OauthExpired,
                    conf,
                    Msg::new("oauth_expired-summary").arg("provider", p.clone()).arg("profile", ""),
                )
                .evidence(loc.loc, &loc.quote)
                .steps(renew_steps(ctx, &p, None, mode)),
            );
        }
    }
}

fn refresh_token_reused(ctx: &Context, out: &mut Vec<Finding>) {
    for (loc, s) in ctx.signals(RefreshCode) {
        let Some(code) = s.code.as_deref() else { continue };
        if !REUSED.contains(&code) {
            continue;
        }
        // The provider: a refresh-failure line, a doctor row's id, a failed segment or a ref.
        let provider = ctx
            .signals(RefreshFailed)
            .find_map(|(_, r)| r.provider.clone())
            .or_else(|| ctx.signals(NotAcceptingLogin).find_map(|(_, r)| r.provider.clone()))
            .or_else(|| profile_on_line(&loc.quote).map(|id| id_provider(&id).to_string()))
            .or_else(|| {
                ctx.failed_segments().find_map(|(_, _, seg)| seg.provider().map(str::to_string))
            })
            .or_else(|| {
                ctx.decisions().find_map(|(_, d)| {
                    d.get("requested").map(|r| r.split('/').next().unwrap_or(r).to_string())
                })
            })
            .unwrap_or_else(|| "openai".to_string());
        let profile = profile_on_line(&loc.quote);
        let mut f = Finding::new(
            Cause::RefreshTokenReused,
            0.92,
            Msg::new("refresh_token_reused-summary").arg("provider", provider.clone()),
        )
        .evidence(loc.loc, &loc.quote)
        .rules_out(&[Cause::OauthExpired]);
        let mut login_step = login(ctx, &provider, profile.as_deref(), None);
        if ctx.floor().is_some_and(Version::has_force_flag) && profile.is_none() {
            login_step.command.push_str(" --force");
        }
        f = f.steps(vec![login_step]);
        if ctx.floor().is_some_and(|v| v >= Version::v(5, 12)) {
            f = f.steps(vec![steps::doctor_fix()]);
        }
        f = f.step_note(Place::Cli, "openclaw gateway status", Msg::new("step-one-gateway"));
        // A fresh profile must come first in the order (a stale `lastGood` otherwise wins).
        let order_provider = steps::login_provider(ctx, &provider);
        f = f.step_note(
            Place::Cli,
            Cmd::openclaw("models auth order set --provider")
                .provider(&order_provider)
                .placeholder("<new-profile-id>"),
            Msg::new("step-order-new-id"),
        );
        f = f.steps(vec![restart()]);
        if ctx.version.is_some_and(|v| v < Version::v(5, 20)) {
            f = f.steps(vec![steps::upgrade()]);
        }
        out.push(f);
        return;
    }
}

/// The first `<provider>:<name>` profile id on a line.
fn profile_on_line(line: &str) -> Option<String> {
    use regex::Regex;
    use std::sync::LazyLock;
    static ID: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?:^|[\s'`(])([a-z][\w.-]*:[\w.@+-]*[\w@])").expect("id"));
    // The regex's Unicode `\s` and `\w` cost ≈ 7 M instructions to compile for one line
    // (issue 14); on an ASCII line they are ASCII classes, read by hand.
    if line.is_ascii() {
        return ascii_profile_on_line(line).map(str::to_string);
    }
    ID.captures_iter(line).map(|c| c[1].to_string()).find(|id| profile_like(id))
}

/// Whether a match of `profile_on_line`'s regex is a profile id (not a URL or a hash).
fn profile_like(id: &str) -> bool {
    !id.starts_with("http") && !id.starts_with("sha256") && !id.contains("//")
}

/// [`profile_on_line`] on an ASCII line, where `\s` is `[\t\n\x0B\x0C\r ]` and `\w` is
/// `[A-Za-z0-9_]`: the matches of `(?:^|[\s'`(])([a-z][\w.-]*:[\w.@+-]*[\w@])`, leftmost
/// first and each search after the last match, until one is [`profile_like`].
fn ascii_profile_on_line(line: &str) -> Option<&str> {
    let b = line.as_bytes();
    let word = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
    let run = |from: usize, class: &dyn Fn(u8) -> bool| {
        b[from.min(b.len())..].iter().position(|&c| !class(c)).map_or(b.len(), |n| from + n)
    };
    // End of the group `[a-z][\w.-]*:[\w.@+-]*[\w@]` at `g`: the name runs to the colon (it
    // cannot hold one), the rest runs greedily and gives back what `[\w@]` cannot end on.
    let group = |g: usize| -> Option<usize> {
        if !b.get(g)?.is_ascii_lowercase() {
            return None;
        }
        let colon = run(g + 1, &|c| word(c) || matches!(c, b'.' | b'-'));
        if b.get(colon) != Some(&b':') {
            return None;
        }
        let tail = run(colon + 1, &|c| word(c) || matches!(c, b'.' | b'@' | b'+' | b'-'));
        b[colon + 1..tail].iter().rposition(|&c| word(c) || c == b'@').map(|n| colon + 2 + n)
    };
    let lead =
        |c: u8| matches!(c, b'\t' | b'\n' | 0x0b | 0x0c | b'\r' | b' ' | b'\'' | b'`' | b'(');
    let mut s = 0;
    while s < b.len() {
        let found = (if s == 0 { group(0).map(|e| (0, e)) } else { None })
            .or_else(|| lead(b[s]).then(|| group(s + 1).map(|e| (s + 1, e))).flatten());
        match found {
            Some((g, e)) if profile_like(&line[g..e]) => return Some(&line[g..e]),
            Some((_, e)) => s = e,
            None => s += 1,
        }
    }
    None
}

fn oauth_scope_missing(ctx: &Context, out: &mut Vec<Finding>) {
    let Some((loc, _)) = ctx.first(ScopeMissing) else { return };
    let seen = ctx
        .failing_provider()
        .or_else(|| guess_provider(ctx, ""))
        .unwrap_or_else(|| "openai-codex".into());
    // ChatGPT/Codex OAuth is named by era; other providers keep their id.
    let provider = steps::login_provider(ctx, &seen);
    let at_login = loc.quote.contains("invalid_scope") || ctx.said(MentionsLogin);
    let mut f = Finding::new(
        Cause::OauthScopeMissing,
        0.9,
        Msg::new("oauth_scope_missing-summary").arg("provider", provider.clone()),
    )
    .evidence(loc.loc, &loc.quote);
    if at_login {
        f = f.steps(vec![steps::upgrade(), login(ctx, &provider, None, None)]);
    } else {
        f = f
            .step_note(
                Place::Config,
                Cmd::openclaw("config unset").config_key(
                    "models.providers.",
                    &provider,
                    ".baseUrl",
                ),
                Msg::new("step-drop-baseurl"),
            )
            .steps(vec![steps::doctor_fix(), login(ctx, &provider, None, None), restart()]);
    }
    out.push(f);
}

/// The steps that give an agent a credential for a provider.
pub fn credential_steps(ctx: &Context, provider: &str, agent: Option<&str>) -> Vec<super::Step> {
    let mut v = Vec::new();
    // `openai` is both API keys and (≥6.1) ChatGPT/Codex OAuth: the thread says which.
    let chatgpt_login = provider == "openai"
        && (ctx.said_any(&[MentionsCodexOrChatGpt, MentionsSubscription])
            || ctx.provider_lines().any(|(_, l)| {
                l.provider.starts_with("openai")
                    && l.profiles.iter().any(|(_, v)| v.starts_with("OAuth"))
            }));
    if is_oauth_only(provider) || chatgpt_login {
        v.push(login(ctx, provider, None, agent));
    } else if is_local(provider) {
        let placeholder = if provider == "ollama" { "ollama-local" } else { "local-no-key" };
        v.push(step_note(
            Place::Config,
            Cmd::openclaw("config set")
                .config_key("models.providers.", provider, ".apiKey")
                .word(placeholder),
            Msg::new("step-local-placeholder-key"),
        ));
        v.push(restart());
    } else {
        v.push(step_note(
            Place::Cli,
            "openclaw configure",
            Msg::new("step-configure-key").arg("provider", provider.to_string()),
        ));
        // Appending to the env file is a shell command on the gateway host, not a config edit.
        v.push(steps::env_file_step(provider));
        v.push(restart());
        v.extend(verify(ctx, provider));
    }
    v
}

/// The agent id of an `agentDir` path (`~/.openclaw/agents/<id>/agent`).
pub fn agent_of(path: &str) -> Option<String> {
    let p = path.replace('\\', "/");
    let i = p.find("/agents/")?;
    let rest = &p[i + 8..];
    rest.split('/').next().map(str::to_string).filter(|s| !s.is_empty())
}

fn missing_api_key(ctx: &Context, out: &mut Vec<Finding>) {
    let mut seen: Vec<String> = Vec::new();
    for kind in [NoApiKey, MissingApiKey, MissingApiKeySelected, NotSetUp, CouldntConnect] {
        for (loc, s) in ctx.signals(kind) {
            // Banners name the provider for people (`OpenAI`); steps need its id (`openai`).
            let named = s.provider.as_deref().map(|p| p.to_ascii_lowercase().replace(' ', "-"));
            let provider = named
                .unwrap_or_else(|| ctx.failing_provider().unwrap_or_else(|| "<provider>".into()));
            if seen.contains(&provider) {
                continue;
            }
            seen.push(provider.clone());
            let agent = s.profile_id.as_deref().and_then(agent_of);
            let mut f = Finding::new(
                Cause::MissingApiKey,
                0.85,
                Msg::new("missing_api_key-summary").arg("provider", provider.clone()),
            )
            .evidence(loc.loc, &loc.quote);
            if kind == CouldntConnect {
                // The banner itself names doctor as the first step.
                f = f.steps(vec![steps::doctor_fix()]);
            }
            let f = f.steps(credential_steps(ctx, &provider, agent.as_deref()));
            out.push(f);
        }
    }
    for (loc, p) in ctx.provider_lines() {
        if p.effective_kind == "missing" && !seen.contains(&p.provider) {
            seen.push(p.provider.clone());
            out.push(
                Finding::new(
                    Cause::MissingApiKey,
                    0.8,
                    Msg::new("missing_api_key-summary").arg("provider", p.provider.clone()),
                )
                .evidence(loc.loc, &loc.quote)
                .steps(credential_steps(ctx, &p.provider, None)),
            );
        }
    }
    let pinned = pinned_ids(ctx);
    for (loc, row) in ctx.probes() {
        if row.has_reason("missing_credential") {
            let id = row.profile_id.clone().unwrap_or_default();
            if pinned.contains(&id) {
                continue;
            }
            let p = row.profile_provider().unwrap_or(row.provider()).to_string();
            if seen.contains(&p) {
                continue;
            }
            seen.push(p.clone());
            let mut steps = if row.mode.as_deref() == Some("token") {
                vec![step(Place::Cli, paste_token(&p, &id)), restart()]
            } else {
                credential_steps(ctx, &p, None)
            };
            if row.mode.as_deref() == Some("api_key") && !is_local(&p) {
                steps.insert(
                    1,
                    step(
                        Place::Cli,
                        Cmd::openclaw("models auth paste-api-key --provider").provider(&p),
                    ),
                );
            }
            out.push(
                Finding::new(
                    Cause::MissingApiKey,
                    0.85,
                    Msg::new("missing_api_key-summary").arg("provider", p),
                )
                .evidence(loc.loc, &loc.quote)
                .steps(steps),
            );
        }
    }
}

/// `provider=`, searched for in the quotes of every fact of a message.
static PROVIDER_KEY: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
    std::sync::LazyLock::new(|| memchr::memmem::Finder::new("provider="));

/// The `provider=<id>` a log line names (embedded-runner and transport-fetch lines).
fn named(line: &str) -> Option<String> {
    use regex::Regex;
    use std::sync::LazyLock;
    static P: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"provider=([\w.-]+)").expect("provider= regex"));
    // The regex's Unicode `\w` cost ≈ 4 M instructions to compile (issue 14): each
    // `provider=` is read by hand, with `[A-Za-z0-9_.-]`, and only a value that runs into a
    // character beyond ASCII (which `\w` may take) is left to the regex.
    let b = line.as_bytes();
    for at in PROVIDER_KEY.find_iter(b) {
        let from = at + PROVIDER_KEY.needle().len();
        let end = b[from..]
            .iter()
            .position(|&c| !(c.is_ascii_alphanumeric() || matches!(c, b'_' | b'.' | b'-')))
            .map_or(b.len(), |n| from + n);
        if b.get(end).is_some_and(|&c| !c.is_ascii()) {
            return P.captures(line).map(|c| c[1].to_string());
        }
        if end > from {
            return Some(line[from..end].to_string());
        }
    }
    None
}

fn invalid_api_key(ctx: &Context, out: &mut Vec<Finding>) {
    // The provider a message names anywhere, read once per message (not once per signal).
    let mut named_in: std::collections::HashMap<usize, Option<String>> =
        std::collections::HashMap::new();
    for kind in [IncorrectApiKey, InvalidAccessToken, InvalidBearer] {
        for (loc, _) in ctx.signals(kind) {
            let provider = named(&loc.quote)
                .or_else(|| {
                    let m = loc.loc.message;
                    named_in
                        .entry(m)
                        .or_insert_with(|| {
                            ctx.facts
                                .iter()
                                .filter(|f| f.loc.message == m)
                                .find_map(|f| named(&f.quote))
                        })
                        .clone()
                })
                .or_else(|| key_owner(&loc.quote).map(str::to_string));
            if provider.as_deref().is_some_and(is_oauth_only) {
                continue;
            }
            let conf = match kind {
                IncorrectApiKey => 0.9,
                InvalidAccessToken => 0.75,
                _ => 0.5,
            };
            let p = provider.clone().unwrap_or_else(|| "<provider>".into());
            let mut f = Finding::new(
                Cause::InvalidApiKey,
                conf,
                Msg::new("invalid_api_key-summary").arg("provider", p.clone()),
            )
            .evidence(loc.loc, &loc.quote)
            .step_note(Place::Cli, "openclaw models status", Msg::new("step-read-effective"))
            .step_note(
                Place::Cli,
                "openclaw configure",
                Msg::new("step-configure-key").arg("provider", p.clone()),
            );
            if let Some(p) = &provider {
                f = f.steps(vec![steps::env_file_step(p)]);
            }
            f = f.steps(vec![restart()]);
            if let Some(p) = &provider {
                f = f.steps(verify(ctx, p));
            }
            out.push(f);
        }
    }
    // Probe `auth` on an API-key source.
    for (loc, row) in ctx.probes() {
        if row.status == "auth" && row.mode.as_deref() == Some("api_key") {
            let p = row.provider().to_string();
            out.push(
                Finding::new(
                    Cause::InvalidApiKey,
                    0.85,
                    Msg::new("invalid_api_key-summary").arg("provider", p.clone()),
                )
                .evidence(loc.loc, &loc.quote)
                .step_note(Place::Cli, "openclaw models status", Msg::new("step-read-effective"))
                .step_note(
                    Place::Cli,
                    "openclaw configure",
                    Msg::new("step-configure-key").arg("provider", p.clone()),
                )
                .steps(vec![restart()])
                .steps(verify(ctx, &p)),
            );
        } else if row.status == "auth" {
            let p = row.profile_provider().unwrap_or(row.provider()).to_string();
            out.push(
                Finding::new(
                    Cause::OauthExpired,
                    0.8,
                    Msg::new("oauth_expired-summary")
                        .arg("provider", p.clone())
                        .arg("profile", row.profile_id.clone().unwrap_or_default()),
                )
                .evidence(loc.loc, &loc.quote)
                .steps(renew_steps(
                    ctx,
                    &p,
                    row.profile_id.as_deref(),
                    row.mode.as_deref(),
                )),
            );
        }
    }
    // `decision=surface_error reason=auth … profile=-`: an API key was sent and refused.
    for (loc, d) in ctx.decisions() {
        if d.get("decision") == Some("surface_error")
            && d.get("reason") == Some("auth")
            && d.get("profile") == Some("-")
        {
            out.push(
                Finding::new(
                    Cause::InvalidApiKey,
                    0.8,
                    Msg::new("invalid_api_key-summary").arg("provider", "-"),
                )
                .evidence(loc.loc, &loc.quote)
                .step_note(
                    Place::Cli,
                    "openclaw models status",
                    Msg::new("step-read-effective"),
                ),
            );
        }
    }
}

/// The provider a rejected key belongs to, from OpenClaw's masked key or the provider's own
/// error wording.
fn key_owner(line: &str) -> Option<&'static str> {
    const OWNERS: &[(&str, &str)] = &[
        ("sk-ant-", "anthropic"),
        ("invalid x-api-key", "anthropic"),
        ("sk-or-", "openrouter"),
        ("AIza", "google"),
        ("platform.openai.com", "openai"),
        ("sk-proj-", "openai"),
        ("sk-svcacct-", "openai"),
    ];
    OWNERS.iter().find(|(needle, _)| line.contains(needle)).map(|(_, p)| *p)
}

fn external_cli(ctx: &Context, out: &mut Vec<Finding>) {
    let Some((loc, s)) = ctx.first(ExternalCli) else { return };
    let provider = s
        .provider
        .clone()
        .or_else(|| ctx.facts.iter().find_map(|f| named(&f.quote)))
        .unwrap_or_else(|| "openai".into());
    let (source_login, p) = if provider.contains("anthropic") || provider.contains("claude") {
        ("claude auth login", "anthropic")
    } else {
        ("codex login", provider.as_str())
    };
    let mut f = Finding::new(
        Cause::ExternalCliCredentialStale,
        0.85,
        Msg::new("external_cli_credential_stale-summary").arg("provider", p.to_string()),
    )
    .evidence(loc.loc, &loc.quote)
    .step_note(Place::Cli, source_login, Msg::new("step-refresh-external-cli"));
    if p == "anthropic" {
        f = f.step(Place::Cli, "openclaw models auth login --provider anthropic --method cli");
    } else {
        f = f.steps(vec![login(ctx, p, None, None)]);
    }
    f = f.steps(vec![restart()]);
    out.push(f);
}

/// `openclaw models auth paste-token --provider <p> --profile-id <id>`.
fn paste_token(provider: &str, profile_id: &str) -> Cmd {
    Cmd::openclaw("models auth paste-token --provider")
        .provider(provider)
        .flag("--profile-id")
        .profile(profile_id)
}

/// Profile ids the thread pins: `/model …@<id>` attempts and `next` entries of `/model status`.
pub fn pinned_ids(ctx: &Context) -> Vec<String> {
    let mut ids: Vec<String> =
        ctx.signals(PinCommand).filter_map(|(_, s)| s.profile_id.clone()).collect();
    ids.extend(ctx.chat_auth().filter(|(_, a)| a.is_next()).map(|(_, a)| a.profile_id.clone()));
    ids
}

fn pinned_missing(ctx: &Context, out: &mut Vec<Finding>) {
    let pinned = pinned_ids(ctx);
    let mut candidates: Vec<(crate::parse::Loc, crate::parse::Quote, String, Option<String>)> =
        Vec::new();
    for (loc, row) in ctx.probes() {
        let id = row.profile_id.clone().unwrap_or_default();
        if (row.has_reason("missing_credential") || row.has_reason("unresolved_ref"))
            && pinned.contains(&id)
        {
            candidates.push((loc.loc, loc.quote.clone(), id, row.mode.clone()));
        }
    }
    for (loc, a) in ctx.chat_auth() {
        if a.is_next() && a.is_missing() {
            candidates.push((loc.loc, loc.quote.clone(), a.profile_id.clone(), None));
        }
    }
    for (loc, s) in ctx.signals(ProfileNotConfigured) {
        if let Some(id) = &s.profile_id {
            candidates.push((loc.loc, loc.quote.clone(), id.clone(), None));
        }
    }
    let Some((loc, quote, id, mode)) = candidates.into_iter().next() else { return };
    let p = id_provider(&id).to_string();
    let mut f = Finding::new(
        Cause::PinnedProfileMissingCredential,
        0.9,
        Msg::new("pinned_profile_missing_credential-summary").arg("profile", id.clone()),
    )
    .evidence(loc, &quote)
    .rules_out(&[Cause::MissingApiKey]);
    // Cheapest reversible step first: pin a profile of the same provider that works.
    if let Some((_, ok)) =
        ctx.probes().find(|(_, r)| r.is_ok() && r.profile_provider() == Some(p.as_str()))
    {
        let pin = super::build_pin(&super::PinRequest {
            version: ctx.floor(),
            model_ref: Some(&ok.model_ref),
            profile_id: ok.profile_id.as_deref().unwrap_or_default(),
            stored_provider: None,
        });
        f = f.step_note(
            Place::Chat,
            pin.cmd(),
            Msg::new("step-pin-working").arg("profile", pin.profile_id),
        );
    }
    if mode.as_deref() == Some("token") || p == "anthropic" {
        f = f.step(Place::Cli, paste_token(&p, &id));
    } else {
        f = f.steps(vec![login(ctx, &p, Some(&id), None)]);
    }
    out.push(f);
}

#[cfg(test)]
mod tests {
    use super::*;
    use regex::Regex;

    /// Lines of the pieces a profile id, a `provider=` pair and their neighbours are made of,
    /// ASCII blanks and the Unicode ones `\s` also takes, and the fixtures' lines.
    fn lines() -> Vec<String> {
        let pieces = [
            "openai",
            "codex",
            ":",
            "default",
            "a",
            "z",
            "Q",
            "9",
            "_",
            ".",
            "-",
            "+",
            "@",
            "=",
            " ",
            "\t",
            "\x0b",
            "\r",
            "\x1c",
            "'",
            "`",
            "(",
            ")",
            "http",
            "https://x.io:443",
            "sha256",
            "sha256:3f9a",
            "//",
            "/",
            "provider=",
            "provider",
            "é",
            "—",
            "\u{a0}",
            "\u{2003}",
            "ǅ",
            "a:b",
            "x:y@z.",
            "id:",
            "::",
            "[",
            "]",
            ",",
        ];
        let mut rng = crate::testgen::XorShift(0x9E37_79B9_7F4A_7C15);
        let mut lines = crate::testgen::joined_pieces(&mut rng, &pieces, 60_000, 14);
        for f in crate::testgen::fixture_texts() {
            lines.extend(f.lines().map(String::from));
        }
        lines
    }

    /// `profile_on_line` as written with its regex alone.
    fn profile_on_line_reference(line: &str) -> Option<String> {
        static ID: std::sync::LazyLock<Regex> = std::sync::LazyLock::new(|| {
            Regex::new(r"(?:^|[\s'`(])([a-z][\w.-]*:[\w.@+-]*[\w@])").unwrap()
        });
        ID.captures_iter(line)
            .map(|c| c[1].to_string())
            .find(|id| !id.starts_with("http") && !id.starts_with("sha256") && !id.contains("//"))
    }

    /// `named` as written with its regex alone.
    fn named_reference(line: &str) -> Option<String> {
        static P: std::sync::LazyLock<Regex> =
            std::sync::LazyLock::new(|| Regex::new(r"provider=([\w.-]+)").unwrap());
        P.captures(line).map(|c| c[1].to_string())
    }

    #[test]
    fn hand_read_ids_as_the_regexes_say() {
        let (mut ascii, mut found, mut named_found) = (0, 0, 0);
        for l in lines() {
            let want = profile_on_line_reference(&l);
            if l.is_ascii() {
                ascii += 1;
                found += usize::from(want.is_some());
                assert_eq!(ascii_profile_on_line(&l).map(str::to_string), want, "{l:?}");
            }
            assert_eq!(profile_on_line(&l), want, "{l:?}");
            let want = named_reference(&l);
            named_found += usize::from(want.is_some());
            assert_eq!(named(&l), want, "{l:?}");
        }
        // The generated lines reach both outcomes of both readers.
        assert!(ascii > 10_000 && found > 1_000 && found < ascii - 1_000, "{ascii} {found}");
        assert!(named_found > 1_000, "{named_found}");
    }
}
