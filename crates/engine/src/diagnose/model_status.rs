//! `/model status` interpreted: from the facts of a pasted `/model status` (chat) or
//! `openclaw models status` (CLI), which model is current and the default, which
//! provider/profile the next request uses, and the state of each profile's auth (valid,
//! expiring within a day, expired, missing, resting). What to do comes from the diagnosis; this
//! says what the paste shows. Every front door can render it (the Discord `/model status`
//! reply does).

use crate::parse::{Fact, Located};
use regex::Regex;
use std::sync::LazyLock;

/// An auth state, worst last (a profile seen twice keeps its worst).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum AuthState {
    Ok,
    Expiring,
    Cooldown,
    Disabled,
    Missing,
    Expired,
}

/// One profile's auth as the paste shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProfileAuth {
    pub profile: String,
    pub state: AuthState,
    /// Time left (`3h`), the rest period, or why it is disabled, as printed.
    pub detail: Option<String>,
}

/// What a pasted status shows.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ModelStatus {
    /// The chat's current model and whether the user selected it (`Current: … (selected)`).
    pub current: Option<(String, bool)>,
    /// The configured default model (`Default: …`).
    pub default_model: Option<String>,
    /// The provider and profile the next request uses (chat status: the `next` flag).
    pub active: Option<(String, String)>,
    /// Each profile once, the current provider's first, in the order shown.
    pub profiles: Vec<ProfileAuth>,
}

/// Under a day left counts as "about to expire".
pub const EXPIRING_HOURS: f64 = 24.0;

static REMAINING: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(\d+(?:\.\d+)?)\s*(ms|s|m|h|d|w)\b").expect("remaining"));

/// Hours in a printed duration: `9d`, `3h`, `45m`, `2w`, `1.5h`.
pub fn hours(remaining: &str) -> Option<f64> {
    let c = REMAINING.captures(remaining.trim())?;
    let n: f64 = c[1].parse().ok()?;
    Some(match &c[2] {
        "ms" => n / 3_600_000.0,
        "s" => n / 3600.0,
        "m" => n / 60.0,
        "h" => n,
        "d" => n * 24.0,
        _ => n * 24.0 * 7.0,
    })
}

/// A valid token's state by the time it has left.
fn timed(remaining: Option<&str>) -> AuthState {
    match remaining.and_then(hours) {
        Some(h) if h < EXPIRING_HOURS => AuthState::Expiring,
        _ => AuthState::Ok,
    }
}

/// Keep the worst state of a profile seen more than once.
fn push(lines: &mut Vec<ProfileAuth>, p: ProfileAuth) {
    match lines.iter_mut().find(|l| l.profile == p.profile) {
        Some(l) if p.state > l.state => *l = p,
        Some(_) => {}
        None => lines.push(p),
    }
}

/// The status among `facts` (a paste's), or `None` when it holds no status output at all.
pub fn model_status(facts: &[Located]) -> Option<ModelStatus> {
    let mut out = ModelStatus::default();
    let mut seen = false;
    let mut current_provider: Option<String> = None;
    if let Some(c) = facts.iter().find_map(|f| match &f.fact {
        Fact::ChatCurrent(c) => Some(c),
        _ => None,
    }) {
        seen = true;
        out.current = Some((c.model_ref.clone(), c.selected));
        current_provider = c.model_ref.split('/').next().map(str::to_string);
    }
    if let Some(h) = facts.iter().find_map(|f| match &f.fact {
        Fact::StatusHeader(h) if h.label == "Default" && !h.value.is_empty() => Some(h),
        _ => None,
    }) {
        seen = true;
        let model = h.value.split_whitespace().next().unwrap_or(&h.value);
        out.default_model = Some(model.to_string());
        if current_provider.is_none() {
            current_provider = model.split('/').next().map(str::to_string);
        }
    }
    let mut chat: Vec<_> = facts
        .iter()
        .filter_map(|f| match &f.fact {
            Fact::ChatAuth(a) => Some(a),
            _ => None,
        })
        .collect();
    if !chat.is_empty() {
        seen = true;
        // The current provider's block first.
        chat.sort_by_key(|a| Some(a.provider.as_str()) != current_provider.as_deref());
        if let Some(next) = chat.iter().find(|a| a.is_next()) {
            out.active = Some((next.provider.clone(), next.profile_id.clone()));
        }
        for a in chat {
            let flag =
                |prefix: &str| a.flags.iter().find_map(|fl| fl.strip_prefix(prefix).map(str::trim));
            let exp = flag("exp ");
            let cooldown = flag("cooldown");
            let disabled = flag("disabled").map(|s| s.trim_start_matches(':').trim());
            let (state, detail) = if a.is_missing() {
                (AuthState::Missing, None)
            } else if a.is_expired() {
                (AuthState::Expired, None)
            } else if let Some(d) = disabled {
                (AuthState::Disabled, Some(d.to_string()))
            } else if let Some(c) = cooldown {
                (AuthState::Cooldown, Some(c.to_string()))
            } else {
                (timed(exp), exp.map(str::to_string))
            };
            push(&mut out.profiles, ProfileAuth { profile: a.profile_id.clone(), state, detail });
        }
    }
    for f in facts {
        match &f.fact {
            Fact::OAuthRow(o) => {
                seen = true;
                let state = match o.status.as_str() {
                    "expired" => AuthState::Expired,
                    "missing" => AuthState::Missing,
                    "expiring" => AuthState::Expiring,
                    _ => timed(o.remaining.as_deref()),
                };
                let detail =
                    o.remaining.clone().filter(|r| state != AuthState::Ok || hours(r).is_some());
                push(
                    &mut out.profiles,
                    ProfileAuth { profile: o.profile_id.clone(), state, detail },
                );
            }
            Fact::Unavailable(u) => {
                seen = true;
                let state =
                    if u.kind == "disabled" { AuthState::Disabled } else { AuthState::Cooldown };
                let detail = if state == AuthState::Disabled {
                    format!("{}, {}", u.reason, u.remaining)
                } else {
                    u.remaining.clone()
                };
                push(
                    &mut out.profiles,
                    ProfileAuth { profile: u.profile_id.clone(), state, detail: Some(detail) },
                );
            }
            Fact::ProviderLine(p) => {
                seen = true;
                if p.effective_kind == "missing" {
                    push(
                        &mut out.profiles,
                        ProfileAuth {
                            profile: p.provider.clone(),
                            state: AuthState::Missing,
                            detail: None,
                        },
                    );
                }
            }
            _ => {}
        }
    }
    seen.then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::parse_message;

    fn state_of(s: &ModelStatus, profile: &str) -> Option<AuthState> {
        s.profiles.iter().find(|p| p.profile == profile).map(|p| p.state)
    }

    #[test]
    fn chat_status_names_the_active_profile_and_expiry() {
        let text = "Current: openai/gpt-5.5\nDefault: openai/gpt-5.5\n\n[openai] endpoint: default api: openai-responses auth: openai:default=OAuth (jonas@example.com) (next, exp expired), openai:backup=OAuth (lastGood, exp 3h), openai:old=OAuth (exp 9d)";
        let s = model_status(&parse_message(text, 1).facts).unwrap();
        assert_eq!(s.current, Some(("openai/gpt-5.5".to_string(), false)));
        assert_eq!(s.default_model.as_deref(), Some("openai/gpt-5.5"));
        assert_eq!(s.active, Some(("openai".to_string(), "openai:default".to_string())));
        assert_eq!(state_of(&s, "openai:default"), Some(AuthState::Expired));
        assert_eq!(state_of(&s, "openai:backup"), Some(AuthState::Expiring));
        assert_eq!(state_of(&s, "openai:old"), Some(AuthState::Ok));
        let backup = s.profiles.iter().find(|p| p.profile == "openai:backup").unwrap();
        assert_eq!(backup.detail.as_deref(), Some("3h"));
    }

    #[test]
    fn unrelated_text_is_not_status() {
        assert_eq!(model_status(&parse_message("hello there", 1).facts), None);
    }

    #[test]
    fn durations_in_hours_and_the_one_day_threshold() {
        assert_eq!(hours("45m"), Some(0.75));
        assert_eq!(hours("1.5h"), Some(1.5));
        assert_eq!(hours("9d"), Some(216.0));
        assert_eq!(hours("2w"), Some(336.0));
        assert_eq!(hours(" 30s "), Some(30.0 / 3600.0));
        assert_eq!(hours("soon"), None);
        assert_eq!(timed(Some("23h")), AuthState::Expiring);
        assert_eq!(timed(Some("24h")), AuthState::Ok);
        assert_eq!(timed(Some("1d")), AuthState::Ok);
        assert_eq!(timed(None), AuthState::Ok);
    }

    #[test]
    fn a_profile_seen_twice_keeps_its_worst_state() {
        let mut v = Vec::new();
        push(&mut v, ProfileAuth { profile: "a:x".into(), state: AuthState::Ok, detail: None });
        push(
            &mut v,
            ProfileAuth { profile: "a:x".into(), state: AuthState::Expired, detail: None },
        );
        push(
            &mut v,
            ProfileAuth { profile: "a:x".into(), state: AuthState::Expiring, detail: None },
        );
        assert_eq!(v.len(), 1);
        assert_eq!(v[0].state, AuthState::Expired);
    }
}
