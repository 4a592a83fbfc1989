//! One version line for every layout (issue 13): a paste without a stated version whose
//! fingerprints (store path, ids) imply a floor reads "looks like 2026.6.5 or newer" in the
//! terminal reply, the Discord reply, the web page's diagnosis and the pin reply alike — in
//! every locale, not only English.

use clawmedic_engine::diagnose::pin::remembered_version;
use clawmedic_engine::diagnose::{build_pin, PinRequest};
use clawmedic_engine::render::discord::diagnosis_reply;
use clawmedic_engine::render::html::{self, prose};
use clawmedic_engine::render::pin::pin_reply;
use clawmedic_engine::render::text::{self, version_line, VersionKnown};
use clawmedic_engine::{diagnose_thread, Options};

/// `examples/pastes/auth-order-stale.txt` without its first line, which names the version.
const FLOOR_PASTE: &str = r"Auth probes
┌────────────────────┬──────────────────────────┬─────────────────────────────────────────────┐
│ Model              │ Profile                  │ Status                                      │
├────────────────────┼──────────────────────────┼─────────────────────────────────────────────┤
│ openai/gpt-5.5     │ openai:default (oauth)   │ unknown · -                                 │
│                    │                          │ ↳ Excluded by auth.order for this provider. │
│ openai/gpt-5.5     │ openai:work (oauth)      │ unknown · -                                 │
│                    │                          │ ↳ Excluded by auth.order for this provider. │
└────────────────────┴──────────────────────────┴─────────────────────────────────────────────┘
Probed 2 targets in 2ms

Agent: main
Provider: openai
Auth state store: ~/.openclaw/agents/main/agent/openclaw-agent.sqlite
Order override: openai-codex:default, openai-codex:work
";

#[test]
fn the_version_line_is_the_same_in_text_discord_html_and_pin() {
    for lang in ["en", "de", "ja-JP", "ar"] {
        let report =
            diagnose_thread(&[FLOOR_PASTE], &Options { lang: Some(lang), ..Default::default() });
        assert_eq!(report.version, None, "the paste states no version");
        let floor = report.version_floor.expect("the paste's fingerprints imply a floor");
        let line = version_line(&report);
        assert!(line.contains(&floor.to_string()), "{lang}: {line}");

        // Terminal (right-to-left locales isolate embedded left-to-right runs; the words are
        // the same).
        let plain = |s: &str| -> String {
            s.chars()
                .filter(|c| {
                    !matches!(c, '\u{200e}' | '\u{200f}' | '\u{061c}' | '\u{2066}'..='\u{2069}')
                })
                .collect()
        };
        assert!(plain(&text::reply(&report)).contains(&plain(&line)), "{lang}: text");

        // Discord: the first block of the description (isolated for right-to-left locales).
        let discord = diagnosis_reply(&report);
        let want = clawmedic_engine::render::discord::isolate_reply(
            report.locale,
            clawmedic_engine::render::discord::Reply {
                description: vec![line.clone()],
                ..Default::default()
            },
        )
        .description
        .remove(0);
        assert_eq!(discord.description[0], want, "{lang}: discord");

        // Web page.
        let mut page = String::new();
        html::diagnosis(&mut page, &report);
        assert!(page.contains(&format!(r#"<p class="version">{}</p>"#, prose(&line))), "{lang}");

        // Pin reply, made later from the conversation's remembered facts.
        let (version, remembered_floor) = remembered_version(&report.facts);
        assert_eq!((version, remembered_floor), (None, Some(floor)));
        let pin = build_pin(&PinRequest {
            version,
            model_ref: None,
            profile_id: "openai-codex:default",
            stored_provider: None,
        });
        let known = VersionKnown { version, given: false, floor: remembered_floor };
        assert_eq!(pin_reply(report.locale, &known, &pin).description[0], want, "{lang}: pin");
    }
}
