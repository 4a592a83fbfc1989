//! `/model status` explained: from the facts of a pasted `/model status` (chat) or
//! `openclaw models status` (CLI), say which model and provider/profile is active and the
//! state of each profile's auth (valid, expiring within a day, expired, missing, resting).
//! What to do comes from the engine's diagnosis, rendered below this by the layout.

use super::escape::code_span;
use crate::diagnose::Msg;
use crate::lang::Locale;
use crate::parse::{Fact, Located};
use crate::render::tr;
use regex::Regex;
use std::sync::LazyLock;

/// An auth state, worst last.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum State {
    Ok,
    Expiring,
    Cooldown,
    Disabled,
    Missing,
    Expired,
}

/// Under a day left counts as "about to expire".
const EXPIRING_HOURS: f64 = 24.0;

static REMAINING: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(\d+(?:\.\d+)?)\s*(ms|s|m|h|d|w)\b").expect("remaining"));

/// Hours in `9d`, `3h`, `45m`, `2w`.
fn hours(rem: &str) -> Option<f64> {
    let c = REMAINING.captures(rem.trim())?;
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

fn timed(rem: Option<&str>) -> State {
    match rem.and_then(hours) {
        Some(h) if h < EXPIRING_HOURS => State::Expiring,
        _ => State::Ok,
    }
}

struct ProfileLine {
    profile: String,
    state: State,
    detail: Option<String>,
}

fn line(locale: Locale, p: &ProfileLine) -> String {
    let profile = code_span(&p.profile);
    let detail = p.detail.clone().unwrap_or_default();
    let (icon, msg) = match p.state {
        State::Ok if p.detail.is_some() => {
            ("✅", Msg::new("status-auth-ok").arg("remaining", detail))
        }
        State::Ok => ("✅", Msg::new("status-auth-ok-plain")),
        State::Expiring => ("⚠️", Msg::new("status-auth-expiring").arg("remaining", detail)),
        State::Cooldown => ("⏳", Msg::new("status-auth-cooldown").arg("remaining", detail)),
        State::Disabled => ("⛔", Msg::new("status-auth-disabled").arg("reason", detail)),
        State::Missing => ("❌", Msg::new("status-auth-missing")),
        State::Expired => ("❌", Msg::new("status-auth-expired")),
    };
    let msg = Msg {
        args: {
            let mut a = msg.args;
            a.push(("profile", profile));
            a
        },
        ..msg
    };
    format!("{icon} {}", tr(locale, &msg))
}

/// Explanation blocks for the status facts among `facts` (the new paste's), or `None` when the
/// paste holds no status output at all.
pub fn explain(locale: Locale, facts: &[Located]) -> Option<Vec<String>> {
    let mut out = Vec::new();
    let mut seen_status = false;
    let mut current_provider: Option<String> = None;
    for f in facts {
        if let Fact::ChatCurrent(c) = &f.fact {
            seen_status = true;
            let id = if c.selected { "status-current-selected" } else { "status-current" };
            out.push(tr(locale, &Msg::new(id).arg("model", code_span(&c.model_ref))));
            current_provider = c.model_ref.split('/').next().map(str::to_string);
            break;
        }
    }
    for f in facts {
        if let Fact::StatusHeader(h) = &f.fact {
            if h.label == "Default" && !h.value.is_empty() {
                seen_status = true;
                let model = h.value.split_whitespace().next().unwrap_or(&h.value);
                out.push(tr(locale, &Msg::new("status-default").arg("model", code_span(model))));
                if current_provider.is_none() {
                    current_provider = model.split('/').next().map(str::to_string);
                }
                break;
            }
        }
    }
    // The profile the next request uses (chat `/model status`: the `next` flag).
    let mut lines: Vec<ProfileLine> = Vec::new();
    let push = |lines: &mut Vec<ProfileLine>, p: ProfileLine| match lines
        .iter_mut()
        .find(|l| l.profile == p.profile)
    {
        Some(l) if p.state > l.state => *l = p,
        Some(_) => {}
        None => lines.push(p),
    };
    let chat: Vec<_> = facts
        .iter()
        .filter_map(|f| match &f.fact {
            Fact::ChatAuth(a) => Some(a),
            _ => None,
        })
        .collect();
    if !chat.is_empty() {
        seen_status = true;
        // The current provider's block first.
        let mut ordered = chat.clone();
        ordered.sort_by_key(|a| Some(a.provider.as_str()) != current_provider.as_deref());
        if let Some(next) = ordered.iter().find(|a| a.is_next()) {
            out.push(tr(
                locale,
                &Msg::new("status-active")
                    .arg("provider", code_span(&next.provider))
                    .arg("profile", code_span(&next.profile_id)),
            ));
        }
        for a in ordered {
            let exp = a.flags.iter().find_map(|fl| fl.strip_prefix("exp ").map(str::trim));
            let cooldown = a.flags.iter().find_map(|fl| fl.strip_prefix("cooldown").map(str::trim));
            let disabled = a.flags.iter().find_map(|fl| {
                fl.strip_prefix("disabled").map(|s| s.trim_start_matches(':').trim())
            });
            let p = if a.is_missing() {
                ProfileLine { profile: a.profile_id.clone(), state: State::Missing, detail: None }
            } else if a.is_expired() {
                ProfileLine { profile: a.profile_id.clone(), state: State::Expired, detail: None }
            } else if let Some(d) = disabled {
                ProfileLine {
                    profile: a.profile_id.clone(),
                    state: State::Disabled,
                    detail: Some(d.to_string()),
                }
            } else if let Some(c) = cooldown {
                ProfileLine {
                    profile: a.profile_id.clone(),
                    state: State::Cooldown,
                    detail: Some(c.to_string()),
                }
            } else {
                ProfileLine {
                    profile: a.profile_id.clone(),
                    state: timed(exp),
                    detail: exp.map(str::to_string),
                }
            };
            push(&mut lines, p);
        }
    }
    for f in facts {
        match &f.fact {
            Fact::OAuthRow(o) => {
                seen_status = true;
                let state = match o.status.as_str() {
                    "expired" => State::Expired,
                    "missing" => State::Missing,
                    "expiring" => State::Expiring,
                    _ => timed(o.remaining.as_deref()),
                };
                let detail =
                    o.remaining.clone().filter(|r| state != State::Ok || hours(r).is_some());
                push(&mut lines, ProfileLine { profile: o.profile_id.clone(), state, detail });
            }
            Fact::Unavailable(u) => {
                seen_status = true;
                let state = if u.kind == "disabled" { State::Disabled } else { State::Cooldown };
                let detail = if state == State::Disabled {
                    format!("{}, {}", u.reason, u.remaining)
                } else {
                    u.remaining.clone()
                };
                push(
                    &mut lines,
                    ProfileLine { profile: u.profile_id.clone(), state, detail: Some(detail) },
                );
            }
            Fact::ProviderLine(p) => {
                seen_status = true;
                if p.effective_kind == "missing" {
                    push(
                        &mut lines,
                        ProfileLine {
                            profile: p.provider.clone(),
                            state: State::Missing,
                            detail: None,
                        },
                    );
                }
            }
            _ => {}
        }
    }
    if !seen_status {
        return None;
    }
    out.extend(lines.iter().take(15).map(|p| line(locale, p)));
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
