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

/// The language's name in itself (the engine's: the web page shows it too).
pub use crate::lang::endonym;

/// A locale id as used in our custom ids and choices (`zh-TW`), or a Discord code.
pub fn parse(id: &str) -> Option<Locale> {
    Locale::ALL.iter().copied().find(|l| l.id() == id).or_else(|| Locale::from_discord(id))
}
