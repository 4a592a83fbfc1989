//! The command-line contract: `clawmedic diagnose [--lang L] [--openclaw-version V]
//! [--format text|json] [FILE...]`, stdin when no file, exit 0 on any diagnosis and 2 with a
//! one-line message on unreadable input.

use std::io::Write;
use std::process::{Command, Output, Stdio};

#[path = "support/scratch.rs"]
mod scratch;
#[path = "support/tesseract.rs"]
mod tesseract;
use scratch::ScratchFile;
use tesseract::have_tesseract;

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_clawmedic"))
}

fn temp_file(name: &str, bytes: &[u8]) -> ScratchFile {
    ScratchFile::new(name, bytes)
}

fn run_stdin(args: &[&str], input: &str) -> Output {
    let mut child = bin()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}

const PROBE: &str = "OpenClaw version: 2026.5.26\n│ openai/gpt-5.5 │ openai-codex:dana@example.com (dana@example.com) (oauth) │ ok · 7.9s │";
const PIN_ERROR: &str = "/model openai/gpt-5.5@openai-codex:dana@example.com\nAuth profile \"openai-codex:dana@example.com\" is for openai-codex, not openai.";

#[test]
fn json_contract_from_two_files_as_one_thread() {
    let a = temp_file("m1.txt", PROBE.as_bytes());
    let b = temp_file("m2.txt", PIN_ERROR.as_bytes());
    let out = bin().args(["diagnose", "--format", "json"]).arg(&a).arg(&b).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("one JSON object");
    assert_eq!(v["locale"], "en");
    assert_eq!(v["openclaw_version"], "2026.5.26");
    assert_eq!(v["inputs"].as_array().unwrap().len(), 2);
    let top = &v["findings"][0];
    assert_eq!(top["cause"], "wrong_provider_prefix");
    assert!(top["confidence"].as_f64().unwrap() > 0.75);
    assert_eq!(top["evidence"][0]["message"], 2);
    assert_eq!(top["steps"][0]["where"], "chat");
    assert_eq!(
        top["steps"][0]["command"],
        "/model openai-codex/gpt-5.5@openai-codex:dana@example.com"
    );
    assert!(v["asks"].is_array());
    assert!(v["reply"]
        .as_str()
        .unwrap()
        .contains("`/model openai-codex/gpt-5.5@openai-codex:dana@example.com`"));
}

#[test]
fn stdin_text_and_explicit_language_and_version() {
    let out = run_stdin(
        &["diagnose", "--lang", "zh-HK", "--openclaw-version", "2026.6.9"],
        "⚠️ Model login expired on the gateway for openai. Re-auth with `openclaw models auth login --provider openai` in a terminal, then try again.",
    );
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("OpenClaw 2026.6.9"), "{text}");
    assert!(text.contains("`openclaw models auth login --provider openai`"));
    // zh-HK falls back to Traditional Chinese.
    assert!(text.contains("下一步"), "{text}");
}

#[test]
fn nothing_conclusive_is_still_exit_zero_with_asks() {
    let out = run_stdin(&["diagnose", "--format", "json"], "hello, is anyone here?");
    assert_eq!(out.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["findings"].as_array().unwrap().len(), 0);
    assert!(!v["asks"].as_array().unwrap().is_empty());
    assert!(!v["asks"].to_string().contains("status --all"));
}

#[test]
fn unreadable_input_fails_with_one_line() {
    let missing = bin().args(["diagnose", "/nonexistent/clawmedic/paste.txt"]).output().unwrap();
    assert_eq!(missing.status.code(), Some(2));
    let err = String::from_utf8(missing.stderr).unwrap();
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("does not exist"), "{err}");

    let binary = temp_file("blob.bin", &[0x7f, b'E', b'L', b'F', 0, 0, 1, 2, 3]);
    let out = bin().arg("diagnose").arg(&binary).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8(out.stderr).unwrap().contains("binary data"));

    let big = temp_file("big.txt", &vec![b'a'; clawmedic::MAX_MESSAGE_BYTES + 1]);
    let out = bin().arg("diagnose").arg(&big).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8(out.stderr).unwrap().contains("larger than 1048576 bytes"));
    assert!(out.stdout.is_empty());
}

#[test]
fn bad_flags_are_explained() {
    let out = run_stdin(&["diagnose", "--lang", "klingon"], "x");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8(out.stderr).unwrap().contains("Unknown language klingon"));
    // A blank --lang is no choice (as in the web form), not "Unknown language ".
    let out = run_stdin(&["diagnose", "--lang", "", "--format", "json"], "hello");
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn a_secret_is_never_printed() {
    let key = "sk-proj-hvkRYtW6ZCrNBQH4S7otNn9aCyZLzEyYaGomLaQM";
    for format in ["text", "json"] {
        let out = run_stdin(
            &["diagnose", "--format", format],
            &format!("my config: {{\"apiKey\": \"{key}\"}}\n401 Incorrect API key provided"),
        );
        assert_eq!(out.status.code(), Some(0));
        let all = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(!all.contains(key) && !all.contains("hvkRYtW6ZCrNBQH4S7otNn9aCyZLzEyYaGomLaQM"));
        assert!(all.contains("rotate"), "{all}");
    }
}

const LOGIN: &str = "⚠️ Model login expired on the gateway for openai. Re-auth with `openclaw models auth login --provider openai` in a terminal, then try again.";

fn json_of(out: &Output) -> serde_json::Value {
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).expect("one JSON object")
}

/// `--openclaw-version` takes what `openclaw --version` and the banner print.
#[test]
fn openclaw_version_accepts_what_openclaw_prints() {
    for (given, want) in [
        ("OpenClaw 2026.5.12", "2026.5.12"),
        ("2026.5.12 (a1b2c3d)", "2026.5.12"),
        ("v2026.5.12", "2026.5.12"),
        ("V2026.5.12", "2026.5.12"),
        ("🦞 OpenClaw 2026.6.9 (c645ec4)", "2026.6.9"),
        ("2026.2.3-1 (d84eb46)", "2026.2.3-1"),
        ("2026.7.1-beta.2 (a580a7f)", "2026.7.1-beta.2"),
        ("v2026.3.11", "2026.3.11"),
    ] {
        let v = json_of(&run_stdin(
            &["diagnose", "--format", "json", "--openclaw-version", given],
            LOGIN,
        ));
        assert_eq!(v["openclaw_version"], want, "{given}");
        assert_eq!(v["notes"], serde_json::json!([]), "{given}");
    }
}

/// `latest`, `最新版` or a version that never existed: unknown, said in the reply, exit 0.
#[test]
fn a_version_that_names_no_release_is_unknown_not_an_error() {
    for given in ["latest", "最新版", "v2026.6.34"] {
        let out = run_stdin(&["diagnose", "--openclaw-version", given], LOGIN);
        assert_eq!(out.status.code(), Some(0), "{given}");
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(text.starts_with("OpenClaw version unknown"), "{text}");
        assert!(
            text.contains(&format!("The version you gave, “{given}”, is not an OpenClaw release this build knows, so it was not used.")),
            "{text}"
        );
    }
}

/// The option wins over the paste's version, and the reply says which one it used.
#[test]
fn a_version_that_differs_from_the_paste_is_named_in_the_reply() {
    let paste = format!("🦞 OpenClaw 2026.5.12 (f066dd2)\n{LOGIN}");
    let out = run_stdin(&["diagnose", "--openclaw-version", "2026.6.9"], &paste);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("OpenClaw 2026.6.9 (as given)."), "{text}");
    assert!(text.contains("You gave OpenClaw 2026.6.9, but the paste shows 2026.5.12; this reply uses 2026.6.9, the version you gave."), "{text}");
    let help = bin().args(["diagnose", "--help"]).output().unwrap();
    let help = String::from_utf8(help.stdout).unwrap();
    assert!(help.contains("wins over a version in the paste"), "{help}");
    assert!(!help.contains("when the paste does not say it"), "{help}");
}

/// UTF-16 as Windows PowerShell 5.1 `>` writes it (LE with BOM), BE with BOM, and CP1252.
#[test]
fn utf16_and_cp1252_files_are_read_as_text() {
    let paste = format!("OpenClaw 2026.6.9\n{LOGIN}\nJ'ai réessayé, ça échoue.\r\n");
    let mut le = vec![0xFF, 0xFE];
    le.extend(paste.encode_utf16().flat_map(u16::to_le_bytes));
    let mut be = vec![0xFE, 0xFF];
    be.extend(paste.encode_utf16().flat_map(u16::to_be_bytes));
    let want = json_of(&run_stdin(&["diagnose", "--format", "json"], &paste));
    assert_eq!(want["findings"][0]["cause"], "oauth_expired");
    for (name, bytes) in [("ps51.txt", le), ("be.txt", be)] {
        let f = temp_file(name, &bytes);
        let got = json_of(&bin().args(["diagnose", "--format", "json"]).arg(&f).output().unwrap());
        assert_eq!(got, want, "{name}");
    }
    // CP1252: "é", "ç" and curly quotes are single bytes; no U+FFFD anywhere.
    let cp1252: Vec<u8> = [
        b"OpenClaw 2026.6.9\n\x93Model login expired on the gateway for openai. Re-auth with `openclaw models auth login --provider openai` in a terminal, then try again.\x94\nJ'ai r\xe9essay\xe9, \xe7a \xe9choue.".as_slice(),
    ]
    .concat();
    let f = temp_file("cp1252.txt", &cp1252);
    let out = bin().args(["diagnose", "--format", "json"]).arg(&f).output().unwrap();
    let v = json_of(&out);
    assert!(!String::from_utf8(out.stdout).unwrap().contains('\u{FFFD}'));
    assert_eq!(v["findings"][0]["cause"], "oauth_expired");
    assert!(
        v["findings"][0]["evidence"][0]["text"].as_str().unwrap().contains("“Model login expired"),
        "{v}"
    );
}

/// `-` is stdin, also among files.
#[test]
fn a_dash_reads_stdin() {
    let a = temp_file("dash-m1.txt", b"OpenClaw 2026.6.9");
    let out = {
        let mut child = bin()
            .args(["diagnose", "--format", "json"])
            .arg(&a)
            .arg("-")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        child.stdin.take().unwrap().write_all(LOGIN.as_bytes()).unwrap();
        child.wait_with_output().unwrap()
    };
    let v = json_of(&out);
    assert_eq!(v["inputs"].as_array().unwrap().len(), 2);
    assert_eq!(v["findings"][0]["cause"], "oauth_expired");
    assert_eq!(v["findings"][0]["evidence"][0]["message"], 2);
    assert_eq!(v["openclaw_version"], "2026.6.9");
}

/// A directory as FILE: a clear sentence in the chosen language, no raw OS text.
#[test]
fn a_directory_is_named_as_a_folder_in_the_asked_language() {
    let scratch = tempfile::tempdir().unwrap();
    let dir = scratch.path();
    for (lang, want) in [
        ("en", "is a folder, not a file: name the file that holds the output."),
        ("de", "ist ein Ordner, keine Datei"),
    ] {
        let out = bin().args(["diagnose", "--lang", lang]).arg(dir).output().unwrap();
        assert_eq!(out.status.code(), Some(2));
        let err = String::from_utf8(out.stderr).unwrap();
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.contains(want), "{err}");
        assert!(!err.contains("os error"), "{err}");
    }
}

/// `serve` logs without colour codes when stderr is not a terminal (a pipe here, a file or
/// journald in production), and says where the default SQLite file is, with its full path.
#[test]
fn serve_logs_are_plain_and_name_the_default_sqlite_file() {
    use std::io::BufRead;
    let scratch = tempfile::tempdir().unwrap();
    let dir = scratch.path();
    let mut child = bin()
        .arg("serve")
        .current_dir(dir)
        .env_remove("DATABASE_URL")
        .env_remove("NO_COLOR")
        .env_remove("DISCORD_PUBLIC_KEY")
        .env_remove("DISCORD_TOKEN")
        .env("RUST_LOG", "info")
        .env("HTTP_BIND", "127.0.0.1:0")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let stderr = child.stderr.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in std::io::BufReader::new(stderr).lines().map_while(Result::ok) {
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    let mut lines = Vec::new();
    // Until the server serves (or exits); the limit only guards against a hang.
    while let Ok(line) = rx.recv_timeout(std::time::Duration::from_secs(60)) {
        let done = line.contains("serving HTTP");
        lines.push(line);
        if done {
            break;
        }
    }
    let _ = child.kill();
    let _ = child.wait();
    let log = lines.join("\n");
    assert!(log.contains("serving HTTP"), "{log}");
    assert!(!log.contains('\u{1b}'), "colour codes in a piped log:\n{log}");
    assert!(log.contains("DATABASE_URL is not set: thread memory is the SQLite file clawmedic.sqlite in the working directory"), "{log}");
    let file = std::fs::canonicalize(dir).unwrap().join("clawmedic.sqlite");
    assert!(log.contains(&format!("file={}", file.display())), "{log}");
    assert!(file.exists());
}

/// A `.env` that cannot be parsed stops `serve` and `bot` at once with a one-line message that
/// names the file, not the line (which may hold the token); a missing `.env` is fine (above).
#[test]
fn a_malformed_dotenv_stops_startup_without_echoing_it() {
    let scratch = tempfile::tempdir().unwrap();
    let dir = scratch.path();
    let token = "MTIzNDU2Nzg5MDEyMzQ1Njc4.GaBcDe.abcdefghijklmnopqrstuvwxyz0123456789AB";
    std::fs::write(dir.join(".env"), format!("HTTP_BIND=127.0.0.1:0\nDISCORD_TOKEN {token}\n"))
        .unwrap();
    for command in ["serve", "bot"] {
        let out = bin()
            .arg(command)
            .current_dir(dir)
            .env_remove("DISCORD_TOKEN")
            .env_remove("HTTP_BIND")
            .stdin(Stdio::null())
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{command}: {stderr}");
        assert!(stderr.starts_with("clawmedic: .env has a line that cannot be parsed"), "{stderr}");
        assert_eq!(stderr.trim_end().lines().count(), 1, "{stderr}");
        assert!(!stderr.contains("MTIzNDU2"), "{command} echoed the token: {stderr}");
    }
}

fn readme() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap()
}

/// The README's example is the CLI's real output (every line above the `…`).
#[test]
fn readme_example_is_what_the_cli_prints() {
    let readme = readme();
    let start =
        readme.find("```\nOpenClaw 2026.5.12 (read from your paste).").expect("the README example")
            + 4;
    let block = &readme[start..];
    let shown: Vec<&str> = block.lines().take_while(|l| *l != "…").collect();
    assert!(shown.len() > 10, "{shown:?}");
    let example = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/pastes/probe-excluded.txt");
    let out = bin().args(["diagnose", example]).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let real: Vec<&str> = text.lines().take(shown.len()).collect();
    assert_eq!(
        shown, real,
        "README.md's example differs from `clawmedic diagnose examples/pastes/probe-excluded.txt`"
    );
}

/// Every key path of a JSON value (`findings[].steps[].why`).
fn key_paths(v: &serde_json::Value, prefix: &str, out: &mut std::collections::BTreeSet<String>) {
    match v {
        serde_json::Value::Object(m) => {
            for (k, v) in m {
                let p = if prefix.is_empty() { k.clone() } else { format!("{prefix}.{k}") };
                out.insert(p.clone());
                key_paths(v, &p, out);
            }
        }
        serde_json::Value::Array(a) => {
            for v in a {
                key_paths(v, &format!("{prefix}[]"), out);
            }
        }
        _ => {}
    }
}

/// The README's JSON table lists exactly the fields the output has (optional ones included:
/// a mojibake'd paste, a step with a reason, a note, asks).
#[test]
fn readme_json_contract_names_every_field() {
    let readme = readme();
    let section = &readme[readme.find("### JSON output").expect("JSON section")..];
    let section = &section[..section.find("\n## ").unwrap_or(section.len())];
    let documented: std::collections::BTreeSet<String> = section
        .lines()
        .filter_map(|l| l.strip_prefix("| `"))
        .filter_map(|l| l.split('`').next())
        .map(str::to_string)
        .collect();
    let example = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/pastes/probe-excluded.txt");
    let mut seen = std::collections::BTreeSet::new();
    let mut outputs = vec![
        bin().args(["diagnose", "--format", "json", "--openclaw-version", "2026.6.9", example]).output().unwrap(),
        run_stdin(&["diagnose", "--format", "json"], "hello, is anyone here?"),
        run_stdin(&["diagnose", "--format", "json"], "Depuis ce matin le bot ne rÃ©pond plus, rÃ©essayÃ© deux fois.\nâš ï¸ Model login expired on the gateway for openai. Re-auth with openclaw models auth login --provider openai, then try again."),
    ];
    // A screenshot with ids read uncertainly (`inputs[].image`, `inputs[].uncertain_reads`).
    let shot = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/screenshots/shot-syn-28-chat-reply-auth-list-dark-13px-120c-m1.png"
    );
    let ocr = have_tesseract();
    if ocr {
        outputs.push(bin().args(["diagnose", "--format", "json", shot]).output().unwrap());
    }
    for out in outputs.drain(..) {
        key_paths(&json_of(&out), "", &mut seen);
    }
    for must in ["inputs[].mojibake_repaired", "findings[].steps[].why", "asks[].why"] {
        assert!(seen.contains(must), "the test pastes no longer produce {must}: {seen:?}");
    }
    let undocumented: Vec<&String> = seen.difference(&documented).collect();
    let stale: Vec<&String> = documented
        .difference(&seen)
        .filter(|f| {
            ocr || !(f.starts_with("inputs[].image") || f.starts_with("inputs[].uncertain"))
        })
        .collect();
    assert!(undocumented.is_empty(), "fields missing from README's JSON table: {undocumented:?}");
    assert!(stale.is_empty(), "README's JSON table names fields the output never has: {stale:?}");
}

/// Confidences have at most two decimals in the printed JSON.
#[test]
fn json_confidences_have_two_decimals() {
    let example = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/pastes/probe-excluded.txt");
    let out = bin().args(["diagnose", "--format", "json", example]).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let confidences: Vec<&str> = text
        .lines()
        .filter_map(|l| l.trim().strip_prefix("\"confidence\": "))
        .map(|c| c.trim_end_matches(','))
        .collect();
    assert!(!confidences.is_empty(), "{text}");
    for c in confidences {
        let decimals = c.split('.').nth(1).map_or(0, str::len);
        assert!(decimals <= 2, "confidence {c}");
    }
}

/// `.env.example` lists every variable the two server configurations read, once, grouped by
/// front door, with `DISCORD_TOKEN` required only for `bot`.
#[test]
fn env_example_lists_every_variable_by_front_door() {
    let root = env!("CARGO_MANIFEST_DIR");
    let example = std::fs::read_to_string(format!("{root}/.env.example")).unwrap();
    let read_var = regex::Regex::new(r#"var\("([A-Z][A-Z0-9_]+)"\)"#).unwrap();
    let mut read = std::collections::BTreeSet::new();
    for file in ["src/config.rs", "src/http/config.rs"] {
        let src = std::fs::read_to_string(format!("{root}/{file}")).unwrap();
        read.extend(read_var.captures_iter(&src).map(|c| c[1].to_string()));
    }
    assert!(read.len() > 15, "{read:?}");
    let assign = regex::Regex::new(r"^#?\s?([A-Z][A-Z0-9_]+)=").unwrap();
    let mut group = "";
    let mut groups: std::collections::BTreeMap<String, &str> = std::collections::BTreeMap::new();
    for line in example.lines() {
        match line {
            "# bot only" => group = "bot",
            "# serve only" => group = "serve",
            "# both bot and serve" => group = "both",
            _ => {
                if let Some(c) = assign.captures(line) {
                    assert!(!group.is_empty(), "{line} is outside the groups");
                    assert!(
                        groups.insert(c[1].to_string(), group).is_none(),
                        "{} is listed twice",
                        &c[1]
                    );
                }
            }
        }
    }
    let missing: Vec<&String> = read.iter().filter(|v| !groups.contains_key(*v)).collect();
    assert!(missing.is_empty(), ".env.example lacks {missing:?}");
    for (var, want) in [
        ("DISCORD_TOKEN", "bot"),
        ("WATCH_MODE", "bot"),
        ("HTTP_BIND", "serve"),
        ("RATE_LIMIT_PER_IP", "serve"),
        ("DATABASE_URL", "both"),
        ("DISCORD_PUBLIC_KEY", "both"),
    ] {
        assert_eq!(groups.get(var).copied(), Some(want), "{var}");
    }
    // The comment right above the variable.
    let above: Vec<&str> =
        example.lines().take_while(|l| !l.starts_with("DISCORD_TOKEN=")).collect();
    let comment = above
        .iter()
        .rev()
        .take_while(|l| l.starts_with('#'))
        .copied()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(comment.contains("REQUIRED for `bot` (not needed by `serve`)"), "{comment}");
}
