//! Bidi isolation for right-to-left replies (ar, fa) in plain text and Discord Markdown.
//!
//! A terminal or a Discord message takes a line's direction from its first strong character,
//! so an Arabic line that opens with `OpenClaw 2026.5.12` or a profile id is laid out
//! left-to-right and its punctuation lands on the wrong side. Each Latin run in prose is wrapped
//! in LRI … PDI, which the bidi algorithm skips when it picks the line's direction. Code is
//! never touched inside: a code span is isolated as a whole from outside its backticks, and
//! fenced code blocks are left alone, so a copied command stays byte-identical.

use crate::lang::Locale;

/// LEFT-TO-RIGHT ISOLATE.
pub const LRI: char = '\u{2066}';
/// POP DIRECTIONAL ISOLATE.
pub const PDI: char = '\u{2069}';

/// Isolate the Latin runs and code spans of `text` when `locale` is right-to-left; other
/// locales get the text back unchanged.
pub fn isolate(locale: Locale, text: &str) -> String {
    if !locale.is_rtl() {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len() + 16);
    let mut in_fence = false;
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        if line.trim_start().starts_with("```") {
            in_fence = !in_fence;
            out.push_str(line);
        } else if in_fence {
            out.push_str(line);
        } else {
            isolate_line(line, &mut out);
        }
    }
    out
}

/// Quoted paste text (an evidence line) as one left-to-right unit in a right-to-left reply, so
/// its own punctuation stays with it; unchanged in other locales.
pub fn isolate_whole(locale: Locale, text: &str) -> String {
    if locale.is_rtl() && !text.is_empty() {
        format!("{LRI}{text}{PDI}")
    } else {
        text.to_string()
    }
}

/// A letter that makes text left-to-right (Latin, Greek, Cyrillic and similar scripts).
fn strong_ltr(c: char) -> bool {
    c.is_alphabetic() && !strong_rtl(c) && (c as u32) < 0x0590
}

/// A letter of a right-to-left script (Hebrew, Arabic and their presentation forms).
fn strong_rtl(c: char) -> bool {
    matches!(c, '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

/// Copy one line, isolating each code span and each Latin run of its prose.
fn isolate_line(line: &str, out: &mut String) {
    let chars: Vec<char> = line.chars().collect();
    let mut i = 0;
    let mut prose_start = 0;
    while i < chars.len() {
        if chars[i] == LRI {
            // Already isolated (a block assembled from isolated pieces): copy it through.
            let end = chars[i..].iter().position(|c| *c == PDI).map_or(chars.len(), |p| i + p + 1);
            isolate_prose(&chars[prose_start..i], out);
            out.extend(&chars[i..end]);
            i = end;
            prose_start = end;
            continue;
        }
        if chars[i] != '`' {
            i += 1;
            continue;
        }
        let ticks = chars[i..].iter().take_while(|c| **c == '`').count();
        match closing_ticks(&chars, i + ticks, ticks) {
            Some(end) => {
                isolate_prose(&chars[prose_start..i], out);
                out.push(LRI);
                out.extend(&chars[i..end]);
                out.push(PDI);
                i = end;
                prose_start = end;
            }
            // An unclosed backtick is literal text.
            None => i += ticks,
        }
    }
    isolate_prose(&chars[prose_start..], out);
}

/// The index just after the run of exactly `ticks` backticks that closes a code span opened
/// before `from`, if there is one.
fn closing_ticks(chars: &[char], from: usize, ticks: usize) -> Option<usize> {
    let mut j = from;
    while j < chars.len() {
        if chars[j] == '`' {
            let run = chars[j..].iter().take_while(|c| **c == '`').count();
            if run == ticks {
                return Some(j + run);
            }
            j += run;
        } else {
            j += 1;
        }
    }
    None
}

/// Wrap each Latin run of prose in LRI … PDI: from a left-to-right letter to the last letter
/// or digit before the next right-to-left letter (so `OpenClaw 2026.5.12` is one run, and the
/// spaces and punctuation around it keep the line's direction).
fn isolate_prose(chars: &[char], out: &mut String) {
    let mut i = 0;
    while i < chars.len() {
        if !strong_ltr(chars[i]) {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        let mut end = i + 1;
        let mut j = i + 1;
        while j < chars.len() && !strong_rtl(chars[j]) {
            if strong_ltr(chars[j]) || chars[j].is_ascii_digit() {
                end = j + 1;
            }
            j += 1;
        }
        out.push(LRI);
        out.extend(&chars[i..end]);
        out.push(PDI);
        i = end;
    }
}

/// Whether `text` has an isolation mark inside a code span or a fenced block (never wanted).
pub fn marks_inside_code(text: &str) -> bool {
    let is_mark = |c: char| matches!(c, '\u{2066}'..='\u{2069}');
    let mut in_fence = false;
    for line in text.split('\n') {
        if line.trim_start().starts_with("```") {
            in_fence = !in_fence;
            if line.chars().any(is_mark) {
                return true;
            }
            continue;
        }
        if in_fence {
            if line.chars().any(is_mark) {
                return true;
            }
            continue;
        }
        let chars: Vec<char> = line.chars().collect();
        let mut i = 0;
        while i < chars.len() {
            if chars[i] != '`' {
                i += 1;
                continue;
            }
            let ticks = chars[i..].iter().take_while(|c| **c == '`').count();
            match closing_ticks(&chars, i + ticks, ticks) {
                Some(end) => {
                    if chars[i..end].iter().any(|c| is_mark(*c)) {
                        return true;
                    }
                    i = end;
                }
                None => i += ticks,
            }
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_latin_opening_is_isolated_and_the_arabic_rest_is_not() {
        let s = isolate(Locale::Ar, "OpenClaw 2026.5.12 (مقروء مما لصقته).");
        assert_eq!(s, "\u{2066}OpenClaw 2026.5.12\u{2069} (مقروء مما لصقته).");
    }

    #[test]
    fn code_spans_are_isolated_from_outside_and_fences_untouched() {
        let s =
            isolate(Locale::Fa, "1. `/model a/b@c:d` را بزنید\n```sh\nopenclaw models status\n```");
        assert_eq!(
            s,
            "1. \u{2066}`/model a/b@c:d`\u{2069} را بزنید\n```sh\nopenclaw models status\n```"
        );
        assert!(!marks_inside_code(&s));
        assert!(marks_inside_code("`a\u{2066}b`"));
    }

    #[test]
    fn isolating_twice_changes_nothing() {
        let once = isolate(Locale::Ar, "النموذج `openai/gpt-5.5` و OpenClaw 2026.6.9.");
        assert_eq!(isolate(Locale::Ar, &once), once);
    }

    #[test]
    fn left_to_right_locales_are_unchanged() {
        assert_eq!(isolate(Locale::De, "OpenClaw `x`"), "OpenClaw `x`");
    }

    #[test]
    fn double_backtick_spans_and_unclosed_ticks() {
        let s = isolate(Locale::Ar, "نص ``a`b`` و ` وحيد");
        assert_eq!(s, "نص \u{2066}``a`b``\u{2069} و ` وحيد");
    }
}
