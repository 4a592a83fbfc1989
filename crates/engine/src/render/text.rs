//! The reply as plain text (terminal and the base of chat replies): the top finding with its
//! evidence and steps, the runner-up as "if that does not fix it", then asks and warnings.
//!
//! The pieces every front door shares live here too, so the terminal, JSON, Discord and the web
//! page say the same thing: the version line, where a step runs, and the locale's own
//! punctuation around labels (asked from Fluent, never hard-coded).

use super::{bidi, t, tr};
use crate::diagnose::{Cause, Msg, Place};
use crate::lang::Locale;
use crate::versions::Version;
use crate::Report;
use std::fmt::Write;

/// The Fluent id of the place a step runs. A config change made with an `openclaw config …`
/// command runs in the gateway host shell, so it says so; only a snippet for the file itself
/// is labelled "config file".
pub fn where_id(place: Place, command: &str) -> &'static str {
    match place {
        Place::Cli => "where-cli",
        Place::Chat => "where-chat",
        Place::Config if command.trim_start().starts_with("openclaw ") => "where-config-cli",
        Place::Config => "where-config",
    }
}

/// Where a step runs, in the reader's language.
pub fn where_label(locale: Locale, place: Place, command: &str) -> String {
    t(locale, where_id(place, command))
}

/// A label followed by the locale's colon (`Evidence:`, `Indices :`, `依据：`).
pub fn with_colon(locale: Locale, label: &str) -> String {
    format!("{label}{}", t(locale, "sep-colon"))
}

/// Text in the locale's parentheses, including any space before them (` (…)`, `（…）`).
pub fn in_parens(locale: Locale, inner: &str) -> String {
    format!("{}{inner}{}", t(locale, "paren-open"), t(locale, "paren-close"))
}

/// A label in the locale's brackets (`[…]`, `【…】`).
pub fn in_brackets(locale: Locale, inner: &str) -> String {
    format!("{}{inner}{}", t(locale, "bracket-open"), t(locale, "bracket-close"))
}

/// The human title of a cause, in the reader's language.
pub fn cause_name(locale: Locale, cause: Cause) -> String {
    t(locale, cause.title_id())
}

/// What a reply knows about the OpenClaw version.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct VersionKnown {
    /// The version given (flag, option) or read from the paste.
    pub version: Option<Version>,
    /// `version` was given by the user, not read.
    pub given: bool,
    /// Without a version: the oldest release the paste's fingerprints (store paths, ids) fit.
    pub floor: Option<Version>,
}

impl VersionKnown {
    /// What a report knows.
    pub fn of(report: &Report) -> VersionKnown {
        VersionKnown {
            version: report.version,
            given: report.version_from_flag,
            floor: report.version_floor,
        }
    }
}

/// The first line of every reply — terminal, Discord, web page and pin reply: the version
/// given, read, inferred from fingerprints ("looks like 2026.6.5 or newer"), or unknown.
pub fn version_line_of(l: Locale, known: &VersionKnown) -> String {
    match (known.version, known.given) {
        (Some(v), true) => tr(l, &Msg::new("reply-version-flag").arg("version", v.to_string())),
        (Some(v), false) => tr(l, &Msg::new("reply-version-seen").arg("version", v.to_string())),
        (None, _) => match known.floor {
            Some(v) => tr(l, &Msg::new("reply-version-floor").arg("version", v.to_string())),
            None => t(l, "reply-version-unknown"),
        },
    }
}

/// The first line of a report's reply ([`version_line_of`]).
pub fn version_line(report: &Report) -> String {
    version_line_of(report.locale, &VersionKnown::of(report))
}

/// The heading over the asks, singular or plural by how many commands follow.
pub fn asks_heading(locale: Locale, count: usize) -> String {
    tr(locale, &Msg::new("reply-asks").arg("count", count.to_string()))
}

/// The top cause's id and the locale, for bug reports (`clawmedic · session_pin_stale · fr`):
/// the same footer on every front door; every id (runner-up, ruled out) is in the JSON.
pub fn footer(report: &Report) -> String {
    match report.diagnosis.findings.first() {
        Some(f) => format!("clawmedic · {} · {}", f.cause.id(), report.locale.id()),
        None => format!("clawmedic · {}", report.locale.id()),
    }
}

/// Commands are shown as code spans, copyable as they are in every locale.
fn code(cmd: &str) -> String {
    format!("`{cmd}`")
}

pub fn reply(report: &Report) -> String {
    let l = report.locale;
    let d = &report.diagnosis;
    let mut out = String::new();
    let _ = writeln!(out, "{}", version_line(report));
    if report.secrets > 0 {
        let _ = writeln!(
            out,
            "\n⚠ {}",
            tr(l, &Msg::new("secret-warning").arg("count", report.secrets.to_string()))
        );
    }
    if report.mojibake {
        let _ = writeln!(out, "{}", t(l, "mojibake-note"));
    }
    for (i, f) in d.findings.iter().enumerate() {
        let head = if i == 0 { "reply-top-finding" } else { "reply-next-finding" };
        let _ = writeln!(out, "\n{}", tr(l, &Msg::new(head).arg("title", cause_name(l, f.cause))));
        let _ = writeln!(out, "{}", tr(l, &f.summary));
        if !f.evidence.is_empty() {
            let _ = writeln!(out, "{}", with_colon(l, &t(l, "reply-evidence")));
            for e in f.evidence.iter().take(3) {
                let at = tr(
                    l,
                    &Msg::new("reply-evidence-line")
                        .arg("message", e.loc.message.to_string())
                        .arg("line", e.loc.line.to_string()),
                );
                let _ =
                    writeln!(out, "  > {}{}", bidi::isolate_whole(l, &e.text), in_parens(l, &at));
            }
        }
        if !f.rules_out.is_empty() && i == 0 {
            let _ = writeln!(out, "{}", with_colon(l, &t(l, "reply-ruled-out")));
            for c in &f.rules_out {
                let _ = writeln!(out, "  - {}", cause_name(l, *c));
            }
        }
        if !f.steps.is_empty() {
            let _ = writeln!(out, "{}", with_colon(l, &t(l, "reply-steps")));
            for (n, s) in f.steps.iter().enumerate() {
                let place = in_brackets(l, &where_label(l, s.place, &s.command));
                let _ = writeln!(out, "  {}. {place} {}", n + 1, code(&s.command));
                if let Some(note) = &s.note {
                    let _ = writeln!(out, "     {}", tr(l, note));
                }
            }
        }
    }
    for n in &d.notes {
        let _ = writeln!(out, "\n{}", tr(l, n));
    }
    if d.findings.is_empty() {
        let _ = writeln!(out, "\n{}", t(l, "reply-need-more-info"));
    }
    if !d.asks.is_empty() {
        let _ = writeln!(out, "\n{}", with_colon(l, &asks_heading(l, d.asks.len())));
        for a in &d.asks {
            let _ = writeln!(out, "  - {}{}{}", code(&a.command), t(l, "sep-gloss"), tr(l, &a.why));
        }
        let _ = writeln!(out, "{}", t(l, "reply-mask-reminder"));
    }
    if !d.findings.is_empty() {
        let _ = writeln!(out, "\n{}", footer(report));
    }
    bidi::isolate(l, &out)
}
