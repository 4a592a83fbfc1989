//! Resident memory of the gateway bot (issue 14, docs/performance.md "Bot memory"): the real
//! `clawmedic bot` process, connected to the fake Discord of `tests/support/fake_discord.rs` as
//! to Discord, idle and after 1,000 `/diagnose` interactions: at most 30 MiB idle, no growth
//! across the 1,000 (issue 14's goals; part of the test suite, about 40 s). The figures:
//! `cargo test --release --test bot_memory -- --nocapture`.

mod support;

use std::time::Duration;
use support::fake_discord::{FakeDiscord, APP_ID, GUILD_ID};
use support::payloads::{opt, Envelope};
use support::TOKEN;

/// Pastes the interactions rotate through: the typical shapes of a first question.
const PASTES: &[&str] = &[
    "⚠️ Model login expired on the gateway for openai-codex. Re-auth with `openclaw models auth login --provider openai-codex`, then try again.",
    "Auth profile \"openai-codex:dana@example.com\" is for openai-codex, not openai.",
    "No API key found for provider \"anthropic\". Auth store: ~/.openclaw/agents/main/agent/openclaw-agent.sqlite (agentDir: ~/.openclaw/agents/main/agent).",
    "21:04:17 [model-fallback/decision] model fallback decision: decision=candidate_failed requested=openai/gpt-5.5 candidate=openai/gpt-5.5 reason=auth next=anthropic/claude-sonnet-4-6 detail=OAuth token refresh failed for openai",
    include_str!("../crates/engine/benches/fixtures/probe_table.txt"),
];

/// VmRSS of a process, in KiB.
fn rss_kib(pid: u32) -> u64 {
    let status =
        std::fs::read_to_string(format!("/proc/{pid}/status")).expect("the bot is running");
    let line = status.lines().find(|l| l.starts_with("VmRSS:")).expect("VmRSS");
    line.split_whitespace().nth(1).and_then(|v| v.parse().ok()).expect("a number of kB")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bot_rss_idle_and_after_1000_diagnoses() {
    let fake = FakeDiscord::start().await;
    let db =
        std::env::temp_dir().join(format!("clawmedic-bot-memory-{}.sqlite", std::process::id()));
    let _ = std::fs::remove_file(&db);
    let mut bot = std::process::Command::new(env!("CARGO_BIN_EXE_clawmedic"))
        .arg("bot")
        .env("DISCORD_TOKEN", TOKEN)
        .env("DISCORD_API_BASE", &fake.base)
        .env("DISCORD_APPLICATION_ID", APP_ID.to_string())
        .env("DEV_GUILD_ID", GUILD_ID.to_string())
        .env("DATABASE_URL", format!("sqlite:{}", db.display()))
        .env_remove("RUST_LOG")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("the clawmedic binary starts");
    let pid = bot.id();
    let path = format!("/api/v10/applications/{APP_ID}/guilds/{GUILD_ID}/commands");
    tokio::time::timeout(
        Duration::from_secs(60),
        fake.wait_for(|r| r.method == "PUT" && r.path == path),
    )
    .await
    .expect("the bot registers its commands");
    tokio::time::sleep(Duration::from_secs(2)).await;
    let idle = rss_kib(pid);
    // `BOT_MEMORY_DIAGNOSES=3000` runs longer, to see whether growth levels off.
    let runs: u64 = std::env::var("BOT_MEMORY_DIAGNOSES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1000)
        .max(100);
    let mut after = Vec::new();
    for i in 0..runs {
        let env = Envelope::new(fake.id(), 1_300_000_000_000_001_000 + i % 10, "en-US");
        let payload =
            env.command("diagnose", vec![opt("paste", PASTES[i as usize % PASTES.len()])]);
        let id: u64 = payload["id"].as_str().unwrap().parse().unwrap();
        fake.dispatch("INTERACTION_CREATE", payload);
        let cb = tokio::time::timeout(Duration::from_secs(30), fake.callback(id))
            .await
            .expect("the bot answers");
        assert_eq!(cb["type"], 4, "a reply, not an error: {cb}");
        if (i + 1) % 100 == 0 || i + 1 == runs {
            after.push((i + 1, rss_kib(pid)));
        }
    }
    let _ = bot.kill();
    let _ = bot.wait();
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", db.display()));
    }
    println!("bot RSS idle: {:.1} MiB", idle as f64 / 1024.0);
    for (n, kib) in &after {
        println!("bot RSS after {n} diagnoses: {:.1} MiB", *kib as f64 / 1024.0);
    }
    assert!(idle <= 30 * 1024, "idle RSS {idle} KiB is over 30 MiB");
    // No growth across the run: what the first 100 built (regexes, bundles, caches) stays,
    // nothing more accumulates (4 MiB allows for allocator fragmentation).
    let (first, last) = (after[0].1, after[after.len() - 1].1);
    assert!(
        last <= first + 4096,
        "RSS grew from {first} KiB after 100 to {last} KiB after {runs} diagnoses"
    );
}
