//! Resilience of the Discord bot (issue parts 3–5), end to end against the fake Discord on
//! loopback (`tests/support/fake_discord.rs`) with real stores (SQLite files, PostgreSQL behind
//! a loopback proxy) and injected faults (`tests/support/faults.rs`):
//!
//! * Discord safety: hostile pastes (mentions, role/channel pings, Markdown, masked links,
//!   zero-width and bidi tricks, backtick breakouts) through `/diagnose`, the context menu,
//!   option errors, `/model pin` and watch mode: every outgoing payload has
//!   `allowed_mentions == {"parse": []}` and no rendered string holds a live mention or the raw
//!   trick (what "escaped" means is spelled out at [`check_rendered`]);
//! * store faults: SQLite write-locked by another connection, read-only, full; PostgreSQL cut in
//!   the middle of an append, black-holed and back; a slow store;
//! * Discord faults: 429 (with `retry-after` and `x-ratelimit-*`) and 5xx on the callback and
//!   the follow-up webhook, the gateway dropped (close frame, cut TCP, resume refused);
//! * graceful shutdown with work in flight.
//!
//! Every wait has a safety timeout (30 s) that fails the test instead of hanging it; no
//! assertion is about how long something took. Deterministic ordering comes from the fake
//! (what it received) and from [`faults::Probe`] (which store calls started and how they ended).

#[path = "support/faults.rs"]
mod faults;
mod support;

use clawmedic::app::deliver::{CALLBACK_POLICY, FOLLOWUP_POLICY};
use clawmedic::app::escape::evidence_span;
use clawmedic::app::fetch::HttpFetcher;
use clawmedic::app::interactions::Deps;
use clawmedic::app::layout::diagnosis_messages;
use clawmedic::config::{BotSettings, Secret};
use clawmedic::discord::gateway::{run_gateway, GatewayOptions};
use clawmedic::lang::Locale;
use clawmedic::render::t;
use clawmedic::store::testing::SlowStore;
use clawmedic::store::{MemoryStore, PgStore, SqliteStore, ThreadStore, ThreadUpdate};
use clawmedic::{diagnose_thread, Options};
use faults::{
    fill_disk, pg_addr, pg_thread, sqlite_threads, Ended, Probe, SqliteLocker, TcpProxy, SAFETY,
};
use serde_json::{json, Value};
use std::io::Write;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;
use support::fake_discord::{FakeDiscord, Fault, GatewayDrop, APP_ID, GUILD_ID};
use support::payloads::*;
use support::{user_key, without_reply_id, TOKEN};
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

// ---------------------------------------------------------------------------------------------
// Pastes

/// The gateway banner of an expired OpenAI Codex login (one line: it is quoted as evidence).
const BANNER: &str = "⚠️ Model login expired on the gateway for openai-codex. Re-auth with `openclaw models auth login --provider openai-codex`, then try again.";

/// A probe table that looks healthy alone; after [`BANNER`] in the same thread it means a stale
/// pin (session_pin_stale), so the footer says whether the reply had the thread's memory.
const PROBE_CODEX: &str = "Auth probes
┌──────────────────────┬──────────────────────────────────────────────────────────────────┬─────────────────────────────────────────────┐
│ Model                │ Profile                                                          │ Status                                      │
├──────────────────────┼──────────────────────────────────────────────────────────────────┼─────────────────────────────────────────────┤
│ openai-codex/gpt-5.4 │ openai-codex:default (oauth)                                     │ unknown · -                                 │
│                      │                                                                  │ ↳ Excluded by auth.order for this provider. │
│ openai-codex/gpt-5.4 │ openai-codex:sam.lee@example.net (sam.lee@example.net) (oauth)   │ ok · 9.6s                                   │
└──────────────────────┴──────────────────────────────────────────────────────────────────┴─────────────────────────────────────────────┘
Probed 2 targets in 9.6s";

const WITH_MEMORY: &str = "clawmedic · session_pin_stale · en";
const WITHOUT_MEMORY: &str = "clawmedic · all_ok · en";

/// A chat `/model status` with 15 long profile ids: its explanation needs four messages (the
/// callback and three follow-ups). Longer than Discord's 6000-character option (the fake
/// sends it anyway): the point is a reply that needs follow-ups.
fn long_status() -> String {
    let auth: Vec<String> = (0..15)
        .map(|i| {
            format!(
                "openai:{}{i}=OAuth (user{i}@example.com) (exp {}d)",
                "longprofilename".repeat(60),
                i % 9 + 1
            )
        })
        .collect();
    format!(
        "Current: openai/gpt-5.5\nDefault: openai/gpt-5.5\nAgent: main\nAuth file: ~/.openclaw/agents/main/agent/openclaw-agent.sqlite\n\n[openai] endpoint: default api: openai-chatgpt-responses auth: {} (auth-profiles.json: ~/.openclaw/agents/main/agent/openclaw-agent.sqlite)\n  • openai/gpt-5.5 (gpt)",
        auth.join(", ")
    )
}

// ---------------------------------------------------------------------------------------------
// Harness

/// Every log line of this test binary (serenity at info, ours at debug).
static LOGS: Mutex<Vec<u8>> = Mutex::new(Vec::new());

struct Capture;

impl Write for Capture {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        // RESILIENCE_LOGS=1: also show them (with --nocapture), to see what each fault did.
        if std::env::var_os("RESILIENCE_LOGS").is_some() {
            let _ = std::io::stderr().write_all(buf);
        }
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
            "info,clawmedic=debug,serenity=info".parse().expect("a filter");
        let fmt = tracing_subscriber::fmt::layer().with_writer(|| Capture).with_ansi(false);
        let _ = tracing_subscriber::registry().with(fmt).with(filter).try_init();
    });
}

fn logs() -> String {
    String::from_utf8_lossy(&LOGS.lock().unwrap()).into_owned()
}

/// Wait (at most [`SAFETY`]) for a log line holding every one of `parts`; returns it.
async fn wait_log(parts: &[&str]) -> String {
    let deadline = tokio::time::Instant::now() + SAFETY;
    loop {
        if let Some(l) = logs().lines().find(|l| parts.iter().all(|p| l.contains(p))) {
            return l.to_string();
        }
        assert!(tokio::time::Instant::now() < deadline, "no log line with {parts:?}");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// Interaction tokens (the payloads' `aW50ZXJhY3Rpb246…:token`) and the bot token never
/// reach a log line, whatever failed.
fn assert_no_token_logged() {
    let l = logs();
    assert!(!l.contains("aW50ZXJhY3Rpb246"), "an interaction token was logged");
    assert!(!l.contains(TOKEN) && !l.contains("never-printed"), "the bot token was logged");
}

/// The real gateway bot against a fake Discord, with a shutdown the test triggers.
struct Harness {
    fake: FakeDiscord,
    stop: Option<oneshot::Sender<()>>,
    task: Option<JoinHandle<anyhow::Result<()>>>,
}

impl Harness {
    async fn start(store: Arc<dyn ThreadStore>, settings: BotSettings) -> Harness {
        init_logs();
        let fake = FakeDiscord::start().await;
        let fetcher = Arc::new(
            HttpFetcher::new(Some(&fake.base), Duration::from_secs(5)).expect("an HTTP client"),
        );
        let deps = Arc::new(Deps { store, settings, fetcher });
        let opts = GatewayOptions {
            token: Secret::new(TOKEN),
            application_id: Some(APP_ID),
            api_base: Some(fake.base.clone()),
            dev_guild_id: Some(GUILD_ID),
        };
        let (tx, rx) = oneshot::channel::<()>();
        let task = tokio::spawn(run_gateway(deps, opts, async move {
            let _ = rx.await;
        }));
        let path = format!("/api/v10/applications/{APP_ID}/guilds/{GUILD_ID}/commands");
        fake.wait_for(|r| r.method == "PUT" && r.path == path).await;
        Harness { fake, stop: Some(tx), task: Some(task) }
    }

    /// Dispatch an interaction; the callback body the fake accepted.
    async fn interact(&self, payload: Value) -> Value {
        let id: u64 = payload["id"].as_str().unwrap().parse().unwrap();
        self.fake.dispatch("INTERACTION_CREATE", payload);
        self.fake.callback(id).await
    }

    fn begin_shutdown(&mut self) {
        if let Some(tx) = self.stop.take() {
            let _ = tx.send(());
        }
    }

    async fn join(mut self) -> anyhow::Result<()> {
        let task = self.task.take().expect("running");
        tokio::time::timeout(SAFETY, task)
            .await
            .expect("the bot stops in time")
            .expect("the bot task")
    }

    async fn shutdown(mut self) -> anyhow::Result<()> {
        self.begin_shutdown();
        self.join().await
    }
}

impl Drop for Harness {
    fn drop(&mut self) {
        if let Some(t) = &self.task {
            t.abort();
        }
    }
}

fn settings(store_timeout_ms: u64) -> BotSettings {
    BotSettings { store_timeout: Duration::from_millis(store_timeout_ms), ..BotSettings::default() }
}

fn channel() -> u64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static NEXT: AtomicU64 = AtomicU64::new(1_300_000_000_000_020_000);
    NEXT.fetch_add(1, Ordering::SeqCst)
}

fn diagnose(fake: &FakeDiscord, ch: u64, paste: &str) -> Value {
    Envelope::new(fake.id(), ch, "en-US").command("diagnose", vec![opt("paste", paste)])
}

/// The first message of BANNER's diagnosis, with the version given (so the thread remembers
/// it, as in a real first question).
fn first_question(fake: &FakeDiscord, ch: u64) -> Value {
    Envelope::new(fake.id(), ch, "en-US")
        .command("diagnose", vec![opt("paste", BANNER), opt("version", "2026.5.12")])
}

/// The callback a stateless bot sends for `paste` (nothing remembered).
fn stateless(paste: &str) -> Value {
    let report =
        diagnose_thread(&[paste], &Options { discord_locale: Some("en-US"), ..Default::default() });
    json!({ "type": 4, "data": diagnosis_messages(&report)[0] })
}

fn footer(cb: &Value) -> &str {
    cb["data"]["embeds"][0]["footer"]["text"].as_str().unwrap_or("")
}

/// What the bot would store for `paste` as the first message of a thread.
fn update_for(paste: &str, version: Option<&str>) -> ThreadUpdate {
    let report = diagnose_thread(
        &[paste],
        &Options {
            openclaw_version: version.and_then(clawmedic::versions::Version::parse),
            ..Default::default()
        },
    );
    ThreadUpdate {
        facts: report.facts.clone(),
        messages: 1,
        version: report.version.map(|v| v.to_string()),
        locale: Some(report.locale.id().to_string()),
    }
}

/// A fresh SQLite file path for one test.
fn sqlite_path(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("clawmedic-resilience-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(format!("{name}.sqlite"));
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", p.display()));
    }
    p
}

fn remove_sqlite(p: &std::path::Path) {
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", p.display()));
    }
    // The directory goes with the last test's file (it fails while others are still there).
    if let Some(dir) = p.parent() {
        let _ = std::fs::remove_dir(dir);
    }
}

/// Messages and evidence rows of one thread in a SQLite store (checked whole).
async fn sqlite_thread(store: &SqliteStore, ch: u64) -> Option<(i64, usize)> {
    sqlite_threads(store.pool())
        .await
        .into_iter()
        .find(|t| t.id == user_key(ch).id)
        .map(|t| (t.messages, t.evidence.len()))
}

/// `DATABASE_URL_PG`, or `None` (skipped with a message) outside CI; under CI its absence fails.
fn pg_url() -> Option<String> {
    match std::env::var("DATABASE_URL_PG") {
        Ok(url) if !url.trim().is_empty() => Some(url),
        _ => {
            let ci = std::env::var("CI")
                .map(|v| !v.is_empty() && v != "false" && v != "0")
                .unwrap_or(false);
            assert!(!ci, "DATABASE_URL_PG is not set but CI is: the PostgreSQL resilience test must run in CI");
            eprintln!("SKIPPED PostgreSQL resilience test: DATABASE_URL_PG is unset (scripts/start-postgres.sh)");
            None
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Discord safety (issue part 3)

/// Characters [`clawmedic::app::escape`] removes from user text (`is_invisible`), plus
/// every other control character but newline and tab.
fn invisible(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{034F}' | '\u{061C}' | '\u{115F}' | '\u{1160}' | '\u{17B4}' | '\u{17B5}' | '\u{180E}'
        | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{206F}' | '\u{3164}' | '\u{FEFF}'
        | '\u{FFA0}' | '\u{FFF9}'..='\u{FFFB}')
        || (c.is_control() && c != '\n' && c != '\t')
}

/// A piece of rendered Markdown: prose, or code (inline span or fenced block) that Discord
/// shows literally.
#[derive(Debug, PartialEq)]
enum Piece<'a> {
    Prose(&'a str),
    Code(&'a str),
}

/// Split Markdown the way Discord finds code: a run of three or more backticks opens a fence
/// closed by the next ```` ``` ````; a run of n < 3 backticks opens a span closed by the next
/// run of exactly n; a run with no closer is literal text.
fn pieces(s: &str) -> Vec<Piece<'_>> {
    let b = s.as_bytes();
    let run_at = |i: usize| b[i..].iter().take_while(|c| **c == b'`').count();
    let mut out = Vec::new();
    let (mut prose_start, mut i) = (0, 0);
    while i < b.len() {
        if b[i] != b'`' {
            i += 1;
            continue;
        }
        let n = run_at(i);
        let close = if n >= 3 {
            s[i + n..].find("```").map(|k| (i + n + k, 3))
        } else {
            let mut j = i + n;
            let mut found = None;
            while j < b.len() {
                if b[j] == b'`' {
                    let m = run_at(j);
                    if m == n {
                        found = Some((j, n));
                        break;
                    }
                    j += m;
                } else {
                    j += 1;
                }
            }
            found
        };
        match close {
            Some((end, m)) => {
                if prose_start < i {
                    out.push(Piece::Prose(&s[prose_start..i]));
                }
                out.push(Piece::Code(&s[i..end + m]));
                i = end + m;
                prose_start = i;
            }
            None => i += n,
        }
    }
    if prose_start < b.len() {
        out.push(Piece::Prose(&s[prose_start..]));
    }
    out
}

/// Raw tricks from the hostile pastes that may only ever be shown as code or escaped.
const TRICKS: &[&str] = &[
    "**pwned**",
    "__pwned__",
    "~~pwned~~",
    "||pwned||",
    "*pwned*",
    "[click here](https://evil.example",
    "<https://evil.example",
    "# pwned",
    "> pwned",
    "-# pwned",
];

/// What "escaped" means, for one rendered string (content, embed title, description, field
/// name or value, footer, component label, …), following `src/discord/escape.rs`:
///
/// 1. Split into prose and code as Discord does ([`pieces`]). Code is shown literally, so it
///    may hold anything (commands stay copyable) except invisible characters.
/// 2. Prose holds no live mention: no `@everyone`/`@here` (the defused form has U+200B after
///    `@`), no `<@id>`, `<@!id>`, `<@&id>`, `<#id>`, `</cmd:id>`, `<:e:id>`, `<a:e:id>`, `<t:…>`
///    (defused: U+200B after `<`).
/// 3. Prose holds none of [`TRICKS`] as typed (Markdown from a paste is backslash-escaped).
/// 4. Nowhere an invisible or bidi control character, except the U+200B the defuser inserts
///    right after `@` or `<`, and a field name that is exactly U+200B (an empty heading).
fn check_rendered(s: &str, ctx: &str) {
    if s == "\u{200B}" {
        return;
    }
    let chars: Vec<char> = s.chars().collect();
    for (i, c) in chars.iter().enumerate() {
        if *c == '\u{200B}' && i > 0 && matches!(chars[i - 1], '@' | '<') {
            continue;
        }
        assert!(!invisible(*c), "{ctx}: invisible character U+{:04X} in {s:?}", *c as u32);
    }
    static MENTION: OnceLock<regex::Regex> = OnceLock::new();
    let mention = MENTION.get_or_init(|| {
        regex::Regex::new(r"@(everyone|here)|<@[!&]?\d|<#\d|</[^>\s]+:\d|<a?:\w+:\d|<t:-?\d")
            .unwrap()
    });
    for p in pieces(s) {
        if let Piece::Prose(text) = p {
            assert!(!mention.is_match(text), "{ctx}: a live mention in prose {text:?} (of {s:?})");
            for trick in TRICKS {
                assert!(
                    !text.contains(trick),
                    "{ctx}: {trick:?} unescaped in prose {text:?} (of {s:?})"
                );
            }
        }
    }
}

/// Every string in a payload.
fn strings<'a>(v: &'a Value, out: &mut Vec<&'a str>) {
    match v {
        Value::String(s) => out.push(s),
        Value::Array(a) => a.iter().for_each(|x| strings(x, out)),
        Value::Object(m) => m.values().for_each(|x| strings(x, out)),
        _ => {}
    }
}

/// Check every message the fake received (callbacks, follow-ups, channel messages): empty
/// `allowed_mentions` and [`check_rendered`] on every string. Returns all their text.
fn check_outgoing(fake: &FakeDiscord, ctx: &str) -> String {
    let mut all = String::new();
    let sent: Vec<_> = fake
        .requests()
        .into_iter()
        .filter(|r| {
            r.method == "POST"
                && (r.path.ends_with("/callback")
                    || r.path.contains("/webhooks/")
                    || r.path.contains("/messages"))
        })
        .collect();
    assert!(!sent.is_empty(), "{ctx}: nothing was sent");
    for r in sent {
        let msg = if r.path.ends_with("/callback") {
            assert_eq!(r.body["type"], 4, "{ctx}: a message reply");
            &r.body["data"]
        } else {
            &r.body
        };
        assert_eq!(
            msg["allowed_mentions"],
            json!({ "parse": [] }),
            "{ctx}: {} {}",
            r.method,
            r.path
        );
        let mut ss = Vec::new();
        strings(msg, &mut ss);
        for s in ss {
            check_rendered(s, &format!("{ctx} ({})", r.path.rsplit('/').next().unwrap_or("")));
            all.push_str(s);
            all.push('\n');
        }
    }
    all
}

#[test]
fn the_markdown_splitter_finds_code_like_discord() {
    assert_eq!(pieces("a `b` c"), [Piece::Prose("a "), Piece::Code("`b`"), Piece::Prose(" c")]);
    assert_eq!(pieces("`` a`b ``"), [Piece::Code("`` a`b ``")]);
    assert_eq!(
        pieces("x ```sh\nrm\n``` y"),
        [Piece::Prose("x "), Piece::Code("```sh\nrm\n```"), Piece::Prose(" y")]
    );
    // A lone backtick is literal; what follows it is still prose.
    assert_eq!(pieces("a ` @everyone"), [Piece::Prose("a ` @everyone")]);
    // A double span is not closed by a single backtick.
    assert_eq!(pieces("``a`b`` c"), [Piece::Code("``a`b``"), Piece::Prose(" c")]);
    // A span of one closes at the next single backtick, not inside a double run.
    assert_eq!(pieces("`a``b` c"), [Piece::Code("`a``b`"), Piece::Prose(" c")]);
}

#[test]
fn the_checker_catches_what_it_should() {
    let bad = [
        "hi @everyone",
        "<@123> hi",
        "<@&456>",
        "see <#789>",
        "**pwned**",
        "[click here](https://evil.example)",
        "x \u{202E}y",
        "@\u{200D}everyone",
        "a ` @here",
        "`x` @everyone `y`",
        "`` x `` <@123>",
    ];
    for s in bad {
        assert!(std::panic::catch_unwind(|| check_rendered(s, "t")).is_err(), "not caught: {s:?}");
    }
    let good = [
        "hi @\u{200B}everyone \\<\u{200B}@123\\>",
        "`@everyone` in code",
        "```\n/model a@everyone\n```",
        "\\*\\*pwned\\*\\* \\[click here\\]\\(https\\://evil.example\\)",
        "\u{200B}",
        "**1.** Pin `x`",
    ];
    for s in good {
        check_rendered(s, "t");
    }
}

/// One hostile input, put in front of a line the parser quotes as evidence (so it is rendered).
struct Hostile {
    name: &'static str,
    prefix: &'static str,
    /// Shown somewhere in the reply (so the trick was rendered, not dropped).
    shows: &'static [&'static str],
}

const HOSTILE: &[Hostile] = &[
    Hostile {
        name: "everyone/here",
        prefix: "@everyone @here look:",
        shows: &["@\u{200B}everyone @\u{200B}here"],
    },
    Hostile {
        name: "user/role/channel/command pings",
        prefix: "<@123> <@!124> <@&456> <#789> </diagnose:1300000000000000900> <t:1700000000:R>",
        shows: &["<\u{200B}@123>", "<\u{200B}@&456>", "<\u{200B}#789>"],
    },
    Hostile {
        name: "bold and underline",
        prefix: "**pwned** __pwned__ ~~pwned~~",
        shows: &["pwned"],
    },
    Hostile { name: "spoiler and italics", prefix: "||pwned|| *pwned* _pwned_", shows: &["pwned"] },
    Hostile { name: "heading", prefix: "# pwned heading", shows: &["pwned heading"] },
    Hostile { name: "quote", prefix: "> pwned quote", shows: &["pwned quote"] },
    Hostile { name: "subtext", prefix: "-# pwned subtext", shows: &["pwned subtext"] },
    Hostile {
        name: "masked link",
        prefix: "[click here](https://evil.example/steal) <https://evil.example>",
        shows: &["evil.example"],
    },
    Hostile {
        name: "zero-width joiners",
        prefix: "@\u{200D}everyone @\u{200B}here <\u{2060}@123> @\u{FEFF}everyone",
        shows: &["@\u{200B}everyone @\u{200B}here"],
    },
    Hostile {
        name: "RTL override",
        prefix: "\u{202E}enilno\u{202C} \u{2066}isolate\u{2069} \u{200F}",
        shows: &["enilno"],
    },
    Hostile {
        name: "backtick span breakout",
        prefix: "` @everyone `",
        shows: &["@\u{200B}everyone"],
    },
    Hostile {
        name: "double backtick breakout",
        prefix: "`` @everyone `` x",
        shows: &["@\u{200B}everyone"],
    },
    Hostile {
        name: "fence breakout",
        prefix: "``` @everyone ``` <@123>",
        shows: &["@\u{200B}everyone"],
    },
];

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hostile_pastes_are_rendered_inert_everywhere_with_no_mentions_allowed() {
    let store = Arc::new(MemoryStore::new());
    let h =
        Harness::start(store.clone(), BotSettings { watch_enabled: true, ..settings(1500) }).await;
    for hostile in HOSTILE {
        let paste = format!("{} {BANNER}", hostile.prefix);
        // /diagnose with the paste.
        let ch = channel();
        let cb = h.interact(diagnose(&h.fake, ch, &paste)).await;
        assert_eq!(
            footer(&cb),
            "clawmedic · oauth_expired · en",
            "{}: the banner was read",
            hostile.name
        );
        // The context menu on someone's message holding it.
        let ch2 = channel();
        let msg = message(h.fake.id(), ch2, user(USER_ID, "asker"), &paste);
        let mut env = Envelope::new(h.fake.id(), ch2, "en-US");
        env.invoker = member(HELPER_ID, "helper", MEMBER_PERMS);
        h.interact(env.context_menu(&msg)).await;
        // Watch mode on a watched channel.
        let ch3 = channel();
        store.set_watch(GUILD_ID, ch3, true).await.unwrap();
        h.fake
            .dispatch("MESSAGE_CREATE", message(h.fake.id(), ch3, user(USER_ID, "asker"), &paste));
        let path = format!("/api/v10/channels/{ch3}/messages");
        h.fake.wait_for(|r| r.method == "POST" && r.path == path).await;
    }
    // Option values echoed in errors (plain text), a pin built from hostile ids, a file name.
    let env = Envelope::new(h.fake.id(), channel(), "en-US");
    let cb = h
        .interact(env.command(
            "diagnose",
            vec![
                opt("paste", BANNER),
                opt("version", "@everyone **pwned** <@123> [click here](https://evil.example)"),
            ],
        ))
        .await;
    // A version field is never refused (issue 16): the reply is a diagnosis, and the hostile
    // value can only come back inside its note, defused (every payload is checked below).
    assert_ne!(cb["data"]["flags"], 64, "a version is never refused: {cb}");
    assert!(!cb.to_string().contains("@everyone **pwned**"), "{cb}");
    let env = Envelope::new(h.fake.id(), channel(), "en-US");
    h.interact(env.command(
        "model",
        vec![subcommand(
            "pin",
            vec![
                opt("profile", "openai-codex:@everyone<@&456>**pwned**"),
                opt("model", "openai-codex/||pwned||"),
            ],
        )],
    ))
    .await;
    let env = Envelope::new(h.fake.id(), channel(), "en-US");
    let cb = h
        .interact(env.command(
            "model",
            vec![subcommand("pin", vec![opt("profile", "@everyone **pwned** <@123>")])],
        ))
        .await;
    assert_eq!(cb["data"]["flags"], 64, "a bad profile id is refused");
    let att = h.fake.id();
    let name = "@everyone ||pwned|| <@&456> [click here](https://evil.example).txt";
    let url = format!("{}/attachments/missing.txt", h.fake.base);
    let env = Envelope::new(h.fake.id(), channel(), "en-US");
    let cb = h
        .interact(env.command_with_resolved(
            "diagnose",
            vec![json!({ "name": "file", "type": 11, "value": att.to_string() })],
            json!({ "attachments": { att.to_string(): attachment(att, name, "text/plain", 10, &url) } }),
        ))
        .await;
    assert!(
        cb["data"]["content"]
            .as_str()
            .unwrap()
            .starts_with("The attachment @\u{200B}everyone \\|\\|pwned"),
        "{cb}"
    );

    // Every payload sent: no mentions allowed, nothing live or raw.
    let all = check_outgoing(&h.fake, "hostile");
    for hostile in HOSTILE {
        for s in hostile.shows {
            assert!(all.contains(s), "{}: {s:?} is not in any reply", hostile.name);
        }
    }
    // The evidence line is the paste's own line, defused, inside a code span.
    let line = format!("@everyone @here look: {BANNER}");
    assert!(all.contains(&evidence_span(&line)), "evidence is quoted as evidence_span");
    // 13 pastes × (diagnose + context menu) + 4 more, all answered; 13 watch replies.
    let callbacks = h.fake.attempts(|r| r.path.ends_with("/callback"));
    assert_eq!(callbacks.len(), HOSTILE.len() * 2 + 4);
    assert!(callbacks.iter().all(|r| r.status == 204));
    assert_eq!(
        h.fake.attempts(|r| r.path.contains("/channels/") && r.method == "POST").len(),
        HOSTILE.len()
    );
    h.shutdown().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn follow_ups_of_a_hostile_long_reply_carry_no_mentions_either() {
    let h = Harness::start(Arc::new(MemoryStore::new()), settings(1500)).await;
    let status = long_status().replace("Agent: main", "Agent: @everyone <@&456> **pwned**");
    let env = Envelope::new(h.fake.id(), channel(), "en-US");
    let cb = h
        .interact(env.command("model", vec![subcommand("status", vec![opt("paste", &status)])]))
        .await;
    assert_eq!(cb["type"], 4);
    let token = env.token();
    h.fake.wait_until("three follow-ups", |f| f.followups(&token).len() == 3).await;
    check_outgoing(&h.fake, "long status");
    h.shutdown().await.unwrap();
}

// ---------------------------------------------------------------------------------------------
// Store faults (issue part 4) with real stores

/// SQLite locked by another connection's `BEGIN EXCLUSIVE` (WAL: reads go on, writes wait in
/// the busy handler for up to 5 s). The reply never waits past the store time box; an append
/// that gets the lock within the busy timeout lands; one that does not is dropped whole; after
/// the lock is released, the next message is remembered.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_write_lock_never_holds_a_reply_and_loses_nothing_acknowledged() {
    let path = sqlite_path("locked");
    let sqlite = SqliteStore::connect(path.to_str().unwrap()).await.unwrap();
    let probe = Probe::new(Arc::new(sqlite.clone()));
    let h = Harness::start(Arc::new(probe.clone()), settings(500)).await;
    let ch = channel();
    h.interact(first_question(&h.fake, ch)).await;
    assert_eq!(probe.wait_ended("append", 1).await[0].ended, Some(Ended::Ok));

    // Locked while the second message is answered: the reply comes (with memory: WAL readers
    // are not blocked) after the 500 ms time box, the append still waiting for the lock.
    let lock = SqliteLocker::lock(&path).await;
    let cb = h.interact(diagnose(&h.fake, ch, PROBE_CODEX)).await;
    assert_eq!(footer(&cb), WITH_MEMORY);
    assert_eq!(cb["data"]["allowed_mentions"], json!({ "parse": [] }));
    // Released well within the 5 s busy timeout: the waiting append lands.
    lock.release().await;
    assert_eq!(probe.wait_ended("append", 2).await[1].ended, Some(Ended::Ok));
    assert_eq!(sqlite_thread(&sqlite, ch).await, Some((2, 2)));

    // Locked past the busy timeout: the reply comes, the append fails whole (nothing of the
    // third message is stored, the count is not bumped).
    let lock = SqliteLocker::lock(&path).await;
    let cb = h.interact(diagnose(&h.fake, ch, BANNER)).await;
    assert_eq!(cb["type"], 4);
    assert_eq!(probe.wait_ended("append", 3).await[2].ended, Some(Ended::Unavailable));
    assert_eq!(sqlite_thread(&sqlite, ch).await, Some((2, 2)));
    lock.release().await;
    wait_log(&["thread store append failed; this message is not remembered", &ch.to_string()])
        .await;

    // After the release the next message is remembered, numbered after the two kept. It is the
    // second message's paste again, so its facts move from message 2 to message 3 (memory keeps
    // each fact once, at its newest place): messages 1 and 3 hold evidence.
    let cb = h.interact(diagnose(&h.fake, ch, PROBE_CODEX)).await;
    assert_eq!(footer(&cb), WITH_MEMORY);
    assert_eq!(probe.wait_ended("append", 4).await[3].ended, Some(Ended::Ok));
    assert_eq!(sqlite_thread(&sqlite, ch).await, Some((3, 2)));
    let mem = sqlite.load(&user_key(ch)).await.unwrap().unwrap();
    assert_eq!(mem.facts.iter().map(|f| f.loc.message).max(), Some(3));
    h.shutdown().await.unwrap();
    remove_sqlite(&path);
}

/// A read-only SQLite database (`?mode=ro`, which stops root too): replies use the memory that
/// is there, appends fail with StoreError::Full and write nothing, a setting gets a clear error.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_read_only_database_answers_and_writes_nothing() {
    let path = sqlite_path("read-only");
    let ch = channel();
    let rw = SqliteStore::connect(path.to_str().unwrap()).await.unwrap();
    rw.append(&user_key(ch), &update_for(BANNER, Some("2026.5.12"))).await.unwrap();

    let ro = SqliteStore::connect(&format!("sqlite://{}?mode=ro", path.display())).await.unwrap();
    let probe = Probe::new(Arc::new(ro));
    let h = Harness::start(
        Arc::new(probe.clone()),
        BotSettings { watch_enabled: true, ..settings(1500) },
    )
    .await;
    let cb = h.interact(diagnose(&h.fake, ch, PROBE_CODEX)).await;
    assert_eq!(footer(&cb), WITH_MEMORY, "the stored memory is still read");
    assert_eq!(probe.wait_ended("append", 1).await[0].ended, Some(Ended::Full));
    assert_eq!(sqlite_thread(&rw, ch).await, Some((1, 1)), "nothing written");
    wait_log(&["thread store append failed", "full or read-only", &ch.to_string()]).await;

    let mut env = Envelope::new(h.fake.id(), ch, "de");
    env.invoker = member(HELPER_ID, "admin", ADMIN_PERMS);
    let cb = h.interact(env.command("clawmedic-watch", vec![opt("mode", "on")])).await;
    assert_eq!(
        cb,
        json!({ "type": 4, "data": { "content": t(Locale::De, "error-store"), "allowed_mentions": { "parse": [] }, "flags": 64 } })
    );
    assert_eq!(probe.calls_of("set_watch")[0].ended, Some(Ended::Full));
    h.shutdown().await.unwrap();
    remove_sqlite(&path);
}

/// A full disk (every pooled connection limited to the pages the file has, `PRAGMA
/// max_page_count`): the append's thread-row update succeeds, its evidence insert fails with
/// SQLITE_FULL, and the whole append is rolled back (no bumped count without facts). Space
/// freed: the next message is stored.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_full_disk_rolls_the_append_back_whole() {
    let path = sqlite_path("full");
    let sqlite = SqliteStore::connect(path.to_str().unwrap()).await.unwrap();
    let probe = Probe::new(Arc::new(sqlite.clone()));
    let h = Harness::start(Arc::new(probe.clone()), settings(1500)).await;
    let ch = channel();
    h.interact(first_question(&h.fake, ch)).await;
    assert_eq!(probe.wait_ended("append", 1).await[0].ended, Some(Ended::Ok));

    fill_disk(sqlite.pool(), 4).await;
    // A long status explanation: its evidence needs new pages.
    let status = long_status();
    let env = Envelope::new(h.fake.id(), ch, "en-US");
    let cb = h
        .interact(env.command("model", vec![subcommand("status", vec![opt("paste", &status)])]))
        .await;
    assert_eq!(cb["type"], 4, "answered");
    h.fake.wait_until("the follow-ups", |f| f.followups(&env.token()).len() == 3).await;
    assert_eq!(probe.wait_ended("append", 2).await[1].ended, Some(Ended::Full));
    assert_eq!(sqlite_thread(&sqlite, ch).await, Some((1, 1)), "rolled back whole");
    wait_log(&["thread store append failed", "full or read-only", &ch.to_string()]).await;

    // Space again (each connection's limit lifted): remembered, numbered 2.
    for _ in 0..4 {
        let mut held = Vec::new();
        for _ in 0..4 {
            held.push(sqlite.pool().acquire().await.unwrap());
        }
        for c in &mut held {
            sqlx::query("PRAGMA max_page_count = 1073741823").execute(&mut **c).await.unwrap();
        }
    }
    let cb = h.interact(diagnose(&h.fake, ch, PROBE_CODEX)).await;
    assert_eq!(footer(&cb), WITH_MEMORY);
    assert_eq!(probe.wait_ended("append", 3).await[2].ended, Some(Ended::Ok));
    assert_eq!(sqlite_thread(&sqlite, ch).await, Some((2, 2)));
    h.shutdown().await.unwrap();
    remove_sqlite(&path);
}

/// PostgreSQL dies in the middle of an append (the proxy cuts every connection the moment the
/// store sends COMMIT, after the thread row update and the evidence insert ran in that
/// transaction), then is unreachable (refused, then black-holed), then back. Replies never stop; the server rolled
/// the half-done append back; everything acknowledged is still there afterwards.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_down_mid_request_keeps_replying_and_loses_nothing_acknowledged() {
    let Some(url) = pg_url() else { return };
    let direct = PgStore::connect(&url).await.expect("PostgreSQL is reachable");
    let proxy = TcpProxy::start(pg_addr(&url)).await;
    let via_proxy = PgStore::connect(&proxy.url_for(&url)).await.expect("through the proxy");
    let probe = Probe::new(Arc::new(via_proxy));
    let h = Harness::start(Arc::new(probe.clone()), settings(500)).await;
    // A thread id no earlier run used.
    let ch = 1_300_000_000_000_000_000
        + (std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_micros()
            as u64
            % 1_000_000_000);
    let key = user_key(ch);

    h.interact(first_question(&h.fake, ch)).await;
    assert_eq!(probe.wait_ended("append", 1).await[0].ended, Some(Ended::Ok));
    assert_eq!(pg_thread(direct.pool(), &key).await, Some((1, 1)));

    // Cut mid-append: the memory was read, the reply is sent (with it), the append's COMMIT
    // never reaches the server, which rolls the transaction back when the connection drops.
    proxy.cut_when_client_sends(b"COMMIT");
    let cb = h.interact(diagnose(&h.fake, ch, PROBE_CODEX)).await;
    assert_eq!(footer(&cb), WITH_MEMORY);
    assert_eq!(probe.wait_ended("append", 2).await[1].ended, Some(Ended::Unavailable));
    assert!(proxy.was_cut());
    assert_eq!(
        pg_thread(direct.pool(), &key).await,
        Some((1, 1)),
        "the half-done append was rolled back"
    );

    // Down (connections refused): a stateless reply within the time box.
    proxy.wait_down().await;
    let cb = h.interact(diagnose(&h.fake, ch, PROBE_CODEX)).await;
    assert_eq!(without_reply_id(&cb), stateless(PROBE_CODEX));
    assert_eq!(
        probe.wait_ended("load", 3).await[2].ended,
        Some(Ended::Dropped),
        "the load was time-boxed"
    );
    assert_eq!(probe.wait_ended("append", 3).await[2].ended, Some(Ended::Unavailable));

    // Black hole (connections hang): the same.
    proxy.black_hole().await;
    let cb = h.interact(diagnose(&h.fake, ch, PROBE_CODEX)).await;
    assert_eq!(without_reply_id(&cb), stateless(PROBE_CODEX));
    assert_eq!(probe.wait_ended("load", 4).await[3].ended, Some(Ended::Dropped));
    assert_eq!(probe.wait_ended("append", 4).await[3].ended, Some(Ended::Unavailable));

    // Back: the memory is intact, and the next message is remembered as message 2.
    proxy.restore().await;
    let cb = h.interact(diagnose(&h.fake, ch, PROBE_CODEX)).await;
    assert_eq!(footer(&cb), WITH_MEMORY);
    assert_eq!(probe.wait_ended("append", 5).await[4].ended, Some(Ended::Ok));
    assert_eq!(pg_thread(direct.pool(), &key).await, Some((2, 2)));
    let mem = direct.load(&key).await.unwrap().unwrap();
    assert_eq!(mem.messages, 2);
    assert_eq!(mem.version.as_deref(), Some("2026.5.12"));
    let mut cited: Vec<usize> = mem.facts.iter().map(|f| f.loc.message).collect();
    cited.dedup();
    assert_eq!(cited, [1, 2]);
    for a in probe.calls_of("append") {
        assert!(matches!(a.ended, Some(Ended::Ok | Ended::Unavailable)), "{a:?}");
    }
    h.shutdown().await.unwrap();
    sqlx::query("DELETE FROM threads WHERE scope = 'discord' AND id = $1")
        .bind(ch.to_string())
        .execute(direct.pool())
        .await
        .unwrap();
}

/// A slow store (every call 800 ms late) behind a 200 ms time box: the reply does not wait
/// (stateless: the load was cut off), and the append, which goes on after the reply, lands.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn slow_store_replies_within_the_time_box_and_the_late_append_lands() {
    let path = sqlite_path("slow");
    let sqlite = SqliteStore::connect(path.to_str().unwrap()).await.unwrap();
    let ch = channel();
    sqlite.append(&user_key(ch), &update_for(BANNER, Some("2026.5.12"))).await.unwrap();
    let probe =
        Probe::new(Arc::new(SlowStore::new(Arc::new(sqlite.clone()), Duration::from_millis(800))));
    let h = Harness::start(Arc::new(probe.clone()), settings(200)).await;

    let cb = h.interact(diagnose(&h.fake, ch, PROBE_CODEX)).await;
    assert_eq!(
        without_reply_id(&cb),
        stateless(PROBE_CODEX),
        "no memory: the load was not waited for"
    );
    assert_eq!(footer(&cb), WITHOUT_MEMORY);
    assert_eq!(probe.wait_ended("load", 1).await[0].ended, Some(Ended::Dropped));
    assert_eq!(probe.wait_ended("append", 1).await[0].ended, Some(Ended::Ok));
    assert_eq!(sqlite_thread(&sqlite, ch).await, Some((2, 2)));
    h.shutdown().await.unwrap();
    remove_sqlite(&path);
}

// ---------------------------------------------------------------------------------------------
// Discord faults (issue part 4)

fn callback_of(id: u64) -> impl Fn(&str, &str) -> bool + Send + Sync + 'static {
    let prefix = format!("/api/v10/interactions/{id}/");
    move |m, p| m == "POST" && p.starts_with(&prefix) && p.ends_with("/callback")
}

fn webhook_of(token: String) -> impl Fn(&str, &str) -> bool + Send + Sync + 'static {
    let path = format!("/api/v10/webhooks/{APP_ID}/{token}");
    move |m, p| m == "POST" && p == path
}

/// 429 on the callback, twice, with `retry-after` 0.05 s: the third attempt is accepted; the
/// same body every time, delivered once.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_rate_limited_callback_is_retried_after_retry_after_and_delivered_once() {
    let h = Harness::start(Arc::new(MemoryStore::new()), settings(1500)).await;
    let env = Envelope::new(h.fake.id(), channel(), "en-US");
    h.fake.inject(callback_of(env.id), Fault::rate_limited(0.05), Some(2));
    let cb = h.interact(env.command("diagnose", vec![opt("paste", PROBE_CODEX)])).await;
    assert_eq!(without_reply_id(&cb), stateless(PROBE_CODEX));
    let tries =
        h.fake.attempts(|r| r.path.starts_with(&format!("/api/v10/interactions/{}/", env.id)));
    assert_eq!(tries.iter().map(|r| r.status).collect::<Vec<_>>(), [429, 429, 204]);
    assert!(tries.iter().all(|r| r.body == cb), "the same callback each time");
    wait_log(&["interaction callback", "delivered after retrying", "attempt=3"]).await;
    h.shutdown().await.unwrap();
    assert_no_token_logged();
}

/// A callback that is always rate-limited: exactly CALLBACK_POLICY.attempts (3) tries, then
/// given up and logged; one asking for a wait longer than the cap (30 s): one try. The bot
/// answers the next interaction normally.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_permanently_rate_limited_callback_is_given_up_after_bounded_attempts() {
    let h = Harness::start(Arc::new(MemoryStore::new()), settings(1500)).await;
    let env = Envelope::new(h.fake.id(), channel(), "en-US");
    h.fake.inject(callback_of(env.id), Fault::rate_limited(0.05), None);
    h.fake.dispatch("INTERACTION_CREATE", env.command("diagnose", vec![opt("paste", PROBE_CODEX)]));
    let line =
        wait_log(&["sending the interaction response failed", &format!("interaction={}", env.id)])
            .await;
    assert!(
        line.contains("attempts=3") && line.contains("every attempt failed (last: status 429)"),
        "{line}"
    );
    let tries =
        h.fake.attempts(|r| r.path.starts_with(&format!("/api/v10/interactions/{}/", env.id)));
    assert_eq!(tries.len() as u32, CALLBACK_POLICY.attempts);
    assert!(tries.iter().all(|r| r.status == 429));

    let env2 = Envelope::new(h.fake.id(), channel(), "en-US");
    h.fake.inject(callback_of(env2.id), Fault::rate_limited(30.0), None);
    h.fake
        .dispatch("INTERACTION_CREATE", env2.command("diagnose", vec![opt("paste", PROBE_CODEX)]));
    let line =
        wait_log(&["sending the interaction response failed", &format!("interaction={}", env2.id)])
            .await;
    assert!(line.contains("attempts=1") && line.contains("asks to retry after 30.0s"), "{line}");
    assert_eq!(
        h.fake
            .attempts(|r| r.path.starts_with(&format!("/api/v10/interactions/{}/", env2.id)))
            .len(),
        1
    );

    // Still serving.
    let env3 = Envelope::new(h.fake.id(), channel(), "en-US");
    let cb = h.interact(env3.command("diagnose", vec![opt("paste", PROBE_CODEX)])).await;
    assert_eq!(without_reply_id(&cb), stateless(PROBE_CODEX));
    h.shutdown().await.unwrap();
    assert_no_token_logged();
}

/// A callback answered 502 once: retried after the back-off, delivered once. A 400 (a body
/// Discord refuses) is not retried.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_callback_server_error_is_retried_and_a_client_error_is_not() {
    let h = Harness::start(Arc::new(MemoryStore::new()), settings(1500)).await;
    let env = Envelope::new(h.fake.id(), channel(), "en-US");
    h.fake.inject(callback_of(env.id), Fault::server_error(502), Some(1));
    h.interact(env.command("diagnose", vec![opt("paste", PROBE_CODEX)])).await;
    let statuses: Vec<u16> = h
        .fake
        .attempts(|r| r.path.starts_with(&format!("/api/v10/interactions/{}/", env.id)))
        .iter()
        .map(|r| r.status)
        .collect();
    assert_eq!(statuses, [502, 204]);

    let env2 = Envelope::new(h.fake.id(), channel(), "en-US");
    h.fake.inject(
        callback_of(env2.id),
        Fault::status(400, json!({ "message": "Invalid Form Body", "code": 50035 })),
        None,
    );
    h.fake
        .dispatch("INTERACTION_CREATE", env2.command("diagnose", vec![opt("paste", PROBE_CODEX)]));
    let line =
        wait_log(&["sending the interaction response failed", &format!("interaction={}", env2.id)])
            .await;
    assert!(
        line.contains("refused with status 400 (Discord code 50035)")
            && line.contains("attempts=1"),
        "{line}"
    );
    h.shutdown().await.unwrap();
    assert_no_token_logged();
}

/// Follow-ups: a 429 and a 503 on the first one are retried (honouring `retry-after`), and all
/// three arrive exactly once, in order.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rate_limited_and_failing_follow_ups_are_retried_and_arrive_once_in_order() {
    let h = Harness::start(Arc::new(MemoryStore::new()), settings(1500)).await;
    let env = Envelope::new(h.fake.id(), channel(), "en-US");
    let token = env.token();
    h.fake.inject(webhook_of(token.clone()), Fault::rate_limited(0.05), Some(1));
    h.fake.inject(webhook_of(token.clone()), Fault::server_error(503), Some(1));
    let status = long_status();
    h.interact(env.command("model", vec![subcommand("status", vec![opt("paste", &status)])])).await;
    h.fake.wait_until("three follow-ups", |f| f.followups(&token).len() == 3).await;
    let expected = clawmedic::app::interactions::handle_interaction(
        &Deps::new(Arc::new(MemoryStore::new()), settings(1500)).expect("deps"),
        &serde_json::from_value(
            env.command("model", vec![subcommand("status", vec![opt("paste", &status)])]),
        )
        .expect("a Discord interaction"),
    )
    .await;
    assert_eq!(h.fake.followups(&token), expected.followups);
    let statuses: Vec<u16> = h
        .fake
        .attempts(|r| r.path.contains(&token) && r.path.contains("/webhooks/"))
        .iter()
        .map(|r| r.status)
        .collect();
    assert_eq!(statuses, [429, 503, 200, 200, 200]);
    h.shutdown().await.unwrap();
    assert_no_token_logged();
}

/// A follow-up webhook that always fails with 500: FOLLOWUP_POLICY.attempts (5) tries of the
/// first follow-up, then it and the rest are given up (logged); the bot answers the next one.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_failing_follow_up_webhook_is_given_up_after_bounded_attempts() {
    let h = Harness::start(Arc::new(MemoryStore::new()), settings(1500)).await;
    let env = Envelope::new(h.fake.id(), channel(), "en-US");
    let token = env.token();
    h.fake.inject(webhook_of(token.clone()), Fault::server_error(500), None);
    let status = long_status();
    let cb = h
        .interact(env.command("model", vec![subcommand("status", vec![opt("paste", &status)])]))
        .await;
    assert_eq!(cb["type"], 4, "the callback itself went through");
    let line =
        wait_log(&["sending a follow-up message failed", &format!("interaction={}", env.id)]).await;
    assert!(
        line.contains("followup=1") && line.contains("of=3") && line.contains("attempts=5"),
        "{line}"
    );
    let tries = h.fake.attempts(|r| r.path.contains(&token) && r.path.contains("/webhooks/"));
    assert_eq!(tries.len() as u32, FOLLOWUP_POLICY.attempts);
    assert!(
        tries.iter().all(|r| r.status == 500 && r.body == tries[0].body),
        "only the first follow-up was tried"
    );

    let env2 = Envelope::new(h.fake.id(), channel(), "en-US");
    let cb = h.interact(env2.command("diagnose", vec![opt("paste", PROBE_CODEX)])).await;
    assert_eq!(without_reply_id(&cb), stateless(PROBE_CODEX));
    h.shutdown().await.unwrap();
    assert_no_token_logged();
}

/// Number of IDENTIFY (op 2) and RESUME (op 6) frames the bot sent.
fn identifies_and_resumes(fake: &FakeDiscord) -> (usize, usize) {
    let ops = fake.gateway_ops();
    (ops.iter().filter(|o| o.op == Some(2)).count(), ops.iter().filter(|o| o.op == Some(6)).count())
}

/// The gateway closes the connection with 4000 ("reconnect"): the bot reconnects and RESUMEs
/// (same session, its last sequence number), and answers an interaction sent afterwards.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_gateway_close_frame_is_followed_by_a_resume_and_service_continues() {
    let h = Harness::start(Arc::new(MemoryStore::new()), settings(1500)).await;
    let cb = h.interact(diagnose(&h.fake, channel(), PROBE_CODEX)).await;
    assert_eq!(without_reply_id(&cb), stateless(PROBE_CODEX));
    h.fake.drop_gateway(GatewayDrop::Close(4000));
    h.fake
        .wait_until("a RESUME on a second connection", |f| identifies_and_resumes(f).1 == 1)
        .await;
    let resume = h.fake.gateway_ops().into_iter().find(|o| o.op == Some(6)).unwrap();
    assert_eq!(resume.connection, 1);
    assert_eq!(resume.frame["d"]["session_id"], "fake-session");
    assert!(
        resume.frame["d"]["seq"].as_u64().unwrap() >= 2,
        "it resumes after the dispatch it saw"
    );
    assert_eq!(identifies_and_resumes(&h.fake), (1, 1), "resumed, not identified again");
    h.fake
        .wait_until("the old connection closed", |f| {
            f.ended_connections().iter().any(|(c, _)| *c == 0)
        })
        .await;
    h.fake.wait_until("RESUMED sent", |f| f.live_connection() == Some(1)).await;

    let cb = h.interact(diagnose(&h.fake, channel(), PROBE_CODEX)).await;
    assert_eq!(without_reply_id(&cb), stateless(PROBE_CODEX));
    h.shutdown().await.unwrap();
}

/// The TCP connection is cut without a close frame, and an interaction is dispatched while the
/// bot is away: the bot RESUMEs, the fake replays the missed INTERACTION_CREATE (as Discord
/// does), and it is answered exactly once.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_cut_gateway_connection_is_resumed_and_the_missed_interaction_answered_once() {
    let h = Harness::start(Arc::new(MemoryStore::new()), settings(1500)).await;
    h.fake.drop_gateway(GatewayDrop::Abrupt);
    let env = Envelope::new(h.fake.id(), channel(), "en-US");
    let cb = h.interact(env.command("diagnose", vec![opt("paste", PROBE_CODEX)])).await;
    assert_eq!(without_reply_id(&cb), stateless(PROBE_CODEX));
    assert_eq!(identifies_and_resumes(&h.fake), (1, 1));
    assert_eq!(h.fake.attempts(|r| r.path.ends_with("/callback")).len(), 1, "answered once");
    h.shutdown().await.unwrap();
}

/// Resume refused (INVALID_SESSION, not resumable): the bot identifies again with a new
/// session and goes on answering.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_refused_resume_leads_to_a_new_identify_and_service_continues() {
    let h = Harness::start(Arc::new(MemoryStore::new()), settings(1500)).await;
    h.fake.refuse_resume(true);
    h.fake.drop_gateway(GatewayDrop::Close(4000));
    h.fake.wait_until("a second IDENTIFY", |f| identifies_and_resumes(f).0 == 2).await;
    let ops = h.fake.gateway_ops();
    let resumed_on =
        ops.iter().find(|o| o.op == Some(6)).expect("it tried to resume first").connection;
    let identified_on = ops.iter().filter(|o| o.op == Some(2)).nth(1).unwrap().connection;
    assert!(identified_on > resumed_on, "identified on a new connection after the refused resume");
    h.fake
        .wait_until("READY on the new connection", |f| f.live_connection() == Some(identified_on))
        .await;
    // The commands are registered once, not at every READY.
    assert_eq!(h.fake.attempts(|r| r.method == "PUT").len(), 1);
    let cb = h.interact(diagnose(&h.fake, channel(), PROBE_CODEX)).await;
    assert_eq!(without_reply_id(&cb), stateless(PROBE_CODEX));
    h.shutdown().await.unwrap();
}

// ---------------------------------------------------------------------------------------------
// Graceful shutdown (issue part 5)

/// Shutdown while an interaction is blocked in the store: it still finishes (callback with the
/// thread's memory, evidence stored); an interaction arriving meanwhile gets a clear error in
/// its user's language; the gateway is closed by the bot; no thread is half-written.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn shutdown_finishes_the_interaction_in_flight_and_refuses_new_ones_clearly() {
    let path = sqlite_path("shutdown-inflight");
    let sqlite = SqliteStore::connect(path.to_str().unwrap()).await.unwrap();
    let probe =
        Probe::new(Arc::new(SlowStore::new(Arc::new(sqlite.clone()), Duration::from_millis(100))));
    let mut h = Harness::start(
        Arc::new(probe.clone()),
        BotSettings {
            store_timeout: Duration::from_secs(20),
            shutdown_grace: Duration::from_secs(25),
            ..BotSettings::default()
        },
    )
    .await;
    let ch = channel();
    h.interact(first_question(&h.fake, ch)).await;

    probe.hold("load");
    let env = Envelope::new(h.fake.id(), ch, "en-US");
    h.fake.dispatch("INTERACTION_CREATE", env.command("diagnose", vec![opt("paste", PROBE_CODEX)]));
    probe.wait_started("load", 2).await;
    h.begin_shutdown();
    wait_log(&["shutting down: no new interactions"]).await;

    let late = Envelope::new(h.fake.id(), channel(), "de");
    let cb = h.interact(late.command("diagnose", vec![opt("paste", PROBE_CODEX)])).await;
    assert_eq!(
        cb,
        json!({ "type": 4, "data": { "content": t(Locale::De, "error-internal"), "flags": 64, "allowed_mentions": { "parse": [] } } })
    );
    assert!(
        h.fake
            .attempts(|r| r.path.starts_with(&format!("/api/v10/interactions/{}/", env.id)))
            .is_empty(),
        "still in flight"
    );

    probe.release("load");
    let fake = h.fake.clone();
    h.join().await.unwrap();
    let cb = fake.callback(env.id).await;
    assert_eq!(footer(&cb), WITH_MEMORY, "finished with the thread's memory");
    assert_eq!(fake.attempts(|r| r.path.ends_with("/callback")).len(), 3);
    // The bot closed the gateway itself (close code 1000).
    assert!(fake.ended_connections().contains(&(0, Some(1000))), "{:?}", fake.ended_connections());
    // Nothing half-written: the in-flight append landed before the bot stopped.
    assert_eq!(probe.calls_of("append").len(), 2);
    assert!(probe.calls_of("append").iter().all(|a| a.ended == Some(Ended::Ok)));
    let threads = sqlite_threads(sqlite.pool()).await;
    assert_eq!(threads.len(), 1);
    assert_eq!((threads[0].messages, threads[0].evidence.len()), (2, 2));
    remove_sqlite(&path);
}

/// Shutdown right after a reply whose append outlived the time box (slow store): the bot waits
/// for the append (within the grace period) before it stops, so the evidence is stored when
/// `run_gateway` returns, not cut off when the process exits.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn shutdown_waits_for_a_detached_append_to_land() {
    let path = sqlite_path("shutdown-append");
    let sqlite = SqliteStore::connect(path.to_str().unwrap()).await.unwrap();
    let probe = Probe::new(Arc::new(sqlite.clone()));
    let h = Harness::start(Arc::new(probe.clone()), settings(200)).await;
    let ch = channel();
    probe.hold("append");
    let cb = h.interact(first_question(&h.fake, ch)).await;
    assert_eq!(
        footer(&cb),
        "clawmedic · oauth_expired · en",
        "answered without waiting for the append"
    );
    assert_eq!(probe.wait_started("append", 1).await[0].ended, None, "the append is still running");
    let fake = h.fake.clone();
    let stopping = tokio::spawn(h.shutdown());
    wait_log(&["waiting for thread memory writes", "pending=1"]).await;
    assert!(!stopping.is_finished());
    probe.release("append");
    tokio::time::timeout(SAFETY, stopping).await.unwrap().unwrap().unwrap();
    assert_eq!(probe.calls_of("append")[0].ended, Some(Ended::Ok));
    assert_eq!(sqlite_thread(&sqlite, ch).await, Some((1, 1)));
    assert!(fake.ended_connections().contains(&(0, Some(1000))));
    remove_sqlite(&path);
}
