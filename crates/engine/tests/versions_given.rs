//! Versions as users write them: in the paste, and in a version field (`--openclaw-version`,
//! the Discord option, the web field). What names no release is unknown, and the reply says
//! so; a given version that differs from the paste's is used, and the reply says that too.

use clawmedic_engine::render::{json::json, text};
use clawmedic_engine::versions::GivenVersion;
use clawmedic_engine::{diagnose_thread, Options, Report};

const LOGIN: &str = "⚠️ Model login expired on the gateway for openai. Re-auth with `openclaw models auth login --provider openai` in a terminal, then try again.";

/// Diagnose `paste` the way a front door does with a version field's text.
fn with_field(paste: &str, field: &str, lang: Option<&str>) -> Report {
    let given = GivenVersion::read(field);
    let opts = Options {
        lang,
        openclaw_version: given.as_ref().and_then(GivenVersion::release),
        unknown_version: given.as_ref().and_then(GivenVersion::unknown),
        ..Default::default()
    };
    diagnose_thread(&[paste], &opts)
}

#[test]
fn pasted_versions_in_every_form_users_write() {
    for (line, want) in [
        ("v2026.3.11", "2026.3.11"),
        ("V2026.5.12", "2026.5.12"),
        ("2026.2.3-1 (d84eb46)", "2026.2.3-1"),
        ("OpenClaw 2026.6.9", "2026.6.9"),
        ("🦞 OpenClaw 2026.6.9 (c645ec4) — your lobster-shaped sysadmin", "2026.6.9"),
        ("2026.7.1-beta.2 (a580a7f)", "2026.7.1-beta.2"),
        ("2026.5.12 (a1b2c3d)", "2026.5.12"),
    ] {
        let paste = format!("$ openclaw --version\n{line}\n{LOGIN}");
        let report = diagnose_thread(&[&paste], &Options::default());
        assert_eq!(json(&report)["openclaw_version"], want, "{line}");
        assert!(
            text::reply(&report).starts_with(&format!("OpenClaw {want} (read from your paste).")),
            "{line}"
        );
    }
}

#[test]
fn a_field_that_names_a_release_is_used_whatever_its_form() {
    for (field, want) in [
        ("OpenClaw 2026.6.9", "2026.6.9"),
        ("🦞 OpenClaw 2026.6.9 (c645ec4)", "2026.6.9"),
        ("2026.5.12 (a1b2c3d)", "2026.5.12"),
        ("v2026.3.11", "2026.3.11"),
        ("V2026.5.12", "2026.5.12"),
        ("2026.2.3-1 (d84eb46)", "2026.2.3-1"),
        ("2026.7.1-beta.2 (a580a7f)", "2026.7.1-beta.2"),
    ] {
        let report = with_field(LOGIN, field, None);
        let v = json(&report);
        assert_eq!(v["openclaw_version"], want, "{field}");
        assert_eq!(v["notes"], serde_json::json!([]), "{field}");
        assert!(
            text::reply(&report).starts_with(&format!("OpenClaw {want} (as given).")),
            "{field}"
        );
    }
}

#[test]
fn latest_or_a_version_that_never_existed_is_unknown_and_said() {
    for (field, quoted) in [
        ("latest", "latest"),
        ("最新版", "最新版"),
        ("v2026.6.34", "v2026.6.34"),
        ("2099.1.1", "2099.1.1"),
    ] {
        let report = with_field(LOGIN, field, None);
        let reply = text::reply(&report);
        assert_eq!(report.version, None, "{field}");
        assert!(reply.starts_with("OpenClaw version unknown"), "{field}: {reply}");
        let note = format!(
            "The version you gave, “{quoted}”, is not an OpenClaw release this build knows, so it was not used. `openclaw --version` on the gateway host prints the exact one."
        );
        assert_eq!(json(&report)["notes"][0], note.as_str(), "{field}");
        assert!(reply.contains(&note), "{reply}");
        // The diagnosis itself is unaffected.
        assert_eq!(json(&report)["findings"][0]["cause"], "oauth_expired", "{field}");
    }
    // A paste with a version of its own still supplies it.
    let report = with_field(&format!("OpenClaw 2026.5.12\n{LOGIN}"), "latest", None);
    assert_eq!(json(&report)["openclaw_version"], "2026.5.12");
    assert!(text::reply(&report).starts_with("OpenClaw 2026.5.12 (read from your paste)."));
}

#[test]
fn a_given_version_that_differs_from_the_paste_is_used_and_the_reply_says_so() {
    let paste = format!("🦞 OpenClaw 2026.5.12 (f066dd2)\n{LOGIN}");
    let report = with_field(&paste, "OpenClaw 2026.6.9", None);
    let v = json(&report);
    assert_eq!(v["openclaw_version"], "2026.6.9");
    assert_eq!(
        v["notes"][0],
        "You gave OpenClaw 2026.6.9, but the paste shows 2026.5.12; this reply uses 2026.6.9, the version you gave."
    );
    // The same version given as the paste shows: nothing to say.
    let same = with_field(&paste, "v2026.5.12", None);
    assert_eq!(json(&same)["notes"], serde_json::json!([]));
    // In the asker's language.
    let de = with_field(&paste, "2026.6.9", Some("de"));
    assert_eq!(
        json(&de)["notes"][0],
        "Du hast OpenClaw 2026.6.9 angegeben, dein Paste zeigt aber 2026.5.12; diese Antwort verwendet 2026.6.9, die angegebene Version."
    );
    let ja = with_field(LOGIN, "latest", Some("ja-JP"));
    assert!(text::reply(&ja).contains("指定されたバージョン「latest」は"), "{}", text::reply(&ja));
}
