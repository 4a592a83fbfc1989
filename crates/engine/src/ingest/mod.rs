//! Ingest: turn a raw paste (as it arrives from Discord, a file or stdin) into a normalised
//! detection copy that the parsers can read (formats.md §12). Secrets are redacted here, before
//! anything else sees the text (formats.md §13).
//!
//! Pipeline, one module per job:
//! 1. [`markup`]: CRLF, JSON `\u003c` escapes, HTML entities, ANSI (also with the ESC lost),
//!    zero-width characters, `> ` / `>>> ` quotes, code fences, `**bold**` / `__x__` /
//!    `||spoiler||` markers;
//! 2. [`mojibake`]: UTF-8 read as CP1252 / CP1251 / CP437 / TIS-620 repaired, per line;
//!    then NBSP → space and C1 controls dropped;
//! 3. [`layout`]: lost newlines (one-line tables, glued provider lines and log records) and
//!    smart dashes before flags;
//! 4. [`secrets`]: every credential replaced by `[REDACTED]`. Secrets are also looked for in
//!    the raw paste, so a value that markup split or hid is still scrubbed from the output.

mod codepages;
mod decode;
mod layout;
mod markup;
mod mojibake;
pub mod ocr_repair;
mod secrets;

pub use decode::{decode, Encoding, NotText};
use serde::Serialize;
use std::borrow::Cow;

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
    /// AWS access key id (`AKIA…`) or secret access key.
    AwsKey,
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
    /// Tokens an image was read into with low confidence ([`ocr_repair`]): no command may
    /// carry them.
    pub uncertain: Vec<String>,
    /// The message was read from an image.
    pub from_image: bool,
}

/// The placeholder that replaces every secret.
pub const REDACTED: &str = secrets::REDACTED;

/// Normalise one message.
pub fn ingest(raw: &str) -> Ingested {
    // OCR markers first: the parsers read the best guess, the uncertain tokens are kept.
    let (raw, uncertain, from_image) = ocr_repair::extract(raw);
    let raw: &str = &raw;
    // Values visible in the raw paste (only line endings fixed): whatever the normalisation
    // does around them, they must not survive into the output.
    let raw = markup::newlines(raw);
    // Each pass borrows the text it was given when it changes nothing (most pastes): the text
    // is copied once, at the end, instead of once a pass.
    let text = markup::normalize(&raw);
    let (text, mojibake) = then(text, mojibake::repair);
    let text = then(text, |t| (markup::finish(t), ())).0;
    let text = then(text, |t| (layout::relayout(t), ())).0;
    let (text, secrets) = secrets::redact_normalized(&raw, text);
    Ingested { text, secrets, mojibake, uncertain, from_image }
}

/// Run a pass on a text that earlier passes may have borrowed or made: what the pass borrows
/// is `text` itself, what it makes replaces it.
fn then<'a, T>(
    text: Cow<'a, str>,
    pass: impl for<'b> Fn(&'b str) -> (Cow<'b, str>, T),
) -> (Cow<'a, str>, T) {
    match text {
        Cow::Borrowed(t) => pass(t),
        Cow::Owned(t) => {
            let (made, extra) = match pass(&t) {
                (Cow::Owned(n), extra) => (Some(n), extra),
                (Cow::Borrowed(_), extra) => (None, extra),
            };
            (Cow::Owned(made.unwrap_or(t)), extra)
        }
    }
}

/// Redact secrets in any text (used for logs and anything else that might echo user input).
/// The text is otherwise left exactly as it is.
pub fn redact(text: &str) -> String {
    secrets::redact_all(text, &[]).0
}

/// [`redact`], also reporting what was found (lines are 1-based lines of `text`).
pub fn redact_with_findings(text: &str) -> (String, Vec<SecretFinding>) {
    secrets::redact_all(text, &[])
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`ingest`] as it was before the passes borrowed: each pass's text copied.
    fn ingest_reference(raw: &str) -> Ingested {
        let (raw, uncertain, from_image) = ocr_repair::extract(raw);
        let raw = markup::newlines(&raw).into_owned();
        let text = markup::normalize(&raw).into_owned();
        let (text, mojibake) = mojibake::repair(&text);
        let text = text.into_owned();
        let text = markup::finish(&text).into_owned();
        let text = layout::relayout(&text).into_owned();
        let (text, secrets) = secrets::redact_normalized(&raw, Cow::Owned(text));
        Ingested { text, secrets, mojibake, uncertain, from_image }
    }

    /// Whatever pass changes the text or leaves it (borrowed) as it was, ingest gives what the
    /// copying pipeline gave: on texts generated from the pieces each pass acts on, and on the
    /// fixtures.
    #[test]
    fn borrowed_passes_ingest_as_copied_ones() {
        let pieces = [
            "plain line ",
            "\n",
            "\r\n",
            "**bold** ",
            "> quote ",
            "```",
            "\u{1b}[31m",
            "[0m",
            "&amp;",
            "\u{200B}",
            "\u{00A0}",
            "â”€â”€",
            "âš ï¸ ",
            "┌──┬──┐",
            "│ a │ b │",
            "12:34:56 [gateway] x ",
            " — model",
            "OPENAI_API_KEY=sk-proj-Zq8Lm2Np4Rt6Vx0Bc3De5Fg7Hj9Kl1 ",
            "token: Zq8Lm2Np4Rt6Vx0Bc3De5Fg7 ",
            "é",
        ];
        let mut rng = crate::testgen::XorShift(0x9E37_79B9_7F4A_7C15u64);
        let mut texts = crate::testgen::joined_pieces(&mut rng, &pieces, 5_000, 8);
        texts.extend(crate::testgen::fixture_texts());
        let mut same = 0;
        for t in &texts {
            let want = ingest_reference(t);
            let got = ingest(t);
            assert_eq!(got.text, want.text, "{t:?}");
            assert_eq!(got.secrets, want.secrets, "{t:?}");
            assert_eq!(got.mojibake, want.mojibake, "{t:?}");
            assert_eq!((got.uncertain, got.from_image), (want.uncertain, want.from_image));
            same += usize::from(got.text == *t);
        }
        assert!(same > 100 && same < texts.len() / 2, "{same}");
    }
}
