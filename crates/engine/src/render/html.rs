//! The HTML layout of a diagnosis (the web page's result section), from the engine's
//! [`Report`]: the same content as the terminal and Discord replies — version line, warnings,
//! notes, findings with evidence and steps, asks, footer ids. Every string from the engine or
//! the paste is HTML-escaped here ([`esc`]); commands sit in `<code dir="ltr">` so
//! right-to-left prose never reorders them, each with a copy button that copies the code
//! element's text, which is the command byte for byte. The page around it is the web front
//! door's.

use crate::diagnose::Msg;
use crate::lang::Locale;
use crate::render::escape::strip_invisible;
use crate::render::text::{asks_heading, cause_name, footer, in_parens, version_line, where_label};
use crate::render::{t, tr};
use crate::Report;
use std::fmt::Write;

/// HTML-escape text for element content and quoted attribute values.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 16);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// Text shown as prose: invisible and bidi control characters removed, then escaped.
pub fn prose(s: &str) -> String {
    esc(&strip_invisible(s))
}

/// The text direction of a locale.
pub fn dir(l: Locale) -> &'static str {
    if l.is_rtl() {
        "rtl"
    } else {
        "ltr"
    }
}

/// A command with its copy button. `n` numbers commands on the page.
fn command(out: &mut String, ui: Locale, n: &mut usize, cmd: &str) {
    *n += 1;
    let copy = t(ui, "web-copy");
    let _ = write!(
        out,
        r#"<div class="cmd"><code dir="ltr" id="cmd-{n}">{c}</code><button type="button" class="copy" data-target="cmd-{n}" aria-label="{a}" hidden>{copy}</button></div>"#,
        n = *n,
        c = esc(cmd),
        a = esc(&format!("{copy}: {cmd}")),
        copy = esc(&copy),
    );
}

/// The diagnosis, in the report's locale.
pub fn diagnosis(out: &mut String, report: &Report) {
    let l = report.locale;
    let d = &report.diagnosis;
    let mut n = 0;
    let _ = write!(
        out,
        r#"<section id="result" class="result" lang="{}" dir="{}" aria-labelledby="result-title" tabindex="-1"><h2 id="result-title">{}</h2>"#,
        l.id(),
        dir(l),
        esc(&t(l, "reply-title"))
    );
    let _ = write!(out, r#"<p class="version">{}</p>"#, prose(&version_line(report)));
    if report.secrets > 0 {
        let w = tr(l, &Msg::new("secret-warning").arg("count", report.secrets.to_string()));
        let _ = write!(out, r#"<p class="warn" role="note">⚠ {}</p>"#, prose(&w));
    }
    if report.mojibake {
        let _ = write!(out, r#"<p class="note">{}</p>"#, prose(&t(l, "mojibake-note")));
    }
    // The engine's notes (a given version that names no release or differs from the paste's, …).
    for n in &d.notes {
        let _ = write!(out, r#"<p class="note" role="note">{}</p>"#, prose(&tr(l, n)));
    }
    for (i, f) in d.findings.iter().enumerate() {
        let title = cause_name(l, f.cause);
        let head = tr(
            l,
            &Msg::new(if i == 0 { "reply-top-finding" } else { "reply-next-finding" })
                .arg("title", title),
        );
        let _ = write!(
            out,
            r#"<article class="finding{}" data-cause="{}"><h3>{}</h3><p>{}</p>"#,
            if i == 0 { " top" } else { "" },
            esc(f.cause.id()),
            prose(&head),
            prose(&tr(l, &f.summary))
        );
        if !f.evidence.is_empty() {
            let _ =
                write!(out, r#"<h4>{}</h4><ul class="evidence">"#, esc(&t(l, "reply-evidence")));
            for e in f.evidence.iter().take(3) {
                let at = tr(
                    l,
                    &Msg::new("reply-evidence-line")
                        .arg("message", e.loc.message.to_string())
                        .arg("line", e.loc.line.to_string()),
                );
                let _ = write!(
                    out,
                    r#"<li><code dir="ltr">{}</code><span class="at">{}</span></li>"#,
                    prose(&e.text),
                    prose(&in_parens(l, &at))
                );
            }
            out.push_str("</ul>");
        }
        if i == 0 && !f.rules_out.is_empty() {
            // Human titles; the ids stay in the footer and the JSON.
            let _ =
                write!(out, r#"<h4>{}</h4><ul class="ruled-out">"#, esc(&t(l, "reply-ruled-out")));
            for c in &f.rules_out {
                let _ = write!(
                    out,
                    r#"<li data-cause="{}">{}</li>"#,
                    esc(c.id()),
                    esc(&cause_name(l, *c))
                );
            }
            out.push_str("</ul>");
        }
        if !f.steps.is_empty() {
            let _ = write!(out, r#"<h4>{}</h4><ol class="steps">"#, esc(&t(l, "reply-steps")));
            for s in &f.steps {
                let _ = write!(
                    out,
                    r#"<li><span class="where">{}</span>"#,
                    esc(&where_label(l, s.place, &s.command))
                );
                command(out, l, &mut n, &s.command);
                if let Some(note) = &s.note {
                    let _ = write!(out, "<p>{}</p>", prose(&tr(l, note)));
                }
                out.push_str("</li>");
            }
            out.push_str("</ol>");
        }
        out.push_str("</article>");
    }
    if d.findings.is_empty() {
        let _ = write!(out, "<p>{}</p>", prose(&t(l, "reply-need-more-info")));
    }
    if !d.asks.is_empty() {
        let _ = write!(out, r#"<h3>{}</h3><ul class="asks">"#, esc(&asks_heading(l, d.asks.len())));
        for a in &d.asks {
            out.push_str("<li>");
            command(out, l, &mut n, &a.command);
            let _ = write!(out, "<p>{}</p></li>", prose(&tr(l, &a.why)));
        }
        let _ = write!(out, r#"</ul><p class="note">{}</p>"#, prose(&t(l, "reply-mask-reminder")));
    }
    if !d.findings.is_empty() {
        let _ = write!(out, r#"<p class="ids" dir="ltr">{}</p>"#, esc(&footer(report)));
    }
    out.push_str("</section>");
}
