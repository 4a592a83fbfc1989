//! `All models failed (N): <ref>: <error> (<reason>) | …` summaries (formats.md §9): one
//! segment per candidate; the last segment (a user summary) has no ref.

use super::Fact;
use regex::Regex;
use serde::{Deserialize, Serialize};
use std::sync::LazyLock;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FailedSegment {
    /// `<provider>/<model>`; `None` for the trailing summary segment.
    pub model_ref: Option<String>,
    pub error: String,
    /// The trailing `(<reason>)`: `auth`, `rate_limit`, `model_not_found`, ….
    pub reason: Option<String>,
}

impl FailedSegment {
    pub fn provider(&self) -> Option<&str> {
        self.model_ref.as_deref().and_then(|r| r.split('/').next())
    }
}

static HEAD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"All models failed \((\d+)\):\s*(.*)$").expect("head"));
static SEG: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^([\w.-]+/[^\s:]+(?::[^\s:]+)?):\s+(.*)$").expect("seg"));
static REASON: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\(([a-z_]+)\)\.?\s*$").expect("reason"));
static TAIL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\.?\s*Logs:\s*openclaw logs.*$").expect("tail"));

/// The head's literal, searched for with a searcher built once (`str::contains` builds one
/// per line: 120 instructions a line of every paste, issue 14).
static ALL_FAILED: LazyLock<memchr::memmem::Finder<'static>> =
    LazyLock::new(|| memchr::memmem::Finder::new("All models failed ("));

pub fn parse_line(line: &str) -> Option<Fact> {
    // Cheap gate: `captures` allocates even on lines that cannot match.
    ALL_FAILED.find(line.as_bytes())?;
    let c = HEAD.captures(line)?;
    let rest = TAIL.replace(&c[2], "").to_string();
    let mut segments: Vec<FailedSegment> = Vec::new();
    // Pieces not starting `<p>/<m>: ` continue the previous segment's error when they end in a
    // `(reason)`; otherwise they are the trailing user summary.
    for p in rest.split(" | ").map(|p| p.trim().to_string()) {
        match SEG.captures(&p) {
            Some(s) => {
                let err = s[2].to_string();
                let reason = REASON.captures(&err).map(|r| r[1].to_string());
                segments.push(FailedSegment {
                    model_ref: Some(s[1].to_string()),
                    error: err,
                    reason,
                });
            }
            None => {
                let reason = REASON.captures(&p).map(|r| r[1].to_string());
                // A piece without a ref that still ends in `(reason)` continues the last segment.
                match (segments.last_mut(), reason) {
                    (Some(last), Some(r)) if last.reason.is_none() => {
                        last.error.push_str(" | ");
                        last.error.push_str(&p);
                        last.reason = Some(r);
                    }
                    _ => segments.push(FailedSegment { model_ref: None, error: p, reason: None }),
                }
            }
        }
    }
    Some(Fact::AllFailed { segments })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_segments() {
        let Some(Fact::AllFailed { segments }) = parse_line(
            "All models failed (2): openai/gpt-5.5: No available auth profile for openai (all in cooldown or unavailable). (auth) | anthropic/claude-sonnet-4-6: 429 rate limited (rate_limit) | The AI service is temporarily overloaded…",
        ) else {
            panic!()
        };
        assert_eq!(segments.len(), 3);
        assert_eq!(segments[0].model_ref.as_deref(), Some("openai/gpt-5.5"));
        assert_eq!(segments[0].reason.as_deref(), Some("auth"));
        assert_eq!(segments[1].reason.as_deref(), Some("rate_limit"));
        assert_eq!(segments[2].model_ref, None);
    }

    #[test]
    fn ollama_refs_with_tags() {
        let Some(Fact::AllFailed { segments }) =
            parse_line("All models failed (1): ollama/qwen3:8b: No API key found for provider \"ollama\". (auth)")
        else {
            panic!()
        };
        assert_eq!(segments[0].model_ref.as_deref(), Some("ollama/qwen3:8b"));
    }
}
