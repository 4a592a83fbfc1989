//! Detect the language of the asker's prose (not of the pasted output).
//!
//! A support message is usually a sentence or two in the asker's language followed (or
//! preceded) by a paste of OpenClaw output, which is always English. So:
//!
//! 1. [`prose_of`] strips the paste: program-output lines (tables, logs, banners, JSON, status
//!    blocks, shell lines, known OpenClaw messages, their mojibake forms) and technical tokens
//!    (code spans, commands, URLs, ids, model refs, paths, e-mails, numbers, quoted English).
//! 2. Script rules decide whatever the writing system decides: kana → ja-JP, Hangul → ko,
//!    Thai → th, Devanagari → hi, Han → zh-CN / zh-TW by Simplified-only vs Traditional-only
//!    characters, Cyrillic → ru / uk by letters and words, Arabic script → ar / fa.
//! 3. Latin prose goes to whatlang (allow-listed to our eleven Latin locales) combined with
//!    stop-word and letter evidence, which is what makes very short prose work. A non-English
//!    locale needs real evidence; a couple of ambiguous words give English or nothing.
//!
//! See `docs/language-detection.md` for the measurements behind these choices.

mod han;
mod latin;
mod script;
mod strip;

pub use strip::prose_of;

use super::Locale;
use script::{Script, SCRIPTS};

/// What the detection rested on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Basis {
    /// The writing system (and, for Han, Cyrillic and Arabic script, our letter/word rules).
    Script,
    /// whatlang plus stop-word and letter evidence among the Latin-script locales.
    Statistical,
}

/// A detected prose locale with a rough confidence in `0.0..=1.0` (how clearly the evidence
/// pointed one way; below about 0.5 the caller may prefer the Discord locale).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ProseDetection {
    pub locale: Locale,
    pub confidence: f32,
    pub basis: Basis,
}

/// Detect the locale of the prose in a message; `None` when there is too little prose.
pub fn detect_prose_locale(message: &str) -> Option<Locale> {
    detect_prose(message).map(|d| d.locale)
}

/// Like [`detect_prose_locale`], with a confidence and the basis of the decision.
pub fn detect_prose(message: &str) -> Option<ProseDetection> {
    detect_in_prose(&prose_of(message))
}

/// The prose locale of a thread of messages (the prose of all of them together).
pub fn detect_thread_locale<S: AsRef<str>>(messages: &[S]) -> Option<Locale> {
    let mut prose = String::new();
    for m in messages {
        if prose.len() >= strip::PROSE_CAP {
            break;
        }
        let p = prose_of(m.as_ref());
        if !p.is_empty() {
            if !prose.is_empty() {
                prose.push('\n');
            }
            prose.push_str(&p);
        }
    }
    detect_in_prose(&prose).map(|d| d.locale)
}

/// Detect on text that is already prose (the output of [`prose_of`]); no stripping.
pub fn detect_in_prose(prose: &str) -> Option<ProseDetection> {
    let text = &prose[..strip::floor_boundary(prose, strip::PROSE_CAP)];

    // Letters per script. CJK characters and Hangul syllables carry about a word each, so
    // they weigh more than an alphabet letter. Latin letters count only in words that are not
    // jargon ("API key", "bot", "login" are written in every language).
    let mut counts = [0usize; 8];
    for c in text.chars() {
        if let Some(s) = script::script_of(c) {
            if s != Script::Latin {
                counts[SCRIPTS.iter().position(|&x| x == s).unwrap_or(0)] += 1;
            }
        }
    }
    counts[0] = latin::evidence_letters(text);
    let weight = |s: Script| -> f32 {
        match s {
            Script::Han | Script::Kana | Script::Hangul => 2.5,
            _ => 1.0,
        }
    };
    let weighted = |i: usize| counts[i] as f32 * weight(SCRIPTS[i]);

    let kana = counts[6];
    let han = counts[7];
    // Japanese is Han plus kana: count them together for the choice of script.
    let mut best: Option<(Script, f32)> = None;
    for (i, &s) in SCRIPTS.iter().enumerate().skip(1) {
        let w = match s {
            Script::Kana | Script::Han if kana > 0 => (kana + han) as f32 * weight(s),
            _ => weighted(i),
        };
        if w > 0.0 && best.is_none_or(|(_, b)| w > b) {
            best = Some((s, w));
        }
    }
    let latin_weight = weighted(0);

    // A non-Latin script wins when it is not a stray word inside Latin prose.
    if let Some((s, w)) = best {
        if w >= 2.0 && w >= 0.3 * latin_weight {
            let (locale, confidence) = match s {
                Script::Kana | Script::Han if kana >= 2 || (kana == 1 && han <= 4) => {
                    (Locale::JaJp, 0.95)
                }
                Script::Kana => (Locale::JaJp, 0.9),
                Script::Han => script::chinese(text),
                Script::Hangul => (Locale::Ko, 0.97),
                Script::Thai => (Locale::Th, 0.97),
                Script::Devanagari => (Locale::Hi, 0.95),
                Script::Cyrillic => script::cyrillic(text),
                Script::Arabic => script::arabic_script(text),
                Script::Latin => unreachable!("Latin is not a candidate here"),
            };
            return Some(ProseDetection { locale, confidence, basis: Basis::Script });
        }
    }
    let verdict = latin::detect(text)?;
    if verdict.locale == Locale::En && text.contains('\n') {
        if let Some(other) = non_english_line(text) {
            return Some(other);
        }
    }
    Some(ProseDetection {
        locale: verdict.locale,
        confidence: verdict.confidence,
        basis: Basis::Statistical,
    })
}

/// Word and letter evidence a non-English line needs to outvote English prose.
const LINE_MIN_LEXICAL: f32 = 1.5;

/// OpenClaw prints English, so when the prose as a whole reads English but one of its lines
/// is clearly in another Latin-script language, the English lines are more likely output we
/// did not recognise than the asker's words: take the clearest non-English line.
fn non_english_line(text: &str) -> Option<ProseDetection> {
    let mut best: Option<(Locale, f32)> = None;
    for line in text.lines().take(40) {
        if let Some(v) = latin::detect_non_english(line, LINE_MIN_LEXICAL) {
            if v.locale != Locale::En
                && v.words >= 2
                && v.lexical >= LINE_MIN_LEXICAL
                && best.is_none_or(|(_, b)| v.lexical > b)
            {
                best = Some((v.locale, v.lexical));
            }
        }
    }
    best.map(|(locale, _)| ProseDetection { locale, confidence: 0.55, basis: Basis::Statistical })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_prose() {
        let cases = [
            ("還是不行", Locale::ZhTw),
            ("还是不行", Locale::ZhCn),
            ("help pls", Locale::En),
            ("hilfe bitte", Locale::De),
            ("не работает", Locale::Ru),
            ("не працює", Locale::Uk),
            ("`openclaw models status` を実行したら、このエラーが出ました", Locale::JaJp),
        ];
        for (text, want) in cases {
            assert_eq!(detect_prose_locale(text), Some(want), "{text}");
        }
    }

    #[test]
    fn paste_only_is_none() {
        let paste = "⚠️ Model login expired on the gateway for openai. Re-auth with `openclaw models auth login --provider openai` in a terminal, then try again.";
        assert_eq!(detect_prose_locale(paste), None);
        assert_eq!(detect_prose_locale(""), None);
    }
}
