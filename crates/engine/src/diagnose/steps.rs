//! The step macros of causes.md §1 (LOGIN, RESTART, VERIFY, UPGRADE) and the provider
//! classes they depend on. Every version-dependent flag comes from `versions.rs`.

use super::command::{self, Cmd};
use super::{Context, Msg, Place, Step};
use crate::versions::{is_codex_family, CodexEra, Version};

/// A step from a literal or a built [`Cmd`] (never a `String`: see [`command`]).
pub fn step(place: Place, command: impl Into<Cmd>) -> Step {
    Step::new(place, command, None)
}

pub fn step_note(place: Place, command: impl Into<Cmd>, note: Msg) -> Step {
    Step::new(place, command, Some(note))
}

/// `echo '<VAR>=<your-key>' >> ~/.openclaw/.env` for a provider's key variable.
pub fn env_file_step(provider: &str) -> Step {
    step_note(Place::Cli, command::env_file_line(&env_var(provider)), Msg::new("step-env-file"))
}

/// Providers whose only credential is an OAuth login (causes.md `invalid_api_key`).
pub fn is_oauth_only(provider: &str) -> bool {
    is_codex_family(provider)
        || provider.ends_with("-portal")
        || matches!(
            provider,
            "google-antigravity" | "google-gemini-cli" | "github-copilot" | "claude-cli"
        )
}

/// Local or keyless providers that only need a placeholder key.
pub fn is_local(provider: &str) -> bool {
    matches!(
        provider,
        "ollama" | "lmstudio" | "vllm" | "llamacpp" | "llama-cpp" | "sglang" | "localai"
    ) || provider.starts_with("custom-127-")
        || provider.starts_with("custom-localhost")
        || provider.starts_with("custom-0-0-0-0")
}

/// The env variable OpenClaw reads for a provider's API key.
pub fn env_var(provider: &str) -> String {
    match provider {
        "google" | "gemini" => "GEMINI_API_KEY".to_string(),
        _ => format!("{}_API_KEY", provider.to_ascii_uppercase().replace(['-', '.'], "_")),
    }
}

/// The provider id to log in with: ChatGPT/Codex OAuth is renamed by version.
pub fn login_provider(ctx: &Context, provider: &str) -> String {
    if is_codex_family(provider)
        || provider == "openai" && ctx.said(crate::lang::prose::ProseSignal::MentionsCodexOrChatGpt)
    {
        match ctx.era() {
            Some(era) => era.codex_login_provider().to_string(),
            // Unknown version: keep what the user's own output calls it.
            None if provider == "codex" => "openai-codex".to_string(),
            None => provider.to_string(),
        }
    } else {
        provider.to_string()
    }
}

/// LOGIN(p): `openclaw models auth login --provider <p>` with the flags the version has.
pub fn login(ctx: &Context, provider: &str, profile_id: Option<&str>, agent: Option<&str>) -> Step {
    let p = login_provider(ctx, provider);
    let mut cmd = match agent.filter(|a| *a != "main") {
        Some(a) if ctx.floor().is_some_and(Version::has_login_agent_flag) => {
            Cmd::openclaw("models auth login --agent").agent(a).flag("--provider").provider(&p)
        }
        Some(a) => {
            Cmd::openclaw("models --agent").agent(a).word("auth login --provider").provider(&p)
        }
        None => Cmd::openclaw("models auth login --provider").provider(&p),
    };
    if let Some(id) = profile_id {
        // Only when the id belongs to the provider we log in to (a renamed id would not match).
        let id_provider = id.split(':').next().unwrap_or("");
        if id_provider == p
            && ctx.floor().is_some_and(Version::has_profile_id_flag)
            && !id.contains('<')
        {
            cmd = cmd.flag("--profile-id").profile(id);
        }
    }
    step_note(Place::Cli, cmd, Msg::new("step-login").arg("provider", p))
}

pub fn restart() -> Step {
    step_note(Place::Cli, "openclaw gateway restart", Msg::new("step-restart"))
}

/// VERIFY(p): a live probe of one provider. ≥8.1 refuses while a gateway runs.
pub fn verify(ctx: &Context, provider: &str) -> Vec<Step> {
    let p = login_provider(ctx, provider);
    let probe = step_note(
        Place::Cli,
        Cmd::openclaw("models status --probe --probe-provider").provider(&p),
        Msg::new("step-verify"),
    );
    if ctx.floor().is_some_and(Version::probe_needs_gateway_stopped) {
        vec![
            step(Place::Cli, "openclaw gateway stop"),
            probe,
            step(Place::Cli, "openclaw gateway start"),
        ]
    } else {
        vec![probe]
    }
}

pub fn upgrade() -> Step {
    step_note(Place::Cli, "openclaw update", Msg::new("step-upgrade"))
}

pub fn doctor_fix() -> Step {
    step_note(Place::Cli, "openclaw doctor --fix", Msg::new("step-doctor-fix"))
}

/// The era to assume for Codex advice when the version is unknown: what the evidence shows.
pub fn assumed_era(ctx: &Context, provider_seen: &str) -> CodexEra {
    ctx.era().unwrap_or(if is_codex_family(provider_seen) {
        CodexEra::Codex
    } else {
        CodexEra::Renamed
    })
}

/// Drop steps made redundant by the ones after them: a restart right before a stop (≥8.1
/// probes stop and start the gateway anyway).
pub fn tidy(steps: &mut Vec<Step>) {
    let mut i = 0;
    while i + 1 < steps.len() {
        if steps[i].command == "openclaw gateway restart"
            && steps[i + 1].command == "openclaw gateway stop"
        {
            steps.remove(i);
        } else {
            i += 1;
        }
    }
}
