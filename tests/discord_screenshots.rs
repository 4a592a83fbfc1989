//! Screenshots through the fake Discord (issue 15): the real bot receives a `/diagnose` with an
//! image attachment, a "Diagnose" context menu on a message with text and screenshots, and a
//! screenshot posted in a watched channel; it downloads each image from the fake (loopback),
//! reads it with the `tesseract` command (CI installs it; these tests fail without it there
//! and skip loudly elsewhere), and answers with the diagnosis. A slow read is deferred first.

mod support;

use clawmedic::app::layout::diagnosis_messages;
use clawmedic::config::BotSettings;
use clawmedic::store::MemoryStore;
use clawmedic::{diagnose_thread, Options};
use serde_json::{json, Value};
use std::sync::Arc;
use std::time::Duration;
use support::payloads::*;
use support::{without_reply_id, Bot};

#[path = "support/shots.rs"]
mod shots;
#[path = "support/tesseract.rs"]
mod tesseract;
use shots::{fixture, read, ERROR_SHOT, PROBE_SHOT, WORDS};
use tesseract::have_tesseract;

fn channel() -> u64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static NEXT: AtomicU64 = AtomicU64::new(1_300_000_000_000_090_000);
    NEXT.fetch_add(1, Ordering::SeqCst)
}

/// Serve a fixture from the fake Discord's CDN and describe it as Discord does.
fn attach(b: &Bot, dir: &str, name: &str, content_type: &str, bytes: &[u8]) -> Value {
    let url = b.fake.serve_file(&format!("{dir}/{name}"), content_type, bytes);
    attachment(b.fake.id(), name, content_type, bytes.len() as u64, &url)
}

fn file_option(att: &Value) -> Value {
    json!({ "name": "file", "type": 11, "value": att["id"] })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn slash_command_with_a_screenshot_is_deferred_then_diagnosed() {
    if !have_tesseract() {
        return;
    }
    // A deferral budget far below what reading an image takes: the first answer is
    // "thinking…", the diagnosis follows through the webhook.
    let settings = BotSettings { defer_after: Duration::from_millis(1), ..BotSettings::default() };
    let b = Bot::start(Arc::new(MemoryStore::new()), settings).await;
    let ch = channel();
    let shot = attach(&b, "s1", ERROR_SHOT, "image/png", &fixture(ERROR_SHOT));
    let env = Envelope::new(b.fake.id(), ch, "en-US");
    let resolved = json!({ "attachments": { shot["id"].as_str().unwrap(): shot } });
    let cmd = env.command_with_resolved(
        "diagnose",
        vec![opt("paste", WORDS), file_option(&shot)],
        resolved,
    );
    assert_eq!(b.interact(cmd).await, json!({ "type": 5 }));
    let reply = &b.first_followup(&env.token()).await;

    // The same reply as the typed words and the image's text diagnosed as one paste.
    let paste = format!("{WORDS}\n{}", read(ERROR_SHOT));
    let report = diagnose_thread(
        &[&paste],
        &Options { discord_locale: Some("en-US"), ..Options::default() },
    );
    assert_eq!(report.diagnosis.findings[0].cause.id(), "wrong_provider_prefix");
    let expected = diagnosis_messages(&report)[0].clone();
    assert_eq!(without_reply_id(reply)["embeds"], without_reply_id(&expected)["embeds"]);
    assert_eq!(reply["embeds"][0]["footer"]["text"], "clawmedic · wrong_provider_prefix · en");
    assert!(
        reply.to_string().contains("/model openai-codex/<model>@openai-codex:dana@example.com"),
        "{reply:#}"
    );
    assert_eq!(
        b.fake
            .requests()
            .iter()
            .filter(|r| r.path == format!("/attachments/s1/{ERROR_SHOT}"))
            .count(),
        1
    );
    b.shutdown().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn context_menu_reads_a_messages_text_and_screenshots_together() {
    if !have_tesseract() {
        return;
    }
    let b = Bot::start(Arc::new(MemoryStore::new()), BotSettings::default()).await;
    let ch = channel();
    let mut msg = message(b.fake.id(), ch, user(USER_ID, "asker"), WORDS);
    msg["attachments"] = json!([
        attach(&b, "c1", PROBE_SHOT, "image/png", &fixture(PROBE_SHOT)),
        attach(&b, "c1", ERROR_SHOT, "image/png", &fixture(ERROR_SHOT)),
    ]);
    let mut env = Envelope::new(b.fake.id(), ch, "en-US");
    env.invoker = member(HELPER_ID, "helper", MEMBER_PERMS);
    let cb = b.interact(env.context_menu(&msg)).await;
    // Deferred or not (reading two images may outlast the budget on a busy machine), the reply
    // is the diagnosis of the text and both images, read in their order, as one message.
    let reply =
        if cb["type"] == 5 { b.first_followup(&env.token()).await } else { cb["data"].clone() };
    let paste = format!("{WORDS}\n{}\n{}", read(PROBE_SHOT), read(ERROR_SHOT));
    let report = diagnose_thread(&[&paste], &Options::default());
    assert_eq!(
        without_reply_id(&reply)["embeds"],
        without_reply_id(&diagnosis_messages(&report)[0])["embeds"]
    );
    assert_eq!(reply["embeds"][0]["footer"]["text"], "clawmedic · wrong_provider_prefix · en");
    assert!(
        reply.to_string().contains("/model openai-codex/gpt-5.5@openai-codex:dana@example.com"),
        "{reply:#}"
    );
    assert!(reply.get("flags").is_none(), "the reply goes to the thread");
    b.shutdown().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_screenshot_in_a_watched_channel_gets_one_reply() {
    if !have_tesseract() {
        return;
    }
    let settings = BotSettings {
        watch_enabled: true,
        watch_cooldown: Duration::from_secs(3600),
        ..BotSettings::default()
    };
    let b = Bot::start(Arc::new(MemoryStore::new()), settings).await;
    let ch = channel();
    let mut env = Envelope::new(b.fake.id(), ch, "en-US");
    env.invoker = member(HELPER_ID, "admin", ADMIN_PERMS);
    let cb = b.interact(env.command("clawmedic-watch", vec![opt("mode", "on")])).await;
    assert_eq!(cb["data"]["flags"], 64);

    // A message that is only a screenshot of the chat's error.
    let msg_id = b.fake.id();
    let mut msg = message(msg_id, ch, user(USER_ID, "asker"), "");
    msg["attachments"] = json!([attach(&b, "w1", ERROR_SHOT, "image/png", &fixture(ERROR_SHOT))]);
    b.fake.dispatch("MESSAGE_CREATE", msg);
    let path = format!("/api/v10/channels/{ch}/messages");
    let sent = b.fake.wait_for(|r| r.method == "POST" && r.path == path).await;
    let report = diagnose_thread(&[&format!("\n{}", read(ERROR_SHOT))], &Options::default());
    let mut expected = diagnosis_messages(&report)[0].clone();
    expected["message_reference"] = json!({ "message_id": msg_id.to_string(), "channel_id": ch.to_string(), "fail_if_not_exists": false });
    assert_eq!(without_reply_id(&sent.body), without_reply_id(&expected));
    assert_eq!(sent.body["embeds"][0]["footer"]["text"], "clawmedic · wrong_provider_prefix · en");
    b.shutdown().await.unwrap();
}

/// Bytes that claim to be a PNG but are not one: a clear, ephemeral message naming the file,
/// no diagnosis, no crash. An animated GIF is refused before any download.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unreadable_screenshot_gets_a_clear_message() {
    let b = Bot::start(Arc::new(MemoryStore::new()), BotSettings::default()).await;
    let ch = channel();
    let bad = attach(&b, "u1", "shot.png", "image/png", b"\x89PNG\r\n\x1a\nnot really");
    let env = Envelope::new(b.fake.id(), ch, "en-US");
    let resolved = json!({ "attachments": { bad["id"].as_str().unwrap(): bad } });
    let cb =
        b.interact(env.command_with_resolved("diagnose", vec![file_option(&bad)], resolved)).await;
    assert_eq!(
        cb,
        json!({ "type": 4, "data": { "content": "shot.png could not be read as a PNG, JPEG or WebP screenshot. Paste the text from your terminal instead.", "allowed_mentions": { "parse": [] }, "flags": 64 } })
    );

    let gif = attach(&b, "u2", "anim.gif", "image/gif", b"GIF89a");
    let env = Envelope::new(b.fake.id(), ch, "de");
    let resolved = json!({ "attachments": { gif["id"].as_str().unwrap(): gif } });
    let cb =
        b.interact(env.command_with_resolved("diagnose", vec![file_option(&gif)], resolved)).await;
    assert_eq!(cb["data"]["flags"], 64);
    assert_eq!(
        cb["data"]["content"],
        clawmedic::render::t(clawmedic::lang::Locale::De, "error-attachment-type")
    );
    assert!(!b.fake.requests().iter().any(|r| r.path == "/attachments/u2/anim.gif"));
    b.shutdown().await.unwrap();
}
