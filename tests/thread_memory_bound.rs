//! Thread memory stays bounded however much a thread is sent (issue 13 item 5, review §4.2):
//! three 1 MiB signal-heavy pastes to one thread, through the application layer (the path of
//! every Discord command and of the web API's `thread`) on a SQLite file. The store holds at
//! most 4 MiB afterwards and the remembered facts handed to the engine stop growing: the work
//! for the third paste is bounded by the paste itself plus `MAX_FACTS`. Wall times are not
//! asserted (they are in docs/performance.md, "Thread memory").

use clawmedic::app::thread::{run_with_new_facts, Asker};
use clawmedic::app::{memory, Deps};
use clawmedic::config::BotSettings;
use clawmedic::store::{SqliteStore, ThreadKey, ThreadStore, MAX_FACTS, MAX_FACT_BYTES};
use clawmedic::MAX_MESSAGE_BYTES;
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

/// Missing key, login expired, fallback decisions and unknown models in turn, every line
/// distinct (also across pastes: `paste` shifts the numbers), so deduplication cannot help and
/// only the caps bound the memory. The same shape as the engine's `mixed_signals` bench input.
fn signal_paste(paste: usize, bytes: usize) -> String {
    let mut out = String::with_capacity(bytes + 256);
    let mut i = paste * 1_000_000;
    loop {
        let line = match i % 4 {
            0 => format!("No API key found for provider \"anthropic\". Auth store: ~/.openclaw/agents/a{i}/agent/openclaw-agent.sqlite (agentDir: ~/.openclaw/agents/a{i}/agent)."),
            1 => format!("⚠️ Model login expired on the gateway for openai-codex. Re-auth with openclaw models auth login --provider openai-codex, then try again. ({i})"),
            2 => format!("21:04:{:02} [model-fallback/decision] model fallback decision: decision=candidate_failed requested=openai/gpt-5.{i} candidate=openai/gpt-5.{i} reason=auth next=anthropic/claude-sonnet-4-6 detail=OAuth token refresh failed for openai", i % 60),
            _ => format!("Unknown model: openai-codex/gpt-{i}-codex. gpt-{i}-codex is no longer supported for ChatGPT/Codex OAuth accounts. Use openai/gpt-5.5 through the Codex runtime."),
        };
        if out.len() + line.len() + 1 > bytes {
            return out;
        }
        out.push_str(&line);
        out.push('\n');
        i += 1;
    }
}

fn file_size(path: &std::path::Path) -> u64 {
    std::fs::metadata(path).map(|m| m.len()).unwrap_or(0)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn three_large_pastes_keep_the_store_and_the_engine_input_bounded() {
    let nanos = SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_nanos();
    let dir = std::env::temp_dir().join(format!("clawmedic-bound-{}-{nanos}", std::process::id()));
    let db = dir.join("threads.db");
    let store = Arc::new(SqliteStore::connect(&db.display().to_string()).await.unwrap());
    let shared: Arc<dyn ThreadStore> = store.clone();
    // A generous store time box: this test is about sizes, not about a slow disk.
    let settings = BotSettings { store_timeout: Duration::from_secs(60), ..BotSettings::default() };
    let deps = Deps::new(shared.clone(), settings).unwrap();
    let key = ThreadKey { scope: "web".into(), id: "big-thread".into() };
    let asker = Asker::Invoker { lang: None, version: None, locale: None };

    let mut remembered = Vec::new();
    let mut handed = Vec::new();
    for paste in 0..3 {
        let text = signal_paste(paste, MAX_MESSAGE_BYTES);
        assert!(text.len() > MAX_MESSAGE_BYTES - 1024);
        let before = store.load(&key).await.unwrap().map_or(0, |m| m.facts.len());
        let started = Instant::now();
        let (report, new) = run_with_new_facts(&deps, Some(key.clone()), &text, &asker).await;
        let took = started.elapsed();
        assert!(memory::drain_appends(&shared, Duration::from_secs(60)).await);
        assert!(!report.diagnosis.findings.is_empty(), "paste {paste} is diagnosed");
        assert!(new.len() > MAX_FACTS, "paste {paste} has more facts than a thread keeps");
        remembered.push(before);
        handed.push(report.facts.len());
        // Not asserted: printed for docs/performance.md.
        eprintln!(
            "paste {}: {:.2} s, {} remembered + {} new facts handed to the engine",
            paste + 1,
            took.as_secs_f64(),
            before,
            report.facts.len() - before
        );
    }

    let m = store.load(&key).await.unwrap().unwrap();
    assert_eq!(m.messages, 3);
    assert!(m.facts.len() <= MAX_FACTS);
    let bytes: usize = m.facts.iter().map(|f| serde_json::to_string(f).unwrap().len()).sum();
    assert!(bytes <= MAX_FACT_BYTES, "{bytes} bytes of facts kept");
    assert!(m.facts.iter().all(|f| f.loc.message == 3), "the newest paste's facts are kept");

    // The engine's input stops growing: the third paste gets no more remembered facts than the
    // second, at most MAX_FACTS, so its work is the first paste's plus that bound.
    assert_eq!(remembered[0], 0);
    assert!(remembered[1] <= MAX_FACTS && remembered[2] <= remembered[1], "{remembered:?}");
    assert!(handed[2] <= handed[0] + MAX_FACTS, "{handed:?}");
    assert!(handed[2] <= handed[1] + 16, "{handed:?}");

    // On disk, after a checkpoint folds the write-ahead log into the file.
    sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)").execute(store.pool()).await.unwrap();
    let on_disk = ["threads.db", "threads.db-wal", "threads.db-shm"]
        .iter()
        .map(|f| file_size(&dir.join(f)))
        .sum::<u64>();
    eprintln!("SQLite on disk after three pastes: {on_disk} bytes ({bytes} bytes of fact JSON)");
    assert!(on_disk <= 4 * 1024 * 1024, "{on_disk} bytes on disk");
    drop(deps);
    drop(shared);
    store.pool().close().await;
    let _ = std::fs::remove_dir_all(&dir);
}
