//! Each reply language's name in itself, for language menus (the Discord `language` choices and
//! "Show in …" menu, the web page's language select).

use super::Locale;

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
