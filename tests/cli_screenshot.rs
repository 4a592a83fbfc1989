//! Screenshots through the command line (issue 15): an image among the thread's files is read
//! by OCR (the `tesseract` command: CI installs it and these tests fail without it there; elsewhere
//! they skip loudly) and
//! diagnosed with the typed words; limits are one-line errors with exit status 2.

use std::process::Command;

#[path = "support/scratch.rs"]
mod scratch;
#[path = "support/shots.rs"]
mod shots;
#[path = "support/tesseract.rs"]
mod tesseract;
use scratch::ScratchFile;
use shots::png_header;
use tesseract::have_tesseract;

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_clawmedic"))
}

fn temp_file(name: &str, bytes: &[u8]) -> ScratchFile {
    ScratchFile::new(name, bytes)
}

fn json(out: &std::process::Output) -> serde_json::Value {
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).expect("one JSON object")
}

fn step_commands(v: &serde_json::Value) -> Vec<String> {
    v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|f| f["steps"].as_array().unwrap().iter())
        .map(|s| s["command"].as_str().unwrap().to_string())
        .collect()
}

/// The user's words as text, then two screenshots (a probe table, then the chat's error):
/// the same cause and pin as the text case (dev/syn-04), and the inputs say which were images.
#[test]
fn words_and_screenshots_of_one_thread_are_diagnosed_together() {
    if !have_tesseract() {
        return;
    }
    let words = temp_file(
        "words.txt",
        b"Logged in with my second ChatGPT account (dana@example.com) and put it first in the order. The probe looks fine, but the channel still says the login expired.",
    );
    let dir = shots::dir();
    let out = bin()
        .args(["diagnose", "--format", "json"])
        .arg(&words)
        .arg(dir.join("shot-syn-04-probe-table-chat-error-dark-13px-120c-m1.png"))
        .arg(dir.join("shot-syn-04-probe-table-chat-error-dark-13px-120c-m2.png"))
        .output()
        .unwrap();
    let v = json(&out);
    assert_eq!(v["findings"][0]["cause"], "wrong_provider_prefix", "{v:#}");
    assert_eq!(
        step_commands(&v)[0],
        "/model openai-codex/gpt-5.5@openai-codex:dana@example.com",
        "{v:#}"
    );
    let inputs = v["inputs"].as_array().unwrap();
    assert_eq!(inputs[0].get("image"), None);
    assert_eq!(inputs[1]["image"], true);
    assert_eq!(inputs[2]["image"], true);
    assert!(inputs[1]["recognized"].as_array().unwrap().iter().any(|k| k == "probe_table"));
}

/// Ids read with low confidence (an auth list where Tesseract scores `@` ids at 60–73) never
/// reach a command: no `/model … @openai:sam@…` pin is offered from that read.
#[test]
fn low_confidence_ids_never_reach_a_command() {
    if !have_tesseract() {
        return;
    }
    let dir = shots::dir();
    let out = bin()
        .args(["diagnose", "--format", "json"])
        .arg(dir.join("shot-syn-28-chat-reply-auth-list-dark-13px-120c-m1.png"))
        .output()
        .unwrap();
    let v = json(&out);
    assert!(v["inputs"][0]["uncertain_reads"].as_u64().unwrap() >= 1, "{v:#}");
    let mut every = step_commands(&v);
    every.extend(
        v["asks"].as_array().unwrap().iter().map(|a| a["command"].as_str().unwrap().to_string()),
    );
    assert!(every.iter().all(|c| !c.contains("sam@example.com")), "{every:?}");
}

/// A PNG whose header claims 9000×9000 pixels: refused from the header, before decoding,
/// with a one-line message naming the limit.
#[test]
fn an_image_over_the_pixel_limit_is_a_clear_error() {
    let png = png_header(9000, 9000);
    let path = temp_file("huge.png", &png);
    let out = bin().args(["diagnose", "--format", "json"]).arg(&path).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("9000×9000 pixels") && err.contains("16000000 pixels"), "{err}");
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert!(out.stdout.is_empty());
}

/// A PNG signature with its body cut off is a decode error, not a crash.
#[test]
fn a_truncated_image_is_a_clear_error() {
    let mut png = png_header(100, 50);
    png.truncate(20);
    let path = temp_file("cut.png", &png);
    let out = bin().args(["diagnose"]).arg(&path).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot read the screenshot"));
}
