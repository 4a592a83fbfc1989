//! Render: Fluent messages per locale (bundles built once), and the reply layouts (terminal
//! text, JSON contract). Commands, ids and refs are never translated: they are printed by the
//! layout in code spans, or passed to messages as variables with bidi isolation turned off
//! (isolation marks break copy-paste of commands).

pub mod bidi;
pub mod discord;
pub mod escape;
pub mod html;
pub mod json;
pub mod pin;
pub mod text;

use crate::diagnose::Msg;
use crate::lang::Locale;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::collections::HashMap;
use std::sync::{LazyLock, OnceLock};

/// The Fluent source of each shipped locale, embedded in the binary.
pub const SOURCES: [(Locale, &str); 21] = [
    (Locale::En, include_str!("../../../../locales/en/clawmedic.ftl")),
    (Locale::Ar, include_str!("../../../../locales/ar/clawmedic.ftl")),
    (Locale::De, include_str!("../../../../locales/de/clawmedic.ftl")),
    (Locale::Es, include_str!("../../../../locales/es/clawmedic.ftl")),
    (Locale::Fa, include_str!("../../../../locales/fa/clawmedic.ftl")),
    (Locale::Fr, include_str!("../../../../locales/fr/clawmedic.ftl")),
    (Locale::Hi, include_str!("../../../../locales/hi/clawmedic.ftl")),
    (Locale::Id, include_str!("../../../../locales/id/clawmedic.ftl")),
    (Locale::It, include_str!("../../../../locales/it/clawmedic.ftl")),
    (Locale::JaJp, include_str!("../../../../locales/ja-JP/clawmedic.ftl")),
    (Locale::Ko, include_str!("../../../../locales/ko/clawmedic.ftl")),
    (Locale::Nl, include_str!("../../../../locales/nl/clawmedic.ftl")),
    (Locale::Pl, include_str!("../../../../locales/pl/clawmedic.ftl")),
    (Locale::PtBr, include_str!("../../../../locales/pt-BR/clawmedic.ftl")),
    (Locale::Ru, include_str!("../../../../locales/ru/clawmedic.ftl")),
    (Locale::Th, include_str!("../../../../locales/th/clawmedic.ftl")),
    (Locale::Tr, include_str!("../../../../locales/tr/clawmedic.ftl")),
    (Locale::Uk, include_str!("../../../../locales/uk/clawmedic.ftl")),
    (Locale::Vi, include_str!("../../../../locales/vi/clawmedic.ftl")),
    (Locale::ZhCn, include_str!("../../../../locales/zh-CN/clawmedic.ftl")),
    (Locale::ZhTw, include_str!("../../../../locales/zh-TW/clawmedic.ftl")),
];

type Bundle = FluentBundle<FluentResource>;

fn build(locale: Locale, source: &str) -> Bundle {
    let langid: unic_langid::LanguageIdentifier = locale.id().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    bundle.set_use_isolating(false);
    // A syntax error in one entry drops only that entry (the completeness test catches it).
    let resource = match FluentResource::try_new(source.to_string()) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    let _ = bundle.add_resource(resource);
    bundle
}

/// Each locale's bundle, built the first time that locale is asked for: a one-shot run needs
/// one or two of the 21, and building all of them was a tenth of its start-up (issue 14).
static BUNDLES: LazyLock<HashMap<Locale, (&'static str, OnceLock<Bundle>)>> =
    LazyLock::new(|| SOURCES.iter().map(|(l, s)| (*l, (*s, OnceLock::new()))).collect());

fn bundle(locale: Locale) -> Option<&'static Bundle> {
    BUNDLES.get(&locale).map(|(source, b)| b.get_or_init(|| build(locale, source)))
}

/// The message in the bundle, and whether it formatted cleanly: a translation that names a
/// variable the caller does not pass (or a broken reference) leaves a `{$name}` in the text.
fn format(bundle: &Bundle, id: &str, args: &[(&str, String)]) -> Option<(String, bool)> {
    let msg = bundle.get_message(id)?;
    let pattern = msg.value()?;
    let mut fargs = FluentArgs::new();
    for (k, v) in args {
        // Numbers go in as numbers so plural selectors work.
        match v.parse::<i64>() {
            Ok(n) => fargs.set(*k, FluentValue::from(n)),
            Err(_) => fargs.set(*k, FluentValue::from(v.as_str())),
        }
    }
    let mut errors = Vec::new();
    let s = bundle.format_pattern(pattern, Some(&fargs), &mut errors);
    Some((strip_isolation(&s), errors.is_empty()))
}

/// Remove any bidi isolation marks (FSI/PDI/LRI/RLI) that might come from a bundle.
pub fn strip_isolation(s: &str) -> String {
    s.chars().filter(|c| !matches!(c, '\u{2066}'..='\u{2069}')).collect()
}

/// Format a message in a locale, falling back to English when the locale lacks the message or
/// its translation does not format cleanly (a `{$name}` the caller does not pass); never
/// returns a raw id unless the English source itself lacks the message (a defect the
/// completeness test catches). When English fails the same way, the locale's text is kept.
pub fn tr(locale: Locale, msg: &Msg) -> String {
    let args = named_unknowns(locale, &msg.args);
    let args = args.as_deref().unwrap_or(&msg.args);
    tr_in(locale, msg.id, args, bundle)
}

/// `tr` over any bundles (the tests give it broken ones).
fn tr_in<'b>(
    locale: Locale,
    id: &str,
    args: &[(&str, String)],
    bundle_of: impl Fn(Locale) -> Option<&'b Bundle>,
) -> String {
    let mut flawed = None;
    for l in [locale, Locale::En] {
        match bundle_of(l).and_then(|b| format(b, id, args)) {
            Some((s, true)) => return s,
            Some((s, false)) => {
                flawed.get_or_insert(s);
            }
            None => {}
        }
    }
    flawed.unwrap_or_else(|| id.to_string())
}

/// Names the paste did not give (`<provider>`, `-`, empty) are said in words — "the provider"
/// — instead of showing a template placeholder in prose (issue 11 item 7). Commands keep their
/// placeholders: they are not rendered through here. `None` when every value is real.
fn named_unknowns(
    locale: Locale,
    args: &[(&'static str, String)],
) -> Option<Vec<(&'static str, String)>> {
    const WORDED: &[(&str, &str)] = &[
        ("provider", "unknown-provider"),
        ("model", "unknown-model"),
        ("profile", "unknown-profile"),
        ("agent", "unknown-agent"),
        ("env", "unknown-env"),
        ("working", "unknown-working"),
    ];
    // Arguments that carry a cause (the leading candidates of a need-more-info reply) are
    // shown as the cause's title in the reader's language.
    const TITLES: &[&str] = &["first", "second"];
    let unknown = |v: &str| {
        v.is_empty()
            || v == "-"
            || v.starts_with('<') && v.ends_with('>') && !v[1..v.len() - 1].contains(['<', '>'])
    };
    let title =
        |k: &str, v: &str| TITLES.contains(&k) && crate::diagnose::Cause::from_id(v).is_some();
    if !args.iter().any(|(k, v)| WORDED.iter().any(|(n, _)| n == k) && unknown(v) || title(k, v)) {
        return None;
    }
    Some(
        args.iter()
            .map(|(k, v)| match WORDED.iter().find(|(n, _)| n == k) {
                Some((_, id)) if unknown(v) => (*k, t(locale, id)),
                _ if title(k, v) => (
                    *k,
                    crate::diagnose::Cause::from_id(v)
                        .map(|c| t(locale, c.title_id()))
                        .unwrap_or_default(),
                ),
                _ => (*k, v.clone()),
            })
            .collect(),
    )
}

/// A message without arguments.
pub fn t(locale: Locale, id: &'static str) -> String {
    tr(locale, &Msg::new(id))
}

/// Whether a locale's own file defines a message (no fallback), for completeness checks.
pub fn has_message(locale: Locale, id: &str) -> bool {
    bundle(locale).is_some_and(|b| b.has_message(id))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A translation naming a variable the caller does not pass (here a typo) shows the English
    /// text instead of a `{$nme}` placeholder; a clean one is used; an unknown id stays the id.
    #[test]
    fn a_translation_that_does_not_format_falls_back_to_english() {
        let de = build(Locale::De, "greet = Hallo { $nme }!\nok = Hallo { $name }!\n");
        let en = build(Locale::En, "greet = Hello { $name }!\nok = Hello { $name }!\n");
        let pick = |l| match l {
            Locale::De => Some(&de),
            Locale::En => Some(&en),
            _ => None,
        };
        let args = [("name", "Dana".to_string())];
        assert_eq!(tr_in(Locale::De, "greet", &args, pick), "Hello Dana!");
        assert_eq!(tr_in(Locale::De, "ok", &args, pick), "Hallo Dana!");
        assert_eq!(tr_in(Locale::De, "missing", &args, pick), "missing");
    }

    /// When English fails the same way (the caller passes too little), the asker's language
    /// is kept rather than switching language for no gain.
    #[test]
    fn a_message_english_cannot_format_either_stays_in_the_locale() {
        let de = build(Locale::De, "both = Hallo { $name }!\n");
        let en = build(Locale::En, "both = Hello { $name }!\n");
        let pick = |l| match l {
            Locale::De => Some(&de),
            Locale::En => Some(&en),
            _ => None,
        };
        let got = tr_in(Locale::De, "both", &[], pick);
        assert!(got.starts_with("Hallo ") && got.contains("name"), "{got}");
    }
}
