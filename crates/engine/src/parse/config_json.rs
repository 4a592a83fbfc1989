//! Pasted configuration and session state (JSON or key: value): per-agent model strings in
//! `agents.list` (they replace the defaults' fallbacks) and `authProfileOverride` session pins.

use super::Fact;
use regex::Regex;
use std::sync::LazyLock;

static AGENT_MODEL_STRING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"\{\s*"id"\s*:\s*"([^"]+)"\s*,\s*"model"\s*:\s*"([^"]+)""#).expect("agent model")
});
static OVERRIDE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"authProfileOverride"?\s*:\s*"([^"]+)""#).expect("override"));
static OVERRIDE_SOURCE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"authProfileOverrideSource"?\s*:\s*"(\w+)""#).expect("source"));

pub fn parse(lines: &[&str], consumed: &mut [bool]) -> Vec<(usize, Fact)> {
    let mut out = Vec::new();
    let mut last_override: Option<usize> = None;
    for (i, line) in lines.iter().enumerate() {
        // Cheap gates (each pattern needs its literal): `captures` allocates even where it
        // cannot match. Every pattern needs a `"`: one byte search turns away the lines of a
        // table or a log without one (two substring searches a line were 3 M instructions of a
        // 1 MiB probe table, issue 14).
        let quoted = memchr::memchr(b'"', line.as_bytes()).is_some();
        let model = quoted && line.contains("\"model\"");
        let over = quoted && line.contains("authProfileOverride");
        if let Some(c) = model.then(|| AGENT_MODEL_STRING.captures(line)).flatten() {
            consumed[i] = true;
            out.push((
                i,
                Fact::AgentModelString { agent: c[1].to_string(), model_ref: c[2].to_string() },
            ));
        }
        if let Some(c) = over.then(|| OVERRIDE.captures(line)).flatten() {
            consumed[i] = true;
            last_override = Some(out.len());
            out.push((i, Fact::SessionOverride { profile_id: c[1].to_string(), source: None }));
        } else if let Some(c) = over.then(|| OVERRIDE_SOURCE.captures(line)).flatten() {
            consumed[i] = true;
            if let Some(k) = last_override {
                if let Fact::SessionOverride { source, .. } = &mut out[k].1 {
                    *source = Some(c[1].to_string());
                }
            }
        }
        let t = super::trim(line);
        if matches!(t, "{" | "}" | "}," | "]" | "]," | "[")
            || t.starts_with('"') && t.contains("\":")
        {
            consumed[i] = true;
        }
    }
    out
}
