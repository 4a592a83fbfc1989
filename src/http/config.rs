//! Settings of the `serve` subcommand, read from the environment (and `.env`) with clear
//! errors. The interaction handler settings (command name, thread TTL, store timeout, …) are
//! the bot's own [`BotSettings`], read by [`crate::config`]; this file adds only what the HTTP
//! front door needs. Every variable is listed in `docs/http.md`.
//!
//! | variable | default | meaning |
//! |---|---|---|
//! | `HTTP_BIND` | `127.0.0.1:8080` | listen address (`0.0.0.0:8080` in the container) |
//! | `DISCORD_PUBLIC_KEY` | unset | hex Ed25519 key of the application; `/interactions` answers 503 without it |
//! | `DISCORD_APPLICATION_ID` | from each interaction | used for follow-up webhooks when an interaction lacks it |
//! | `DISCORD_API_BASE` | `https://discord.com` | where follow-up webhooks go (tests: a fake on loopback) |
//! | `INTERACTION_DEFER_MS` | `2000` | answer "thinking…" (type 5) when handling takes longer |
//! | `INTERACTION_MAX_BODY_BYTES` | `262144` | largest interaction body |
//! | `HTTP_MAX_BODY_BYTES` | `16777216` | largest web form / API body (a 10 MiB screenshot base64-encoded, or a 1 MiB paste form-encoded) |
//! | `HTTP_REQUEST_TIMEOUT_MS` | `10000` | web / API requests taking longer get 408 |
//! | `RATE_LIMIT_PER_IP` | `30` | web/API diagnoses per client IP per minute (0 = off) |
//! | `RATE_LIMIT_IP_BURST` | `10` | how many of them may come at once |
//! | `RATE_LIMIT_PER_THREAD` | `12` | API diagnoses per thread id per minute (0 = off) |
//! | `RATE_LIMIT_THREAD_BURST` | `4` | how many of them may come at once |
//! | `TRUST_FORWARDED_FOR` | `false` | take the client IP from the last `X-Forwarded-For` hop (behind a proxy) |
//! | `DISCORD_TOKEN` | unset | optional: with `DISCORD_APPLICATION_ID`, register the commands at startup |
//! | `DEV_GUILD_ID` | unset | register to this guild only (instant, for development) |
//!
//! Watch mode needs the gateway (message events), so `serve` turns `WATCH_MODE` off.

use crate::config::{BotSettings, Config, ConfigError, Secret};
use ed25519_dalek::VerifyingKey;
use std::net::SocketAddr;
use std::time::Duration;

/// A token bucket: `per_minute` requests a minute on average, `burst` at once. `per_minute == 0`
/// turns the limit off.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RateLimit {
    pub per_minute: u32,
    pub burst: u32,
}

impl RateLimit {
    pub const OFF: RateLimit = RateLimit { per_minute: 0, burst: 0 };

    pub fn enabled(&self) -> bool {
        self.per_minute > 0
    }
}

/// Everything the HTTP front door needs besides the store.
#[derive(Debug, Clone)]
pub struct HttpConfig {
    pub bind: SocketAddr,
    /// The application's Ed25519 public key; `None` disables `/interactions` (503).
    pub public_key: Option<VerifyingKey>,
    pub application_id: Option<u64>,
    /// Base of Discord's REST API (`https://discord.com`), without a trailing slash.
    pub api_base: String,
    pub defer_after: Duration,
    pub interaction_max_body: usize,
    pub max_body: usize,
    pub request_timeout: Duration,
    pub per_ip: RateLimit,
    pub per_thread: RateLimit,
    pub trust_forwarded_for: bool,
    /// Seconds a signed interaction may be old (or early): 5 minutes.
    pub signature_max_age: Duration,
    /// The interaction handler settings shared with the gateway bot.
    pub settings: BotSettings,
    pub database_url: String,
    /// Only for registering the commands at startup (never needed to answer interactions).
    pub discord_token: Option<Secret>,
    pub dev_guild_id: Option<u64>,
}

pub const DEFAULT_BIND: &str = "127.0.0.1:8080";
pub const DEFAULT_API_BASE: &str = "https://discord.com";

impl Default for HttpConfig {
    fn default() -> HttpConfig {
        HttpConfig {
            bind: DEFAULT_BIND.parse().expect("default bind address"),
            public_key: None,
            application_id: None,
            api_base: DEFAULT_API_BASE.to_string(),
            defer_after: Duration::from_millis(2000),
            interaction_max_body: 256 * 1024,
            // A screenshot (at most 10 MiB) base64-encoded in JSON, with room for the text.
            max_body: 16 * 1024 * 1024,
            request_timeout: Duration::from_secs(10),
            per_ip: RateLimit { per_minute: 30, burst: 10 },
            per_thread: RateLimit { per_minute: 12, burst: 4 },
            trust_forwarded_for: false,
            signature_max_age: Duration::from_secs(300),
            settings: BotSettings::default(),
            database_url: crate::config::DEFAULT_DATABASE_URL.to_string(),
            discord_token: None,
            dev_guild_id: None,
        }
    }
}

/// Parse a hex Ed25519 public key (64 hex digits, as the Developer Portal shows it).
pub fn parse_public_key(hex_key: &str) -> Option<VerifyingKey> {
    let bytes: [u8; 32] = hex::decode(hex_key.trim()).ok()?.try_into().ok()?;
    VerifyingKey::from_bytes(&bytes).ok()
}

impl HttpConfig {
    /// Read `.env` (if present; real environment variables win) and then the environment.
    pub fn from_env() -> Result<HttpConfig, ConfigError> {
        crate::config::load_dotenv()?;
        HttpConfig::from_lookup(|name| std::env::var(name).ok())
    }

    /// Build from any variable lookup (tests pass a map).
    pub fn from_lookup(get: impl Fn(&str) -> Option<String>) -> Result<HttpConfig, ConfigError> {
        let var =
            |name: &'static str| get(name).map(|v| v.trim().to_string()).filter(|v| !v.is_empty());
        // The bot settings are parsed by the bot's own configuration; `serve` needs no bot token
        // (HTTP interactions are answered in the response and follow-ups use the interaction
        // token), so a placeholder stands in for it and is dropped right away.
        let bot = Config::read(&get, false)?;
        let mut c = HttpConfig {
            settings: bot.settings,
            database_url: bot.database_url,
            application_id: bot.application_id,
            discord_token: var("DISCORD_TOKEN").map(Secret::new),
            dev_guild_id: bot.dev_guild_id,
            ..HttpConfig::default()
        };
        // No gateway here, so no message events: watch mode cannot work (the `bot` does it).
        c.settings.watch_enabled = false;
        if let Some(b) = bot.api_base {
            c.api_base = b;
        }
        if let Some(b) = var("HTTP_BIND") {
            c.bind = b.parse().map_err(|_| ConfigError::Invalid {
                name: "HTTP_BIND",
                why: "use an address and port such as 0.0.0.0:8080",
            })?;
        }
        if let Some(k) = var("DISCORD_PUBLIC_KEY") {
            // A bot token here (both come from the Developer Portal) is a leaked secret: say so.
            let why = if crate::config::token_problem(&k).is_none() {
                "it holds a bot token, not the public key: reset that token (Bot, Reset Token), put it in DISCORD_TOKEN, and set the 64 hex digits of the Public Key here"
            } else {
                "use the 64 hex digits of the application's public key (Developer Portal, General Information)"
            };
            c.public_key = Some(
                parse_public_key(&k)
                    .ok_or(ConfigError::Invalid { name: "DISCORD_PUBLIC_KEY", why })?,
            );
        }
        if let Some(v) = var("INTERACTION_DEFER_MS") {
            let ms = num("INTERACTION_DEFER_MS", &v)?;
            if !(1..=2800).contains(&ms) {
                return Err(ConfigError::Invalid {
                    name: "INTERACTION_DEFER_MS",
                    why: "must be between 1 and 2800 (Discord waits 3 seconds for the response)",
                });
            }
            c.defer_after = Duration::from_millis(ms);
        }
        if let Some(v) = var("INTERACTION_MAX_BODY_BYTES") {
            c.interaction_max_body = positive("INTERACTION_MAX_BODY_BYTES", &v)? as usize;
        }
        if let Some(v) = var("HTTP_MAX_BODY_BYTES") {
            c.max_body = positive("HTTP_MAX_BODY_BYTES", &v)? as usize;
        }
        if let Some(v) = var("HTTP_REQUEST_TIMEOUT_MS") {
            c.request_timeout = Duration::from_millis(positive("HTTP_REQUEST_TIMEOUT_MS", &v)?);
        }
        if let Some(v) = var("RATE_LIMIT_PER_IP") {
            c.per_ip.per_minute = small("RATE_LIMIT_PER_IP", &v)?;
        }
        if let Some(v) = var("RATE_LIMIT_IP_BURST") {
            c.per_ip.burst = small("RATE_LIMIT_IP_BURST", &v)?;
        }
        if let Some(v) = var("RATE_LIMIT_PER_THREAD") {
            c.per_thread.per_minute = small("RATE_LIMIT_PER_THREAD", &v)?;
        }
        if let Some(v) = var("RATE_LIMIT_THREAD_BURST") {
            c.per_thread.burst = small("RATE_LIMIT_THREAD_BURST", &v)?;
        }
        for limit in [&mut c.per_ip, &mut c.per_thread] {
            if limit.enabled() && limit.burst == 0 {
                limit.burst = 1;
            }
        }
        if let Some(v) = var("TRUST_FORWARDED_FOR") {
            c.trust_forwarded_for = match v.to_ascii_lowercase().as_str() {
                "1" | "true" | "yes" | "on" => true,
                "0" | "false" | "no" | "off" => false,
                _ => {
                    return Err(ConfigError::Invalid {
                        name: "TRUST_FORWARDED_FOR",
                        why: "expected true or false",
                    })
                }
            };
        }
        Ok(c)
    }

    /// Where the command definitions go (bulk overwrite), when an application id is known.
    pub fn commands_url(&self) -> Option<String> {
        let app = self.application_id?;
        Some(match self.dev_guild_id {
            Some(g) => format!("{}/api/v10/applications/{app}/guilds/{g}/commands", self.api_base),
            None => format!("{}/api/v10/applications/{app}/commands", self.api_base),
        })
    }
}

fn num(name: &'static str, value: &str) -> Result<u64, ConfigError> {
    value.parse::<u64>().map_err(|_| ConfigError::Invalid { name, why: "expected a whole number" })
}

fn positive(name: &'static str, value: &str) -> Result<u64, ConfigError> {
    match num(name, value)? {
        0 => Err(ConfigError::Invalid { name, why: "must be at least 1" }),
        n => Ok(n),
    }
}

fn small(name: &'static str, value: &str) -> Result<u32, ConfigError> {
    u32::try_from(num(name, value)?)
        .ok()
        .filter(|n| *n <= 1_000_000)
        .ok_or(ConfigError::Invalid { name, why: "expected a number up to 1000000" })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn cfg(vars: &[(&str, &str)]) -> Result<HttpConfig, ConfigError> {
        let map: HashMap<String, String> =
            vars.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        HttpConfig::from_lookup(|k| map.get(k).cloned())
    }

    #[test]
    fn defaults_need_no_token_and_no_key() {
        let c = cfg(&[]).unwrap();
        assert_eq!(c.bind.to_string(), DEFAULT_BIND);
        assert!(c.public_key.is_none());
        assert_eq!(c.api_base, DEFAULT_API_BASE);
        assert_eq!(c.per_ip, RateLimit { per_minute: 30, burst: 10 });
    }

    #[test]
    fn overrides_and_clear_errors() {
        let key = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";
        let c = cfg(&[
            ("HTTP_BIND", "0.0.0.0:9000"),
            ("DISCORD_PUBLIC_KEY", key),
            ("DISCORD_API_BASE", "http://127.0.0.1:9/"),
            ("INTERACTION_DEFER_MS", "250"),
            ("RATE_LIMIT_PER_IP", "0"),
            ("RATE_LIMIT_PER_THREAD", "5"),
            ("RATE_LIMIT_THREAD_BURST", "0"),
            ("TRUST_FORWARDED_FOR", "yes"),
            ("COMMAND_NAME", "claw-model"),
        ])
        .unwrap();
        assert_eq!(c.bind.port(), 9000);
        assert!(c.public_key.is_some());
        assert_eq!(c.api_base, "http://127.0.0.1:9");
        assert_eq!(c.defer_after, Duration::from_millis(250));
        assert!(!c.per_ip.enabled());
        assert_eq!(c.per_thread, RateLimit { per_minute: 5, burst: 1 });
        assert!(c.trust_forwarded_for);
        assert_eq!(c.settings.command_name, "claw-model");
        assert!(c.discord_token.is_none());
        let token = "MTIzNDU2Nzg5MDEyMzQ1Njc4.GaBcDe.abcdefghijklmnopqrstuvwxyz0123456789AB";
        let c = cfg(&[
            ("DISCORD_TOKEN", token),
            ("DISCORD_APPLICATION_ID", "7"),
            ("DEV_GUILD_ID", "9"),
            ("WATCH_MODE", "on"),
        ])
        .unwrap();
        assert_eq!(c.discord_token.as_ref().map(Secret::expose), Some(token));
        assert!(!c.settings.watch_enabled, "no watch mode without the gateway");
        assert_eq!(
            c.commands_url().unwrap(),
            "https://discord.com/api/v10/applications/7/guilds/9/commands"
        );
        for (name, value) in [
            ("DISCORD_PUBLIC_KEY", "not-hex"),
            ("HTTP_BIND", "localhost"),
            ("INTERACTION_DEFER_MS", "5000"),
            ("HTTP_MAX_BODY_BYTES", "0"),
        ] {
            let e = cfg(&[(name, value)]).unwrap_err().to_string();
            assert!(e.contains(name), "{e}");
            assert!(!e.contains(value), "the value is never echoed: {e}");
        }
    }

    /// Security review L7: a bot token put in DISCORD_PUBLIC_KEY is refused without printing it,
    /// and the error says what happened and how to fix it.
    #[test]
    fn a_bot_token_in_the_public_key_is_named_not_printed() {
        let token = "MTIzNDU2Nzg5MDEyMzQ1Njc4.GaBcDe.abcdefghijklmnopqrstuvwxyz0123456789AB";
        let e = cfg(&[("DISCORD_PUBLIC_KEY", token)]).unwrap_err();
        for shown in [e.to_string(), format!("{e:?}")] {
            assert!(!shown.contains("MTIzNDU2") && !shown.contains("abcdefghijklmnop"), "{shown}");
            assert!(shown.contains("DISCORD_PUBLIC_KEY") && shown.contains("bot token"), "{shown}");
        }
        let e = cfg(&[("DISCORD_TOKEN", "abc")]).unwrap_err().to_string();
        assert!(e.starts_with("DISCORD_TOKEN has an invalid value"), "{e}");
    }
}
