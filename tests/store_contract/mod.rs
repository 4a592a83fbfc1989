//! The thread-store contract, written once and run against every backend (the in-process
//! store, SQLite, PostgreSQL): `store_contract!(setup)` expands to one `#[tokio::test]` per
//! check below, each on a fresh [`Fixture`] from the backend's `setup`.
//!
//! Each check works in its own thread scope and channel ids, so checks can share one database.

#![allow(dead_code)]

use clawmedic::parse::{parse_message, Fact, Loc, Located};
use clawmedic::store::{
    BoxFuture, Retention, ThreadKey, ThreadStore, ThreadUpdate, MAX_FACTS, MAX_FACT_BYTES,
};
use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// Moves a thread's `updated_at` back by the first number of seconds, `created_at` by the second.
pub type Backdate = Box<dyn Fn(ThreadKey, i64, i64) -> BoxFuture<'static, ()> + Send + Sync>;

/// One backend, ready for a check.
pub struct Fixture {
    /// The store under test.
    pub a: Arc<dyn ThreadStore>,
    /// A second handle on the same data (another pool: another replica); may be `a` itself.
    pub b: Arc<dyn ThreadStore>,
    /// A thread scope no other check uses.
    pub scope: String,
    /// A watch-mode channel id no other check uses.
    pub channel: u64,
    pub backdate: Backdate,
    /// Whatever must live as long as the fixture (a temp directory).
    pub keep: Box<dyn std::any::Any + Send>,
}

impl Fixture {
    pub fn key(&self, id: &str) -> ThreadKey {
        ThreadKey { scope: self.scope.clone(), id: id.to_string() }
    }
}

/// A scope (and channel id) unique per check, process and run.
pub fn unique(name: &str) -> (String, u64) {
    static SEQ: AtomicUsize = AtomicUsize::new(0);
    let nanos = SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_nanos();
    let seq = SEQ.fetch_add(1, Ordering::Relaxed);
    let scope = format!("test-{name}-{}-{nanos}-{seq}", std::process::id());
    let channel = (1 << 62) + ((nanos as u64) % (1 << 40)) * 1024 + (seq as u64 % 1024);
    (scope, channel)
}

/// One `#[tokio::test]` per contract check; `$setup` is an async fn(&str) -> Option<Fixture>
/// (`None`: the backend is not available and the check is skipped, which a setup may only do
/// when CI is not set).
#[macro_export]
macro_rules! store_contract {
    ($setup:path) => {
        $crate::store_contract!(@each $setup;
            round_trip_is_exact_and_renumbered,
            engine_facts_survive_the_store,
            sequential_appends_number_messages_1_to_n,
            concurrent_appends_through_two_handles_lose_nothing,
            a_repeated_fact_is_stored_once_at_its_newest_place,
            a_thread_keeps_only_its_newest_facts_within_the_caps,
            expiry_is_sliding_and_absolute,
            watch_mode_set_and_unset,
        );
    };
    (@each $setup:path; $($name:ident),* $(,)?) => {
        $(
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn $name() {
                let Some(fx) = $setup(stringify!($name)).await else { return };
                store_contract::$name(&fx).await;
            }
        )*
    };
}

pub fn agent(message: usize, line: usize, tag: &str) -> Located {
    Located {
        loc: Loc { message, line },
        quote: format!("\"model\": \"{tag}\"").into(),
        fact: Fact::AgentModelString { agent: tag.to_string(), model_ref: format!("openai/{tag}") },
    }
}

fn footer(message: usize, targets: u32) -> Located {
    Located {
        loc: Loc { message, line: 9 },
        quote: format!("{targets} targets").into(),
        fact: Fact::ProbeFooter { targets },
    }
}

fn session(message: usize, profile: &str) -> Located {
    Located {
        loc: Loc { message, line: 3 },
        quote: format!("authProfileOverride {profile}").into(),
        fact: Fact::SessionOverride { profile_id: profile.into(), source: Some("user".into()) },
    }
}

fn shifted(facts: &[Located], by: usize) -> Vec<Located> {
    facts
        .iter()
        .map(|f| {
            let mut f = f.clone();
            f.loc.message += by;
            f
        })
        .collect()
}

pub fn tag_of(f: &Located) -> String {
    match &f.fact {
        Fact::AgentModelString { agent, .. } => agent.clone(),
        other => panic!("unexpected fact {other:?}"),
    }
}

pub async fn round_trip_is_exact_and_renumbered(fx: &Fixture) {
    let store = &*fx.a;
    let key = fx.key("1234");
    assert_eq!(store.load(&key).await.unwrap(), None);

    let first = vec![agent(1, 4, "ops"), session(1, "anthropic:work"), footer(2, 3)];
    let u1 = ThreadUpdate {
        facts: first.clone(),
        messages: 2,
        version: Some("2026.6.9".into()),
        locale: Some("zh-TW".into()),
    };
    assert_eq!(store.append(&key, &u1).await.unwrap(), 2, "append returns the message count");
    let m1 = store.load(&key).await.unwrap().unwrap();
    assert_eq!(m1.facts, first);
    assert_eq!(m1.messages, 2);

    let second = vec![session(1, "openai-codex:default"), agent(2, 1, "ünïcödé \"quoted\" ✓")];
    let u2 = ThreadUpdate {
        facts: second.clone(),
        messages: 2,
        version: None,
        locale: Some("de".into()),
    };
    assert_eq!(store.append(&key, &u2).await.unwrap(), 4);
    let m2 = store.load(&key).await.unwrap().unwrap();
    let mut expected = first.clone();
    expected.extend(shifted(&second, 2));
    assert_eq!(m2.facts, expected);
    assert_eq!(m2.messages, 4);
    assert_eq!(m2.version.as_deref(), Some("2026.6.9"), "a None version keeps the remembered one");
    assert_eq!(m2.locale.as_deref(), Some("de"), "the latest locale wins");

    // The other handle sees the same thing; other threads and scopes stay empty.
    assert_eq!(fx.b.load(&key).await.unwrap(), Some(m2));
    assert_eq!(fx.b.load(&fx.key("1235")).await.unwrap(), None);
    let other_scope = ThreadKey { scope: format!("{}-other", fx.scope), id: "1234".into() };
    assert_eq!(fx.b.load(&other_scope).await.unwrap(), None);
}

/// The stores keep `serde_json` of the engine's facts, so they must read back exactly as
/// written; the same paste twice is remembered once, at its second place.
pub async fn engine_facts_survive_the_store(fx: &Fixture) {
    let pasted = "🦞 OpenClaw 2026.6.9 (abc1234)\nModel login expired on the gateway for openai-codex\nHTTP 401";
    let facts = parse_message(pasted, 1).facts;
    assert!(!facts.is_empty(), "the paste has facts");
    let json = serde_json::to_string(&facts).unwrap();
    assert_eq!(serde_json::from_str::<Vec<Located>>(&json).unwrap(), facts);
    let key = fx.key("4321");
    let update = ThreadUpdate { facts: facts.clone(), messages: 1, version: None, locale: None };
    fx.a.append(&key, &update).await.unwrap();
    assert_eq!(fx.a.load(&key).await.unwrap().unwrap().facts, facts);
    assert_eq!(fx.a.append(&key, &update).await.unwrap(), 2);
    let m = fx.a.load(&key).await.unwrap().unwrap();
    assert_eq!(m.facts, shifted(&facts, 1), "a repeated paste is stored once, as message 2");
}

pub async fn sequential_appends_number_messages_1_to_n(fx: &Fixture) {
    let store = &*fx.a;
    let key = fx.key("session-42");
    for i in 0..5 {
        let update = ThreadUpdate {
            facts: vec![agent(1, 1, &format!("a{i}")), agent(2, 1, &format!("b{i}"))],
            messages: 2,
            version: None,
            locale: None,
        };
        assert_eq!(store.append(&key, &update).await.unwrap(), 2 * (i + 1));
    }
    let m = store.load(&key).await.unwrap().unwrap();
    assert_eq!(m.messages, 10);
    let numbers: Vec<usize> = m.facts.iter().map(|f| f.loc.message).collect();
    assert_eq!(numbers, (1..=10).collect::<Vec<_>>());
    let tags: Vec<String> = m.facts.iter().map(tag_of).collect();
    assert_eq!(tags, ["a0", "b0", "a1", "b1", "a2", "b2", "a3", "b3", "a4", "b4"]);

    // An update without facts still counts its messages; the next one is numbered after it.
    assert_eq!(
        store.append(&key, &ThreadUpdate { messages: 1, ..Default::default() }).await.unwrap(),
        11
    );
    let last = ThreadUpdate { facts: vec![agent(1, 1, "last")], messages: 1, ..Default::default() };
    assert_eq!(store.append(&key, &last).await.unwrap(), 12);
    let m = store.load(&key).await.unwrap().unwrap();
    assert_eq!(m.facts.last().unwrap().loc.message, 12);
}

pub async fn concurrent_appends_through_two_handles_lose_nothing(fx: &Fixture) {
    let key = fx.key("shared-thread");
    let appends = 30;
    let mut tasks = Vec::new();
    for i in 0..appends {
        let store = if i % 2 == 0 { fx.a.clone() } else { fx.b.clone() };
        let key = key.clone();
        tasks.push(tokio::spawn(async move {
            // Ranges of different sizes interleave.
            let messages = 1 + i % 3;
            let facts = (1..=messages).map(|m| agent(m, 1, &format!("t{i}-m{m}"))).collect();
            let version = Some(format!("2026.6.{i}"));
            store.append(&key, &ThreadUpdate { facts, messages, version, locale: None }).await
        }));
    }
    let mut counts = Vec::new();
    for t in tasks {
        counts.push(t.await.unwrap().expect("append under contention"));
    }
    let expected_messages: usize = (0..appends).map(|i| 1 + i % 3).sum();
    counts.sort_unstable();
    counts.dedup();
    assert_eq!(counts.len(), appends, "every append saw its own message count");
    assert_eq!(counts.last(), Some(&expected_messages));
    for store in [&fx.a, &fx.b] {
        let m = store.load(&key).await.unwrap().unwrap();
        assert_eq!(m.messages, expected_messages);
        let mut seen: HashMap<String, usize> = HashMap::new();
        for f in &m.facts {
            *seen.entry(tag_of(f)).or_default() += 1;
        }
        assert_eq!(seen.len(), expected_messages);
        assert!(seen.values().all(|n| *n == 1), "each fact exactly once");
        let numbers: Vec<usize> = m.facts.iter().map(|f| f.loc.message).collect();
        assert_eq!(numbers, (1..=expected_messages).collect::<Vec<_>>(), "1..=N, each once");
        // Each append's messages are a contiguous range in its own order.
        for w in m.facts.windows(2) {
            let (x, y) = (tag_of(&w[0]), tag_of(&w[1]));
            let (xi, xm) = x.split_once("-m").unwrap();
            let (yi, ym) = y.split_once("-m").unwrap();
            if ym != "1" {
                assert_eq!((xi, xm.parse::<u32>().unwrap() + 1), (yi, ym.parse::<u32>().unwrap()));
            }
        }
    }
}

pub async fn a_repeated_fact_is_stored_once_at_its_newest_place(fx: &Fixture) {
    let key = fx.key("dedup");
    let u1 = ThreadUpdate {
        facts: vec![agent(1, 1, "x"), agent(1, 2, "y"), agent(1, 3, "x")],
        messages: 1,
        ..Default::default()
    };
    fx.a.append(&key, &u1).await.unwrap();
    let m = fx.a.load(&key).await.unwrap().unwrap();
    let got: Vec<(String, usize, usize)> =
        m.facts.iter().map(|f| (tag_of(f), f.loc.message, f.loc.line)).collect();
    assert_eq!(got, [("y".into(), 1, 2), ("x".into(), 1, 3)]);
    let u2 = ThreadUpdate { facts: vec![agent(1, 5, "y")], messages: 1, ..Default::default() };
    fx.b.append(&key, &u2).await.unwrap();
    let m = fx.a.load(&key).await.unwrap().unwrap();
    let got: Vec<(String, usize, usize)> =
        m.facts.iter().map(|f| (tag_of(f), f.loc.message, f.loc.line)).collect();
    assert_eq!(got, [("x".into(), 1, 3), ("y".into(), 2, 5)], "y moved to message 2");
}

pub async fn a_thread_keeps_only_its_newest_facts_within_the_caps(fx: &Fixture) {
    let key = fx.key("caps");
    // Three pastes of MAX_FACTS distinct facts each: only the last paste's survive.
    for paste in 0..3 {
        let facts = (0..MAX_FACTS).map(|i| agent(1, i + 1, &format!("p{paste}-f{i}"))).collect();
        let update = ThreadUpdate { facts, messages: 1, ..Default::default() };
        assert_eq!(fx.a.append(&key, &update).await.unwrap(), paste + 1);
        let m = fx.a.load(&key).await.unwrap().unwrap();
        assert_eq!(m.facts.len(), MAX_FACTS);
        assert!(m.facts.iter().all(|f| tag_of(f).starts_with(&format!("p{paste}-"))));
    }
    // Half a paste more: the oldest half of the previous one goes first.
    let half = MAX_FACTS / 2;
    let facts = (0..half).map(|i| agent(1, i + 1, &format!("p3-f{i}"))).collect();
    fx.b.append(&key, &ThreadUpdate { facts, messages: 1, ..Default::default() }).await.unwrap();
    let m = fx.a.load(&key).await.unwrap().unwrap();
    assert_eq!(m.messages, 4);
    assert_eq!(m.facts.len(), MAX_FACTS);
    assert_eq!(tag_of(&m.facts[0]), format!("p2-f{}", MAX_FACTS - half));
    assert_eq!(tag_of(m.facts.last().unwrap()), format!("p3-f{}", half - 1));

    // Wide facts: the byte cap holds before the count cap.
    let wide = |i: usize| {
        let mut f = agent(1, i + 1, &format!("w{i}"));
        f.quote = format!("{i} {}", "z".repeat(8 * 1024)).into();
        f
    };
    let facts = (0..100).map(wide).collect();
    fx.a.append(&key, &ThreadUpdate { facts, messages: 1, ..Default::default() }).await.unwrap();
    let m = fx.b.load(&key).await.unwrap().unwrap();
    let bytes: usize = m.facts.iter().map(|f| serde_json::to_string(f).unwrap().len()).sum();
    assert!(bytes <= MAX_FACT_BYTES, "{bytes} bytes kept");
    assert!(m.facts.len() < 100);
    assert_eq!(tag_of(m.facts.last().unwrap()), "w99", "the newest are kept");
    // The newest wide facts, in order, after whatever older small ones still fit.
    let wide: Vec<String> =
        m.facts.iter().map(tag_of).skip_while(|t| !t.starts_with('w')).collect();
    let expected: Vec<String> = (100 - wide.len()..100).map(|i| format!("w{i}")).collect();
    assert_eq!(wide, expected);
    assert!(wide.len() >= MAX_FACT_BYTES / (9 * 1024), "{} wide facts kept", wide.len());
}

pub async fn expiry_is_sliding_and_absolute(fx: &Fixture) {
    let hour = 3600;
    let retention = Retention {
        idle: Duration::from_secs(hour as u64),
        max_age: Duration::from_secs(5 * hour as u64),
    };
    let idle = fx.key("idle");
    let busy = fx.key("busy-but-old");
    let fresh = fx.key("fresh");
    let update = ThreadUpdate { facts: vec![agent(1, 1, "x")], messages: 1, ..Default::default() };
    for key in [&idle, &idle, &busy, &fresh] {
        fx.a.append(key, &update).await.unwrap();
    }
    // `idle`: last update 2 h ago. `busy`: updated now, but created 6 h ago.
    (fx.backdate)(idle.clone(), 2 * hour, 2 * hour).await;
    (fx.backdate)(busy.clone(), 0, 6 * hour).await;
    let lenient = Retention { idle: retention.idle * 3, max_age: retention.max_age * 2 };
    fx.a.expire(lenient).await.unwrap();
    for key in [&idle, &busy, &fresh] {
        assert!(fx.a.load(key).await.unwrap().is_some(), "{key:?} is within the lenient limits");
    }
    assert!(fx.a.expire(retention).await.unwrap() >= 2);
    assert_eq!(fx.a.load(&idle).await.unwrap(), None, "idle past the sliding limit");
    assert_eq!(fx.b.load(&busy).await.unwrap(), None, "busy but past the absolute limit");
    assert_eq!(fx.a.load(&fresh).await.unwrap().unwrap().messages, 1);
    // An expired thread starts over at message 1, with none of its old facts.
    assert_eq!(fx.a.append(&idle, &update).await.unwrap(), 1);
    let m = fx.a.load(&idle).await.unwrap().unwrap();
    assert_eq!((m.messages, m.facts.len(), m.facts[0].loc.message), (1, 1, 1));
}

pub async fn watch_mode_set_and_unset(fx: &Fixture) {
    let (store, c) = (&*fx.a, fx.channel);
    assert!(!store.is_watched(c).await.unwrap(), "off by default");
    store.set_watch(1, c, true).await.unwrap();
    store.set_watch(1, c, true).await.unwrap();
    store.set_watch(2, u64::MAX, true).await.unwrap();
    assert!(store.is_watched(c).await.unwrap());
    assert!(store.is_watched(u64::MAX).await.unwrap(), "snowflakes above i64::MAX survive");
    assert!(!store.is_watched(c + 1).await.unwrap());
    store.set_watch(1, c, false).await.unwrap();
    store.set_watch(1, c, false).await.unwrap();
    assert!(!store.is_watched(c).await.unwrap());
    assert!(fx.b.is_watched(u64::MAX).await.unwrap(), "the other handle sees it");
    store.ping().await.unwrap();
}
