//! Which language a reply is written in: the supported locales, the fallback chain for
//! locale codes we do not ship (zh-HK → zh-TW, pt-PT → pt-BR, …), Discord's locale codes,
//! and the order of precedence between an explicit choice, the prose and the front door.

pub mod detect;
mod endonym;
pub mod prose;

pub use endonym::endonym;

use serde::Serialize;

/// A locale clawmedic ships Fluent files for. `id()` is the exact directory name under
/// `locales/` and the id printed in JSON output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, PartialOrd, Ord)]
pub enum Locale {
    En,
    Ar,
    De,
    Es,
    Fa,
    Fr,
    Hi,
    Id,
    It,
    JaJp,
    Ko,
    Nl,
    Pl,
    PtBr,
    Ru,
    Th,
    Tr,
    Uk,
    Vi,
    ZhCn,
    ZhTw,
}

impl Locale {
    /// Every shipped locale, English first.
    pub const ALL: [Locale; 21] = [
        Locale::En,
        Locale::Ar,
        Locale::De,
        Locale::Es,
        Locale::Fa,
        Locale::Fr,
        Locale::Hi,
        Locale::Id,
        Locale::It,
        Locale::JaJp,
        Locale::Ko,
        Locale::Nl,
        Locale::Pl,
        Locale::PtBr,
        Locale::Ru,
        Locale::Th,
        Locale::Tr,
        Locale::Uk,
        Locale::Vi,
        Locale::ZhCn,
        Locale::ZhTw,
    ];

    /// The id used for `locales/<id>/` and in JSON output.
    pub fn id(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Ar => "ar",
            Locale::De => "de",
            Locale::Es => "es",
            Locale::Fa => "fa",
            Locale::Fr => "fr",
            Locale::Hi => "hi",
            Locale::Id => "id",
            Locale::It => "it",
            Locale::JaJp => "ja-JP",
            Locale::Ko => "ko",
            Locale::Nl => "nl",
            Locale::Pl => "pl",
            Locale::PtBr => "pt-BR",
            Locale::Ru => "ru",
            Locale::Th => "th",
            Locale::Tr => "tr",
            Locale::Uk => "uk",
            Locale::Vi => "vi",
            Locale::ZhCn => "zh-CN",
            Locale::ZhTw => "zh-TW",
        }
    }

    /// Right-to-left scripts: commands inside them are still shown left-to-right in code spans.
    pub fn is_rtl(self) -> bool {
        matches!(self, Locale::Ar | Locale::Fa)
    }

    /// Resolve any BCP-47-ish code (`zh_HK`, `pt-PT`, `es-419`, `en-GB`, `JA`) to a shipped
    /// locale through the fallback chain; `None` when nothing fits.
    pub fn negotiate(code: &str) -> Option<Locale> {
        let norm = code.trim().replace('_', "-").to_ascii_lowercase();
        if norm.is_empty() {
            return None;
        }
        let mut parts = norm.split('-');
        let lang = parts.next().unwrap_or("");
        let rest: Vec<&str> = parts.collect();
        let has = |s: &str| rest.contains(&s);
        Some(match lang {
            "en" => Locale::En,
            "ar" => Locale::Ar,
            "de" => Locale::De,
            "es" => Locale::Es,
            "fa" | "per" | "prs" => Locale::Fa,
            "fr" => Locale::Fr,
            "hi" => Locale::Hi,
            "id" | "in" => Locale::Id,
            "it" => Locale::It,
            "ja" => Locale::JaJp,
            "ko" => Locale::Ko,
            "nl" => Locale::Nl,
            "pl" => Locale::Pl,
            "pt" => Locale::PtBr,
            "ru" => Locale::Ru,
            "th" => Locale::Th,
            "tr" => Locale::Tr,
            "uk" => Locale::Uk,
            "vi" => Locale::Vi,
            "zh" => {
                // Traditional script or a Traditional-using region → zh-TW; the rest → zh-CN.
                if has("hant") || has("tw") || has("hk") || has("mo") {
                    Locale::ZhTw
                } else {
                    Locale::ZhCn
                }
            }
            _ => return None,
        })
    }

    /// Map a Discord locale code (`zh-TW`, `pt-BR`, `es-ES`, `es-419`, `en-US`, `uk`, …).
    pub fn from_discord(code: &str) -> Option<Locale> {
        Locale::negotiate(code)
    }
}

impl std::fmt::Display for Locale {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.id())
    }
}

/// Where the reply language may come from, in order of precedence.
#[derive(Debug, Default, Clone)]
pub struct LocaleInputs<'a> {
    /// `--lang` or a command option: always wins when it names a locale we can negotiate.
    pub explicit: Option<&'a str>,
    /// Detected from the asker's prose.
    pub prose: Option<Locale>,
    /// The Discord user's locale (front-door input).
    pub discord_user: Option<&'a str>,
    /// The language the thread was answered in before.
    pub thread: Option<Locale>,
}

/// Pick the reply locale: explicit, then prose, then Discord user locale, then thread, then English.
pub fn choose_locale(inputs: &LocaleInputs<'_>) -> Locale {
    inputs
        .explicit
        .and_then(Locale::negotiate)
        .or(inputs.prose)
        .or_else(|| inputs.discord_user.and_then(Locale::from_discord))
        .or(inputs.thread)
        .unwrap_or(Locale::En)
}
