//! The JSON contract of `clawmedic diagnose --format json` (DEVELOPERS.md):
//! `{locale, openclaw_version, inputs, findings:[{cause, confidence, evidence,
//! steps:[{where, where_label, command}]}], asks:[{command, why}], reply}`. `where` is the
//! machine id (`cli`/`chat`/`config`); `where_label` the same words every front door shows.

use super::{text, tr};
use crate::Report;
use serde_json::{json, Value};

pub fn json(report: &Report) -> Value {
    let l = report.locale;
    let findings: Vec<Value> = report
        .diagnosis
        .findings
        .iter()
        .map(|f| {
            json!({
                "cause": f.cause.id(),
                // Two decimals, rounded in f64 (an f32 widened later prints 0.8500000238418579).
                "confidence": (f64::from(f.confidence) * 100.0).round() / 100.0,
                "summary": tr(l, &f.summary),
                "evidence": f.evidence.iter().map(|e| json!({"message": e.loc.message, "line": e.loc.line, "text": e.text})).collect::<Vec<_>>(),
                // Lines cited beyond the evidence kept (diagnose::MAX_EVIDENCE).
                "evidence_omitted": f.evidence_omitted(),
                "rules_out": f.rules_out.iter().map(|c| c.id()).collect::<Vec<_>>(),
                "steps": f.steps.iter().map(|s| {
                    let mut v = json!({
                        "where": s.place,
                        "where_label": text::where_label(l, s.place, &s.command),
                        "command": s.command,
                    });
                    if let Some(n) = &s.note { v["why"] = Value::String(tr(l, n)); }
                    v
                }).collect::<Vec<_>>(),
            })
        })
        .collect();
    let asks: Vec<Value> = report
        .diagnosis
        .asks
        .iter()
        .map(|a| json!({"command": a.command, "why": tr(l, &a.why)}))
        .collect();
    json!({
        "locale": l.id(),
        "openclaw_version": report.version.map(|v| v.to_string()),
        "inputs": report.inputs,
        "findings": findings,
        "asks": asks,
        "notes": report.diagnosis.notes.iter().map(|n| tr(l, n)).collect::<Vec<_>>(),
        "secrets_redacted": report.secrets,
        "reply": text::reply(report),
    })
}
