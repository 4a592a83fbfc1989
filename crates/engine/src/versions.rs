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
        Version::parse(&s)
            .ok_or_else(|| serde::de::Error::custom(format!("not an OpenClaw version: {s}")))
    }
}

const BARE_PATTERN: &str = r"^v?(\d{4})\.(\d{1,2})\.(\d{1,2})(?:-(?:(alpha|beta)\.?(\d+)|(\d+)))?(?:-(?:slim|browser|r\d{8}))*$";
static BARE: LazyLock<Regex> = LazyLock::new(|| Regex::new(BARE_PATTERN).expect("version regex"));
/// [`BARE`] for ASCII text, where `\d` is `[0-9]` (the reference for [`bare_ascii`], tests
/// only).
#[cfg(test)]
static BARE_ASCII: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&BARE_PATTERN.replace(r"\d", "[0-9]")).expect("version regex"));

/// The groups 1–6 of [`BARE`] on ASCII `s`, read by hand: compiling the regex was 0.4 M
/// instructions of a one-shot run (issue 14). Every part is fixed by the next byte, so the
/// regex never backtracks: digit runs are maximal, `-alpha`/`-beta`/`-N` is tried before the
/// `-slim`/`-browser`/`-rNNNNNNNN` tags (which no `-a`, `-b…e` or digit starts).
fn bare_ascii(s: &str) -> Option<[Option<&str>; 7]> {
    let b = s.as_bytes();
    // End of the run of digits from `i`.
    let digits =
        |i: usize| i + b.get(i..).unwrap_or(&[]).iter().take_while(|c| c.is_ascii_digit()).count();
    let mut g: [Option<&str>; 7] = [None; 7];
    let mut i = usize::from(b.first() == Some(&b'v'));
    for (k, len) in [(1, 4..=4), (2, 1..=2), (3, 1..=2)] {
        if k > 1 {
            if b.get(i) != Some(&b'.') {
                return None;
            }
            i += 1;
        }
        let e = digits(i);
        if !len.contains(&(e - i)) {
            return None;
        }
        g[k] = Some(&s[i..e]);
        i = e;
    }
    if b.get(i) == Some(&b'-') {
        match ["alpha", "beta"].into_iter().find(|w| s[i + 1..].starts_with(w)) {
            Some(w) => {
                let mut j = i + 1 + w.len();
                if b.get(j) == Some(&b'.') {
                    j += 1;
                }
                let e = digits(j);
                if e > j {
                    (g[4], g[5], i) = (Some(w), Some(&s[j..e]), e);
                }
            }
            None => {
                let e = digits(i + 1);
                if e > i + 1 {
                    (g[6], i) = (Some(&s[i + 1..e]), e);
                }
            }
        }
    }
    while i < b.len() {
        let rest = b[i..].strip_prefix(b"-")?;
        i += 1 + if rest.starts_with(b"slim") {
            4
        } else if rest.starts_with(b"browser") {
            7
        } else if rest.first() == Some(&b'r') && digits(i + 2) == i + 10 {
            9
        } else {
            return None;
        };
    }
    Some(g)
}

impl Version {
    /// Parse a bare version string (`2026.5.12`, `v2026.7.1-2`, `2026.5.16-beta.2`,
    /// `2026.5.12-slim`). Not-real registry numbers (6.33–6.35, 7.33–7.35) are rejected.
    pub fn parse(s: &str) -> Option<Version> {
        let s = s.trim();
        let g: [Option<&str>; 7] = if s.is_ascii() {
            bare_ascii(s)?
        } else {
            let c = BARE.captures(s)?;
            std::array::from_fn(|i| c.get(i).map(|m| m.as_str()))
        };
        let num = |i: usize| g[i].and_then(|m| m.parse::<u32>().ok());
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
        let suffix = match g[4] {
            Some("alpha") => Suffix::Alpha(k(5)),
            Some("beta") => Suffix::Beta(k(5)),
            _ if g[6].is_some() => Suffix::Correction(k(6)),
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

/// A version as a person types it into a version field (`--openclaw-version`, the Discord
/// option, the web field, the API): whatever `openclaw --version` or the banner prints
/// (`OpenClaw 2026.6.9`, `🦞 OpenClaw 2026.6.9 (c645ec4)`, `2026.5.12 (a1b2c3d)`), with `v`/`V`,
/// full-width digits, or a word such as `latest` / `最新版`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GivenVersion {
    /// A version that names a release (or a build this table cannot rule out).
    Release(Version),
    /// Not a version (`latest`, `最新版`), several different ones, or a number that was never
    /// released (`2026.6.34`): the reply treats the version as unknown and says so, quoting
    /// this (cleaned, clipped) text.
    Unknown(String),
}

impl GivenVersion {
    /// Read a version field. Never fails: what names no release is [`GivenVersion::Unknown`].
    /// `None` for a blank field.
    pub fn read(s: &str) -> Option<GivenVersion> {
        let s: String = s.trim().chars().map(halfwidth).collect();
        if s.trim().is_empty() {
            return None;
        }
        let mut found: Option<&str> = None;
        for c in GIVEN.captures_iter(&s).take(MAX_GIVEN_TOKENS) {
            let token = c.get(1).map_or("", |m| m.as_str());
            match found {
                None => found = Some(token),
                Some(f) if f.eq_ignore_ascii_case(token) => {}
                Some(_) => return Some(GivenVersion::Unknown(shown(&s))),
            }
        }
        Some(match found.and_then(Version::parse) {
            Some(v) if v.could_be_a_release() => GivenVersion::Release(v),
            _ => GivenVersion::Unknown(shown(&s)),
        })
    }

    /// The version to use, if the field named a release.
    pub fn release(&self) -> Option<Version> {
        match self {
            GivenVersion::Release(v) => Some(*v),
            GivenVersion::Unknown(_) => None,
        }
    }

    /// The text to quote when the field named no release.
    pub fn unknown(&self) -> Option<&str> {
        match self {
            GivenVersion::Release(_) => None,
            GivenVersion::Unknown(s) => Some(s),
        }
    }
}

/// A version token anywhere in a field: `v`/`V` prefix, suffixes, Docker tags; the digits must
/// not be glued to other digits or dots (`12026.5.1`, `2026.5.12.3`).
static GIVEN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:^|[^\w.])v?(\d{4}\.\d{1,2}\.\d{1,2}(?:-(?:alpha|beta)\.?\d+|-\d+)?(?:-(?:slim|browser|r\d{8}))*)(?:$|[^\w.]|\.(?:$|\s))")
        .expect("given version regex")
});
/// A field is short; more tokens than this is not a version.
const MAX_GIVEN_TOKENS: usize = 4;
/// How much of an unreadable field is quoted back.
const SHOWN_CHARS: usize = 40;

/// Full-width ASCII (CJK input methods) to ASCII: `２０２６．６．９` → `2026.6.9`.
fn halfwidth(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{3000}' => ' ',
        '。' => '.',
        _ => c,
    }
}

/// The field as quoted in the reply: letters, digits and a few separators only (no markup, no
/// controls, no emoji), clipped. A field is not a paste, but it is the asker's text all the
/// same, so it is quoted no longer than needed.
fn shown(s: &str) -> String {
    let kept: String = s
        .chars()
        .filter(|c| c.is_alphanumeric() || " .-_()+:/".contains(*c))
        .take(SHOWN_CHARS)
        .collect();
    kept.split_whitespace().collect::<Vec<_>>().join(" ")
}

impl Version {
    /// Whether this could be a real OpenClaw build (versions.md §1): not newer than the newest
    /// release this build knows; inside the release table (2026.5.2 on), a stable version must
    /// be a listed release (or a `-N` correction of one), so registry artefacts and
    /// changelog-only numbers are not releases; pre-releases are not listed and are believed.
    /// Before the table, any day of a month is believed.
    pub fn could_be_a_release(self) -> bool {
        let listed = |v: Version| KNOWN_RELEASES.iter().any(|k| Version::parse(k) == Some(v));
        let newest = KNOWN_RELEASES.last().and_then(|k| Version::parse(k));
        let first = KNOWN_RELEASES.first().and_then(|k| Version::parse(k));
        let base = Version { suffix: Suffix::Release, ..self };
        if newest.is_some_and(|n| base > n) {
            return false;
        }
        if first.is_some_and(|f| base < f) {
            return self.n <= 31;
        }
        match self.suffix {
            Suffix::Alpha(_) | Suffix::Beta(_) => true,
            Suffix::Release => listed(self),
            Suffix::Correction(_) => listed(self) || listed(base),
        }
    }
}

/// Versions a user could be told to move to, as known stable releases (versions.md §1).
pub const KNOWN_RELEASES: &[&str] = &[
    "2026.5.2",
    "2026.5.3",
    "2026.5.4",
    "2026.5.5",
    "2026.5.6",
    "2026.5.7",
    "2026.5.12",
    "2026.5.18",
    "2026.5.19",
    "2026.5.20",
    "2026.5.22",
    "2026.5.26",
    "2026.5.27",
    "2026.5.28",
    "2026.6.1",
    "2026.6.5",
    "2026.6.6",
    "2026.6.8",
    "2026.6.9",
    "2026.6.10",
    "2026.6.11",
    "2026.7.1",
    "2026.7.1-1",
    "2026.7.1-2",
    "2026.8.1",
    "2026.8.2",
    "2026.9.1",
    "2026.9.2",
    "2026.9.3",
    "2026.9.4",
    "2026.9.5",
    "2026.9.6",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn v(s: &str) -> Version {
        Version::parse(s).unwrap()
    }

    /// `bare_ascii` reads the groups `BARE_ASCII` captures, on strings built from every part
    /// of the pattern and near misses.
    #[test]
    fn bare_ascii_as_the_regex_says() {
        const PARTS: &[&str] = &[
            "v",
            "V",
            "2026",
            "202",
            "20266",
            "1999",
            ".",
            "..",
            "5",
            "12",
            "123",
            "0",
            "-",
            "alpha",
            "beta",
            "Beta",
            "bet",
            "-alpha.",
            "-beta",
            "-slim",
            "-browser",
            "-r12345678",
            "-r1234567",
            "-r123456789",
            "r",
            "-1",
            "-12",
            "x",
            " ",
            "slim",
            "browsers",
        ];
        let mut seed = 0xA076_1D64_78BD_642F_u64;
        let mut texts: Vec<String> = Vec::new();
        for _ in 0..200_000 {
            let mut t = String::new();
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let mut r = seed;
            // Mostly well-formed heads, so the suffixes are reached.
            if r % 4 != 0 {
                t.push_str(
                    ["2026.5.12", "v2026.7.1", "2026.12.31", "2026.1.2"][(r >> 2) as usize % 4],
                );
            }
            for _ in 0..(r >> 8) % 7 {
                t.push_str(PARTS[(r % PARTS.len() as u64) as usize]);
                r = r.rotate_right(9).wrapping_mul(0x9E37_79B9_7F4A_7C15);
            }
            texts.push(t);
        }
        for t in &texts {
            let want: Option<[Option<&str>; 7]> = BARE_ASCII.captures(t).map(|c| {
                let mut g: [Option<&str>; 7] =
                    std::array::from_fn(|i| c.get(i).map(|m| m.as_str()));
                g[0] = None;
                g
            });
            assert_eq!(bare_ascii(t), want, "{t:?}");
        }
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

    fn given(s: &str) -> Option<GivenVersion> {
        GivenVersion::read(s)
    }

    #[test]
    fn a_version_field_reads_what_openclaw_prints() {
        for (field, want) in [
            ("2026.5.12", "2026.5.12"),
            ("v2026.3.11", "2026.3.11"),
            ("V2026.5.12", "2026.5.12"),
            (" 2026.05.12 ", "2026.5.12"),
            ("2026.2.3-1 (d84eb46)", "2026.2.3-1"),
            ("OpenClaw 2026.6.9", "2026.6.9"),
            ("openclaw 2026.6.9", "2026.6.9"),
            ("🦞 OpenClaw 2026.6.9 (c645ec4)", "2026.6.9"),
            ("🦞 OpenClaw 2026.6.9 (c645ec4) — I read your logs so you don't have to.", "2026.6.9"),
            ("2026.7.1-beta.2 (a580a7f)", "2026.7.1-beta.2"),
            ("2026.5.12 (a1b2c3d)", "2026.5.12"),
            ("OpenClaw version: 2026.7.1-2", "2026.7.1-2"),
            ("2026.5.3-1", "2026.5.3-1"),
            ("２０２６．６．９", "2026.6.9"),
            ("2026.5.12-slim", "2026.5.12"),
            ("2026.6.9.", "2026.6.9"),
        ] {
            assert_eq!(given(field), Some(GivenVersion::Release(v(want))), "{field}");
        }
    }

    #[test]
    fn a_field_that_names_no_release_is_unknown_and_quoted() {
        for (field, shown) in [
            ("latest", "latest"),
            ("最新版", "最新版"),
            ("последняя", "последняя"),
            ("v2026.6.34", "v2026.6.34"),
            ("2026.7.35", "2026.7.35"),
            ("2026.13.1", "2026.13.1"),
            ("2099.1.1", "2099.1.1"),
            ("2026.5.14", "2026.5.14"),
            ("2026.6.3", "2026.6.3"),
            ("2026.5", "2026.5"),
            ("1.0.0", "1.0.0"),
            ("2026.5.12 or 2026.6.9", "2026.5.12 or 2026.6.9"),
            ("<b>latest</b>\u{202e}", "blatest/b"),
        ] {
            assert_eq!(given(field), Some(GivenVersion::Unknown(shown.to_string())), "{field}");
        }
        assert_eq!(given("   "), None);
        assert_eq!(
            given(&"9".repeat(500)).and_then(|g| g.unknown().map(|s| s.chars().count())),
            Some(SHOWN_CHARS)
        );
    }

    #[test]
    fn releases_follow_the_table() {
        for real in [
            "2026.5.12",
            "2026.6.11",
            "2026.7.1-2",
            "2026.9.6",
            "2026.5.16-beta.2",
            "2026.4.26",
            "2026.2.3-1",
            "2026.5.3-1",
        ] {
            assert!(v(real).could_be_a_release(), "{real}");
        }
        for never in
            ["2026.5.9", "2026.5.14", "2026.6.12", "2026.9.7", "2026.10.1", "2099.1.1", "2026.4.32"]
        {
            assert!(!v(never).could_be_a_release(), "{never}");
        }
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
