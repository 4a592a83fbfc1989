//! Screenshots (issue 15): a profile id read with low confidence never reaches a command; the
//! step shows the placeholder and its note quotes what was read.
use clawmedic_engine::ingest::ocr_repair::{repair_ocr, OcrWord};
use clawmedic_engine::{diagnose_thread, Options};

/// OCR words for a text: every word read at 95, except those listed with their confidence.
fn ocr(text: &str, low: &[(&str, f32)]) -> String {
    let lines: Vec<Vec<OcrWord>> = text
        .lines()
        .map(|l| {
            l.split_whitespace()
                .enumerate()
                .map(|(i, w)| OcrWord {
                    text: w.to_string(),
                    conf: low.iter().find(|(t, _)| *t == w).map_or(95.0, |(_, c)| *c),
                    spaces: usize::from(i > 0),
                })
                .collect()
        })
        .collect();
    repair_ocr(&lines)
}

const WORDS: &str = "Logged in with my second ChatGPT account and put it first in the order. The channel still says the login expired.";
const SHOT: &str = "OpenClaw version: 2026.5.26
Auth probes
| Model | Profile | Status |
| openai/gpt-5.5 | openai-codex:default (oauth) | unknown - - |
| | | & Excluded by auth.order for this provider. |
| openai/gpt-5.5 | openai-codex:dana@examp1e.com (dana@example.com) (oauth) | ok - 7.9s |
Probed 2 targets in 7.9s
/model openai/gpt-5.5@openai-codex:dana@examp1e.com
Auth profile \"openai-codex:dana@examp1e.com\" is for openai-codex, not openai.";

fn commands(report: &clawmedic_engine::Report) -> Vec<String> {
    report
        .diagnosis
        .findings
        .iter()
        .flat_map(|f| f.steps.iter().map(|s| s.command.clone()))
        .collect()
}

#[test]
fn a_misread_profile_id_becomes_a_placeholder_with_the_read_quoted() {
    // `examp1e` holds a digit between letters: uncertain whatever Tesseract's score.
    let shot = ocr(SHOT, &[]);
    let report = diagnose_thread(&[WORDS, &shot], &Options::default());
    let top = &report.diagnosis.findings[0];
    assert_eq!(top.cause.id(), "wrong_provider_prefix");
    let pin = top.steps.iter().find(|s| s.command.starts_with("/model")).expect("a pin step");
    assert_eq!(pin.command, "/model openai-codex/gpt-5.5@<profile-id>");
    let note = pin.note.as_ref().expect("a note");
    assert_eq!(note.id, "step-uncertain-read");
    assert_eq!(
        note.args,
        vec![
            ("placeholder", "<profile-id>".to_string()),
            ("read", "openai-codex:dana@examp1e.com".to_string())
        ]
    );
    assert!(commands(&report).iter().all(|c| !c.contains("examp1e")), "{:?}", commands(&report));
    assert!(report.inputs[1].image);
    assert!(report.inputs[1].uncertain_reads >= 1);
}

#[test]
fn a_confident_read_gives_the_same_commands_as_the_text() {
    let text = SHOT.replace("examp1e", "example");
    let shot = ocr(&text, &[]);
    let from_image = diagnose_thread(&[WORDS, &shot], &Options::default());
    let from_text = diagnose_thread(
        &[WORDS, &text.replace('|', "│").replace(" - ", " · ").replace("& ", "↳ ")],
        &Options::default(),
    );
    assert_eq!(commands(&from_image), commands(&from_text));
    assert!(commands(&from_image)
        .contains(&"/model openai-codex/gpt-5.5@openai-codex:dana@example.com".to_string()));
}

/// Every read of the id is uncertain: no command carries it.
#[test]
fn a_low_confidence_id_is_never_pinned() {
    let text = SHOT.replace("examp1e", "example");
    let shot = ocr(
        &text,
        &[
            ("openai/gpt-5.5@openai-codex:dana@example.com", 41.0),
            ("\"openai-codex:dana@example.com\"", 55.0),
            ("openai-codex:dana@example.com", 62.0),
            ("(dana@example.com)", 70.0),
        ],
    );
    let report = diagnose_thread(&[WORDS, &shot], &Options::default());
    let cmds = commands(&report);
    assert!(
        cmds.iter().any(|c| c.starts_with("/model openai-codex/") && c.ends_with("@<profile-id>")),
        "{cmds:?}"
    );
    assert!(cmds.iter().all(|c| !c.contains("dana@")), "{cmds:?}");
}

/// The same id read uncertainly in one place and with confidence in another (here the typed
/// first message) is confirmed: two reads that agree are not a misread.
#[test]
fn an_uncertain_read_confirmed_by_the_typed_text_is_used() {
    let text = SHOT.replace("examp1e", "example");
    let shot = ocr(&text, &[("openai/gpt-5.5@openai-codex:dana@example.com", 41.0)]);
    let words = format!("{WORDS} My account is openai-codex:dana@example.com.");
    let report = diagnose_thread(&[&words, &shot], &Options::default());
    assert!(commands(&report)
        .contains(&"/model openai-codex/gpt-5.5@openai-codex:dana@example.com".to_string()));
}

/// Thread memory: the screenshot's facts are remembered and a later message ("what now?") is
/// diagnosed with them. The uncertain read is one of those facts, so the later reply does not
/// put the misread id into a command either.
#[test]
fn an_uncertain_read_stays_uncertain_in_thread_memory() {
    use clawmedic_engine::diagnose_with_memory;
    use clawmedic_engine::parse::Fact;
    let shot = ocr(SHOT, &[]);
    let first = diagnose_thread(&[WORDS, &shot], &Options::default());
    let remembered = first.facts.clone();
    assert!(
        remembered.iter().any(|f| matches!(
            &f.fact,
            Fact::UncertainRead { read } if read.contains("examp1e")
        )),
        "the read is among the facts a front door remembers: {:?}",
        remembered
            .iter()
            .filter(|f| matches!(f.fact, Fact::UncertainRead { .. }))
            .collect::<Vec<_>>()
    );
    // What a store does with facts: JSON out, JSON in.
    let stored = serde_json::to_string(&remembered).unwrap();
    let prior: Vec<clawmedic_engine::parse::Located> = serde_json::from_str(&stored).unwrap();
    let later = diagnose_with_memory(&prior, &["ok, what do I run now?"], &Options::default());
    assert_eq!(later.diagnosis.findings[0].cause.id(), "wrong_provider_prefix");
    let cmds = commands(&later);
    assert!(cmds.contains(&"/model openai-codex/gpt-5.5@<profile-id>".to_string()), "{cmds:?}");
    assert!(cmds.iter().all(|c| !c.contains("examp1e")), "{cmds:?}");
    // A text-only thread remembers no such fact.
    let text = diagnose_thread(&[WORDS, &SHOT.replace("examp1e", "example")], &Options::default());
    assert!(!text.facts.iter().any(|f| matches!(f.fact, Fact::UncertainRead { .. })));
}
