//! One test per cause id of causes.md, with the exact steps of the top finding for each
//! version range where the advice differs. Inputs are written from formats.md; every case
//! runs the whole engine (ingest, parse, diagnose).

use clawmedic_engine::versions::Version;
use clawmedic_engine::{diagnose_thread, Options};

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| s.to_string()).collect()
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

/// Every cause id of the catalogue (and `need_more_info`) is the top finding of a test here.
#[test]
fn every_cause_id_is_produced_by_a_test() {
    let source = include_str!("causes.rs");
    let mut ids: Vec<&str> =
        clawmedic_engine::diagnose::Cause::ALL.iter().map(|c| c.id()).collect();
    ids.push("need_more_info");
    for id in ids {
        let needle = format!("assert_eq!(cause, \"{id}\");");
        assert!(source.contains(&needle), "no test produces {id}");
    }
}

#[test]
fn oauth_expired_codex_4_26() {
    let (cause, steps) = run(
        Some("2026.4.26"),
        &[r#"Auth probes
┌──┬──┬──┐
│ Model │ Profile │ Status │
├──┼──┼──┤
│ openai-codex/gpt-5.4 │ openai-codex:default (oauth) │ unknown · - │
│ │ │ ↳ Auth profile credentials are missing or expired. │
│ │ │ ↳ Auth reason [expired]: token credentials are expired. │
└──┴──┴──┘
Probed 1 targets in 2s"#],
    );
    assert_eq!(cause, "oauth_expired");
    assert_eq!(
        steps,
        strings(&[
            "openclaw models auth login --provider openai-codex",
            "openclaw gateway restart",
            "openclaw models status --probe --probe-provider openai-codex"
        ])
    );
}

#[test]
fn oauth_expired_openai_6_9() {
    let (cause, steps) = run(
        Some("2026.6.9"),
        &[
            r#"⚠️ Model login expired on the gateway for openai. Re-auth with `openclaw models auth login --provider openai` in a terminal, then try again."#,
        ],
    );
    assert_eq!(cause, "oauth_expired");
    assert_eq!(
        steps,
        strings(&[
            "openclaw models auth login --provider openai",
            "openclaw gateway restart",
            "openclaw models status --probe --probe-provider openai"
        ])
    );
}

#[test]
fn oauth_expired_codex_banner_unknown_version() {
    let (cause, steps) = run(
        None,
        &[
            r#"⚠️ Model login expired on the gateway for openai-codex. Re-auth with `openclaw models auth login --provider openai-codex`, then try again."#,
        ],
    );
    assert_eq!(cause, "oauth_expired");
    assert_eq!(
        steps,
        strings(&[
            "openclaw models auth login --provider openai-codex",
            "openclaw gateway restart",
            "openclaw models status --probe --probe-provider openai-codex"
        ])
    );
}

#[test]
fn oauth_expired_anthropic_token() {
    let (cause, steps) = run(
        Some("2026.6.9"),
        &[r#"Auth probes
┌──┬──┬──┐
│ Model │ Profile │ Status │
├──┼──┼──┤
│ anthropic/claude-opus-4-6 │ anthropic:default (token) │ unknown · - │
│ │ │ ↳ Auth profile credentials are missing or expired. │
│ │ │ ↳ Auth reason [expired]: token credentials are expired. │
└──┴──┴──┘
Probed 1 targets in 2s"#],
    );
    assert_eq!(cause, "oauth_expired");
    assert_eq!(
        steps,
        strings(&[
            "claude setup-token",
            "openclaw models auth setup-token --provider anthropic",
            "openclaw gateway restart",
            "openclaw models status --probe --probe-provider anthropic"
        ])
    );
}

#[test]
fn refresh_token_reused_6_9() {
    let (cause, steps) = run(
        Some("2026.6.9"),
        &[
            r#"- openai:default: re-auth required [refresh_token_reused] — Run `openclaw models auth login --provider openai --profile-id 'openai:default'`."#,
        ],
    );
    assert_eq!(cause, "refresh_token_reused");
    assert_eq!(
        steps,
        strings(&[
            "openclaw models auth login --provider openai --profile-id openai:default",
            "openclaw doctor --fix",
            "openclaw gateway status",
            "openclaw models auth order set --provider openai <new-profile-id>",
            "openclaw gateway restart"
        ])
    );
}

#[test]
fn refresh_token_reused_5_5() {
    let (cause, steps) = run(
        Some("2026.5.5"),
        &[r#"[openai-codex] Token refresh failed: 401 {"code": "refresh_token_reused"}"#],
    );
    assert_eq!(cause, "refresh_token_reused");
    assert_eq!(
        steps,
        strings(&[
            "openclaw models auth login --provider openai-codex",
            "openclaw gateway status",
            "openclaw models auth order set --provider openai-codex <new-profile-id>",
            "openclaw gateway restart",
            "openclaw update"
        ])
    );
}

#[test]
fn oauth_scope_missing_login() {
    let (cause, steps) = run(
        Some("2026.4.10"),
        &[
            r#"http://localhost:1455/auth/callback?error=invalid_scope&error_description=The+OAuth+2.0+Client+is+not+allowed+to+request+scope+%27model.request%27"#,
        ],
    );
    assert_eq!(cause, "oauth_scope_missing");
    assert_eq!(
        steps,
        strings(&["openclaw update", "openclaw models auth login --provider openai-codex"])
    );
}

#[test]
fn oauth_scope_missing_runtime() {
    let (cause, steps) = run(Some("2026.6.9"), &[r#"401 Missing scopes: model.request"#]);
    assert_eq!(cause, "oauth_scope_missing");
    assert_eq!(
        steps,
        strings(&[
            "openclaw config unset models.providers.openai.baseUrl",
            "openclaw doctor --fix",
            "openclaw models auth login --provider openai",
            "openclaw gateway restart"
        ])
    );
}

#[test]
fn missing_api_key_key_provider() {
    let (cause, steps) = run(
        Some("2026.6.9"),
        &[
            r#"⚠️ Agent failed before reply: No API key found for provider "zai". Auth store: ~/.openclaw/agents/main/agent/openclaw-agent.sqlite (agentDir: ~/.openclaw/agents/main/agent)."#,
        ],
    );
    assert_eq!(cause, "missing_api_key");
    assert_eq!(
        steps,
        strings(&[
            "openclaw configure",
            "echo 'ZAI_API_KEY=<your-key>' >> ~/.openclaw/.env",
            "openclaw gateway restart",
            "openclaw models status --probe --probe-provider zai"
        ])
    );
}

#[test]
fn missing_api_key_local_provider() {
    let (cause, steps) = run(
        None,
        &[r#"Agent failed before reply: No API key found for provider "custom-127-0-0-1-8080"."#],
    );
    assert_eq!(cause, "missing_api_key");
    assert_eq!(
        steps,
        strings(&[
            "openclaw config set models.providers.custom-127-0-0-1-8080.apiKey local-no-key",
            "openclaw gateway restart"
        ])
    );
}

#[test]
fn missing_api_key_codex_3_7() {
    let (cause, steps) = run(
        Some("2026.3.7"),
        &[
            r#"No API key found for provider "openai-codex". Auth store: C:\Users\x\.openclaw\agents\main\agent\auth-profiles.json (agentDir: C:\Users\x\.openclaw\agents\main\agent)."#,
        ],
    );
    assert_eq!(cause, "missing_api_key");
    assert_eq!(steps, strings(&["openclaw models auth login --provider openai-codex"]));
}

#[test]
fn invalid_api_key() {
    let (cause, steps) = run(
        Some("2026.6.9"),
        &[r#"⚠️ Agent failed before reply: 401 Incorrect API key provided: sk-proj-****Xq7d."#],
    );
    assert_eq!(cause, "invalid_api_key");
    assert_eq!(
        steps,
        strings(&[
            "openclaw models status",
            "openclaw configure",
            "echo 'OPENAI_API_KEY=<your-key>' >> ~/.openclaw/.env",
            "openclaw gateway restart",
            "openclaw models status --probe --probe-provider openai"
        ])
    );
}

#[test]
fn external_cli_credential_stale() {
    let (cause, steps) = run(
        Some("2026.6.9"),
        &[
            r#"2026-06-20T10:02:11.204+02:00 [agents/auth-profiles] using external OAuth credential after refresh failure
2026-06-20T10:02:11.988+02:00 [provider-transport-fetch] [model-fetch] response provider=openai api=openai-chatgpt-responses model=gpt-5.5 status=401"#,
        ],
    );
    assert_eq!(cause, "external_cli_credential_stale");
    assert_eq!(
        steps,
        strings(&[
            "codex login",
            "openclaw models auth login --provider openai",
            "openclaw gateway restart"
        ])
    );
}

#[test]
fn pinned_profile_missing_credential() {
    let (cause, steps) = run(
        Some("2026.6.5"),
        &[
            r#"I pinned it with `/model anthropic/claude-sonnet-4-6@anthropic:work` and nothing comes back.
Auth probes
┌──┬──┬──┐
│ Model │ Profile │ Status │
├──┼──┼──┤
│ anthropic/claude-sonnet-4-6 │ anthropic:default (token) │ ok · 1.8s │
│ anthropic/claude-sonnet-4-6 │ anthropic:work (token) │ unknown · - │
│ │ │ ↳ Auth profile credentials are missing or expired. │
│ │ │ ↳ Auth reason [missing_credential]: no inline credential or SecretRef is configured. │
└──┴──┴──┘
Probed 2 targets in 2s"#,
        ],
    );
    assert_eq!(cause, "pinned_profile_missing_credential");
    assert_eq!(
        steps,
        strings(&[
            "/model anthropic/claude-sonnet-4-6@anthropic:default",
            "openclaw models auth paste-token --provider anthropic --profile-id anthropic:work"
        ])
    );
}

#[test]
fn auth_provider_not_loaded_6_5() {
    let (cause, steps) = run(
        Some("2026.6.5"),
        &[
            r#"Error: Unknown provider "openai-codex". Loaded providers: anthropic, openai. Verify plugins via `openclaw plugins list --json`."#,
        ],
    );
    assert_eq!(cause, "auth_provider_not_loaded");
    assert_eq!(steps, strings(&["openclaw models auth login --provider openai"]));
}

#[test]
fn auth_provider_not_loaded_plugin() {
    let (cause, steps) = run(
        Some("2026.6.5"),
        &[
            r#"Error: Unknown provider "qwen-portal". Loaded providers: anthropic, openai. Verify plugins via `openclaw plugins list --json`."#,
        ],
    );
    assert_eq!(cause, "auth_provider_not_loaded");
    assert_eq!(
        steps,
        strings(&[
            "openclaw plugins list",
            "openclaw plugins enable qwen-portal",
            "openclaw gateway restart",
            "openclaw models auth login --provider qwen-portal"
        ])
    );
}

#[test]
fn per_agent_auth_store() {
    let (cause, steps) = run(
        Some("2026.7.1"),
        &[
            r#"⚠️ Agent failed before reply: No API key found for provider "anthropic". Auth store: ~/.openclaw/agents/scout/agent/openclaw-agent.sqlite (agentDir: ~/.openclaw/agents/scout/agent)."#,
            r#"Auth store    : ~/.openclaw/agents/main/agent/openclaw-agent.sqlite
- anthropic effective=profiles:~/.openclaw/agents/main/agent/openclaw-agent.sqlite | profiles=1 (0 oauth, 0 token, 1 api-key) | anthropic:default=sk-ant-a...7fGh2kLm"#,
        ],
    );
    assert_eq!(cause, "per_agent_auth_store");
    assert_eq!(
        steps,
        strings(&[
            "openclaw models --agent scout auth login --provider anthropic",
            "openclaw models status --agent scout",
            "openclaw gateway restart"
        ])
    );
}

#[test]
fn per_agent_auth_store_8_x() {
    let (cause, steps) = run(
        Some("2026.8.2"),
        &[
            r#"⚠️ Agent failed before reply: No API key found for provider "anthropic". Auth store: ~/.openclaw/agents/scout/agent/openclaw-agent.sqlite (agentDir: ~/.openclaw/agents/scout/agent)."#,
            r#"Auth store    : ~/.openclaw/agents/main/agent/openclaw-agent.sqlite
- anthropic effective=profiles:~/.openclaw/agents/main/agent/openclaw-agent.sqlite | profiles=1 (0 oauth, 0 token, 1 api-key) | anthropic:default=sk-ant-a...7fGh2kLm"#,
        ],
    );
    assert_eq!(cause, "per_agent_auth_store");
    assert_eq!(
        steps,
        strings(&[
            "openclaw models auth login --agent scout --provider anthropic",
            "openclaw models status --agent scout",
            "openclaw gateway restart"
        ])
    );
}

#[test]
fn auth_store_migration_required() {
    let (cause, steps) = run(
        Some("2026.9.3"),
        &[
            r#"[diagnostic] lane task error: lane=main durationMs=38 error="FailoverError: Auth profile store ~/.openclaw/agents/main/agent/openclaw-agent.sqlite requires legacy credential migration; run openclaw doctor --fix.""#,
        ],
    );
    assert_eq!(cause, "auth_store_migration_required");
    assert_eq!(
        steps,
        strings(&[
            "openclaw gateway stop",
            "openclaw doctor --fix",
            "openclaw models auth list",
            "openclaw gateway start"
        ])
    );
}

#[test]
fn profile_excluded_by_auth_order_6_9() {
    let (cause, steps) = run(
        Some("2026.6.9"),
        &[
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
    );
    assert_eq!(cause, "profile_excluded_by_auth_order");
    assert_eq!(
        steps,
        strings(&[
            "openclaw doctor --fix",
            "openclaw models auth order clear --provider openai",
            "openclaw models auth order set --provider openai openai:default openai:work",
            "openclaw gateway restart",
            "openclaw models status --probe --probe-provider openai"
        ])
    );
}

#[test]
fn profile_excluded_by_auth_order_5_26() {
    let (cause, steps) = run(
        Some("2026.5.26"),
        &[r#"Auth probes
┌──┬──┬──┐
│ Model │ Profile │ Status │
├──┼──┼──┤
│ openai/gpt-5.5 │ openai-codex:default (oauth) │ unknown · - │
│ │ │ ↳ Excluded by auth.order for this provider. │
└──┴──┴──┘
Probed 1 targets in 2s"#],
    );
    assert_eq!(cause, "profile_excluded_by_auth_order");
    assert_eq!(
        steps,
        strings(&[
            "openclaw models auth order clear --provider openai-codex",
            "openclaw models auth order set --provider openai-codex openai-codex:default",
            "openclaw gateway restart",
            "openclaw models status --probe --probe-provider openai-codex"
        ])
    );
}

#[test]
fn auth_order_not_applied() {
    let (cause, steps) = run(
        Some("2026.5.26"),
        &[
            r#"$ openclaw models auth order set --provider anthropic anthropic:team anthropic:default
Failed to update auth-state.json (lock busy?)."#,
        ],
    );
    assert_eq!(cause, "auth_order_not_applied");
    assert_eq!(
        steps,
        strings(&[
            "openclaw gateway stop",
            "openclaw models auth order set --provider anthropic anthropic:team anthropic:default",
            "openclaw models auth order get --provider anthropic",
            "openclaw gateway start"
        ])
    );
}

#[test]
fn session_pin_stale_5_12_walkthrough() {
    let (cause, steps) = run(
        Some("2026.5.12"),
        &[
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
    );
    assert_eq!(cause, "session_pin_stale");
    assert_eq!(steps, strings(&["/model openai-codex/gpt-5.4@openai-codex:sam.lee@example.net"]));
}

#[test]
fn session_pin_stale_8_2() {
    let (cause, steps) = run(
        Some("2026.8.2"),
        &[
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
    );
    assert_eq!(cause, "session_pin_stale");
    assert_eq!(steps, strings(&["/model openai/gpt-5.5@openai:work -s"]));
}

#[test]
fn session_pin_stale_auto_override() {
    let (cause, steps) = run(
        Some("2026.5.19"),
        &[r#"  "authProfileOverride": "anthropic:manual",
  "authProfileOverrideSource": "auto"
$ openclaw models auth order set --provider anthropic anthropic:default anthropic:manual"#],
    );
    assert_eq!(cause, "session_pin_stale");
    assert_eq!(steps, strings(&["/new", "/model anthropic/<model>@anthropic:default"]));
}

#[test]
fn wrong_provider_prefix_5_26() {
    let (cause, steps) = run(
        Some("2026.5.26"),
        &[
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
    );
    assert_eq!(cause, "wrong_provider_prefix");
    assert_eq!(steps, strings(&["/model openai-codex/gpt-5.5@openai-codex:dana@example.com"]));
}

#[test]
fn wrong_provider_prefix_6_9_renamed() {
    let (cause, steps) = run(
        Some("2026.6.9"),
        &[
            r#"/model openai/gpt-5.5@openai-codex:sam@example.com
Auth profile "openai-codex:sam@example.com" not found."#,
            r#"Profiles:
- openai:sam@example.com (sam@example.com) [openai/oauth; expires 2026-07-02T08:00:00.000Z]"#,
        ],
    );
    assert_eq!(cause, "wrong_provider_prefix");
    assert_eq!(steps, strings(&["/model openai/gpt-5.5@openai:sam@example.com"]));
}

#[test]
fn wrong_provider_prefix_5_3_default() {
    let (cause, steps) = run(
        Some("2026.5.3"),
        &[
            r#"Missing API key for OpenAI on the gateway. Use openai/gpt-5.5 with the Codex OAuth profile, or set OPENAI_API_KEY"#,
        ],
    );
    assert_eq!(cause, "wrong_provider_prefix");
    assert_eq!(
        steps,
        strings(&["openclaw models set openai-codex/gpt-5.5", "openclaw gateway restart"])
    );
}

#[test]
fn auth_profile_provider_mismatch() {
    let (cause, steps) = run(
        Some("2026.6.9"),
        &[r#"$ openclaw models auth order set --provider openai openai:default anthropic:default
Auth profile "anthropic:default" is for anthropic, not openai."#],
    );
    assert_eq!(cause, "auth_profile_provider_mismatch");
    assert_eq!(
        steps,
        strings(&[
            "openclaw models auth order set --provider openai openai:default",
            "openclaw models fallbacks add anthropic/<model>",
            "openclaw gateway restart"
        ])
    );
}

#[test]
fn legacy_codex_ids_7_1() {
    let (cause, steps) = run(
        Some("2026.7.1"),
        &[
            r#"Unknown model: openai-codex/gpt-5.5. "openai-codex" is a legacy provider ID. Run `openclaw doctor --fix` to migrate legacy model and provider config to the current OpenAI format."#,
        ],
    );
    assert_eq!(cause, "legacy_codex_ids");
    assert_eq!(
        steps,
        strings(&[
            "openclaw doctor --fix",
            "openclaw models set openai/gpt-5.5",
            "openclaw models auth login --provider openai",
            "openclaw gateway restart"
        ])
    );
}

#[test]
fn legacy_codex_ids_5_5() {
    let (cause, steps) = run(
        Some("2026.5.5"),
        &[r#"[boot] agent run failed: No API key found for provider "openai"."#],
    );
    assert_eq!(cause, "legacy_codex_ids");
    assert_eq!(
        steps,
        strings(&[
            "openclaw models set openai-codex/gpt-5.5 && openclaw config validate",
            "openclaw update"
        ])
    );
}

#[test]
fn unknown_model() {
    let (cause, steps) = run(
        Some("2026.6.9"),
        &[
            r#"12:41:07 [diagnostic] lane task error: lane=main durationMs=0 error="Error: Unknown model: anthropic/claude-sonet-4-6""#,
        ],
    );
    assert_eq!(cause, "unknown_model");
    assert_eq!(
        steps,
        strings(&[
            "openclaw models list --provider anthropic",
            "openclaw models set anthropic/<model-from-the-list>"
        ])
    );
}

#[test]
fn model_not_allowed() {
    let (cause, steps) = run(
        Some("2026.7.1"),
        &[
            r#"Model "openai/gpt-5.5-pro" is not allowed. Use /models to list providers, or /models <provider> to list models.
Add it with: openclaw config set agents.defaults.models '{"openai/gpt-5.5-pro":{}}' --strict-json --merge"#,
        ],
    );
    assert_eq!(cause, "model_not_allowed");
    assert_eq!(
        steps,
        strings(&[
            r#"openclaw config set agents.defaults.models '{"openai/gpt-5.5-pro":{}}' --strict-json --merge"#,
            "openclaw gateway restart",
            "/model openai/gpt-5.5-pro"
        ])
    );
}

#[test]
fn rate_limit_cooldown() {
    let (cause, steps) = run(
        Some("2026.7.1"),
        &[
            r#"All models failed (1): anthropic/claude-opus-4-6: Provider anthropic is in cooldown (all profiles unavailable) (rate_limit)"#,
        ],
    );
    assert_eq!(cause, "rate_limit_cooldown");
    assert_eq!(
        steps,
        strings(&[
            "openclaw models status",
            "openclaw models fallbacks add <other-provider>/<model>"
        ])
    );
}

#[test]
fn rate_limit_cooldown_9_x() {
    let (cause, steps) = run(
        Some("2026.9.2"),
        &[r#"Auth probes
┌──┬──┬──┐
│ Model │ Profile │ Status │
├──┼──┼──┤
│ openai/gpt-5.5 │ openai:personal (oauth) │ rate_limit · 1.1s │
│ │ │ ↳ 429 {"error":{"type":"usage_limit_reached"}} │
└──┴──┴──┘
Probed 1 targets in 2s"#],
    );
    assert_eq!(cause, "rate_limit_cooldown");
    assert_eq!(
        steps,
        strings(&[
            "openclaw models status",
            "openclaw models auth clear-cooldown <profile-id>",
            "openclaw models fallbacks add <other-provider>/<model>"
        ])
    );
}

#[test]
fn billing_disabled() {
    let (cause, steps) = run(
        Some("2026.9.2"),
        &[r#"Unavailable auth profiles
- anthropic:default (anthropic) disabled:billing (4h) — Top up credits (provider billing) or switch provider."#],
    );
    assert_eq!(cause, "billing_disabled");
    assert_eq!(
        steps,
        strings(&[
            "openclaw models status",
            "openclaw models auth clear-cooldown <profile-id>",
            "openclaw models fallbacks add <other-provider>/<model>"
        ])
    );
}

#[test]
fn provider_unreachable() {
    let (cause, steps) = run(
        Some("2026.6.9"),
        &[
            r#"21:04:17 [model-fallback/decision] model fallback decision: decision=candidate_failed requested=ollama/qwen3:8b candidate=ollama/qwen3:8b reason=timeout next=none detail=LLM request timed out."#,
        ],
    );
    assert_eq!(cause, "provider_unreachable");
    assert_eq!(
        steps,
        strings(&[
            "openclaw models status --probe --probe-provider ollama --probe-timeout 20000",
            "openclaw models fallbacks add <other-provider>/<model>"
        ])
    );
}

#[test]
fn fallbacks_stripped() {
    let (cause, steps) = run(
        None,
        &[r#"{
  "agents": {
    "list": [
      { "id": "main", "model": "openai-codex/gpt-5.5" }
    ]
  }
}"#],
    );
    assert_eq!(cause, "fallbacks_stripped");
    assert_eq!(
        steps,
        strings(&[
            r#"{ "id": "main", "model": { "primary": "openai-codex/gpt-5.5", "fallbacks": ["<provider>/<model>"] } }"#,
            "openclaw gateway restart",
            "openclaw models status --agent main"
        ])
    );
}

#[test]
fn ollama_fallback_dropped() {
    let (cause, steps) = run(
        None,
        &[
            r#"ollama/qwen3:8b: No API key found for provider "ollama". Auth store: /home/x/.openclaw/agents/ada/agent/auth-profiles.json (agentDir: /home/x/.openclaw/agents/ada/agent)."#,
        ],
    );
    assert_eq!(cause, "ollama_fallback_dropped");
    assert_eq!(
        steps,
        strings(&[
            "openclaw config set models.providers.ollama.apiKey ollama-local",
            "openclaw config set models.providers.ollama.baseUrl http://127.0.0.1:11434",
            "openclaw config set models.providers.ollama.api ollama",
            "openclaw gateway restart",
            "openclaw models status --agent ada"
        ])
    );
}

#[test]
fn fallback_not_triggered() {
    let (cause, steps) = run(
        Some("2026.6.9"),
        &[
            r#"21:14:52 [model-fallback/decision] model fallback decision: decision=candidate_failed requested=anthropic/claude-opus-4-6 candidate=anthropic/claude-opus-4-6 reason=overloaded next=none"#,
            r#"Current: anthropic/claude-opus-4-6 (selected)"#,
            r#"Default       : openai/gpt-5.5
Fallbacks (1) : google/gemini-2.5-pro"#,
        ],
    );
    assert_eq!(cause, "fallback_not_triggered");
    assert_eq!(steps, strings(&["/model openai/gpt-5.5"]));
}

#[test]
fn fallback_not_triggered_8_x() {
    let (cause, steps) = run(
        Some("2026.8.2"),
        &[
            r#"21:14:52 [model-fallback/decision] model fallback decision: decision=candidate_failed requested=anthropic/claude-opus-4-6 candidate=anthropic/claude-opus-4-6 reason=overloaded next=none"#,
            r#"Current: anthropic/claude-opus-4-6 (selected)"#,
        ],
    );
    assert_eq!(cause, "fallback_not_triggered");
    assert_eq!(steps, strings(&["/model default -s"]));
}

#[test]
fn runtime_unavailable() {
    let (cause, steps) = run(
        Some("2026.6.1"),
        &[r#"GatewayClientRequestError: FailoverError: codex app-server startup timed out"#],
    );
    assert_eq!(cause, "runtime_unavailable");
    assert_eq!(
        steps,
        strings(&[
            "openclaw plugins inspect codex --runtime --json",
            "openclaw plugins list",
            "openclaw gateway restart"
        ])
    );
}

#[test]
fn cloudflare_403() {
    let (cause, steps) = run(
        Some("2026.4.14"),
        &[
            r#"[agent/embedded] embedded run agent end: runId=x isError=true model=gpt-5.4 provider=openai-codex error=LLM request failed: DNS lookup for the provider endpoint failed. rawError=<html>...Enable JavaScript and cookies to continue...</html>"#,
        ],
    );
    assert_eq!(cause, "cloudflare_403");
    assert_eq!(
        steps,
        strings(&[
            "openclaw update",
            r#"openclaw config set models.providers.openai-codex '{"api":"openai-codex-responses","baseUrl":"https://chatgpt.com/backend-api"}' --strict-json --merge"#,
            "openclaw gateway restart"
        ])
    );
}

#[test]
fn version_regression_5_12() {
    let (cause, steps) = run(
        Some("2026.5.12"),
        &[
            r#"OAuth token refresh failed for openai-codex: OpenAI Codex token refresh failed (401): {"code": "token_expired"}"#,
        ],
    );
    assert_eq!(cause, "version_regression");
    assert_eq!(
        steps,
        strings(&[
            "openclaw update",
            "openclaw models auth login --provider openai-codex",
            "openclaw gateway restart"
        ])
    );
}

#[test]
fn version_regression_cron_5_18() {
    let (cause, steps) = run(
        Some("2026.5.18"),
        &[
            r#"[diagnostic] lane task error: lane=cron:nightly durationMs=412 error="FailoverError: No API key found for provider "openai-codex". Auth store: ~/.openclaw/agents/main/agent/auth-profiles.json (agentDir: ~/.openclaw/agents/main/agent).""#,
        ],
    );
    assert_eq!(cause, "version_regression");
    assert_eq!(steps, strings(&["openclaw update", "openclaw gateway restart"]));
}

#[test]
fn gateway_not_reloaded() {
    let (cause, steps) = run(
        Some("2026.6.9"),
        &[
            r#"- openrouter effective=env:OPENROUTER_API_KEY | env=sk-or-v1...9f2c11ab | source=env: OPENROUTER_API_KEY
⚠️ Missing API key for provider "openrouter". Configure the gateway auth for that provider, then try again."#,
        ],
    );
    assert_eq!(cause, "gateway_not_reloaded");
    assert_eq!(steps, strings(&["openclaw gateway restart", "openclaw gateway status"]));
}

#[test]
fn request_rejected() {
    let (cause, steps) = run(
        Some("2026.9.4"),
        &[
            r#"[model-fallback/decision] model fallback decision: decision=candidate_failed requested=openai/gpt-5.5 candidate=openai/gpt-5.5 reason=context_overflow next=none detail=400 context_length_exceeded"#,
        ],
    );
    assert_eq!(cause, "request_rejected");
    assert_eq!(steps, strings(&["/new", "/model status"]));
}

#[test]
fn status_display_mismatch() {
    let (cause, steps) = run(
        None,
        &[r#"Doctor says expired but inference still works.
anthropic:claude-cli: expired (0m) — Re-auth via `openclaw models auth login --provider anthropic`.
[agents/auth-profiles] read anthropic credentials from claude cli keychain"#],
    );
    assert_eq!(cause, "status_display_mismatch");
    assert_eq!(
        steps,
        strings(&[
            "claude auth login && openclaw models auth login --provider anthropic --method cli",
            "openclaw gateway restart"
        ])
    );
}

#[test]
fn not_model_auth() {
    let (cause, steps) = run(
        None,
        &[
            r#"gateway closed (1008): unauthorized: device token mismatch (rotate/reissue device token)"#,
        ],
    );
    assert_eq!(cause, "not_model_auth");
    assert_eq!(
        steps,
        strings(&["openclaw devices list", "openclaw devices rotate --device <id> --role <role>"])
    );
}

#[test]
fn all_ok() {
    let (cause, steps) = run(
        Some("2026.7.1"),
        &[r#"Auth probes
┌──┬──┬──┐
│ Model │ Profile │ Status │
├──┼──┼──┤
│ anthropic/claude-sonnet-4-6 │ anthropic:default (api_key) │ ok · 1.4s │
│ openai/gpt-5.5 │ openai:default (oauth) │ ok · 8.1s │
└──┴──┴──┘
Probed 2 targets in 2s"#],
    );
    assert_eq!(cause, "all_ok");
    assert_eq!(steps, strings(&[]));
}

#[test]
fn need_more_info_unrelated() {
    let (cause, steps) =
        run(None, &[r#"my deploy script dies with: error: failed to push some refs"#]);
    assert_eq!(cause, "need_more_info");
    assert_eq!(
        steps,
        strings(&["openclaw --version", "openclaw models status --probe", "/model status"])
    );
}

#[test]
fn need_more_info_status_all() {
    let (cause, steps) = run(
        Some("2026.6.9"),
        &[r#"OpenClaw status --all
Diagnosis (read-only)
Pasteable debug report. Auth tokens redacted."#],
    );
    assert_eq!(cause, "need_more_info");
    assert_eq!(steps, strings(&["openclaw models status", "openclaw models status --probe"]));
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

/// `openai/…` refs beside `openai-codex:` ids mean 5.12–5.28: the pin keeps the codex prefix.
#[test]
fn mixed_refs_and_codex_ids_pin_with_the_codex_prefix() {
    let (cause, steps) = run(None, &[
        "/model openai/gpt-5.5@openai-codex:dana@example.com\nAuth profile \"openai-codex:dana@example.com\" is for openai-codex, not openai.",
        "│ openai/gpt-5.5 │ openai-codex:dana@example.com (dana@example.com) (oauth) │ ok · 7.9s │",
    ]);
    assert_eq!(cause, "wrong_provider_prefix");
    assert_eq!(steps, strings(&["/model openai-codex/gpt-5.5@openai-codex:dana@example.com"]));
}

/// A profile resting for an auth reason in `Unavailable auth profiles` needs a new login.
#[test]
fn unavailable_for_auth_means_login_again() {
    let (cause, steps) = run(Some("2026.6.9"), &["Unavailable auth profiles\n- openai:default (openai) cooldown:auth (5m) — Re-authenticate with `openclaw models auth login --provider openai --profile-id 'openai:default'`."]);
    assert_eq!(cause, "oauth_expired");
    assert_eq!(
        steps,
        strings(&[
            "openclaw models auth login --provider openai --profile-id openai:default",
            "openclaw gateway restart",
            "openclaw models status --probe --probe-provider openai"
        ])
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

/// `openai` with a ChatGPT subscription is an OAuth login, not an API key.
#[test]
fn missing_openai_credential_for_a_chatgpt_user_is_a_login() {
    let (cause, steps) = run(
        Some("2026.6.9"),
        &["I use my ChatGPT subscription.\n⚠️ Agent failed before reply: No API key found for provider \"openai\". Auth store: ~/.openclaw/agents/main/agent/openclaw-agent.sqlite (agentDir: ~/.openclaw/agents/main/agent)."],
    );
    assert_eq!(cause, "missing_api_key");
    assert_eq!(steps, strings(&["openclaw models auth login --provider openai"]));
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

// Field-report causes (causes.md §3.9) and the ids messages.md §12 proposes.

#[test]
fn login_requires_tty_piped_login() {
    let (cause, steps) = run(
        Some("2026.6.9"),
        &[r#"$ echo "$GOOGLE_KEY" | openclaw models auth login --provider google --method api-key
Error: models auth login requires an interactive TTY."#],
    );
    assert_eq!(cause, "login_requires_tty");
    assert_eq!(
        steps,
        strings(&[
            "printf '%s' \"$KEY\" | openclaw models auth paste-api-key --provider google",
            "printf '%s' \"$TOKEN\" | openclaw models auth paste-token --provider google",
            "docker exec -it <container> openclaw models auth login --provider google",
        ])
    );
}

#[test]
fn oauth_profile_not_attached_missing_bearer() {
    let (cause, steps) = run(
        Some("2026.6.9"),
        &[r#"embedded run agent end: isError=true provider=openai profile=-
error=401 Unauthorized: Missing bearer or basic authentication in header
url: https://api.openai.com/v1/responses"#],
    );
    assert_eq!(cause, "oauth_profile_not_attached");
    assert_eq!(
        steps,
        strings(&[
            "openclaw doctor --fix",
            "openclaw plugins inspect codex --runtime --json",
            "openclaw gateway restart",
            "openclaw update",
        ])
    );
}

#[test]
fn agent_model_override_list_entry_wins() {
    let (cause, steps) = run(
        Some("2026.6.9"),
        &[r#"I changed the default model but the main agent keeps using the old one.
{
  "agents": {
    "defaults": { "model": { "primary": "anthropic/claude-opus-4-6" } },
    "list": [
      { "id": "main", "model": { "primary": "anthropic/claude-sonnet-4-5" } }
    ]
  }
}"#],
    );
    assert_eq!(cause, "agent_model_override");
    assert_eq!(
        steps,
        strings(&[
            "openclaw config unset agents.list[<index>].model",
            "openclaw gateway restart",
            "openclaw models status --agent main",
        ])
    );
}

#[test]
fn models_json_rejected_before_not_allowed() {
    let (cause, steps) = run(
        Some("2026.6.9"),
        &[
            r#"ERROR Failed to load models.json: Provider lmstudio: "apiKey" is required when defining custom models.
Model "openai/gpt-5.5" is not allowed. Use /models to list providers, or /models <provider> to list models."#,
        ],
    );
    assert_eq!(cause, "models_json_rejected");
    assert_eq!(
        steps,
        strings(&[
            "openclaw config set models.providers.lmstudio.apiKey <env-reference-or-placeholder>",
            "openclaw gateway restart",
            "openclaw models list",
        ])
    );
}

#[test]
fn custom_model_misrouted_google_at_openai() {
    let (cause, steps) = run(
        Some("2026.6.9"),
        &[r#"HTTP 401 — Authentication failed. Your provider token may have expired.
request: model=google/gemini-3.6-flash api=openai-responses url: https://api.openai.com/v1/responses"#],
    );
    assert_eq!(cause, "custom_model_misrouted");
    assert_eq!(
        steps,
        strings(&[
            "openclaw config set models.providers.google.baseUrl <that-provider's-endpoint>",
            "openclaw config set models.providers.google.api <api-of-that-provider>",
            "openclaw gateway restart",
        ])
    );
}

#[test]
fn auth_profile_wrong_type_token_for_key_provider() {
    let (cause, steps) = run(
        Some("2026.6.9"),
        &[r#"$ openclaw models auth list --provider ollamacloud
- ollamacloud:default [ollamacloud/token]
HTTP 401: unauthorized"#],
    );
    assert_eq!(cause, "auth_profile_wrong_type");
    assert_eq!(
        steps,
        strings(&[
            "printf '%s' \"$KEY\" | openclaw models auth paste-api-key --provider ollamacloud",
            "openclaw models auth order set --provider ollamacloud ollamacloud:<new-api-key-profile>",
            "openclaw gateway restart",
            "openclaw models auth list --provider ollamacloud",
        ])
    );
}

#[test]
fn context_window_too_small_models_config() {
    let (cause, steps) = run(
        Some("2026.6.9"),
        &[
            r#"03:15:53 [agent/embedded] blocked model (context window too small): deepseek/deepseek-chat ctx=4096 (min=16000) source=modelsConfig"#,
        ],
    );
    assert_eq!(cause, "context_window_too_small");
    assert_eq!(
        steps,
        strings(&[
            "openclaw config set models.providers.deepseek.models[<index>].contextWindow <real-context-size>",
            "openclaw gateway restart",
            "openclaw models set deepseek/<larger-context-model>",
        ])
    );
}

#[test]
fn profile_param_ignored_order_first_wins() {
    let (cause, steps) = run(
        Some("2026.6.9"),
        &[r#"{
  "auth": { "order": { "anthropic": ["anthropic:work", "anthropic:home"] } },
  "agents": { "defaults": { "models": { "anthropic/claude-opus-4-6": { "params": { "authProfileId": "anthropic:home" } } } } }
}"#],
    );
    assert_eq!(cause, "profile_param_ignored");
    assert_eq!(
        steps,
        strings(&[
            "/model anthropic/claude-opus-4-6@anthropic:home",
            "openclaw models auth order set --provider anthropic anthropic:home anthropic:work",
        ])
    );
}

#[test]
fn default_model_not_set_env_model() {
    let (cause, steps) = run(
        Some("2026.6.9"),
        &[r#"I set OPENCLAW_MODEL=openai/gpt-5.2 but it still does not answer.
Error: No API key found for provider anthropic"#],
    );
    assert_eq!(cause, "default_model_not_set");
    assert_eq!(
        steps,
        strings(&["openclaw models set openai/gpt-5.2", "openclaw gateway restart",])
    );
}

#[test]
fn ssrf_blocked_fake_ip() {
    let (cause, steps) = run(
        Some("2026.6.9"),
        &[
            r#"[security] blocked URL fetch (provider) target=https://api.deepseek.com/v1/chat/completions reason=Blocked: resolves to private/internal/special-use IP address"#,
        ],
    );
    assert_eq!(cause, "ssrf_blocked");
    assert_eq!(
        steps,
        strings(&[
            "getent hosts api.deepseek.com",
            "openclaw config set models.providers.<provider>.request.allowPrivateNetwork true",
            "openclaw gateway restart",
        ])
    );
}

#[test]
fn context_overflow_openclaw_copy() {
    let (cause, steps) = run(
        Some("2026.6.9"),
        &[
            r#"⚠️ Context overflow: prompt too large for the model. Try /reset (or /new) to start a fresh session, or use a larger-context model."#,
        ],
    );
    assert_eq!(cause, "context_overflow");
    assert_eq!(steps, strings(&["/compact", "/new",]));
}

#[test]
fn oauth_refresh_transient_login_failed() {
    let (cause, steps) = run(
        Some("2026.6.9"),
        &[
            r#"⚠️ Model login failed on the gateway for anthropic. Please try again. If this keeps happening, re-auth with `openclaw models auth login --provider anthropic` in a terminal."#,
        ],
    );
    assert_eq!(cause, "oauth_refresh_transient");
    assert_eq!(steps, strings(&["openclaw models auth login --provider anthropic",]));
}

#[test]
fn env_key_not_bound_hint() {
    let (cause, steps) = run(
        Some("2026.6.9"),
        &[
            r#"OPENROUTER_API_KEY is set, but it is not bound to provider "openrouter". Run `openclaw doctor --fix` to check an existing selection, or add an environment reference at `models.providers.openrouter.apiKey`."#,
        ],
    );
    assert_eq!(cause, "env_key_not_bound");
    assert_eq!(
        steps,
        strings(&[
            "openclaw doctor --fix",
            "openclaw config set models.providers.openrouter.apiKey '${OPENROUTER_API_KEY}'",
            "openclaw gateway restart",
        ])
    );
}

#[test]
fn turn_timeout_overall_limit() {
    let (cause, steps) = run(
        Some("2026.6.9"),
        &[
            r#"⚠️ CLI turn (routing anthropic/claude-opus-4-6): timed out after 600s (overall turn limit). The gateway is unaffected."#,
        ],
    );
    assert_eq!(cause, "turn_timeout");
    assert_eq!(
        steps,
        strings(&[
            "openclaw config set agents.defaults.timeoutSeconds <seconds>",
            "openclaw gateway restart",
        ])
    );
}

#[test]
fn directive_syntax_profile_without_model() {
    let (cause, steps) = run(
        Some("2026.6.9"),
        &[r#"/model @anthropic:work
Auth profile override requires a model selection."#],
    );
    assert_eq!(cause, "directive_syntax");
    assert_eq!(steps, strings(&["/model anthropic/<model>@anthropic:work",]));
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
