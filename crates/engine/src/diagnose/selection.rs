//! Which profile or ref is used (causes.md §3.3): `profile_excluded_by_auth_order`,
//! `auth_order_not_applied`, `session_pin_stale`, `wrong_provider_prefix`,
//! `auth_profile_provider_mismatch`, `legacy_codex_ids`.

use super::command;
use super::pin::{build_pin, PinRequest};
use super::steps::{self, restart, verify};
use super::{Best, Cause, Cmd, Context, Finding, Msg, Place};
use crate::parse::SignalKind::*;
use crate::parse::{AuthListEntry, Loc, Located, ProbeRow};
use crate::versions::{CodexEra, Version};

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    excluded_by_order(ctx, out);
    order_not_applied(ctx, out);
    wrong_prefix_and_mismatch(ctx, out);
    session_pin_stale(ctx, out);
    legacy_codex_ids(ctx, out);
}

fn id_provider(id: &str) -> &str {
    id.split(':').next().unwrap_or(id)
}

/// The provider id the order CLI takes for a probe row's profiles (5.12–5.28 keep
/// `openai-codex:*` ids under `--provider openai-codex`, inferred in versions.md §3).
fn order_provider(ctx: &Context, row: &ProbeRow) -> String {
    match (row.profile_provider(), ctx.era()) {
        (Some("openai-codex"), Some(CodexEra::Renamed | CodexEra::Unified8)) => {
            "openai".to_string()
        }
        (Some(p), _) => p.to_string(),
        (None, _) => row.provider().to_string(),
    }
}

fn excluded_by_order(ctx: &Context, out: &mut Vec<Finding>) {
    let rows: Vec<_> = ctx.probes().collect();
    // Rows per provider, providers in order of first appearance (one pass: a table of
    // thousands of rows alternating providers was quadratic).
    let mut providers: Vec<(&str, Vec<_>)> = Vec::new();
    let mut slot: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for row in &rows {
        let p = row.1.provider();
        // The first few providers by a look along the list (a table names two or three; the
        // map hashed every row), the others by the map, which holds every provider.
        let seen = providers.iter().take(8).position(|(q, _)| *q == p);
        let i = seen.unwrap_or_else(|| {
            *slot.entry(p).or_insert_with(|| {
                providers.push((p, Vec::new()));
                providers.len() - 1
            })
        });
        providers[i].1.push(row);
    }
    for (prov, of) in providers {
        let excluded: Vec<_> = of.iter().filter(|(_, r)| r.is_excluded()).collect();
        if excluded.is_empty() {
            continue;
        }
        if of.iter().any(|(_, r)| r.is_ok()) {
            // Intended exclusion of a stale profile: handled as a ruled-out cause elsewhere.
            continue;
        }
        let (first_loc, first_row) = excluded[0];
        let order_prov = order_provider(ctx, first_row);
        let order = ctx
            .orders()
            .find(|(_, o)| o.provider.as_deref().is_none_or(|p| p == prov || p == order_prov));
        let legacy_in_order = order
            .is_some_and(|(_, o)| o.override_ids.iter().any(|id| id.starts_with("openai-codex:")))
            && matches!(ctx.era(), Some(CodexEra::Renamed | CodexEra::Unified8) | None);
        let agent = order.and_then(|(_, o)| o.agent.clone()).filter(|a| a != "main");
        let with_agent = |c: Cmd| match &agent {
            Some(a) => c.flag("--agent").agent(a),
            None => c,
        };
        let mut f = Finding::new(
            Cause::ProfileExcludedByAuthOrder,
            0.9,
            Msg::new("profile_excluded_by_auth_order-summary").arg("provider", order_prov.clone()),
        )
        .evidence(first_loc.loc, &first_loc.quote);
        if let Some((l, _)) = order {
            f = f.evidence(l.loc, &l.quote);
        }
        if legacy_in_order {
            f = f.steps(vec![steps::doctor_fix()]);
        }
        f = f.step_note(
            Place::Cli,
            with_agent(Cmd::openclaw("models auth order clear --provider").provider(&order_prov)),
            Msg::new("step-order-clear"),
        );
        let usable: Vec<String> =
            excluded.iter().filter_map(|(_, r)| r.profile_id.clone()).collect();
        if !usable.is_empty() {
            f = f.step_note(
                Place::Cli,
                with_agent(Cmd::openclaw("models auth order set --provider").provider(&order_prov))
                    .profiles(&usable),
                Msg::new("step-order-set-alternative"),
            );
        }
        f = f.steps(vec![restart()]).steps(verify(ctx, &order_prov));
        out.push(f);
    }
}

fn order_not_applied(ctx: &Context, out: &mut Vec<Finding>) {
    let trigger = ctx
        .first(OrderLockBusy)
        .map(|(l, _)| l)
        .or_else(|| ctx.signals(ProfileNotFound).find(|(_, s)| s.extra.is_some()).map(|(l, _)| l));
    let Some(loc) = trigger else { return };
    let mut f =
        Finding::new(Cause::AuthOrderNotApplied, 0.9, Msg::new("auth_order_not_applied-summary"))
            .evidence(loc.loc, &loc.quote);
    let set = ctx.first(OrderSetCommand).and_then(|(_, s)| s.extra.clone());
    let provider = set
        .as_deref()
        .and_then(|a| {
            a.split_whitespace().skip_while(|w| *w != "--provider").nth(1).map(str::to_string)
        })
        .or_else(|| ctx.orders().find_map(|(_, o)| o.provider.clone()))
        .unwrap_or_else(|| "<provider>".into());
    if ctx.has(OrderLockBusy) {
        f = f.step_note(Place::Cli, "openclaw gateway stop", Msg::new("step-release-lock"));
    } else {
        f = f.step(Place::Cli, Cmd::openclaw("models auth list --provider").provider(&provider));
    }
    // The user's own `order set` again, when every word of it is a flag or an id.
    match set.as_deref().and_then(command::order_set_from) {
        Some(own) => f = f.step(Place::Cli, own),
        None => {
            f = f.step(
                Place::Cli,
                Cmd::openclaw("models auth order set --provider")
                    .provider(&provider)
                    .placeholder("<profile-id>…"),
            );
        }
    }
    f = f.step(Place::Cli, Cmd::openclaw("models auth order get --provider").provider(&provider));
    if ctx.has(OrderLockBusy) {
        f = f.step(Place::Cli, "openclaw gateway start");
    } else {
        f = f.steps(vec![restart()]);
    }
    out.push(f);
}

/// The model ref to pin a profile with: its `ok` probe row, else the user's attempt.
fn model_for(ctx: &Context, profile_id: &str, attempt: Option<&str>) -> Option<String> {
    let name = profile_id.split_once(':').map(|(_, n)| n).unwrap_or("");
    ctx.probes()
        .find(|(_, r)| r.is_ok() && r.profile_id.as_deref() == Some(profile_id))
        .or_else(|| {
            ctx.probes().find(|(_, r)| {
                r.is_ok()
                    && r.profile_id.as_deref().is_some_and(|i| i.ends_with(&format!(":{name}")))
            })
        })
        .map(|(_, r)| r.model_ref.clone())
        .or_else(|| attempt.map(str::to_string))
        .or_else(|| {
            ctx.header("Default")
                .map(|(_, h)| h.value.split_whitespace().next().unwrap_or("").to_string())
        })
}

/// The `auth list` entry of a profile: its id, else one of the same name (the migrated id
/// printed by `auth list` ≥6.1).
fn listed<'a>(ctx: &'a Context, profile_id: &str) -> Option<(&'a Located, &'a AuthListEntry)> {
    ctx.auth_list().find(|(_, e)| e.profile_id == profile_id).or_else(|| {
        // The name is read only when there is a list to look in (a pin paste without one
        // asked for it once per pin line: issue 14).
        let mut entries = ctx.auth_list().peekable();
        entries.peek()?;
        let name = profile_id.split_once(':').map(|(_, n)| n).unwrap_or("");
        entries.find(|(_, e)| e.profile_id.split_once(':').map(|(_, n)| n) == Some(name))
    })
}

/// A pin finding's line and the evidence [`pin_finding`] adds, alone, cited into the finding
/// that takes them in: for a finding that [`Best`] says is absorbed.
fn cite_pin_evidence(
    ctx: &Context,
    out: &mut Vec<Finding>,
    cause: Cause,
    loc: &Located,
    profile_id: &str,
) {
    match listed(ctx, profile_id) {
        Some((l, _)) => Best::cite(out, cause, &[(loc.loc, &loc.quote), (l.loc, &l.quote)]),
        None => Best::cite(out, cause, &[(loc.loc, &loc.quote)]),
    }
}

fn pin_finding(ctx: &Context, mut f: Finding, profile_id: &str, attempt: Option<&str>) -> Finding {
    // Prefer the migrated id printed by `auth list` (≥6.1), with its stored provider.
    let (id, stored) = match listed(ctx, profile_id) {
        Some((l, e)) => {
            f = f.evidence(l.loc, &l.quote);
            (e.profile_id.clone(), Some(e.provider.clone()))
        }
        None => (profile_id.to_string(), None),
    };
    let model = model_for(ctx, profile_id, attempt);
    let pin = build_pin(&PinRequest {
        version: ctx.floor(),
        model_ref: model.as_deref(),
        profile_id: &id,
        stored_provider: stored.as_deref(),
    });
    if pin.needs_doctor {
        f = f
            .steps(vec![steps::doctor_fix()])
            .step(Place::Cli, "openclaw models auth list --provider openai");
    }
    f.step_note(Place::Chat, pin.cmd(), Msg::new("step-pin").arg("profile", pin.profile_id))
}

/// A search for `order set`, built once for every mismatch line (`str::contains` prepared
/// one per line: a 1 MiB paste of pin errors has ~13,000, ~2 M instructions).
fn order_set_finder() -> memchr::memmem::Finder<'static> {
    memchr::memmem::Finder::new("order set")
}

fn wrong_prefix_and_mismatch(ctx: &Context, out: &mut Vec<Finding>) {
    let attempts: Vec<_> = ctx.signals(PinCommand).collect();
    let from_order_set = ctx.has(OrderSetCommand) && attempts.is_empty();
    let mut best = Best::of(out);
    let order_set = order_set_finder();
    for (loc, s) in ctx.signals(PinMismatch) {
        let id = s.profile_id.as_deref().unwrap_or_default();
        if from_order_set || order_set.find(loc.quote.as_bytes()).is_some() {
            let (cause, conf) = (Cause::AuthProfileProviderMismatch, 0.9);
            if best.absorbed(cause, conf) {
                Best::cite(out, cause, &[(loc.loc, &loc.quote)]);
                continue;
            }
            // `order set` refused a foreign profile: keep each provider's own ids.
            let want = s.extra.clone().unwrap_or_default();
            let has = s.provider.clone().unwrap_or_default();
            let args =
                ctx.first(OrderSetCommand).and_then(|(_, o)| o.extra.clone()).unwrap_or_default();
            let own: Vec<&str> = args
                .split_whitespace()
                .filter(|w| w.contains(':') && id_provider(w) == want)
                .collect();
            let order_set = Cmd::openclaw("models auth order set --provider").provider(&want);
            let order_set = if own.is_empty() {
                order_set.profile_of(&want, "<profile>")
            } else {
                order_set.profiles(&own)
            };
            let mut f = Finding::new(
                Cause::AuthProfileProviderMismatch,
                0.9,
                Msg::new("auth_profile_provider_mismatch-summary")
                    .arg("profile", id.to_string())
                    .arg("provider", want.clone()),
            )
            .evidence(loc.loc, &loc.quote)
            .step(Place::Cli, order_set);
            f = f.step_note(
                Place::Cli,
                Cmd::openclaw("models fallbacks add").model_of(&has, "<model>"),
                Msg::new("step-cross-provider-fallback"),
            );
            f = f.steps(vec![restart()]);
            best.push(out, f);
            continue;
        }
        let (cause, conf) = (Cause::WrongProviderPrefix, 0.92);
        if best.absorbed(cause, conf) {
            cite_pin_evidence(ctx, out, cause, loc, id);
            continue;
        }
        let attempt = attempts
            .iter()
            .find(|(_, a)| a.profile_id.as_deref() == Some(id))
            .map(|(_, a)| a.model_ref.clone().unwrap_or_default());
        let f = Finding::new(
            Cause::WrongProviderPrefix,
            0.92,
            Msg::new("wrong_provider_prefix-summary")
                .arg("profile", id.to_string())
                .arg("provider", s.provider.clone().unwrap_or_default()),
        )
        .evidence(loc.loc, &loc.quote)
        .rules_out(&[Cause::OauthExpired, Cause::MissingApiKey]);
        best.push(out, pin_finding(ctx, f, id, attempt.as_deref()));
    }
    // A pin whose ref and profile providers differ, answered `not found` (renamed ids on ≥6.1).
    for (loc, s) in ctx.signals(ProfileNotFound) {
        if s.extra.is_some() {
            continue;
        }
        let id = s.profile_id.clone().unwrap_or_default();
        let Some((_, a)) =
            attempts.iter().find(|(_, a)| a.profile_id.as_deref() == Some(id.as_str()))
        else {
            continue;
        };
        let ref_provider = a.model_ref.as_deref().and_then(|r| r.split('/').next()).unwrap_or("");
        let conf = if ref_provider != id_provider(&id) { 0.9 } else { 0.7 };
        if best.absorbed(Cause::WrongProviderPrefix, conf) {
            cite_pin_evidence(ctx, out, Cause::WrongProviderPrefix, loc, &id);
            continue;
        }
        let f = Finding::new(
            Cause::WrongProviderPrefix,
            conf,
            Msg::new("wrong_provider_prefix-summary")
                .arg("profile", id.clone())
                .arg("provider", id_provider(&id).to_string()),
        )
        .evidence(loc.loc, &loc.quote);
        best.push(out, pin_finding(ctx, f, &id, a.model_ref.as_deref()));
    }
    // ≤5.7 (not 5.5): `openai/*` with only Codex OAuth.
    if let Some((loc, s)) = ctx.first(MissingApiKeyOpenAi) {
        let suggests_codex_profile = loc.quote.contains("with the Codex OAuth profile");
        if suggests_codex_profile
            && ctx.version.is_none_or(|v| v < Version::v(5, 8) && v != Version::v(5, 5))
        {
            let model = s
                .model_ref
                .as_deref()
                .and_then(|r| r.split_once('/'))
                .map(|(_, m)| m.to_string())
                .unwrap_or_else(|| "gpt-5.5".into());
            out.push(
                Finding::new(
                    Cause::WrongProviderPrefix,
                    0.85,
                    Msg::new("wrong_provider_prefix-default-summary"),
                )
                .evidence(loc.loc, &loc.quote)
                .step(
                    Place::Cli,
                    Cmd::openclaw("models set").model_ref(&format!("openai-codex/{model}")),
                )
                .steps(vec![restart()]),
            );
        }
    }
}

/// A usable profile for a provider: the one logged in or put first, proven by an `ok` row.
fn working_row<'a>(
    ctx: &'a Context,
    provider_hint: Option<&str>,
) -> Option<(&'a crate::parse::Located, &'a ProbeRow)> {
    let ok: Vec<_> = ctx.probes().filter(|(_, r)| r.is_ok() && r.profile_id.is_some()).collect();
    // Once, not per row (a table of thousands of rows searched the hint for each).
    let hint_openai = provider_hint.is_some_and(|h| h.contains("openai"));
    let matches_hint = |r: &ProbeRow| {
        provider_hint.is_none_or(|h| {
            let provider = r.provider();
            provider == h
                || r.profile_provider() == Some(h)
                || (hint_openai && provider.contains("openai"))
        })
    };
    // Prefer a non-default profile (the fresh login) that the prose names, then any.
    ok.iter().copied().filter(|(_, r)| matches_hint(r)).max_by_key(|(_, r)| {
        let id = r.profile_id.as_deref().unwrap_or("");
        let w = name_word(id);
        let named = w.len() > 2 && ctx.prose_names(&w);
        (named as u8) * 2 + (!id.ends_with(":default")) as u8
    })
}

/// The first word of a profile id's name, lower case: `alice` of `openai:Alice@example.com`.
/// An ASCII word is lowered on its own, and borrowed when it has no capital (a `String` per row
/// of a probe table was most of choosing its working row, issue 14); else the whole name is
/// lowered first, as `to_lowercase` reads a final `Σ` by what follows it.
fn name_word(id: &str) -> std::borrow::Cow<'_, str> {
    const SEPARATORS: [char; 4] = ['@', '.', '-', '_'];
    let name = id.split_once(':').map(|(_, n)| n).unwrap_or("");
    let word = name.split(SEPARATORS).next().unwrap_or("");
    if !word.is_ascii() {
        let lower = name.to_lowercase();
        return lower.split(SEPARATORS).next().unwrap_or("").to_string().into();
    }
    if word.bytes().any(|b| b.is_ascii_uppercase()) {
        word.to_ascii_lowercase().into()
    } else {
        word.into()
    }
}

fn session_pin_stale(ctx: &Context, out: &mut Vec<Finding>) {
    use crate::versions::Version as V;
    // Session state shows an override (the first one decides).
    if let Some((loc, id, source)) = ctx.session_overrides().next() {
        let p = id_provider(id).to_string();
        let mut f = Finding::new(
            Cause::SessionPinStale,
            0.88,
            Msg::new("session_pin_stale-override-summary").arg("profile", id.to_string()),
        )
        .evidence(loc.loc, &loc.quote);
        if source == Some("auto") {
            f = f.step_note(Place::Chat, "/new", Msg::new("step-new-drops-auto"));
        }
        // The profile they wanted: first id of an `order set`, else a working probe row.
        let wanted = ctx
            .first(OrderSetCommand)
            .and_then(|(_, o)| o.extra.clone())
            .and_then(|a| {
                a.split_whitespace()
                    .find(|w| w.contains(':') && id_provider(w) == p)
                    .map(str::to_string)
            })
            .filter(|w| w != id)
            .or_else(|| working_row(ctx, Some(&p)).and_then(|(_, r)| r.profile_id.clone()));
        match wanted {
            Some(w) => f = pin_finding(ctx, f, &w, None),
            None => {
                f = f.step_note(
                    Place::Cli,
                    Cmd::openclaw("models auth list --provider").provider(&p),
                    Msg::new("step-find-current-id"),
                );
                let pin = build_pin(&PinRequest {
                    version: ctx.floor(),
                    model_ref: None,
                    profile_id: &format!("{p}:<current-profile-id>"),
                    stored_provider: None,
                });
                f = f.step_note(Place::Chat, pin.cmd(), Msg::new("step-pin-current-id"));
            }
        }
        out.push(f);
        return;
    }
    // `/model status` marks an expired/missing profile `next` while another is healthy.
    let entries: Vec<_> = ctx.chat_auth().collect();
    if let Some((loc, stale)) =
        entries.iter().find(|(_, a)| a.is_next() && (a.is_expired() || a.is_missing()))
    {
        let good = entries
            .iter()
            .find(|(_, a)| a.profile_id != stale.profile_id && !a.is_expired() && !a.is_missing())
            .map(|(_, a)| a.profile_id.clone())
            .or_else(|| {
                working_row(ctx, Some(&stale.provider)).and_then(|(_, r)| r.profile_id.clone())
            });
        if let Some(good) = good {
            let f = Finding::new(
                Cause::SessionPinStale,
                0.9,
                Msg::new("session_pin_stale-summary")
                    .arg("profile", stale.profile_id.clone())
                    .arg("working", good.clone()),
            )
            .evidence(loc.loc, &loc.quote)
            .rules_out(&[Cause::OauthExpired, Cause::ProfileExcludedByAuthOrder]);
            out.push(pin_finding(ctx, f, &good, None));
            return;
        }
    }
    // CLI healthy, chat failing (§4 rule 6): a working profile while the chat reports a failure.
    let chat_failure =
        [LoginExpired, LoginFailed, RefreshFailed].iter().find_map(|k| ctx.first(*k));
    let Some((fail_loc, fail)) = chat_failure else { return };
    let Some((ok_loc, ok_row)) = working_row(ctx, fail.provider.as_deref()) else { return };
    let ok_id = ok_row.profile_id.clone().unwrap_or_default();
    let stale_rows: Vec<Loc> = ctx
        .probes()
        .filter(|(_, r)| !r.is_ok() && r.provider() == ok_row.provider())
        .map(|(l, _)| l.loc)
        .collect();
    let mut f = Finding::new(
        Cause::SessionPinStale,
        0.85,
        Msg::new("session_pin_stale-cli-healthy-summary").arg("working", ok_id.clone()),
    )
    .evidence(fail_loc.loc, &fail_loc.quote)
    .evidence(ok_loc.loc, &ok_loc.quote)
    .rules_out(&[
        Cause::OauthExpired,
        Cause::MissingApiKey,
        Cause::AuthProviderNotLoaded,
        Cause::ProfileExcludedByAuthOrder,
    ]);
    let _ = stale_rows;
    f = pin_finding(ctx, f, &ok_id, Some(&ok_row.model_ref));
    out.push(f);
    // 5.12–5.16: a fresh Codex login passes the probe but fails the runtime refresh.
    if ctx.version_in(V::v(5, 12), V::v(5, 18)) {
        out.push(
            Finding::new(Cause::VersionRegression, 0.6, Msg::new("version_regression-summary"))
                .evidence(fail_loc.loc, &fail_loc.quote)
                .steps(vec![
                    steps::upgrade(),
                    steps::login(
                        ctx,
                        ok_row.profile_provider().unwrap_or("openai-codex"),
                        None,
                        None,
                    ),
                    restart(),
                ]),
        );
    }
}

fn legacy_codex_ids(ctx: &Context, out: &mut Vec<Finding>) {
    let five_five = ctx.version == Some(Version::v(5, 5));
    let mut hit: Option<(&crate::parse::Located, f32)> = None;
    for k in [NoLongerSupported, LegacyModelTail, LegacyProviderLogin, LegacyConfig] {
        if let Some((l, _)) = ctx.first(k) {
            hit = Some((l, 0.92));
            break;
        }
    }
    if hit.is_none() && five_five {
        let openai_missing = ctx
            .signals(NoApiKey)
            .find(|(_, s)| s.provider.as_deref() == Some("openai"))
            .map(|(l, _)| l);
        let banner = ctx.first(MissingApiKeyOpenAi).map(|(l, _)| l);
        hit = openai_missing.or(banner).map(|l| (l, 0.92));
    }
    if hit.is_none() {
        let cooling = ctx.has(ProviderCooldown) || ctx.has(RateLimited);
        if let Some((l, _)) = ctx
            .signals(NoAvailableProfile)
            .find(|(_, s)| s.provider.as_deref() == Some("openai-codex"))
        {
            if !cooling && ctx.version.is_none_or(|v| v >= Version::v(5, 12)) {
                hit = Some((l, 0.8));
            }
        }
    }
    let Some((loc, conf)) = hit else { return };
    let mut f = Finding::new(Cause::LegacyCodexIds, conf, Msg::new("legacy_codex_ids-summary"))
        .evidence(loc.loc, &loc.quote);
    if five_five {
        f = f
            .step_note(
                Place::Cli,
                "openclaw models set openai-codex/gpt-5.5 && openclaw config validate",
                Msg::new("step-undo-5-5-rewrite"),
            )
            .steps(vec![steps::upgrade()]);
    } else {
        f = f.steps(vec![steps::doctor_fix()]).step_note(
            Place::Cli,
            "openclaw models set openai/gpt-5.5",
            Msg::new("step-set-unified-ref"),
        );
        if ctx.at_least(6, 1) == Some(true) {
            f = f.step_note(
                Place::Cli,
                "openclaw models auth login --provider openai",
                Msg::new("step-login-renamed-codex"),
            );
        }
        f = f.steps(vec![restart()]);
    }
    out.push(f);
}

#[cfg(test)]
mod tests {
    /// The finder finds `order set` where `str::contains` does: on 5,000 generated lines of
    /// near misses and on every line of the fixtures.
    #[test]
    fn order_set_finder_finds_what_contains_finds() {
        let pieces =
            ["order", " set", "order set", "ORDER SET", "order  set", "rder set", "é", "x"];
        let mut rng = crate::testgen::XorShift(0xDEAD_BEEF_1234_5678);
        let mut lines = crate::testgen::joined_pieces(&mut rng, &pieces, 5_000, 6);
        for t in crate::testgen::fixture_texts() {
            lines.extend(t.lines().map(str::to_string));
        }
        let finder = super::order_set_finder();
        let mut found = 0;
        for l in &lines {
            let want = l.contains("order set");
            assert_eq!(finder.find(l.as_bytes()).is_some(), want, "{l:?}");
            found += usize::from(want);
        }
        assert!(found > 1_000 && found < lines.len(), "{found}");
    }

    use super::*;

    /// [`name_word`] gives what lowering the whole name and splitting it gave, on generated
    /// ids of ASCII words in both cases, separators, `Σ` (lowered by what follows it), `İ`,
    /// the Kelvin sign and other non-ASCII letters, and on the ids of the fixtures' probe rows.
    #[test]
    fn name_word_as_to_lowercase_says() {
        let reference = |id: &str| {
            let name = id.split_once(':').map(|(_, n)| n).unwrap_or("").to_lowercase();
            name.split(['@', '.', '-', '_']).next().unwrap_or("").to_string()
        };
        const PIECES: &[&str] = &[
            "openai", ":", "Alice", "bob", "u1", "@", ".", "-", "_", "Σ", "ΑΣ", "İ", "\u{212a}",
            "é", "Work", "DEFAULT", "x", "🦞", " ",
        ];
        let mut rng = crate::testgen::XorShift(0x51ec_7a0e_11d0_4f3b);
        let mut ids = crate::testgen::joined_pieces(&mut rng, PIECES, 30_000, 7);
        for text in crate::testgen::fixture_texts() {
            for f in crate::parse::parse_message(&text, 1).facts {
                if let crate::parse::Fact::Probe(r) = f.fact {
                    ids.extend(r.profile_id);
                }
            }
        }
        let mut borrowed = 0;
        for id in &ids {
            let got = name_word(id);
            borrowed += usize::from(matches!(got, std::borrow::Cow::Borrowed(_)));
            assert_eq!(got, reference(id), "{id:?}");
        }
        assert!(borrowed > 1_000 && borrowed < ids.len(), "{borrowed}");
    }

    /// The reference of [`listed`]: the name read before the lists are searched.
    fn listed_reference<'a>(
        ctx: &'a Context,
        profile_id: &str,
    ) -> Option<(&'a Located, &'a AuthListEntry)> {
        let name = profile_id.split_once(':').map(|(_, n)| n).unwrap_or("");
        ctx.auth_list().find(|(_, e)| e.profile_id == profile_id).or_else(|| {
            ctx.auth_list()
                .find(|(_, e)| e.profile_id.split_once(':').map(|(_, n)| n) == Some(name))
        })
    }

    /// `listed` finds the entry the reference finds, with and without an `auth list`, for ids
    /// listed, listed under another provider, and not listed.
    #[test]
    fn listed_as_the_reference_says() {
        let list = "Profiles:\n- openai-codex:default [openai-codex/oauth]\n\
                    - openai:work [openai/token]\n- ollamacloud:default [ollamacloud/token]\n";
        let ids = [
            "openai-codex:default",
            "openai:default",
            "openai:work",
            "anthropic:work",
            "work",
            "",
            ":",
            "ollamacloud:default",
            "x:ollamacloud",
        ];
        for text in [list, "Unknown model: openai/gpt-9\n"] {
            let ctx = Context::from_parsed(vec![crate::parse::parse_message(text, 1)], None);
            for id in ids {
                let got = listed(&ctx, id).map(|(l, e)| (l.loc, e.profile_id.clone()));
                let want = listed_reference(&ctx, id).map(|(l, e)| (l.loc, e.profile_id.clone()));
                assert_eq!(got, want, "{id:?}");
            }
        }
        let ctx = Context::from_parsed(vec![crate::parse::parse_message(list, 1)], None);
        assert!(listed(&ctx, "openai:default").is_some(), "the list is read");
    }
}
