//! `/model status` explained in a Discord reply: the engine reads the pasted status
//! ([`model_status`]: current and default model, active profile, each profile's auth state);
//! this renders it as lines with an icon per state. What to do comes from the engine's
//! diagnosis, rendered below this by the layout.

use super::escape::code_span;
use crate::diagnose::model_status::{model_status, AuthState, ProfileAuth};
use crate::diagnose::Msg;
use crate::lang::Locale;
use crate::parse::Located;
use crate::render::tr;

/// At most this many profile lines (a long status lists every profile of every provider).
const MAX_PROFILES: usize = 15;

fn line(locale: Locale, p: &ProfileAuth) -> String {
    let detail = p.detail.clone().unwrap_or_default();
    let (icon, msg) = match p.state {
        AuthState::Ok if p.detail.is_some() => {
            ("✅", Msg::new("status-auth-ok").arg("remaining", detail))
        }
        AuthState::Ok => ("✅", Msg::new("status-auth-ok-plain")),
        AuthState::Expiring => ("⚠️", Msg::new("status-auth-expiring").arg("remaining", detail)),
        AuthState::Cooldown => ("⏳", Msg::new("status-auth-cooldown").arg("remaining", detail)),
        AuthState::Disabled => ("⛔", Msg::new("status-auth-disabled").arg("reason", detail)),
        AuthState::Missing => ("❌", Msg::new("status-auth-missing")),
        AuthState::Expired => ("❌", Msg::new("status-auth-expired")),
    };
    format!("{icon} {}", tr(locale, &msg.arg("profile", code_span(&p.profile))))
}

/// Explanation blocks for the status facts among `facts` (the new paste's), or `None` when the
/// paste holds no status output at all.
pub fn explain(locale: Locale, facts: &[Located]) -> Option<Vec<String>> {
    let status = model_status(facts)?;
    let mut out = Vec::new();
    if let Some((model, selected)) = &status.current {
        let id = if *selected { "status-current-selected" } else { "status-current" };
        out.push(tr(locale, &Msg::new(id).arg("model", code_span(model))));
    }
    if let Some(model) = &status.default_model {
        out.push(tr(locale, &Msg::new("status-default").arg("model", code_span(model))));
    }
    if let Some((provider, profile)) = &status.active {
        out.push(tr(
            locale,
            &Msg::new("status-active")
                .arg("provider", code_span(provider))
                .arg("profile", code_span(profile)),
        ));
    }
    out.extend(status.profiles.iter().take(MAX_PROFILES).map(|p| line(locale, p)));
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::parse_message;

    #[test]
    fn chat_status_names_the_active_profile_and_expiry() {
        let text = "Current: openai/gpt-5.5\nDefault: openai/gpt-5.5\n\n[openai] endpoint: default api: openai-responses auth: openai:default=OAuth (jonas@example.com) (next, exp expired), openai:backup=OAuth (lastGood, exp 3h), openai:old=OAuth (exp 9d)";
        let facts = parse_message(text, 1).facts;
        let lines = explain(Locale::En, &facts).unwrap();
        let all = lines.join("\n");
        assert!(all.contains("`openai/gpt-5.5`"), "{all}");
        assert!(all.contains("`openai:default`"), "{all}");
        assert!(lines.iter().any(|l| l.starts_with("❌") && l.contains("openai:default")), "{all}");
        assert!(lines.iter().any(|l| l.starts_with("⚠️") && l.contains("openai:backup")), "{all}");
        assert!(lines.iter().any(|l| l.starts_with("✅") && l.contains("openai:old")), "{all}");
    }

    #[test]
    fn unrelated_text_is_not_status() {
        assert!(explain(Locale::En, &parse_message("hello there", 1).facts).is_none());
    }
}
