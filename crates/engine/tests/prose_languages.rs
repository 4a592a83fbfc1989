//! The diagnosis must not depend on the asker's language (code-review §4.1, issue 11 item 3).
//!
//! Every dev and field-report case is run twice: once as collected, and once with the asker's
//! own words rewritten natively in another language (`tests/data/prose_languages/<locale>.txt`),
//! the paste left byte for byte. Both runs must give the same findings (cause ids in order and
//! their step commands) and the same asks. The comparison happens at run time, so the rules
//! can keep improving without touching this data.

use clawmedic_engine::versions::Version;
use clawmedic_engine::{diagnose_thread, Options, Report};
use serde::Deserialize;
use std::collections::BTreeMap;

const DATA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/prose_languages");
const LOCALES: [&str; 6] = ["de", "es", "ja-JP", "pt-BR", "ru", "zh-CN"];

#[derive(Deserialize)]
struct Case {
    id: String,
    messages: Vec<String>,
    /// Passed as `--openclaw-version` when the case does so.
    version: Option<String>,
}

fn read(name: &str) -> String {
    std::fs::read_to_string(format!("{DATA}/{name}")).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn cases() -> Vec<Case> {
    serde_json::from_str(&read("cases.json")).expect("cases.json")
}

/// `# <case id>` then one prose segment per line.
fn segments(name: &str) -> BTreeMap<String, Vec<String>> {
    let mut out: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut current: Option<String> = None;
    for line in read(name).lines() {
        if let Some(id) = line.strip_prefix("# ") {
            assert!(out.insert(id.to_string(), Vec::new()).is_none(), "{name}: {id} twice");
            current = Some(id.to_string());
        } else if let Some(id) = &current {
            assert!(!line.trim().is_empty(), "{name}: empty segment in {id}");
            out.get_mut(id).expect("id").push(line.to_string());
        } else {
            panic!("{name}: a segment before the first `# id`");
        }
    }
    out
}

/// What the comparison looks at: each finding's cause and step commands, then the asks.
#[derive(Debug, PartialEq)]
struct Outcome {
    findings: Vec<(String, Vec<String>)>,
    asks: Vec<String>,
}

fn outcome(report: &Report) -> Outcome {
    Outcome {
        findings: report
            .diagnosis
            .findings
            .iter()
            .map(|f| {
                (f.cause.id().to_string(), f.steps.iter().map(|s| s.command.clone()).collect())
            })
            .collect(),
        asks: report.diagnosis.asks.iter().map(|a| a.command.clone()).collect(),
    }
}

fn run(messages: &[String], version: Option<&str>) -> Report {
    let refs: Vec<&str> = messages.iter().map(String::as_str).collect();
    let opts = Options { openclaw_version: version.and_then(Version::parse), ..Options::default() };
    diagnose_thread(&refs, &opts)
}

/// The case's messages with each English segment replaced by its translation.
fn translate(case: &Case, en: &[String], tr: &[String]) -> Vec<String> {
    let mut messages = case.messages.clone();
    for (from, to) in en.iter().zip(tr) {
        let hits: usize = messages.iter().map(|m| m.matches(from.as_str()).count()).sum();
        assert_eq!(hits, 1, "{}: the prose segment {from:?} must occur exactly once", case.id);
        let m = messages.iter_mut().find(|m| m.contains(from.as_str())).expect("segment");
        *m = m.replacen(from.as_str(), to, 1);
    }
    messages
}

#[test]
fn translation_files_cover_every_case_segment_for_segment() {
    let cases = cases();
    let en = segments("en.txt");
    assert_eq!(en.len(), cases.len(), "en.txt and cases.json list the same cases");
    assert!(cases.len() >= 124, "every dev and report case is here ({} found)", cases.len());
    for c in &cases {
        assert!(
            en.get(&c.id).is_some_and(|s| !s.is_empty()),
            "{}: no prose segment in en.txt",
            c.id
        );
    }
    for locale in LOCALES {
        let tr = segments(&format!("{locale}.txt"));
        assert_eq!(
            tr.keys().collect::<Vec<_>>(),
            en.keys().collect::<Vec<_>>(),
            "{locale}: same cases as en.txt"
        );
        for (id, segs) in &en {
            assert_eq!(tr[id].len(), segs.len(), "{locale}/{id}: one translation per segment");
            for (e, t) in segs.iter().zip(&tr[id]) {
                assert_ne!(e, t, "{locale}/{id}: the segment is not translated");
            }
        }
    }
}

#[test]
fn prose_in_six_languages_gives_the_same_findings() {
    let cases = cases();
    let en = segments("en.txt");
    let originals: BTreeMap<&str, Outcome> = cases
        .iter()
        .map(|c| (c.id.as_str(), outcome(&run(&c.messages, c.version.as_deref()))))
        .collect();
    let mut differences = Vec::new();
    let mut compared = 0;
    for locale in LOCALES {
        let tr = segments(&format!("{locale}.txt"));
        for c in &cases {
            let messages = translate(c, &en[&c.id], &tr[&c.id]);
            let got = outcome(&run(&messages, c.version.as_deref()));
            compared += 1;
            let want = &originals[c.id.as_str()];
            if &got != want {
                differences.push(format!(
                    "{locale}/{}:\n  original:   {want:?}\n  translated: {got:?}",
                    c.id
                ));
            }
        }
    }
    assert_eq!(compared, LOCALES.len() * cases.len());
    assert!(
        differences.is_empty(),
        "{} of {compared} translated threads differ:\n{}",
        differences.len(),
        differences.join("\n")
    );
}

/// code-review §4.1: a healthy probe table and one sentence saying the chat does not answer.
const HEALTHY_PROBE: &str = "Auth probes
┌─────────────────────────────┬──────────────────────────────┬──────────────┐
│ Model                       │ Profile                      │ Status       │
├─────────────────────────────┼──────────────────────────────┼──────────────┤
│ anthropic/claude-sonnet-4-6 │ anthropic:default (api_key)  │ ok · 1.4s    │
│ openai/gpt-5.5              │ openai:default (oauth)       │ ok · 8.1s    │
└─────────────────────────────┴──────────────────────────────┴──────────────┘
Probed 2 targets in 9.4s";

fn with_probe(prose: &str) -> Outcome {
    outcome(&run(&[format!("{prose}\nOpenClaw version: 2026.6.9\n\n{HEALTHY_PROBE}")], None))
}

#[test]
fn a_failing_chat_over_a_healthy_probe_reads_the_same_in_english_german_and_french() {
    let en = with_probe("The chat does not work anymore, it never answers.");
    let de = with_probe("Der Chat funktioniert nicht mehr, er antwortet nie.");
    let fr = with_probe("Le chat ne marche plus, il ne répond jamais.");
    assert!(
        en.findings.iter().all(|(c, _)| c != "all_ok"),
        "a reported failure is never all_ok: {en:?}"
    );
    assert_eq!(de, en, "German");
    assert_eq!(fr, en, "French");
    // Control: the same table with a healthy sentence is all_ok in all three.
    let ok_en = with_probe("Just checking that everything is fine before I go to bed.");
    let ok_de = with_probe("Ich wollte nur prüfen, ob alles passt, bevor ich ins Bett gehe.");
    let ok_fr = with_probe("Je voulais juste vérifier que tout va bien avant d'aller me coucher.");
    assert_eq!(ok_en.findings.first().map(|(c, _)| c.as_str()), Some("all_ok"));
    assert_eq!(ok_de, ok_en, "German");
    assert_eq!(ok_fr, ok_en, "French");
}
