//! The command-line contract: `clawmedic diagnose [--lang L] [--openclaw-version V]
//! [--format text|json] [FILE...]`, stdin when no file, exit 0 on any diagnosis and 2 with a
//! one-line message on unreadable input.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_clawmedic"))
}

fn temp_file(name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("clawmedic-cli-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

fn run_stdin(args: &[&str], input: &str) -> Output {
    let mut child = bin().args(args).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
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
    assert_eq!(top["steps"][0]["command"], "/model openai-codex/gpt-5.5@openai-codex:dana@example.com");
    assert!(v["asks"].is_array());
    assert!(v["reply"].as_str().unwrap().contains("`/model openai-codex/gpt-5.5@openai-codex:dana@example.com`"));
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
    let out = run_stdin(&["diagnose", "--openclaw-version", "latest"], "x");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8(out.stderr).unwrap().contains("Cannot read the OpenClaw version latest"));
}

#[test]
fn a_secret_is_never_printed() {
    let key = "sk-proj-hvkRYtW6ZCrNBQH4S7otNn9aCyZLzEyYaGomLaQM";
    for format in ["text", "json"] {
        let out = run_stdin(&["diagnose", "--format", format], &format!("my config: {{\"apiKey\": \"{key}\"}}\n401 Incorrect API key provided"));
        assert_eq!(out.status.code(), Some(0));
        let all = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
        assert!(!all.contains(key) && !all.contains("hvkRYtW6ZCrNBQH4S7otNn9aCyZLzEyYaGomLaQM"));
        assert!(all.contains("rotate"), "{all}");
    }
}
