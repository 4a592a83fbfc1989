//! The 21 locales: every English message exists in every locale with no variable the
//! English message does not define; replies keep commands byte-identical in every locale;
//! no bidi isolation marks anywhere; every locale formats every message itself, in its own
//! words; and one full reply per locale as a snapshot.

use clawmedic_engine::diagnose::Msg;
use clawmedic_engine::lang::Locale;
use clawmedic_engine::render::{self, bidi, json, text, SOURCES};
use clawmedic_engine::{diagnose_thread, Options};
use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet};

/// Message id → variables it references, read with the Fluent parser itself.
fn messages(source: &str) -> BTreeMap<String, BTreeSet<String>> {
    let resource = fluent_syntax::parser::parse(source)
        .unwrap_or_else(|(_, errors)| panic!("syntax errors: {errors:?}"));
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
            assert!(
                unknown.is_empty(),
                "{locale} {id} uses {unknown:?}, English defines {allowed:?}"
            );
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
            // Isolation marks only in right-to-left replies, and never inside code.
            assert!(!bidi::marks_inside_code(&r), "{locale}: isolation marks inside code:\n{r}");
            if !locale.is_rtl() {
                assert!(
                    !r.chars().any(|c| matches!(c, '\u{2066}'..='\u{2069}')),
                    "{locale}: isolation marks in reply"
                );
            }
        }
    }
}

#[test]
fn right_to_left_locales_keep_commands_left_to_right_in_code_spans() {
    for locale in [Locale::Ar, Locale::Fa] {
        assert!(locale.is_rtl());
        let r = reply(locale, THREADS[0].0, THREADS[0].1);
        // The code span is isolated as a whole, from outside its backticks.
        assert!(
            r.contains(
                "\u{2066}`/model openai-codex/gpt-5.4@openai-codex:sam.lee@example.net`\u{2069}"
            ),
            "{r}"
        );
        assert!(!r.contains('\u{200F}') && !r.contains('\u{202B}'));
    }
}

/// The first strong (letter) character of a line, skipping isolated runs as the bidi
/// algorithm does when it picks a paragraph's direction.
fn first_strong(line: &str) -> Option<char> {
    let mut depth = 0;
    for c in line.chars() {
        match c {
            '\u{2066}'..='\u{2068}' => depth += 1,
            '\u{2069}' => depth -= 1,
            _ if depth == 0 && c.is_alphabetic() => return Some(c),
            _ => {}
        }
    }
    None
}

#[test]
fn right_to_left_lines_that_open_with_latin_still_read_right_to_left() {
    for locale in [Locale::Ar, Locale::Fa] {
        for (version, messages) in THREADS {
            let r = reply(locale, version, messages);
            for line in r.lines() {
                if let Some(c) = first_strong(line) {
                    assert!(
                        !c.is_ascii_alphabetic(),
                        "{locale}: line reads left-to-right: {line:?}"
                    );
                }
            }
        }
        // The version line opens with a word of the language, not with `OpenClaw`.
        let v = render::tr(locale, &Msg::new("reply-version-seen").arg("version", "2026.6.9"));
        assert!(!first_strong(&v).unwrap().is_ascii_alphabetic(), "{v}");
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

/// Messages that are the same as English on purpose in some locales: the punctuation the
/// layouts put around labels and glosses (each locale still defines its own).
const SAME_AS_ENGLISH: &[&str] =
    &["sep-colon", "sep-gloss", "paren-open", "paren-close", "bracket-open", "bracket-close"];

/// Every locale's own bundle formats every English message: `tr` falls back to English, so
/// this asks the bundle itself (a Fluent syntax error in a translation drops the entry). And
/// the text is the locale's own: a message left as a copy of the English text is reported,
/// except the few in [`SAME_AS_ENGLISH`].
#[test]
fn every_locale_formats_every_message_itself_in_its_own_words() {
    let en = messages(SOURCES[0].1);
    let mut copies = Vec::new();
    for locale in Locale::ALL.into_iter().filter(|l| *l != Locale::En) {
        for (id, vars) in &en {
            assert!(render::has_message(locale, id), "{locale} has no usable {id}");
            let mut msg = Msg { id: Box::leak(id.clone().into_boxed_str()), args: Vec::new() };
            for v in vars {
                msg.args.push((Box::leak(v.clone().into_boxed_str()), "1".to_string()));
            }
            let s = render::tr(locale, &msg);
            assert_ne!(&s, id, "{locale} shows the raw id {id}");
            assert!(!s.trim().is_empty(), "{locale} {id} is empty");
            if s == render::tr(Locale::En, &msg) && !SAME_AS_ENGLISH.contains(&id.as_str()) {
                copies.push(format!("{locale} {id}: {s:?}"));
            }
        }
    }
    assert!(copies.is_empty(), "English text in a translation:\n{}", copies.join("\n"));
}

/// `error-rate-limited` for each count, as rendered.
fn seconds(locale: Locale, n: u32) -> String {
    render::tr(locale, &Msg::new("error-rate-limited").arg("seconds", n.to_string()))
}

#[test]
fn plural_forms_follow_cldr_for_1_2_5_21_101() {
    // (locale, [form for 1, 2, 5, 21, 101]) — CLDR: 21 and 101 take the "one" form in ru/uk.
    let cases: [(Locale, [&str; 5]); 4] = [
        (Locale::Ru, ["1 секунду", "2 секунды", "5 секунд", "21 секунду", "101 секунду"]),
        (Locale::Uk, ["1 секунду", "2 секунди", "5 секунд", "21 секунду", "101 секунду"]),
        (Locale::Pl, ["1 sekundę", "2 sekundy", "5 sekund", "21 sekund", "101 sekund"]),
        (Locale::Ar, ["ثانية واحدة", "ثانيتين", "5 ثوانٍ", "21 ثانية", "101 ثانية"]),
    ];
    for (locale, forms) in cases {
        for (n, want) in [1, 2, 5, 21, 101].into_iter().zip(forms) {
            let got = seconds(locale, n);
            assert!(got.contains(want), "{locale} {n}: {got:?} lacks {want:?}");
        }
    }
    // No "1 seconds" (or its copies) anywhere.
    for locale in Locale::ALL {
        let one = seconds(locale, 1);
        let many = seconds(locale, 5);
        if !matches!(
            locale,
            Locale::ZhCn
                | Locale::ZhTw
                | Locale::JaJp
                | Locale::Ko
                | Locale::Th
                | Locale::Vi
                | Locale::Id
                | Locale::Tr
                | Locale::Fa
                | Locale::Hi
        ) {
            assert_ne!(one.replace('1', "5"), many, "{locale}: one form equals the plural: {one}");
        }
    }
    assert_eq!(seconds(Locale::En, 1), "Too many requests right now; please wait 1 second.");
    // ru/uk: 21 secrets are "they", not "it".
    let ru21 = render::tr(Locale::Ru, &Msg::new("secret-warning").arg("count", "21"));
    assert!(ru21.contains("21 секрет ") && ru21.contains("они не повторяются"), "{ru21}");
    let uk101 = render::tr(Locale::Uk, &Msg::new("secret-warning").arg("count", "101"));
    assert!(uk101.contains("101 секрет ") && uk101.contains("вони не повторюються"), "{uk101}");
}

#[test]
fn label_punctuation_comes_from_each_locale() {
    for locale in Locale::ALL {
        let colon = render::t(locale, "sep-colon");
        let want = match locale {
            Locale::Fr => "\u{a0}:",
            Locale::ZhCn | Locale::ZhTw | Locale::JaJp => "：",
            _ => ":",
        };
        assert_eq!(colon, want, "{locale}");
        let r = reply(locale, THREADS[0].0, THREADS[0].1);
        let evidence = format!("{}{colon}", render::t(locale, "reply-evidence"));
        assert!(r.lines().any(|l| l == evidence), "{locale}: no {evidence:?} line in\n{r}");
        let at = format!(
            "{}{}",
            render::t(locale, "paren-open"),
            render::tr(
                locale,
                &Msg::new("reply-evidence-line").arg("message", "1").arg("line", "1")
            )
        );
        assert!(r.contains(&at), "{locale}: no {at:?} in\n{r}");
    }
    // After CJK text: full-width colon and parentheses, never the ASCII ones, outside code.
    for locale in [Locale::ZhCn, Locale::ZhTw, Locale::JaJp] {
        for (version, messages) in THREADS {
            let r = reply(locale, version, messages);
            let prose: String = r.split('`').step_by(2).collect::<Vec<_>>().join(" ");
            let chars: Vec<char> = prose.chars().collect();
            for w in chars.windows(2) {
                let cjk = |c: char| ('\u{3040}'..='\u{9FFF}').contains(&c);
                assert!(
                    !(cjk(w[0]) && matches!(w[1], ':' | '(' | ')')),
                    "{locale}: ASCII {:?} after {:?}\n{r}",
                    w[1],
                    w[0]
                );
            }
        }
    }
}

#[test]
fn titles_after_a_colon_start_lower_case_where_the_language_wants_it() {
    let report = |l: Locale| {
        let opts = Options {
            lang: Some(l.id()),
            openclaw_version: clawmedic_engine::versions::Version::parse("2026.5.12"),
            ..Default::default()
        };
        diagnose_thread(THREADS[0].1, &opts)
    };
    for locale in [
        Locale::Fr,
        Locale::Es,
        Locale::It,
        Locale::PtBr,
        Locale::Nl,
        Locale::Pl,
        Locale::Ru,
        Locale::Uk,
    ] {
        let r = report(locale);
        let title = text::cause_name(locale, r.diagnosis.findings[0].cause);
        assert!(title.chars().next().unwrap().is_lowercase(), "{locale}: {title}");
        let line = render::tr(locale, &Msg::new("reply-top-finding").arg("title", title.clone()));
        assert!(line.ends_with(&title), "{locale}: {line}");
    }
}

#[test]
fn ruled_out_lists_human_titles_and_json_keeps_the_ids() {
    let opts = |l: Locale| Options {
        lang: Some(l.id()),
        openclaw_version: clawmedic_engine::versions::Version::parse("2026.5.12"),
        ..Default::default()
    };
    for locale in Locale::ALL {
        let report = diagnose_thread(THREADS[0].1, &opts(locale));
        let top = &report.diagnosis.findings[0];
        assert!(!top.rules_out.is_empty());
        let r = text::reply(&report);
        let lines: Vec<&str> = r.lines().collect();
        let head =
            format!("{}{}", render::t(locale, "reply-ruled-out"), render::t(locale, "sep-colon"));
        let at = lines
            .iter()
            .position(|l| bidi::isolate(locale, &head) == *l)
            .unwrap_or_else(|| panic!("{locale}: no {head:?}\n{r}"));
        for (i, cause) in top.rules_out.iter().enumerate() {
            let want = bidi::isolate(locale, &format!("  - {}", text::cause_name(locale, *cause)));
            assert_eq!(lines[at + 1 + i], want, "{locale}");
            assert!(!lines[at + 1 + i].contains(cause.id()), "{locale}: raw id {}", cause.id());
        }
        // Ids: in the footer line and the JSON, not after the titles.
        assert!(!r.contains(&format!("[{}]", top.cause.id())), "{locale}\n{r}");
        let footer = lines.last().copied().unwrap_or_default();
        assert!(
            footer.contains(&format!("clawmedic · {}", top.cause.id()))
                && footer.contains(locale.id()),
            "{locale}\n{r}"
        );
        let j = json::json(&report);
        let ids: Vec<&str> = j["findings"][0]["rules_out"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap())
            .collect();
        assert_eq!(ids, top.rules_out.iter().map(|c| c.id()).collect::<Vec<_>>());
    }
}

#[test]
fn step_places_say_where_to_run_and_no_english_step_says_this_chat() {
    let en = messages(SOURCES[0].1);
    for id in en
        .keys()
        .filter(|k| k.starts_with("step-") || k.starts_with("where-") || k.starts_with("ask-"))
    {
        let s = render::t(Locale::En, Box::leak(id.clone().into_boxed_str()));
        assert!(!s.to_lowercase().contains("this chat"), "{id}: {s}");
    }
    assert_eq!(render::t(Locale::En, "where-chat"), "the failing OpenClaw chat");
    for (version, messages) in THREADS {
        assert!(!reply(Locale::En, version, messages).to_lowercase().contains("this chat"));
    }
    // The env-file step is a shell command: it carries the shell label, in text and JSON.
    let missing_key = r#"⚠️ Agent failed before reply: No API key found for provider "zai". Auth store: ~/.openclaw/agents/main/agent/openclaw-agent.sqlite (agentDir: ~/.openclaw/agents/main/agent)."#;
    let opts = Options {
        lang: Some("en"),
        openclaw_version: clawmedic_engine::versions::Version::parse("2026.6.9"),
        ..Default::default()
    };
    let report = diagnose_thread(&[missing_key], &opts);
    let r = text::reply(&report);
    let echo =
        r.lines().find(|l| l.contains("`echo ")).unwrap_or_else(|| panic!("no echo step\n{r}"));
    assert!(
        echo.contains("[gateway host shell] `echo 'ZAI_API_KEY=<your-key>' >> ~/.openclaw/.env`"),
        "{echo}"
    );
    let j = json::json(&report);
    let step = j["findings"][0]["steps"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["command"].as_str().unwrap().starts_with("echo "))
        .unwrap();
    assert_eq!(step["where"], "cli");
    assert_eq!(step["where_label"], "gateway host shell");
    // A config change made with a command says it runs in the shell.
    assert_eq!(
        text::where_label(
            Locale::En,
            clawmedic_engine::diagnose::Place::Config,
            "openclaw config set a b"
        ),
        "gateway host shell (edits the config file)"
    );
    assert_eq!(
        text::where_label(
            Locale::En,
            clawmedic_engine::diagnose::Place::Config,
            "{ \"id\": \"main\" }"
        ),
        "config file"
    );
}

#[test]
fn plural_selectors_pick_forms() {
    let one = render::tr(
        Locale::Ru,
        &clawmedic_engine::diagnose::Msg::new("secret-warning").arg("count", "1"),
    );
    let few = render::tr(
        Locale::Ru,
        &clawmedic_engine::diagnose::Msg::new("secret-warning").arg("count", "3"),
    );
    let many = render::tr(
        Locale::Ru,
        &clawmedic_engine::diagnose::Msg::new("secret-warning").arg("count", "5"),
    );
    assert_ne!(one, few);
    assert_ne!(few, many);
    let en_one = render::tr(
        Locale::En,
        &clawmedic_engine::diagnose::Msg::new("secret-warning").arg("count", "1"),
    );
    let en_two = render::tr(
        Locale::En,
        &clawmedic_engine::diagnose::Msg::new("secret-warning").arg("count", "2"),
    );
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
