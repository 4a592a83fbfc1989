//! Nothing in a paste can run on a reader's machine (security review H1, M2, L14; issue 12).
//!
//! Hostile names are put everywhere a paste can carry a provider, profile id, model ref, agent
//! id or env-var name, and every command of every finding and ask is checked:
//! * no control or format character (bidi, zero-width, tag characters, U+2028/2029);
//! * chat commands are one line starting with their slash command; config-file snippets are
//!   JSON;
//! * shell commands pass `bash -n`, and, run by a real bash under a PATH that holds only stub
//!   programs recording their argv, run exactly the programs they name with exactly the words
//!   a POSIX reading of the command gives: nothing else runs, nothing is expanded. The
//!   documented forms are a simple command, `a && b` (two simple commands),
//!   `printf '%s' "$KEY" | openclaw …` and `echo '…' >> ~/.openclaw/.env` (checked by the file it
//!   writes).
//!
//! Placeholders (`<provider>`) are the reader's to fill in; they are replaced by a plain word
//! before running.

use clawmedic_engine::diagnose::command::{self, is_control_or_format};
use clawmedic_engine::diagnose::{Msg, Place};
use clawmedic_engine::versions::Version;
use clawmedic_engine::{diagnose_thread, Options, Report};
use proptest::prelude::*;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Injection shapes (issue 12 asks for at least 12).
const HOSTILE: &[&str] = &[
    "x;{touch,PWNED}",          // brace expansion after `;`
    "x$(touch PWNED)",          // command substitution
    "x`touch PWNED`",           // backticks
    "x;touch PWNED",            // `;`
    "x&&touch PWNED",           // `&&`
    "x||touch PWNED",           // `||`
    "x|touch PWNED",            // pipe
    "x';touch PWNED;'",         // single-quote breakout
    "x\";touch PWNED;\"",       // double-quote breakout
    "x\ntouch PWNED",           // newline
    "x\u{2028}touch PWNED",     // line separator
    "ope\u{202E}nai",           // bidi override
    "open\u{200B}ai",           // zero width space
    "openai\u{E0041}\u{E0042}", // tag characters
    "x*",                       // glob
    "x?[ab]",                   // glob classes
    "{a,b}",                    // bare brace expansion
    "$HOME",                    // parameter expansion
    "~root",                    // tilde expansion
    "x>PWNED",                  // redirection
    "x<PWNED",                  // redirection
    "x#c",                      // comment
    "-rf",                      // an option
    "x\\\\;touch PWNED",        // backslash
    "x&touch PWNED&",           // background
    "ｏｐｅｎａｉ",             // full-width look-alike
];

/// Pastes that carry `{v}` where OpenClaw prints a provider, profile, model ref, agent or
/// env var. Each is a real message shape (messages.md, formats.md).
const TEMPLATES: &[&str] = &[
    "Unknown provider \"{v}\". Loaded providers: openai, anthropic",
    "No API key found for provider \"{v}\". Auth store: /home/u/.openclaw/agents/main/agent/auth-profiles.json (agentDir: /home/u/.openclaw/agents/main/agent).",
    "No API key found for provider \"openai\". Auth store: /home/u/.openclaw/agents/{v}/agent/auth-profiles.json (agentDir: /home/u/.openclaw/agents/{v}/agent).",
    "⚠️ Missing API key for provider \"{v}\". Configure the gateway auth for that provider, then try again.",
    "Auth profile \"openai:{v}\" is not configured for openai",
    "Auth profile \"{v}:work\" is for {v}, not openai.",
    "/model openai/gpt-5.5@openai-codex:{v}\nAuth profile \"openai-codex:{v}\" is for openai-codex, not openai.",
    "/model openai/gpt-5.5@openai:{v}\nAuth profile \"openai:{v}\" not found.",
    "⚠️ Model login expired on the gateway for openai-codex. Re-auth with `openclaw models auth login --provider openai-codex`, then try again.\n/model openai-codex/{v}@openai-codex:{v}",
    "Model \"openai/{v}\" is not allowed. Use /models to list providers, or /models <provider> to list models.\nAdd it with: openclaw config set agents.defaults.models '{\"openai/{v}\":{}}' --strict-json --merge",
    "Unknown model: {v}/gpt-5.5",
    "Unknown model: ollama/{v}. models.providers.ollama",
    "openclaw models auth login --provider openai --profile-id openai:{v}\nerror: unknown option '--profile-id'",
    "openclaw models auth order set --provider openai openai:{v}\nFailed to update auth-state.json (lock busy?)",
    "Explicit auth order for {v} has no usable profiles",
    "OPENAI_API_KEY is set, but it is not bound to provider \"{v}\"",
    "Failed to load models.json: Provider {v}: \"apiKey\" is required when defining custom models.",
    "Current: openai/gpt-5.5 (selected)\nAgent: main\n[openai] endpoint: default api: openai-responses auth: openai:{v}=missing (next)\n21:04:17 [model-fallback/decision] model fallback decision: decision=candidate_failed requested=openai/gpt-5.5 candidate=openai/gpt-5.5 reason=auth next=none",
    "Auth probes\n┌────────────────┬──────────────────────┬──────────────┐\n│ Model          │ Profile              │ Status       │\n├────────────────┼──────────────────────┼──────────────┤\n│ openai/{v} │ openai:{v} (oauth) │ ok · 1.2s    │\n│ openai/gpt-5.5 │ openai:default (oauth) │ auth · 0.4s │\n│                │                      │ ↳ Excluded by auth.order for this provider. │\n└────────────────┴──────────────────────┴──────────────┘\nProbed 2 targets in 1.2s",
    "Error: models auth login requires an interactive TTY.\nopenclaw models auth login --provider {v}",
    "blocked model (context window too small): {v}/tiny ctx=2048 (min=16000) source=modelsConfig",
];

const VERSIONS: &[Option<&str>] = &[None, Some("2026.5.12"), Some("2026.6.9"), Some("2026.8.2")];

fn reports(paste: &str) -> Vec<Report> {
    VERSIONS
        .iter()
        .map(|v| {
            diagnose_thread(
                &[paste],
                &Options { openclaw_version: v.and_then(Version::parse), ..Options::default() },
            )
        })
        .collect()
}

/// Every command of a report with where it runs (asks are run in the shell or the chat).
fn commands(r: &Report) -> Vec<(Option<Place>, String, Option<Msg>)> {
    let mut out = Vec::new();
    for f in &r.diagnosis.findings {
        for s in &f.steps {
            out.push((Some(s.place), s.command.clone(), s.note.clone()));
        }
    }
    for a in &r.diagnosis.asks {
        out.push((None, a.command.clone(), Some(a.why.clone())));
    }
    out
}

/// POSIX sh words of a command as we print them: plain words, '…' and "…" (without `$`).
fn sh_words(cmd: &str) -> Option<Vec<String>> {
    let mut words = Vec::new();
    let mut cur = String::new();
    let mut in_word = false;
    let mut chars = cmd.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            ' ' => {
                if in_word {
                    words.push(std::mem::take(&mut cur));
                    in_word = false;
                }
            }
            '\'' => {
                in_word = true;
                loop {
                    match chars.next()? {
                        '\'' => break,
                        c => cur.push(c),
                    }
                }
            }
            '"' => {
                in_word = true;
                loop {
                    match chars.next()? {
                        '"' => break,
                        '$' | '`' | '\\' => return None,
                        c => cur.push(c),
                    }
                }
            }
            c if c.is_ascii_alphanumeric() || "@%+=:,./_-[]{}…".contains(c) => {
                in_word = true;
                cur.push(c);
            }
            _ => return None,
        }
    }
    if in_word {
        words.push(cur);
    }
    Some(words)
}

/// Placeholders become a plain word, so the command can be run as the reader would.
fn fill_placeholders(cmd: &str) -> String {
    regex_lite(cmd)
}

/// `<word>` → `PH` (a tiny scanner instead of a regex dependency).
fn regex_lite(cmd: &str) -> String {
    let mut out = String::new();
    let mut rest = cmd;
    while let Some(i) = rest.find('<') {
        let after = &rest[i + 1..];
        match after.find('>') {
            Some(j)
                if command::is_placeholder(&rest[i..i + 1 + j + 1])
                    || placeholder_phrase(&after[..j]) =>
            {
                out.push_str(&rest[..i]);
                out.push_str("PH");
                rest = &after[j + 1..];
            }
            _ => {
                out.push_str(&rest[..=i]);
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Our longer placeholders (`<index of x>`, `<the Default: ref …>`) hold spaces or colons.
fn placeholder_phrase(inner: &str) -> bool {
    !inner.is_empty() && inner.chars().all(|c| c.is_ascii_alphanumeric() || " :_.-".contains(c))
}

struct Sandbox {
    dir: PathBuf,
}

impl Sandbox {
    fn new(tag: &str) -> Sandbox {
        let dir = std::env::temp_dir().join(format!("clawmedic-cmd-{}-{tag}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("bin")).unwrap();
        std::fs::create_dir_all(dir.join("home/.openclaw")).unwrap();
        // Each stub writes its name and argv, one word per line, then an end marker.
        for prog in ["openclaw", "claude", "codex", "npm", "docker", "getent"] {
            let p = dir.join("bin").join(prog);
            std::fs::write(
                &p,
                format!("#!/bin/bash\n{{ printf '%s\\n' '{prog}'; for a in \"$@\"; do printf '%s\\n' \"$a\"; done; printf '%s\\n' '--end--'; }} >> \"$STUB_LOG\"\n"),
            )
            .unwrap();
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o755)).unwrap();
        }
        Sandbox { dir }
    }
    fn log(&self) -> PathBuf {
        self.dir.join("log")
    }
    fn env_file(&self) -> PathBuf {
        self.dir.join("home/.openclaw/.env")
    }
    /// Run one command; returns (stderr, recorded argv lists, env file contents).
    fn run(&self, cmd: &str) -> (String, Vec<Vec<String>>, String) {
        let _ = std::fs::remove_file(self.log());
        let _ = std::fs::remove_file(self.env_file());
        let bash = bash();
        let out = Command::new(&bash)
            .arg("--noprofile")
            .arg("--norc")
            .arg("-c")
            .arg(cmd)
            .current_dir(&self.dir)
            .env_clear()
            .env("PATH", self.dir.join("bin"))
            .env("HOME", self.dir.join("home"))
            .env("STUB_LOG", self.log())
            .env("KEY", "k")
            .env("TOKEN", "t")
            .output()
            .expect("bash runs");
        let log = std::fs::read_to_string(self.log()).unwrap_or_default();
        let mut runs = Vec::new();
        let mut cur = Vec::new();
        for line in log.lines() {
            if line == "--end--" {
                runs.push(std::mem::take(&mut cur));
            } else {
                cur.push(line.to_string());
            }
        }
        let env = std::fs::read_to_string(self.env_file()).unwrap_or_default();
        (String::from_utf8_lossy(&out.stderr).into_owned(), runs, env)
    }
    fn syntax_ok(&self, cmd: &str) -> bool {
        Command::new(bash()).arg("-n").arg("-c").arg(cmd).output().is_ok_and(|o| o.status.success())
    }
    /// Nothing but our own files in the sandbox (no `PWNED`, no files made by a redirection).
    fn untouched(&self) -> Vec<String> {
        std::fs::read_dir(&self.dir)
            .unwrap()
            .filter_map(Result::ok)
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| !matches!(n.as_str(), "bin" | "home" | "log"))
            .collect()
    }
}

impl Drop for Sandbox {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// bash is required (no silent skip): the test fails when it is missing.
fn bash() -> PathBuf {
    for p in ["/bin/bash", "/usr/bin/bash"] {
        if Path::new(p).exists() {
            return PathBuf::from(p);
        }
    }
    panic!("bash is needed to check the shell steps");
}

/// Check one command; returns a description of what is wrong.
fn check(sb: &Sandbox, place: Option<Place>, cmd: &str) -> Result<(), String> {
    if let Some(c) = cmd.chars().find(|c| is_control_or_format(*c)) {
        return Err(format!("control/format character U+{:04X}", c as u32));
    }
    if cmd.starts_with('/') {
        // A chat command: one line, the slash command, then words.
        let words = sh_words(&fill_placeholders(cmd)).ok_or("chat command with odd characters")?;
        return if words.first().is_some_and(|w| w.starts_with('/')) {
            Ok(())
        } else {
            Err("chat command".into())
        };
    }
    if place == Some(Place::Config) && cmd.starts_with('{') {
        let filled = fill_placeholders(cmd).replace("PH", "x");
        return serde_json::from_str::<serde_json::Value>(&filled)
            .map(|_| ())
            .map_err(|e| format!("config snippet is not JSON: {e}"));
    }
    let filled = fill_placeholders(cmd);
    if !sb.syntax_ok(&filled) {
        return Err("bash -n rejects it".into());
    }
    let (stderr, runs, env) = sb.run(&filled);
    if !stderr.is_empty() {
        return Err(format!("stderr: {stderr}"));
    }
    let extra = sb.untouched();
    if !extra.is_empty() {
        return Err(format!("files created: {extra:?}"));
    }
    // What should have run, read the POSIX way.
    let expected: Vec<Vec<String>> = if let Some(line) =
        filled.strip_prefix("echo ").and_then(|r| r.strip_suffix(" >> ~/.openclaw/.env"))
    {
        let words = sh_words(line).ok_or("echo line")?;
        if words.len() != 1 || env != format!("{}\n", words[0]) || !runs.is_empty() {
            return Err(format!("env file got {env:?}"));
        }
        return Ok(());
    } else if let Some(rest) = filled
        .strip_prefix("printf '%s' \"$KEY\" | ")
        .or_else(|| filled.strip_prefix("printf '%s' \"$TOKEN\" | "))
    {
        vec![sh_words(rest).ok_or("piped command")?]
    } else {
        let mut v = Vec::new();
        for part in filled.split(" && ") {
            v.push(sh_words(part).ok_or_else(|| format!("not plain words: {part}"))?);
        }
        v
    };
    if runs != expected {
        return Err(format!("ran {runs:?}, expected {expected:?}"));
    }
    Ok(())
}

fn check_report(sb: &Sandbox, r: &Report, paste: &str) -> Vec<String> {
    let mut failures = Vec::new();
    for (place, cmd, note) in commands(r) {
        if let Err(e) = check(sb, place, &cmd) {
            failures.push(format!("{e}\n  command: {cmd:?}\n  paste: {paste:?}"));
        }
        for arg in note.iter().flat_map(|n| n.args.iter()) {
            if arg.1.chars().any(is_control_or_format) {
                failures.push(format!("format character in a note argument {arg:?}"));
            }
        }
    }
    failures
}

#[test]
fn hostile_names_never_run_anything() {
    let sb = Sandbox::new("hostile");
    let mut failures = Vec::new();
    let mut checked = 0;
    let mut unusable_said = 0;
    for v in HOSTILE {
        for t in TEMPLATES {
            let paste = t.replace("{v}", v);
            for r in reports(&paste) {
                failures.extend(check_report(&sb, &r, &paste));
                checked += commands(&r).len();
                unusable_said += commands(&r)
                    .iter()
                    .filter(|(_, _, n)| n.as_ref().is_some_and(|n| n.id == "step-unusable-name"))
                    .count();
            }
        }
    }
    assert!(HOSTILE.len() >= 12);
    assert!(checked > 1000, "only {checked} commands checked");
    // The reply says in words that a name could not be used (the step keeps a placeholder).
    assert!(unusable_said > 50, "only {unusable_said} steps say a name was unusable");
    assert!(
        failures.is_empty(),
        "{} failures, first:\n{}",
        failures.len(),
        failures.iter().take(8).cloned().collect::<Vec<_>>().join("\n")
    );
}

/// The exact H1 proof of concept: the step keeps a placeholder and says why.
#[test]
fn the_review_payload_becomes_a_placeholder_with_a_reason() {
    let r = diagnose_thread(
        &["Unknown provider \"x;{touch,./rt/pwned3}\". Loaded providers: openai"],
        &Options::default(),
    );
    let steps: Vec<_> = r.diagnosis.findings.iter().flat_map(|f| f.steps.iter()).collect();
    assert!(!steps.is_empty());
    for s in &steps {
        assert!(
            !s.command.contains("touch") && !s.command.contains(';') && !s.command.contains('{'),
            "{}",
            s.command
        );
    }
    let enable = steps
        .iter()
        .find(|s| s.command.starts_with("openclaw plugins enable"))
        .expect("plugins enable step");
    assert_eq!(enable.command, "openclaw plugins enable <provider>");
    assert_eq!(enable.note.as_ref().map(|n| n.id), Some("step-unusable-name"));
    // The reply says in words why the command has a placeholder (the paste itself is only
    // quoted as evidence, never as a command).
    let text = clawmedic_engine::render::text::reply(&r);
    let said = clawmedic_engine::render::tr(
        clawmedic_engine::lang::Locale::En,
        &Msg::new("step-unusable-name").arg("placeholder", "<provider>"),
    );
    assert!(text.contains(&said), "{text}");
    assert!(text.contains("openclaw plugins enable <provider>"), "{text}");
}

/// Legitimate names still reach the command as they are.
#[test]
fn legitimate_names_are_kept() {
    let r = diagnose_thread(
        &["Unknown provider \"google-gemini-cli\". Loaded providers: openai"],
        &Options::default(),
    );
    let cmds: Vec<String> = commands(&r).into_iter().map(|c| c.1).collect();
    assert!(cmds.iter().any(|c| c == "openclaw plugins enable google-gemini-cli"), "{cmds:?}");
    let r = diagnose_thread(
        &["/model openai/gpt-5.5@openai-codex:kim.lee+2@example.org\nAuth profile \"openai-codex:kim.lee+2@example.org\" is for openai-codex, not openai."],
        &Options { openclaw_version: Version::parse("2026.5.12"), ..Options::default() },
    );
    let cmds: Vec<String> = commands(&r).into_iter().map(|c| c.1).collect();
    assert!(cmds.iter().any(|c| c.contains("@openai-codex:kim.lee+2@example.org")), "{cmds:?}");
    let sb = Sandbox::new("legit");
    assert!(check_report(&sb, &r, "legit").is_empty());
}

fn hostile_value() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        3 => "[a-z0-9._:@+-]{0,6}",
        2 => prop::sample::select(vec![
            ";", "&", "&&", "|", "||", "$(", ")", "`", "'", "\"", "\\", "\n", "\r", "{", "}", ",", "*", "?", "[", "]",
            "~", "$", "#", "<", ">", "!", " ", "\t", "\u{202E}", "\u{2066}", "\u{200B}", "\u{200D}", "\u{FEFF}",
            "\u{2028}", "\u{2029}", "\u{E0041}", "\u{061C}", "\u{00AD}", "touch PWNED", "-", "%", "=",
        ])
        .prop_map(String::from),
        1 => any::<String>(),
    ];
    prop::collection::vec(piece, 1..6).prop_map(|v| v.concat())
}

/// Every format character `is_format` names, in a name of every template: none reaches a
/// command or a note (proptest found U+180F, a Mongolian variation selector, in a note).
#[test]
fn format_characters_in_names_reach_no_command_or_note() {
    let sb = Sandbox::new("format");
    let samples = [
        '\u{180F}',
        '\u{180B}',
        '\u{115F}',
        '\u{3164}',
        '\u{FE0F}',
        '\u{2060}',
        '\u{1D173}',
        '\u{E0100}',
    ];
    let mut failures = Vec::new();
    for c in samples {
        for t in TEMPLATES {
            let paste = t.replace("{v}", &format!("sam{c}lee"));
            for r in reports(&paste) {
                failures.extend(check_report(&sb, &r, &paste));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    /// Arbitrary names in every template: every command still runs only what it names.
    #[test]
    fn arbitrary_names_never_run_anything(v in hostile_value(), t in 0..TEMPLATES.len()) {
        let sb = Sandbox::new("prop");
        let paste = TEMPLATES[t].replace("{v}", &v);
        for r in reports(&paste) {
            let failures = check_report(&sb, &r, &paste);
            prop_assert!(failures.is_empty(), "{}", failures.join("\n"));
        }
    }
}

/// Security review M2, L14: invisible characters of a paste never reach any rendered text (the
/// text reply and the JSON of every locale): bidi overrides and marks, zero-width, tag
/// characters, U+2028/2029. Isolation marks appear only in right-to-left locales, never inside
/// code.
#[test]
fn rendered_replies_hold_no_hiding_format_characters() {
    use clawmedic_engine::lang::Locale;
    use clawmedic_engine::render::{bidi, json::json, text::reply};
    let hiding = |c: char| {
        matches!(c, '\u{200B}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2028}' | '\u{2029}'
            | '\u{061C}' | '\u{FEFF}' | '\u{00AD}' | '\u{E0000}'..='\u{E007F}')
    };
    let pastes = [
        "Auth profile \"openai:sam\u{202E}ten.elpmaxe@eel\" not found.\n/model openai/gpt-5.5@openai:sam\u{202E}ten.elpmaxe@eel",
        "⚠️ Model login expired on the gateway for openai\u{E0041}\u{E0042}-codex.\u{2028}It says \u{200F}expired\u{202C} again\u{2029}",
        "No API key found for provider \"anth\u{200B}ropic\u{FEFF}\". Auth store: /x (agentDir: /home/u/.openclaw/agents/main/agent).",
    ];
    for paste in pastes {
        for l in Locale::ALL {
            let r =
                diagnose_thread(&[paste], &Options { lang: Some(l.id()), ..Options::default() });
            let text = reply(&r);
            let j = json(&r).to_string();
            for (what, s) in [("text", &text), ("json", &j)] {
                if let Some(c) = s.chars().find(|c| hiding(*c)) {
                    panic!("{}: U+{:04X} in the {what} reply:\n{s}", l.id(), c as u32);
                }
                if !l.is_rtl() {
                    assert!(
                        !s.contains(['\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}']),
                        "{}: isolation marks",
                        l.id()
                    );
                }
            }
            assert!(!bidi::marks_inside_code(&text), "{}: marks inside code", l.id());
        }
    }
}
