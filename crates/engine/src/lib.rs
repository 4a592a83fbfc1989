//! The clawmedic engine: reads pasted OpenClaw output and answers with the one correct next
//! step, in the asker's language. Pure and synchronous — no I/O, no async, no Discord, database
//! or HTTP types: ingest → parse → diagnose → render. Front doors (CLI, Discord bot, HTTP) call
//! [`diagnose_thread`] and a renderer, nothing else.

pub mod diagnose;
pub mod ingest;
pub mod lang;
pub mod parse;
pub mod regexes;
pub mod render;
#[cfg(test)]
mod testgen;
pub mod versions;

use diagnose::{Context, Diagnosis};
use lang::{Locale, LocaleInputs};
use serde::Serialize;
use versions::Version;

/// Largest message the engine reads (bytes); front doors refuse larger input with a clear error.
pub const MAX_MESSAGE_BYTES: usize = 1024 * 1024;

/// What a front door knows besides the messages.
#[derive(Debug, Default, Clone)]
pub struct Options<'a> {
    /// `--lang` or a command option.
    pub lang: Option<&'a str>,
    /// `--openclaw-version` or a command option. It wins over a version in the paste; when
    /// the two differ, the reply says which one it used.
    pub openclaw_version: Option<Version>,
    /// The version field's text when it named no release (`latest`, `2026.6.34`; see
    /// [`versions::GivenVersion`]): the version stays unknown (or the paste's) and a note
    /// quotes it.
    pub unknown_version: Option<&'a str>,
    /// The Discord user's locale code, when a bot asks.
    pub discord_locale: Option<&'a str>,
    /// The language the thread was answered in before.
    pub thread_locale: Option<Locale>,
}

/// What was read from one message.
#[derive(Debug, Clone, Serialize)]
pub struct InputSummary {
    pub message: usize,
    /// Output kinds recognised in it (`probe_table`, `auth_order`, `signal:login_expired`, …).
    pub recognized: Vec<String>,
    pub secrets_redacted: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mojibake_repaired: Option<ingest::Mojibake>,
    /// The message was read from a screenshot (OCR, issue 15).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub image: bool,
    /// Tokens of the screenshot read with low confidence: no command carries them.
    #[serde(skip_serializing_if = "is_zero")]
    pub uncertain_reads: usize,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

/// The engine's answer for a thread, ready to render.
#[derive(Debug, Clone)]
pub struct Report {
    pub locale: Locale,
    pub version: Option<Version>,
    pub version_from_flag: bool,
    /// With no version: the earliest release the paste's fingerprints allow.
    pub version_floor: Option<Version>,
    pub inputs: Vec<InputSummary>,
    pub diagnosis: Diagnosis,
    pub secrets: usize,
    pub mojibake: bool,
    /// Everything parsed, for front doors that keep thread memory.
    pub facts: Vec<parse::Located>,
}

/// The kinds of output a message holds, in the order met. Kinds are compared before they are
/// named (a 1 MiB paste has tens of thousands of facts and a handful of kinds).
fn recognized(parsed: &parse::Parsed) -> Vec<String> {
    use parse::Fact;
    /// A kind of output: a fixed name, or a signal named by its kind's JSON name.
    #[derive(PartialEq)]
    enum Kind {
        Named(&'static str),
        Signal(parse::signals::SignalKind),
    }
    let mut kinds: Vec<Kind> = Vec::new();
    for f in &parsed.facts {
        let k = match &f.fact {
            Fact::Version(_) => Kind::Named("version"),
            Fact::Probe(_) | Fact::ProbeFooter { .. } => Kind::Named("probe_table"),
            Fact::AuthOrder(_) => Kind::Named("auth_order"),
            Fact::AuthList(_) => Kind::Named("auth_list"),
            Fact::StatusHeader(_)
            | Fact::ProviderLine(_)
            | Fact::OAuthRow(_)
            | Fact::Unavailable(_) => Kind::Named("models_status"),
            Fact::ChatCurrent(_) | Fact::ChatAuth(_) => Kind::Named("chat_model_status"),
            Fact::AllFailed { .. } => Kind::Named("all_models_failed"),
            Fact::Decision(_) => Kind::Named("decision_log"),
            Fact::Signal(s) => Kind::Signal(s.kind),
            Fact::AgentModelString { .. } | Fact::SessionOverride { .. } | Fact::Config(_) => {
                Kind::Named("config")
            }
            // Not a kind of output: how a screenshot's words were read.
            Fact::UncertainRead { .. } => continue,
        };
        if !kinds.contains(&k) {
            kinds.push(k);
        }
    }
    kinds
        .into_iter()
        .map(|k| match k {
            Kind::Named(name) => name.to_string(),
            Kind::Signal(kind) => format!(
                "signal:{}",
                serde_json::to_value(kind)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_string))
                    .unwrap_or_default()
            ),
        })
        .collect()
}

/// Diagnose one thread: each string is one successive message.
pub fn diagnose_thread(messages: &[&str], opts: &Options<'_>) -> Report {
    diagnose_with_memory(&[], messages, opts)
}

/// Diagnose new messages together with evidence remembered from earlier messages of the same
/// thread (front doors with thread memory). New messages are numbered after the remembered ones.
pub fn diagnose_with_memory(
    prior: &[parse::Located],
    messages: &[&str],
    opts: &Options<'_>,
) -> Report {
    let offset = prior.iter().map(|f| f.loc.message).max().unwrap_or(0);
    let mut parsed = Vec::with_capacity(messages.len() + 1);
    if !prior.is_empty() {
        parsed.push(parse::Parsed { facts: prior.to_vec(), prose: String::new() });
    }
    let mut inputs = Vec::with_capacity(messages.len());
    let mut secrets = 0;
    let mut mojibake = false;
    let mut prose_locale = None;
    let mut uncertain: Vec<String> = Vec::new();
    for (i, raw) in messages.iter().enumerate() {
        let raw =
            if raw.len() > MAX_MESSAGE_BYTES { truncate(raw, MAX_MESSAGE_BYTES) } else { raw };
        let ing = ingest::ingest(raw);
        let mut p = parse::parse_message(&ing.text, offset + i + 1);
        // The asker's language: the latest message with enough prose wins.
        if let Some(l) = lang::detect::detect_prose_locale(&ing.text) {
            prose_locale = Some(l);
        }
        secrets += ing.secrets.len();
        mojibake |= ing.mojibake.is_some();
        inputs.push(InputSummary {
            message: offset + i + 1,
            recognized: recognized(&p),
            secrets_redacted: ing.secrets.len(),
            mojibake_repaired: ing.mojibake,
            image: ing.from_image,
            uncertain_reads: ing.uncertain.len(),
        });
        for read in &ing.uncertain {
            p.facts.push(parse::Located {
                loc: parse::Loc { message: offset + i + 1, line: 0 },
                quote: parse::Quote::default(),
                fact: parse::Fact::UncertainRead { read: read.clone() },
            });
        }
        uncertain.extend(ing.uncertain);
        parsed.push(p);
    }
    // Reads remembered from earlier screenshots of the thread stay uncertain.
    for f in prior {
        if let parse::Fact::UncertainRead { read } = &f.fact {
            if !uncertain.contains(read) {
                uncertain.push(read.clone());
            }
        }
    }
    let ctx = Context::from_parsed(parsed, opts.openclaw_version);
    // Values read from an image with low confidence never reach a command, unless the thread
    // shows the same text read with confidence elsewhere.
    uncertain.retain(|r| !ingest::ocr_repair::confirmed(r, messages));
    let mut diagnosis = diagnose::command::with_uncertain(&uncertain, || diagnose::diagnose(&ctx));
    diagnosis.notes.splice(0..0, version_notes(opts, &ctx));
    let locale = lang::choose_locale(&LocaleInputs {
        explicit: opts.lang,
        prose: prose_locale,
        discord_user: opts.discord_locale,
        thread: opts.thread_locale,
    });
    Report {
        locale,
        version: ctx.version,
        version_from_flag: opts.openclaw_version.is_some(),
        version_floor: ctx.version_floor,
        inputs,
        diagnosis,
        secrets,
        mojibake,
        facts: ctx.facts,
    }
}

/// What the reply says about a version the asker gave: that it named no release, or that it
/// differs from the paste's (and that the given one was used).
fn version_notes(opts: &Options<'_>, ctx: &Context) -> Vec<diagnose::Msg> {
    let mut notes = Vec::new();
    if let Some(given) = opts.unknown_version {
        notes.push(diagnose::Msg::new("note-version-not-a-release").arg("given", given));
    }
    if let (Some(given), Some(pasted)) = (opts.openclaw_version, ctx.version_in_paste) {
        if given != pasted {
            notes.push(
                diagnose::Msg::new("note-version-conflict")
                    .arg("given", given.to_string())
                    .arg("pasted", pasted.to_string()),
            );
        }
    }
    notes
}

fn truncate(s: &str, max: usize) -> &str {
    let mut end = max.min(s.len());
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}
