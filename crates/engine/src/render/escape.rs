//! Showing user text back in Discord safely. Everything that comes from a paste (evidence
//! lines, ids, model refs, commands built from them) passes through here:
//! * [`plain`] for prose positions: Markdown escaped, mentions and invite-style pings defused,
//!   zero-width and bidi control characters removed;
//! * [`code_span`] / [`code_block`] for commands: copyable as they are, with backticks that
//!   would close the span or fence replaced, so nothing can break out of the code.
//!
//! `allowed_mentions: {"parse": []}` on every message already stops pings; defusing mentions
//! as well keeps them from even rendering as highlighted names.

/// Zero-width, joiner, bidi-control and similar invisible characters used to hide text or
/// smuggle mentions past filters.
fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{034F}' | '\u{061C}' | '\u{115F}' | '\u{1160}' | '\u{17B4}' | '\u{17B5}' | '\u{180E}'
        | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{206F}' | '\u{3164}' | '\u{FEFF}'
        | '\u{FFA0}' | '\u{FFF9}'..='\u{FFFB}')
}

/// Remove invisible characters and control characters other than newline and tab.
pub fn strip_invisible(s: &str) -> String {
    s.chars()
        .filter(|c| !is_invisible(*c) && (!c.is_control() || *c == '\n' || *c == '\t'))
        .collect()
}

/// The zero-width space we insert ourselves to defuse a mention (after stripping the user's).
const ZWSP: char = '\u{200B}';

/// Defuse `@everyone`, `@here`, `<@…>`, `<@&…>`, `<@!…>`, `<#…>` and `</…:…>` so they render as
/// plain text. Applied after [`strip_invisible`].
pub fn defuse_mentions(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        out.push(c);
        match c {
            '@' => {
                let rest: String = chars.clone().take(8).collect();
                if rest.starts_with("everyone") || rest.starts_with("here") {
                    out.push(ZWSP);
                }
            }
            '<' => {
                if matches!(chars.peek(), Some('@' | '#' | '/' | ':' | 'a' | 't')) {
                    // `<@id>`, `<#id>`, `</cmd:id>`, `<:emoji:id>`, `<a:emoji:id>`, `<t:ts>`.
                    out.push(ZWSP);
                }
            }
            _ => {}
        }
    }
    out
}

/// User text in a prose position: invisible characters removed, Markdown escaped, mentions
/// defused, line breaks kept.
pub fn plain(s: &str) -> String {
    let s = strip_invisible(s);
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if matches!(
            c,
            '\\' | '*'
                | '_'
                | '~'
                | '`'
                | '|'
                | '>'
                | '#'
                | '-'
                | '['
                | ']'
                | '('
                | ')'
                | '<'
                | ':'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    defuse_mentions(&out)
}

/// A look-alike for a backtick that cannot close a span or fence (MODIFIER LETTER GRAVE ACCENT).
const BACKTICK_LOOKALIKE: char = 'ˋ';

/// Text for inside code: invisible characters removed, one line.
fn code_text(s: &str) -> String {
    strip_invisible(s).replace(['\n', '\r'], " ")
}

/// An inline code span. Plain `` `x` `` when there is no backtick; a double-backtick span when
/// single backticks occur; runs of two or more backticks (which could close a double span)
/// are replaced by look-alikes.
pub fn code_span(s: &str) -> String {
    span_of(code_text(s))
}

fn span_of(mut t: String) -> String {
    if t.trim().is_empty() {
        return "` `".to_string();
    }
    if !t.contains('`') {
        return format!("`{t}`");
    }
    if t.contains("``") {
        t = t.replace('`', &BACKTICK_LOOKALIKE.to_string());
        return format!("`{t}`");
    }
    // A span's content may not start or end with a backtick next to the delimiter: pad.
    format!("`` {t} ``")
}

/// A fenced code block holding one or more lines (each command on its own line). Runs of three
/// or more backticks are replaced by look-alikes so the fence cannot be closed early.
pub fn code_block(lang: &str, lines: &[&str]) -> String {
    let mut out = format!("```{lang}\n");
    for l in lines {
        out.push_str(&fence_safe(&code_text(l)));
        out.push('\n');
    }
    out.push_str("```");
    out
}

/// Replace every backtick in runs of 3+ (a fence) by a look-alike.
fn fence_safe(s: &str) -> String {
    if !s.contains("```") {
        return s.to_string();
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < chars.len() {
        if chars[i] == '`' {
            let start = i;
            while i < chars.len() && chars[i] == '`' {
                i += 1;
            }
            let run = i - start;
            let c = if run >= 3 { BACKTICK_LOOKALIKE } else { '`' };
            out.extend(std::iter::repeat_n(c, run));
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    out
}

/// Text that is shown inside a code span but is not a command (evidence lines): also defuse
/// mentions, since copying it exactly does not matter.
pub fn evidence_span(s: &str) -> String {
    span_of(defuse_mentions(&code_text(s)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_escapes_markdown_and_mentions() {
        assert_eq!(plain("**bold** _it_"), "\\*\\*bold\\*\\* \\_it\\_");
        let s = plain("hi @everyone and @here <@123> <@&456> <#789>");
        assert!(!s.contains("@everyone") && !s.contains("@here"), "{s}");
        assert!(!s.contains("<@123>") && !s.contains("<@&456>"), "{s}");
        assert!(s.contains("@\u{200B}everyone"));
    }

    #[test]
    fn zero_width_tricks_are_removed_before_defusing() {
        // A zero-width joiner between @ and everyone must not survive as a live mention.
        let s = plain("@\u{200D}everyone");
        assert_eq!(s.matches('\u{200B}').count(), 1);
        assert!(!s.contains('\u{200D}'));
        assert_eq!(strip_invisible("a\u{202E}b\u{2066}c\u{FEFF}"), "abc");
    }

    #[test]
    fn code_spans_cannot_be_broken_out_of() {
        assert_eq!(code_span("openclaw gateway restart"), "`openclaw gateway restart`");
        assert_eq!(code_span("a`b"), "`` a`b ``");
        let s = code_span("x``` @everyone");
        assert!(!s[1..s.len() - 1].contains('`'), "{s}");
        assert_eq!(code_span(""), "` `");
        let e = evidence_span("x @everyone <@123>");
        assert!(!e.contains("@everyone") && !e.contains("<@123>"), "{e}");
    }

    #[test]
    fn code_blocks_keep_commands_and_neutralise_fences() {
        let b = code_block(
            "sh",
            &["openclaw models auth login --provider openai-codex", "echo ```oops"],
        );
        assert!(b.starts_with("```sh\nopenclaw models auth login --provider openai-codex\n"));
        assert_eq!(b.matches("```").count(), 2, "{b}");
        // Emails and @ in commands are left alone (they are copied).
        let b = code_block("", &["/model openai-codex/gpt-5.4@openai-codex:alice@example.com"]);
        assert_eq!(b, "```\n/model openai-codex/gpt-5.4@openai-codex:alice@example.com\n```");
    }
}
