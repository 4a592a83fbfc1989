//! One case per cause id of causes.md, with the exact steps of the top finding for each
//! version range where the advice differs, in one table ([`CASES`]).
//! Inputs are written from formats.md; every case runs the whole engine (ingest, parse,
//! diagnose).

use clawmedic_engine::diagnose::Cause;
use clawmedic_engine::versions::Version;
use clawmedic_engine::{diagnose_thread, Options};
use std::collections::BTreeSet;

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(ToString::to_string).collect()
}

/// Diagnose a thread and return (top cause, commands of the top finding or of the asks).
fn run(version: Option<&str>, messages: &[&str]) -> (String, Vec<String>) {
    let opts = Options {
        openclaw_version: version.map(|v| Version::parse(v).expect("version")),
        ..Default::default()
    };
    let report = diagnose_thread(messages, &opts);
    match report.diagnosis.findings.first() {
        Some(f) => (f.cause.id().to_string(), f.steps.iter().map(|s| s.command.clone()).collect()),
        None => (
            "need_more_info".to_string(),
            report.diagnosis.asks.iter().map(|a| a.command.clone()).collect(),
        ),
    }
}

/// A thread, and the cause and exact steps (commands) its top finding must have.
struct Case {
    name: &'static str,
    version: Option<&'static str>,
    messages: &'static [&'static str],
    cause: &'static str,
    steps: &'static [&'static str],
}

/// Every case of [`CASES`] gives its cause and exact steps, and together the cases produce
/// every cause id of the catalogue (and `need_more_info`): the set is what the engine
/// returned, so a new cause without a case fails here.
#[test]
fn every_case_gives_its_steps_and_every_cause_is_produced() {
    let mut produced = BTreeSet::new();
    let mut names = BTreeSet::new();
    let mut wrong = Vec::new();
    for case in CASES {
        assert!(names.insert(case.name), "two cases are named {}", case.name);
        let (cause, steps) = run(case.version, case.messages);
        if cause != case.cause || steps != strings(case.steps) {
            wrong.push(format!(
                "{}: got {cause} {steps:#?}\n  want {} {:#?}",
                case.name, case.cause, case.steps
            ));
        }
        produced.insert(cause);
    }
    assert!(
        wrong.is_empty(),
        "{} of {} cases differ:\n{}",
        wrong.len(),
        CASES.len(),
        wrong.join("\n")
    );
    let ids = Cause::ALL.iter().map(|c| c.id()).chain(["need_more_info"]);
    let missing: Vec<&str> = ids.filter(|id| !produced.contains(*id)).collect();
    assert!(missing.is_empty(), "no case produces {missing:?}");
}

/// No version given: the store path dates the paste (≥6.5), so a ChatGPT/Codex re-login uses
/// the renamed provider and the reply states the assumption instead of a version.
#[test]
fn fingerprints_date_a_paste_without_a_version() {
    let messages = ["Auth store    : ~/.openclaw/agents/main/agent/openclaw-agent.sqlite\n- openai-codex effective=profiles:~/.openclaw/agents/main/agent/openclaw-agent.sqlite | profiles=1 (1 oauth, 0 token, 0 api-key) | openai-codex:default=OAuth\n\nOAuth/token status\n- openai-codex\n  - openai-codex:default expired expires in 0m\nthe bot stopped answering"];
    let report = diagnose_thread(&messages, &Options::default());
    assert_eq!(report.version, None);
    assert_eq!(report.version_floor.map(|v| v.to_string()).as_deref(), Some("2026.6.5"));
    let top = &report.diagnosis.findings[0];
    assert_eq!(top.cause.id(), "oauth_expired");
    assert_eq!(top.steps[0].command, "openclaw models auth login --provider openai");
    let reply = clawmedic_engine::render::text::reply(&report);
    assert!(
        reply.starts_with("OpenClaw version not stated; your paste looks like 2026.6.5 or newer"),
        "{reply}"
    );
}

/// `error: unknown option '--force'` on a build older than the flag: a note with the command
/// without it, next to whatever the rest of the thread shows.
#[test]
fn a_flag_newer_than_the_build_gets_the_command_without_it() {
    let report = diagnose_thread(
        &["$ openclaw models auth login --provider openai-codex --force\nerror: unknown option '--force'\nOpenClaw 2026.5.12"],
        &Options::default(),
    );
    let notes: Vec<String> = report
        .diagnosis
        .notes
        .iter()
        .map(|n| clawmedic_engine::render::tr(report.locale, n))
        .collect();
    assert_eq!(
        notes,
        vec!["Your OpenClaw does not know --force yet (it arrived in 2026.6.1). Without it: `openclaw models auth login --provider openai-codex`".to_string()]
    );
}

/// Newest builds' banner for a missing credential names doctor first.
#[test]
fn couldnt_connect_banner_is_a_missing_credential() {
    let (cause, steps) =
        run(None, &["⚠️ Couldn't connect to OpenAI. Run `openclaw doctor --fix` and try again."]);
    assert_eq!(cause, "missing_api_key");
    assert_eq!(steps[0], "openclaw doctor --fix");
    assert_eq!(steps[1], "openclaw configure");
}

/// ≤6.11: a Codex usage limit ends the turn without trying the cross-provider fallback.
#[test]
fn codex_usage_limit_without_fallback_before_6_11() {
    let (cause, steps) = run(
        Some("2026.6.8"),
        &["codex hit the usage limit and the bot just stopped, it never switched to my claude fallback\nYou have hit your ChatGPT usage limit (plus plan). Try again in 3h."],
    );
    assert_eq!(cause, "fallback_not_triggered");
    assert_eq!(steps, strings(&["openclaw update", "openclaw gateway restart"]));
    // From 6.11 on the fallback is taken: the same words are a plain usage-limit rest.
    let (cause, _) = run(
        Some("2026.9.2"),
        &["You have hit your ChatGPT usage limit (plus plan). Try again in 3h."],
    );
    assert_eq!(cause, "rate_limit_cooldown");
}

/// Issue 11 item 7: where the paste does not name the provider, the sentence says so in words
/// instead of showing a template placeholder; commands keep theirs.
#[test]
fn unnamed_values_are_said_in_words() {
    let report = diagnose_thread(
        &["⚠️ Model login expired on the gateway. Re-auth in a terminal, then try again."],
        &Options::default(),
    );
    let reply = clawmedic_engine::render::text::reply(&report);
    let prose: Vec<&str> = reply
        .lines()
        .filter(|l| !l.contains('`') && !l.trim_start().starts_with("openclaw"))
        .collect();
    for line in prose {
        assert!(
            !line.contains("<provider>")
                && !line.contains("<model>")
                && !line.contains("<profile>"),
            "placeholder in prose: {line}"
        );
    }
    assert!(reply.contains("the provider"), "{reply}");
}

/// The table: each case is a thread, and the cause and exact steps of its top finding.
const CASES: &[Case] = &[
    Case {
        name: "oauth_expired_codex_4_26",
        version: Some("2026.4.26"),
        messages: &[r#"Auth probes
┌──┬──┬──┐
│ Model │ Profile │ Status │
├──┼──┼──┤
│ openai-codex/gpt-5.4 │ openai-codex:default (oauth) │ unknown · - │
│ │ │ ↳ Auth profile credentials are missing or expired. │
│ │ │ ↳ Auth reason [expired]: token credentials are expired. │
└──┴──┴──┘
Probed 1 targets in 2s"#],
        cause: "oauth_expired",
        steps: &[
            "openclaw models auth login --provider openai-codex",
            "openclaw gateway restart",
            "openclaw models status --probe --probe-provider openai-codex",
        ],
    },
    Case {
        name: "oauth_expired_openai_6_9",
        version: Some("2026.6.9"),
        messages: &[
            r#"⚠️ Model login expired on the gateway for openai. Re-auth with `openclaw models auth login --provider openai` in a terminal, then try again."#,
        ],
        cause: "oauth_expired",
        steps: &[
            "openclaw models auth login --provider openai",
            "openclaw gateway restart",
            "openclaw models status --probe --probe-provider openai",
        ],
    },
    Case {
        name: "oauth_expired_codex_banner_unknown_version",
        version: None,
        messages: &[
            r#"⚠️ Model login expired on the gateway for openai-codex. Re-auth with `openclaw models auth login --provider openai-codex`, then try again."#,
        ],
        cause: "oauth_expired",
        steps: &[
            "openclaw models auth login --provider openai-codex",
            "openclaw gateway restart",
            "openclaw models status --probe --probe-provider openai-codex",
        ],
    },
    Case {
        name: "oauth_expired_anthropic_token",
        version: Some("2026.6.9"),
        messages: &[r#"Auth probes
┌──┬──┬──┐
│ Model │ Profile │ Status │
├──┼──┼──┤
│ anthropic/claude-opus-4-6 │ anthropic:default (token) │ unknown · - │
│ │ │ ↳ Auth profile credentials are missing or expired. │
│ │ │ ↳ Auth reason [expired]: token credentials are expired. │
└──┴──┴──┘
Probed 1 targets in 2s"#],
        cause: "oauth_expired",
        steps: &[
            "claude setup-token",
            "openclaw models auth setup-token --provider anthropic",
            "openclaw gateway restart",
            "openclaw models status --probe --probe-provider anthropic",
        ],
    },
    Case {
        name: "refresh_token_reused_6_9",
        version: Some("2026.6.9"),
        messages: &[
            r#"- openai:default: re-auth required [refresh_token_reused] — Run `openclaw models auth login --provider openai --profile-id 'openai:default'`."#,
        ],
        cause: "refresh_token_reused",
        steps: &[
            "openclaw models auth login --provider openai --profile-id openai:default",
            "openclaw doctor --fix",
            "openclaw gateway status",
            "openclaw models auth order set --provider openai <new-profile-id>",
            "openclaw gateway restart",
        ],
    },
    Case {
        name: "refresh_token_reused_5_5",
        version: Some("2026.5.5"),
        messages: &[r#"[openai-codex] Token refresh failed: 401 {"code": "refresh_token_reused"}"#],
        cause: "refresh_token_reused",
        steps: &[
            "openclaw models auth login --provider openai-codex",
            "openclaw gateway status",
            "openclaw models auth order set --provider openai-codex <new-profile-id>",
            "openclaw gateway restart",
            "openclaw update",
        ],
    },
    Case {
        name: "oauth_scope_missing_login",
        version: Some("2026.4.10"),
        messages: &[
            r#"http://localhost:1455/auth/callback?error=invalid_scope&error_description=The+OAuth+2.0+Client+is+not+allowed+to+request+scope+%27model.request%27"#,
        ],
        cause: "oauth_scope_missing",
        steps: &["openclaw update", "openclaw models auth login --provider openai-codex"],
    },
    Case {
        name: "oauth_scope_missing_runtime",
        version: Some("2026.6.9"),
        messages: &[r#"401 Missing scopes: model.request"#],
        cause: "oauth_scope_missing",
        steps: &[
            "openclaw config unset models.providers.openai.baseUrl",
            "openclaw doctor --fix",
            "openclaw models auth login --provider openai",
            "openclaw gateway restart",
        ],
    },
    Case {
        name: "missing_api_key_key_provider",
        version: Some("2026.6.9"),
        messages: &[
            r#"⚠️ Agent failed before reply: No API key found for provider "zai". Auth store: ~/.openclaw/agents/main/agent/openclaw-agent.sqlite (agentDir: ~/.openclaw/agents/main/agent)."#,
        ],
        cause: "missing_api_key",
        steps: &[
            "openclaw configure",
            "echo 'ZAI_API_KEY=<your-key>' >> ~/.openclaw/.env",
            "openclaw gateway restart",
            "openclaw models status --probe --probe-provider zai",
        ],
    },
    Case {
        name: "missing_api_key_local_provider",
        version: None,
        messages: &[
            r#"Agent failed before reply: No API key found for provider "custom-127-0-0-1-8080"."#,
        ],
        cause: "missing_api_key",
        steps: &[
            "openclaw config set models.providers.custom-127-0-0-1-8080.apiKey local-no-key",
            "openclaw gateway restart",
        ],
    },
    Case {
        name: "missing_api_key_codex_3_7",
        version: Some("2026.3.7"),
        messages: &[
            r#"No API key found for provider "openai-codex". Auth store: C:\Users\x\.openclaw\agents\main\agent\auth-profiles.json (agentDir: C:\Users\x\.openclaw\agents\main\agent)."#,
        ],
        cause: "missing_api_key",
        steps: &["openclaw models auth login --provider openai-codex"],
    },
    Case {
        name: "invalid_api_key",
        version: Some("2026.6.9"),
        messages: &[
            r#"⚠️ Agent failed before reply: 401 Incorrect API key provided: sk-proj-****Xq7d."#,
        ],
        cause: "invalid_api_key",
        steps: &[
            "openclaw models status",
            "openclaw configure",
            "echo 'OPENAI_API_KEY=<your-key>' >> ~/.openclaw/.env",
            "openclaw gateway restart",
            "openclaw models status --probe --probe-provider openai",
        ],
    },
    Case {
        name: "external_cli_credential_stale",
        version: Some("2026.6.9"),
        messages: &[r#"2026-06-20T10:02:11.204+02:00 [agents/auth-profiles] using external OAuth credential after refresh failure
2026-06-20T10:02:11.988+02:00 [provider-transport-fetch] [model-fetch] response provider=openai api=openai-chatgpt-responses model=gpt-5.5 status=401"#],
        cause: "external_cli_credential_stale",
        steps: &[
            "codex login",
            "openclaw models auth login --provider openai",
            "openclaw gateway restart",
        ],
    },
    Case {
        name: "pinned_profile_missing_credential",
        version: Some("2026.6.5"),
        messages: &[r#"I pinned it with `/model anthropic/claude-sonnet-4-6@anthropic:work` and nothing comes back.
Auth probes
┌──┬──┬──┐
│ Model │ Profile │ Status │
├──┼──┼──┤
│ anthropic/claude-sonnet-4-6 │ anthropic:default (token) │ ok · 1.8s │
│ anthropic/claude-sonnet-4-6 │ anthropic:work (token) │ unknown · - │
│ │ │ ↳ Auth profile credentials are missing or expired. │
│ │ │ ↳ Auth reason [missing_credential]: no inline credential or SecretRef is configured. │
└──┴──┴──┘
Probed 2 targets in 2s"#],
        cause: "pinned_profile_missing_credential",
        steps: &[
            "/model anthropic/claude-sonnet-4-6@anthropic:default",
            "openclaw models auth paste-token --provider anthropic --profile-id anthropic:work",
        ],
    },
    Case {
        name: "auth_provider_not_loaded_6_5",
        version: Some("2026.6.5"),
        messages: &[
            r#"Error: Unknown provider "openai-codex". Loaded providers: anthropic, openai. Verify plugins via `openclaw plugins list --json`."#,
        ],
        cause: "auth_provider_not_loaded",
        steps: &["openclaw models auth login --provider openai"],
    },
    Case {
        name: "auth_provider_not_loaded_plugin",
        version: Some("2026.6.5"),
        messages: &[
            r#"Error: Unknown provider "qwen-portal". Loaded providers: anthropic, openai. Verify plugins via `openclaw plugins list --json`."#,
        ],
        cause: "auth_provider_not_loaded",
        steps: &[
            "openclaw plugins list",
            "openclaw plugins enable qwen-portal",
            "openclaw gateway restart",
            "openclaw models auth login --provider qwen-portal",
        ],
    },
    Case {
        name: "per_agent_auth_store",
        version: Some("2026.7.1"),
        messages: &[
            r#"⚠️ Agent failed before reply: No API key found for provider "anthropic". Auth store: ~/.openclaw/agents/scout/agent/openclaw-agent.sqlite (agentDir: ~/.openclaw/agents/scout/agent)."#,
            r#"Auth store    : ~/.openclaw/agents/main/agent/openclaw-agent.sqlite
- anthropic effective=profiles:~/.openclaw/agents/main/agent/openclaw-agent.sqlite | profiles=1 (0 oauth, 0 token, 1 api-key) | anthropic:default=sk-ant-a...7fGh2kLm"#,
        ],
        cause: "per_agent_auth_store",
        steps: &[
            "openclaw models --agent scout auth login --provider anthropic",
            "openclaw models status --agent scout",
            "openclaw gateway restart",
        ],
    },
    Case {
        name: "per_agent_auth_store_8_x",
        version: Some("2026.8.2"),
        messages: &[
            r#"⚠️ Agent failed before reply: No API key found for provider "anthropic". Auth store: ~/.openclaw/agents/scout/agent/openclaw-agent.sqlite (agentDir: ~/.openclaw/agents/scout/agent)."#,
            r#"Auth store    : ~/.openclaw/agents/main/agent/openclaw-agent.sqlite
- anthropic effective=profiles:~/.openclaw/agents/main/agent/openclaw-agent.sqlite | profiles=1 (0 oauth, 0 token, 1 api-key) | anthropic:default=sk-ant-a...7fGh2kLm"#,
        ],
        cause: "per_agent_auth_store",
        steps: &[
            "openclaw models auth login --agent scout --provider anthropic",
            "openclaw models status --agent scout",
            "openclaw gateway restart",
        ],
    },
    Case {
        name: "auth_store_migration_required",
        version: Some("2026.9.3"),
        messages: &[
            r#"[diagnostic] lane task error: lane=main durationMs=38 error="FailoverError: Auth profile store ~/.openclaw/agents/main/agent/openclaw-agent.sqlite requires legacy credential migration; run openclaw doctor --fix.""#,
        ],
        cause: "auth_store_migration_required",
        steps: &[
            "openclaw gateway stop",
            "openclaw doctor --fix",
            "openclaw models auth list",
            "openclaw gateway start",
        ],
    },
    Case {
        name: "profile_excluded_by_auth_order_6_9",
        version: Some("2026.6.9"),
        messages: &[
            r#"Auth probes
┌──┬──┬──┐
│ Model │ Profile │ Status │
├──┼──┼──┤
│ openai/gpt-5.5 │ openai:default (oauth) │ unknown · - │
│ │ │ ↳ Excluded by auth.order for this provider. │
│ openai/gpt-5.5 │ openai:work (oauth) │ unknown · - │
│ │ │ ↳ Excluded by auth.order for this provider. │
└──┴──┴──┘
Probed 2 targets in 2s"#,
            r#"Agent: main
Provider: openai
Auth state store: ~/.openclaw/agents/main/agent/openclaw-agent.sqlite
Order override: openai-codex:default, openai-codex:work"#,
        ],
        cause: "profile_excluded_by_auth_order",
        steps: &[
            "openclaw doctor --fix",
            "openclaw models auth order clear --provider openai",
            "openclaw models auth order set --provider openai openai:default openai:work",
            "openclaw gateway restart",
            "openclaw models status --probe --probe-provider openai",
        ],
    },
    Case {
        name: "profile_excluded_by_auth_order_5_26",
        version: Some("2026.5.26"),
        messages: &[r#"Auth probes
┌──┬──┬──┐
│ Model │ Profile │ Status │
├──┼──┼──┤
│ openai/gpt-5.5 │ openai-codex:default (oauth) │ unknown · - │
│ │ │ ↳ Excluded by auth.order for this provider. │
└──┴──┴──┘
Probed 1 targets in 2s"#],
        cause: "profile_excluded_by_auth_order",
        steps: &[
            "openclaw models auth order clear --provider openai-codex",
            "openclaw models auth order set --provider openai-codex openai-codex:default",
            "openclaw gateway restart",
            "openclaw models status --probe --probe-provider openai-codex",
        ],
    },
    Case {
        name: "auth_order_not_applied",
        version: Some("2026.5.26"),
        messages: &[r#"$ openclaw models auth order set --provider anthropic anthropic:team anthropic:default
Failed to update auth-state.json (lock busy?)."#],
        cause: "auth_order_not_applied",
        steps: &[
            "openclaw gateway stop",
            "openclaw models auth order set --provider anthropic anthropic:team anthropic:default",
            "openclaw models auth order get --provider anthropic",
            "openclaw gateway start",
        ],
    },
    Case {
        name: "session_pin_stale_5_12_walkthrough",
        version: Some("2026.5.12"),
        messages: &[
            r#"⚠️ Model login expired on the gateway for openai-codex. Re-auth with openclaw models auth login --provider openai-codex, then try again."#,
            r#"Auth probes
┌──┬──┬──┐
│ Model │ Profile │ Status │
├──┼──┼──┤
│ openai-codex/gpt-5.4 │ openai-codex:default (oauth) │ unknown · - │
│ │ │ ↳ Excluded by auth.order for this provider. │
│ openai-codex/gpt-5.4 │ openai-codex:sam.lee@example.net (sam.lee@example.net) (oauth) │ ok · 9.6s │
└──┴──┴──┘
Probed 2 targets in 2s"#,
        ],
        cause: "session_pin_stale",
        steps: &["/model openai-codex/gpt-5.4@openai-codex:sam.lee@example.net"],
    },
    Case {
        name: "session_pin_stale_8_2",
        version: Some("2026.8.2"),
        messages: &[
            r#"⚠️ Model login expired on the gateway for openai. Re-auth with `openclaw models auth login --provider openai` in a terminal, then try again."#,
            r#"Auth probes
┌──┬──┬──┐
│ Model │ Profile │ Status │
├──┼──┼──┤
│ openai/gpt-5.5 │ openai:default (oauth) │ unknown · - │
│ │ │ ↳ Auth profile credentials are missing or expired. │
│ │ │ ↳ Auth reason [expired]: token credentials are expired. │
│ openai/gpt-5.5 │ openai:work (oauth) │ ok · 3.1s │
└──┴──┴──┘
Probed 2 targets in 2s"#,
        ],
        cause: "session_pin_stale",
        steps: &["/model openai/gpt-5.5@openai:work -s"],
    },
    Case {
        name: "session_pin_stale_auto_override",
        version: Some("2026.5.19"),
        messages: &[r#"  "authProfileOverride": "anthropic:manual",
  "authProfileOverrideSource": "auto"
$ openclaw models auth order set --provider anthropic anthropic:default anthropic:manual"#],
        cause: "session_pin_stale",
        steps: &["/new", "/model anthropic/<model>@anthropic:default"],
    },
    Case {
        name: "wrong_provider_prefix_5_26",
        version: Some("2026.5.26"),
        messages: &[
            r#"Auth probes
┌──┬──┬──┐
│ Model │ Profile │ Status │
├──┼──┼──┤
│ openai/gpt-5.5 │ openai-codex:dana@example.com (dana@example.com) (oauth) │ ok · 7.9s │
└──┴──┴──┘
Probed 1 targets in 2s"#,
            r#"/model openai/gpt-5.5@openai-codex:dana@example.com
Auth profile "openai-codex:dana@example.com" is for openai-codex, not openai."#,
        ],
        cause: "wrong_provider_prefix",
        steps: &["/model openai-codex/gpt-5.5@openai-codex:dana@example.com"],
    },
    Case {
        name: "wrong_provider_prefix_6_9_renamed",
        version: Some("2026.6.9"),
        messages: &[
            r#"/model openai/gpt-5.5@openai-codex:sam@example.com
Auth profile "openai-codex:sam@example.com" not found."#,
            r#"Profiles:
- openai:sam@example.com (sam@example.com) [openai/oauth; expires 2026-07-02T08:00:00.000Z]"#,
        ],
        cause: "wrong_provider_prefix",
        steps: &["/model openai/gpt-5.5@openai:sam@example.com"],
    },
    Case {
        name: "wrong_provider_prefix_5_3_default",
        version: Some("2026.5.3"),
        messages: &[
            r#"Missing API key for OpenAI on the gateway. Use openai/gpt-5.5 with the Codex OAuth profile, or set OPENAI_API_KEY"#,
        ],
        cause: "wrong_provider_prefix",
        steps: &["openclaw models set openai-codex/gpt-5.5", "openclaw gateway restart"],
    },
    Case {
        name: "auth_profile_provider_mismatch",
        version: Some("2026.6.9"),
        messages: &[r#"$ openclaw models auth order set --provider openai openai:default anthropic:default
Auth profile "anthropic:default" is for anthropic, not openai."#],
        cause: "auth_profile_provider_mismatch",
        steps: &[
            "openclaw models auth order set --provider openai openai:default",
            "openclaw models fallbacks add anthropic/<model>",
            "openclaw gateway restart",
        ],
    },
    Case {
        name: "legacy_codex_ids_7_1",
        version: Some("2026.7.1"),
        messages: &[
            r#"Unknown model: openai-codex/gpt-5.5. "openai-codex" is a legacy provider ID. Run `openclaw doctor --fix` to migrate legacy model and provider config to the current OpenAI format."#,
        ],
        cause: "legacy_codex_ids",
        steps: &[
            "openclaw doctor --fix",
            "openclaw models set openai/gpt-5.5",
            "openclaw models auth login --provider openai",
            "openclaw gateway restart",
        ],
    },
    Case {
        name: "legacy_codex_ids_5_5",
        version: Some("2026.5.5"),
        messages: &[r#"[boot] agent run failed: No API key found for provider "openai"."#],
        cause: "legacy_codex_ids",
        steps: &[
            "openclaw models set openai-codex/gpt-5.5 && openclaw config validate",
            "openclaw update",
        ],
    },
    Case {
        name: "unknown_model",
        version: Some("2026.6.9"),
        messages: &[
            r#"12:41:07 [diagnostic] lane task error: lane=main durationMs=0 error="Error: Unknown model: anthropic/claude-sonet-4-6""#,
        ],
        cause: "unknown_model",
        steps: &[
            "openclaw models list --provider anthropic",
            "openclaw models set anthropic/<model-from-the-list>",
        ],
    },
    Case {
        name: "model_not_allowed",
        version: Some("2026.7.1"),
        messages: &[r#"Model "openai/gpt-5.5-pro" is not allowed. Use /models to list providers, or /models <provider> to list models.
Add it with: openclaw config set agents.defaults.models '{"openai/gpt-5.5-pro":{}}' --strict-json --merge"#],
        cause: "model_not_allowed",
        steps: &[
            r#"openclaw config set agents.defaults.models '{"openai/gpt-5.5-pro":{}}' --strict-json --merge"#,
            "openclaw gateway restart",
            "/model openai/gpt-5.5-pro",
        ],
    },
    Case {
        name: "rate_limit_cooldown",
        version: Some("2026.7.1"),
        messages: &[
            r#"All models failed (1): anthropic/claude-opus-4-6: Provider anthropic is in cooldown (all profiles unavailable) (rate_limit)"#,
        ],
        cause: "rate_limit_cooldown",
        steps: &[
            "openclaw models status",
            "openclaw models fallbacks add <other-provider>/<model>",
        ],
    },
    Case {
        name: "rate_limit_cooldown_9_x",
        version: Some("2026.9.2"),
        messages: &[r#"Auth probes
┌──┬──┬──┐
│ Model │ Profile │ Status │
├──┼──┼──┤
│ openai/gpt-5.5 │ openai:personal (oauth) │ rate_limit · 1.1s │
│ │ │ ↳ 429 {"error":{"type":"usage_limit_reached"}} │
└──┴──┴──┘
Probed 1 targets in 2s"#],
        cause: "rate_limit_cooldown",
        steps: &[
            "openclaw models status",
            "openclaw models auth clear-cooldown <profile-id>",
            "openclaw models fallbacks add <other-provider>/<model>",
        ],
    },
    Case {
        name: "billing_disabled",
        version: Some("2026.9.2"),
        messages: &[r#"Unavailable auth profiles
- anthropic:default (anthropic) disabled:billing (4h) — Top up credits (provider billing) or switch provider."#],
        cause: "billing_disabled",
        steps: &[
            "openclaw models status",
            "openclaw models auth clear-cooldown <profile-id>",
            "openclaw models fallbacks add <other-provider>/<model>",
        ],
    },
    Case {
        name: "provider_unreachable",
        version: Some("2026.6.9"),
        messages: &[
            r#"21:04:17 [model-fallback/decision] model fallback decision: decision=candidate_failed requested=ollama/qwen3:8b candidate=ollama/qwen3:8b reason=timeout next=none detail=LLM request timed out."#,
        ],
        cause: "provider_unreachable",
        steps: &[
            "openclaw models status --probe --probe-provider ollama --probe-timeout 20000",
            "openclaw models fallbacks add <other-provider>/<model>",
        ],
    },
    Case {
        name: "fallbacks_stripped",
        version: None,
        messages: &[r#"{
  "agents": {
    "list": [
      { "id": "main", "model": "openai-codex/gpt-5.5" }
    ]
  }
}"#],
        cause: "fallbacks_stripped",
        steps: &[
            r#"{ "id": "main", "model": { "primary": "openai-codex/gpt-5.5", "fallbacks": ["<provider>/<model>"] } }"#,
            "openclaw gateway restart",
            "openclaw models status --agent main",
        ],
    },
    Case {
        name: "ollama_fallback_dropped",
        version: None,
        messages: &[
            r#"ollama/qwen3:8b: No API key found for provider "ollama". Auth store: /home/x/.openclaw/agents/ada/agent/auth-profiles.json (agentDir: /home/x/.openclaw/agents/ada/agent)."#,
        ],
        cause: "ollama_fallback_dropped",
        steps: &[
            "openclaw config set models.providers.ollama.apiKey ollama-local",
            "openclaw config set models.providers.ollama.baseUrl http://127.0.0.1:11434",
            "openclaw config set models.providers.ollama.api ollama",
            "openclaw gateway restart",
            "openclaw models status --agent ada",
        ],
    },
    Case {
        name: "fallback_not_triggered",
        version: Some("2026.6.9"),
        messages: &[
            r#"21:14:52 [model-fallback/decision] model fallback decision: decision=candidate_failed requested=anthropic/claude-opus-4-6 candidate=anthropic/claude-opus-4-6 reason=overloaded next=none"#,
            r#"Current: anthropic/claude-opus-4-6 (selected)"#,
            r#"Default       : openai/gpt-5.5
Fallbacks (1) : google/gemini-2.5-pro"#,
        ],
        cause: "fallback_not_triggered",
        steps: &["/model openai/gpt-5.5"],
    },
    Case {
        name: "fallback_not_triggered_8_x",
        version: Some("2026.8.2"),
        messages: &[
            r#"21:14:52 [model-fallback/decision] model fallback decision: decision=candidate_failed requested=anthropic/claude-opus-4-6 candidate=anthropic/claude-opus-4-6 reason=overloaded next=none"#,
            r#"Current: anthropic/claude-opus-4-6 (selected)"#,
        ],
        cause: "fallback_not_triggered",
        steps: &["/model default -s"],
    },
    Case {
        name: "runtime_unavailable",
        version: Some("2026.6.1"),
        messages: &[
            r#"GatewayClientRequestError: FailoverError: codex app-server startup timed out"#,
        ],
        cause: "runtime_unavailable",
        steps: &[
            "openclaw plugins inspect codex --runtime --json",
            "openclaw plugins list",
            "openclaw gateway restart",
        ],
    },
    Case {
        name: "cloudflare_403",
        version: Some("2026.4.14"),
        messages: &[
            r#"[agent/embedded] embedded run agent end: runId=x isError=true model=gpt-5.4 provider=openai-codex error=LLM request failed: DNS lookup for the provider endpoint failed. rawError=<html>...Enable JavaScript and cookies to continue...</html>"#,
        ],
        cause: "cloudflare_403",
        steps: &[
            "openclaw update",
            r#"openclaw config set models.providers.openai-codex '{"api":"openai-codex-responses","baseUrl":"https://chatgpt.com/backend-api"}' --strict-json --merge"#,
            "openclaw gateway restart",
        ],
    },
    Case {
        name: "version_regression_5_12",
        version: Some("2026.5.12"),
        messages: &[
            r#"OAuth token refresh failed for openai-codex: OpenAI Codex token refresh failed (401): {"code": "token_expired"}"#,
        ],
        cause: "version_regression",
        steps: &[
            "openclaw update",
            "openclaw models auth login --provider openai-codex",
            "openclaw gateway restart",
        ],
    },
    Case {
        name: "version_regression_cron_5_18",
        version: Some("2026.5.18"),
        messages: &[
            r#"[diagnostic] lane task error: lane=cron:nightly durationMs=412 error="FailoverError: No API key found for provider "openai-codex". Auth store: ~/.openclaw/agents/main/agent/auth-profiles.json (agentDir: ~/.openclaw/agents/main/agent).""#,
        ],
        cause: "version_regression",
        steps: &["openclaw update", "openclaw gateway restart"],
    },
    Case {
        name: "gateway_not_reloaded",
        version: Some("2026.6.9"),
        messages: &[r#"- openrouter effective=env:OPENROUTER_API_KEY | env=sk-or-v1...9f2c11ab | source=env: OPENROUTER_API_KEY
⚠️ Missing API key for provider "openrouter". Configure the gateway auth for that provider, then try again."#],
        cause: "gateway_not_reloaded",
        steps: &["openclaw gateway restart", "openclaw gateway status"],
    },
    Case {
        name: "request_rejected",
        version: Some("2026.9.4"),
        messages: &[
            r#"[model-fallback/decision] model fallback decision: decision=candidate_failed requested=openai/gpt-5.5 candidate=openai/gpt-5.5 reason=context_overflow next=none detail=400 context_length_exceeded"#,
        ],
        cause: "request_rejected",
        steps: &["/new", "/model status"],
    },
    Case {
        name: "status_display_mismatch",
        version: None,
        messages: &[r#"Doctor says expired but inference still works.
anthropic:claude-cli: expired (0m) — Re-auth via `openclaw models auth login --provider anthropic`.
[agents/auth-profiles] read anthropic credentials from claude cli keychain"#],
        cause: "status_display_mismatch",
        steps: &[
            "claude auth login && openclaw models auth login --provider anthropic --method cli",
            "openclaw gateway restart",
        ],
    },
    Case {
        name: "not_model_auth",
        version: None,
        messages: &[
            r#"gateway closed (1008): unauthorized: device token mismatch (rotate/reissue device token)"#,
        ],
        cause: "not_model_auth",
        steps: &["openclaw devices list", "openclaw devices rotate --device <id> --role <role>"],
    },
    Case {
        name: "all_ok",
        version: Some("2026.7.1"),
        messages: &[r#"Auth probes
┌──┬──┬──┐
│ Model │ Profile │ Status │
├──┼──┼──┤
│ anthropic/claude-sonnet-4-6 │ anthropic:default (api_key) │ ok · 1.4s │
│ openai/gpt-5.5 │ openai:default (oauth) │ ok · 8.1s │
└──┴──┴──┘
Probed 2 targets in 2s"#],
        cause: "all_ok",
        steps: &[],
    },
    Case {
        name: "need_more_info_unrelated",
        version: None,
        messages: &[r#"my deploy script dies with: error: failed to push some refs"#],
        cause: "need_more_info",
        steps: &["openclaw --version", "openclaw models status --probe", "/model status"],
    },
    Case {
        name: "need_more_info_status_all",
        version: Some("2026.6.9"),
        messages: &[r#"OpenClaw status --all
Diagnosis (read-only)
Pasteable debug report. Auth tokens redacted."#],
        cause: "need_more_info",
        steps: &["openclaw models status", "openclaw models status --probe"],
    },
    // `openai/…` refs beside `openai-codex:` ids mean 5.12–5.28: the pin keeps the codex prefix.
    Case {
        name: "mixed_refs_and_codex_ids_pin_with_the_codex_prefix",
        version: None,
        messages: &[
            "/model openai/gpt-5.5@openai-codex:dana@example.com\nAuth profile \"openai-codex:dana@example.com\" is for openai-codex, not openai.",
            "│ openai/gpt-5.5 │ openai-codex:dana@example.com (dana@example.com) (oauth) │ ok · 7.9s │",
        ],
        cause: "wrong_provider_prefix",
        steps: &["/model openai-codex/gpt-5.5@openai-codex:dana@example.com"],
    },
    // A profile resting for an auth reason in `Unavailable auth profiles` needs a new login.
    Case {
        name: "unavailable_for_auth_means_login_again",
        version: Some("2026.6.9"),
        messages: &[
            "Unavailable auth profiles\n- openai:default (openai) cooldown:auth (5m) — Re-authenticate with `openclaw models auth login --provider openai --profile-id 'openai:default'`.",
        ],
        cause: "oauth_expired",
        steps: &[
            "openclaw models auth login --provider openai --profile-id openai:default",
            "openclaw gateway restart",
            "openclaw models status --probe --probe-provider openai",
        ],
    },
    // `openai` with a ChatGPT subscription is an OAuth login, not an API key.
    Case {
        name: "missing_openai_credential_for_a_chatgpt_user_is_a_login",
        version: Some("2026.6.9"),
        messages: &[
            "I use my ChatGPT subscription.\n⚠️ Agent failed before reply: No API key found for provider \"openai\". Auth store: ~/.openclaw/agents/main/agent/openclaw-agent.sqlite (agentDir: ~/.openclaw/agents/main/agent).",
        ],
        cause: "missing_api_key",
        steps: &["openclaw models auth login --provider openai"],
    },
    // Field-report causes (causes.md §3.9) and the ids messages.md §12 proposes.
    Case {
        name: "login_requires_tty_piped_login",
        version: Some("2026.6.9"),
        messages: &[r#"$ echo "$GOOGLE_KEY" | openclaw models auth login --provider google --method api-key
Error: models auth login requires an interactive TTY."#],
        cause: "login_requires_tty",
        steps: &[
            "printf '%s' \"$KEY\" | openclaw models auth paste-api-key --provider google",
            "printf '%s' \"$TOKEN\" | openclaw models auth paste-token --provider google",
            "docker exec -it <container> openclaw models auth login --provider google",
        ],
    },
    Case {
        name: "oauth_profile_not_attached_missing_bearer",
        version: Some("2026.6.9"),
        messages: &[r#"embedded run agent end: isError=true provider=openai profile=-
error=401 Unauthorized: Missing bearer or basic authentication in header
url: https://api.openai.com/v1/responses"#],
        cause: "oauth_profile_not_attached",
        steps: &[
            "openclaw doctor --fix",
            "openclaw plugins inspect codex --runtime --json",
            "openclaw gateway restart",
            "openclaw update",
        ],
    },
    Case {
        name: "agent_model_override_list_entry_wins",
        version: Some("2026.6.9"),
        messages: &[r#"I changed the default model but the main agent keeps using the old one.
{
  "agents": {
    "defaults": { "model": { "primary": "anthropic/claude-opus-4-6" } },
    "list": [
      { "id": "main", "model": { "primary": "anthropic/claude-sonnet-4-5" } }
    ]
  }
}"#],
        cause: "agent_model_override",
        steps: &[
            "openclaw config unset agents.list[<index>].model",
            "openclaw gateway restart",
            "openclaw models status --agent main",
        ],
    },
    Case {
        name: "models_json_rejected_before_not_allowed",
        version: Some("2026.6.9"),
        messages: &[r#"ERROR Failed to load models.json: Provider lmstudio: "apiKey" is required when defining custom models.
Model "openai/gpt-5.5" is not allowed. Use /models to list providers, or /models <provider> to list models."#],
        cause: "models_json_rejected",
        steps: &[
            "openclaw config set models.providers.lmstudio.apiKey <env-reference-or-placeholder>",
            "openclaw gateway restart",
            "openclaw models list",
        ],
    },
    Case {
        name: "custom_model_misrouted_google_at_openai",
        version: Some("2026.6.9"),
        messages: &[r#"HTTP 401 — Authentication failed. Your provider token may have expired.
request: model=google/gemini-3.6-flash api=openai-responses url: https://api.openai.com/v1/responses"#],
        cause: "custom_model_misrouted",
        steps: &[
            "openclaw config set models.providers.google.baseUrl <that-provider's-endpoint>",
            "openclaw config set models.providers.google.api <api-of-that-provider>",
            "openclaw gateway restart",
        ],
    },
    Case {
        name: "auth_profile_wrong_type_token_for_key_provider",
        version: Some("2026.6.9"),
        messages: &[r#"$ openclaw models auth list --provider ollamacloud
- ollamacloud:default [ollamacloud/token]
HTTP 401: unauthorized"#],
        cause: "auth_profile_wrong_type",
        steps: &[
            "printf '%s' \"$KEY\" | openclaw models auth paste-api-key --provider ollamacloud",
            "openclaw models auth order set --provider ollamacloud ollamacloud:<new-api-key-profile>",
            "openclaw gateway restart",
            "openclaw models auth list --provider ollamacloud",
        ],
    },
    Case {
        name: "context_window_too_small_models_config",
        version: Some("2026.6.9"),
        messages: &[
            r#"03:15:53 [agent/embedded] blocked model (context window too small): deepseek/deepseek-chat ctx=4096 (min=16000) source=modelsConfig"#,
        ],
        cause: "context_window_too_small",
        steps: &[
            "openclaw config set models.providers.deepseek.models[<index>].contextWindow <real-context-size>",
            "openclaw gateway restart",
            "openclaw models set deepseek/<larger-context-model>",
        ],
    },
    Case {
        name: "profile_param_ignored_order_first_wins",
        version: Some("2026.6.9"),
        messages: &[r#"{
  "auth": { "order": { "anthropic": ["anthropic:work", "anthropic:home"] } },
  "agents": { "defaults": { "models": { "anthropic/claude-opus-4-6": { "params": { "authProfileId": "anthropic:home" } } } } }
}"#],
        cause: "profile_param_ignored",
        steps: &[
            "/model anthropic/claude-opus-4-6@anthropic:home",
            "openclaw models auth order set --provider anthropic anthropic:home anthropic:work",
        ],
    },
    Case {
        name: "default_model_not_set_env_model",
        version: Some("2026.6.9"),
        messages: &[r#"I set OPENCLAW_MODEL=openai/gpt-5.2 but it still does not answer.
Error: No API key found for provider anthropic"#],
        cause: "default_model_not_set",
        steps: &["openclaw models set openai/gpt-5.2", "openclaw gateway restart"],
    },
    Case {
        name: "ssrf_blocked_fake_ip",
        version: Some("2026.6.9"),
        messages: &[
            r#"[security] blocked URL fetch (provider) target=https://api.deepseek.com/v1/chat/completions reason=Blocked: resolves to private/internal/special-use IP address"#,
        ],
        cause: "ssrf_blocked",
        steps: &[
            "getent hosts api.deepseek.com",
            "openclaw config set models.providers.<provider>.request.allowPrivateNetwork true",
            "openclaw gateway restart",
        ],
    },
    Case {
        name: "context_overflow_openclaw_copy",
        version: Some("2026.6.9"),
        messages: &[
            r#"⚠️ Context overflow: prompt too large for the model. Try /reset (or /new) to start a fresh session, or use a larger-context model."#,
        ],
        cause: "context_overflow",
        steps: &["/compact", "/new"],
    },
    Case {
        name: "oauth_refresh_transient_login_failed",
        version: Some("2026.6.9"),
        messages: &[
            r#"⚠️ Model login failed on the gateway for anthropic. Please try again. If this keeps happening, re-auth with `openclaw models auth login --provider anthropic` in a terminal."#,
        ],
        cause: "oauth_refresh_transient",
        steps: &["openclaw models auth login --provider anthropic"],
    },
    Case {
        name: "env_key_not_bound_hint",
        version: Some("2026.6.9"),
        messages: &[
            r#"OPENROUTER_API_KEY is set, but it is not bound to provider "openrouter". Run `openclaw doctor --fix` to check an existing selection, or add an environment reference at `models.providers.openrouter.apiKey`."#,
        ],
        cause: "env_key_not_bound",
        steps: &[
            "openclaw doctor --fix",
            "openclaw config set models.providers.openrouter.apiKey '${OPENROUTER_API_KEY}'",
            "openclaw gateway restart",
        ],
    },
    Case {
        name: "turn_timeout_overall_limit",
        version: Some("2026.6.9"),
        messages: &[
            r#"⚠️ CLI turn (routing anthropic/claude-opus-4-6): timed out after 600s (overall turn limit). The gateway is unaffected."#,
        ],
        cause: "turn_timeout",
        steps: &[
            "openclaw config set agents.defaults.timeoutSeconds <seconds>",
            "openclaw gateway restart",
        ],
    },
    Case {
        name: "directive_syntax_profile_without_model",
        version: Some("2026.6.9"),
        messages: &[r#"/model @anthropic:work
Auth profile override requires a model selection."#],
        cause: "directive_syntax",
        steps: &["/model anthropic/<model>@anthropic:work"],
    },
];
