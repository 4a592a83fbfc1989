//! Secret detection and redaction (formats.md §13). Every raw credential is replaced by
//! `[REDACTED]`; only its kind and line are kept. OpenClaw's own masks (`sk-or-v1...e1a682b4`,
//! `sk-proj-…abcd`, `sk-proj-****Xq7d`, `49d0ef…LYhROi`), `marker(…)`, `ref(…)`, user
//! redactions (`<redacted>`, `[REDACTED]`, `***`, `xxxx`), env var names, profile ids, emails,
//! model refs, UUIDs and hashes are never touched.
//!
//! Two kinds of rules:
//! * **shaped** tokens (`sk-…`, `AIza…`, JWTs, Discord/Telegram/Slack/GitHub tokens) are
//!   recognised anywhere;
//! * **contextual** values are recognised by what precedes them (`Bearer`, `"apiKey":`,
//!   `OPENAI_API_KEY=`, `?token=`, `--api-key`) and must look like a secret.
//!
//! A value found once is also scrubbed wherever else it appears verbatim in the same text.

use super::{SecretFinding, SecretKind};
use regex::Regex;
use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

pub(crate) const REDACTED: &str = "[REDACTED]";

/// A detected secret: byte range in the scanned text, kind, and the rule's priority (lower =
/// more specific).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Span {
    pub start: usize,
    pub end: usize,
    pub kind: SecretKind,
    prio: usize,
}

fn re(p: &str) -> Regex {
    Regex::new(p).expect("secret regex")
}

/// Shaped tokens, most specific first.
static SHAPED: LazyLock<Vec<(Regex, SecretKind)>> = LazyLock::new(|| {
    use SecretKind::*;
    vec![
        (re(r"(?-u:\b)sk-or-v1-[0-9a-fA-F]{32,}"), OpenRouterKey),
        (
            re(r"(?-u:\b)sk-ant-ort\d\d-[A-Za-z0-9_-]{20,}"),
            RefreshToken,
        ),
        (
            re(r"(?-u:\b)sk-ant-(?:api|oat|admin)\d\d-[A-Za-z0-9_-]{20,}"),
            AnthropicKey,
        ),
        (
            re(r"(?-u:\b)sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}"),
            OpenAiKey,
        ),
        (re(r"(?-u:\b)AIza[0-9A-Za-z_-]{35}"), GoogleKey),
        (
            re(r"(?-u:\b)(?:gsk_|xai-|hf_|pplx-|nvapi-)[A-Za-z0-9]{20,}"),
            OtherProviderKey,
        ),
        (
            re(r"(?-u:\b)(?:gh[oprsu]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,})"),
            GithubToken,
        ),
        (
            re(r"(?-u:\b)eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}"),
            Jwt,
        ),
        (
            re(r"(?-u:\b)[MNO][A-Za-z0-9_-]{23,27}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,40}"),
            DiscordToken,
        ),
        (re(r"(?-u:\b)\d{8,10}:[A-Za-z0-9_-]{35}"), ChatToken),
        (
            re(r"(?-u:\b)(?:xox[abprse]|xapp)-[A-Za-z0-9-]{10,}"),
            ChatToken,
        ),
    ]
});

/// Contextual rules: (regex, capture group of the value, kind of the value by its key).
type KindOf = fn(&regex::Captures) -> SecretKind;

static CONTEXTUAL: LazyLock<Vec<(Regex, usize, KindOf)>> = LazyLock::new(|| {
    vec![
        (
            re(r"(?i)authorization\s*:\s*(?:bearer|basic|token)\s+([A-Za-z0-9._~+/=_-]{16,})"),
            1,
            |_| SecretKind::BearerHeader,
        ),
        (
            re(r"(?i)(?-u:\b)bearer\s+([A-Za-z0-9._~+/=_-]{16,})"),
            1,
            |_| SecretKind::BearerHeader,
        ),
        (
            re(r"(?i)gateway\.auth\.token[\x22']?\s*[:= ]\s*[\x22']?([^\s\x22'`]{8,})"),
            1,
            |_| SecretKind::GatewayToken,
        ),
        (
            re(concat!(
                r"[?&#](token|access_token|id_token|refresh_token|code|state|api_key|apikey|key|auth)",
                r"=([^&\s#\x22'<>`]{8,})"
            )),
            2,
            |c| match c[1].to_ascii_lowercase().as_str() {
                "token" => SecretKind::GatewayToken,
                "refresh_token" => SecretKind::RefreshToken,
                _ => SecretKind::GenericSecret,
            },
        ),
        (
            re(concat!(
                r"(?-u:\b)([A-Z][A-Z0-9_]*(?:API_KEY|APIKEY|_KEY|_TOKEN|_SECRET|_PASSWORD|_PAT))",
                r"[\x22']?\s*[:=]\s*[\x22']?([^\s\x22'`]{8,})"
            )),
            2,
            |c| env_kind(&c[1]),
        ),
        (
            re(concat!(
                // A key may also follow `=` (`openai:default=refresh_token=…`), a backtick
                // (`` `access_token=…` `` in a code span) or `;` (auth list brackets).
                r"(?im)(?:^|[\s{,(\[=`;])[\x22']?(apikey|api_key|api-key|x-api-key|key|token|access|refresh",
                r"|access_token|refresh_token|id_token|accesstoken|refreshtoken|idtoken|secret",
                r"|client_secret|clientsecret|password|auth_token|authtoken|bot_token|bottoken)",
                r"[\x22']?\s*[:=]\s*[\x22']?([^\s\x22'`,;}\]]{8,})"
            )),
            2,
            |c| match c[1].to_ascii_lowercase().as_str() {
                "refresh" | "refresh_token" | "refreshtoken" => SecretKind::RefreshToken,
                "bot_token" | "bottoken" => SecretKind::ChatToken,
                _ => SecretKind::GenericSecret,
            },
        ),
        (
            re(concat!(
                r"(?:^|\s)--(?:api-key|token|key|secret|password|access-token|refresh-token|bot-token)",
                r"(?:=|\s+)[\x22']?([^\s\x22'`]{8,})"
            )),
            1,
            |_| SecretKind::GenericSecret,
        ),
    ]
});

/// Kind of a secret given only the name of the variable that holds it.
fn env_kind(name: &str) -> SecretKind {
    let has = |s: &str| name.contains(s);
    if has("GATEWAY") {
        SecretKind::GatewayToken
    } else if has("REFRESH") {
        SecretKind::RefreshToken
    } else if has("DISCORD") {
        SecretKind::DiscordToken
    } else if has("TELEGRAM") || has("SLACK") {
        SecretKind::ChatToken
    } else if has("GITHUB") || name.starts_with("GH_") || has("COPILOT") {
        SecretKind::GithubToken
    } else if has("OPENROUTER") {
        SecretKind::OpenRouterKey
    } else if has("OPENAI") {
        SecretKind::OpenAiKey
    } else if has("ANTHROPIC") || has("CLAUDE") {
        SecretKind::AnthropicKey
    } else if has("GEMINI") || has("GOOGLE") {
        SecretKind::GoogleKey
    } else if has("API_KEY") || has("APIKEY") {
        SecretKind::OtherProviderKey
    } else {
        SecretKind::GenericSecret
    }
}

/// User or tool placeholders and OpenClaw masks: never secrets.
fn is_placeholder(v: &str) -> bool {
    if v.starts_with(['<', '[', '{', '$', '*', '%', '(']) {
        return true;
    }
    let l = v.to_ascii_lowercase();
    const MARKS: &[&str] = &[
        "...",
        "…",
        "***",
        "█",
        "redact",
        "xxxxxx",
        "your_",
        "your-",
        "_here",
        "-here",
        "example",
        "placeholder",
        "changeme",
        "marker(",
        "ref(",
    ];
    if MARKS.iter().any(|m| l.contains(m)) {
        return true;
    }
    // `sk-aaaaaaaaaaaaaaaaaaaaaaaa`, `0000-0000-…`: too few distinct characters.
    let distinct: HashSet<u8> = l
        .bytes()
        .filter(|b| b.is_ascii_alphanumeric())
        .take(64)
        .collect();
    distinct.len() <= 3
}

fn is_uuid(v: &str) -> bool {
    let b = v.as_bytes();
    b.len() == 36
        && b.iter().enumerate().all(|(i, &c)| {
            if matches!(i, 8 | 13 | 18 | 23) {
                c == b'-'
            } else {
                c.is_ascii_hexdigit()
            }
        })
}

static MODEL_REF: LazyLock<Regex> = LazyLock::new(|| re(r"^[a-z][a-z-]{1,30}/[A-Za-z0-9._:/-]+$"));

/// Does a value found by context look like a credential?
fn plausible_value(v: &str) -> bool {
    if v.len() < 8 || is_placeholder(v) {
        return false;
    }
    // Profile ids, `sha256:…`, URLs, emails, Windows paths.
    if v.contains([':', '@', '\\']) || v.starts_with(['/', '~', '.']) {
        return false;
    }
    if is_uuid(v) || (v.len() < 80 && MODEL_REF.is_match(v)) {
        return false;
    }
    let b = v.as_bytes();
    // An env var name (`OPENAI_API_KEY`), or plain words (`refresh_token_reused`).
    if b.iter()
        .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || *c == b'_')
        && v.contains('_')
    {
        return false;
    }
    if b.iter()
        .all(|c| c.is_ascii_lowercase() || b"-_.".contains(c))
    {
        return false;
    }
    let digit = b.iter().any(u8::is_ascii_digit);
    let upper = b.iter().any(u8::is_ascii_uppercase);
    let lower = b.iter().any(u8::is_ascii_lowercase);
    digit || (upper && lower && v.len() >= 12) || v.len() >= 24
}

/// All secrets in `text`, sorted and merged (overlaps take the most specific kind).
/// Every rule as one set: one pass over the text says which rules match at all, so the
/// per-rule passes run only where needed (most pastes hold no secret). Three times faster than
/// running every rule: rules without a literal prefix (`\d{8,10}:`, `[A-Z][A-Z0-9_]*…_KEY`,
/// the generic `key=` rule) start a search at nearly every byte (docs/performance.md).
static PRESENT: LazyLock<regex::RegexSet> = LazyLock::new(|| {
    let shaped = SHAPED.iter().map(|(rx, _)| rx.as_str());
    let contextual = CONTEXTUAL.iter().map(|(rx, _, _)| rx.as_str());
    regex::RegexSet::new(shaped.chain(contextual)).expect("secret rule set")
});

pub(crate) fn detect(text: &str) -> Vec<Span> {
    let mut spans = Vec::new();
    let present = PRESENT.matches(text);
    for (prio, (rx, kind)) in SHAPED.iter().enumerate() {
        if !present.matched(prio) {
            continue;
        }
        for m in rx.find_iter(text) {
            let v = m.as_str();
            // Random keys hold digits or capitals; `sk-agent-worker-pool-main` is a name.
            let random = v
                .bytes()
                .any(|b| b.is_ascii_digit() || b.is_ascii_uppercase());
            if !random || is_placeholder(v) {
                continue;
            }
            let kind = if *kind == SecretKind::OpenAiKey && is_hex_sk(v) {
                SecretKind::OtherProviderKey
            } else {
                *kind
            };
            // A token that runs on (`AIza…` is 39 characters) is redacted to its end.
            let rest = &text[m.end()..];
            let tail = rest
                .bytes()
                .take_while(|b| b.is_ascii_alphanumeric() || *b == b'_' || *b == b'-')
                .count();
            spans.push(Span {
                start: m.start(),
                end: m.end() + tail,
                kind,
                prio,
            });
        }
    }
    let base = SHAPED.len();
    for (i, (rx, group, kind_of)) in CONTEXTUAL.iter().enumerate() {
        if !present.matched(base + i) {
            continue;
        }
        for c in rx.captures_iter(text) {
            let Some(m) = c.get(*group) else { continue };
            if !plausible_value(m.as_str()) {
                continue;
            }
            spans.push(Span {
                start: m.start(),
                end: m.end(),
                kind: kind_of(&c),
                prio: base + i,
            });
        }
    }
    merge(spans)
}

/// `sk-` + 32 lowercase hex: DeepSeek-style, not OpenAI.
fn is_hex_sk(v: &str) -> bool {
    v.len() == 35
        && v[3..]
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

fn merge(mut spans: Vec<Span>) -> Vec<Span> {
    spans.sort_by_key(|s| (s.start, s.prio));
    let mut out: Vec<Span> = Vec::with_capacity(spans.len());
    for s in spans {
        match out.last_mut() {
            Some(cur) if s.start < cur.end => {
                cur.end = cur.end.max(s.end);
                if s.prio < cur.prio {
                    cur.kind = s.kind;
                    cur.prio = s.prio;
                }
            }
            _ => out.push(s),
        }
    }
    out
}

/// The secret values of `text`, with their kinds.
pub(crate) fn values(text: &str) -> Vec<(String, SecretKind)> {
    detect(text)
        .into_iter()
        .map(|s| (text[s.start..s.end].to_string(), s.kind))
        .collect()
}

/// Every verbatim occurrence of the known values (each ≥ 8 bytes) in `text`. Linear scan with
/// an 8-byte prefix index.
fn occurrences(text: &str, known: &[(String, SecretKind)]) -> Vec<Span> {
    let mut index: HashMap<[u8; 8], Vec<usize>> = HashMap::new();
    let mut first = [false; 256];
    let mut seen: HashSet<&str> = HashSet::new();
    for (i, (v, _)) in known.iter().enumerate() {
        if v.len() < 8 || !seen.insert(v.as_str()) {
            continue;
        }
        let mut key = [0u8; 8];
        key.copy_from_slice(&v.as_bytes()[..8]);
        let list = index.entry(key).or_default();
        if list.len() < 16 {
            list.push(i);
        }
        first[v.as_bytes()[0] as usize] = true;
    }
    if index.is_empty() {
        return Vec::new();
    }
    for list in index.values_mut() {
        list.sort_by_key(|&i| std::cmp::Reverse(known[i].0.len()));
    }
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i + 8 <= b.len() {
        if first[b[i] as usize] {
            let mut key = [0u8; 8];
            key.copy_from_slice(&b[i..i + 8]);
            if let Some(list) = index.get(&key) {
                if let Some(&k) = list
                    .iter()
                    .find(|&&k| b[i..].starts_with(known[k].0.as_bytes()))
                {
                    let end = i + known[k].0.len();
                    out.push(Span {
                        start: i,
                        end,
                        kind: known[k].1,
                        prio: usize::MAX,
                    });
                    i = end;
                    continue;
                }
            }
        }
        i += 1;
    }
    out
}

/// Redact `text`: every detected secret, every further occurrence of a detected value, and
/// every occurrence of the `extra` values (found in an earlier form of the same text).
pub(crate) fn redact_all(
    text: &str,
    extra: &[(String, SecretKind)],
) -> (String, Vec<SecretFinding>) {
    let (mut out, mut findings) = redact_once(text, extra);
    // A replacement can give a neighbour a new word boundary (`…AAAA` + `OPENAI_API_KEY=…`):
    // look again, bounded, so that redacting the output finds nothing new.
    for _ in 0..2 {
        if findings.is_empty() {
            break;
        }
        let (next, more) = redact_once(&out, &[]);
        if more.is_empty() {
            break;
        }
        out = next;
        findings.extend(more);
        findings.sort_by_key(|f| f.line);
    }
    (out, findings)
}

fn redact_once(text: &str, extra: &[(String, SecretKind)]) -> (String, Vec<SecretFinding>) {
    let mut spans = detect(text);
    if !spans.is_empty() || !extra.is_empty() {
        let mut known: Vec<(String, SecretKind)> = spans
            .iter()
            .map(|s| (text[s.start..s.end].to_string(), s.kind))
            .collect();
        known.extend(extra.iter().cloned());
        spans.extend(occurrences(text, &known));
        spans = merge(spans);
    }
    if spans.is_empty() {
        return (text.to_string(), Vec::new());
    }
    let mut out = String::with_capacity(text.len());
    let mut findings = Vec::with_capacity(spans.len());
    let mut last = 0;
    let mut line = 1;
    for s in spans {
        line += text[last..s.start].bytes().filter(|&b| b == b'\n').count();
        out.push_str(&text[last..s.start]);
        out.push_str(REDACTED);
        findings.push(SecretFinding { kind: s.kind, line });
        line += text[s.start..s.end].bytes().filter(|&b| b == b'\n').count();
        last = s.end;
    }
    out.push_str(&text[last..]);
    (out, findings)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overlapping_matches_take_the_most_specific_kind() {
        // The `.env` rule and the OpenRouter shape both match: one span, OpenRouter kind.
        let text = "OPENROUTER_API_KEY=sk-or-v1-0123456789abcdef0123456789abcdef";
        let spans = detect(text);
        assert_eq!(spans.len(), 1);
        assert_eq!(spans[0].kind, SecretKind::OpenRouterKey);
        assert_eq!(&text[spans[0].start..spans[0].end], &text[19..]);
    }

    #[test]
    fn contextual_values_must_look_like_secrets() {
        for v in [
            "Zq8Lm2Np",
            "aB3dE5gH9jK1",
            "abcdefghijklmnopqrstuvwxyzabcdef0",
        ] {
            assert!(plausible_value(v), "{v}");
        }
        for v in [
            "forbidden_error",
            "refresh_token_reused",
            "OPENAI_API_KEY",
            "openai:default",
            "alice@example.com",
            "openai/gpt-5.5",
            "123e4567-e89b-12d3-a456-426614174000",
            "~/.openclaw/agents/main/agent",
            "<redacted>",
            "${TOKEN}",
            "sk-or-v1...e1a682b4",
            "49d0ef…LYhROi",
            "xxxxxxxxxxxx",
            "00000000000000",
        ] {
            assert!(!plausible_value(v), "{v}");
        }
    }

    #[test]
    fn occurrences_are_found_at_any_offset() {
        let known = vec![("Zq8Lm2Np4Rt6".to_string(), SecretKind::GenericSecret)];
        let spans = occurrences("é Zq8Lm2Np4Rt6 and xZq8Lm2Np4Rt6x", &known);
        assert_eq!(
            spans.iter().map(|s| s.start).collect::<Vec<_>>(),
            vec![3, 21]
        );
    }
}
