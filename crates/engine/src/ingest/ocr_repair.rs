//! Terminal-aware repair of OCR output (issue 15), and the marker that carries "this token was
//! read with low confidence" from a front door's OCR through ingest to the commands.
//!
//! A front door reads a screenshot into words with confidences (crates/ocr) and calls
//! [`repair_ocr`], which gives the text the engine diagnoses like any paste. Tesseract reads a
//! terminal in predictable wrong ways, repaired here with what the engine knows:
//!
//! * box-drawing borders: `│` read as `|`, `l`, `I`, `[`, `]`, `!`, `{`, `}` between cells → `│`;
//!   horizontal rules read as dashes and noise → dropped (rows are found by their cells);
//! * `·` between a probe status and its latency read as `-`, `.`, `+`, `»` → `·`;
//!   `↳` read as `&`, `4`, `L>`, `Ls`, `>` before a detail → `↳`;
//! * provider names (the part before `/` or `:` of a model ref or profile id, or after
//!   `--provider`) one confusable away from a known provider (`0penai`, `openal`,
//!   `anthroplc`) → the known name;
//! * `0/O`, `1/l/I` inside versions (`2O26.6.9`) and model ids (`gpt-5.S`) → digits.
//!
//! **Safety over guesses.** A token that names something a command could carry (it holds
//! `:`, `/`, `@`, `.`, `_`, `-` or a digit, or follows `--provider`/`--agent`/`--profile-id`/
//! `--model`) and was read below [`MIN_CONFIDENCE`], or whose id part still mixes letters with
//! digits in a way OCR confuses (`examp1e`, `0pus`), is wrapped in [`UNCERTAIN_OPEN`] …
//! [`UNCERTAIN_CLOSE`]. Ingest strips the markers (the parsers read the best guess) and keeps
//! the tokens; `diagnose::command` then never prints a value that holds one: the command gets
//! the kind's placeholder, and the step's note quotes what was read and asks the user to copy
//! the id from their terminal (`step-uncertain-read`).

/// Opens a token read with low confidence (a private-use character: never in real output).
pub const UNCERTAIN_OPEN: char = '\u{E000}';
/// Closes it.
pub const UNCERTAIN_CLOSE: char = '\u{E001}';
/// Starts a message read from an image (so the JSON `inputs` can say so).
pub const FROM_IMAGE: char = '\u{E002}';

/// Below this Tesseract confidence (0–100) an id-like token is uncertain. Correct ids in the
/// screenshot fixtures read at 85–96; misreads that changed a character at 30–80.
pub const MIN_CONFIDENCE: f32 = 80.0;

/// One word as OCR read it.
#[derive(Debug, Clone, PartialEq)]
pub struct OcrWord {
    pub text: String,
    /// 0–100.
    pub conf: f32,
    /// Spaces before it on its line (from the gap in pixels; 0 for the first word).
    pub spaces: usize,
}

/// Providers OpenClaw ships or documents (reference/formats.md, causes.md); a provider read
/// one confusable away from one of these is that one.
const PROVIDERS: &[&str] = &[
    "openai",
    "openai-codex",
    "anthropic",
    "google",
    "google-gemini-cli",
    "google-antigravity",
    "google-vertex",
    "openrouter",
    "ollama",
    "minimax",
    "minimax-portal",
    "deepseek",
    "mistral",
    "groq",
    "xai",
    "zai",
    "moonshot",
    "kimi-coding",
    "qwen",
    "qwen-portal",
    "github-copilot",
    "amazon-bedrock",
    "azure-openai",
    "together",
    "fireworks",
    "perplexity",
    "cerebras",
    "lmstudio",
    "vllm",
    "volcengine",
    "codex",
    "claude-cli",
    "codex-cli",
    "copilot-proxy",
    "huggingface",
    "nvidia",
    "venice",
    "synthetic",
    "chutes",
    "opencode",
];

/// Is `p` a provider OpenClaw ships or documents?
pub fn is_known_provider(p: &str) -> bool {
    PROVIDERS.contains(&p)
}

/// Words before which the next token names something a command could carry.
const VALUE_FLAGS: &[&str] = &["--provider", "--agent", "--profile-id", "--model", "--profile"];

/// Probe status words (formats.md §3).
const STATUSES: &[&str] =
    &["ok", "auth", "rate_limit", "billing", "timeout", "format", "unknown", "no_model"];

/// Characters OCR reads for a vertical box border.
fn is_border_token(t: &str) -> bool {
    matches!(
        t,
        "|" | "│" | "l" | "I" | "[" | "]" | "!" | "{" | "}" | "||" | "|]" | "[|" | "¦" | "1"
    )
}

/// A line of box borders or dashes only (a horizontal rule, possibly as noise: Tesseract
/// reads a long `─` run as `eee EEE`, `——`, `_—§—$§`).
fn is_rule_line(words: &[OcrWord]) -> bool {
    let noise = |t: &str| t.chars().all(|c| "eEaoc=_~-—–─━§$|".contains(c));
    if words.len() >= 2 && words.iter().all(|w| noise(&w.text)) {
        return true;
    }
    let text: String = words.iter().map(|w| w.text.as_str()).collect();
    let alnum = text.chars().filter(|c| c.is_alphanumeric()).count();
    let dashes = text.chars().filter(|c| "─━—–-_=~┌┐└┘├┤┬┴┼+".contains(*c)).count();
    let low = words.iter().all(|w| w.conf < 50.0 || !w.text.chars().any(char::is_alphanumeric));
    !words.is_empty()
        && (dashes * 2 >= text.chars().count() || low && alnum * 3 < text.len().max(1) * 2)
        && (dashes > 0 || low)
}

/// Is this word one that a command could carry (an id, ref, version, provider)?
fn id_like(t: &str) -> bool {
    t.chars().any(|c| c.is_ascii_alphanumeric())
        && t.chars().any(|c| ":/@._-".contains(c) || c.is_ascii_digit())
}

/// OCR's confusable pairs, as (read, meant).
const CONFUSABLE: &[(char, char)] = &[
    ('0', 'o'),
    ('o', '0'),
    ('O', '0'),
    ('0', 'O'),
    ('1', 'l'),
    ('l', '1'),
    ('I', 'l'),
    ('l', 'I'),
    ('1', 'i'),
    ('l', 'i'),
    ('i', 'l'),
    ('5', 's'),
    ('S', '5'),
    ('s', '5'),
    ('8', 'B'),
    ('B', '8'),
];

fn confusable(a: char, b: char) -> bool {
    CONFUSABLE.iter().any(|&(x, y)| x == a && y == b) || a.eq_ignore_ascii_case(&b)
}

/// The known provider `p` was meant to be, when it differs by confusables only (same length,
/// every differing character a confusable pair) or by one `rn`/`m` swap.
fn known_provider(p: &str) -> Option<&'static str> {
    if let Some(k) = PROVIDERS.iter().find(|k| **k == p) {
        return Some(k);
    }
    let pc: Vec<char> = p.chars().collect();
    PROVIDERS.iter().copied().find(|k| {
        let kc: Vec<char> = k.chars().collect();
        if kc.len() == pc.len() {
            let diff: Vec<(char, char)> =
                pc.iter().zip(&kc).filter(|(a, b)| a != b).map(|(a, b)| (*a, *b)).collect();
            !diff.is_empty() && diff.len() <= 2 && diff.iter().all(|(a, b)| confusable(*a, *b))
        } else {
            p.replace("rn", "m") == *k
        }
    })
}

/// `2O26.6.9` → `2026.6.9`; `gpt-5.S` → `gpt-5.5`: letters OCR confuses with digits, where
/// they sit between digits and dots of a number.
fn digits_in_numbers(t: &str) -> String {
    let c: Vec<char> = t.chars().collect();
    let numeric = |ch: char| ch.is_ascii_digit() || ch == '.';
    let mut out = String::with_capacity(t.len());
    for i in 0..c.len() {
        let prev = i.checked_sub(1).map(|j| c[j]);
        let next = c.get(i + 1).copied();
        let between = prev.is_some_and(numeric)
            && next.is_some_and(numeric)
            && (prev.is_some_and(|p| p.is_ascii_digit())
                || next.is_some_and(|n| n.is_ascii_digit()));
        let after_dot_end = prev == Some('.')
            && next.is_none_or(|n| !n.is_ascii_alphanumeric())
            && i >= 2
            && c[i - 2].is_ascii_digit();
        out.push(match c[i] {
            'O' | 'o' if between || after_dot_end => '0',
            'l' | 'I' | '|' if between || after_dot_end => '1',
            'S' if between || after_dot_end => '5',
            ch => ch,
        });
    }
    out
}

/// Repair the provider part of a model ref (`p/…`) or profile id (`p:…`), and numbers.
fn repair_id(t: &str) -> String {
    let t = digits_in_numbers(t);
    // The provider is before the first `/` (model ref, maybe with `@profile`) or `:` (profile).
    let cut = t.find(['/', ':']);
    let (head, rest) = match cut {
        Some(i) => t.split_at(i),
        None => (t.as_str(), ""),
    };
    let head = match known_provider(head) {
        Some(k) if !rest.is_empty() => k.to_string(),
        _ => head.to_string(),
    };
    // `…@<provider>:<name>` inside a pin ref.
    let rest = match rest.split_once('@') {
        Some((m, pin)) if pin.contains(':') => {
            let (pp, name) = pin.split_once(':').unwrap_or((pin, ""));
            let pp = known_provider(pp).unwrap_or(pp);
            format!("{m}@{pp}:{name}")
        }
        _ => rest.to_string(),
    };
    format!("{head}{rest}")
}

/// An id part that still mixes letters and digits the way OCR confuses them (`examp1e`,
/// `0pus`, `c1aude`): a digit directly between two letters, or `0`/`1` starting a word.
fn confusable_mix(t: &str) -> bool {
    // Versions, dates, sizes and model numbers are digits beside digits, dots or dashes.
    let c: Vec<char> = t.chars().collect();
    (0..c.len()).any(|i| {
        let letter =
            |j: Option<usize>| j.and_then(|j| c.get(j)).is_some_and(char::is_ascii_alphabetic);
        matches!(c[i], '0' | '1' | '5' | '8') && letter(i.checked_sub(1)) && letter(Some(i + 1))
    })
}

/// Push an id-like token, wrapping in markers each part that is uncertain: every part but a
/// known provider when the word was read with low confidence, else the parts that still mix
/// letters and digits the way OCR confuses them. Parts are split at `/`, `:` and `@`, and a
/// provider is the part before a `/` or `:`, so `openai-codex:dana@examp1e.com` marks only
/// `dana@examp1e.com`.
fn push_marked(line: &mut String, t: &str, low: bool) {
    let mut rest = t;
    while !rest.is_empty() {
        let end =
            rest.find(['/', ':', '@', '(', ')', '"', '\'', ',', '[', ']']).unwrap_or(rest.len());
        let (part, tail) = rest.split_at(end);
        let sep = tail.chars().next();
        let is_provider = matches!(sep, Some('/' | ':') | None) && is_known_provider(part);
        let plain = part.is_empty() || !part.chars().any(|c| c.is_ascii_alphanumeric());
        let uncertain = !plain && !is_provider && (low || confusable_mix(part));
        if uncertain {
            line.push(UNCERTAIN_OPEN);
            line.push_str(part);
            line.push(UNCERTAIN_CLOSE);
        } else {
            line.push_str(part);
        }
        match sep {
            Some(c) => {
                line.push(c);
                rest = &tail[c.len_utf8()..];
            }
            None => rest = "",
        }
    }
}

/// Words with no gap between them are one terminal word that Tesseract split (at `:`, `@`,
/// `/`): joined, with the lower confidence.
fn join_touching(words: &[OcrWord]) -> Vec<OcrWord> {
    let mut out: Vec<OcrWord> = Vec::with_capacity(words.len());
    for w in words {
        match out.last_mut() {
            Some(prev) if w.spaces == 0 => {
                prev.text.push_str(&w.text);
                prev.conf = prev.conf.min(w.conf);
            }
            _ => out.push(w.clone()),
        }
    }
    out
}

/// Uncertain reads that the thread confirms: the same text read elsewhere without a marker
/// (in a typed message, or another line of a screenshot read with confidence). Two reads
/// that agree are not a misread.
pub fn confirmed(read: &str, messages: &[&str]) -> bool {
    read.chars().count() >= 3
        && messages.iter().any(|m| {
            let mut certain = String::with_capacity(m.len());
            let mut inside = false;
            for c in m.chars() {
                match c {
                    UNCERTAIN_OPEN => {
                        inside = true;
                        certain.push(' ');
                    }
                    UNCERTAIN_CLOSE => inside = false,
                    FROM_IMAGE => {}
                    c if !inside => certain.push(c),
                    _ => {}
                }
            }
            certain.contains(read)
        })
}

/// Join OCR lines into engine text, repairing what terminals make OCR misread and marking
/// uncertain tokens (see the module comment). The result starts with [`FROM_IMAGE`].
pub fn repair_ocr(lines: &[Vec<OcrWord>]) -> String {
    repair_ocr_in(lines, None)
}

/// [`repair_ocr`] for a screenshot `columns` character cells wide (its width over the cell
/// width): lines the terminal wrapped at that width are joined again.
pub fn repair_ocr_in(lines: &[Vec<OcrWord>], columns: Option<usize>) -> String {
    let mut rows: Vec<(String, bool)> = Vec::with_capacity(lines.len());
    for words in lines {
        let words = &join_touching(words);
        if words.is_empty() || is_rule_line(words) {
            continue;
        }
        let table_row = words.iter().filter(|w| is_border_token(&w.text)).count() >= 2
            && words
                .first()
                .is_some_and(|w| is_border_token(&w.text) || w.text.starts_with(['|', '│', '[']));
        let mut line = String::new();
        let mut prev: Option<String> = None;
        for (i, w) in words.iter().enumerate() {
            let mut t = w.text.clone();
            if table_row {
                if is_border_token(&t) && t != "1" || i == 0 && t == "1" {
                    t = "│".into();
                } else if let Some(rest) = t.strip_prefix(['|', '[']) {
                    if i == 0 && !rest.is_empty() {
                        t = format!("│ {rest}");
                    }
                }
            }
            // `ok - 7.9s`, `unknown - -`: the `·` between a status and its latency.
            if matches!(t.as_str(), "-" | "." | "+" | "»" | "«" | "•" | "*" | "—")
                && prev.as_deref().is_some_and(|p| STATUSES.contains(&p))
                && words.get(i + 1).is_some_and(|n| {
                    n.text == "-" || n.text.trim_end_matches(['s', 'm']).parse::<f32>().is_ok()
                })
            {
                t = "·".into();
            }
            // `↳` before a detail (`Excluded by …`, `Auth reason […]`, `Auth profile …`).
            if matches!(
                t.as_str(),
                "&" | "4"
                    | "4,"
                    | "L,"
                    | "L>"
                    | "Ls"
                    | "L»"
                    | ">"
                    | "->"
                    | "G"
                    | "Ly"
                    | "by"
                    | "bL"
                    | "y"
                    | "%"
                    | "b"
                    | "L"
                    | "|>"
                    | "l>"
            ) && prev.as_deref() == Some("│")
                && words.get(i + 1).is_some_and(|n| matches!(n.text.as_str(), "Excluded" | "Auth"))
            {
                t = "↳".into();
            }
            // A latency is `<n>s`/`<n>ms` or `-`: `1.85` after `ok ·` is `1.8s` with the `s`
            // read as `5`.
            if prev.as_deref() == Some("·")
                && t.len() >= 2
                && t.ends_with('5')
                && t.chars().all(|c| c.is_ascii_digit() || c == '.')
            {
                t.pop();
                t.push('s');
            }
            // A detail row is `│ │ │ ↳ …`: separators OCR lost over empty cells come back.
            if t == "↳" && table_row {
                let before = line.trim_end();
                let seps = before.matches('│').count();
                if before.chars().all(|c| c == '│' || c == ' ') && seps < 3 {
                    line = "│   │   │".to_string();
                }
            }
            let flagged = prev.as_deref().is_some_and(|p| VALUE_FLAGS.contains(&p));
            if id_like(&t) || flagged {
                t = repair_id(&t);
                if flagged {
                    if let Some(k) = known_provider(&t) {
                        t = k.to_string();
                    }
                }
            }
            line.extend(std::iter::repeat_n(' ', if i == 0 { w.spaces } else { w.spaces.max(1) }));
            if id_like(&t) || flagged {
                push_marked(&mut line, &t, w.conf < MIN_CONFIDENCE);
            } else {
                line.push_str(&t);
            }
            prev = Some(t);
        }
        rows.push((reason_code(&line).into_owned(), table_row));
    }
    unwrap_terminal(rows, columns)
}

/// A terminal wraps a long line at exactly its width, so the screenshot shows it cut in two
/// (`"openai-` / `codex"`); the text the user would have pasted has it whole. A line (not a
/// table row) that fills the screenshot's width, less the window's padding (up to four
/// cells), was wrapped: it is joined with the next. Marked tokens keep their markers. Without
/// the width nothing is joined (a long line in a wide window is not a wrap).
fn unwrap_terminal(rows: Vec<(String, bool)>, columns: Option<usize>) -> String {
    let len =
        |s: &str| s.chars().filter(|c| !matches!(*c, UNCERTAIN_OPEN | UNCERTAIN_CLOSE)).count();
    let width = rows.iter().map(|(l, _)| len(l)).max().unwrap_or(0);
    let cols = columns.unwrap_or(usize::MAX);
    let full = |(l, table): &(String, bool)| !table && cols >= 40 && len(l) + 4 >= cols;
    let wrapped = columns.is_some() && width <= cols;
    let mut out = String::new();
    out.push(FROM_IMAGE);
    for r in &rows {
        out.push_str(&r.0);
        if !(wrapped && full(r)) {
            out.push('\n');
        } else if len(&r.0) < width {
            // The cell the line stops short of held a space.
            out.push(' ');
        }
    }
    if !out.ends_with('\n') {
        out.push('\n');
    }
    out
}

/// Probe reason codes (formats.md §3), which OCR reads with the `[`, `_` and first letter lost.
const REASONS: &[&str] =
    &["missing_credential", "expired", "invalid_expires", "unresolved_ref", "revoked"];

/// `Auth reason issing credential]:` → `Auth reason [missing_credential]:`.
fn reason_code(line: &str) -> std::borrow::Cow<'_, str> {
    let Some(at) = line.find("Auth reason ") else { return line.into() };
    let start = at + "Auth reason ".len();
    let Some(colon) = line[start..].find(':').map(|i| start + i) else { return line.into() };
    let read = &line[start..colon];
    let letters: String = read.chars().filter(char::is_ascii_alphabetic).collect();
    if letters.is_empty() || read.starts_with('[') && read.ends_with(']') {
        return line.into();
    }
    let best = REASONS.iter().find(|code| {
        let code_letters: String = code.chars().filter(|c| *c != '_').collect();
        code_letters == letters
            || code_letters.len() > letters.len()
                && code_letters.len() - letters.len() <= 2
                && code_letters.ends_with(&letters)
    });
    match best {
        Some(code) => format!("{}[{code}]{}", &line[..start], &line[colon..]).into(),
        None => line.into(),
    }
}

/// Take the markers out of a message: the text as the parsers read it, the uncertain tokens,
/// and whether it was read from an image.
pub fn extract(raw: &str) -> (std::borrow::Cow<'_, str>, Vec<String>, bool) {
    // The markers are `EE 80 80`–`82`: a byte search, not a decode of every character.
    let b = raw.as_bytes();
    if !memchr::memmem::find_iter(b, b"\xEE\x80").any(|i| matches!(b.get(i + 2), Some(0x80..=0x82)))
    {
        return (std::borrow::Cow::Borrowed(raw), Vec::new(), false);
    }
    let mut text = String::with_capacity(raw.len());
    let mut uncertain = Vec::new();
    let mut cur: Option<String> = None;
    let mut image = false;
    for c in raw.chars() {
        match c {
            FROM_IMAGE => image = true,
            UNCERTAIN_OPEN => cur = Some(String::new()),
            UNCERTAIN_CLOSE => {
                if let Some(t) = cur.take() {
                    if !t.is_empty() && !uncertain.contains(&t) && uncertain.len() < 256 {
                        uncertain.push(t);
                    }
                }
            }
            c => {
                if let Some(t) = cur.as_mut() {
                    if t.len() < 256 {
                        t.push(c);
                    }
                }
                text.push(c);
            }
        }
    }
    (std::borrow::Cow::Owned(text), uncertain, image)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(words: &[(&str, f32)]) -> Vec<OcrWord> {
        words
            .iter()
            .enumerate()
            .map(|(i, (t, c))| OcrWord {
                text: t.to_string(),
                conf: *c,
                spaces: usize::from(i > 0),
            })
            .collect()
    }

    #[test]
    fn probe_rows_get_their_borders_dots_and_arrows_back() {
        let text = repair_ocr(&[
            line(&[("——", 0.0), ("tat!", 0.0), ("—§—$§", 0.0)]),
            line(&[
                ("|", 95.0),
                ("openai/gpt-5.5", 91.0),
                ("l", 60.0),
                ("openai-codex:default", 92.0),
                ("(oauth)", 93.0),
                ("[", 90.0),
                ("unknown", 91.0),
                ("-", 74.0),
                ("-", 92.0),
            ]),
            line(&[
                ("|", 74.0),
                ("|", 87.0),
                ("|", 93.0),
                ("&", 76.0),
                ("Excluded", 96.0),
                ("by", 93.0),
            ]),
            line(&[
                ("I", 93.0),
                ("openai/gpt-5.5", 91.0),
                ("|", 93.0),
                ("openai-codex:dana@example.com", 92.0),
                ("|", 96.0),
                ("ok", 93.0),
                ("-", 81.0),
                ("7.9s", 91.0),
                ("|", 90.0),
            ]),
        ]);
        assert_eq!(
            text,
            "\u{E002}│ openai/gpt-5.5 │ openai-codex:default (oauth) │ unknown · -\n\
             │ │ │ ↳ Excluded by\n\
             │ openai/gpt-5.5 │ openai-codex:dana@example.com │ ok · 7.9s │\n"
        );
    }

    #[test]
    fn providers_and_numbers_are_repaired_from_what_the_engine_knows() {
        assert_eq!(repair_id("0penai/gpt-5.5"), "openai/gpt-5.5");
        assert_eq!(repair_id("anthroplc:work"), "anthropic:work");
        assert_eq!(
            repair_id("openai-codex/gpt-5.S@0penai-codex:sam"),
            "openai-codex/gpt-5.5@openai-codex:sam"
        );
        assert_eq!(repair_id("2O26.6.9"), "2026.6.9");
        assert_eq!(repair_id("v2026.l.29"), "v2026.1.29");
        // Not a provider we know: left as read (and judged by its confidence).
        assert_eq!(repair_id("acme:work"), "acme:work");
    }

    #[test]
    fn low_confidence_ids_are_marked_and_known_providers_are_not() {
        let text = repair_ocr(&[
            line(&[("/model", 95.0), ("openai-codex/gpt-5.5@openai-codex:dana@examp1e.com", 93.0)]),
            line(&[
                ("openclaw", 96.0),
                ("--provider", 90.0),
                ("openal", 40.0),
                ("--profile-id", 91.0),
                ("openai:work", 52.0),
            ]),
        ]);
        let (plain, uncertain, image) = extract(&text);
        assert!(image);
        assert_eq!(
            plain,
            "/model openai-codex/gpt-5.5@openai-codex:dana@examp1e.com\nopenclaw --provider openai --profile-id openai:work\n"
        );
        // Only the parts OCR may have misread: never a known provider.
        assert_eq!(uncertain, ["examp1e.com", "work"]);
        assert!(text.contains("openai-codex:dana@\u{E000}examp1e.com\u{E001}"), "{text:?}");
    }

    #[test]
    fn plain_text_passes_through_extract_untouched() {
        let (t, u, image) = extract("Auth probes\n│ a │ b │");
        assert!(matches!(t, std::borrow::Cow::Borrowed(_)));
        assert!(u.is_empty() && !image);
    }
}
