//! `openclaw models status --json` (formats.md §2, §3 JSON): the same evidence as the text
//! form, read from `defaultModel`, `fallbacks`, `auth.providers`, `auth.unusableProfiles`,
//! `auth.oauth.profiles` and `auth.probes.results`.

use super::models_status::{OAuthRow, ProviderLine, StatusHeader, UnavailableProfile};
use super::probe_table::ProbeRow;
use super::Fact;
use serde_json::Value;

/// Find the first JSON object in the lines that looks like `models status --json` output.
/// Returns (first line index, facts).
pub fn parse(lines: &[&str], consumed: &mut [bool]) -> Vec<(usize, Fact)> {
    let Some(start) = lines.iter().position(|l| l.trim_start().starts_with('{')) else {
        return Vec::new();
    };
    let text = lines[start..].join("\n");
    if !(text.contains("\"defaultModel\"")
        || text.contains("\"probes\"")
        || text.contains("\"unusableProfiles\""))
    {
        return Vec::new();
    }
    // The object may be followed by prose: let the streaming deserializer stop after it.
    let Some(value) =
        serde_json::Deserializer::from_str(&text).into_iter::<Value>().next().and_then(Result::ok)
    else {
        return Vec::new();
    };
    let end = (start
        + serde_json::to_string_pretty(&value).map(|s| s.lines().count()).unwrap_or(1))
    .min(lines.len());
    for c in consumed.iter_mut().take(end).skip(start) {
        *c = true;
    }
    let mut out = Vec::new();
    let s = |v: &Value| v.as_str().map(str::to_string);
    if let Some(d) = s(&value["defaultModel"]).or_else(|| s(&value["resolvedDefault"])) {
        out.push((
            start,
            Fact::StatusHeader(StatusHeader { label: "Default".into(), count: None, value: d }),
        ));
    }
    if let Some(f) = value["fallbacks"].as_array() {
        let list: Vec<String> = f.iter().filter_map(s).collect();
        out.push((
            start,
            Fact::StatusHeader(StatusHeader {
                label: "Fallbacks".into(),
                count: Some(list.len() as u32),
                value: if list.is_empty() { "-".into() } else { list.join(", ") },
            }),
        ));
    }
    let auth = &value["auth"];
    if let Some(p) = s(&auth["storePath"]) {
        out.push((
            start,
            Fact::StatusHeader(StatusHeader { label: "Auth store".into(), count: None, value: p }),
        ));
    }
    for p in auth["providers"].as_array().into_iter().flatten() {
        let provider = s(&p["provider"]).unwrap_or_default();
        let kind = s(&p["effective"]["kind"]).unwrap_or_default();
        let detail = s(&p["effective"]["detail"]).unwrap_or_default();
        out.push((
            start,
            Fact::ProviderLine(ProviderLine {
                provider,
                effective_kind: kind,
                effective_detail: detail,
                profiles: Vec::new(),
            }),
        ));
    }
    for u in auth["unusableProfiles"].as_array().into_iter().flatten() {
        let id = s(&u["profileId"]).unwrap_or_default();
        out.push((
            start,
            Fact::Unavailable(UnavailableProfile {
                provider: id.split(':').next().unwrap_or("").to_string(),
                profile_id: id,
                kind: s(&u["kind"]).unwrap_or_default(),
                reason: s(&u["reason"]).unwrap_or_default(),
                remaining: u["remainingMs"]
                    .as_u64()
                    .map(|ms| format!("{}m", ms / 60_000))
                    .unwrap_or_default(),
            }),
        ));
    }
    for o in auth["oauth"]["profiles"].as_array().into_iter().flatten() {
        out.push((
            start,
            Fact::OAuthRow(OAuthRow {
                profile_id: s(&o["profileId"]).unwrap_or_default(),
                status: s(&o["status"]).unwrap_or_default(),
                remaining: o["remainingMs"].as_u64().map(|ms| format!("{}m", ms / 60_000)),
            }),
        ));
    }
    for r in auth["probes"]["results"].as_array().into_iter().flatten() {
        let provider = s(&r["provider"]).unwrap_or_default();
        let model = s(&r["model"]).unwrap_or_default();
        let model_ref = if model.contains('/') && model.starts_with(&format!("{provider}/")) {
            model
        } else {
            format!("{provider}/{model}")
        };
        let reason_code = s(&r["reasonCode"]);
        let mut details = Vec::new();
        if let Some(e) = s(&r["error"]) {
            details.push(e);
        }
        out.push((
            start,
            Fact::Probe(Box::new(ProbeRow {
                model_ref,
                profile_id: s(&r["profileId"]),
                label: s(&r["label"]).or_else(|| s(&r["profileId"])).unwrap_or_default(),
                mode: s(&r["mode"]),
                status: s(&r["status"]).unwrap_or_default(),
                latency: r["latencyMs"]
                    .as_u64()
                    .map(|ms| format!("{ms}ms"))
                    .unwrap_or_else(|| "-".into()),
                details,
                reason_code,
            })),
        ));
    }
    out
}
