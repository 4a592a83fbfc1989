//! The OpenClaw release table: how to read and order version strings, and what each range
//! calls things (provider ids, profile prefixes, login flags, pins). Every piece of
//! version-dependent advice in the engine asks this module; nothing else compares versions.
//! Source: `shared/reference/versions.md` (§1 ordering, §3 identity, §4 flags, §6 pins).

use regex::Regex;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::cmp::Ordering;
use std::fmt;
use std::sync::LazyLock;

/// An OpenClaw version, `YYYY.M.N` with an optional pre-release (`-beta.N`, `-alpha.N`) or
/// correction (`-N`). Ordering key `(year, month, n, rank, k)`: alpha < beta < release < correction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Version {
    pub year: u16,
    pub month: u8,
    pub n: u8,
    pub suffix: Suffix,
}

/// The part after the version number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Suffix {
    Alpha(u16),
    Beta(u16),
    Release,
    Correction(u16),
}

impl Suffix {
    fn key(self) -> (u8, u16) {
        match self {
            Suffix::Alpha(k) => (0, k),
            Suffix::Beta(k) => (1, k),
            Suffix::Release => (2, 0),
            Suffix::Correction(k) => (3, k),
        }
    }
}

impl Ord for Version {
    fn cmp(&self, other: &Self) -> Ordering {
        (self.year, self.month, self.n, self.suffix.key()).cmp(&(
            other.year,
            other.month,
            other.n,
            other.suffix.key(),
        ))
    }
}

impl PartialOrd for Version {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Display for Version {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}.{}", self.year, self.month, self.n)?;
        match self.suffix {
            Suffix::Alpha(k) => write!(f, "-alpha.{k}"),
            Suffix::Beta(k) => write!(f, "-beta.{k}"),
            Suffix::Release => Ok(()),
            Suffix::Correction(k) => write!(f, "-{k}"),
        }
    }
}

impl Serialize for Version {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Version {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Version::parse(&s).ok_or_else(|| serde::de::Error::custom(format!("not an OpenClaw version: {s}")))
    }
}

static BARE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^v?(\d{4})\.(\d{1,2})\.(\d{1,2})(?:-(?:(alpha|beta)\.?(\d+)|(\d+)))?(?:-(?:slim|browser|r\d{8}))*$",
    )
    .expect("version regex")
});

impl Version {
    /// Parse a bare version string (`2026.5.12`, `v2026.7.1-2`, `2026.5.16-beta.2`,
    /// `2026.5.12-slim`). Not-real registry numbers (6.33–6.35, 7.33–7.35) are rejected.
    pub fn parse(s: &str) -> Option<Version> {
        let c = BARE.captures(s.trim())?;
        let num = |i: usize| c.get(i).and_then(|m| m.as_str().parse::<u32>().ok());
        let year = u16::try_from(num(1)?).ok()?;
        let month = u8::try_from(num(2)?).ok()?;
        let n = u8::try_from(num(3)?).ok()?;
        if !(2020..=2100).contains(&year) || !(1..=12).contains(&month) || n == 0 {
            return None;
        }
        if year == 2026 && (month == 6 || month == 7) && (33..=35).contains(&n) {
            return None;
        }
        let k = |i: usize| num(i).and_then(|v| u16::try_from(v).ok()).unwrap_or(0);
        let suffix = match c.get(4).map(|m| m.as_str()) {
            Some("alpha") => Suffix::Alpha(k(5)),
            Some("beta") => Suffix::Beta(k(5)),
            _ if c.get(6).is_some() => Suffix::Correction(k(6)),
            _ => Suffix::Release,
        };
        Some(Version { year, month, n, suffix })
    }

    /// A release of 2026 (`v(5, 12)` = 2026.5.12), for the thresholds below.
    pub const fn v(month: u8, n: u8) -> Version {
        Version { year: 2026, month, n, suffix: Suffix::Release }
    }

    /// The first pre-release of a version: anything `>= v(..).pre()` includes its betas.
    pub const fn pre(self) -> Version {
        Version { suffix: Suffix::Alpha(0), ..self }
    }

    /// The OpenAI/Codex era this version belongs to.
    pub fn codex_era(self) -> CodexEra {
        if self >= Version::v(8, 1).pre() {
            CodexEra::Unified8
        } else if self >= Version::v(6, 1).pre() {
            CodexEra::Renamed
        } else if self >= Version::v(5, 8) {
            // 5.8–5.11 never shipped; 5.12 moved default refs to openai/* but kept openai-codex:* ids.
            CodexEra::OpenAiRefsCodexIds
        } else {
            CodexEra::Codex
        }
    }

    /// `openclaw models auth login --profile-id` exists (5.26).
    pub fn has_profile_id_flag(self) -> bool {
        self >= Version::v(5, 26)
    }
    /// `--device-code` exists (5.18).
    pub fn has_device_code_flag(self) -> bool {
        self >= Version::v(5, 18)
    }
    /// `--force` exists on login (6.1).
    pub fn has_force_flag(self) -> bool {
        self >= Version::v(6, 1).pre()
    }
    /// `--agent` on `models auth login` itself (8.1); before, `openclaw models --agent <id> auth login`.
    pub fn has_login_agent_flag(self) -> bool {
        self >= Version::v(8, 1).pre()
    }
    /// Pins take a scope flag and `-s` keeps them to this conversation (8.1).
    pub fn pin_needs_session_flag(self) -> bool {
        self >= Version::v(8, 1).pre()
    }
    /// `models status --probe` refuses while a gateway runs (8.1).
    pub fn probe_needs_gateway_stopped(self) -> bool {
        self >= Version::v(8, 1).pre()
    }
    /// `openclaw models auth clear-cooldown` exists (newest builds; assumed 9.1, unverified).
    pub fn has_clear_cooldown(self) -> bool {
        self >= Version::v(9, 1).pre()
    }
    /// Explicit user picks survive `/new` and `/reset` (4.20).
    pub fn picks_survive_reset(self) -> bool {
        self >= Version::v(4, 20)
    }
}

/// What OpenAI's ChatGPT/Codex OAuth is called in a given release (versions.md §3).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum CodexEra {
    /// ≤5.7: refs `openai-codex/<m>`, ids `openai-codex:<name>`, login `--provider openai-codex`.
    Codex,
    /// 5.12–5.28: default refs `openai/<m>` on the Codex runtime, ids still `openai-codex:<name>`;
    /// explicit pins `openai-codex/<m>@openai-codex:<name>`.
    OpenAiRefsCodexIds,
    /// 6.1–7.x: `openai/<m>`, ids `openai:<name>` after `openclaw doctor --fix`.
    Renamed,
    /// ≥8.1: as `Renamed`, plus pins take `-s`; `openai-codex` is a hard error.
    Unified8,
}

impl CodexEra {
    /// The provider id to log in to ChatGPT/Codex OAuth with.
    pub fn codex_login_provider(self) -> &'static str {
        match self {
            CodexEra::Codex | CodexEra::OpenAiRefsCodexIds => "openai-codex",
            CodexEra::Renamed | CodexEra::Unified8 => "openai",
        }
    }
    /// The provider prefix of ChatGPT/Codex OAuth profile ids.
    pub fn codex_profile_provider(self) -> &'static str {
        self.codex_login_provider()
    }
}

/// Provider ids that are only ever ChatGPT/Codex OAuth (the legacy id) or its current name.
pub fn is_codex_family(provider: &str) -> bool {
    matches!(provider, "openai-codex" | "codex")
}

/// Versions a user could be told to move to, as known stable releases (versions.md §1).
pub const KNOWN_RELEASES: &[&str] = &[
    "2026.5.2", "2026.5.3", "2026.5.4", "2026.5.5", "2026.5.6", "2026.5.7", "2026.5.12",
    "2026.5.18", "2026.5.19", "2026.5.20", "2026.5.22", "2026.5.26", "2026.5.27", "2026.5.28",
    "2026.6.1", "2026.6.5", "2026.6.6", "2026.6.8", "2026.6.9", "2026.6.10", "2026.6.11",
    "2026.7.1", "2026.7.1-1", "2026.7.1-2", "2026.8.1", "2026.8.2", "2026.9.1", "2026.9.2",
    "2026.9.3", "2026.9.4", "2026.9.5", "2026.9.6",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn v(s: &str) -> Version {
        Version::parse(s).unwrap()
    }

    #[test]
    fn ordering_follows_the_release_rules() {
        let order = [
            "2026.5.16-beta.2",
            "2026.5.18",
            "2026.6.9",
            "2026.6.10",
            "2026.7.1",
            "2026.7.1-2",
            "2026.7.2-beta.1",
            "2026.8.1",
        ];
        for pair in order.windows(2) {
            assert!(v(pair[0]) < v(pair[1]), "{} < {}", pair[0], pair[1]);
        }
    }

    #[test]
    fn parses_prefixes_and_docker_suffixes() {
        assert_eq!(v("v2026.7.1-2").to_string(), "2026.7.1-2");
        assert_eq!(v("2026.5.12-slim").to_string(), "2026.5.12");
        assert_eq!(v("2026.5.31-alpha.1").suffix, Suffix::Alpha(1));
        assert!(Version::parse("2026.6.34").is_none());
        assert!(Version::parse("2026.13.1").is_none());
    }

    #[test]
    fn eras() {
        assert_eq!(v("2026.4.26").codex_era(), CodexEra::Codex);
        assert_eq!(v("2026.5.12").codex_era(), CodexEra::OpenAiRefsCodexIds);
        assert_eq!(v("2026.5.28").codex_era(), CodexEra::OpenAiRefsCodexIds);
        assert_eq!(v("2026.6.1").codex_era(), CodexEra::Renamed);
        assert_eq!(v("2026.7.2-beta.2").codex_era(), CodexEra::Renamed);
        assert_eq!(v("2026.8.1-beta.1").codex_era(), CodexEra::Unified8);
    }
}
