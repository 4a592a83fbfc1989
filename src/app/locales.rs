//! Discord's locale codes for the languages we ship, and each language's own name (for the
//! `language` choices and the "Show in …" menu). Arabic and Persian are reply languages but
//! not Discord client locales, so they have no code here.

use crate::lang::Locale;

/// Every Discord client locale we have a Fluent file for, with the locale it maps to.
pub const DISCORD_LOCALES: [(&str, Locale); 21] = [
    ("en-US", Locale::En),
    ("en-GB", Locale::En),
    ("de", Locale::De),
    ("es-ES", Locale::Es),
    ("es-419", Locale::Es),
    ("fr", Locale::Fr),
    ("hi", Locale::Hi),
    ("id", Locale::Id),
    ("it", Locale::It),
    ("ja", Locale::JaJp),
    ("ko", Locale::Ko),
    ("nl", Locale::Nl),
    ("pl", Locale::Pl),
    ("pt-BR", Locale::PtBr),
    ("ru", Locale::Ru),
    ("th", Locale::Th),
    ("tr", Locale::Tr),
    ("uk", Locale::Uk),
    ("vi", Locale::Vi),
    ("zh-CN", Locale::ZhCn),
    ("zh-TW", Locale::ZhTw),
];

/// The language's name in itself.
pub fn endonym(locale: Locale) -> &'static str {
    match locale {
        Locale::En => "English",
        Locale::Ar => "العربية",
        Locale::De => "Deutsch",
        Locale::Es => "Español",
        Locale::Fa => "فارسی",
        Locale::Fr => "Français",
        Locale::Hi => "हिन्दी",
        Locale::Id => "Bahasa Indonesia",
        Locale::It => "Italiano",
        Locale::JaJp => "日本語",
        Locale::Ko => "한국어",
        Locale::Nl => "Nederlands",
        Locale::Pl => "Polski",
        Locale::PtBr => "Português (Brasil)",
        Locale::Ru => "Русский",
        Locale::Th => "ไทย",
        Locale::Tr => "Türkçe",
        Locale::Uk => "Українська",
        Locale::Vi => "Tiếng Việt",
        Locale::ZhCn => "简体中文",
        Locale::ZhTw => "繁體中文",
    }
}

/// A locale id as used in our custom ids and choices (`zh-TW`), or a Discord code.
pub fn parse(id: &str) -> Option<Locale> {
    Locale::ALL.iter().copied().find(|l| l.id() == id).or_else(|| Locale::from_discord(id))
}
