//! Discord's 3-second deadline on the gateway (issue 13 item 6, review §4.4): the fake Discord
//! answers `404 10062 Unknown interaction` to a callback later than 3 s after it dispatched the
//! interaction (protocol emulation, like Discord), so a bot that does not defer fails here. With
//! a store whose calls take 2.5 s and an attachment that takes 2.5 s to download, the bot answers
//! "thinking…" (type 5) in time and sends the reply as a follow-up. Assertions are on payloads.

mod support;

use clawmedic::config::BotSettings;
use clawmedic::store::testing::SlowStore;
use clawmedic::store::MemoryStore;
use serde_json::json;
use std::sync::Arc;
use std::time::Duration;
use support::fake_discord::{FakeDiscord, INTERACTION_DEADLINE};
use support::payloads::*;
use support::Bot;

const PASTE_PIN: &str = "🦞 OpenClaw 2026.4.23 (a979721) — I'm the reason your shell history looks like a hacker-movie montage.
Re-logged in with my other account (ines) and set it as the only one in the auth order. The CLI probe is fine, but the Telegram chat still says \"Model login expired on the gateway for openai-codex\".

Auth probes
┌──────────────────────┬──────────────────────────────────────────────────────────┬─────────────────────────────────────────────┐
│ Model                │ Profile                                                  │ Status                                      │
├──────────────────────┼──────────────────────────────────────────────────────────┼─────────────────────────────────────────────┤
│ openai-codex/gpt-5.4 │ openai-codex:default (oauth)                             │ unknown · -                                 │
│                      │                                                          │ ↳ Excluded by auth.order for this provider. │
│ openai-codex/gpt-5.4 │ openai-codex:ines@example.com (ines@example.com) (oauth) │ ok · 8.4s                                   │
└──────────────────────┴──────────────────────────────────────────────────────────┴─────────────────────────────────────────────┘
Probed 2 targets in 8.4s";

const SLOW: Duration = Duration::from_millis(2500);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_slow_store_and_a_slow_attachment_get_a_deferral_then_the_reply() {
    let store = SlowStore::new(Arc::new(MemoryStore::new()), SLOW);
    // Time boxes above the delays: the reply is meant to wait for both, and still be on time.
    let settings = BotSettings {
        store_timeout: Duration::from_secs(6),
        fetch_timeout: Duration::from_secs(6),
        ..BotSettings::default()
    };
    let b = Bot::start(Arc::new(store), settings).await;
    let url =
        b.fake.serve_file("slow/probe.txt", "text/plain; charset=utf-8", PASTE_PIN.as_bytes());
    b.fake.delay_file(&url, SLOW);
    let att_id = b.fake.id();
    let channel = b.fake.id();
    let env = Envelope::new(b.fake.id(), channel, "en-US");
    let resolved = json!({ "attachments": { att_id.to_string():
        attachment(att_id, "probe.txt", "text/plain; charset=utf-8", PASTE_PIN.len() as u64, &url) } });
    let cmd = env.command_with_resolved(
        "diagnose",
        vec![json!({ "name": "file", "type": 11, "value": att_id.to_string() })],
        resolved,
    );

    // The first answer is "thinking…", public like the diagnosis it stands for.
    assert_eq!(b.interact(cmd).await, json!({ "type": 5 }));
    // Then the reply, through the follow-up webhook (its first message replaces "thinking…").
    let reply = &b.first_followup(&env.token()).await;
    assert_eq!(reply["embeds"][0]["footer"]["text"], "clawmedic · session_pin_stale · en");
    assert!(reply
        .to_string()
        .contains("/model openai-codex/gpt-5.4@openai-codex:ines@example.com"));
    // The file was read (after its delay) and no callback was refused as late.
    assert_eq!(
        b.fake.requests().iter().filter(|r| r.path == "/attachments/slow/probe.txt").count(),
        1
    );
    let callbacks: Vec<u16> = b
        .fake
        .requests()
        .iter()
        .filter(|r| r.path.ends_with("/callback"))
        .map(|r| r.status)
        .collect();
    assert_eq!(callbacks, [204], "one callback, accepted");
    b.shutdown().await.unwrap();
}

/// The fake itself: a callback later than the deadline is refused as Discord refuses it, and a
/// second callback for an acknowledged interaction gets 40060.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_fake_refuses_late_and_repeated_callbacks_like_discord() {
    let fake = FakeDiscord::start().await;
    let http = reqwest::Client::new();
    let callback = |id: u64| format!("{}/api/v10/interactions/{id}/tok-{id}/callback", fake.base);
    let on_time = fake.id();
    let late = fake.id();
    for id in [on_time, late] {
        let env = Envelope::new(id, fake.id(), "en-US");
        fake.dispatch("INTERACTION_CREATE", env.command("diagnose", vec![opt("paste", "x")]));
    }
    let body = json!({ "type": 5 });
    let r = http.post(callback(on_time)).json(&body).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 204);
    let r = http.post(callback(on_time)).json(&body).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 400);
    assert_eq!(r.json::<serde_json::Value>().await.unwrap()["code"], 40060);
    tokio::time::sleep(INTERACTION_DEADLINE + Duration::from_millis(200)).await;
    let r = http.post(callback(late)).json(&body).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 404);
    assert_eq!(
        r.json::<serde_json::Value>().await.unwrap(),
        json!({ "message": "Unknown interaction", "code": 10062 })
    );
}
