//! The reply as plain text (terminal and the base of chat replies): the top finding with its
//! evidence and steps, the runner-up as "if that does not fix it", then asks and warnings.

use super::{t, tr};
use crate::diagnose::{Msg, Place};
use crate::lang::Locale;
use crate::Report;
use std::fmt::Write;

pub fn where_label(locale: Locale, place: Place) -> String {
    t(
        locale,
        match place {
            Place::Cli => "where-cli",
            Place::Chat => "where-chat",
            Place::Config => "where-config",
        },
    )
}

/// Commands are shown left-to-right even inside right-to-left text (LRM-free: code spans).
fn code(cmd: &str) -> String {
    format!("`{cmd}`")
}

pub fn reply(report: &Report) -> String {
    let l = report.locale;
    let d = &report.diagnosis;
    let mut out = String::new();
    let version_line = match (report.version, report.version_from_flag) {
        (Some(v), true) => tr(l, &Msg::new("reply-version-flag").arg("version", v.to_string())),
        (Some(v), false) => tr(l, &Msg::new("reply-version-seen").arg("version", v.to_string())),
        (None, _) => match report.version_floor {
            Some(v) => tr(l, &Msg::new("reply-version-floor").arg("version", v.to_string())),
            None => t(l, "reply-version-unknown"),
        },
    };
    let _ = writeln!(out, "{}", version_line);
    if report.secrets > 0 {
        let _ = writeln!(out, "\n⚠ {}", tr(l, &Msg::new("secret-warning").arg("count", report.secrets.to_string())));
    }
    if report.mojibake {
        let _ = writeln!(out, "{}", t(l, "mojibake-note"));
    }
    for (i, f) in d.findings.iter().enumerate() {
        let title = tr(l, &Msg::new(cause_title(f.cause)));
        let head = if i == 0 { "reply-top-finding" } else { "reply-next-finding" };
        let _ = writeln!(out, "\n{} [{}]", tr(l, &Msg::new(head).arg("title", title)), f.cause.id());
        let _ = writeln!(out, "{}", tr(l, &f.summary));
        if !f.evidence.is_empty() {
            let _ = writeln!(out, "{}:", t(l, "reply-evidence"));
            for e in f.evidence.iter().take(3) {
                let at = tr(
                    l,
                    &Msg::new("reply-evidence-line").arg("message", e.loc.message.to_string()).arg("line", e.loc.line.to_string()),
                );
                let _ = writeln!(out, "  > {} ({at})", e.text);
            }
        }
        if !f.rules_out.is_empty() && i == 0 {
            let ids: Vec<&str> = f.rules_out.iter().map(|c| c.id()).collect();
            let _ = writeln!(out, "{}: {}", t(l, "reply-ruled-out"), ids.join(", "));
        }
        if !f.steps.is_empty() {
            let _ = writeln!(out, "{}:", t(l, "reply-steps"));
            for (n, s) in f.steps.iter().enumerate() {
                let _ = writeln!(out, "  {}. [{}] {}", n + 1, where_label(l, s.place), code(&s.command));
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
        let _ = writeln!(out, "\n{}:", t(l, "reply-asks"));
        for a in &d.asks {
            let _ = writeln!(out, "  - {} — {}", code(&a.command), tr(l, &a.why));
        }
        let _ = writeln!(out, "{}", t(l, "reply-mask-reminder"));
    }
    out
}

/// The Fluent id of a cause title.
pub fn cause_title(cause: crate::diagnose::Cause) -> &'static str {
    cause.title_id()
}
