//! The 21 locales: every English message exists in every locale with no variable the
//! English message does not define; replies keep commands byte-identical in every locale;
//! no bidi isolation marks anywhere; the fallback chain never shows a raw message id; and one
//! full reply per locale as a snapshot.

use clawmedic_engine::lang::Locale;
use clawmedic_engine::render::{self, text, SOURCES};
use clawmedic_engine::{diagnose_thread, Options};
use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet};

/// Message id → variables it references, read with the Fluent parser itself.
fn messages(source: &str) -> BTreeMap<String, BTreeSet<String>> {
    let resource = fluent_syntax::parser::parse(source).unwrap_or_else(|(_, errors)| panic!("syntax errors: {errors:?}"));
    let mut out = BTreeMap::new();
    for entry in resource.body {
        if let ast::Entry::Message(m) = entry {
            let mut vars = BTreeSet::new();
            if let Some(p) = &m.value {
                pattern_vars(p, &mut vars);
            }
            out.insert(m.id.name.to_string(), vars);
        }
    }
    out
}

fn pattern_vars(p: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            expression_vars(expression, vars);
        }
    }
}

fn expression_vars(e: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Inline(i) => inline_vars(i, vars),
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, vars);
            for v in variants {
                pattern_vars(&v.value, vars);
            }
        }
    }
}

fn inline_vars(i: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, vars),
        _ => {}
    }
}

#[test]
fn every_locale_has_every_message_and_only_known_variables() {
    let en = messages(SOURCES[0].1);
    assert!(en.len() > 150, "English source looks truncated");
    for (locale, source) in SOURCES.iter().skip(1) {
        let t = messages(source);
        let missing: Vec<&String> = en.keys().filter(|k| !t.contains_key(*k)).collect();
        assert!(missing.is_empty(), "{locale} misses {missing:?}");
        let extra: Vec<&String> = t.keys().filter(|k| !en.contains_key(*k)).collect();
        assert!(extra.is_empty(), "{locale} has messages English lacks: {extra:?}");
        for (id, vars) in &t {
            let allowed = &en[id];
            let unknown: Vec<&String> = vars.difference(allowed).collect();
            assert!(unknown.is_empty(), "{locale} {id} uses {unknown:?}, English defines {allowed:?}");
        }
    }
}

#[test]
fn no_bidi_control_characters_in_any_locale_file() {
    for (locale, source) in SOURCES {
        let bad: Vec<char> =
            source.chars().filter(|c| matches!(c, '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}')).collect();
        assert!(bad.is_empty(), "{locale} contains bidi controls {bad:?}");
    }
}

const THREADS: &[(&str, &[&str])] = &[
    ("2026.5.12", &[
        "⚠️ Model login expired on the gateway for openai-codex. Re-auth with openclaw models auth login --provider openai-codex, then try again.",
        "│ openai-codex/gpt-5.4 │ openai-codex:default (oauth) │ unknown · - │\n│ │ │ ↳ Excluded by auth.order for this provider. │\n│ openai-codex/gpt-5.4 │ openai-codex:sam.lee@example.net (sam.lee@example.net) (oauth) │ ok · 9.6s │",
    ]),
    ("2026.6.9", &["Agent: main\nProvider: openai\nOrder override: openai-codex:default\n│ openai/gpt-5.5 │ openai:work (oauth) │ unknown · - │\n│ │ │ ↳ Excluded by auth.order for this provider. │"]),
    ("2026.7.1", &["⚠️ Agent failed before reply: No API key found for provider \"anthropic\". Auth store: ~/.openclaw/agents/main/agent/openclaw-agent.sqlite (agentDir: ~/.openclaw/agents/main/agent)."]),
    ("2026.6.9", &["{\"apiKey\": \"sk-proj-hvkRYtW6ZCrNBQH4S7otNn9aCyZLzEyYaGomLaQM\"}\n401 Incorrect API key provided"]),
];

/// Everything between backticks: the commands, ids and refs the layout prints.
fn code_spans(s: &str) -> Vec<String> {
    s.split('`').skip(1).step_by(2).map(str::to_string).collect()
}

fn reply(locale: Locale, version: &str, messages: &[&str]) -> String {
    let opts = Options {
        lang: Some(locale.id()),
        openclaw_version: clawmedic_engine::versions::Version::parse(version),
        ..Default::default()
    };
    text::reply(&diagnose_thread(messages, &opts))
}

#[test]
fn commands_are_byte_identical_in_every_locale() {
    for (version, messages) in THREADS {
        let english = code_spans(&reply(Locale::En, version, messages));
        assert!(!english.is_empty());
        for locale in Locale::ALL {
            let r = reply(locale, version, messages);
            assert_eq!(code_spans(&r), english, "{locale}: commands differ");
            assert!(!r.chars().any(|c| matches!(c, '\u{2066}'..='\u{2069}')), "{locale}: isolation marks in reply");
        }
    }
}

#[test]
fn right_to_left_locales_keep_commands_left_to_right_in_code_spans() {
    for locale in [Locale::Ar, Locale::Fa] {
        assert!(locale.is_rtl());
        let r = reply(locale, THREADS[0].0, THREADS[0].1);
        assert!(r.contains("`/model openai-codex/gpt-5.4@openai-codex:sam.lee@example.net`"), "{r}");
        assert!(!r.contains('\u{200F}') && !r.contains('\u{202B}'));
    }
}

#[test]
fn fallback_chain_for_unshipped_codes() {
    let cases = [
        ("zh-HK", Locale::ZhTw),
        ("zh-Hant", Locale::ZhTw),
        ("zh_TW", Locale::ZhTw),
        ("zh", Locale::ZhCn),
        ("pt-PT", Locale::PtBr),
        ("pt", Locale::PtBr),
        ("es-419", Locale::Es),
        ("es-ES", Locale::Es),
        ("en-GB", Locale::En),
        ("en-US", Locale::En),
        ("ja", Locale::JaJp),
        ("uk", Locale::Uk),
    ];
    for (code, want) in cases {
        assert_eq!(Locale::negotiate(code), Some(want), "{code}");
    }
    assert_eq!(Locale::negotiate("xx"), None);
}

#[test]
fn no_locale_ever_shows_a_raw_message_id() {
    let en = messages(SOURCES[0].1);
    for locale in Locale::ALL {
        for (id, vars) in &en {
            let mut msg = clawmedic_engine::diagnose::Msg { id: Box::leak(id.clone().into_boxed_str()), args: Vec::new() };
            for v in vars {
                msg.args.push((Box::leak(v.clone().into_boxed_str()), "1".to_string()));
            }
            let s = render::tr(locale, &msg);
            assert_ne!(&s, id, "{locale} shows the raw id {id}");
            assert!(!s.trim().is_empty(), "{locale} {id} is empty");
        }
    }
}

#[test]
fn plural_selectors_pick_forms() {
    let one = render::tr(Locale::Ru, &clawmedic_engine::diagnose::Msg::new("secret-warning").arg("count", "1"));
    let few = render::tr(Locale::Ru, &clawmedic_engine::diagnose::Msg::new("secret-warning").arg("count", "3"));
    let many = render::tr(Locale::Ru, &clawmedic_engine::diagnose::Msg::new("secret-warning").arg("count", "5"));
    assert_ne!(one, few);
    assert_ne!(few, many);
    let en_one = render::tr(Locale::En, &clawmedic_engine::diagnose::Msg::new("secret-warning").arg("count", "1"));
    let en_two = render::tr(Locale::En, &clawmedic_engine::diagnose::Msg::new("secret-warning").arg("count", "2"));
    assert!(en_one.contains("a secret") && en_two.contains("2 secrets"), "{en_one} / {en_two}");
}

#[test]
fn one_full_reply_per_locale() {
    for locale in Locale::ALL {
        let r = reply(locale, THREADS[0].0, THREADS[0].1);
        insta::with_settings!({snapshot_suffix => locale.id()}, {
            insta::assert_snapshot!("walkthrough_reply", r);
        });
    }
}
