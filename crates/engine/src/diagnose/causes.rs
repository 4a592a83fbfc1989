//! The cause catalogue as data: each id (causes.md §2) with its precedence tier (§4).
//! Lower tiers lead; inside a tier the more confident finding leads.

use super::Finding;
use serde::{Serialize, Serializer};

macro_rules! causes {
    ($( $variant:ident => $id:literal, $tier:literal; )*) => {
        /// A stable cause id.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Cause { $( $variant, )* }

        impl Cause {
            /// Every cause, in catalogue order.
            pub const ALL: &'static [Cause] = &[ $( Cause::$variant, )* ];
            /// The id printed in JSON and used for Fluent message ids.
            pub fn id(self) -> &'static str {
                match self { $( Cause::$variant => $id, )* }
            }
            /// The Fluent id of the cause's title (`cause-<id>`).
            pub fn title_id(self) -> &'static str {
                match self { $( Cause::$variant => concat!("cause-", $id), )* }
            }
            /// Precedence tier (causes.md §4): lower leads.
            pub fn tier(self) -> u8 {
                match self { $( Cause::$variant => $tier, )* }
            }
            pub fn from_id(id: &str) -> Option<Cause> {
                match id { $( $id => Some(Cause::$variant), )* _ => None }
            }
        }
    };
}

// Tiers: 0 not model auth · 1 rejection of the user's last command · 2 store blockers ·
// 3 version-bound signatures · 4 the CLI is healthy but one place is wrong · 5 credential
// state and model choice · 6 consequences (cooldowns, reachability) · 7 outcomes.
causes! {
    NotModelAuth => "not_model_auth", 0;
    WrongProviderPrefix => "wrong_provider_prefix", 1;
    ModelNotAllowed => "model_not_allowed", 1;
    AuthProviderNotLoaded => "auth_provider_not_loaded", 1;
    AuthProfileProviderMismatch => "auth_profile_provider_mismatch", 1;
    AuthOrderNotApplied => "auth_order_not_applied", 1;
    AuthStoreMigrationRequired => "auth_store_migration_required", 2;
    PerAgentAuthStore => "per_agent_auth_store", 2;
    LegacyCodexIds => "legacy_codex_ids", 3;
    VersionRegression => "version_regression", 3;
    Cloudflare403 => "cloudflare_403", 3;
    RuntimeUnavailable => "runtime_unavailable", 3;
    SessionPinStale => "session_pin_stale", 4;
    GatewayNotReloaded => "gateway_not_reloaded", 4;
    PinnedProfileMissingCredential => "pinned_profile_missing_credential", 4;
    ExternalCliCredentialStale => "external_cli_credential_stale", 4;
    FallbacksStripped => "fallbacks_stripped", 4;
    OllamaFallbackDropped => "ollama_fallback_dropped", 4;
    FallbackNotTriggered => "fallback_not_triggered", 4;
    StatusDisplayMismatch => "status_display_mismatch", 4;
    OauthScopeMissing => "oauth_scope_missing", 5;
    RefreshTokenReused => "refresh_token_reused", 5;
    OauthExpired => "oauth_expired", 5;
    MissingApiKey => "missing_api_key", 5;
    InvalidApiKey => "invalid_api_key", 5;
    BillingDisabled => "billing_disabled", 5;
    ProfileExcludedByAuthOrder => "profile_excluded_by_auth_order", 5;
    UnknownModel => "unknown_model", 5;
    RequestRejected => "request_rejected", 5;
    RateLimitCooldown => "rate_limit_cooldown", 6;
    ProviderUnreachable => "provider_unreachable", 6;
    AllOk => "all_ok", 7;
    // Field-report causes (causes.md §3.9).
    LoginRequiresTty => "login_requires_tty", 1;
    OauthProfileNotAttached => "oauth_profile_not_attached", 3;
    AgentModelOverride => "agent_model_override", 4;
    ModelsJsonRejected => "models_json_rejected", 1;
    CustomModelMisrouted => "custom_model_misrouted", 3;
    AuthProfileWrongType => "auth_profile_wrong_type", 4;
    ContextWindowTooSmall => "context_window_too_small", 3;
    ProfileParamIgnored => "profile_param_ignored", 4;
    DefaultModelNotSet => "default_model_not_set", 4;
    SsrfBlocked => "ssrf_blocked", 3;
    // Messages no catalogue id covered (messages.md §12).
    ContextOverflow => "context_overflow", 5;
    OauthRefreshTransient => "oauth_refresh_transient", 5;
    EnvKeyNotBound => "env_key_not_bound", 4;
    TurnTimeout => "turn_timeout", 5;
    DirectiveSyntax => "directive_syntax", 1;
}

impl Serialize for Cause {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.id())
    }
}

impl std::fmt::Display for Cause {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.id())
    }
}

/// Decisive findings (confidence ≥ 0.75) lead suggestive ones; then tier, confidence and
/// where the evidence first appears.
pub fn apply_precedence(findings: &mut [Finding]) {
    let decisive = |f: &Finding| if f.confidence >= 0.75 { 0u8 } else { 1 };
    findings.sort_by(|a, b| {
        decisive(a)
            .cmp(&decisive(b))
            .then(a.cause.tier().cmp(&b.cause.tier()))
            .then(b.confidence.partial_cmp(&a.confidence).unwrap_or(std::cmp::Ordering::Equal))
            .then_with(|| {
                let la = a.evidence.first().map(|e| e.loc);
                let lb = b.evidence.first().map(|e| e.loc);
                la.cmp(&lb)
            })
    });
}
