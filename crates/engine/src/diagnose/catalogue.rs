//! The message catalogue as a rule: a signal that no family rule turned into a finding still
//! names a cause, because OpenClaw printed it (messages.md: each template with its cause id and
//! next step). One table row per signal kind; runs after the family rules and adds a finding
//! only for a signal whose line no finding cites, so a family rule's reading always wins.

use super::command::Cmd;
use super::steps::{doctor_fix, login, restart, step};
use super::{Cause, Context, Finding, Msg, Place, Step};
use crate::parse::{Fact, Signal, SignalKind, SignalKind::*};

/// What a catalogued signal means: its cause, how sure the message alone is (0.9 decisive,
/// 0.6 suggestive), and which standard first step follows (causes.md §2 / messages.md "next step").
struct Entry {
    kind: SignalKind,
    cause: Cause,
    confidence: f32,
    first: First,
    /// A kind a family rule also reads (in context): catalogued only when the family rules
    /// found nothing at all, so the context reading always wins.
    alone: bool,
}

/// The standard first steps, filled from the signal's fields.
#[derive(Clone, Copy)]
enum First {
    /// Log in again to the provider (and profile) the message names.
    Login,
    /// Look at the profiles' state first: the message does not say which profile.
    Status,
    /// Wait, or add a fallback on another provider.
    Wait,
    /// Check reachability of the provider from the gateway host.
    Reach,
    /// Start a fresh session.
    NewSession,
    /// List the models the provider offers.
    ListModels,
    /// `openclaw doctor --fix`, then restart.
    Doctor,
    /// Inspect the runtime plugins.
    Plugins,
}

#[rustfmt::skip]
const TABLE: &[Entry] = &[
    // Kinds only this rule reads.
    Entry { kind: HostAuthFailed, cause: Cause::RuntimeUnavailable, confidence: 0.6, first: First::Status, alone: false },
    Entry { kind: CredentialClassRoute, cause: Cause::WrongProviderPrefix, confidence: 0.9, first: First::Status, alone: false },
    Entry { kind: CredentialClassMismatch, cause: Cause::AuthProfileProviderMismatch, confidence: 0.9, first: First::Status, alone: false },
    Entry { kind: PerEntryUnresolved, cause: Cause::PinnedProfileMissingCredential, confidence: 0.9, first: First::Login, alone: false },
    Entry { kind: UserAccountPin, cause: Cause::SessionPinStale, confidence: 0.6, first: First::Status, alone: false },
    Entry { kind: GeminiCliOauth, cause: Cause::RuntimeUnavailable, confidence: 0.9, first: First::Login, alone: false },
    Entry { kind: UnrecognizedModel, cause: Cause::UnknownModel, confidence: 0.9, first: First::ListModels, alone: false },
    Entry { kind: NoModelsAvailable, cause: Cause::UnknownModel, confidence: 0.6, first: First::ListModels, alone: false },
    Entry { kind: HarnessNotRegistered, cause: Cause::RuntimeUnavailable, confidence: 0.9, first: First::Plugins, alone: false },
    Entry { kind: CliNoOutput, cause: Cause::RuntimeUnavailable, confidence: 0.6, first: First::Status, alone: false },
    Entry { kind: ReauthHint, cause: Cause::OauthExpired, confidence: 0.6, first: First::Login, alone: false },
    // Kinds a family rule reads in context; alone, they still say this much.
    Entry { kind: OAuthTokenExpired, cause: Cause::OauthExpired, confidence: 0.6, first: First::Login, alone: true },
    Entry { kind: NotAcceptingLogin, cause: Cause::InvalidApiKey, confidence: 0.6, first: First::Login, alone: true },
    Entry { kind: IncorrectApiKey, cause: Cause::InvalidApiKey, confidence: 0.6, first: First::Status, alone: true },
    Entry { kind: Http401, cause: Cause::InvalidApiKey, confidence: 0.6, first: First::Status, alone: true },
    Entry { kind: ProfileNotFound, cause: Cause::SessionPinStale, confidence: 0.6, first: First::Status, alone: true },
    Entry { kind: MissingApiKey, cause: Cause::MissingApiKey, confidence: 0.6, first: First::Login, alone: true },
    Entry { kind: MissingApiKeySelected, cause: Cause::MissingApiKey, confidence: 0.6, first: First::Status, alone: true },
    Entry { kind: RateLimited, cause: Cause::RateLimitCooldown, confidence: 0.6, first: First::Wait, alone: true },
    Entry { kind: Overloaded, cause: Cause::RateLimitCooldown, confidence: 0.6, first: First::Wait, alone: true },
    Entry { kind: Billing, cause: Cause::BillingDisabled, confidence: 0.6, first: First::Status, alone: true },
    Entry { kind: Unreachable, cause: Cause::ProviderUnreachable, confidence: 0.6, first: First::Reach, alone: true },
    Entry { kind: FormatRejected, cause: Cause::RequestRejected, confidence: 0.6, first: First::NewSession, alone: true },
    Entry { kind: ModelNotFound, cause: Cause::UnknownModel, confidence: 0.6, first: First::ListModels, alone: true },
    Entry { kind: NotAllowed, cause: Cause::ModelNotAllowed, confidence: 0.6, first: First::ListModels, alone: true },
    Entry { kind: ExternalCli, cause: Cause::ExternalCliCredentialStale, confidence: 0.6, first: First::Login, alone: true },
    Entry { kind: MigrationRequired, cause: Cause::AuthStoreMigrationRequired, confidence: 0.6, first: First::Doctor, alone: true },
    Entry { kind: LegacyConfig, cause: Cause::LegacyCodexIds, confidence: 0.6, first: First::Doctor, alone: true },
    Entry { kind: AppServer, cause: Cause::RuntimeUnavailable, confidence: 0.6, first: First::Plugins, alone: true },
];

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    // Every line a family rule cited (kept as evidence or not), as a set: one lookup per fact,
    // made for the first signal the other tests leave (a paste whose signals all have their
    // cause found made none).
    let family = out.len();
    let mut cited: Option<std::collections::BTreeSet<_>> = None;
    let found_any = !out.is_empty();
    for fact in &ctx.facts {
        let Fact::Signal(s) = &fact.fact else { continue };
        let Some(e) = TABLE.iter().find(|e| e.kind == s.kind) else { continue };
        if (e.alone && found_any) || out.iter().any(|f| f.cause == e.cause) {
            continue;
        }
        let cited =
            cited.get_or_insert_with(|| out[..family].iter().flat_map(Finding::cited).collect());
        if cited.contains(&fact.loc) {
            continue;
        }
        let finding = Finding::new(e.cause, e.confidence, summary(e.cause, s))
            .evidence(fact.loc, &fact.quote)
            .steps(first_steps(ctx, e.first, s));
        out.push(finding);
    }
}

/// The cause's own summary when the message named everything it needs, else one that says in
/// words that the message did not name it (never a `<provider>` placeholder in prose).
fn summary(cause: Cause, s: &Signal) -> Msg {
    let provider = s.provider.as_deref();
    let model = s.model_ref.as_deref();
    let profile = s.profile_id.as_deref();
    match cause {
        Cause::OauthExpired
        | Cause::MissingApiKey
        | Cause::InvalidApiKey
        | Cause::RateLimitCooldown
        | Cause::ProviderUnreachable => match provider {
            Some(p) => Msg::new(summary_id(cause)).arg("provider", p),
            None => Msg::new("catalogue-unnamed-summary"),
        },
        Cause::UnknownModel | Cause::ModelNotAllowed => match model {
            Some(m) => Msg::new(summary_id(cause)).arg("model", m),
            None => Msg::new("catalogue-unnamed-summary"),
        },
        Cause::PinnedProfileMissingCredential => match profile {
            Some(id) => Msg::new(summary_id(cause)).arg("profile", id),
            None => Msg::new("catalogue-unnamed-summary"),
        },
        Cause::RuntimeUnavailable
        | Cause::RequestRejected
        | Cause::BillingDisabled
        | Cause::AuthStoreMigrationRequired
        | Cause::LegacyCodexIds => Msg::new(summary_id(cause)),
        _ => Msg::new("catalogue-unnamed-summary"),
    }
}

/// `<cause>-summary`, the Fluent id of the cause's standard summary.
fn summary_id(cause: Cause) -> &'static str {
    match cause {
        Cause::OauthExpired => "oauth_expired-summary",
        Cause::MissingApiKey => "missing_api_key-summary",
        Cause::InvalidApiKey => "invalid_api_key-summary",
        Cause::RateLimitCooldown => "rate_limit_cooldown-summary",
        Cause::ProviderUnreachable => "provider_unreachable-summary",
        Cause::UnknownModel => "unknown_model-summary",
        Cause::ModelNotAllowed => "model_not_allowed-summary",
        Cause::PinnedProfileMissingCredential => "pinned_profile_missing_credential-summary",
        Cause::RuntimeUnavailable => "runtime_unavailable-summary",
        Cause::RequestRejected => "request_rejected-summary",
        Cause::BillingDisabled => "billing_disabled-summary",
        Cause::AuthStoreMigrationRequired => "auth_store_migration_required-summary",
        Cause::LegacyCodexIds => "legacy_codex_ids-summary",
        _ => "catalogue-unnamed-summary",
    }
}

/// The provider a signal names: its own field, else the provider of its model ref or profile.
fn provider_of(s: &Signal) -> Option<&str> {
    s.provider
        .as_deref()
        .or_else(|| s.model_ref.as_deref().and_then(|r| r.split_once('/').map(|(p, _)| p)))
        .or_else(|| s.profile_id.as_deref().and_then(|id| id.split_once(':').map(|(p, _)| p)))
}

fn first_steps(ctx: &Context, first: First, s: &Signal) -> Vec<Step> {
    let provider = provider_of(s);
    let status = || match provider {
        Some(p) => {
            step(Place::Cli, Cmd::openclaw("models status --probe --probe-provider").provider(p))
        }
        None => step(Place::Cli, "openclaw models status"),
    };
    match first {
        First::Login => match provider {
            Some(p) => vec![login(ctx, p, s.profile_id.as_deref(), None), restart()],
            None => vec![status()],
        },
        First::Status => vec![status()],
        First::Wait => vec![status(), step(Place::Cli, "openclaw models fallbacks list")],
        First::Reach => vec![status(), step(Place::Cli, "openclaw logs --follow")],
        First::NewSession => vec![step(Place::Chat, "/new")],
        First::ListModels => match provider {
            Some(p) => vec![step(Place::Cli, Cmd::openclaw("models list --provider").provider(p))],
            None => vec![step(Place::Cli, "openclaw models list")],
        },
        First::Doctor => vec![doctor_fix(), restart()],
        First::Plugins => vec![step(Place::Cli, "openclaw plugins list --json"), status()],
    }
}
