//! One-line signatures as data: banners, raw errors, doctor notes, CLI refusals and log
//! markers (formats.md §6–§11, causes.md D/S signals). Each row is a kind and a regex whose
//! named groups fill the signal's fields: `p` provider, `id` profile id, `r` model ref,
//! `code` a reason or refresh code, `x` anything else (a flag, a command, a store path).
//! Adding a signature is one row here plus the rule that reads it.

use super::pins::{Pin, PinMatch};
use super::prefilter::Prefilter;
use super::rows::{HeadReader, Reader, RowMatch};
use crate::regexes::{within_lite_budget, LiteRegex};
use regex::Regex;
use regex_automata::nfa::thompson::{self, WhichCaptures};
use regex_automata::util::captures::Captures as LiteCaptures;
use regex_automata::util::pool::Pool;
use regex_automata::{hybrid, Input, PatternID};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::sync::atomic::{AtomicU32, AtomicUsize, Ordering};
use std::sync::{LazyLock, OnceLock};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SignalKind {
    LoginExpired,
    LoginFailed,
    RefreshFailed,
    RefreshCode,
    OAuthTokenExpired,
    InvalidBearer,
    IncorrectApiKey,
    InvalidAccessToken,
    Http401,
    ScopeMissing,
    NoApiKey,
    MissingApiKey,
    MissingApiKeySelected,
    MissingApiKeyOpenAi,
    NotSetUp,
    ExternalCli,
    CliKeychainRead,
    PinMismatch,
    ProfileNotFound,
    ProfileNotConfigured,
    OverrideNeedsModel,
    UnknownProvider,
    LegacyProviderLogin,
    UnknownModel,
    LegacyModelTail,
    NoLongerSupported,
    ModelNotFound,
    NotAllowed,
    AddItWith,
    NoAvailableProfile,
    ProviderCooldown,
    RateLimited,
    Overloaded,
    Billing,
    Unreachable,
    RunTimeout,
    FormatRejected,
    HarnessUnsupported,
    AppServer,
    Cloudflare,
    DnsFailed,
    MigrationRequired,
    ExplicitOrderNoUsable,
    LegacyConfig,
    OrderLockBusy,
    OrderSetCommand,
    PinCommand,
    ModelCommand,
    GatewayAuth,
    UnknownOption,
    NoTty,
    XApiKeyHeader,
    LiveSwitchLoop,
    SkippingAll,
    FallbackCleared,
    FallbackNotice,
    CandidateSucceeded,
    CronLane,
    GatewayRunning,
    NotAcceptingLogin,
    StatusAll,
    Http403,
    // Kinds read only by diagnose/catalogue.rs (messages.md templates no family rule reads).
    /// `Authentication failed on the app-server host` (host-managed Codex credentials).
    HostAuthFailed,
    /// `Auth profile "<id>" uses <mode> auth, but openai/<api> requires …`: the ref needs the other credential class.
    CredentialClassRoute,
    /// A profile or per-entry `apiKey` of a credential class the route cannot use.
    CredentialClassMismatch,
    /// `Per-entry apiKey "<id>" … matched a stored profile but failed to resolve`.
    PerEntryUnresolved,
    /// `Select a personal model account connected to your signed-in profile.`
    UserAccountPin,
    /// `Gemini CLI OAuth cannot be repaired by OpenClaw.`
    GeminiCliOauth,
    /// `Unrecognized model "<raw>"` (chat `/model` with text that is no ref, alias or match).
    UnrecognizedModel,
    /// `No models available.` / `No API provider registered for api: …` (nothing to run).
    NoModelsAvailable,
    /// `Requested agent harness "<id>" is not registered` and its relatives.
    HarnessNotRegistered,
    /// A CLI backend stopped by the no-output watchdog (often waiting on a login prompt).
    CliNoOutput,
    /// OpenClaw's own re-auth hint or an auth flag on a profile (`Re-authenticate with …`,
    /// `cooldown:auth`, doctor's `- <id>: expired`): weaker than a failure, it names the profile.
    ReauthHint,
    /// An `openclaw …` command the user ran or quoted (formats.md §14 "CLI command").
    CliCommand,
    /// The chat `/models <provider>` header: provider, auth mode and the profile it uses.
    ModelsListing,
    /// Newest builds' missing-credential banner: `Couldn't connect to <Provider>. Run openclaw doctor --fix`.
    CouldntConnect,
    /// A subscription usage window ran out (ChatGPT/Codex, Claude plans).
    UsageLimit,
    /// OpenAI's 401 for a request with no credential at all (causes.md `oauth_profile_not_attached`).
    MissingBearer,
    /// A request sent to the OpenAI Platform endpoint (`url: https://api.openai.com/v1/…`).
    PlatformEndpoint,
    /// `blocked model (context window too small)` / `Model context window too small (<n> tokens)`.
    ContextWindowBlocked,
    /// `low context window: <ref> ctx=<n> (warn<…)`: a warning, not yet a block.
    ContextWindowLow,
    /// `Failed to load models.json: Provider <p>: …`.
    ModelsJsonRejected,
    /// OpenClaw's private-network guard (`SsrFBlockedError`, `blocked URL fetch`).
    SsrfBlocked,
    /// The conversation no longer fits the model (`Context overflow: prompt too large…`).
    ContextOverflow,
    /// `<ENV> is set, but it is not bound to provider "<p>"`.
    EnvNotBound,
    /// The overall turn limit ended the turn (`timed out after <n>s (overall turn limit)`).
    TurnTimeout,
    /// `/model 3`: numeric selection is not a command form.
    NumericModelSelection,
    /// Codex app-server profile checks: `Codex app-server auth profile "<id>" must belong to…`,
    /// `… must be OpenAI Codex auth or an OpenAI API-key backup`, `… was not found`.
    AppServerProfile,
    /// The Control UI / gateway refusing a model switch: `model not allowed: <ref>`.
    GatewayModelNotAllowed,
    /// `session file locked (timeout …)`: a second process holds the session file.
    SessionLocked,
    /// A session row with `liveModelSwitchPending: true` (a `/model` switch never applied).
    LiveSwitchPending,
    /// The plugin registry (ClawHub) refusing a download: not a model provider.
    PluginRegistry,
    /// `No credentials found for profile "<id>"`.
    NoCredentials,
    /// A row of `openclaw models list` (model ref and its tags: `default,missing`, `configured`).
    ModelsListRow,
    /// `OPENCLAW_MODEL=<ref>`: the model the user meant to run.
    ModelEnv,
    /// OpenClaw naming the ref to use instead (`Use <ref> with an OpenAI API key or <ref> with Codex OAuth`).
    UseRefInstead,
    /// No provider plugin (or token-capable one) is loaded.
    NoProviderPlugins,
    /// The user's summary that a profile is excluded by `auth.order` (weaker than a probe row).
    ExclusionMentioned,
    /// A session's `authProfileOverride` named (with or without a value).
    OverrideMentioned,
    /// A status surface that warns while the run may work: `🔑 unknown`, `(selected model
    /// unavailable)`, `… is not allowed for this agent; reverted to …`.
    StatusCardWarning,
    /// A Claude subscription setup-token (`sk-ant-oat…`, `CLAUDE_CODE_OAUTH_TOKEN`, `setup-token`).
    SetupToken,
    /// A profile id of a known provider mentioned anywhere (`openai:kim@example.org`).
    ProfileMention,
    /// A model ref of a known provider mentioned anywhere.
    ModelMention,
    /// The SQLite auth store (≥6.5) named: `openclaw-agent.sqlite`, `state/openclaw.sqlite`.
    SqliteStore,
    /// The legacy JSON auth file named: `auth-profiles.json`.
    LegacyStoreFile,
    /// A status output with no credential for a provider (`Missing auth`, `(0)` profiles).
    MissingAuth,
    /// `Unknown model: <p>/<m>. Found agents.defaults.models[…], but no matching
    /// models.providers["<p>"].models[] entry.`: the model was allowed but never registered.
    ProviderModelUnregistered,
}

impl SignalKind {
    /// Kinds that describe the setup (a command, a mention, a config choice) rather than a
    /// failure: they never count as "something failed" on their own.
    pub fn is_context(self) -> bool {
        matches!(
            self,
            PinCommand
                | ModelCommand
                | OrderSetCommand
                | CandidateSucceeded
                | FallbackCleared
                | CronLane
                | StatusAll
                | CliKeychainRead
                | AddItWith
                | CliCommand
                | ModelsListing
                | ModelsListRow
                | ModelEnv
                | OverrideMentioned
                | SetupToken
                | ProfileMention
                | ModelMention
                | PlatformEndpoint
                | ExclusionMentioned
                | SqliteStore
                | LegacyStoreFile
        )
    }
}

/// A signature found on a line.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Signal {
    pub kind: SignalKind,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub provider: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub profile_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub model_ref: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub extra: Option<String>,
}

use SignalKind::*;

/// One signature: the kind it yields, its regex (named groups `p`/`p2` provider, `id` profile id,
/// `r` model ref, `code`, `x`), and the reference entry it was written from
/// (`messages.md §N`, `causes.md <id>`, `formats.md §N`), so every row can be traced and checked.
#[derive(Debug, Clone, Copy)]
pub struct Row {
    pub kind: SignalKind,
    pub re: &'static str,
    pub src: &'static str,
}

/// The signature table. Patterns are unanchored (log prefixes, `⚠️`, `Error:` vary) and are
/// written against the normalised line (see [`normalize`]): no backticks, no `**`, straight quotes,
/// `\"` unescaped, single spaces. `src` names the reference entry each row comes from.
pub const TABLE: &[Row] = &[
    Row { kind: LoginExpired, re: r"Model login expired on the gateway(?: for (?P<p>[\w.-]+))?", src: "messages.md §1" },
    Row { kind: LoginFailed, re: r"Model login failed on the gateway(?: for (?P<p>[\w.-]+))?", src: "messages.md §1" },
    Row { kind: RefreshFailed, re: r"OAuth token refresh failed(?: for (?P<p>[\w.-]+))?|\[(?P<p2>[\w.-]+)\] Token refresh failed|Failed to refresh (?:OpenAI Codex|OAuth) token|token refresh (?:401|failed)", src: "messages.md §1; causes.md oauth_expired" },
    Row { kind: RefreshCode, re: r"\b(?P<code>refresh_token_reused|refresh_token_invalidated|refresh_token_expired|invalid_refresh_token|token_invalidated|invalid_grant|token_expired)\b", src: "causes.md refresh_token_reused; messages.md §1" },
    Row { kind: RefreshCode, re: r"(?P<code>refresh token has already been used)", src: "causes.md refresh_token_reused; messages.md §1" },
    Row { kind: OAuthTokenExpired, re: r"(?i)OAuth token has expired|Your saved login looks expired|cooldown:session_expired", src: "messages.md §1; causes.md oauth_expired" },
    Row { kind: InvalidBearer, re: r"(?i)Invalid bearer token", src: "causes.md invalid_api_key" },
    Row { kind: IncorrectApiKey, re: r"(?i)Incorrect API key provided|invalid[ _-]x-api-key|invalid api[ _-]key|API key not valid", src: "messages.md §11.3 auth; causes.md invalid_api_key" },
    Row { kind: InvalidAccessToken, re: r"(?i)invalid access token or token expired", src: "causes.md oauth_expired" },
    Row { kind: Http401, re: r"(?i)\bHTTP 401\b|\b401 (?:Unauthorized|\{)|status=401\b|Authentication failed \(provider returned HTTP 401\)|\bauth\s*·", src: "messages.md §11.1" },
    Row { kind: Http403, re: r"status=403\b|\bHTTP 403\b", src: "messages.md §11.1" },
    Row { kind: ScopeMissing, re: r"Missing scopes: model\.request|error=invalid_scope|invalid_scope|missing the required OpenAI ChatGPT scopes", src: "messages.md §8; causes.md oauth_scope_missing" },
    Row { kind: NoApiKey, re: r#"No API key found for provider "(?P<p>[^"]+)"(?:\.\s*Auth store:\s*(?P<x>\S+)(?:\s+\(agentDir:\s*(?P<id>[^)]+)\))?)?"#, src: "messages.md §2" },
    Row { kind: MissingApiKey, re: r#"Missing API key for provider "(?P<p>[^"]+)""#, src: "messages.md §2" },
    Row { kind: MissingApiKeySelected, re: r"Missing API key for the selected provider", src: "messages.md §2" },
    Row { kind: MissingApiKeyOpenAi, re: r"Missing API key for OpenAI on the gateway\. Use (?P<r>[\w.-]+/[\w.-]+?)(?:\s+with the Codex OAuth profile|,)", src: "messages.md §2" },
    Row { kind: NotSetUp, re: r"This AI service isn't set up yet", src: "messages.md §2" },
    Row { kind: ExternalCli, re: r"synced (?P<p>[\w.-]+) credentials from external cli|using external OAuth credential after refresh failure|Deprecated external CLI auth profiles detected", src: "messages.md §10; causes.md external_cli_credential_stale" },
    Row { kind: CliKeychainRead, re: r"read (?P<p>[\w.-]+) credentials from (?:claude|codex) cli", src: "causes.md external_cli_credential_stale" },
    Row { kind: PinMismatch, re: r#"Auth profile "(?P<id>[^"]+)" is for (?P<p>[\w.-]+), not (?P<x>[\w.-]+)\."#, src: "messages.md §3, §4" },
    Row { kind: PinMismatch, re: r#"(?i)profile\W+(?P<id>[\w.-]+:[^\s'"’”]+)\W+is (?:intended |meant |only )?for (?P<p>[\w.-]+),? not (?P<x>[\w.-]+)"#, src: "messages.md §3, §4" },
    Row { kind: ProfileNotFound, re: r#"Auth profile "(?P<id>[^"]+)" not found(?: in (?P<x>\S+?))?\.?(?:[\s\x22]|$)"#, src: "messages.md §3" },
    Row { kind: ProfileNotConfigured, re: r#"Auth profile "(?P<id>[^"]+)" is not configured for (?P<p>[\w.-]+)"#, src: "causes.md pinned_profile_missing_credential" },
    Row { kind: OverrideNeedsModel, re: r"Auth profile override requires a model selection", src: "messages.md §3" },
    Row { kind: UnknownProvider, re: r#"Unknown provider "(?P<p>[^"]+)"(?:\.\s*Loaded providers)?"#, src: "messages.md §5b" },
    Row { kind: LegacyProviderLogin, re: r#""(?P<p>[\w.-]+)" is a legacy provider ID; use --provider"#, src: "messages.md §5b" },
    Row { kind: UnknownModel, re: r#"Unknown model: (?P<r>[\w.-]+/[^\s"]+?)\.?(?:\s|"|$)"#, src: "messages.md §5" },
    Row { kind: LegacyModelTail, re: r#""(?P<p>[\w.-]+)" is a legacy provider ID\. Run"#, src: "messages.md §5, §10" },
    Row { kind: NoLongerSupported, re: r"is no longer supported for ChatGPT/Codex OAuth accounts", src: "causes.md unknown_model" },
    Row { kind: ModelNotFound, re: r"\(model_not_found\)|reason=model_not_found|The selected model was not found by the provider", src: "messages.md §5, §11.3" },
    Row { kind: NotAllowed, re: r#"Model "(?P<r>[^"]+)" is not allowed"#, src: "messages.md §4" },
    Row { kind: AddItWith, re: r"Add it with:\s*(?P<x>openclaw config set .*?)\s*$", src: "messages.md §4" },
    Row { kind: NoAvailableProfile, re: r"No available auth profile for (?P<p>[\w.-]+) \(all in cooldown or unavailable\)", src: "messages.md §6" },
    Row { kind: ProviderCooldown, re: r"Provider (?P<p>[\w.-]+) is in cooldown", src: "messages.md §6" },
    Row { kind: RateLimited, re: r"(?i)API rate limit reached|Rate-limited — ready|usage limit has been reached|usage_limit_reached|\(rate_limit\)|reason=rate_limit|cooldown:rate_limit|blocked:subscription_limit|needs a short break|\brate_limit\s*·|\b429 \{", src: "messages.md §7, §7b, §11.3" },
    Row { kind: Overloaded, re: r"reason=overloaded|overloaded_error|temporarily overloaded|\(overloaded\)", src: "messages.md §7, §11.3" },
    Row { kind: Billing, re: r"disabled:billing|Top up credits|\(billing\)|reason=billing|looks like a billing issue|\bHTTP 402\b|\bbilling\s*·", src: "messages.md §7, §11.3" },
    Row { kind: Unreachable, re: r"reason=(?:timeout|server_error|tls_certificate)\b|LLM request timed out|\((?:timeout|server_error)\)|\btimeout\s*·\s*\d", src: "messages.md §8, §11.3" },
    Row { kind: RunTimeout, re: r"embedded run timeout|run timeout|timeoutMs=\d+", src: "formats.md §6; causes.md provider_unreachable" },
    Row { kind: FormatRejected, re: r"reason=(?:format|context_overflow)\b|provider rejected the request schema|could not be verified|context_length_exceeded|\(context_overflow\)|\(format\)|did not return a visible probe response", src: "messages.md §11.3 format" },
    Row { kind: HarnessUnsupported, re: r#"Requested agent harness "(?P<x>[\w.-]+)" does not support (?P<r>\S+?)(?:\s|$)"#, src: "messages.md §9" },
    Row { kind: AppServer, re: r"codex app-server (?:startup timed out|client closed)|Codex stopped before confirming|requires a newer version of Codex|status=unavailable", src: "messages.md §9" },
    Row { kind: Cloudflare, re: r"(?i)Enable JavaScript and cookies to continue|cf-chl|challenge-platform|Just a moment\.\.\.", src: "causes.md cloudflare_403" },
    Row { kind: DnsFailed, re: r"DNS lookup for the provider endpoint failed", src: "messages.md §8" },
    Row { kind: MigrationRequired, re: r"requires legacy credential migration|AUTH_PROFILE_MIGRATION_REQUIRED|AUTH_PROFILE_STORE_UNREADABLE|retired auth profile files are ignored|Deprecated AuthStorage path contains unmigrated|Failed relocating the shared auth store", src: "messages.md §10" },
    Row { kind: ExplicitOrderNoUsable, re: r"Explicit auth order for (?P<p>[\w.-]+) has no usable profiles", src: "messages.md §3" },
    Row { kind: LegacyConfig, re: r"models\.providers\.openai-codex is legacy|plugins\.openai-codex references are retired|Legacy `?openai-codex/\*`? model refs should be rewritten|Repaired Codex model routes", src: "messages.md §10; causes.md legacy_codex_ids" },
    Row { kind: OrderLockBusy, re: r"Failed to update (?P<x>[\w.-]+) \(lock busy\?\)", src: "messages.md §3" },
    Row { kind: OrderSetCommand, re: r"models auth order set\s+(?P<x>.*?)`?\s*$", src: "formats.md (auth order set)" },
    Row { kind: PinCommand, re: r"/model\s+(?P<r>[^\s@`]+)@(?P<id>[A-Za-z0-9][\w.-]*:[^\s`'\x22]+)", src: "causes.md §5 (pin builder)" },
    Row { kind: ModelCommand, re: r"(?:^|\s|`)/model\s+(?P<r>[\w.-]+/[^\s@`]+)(?:\s|`|$)", src: "messages.md §4" },
    Row { kind: GatewayAuth, re: r"device token mismatch|gateway closed \(1008\)|TokenInvalid|An invalid token was provided|unauthorized: gateway|pairing required", src: "causes.md not_model_auth" },
    Row { kind: UnknownOption, re: r"error: unknown option '(?P<x>--[\w-]+)'", src: "messages.md §5b" },
    Row { kind: NoTty, re: r"requires an interactive TTY", src: "messages.md §5b" },
    Row { kind: MissingBearer, re: r"(?i)Missing bearer (?:or basic )?authentication in header", src: "causes.md oauth_profile_not_attached" },
    Row { kind: PlatformEndpoint, re: r"(?i)api\.openai\.com/v1/(?P<x>responses|chat/completions|completions)", src: "causes.md oauth_profile_not_attached" },
    Row { kind: ContextWindowBlocked, re: r"blocked model \(context window too small\):\s*(?P<r>[\w.-]+/\S+)\s+ctx=(?P<code>\d+)\s*\(min=(?P<x>\d+)\)", src: "causes.md context_window_too_small" },
    Row { kind: ContextWindowBlocked, re: r"Model context window too small \((?P<code>\d+) tokens\)\.? Minimum is (?P<x>\d+)", src: "causes.md context_window_too_small" },
    Row { kind: ContextWindowLow, re: r"low context window:\s*(?P<r>[\w.-]+/\S+)\s+ctx=(?P<code>\d+)", src: "causes.md context_window_too_small" },
    Row { kind: ModelsJsonRejected, re: r"Failed to load models\.json:\s*Provider (?P<p>[\w.-]+)", src: "causes.md models_json_rejected" },
    Row { kind: SsrfBlocked, re: r"SsrFBlockedError|blocked URL fetch(?: \([^)]*\))?(?: target=https?://(?P<x>[\w.-]+))?|resolves to private/internal/special-use IP", src: "causes.md ssrf_blocked" },
    Row { kind: PinCommand, re: r"/model\s+@(?P<id>[A-Za-z0-9][\w.-]*:[^\s\x22']+)", src: "messages.md §3 (profile without a model)" },
    Row { kind: ContextOverflow, re: r"(?i)Context overflow: prompt too large|Context is too large and auto-compaction|Preflight compaction required but failed", src: "messages.md §8, §12 (OpenClaw's own copy; the provider's reason/code forms are request_rejected, causes.md)" },
    Row { kind: EnvNotBound, re: r#"(?P<x>[A-Z][A-Z0-9_]+)(?:, [A-Z][A-Z0-9_]+)* is set, but it is not bound to provider "(?P<p>[^"]+)""#, src: "messages.md §1, §10" },
    Row { kind: TurnTimeout, re: r"timed out after \d+s \(overall turn limit\)|CLI exceeded timeout \(\d+s\) and was terminated|The task took too long", src: "messages.md §9" },
    Row { kind: NumericModelSelection, re: r"Numeric model selection is not supported in chat", src: "messages.md §4" },
    Row { kind: AppServerProfile, re: r#"Codex app-server auth profile "(?P<id>[^"]+)" (?P<code>must belong to provider|must be OpenAI Codex auth|was not found)"#, src: "causes.md auth_profile_provider_mismatch; formats.md" },
    Row { kind: GatewayModelNotAllowed, re: r"(?i)model not allowed:\s*(?P<r>[\w.-]+/[^\s\x22']+)", src: "messages.md §4 (gateway sessions.patch form)" },
    // messages.md catalogue rows (tests/messages_table.rs): every template of §1–§10 and the
    // user-visible §11.3 failover texts, mapped to the kind whose rule already reads that cause;
    // kinds only diagnose/catalogue.rs reads are marked there.
    Row { kind: LoginExpired, re: r"You can also re-auth with openclaw models auth login --provider (?P<p>[\w.-]+)", src: "messages.md §1 (plugin recovery hint)" },
    Row { kind: OAuthTokenExpired, re: r"(?i)Every auth profile for (?P<p>[\w.-]+) is currently failing authentication|Authentication with (?P<p2>[\w.-]+) did not succeed|Couldn't sign in to the AI service|access token could not be refreshed|authentication session could not be refreshed|Refresh expiring OAuth tokens now\?", src: "messages.md §1, §10" },
    Row { kind: ReauthHint, re: r"Re-authenticate with openclaw models auth login --provider (?P<p>[\w.-]+)(?: --profile-id '?(?P<id>[^'\s]+))?|- (?P<x>[\w.-]+:\S+?): (?:expired|expiring) \(", src: "messages.md §3, §10 (hints and doctor notes)" },
    Row { kind: ReauthHint, re: r"(?:cooldown|disabled):(?:auth|auth_permanent|session_expired)\b", src: "messages.md §3 (profile flags)" },
    Row { kind: NotAcceptingLogin, re: r"Every auth profile for (?P<p>[\w.-]+) has been permanently denied|Authentication with (?P<p2>[\w.-]+) was permanently denied", src: "messages.md §7" },
    Row { kind: HostAuthFailed, re: r"Authentication failed on the app-server host", src: "messages.md §1, §9 (none-fits host_managed_auth_failed)" },
    Row { kind: ExternalCli, re: r"Failed to authenticate(?:\. API Error: 401|: OAuth session expired)|— Deprecated profile\. Use openclaw", src: "messages.md §1, §9, §10" },
    Row { kind: MigrationRequired, re: r#"Doctor hint \(for GitHub issue\)|Fix: run "?openclaw doctor --yes|Auth profile store \S.* is unreadable|Update Anthropic OAuth profile id in config now"#, src: "messages.md §1, §10" },
    Row { kind: MissingApiKeySelected, re: r"(?i)no api key found(?: for provider)?\s*(?:…|\.\.\.|\x22|$)|missing api key for\s*(?:\x22|$)", src: "messages.md §2 (truncated and lower-cased forms)" },
    Row { kind: MissingApiKey, re: r#"No API key resolved for provider "(?P<p>[^"]+)""#, src: "messages.md §2" },
    Row { kind: MissingApiKeyOpenAi, re: r"You are authenticated with OpenAI Codex OAuth\. Use (?P<r>openai-codex/[\w.-]+?) \(ChatGPT OAuth\)", src: "messages.md §2 (builds ≈1.x–5.7)" },
    Row { kind: MissingApiKeyOpenAi, re: r"Missing API key for OpenAI on the gateway\. Use (?P<r>[\w.-]+/[\w.-]+?) with the OpenAI OAuth profile", src: "messages.md §2 (providerGuidance copy)" },
    Row { kind: CredentialClassRoute, re: r#"uses (?P<code>[\w-]+) auth, but (?P<r>openai/[\w.-]+) requires (?:an OpenAI API key|a ChatGPT subscription)|OpenAI needs a different sign-in for this model"#, src: "messages.md §2, §4" },
    Row { kind: CredentialClassMismatch, re: r#"Auth profile "(?P<id>[^"]+)" uses (?P<code>[\w-]+) auth, but (?P<r>[\w.-]+/[\w.-]+) (?:does not accept|is not compatible)|Per-entry apiKey "(?P<x>[^"]+)" for provider "(?P<p>[^"]+)" references a "\w+" credential"#, src: "messages.md §2" },
    Row { kind: PerEntryUnresolved, re: r#"Per-entry apiKey "(?P<id>[^"]+)" for provider "(?P<p>[^"]+)" matched a stored profile but failed to resolve"#, src: "messages.md §2" },
    Row { kind: UserAccountPin, re: r"Select a personal model account connected to your signed-in profile", src: "messages.md §3 (none-fits user_account_pin_invalid)" },
    Row { kind: OrderLockBusy, re: r"Failed to update (?P<x>auth-state\.json); the auth state lock may be busy", src: "messages.md §3" },
    Row { kind: RateLimited, re: r"Wait for cooldown or switch provider|The AI services are busy|All attempted models were rate-limited or overloaded|The model request was rate-limited|can't accept more requests right now|Selected model is at capacity|is cooling down after recent rate-limit responses|is asking us to slow down|cooldown:rate_limit\b", src: "messages.md §3, §6, §7" },
    Row { kind: Overloaded, re: r"is cooling down while the provider is reporting overload|(?P<p>[\w.-]+) is overloaded right now|(?:cooldown|disabled):overloaded\b", src: "messages.md §7" },
    Row { kind: Unreachable, re: r"is cooling down after recent (?:requests timed out|provider server errors)|(?P<p>[\w.-]+) (?:hasn't been responding|is having issues right now)\. Please wait", src: "messages.md §7" },
    Row { kind: GeminiCliOauth, re: r"Gemini CLI OAuth cannot be repaired by OpenClaw", src: "messages.md §3 (none-fits gemini_cli_oauth_unsupported)" },
    Row { kind: NotAllowed, re: r#"Model override (?P<r>[\w.-]+/\S+?) is no longer in the allowed list|Add it with: openclaw config set agents\.defaults\.models '\{"(?P<x>[^"]+)""#, src: "messages.md §3, §4" },
    Row { kind: UnrecognizedModel, re: r#"Unrecognized model "(?P<x>[^"]+)""#, src: "messages.md §4" },
    Row { kind: NoModelsAvailable, re: r"\bNo models available\.|No API provider registered for api", src: "messages.md §4, §9 (none-fits no_models_configured, provider_api_unset)" },
    Row { kind: ModelNotFound, re: r"(?i)This model was not found\. Choose another model|can't find the model you're using|rejected with a model-not-found error|model is not supported when using Codex with a ChatGPT account|\bmodel_not_found\b|\bHTTP 404\b|API error \(404\)", src: "messages.md §4, §5, §8, §11.1" },
    Row { kind: Http401, re: r"API error \((?:401|403)\)|\bHTTP 403\b", src: "messages.md §8, §11.1" },
    Row { kind: Billing, re: r"API error \(402\)|(?i)\b(?:http|error) 402\b|\x22status\x22: ?402|used all available credits|out of budget|plans & billing|out of extra usage|draw from your extra usage|extra usage is required|does not have a valid coding plan subscription|\x22code\x22: ?1311|余额不足|欠费", src: "messages.md §8, §11.1, §11.3 billing" },
    Row { kind: Billing, re: r"(?i)(?:error|failed|reason|⚠️)\W.{0,160}?\b(?:billing error|credit balance|available balance)", src: "messages.md §11.3 billing (generic words, in an error only)" },
    Row { kind: RateLimited, re: r"(?i)API error \(429\)|\bHTTP 429\b|too many (?:concurrent )?requests|exceeded your current quota|resource[ _]exhausted|quota exceeded|tokens per (?:minute|day)|model_cooldown|\brate_limit_exceeded\b|请求过于频繁|调用频率|频率限制|配额不足|配额已用尽|额度不足|额度已用尽", src: "messages.md §11.1, §11.2, §11.3 rate_limit" },
    Row { kind: RateLimited, re: r"(?i)(?:error|failed|reason|⚠️)\W.{0,160}?\brate[ _]limit", src: "messages.md §11.3 rate_limit (generic words, in an error only)" },
    Row { kind: Overloaded, re: r"(?i)model is at capacity|service[ _]temporarily[ _]unavailable|服务过载|当前负载过高|访问量过大|(?:error|failed|⚠️)\W.{0,160}?\b(?:service unavailable|high demand|high load)\b", src: "messages.md §11.3 overloaded" },
    Row { kind: Cloudflare, re: r"returned an HTML error page instead of an API response", src: "messages.md §8 (older copy)" },
    Row { kind: Unreachable, re: r"(?i)LLM request failed: (?:connection refused|network connection|the provider endpoint is unreachable)|Couldn't (?:connect to|reach) the AI service|Lost the connection to the AI service|The AI service is temporarily unavailable|The AI service returned an internal error|temporary internal error before replying|An unknown error occurred|Unknown error \(no error details|streaming response contained a malformed fragment|self[ -]signed certificate|unable to get local issuer certificate|CERT_HAS_EXPIRED|\bHTTP 5\d\d\b|API error \(5\d\d\)", src: "messages.md §8, §11.1" },
    Row { kind: Unreachable, re: r"(?i)deadline exceeded|got status: internal|network request failed|\bfetch failed\b|socket hang up|stream disconnected before completion|premature close of server response|stream ended (?:with|before|without)|\beai_again\b|\be(?:connrefused|connreset|connaborted|netunreach|hostunreach|timedout|notfound)\b|without sending any chunks|operation was aborted|\bstream_read_error\b|\bund_err_\w+|request failed after repeated internal retries|an error occurred while processing|internal server error|\binternal_error\b|upstream connect error|网络错误|网络异常|服务暂时不可用|服务繁忙|请求超时|连接超时|连接错误|内部错误|服务器错误|系统错误|系统繁忙|系统异常", src: "messages.md §11.2, §11.3 timeout / server_error" },
    Row { kind: Unreachable, re: r"(?i)(?:error|failed|reason|⚠️)\W.{0,160}?\b(?:timed out|network error|connection error|connection reset|bad gateway|gateway timeout|upstream error|server_error|request failed(?:[.\x22]|\s*$))", src: "messages.md §11.3 timeout / server_error (generic words, in an error only)" },
    Row { kind: FormatRejected, re: r"(?i)provider returned an invalid streaming response|rejected the conversation state|Message ordering conflict|did not produce a visible reply|API error \(400\)|\bHTTP 4(?:00|22)\b|string should match pattern|\btool_use[._]id\b|invalid request format|does not support assistant message prefill|conversation must end with a user message|incorrect role information|roles must alternate|input item id does not belong to this connection", src: "messages.md §6, §8, §11.1, §11.3 format" },
    Row { kind: ContextOverflow, re: r"(?i)\brequest_too_large\b|request exceeds the maximum size|context length exceeded|exceeds model context window|model token limit|context overflow:", src: "messages.md §11.3 context_overflow" },
    Row { kind: IncorrectApiKey, re: r"(?i)api key is invalid|\bpermission_error\b|incorrect api key|deactivated[ _]workspace|key has been (?:disabled|revoked)|account has been deactivated|not allowed for this organization|\x22code\x22: ?1113|apikey ?无效|密钥无效|认证失败|鉴权失败|无权访问", src: "messages.md §11.3 auth / auth_permanent" },
    Row { kind: OAuthTokenExpired, re: r"(?i)(?:error|failed|⚠️)\W.{0,160}?\btoken has expired\b", src: "messages.md §11.3 auth (generic words, in an error only)" },
    Row { kind: MissingApiKeySelected, re: r"(?i)(?:error|failed|⚠️)\W.{0,160}?\bno credentials found\b", src: "messages.md §11.3 auth (generic words, in an error only)" },
    Row { kind: HarnessNotRegistered, re: r#"(?i)Requested agent harness "(?P<x>[\w.-]+)" is not registered|requested agent harness is not registered|agent harness .{0,80}? does not support .{0,80}? provider is not one of"#, src: "messages.md §9" },
    Row { kind: AppServer, re: r"Codex app-server (?:connection closed before|stopped before confirming)", src: "messages.md §9" },
    Row { kind: CliNoOutput, re: r"no-output watchdog stopped it|CLI produced no output for \d+s|The task stopped responding", src: "messages.md §9" },
    Row { kind: LegacyConfig, re: r#"Generic openai/\* model refs are paired with the Codex runtime|will use runtime "codex"; use openai-codex/|rewrite these risky config model refs"#, src: "messages.md §10" },
    Row { kind: XApiKeyHeader, re: r"carry the API secret key in the 'X-Api-Key' field", src: "causes.md invalid_api_key" },
    Row { kind: LiveSwitchLoop, re: r"Live session model switch requested", src: "causes.md version_regression" },
    Row { kind: SkippingAll, re: r"Provider (?P<p>[\w.-]+) has (?P<code>\w+) issue \(skipping all models\)", src: "messages.md §6" },
    Row { kind: FallbackCleared, re: r"Model Fallback cleared:", src: "messages.md §6" },
    Row { kind: FallbackNotice, re: r"Model Fallback: (?P<x>\S+) \(selected (?P<r>[^\s;]+); (?P<code>\w+)\)", src: "messages.md §6" },
    Row { kind: CandidateSucceeded, re: r"decision=candidate_succeeded", src: "messages.md §6 (decision log)" },
    Row { kind: CronLane, re: r"lane=(?P<x>cron[:\w.-]*)", src: "formats.md (lane logs)" },
    Row { kind: GatewayRunning, re: r"A Gateway is running for this state directory", src: "messages.md §10" },
    Row { kind: NotAcceptingLogin, re: r"(?P<p>[\w.-]+) isn't accepting your saved login", src: "messages.md §7" },
    Row { kind: StatusAll, re: r"^OpenClaw status --all$|^Diagnosis \(read-only\)$|Pasteable debug report", src: "formats.md (status --all)" },
    Row { kind: ModelsListing, re: r"^Models \((?P<p>[\w.-]+) · (?:🔑\s*)?(?P<code>api-key|oauth|token)?[^()]*(?:\((?P<id>[\w.-]+:[^)\s]+)\))?\)", src: "formats.md (/models listing)" },
    Row { kind: CouldntConnect, re: r"Couldn't connect to (?P<p>[A-Za-z][\w .-]*?)\. Run `?openclaw doctor --fix", src: "messages.md §2" },
    Row { kind: UsageLimit, re: r"(?i)usage limit|usage_limit_reached|hit your (?:ChatGPT|Codex|Claude) (?:usage )?limit", src: "messages.md §7" },
    Row { kind: CliCommand, re: r"\b(?:openclaw|clawdbot|moltbot)(?:\s+--(?:profile\s+\S+|dev))?\s+(?P<x>(?:models|doctor|status|gateway|logs|plugins|config|onboard|configure|update|devices|channels)\b[^\n`'\x22]*)", src: "formats.md §14 (CLI command)" },
    // Field-report signatures (causes.md §3.9 and the classes of phrasing several reports share).
    Row { kind: Cloudflare, re: r"cf-mitigated: challenge|rawError=<html", src: "causes.md cloudflare_403" },
    Row { kind: Billing, re: r"(?i)budget limit exceeded|spend(?:ing)? limit|returned a billing error|insufficient credits|credit balance (?:is )?too low|insufficient_quota|payment required|insufficient (?:\w+ )?balance|requires more credits|reported a billing problem|blocked for billing", src: "messages.md §7, §7b, §11.3 billing" },
    Row { kind: ScopeMissing, re: r"Missing scopes?: (?P<x>[\w.]+)|缺少作用域", src: "messages.md §8; causes.md oauth_scope_missing" },
    Row { kind: SessionLocked, re: r"session file locked", src: "not model auth: a session file lock (field reports)" },
    Row { kind: LiveSwitchPending, re: r"liveModelSwitchPending\W{0,4}(?:[:=]\s*)?true", src: "causes.md version_regression (field reports: /model switch never applied)" },
    Row { kind: PluginRegistry, re: r"ClawHub\b.*?failed \((?P<code>\d{3})\)", src: "not model auth: plugin registry (field reports)" },
    Row { kind: NoCredentials, re: r#"No credentials found for profile "(?P<id>[^"]+)""#, src: "messages.md §2" },
    Row { kind: ModelsListRow, re: r"^\s*(?P<r>[\w.-]+/\S+)\s+(?:\S+\s+){0,5}?(?P<x>(?:default|fallback#\d+|configured|alias:\S+|missing|image)(?:,(?:default|fallback#\d+|configured|alias:\S+|missing|image))*)\s*$", src: "formats.md models list" },
    Row { kind: ModelEnv, re: r"\bOPENCLAW_MODEL=(?P<r>[\w.-]+/[\w.:/-]+)", src: "causes.md default_model_not_set" },
    Row { kind: UseRefInstead, re: r"Use (?P<x>[\w.-]+/[\w.:-]+) with an OpenAI API key or (?P<r>[\w.-]+/[\w.:-]+?)\.? with Codex OAuth", src: "messages.md §5 (unknown model with a suggested ref)" },
    Row { kind: NoProviderPlugins, re: r"No provider plugins found|No provider token-auth plugins found|No token-capable provider is available|does not expose a token auth method", src: "messages.md §5b" },
    Row { kind: ExclusionMentioned, re: r"(?i)excluded by (?:the )?auth\.?order", src: "causes.md profile_excluded_by_auth_order (user summary)" },
    Row { kind: OverrideMentioned, re: r"authProfileOverride", src: "causes.md session_pin_stale" },
    Row { kind: StatusCardWarning, re: r"🔑 unknown|\(selected model unavailable\)|is not allowed for this agent; reverted to|missingProvidersInUse", src: "causes.md status_display_mismatch" },
    Row { kind: SetupToken, re: r"sk-ant-oat\d*|CLAUDE_CODE_OAUTH_TOKEN|setup-token", src: "causes.md oauth_expired (Anthropic token)" },
    Row { kind: ProfileMention, re: r"(?:^|[\s(\x22'=\[])(?P<id>(?:openai-codex|openai|anthropic|google-antigravity|google-gemini-cli|google|gemini|github-copilot|minimax-portal|minimax|moonshot|kimi-coding|openrouter|ollama|qwen-portal|qwen|deepseek|xai|mistral|groq|bailian|zai|claude-cli|codex):[A-Za-z0-9@.+_-]*[A-Za-z0-9])", src: "causes.md §5 profile ids" },
    Row { kind: ModelMention, re: r"(?:^|[\s(\x22'=\[])(?P<r>(?:openai-codex|openai|anthropic|google-antigravity|google-gemini-cli|google|gemini|github-copilot|minimax-portal|minimax|moonshot|kimi-coding|openrouter|ollama|qwen-portal|qwen|deepseek|xai|mistral|groq|bailian|zai|claude-cli|codex)/[A-Za-z0-9][\w.:/-]*[A-Za-z0-9])", src: "causes.md §5 model refs" },
    Row { kind: PlatformEndpoint, re: r"\bapi=(?P<x>openai-(?:responses|completions))\b", src: "causes.md custom_model_misrouted" },
    Row { kind: NoApiKey, re: r"No API key (?:found )?for provider:?\s+(?P<p>[A-Za-z][\w.-]*)", src: "messages.md §2 (unquoted variants)" },
    Row { kind: SqliteStore, re: r"openclaw-agent\.sqlite|state/openclaw\.sqlite", src: "causes.md §1 store eras" },
    Row { kind: LegacyStoreFile, re: r"auth-profiles\.json", src: "causes.md §1 store eras" },
    Row { kind: MissingAuth, re: r"^\s*Missing auth\b|Providers w/ OAuth/tokens \(0\)", src: "formats.md models status" },
    Row { kind: ProviderModelUnregistered, re: r#"Unknown model: (?P<r>[\w.-]+/[^\s"]+?)\. Found agents\.defaults\.models\[.{0,160}?but no matching models\.providers"#, src: "messages.md §5" },
];

/// `\b` in the table means an ASCII word boundary. A Unicode `\b` makes the regex engine give
/// up its DFA on every line with a non-ASCII character (box glyphs, `·`, `↳`, prose) and run
/// the much slower PikeVM over all ~70 patterns: 10× the cost of a whole paste (docs/performance.md).
///
/// `\w` inside a class (`[\w.-]`, `[\w.:/-]`: provider ids, model refs, profile ids, flags,
/// all ASCII in OpenClaw's grammar) means `[0-9A-Za-z_]`: a Unicode `\w` is most of the cost
/// of compiling a row (≈ 2 M instructions each, issue 14).
fn ascii_boundaries(p: &str) -> String {
    let mut out = String::with_capacity(p.len() + 32);
    let mut in_class = false;
    let mut chars = p.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some('w') if in_class => out.push_str("0-9A-Za-z_"),
                Some('b') if !in_class => out.push_str(r"(?-u:\b)"),
                Some(e) => {
                    out.push('\\');
                    out.push(e);
                }
                None => out.push('\\'),
            },
            '[' if !in_class => {
                in_class = true;
                out.push(c);
                // A `]` or `^]` right after the opening bracket is a member.
                let rest = chars.as_str();
                let lead =
                    if rest.starts_with("^]") { 2 } else { usize::from(rest.starts_with(']')) };
                out.push_str(&rest[..lead]);
                chars = rest[lead..].chars();
            }
            ']' if in_class => {
                in_class = false;
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

/// Which rows can match a line: one Aho-Corasick pass over the literals each row's pattern
/// requires, found automatically (parse/prefilter.rs). A `RegexSet` of every row did this
/// before; compiling it was most of a one-shot run and grew with the table (issue 14).
static PREFILTER: LazyLock<Prefilter> =
    LazyLock::new(|| Prefilter::new(TABLE.iter().map(|r| r.re)));
/// The capturing regex of each row, compiled the first time the prefilter admits the row: a
/// one-shot CLI run needs a handful of the rows (docs/performance.md).
static REGEXES: [OnceLock<Regex>; TABLE.len()] = [const { OnceLock::new() }; TABLE.len()];

fn row_regex(i: usize) -> &'static Regex {
    REGEXES[i].get_or_init(|| Regex::new(&ascii_boundaries(TABLE[i].re)).expect("signal regex"))
}

/// Messages of at most this many bytes search rows by their [`lite_regex`] first: a larger one
/// would soon compile the full regexes too and pay both (issue 14).
const LITE_MESSAGE: usize = 16 * 1024;
/// Per row: its pattern as [`row_regex`] matches it, built for a few short lines
/// ([`crate::regexes::lite`]: no lazy DFAs, no literal prefilter). A one-shot paste searches
/// a row without prefix literals on a line or two; compiling the row's full regex for that
/// was a third of the run (issue 14).
static LITES: [OnceLock<LiteRegex>; TABLE.len()] = [const { OnceLock::new() }; TABLE.len()];
/// Bytes of lines each row was searched in by its [`lite_regex`]: up to
/// [`crate::regexes::LITE_BYTES`] (the NFA engines take ≈ 100–300 instructions a byte, the full
/// regex ≈ 1 M to compile, so a row searched in more than a few lines, or one long JSON log
/// line, is better served by the full one), as a [`crate::regexes::Tiered`] pattern counts.
static LITE_SEARCHED: [AtomicUsize; TABLE.len()] = [const { AtomicUsize::new(0) }; TABLE.len()];

fn lite_regex(i: usize) -> &'static LiteRegex {
    LITES[i]
        .get_or_init(|| crate::regexes::lite(&ascii_boundaries(TABLE[i].re)).expect("signal regex"))
}

/// Row `i`'s lite regex for a search of `len` more bytes while the row's searches stay within
/// [`crate::regexes::LITE_BYTES`] and its full regex is not compiled; `None` when the full
/// regex should be used.
fn lite_for_line(i: usize, len: usize) -> Option<&'static LiteRegex> {
    if REGEXES[i].get().is_some() || !within_lite_budget(&LITE_SEARCHED[i], len) {
        return None;
    }
    Some(lite_regex(i))
}

/// A row whose pattern ends with a greedy star of one class that closes its last group
/// (`CliCommand`'s `(?P<x>(?:models|…)\b[^\n`'\x22]*)`): the pattern without that star, and
/// the name of the group. Capturing with the full regex walks the star to the end of a
/// window (≈ 90 k instructions per capture, issue 14); the pattern without it matches wherever
/// the full one does (the star can match nothing), on the same path, so its groups are the
/// full pattern's except that the named group ends where the full match ends (the star is
/// greedy and last).
fn head_of(pattern: &str) -> Option<(String, &str)> {
    let body = pattern.strip_suffix("]*)")?;
    // The class's `[`: the last one not escaped (classes here hold no nested `[`).
    let open = body.rfind('[')?;
    if body[..open].ends_with('\\') || body[open + 1..].contains(['[', ']']) {
        return None;
    }
    // The group that the final `)` closes: the last one still open before the class.
    let mut open_groups: Vec<Option<&str>> = Vec::new();
    let (mut i, b) = (0, &body.as_bytes()[..open]);
    let mut in_class = false;
    while i < b.len() {
        match b[i] {
            b'\\' => i += 1,
            b'[' if !in_class => in_class = true,
            b']' if in_class => in_class = false,
            b'(' if !in_class => {
                let rest = &body[i..open];
                let name = rest.strip_prefix("(?P<").and_then(|r| r.split_once('>')).map(|n| n.0);
                open_groups.push(name);
            }
            b')' if !in_class => {
                open_groups.pop()?;
            }
            _ => {}
        }
        i += 1;
    }
    if in_class {
        return None;
    }
    // The group is the outermost and named, and not `p2` (a provider read from `p` first).
    let name = open_groups.pop()?.filter(|n| *n != "p2")?;
    open_groups.is_empty().then(|| (format!("{})", &body[..open]), name))
}

/// Per row: its [`head_of`] regex, compiled on first need.
static HEADS: [OnceLock<Option<(Regex, &'static str)>>; TABLE.len()] =
    [const { OnceLock::new() }; TABLE.len()];

/// The signal of row `i`'s match `start..end` in `text` (a match of its regex).
fn capture(i: usize, text: &str, start: usize, end: usize) -> Option<Signal> {
    if let Some(reader) = READERS[i] {
        let own = |v: Option<&str>| v.map(str::to_string);
        let p = reader.read_at(text, start).map(|m| reader_parts(text, &m))?;
        let [provider, profile_id, model_ref, code, extra] = p.map(own);
        return Some(Signal { kind: TABLE[i].kind, provider, profile_id, model_ref, code, extra });
    }
    let head = HEADS[i].get_or_init(|| {
        let (p, name) = head_of(TABLE[i].re)?;
        Regex::new(&ascii_boundaries(&p)).ok().map(|re| (re, name))
    });
    let Some((re, name)) = head else {
        return row_regex(i).captures_at(text, start).map(|c| signal(TABLE[i].kind, &c));
    };
    let c = re.captures_at(text, start)?;
    let mut s = signal(TABLE[i].kind, &c);
    // A group that took no part in the match keeps what `signal` made of it (nothing).
    if let Some(g) = c.name(name) {
        let value = clean(&text[g.start()..end]);
        match *name {
            "p" => s.provider = value,
            "id" => s.profile_id = value,
            "r" => s.model_ref = value,
            "code" => s.code = value,
            _ => s.extra = value,
        }
    }
    Some(s)
}

fn group(c: &regex::Captures<'_>, names: &[&str]) -> Option<String> {
    names.iter().find_map(|n| c.name(n)).and_then(|m| clean(m.as_str()))
}

/// A captured value as a signal keeps it.
fn clean(s: &str) -> Option<String> {
    clean_str(s).map(str::to_string)
}

/// [`clean`] without the copy. A value that starts and ends with an ASCII byte other than a
/// blank has nothing for `trim` to take and is cut by bytes: `trim` and a `trim_end_matches`
/// of two characters decoded characters from both ends, ≈ 150 instructions a field of a pin
/// line (issue 14).
fn clean_str(s: &str) -> Option<&str> {
    let b = s.as_bytes();
    // Every character `trim` takes is an ASCII blank or starts with a byte over 0x7F.
    let kept =
        |c: u8| c.is_ascii() && !matches!(c, b' ' | b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r');
    let t = match (b.first(), b.last()) {
        (Some(&first), Some(&last)) if kept(first) && kept(last) => s,
        _ => s.trim(),
    };
    let end = t.len() - t.bytes().rev().take_while(|&c| c == b'.' || c == b',').count();
    Some(&t[..end]).filter(|s| !s.is_empty())
}

/// A signal's fields before they are copied out of the text: provider, profile id, model
/// ref, code, extra (each already [`clean_str`]).
type Parts<'t> = [Option<&'t str>; 5];

/// [`push_new`] of the signal of `kind` with fields `p`, copying the fields only when the
/// signal is new: a line often gives one signal twice (both pin rows, a ref named twice), and
/// the copies were most of a pin line's signal cost (issue 14).
fn push_parts(out: &mut Vec<Signal>, kind: SignalKind, p: Parts<'_>) {
    let same = |a: &Option<String>, b: Option<&str>| a.as_deref() == b;
    if out.iter().any(|s| {
        s.kind == kind
            && same(&s.provider, p[0])
            && same(&s.profile_id, p[1])
            && same(&s.model_ref, p[2])
            && same(&s.code, p[3])
            && same(&s.extra, p[4])
    }) {
        return;
    }
    let own = |v: Option<&str>| v.map(str::to_string);
    out.push(Signal {
        kind,
        provider: own(p[0]),
        profile_id: own(p[1]),
        model_ref: own(p[2]),
        code: own(p[3]),
        extra: own(p[4]),
    });
}

/// The providers of the two mention rows (`ProfileMention`, `ModelMention`), in their order.
const MENTION_NAMES: [&str; 24] = [
    "openai-codex",
    "openai",
    "anthropic",
    "google-antigravity",
    "google-gemini-cli",
    "google",
    "gemini",
    "github-copilot",
    "minimax-portal",
    "minimax",
    "moonshot",
    "kimi-coding",
    "openrouter",
    "ollama",
    "qwen-portal",
    "qwen",
    "deepseek",
    "xai",
    "mistral",
    "groq",
    "bailian",
    "zai",
    "claude-cli",
    "codex",
];

/// The two mention rows read by hand ([`mentions`]): they match on most lines of a paste and
/// compiling each (a Unicode `\s` class, 24 names) cost a one-shot run 2.7 M instructions.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Mention {
    /// `provider:id` (`ProfileMention`).
    Profile,
    /// `provider/model` (`ModelMention`).
    Model,
}

impl Mention {
    /// The row's pattern, which the hand-written reading is exact for.
    fn pattern(self) -> String {
        let names = MENTION_NAMES.join("|");
        match self {
            Mention::Profile => {
                format!(r#"(?:^|[\s(\x22'=\[])(?P<id>(?:{names}):[A-Za-z0-9@.+_-]*[A-Za-z0-9])"#)
            }
            Mention::Model => {
                format!(r#"(?:^|[\s(\x22'=\[])(?P<r>(?:{names})/[A-Za-z0-9][\w.:/-]*[A-Za-z0-9])"#)
            }
        }
    }
}

/// Per row: the `PinMismatch` rows read by hand (`pins.rs`) when their patterns are exactly
/// the ones it reads.
static PINS: LazyLock<Vec<Option<Pin>>> =
    LazyLock::new(|| TABLE.iter().map(|r| Pin::of(r.re)).collect());

/// Every match of a pin row in `text`, as `captures_iter` finds them, into `out` (a buffer
/// kept from line to line, cleared first), or `Err` when the regex must decide.
fn pin_matches(pin: Pin, text: &str, out: &mut Vec<PinMatch>) -> Result<(), ()> {
    out.clear();
    let mut from = 0;
    while let Some(m) = pin.find_at(text, from)? {
        from = m.end;
        out.push(m);
    }
    Ok(())
}

/// The fields of a pin row's match, as [`signal`] makes them from the regex's groups.
fn pin_parts<'t>(text: &'t str, m: &PinMatch) -> Parts<'t> {
    let at = |(s, e): (usize, usize)| clean_str(&text[s..e]);
    [at(m.p), at(m.id), None, None, at(m.x)]
}

/// Per row: the rows read by hand in `rows.rs` (both `NoApiKey` rows, `UnknownModel`,
/// `LoginExpired`, `LoginFailed`, `RefreshFailed`, the first `ExternalCli`) when their patterns
/// are exactly the ones it reads.
static READERS: LazyLock<Vec<Option<Reader>>> =
    LazyLock::new(|| TABLE.iter().map(|r| Reader::of(r.re)).collect());

/// Per row: the heads ([`head_of`]) read by hand in `rows.rs` (`CliCommand`'s), when the row's
/// pattern is exactly the one it reads.
static HEAD_READERS: LazyLock<Vec<Option<HeadReader>>> =
    LazyLock::new(|| TABLE.iter().map(|r| HeadReader::of(r.re)).collect());

/// The fields of a hand-read row's match, as [`row_parts`] makes them from the regex's groups.
fn reader_parts<'t>(text: &'t str, m: &RowMatch) -> Parts<'t> {
    let at = |g: Option<(usize, usize)>| g.and_then(|(s, e)| clean_str(&text[s..e]));
    [at(m.p), at(m.id), at(m.r), None, at(m.x)]
}

/// Per row: read by hand when its pattern is exactly a mention pattern (an edited row falls
/// back to its regex).
static HAND: LazyLock<Vec<Option<Mention>>> = LazyLock::new(|| {
    let (profile, model) = (Mention::Profile.pattern(), Mention::Model.pattern());
    TABLE
        .iter()
        .map(|r| {
            (r.re == profile)
                .then_some(Mention::Profile)
                .or((r.re == model).then_some(Mention::Model))
        })
        .collect()
});

/// The spans of the id (`Profile`) or model ref (`Model`) of every match of the mention
/// row's regex in `text`, as `captures_iter` finds them: leftmost-first, non-overlapping.
/// A match is a name of [`MENTION_NAMES`] at the start of the text or after a blank or one of
/// `("'=[`, then `:` and a run of `[A-Za-z0-9@.+_-]` up to its last letter or digit (`Profile`),
/// or `/`, a letter or digit, and a run of `[0-9A-Za-z_.:/-]` up to its last letter or digit
/// (`Model`). At most one name can end right before a given `:` or `/` and start where a
/// match can (`codex` inside `openai-codex` follows a `-`).
fn mentions(text: &str, kind: Mention) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let alnum = |b: u8| b.is_ascii_alphanumeric();
    let (sep, in_run): (u8, &[bool; 256]) = match kind {
        Mention::Profile => (b':', &PROFILE_RUN),
        Mention::Model => (b'/', &MODEL_RUN),
    };
    let mut out = Vec::new();
    // Where the next match may start (the end of the last).
    let mut from = 0;
    for p in memchr::memchr_iter(sep, bytes) {
        let mut best: Option<(usize, usize, usize)> = None;
        for name in MENTION_NAMES {
            let Some(ns) = p.checked_sub(name.len()) else { continue };
            // The last byte first: a slice compare is a `memcmp` call (24 a separator).
            if bytes[p - 1] != name.as_bytes()[name.len() - 1] || &bytes[ns..p] != name.as_bytes() {
                continue;
            }
            // Where the match starts: the text's start (`^`), else the character before.
            let start = if ns == 0 {
                0
            } else {
                match text[..ns].chars().next_back() {
                    Some(c) if c.is_whitespace() || "(\"'=[".contains(c) => ns - c.len_utf8(),
                    _ => continue,
                }
            };
            if start < from || best.is_some_and(|b| b.0 <= start) {
                continue;
            }
            let run_from = match kind {
                Mention::Profile => p + 1,
                Mention::Model if bytes.get(p + 1).is_some_and(|&b| alnum(b)) => p + 2,
                Mention::Model => continue,
            };
            let run_end = run_from
                + bytes[run_from.min(bytes.len())..]
                    .iter()
                    .take_while(|&&b| in_run[usize::from(b)])
                    .count();
            let Some(last) = (run_from..run_end).rev().find(|&i| alnum(bytes[i])) else {
                continue;
            };
            best = Some((start, ns, last + 1));
        }
        if let Some((_, ns, end)) = best {
            out.push((ns, end));
            from = end;
        }
    }
    out
}

/// The bytes of a mention's run after its separator, by table (a function pointer per byte
/// was not inlined): `[A-Za-z0-9@.+_-]` (`Profile`), `[0-9A-Za-z_.:/-]` (`Model`).
static PROFILE_RUN: [bool; 256] = alnum_and(b"@.+_-");
static MODEL_RUN: [bool; 256] = alnum_and(b"_.:/-");

const fn alnum_and(extra: &[u8]) -> [bool; 256] {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    let mut i = 0;
    while i < extra.len() {
        t[extra[i] as usize] = true;
        i += 1;
    }
    t
}

/// At most this many signals are read from one line.
pub const MAX_PER_LINE: usize = 16;

/// Adds a signal the line has not given yet (real lines give a handful; callers stop at
/// [`MAX_PER_LINE`], so this check stays short on a hostile line).
fn push_new(out: &mut Vec<Signal>, s: Signal) {
    if !out.contains(&s) {
        out.push(s);
    }
}

/// The line as the signatures see it. Users paste OpenClaw's messages with Markdown and
/// terminal damage: backticks lost or added, `**bold**`, smart quotes from chat clients, JSON
/// string escapes (`\"` inside `"errorPreview":"…"`), runs of spaces from wrapping. The table is
/// written against one plain form instead of every pattern tolerating each of these.
pub fn normalize(line: &str) -> Cow<'_, str> {
    if !needs_normalizing(line.as_bytes()) {
        return Cow::Borrowed(line);
    }
    // Read as bytes: every character acted on starts with an ASCII byte or 0xC2 or 0xE2 (none
    // of them a UTF-8 continuation byte), so the runs between them are copied whole (a
    // character at a time was a tenth of a table paste's parse, issue 14). A space is kept as
    // it is unless the output ends with a space (then it is dropped) or a space follows it
    // (then that one is): the run takes the others.
    let b = line.as_bytes();
    let mut out = String::with_capacity(line.len());
    let mut last_space = false;
    let mut i = 0;
    while i < b.len() {
        let mut run = i;
        while run < b.len()
            && !(ACTED_ON[usize::from(b[run])] && acted_on(b, run, run == i && last_space))
        {
            run += 1;
        }
        if run > i {
            out.push_str(&line[i..run]);
            last_space = b[run - 1] == b' ';
            i = run;
            continue;
        }
        if matches!(b[i], b' ' | b'\t') {
            // A run of blanks (a table's padding) becomes one space, or none after a space:
            // taken whole, not a character at a time (the padding of a box-drawing table was
            // most of a table paste's `normalize`, issue 14).
            let blanks = b[i..].iter().take_while(|&&c| matches!(c, b' ' | b'\t')).count();
            if !last_space {
                out.push(' ');
                last_space = true;
            }
            i += blanks;
            continue;
        }
        let next = b.get(i + 1).copied();
        // What the character at `i` becomes (`None`: dropped) and the bytes it takes.
        let (c, len) = match b[i] {
            b'`' => (None, 1),
            b'*' if next == Some(b'*') => (None, 2),
            // `\"` inside JSON strings and `\`` from Markdown escaping.
            b'\\' if matches!(next, Some(b'"' | b'\'' | b'`')) => (None, 1),
            b'\\' if next == Some(b'\\') => (Some('\\'), 2),
            b'\t' => (Some(' '), 1),
            0xC2 if matches!(next, Some(0xAB | 0xBB)) => (Some('"'), 2),
            0xE2 if next == Some(0x80) => match b.get(i + 2) {
                Some(0x9C..=0x9E) => (Some('"'), 3),
                Some(0x98 | 0x99) => (Some('\''), 3),
                _ => (None, 0),
            },
            c if c < 0x80 => (Some(char::from(c)), 1),
            _ => (None, 0),
        };
        if len == 0 {
            // Another character led by 0xC2 or 0xE2: kept.
            let n = if b[i] == 0xC2 { 2 } else { 3 };
            out.push_str(&line[i..i + n]);
            last_space = false;
            i += n;
            continue;
        }
        i += len;
        let Some(c) = c else { continue };
        if c == ' ' {
            if last_space {
                continue;
            }
            last_space = true;
        } else {
            last_space = false;
        }
        out.push(c);
    }
    Cow::Owned(out)
}

/// Whether [`normalize`] acts on the character at `b[j]` (one of [`ACTED_ON`]), `after_space`
/// when the output so far ends with a space: `` ` `` `*` `\` tab, a space after a space or
/// before one, `« »` and `“ ” ‘ ’ „` (not the other characters led by 0xC2 or 0xE2, such as
/// the box drawing of a table: each was copied on its own).
fn acted_on(b: &[u8], j: usize, after_space: bool) -> bool {
    match b[j] {
        b' ' => after_space || b.get(j + 1) == Some(&b' '),
        0xC2 => matches!(b.get(j + 1), Some(0xAB | 0xBB)),
        0xE2 => {
            b.get(j + 1) == Some(&0x80)
                && matches!(b.get(j + 2), Some(0x98 | 0x99 | 0x9C | 0x9D | 0x9E))
        }
        _ => true,
    }
}

/// The bytes [`normalize`] may act on: `` ` `` `*` `\` tab, space, and 0xC2 and 0xE2, which
/// lead `« »` and `“ ” ‘ ’ „`.
static ACTED_ON: [bool; 256] = {
    let mut t = [false; 256];
    let mut k = 0;
    let bytes = *b"`*\\\t \xC2\xE2";
    while k < bytes.len() {
        t[bytes[k] as usize] = true;
        k += 1;
    }
    t
};

/// Whether [`normalize`] changes `line`: it holds one of `` ` `` `*` `\` tab, `“ ” ‘ ’ „ « »`
/// or two spaces in a row. Read eight bytes at a time (a byte loop was 16 instructions a
/// byte of every line, issue 14): only a byte that is one of the ASCII ones, a space before a
/// space (or last in the eight) or a non-ASCII byte is tested on its own.
fn needs_normalizing(b: &[u8]) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x80 * ONES;
    // The high bit of each byte of `w` that is `c`, exactly (no borrows between bytes).
    let eq = |w: u64, c: u8| {
        let x = w ^ (u64::from(c) * ONES);
        !(((x & !HIGH) + !HIGH) | x) & HIGH
    };
    let at = |i: usize| match b[i] {
        b'`' | b'*' | b'\\' | b'\t' => true,
        b' ' => b.get(i + 1) == Some(&b' '),
        // U+00AB, U+00BB.
        0xC2 => matches!(b.get(i + 1), Some(0xAB | 0xBB)),
        // U+2018, U+2019, U+201C, U+201D, U+201E.
        0xE2 => {
            b.get(i + 1) == Some(&0x80)
                && matches!(b.get(i + 2), Some(0x98 | 0x99 | 0x9C | 0x9D | 0x9E))
        }
        _ => false,
    };
    let mut chunks = b.chunks_exact(8);
    for (k, c) in chunks.by_ref().enumerate() {
        let w = u64::from_le_bytes(c.try_into().expect("eight bytes"));
        let space = eq(w, b' ');
        let mut may = eq(w, b'`')
            | eq(w, b'*')
            | eq(w, b'\\')
            | eq(w, b'\t')
            | (space & (space >> 8 | 1 << 63))
            | (w & HIGH);
        while may != 0 {
            if at(k * 8 + may.trailing_zeros() as usize / 8) {
                return true;
            }
            may &= may - 1;
        }
    }
    let tail = b.len() - chunks.remainder().len();
    (tail..b.len()).any(at)
}

#[cfg(test)]
mod normalize_tests {
    use super::*;

    /// [`normalize`] as it was, a character at a time: the reference for the byte one.
    fn normalize_chars(line: &str) -> String {
        let mut out = String::with_capacity(line.len());
        let mut chars = line.chars().peekable();
        let mut last_space = false;
        while let Some(c) = chars.next() {
            let c = match c {
                '`' => continue,
                '*' if chars.peek() == Some(&'*') => {
                    chars.next();
                    continue;
                }
                '\\' if matches!(chars.peek(), Some('"' | '\'' | '`')) => continue,
                '\\' if chars.peek() == Some(&'\\') => {
                    chars.next();
                    '\\'
                }
                '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{00AB}' | '\u{00BB}' => '"',
                '\u{2018}' | '\u{2019}' => '\'',
                '\t' => ' ',
                c => c,
            };
            if c == ' ' {
                if last_space {
                    continue;
                }
                last_space = true;
            } else {
                last_space = false;
            }
            out.push(c);
        }
        out
    }

    /// The byte test as it was, a byte at a time.
    fn needs_normalizing_bytes(b: &[u8]) -> bool {
        (0..b.len()).any(|i| match b[i] {
            b'`' | b'*' | b'\\' | b'\t' => true,
            b' ' => b.get(i + 1) == Some(&b' '),
            0xC2 => matches!(b.get(i + 1), Some(0xAB | 0xBB)),
            0xE2 => {
                b.get(i + 1) == Some(&0x80)
                    && matches!(b.get(i + 2), Some(0x98 | 0x99 | 0x9C | 0x9D | 0x9E))
            }
            _ => false,
        })
    }

    /// The byte `normalize` and the eight-at-a-time test give what the character loop and the
    /// byte loop give, on 200,000 generated lines of up to 40 characters (every character
    /// acted on, its neighbours sharing lead bytes, ASCII, other UTF-8) and the fixtures.
    #[test]
    fn normalize_as_the_character_loop_says() {
        let chars = [
            '`',
            '*',
            '\\',
            '"',
            '\'',
            '\u{201C}',
            '\u{201D}',
            '\u{2018}',
            '\u{2019}',
            '\u{201E}',
            '\u{00AB}',
            '\u{00BB}',
            '\t',
            ' ',
            ' ',
            ' ',
            'a',
            'Z',
            '\u{2014}',
            '\u{80}',
            '\u{A0}',
            '\u{201A}',
            '\u{20AC}',
            '\u{26A0}',
            '\u{2000}',
            '\u{E000}',
            'é',
            '\u{1F600}',
            '\u{7F}',
            '\0',
        ];
        let mut rng = crate::testgen::XorShift(0x0F0E_0D0C_0B0A_0908);
        let check = |s: &str| {
            assert_eq!(needs_normalizing(s.as_bytes()), needs_normalizing_bytes(s.as_bytes()));
            assert_eq!(normalize(s), normalize_chars(s), "{s:?}");
        };
        for _ in 0..200_000 {
            let mut s = String::new();
            for _ in 0..rng.below(41) {
                s.push(chars[rng.below(chars.len())]);
            }
            check(&s);
        }
        for f in crate::testgen::fixture_texts() {
            for l in f.lines() {
                check(l);
            }
        }
    }

    /// The byte `normalize` (runs of blanks taken whole) gives what the character loop gives
    /// on 20,000 generated box-drawing table lines: random cells of words, CJK, emoji, smart
    /// quotes, Markdown and tabs, padded with runs of spaces to random widths, empty (wrapped)
    /// cells among them, and borders.
    #[test]
    fn normalize_box_tables_as_the_character_loop_says() {
        const CELLS: &[&str] = &[
            "openai/gpt-5.5",
            "openai:u1",
            "(oauth)",
            "ok · 9.6s",
            "unknown · -",
            "汉字模型",
            "🦞 claw",
            "“quoted”",
            "`code`",
            "**bold**",
            "a\tb",
            "\t",
            "\\\"x\\\"",
            "↳ Auth reason [expired]",
            "é",
            "",
            " ",
        ];
        let mut rng = crate::testgen::XorShift(0x0b0c_5dab_1e5e_ed00);
        let mut changed = 0;
        for i in 0..20_000 {
            let mut line = String::new();
            if i % 10 == 0 {
                line.push_str(["┌────┬──┐", "├──┼────┤", "└─┴─┘", "+----+---+"][rng.below(4)]);
            } else {
                let bar = if i % 7 == 0 { "|" } else { "│" };
                for _ in 0..1 + rng.below(4) {
                    line.push_str(bar);
                    line.push(' ');
                    line.push_str(CELLS[rng.below(CELLS.len())]);
                    line.push_str(&" ".repeat(rng.below(24)));
                }
                line.push_str(bar);
            }
            let got = normalize(&line);
            changed += usize::from(matches!(got, Cow::Owned(_)));
            assert_eq!(got, normalize_chars(&line), "{line:?}");
        }
        assert!(changed > 10_000, "{changed}");
    }
}

/// Per row: the indexes in its regex of the groups [`signal`] reads (`p`, `p2`, `id`, `r`,
/// `code`, `x`), looked up once: a lookup by name hashes the name, six per signal (issue 14).
static GROUPS: [OnceLock<[Option<usize>; 6]>; TABLE.len()] =
    [const { OnceLock::new() }; TABLE.len()];

/// The fields [`signal`] reads from a capture of row `i`'s own regex ([`row_regex`]), by
/// group index (the Scanner's lines; `scan_line`, its reference in the tests, keeps
/// [`signal`]).
fn row_parts<'t>(i: usize, c: &regex::Captures<'t>) -> Parts<'t> {
    parts_by_group(i, |j| c.get(j).map(|m| m.as_str()))
}

/// [`row_parts`] of a capture of row `i`'s [`lite_regex`] in `text`.
fn lite_parts<'t>(i: usize, text: &'t str, c: &LiteCaptures) -> Parts<'t> {
    parts_by_group(i, |j| c.get_group(j).map(|s| &text[s.range()]))
}

/// The fields [`signal`] reads, from the text of group `j` as `group(j)` gives it.
fn parts_by_group<'t>(i: usize, group: impl Fn(usize) -> Option<&'t str>) -> Parts<'t> {
    let g = GROUPS[i].get_or_init(|| {
        // The same pattern numbers the same groups in either regex of the row.
        let names: Vec<Option<&str>> = match REGEXES[i].get() {
            Some(re) => re.capture_names().collect(),
            None => lite_regex(i).group_info().pattern_names(PatternID::ZERO).collect(),
        };
        ["p", "p2", "id", "r", "code", "x"].map(|n| names.iter().position(|&m| m == Some(n)))
    });
    let get = |k: usize| g[k].and_then(&group);
    let at = |k: usize| get(k).and_then(clean_str);
    [
        // The first of `p`, `p2` that took part, as [`group`] reads them.
        get(0).or_else(|| get(1)).and_then(clean_str),
        at(2),
        at(3),
        at(4),
        at(5),
    ]
}

fn signal(kind: SignalKind, c: &regex::Captures<'_>) -> Signal {
    Signal {
        kind,
        provider: group(c, &["p", "p2"]),
        profile_id: group(c, &["id"]),
        model_ref: group(c, &["r"]),
        code: group(c, &["code"]),
        extra: group(c, &["x"]),
    }
}

/// Every signature on one line, in table order, at most one per kind and provider.
pub fn scan_line(line: &str) -> Vec<Signal> {
    let mut out: Vec<Signal> = Vec::new();
    if line.len() < 6 {
        return out;
    }
    let text = normalize(line);
    for i in PREFILTER.candidates(&text) {
        for c in row_regex(i).captures_iter(&text) {
            // Real lines carry a handful; a hostile one could carry tens of thousands, and the
            // duplicate check below is quadratic.
            if out.len() >= MAX_PER_LINE {
                return out;
            }
            let s = signal(TABLE[i].kind, &c);
            push_new(&mut out, s);
        }
    }
    out
}

/// Signatures that a terminal or chat client broke across lines: scans `first` and the lines
/// after it (`rest`, one or two) joined by spaces and keeps only the matches that start on
/// `first` and cross into the next line, so nothing found on one line alone is counted twice.
pub fn scan_wrapped(first: &str, rest: &[&str]) -> Vec<Signal> {
    let a = normalize(first.trim_end());
    let b = rest.iter().map(|l| normalize(l.trim())).collect::<Vec<_>>().join(" ");
    if a.len() < 3 || b.len() < 2 {
        return Vec::new();
    }
    let joined = format!("{a} {b}");
    crossing(&joined, a.len(), PREFILTER.candidates(&joined))
}

/// The signals of `rows` whose match in `joined` starts before `join` and crosses it.
fn crossing(joined: &str, join: usize, rows: impl IntoIterator<Item = usize>) -> Vec<Signal> {
    let mut out: Vec<Signal> = Vec::new();
    for i in rows {
        if crossing_row(joined, join, i, &mut out) {
            break;
        }
    }
    out
}

/// Adds the signals of row `i` whose match crosses `join`; `true` when `out` is full.
fn crossing_row(joined: &str, join: usize, i: usize, out: &mut Vec<Signal>) -> bool {
    let re = row_regex(i);
    // Find first, capture only the matches that cross the join (most do not: the lines on
    // either side are scanned on their own too).
    for m in re.find_iter(joined) {
        if m.start() >= join {
            break;
        }
        if m.end() <= join + 1 {
            continue;
        }
        if out.len() >= MAX_PER_LINE {
            return true;
        }
        // The leftmost-first match from `m.start()` is `m` itself.
        let Some(s) = capture(i, joined, m.start(), m.end()) else { continue };
        push_new(out, s);
    }
    false
}

/// The literals every match of a row starts with: single bytes, and searchers of the longer.
struct ShortPrefixes {
    bytes: Vec<u8>,
    finders: Vec<memchr::memmem::Finder<'static>>,
}

/// Per row without prefix literals in the literal table: the shorter ones every match starts
/// with (`literals::short_prefix_literals`), read on first need.
fn short_prefixes(r: usize) -> Option<&'static ShortPrefixes> {
    static SHORT: [OnceLock<Option<ShortPrefixes>>; TABLE.len()] =
        [const { OnceLock::new() }; TABLE.len()];
    SHORT[r]
        .get_or_init(|| {
            let lits = super::literals::short_prefix_literals(TABLE[r].re)?;
            let (bytes, longer): (Vec<_>, Vec<_>) = lits.into_iter().partition(|l| l.len() == 1);
            Some(ShortPrefixes {
                bytes: bytes.into_iter().map(|l| l[0]).collect(),
                finders: longer
                    .iter()
                    .map(|l| memchr::memmem::Finder::new(l).into_owned())
                    .collect(),
            })
        })
        .as_ref()
}

/// [`crossing_row`] for a row whose matches start with one of `lits`:
/// the row is tried anchored (`a`) at each position before `join` where one starts, in order
/// and from the end of the last match, as `find_iter` finds them (a match with a prefix is
/// never empty). An unanchored search of every window of a log for `RefreshFailed` walked
/// each whole window (issue 14). `starts` is a buffer.
fn crossing_at_starts(
    r: usize,
    a: &Anchored,
    lits: &ShortPrefixes,
    joined: &str,
    join: usize,
    starts: &mut Vec<usize>,
    out: &mut Vec<Signal>,
) -> bool {
    let text = joined.as_bytes();
    starts.clear();
    let before = &text[..join.min(text.len())];
    for &b in &lits.bytes {
        starts.extend(memchr::memchr_iter(b, before));
    }
    for f in &lits.finders {
        // Those that start before the join.
        let reach = (join + f.needle().len() - 1).min(text.len());
        starts.extend(f.find_iter(&text[..reach]));
    }
    starts.sort_unstable();
    starts.dedup();
    let mut from = 0;
    for &q in starts.iter() {
        if q < from {
            continue;
        }
        let Some(end) = row_end_at(r, a, joined, q) else { continue };
        if end <= join + 1 {
            from = end.max(q + 1);
            continue;
        }
        if out.len() >= MAX_PER_LINE {
            return true;
        }
        if let Some(s) = capture(r, joined, q, end) {
            push_new(out, s);
        }
        // The next match starts at or after this one's end, past the join.
        break;
    }
    false
}

/// A line read: its index (`usize::MAX`: none yet), normalised, the literals found in it and
/// where (position, literal), the clauses they meet ([`Prefilter::met_into`]: a window
/// combines its lines' instead of looking up every literal again), and, once [`Scanner::line`] has searched the line, the pin rows
/// it searched in full (`pin_rows`) and their matches (row, start, end). The buffers are kept
/// from line to line.
struct Read<'a> {
    index: usize,
    text: Cow<'a, str>,
    found: Vec<u64>,
    hits: Vec<(u32, u32)>,
    met: Vec<u64>,
    pin_rows: Vec<usize>,
    pins: Vec<(usize, usize, usize)>,
    walks: Vec<Walk>,
}

/// A walk of a row's automaton in the line scan that stopped before the line's end: row,
/// start, the match's end, how far it read ([`row_end_reach`]).
type Walk = (usize, usize, Option<usize>, usize);

impl Read<'_> {
    fn empty() -> Self {
        Read {
            index: usize::MAX,
            text: Cow::Borrowed(""),
            found: Vec::new(),
            hits: Vec::new(),
            met: Vec::new(),
            pin_rows: Vec::new(),
            pins: Vec::new(),
            walks: Vec::new(),
        }
    }

    /// The end of row `r`'s match that starts at `q` on this line, when the line was searched
    /// for the row and has one there.
    fn pin_end(&self, r: usize, q: usize) -> Option<usize> {
        if !self.pin_rows.contains(&r) {
            return None;
        }
        self.pins.iter().find(|m| m.0 == r && m.1 == q).map(|m| m.2)
    }

    /// The end of row `r`'s anchored match from `q` in a text whose first `len` bytes are this
    /// line's, when the line scan walked it there and read only bytes before `len`: the walk
    /// in the window reads the same bytes, so it ends (or fails) as it did.
    fn walked(&self, r: usize, q: usize, len: usize) -> Option<Option<usize>> {
        self.walks.iter().find(|w| w.0 == r && w.1 == q && w.3 <= len).map(|w| w.2)
    }
}

/// [`scan_line`] and [`scan_wrapped`] over the lines of one message, with the same results,
/// reading each line once: a line is normalised and its literals looked up once, and a window
/// of two or three lines takes its lines' literals and looks up only those across a join
/// (before, every line was read again in two windows: issue 14). A window's regexes run only
/// for rows whose match can cross a line break and, when the row's matches start with one of
/// some literals, only from where one of them starts before the break. Buffers (the lines'
/// literals, the joined window, the row lists) are kept from line to line.
pub struct Scanner<'a> {
    lines: &'a [&'a str],
    /// The last three lines read, at `index % 3`.
    slots: [Read<'a>; 3],
    /// The window's text, the literals over its joins (then those over the first that start
    /// before it), the clauses the window's literals meet and its rows.
    joined: String,
    join_hits: Vec<(u32, u32)>,
    /// The first line's literals before the join that are prefix literals of crossing rows.
    line_starts: Vec<(u32, u32)>,
    met: Vec<u64>,
    rows: Vec<usize>,
    /// Where a row's [`short_prefixes`] start before the first join.
    starts: Vec<usize>,
    /// A pin row's matches on a line ([`pin_matches`]).
    pin_found: Vec<PinMatch>,
    /// Whether the message is short enough for [`lite_regex`]es ([`LITE_MESSAGE`]).
    lite: bool,
}

impl<'a> Scanner<'a> {
    pub fn new(lines: &'a [&'a str]) -> Scanner<'a> {
        Scanner {
            lines,
            slots: [Read::empty(), Read::empty(), Read::empty()],
            joined: String::new(),
            join_hits: Vec::new(),
            line_starts: Vec::new(),
            met: Vec::new(),
            rows: Vec::new(),
            starts: Vec::new(),
            pin_found: Vec::new(),
            lite: lines.iter().map(|l| l.len() + 1).sum::<usize>() <= LITE_MESSAGE,
        }
    }

    fn read(&mut self, i: usize) -> &Read<'a> {
        let slot = &mut self.slots[i % 3];
        if slot.index != i {
            slot.index = i;
            slot.text = normalize(self.lines[i]);
            PREFILTER.found_hits_into(&slot.text, &mut slot.found, &mut slot.hits);
            PREFILTER.met_into(&slot.found, &mut slot.met);
            slot.pin_rows.clear();
            slot.pins.clear();
            slot.walks.clear();
        }
        slot
    }

    /// `scan_line(lines[i])`.
    pub fn line(&mut self, i: usize) -> Vec<Signal> {
        let mut out: Vec<Signal> = Vec::new();
        self.line_into(i, &mut out);
        out
    }

    /// [`Scanner::line`] into `out` (cleared first): a caller that takes the signals out of
    /// one vector line after line allocates it once, not once per line.
    pub fn line_into(&mut self, i: usize, out: &mut Vec<Signal>) {
        out.clear();
        if self.lines[i].len() < 6 {
            return;
        }
        let mut rows = std::mem::take(&mut self.rows);
        self.read(i);
        let Read { text, met, hits, pin_rows, pins, walks, .. } = &mut self.slots[i % 3];
        PREFILTER.met_rows(met, None, &mut rows);
        let kept = Kept { pin_rows, pins, found: &mut self.pin_found, walks };
        line_rows(text, hits, &rows, out, kept, self.lite);
        self.rows = rows;
    }

    /// `scan_wrapped(lines[i], &lines[i + 1..=i + n])`, `n` ≤ 2.
    pub fn wrapped(&mut self, i: usize, n: usize) -> Vec<Signal> {
        debug_assert!(n <= 2, "a window is two or three lines");
        let n = n.min(2);
        let lines = self.lines;
        for j in i..=i + n {
            self.read(j);
        }
        let Scanner { slots, joined, join_hits, line_starts, met, rows, starts, .. } = self;
        // Line `j` trimmed (`t`) and normalised: a line `normalize` left as it is has nothing
        // to normalise in any piece of it either, and one that trimming left whole is the
        // line's own normalised text.
        let piece = |j: usize, t: &'a str| -> Cow<'_, str> {
            match &slots[j % 3].text {
                Cow::Borrowed(_) => Cow::Borrowed(t),
                Cow::Owned(text) if t.len() == lines[j].len() => Cow::Borrowed(text.as_str()),
                Cow::Owned(_) => normalize(t),
            }
        };
        let a = piece(i, lines[i].trim_end());
        let mut b_len = n.saturating_sub(1);
        let mut parts: [Cow<'_, str>; 2] = [Cow::Borrowed(""), Cow::Borrowed("")];
        for (k, j) in (i + 1..=i + n).enumerate() {
            parts[k] = piece(j, lines[j].trim());
            b_len += parts[k].len();
        }
        if a.len() < 3 || b_len < 2 {
            return Vec::new();
        }
        joined.clear();
        joined.push_str(&a);
        let join = a.len();
        let mut joins = [0usize; 2];
        for (k, p) in parts[..n].iter().enumerate() {
            joins[k] = joined.len();
            joined.push(' ');
            joined.push_str(p);
        }
        // A trimmed line, normalised, is a piece of the normalised line: its literals are among
        // the line's (`first` trimmed at its end is the start of the line, at the same
        // positions), so the window meets the clauses its lines meet and those its literals
        // across a join meet.
        met.clone_from(&slots[i % 3].met);
        for j in i + 1..=i + n {
            for (m, l) in met.iter_mut().zip(&slots[j % 3].met) {
                *m |= l;
            }
        }
        // The window's other literals are those over its joins: a literal wholly before a
        // join is on the first line or wholly in the second line's piece (or over the first
        // join, when the piece is short), all of them met already.
        join_hits.clear();
        PREFILTER.join_hits_into(joined.as_bytes(), join, join_hits);
        let first_join = join_hits.len();
        if n == 2 {
            PREFILTER.join_hits_into(joined.as_bytes(), joins[1], join_hits);
        }
        for &(_, l) in join_hits.iter() {
            PREFILTER.meet(l as usize, met);
        }
        // The literals that start before the join, and where: the first line's own (all of
        // them, unless some start in its trailing blanks) and those across the join (those
        // that start on it, with the space, are last).
        join_hits.truncate(first_join);
        while join_hits.last().is_some_and(|h| h.0 as usize >= join) {
            join_hits.pop();
        }
        let all_hits = &slots[i % 3].hits;
        let line_hits = &all_hits[..all_hits.partition_point(|h| (h.0 as usize) < join)];
        // Of those, the prefix literals of crossing rows (few), where each row's search starts.
        line_starts.clear();
        line_starts
            .extend(line_hits.iter().filter(|h| PREFILTER.starts_crossing_any(h.1 as usize)));
        // The rows met that can cross; a row with prefix literals is searched from where one of
        // them starts before the join, so one without any there is passed over below.
        PREFILTER.met_rows(met, Some(PREFILTER.crossing_rows()), rows);
        // The walks the line scan kept hold for the window when the window starts with the
        // line's bytes up to the join.
        let line = &slots[i % 3];
        // `a` is the line's text cut at its end, or normalised apart (compared only then).
        let same_start = std::ptr::eq(a.as_ptr(), line.text.as_ptr())
            || line.text.as_bytes().get(..join) == Some(&joined.as_bytes()[..join]);
        let mut out: Vec<Signal> = Vec::new();
        for &r in rows.iter() {
            if PREFILTER.prefix(r).is_none() {
                let short = PINS[r].is_none().then(|| short_prefixes(r)).flatten();
                let full = match (short, short.and_then(|_| anchored(r))) {
                    (Some(lits), Some(a)) => {
                        crossing_at_starts(r, a, lits, joined, join, starts, &mut out)
                    }
                    _ => crossing_row(joined, join, r, &mut out),
                };
                if full {
                    return out;
                }
                continue;
            }
            // A match starts with one of its row's prefix literals, at a position where the
            // lookup found one: the search may start at the first such position (as
            // `find_iter` would: the next match from the end of the last; a match with a
            // prefix is never empty).
            let first_from = |from: usize| {
                let at = |h: &[(u32, u32)]| {
                    h.iter()
                        .find(|&&(at, l)| {
                            at as usize >= from && PREFILTER.starts_crossing(l as usize, r)
                        })
                        .map(|h| h.0 as usize)
                };
                match (at(line_starts), at(join_hits)) {
                    (Some(x), Some(y)) => Some(x.min(y)),
                    (x, y) => x.or(y),
                }
            };
            let mut from = 0;
            let plain = plain(r);
            let anchored = if PINS[r].is_some() || plain.is_some() { None } else { anchored(r) };
            while let Some(q) = first_from(from) {
                // A pin row's match that the line has at `q`, ending before the join, is the
                // window's match at `q`, so it does not cross: the window is the line's start
                // (up to its trailing blanks), a space and more, and every reading from `q` that
                // the regex prefers to that match fails before the match's end (each of its runs
                // stops at a character of the match or at a blank, and the line's end is a blank
                // or the text's end in both). Checked by `scanner_pin_windows_are_scan_wrapped`.
                if let Some(end) = PINS[r].and(slots[i % 3].pin_end(r, q)).filter(|&e| e <= join) {
                    from = end.max(q + 1);
                    continue;
                }
                // A pin row read by hand has its groups with its span.
                let found = match PINS[r].map(|pin| pin.find_at(joined, q)) {
                    Some(Ok(m)) => m.map(|m| (m.start, m.end, Some(m))),
                    _ => match plain.map(|alts| plain_end_at(alts, joined, q)).or(anchored.map(
                        |a| match line.walked(r, q, join).filter(|_| same_start) {
                            Some(end) => end,
                            None => row_end_at(r, a, joined, q),
                        },
                    )) {
                        // No match starts between prefix hits: the first match from `q` is
                        // the one at `q`, or starts at a later hit.
                        Some(end) => match end {
                            Some(end) => Some((q, end, None)),
                            None => {
                                from = q + 1;
                                continue;
                            }
                        },
                        None => row_regex(r).find_at(joined, q).map(|m| (m.start(), m.end(), None)),
                    },
                };
                let Some((start, end, pin)) = found else { break };
                if start >= join {
                    break;
                }
                if end <= join + 1 {
                    from = end.max(q + 1);
                    continue;
                }
                if out.len() >= MAX_PER_LINE {
                    return out;
                }
                match pin {
                    Some(m) => push_parts(&mut out, TABLE[r].kind, pin_parts(joined, &m)),
                    None if plain.is_some() || groupless(r) => {
                        push_parts(&mut out, TABLE[r].kind, [None; 5]);
                    }
                    None if anchored.is_some() && has_head(r) && anchored_head(r).is_some() => {
                        let h = anchored_head(r).expect("a head");
                        if let Some(parts) = head_parts(r, h, joined, start, end) {
                            push_parts(&mut out, TABLE[r].kind, parts);
                        }
                    }
                    None => {
                        if let Some(s) = capture(r, joined, start, end) {
                            push_new(&mut out, s);
                        }
                    }
                }
                // The next match starts at or after this one's end, past the join.
                break;
            }
        }
        out
    }
}

/// A row's pattern anchored where a search starts. Its end is found by walking a lazy DFA of
/// the pattern from the start (`Input::range(q..)` on the whole text, so `\b` sees the byte
/// before and `^` cannot match after 0, as in the whole text): a search through
/// `Regex::find` paid ≈ 300 instructions a call and ≈ 30 a byte once in a match state (a
/// greedy tail, `CliCommand`'s, walks the rest of a window), the walk ≈ 10 a byte (issue 14).
/// Captures use `\A(?s:.)(?:P)` run from the character before the start and `\A(?:P)` for a
/// start at 0, compiled on the first capture. An unanchored search from a prefix hit where no
/// match starts walks the rest of the window (a row admitted by a common literal, `auth` of
/// `Http401`, did so in every window of a log); the anchored one stops where the pattern fails.
struct Anchored {
    /// The pattern with ASCII boundaries ([`ascii_boundaries`]).
    pattern: String,
    dfa: hybrid::dfa::DFA,
    caches: Pool<hybrid::dfa::Cache, CacheFn>,
    regexes: OnceLock<Option<AnchoredRegexes>>,
}

type CacheFn = Box<dyn Fn() -> hybrid::dfa::Cache + Send + Sync>;

/// `\A(?s:.)(?:P)` and `\A(?:P)`.
struct AnchoredRegexes {
    after_char: Regex,
    at_start: Regex,
}

impl Anchored {
    /// The end of the leftmost-first match starting at `q` in `text`, as
    /// `Regex::find_at(text, q)` gives it when its match starts at `q`.
    #[cfg(test)]
    fn end_at(&self, text: &str, q: usize) -> Option<usize> {
        self.end_reach(text, q).0
    }

    /// [`Anchored::end_at`] and how far the search read: one past the byte on which the
    /// automaton died, or `usize::MAX` when it read to the end of `text` (or the regexes
    /// decided). The same search in a text that has the same bytes up to that point gives the
    /// same end.
    fn end_reach(&self, text: &str, q: usize) -> (Option<usize>, usize) {
        let mut cache = self.caches.get();
        match self.walk(&mut cache, text.as_bytes(), q) {
            Ok(found) => found,
            // The lazy DFA gave up (it does not with these patterns): the regexes.
            Err(_) => (self.end_at_regex(text, q), usize::MAX),
        }
    }

    /// The leftmost-first walk of the lazy DFA from `q`: matches show one byte late, the
    /// last one seen before the DFA dies is the match. States not tagged (no match, dead or
    /// uncomputed transition) take the short step. With the match, how far it read
    /// ([`Anchored::end_reach`]).
    fn walk(
        &self,
        cache: &mut hybrid::dfa::Cache,
        text: &[u8],
        q: usize,
    ) -> Result<(Option<usize>, usize), ()> {
        let input = Input::new(text).range(q..).anchored(regex_automata::Anchored::Yes);
        let dfa = &self.dfa;
        let mut sid = dfa.start_state_forward(cache, &input).map_err(|_| ())?;
        let mut last = None;
        let mut at = q;
        while at < text.len() {
            if !sid.is_tagged() {
                let next = dfa.next_state_untagged(cache, sid, text[at]);
                if !next.is_tagged() {
                    sid = next;
                    at += 1;
                    continue;
                }
            }
            sid = dfa.next_state(cache, sid, text[at]).map_err(|_| ())?;
            if sid.is_tagged() {
                if sid.is_match() {
                    last = Some(at);
                } else if sid.is_dead() {
                    return Ok((last, at + 1));
                } else if sid.is_quit() {
                    return Err(());
                }
            }
            at += 1;
        }
        sid = dfa.next_eoi_state(cache, sid).map_err(|_| ())?;
        if sid.is_match() {
            last = Some(text.len());
        }
        Ok((last, usize::MAX))
    }

    /// [`Anchored::end_at`] by the regexes (the DFA's fallback).
    fn end_at_regex(&self, text: &str, q: usize) -> Option<usize> {
        let r = self.regexes()?;
        if q == 0 {
            return r.at_start.find(text).map(|m| m.end());
        }
        let c = text[..q].char_indices().next_back().map_or(0, |(c, _)| c);
        r.after_char.find(&text[c..]).map(|m| c + m.end())
    }

    /// The capturing regexes, compiled on first need.
    fn regexes(&self) -> Option<&AnchoredRegexes> {
        self.regexes
            .get_or_init(|| {
                let p = &self.pattern;
                Some(AnchoredRegexes {
                    after_char: Regex::new(&format!(r"\A(?s:.)(?:{p})")).ok()?,
                    at_start: Regex::new(&format!(r"\A(?:{p})")).ok()?,
                })
            })
            .as_ref()
    }

    /// [`Anchored::end_at`] with the match's groups (the same text as the row's regex
    /// captures from `q`; positions are those in `text[offset..]`, the third value).
    #[allow(clippy::type_complexity)]
    fn captures_at<'t>(
        &self,
        text: &'t str,
        q: usize,
    ) -> Option<(regex::Captures<'t>, usize, usize)> {
        let r = self.regexes()?;
        if q == 0 {
            return r.at_start.captures(text).map(|c| {
                let end = c.get(0).map_or(0, |m| m.end());
                (c, end, 0)
            });
        }
        let c = text[..q].char_indices().next_back().map_or(0, |(c, _)| c);
        r.after_char.captures(&text[c..]).map(|caps| {
            let end = caps.get(0).map_or(0, |m| c + m.end());
            (caps, end, c)
        })
    }

    /// The anchored search of `pattern` (a row's, or its [`head_of`]).
    fn new(pattern: &str) -> Option<Anchored> {
        let p = ascii_boundaries(pattern);
        let dfa = hybrid::dfa::DFA::builder()
            .thompson(thompson::Config::new().which_captures(WhichCaptures::None))
            .build(&p)
            .ok()?;
        let for_caches = dfa.clone();
        let make: CacheFn = Box::new(move || for_caches.create_cache());
        Some(Anchored { pattern: p, dfa, caches: Pool::new(make), regexes: OnceLock::new() })
    }
}

/// The bytes that end the final star of `pattern`'s [`head_of`] when that star is of a
/// negated class of ASCII characters (`CliCommand`'s `[^\n`'\x22]*`): in a text, the star
/// takes every character up to the first of those bytes.
fn tail_stops(pattern: &str) -> Option<Vec<u8>> {
    let body = pattern.strip_suffix("]*)")?;
    let class = &body[body.rfind('[')? + 1..];
    let mut chars = class.strip_prefix('^')?.chars();
    let mut stops = Vec::new();
    while let Some(c) = chars.next() {
        let b = match c {
            '\\' => match chars.next()? {
                'n' => b'\n',
                'x' => {
                    let hex: String = chars.by_ref().take(2).collect();
                    u8::from_str_radix(&hex, 16).ok().filter(u8::is_ascii)?
                }
                e if e.is_ascii_punctuation() => e as u8,
                _ => return None,
            },
            // No range, letter (a flag could fold its case) or character outside ASCII.
            c if c.is_ascii_punctuation() && c != '-' && c != '[' && c != ']' => c as u8,
            _ => return None,
        };
        stops.push(b);
    }
    (!stops.is_empty()).then_some(stops)
}

/// Per row with [`tail_stops`]: its head's anchored search and the stops. The row's match
/// from a start is the head's (its leftmost-first path) and then every character up to the
/// first stop (the star is greedy and last): a walk of the full row's DFA took ≈ 30
/// instructions a byte of the star (the rest of a window, issue 14), the stops are found with
/// `memchr`.
static TAILS: [OnceLock<Option<Tail>>; TABLE.len()] = [const { OnceLock::new() }; TABLE.len()];

/// A head's anchored search and the bytes that end the star after it.
type Tail = (Anchored, Vec<u8>);

fn tail(r: usize) -> Option<&'static Tail> {
    TAILS[r]
        .get_or_init(|| {
            let stops = tail_stops(TABLE[r].re)?;
            let (head, _) = head_of(TABLE[r].re)?;
            Some((Anchored::new(&head)?, stops))
        })
        .as_ref()
}

/// The end of the first of `stops` in `b`, or its length.
fn run_to(stops: &[u8], b: &[u8]) -> usize {
    let first = match *stops {
        [x] => memchr::memchr(x, b),
        [x, y] => memchr::memchr2(x, y, b),
        [x, y, z] => memchr::memchr3(x, y, z, b),
        [x, y, z, ref rest @ ..] => {
            let three = memchr::memchr3(x, y, z, b).unwrap_or(b.len());
            rest.iter().filter_map(|&s| memchr::memchr(s, &b[..three])).min().or(Some(three))
        }
        [] => None,
    };
    first.unwrap_or(b.len())
}

/// [`Anchored::end_at`] of row `r` (its anchored search `a`), read as head and stops when the
/// row has a [`tail`].
fn row_end_at(r: usize, a: &Anchored, text: &str, q: usize) -> Option<usize> {
    row_end_reach(r, a, text, q).0
}

/// [`row_end_at`] and how far it read ([`Anchored::end_reach`]; a tail reads to its stop).
fn row_end_reach(r: usize, a: &Anchored, text: &str, q: usize) -> (Option<usize>, usize) {
    let Some((head, stops)) = tail(r) else { return a.end_reach(text, q) };
    let b = text.as_bytes();
    match head.end_reach(text, q) {
        (Some(e), reach) => {
            let end = e + run_to(stops, &b[e..]);
            (Some(end), if end < b.len() { reach.max(end + 1) } else { usize::MAX })
        }
        none => none,
    }
}

/// Lines and windows a row is searched in before its anchored regexes are compiled: a
/// one-shot paste searches a row a few times, cheaper than compiling two more regexes.
const ANCHOR_AFTER: u32 = 64;

static ANCHORED: [OnceLock<Option<Anchored>>; TABLE.len()] =
    [const { OnceLock::new() }; TABLE.len()];
static SEARCHED: [AtomicU32; TABLE.len()] = [const { AtomicU32::new(0) }; TABLE.len()];

/// Row `i`'s anchored regexes once it has been searched in [`ANCHOR_AFTER`] lines and windows.
fn anchored(i: usize) -> Option<&'static Anchored> {
    if let Some(a) = ANCHORED[i].get() {
        return a.as_ref();
    }
    if SEARCHED[i].fetch_add(1, Ordering::Relaxed) < ANCHOR_AFTER {
        return None;
    }
    ANCHORED[i].get_or_init(|| Anchored::new(TABLE[i].re)).as_ref()
}

/// Per row with a [`head_of`]: the head's anchored regexes and the name of the group the
/// final star closes, compiled once the row has been captured [`ANCHOR_AFTER`] times (a paste
/// that captures it a few times would pay more to compile them than they save).
static ANCHORED_HEADS: [OnceLock<Option<(Anchored, &'static str)>>; TABLE.len()] =
    [const { OnceLock::new() }; TABLE.len()];
static CAPTURED: [AtomicU32; TABLE.len()] = [const { AtomicU32::new(0) }; TABLE.len()];

/// Whether row `i` has a [`head_of`], read on first need.
fn has_head(i: usize) -> bool {
    static HAS: [OnceLock<bool>; TABLE.len()] = [const { OnceLock::new() }; TABLE.len()];
    *HAS[i].get_or_init(|| head_of(TABLE[i].re).is_some())
}

fn anchored_head(i: usize) -> Option<&'static (Anchored, &'static str)> {
    if let Some(h) = ANCHORED_HEADS[i].get() {
        return h.as_ref();
    }
    if CAPTURED[i].fetch_add(1, Ordering::Relaxed) < ANCHOR_AFTER {
        return None;
    }
    ANCHORED_HEADS[i]
        .get_or_init(|| {
            let (p, name) = head_of(TABLE[i].re)?;
            Some((Anchored::new(&p)?, name))
        })
        .as_ref()
}

/// The fields of row `i`'s match `q..end` in `text`, read with the anchored regexes of its
/// head `h` (as [`capture`] reads them with the head's unanchored regex): a capture of the
/// full row walks its final star in the slowest engine (the bounded backtracker over all of
/// `CliCommand`'s tail), the head's stops where the star starts. The head numbers its
/// groups as the row does (`heads_number_groups_as_the_row`).
fn head_parts<'t>(
    i: usize,
    (a, name): &(Anchored, &str),
    text: &'t str,
    q: usize,
    end: usize,
) -> Option<Parts<'t>> {
    // A head read by hand: its row has no other group (`head_readers_as_the_regexes_say`).
    if let Some(x0) = HEAD_READERS[i].and_then(|h| h.group_start(text, q)) {
        let mut parts = [None; 5];
        parts[4] = clean_str(&text[x0..end]);
        return Some(parts);
    }
    let (c, _, offset) = a.captures_at(text, q)?;
    let mut parts = row_parts(i, &c);
    // A group that took no part in the match keeps what `row_parts` made of it (nothing).
    if let Some(g) = c.name(name) {
        let k = match *name {
            "p" => 0,
            "id" => 1,
            "r" => 2,
            "code" => 3,
            _ => 4,
        };
        parts[k] = clean_str(&text[offset + g.start()..end]);
    }
    Some(parts)
}

/// The alternatives of a pattern that is only literal text and `|` (`\.`-style escapes of
/// punctuation allowed; no class, group, repetition, flag or assertion), in order: its
/// matches are those strings, and no regex is needed to find them.
fn plain_literals(pattern: &str) -> Option<Vec<Vec<u8>>> {
    let mut alts = vec![String::new()];
    let mut chars = pattern.chars();
    while let Some(c) = chars.next() {
        match c {
            '|' => alts.push(String::new()),
            '\\' => match chars.next() {
                Some(e) if e.is_ascii_punctuation() => alts.last_mut()?.push(e),
                _ => return None,
            },
            '.' | '^' | '$' | '*' | '+' | '?' | '(' | ')' | '[' | ']' | '{' | '}' => return None,
            c => alts.last_mut()?.push(c),
        }
    }
    alts.iter().all(|a| !a.is_empty()).then(|| alts.into_iter().map(String::into_bytes).collect())
}

/// Per row: [`plain_literals`] of a row that has prefix literals (so the literal lookup's hits
/// are where its matches can start), read on first need. Such a row's signal has no fields:
/// a line gives it once if any of its strings occurs, without compiling the regex.
static PLAIN: [OnceLock<Option<Vec<Vec<u8>>>>; TABLE.len()] =
    [const { OnceLock::new() }; TABLE.len()];

fn plain(r: usize) -> Option<&'static [Vec<u8>]> {
    PLAIN[r]
        .get_or_init(|| PREFILTER.prefix(r).and_then(|_| plain_literals(TABLE[r].re)))
        .as_deref()
}

/// The end of the leftmost-first match of the plain row's alternatives `alts` starting at
/// `q` (the first alternative, in order, that occurs there), as the row's regex gives it.
fn plain_end_at(alts: &[Vec<u8>], text: &str, q: usize) -> Option<usize> {
    let b = &text.as_bytes()[q..];
    alts.iter().find(|a| b.starts_with(a)).map(|a| q + a.len())
}

/// Whether row `r`'s regex has no group: all its matches give the same signal, so one is enough.
fn groupless(r: usize) -> bool {
    row_regex(r).captures_len() == 1
}

/// What the line scan keeps for the windows that start on the line ([`Read`]'s `pin_rows`,
/// `pins` and `walks`), and a buffer of pin matches.
struct Kept<'k> {
    pin_rows: &'k mut Vec<usize>,
    pins: &'k mut Vec<(usize, usize, usize)>,
    found: &'k mut Vec<PinMatch>,
    walks: &'k mut Vec<Walk>,
}

/// The signals of candidate rows `rows` on a normalised line whose literal hits are `hits`
/// (ascending), as [`scan_line`] finds them; `lite`: the message is short ([`LITE_MESSAGE`]).
#[allow(clippy::type_complexity)]
fn line_rows(
    text: &str,
    hits: &[(u32, u32)],
    rows: &[usize],
    out: &mut Vec<Signal>,
    Kept { pin_rows, pins, found, walks }: Kept<'_>,
    lite: bool,
) {
    for &r in rows {
        if let Some(kind) = HAND[r] {
            for (s, e) in mentions(text, kind) {
                if out.len() >= MAX_PER_LINE {
                    return;
                }
                let value = clean_str(&text[s..e]);
                let parts = match kind {
                    Mention::Profile => [None, value, None, None, None],
                    Mention::Model => [None, None, value, None, None],
                };
                push_parts(out, TABLE[r].kind, parts);
            }
            continue;
        }
        if let Some(Ok(())) = PINS[r].map(|pin| pin_matches(pin, text, found)) {
            // Kept for the windows that start on this line (`Scanner::wrapped`).
            pin_rows.push(r);
            pins.extend(found.iter().map(|m| (r, m.start, m.end)));
            for m in found.iter() {
                if out.len() >= MAX_PER_LINE {
                    return;
                }
                push_parts(out, TABLE[r].kind, pin_parts(text, m));
            }
            continue;
        }
        if let (Some(alts), Some(prefix)) = (plain(r), PREFILTER.prefix(r)) {
            let at = |&(q, l): &(u32, u32)| {
                prefix.contains(&l) && plain_end_at(alts, text, q as usize).is_some()
            };
            if hits.iter().any(at) {
                if out.len() >= MAX_PER_LINE {
                    return;
                }
                push_parts(out, TABLE[r].kind, [None; 5]);
            }
            continue;
        }
        // A row read by hand: read at each hit of its prefix literals, as below.
        if let (Some(reader), Some(prefix)) = (READERS[r], PREFILTER.prefix(r)) {
            let mut from = 0;
            for &(at, l) in hits {
                let q = at as usize;
                if q < from || !prefix.contains(&l) {
                    continue;
                }
                from = q + 1;
                let Some(m) = reader.read_at(text, q) else { continue };
                if out.len() >= MAX_PER_LINE {
                    return;
                }
                push_parts(out, TABLE[r].kind, reader_parts(text, &m));
                from = m.end;
            }
            continue;
        }
        // A row read by hand that finds its own matches (no prefix literals), in order, as
        // `captures_iter` does (its matches are never empty).
        if let Some(reader) = READERS[r].filter(|reader| reader.searches()) {
            let mut from = 0;
            while let Some((_, m)) = reader.find_at(text, from) {
                if out.len() >= MAX_PER_LINE {
                    return;
                }
                push_parts(out, TABLE[r].kind, reader_parts(text, &m));
                from = m.end;
            }
            continue;
        }
        // A row whose matches start with one of its prefix literals: tried anchored at each
        // hit of one, in order, from the end of the last match (as `captures_iter` goes: a
        // match with a prefix is never empty), instead of searching the rest of the line.
        if let (Some(prefix), Some(a)) = (PREFILTER.prefix(r), anchored(r)) {
            let mut from = 0;
            for &(at, l) in hits {
                let q = at as usize;
                if q < from || !prefix.contains(&l) {
                    continue;
                }
                from = q + 1;
                // A walk that stopped before the line's end is kept for the windows.
                let walk = |walks: &mut Vec<Walk>| {
                    let (end, reach) = row_end_reach(r, a, text, q);
                    if reach <= text.len() {
                        walks.push((r, q, end, reach));
                    }
                    end
                };
                if groupless(r) {
                    if walk(walks).is_none() {
                        continue;
                    }
                    if out.len() >= MAX_PER_LINE {
                        return;
                    }
                    push_parts(out, TABLE[r].kind, [None; 5]);
                    break;
                }
                // The anchored regexes number the row's groups as its regex does
                // (`anchored_regexes_number_groups_as_the_row`).
                let captures = || a.captures_at(text, q).map(|(c, end, _)| (row_parts(r, &c), end));
                let found = match ANCHORED_HEADS[r].get() {
                    Some(Some(h)) => {
                        walk(walks).and_then(|end| Some((head_parts(r, h, text, q, end)?, end)))
                    }
                    _ => {
                        // The walk first: most tries at a hit fail (`CronLane` at every
                        // `lane=`), and a capture that fails costs ten walks that do.
                        if walk(walks).is_none() {
                            continue;
                        }
                        let found = captures();
                        if found.is_some() && has_head(r) {
                            // Counts the capture; compiles the head's regexes at the last.
                            anchored_head(r);
                        }
                        found
                    }
                };
                let Some((parts, end)) = found else { continue };
                if out.len() >= MAX_PER_LINE {
                    return;
                }
                push_parts(out, TABLE[r].kind, parts);
                from = end;
            }
            continue;
        }
        let lite = if lite { lite_for_line(r, text.len()) } else { None };
        // [`groupless`] read from the regex that searches (the same pattern, the same groups).
        let groupless = lite.map_or_else(|| groupless(r), |re| re.captures_len() == 1);
        if groupless {
            let found = match lite {
                Some(re) => re.is_match(text),
                None => row_regex(r).is_match(text),
            };
            if found {
                if out.len() >= MAX_PER_LINE {
                    return;
                }
                push_parts(out, TABLE[r].kind, [None; 5]);
            }
            continue;
        }
        if let Some(re) = lite {
            for c in re.captures_iter(text) {
                if out.len() >= MAX_PER_LINE {
                    return;
                }
                push_parts(out, TABLE[r].kind, lite_parts(r, text, &c));
            }
            continue;
        }
        for c in row_regex(r).captures_iter(text) {
            if out.len() >= MAX_PER_LINE {
                return;
            }
            push_parts(out, TABLE[r].kind, row_parts(r, &c));
        }
    }
}

static OUTPUT_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:\s*[│┌├└|+]|\s*(?:\$|#|>)\s*(?:openclaw|pnpm|npx|npm|docker)\b|\s*openclaw\s|\s*\d\d:\d\d:\d\d\b|\s*\d{4}-\d\d-\d\dT|\s*[A-Z][a-z]{2} [ \d]\d [\d:]{8} |\s*\[[\w./-]+\]|\s*[{}\[\]]|\s*\x22[\w.-]+\x22\s*:|\s*(?:Agent|Provider|Profiles|Config|Default|Current|Switch|Browse|More)\s*:|\s*(?:⚠️|⚠|❌|↪️|◇|🦞)|\s*-\s+[\w.-]+:\S+\s|\s*(?:FailoverError|FallbackSummaryError|GatewayClientRequestError|Error):|\s*https?://|\s*error:|\s*hint:)",
    )
    .expect("output line")
});

/// A line that looks like program output rather than the asker's prose: [`OUTPUT_LINE`],
/// decided by hand so a run compiles no Unicode regex for it (issue 14; 7 % of a one-shot
/// run). The regex is asked only when a line could start with a digit outside ASCII, which
/// only its tables can tell.
pub fn looks_like_output(line: &str) -> bool {
    match output_start(super::trim_start(line)) {
        Some(yes) => yes,
        None => OUTPUT_LINE.is_match(line),
    }
}

/// `\d`: `None` for a numeric character outside ASCII (only `\p{Nd}` tables can tell).
fn digit(c: Option<char>) -> Option<bool> {
    match c {
        Some(c) if c.is_ascii() => Some(c.is_ascii_digit()),
        Some(c) if c.is_numeric() => None,
        _ => Some(false),
    }
}

fn word_char(c: char) -> bool {
    regex_syntax::is_word_character(c)
}

/// [`OUTPUT_LINE`]'s capitalised starts: a word then `\s*:` (`true`), or a literal prefix.
const CAPITAL_STARTS: [(&str, bool); 13] = [
    ("Agent", true),
    ("Provider", true),
    ("Profiles", true),
    ("Config", true),
    ("Default", true),
    ("Current", true),
    ("Switch", true),
    ("Browse", true),
    ("More", true),
    ("FailoverError:", false),
    ("FallbackSummaryError:", false),
    ("GatewayClientRequestError:", false),
    ("Error:", false),
];

/// Per capital letter, the [`CAPITAL_STARTS`] that start with it (bit `k`: entry `k`).
static CAPITAL_BY_LETTER: [u16; 26] = {
    let mut t = [0u16; 26];
    let mut k = 0;
    while k < CAPITAL_STARTS.len() {
        t[(CAPITAL_STARTS[k].0.as_bytes()[0] - b'A') as usize] |= 1 << k;
        k += 1;
    }
    t
};

/// The alternatives of [`OUTPUT_LINE`] after its leading `\s*` (`t` is trimmed: Rust's white
/// space is Unicode's, as `\s`). `None`: unsure, ask the regex.
fn output_start(t: &str) -> Option<bool> {
    let Some(first) = t.chars().next() else { return Some(false) };
    if matches!(
        first,
        '│' | '┌' | '├' | '└' | '|' | '+' | '{' | '}' | '[' | ']' | '❌' | '◇' | '⚠' | '🦞'
    ) || t.starts_with("↪\u{FE0F}")
    {
        return Some(true);
    }
    // A word, then nothing or a character that is no word character (`\b`).
    let word_then_boundary = |rest: &str, w: &str| {
        rest.strip_prefix(w).is_some_and(|r| r.chars().next().is_none_or(|c| !word_char(c)))
    };
    // A word, then white space, then `:`.
    let word_then_colon =
        |w: &str| t.strip_prefix(w).is_some_and(|r| r.trim_start().starts_with(':'));
    let yes = match first {
        '$' | '#' | '>' => {
            let rest = t[1..].trim_start();
            ["openclaw", "pnpm", "npx", "npm", "docker"].iter().any(|w| word_then_boundary(rest, w))
        }
        'o' => t.strip_prefix("openclaw").is_some_and(|r| r.starts_with(char::is_whitespace)),
        'h' => t.starts_with("http://") || t.starts_with("https://") || t.starts_with("hint:"),
        'e' => t.starts_with("error:"),
        '"' => {
            let body = &t[1..];
            let n: usize = body
                .chars()
                .take_while(|&c| word_char(c) || c == '.' || c == '-')
                .map(char::len_utf8)
                .sum();
            n > 0 && body[n..].strip_prefix('"').is_some_and(|r| r.trim_start().starts_with(':'))
        }
        '-' => {
            let rest = &t[1..];
            let after_ws = rest.trim_start();
            let n: usize = after_ws
                .chars()
                .take_while(|&c| word_char(c) || c == '.' || c == '-')
                .map(char::len_utf8)
                .sum();
            after_ws.len() < rest.len()
                && n > 0
                && after_ws[n..].strip_prefix(':').is_some_and(|r| {
                    r.chars().next().is_some_and(|c| !c.is_whitespace())
                        && r.contains(char::is_whitespace)
                })
        }
        'A'..='Z' => {
            // Only the starts with the line's first letter, and their second byte before the
            // rest: every capitalised line is tried, and most share no more than the first
            // letter with one.
            let b = t.as_bytes();
            let mut starts = CAPITAL_BY_LETTER[usize::from(b[0] - b'A')];
            while starts != 0 {
                let (w, then_colon) = CAPITAL_STARTS[starts.trailing_zeros() as usize];
                starts &= starts - 1;
                let wb = w.as_bytes();
                if b.get(1) == Some(&wb[1])
                    && if then_colon { word_then_colon(w) } else { b.starts_with(wb) }
                {
                    return Some(true);
                }
            }
            // `[A-Z][a-z]{2} [ \d]\d [\d:]{8} ` (a journald stamp). Its first four characters
            // are ASCII, so bytes tell most lines apart; the rest on a stack array (no heap
            // per line: this branch sees every capitalised line).
            if b.len() < 16
                || !(b[1].is_ascii_lowercase() && b[2].is_ascii_lowercase() && b[3] == b' ')
            {
                return Some(false);
            }
            let mut it = t.chars();
            let c: [Option<char>; 16] = std::array::from_fn(|_| it.next());
            if c[6] != Some(' ') || c[15] != Some(' ') {
                return Some(false);
            }
            let mut sure = true;
            let mut all = |r: Option<bool>| match r {
                Some(v) => v,
                None => {
                    sure = false;
                    true
                }
            };
            let ok = (c[4] == Some(' ') || all(digit(c[4])))
                && all(digit(c[5]))
                && c[7..15].iter().all(|&d| d == Some(':') || all(digit(d)));
            return if ok && !sure { None } else { Some(ok) };
        }
        _ => {
            // `\d\d:\d\d:\d\d\b` or `\d{4}-\d\d-\d\dT`.
            let mut it = t.chars();
            let c: [Option<char>; 11] = std::array::from_fn(|_| it.next());
            let mut sure = true;
            let mut d = |i: usize| match digit(c[i]) {
                Some(v) => v,
                None => {
                    sure = false;
                    true
                }
            };
            let clock = d(0)
                && d(1)
                && c[2] == Some(':')
                && d(3)
                && d(4)
                && c[5] == Some(':')
                && d(6)
                && d(7)
                && c[8].is_none_or(|c| !word_char(c));
            let date = d(0)
                && d(1)
                && d(2)
                && d(3)
                && c[4] == Some('-')
                && d(5)
                && d(6)
                && c[7] == Some('-')
                && d(8)
                && d(9)
                && c[10] == Some('T');
            let yes = clock || date;
            return if yes && !sure { None } else { Some(yes) };
        }
    };
    Some(yes)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(line: &str) -> Vec<SignalKind> {
        scan_line(line).into_iter().map(|s| s.kind).filter(|k| !k.is_context()).collect()
    }

    #[test]
    fn login_banner_with_provider() {
        let s = scan_line("⚠️ Model login expired on the gateway for openai-codex. Re-auth with `openclaw models auth login --provider openai-codex`, then try again.");
        assert_eq!(s[0].kind, LoginExpired);
        assert_eq!(s[0].provider.as_deref(), Some("openai-codex"));
    }

    #[test]
    fn pin_mismatch_exact_and_paraphrased() {
        let s = scan_line(r#"Auth profile "openai-codex:work" is for openai-codex, not openai."#);
        assert_eq!(s[0].kind, PinMismatch);
        assert_eq!(s[0].profile_id.as_deref(), Some("openai-codex:work"));
        assert_eq!(
            (s[0].provider.as_deref(), s[0].extra.as_deref()),
            (Some("openai-codex"), Some("openai"))
        );
        let s = scan_line("The authentication profile 'openai-codex:work' is intended for openai-codex, not openai.");
        assert_eq!(s[0].kind, PinMismatch);
        assert_eq!(s[0].profile_id.as_deref(), Some("openai-codex:work"));
    }

    #[test]
    fn no_api_key_with_store() {
        let s = scan_line(
            r#"No API key found for provider "anthropic". Auth store: ~/.openclaw/agents/scout/agent/openclaw-agent.sqlite (agentDir: ~/.openclaw/agents/scout/agent). Configure auth"#,
        );
        assert_eq!(s[0].kind, NoApiKey);
        assert_eq!(s[0].provider.as_deref(), Some("anthropic"));
        assert_eq!(
            s[0].extra.as_deref(),
            Some("~/.openclaw/agents/scout/agent/openclaw-agent.sqlite")
        );
        assert_eq!(s[0].profile_id.as_deref(), Some("~/.openclaw/agents/scout/agent"));
    }

    #[test]
    fn unknown_model_tails() {
        assert_eq!(
            kinds("Unknown model: openai-codex/gpt-5.5. \"openai-codex\" is a legacy provider ID. Run `openclaw doctor --fix`"),
            vec![UnknownModel, LegacyModelTail]
        );
        let s = scan_line("error=\"Error: Unknown model: moonshotai/kimi-k2-0711-preview\"");
        assert_eq!(s[0].model_ref.as_deref(), Some("moonshotai/kimi-k2-0711-preview"));
    }

    #[test]
    fn pins_keep_email_ids() {
        let s = scan_line("/model openai/gpt-5.5@openai-codex:dana@example.com");
        assert_eq!(s[0].kind, PinCommand);
        assert_eq!(s[0].model_ref.as_deref(), Some("openai/gpt-5.5"));
        assert_eq!(s[0].profile_id.as_deref(), Some("openai-codex:dana@example.com"));
    }

    /// The hand-written [`looks_like_output`] says what [`OUTPUT_LINE`] says: on lines made
    /// from the pattern itself (each alternative, with white space and digits from all of
    /// Unicode) followed by anything, on arbitrary text, and on the fixtures.
    #[test]
    fn output_lines_as_the_regex_says() {
        use proptest::test_runner::{Config, TestRunner};
        let agree = |l: &str| {
            assert_eq!(looks_like_output(l), OUTPUT_LINE.is_match(l), "{l:?}");
        };
        // The generator knows no anchors or word boundaries.
        let gen = OUTPUT_LINE.as_str().replacen('^', "", 1).replace(r"\b", "");
        let tail = "[ -~\u{80}-\u{3000}\u{1F980}-\u{1F9A0}\u{FE0F}]{0,8}";
        let strategy = (
            proptest::string::string_regex(&gen).unwrap(),
            proptest::string::string_regex(tail).unwrap(),
            0..6usize,
        );
        let mut runner = TestRunner::new(Config { cases: 20_000, ..Config::default() });
        runner
            .run(&strategy, |(line, tail, cut)| {
                let full = format!("{line}{tail}");
                agree(&full);
                // Cut short: near misses.
                let chars: Vec<char> = full.chars().collect();
                let short: String = chars[..chars.len().saturating_sub(cut)].iter().collect();
                agree(&short);
                Ok(())
            })
            .unwrap();
        let mut runner = TestRunner::new(Config { cases: 5_000, ..Config::default() });
        runner
            .run(&proptest::string::string_regex(tail).unwrap(), |l| {
                agree(&l);
                Ok(())
            })
            .unwrap();
        for l in [
            "",
            "   ",
            "12:34:56",
            "12:34:567",
            "12:34:56x",
            "12:34:56 x",
            "١٢:٣٤:٥٦ x",
            "2026-01-02T",
            "٢٠٢٦-01-02T",
            "Jan  2 12:34:56 host",
            "Jan 12 12:34:56 ",
            "Jan ١2 12:34:56 ",
            "Agent : x",
            "Agents: x",
            "- a:b c",
            "- a:b",
            "-  a.b-c:d\te",
            "- :b c",
            "\"a.b\" :",
            "\"\":",
            "$ openclaw",
            "$openclawx",
            "> npm_x",
            "# docker.",
            "openclaw\u{3000}x",
            "openclawx",
            "↪ x",
            "↪\u{FE0F} x",
            "⚠ x",
            "hint:",
            "https:/",
            "Error:x",
            "FailoverError :",
        ] {
            agree(l);
        }
        for f in ["probe_table.txt", "gateway_log_200.txt", "models_status.txt"] {
            let path = format!("{}/benches/fixtures/{f}", env!("CARGO_MANIFEST_DIR"));
            std::fs::read_to_string(path).unwrap().lines().for_each(agree);
        }
    }

    /// What a row's regex is compiled from: the row with ASCII `\b`, and `\w` in classes as
    /// ASCII; nothing else changed, and every row compiles.
    #[test]
    fn rows_compile_with_ascii_classes() {
        for (i, r) in TABLE.iter().enumerate() {
            let p = ascii_boundaries(r.re);
            assert_eq!(p.replace(r"(?-u:\b)", r"\b").replace("0-9A-Za-z_", r"\w"), r.re);
            let _ = row_regex(i);
        }
    }

    /// The byte test says what the character test it replaced said.
    #[test]
    fn needs_normalizing_as_the_characters_say() {
        let chars = [
            '`', '*', '\\', '\u{201C}', '\u{201D}', '\u{2018}', '\u{2019}', '\u{201E}', '\u{00AB}',
            '\u{00BB}', '\t', ' ', 'a', '\u{2014}', '\u{80}', '\u{A0}', '\u{201A}', '\u{20AC}',
            '«',
        ];
        let mut rng = crate::testgen::XorShift(0x1234_5678_9ABC_DEF1u64);
        for _ in 0..100_000 {
            let mut s = String::new();
            for _ in 0..4 {
                s.push(chars[rng.below(chars.len())]);
            }
            let want = s.contains([
                '`', '*', '\\', '\u{201C}', '\u{201D}', '\u{2018}', '\u{2019}', '\u{201E}',
                '\u{00AB}', '\u{00BB}', '\t',
            ]) || s.contains("  ");
            assert_eq!(needs_normalizing(s.as_bytes()), want, "{s:?}");
        }
    }

    /// `mentions` finds what the two mention rows' regexes capture, on 60,000 lines generated
    /// from the pieces that matter (names, both separators, run characters, every kind of
    /// start: Unicode blanks, `("'=[`, letters, `-`), and on the benchmark fixtures.
    #[test]
    fn mentions_as_the_regexes_say() {
        let rows: Vec<(usize, Mention)> =
            HAND.iter().enumerate().filter_map(|(i, h)| h.map(|h| (i, h))).collect();
        assert_eq!(rows.len(), 2, "both mention rows are read by hand");
        let pieces: Vec<&str> = MENTION_NAMES
            .iter()
            .copied()
            .chain([
                ":", "/", ":", "/", "@", ".", "+", "_", "-", "a", "Z", "7", " ", "\u{a0}",
                "\u{3000}", "\t", "(", "\"", "'", "=", "[", "]", "é", "x", "-codex", "ai",
                "gpt-5.5", ",", "…",
            ])
            .collect();
        let mut rng = crate::testgen::XorShift(0x9E37_79B9_7F4A_7C15);
        let mut next = |n: usize| rng.below(n);
        // A third of the pieces are a start, a name and a separator.
        let starts = [" ", "(", "'", "\u{a0}", "-", "x", ""];
        let piece = |next: &mut dyn FnMut(usize) -> usize| -> String {
            if next(3) == 0 {
                let name = MENTION_NAMES[next(MENTION_NAMES.len())];
                let sep = if next(2) == 0 { ":" } else { "/" };
                format!("{}{name}{sep}", starts[next(starts.len())])
            } else {
                pieces[next(pieces.len())].to_string()
            }
        };
        let mut lines: Vec<String> = (0..60_000)
            .map(|_| {
                let n = 1 + next(12);
                (0..n).map(|_| piece(&mut next)).collect()
            })
            .collect();
        for f in [
            include_str!("../../benches/fixtures/probe_table.txt"),
            include_str!("../../benches/fixtures/gateway_log_200.txt"),
            include_str!("../../benches/fixtures/models_status.txt"),
        ] {
            lines.extend(f.lines().map(str::to_string));
        }
        let mut found = 0;
        for (i, kind) in rows {
            let re = row_regex(i);
            let group = if kind == Mention::Profile { "id" } else { "r" };
            for l in &lines {
                let want: Vec<(usize, usize)> = re
                    .captures_iter(l)
                    .filter_map(|c| c.name(group).map(|m| (m.start(), m.end())))
                    .collect();
                assert_eq!(mentions(l, kind), want, "{kind:?} {l:?}");
                found += want.len();
            }
        }
        assert!(found > 10_000, "only {found} mentions in the generated lines");
    }

    /// Rows captured without their final star ([`head_of`]: `CliCommand`, the lane and the
    /// unquoted provider rows), by [`capture`] and by [`head_parts`] (anchored at the match's
    /// start), give the signal the full regex gives, for every match in 30,000
    /// generated lines and windows (commands, flags, keywords, quotes, backticks, Unicode
    /// blanks) and the fixtures.
    #[test]
    fn captures_without_the_final_star_as_the_regex_says() {
        let rows: Vec<usize> =
            (0..TABLE.len()).filter(|&i| head_of(TABLE[i].re).is_some()).collect();
        let kinds: Vec<SignalKind> = rows.iter().map(|&i| TABLE[i].kind).collect();
        assert_eq!(kinds, [CronLane, CliCommand, NoApiKey], "rows with a head");
        #[rustfmt::skip]
        let pieces = [
            "openclaw", "clawdbot", "moltbot", " ", "  ", "\u{a0}", "\u{3000}", "\t", "\n", "--profile",
            "--dev", "--", "work", "models", "doctor", "status", "gateway", "logs", "config", "update",
            "channels", "modelsx", " auth login --provider openai-codex", "`", "'", "\"", ",", ".", "-",
            "lane=", "cron", ":", "x_y", "No API key for provider", "No API key found for provider:",
            "openai", "é", "·", ")", "(", "—", "then try again", "openclaw models", " openclaw status",
            "openclaw --profile work doctor", "moltbot --dev\u{a0}logs", "clawdbot\tconfig", "lane=cron:",
            "lane=cron", "No API key for provider openai", "No API key found for provider: x.y",
        ];
        let mut rng = crate::testgen::XorShift(0x1234_5678_9ABC_DEF1);
        let mut next = |n: usize| rng.below(n);
        let mut lines: Vec<String> = (0..30_000)
            .map(|_| (0..1 + next(16)).map(|_| pieces[next(pieces.len())]).collect())
            .collect();
        for f in [
            include_str!("../../benches/fixtures/probe_table.txt"),
            include_str!("../../benches/fixtures/gateway_log_200.txt"),
            include_str!("../../benches/fixtures/models_status.txt"),
        ] {
            lines.extend(f.lines().map(str::to_string));
        }
        let mut found = 0;
        for &i in &rows {
            let re = row_regex(i);
            let (p, name) = head_of(TABLE[i].re).unwrap();
            let head = (Anchored::new(&p).unwrap(), name);
            for l in &lines {
                for m in re.find_iter(l) {
                    let want = re.captures_at(l, m.start()).map(|c| signal(TABLE[i].kind, &c));
                    assert_eq!(capture(i, l, m.start(), m.end()), want, "row {i} {l:?}");
                    // The Scanner's reading, with the head's anchored regexes.
                    let got = head_parts(i, &head, l, m.start(), m.end()).map(|parts| {
                        let mut out = Vec::new();
                        push_parts(&mut out, TABLE[i].kind, parts);
                        out.remove(0)
                    });
                    assert_eq!(got, want, "row {i} head from {} in {l:?}", m.start());
                    found += 1;
                }
            }
        }
        assert!(found > 5_000, "only {found} matches in the generated lines");
    }

    /// A row's [`head_of`] regexes number their groups as the row's regex does, so
    /// [`head_parts`] reads them with the row's indexes.
    #[test]
    fn heads_number_groups_as_the_row() {
        for (i, row) in TABLE.iter().enumerate() {
            let Some((p, _)) = head_of(row.re) else { continue };
            let names = |re: &Regex| re.capture_names().map(|n| n.map(String::from)).collect();
            let want: Vec<Option<String>> = names(row_regex(i));
            let a = Anchored::new(&p).unwrap();
            let r = a.regexes().unwrap();
            assert_eq!(names(&r.after_char), want, "{}", row.re);
            assert_eq!(names(&r.at_start), want, "{}", row.re);
        }
    }

    /// A row's anchored regexes ([`Anchored`]) find the match its regex finds from a start,
    /// with the same named groups, when that match starts there, and nothing when it starts
    /// later or there is none: every
    /// row, on the fixtures' lines, those lines joined in twos and threes, upper-cased and
    /// with Unicode word characters and blanks around the starts, from every position where
    /// one of the row's prefix literals starts and from 0 and 1.
    /// [`row_parts`] reads the groups of an [`Anchored`] capture by the row regex's indexes:
    /// `\A(?s:.)(?:P)` and `\A(?:P)` add no group, so each name has the same index.
    /// A row's lite regex (its first lines) finds and reads what its full regex does, on
    /// every line of the fixtures and the messages table, their case-changed and non-ASCII
    /// variants, and each row's own reference text.
    #[test]
    fn lite_rows_read_as_their_regexes() {
        let mut lines: Vec<String> = crate::testgen::fixture_texts()
            .iter()
            .flat_map(|f| f.lines().map(|l| normalize(l).into_owned()).collect::<Vec<_>>())
            .collect();
        let tsv = crate::testgen::message_table();
        lines.extend(tsv.lines().map(|l| normalize(l).into_owned()));
        let variants: Vec<String> = lines
            .iter()
            .flat_map(|l| [l.to_uppercase(), l.replace(' ', "é "), l.replace('k', "\u{212a}")])
            .collect();
        lines.extend(variants);
        lines.extend(TABLE.iter().map(|r| format!("x {} ·", r.src)));
        let mut matched = 0;
        for (i, row) in TABLE.iter().enumerate() {
            let (full, lite) = (row_regex(i), lite_regex(i));
            assert_eq!(full.captures_len(), lite.captures_len(), "{}", row.re);
            for l in &lines {
                assert_eq!(full.is_match(l), lite.is_match(l), "{} {l:?}", row.re);
                let want: Vec<Parts> = full.captures_iter(l).map(|c| row_parts(i, &c)).collect();
                let got: Vec<Parts> = lite.captures_iter(l).map(|c| lite_parts(i, l, &c)).collect();
                assert_eq!(want, got, "{} {l:?}", row.re);
                matched += want.len();
            }
        }
        assert!(matched > 1000, "the lines hold matches of the rows ({matched})");
    }

    #[test]
    fn anchored_regexes_number_groups_as_the_row() {
        for (i, row) in TABLE.iter().enumerate() {
            let p = ascii_boundaries(row.re);
            let names = |re: &Regex| re.capture_names().map(|n| n.map(String::from)).collect();
            let want: Vec<Option<String>> = names(row_regex(i));
            for a in [format!(r"\A(?s:.)(?:{p})"), format!(r"\A(?:{p})")] {
                assert_eq!(names(&Regex::new(&a).unwrap()), want, "{}", row.re);
            }
        }
    }

    /// Only a final star of a negated class of ASCII punctuation and escapes is read as stops
    /// ([`tail_stops`]); every row's stops are those of a class its pattern ends with.
    #[test]
    fn tail_stops_read_the_final_negated_class() {
        assert_eq!(tail_stops(r"a(?P<x>b[^\n`'\x22]*)"), Some(b"\n`'\x22".to_vec()));
        assert_eq!(tail_stops(r"a(?P<x>b[^\.]*)"), Some(b".".to_vec()));
        for p in [r"a(?P<x>b[^a]*)", r"a(?P<x>b[^\s]*)", r"a(?P<x>b[^a-z]*)", r"a(?P<x>b[:.]*)"] {
            assert_eq!(tail_stops(p), None, "{p}");
        }
        assert_eq!(tail_stops(r"a(?P<x>b[^é]*)"), None);
        assert_eq!(tail_stops(r"a(?P<x>b[^\xe9]*)"), None);
        let with: Vec<usize> = (0..TABLE.len()).filter(|&r| tail(r).is_some()).collect();
        assert!(!with.is_empty());
        for r in with {
            assert!(TABLE[r].re.ends_with("]*)") && head_of(TABLE[r].re).is_some());
        }
        assert_eq!(run_to(b"`'\x22\n", b"ab c'd"), 4);
        assert_eq!(run_to(b"`'\x22\n", b"ab c d"), 6);
        assert_eq!(run_to(b"`'\x22\n", b"ab\nc'd"), 2);
        assert_eq!(run_to(b"x", b"abx"), 2);
    }

    /// The rows searched in a window from their [`short_prefixes`] ([`crossing_at_starts`])
    /// give what [`crossing_row`] gives: every such row, in windows of the fixtures' lines
    /// and the messages table joined in twos and threes, upper-cased, and generated from the
    /// rows' pieces around a join.
    #[test]
    fn short_prefix_windows_are_crossing_row() {
        let rows: Vec<usize> = (0..TABLE.len())
            .filter(|&r| PREFILTER.prefix(r).is_none() && PINS[r].is_none())
            .filter(|&r| short_prefixes(r).is_some())
            .collect();
        assert!(rows.contains(&2), "RefreshFailed has short prefixes");
        let mut texts: Vec<String> = crate::testgen::fixture_texts();
        texts.push(crate::testgen::message_table());
        let mut windows: Vec<(String, usize)> = Vec::new();
        for t in &texts {
            let ls: Vec<&str> = t.lines().filter(|l| !l.trim().is_empty()).take(3_000).collect();
            for w in ls.windows(3) {
                let a = normalize(w[0].trim_end()).into_owned();
                let b = normalize(w[1].trim()).into_owned();
                let c = normalize(w[2].trim()).into_owned();
                windows.push((format!("{a} {b}"), a.len()));
                windows.push((format!("{a} {b} {c}"), a.len()));
                windows.push((format!("{a} {b}").to_uppercase(), a.to_uppercase().len()));
            }
        }
        let pieces = [
            "[",
            "]",
            "openai-codex",
            "x.y",
            " ",
            "Token refresh failed",
            "token refresh",
            "OAuth token refresh failed",
            " for ",
            "Failed to refresh",
            " OAuth token",
            " 401",
            "failed",
            "é",
            "[a]",
            "TOKEN REFRESH FAILED",
        ];
        let mut rng = crate::testgen::XorShift(0xc0ff_ee11);
        for _ in 0..20_000 {
            let mut some = |n: usize| -> String {
                (0..1 + rng.below(n)).map(|_| pieces[rng.below(pieces.len())]).collect()
            };
            let (before, after) = (some(4), some(4));
            let end = ["[openai", "[a.b]", "OAuth token", "Failed to", "token", "for", "x"];
            let start = [
                "refresh failed",
                "Token refresh failed",
                "] Token refresh failed",
                "openai",
                "refresh OpenAI Codex token",
                "401",
                "x",
            ];
            let a = format!("{before}{}", end[rng.below(end.len())]);
            let b = format!("{}{after}", start[rng.below(start.len())]);
            let join = a.len();
            windows.push((format!("{a} {b}"), join));
        }
        let (mut starts, mut crossing) = (Vec::new(), 0);
        for &r in &rows {
            let a = Anchored::new(TABLE[r].re).unwrap();
            let lits = short_prefixes(r).unwrap();
            for (w, join) in &windows {
                let (mut want, mut got) = (Vec::new(), Vec::new());
                let want_full = crossing_row(w, *join, r, &mut want);
                let got_full = crossing_at_starts(r, &a, lits, w, *join, &mut starts, &mut got);
                assert_eq!(got, want, "row {r} in {w:?} joined at {join}");
                assert_eq!(got_full, want_full);
                crossing += want.len();
            }
        }
        assert!(crossing > 500, "only {crossing} crossing matches");
    }

    /// Windows joined everywhere give what `scan_wrapped` gives (`Scanner::wrapped` takes the
    /// literals over a join from a lookup by the bytes around it, a row's prefix literals from
    /// a bit, the start of the window from the line when it is the line's own text): every
    /// messages-table line cut at every character boundary into two lines (with trailing and
    /// leading blanks on every third cut) and into three (a short middle, so a literal can
    /// span both joins), each line scanned first as `parse_message` does, and 20,000 windows
    /// whose joins fall inside literals that hold a space (at that space, in any ASCII case).
    #[test]
    fn scanner_windows_joined_anywhere_are_scan_wrapped() {
        let tsv = crate::testgen::message_table();
        let mut windows: Vec<Vec<String>> = Vec::new();
        for l in tsv.lines().filter(|l| !l.trim().is_empty()) {
            let l: String = l.chars().take(240).collect();
            let cuts: Vec<usize> = (1..l.len()).filter(|&c| l.is_char_boundary(c)).collect();
            for (k, &c) in cuts.iter().enumerate() {
                let (a, b) = l.split_at(c);
                match k % 3 {
                    0 => windows.push(vec![format!("{a}  "), format!("\t{b}")]),
                    _ => windows.push(vec![a.to_string(), b.to_string()]),
                }
                if let Some(&d) = cuts.get(k + 1 + k % 4) {
                    windows.push(vec![a.to_string(), l[c..d].to_string(), l[d..].to_string()]);
                }
            }
        }
        let pf = &*PREFILTER;
        let spaced: Vec<Vec<u8>> = pf
            .table_literals()
            .into_iter()
            .filter(|l| l.contains(&b' ') && std::str::from_utf8(l).is_ok())
            .collect();
        let pieces = ["x", " ", "openai", "Auth profile \"a:b\"", ".", "é", "`", "run", "401"];
        let mut rng = crate::testgen::XorShift(0x3014_EDA4_F3E7);
        for _ in 0..20_000 {
            let l = &spaced[rng.below(spaced.len())];
            let spaces: Vec<usize> = (0..l.len()).filter(|&i| l[i] == b' ').collect();
            let at = spaces[rng.below(spaces.len())];
            let mut cased = l.clone();
            if rng.below(2) == 0 {
                cased.make_ascii_uppercase();
            }
            let cased = String::from_utf8(cased).expect("UTF-8");
            let (Some(head), Some(tail)) = (cased.get(..at), cased.get(at + 1..)) else { continue };
            let before: String =
                (0..rng.below(3)).map(|_| pieces[rng.below(pieces.len())]).collect();
            let after: String =
                (0..rng.below(3)).map(|_| pieces[rng.below(pieces.len())]).collect();
            let mut w = vec![format!("{before}{head}"), format!("{tail}{after}")];
            if rng.below(3) == 0 {
                let more = pieces[rng.below(pieces.len())];
                w.push(format!("{more} {}", pieces[rng.below(pieces.len())]));
            }
            windows.push(w);
        }
        let mut crossing = 0;
        for w in &windows {
            let lines: Vec<&str> = w.iter().map(String::as_str).collect();
            let mut scan = Scanner::new(&lines);
            scan.line(0);
            let n = lines.len() - 1;
            let want = scan_wrapped(lines[0], &lines[1..]);
            assert_eq!(scan.wrapped(0, n), want, "window {lines:?}");
            crossing += usize::from(!want.is_empty());
        }
        assert!(crossing > 5_000, "only {crossing} of {} windows cross", windows.len());
    }

    #[test]
    fn anchored_rows_find_what_the_regex_finds_there() {
        let mut lines: Vec<String> = Vec::new();
        for f in [
            include_str!("../../benches/fixtures/probe_table.txt"),
            include_str!("../../benches/fixtures/gateway_log_200.txt"),
            include_str!("../../benches/fixtures/models_status.txt"),
        ] {
            let ls: Vec<&str> = f.lines().collect();
            lines.extend(ls.iter().map(ToString::to_string));
            lines.extend(ls.windows(2).map(|w| w.join(" ")));
            lines.extend(ls.windows(3).map(|w| w.join(" ")));
        }
        // The messages table (pastes with `\n` escaped).
        let tsv = crate::testgen::message_table();
        lines.extend(tsv.lines().map(|l| l.chars().take(400).collect::<String>()));
        let extra: Vec<String> = lines
            .iter()
            .take(400)
            .flat_map(|l| [l.to_uppercase(), l.replace(' ', "é"), l.replace(' ', "\u{a0}x ")])
            .collect();
        lines.extend(extra);
        lines.extend(TABLE.iter().map(|r| format!("x {} ·", r.src)));
        lines.extend(
            [
                "auth · x",
                "xauth ·",
                "éauth  ·",
                "HTTP 401 x",
                "aHTTP 401",
                "No API key found for provider \"openai\". Auth store: x",
                "Unknown model: openai/gpt-5.",
                "openclaw models status",
                "xopenclaw models status",
                "openclaw models status é `x` y",
                "openclaw --profile a models auth login 'x",
                "openclaw doctor \"x\" y",
                "run openclaw logs --follow",
            ]
            .map(String::from),
        );
        // Commands (`CliCommand`, read as head and stops) among quotes, blanks and words.
        let pieces = [
            "openclaw",
            "clawdbot",
            "moltbot",
            " --profile x",
            " --dev",
            " models",
            " doctor",
            " status",
            "  ",
            " ",
            "`",
            "'",
            "\"",
            "é",
            "x",
            "\u{a0}",
            " auth login",
            "-y",
            ":",
            "\n",
            "statusx",
        ];
        let mut rng = crate::testgen::XorShift(0x5eed_7a11);
        for _ in 0..3_000 {
            let mut some = |n: usize| -> String {
                (0..rng.below(n)).map(|_| pieces[rng.below(pieces.len())]).collect()
            };
            let (before, after) = (some(3), some(8));
            let (cmd, sub) = (pieces[rng.below(3)], pieces[3 + rng.below(5)]);
            lines.push(format!("{before}{cmd}{sub}{after}"));
        }
        let (mut found, mut tails, mut stopped) = (0, 0, 0);
        for (i, row) in TABLE.iter().enumerate() {
            let a = Anchored::new(row.re).unwrap();
            let prefixes = super::super::literals::prefix_literals(row.re).unwrap_or_default();
            let re = row_regex(i);
            for l in &lines {
                let lower = l.to_ascii_lowercase();
                let mut starts: Vec<usize> = (0..l.len())
                    .filter(|&q| prefixes.iter().any(|p| lower.as_bytes()[q..].starts_with(p)))
                    .collect();
                starts.extend([0, 1]);
                for q in starts.into_iter().filter(|&q| l.is_char_boundary(q)) {
                    let want = re.find_at(l, q).filter(|m| m.start() == q).map(|m| m.end());
                    assert_eq!(a.end_at(l, q), want, "row {i} from {q} in {l:?}");
                    assert_eq!(a.end_at_regex(l, q), want, "row {i} regexes from {q} in {l:?}");
                    assert_eq!(row_end_at(i, &a, l, q), want, "row {i} tail from {q} in {l:?}");
                    // A search that stopped before the end ends as it did in a window that
                    // holds the bytes it read (the line's start, a space, any other line).
                    let (end, reach) = row_end_reach(i, &a, l, q);
                    assert_eq!(end, want, "row {i} reach from {q} in {l:?}");
                    if reach != usize::MAX {
                        assert!(reach <= l.len() && end.is_none_or(|e| e < reach), "{reach}");
                        let cut = (reach..=l.len()).find(|&k| l.is_char_boundary(k)).unwrap();
                        for rest in ["", "openclaw models auth login x", "\"é\" · HTTP 401"] {
                            let window = format!("{} {rest}", &l[..cut]);
                            let got = row_end_at(i, &a, &window, q);
                            assert_eq!(got, end, "row {i} from {q} in {window:?}");
                        }
                        stopped += 1;
                    }
                    tails += usize::from(want.is_some() && tail(i).is_some());
                    let groups = |c: &regex::Captures<'_>| {
                        re.capture_names()
                            .map(|n| n.and_then(|n| c.name(n)).map(|m| m.as_str().to_string()))
                            .collect::<Vec<_>>()
                    };
                    let want = want.and_then(|_| re.captures_at(l, q)).map(|c| groups(&c));
                    let got = a.captures_at(l, q).map(|(c, end, _)| {
                        assert_eq!(Some(end), a.end_at(l, q));
                        groups(&c)
                    });
                    assert_eq!(got, want, "row {i} groups from {q} in {l:?}");
                    found += usize::from(want.is_some());
                }
            }
        }
        assert!(found > 1_500, "only {found} matches at a start");
        assert!(tails > 1_000, "only {tails} matches of rows read as head and stops");
        assert!(stopped > 10_000, "only {stopped} searches stopped before the end");
    }

    /// [`clean_str`] cuts a value as `trim` and `trim_end_matches` of `.` and `,` do, on
    /// values of blanks (ASCII and not), dots, commas and letters.
    #[test]
    fn clean_str_as_trim_says() {
        fn reference(s: &str) -> Option<&str> {
            Some(s.trim().trim_end_matches(['.', ','])).filter(|s| !s.is_empty())
        }
        let pieces = [
            "a",
            " ",
            ".",
            ",",
            "\t",
            "\u{b}",
            "\u{c}",
            "\r\n",
            "\u{1c}",
            "\u{85}",
            "\u{a0}",
            "\u{3000}",
            "é",
            "x.y",
            "-",
            "\"",
            "openai-codex",
        ];
        let mut rng = crate::testgen::XorShift(0xC1EA_5742);
        let mut values: Vec<String> = (0..30_000)
            .map(|_| (0..rng.below(6)).map(|_| pieces[rng.below(pieces.len())]).collect())
            .collect();
        for f in crate::testgen::fixture_texts() {
            values.extend(f.split(['"', '(', '=']).map(String::from));
        }
        let mut cut = 0;
        for v in &values {
            assert_eq!(clean_str(v), reference(v), "{v:?}");
            cut += usize::from(clean_str(v).is_some_and(|c| c.len() < v.len()));
        }
        assert!(cut > 5_000, "only {cut} values were cut");
    }

    /// The rows read as plain strings ([`plain_literals`]) match where their regexes match, to
    /// the same end, from every position of the fixtures' lines, those lines joined in twos,
    /// upper-cased and with the strings themselves around other text; and only patterns that
    /// are such strings are read so.
    #[test]
    fn plain_rows_match_as_the_regexes_say() {
        assert_eq!(plain_literals(r"a\.b|c d-e"), Some(vec![b"a.b".to_vec(), b"c d-e".to_vec()]));
        for p in
            [r"a|", r"(?i)ab", r"a\bc", r"a.b", r"a\d", r"a(b)", r"ab?", r"[ab]", r"^ab", r"a\x22"]
        {
            assert_eq!(plain_literals(p), None, "{p}");
        }
        let rows: Vec<usize> = (0..TABLE.len()).filter(|&r| plain(r).is_some()).collect();
        assert!(rows.len() >= 20, "only {} plain rows", rows.len());
        let mut lines: Vec<String> = Vec::new();
        for f in crate::testgen::fixture_texts() {
            let ls: Vec<&str> = f.lines().collect();
            lines.extend(ls.iter().map(ToString::to_string));
            lines.extend(ls.windows(2).map(|w| w.join(" ")));
        }
        let tsv = crate::testgen::message_table();
        lines.extend(tsv.lines().map(str::to_string));
        let upper: Vec<String> = lines.iter().take(2000).map(|l| l.to_uppercase()).collect();
        lines.extend(upper);
        for &r in &rows {
            for a in plain(r).unwrap() {
                let a = String::from_utf8(a.clone()).unwrap();
                let cut = a.char_indices().last().map_or(0, |(i, _)| i);
                lines.extend([format!("x {a} y"), format!("{a}{a}"), a[..cut].to_string()]);
            }
        }
        let mut found = 0;
        for &r in &rows {
            let (re, alts) = (row_regex(r), plain(r).unwrap());
            for l in &lines {
                for q in (0..=l.len()).filter(|&q| l.is_char_boundary(q)) {
                    let want = re.find_at(l, q).filter(|m| m.start() == q).map(|m| m.end());
                    let got = (q < l.len()).then(|| plain_end_at(alts, l, q)).flatten();
                    assert_eq!(got, want, "row {r} from {q} in {l:?}");
                    found += usize::from(want.is_some());
                }
            }
        }
        assert!(found > 200, "only {found} matches");
    }

    /// The pin rows read by hand (`pins.rs`) find what their regexes find, with the same
    /// groups, from every start position, on 40,000 lines generated from the pieces that
    /// matter (both phrasings and their parts, any case, the long s and Kelvin sign, Unicode
    /// blanks, word and non-word characters, quotes, `:` and `.`), and on the fixtures.
    #[test]
    fn pins_as_the_regexes_say() {
        let rows: Vec<(usize, Pin)> =
            PINS.iter().enumerate().filter_map(|(i, p)| p.map(|p| (i, p))).collect();
        assert_eq!(rows.len(), 2, "both pin rows are read by hand");
        #[rustfmt::skip]
        let pieces = [
            "Auth profile \"", "\" is for ", ", not ", "profile", "PROFILE", "Profile", "profile ",
            "profile: ", "profile \"", " is for ", " IS FOR ", " i\u{17F} for ", " is intended for ",
            " is meant for ", " is only for ", " is ", " for ", " not ", ", not ", " NOT ", "not",
            "openai-codex", "openai", "anthropic", "user0@example.com", ":", ":", "::", ".", "..",
            "-", "_", "a", "Z", "7", "\u{17F}", "\u{212A}", "é", "·", "’", "”", "'", "\"", " ",
            "\u{a0}", "\u{3000}", "\t", "(", ")", "/", ",", "\u{301}", "ß", "İ", "ı", "x.y",
            "kim", "sk-", "default",
        ];
        let mut rng = crate::testgen::XorShift(0x2545_F491_4F6C_DD1D);
        let templates = [
            "Auth profile \"{a}:{b}\" is for {c}, not {d}.",
            "profile {a}:{b} is for {c}, not {d}",
            "Profile \"{a}:{b}\" is meant for {c} not {d}",
            "profile {a}:{b} is for {c} not {d}",
        ];
        // Half of the slots are `openai`, so both phrasings match often.
        let slots: Vec<&str> = pieces.iter().flat_map(|&p| [p, "openai"]).collect();
        let mut lines =
            crate::testgen::templated_lines(&mut rng, &templates, &slots, &pieces, 4, 40_000, 14);
        for f in [
            include_str!("../../benches/fixtures/probe_table.txt"),
            include_str!("../../benches/fixtures/gateway_log_200.txt"),
            include_str!("../../benches/fixtures/models_status.txt"),
        ] {
            lines.extend(f.lines().map(str::to_string));
        }
        let (mut found, mut unsure) = (0, 0);
        for (i, pin) in rows {
            let re = row_regex(i);
            for l in &lines {
                for from in (0..=l.len()).filter(|&f| l.is_char_boundary(f)) {
                    let want = re.captures_at(l, from).map(|c| {
                        let span = |n: &str| c.name(n).map(|m| (m.start(), m.end())).unwrap();
                        let all = c.get(0).unwrap();
                        PinMatch {
                            start: all.start(),
                            end: all.end(),
                            id: span("id"),
                            p: span("p"),
                            x: span("x"),
                        }
                    });
                    match pin.find_at(l, from) {
                        Ok(got) => assert_eq!(got, want, "{pin:?} from {from} in {l:?}"),
                        Err(()) => unsure += 1,
                    }
                    found += usize::from(want.is_some());
                }
            }
        }
        assert!(found > 20_000, "only {found} pin matches in the generated lines");
        // The shortest matches (`Pin::min_len`): found from their start, not from one past.
        for (pin, l) in [
            (Pin::Quoted, "Auth profile \"a\" is for b, not c."),
            (Pin::Paraphrased, "profile a:b is for c not d"),
        ] {
            assert_eq!(pin.find_at(l, 0).map(|m| m.map(|m| m.end)), Ok(Some(l.len())), "{l}");
            assert_eq!(pin.find_at(l, 1), Ok(None), "{l}");
        }
        assert!(unsure * 100 < found, "{unsure} searches left to the regex of {found}");
        // Crafted runs that make a backtracking reading quadratic: the hand reading gives up
        // (the regex decides) or agrees with the regex.
        for l in [
            format!("profile {} is for a, not b", "-:".repeat(3000)),
            format!("profile {}x: is for a, not b", ".-".repeat(3000)),
            format!("{}openai:x is for a, not b", "profile ".repeat(2000)),
            format!("profile a:{} for a, not b", ":) ".repeat(3000)),
            format!("{}\" is for a, not b.", "Auth profile \"".repeat(2000)),
        ] {
            for (i, pin) in PINS.iter().enumerate().filter_map(|(i, p)| p.map(|p| (i, p))) {
                let want = row_regex(i).find(&l).map(|m| (m.start(), m.end()));
                if let Ok(got) = pin.find_at(&l, 0) {
                    assert_eq!(got.map(|m| (m.start, m.end)), want, "{pin:?} {l:?}");
                }
            }
        }
    }

    #[test]
    fn hand_read_rows_as_the_regexes_say() {
        let rows: Vec<(usize, Reader)> =
            READERS.iter().enumerate().filter_map(|(i, r)| r.map(|r| (i, r))).collect();
        assert_eq!(rows.len(), 7, "the seven rows are read by hand");
        for &(i, reader) in &rows {
            // The hook in `line_rows` reads at the hits of the row's prefix literals, or the
            // row finds its own matches.
            assert!(PREFILTER.prefix(i).is_some() != reader.searches(), "row {i}");
        }
        // What the regexes really are: `\w` in a class made ASCII, `\s` and `\S` left Unicode.
        assert_eq!(
            ascii_boundaries(super::super::rows::NO_API_KEY),
            super::super::rows::NO_API_KEY
        );
        assert_eq!(
            ascii_boundaries(super::super::rows::UNKNOWN_MODEL),
            r#"Unknown model: (?P<r>[0-9A-Za-z_.-]+/[^\s"]+?)\.?(?:\s|"|$)"#
        );
        #[rustfmt::skip]
        let pieces = [
            "No API key found for provider \"", "Unknown model: ", "\"", ".", ". ", ".\"", "..",
            "Auth store:", "Auth store: ", " (agentDir:", "(agentDir: ", ")", " )", "/", "//",
            "anthropic", "openai-codex", "gpt-5.2", "/home/u/.openclaw/agents/main/agent", "a",
            "Z", "7", "_", "-", ":", " ", "  ", "\t", "\u{a0}", "\u{3000}", "\u{2028}", "\u{85}",
            "\u{200b}", "é", "·", "’", "”", "'", ",", "(", "auth-profiles.json", "x.y", "\n",
            "Model login expired on the gateway", "Model login failed on the gateway", " for ",
            " for", "for ", "ſ", "\u{212A}", "OAuth token refresh failed", "OAuth ", "token refresh ",
            "Token refresh failed", "] Token refresh failed", "[", "]", "Failed to refresh ",
            "OpenAI Codex token", "OAuth token", "401", "failed", "refresh", "No API key ",
            "found ", "for provider", "for provider:", ": ", "A",
        ];
        let mut rng = crate::testgen::XorShift(0x9E37_79B9_7F4A_7C15);
        let templates = [
            "No API key found for provider \"{a}\". Auth store: {b} (agentDir: {c}).",
            "No API key found for provider \"{a}\".Auth store:{b}(agentDir:{c})",
            "Unknown model: {a}/{b}{c}",
            "Unknown model: {a}/{b}.{c}",
            "Model login expired on the gateway for {a}{b}{c}",
            "Model login failed on the gateway for {a}.{b} {c}",
            "Model login expired on the gateway{a}{b}",
            "Model login failed on the gateway{a}{b}",
            "OAuth token refresh failed for {a}{b}{c}",
            "{a}[{b}] Token refresh failed{c}",
            "[{a}{b}] Token refresh failed",
            "Failed to refresh {a}{b} token refresh {c}",
            "No API key found for provider{a}{b}{c}",
            "No API key for provider:{a}{b}{c}",
            "No API key found for provider: {a}{b}",
            "No API key for provider {a} {b}",
            "{a}OAuth token refresh failed{b}",
            "synced {a}{b} credentials from external cli{c}",
            "{a}using external OAuth credential after refresh failure{b}",
            "Deprecated external CLI auth profiles detected{a}",
        ];
        let mut lines =
            crate::testgen::templated_lines(&mut rng, &templates, &pieces, &pieces, 3, 20_000, 10);
        for f in crate::testgen::fixture_texts() {
            lines.extend(f.lines().map(str::to_string));
        }
        let mut found = [0; 7];
        for (k, &(i, reader)) in rows.iter().enumerate() {
            let re = row_regex(i);
            for l in &lines {
                for q in (0..=l.len()).filter(|&q| l.is_char_boundary(q)) {
                    let want = re.captures_at(l, q).map(|c| {
                        let span = |n: &str| c.name(n).map(|m| (m.start(), m.end()));
                        let (start, end) = (c.get(0).unwrap().start(), c.get(0).unwrap().end());
                        // `p2` is read into `p` (only one of them takes part).
                        let p = span("p").or_else(|| span("p2"));
                        (start, RowMatch { end, p, id: span("id"), r: span("r"), x: span("x") })
                    });
                    if reader.searches() {
                        assert_eq!(reader.find_at(l, q), want, "{reader:?} from {q} in {l:?}");
                    }
                    let want = want.filter(|w| w.0 == q).map(|w| w.1);
                    assert_eq!(reader.read_at(l, q), want, "{reader:?} at {q} in {l:?}");
                    found[k] += usize::from(want.is_some());
                }
            }
        }
        assert!(
            found.iter().all(|&n| n > 500),
            "too few matches in the generated lines: {found:?}"
        );
    }

    /// `CliCommand`'s head read by hand (`rows.rs`) starts its group where the head's regex
    /// captures it, at every start position of 20,000 generated command lines and the
    /// fixtures, and matches nowhere else.
    #[test]
    fn head_readers_as_the_regexes_say() {
        let rows: Vec<(usize, HeadReader)> =
            HEAD_READERS.iter().enumerate().filter_map(|(i, r)| r.map(|r| (i, r))).collect();
        assert_eq!(rows.len(), 1, "CliCommand's head is read by hand");
        #[rustfmt::skip]
        let pieces = [
            "openclaw", "clawdbot", "moltbot", "xopenclaw", "openclaw_", " ", "  ", "\t", "\n",
            "\u{a0}", "\u{3000}", "\u{85}", "--profile", "--dev", "--devx", "--", "-", "profile",
            "dev", "work", "models", "model", "config", "configure", "configured", "status",
            "doctor", "gateway", "logs", "plugins", "onboard", "update", "devices", "channels",
            "x", "_", "é", "`", "'", "\"", "auth", "list", "a", "7", "·", "ſ", "\u{212A}",
        ];
        let mut rng = crate::testgen::XorShift(0x1234_5678_9ABC_DEF1);
        let templates = [
            "{a} {b} {c}",
            "openclaw {a} {b}",
            "openclaw --profile {a} {b} {c}",
            "clawdbot --dev {a}{b} {c}",
            "moltbot{a}--profile{b}{c}",
        ];
        let mut lines =
            crate::testgen::templated_lines(&mut rng, &templates, &pieces, &pieces, 3, 20_000, 8);
        for f in crate::testgen::fixture_texts() {
            lines.extend(f.lines().map(str::to_string));
        }
        for (i, reader) in rows {
            // The row has no group but the one its final star closes.
            assert_eq!(row_regex(i).captures_len(), 2, "row {i}");
            let (head, name) = head_of(TABLE[i].re).expect("a head");
            let re = Regex::new(&ascii_boundaries(&head)).expect("head regex");
            let mut found = 0;
            for l in &lines {
                for q in (0..=l.len()).filter(|&q| l.is_char_boundary(q)) {
                    let want = re
                        .captures_at(l, q)
                        .filter(|c| c.get(0).unwrap().start() == q)
                        .map(|c| c.name(name).unwrap().start());
                    assert_eq!(reader.group_start(l, q), want, "{reader:?} at {q} in {l:?}");
                    found += usize::from(want.is_some());
                }
            }
            assert!(found > 1_500, "only {found} matches in the generated lines");
        }
    }
}
