//! Discord's HTTP API contract for the fakes: every JSON body the bot sends is validated against
//! the `requestBody` schema of its path and method in Discord's own OpenAPI description
//! (`tests/data/discord-openapi.json`, a copy of `../shared/discord/openapi.json`: Discord's
//! published v10 spec, MIT, revision 74fda0f of 2026-07-18; licence beside it). A body Discord
//! would refuse is a [`Violation`]; the fakes answer it with Discord's 400 `50035 Invalid Form
//! Body` and keep it, and [`ContractGuard`] fails the test when the fake goes away.

#![allow(dead_code)]

use serde_json::{json, Value};
use std::collections::HashMap;
use std::sync::{Arc, LazyLock, Mutex};

const SPEC_PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/discord-openapi.json");

/// The spec, and a validator per (path template, method) built on first use.
struct Contract {
    spec: Value,
    templates: Vec<(String, Vec<String>)>,
    validators: Mutex<HashMap<(String, String), Arc<jsonschema::Validator>>>,
}

static CONTRACT: LazyLock<Contract> = LazyLock::new(|| {
    let text = std::fs::read_to_string(SPEC_PATH).expect("tests/data/discord-openapi.json");
    let spec: Value = serde_json::from_str(&text).expect("the OpenAPI document is JSON");
    let templates = spec["paths"]
        .as_object()
        .expect("paths")
        .keys()
        .map(|t| (t.clone(), t.trim_start_matches('/').split('/').map(str::to_string).collect()))
        .collect();
    Contract { spec, templates, validators: Mutex::new(HashMap::new()) }
});

/// A request body Discord's schema rejects.
#[derive(Debug, Clone)]
pub struct Violation {
    pub method: String,
    pub path: String,
    pub template: String,
    pub errors: Vec<String>,
    pub body: Value,
}

impl std::fmt::Display for Violation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        writeln!(
            f,
            "{} {} (schema of {} {}):",
            self.method, self.path, self.method, self.template
        )?;
        for e in &self.errors {
            writeln!(f, "  - {e}")?;
        }
        let body = self.body.to_string();
        let cut = body.char_indices().nth(600).map_or(body.len(), |(i, _)| i);
        write!(f, "  body: {}{}", &body[..cut], if cut < body.len() { "…" } else { "" })
    }
}

/// The spec's path template for a request path (`/api/v10/…` or without the prefix): literal
/// segments must match, `{name}` segments match any one segment; the template with the most
/// literal segments wins (`…/messages/@original` over `…/messages/{message_id}`).
pub fn template_of(path: &str) -> Option<String> {
    let path = path.strip_prefix("/api/v10").unwrap_or(path);
    let segs: Vec<&str> = path.trim_start_matches('/').split('/').collect();
    CONTRACT
        .templates
        .iter()
        .filter(|(_, t)| {
            t.len() == segs.len() && t.iter().zip(&segs).all(|(t, s)| t.starts_with('{') || t == s)
        })
        .max_by_key(|(_, t)| t.iter().filter(|s| !s.starts_with('{')).count())
        .map(|(name, _)| name.clone())
}

fn validator(template: &str, method: &str) -> Result<Arc<jsonschema::Validator>, String> {
    let key = (template.to_string(), method.to_string());
    if let Some(v) = CONTRACT.validators.lock().unwrap().get(&key) {
        return Ok(v.clone());
    }
    let op = &CONTRACT.spec["paths"][template][method];
    if op.is_null() {
        return Err(format!("Discord has no {} {template}", method.to_uppercase()));
    }
    if op["requestBody"]["content"]["application/json"]["schema"].is_null() {
        return Err(format!("{} {template} takes no JSON body", method.to_uppercase()));
    }
    // The whole document is the root, so `#/components/…` references resolve in it; the root
    // schema points at this operation's request body (JSON pointer: `~1` is `/`, `~0` is `~`;
    // braces percent-encoded, as a URI fragment needs).
    let pointer = format!(
        "#/paths/{}/{method}/requestBody/content/application~1json/schema",
        template.replace('~', "~0").replace('/', "~1").replace('{', "%7B").replace('}', "%7D")
    );
    let mut root = CONTRACT.spec.clone();
    root.as_object_mut().expect("an object").insert("$ref".into(), json!(pointer));
    let v = jsonschema::options()
        .with_draft(jsonschema::Draft::Draft202012)
        .build(&root)
        .map_err(|e| format!("the schema of {method} {template} does not compile: {e}"))?;
    let v = Arc::new(v);
    CONTRACT.validators.lock().unwrap().insert(key, v.clone());
    Ok(v)
}

/// Check one request: `None` when Discord would accept its body (or it has none).
pub fn check(method: &str, path: &str, body: &[u8]) -> Option<Violation> {
    let method_lc = method.to_ascii_lowercase();
    if body.is_empty() || !matches!(method_lc.as_str(), "post" | "put" | "patch") {
        return None;
    }
    let fail = |template: &str, errors: Vec<String>, body: Value| {
        Some(Violation {
            method: method.to_string(),
            path: path.to_string(),
            template: template.to_string(),
            errors,
            body,
        })
    };
    let Some(template) = template_of(path) else {
        return fail("(none)", vec!["no such path in Discord's API".into()], Value::Null);
    };
    let value: Value = match serde_json::from_slice(body) {
        Ok(v) => v,
        Err(e) => return fail(&template, vec![format!("the body is not JSON: {e}")], Value::Null),
    };
    let validator = match validator(&template, &method_lc) {
        Ok(v) => v,
        Err(e) => return fail(&template, vec![e], value),
    };
    let errors: Vec<String> = validator
        .iter_errors(&value)
        .map(|e| format!("at {}: {e}", e.instance_path()))
        .take(10)
        .collect();
    if errors.is_empty() {
        None
    } else {
        fail(&template, errors, value)
    }
}

/// Discord's answer to a body it rejects.
pub fn invalid_form_body(v: &Violation) -> Value {
    json!({ "message": "Invalid Form Body", "code": 50035, "errors": { "_errors": v.errors } })
}

/// The violations a fake saw; shared by the fake's server and its test-side handles.
#[derive(Default)]
pub struct Violations(Mutex<Vec<Violation>>);

impl Violations {
    pub fn push(&self, v: Violation) {
        eprintln!("DISCORD CONTRACT VIOLATION: {v}");
        self.0.lock().unwrap().push(v);
    }

    pub fn all(&self) -> Vec<Violation> {
        self.0.lock().unwrap().clone()
    }
}

/// Held by the test's handles on a fake: when the last one is dropped at the end of a test,
/// the test fails if any request body broke the contract (unless it is failing already).
pub struct ContractGuard(pub Arc<Violations>);

impl Drop for ContractGuard {
    fn drop(&mut self) {
        let seen = self.0.all();
        if !seen.is_empty() && !std::thread::panicking() {
            let list: Vec<String> = seen.iter().map(ToString::to_string).collect();
            panic!(
                "{} request bod{} broke Discord's OpenAPI contract:\n{}",
                seen.len(),
                if seen.len() == 1 { "y" } else { "ies" },
                list.join("\n")
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_contract_accepts_discord_bodies_and_rejects_others() {
        let cb = "/api/v10/interactions/1/tok/callback";
        assert_eq!(
            template_of(cb).as_deref(),
            Some("/interactions/{interaction_id}/{interaction_token}/callback")
        );
        assert_eq!(
            template_of("/api/v10/webhooks/1/t/messages/@original").as_deref(),
            Some("/webhooks/{webhook_id}/{webhook_token}/messages/@original")
        );
        let ok = json!({ "type": 4, "data": { "content": "hi", "flags": 64 } });
        assert!(check("POST", cb, ok.to_string().as_bytes()).is_none());
        assert!(check("POST", cb, br#"{"type":5}"#).is_none());
        let bad = json!({ "type": 4, "data": { "content": "x".repeat(2001) } });
        assert!(check("POST", cb, bad.to_string().as_bytes()).is_some(), "content over 2000");
        assert!(check("POST", cb, br#"{"type":"four"}"#).is_some());
        assert!(check("POST", "/api/v10/nowhere", b"{}").is_some());
    }
}
