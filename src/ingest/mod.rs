//! Ingest: turn a raw paste (as it arrives from Discord, a file or stdin) into a normalised
//! detection copy that the parsers can read. Secrets are redacted here, before anything else
//! sees the text. (stub: to be written)

use serde::Serialize;

/// What kind of secret was found in a paste. The value itself is never kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SecretKind {
    OpenAiKey,
    AnthropicKey,
    OpenRouterKey,
    GoogleKey,
    OtherProviderKey,
    GithubToken,
    Jwt,
    RefreshToken,
    DiscordToken,
    ChatToken,
    GatewayToken,
    BearerHeader,
    GenericSecret,
}

/// One secret found in a paste: its kind and the (1-based) line of the normalised text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SecretFinding {
    pub kind: SecretKind,
    pub line: usize,
}

/// Which mojibake repair was applied to the paste, if any.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Mojibake {
    Cp1252,
    Cp1251,
    Cp437,
    Tis620,
}

/// A normalised paste.
#[derive(Debug, Clone, Default)]
pub struct Ingested {
    /// The detection copy: normalised and with every secret replaced by `[REDACTED]`.
    pub text: String,
    pub secrets: Vec<SecretFinding>,
    pub mojibake: Option<Mojibake>,
}

/// Normalise one message.
pub fn ingest(raw: &str) -> Ingested {
    Ingested { text: raw.replace("\r\n", "\n"), ..Default::default() }
}

/// Redact secrets in any text (used for logs and anything else that might echo user input).
pub fn redact(text: &str) -> String {
    text.to_string()
}
