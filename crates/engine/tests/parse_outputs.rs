//! One test per OpenClaw output kind (formats.md §2–§11) and per damage mode the parsers
//! themselves handle (wrapped cells, truncated tables, ASCII borders, abbreviated log lines).
//! Each test runs the real pipeline: ingest, then parse.

use clawmedic_engine::ingest::ingest;
use clawmedic_engine::parse::{parse_message, Fact, ProbeRow, SignalKind};

fn facts(text: &str) -> Vec<Fact> {
    parse_message(&ingest(text).text, 1).facts.into_iter().map(|l| l.fact).collect()
}

fn probes(text: &str) -> Vec<ProbeRow> {
    facts(text)
        .into_iter()
        .filter_map(|f| match f {
            Fact::Probe(r) => Some(*r),
            _ => None,
        })
        .collect()
}

/// The failure signatures of a text (mentions of ids, refs and commands are context, tested
/// on their own).
fn signals(text: &str) -> Vec<SignalKind> {
    facts(text)
        .into_iter()
        .filter_map(|f| match f {
            Fact::Signal(s) if !s.kind.is_context() => Some(s.kind),
            _ => None,
        })
        .collect()
}

const PROBE_80_COLUMNS: &str = "Auth probes
┌──────────────────┬───────────────────────┬─────────────────────────────────┐
│ Model            │ Profile               │ Status                          │
├──────────────────┼───────────────────────┼─────────────────────────────────┤
│ anthropic/       │ anthropic:backup      │ unknown · -                     │
│ claude-sonnet-4- │ (token)               │ ↳ Auth profile credentials are  │
│ 6                │                       │ missing or expired.             │
│                  │                       │ ↳ Auth reason [expired]: token  │
│                  │                       │ credentials are expired.        │
│ openai/gpt-5.5   │ openai:default        │ unknown · -                     │
│                  │ (oauth)               │ ↳ Excluded by auth.order for    │
│                  │                       │ this provider.                  │
│ openai/gpt-5.5   │ openai:work           │ ok · 9.6s                       │
│                  │ (alice@example.com)   │                                 │
│                  │ (oauth)               │                                 │
└──────────────────┴───────────────────────┴─────────────────────────────────┘
Probed 3 targets in 9.6s";

#[test]
#[allow(clippy::type_complexity)]
fn probe_table_with_wrapped_cells_joins_each_logical_row() {
    let rows = probes(PROBE_80_COLUMNS);
    let summary: Vec<(String, Option<String>, Option<String>, String, Option<String>)> = rows
        .iter()
        .map(|r| {
            (
                r.model_ref.clone(),
                r.profile_id.clone(),
                r.mode.clone(),
                r.status.clone(),
                r.reason_code.clone(),
            )
        })
        .collect();
    assert_eq!(
        summary,
        vec![
            (
                "anthropic/claude-sonnet-4-6".into(),
                Some("anthropic:backup".into()),
                Some("token".into()),
                "unknown".into(),
                Some("expired".into())
            ),
            (
                "openai/gpt-5.5".into(),
                Some("openai:default".into()),
                Some("oauth".into()),
                "unknown".into(),
                Some("excluded_by_auth_order".into())
            ),
            (
                "openai/gpt-5.5".into(),
                Some("openai:work".into()),
                Some("oauth".into()),
                "ok".into(),
                None
            ),
        ]
    );
    assert!(facts(PROBE_80_COLUMNS).contains(&Fact::ProbeFooter { targets: 3 }));
}

#[test]
fn probe_table_email_ids_show_the_email_twice() {
    let rows = probes(
        "│ openai-codex/gpt-5.4 │ openai-codex:alice@example.com (alice@example.com) (oauth) │ ok · 8.2s │",
    );
    assert_eq!(rows.len(), 1, "a truncated table without header still yields its rows");
    assert_eq!(rows[0].profile_id.as_deref(), Some("openai-codex:alice@example.com"));
    assert_eq!(rows[0].label, "openai-codex:alice@example.com (alice@example.com)");
    assert_eq!(rows[0].latency, "8.2s");
}

#[test]
fn probe_table_with_ascii_borders_from_legacy_consoles() {
    let rows = probes(
        "Auth probes
+----------------+-----------------------+-------------+
| Model          | Profile               | Status      |
+----------------+-----------------------+-------------+
| openai/gpt-5.5 | openai:work (oauth)   | auth · 1.2s |
|                |                       | ↳ 401 {\"error\":\"invalid\"} |
+----------------+-----------------------+-------------+
Probed 1 target in 1.2s",
    );
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].status, "auth");
    assert_eq!(rows[0].details, vec!["401 {\"error\":\"invalid\"}".to_string()]);
}

#[test]
fn probe_table_missing_credential_and_direct_sources() {
    let rows = probes(
        "│ openrouter/anthropic/claude-sonnet-4-6 │ openrouter:default (api_key) │ unknown · - │
│                                        │                              │ ↳ Auth profile credentials are missing or expired. │
│                                        │                              │ ↳ Auth reason [missing_credential]: no inline credential or SecretRef is configured. │
│ openai/gpt-5.5 │ shell env: OPENAI_API_KEY (api_key) │ ok · 2.1s │",
    );
    assert_eq!(rows[0].model_ref, "openrouter/anthropic/claude-sonnet-4-6");
    assert_eq!(rows[0].reason_code.as_deref(), Some("missing_credential"));
    assert_eq!(rows[1].profile_id, None, "env sources are not pinnable profiles");
    assert_eq!(rows[1].label, "shell env: OPENAI_API_KEY");
}

#[test]
fn models_status_text() {
    let f = facts(
        "Config        : ~/.openclaw/openclaw.json
Default       : openai/gpt-5.5
Fallbacks (1) : anthropic/claude-sonnet-4-6

Auth overview
Auth store    : ~/.openclaw/agents/main/agent/auth-profiles.json
- openai-codex effective=profiles:~/.openclaw/agents/main/agent/auth-profiles.json | profiles=2 (oauth=2, token=0, api_key=0) | openai-codex:default=OAuth [cooldown 5m], openai-codex:work=OAuth (alice@example.com)
- ollama effective=models.json:marker(ollama-local) | source=models.json: ~/.openclaw/agents/main/agent/models.json

Unavailable auth profiles
- openai-codex:default (openai-codex) cooldown:auth (5m) — Re-authenticate with `openclaw models auth login --provider openai-codex --profile-id 'openai-codex:default'`.

OAuth/token status
- openai-codex
  - openai-codex:default expired expires in 0m
  - openai-codex:work (alice@example.com) ok expires in 9d",
    );
    let text = format!("{f:?}");
    assert!(text.contains("label: \"Default\", count: None, value: \"openai/gpt-5.5\""), "{text}");
    assert!(text.contains("label: \"Fallbacks\", count: Some(1)"));
    let providers: Vec<(String, String)> = f
        .iter()
        .filter_map(|x| match x {
            Fact::ProviderLine(p) => Some((p.provider.clone(), p.effective_kind.clone())),
            _ => None,
        })
        .collect();
    assert_eq!(
        providers,
        vec![("openai-codex".into(), "profiles".into()), ("ollama".into(), "models.json".into())]
    );
    let oauth: Vec<(String, String, Option<String>)> = f
        .iter()
        .filter_map(|x| match x {
            Fact::OAuthRow(o) => {
                Some((o.profile_id.clone(), o.status.clone(), o.remaining.clone()))
            }
            _ => None,
        })
        .collect();
    assert_eq!(
        oauth,
        vec![
            ("openai-codex:default".into(), "expired".into(), Some("0m".into())),
            ("openai-codex:work".into(), "ok".into(), Some("9d".into())),
        ]
    );
    assert!(f
        .iter()
        .any(|x| matches!(x, Fact::Unavailable(u) if u.reason == "auth" && u.remaining == "5m")));
}

#[test]
fn models_status_json() {
    let f = facts(
        r#"{
  "defaultModel": "openai/gpt-5.5",
  "fallbacks": [],
  "auth": {
    "storePath": "~/.openclaw/agents/main/agent/openclaw-agent.sqlite",
    "providers": [{"provider": "openai", "effective": {"kind": "profiles", "detail": "~/.openclaw/agents/main/agent/openclaw-agent.sqlite"}}],
    "unusableProfiles": [{"profileId": "openai:default", "kind": "cooldown", "reason": "rate_limit", "remainingMs": 300000}],
    "oauth": {"profiles": [{"profileId": "openai:work", "status": "expiring", "remainingMs": 10800000}]},
    "probes": {"results": [{"provider": "openai", "model": "openai/gpt-5.5", "profileId": "openai:work", "mode": "oauth", "status": "ok", "latencyMs": 812}]}
  }
}"#,
    );
    assert!(f.iter().any(
        |x| matches!(x, Fact::StatusHeader(h) if h.label == "Fallbacks" && h.count == Some(0))
    ));
    assert!(f.iter().any(
        |x| matches!(x, Fact::Unavailable(u) if u.reason == "rate_limit" && u.remaining == "5m")
    ));
    assert!(f.iter().any(|x| matches!(x, Fact::OAuthRow(o) if o.status == "expiring" && o.remaining.as_deref() == Some("180m"))));
    assert!(f.iter().any(|x| matches!(x, Fact::Probe(p) if p.model_ref == "openai/gpt-5.5" && p.is_ok() && p.latency == "812ms")));
}

#[test]
fn auth_order_get_with_each_store_label() {
    for label in ["Auth file", "Auth state file", "Auth state store"] {
        let f = facts(&format!(
            "Agent: main\nProvider: openai\n{label}: ~/.openclaw/agents/main/agent/x\nOrder override: openai-codex:default, openai-codex:lena@example.net"
        ));
        let Some(Fact::AuthOrder(o)) = f.into_iter().find(|x| matches!(x, Fact::AuthOrder(_)))
        else {
            panic!("{label}")
        };
        assert_eq!(o.agent.as_deref(), Some("main"));
        assert_eq!(o.provider.as_deref(), Some("openai"));
        assert_eq!(o.store.as_deref(), Some("~/.openclaw/agents/main/agent/x"));
        assert_eq!(o.override_ids, vec!["openai-codex:default", "openai-codex:lena@example.net"]);
    }
    let f = facts("Agent: main\nProvider: anthropic\nOrder override: (none)");
    assert!(f.iter().any(|x| matches!(x, Fact::AuthOrder(o) if o.override_ids.is_empty())));
}

#[test]
fn auth_order_errors() {
    assert_eq!(
        signals("Failed to update auth-state.json (lock busy?)."),
        vec![SignalKind::OrderLockBusy]
    );
    assert_eq!(
        signals(r#"Auth profile "openai:foo" not found in ~/.openclaw/agents/main/agent."#),
        vec![SignalKind::ProfileNotFound]
    );
    assert_eq!(
        signals(r#"Auth profile "anthropic:default" is for anthropic, not openai."#),
        vec![SignalKind::PinMismatch]
    );
}

#[test]
fn auth_list_rows() {
    let f = facts(
        "Agent: main
Auth state store: ~/.openclaw/agents/main/agent/openclaw-agent.sqlite
Provider: openai
Profiles:
- openai:default [openai/oauth; expires 2026-06-12T08:00:00.000Z; cooldown:auth until 2026-06-10T10:05:00.000Z] — Re-authenticate with `openclaw models auth login --provider openai --profile-id 'openai:default'`.
- openai:work (alice@example.com) [openai/oauth; expires 2026-06-20T08:00:00.000Z]",
    );
    let ids: Vec<(String, String, String)> = f
        .iter()
        .filter_map(|x| match x {
            Fact::AuthList(e) => Some((e.profile_id.clone(), e.provider.clone(), e.kind.clone())),
            _ => None,
        })
        .collect();
    assert_eq!(
        ids,
        vec![
            ("openai:default".into(), "openai".into(), "oauth".into()),
            ("openai:work".into(), "openai".into(), "oauth".into())
        ]
    );
}

#[test]
fn login_messages() {
    assert!(signals("models auth login requires an interactive TTY. In automation, use openclaw models auth paste-token --provider <provider> when token auth is available.").contains(&SignalKind::NoTty));
    assert!(signals("error: unknown option '--force'").contains(&SignalKind::UnknownOption));
    assert!(signals(r#"Unknown provider "openai-codex". Loaded providers: anthropic, openai. Verify plugins via `openclaw plugins list --json`."#)
        .contains(&SignalKind::UnknownProvider));
    assert!(signals(r#""openai-codex" is a legacy provider ID; use --provider openai."#)
        .contains(&SignalKind::LegacyProviderLogin));
}

#[test]
fn status_all_is_recognised_but_carries_no_model_auth() {
    let f = facts("OpenClaw status --all\n│ Version │ 2026.6.9 │\nDiagnosis (read-only)\nPasteable debug report. Auth tokens redacted.");
    assert!(f.iter().any(|x| matches!(x, Fact::Signal(s) if s.kind == SignalKind::StatusAll)));
    assert!(f.iter().any(|x| matches!(x, Fact::Version(v) if v.version.to_string() == "2026.6.9")));
    assert!(!f.iter().any(|x| matches!(x, Fact::Probe(_) | Fact::ProviderLine(_))));
}

#[test]
fn chat_model_status_block() {
    let f = facts(
        "Current: openai/gpt-5.5
Default: openai/gpt-5.5
Agent: main

[openai] endpoint: default api: openai-responses auth: openai:work=OAuth (alice@example.com) (next, lastGood, exp 9d), openai:default=OAuth (cooldown 5m) (auth-profiles.json: ~/.openclaw/agents/main/agent/auth-profiles.json)
  • openai/gpt-5.5",
    );
    let entries: Vec<(String, Vec<String>)> = f
        .iter()
        .filter_map(|x| match x {
            Fact::ChatAuth(a) => Some((a.profile_id.clone(), a.flags.clone())),
            _ => None,
        })
        .collect();
    assert_eq!(
        entries,
        vec![
            ("openai:work".into(), vec!["next".into(), "lastGood".into(), "exp 9d".into()]),
            ("openai:default".into(), vec!["cooldown 5m".into()]),
        ]
    );
    assert!(f.iter().any(|x| matches!(x, Fact::ChatCurrent(c) if !c.selected)));
}

#[test]
fn chat_model_reply_marks_a_user_selection() {
    let f =
        facts("Current: anthropic/claude-opus-4-6 (selected)\n\nSwitch: /model <provider/model>");
    assert!(f.iter().any(|x| matches!(x, Fact::ChatCurrent(c) if c.selected && c.model_ref == "anthropic/claude-opus-4-6")));
}

#[test]
fn pin_and_selection_errors() {
    let cases: &[(&str, SignalKind)] = &[
        (r#"Auth profile "openai:work" not found."#, SignalKind::ProfileNotFound),
        ("Auth profile override requires a model selection.", SignalKind::OverrideNeedsModel),
        (r#"Auth profile "openai:x" is not configured for openai."#, SignalKind::ProfileNotConfigured),
        ("No available auth profile for openai (all in cooldown or unavailable).", SignalKind::NoAvailableProfile),
        (r#"Model "openai/gpt-5.5-pro" is not allowed. Use /models to list providers, or /models <provider> to list models."#, SignalKind::NotAllowed),
        ("The authentication profile 'openai-codex:work' is intended for openai-codex, not openai.", SignalKind::PinMismatch),
    ];
    for (line, kind) in cases {
        assert!(signals(line).contains(kind), "{line}");
    }
}

#[test]
fn banners_and_raw_errors() {
    let cases: &[(&str, SignalKind)] = &[
        ("⚠️ Model login expired on the gateway for openai. Re-auth with `openclaw models auth login --provider openai` in a terminal, then try again.", SignalKind::LoginExpired),
        ("⚠️ Model login failed on the gateway for openai. Please try again.", SignalKind::LoginFailed),
        ("OAuth token refresh failed for openai-codex: boom. Please try again or re-authenticate.", SignalKind::RefreshFailed),
        (r#"No API key found for provider "openai". Auth store: ~/x (agentDir: ~/y)."#, SignalKind::NoApiKey),
        (r#"⚠️ Missing API key for provider "openrouter". Configure the gateway auth for that provider, then try again."#, SignalKind::MissingApiKey),
        ("Provider google is in cooldown (all profiles unavailable)", SignalKind::ProviderCooldown),
        ("⚠️ API rate limit reached. Please try again later.", SignalKind::RateLimited),
        ("Unknown model: anthropic/claude-sonet-4-6", SignalKind::UnknownModel),
        ("Requested agent harness \"codex\" does not support openai/gpt-5.5 (provider is not one of: codex).", SignalKind::HarnessUnsupported),
        ("Auth profile store ~/.openclaw/x.sqlite requires legacy credential migration; run openclaw doctor --fix.", SignalKind::MigrationRequired),
    ];
    for (line, kind) in cases {
        assert!(signals(line).contains(kind), "{line}: {:?}", signals(line));
    }
}

#[test]
fn all_models_failed_summary_segments() {
    let f = facts("⚠️ Agent failed before reply: All models failed (2): google/gemini-2.5-pro: Provider google is in cooldown (all profiles unavailable) (rate_limit) | google/gemini-2.5-flash: Provider google is in cooldown (all profiles unavailable) (rate_limit) | API rate limit reached. Please try again later.");
    let Some(Fact::AllFailed { segments }) =
        f.into_iter().find(|x| matches!(x, Fact::AllFailed { .. }))
    else {
        panic!()
    };
    let refs: Vec<Option<&str>> = segments.iter().map(|s| s.model_ref.as_deref()).collect();
    assert_eq!(refs, vec![Some("google/gemini-2.5-pro"), Some("google/gemini-2.5-flash"), None]);
    assert_eq!(segments[0].reason.as_deref(), Some("rate_limit"));
}

#[test]
fn gateway_log_decision_lines_full_and_abbreviated() {
    let f = facts("21:04:17 [model-fallback/decision] model fallback decision: decision=candidate_failed requested=openai/gpt-5.5 candidate=openai/gpt-5.5 reason=auth next=anthropic/claude-sonnet-4-6 detail=OAuth token refresh failed for openai: x y z");
    let Some(Fact::Decision(d)) = f.iter().find(|x| matches!(x, Fact::Decision(_))).cloned() else {
        panic!()
    };
    assert_eq!(d.get("reason"), Some("auth"));
    assert_eq!(d.get("next"), Some("anthropic/claude-sonnet-4-6"));
    assert_eq!(d.get("detail"), Some("OAuth token refresh failed for openai: x y z"));
    // Write-ups abbreviate: any subset of pairs.
    let f = facts("model fallback decision: decision=candidate_failed reason=rate_limit next=none");
    assert!(f.iter().any(|x| matches!(x, Fact::Decision(d) if d.get("next") == Some("none") && d.get("requested").is_none())));
    let f = facts("2026-07-03T22:32:36.223+08:00 [agent/embedded] embedded run failover decision: runId=0b7c stage=assistant decision=fallback_model reason=auth from=openai/gpt-5.5 profile=sha256:3f9a01c2d4e5 rawError=boom");
    assert!(f.iter().any(|x| matches!(x, Fact::Decision(d) if d.family == "failover" && d.get("profile") == Some("sha256:3f9a01c2d4e5"))));
}

#[test]
fn doctor_notes() {
    let f = facts("◇  OAuth refresh errors ───╮\n│  - openai:default: re-auth required [refresh_token_reused] — Run `openclaw models auth login --provider openai`. │\n├───╯");
    assert!(f.iter().any(|x| matches!(x, Fact::Signal(s) if s.kind == SignalKind::RefreshCode && s.code.as_deref() == Some("refresh_token_reused"))));
    let f = facts("- openai:default: expired [expired] (0m) — Re-auth via `openclaw models auth login --provider openai`.");
    assert!(f.iter().any(|x| matches!(x, Fact::OAuthRow(o) if o.profile_id == "openai:default" && o.status == "expired")));
    assert!(signals("- Legacy `openai-codex/*` model refs should be rewritten to `openai/*`.")
        .contains(&SignalKind::LegacyConfig));
}

#[test]
fn version_banners() {
    for (text, want) in [
        ("🦞 OpenClaw 2026.6.9 (c645ec4) — I'm the reason your shell history looks like a hacker-movie montage.", "2026.6.9"),
        ("OpenClaw 2026.5.12 (f066dd2)", "2026.5.12"),
        ("OpenClaw version: v2026.7.1-2", "2026.7.1-2"),
        ("still broken on 2026.5.16-beta.2", "2026.5.16-beta.2"),
    ] {
        let f = facts(text);
        assert!(f.iter().any(|x| matches!(x, Fact::Version(v) if v.version.to_string() == want)), "{text}");
    }
}

#[test]
fn session_state_and_config_blocks() {
    let f = facts("{\n  \"authProfileOverride\": \"openai:setup-1234\",\n  \"authProfileOverrideSource\": \"user\"\n}");
    assert!(f.contains(&Fact::SessionOverride {
        profile_id: "openai:setup-1234".into(),
        source: Some("user".into())
    }));
    let f = facts("\"list\": [\n  { \"id\": \"main\", \"model\": \"openai-codex/gpt-5.5\" }\n]");
    assert!(f.contains(&Fact::AgentModelString {
        agent: "main".into(),
        model_ref: "openai-codex/gpt-5.5".into()
    }));
}

#[test]
fn unknown_text_yields_no_evidence() {
    assert!(facts("error: failed to push some refs to 'git@example.org:acme/site.git'\nhint: Updates were rejected").is_empty());
    assert!(facts("").is_empty());
}

/// Thread memory stores facts as JSON: every kind must survive a round trip unchanged.
#[test]
fn facts_round_trip_through_json() {
    let text = format!(
        "{PROBE_80_COLUMNS}\nAgent: main\nProvider: openai\nOrder override: openai:work\n- openai:work (a@example.com) [openai/oauth; expires 2026-06-20T08:00:00.000Z]\n⚠️ Model login expired on the gateway for openai.\n- openai:default (openai) cooldown:auth (5m) — x\nCurrent: openai/gpt-5.5 (selected)\nAll models failed (1): openai/gpt-5.5: boom (auth)\nmodel fallback decision: decision=candidate_failed reason=auth next=none\n🦞 OpenClaw 2026.6.9 (c645ec4)"
    );
    let parsed = parse_message(&ingest(&text).text, 1).facts;
    assert!(parsed.len() > 8);
    let json = serde_json::to_string(&parsed).expect("serialize");
    let back: Vec<clawmedic_engine::parse::Located> =
        serde_json::from_str(&json).expect("deserialize");
    assert_eq!(back, parsed);
}

#[test]
fn chat_models_listing_names_provider_and_profile() {
    let f = facts("Providers:\n- openai (3)\nUse: /models <provider>\nModels (openai · 🔑 oauth 49d0ef…LYhROi (openai:work)) — showing 1-3 of 3 (page 1/1)");
    let s = f
        .iter()
        .find_map(|x| match x {
            Fact::Signal(s) if s.kind == SignalKind::ModelsListing => Some(s.clone()),
            _ => None,
        })
        .expect("listing");
    assert_eq!(s.provider.as_deref(), Some("openai"));
    assert_eq!(s.code.as_deref(), Some("oauth"));
    assert_eq!(s.profile_id.as_deref(), Some("openai:work"));
}
