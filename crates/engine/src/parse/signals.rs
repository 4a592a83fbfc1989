//! One-line signatures as data: banners, raw errors, doctor notes, CLI refusals and log
//! markers (formats.md §6–§11, causes.md D/S signals). Each row is a kind and a regex whose
//! named groups fill the signal's fields: `p` provider, `id` profile id, `r` model ref,
//! `code` a reason or refresh code, `x` anything else (a flag, a command, a store path).
//! Adding a signature is one row here plus the rule that reads it.

use regex::{Regex, RegexSet};
use serde::{Deserialize, Serialize};
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
    /// An `openclaw …` command the user ran or quoted (formats.md §14 "CLI command").
    CliCommand,
    /// The chat `/models <provider>` header: provider, auth mode and the profile it uses.
    ModelsListing,
    /// Newest builds' missing-credential banner: `Couldn't connect to <Provider>. Run openclaw doctor --fix`.
    CouldntConnect,
    /// A subscription usage window ran out (ChatGPT/Codex, Claude plans).
    UsageLimit,
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

/// The signature table. Patterns are unanchored (log prefixes, `⚠️`, `Error:` vary).
const TABLE: &[(SignalKind, &str)] = &[
    (LoginExpired, r"Model login expired on the gateway(?: for (?P<p>[\w.-]+))?"),
    (LoginFailed, r"Model login failed on the gateway(?: for (?P<p>[\w.-]+))?"),
    (RefreshFailed, r"OAuth token refresh failed(?: for (?P<p>[\w.-]+))?|\[(?P<p2>[\w.-]+)\] Token refresh failed|Failed to refresh (?:OpenAI Codex|OAuth) token|token refresh (?:401|failed)"),
    (RefreshCode, r"\b(?P<code>refresh_token_reused|refresh_token_invalidated|refresh_token_expired|invalid_refresh_token|token_invalidated|invalid_grant|token_expired)\b"),
    (RefreshCode, r"(?P<code>refresh token has already been used)"),
    (OAuthTokenExpired, r"(?i)OAuth token has expired|Your saved login looks expired|cooldown:session_expired"),
    (InvalidBearer, r"(?i)Invalid bearer token"),
    (IncorrectApiKey, r"(?i)Incorrect API key provided|invalid[ _-]x-api-key|invalid api[ _-]key|API key not valid"),
    (InvalidAccessToken, r"(?i)invalid access token or token expired"),
    (Http401, r"(?i)\bHTTP 401\b|\b401 (?:Unauthorized|\{)|status=401\b|Authentication failed \(provider returned HTTP 401\)|\bauth\s*·"),
    (Http403, r"status=403\b|\bHTTP 403\b"),
    (ScopeMissing, r"Missing scopes: model\.request|error=invalid_scope|invalid_scope|missing the required OpenAI ChatGPT scopes"),
    (NoApiKey, r#"No API key found for provider "(?P<p>[^"]+)"(?:\.\s*Auth store:\s*(?P<x>\S+)(?:\s+\(agentDir:\s*(?P<id>[^)]+)\))?)?"#),
    (MissingApiKey, r#"Missing API key for provider "(?P<p>[^"]+)""#),
    (MissingApiKeySelected, r"Missing API key for the selected provider"),
    (MissingApiKeyOpenAi, r"Missing API key for OpenAI on the gateway\. Use (?P<r>[\w.-]+/[\w.-]+?)(?:\s+with the Codex OAuth profile|,)"),
    (NotSetUp, r"This AI service isn't set up yet"),
    (ExternalCli, r"synced (?P<p>[\w.-]+) credentials from external cli|using external OAuth credential after refresh failure|Deprecated external CLI auth profiles detected"),
    (CliKeychainRead, r"read (?P<p>[\w.-]+) credentials from (?:claude|codex) cli"),
    (PinMismatch, r#"Auth profile "(?P<id>[^"]+)" is for (?P<p>[\w.-]+), not (?P<x>[\w.-]+)\."#),
    (PinMismatch, r#"(?i)profile\W+(?P<id>[\w.-]+:[^\s'"’”]+)\W+is (?:intended |meant |only )?for (?P<p>[\w.-]+),? not (?P<x>[\w.-]+)"#),
    (ProfileNotFound, r#"Auth profile "(?P<id>[^"]+)" not found(?: in (?P<x>\S+?))?\.?(?:\s|$)"#),
    (ProfileNotConfigured, r#"Auth profile "(?P<id>[^"]+)" is not configured for (?P<p>[\w.-]+)"#),
    (OverrideNeedsModel, r"Auth profile override requires a model selection"),
    (UnknownProvider, r#"Unknown provider "(?P<p>[^"]+)"(?:\.\s*Loaded providers)?"#),
    (LegacyProviderLogin, r#""(?P<p>[\w.-]+)" is a legacy provider ID; use --provider"#),
    (UnknownModel, r#"Unknown model: (?P<r>[\w.-]+/[^\s"]+?)\.?(?:\s|"|$)"#),
    (LegacyModelTail, r#""(?P<p>[\w.-]+)" is a legacy provider ID\. Run"#),
    (NoLongerSupported, r"is no longer supported for ChatGPT/Codex OAuth accounts"),
    (ModelNotFound, r"\(model_not_found\)|reason=model_not_found|The selected model was not found by the provider"),
    (NotAllowed, r#"Model "(?P<r>[^"]+)" is not allowed"#),
    (AddItWith, r"Add it with:\s*(?P<x>openclaw config set .*?)\s*$"),
    (NoAvailableProfile, r"No available auth profile for (?P<p>[\w.-]+) \(all in cooldown or unavailable\)"),
    (ProviderCooldown, r"Provider (?P<p>[\w.-]+) is in cooldown"),
    (RateLimited, r"(?i)API rate limit reached|Rate-limited — ready|usage limit has been reached|usage_limit_reached|\(rate_limit\)|reason=rate_limit|cooldown:rate_limit|blocked:subscription_limit|needs a short break|\brate_limit\s*·|\b429 \{"),
    (Overloaded, r"reason=overloaded|overloaded_error|temporarily overloaded|\(overloaded\)"),
    (Billing, r"disabled:billing|Top up credits|\(billing\)|reason=billing|looks like a billing issue|\bHTTP 402\b|\bbilling\s*·"),
    (Unreachable, r"reason=(?:timeout|server_error|tls_certificate)\b|LLM request timed out|\((?:timeout|server_error)\)|\btimeout\s*·\s*\d"),
    (RunTimeout, r"embedded run timeout|run timeout|timeoutMs=\d+"),
    (FormatRejected, r"reason=(?:format|context_overflow)\b|provider rejected the request schema|could not be verified|context_length_exceeded|\(context_overflow\)|\(format\)|did not return a visible probe response"),
    (HarnessUnsupported, r#"Requested agent harness "(?P<x>[\w.-]+)" does not support (?P<r>\S+?)(?:\s|$)"#),
    (AppServer, r"codex app-server (?:startup timed out|client closed)|Codex stopped before confirming|requires a newer version of Codex|status=unavailable"),
    (Cloudflare, r"(?i)Enable JavaScript and cookies to continue|cf-chl|challenge-platform|Just a moment\.\.\."),
    (DnsFailed, r"DNS lookup for the provider endpoint failed"),
    (MigrationRequired, r"requires legacy credential migration|AUTH_PROFILE_MIGRATION_REQUIRED|AUTH_PROFILE_STORE_UNREADABLE|retired auth profile files are ignored|Deprecated AuthStorage path contains unmigrated|Failed relocating the shared auth store"),
    (ExplicitOrderNoUsable, r"Explicit auth order for (?P<p>[\w.-]+) has no usable profiles"),
    (LegacyConfig, r"models\.providers\.openai-codex is legacy|plugins\.openai-codex references are retired|Legacy `?openai-codex/\*`? model refs should be rewritten|Repaired Codex model routes"),
    (OrderLockBusy, r"Failed to update (?P<x>[\w.-]+) \(lock busy\?\)"),
    (OrderSetCommand, r"models auth order set\s+(?P<x>.*?)`?\s*$"),
    (PinCommand, r"/model\s+(?P<r>[^\s@`]+)@(?P<id>[A-Za-z0-9][\w.-]*:[^\s`'\x22]+)"),
    (ModelCommand, r"(?:^|\s|`)/model\s+(?P<r>[\w.-]+/[^\s@`]+)(?:\s|`|$)"),
    (GatewayAuth, r"device token mismatch|gateway closed \(1008\)|TokenInvalid|An invalid token was provided|unauthorized: gateway|pairing required"),
    (UnknownOption, r"error: unknown option '(?P<x>--[\w-]+)'"),
    (NoTty, r"requires an interactive TTY"),
    (XApiKeyHeader, r"carry the API secret key in the 'X-Api-Key' field"),
    (LiveSwitchLoop, r"Live session model switch requested"),
    (SkippingAll, r"Provider (?P<p>[\w.-]+) has (?P<code>\w+) issue \(skipping all models\)"),
    (FallbackCleared, r"Model Fallback cleared:"),
    (FallbackNotice, r"Model Fallback: (?P<x>\S+) \(selected (?P<r>[^\s;]+); (?P<code>\w+)\)"),
    (CandidateSucceeded, r"decision=candidate_succeeded"),
    (CronLane, r"lane=(?P<x>cron[:\w.-]*)"),
    (GatewayRunning, r"A Gateway is running for this state directory"),
    (NotAcceptingLogin, r"(?P<p>[\w.-]+) isn't accepting your saved login"),
    (StatusAll, r"^OpenClaw status --all$|^Diagnosis \(read-only\)$|Pasteable debug report"),
    (ModelsListing, r"^Models \((?P<p>[\w.-]+) · (?:🔑\s*)?(?P<code>api-key|oauth|token)?[^()]*(?:\((?P<id>[\w.-]+:[^)\s]+)\))?\)"),
    (CouldntConnect, r"Couldn't connect to (?P<p>[A-Za-z][\w .-]*?)\. Run `?openclaw doctor --fix"),
    (UsageLimit, r"(?i)usage limit|usage_limit_reached|hit your (?:ChatGPT|Codex|Claude) (?:usage )?limit"),
    (CliCommand, r"\b(?:openclaw|clawdbot|moltbot)(?:\s+--(?:profile\s+\S+|dev))?\s+(?P<x>(?:models|doctor|status|gateway|logs|plugins|config|onboard|configure|update|devices|channels)\b[^\n`'\x22]*)"),
];

/// `\b` in the table means an ASCII word boundary. A Unicode `\b` makes the regex engine give
/// up its DFA on every line with a non-ASCII character (box glyphs, `·`, `↳`, prose) and run
/// the much slower PikeVM over all ~70 patterns: 10× the cost of a whole paste (docs/performance.md).
fn ascii_boundaries(p: &str) -> String {
    p.replace(r"\b", r"(?-u:\b)")
}

static SET: LazyLock<RegexSet> =
    LazyLock::new(|| RegexSet::new(TABLE.iter().map(|(_, p)| ascii_boundaries(p))).expect("signal set"));
/// The capturing regex of each row, compiled the first time the set says the row matched: a
/// one-shot CLI run needs a handful of the ~70, and compiling all of them was most of its
/// start-up time (docs/performance.md).
static REGEXES: [OnceLock<Regex>; TABLE.len()] = [const { OnceLock::new() }; TABLE.len()];

fn row_regex(i: usize) -> &'static Regex {
    REGEXES[i].get_or_init(|| Regex::new(&ascii_boundaries(TABLE[i].1)).expect("signal regex"))
}

fn group(c: &regex::Captures<'_>, names: &[&str]) -> Option<String> {
    names
        .iter()
        .find_map(|n| c.name(n))
        .map(|m| m.as_str().trim().trim_end_matches(['.', ',']).to_string())
        .filter(|s| !s.is_empty())
}

/// At most this many signals are read from one line.
pub const MAX_PER_LINE: usize = 16;

/// Every signature on one line, in table order, at most one per kind and provider.
pub fn scan_line(line: &str) -> Vec<Signal> {
    let mut out: Vec<Signal> = Vec::new();
    if line.len() < 6 {
        return out;
    }
    for i in SET.matches(line).iter() {
        let kind = TABLE[i].0;
        for c in row_regex(i).captures_iter(line) {
            // Real lines carry a handful; a hostile one could carry tens of thousands, and the
            // duplicate check below is quadratic.
            if out.len() >= MAX_PER_LINE {
                return out;
            }
            let s = Signal {
                kind,
                provider: group(&c, &["p", "p2"]),
                profile_id: group(&c, &["id"]),
                model_ref: group(&c, &["r"]),
                code: group(&c, &["code"]),
                extra: group(&c, &["x"]),
            };
            if !out.iter().any(|o| o == &s) {
                out.push(s);
            }
        }
    }
    out
}

static OUTPUT_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:\s*[│┌├└|+]|\s*(?:\$|#|>)\s*(?:openclaw|pnpm|npx|npm|docker)\b|\s*openclaw\s|\s*\d\d:\d\d:\d\d\b|\s*\d{4}-\d\d-\d\dT|\s*[A-Z][a-z]{2} [ \d]\d [\d:]{8} |\s*\[[\w./-]+\]|\s*[{}\[\]]|\s*\x22[\w.-]+\x22\s*:|\s*(?:Agent|Provider|Profiles|Config|Default|Current|Switch|Browse|More)\s*:|\s*(?:⚠️|⚠|❌|↪️|◇|🦞)|\s*-\s+[\w.-]+:\S+\s|\s*(?:FailoverError|FallbackSummaryError|GatewayClientRequestError|Error):|\s*https?://|\s*error:|\s*hint:)",
    )
    .expect("output line")
});

/// A line that looks like program output rather than the asker's prose.
pub fn looks_like_output(line: &str) -> bool {
    OUTPUT_LINE.is_match(line)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(line: &str) -> Vec<SignalKind> {
        scan_line(line).into_iter().map(|s| s.kind).filter(|k| *k != CliCommand).collect()
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
        assert_eq!((s[0].provider.as_deref(), s[0].extra.as_deref()), (Some("openai-codex"), Some("openai")));
        let s = scan_line("The authentication profile 'openai-codex:work' is intended for openai-codex, not openai.");
        assert_eq!(s[0].kind, PinMismatch);
        assert_eq!(s[0].profile_id.as_deref(), Some("openai-codex:work"));
    }

    #[test]
    fn no_api_key_with_store() {
        let s = scan_line(r#"No API key found for provider "anthropic". Auth store: ~/.openclaw/agents/scout/agent/openclaw-agent.sqlite (agentDir: ~/.openclaw/agents/scout/agent). Configure auth"#);
        assert_eq!(s[0].kind, NoApiKey);
        assert_eq!(s[0].provider.as_deref(), Some("anthropic"));
        assert_eq!(s[0].extra.as_deref(), Some("~/.openclaw/agents/scout/agent/openclaw-agent.sqlite"));
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
}
