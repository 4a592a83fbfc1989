//! Front-door configuration: read once from the environment (and a `.env` file, via dotenvy)
//! into typed values with clear errors. The bot token is kept in a [`Secret`] whose `Debug`
//! and `Display` print nothing, so no log line or panic message can carry it.
//! Every variable is documented in `.env.example`.

use std::fmt;
use std::time::Duration;

/// A value that must never be printed (the bot token).
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Secret {
        Secret(value.into())
    }
    /// The value itself, for the one place that sends it (serenity's HTTP client).
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(***)")
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("***")
    }
}

/// What the interaction handlers need to know (shared by the gateway bot and the HTTP
/// interactions endpoint).
#[derive(Debug, Clone)]
pub struct BotSettings {
    /// The top-level name of the `/model status|pin` command (OpenClaw's own bot may own `/model`).
    pub command_name: String,
    /// Threads not updated for this long are forgotten.
    pub thread_ttl: Duration,
    /// Threads are forgotten this long after their first message, however busy
    /// (`THREAD_MAX_AGE_HOURS`): the sliding TTL alone never expires a busy channel.
    pub thread_max_age: Duration,
    /// Largest attachment read (bytes); larger files get a clear error before any download.
    pub max_attachment_bytes: usize,
    /// The longest a single thread-store call may take before the reply goes out without memory.
    pub store_timeout: Duration,
    /// The longest an attachment download may take.
    pub fetch_timeout: Duration,
    /// Watch mode is available (the bot has the Message Content intent).
    pub watch_enabled: bool,
    /// In watch mode, at most one reply per thread per this interval.
    pub watch_cooldown: Duration,
    /// How long shutdown waits for in-flight interactions.
    pub shutdown_grace: Duration,
    /// The gateway bot answers "thinking…" (a deferral) when its reply is not ready after this
    /// long (`INTERACTION_DEFER_MS`, the same setting as the HTTP door's): Discord refuses a
    /// first answer later than 3 s.
    pub defer_after: Duration,
}

impl BotSettings {
    /// How long the thread store keeps threads.
    pub fn retention(&self) -> crate::store::Retention {
        crate::store::Retention { idle: self.thread_ttl, max_age: self.thread_max_age }
    }
}

impl Default for BotSettings {
    fn default() -> BotSettings {
        BotSettings {
            command_name: "model".to_string(),
            thread_ttl: Duration::from_secs(72 * 3600),
            thread_max_age: Duration::from_secs(7 * 24 * 3600),
            max_attachment_bytes: crate::MAX_MESSAGE_BYTES,
            store_timeout: Duration::from_millis(1500),
            fetch_timeout: Duration::from_millis(2000),
            watch_enabled: false,
            watch_cooldown: Duration::from_secs(300),
            shutdown_grace: Duration::from_secs(10),
            defer_after: Duration::from_millis(2000),
        }
    }
}

/// The whole configuration of the `bot` subcommand.
#[derive(Debug, Clone)]
pub struct Config {
    pub discord_token: Secret,
    pub application_id: Option<u64>,
    /// Hex Ed25519 key, for the HTTP interactions endpoint (unused by the gateway bot).
    pub public_key: Option<String>,
    pub database_url: String,
    /// Register commands to this guild only (instant, for development) instead of globally.
    pub dev_guild_id: Option<u64>,
    /// `https://discord.com` unless overridden (tests point it at a fake Discord on loopback).
    pub api_base: Option<String>,
    pub settings: BotSettings,
}

/// A configuration error, worded for the person starting the bot.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("{0} is not set; see .env.example")]
    Missing(&'static str),
    /// Names the variable and what is wrong with it, never the value: a value in the wrong
    /// variable may be a secret (a bot token pasted as the public key, security review L7).
    #[error("{name} has an invalid value: {why}")]
    Invalid { name: &'static str, why: &'static str },
    /// A `.env` file that exists but cannot be read or parsed: startup stops instead of
    /// running without the settings in it. The offending line is not shown (it may hold the
    /// token).
    #[error(".env {0}")]
    DotEnv(&'static str),
}

/// Load `.env` (if present; real environment variables win). Only a missing file is fine.
pub fn load_dotenv() -> Result<(), ConfigError> {
    dotenv_outcome(dotenvy::dotenv().map(drop))
}

fn dotenv_outcome(loaded: Result<(), dotenvy::Error>) -> Result<(), ConfigError> {
    match loaded {
        Ok(()) => Ok(()),
        Err(e) if e.not_found() => Ok(()),
        Err(dotenvy::Error::LineParse(..)) => Err(ConfigError::DotEnv(
            "has a line that cannot be parsed (a value with spaces or # needs quotes); fix it or remove the file",
        )),
        Err(_) => Err(ConfigError::DotEnv("exists but cannot be read; check its permissions")),
    }
}

/// What is wrong with a bot token's shape, if anything: Discord bot tokens are three base64url
/// parts joined by dots (the bot's id, a timestamp, an HMAC). Checked before any connection, so
/// a pasted client secret, public key or `Bot …` header fails at once with the fix.
pub fn token_problem(token: &str) -> Option<&'static str> {
    if token.len() >= 4 && token[..4].eq_ignore_ascii_case("bot ") {
        return Some("it starts with \"Bot \"; set only the token itself");
    }
    let parts: Vec<&str> = token.split('.').collect();
    let b64 = |p: &str| p.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'_' || c == b'-');
    let shaped = parts.len() == 3
        && parts.iter().all(|p| b64(p))
        && (16..=40).contains(&parts[0].len())
        && (4..=10).contains(&parts[1].len())
        && (20..=80).contains(&parts[2].len());
    (!shaped).then_some(
        "it is not shaped like a bot token (three parts joined by dots); copy it again from the Developer Portal, Bot, Reset Token",
    )
}

/// The default SQLite file: `clawmedic.sqlite` in the working directory (the startup log
/// gives its full path; README "Thread memory", `.env.example`).
pub const DEFAULT_DATABASE_URL: &str = "sqlite:clawmedic.sqlite";

impl Config {
    /// Read `.env` (if present; real environment variables win) and then the environment.
    pub fn from_env() -> Result<Config, ConfigError> {
        load_dotenv()?;
        Config::from_lookup(|name| std::env::var(name).ok())
    }

    /// Build from any variable lookup (tests pass a map).
    pub fn from_lookup(get: impl Fn(&str) -> Option<String>) -> Result<Config, ConfigError> {
        Config::read(get, true)
    }

    /// [`Config::from_lookup`]; `serve` needs no token (`token_required == false` leaves it empty).
    pub(crate) fn read(
        get: impl Fn(&str) -> Option<String>,
        token_required: bool,
    ) -> Result<Config, ConfigError> {
        let var =
            |name: &'static str| get(name).map(|v| v.trim().to_string()).filter(|v| !v.is_empty());
        let discord_token = match var("DISCORD_TOKEN") {
            Some(t) => {
                if let Some(why) = token_problem(&t) {
                    return Err(ConfigError::Invalid { name: "DISCORD_TOKEN", why });
                }
                t
            }
            None if token_required => return Err(ConfigError::Missing("DISCORD_TOKEN")),
            None => String::new(),
        };
        let mut settings = BotSettings::default();
        if let Some(name) = var("COMMAND_NAME") {
            if !valid_command_name(&name) {
                return Err(ConfigError::Invalid {
                    name: "COMMAND_NAME",
                    why: "use 1-32 lowercase letters, digits, '-' or '_'",
                });
            }
            settings.command_name = name;
        }
        if let Some(h) = var("THREAD_TTL_HOURS") {
            settings.thread_ttl = parse_hours("THREAD_TTL_HOURS", &h)?;
        }
        if let Some(v) = var("INTERACTION_DEFER_MS") {
            let ms = parse_num("INTERACTION_DEFER_MS", &v)?;
            if !(1..=2800).contains(&ms) {
                return Err(ConfigError::Invalid {
                    name: "INTERACTION_DEFER_MS",
                    why: "must be between 1 and 2800 (Discord waits 3 seconds for the response)",
                });
            }
            settings.defer_after = Duration::from_millis(ms);
        }
        if let Some(h) = var("THREAD_MAX_AGE_HOURS") {
            settings.thread_max_age = parse_hours("THREAD_MAX_AGE_HOURS", &h)?;
        }
        if let Some(v) = var("WATCH_MODE") {
            settings.watch_enabled = parse_bool("WATCH_MODE", &v)?;
        }
        if let Some(v) = var("WATCH_COOLDOWN_SECONDS") {
            settings.watch_cooldown = Duration::from_secs(parse_num("WATCH_COOLDOWN_SECONDS", &v)?);
        }
        if let Some(v) = var("MAX_ATTACHMENT_BYTES") {
            settings.max_attachment_bytes = parse_num("MAX_ATTACHMENT_BYTES", &v)? as usize;
        }
        if let Some(v) = var("STORE_TIMEOUT_MS") {
            settings.store_timeout = Duration::from_millis(parse_num("STORE_TIMEOUT_MS", &v)?);
        }
        if let Some(v) = var("SHUTDOWN_GRACE_SECONDS") {
            settings.shutdown_grace = Duration::from_secs(parse_num("SHUTDOWN_GRACE_SECONDS", &v)?);
        }
        let application_id = var("DISCORD_APPLICATION_ID")
            .map(|v| parse_id("DISCORD_APPLICATION_ID", &v))
            .transpose()?;
        let dev_guild_id = var("DEV_GUILD_ID").map(|v| parse_id("DEV_GUILD_ID", &v)).transpose()?;
        let api_base = match var("DISCORD_API_BASE") {
            Some(b) if b.starts_with("http://") || b.starts_with("https://") => {
                Some(b.trim_end_matches('/').to_string())
            }
            Some(_) => {
                return Err(ConfigError::Invalid {
                    name: "DISCORD_API_BASE",
                    why: "use an http:// or https:// base such as http://127.0.0.1:3000",
                })
            }
            None => None,
        };
        Ok(Config {
            discord_token: Secret::new(discord_token),
            application_id,
            public_key: var("DISCORD_PUBLIC_KEY"),
            database_url: var("DATABASE_URL").unwrap_or_else(|| DEFAULT_DATABASE_URL.to_string()),
            dev_guild_id,
            api_base,
            settings,
        })
    }
}

/// The filter `RUST_LOG` (`given`) asks for, or `default_filter` when it is unset, empty or
/// does not parse (then with the parse error, to report once logging is up).
pub fn log_filter(
    given: Option<&str>,
    default_filter: &str,
) -> (tracing_subscriber::filter::Targets, Option<String>) {
    use tracing_subscriber::filter::Targets;
    let fallback = || default_filter.parse::<Targets>().unwrap_or_default();
    match given.map(str::trim).filter(|g| !g.is_empty()) {
        None => (fallback(), None),
        Some(g) => match g.parse::<Targets>() {
            Ok(t) => (t, None),
            Err(e) => (fallback(), Some(e.to_string())),
        },
    }
}

/// Discord's rule for slash command names (lowercase ASCII subset we allow).
pub fn valid_command_name(name: &str) -> bool {
    (1..=32).contains(&name.len())
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
}

fn parse_num(name: &'static str, value: &str) -> Result<u64, ConfigError> {
    value.parse::<u64>().map_err(|_| ConfigError::Invalid { name, why: "expected a whole number" })
}

/// A whole number of hours, at least 1, as a duration; a count too large to be a duration is
/// an error, not a wrapped or panicking multiplication.
pub(crate) fn parse_hours(name: &'static str, value: &str) -> Result<Duration, ConfigError> {
    match parse_num(name, value)? {
        0 => Err(ConfigError::Invalid { name, why: "must be at least 1" }),
        hours => hours.checked_mul(3600).map(Duration::from_secs).ok_or(ConfigError::Invalid {
            name,
            why: "is too large (use at most a few years of hours)",
        }),
    }
}

fn parse_id(name: &'static str, value: &str) -> Result<u64, ConfigError> {
    match value.parse::<u64>() {
        Ok(n) if n > 0 => Ok(n),
        _ => Err(ConfigError::Invalid { name, why: "expected a Discord id (a number)" }),
    }
}

fn parse_bool(name: &'static str, value: &str) -> Result<bool, ConfigError> {
    match value.to_ascii_lowercase().as_str() {
        "1" | "true" | "yes" | "on" => Ok(true),
        "0" | "false" | "no" | "off" => Ok(false),
        _ => Err(ConfigError::Invalid { name, why: "expected true or false" }),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn rust_log_directives_set_levels_per_target() {
        use tracing::Level;
        let (f, bad) = log_filter(Some("warn,clawmedic=debug"), "info");
        assert_eq!(bad, None);
        assert!(f.would_enable("clawmedic::app", &Level::DEBUG));
        assert!(!f.would_enable("clawmedic::app", &Level::TRACE));
        assert!(f.would_enable("serenity", &Level::WARN));
        assert!(!f.would_enable("serenity", &Level::INFO));
    }

    #[test]
    fn unset_empty_or_unreadable_rust_log_falls_back_to_the_default() {
        use tracing::Level;
        for given in [None, Some(""), Some("  ")] {
            let (f, bad) = log_filter(given, "info,sqlx=warn");
            assert_eq!(bad, None, "{given:?}");
            assert!(f.would_enable("clawmedic", &Level::INFO));
            assert!(!f.would_enable("sqlx::query", &Level::INFO));
        }
        let (f, bad) = log_filter(Some("clawmedic=loud"), "info");
        assert!(bad.is_some(), "an unknown level is reported");
        assert!(f.would_enable("clawmedic", &Level::INFO));
        assert!(!f.would_enable("clawmedic", &Level::DEBUG));
    }

    use super::*;
    use std::collections::HashMap;

    fn cfg(vars: &[(&str, &str)]) -> Result<Config, ConfigError> {
        let map: HashMap<String, String> =
            vars.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        Config::from_lookup(|k| map.get(k).cloned())
    }

    const TOKEN: &str = "MTIzNDU2Nzg5MDEyMzQ1Njc4.GaBcDe.abcdefghijklmnopqrstuvwxyz0123456789AB";

    #[test]
    fn defaults_and_overrides() {
        let c = cfg(&[("DISCORD_TOKEN", TOKEN)]).unwrap();
        assert_eq!(c.settings.command_name, "model");
        assert!(!c.settings.watch_enabled);
        assert_eq!(c.database_url, DEFAULT_DATABASE_URL);
        let c = cfg(&[
            ("DISCORD_TOKEN", TOKEN),
            ("COMMAND_NAME", "claw-model"),
            ("THREAD_TTL_HOURS", "2"),
            ("WATCH_MODE", "on"),
            ("DEV_GUILD_ID", "42"),
            ("DISCORD_API_BASE", "http://127.0.0.1:9/"),
        ])
        .unwrap();
        assert_eq!(c.settings.command_name, "claw-model");
        assert_eq!(c.settings.thread_ttl, Duration::from_secs(7200));
        assert!(c.settings.watch_enabled);
        assert_eq!(c.dev_guild_id, Some(42));
        assert_eq!(c.api_base.as_deref(), Some("http://127.0.0.1:9"));
    }

    #[test]
    fn errors_are_clear_and_the_token_never_prints() {
        assert!(matches!(cfg(&[]), Err(ConfigError::Missing("DISCORD_TOKEN"))));
        let e = cfg(&[("DISCORD_TOKEN", TOKEN), ("COMMAND_NAME", "Model Pin")]).unwrap_err();
        assert!(e.to_string().contains("COMMAND_NAME"));
        let c = cfg(&[("DISCORD_TOKEN", TOKEN)]).unwrap();
        let shown = format!("{c:?}");
        assert!(!shown.contains("MTIzNDU2"), "{shown}");
    }

    /// Security review L7: an error names the variable and what is wrong, never the value.
    #[test]
    fn config_errors_never_echo_the_value() {
        for (name, value) in [
            ("COMMAND_NAME", "Secret Value 123"),
            ("THREAD_TTL_HOURS", "SecretValue123"),
            ("WATCH_MODE", "SecretValue123"),
            ("DISCORD_APPLICATION_ID", "SecretValue123"),
            ("DISCORD_API_BASE", "SecretValue123"),
        ] {
            let e = cfg(&[("DISCORD_TOKEN", TOKEN), (name, value)]).unwrap_err();
            for shown in [e.to_string(), format!("{e:?}")] {
                assert!(shown.contains(name), "{shown}");
                assert!(
                    !shown.contains("SecretValue123") && !shown.contains("Secret Value"),
                    "{shown}"
                );
            }
        }
    }

    /// Review §4.6: an hour count that overflows a duration is a clear error, not a panic.
    #[test]
    fn a_huge_ttl_is_an_error_not_an_overflow() {
        let e = cfg(&[("DISCORD_TOKEN", TOKEN), ("THREAD_TTL_HOURS", "18446744073709551615")])
            .unwrap_err()
            .to_string();
        assert!(e.starts_with("THREAD_TTL_HOURS has an invalid value: is too large"), "{e}");
        let e = cfg(&[("DISCORD_TOKEN", TOKEN), ("THREAD_TTL_HOURS", "0")]).unwrap_err();
        assert_eq!(e.to_string(), "THREAD_TTL_HOURS has an invalid value: must be at least 1");
        let e = cfg(&[("DISCORD_TOKEN", TOKEN), ("THREAD_MAX_AGE_HOURS", "5124095576030432")])
            .unwrap_err();
        assert!(e.to_string().starts_with("THREAD_MAX_AGE_HOURS has an invalid value"), "{e}");
    }

    /// Review §4.9: only a missing `.env` is ignored; a malformed one stops startup, and the
    /// message never shows the line (it may hold the token).
    #[test]
    fn a_malformed_dotenv_fails_without_showing_the_line() {
        assert!(dotenv_outcome(Ok(())).is_ok());
        let missing = dotenvy::Error::Io(std::io::ErrorKind::NotFound.into());
        assert!(dotenv_outcome(Err(missing)).is_ok());
        let bad = dotenvy::Error::LineParse(format!("DISCORD_TOKEN={TOKEN} x"), 40);
        let e = dotenv_outcome(Err(bad)).unwrap_err().to_string();
        assert!(e.starts_with(".env has a line that cannot be parsed"), "{e}");
        assert!(!e.contains("MTIzNDU2"), "{e}");
        let denied = dotenvy::Error::Io(std::io::ErrorKind::PermissionDenied.into());
        assert!(dotenv_outcome(Err(denied)).is_err());
    }

    /// Security review L8/issue 12: a token of an impossible shape is refused before any
    /// connection, with the fix in one line, and without echoing it.
    #[test]
    fn a_bot_token_of_impossible_shape_is_refused() {
        for bad in [
            "abc",
            "t",
            "Bot MTIzNDU2Nzg5MDEyMzQ1Njc4.GaBcDe.abcdefghijklmnopqrstuvwxyz0123456789AB",
            "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a",
            "a.b.c",
            "MTIz NDU2.GaBcDe.abcdefghijklmnopqrstuvwxyz0123",
        ] {
            let e = cfg(&[("DISCORD_TOKEN", bad)]).unwrap_err().to_string();
            assert!(e.starts_with("DISCORD_TOKEN has an invalid value: "), "{e}");
            assert!(!e.contains('\n'), "one line: {e}");
            assert!(bad.len() < 8 || !e.contains(bad), "{e}");
        }
        assert!(cfg(&[("DISCORD_TOKEN", TOKEN)]).is_ok());
    }
}
