//! `openclaw models auth list` (formats.md §5): exact profile ids with their stored provider,
//! type, expiry and block state.

use super::Fact;
use regex::Regex;
use serde::{Deserialize, Serialize};
use std::sync::LazyLock;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AuthListEntry {
    pub profile_id: String,
    pub who: Option<String>,
    /// The stored provider from the `[<provider>/<type>]` bracket: what OpenClaw compares pins to.
    pub provider: String,
    pub kind: String,
    /// Bracket segments after the type (`expires …`, `cooldown:auth until …`, `disabled:billing …`).
    pub segments: Vec<String>,
    pub hint: Option<String>,
}

static ROW: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^-\s+([\w.-]+:\S+)(?:\s+\(([^)]*)\))?\s+\[([\w.-]+)/(oauth|token|api_key)([^\]]*)\](?:\s+—\s+(.*))?$",
    )
    .expect("auth list row")
});

/// What [`ROW`]'s `/(oauth|token|api_key)` needs in a line.
const TYPES: [&str; 3] = ["/oauth", "/token", "/api_key"];

pub fn parse(lines: &[&str], consumed: &mut [bool]) -> Vec<(usize, Fact)> {
    let mut out = Vec::new();
    for (i, raw) in lines.iter().enumerate() {
        let line = raw.trim();
        if line == "Profiles:" || line == "Profiles: (none)" {
            consumed[i] = true;
            continue;
        }
        // Cheap gates (the row starts `- ` and holds its bracket's `/<type>`): `captures`
        // allocates even where it cannot match, and the regex's Unicode `\w` cost ≈ 4 M
        // instructions to compile for a paste with status lines but no auth list (issue 14).
        if !line.starts_with('-') || !TYPES.iter().any(|t| line.contains(t)) {
            continue;
        }
        let Some(c) = ROW.captures(line) else { continue };
        consumed[i] = true;
        let segments = c
            .get(5)
            .map(|m| {
                m.as_str()
                    .split(';')
                    .map(|s| s.trim().to_string())
                    .filter(|s| !s.is_empty())
                    .collect()
            })
            .unwrap_or_default();
        out.push((
            i,
            Fact::AuthList(Box::new(AuthListEntry {
                profile_id: c[1].to_string(),
                who: c.get(2).map(|m| m.as_str().to_string()),
                provider: c[3].to_string(),
                kind: c[4].to_string(),
                segments,
                hint: c.get(6).map(|m| m.as_str().to_string()),
            })),
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The gate before [`ROW`] drops only lines it cannot match: generated rows (with and
    /// without a type, right and wrong pieces) and the fixtures' lines.
    #[test]
    fn type_gate_keeps_every_row() {
        // One choice per slot of the row, wrong ones among them.
        let slots: [&[&str]; 9] = [
            &["- ", "-\t", "", "x ", "-"],
            &["openai:default", "a:b", "x", "é:1"],
            &["", " (alice@example.com)", " (x"],
            &[" [", " ", "["],
            &["openai", "a.b-c", "", "é"],
            &["/oauth", "/token", "/api_key", "/OAuth", "/tok", "", "/oauth/token"],
            &["", "; expires 2026", ";x]"],
            &["]", ""],
            &["", " — hint", " —", " x"],
        ];
        let mut rng = crate::testgen::XorShift(0x1234_5678_9ABC_DEF1);
        let mut lines: Vec<String> =
            (0..40_000).map(|_| slots.iter().map(|s| s[rng.below(s.len())]).collect()).collect();
        for f in crate::testgen::fixture_texts() {
            lines.extend(f.lines().map(String::from));
        }
        let mut matched = 0;
        for l in &lines {
            let line = l.trim();
            if ROW.is_match(line) {
                matched += 1;
                assert!(TYPES.iter().any(|t| line.contains(t)), "{line:?}");
            }
        }
        assert!(matched > 100, "{matched}");
    }

    #[test]
    fn reads_rows_with_brackets() {
        let lines = [
            "Profiles:",
            "- openai:default [openai/oauth; expires 2026-06-12T08:00:00.000Z; cooldown:auth until 2026-06-10T10:05:00.000Z] — Re-authenticate with `x`.",
            "- openai:work (alice@example.com) [openai/oauth; expires 2026-06-20T08:00:00.000Z]",
        ];
        let mut consumed = vec![false; lines.len()];
        let facts = parse(&lines, &mut consumed);
        assert_eq!(facts.len(), 2);
        let Fact::AuthList(e) = &facts[0].1 else { panic!() };
        assert_eq!(e.profile_id, "openai:default");
        assert_eq!(e.segments[1], "cooldown:auth until 2026-06-10T10:05:00.000Z");
        let Fact::AuthList(e) = &facts[1].1 else { panic!() };
        assert_eq!(e.who.as_deref(), Some("alice@example.com"));
        assert_eq!(e.provider, "openai");
    }
}
