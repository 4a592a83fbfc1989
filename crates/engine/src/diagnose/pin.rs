//! The pin builder (causes.md §5): every `/model <ref>@<profile>` step is built here, so the
//! ref's provider always equals the profile's stored provider for the thread's version.

use super::command::Cmd;
use crate::parse::{Located, Parsed};
use crate::versions::{CodexEra, Version};

/// What a pin is built from.
#[derive(Debug, Clone, Default)]
pub struct PinRequest<'a> {
    pub version: Option<Version>,
    /// A model ref seen for this profile (an `ok` probe row) or the user's own attempt.
    pub model_ref: Option<&'a str>,
    pub profile_id: &'a str,
    /// The stored provider from `auth list` (`[<provider>/<type>]`), when known.
    pub stored_provider: Option<&'a str>,
}

/// A built pin.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pin {
    pub command: String,
    /// The profile id used in the pin (renamed on ≥6.1 for legacy `openai-codex:` ids).
    pub profile_id: String,
    /// `openclaw doctor --fix` must run first (legacy id on a renamed build).
    pub needs_doctor: bool,
    /// The model part is a placeholder the user must fill in.
    pub model_placeholder: bool,
    /// Placeholders that stand for names of the paste that could not be used (see `command`).
    pub unusable: Vec<&'static str>,
    /// Placeholders that stand for names read from an image with low confidence, with the
    /// read (see `command::with_uncertain`).
    pub uncertain: Vec<(&'static str, String)>,
}

impl Pin {
    /// The pin as a command for a step.
    pub fn cmd(&self) -> Cmd {
        Cmd::rebuilt(&self.command, &self.unusable).with_uncertain_reads(&self.uncertain)
    }
}

/// Build the pin for a profile.
pub fn build_pin(req: &PinRequest<'_>) -> Pin {
    let (id_provider, name) = req.profile_id.split_once(':').unwrap_or((req.profile_id, ""));
    let mut provider = req.stored_provider.unwrap_or(id_provider).to_string();
    let mut profile_id = req.profile_id.to_string();
    let mut needs_doctor = false;
    let era = req.version.map(Version::codex_era);
    if provider == "openai-codex" && matches!(era, Some(CodexEra::Renamed | CodexEra::Unified8)) {
        // ≥6.1 renamed `openai-codex:*` to `openai:*` (after `openclaw doctor --fix`).
        provider = "openai".to_string();
        profile_id = format!("openai:{name}");
        needs_doctor = true;
    }
    let (ref_provider, model) = match req.model_ref.and_then(|r| r.split_once('/')) {
        Some((p, m)) if !m.is_empty() => (p, m),
        _ => ("", ""),
    };
    let same_family = |a: &str, b: &str| {
        a == b
            || matches!(
                (a, b),
                ("openai", "openai-codex") | ("openai-codex", "openai") | ("codex", _)
            )
    };
    let (model, model_placeholder) = if !model.is_empty() && same_family(ref_provider, &provider) {
        (model.to_string(), false)
    } else {
        ("<model>".to_string(), true)
    };
    let mut cmd = Cmd::chat("/model").pin_ref(&provider, &model, &profile_id);
    if req.version.is_some_and(Version::pin_needs_session_flag) {
        cmd = cmd.flag("-s");
    }
    let unusable = cmd.unusable().to_vec();
    let uncertain = cmd.uncertain().to_vec();
    Pin {
        command: cmd.into_string(),
        profile_id,
        needs_doctor,
        model_placeholder,
        unusable,
        uncertain,
    }
}

/// What a conversation's remembered facts say about the version, for a pin made later: the
/// version they show, else the floor their fingerprints imply (as a diagnosis would read them).
pub fn remembered_version(facts: &[Located]) -> (Option<Version>, Option<Version>) {
    let parsed = Parsed { facts: facts.to_vec(), prose: String::new() };
    let ctx = super::Context::new(&[parsed], None);
    (ctx.version, ctx.version_floor)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pin(version: &str, model: Option<&str>, id: &str) -> String {
        build_pin(&PinRequest {
            version: Version::parse(version),
            model_ref: model,
            profile_id: id,
            stored_provider: None,
        })
        .command
    }

    #[test]
    fn the_5_12_case_keeps_the_codex_prefix() {
        assert_eq!(
            pin("2026.5.12", Some("openai-codex/gpt-5.4"), "openai-codex:alice@example.com"),
            "/model openai-codex/gpt-5.4@openai-codex:alice@example.com"
        );
        // The probe shows the unified ref, but the profile is still openai-codex on 5.x.
        assert_eq!(
            pin("2026.5.26", Some("openai/gpt-5.5"), "openai-codex:dana@example.com"),
            "/model openai-codex/gpt-5.5@openai-codex:dana@example.com"
        );
    }

    #[test]
    fn renamed_builds_use_openai_ids_and_8_x_adds_session_scope() {
        assert_eq!(
            pin("2026.6.9", Some("openai/gpt-5.5"), "openai:kim@example.org"),
            "/model openai/gpt-5.5@openai:kim@example.org"
        );
        assert_eq!(
            pin("2026.6.9", Some("openai/gpt-5.5"), "openai-codex:kim"),
            "/model openai/gpt-5.5@openai:kim"
        );
        assert_eq!(
            pin("2026.8.2", Some("openai/gpt-5.5"), "openai:work"),
            "/model openai/gpt-5.5@openai:work -s"
        );
    }

    #[test]
    fn other_providers_and_slashes() {
        assert_eq!(
            pin("2026.6.9", Some("openrouter/openrouter/owl-alpha"), "openrouter:default"),
            "/model openrouter/openrouter/owl-alpha@openrouter:default"
        );
        // Never a ref of another provider: fall back to a placeholder.
        assert_eq!(
            pin("2026.6.9", Some("openai/gpt-5.5"), "anthropic:work"),
            "/model anthropic/<model>@anthropic:work"
        );
    }
}
