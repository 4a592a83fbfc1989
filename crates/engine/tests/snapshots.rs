//! Whole replies as snapshots (insta): the English text and the JSON contract for
//! representative threads. Review changes with `cargo insta review`.

use clawmedic_engine::render::{json, text};
use clawmedic_engine::versions::Version;
use clawmedic_engine::{diagnose_thread, Options};

const WALKTHROUGH_BANNER: &str = "OpenClaw version: 2026.5.12\n⚠️ Model login expired on the gateway for openai-codex. Re-auth with openclaw models auth login --provider openai-codex, then try again.\nI already did that and restarted the gateway.";
const WALKTHROUGH_PROBE: &str = "Auth probes
┌──────────────────────┬────────────────────────────────────────────────────────────────┬─────────────────────────────────────────────┐
│ Model                │ Profile                                                        │ Status                                      │
├──────────────────────┼────────────────────────────────────────────────────────────────┼─────────────────────────────────────────────┤
│ openai-codex/gpt-5.4 │ openai-codex:default (oauth)                                   │ unknown · -                                 │
│                      │                                                                │ ↳ Excluded by auth.order for this provider. │
│ openai-codex/gpt-5.4 │ openai-codex:sam.lee@example.net (sam.lee@example.net) (oauth) │ ok · 9.6s                                   │
└──────────────────────┴────────────────────────────────────────────────────────────────┴─────────────────────────────────────────────┘
Probed 2 targets in 9.6s";

fn report(version: Option<&str>, messages: &[&str]) -> clawmedic_engine::Report {
    let opts = Options { openclaw_version: version.and_then(Version::parse), ..Default::default() };
    diagnose_thread(messages, &opts)
}

#[test]
fn walkthrough_5_12_two_messages_text() {
    let r = report(None, &[WALKTHROUGH_BANNER, WALKTHROUGH_PROBE]);
    insta::assert_snapshot!(text::reply(&r));
}

#[test]
fn walkthrough_5_12_two_messages_json() {
    let r = report(None, &[WALKTHROUGH_BANNER, WALKTHROUGH_PROBE]);
    insta::assert_json_snapshot!(json::json(&r));
}

#[test]
fn excluded_by_stale_order_6_9_text() {
    let r = report(
        Some("2026.6.9"),
        &["Auth probes\n│ Model │ Profile │ Status │\n│ openai/gpt-5.5 │ openai:default (oauth) │ unknown · - │\n│ │ │ ↳ Excluded by auth.order for this provider. │\n│ openai/gpt-5.5 │ openai:work (oauth) │ unknown · - │\n│ │ │ ↳ Excluded by auth.order for this provider. │\nProbed 2 targets in 2ms\nAgent: main\nProvider: openai\nOrder override: openai-codex:default, openai-codex:work"],
    );
    insta::assert_snapshot!(text::reply(&r));
}

#[test]
fn secret_in_paste_json() {
    let r = report(
        None,
        &["Getting 401 on every message. OpenClaw 2026.6.9\n{\"apiKey\": \"sk-proj-hvkRYtW6ZCrNBQH4S7otNn9aCyZLzEyYaGomLaQM\"}\n⚠️ Agent failed before reply: 401 Incorrect API key provided: sk-proj-****Xq7d."],
    );
    let j = json::json(&r);
    assert!(!j.to_string().contains("hvkRYtW6ZCrNBQH4S7otNn9aCyZLzEyYaGomLaQM"));
    insta::assert_json_snapshot!(j);
}

#[test]
fn nothing_conclusive_text() {
    let r = report(None, &["hey, my deploy script dies with: error: failed to push some refs"]);
    insta::assert_snapshot!(text::reply(&r));
}
