//! Every command the product prints is built here, so nothing from a paste can run on a
//! reader's machine (security review H1, M2).
//!
//! A paste is attacker-controlled text: a provider name like `x;{touch,pwned}` copied into
//! `openclaw plugins enable …` would run `touch` on whoever copies the step. So every value
//! taken from a paste goes through a **grammar** for its kind before it may reach a command:
//!
//! | kind                | grammar                                                             |
//! |---------------------|---------------------------------------------------------------------|
//! | provider id         | `[A-Za-z0-9][A-Za-z0-9._-]{0,63}`                                   |
//! | profile id          | `<provider>:<name>`, name `[A-Za-z0-9@.+_-]{1,128}` or a `<placeholder>` |
//! | model ref           | `<provider>/<id>` split at the first `/`, id `[A-Za-z0-9][A-Za-z0-9/:._-]{0,199}` or a `<placeholder>` |
//! | agent id            | `[A-Za-z0-9][A-Za-z0-9._-]{0,63}`                                   |
//! | env-var name        | `[A-Z_][A-Z0-9_]{0,127}`                                            |
//! | config key segment  | `[A-Za-z0-9_-]{1,64}` (a provider inside `models.providers.<p>.…`)  |
//! | path                | `~/…` or relative/absolute, `[A-Za-z0-9_./@+-]`; others POSIX-quoted |
//!
//! None of these characters means anything to a POSIX shell, so a value that fits its grammar
//! is printed as it is and one that does not **never reaches the command**: the command gets
//! the kind's placeholder (`<provider>`, `<profile-id>`, …) and the step's note becomes
//! `step-unusable-name`, which tells the reader in words that the name in their paste cannot
//! be used as is. JSON arguments are single-quoted for POSIX sh (`'\''` for a quote inside).
//!
//! # Using it in a rule
//!
//! ```ignore
//! use super::command::Cmd;
//! // A literal is a command as it is (it is code, not paste text):
//! f = f.step(Place::Cli, "openclaw gateway restart");
//! // Anything with a value from the paste is built, one typed value at a time:
//! f = f.step(Place::Cli, Cmd::openclaw("plugins enable").provider(p));
//! f = f.step(Place::Cli, Cmd::openclaw("models status").flag("--agent").agent(a));
//! f = f.step(Place::Chat, Cmd::chat("/model").model_ref(r));
//! f = f.step(Place::Cli, Cmd::openclaw("models set").model_of(p, "<model-from-the-list>"));
//! ```
//!
//! `Finding::step`, `Finding::step_note`, `steps::step`, `steps::step_note` and the asks take
//! `impl Into<Cmd>`: a `&'static str` converts, a `String` does not, so `format!` output
//! cannot become a command by accident. Build-time families (LOGIN, VERIFY) live in
//! `steps.rs` and use this builder too. The property tests in `tests/command_safety.rs` run
//! every built command under `bash -n` and under a PATH of stub programs.

use super::Msg;
use std::cell::RefCell;
use std::fmt;

thread_local! {
    /// Tokens of the thread read from an image with low confidence (ingest/ocr_repair.rs),
    /// set for the length of one diagnosis by [`with_uncertain`]. Thread-local so that every
    /// rule's `Cmd` sees them without each rule passing them on; the engine is synchronous, so
    /// one diagnosis runs on one thread.
    static UNCERTAIN: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

/// Run `f` (a diagnosis) with these uncertain reads: no command built inside carries a value
/// that holds one (or is held by one); it gets the kind's placeholder instead.
pub fn with_uncertain<R>(reads: &[String], f: impl FnOnce() -> R) -> R {
    struct Reset(Vec<String>);
    impl Drop for Reset {
        fn drop(&mut self) {
            let prev = std::mem::take(&mut self.0);
            UNCERTAIN.with(|u| *u.borrow_mut() = prev);
        }
    }
    let prev = UNCERTAIN.with(|u| std::mem::replace(&mut *u.borrow_mut(), reads.to_vec()));
    let _reset = Reset(prev);
    f()
}

/// The uncertain read a value holds, if any (reads are parts of ids: `dana@examp1e.com`,
/// `gpt-5.S`; see ingest/ocr_repair.rs). A provider OpenClaw knows is never uncertain: OCR
/// repair checked it against the list.
fn uncertain_read(v: &str) -> Option<String> {
    if v.is_empty() || is_placeholder(v) || crate::ingest::ocr_repair::is_known_provider(v) {
        return None;
    }
    UNCERTAIN.with(|u| {
        u.borrow()
            .iter()
            .find(|r| *r == v || r.chars().count() >= 3 && v.contains(r.as_str()))
            .cloned()
    })
}

/// The kinds of value a command can carry, each with its grammar and placeholder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Provider,
    ProfileId,
    ModelRef,
    ModelId,
    Agent,
    EnvVar,
    ConfigSegment,
    Path,
}

impl Kind {
    /// What the command shows when the paste's value does not fit.
    pub fn placeholder(self) -> &'static str {
        match self {
            Kind::Provider | Kind::ConfigSegment => "<provider>",
            Kind::ProfileId => "<profile-id>",
            Kind::ModelRef => "<provider>/<model>",
            Kind::ModelId => "<model>",
            Kind::Agent => "<agent>",
            Kind::EnvVar => "<PROVIDER>_API_KEY",
            Kind::Path => "<path>",
        }
    }
}

/// Is `v` a value of this kind? (See the table at the top.) A placeholder (`<provider>`, the
/// user's own `<email>`) fits every kind but a path: it is safe text the reader replaces.
pub fn fits(kind: Kind, v: &str) -> bool {
    let id_or_placeholder = |p: &str| ident(p, 64) || is_placeholder(p);
    match kind {
        Kind::Provider | Kind::Agent => id_or_placeholder(v),
        Kind::ProfileId => match v.split_once(':') {
            Some((p, name)) => id_or_placeholder(p) && (profile_name(name) || is_placeholder(name)),
            None => is_placeholder(v),
        },
        Kind::ModelRef => match v.split_once('/') {
            Some((p, id)) => id_or_placeholder(p) && (model_id(id) || is_placeholder(id)),
            None => is_placeholder(v),
        },
        Kind::ModelId => model_id(v) || is_placeholder(v),
        Kind::EnvVar => {
            (1..=128).contains(&v.len())
                && !v.as_bytes()[0].is_ascii_digit()
                && v.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_')
        }
        Kind::ConfigSegment => {
            is_placeholder(v)
                || (1..=64).contains(&v.len())
                    && v.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
        }
        Kind::Path => path_safe_unquoted(v) || path_quotable(v),
    }
}

/// Provider and agent ids: an ASCII letter or digit, then letters, digits, `.`, `_`, `-`.
fn ident(v: &str, max: usize) -> bool {
    let b = v.as_bytes();
    (1..=max).contains(&b.len())
        && b[0].is_ascii_alphanumeric()
        && b.iter().all(|c| c.is_ascii_alphanumeric() || b"._-".contains(c))
}

/// The name part of a profile id (`default`, `kim@example.org`, `work+2`, `setup-1a2b`).
fn profile_name(v: &str) -> bool {
    (1..=128).contains(&v.len())
        && v.bytes().all(|c| c.is_ascii_alphanumeric() || b"@.+_-".contains(&c))
}

/// A model id (`gpt-5.5`, `qwen2.5:7b`, `openrouter/owl-alpha`).
fn model_id(v: &str) -> bool {
    let b = v.as_bytes();
    (1..=200).contains(&b.len())
        && b[0].is_ascii_alphanumeric()
        && b.iter().all(|c| c.is_ascii_alphanumeric() || b"/:._-".contains(c))
}

/// A placeholder (ours, like `<current-profile-id>`, or the user's own redaction `<email>`).
pub fn is_placeholder(v: &str) -> bool {
    let b = v.as_bytes();
    b.len() >= 3
        && b.len() <= 42
        && b[0] == b'<'
        && b[b.len() - 1] == b'>'
        && b[1].is_ascii_alphabetic()
        && b[1..b.len() - 1].iter().all(|c| c.is_ascii_alphanumeric() || b"_-".contains(c))
}

fn path_safe_unquoted(v: &str) -> bool {
    let rest = v.strip_prefix("~/").unwrap_or(v);
    (1..=512).contains(&v.len())
        && !rest.is_empty()
        && !rest.starts_with('-')
        && rest.bytes().all(|c| c.is_ascii_alphanumeric() || b"_./@+-".contains(&c))
}

/// A path that needs quoting but holds no control or format character (`C:\Users\Jo Do`).
fn path_quotable(v: &str) -> bool {
    (1..=512).contains(&v.len()) && !v.starts_with('-') && !v.chars().any(is_control_or_format)
}

/// Characters that must never appear in a command: controls (newline included) and
/// format characters (bidi controls, zero-width, tag characters, U+2028/2029, …).
pub fn is_control_or_format(c: char) -> bool {
    c.is_control() || is_format(c)
}

/// Unicode format characters and separators that render invisibly or reorder text.
pub fn is_format(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{061C}' | '\u{115F}' | '\u{1160}' | '\u{17B4}' | '\u{17B5}' | '\u{180B}'..='\u{180F}'
        | '\u{200B}'..='\u{200F}' | '\u{2028}'..='\u{202E}' | '\u{2060}'..='\u{206F}' | '\u{3164}'
        | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}' | '\u{FFA0}' | '\u{FFF0}'..='\u{FFFB}'
        | '\u{1D173}'..='\u{1D17A}' | '\u{E0000}'..='\u{E0FFF}')
}

/// Quote a word for POSIX sh: as it is when it holds only safe characters, else in single
/// quotes with each `'` written `'\''`.
pub fn sh_quote(v: &str) -> String {
    if !v.is_empty() && v.bytes().all(|c| c.is_ascii_alphanumeric() || b"@%+=:,./_-".contains(&c)) {
        return v.to_string();
    }
    format!("'{}'", v.replace('\'', r"'\''"))
}

/// A command being built: the text so far and the placeholders that stand in for values the
/// paste gave but that did not fit their grammar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cmd {
    text: String,
    unusable: Vec<&'static str>,
    /// Placeholders that replaced values read from an image with low confidence, with what
    /// was read.
    uncertain: Vec<(&'static str, String)>,
}

impl From<&'static str> for Cmd {
    /// A literal written in the source is code, not paste text.
    fn from(s: &'static str) -> Cmd {
        Cmd { text: s.to_string(), unusable: Vec::new(), uncertain: Vec::new() }
    }
}

impl fmt::Display for Cmd {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl Cmd {
    /// `openclaw <sub>`: `Cmd::openclaw("models auth login")`.
    pub fn openclaw(sub: &'static str) -> Cmd {
        Cmd::from("openclaw").word(sub)
    }
    /// A chat slash command: `Cmd::chat("/model")`.
    pub fn chat(command: &'static str) -> Cmd {
        Cmd::from(command)
    }
    /// Another program (`npm`, `claude`) with literal words.
    pub fn program(words: &'static str) -> Cmd {
        Cmd::from(words)
    }
    /// The command text.
    pub fn as_str(&self) -> &str {
        &self.text
    }
    pub fn into_string(self) -> String {
        self.text
    }
    /// Placeholders that replaced values of the paste (empty when every value fitted).
    pub fn unusable(&self) -> &[&'static str] {
        &self.unusable
    }
    /// The note to show instead of the step's own when a value did not fit, or was read from
    /// an image with low confidence (that one quotes the read, redacted and cut short, and
    /// asks for the id copied from the terminal).
    pub fn unusable_note(&self) -> Option<Msg> {
        if let Some((p, read)) = self.uncertain.first() {
            let read: String = crate::ingest::redact(read).chars().take(80).collect();
            return Some(Msg::new("step-uncertain-read").arg("placeholder", *p).arg("read", read));
        }
        self.unusable.first().map(|p| Msg::new("step-unusable-name").arg("placeholder", *p))
    }
    /// Values read from an image with low confidence that the command left out.
    pub fn uncertain(&self) -> &[(&'static str, String)] {
        &self.uncertain
    }
    /// Check one value against the uncertain reads: `Some(read)` when it must not be used.
    fn check_read(&mut self, v: &str, placeholder: &'static str) -> bool {
        // The note quotes the whole value as read (`openai-codex:dana@examp1e.com`), not only
        // its uncertain part.
        match uncertain_read(v) {
            Some(_) => {
                self.uncertain.push((placeholder, v.to_string()));
                false
            }
            None => true,
        }
    }

    fn push(mut self, s: &str) -> Cmd {
        if !self.text.is_empty() {
            self.text.push(' ');
        }
        self.text.push_str(s);
        self
    }
    /// The value, or the kind's placeholder (remembered as unusable).
    fn value(mut self, kind: Kind, v: &str, placeholder: &'static str) -> Cmd {
        if kind != Kind::Path && !self.check_read(v, placeholder) {
            return self.push(placeholder);
        }
        if fits(kind, v) {
            let w = if kind == Kind::Path && !path_safe_unquoted(v) {
                sh_quote(v)
            } else {
                v.to_string()
            };
            self.push(&w)
        } else {
            self.unusable.push(placeholder);
            self.push(placeholder)
        }
    }

    /// Literal words (subcommands, flags, fixed values).
    pub fn word(self, w: &'static str) -> Cmd {
        self.push(w)
    }
    /// A flag; the same as [`Cmd::word`], for readability at call sites.
    pub fn flag(self, f: &'static str) -> Cmd {
        self.push(f)
    }
    /// One of our placeholders (`<profile-id>`, `<model>`): the reader fills it in.
    pub fn placeholder(self, p: &'static str) -> Cmd {
        self.push(p)
    }
    pub fn provider(self, p: &str) -> Cmd {
        self.value(Kind::Provider, p, Kind::Provider.placeholder())
    }
    pub fn profile(self, id: &str) -> Cmd {
        self.value(Kind::ProfileId, id, Kind::ProfileId.placeholder())
    }
    /// Several profile ids (an `auth order set` list).
    pub fn profiles<S: AsRef<str>>(mut self, ids: &[S]) -> Cmd {
        for id in ids {
            self = self.profile(id.as_ref());
        }
        self
    }
    pub fn agent(self, a: &str) -> Cmd {
        self.value(Kind::Agent, a, Kind::Agent.placeholder())
    }
    pub fn model_ref(self, r: &str) -> Cmd {
        self.value(Kind::ModelRef, r, Kind::ModelRef.placeholder())
    }
    /// `<provider>/<placeholder>`: a model of a known provider still to be chosen.
    pub fn model_of(mut self, provider: &str, model_placeholder: &'static str) -> Cmd {
        if !self.check_read(provider, "<provider>") {
            return self.push(&format!("<provider>/{model_placeholder}"));
        }
        if fits(Kind::Provider, provider) {
            self.push(&format!("{provider}/{model_placeholder}"))
        } else {
            let mut c = self.push(&format!("<provider>/{model_placeholder}"));
            c.unusable.push("<provider>");
            c
        }
    }
    /// `<provider>:<placeholder>`: a profile of a known provider still to be named.
    pub fn profile_of(mut self, provider: &str, name_placeholder: &'static str) -> Cmd {
        if !self.check_read(provider, "<provider>") {
            return self.push(&format!("<provider>:{name_placeholder}"));
        }
        if fits(Kind::Provider, provider) {
            self.push(&format!("{provider}:{name_placeholder}"))
        } else {
            let mut c = self.push(&format!("<provider>:{name_placeholder}"));
            c.unusable.push("<provider>");
            c
        }
    }
    /// `<provider>/<model>@<profile-id>` for `/model` (causes.md §5), each part checked: a
    /// model that does not fit becomes `<model>`, a profile id `<profile-id>`.
    pub fn pin_ref(mut self, provider: &str, model: &str, profile_id: &str) -> Cmd {
        let mut unusable = Vec::new();
        let provider = if !self.check_read(provider, "<provider>") {
            "<provider>"
        } else if fits(Kind::Provider, provider) {
            provider
        } else {
            unusable.push("<provider>");
            "<provider>"
        };
        let model = if !self.check_read(model, "<model>") {
            "<model>"
        } else if model_id(model) || is_placeholder(model) {
            model
        } else {
            unusable.push("<model>");
            "<model>"
        };
        let profile_id = if !self.check_read(profile_id, "<profile-id>") {
            "<profile-id>"
        } else if fits(Kind::ProfileId, profile_id) {
            profile_id
        } else {
            unusable.push("<profile-id>");
            "<profile-id>"
        };
        let mut c = self.push(&format!("{provider}/{model}@{profile_id}"));
        c.unusable.extend(unusable);
        c
    }
    /// Rebuild a command from text this module built earlier (a [`super::Pin`] keeps its
    /// command as text for the front doors). Never for text from anywhere else.
    pub(crate) fn rebuilt(text: &str, unusable: &[&'static str]) -> Cmd {
        Cmd { text: text.to_string(), unusable: unusable.to_vec(), uncertain: Vec::new() }
    }
    /// With the uncertain reads a [`super::Pin`] kept.
    pub(crate) fn with_uncertain_reads(mut self, reads: &[(&'static str, String)]) -> Cmd {
        self.uncertain.extend(reads.iter().cloned());
        self
    }
    /// A config key with a provider in it: `config_key("models.providers.", p, ".apiKey")`.
    pub fn config_key(mut self, prefix: &'static str, segment: &str, suffix: &'static str) -> Cmd {
        if !self.check_read(segment, "<provider>") {
            return self.push(&format!("{prefix}<provider>{suffix}"));
        }
        if fits(Kind::ConfigSegment, segment) {
            self.push(&format!("{prefix}{segment}{suffix}"))
        } else {
            let mut c = self.push(&format!("{prefix}<provider>{suffix}"));
            c.unusable.push("<provider>");
            c
        }
    }
    /// A config reference to an environment variable, `'${VAR}'` (single-quoted so the shell
    /// leaves it for OpenClaw to resolve).
    pub fn env_ref(self, var: &str) -> Cmd {
        if fits(Kind::EnvVar, var) {
            self.push(&format!("'${{{var}}}'"))
        } else {
            let mut c = self.push("'${<PROVIDER>_API_KEY}'");
            c.unusable.push(Kind::EnvVar.placeholder());
            c
        }
    }
    /// A host name (`api.deepseek.com`).
    pub fn host(self, h: &str) -> Cmd {
        let ok = !h.is_empty()
            && h.len() <= 253
            && h.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'.' || c == b'-')
            && !h.starts_with('-');
        if ok {
            self.push(h)
        } else {
            let mut c = self.push("<provider-host>");
            c.unusable.push("<provider-host>");
            c
        }
    }
    pub fn path(self, p: &str) -> Cmd {
        self.value(Kind::Path, p, Kind::Path.placeholder())
    }
    /// A JSON argument, single-quoted for POSIX sh. Only built from typed values (see
    /// [`ollama_models_json`], [`allowlist_json`]).
    fn json(self, v: &serde_json::Value) -> Cmd {
        let s = v.to_string();
        self.push(&sh_quote(&s))
    }
    /// `a && b`: the second runs only when the first succeeded.
    pub fn and(mut self, next: Cmd) -> Cmd {
        self.text.push_str(" && ");
        self.text.push_str(&next.text);
        self.unusable.extend(next.unusable);
        self.uncertain.extend(next.uncertain);
        self
    }
    /// `printf '%s' "$KEY" | <cmd>`: a secret piped in without a TTY and without putting it on
    /// the command line (causes.md `login_requires_tty`).
    pub fn piped_secret(cmd: Cmd, variable: &'static str) -> Cmd {
        let mut c = Cmd::from("printf '%s'");
        c.text.push_str(&format!(" \"${variable}\" | "));
        c.text.push_str(&cmd.text);
        c.unusable = cmd.unusable;
        c.uncertain = cmd.uncertain;
        c
    }
}

/// `echo 'X_API_KEY=<your-key>' >> ~/.openclaw/.env` for a provider's key variable.
pub fn env_file_line(var: &str) -> Cmd {
    let (var, unusable) = if fits(Kind::EnvVar, var) {
        (var, None)
    } else {
        (Kind::EnvVar.placeholder(), Some("<PROVIDER>_API_KEY"))
    };
    let mut c = Cmd {
        text: format!("echo {} >> ~/.openclaw/.env", sh_quote(&format!("{var}=<your-key>"))),
        unusable: Vec::new(),
        uncertain: Vec::new(),
    };
    c.unusable.extend(unusable);
    c
}

/// `openclaw config set models.providers.ollama.models '[{"id":…,"name":…}]' --strict-json --merge`.
pub fn ollama_models_json(model: &str) -> Cmd {
    let c = Cmd::openclaw("config set models.providers.ollama.models");
    if fits(Kind::ModelId, model) && uncertain_read(model).is_none() {
        c.json(&serde_json::json!([{ "id": model, "name": model }])).word("--strict-json --merge")
    } else {
        let mut c = c
            .json(&serde_json::json!([{ "id": "<model>", "name": "<model>" }]))
            .word("--strict-json --merge");
        c.unusable.push("<model>");
        c
    }
}

/// `openclaw config set models.providers.<p>.models '[{"id":…,"name":…}]' --strict-json --merge`:
/// registers a model of a custom or proxy provider (messages.md §5).
pub fn provider_models_json(provider: &str, model: &str) -> Cmd {
    let c = Cmd::openclaw("config set").config_key("models.providers.", provider, ".models");
    if fits(Kind::ModelId, model) && uncertain_read(model).is_none() {
        c.json(&serde_json::json!([{ "id": model, "name": model }])).word("--strict-json --merge")
    } else {
        let mut c = c
            .json(&serde_json::json!([{ "id": "<model>", "name": "<model>" }]))
            .word("--strict-json --merge");
        c.unusable.push("<model>");
        c
    }
}

/// `openclaw config set agents.defaults.models '{"<ref>":{}}' --strict-json --merge`.
pub fn allowlist_json(model_ref: &str) -> Cmd {
    let c = Cmd::openclaw("config set agents.defaults.models");
    let (r, bad) = if fits(Kind::ModelRef, model_ref) && uncertain_read(model_ref).is_none() {
        (model_ref, false)
    } else {
        ("<provider>/<model>", true)
    };
    let mut obj = serde_json::Map::new();
    obj.insert(r.to_string(), serde_json::json!({}));
    let mut c = c.json(&serde_json::Value::Object(obj)).word("--strict-json --merge");
    if bad {
        c.unusable.push("<provider>/<model>");
    }
    c
}

/// The object form of an agent's model, a snippet for `openclaw.json` (not a shell command):
/// `{ "id": "<agent>", "model": { "primary": "<ref>", "fallbacks": ["<provider>/<model>"] } }`.
/// Both values are checked, so neither can close a JSON string.
pub fn agent_model_object(agent: &str, model_ref: &str) -> Cmd {
    let mut unusable = Vec::new();
    let agent = if fits(Kind::Agent, agent) && uncertain_read(agent).is_none() {
        agent
    } else {
        unusable.push("<agent>");
        "<agent>"
    };
    let model_ref = if fits(Kind::ModelRef, model_ref) && uncertain_read(model_ref).is_none() {
        model_ref
    } else {
        unusable.push("<provider>/<model>");
        "<provider>/<model>"
    };
    Cmd {
        text: format!(
            "{{ \"id\": \"{agent}\", \"model\": {{ \"primary\": \"{model_ref}\", \"fallbacks\": [\"<provider>/<model>\"] }} }}"
        ),
        unusable,
        uncertain: Vec::new(),
    }
}

/// The user's own `openclaw …` command (from the paste) without one flag (and its value),
/// for the "flag newer than your build" note. `None` when any word of it is not a plain word
/// (so the note says it in words instead).
pub fn without_flag(args: &str, flag: &str, takes_value: bool) -> Option<String> {
    let mut words: Vec<&str> = vec!["openclaw"];
    let mut skip = false;
    for w in args.split_whitespace() {
        if skip {
            skip = false;
            continue;
        }
        if w == flag {
            skip = takes_value;
            continue;
        }
        if !plain_word(w) {
            return None;
        }
        words.push(w);
    }
    (words.len() > 1).then(|| words.join(" "))
}

/// The user's own `openclaw models auth order set …` arguments again, when they are exactly
/// `--provider <p>`, an optional `--agent <a>` and one or more profile ids (else `None`: prose
/// after the words, or anything else, never becomes part of a command).
pub fn order_set_from(args: &str) -> Option<Cmd> {
    let mut words = args.split_whitespace();
    let (mut provider, mut agent, mut ids) = (None, None, Vec::new());
    while let Some(w) = words.next() {
        match w {
            "--provider" => provider = Some(words.next()?),
            "--agent" => agent = Some(words.next()?),
            id if id.contains(':') && fits(Kind::ProfileId, id) => ids.push(id),
            _ => return None,
        }
    }
    let provider = provider.filter(|p| fits(Kind::Provider, p))?;
    if ids.is_empty() {
        return None;
    }
    let mut c = Cmd::openclaw("models auth order set --provider").provider(provider);
    if let Some(a) = agent {
        c = c.flag("--agent").agent(a);
    }
    Some(c.profiles(&ids))
}

/// A word that is safe in a shell as it is and is not a redirection or expansion.
fn plain_word(w: &str) -> bool {
    is_placeholder(w)
        || (!w.is_empty()
            && w.len() <= 200
            && w.bytes().all(|c| c.is_ascii_alphanumeric() || b"@%+=:,./_-".contains(&c)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn legitimate_values_fit() {
        for p in [
            "openai",
            "openai-codex",
            "google-gemini-cli",
            "custom-127-0-0-1-8080",
            "llama.cpp",
            "OpenAI",
        ] {
            assert!(fits(Kind::Provider, p), "{p}");
        }
        for id in [
            "openai:default",
            "openai-codex:sam.lee@example.net",
            "openai:work+2",
            "anthropic:claude_cli",
            "openai:<email>",
        ] {
            assert!(fits(Kind::ProfileId, id), "{id}");
        }
        for r in [
            "openai/gpt-5.5",
            "openrouter/openrouter/owl-alpha",
            "ollama/qwen2.5:7b",
            "google/gemini-2.5-flash",
            "anthropic/<model>",
        ] {
            assert!(fits(Kind::ModelRef, r), "{r}");
        }
        assert!(fits(Kind::EnvVar, "OPENAI_API_KEY"));
        assert!(fits(Kind::Agent, "work_2"));
    }

    #[test]
    fn hostile_values_never_reach_the_command() {
        for bad in [
            "x;{touch,pwned}",
            "a$(id)",
            "a`id`",
            "x && rm -rf ~",
            "x|sh",
            "x'y",
            "x\ny",
            "ope\u{202E}nai",
            "x*",
            "{a,b}",
            "-rf",
            "",
            "ｏｐｅｎａｉ",
        ] {
            let c = Cmd::openclaw("plugins enable").provider(bad);
            assert_eq!(c.as_str(), "openclaw plugins enable <provider>", "{bad:?}");
            assert_eq!(c.unusable(), ["<provider>"]);
            assert_eq!(c.unusable_note().unwrap().id, "step-unusable-name");
        }
        assert_eq!(Cmd::openclaw("x").profile("openai:a;b").as_str(), "openclaw x <profile-id>");
        assert_eq!(
            Cmd::chat("/model").model_ref("openai/gpt$(id)").as_str(),
            "/model <provider>/<model>"
        );
        assert_eq!(
            env_file_line("X;{TOUCH,PWNED}_API_KEY").as_str(),
            "echo '<PROVIDER>_API_KEY=<your-key>' >> ~/.openclaw/.env"
        );
    }

    #[test]
    fn json_and_paths_are_quoted_for_posix_sh() {
        assert_eq!(
            ollama_models_json("qwen2.5:7b").as_str(),
            r#"openclaw config set models.providers.ollama.models '[{"id":"qwen2.5:7b","name":"qwen2.5:7b"}]' --strict-json --merge"#
        );
        assert_eq!(
            allowlist_json("openai/gpt-5.5").as_str(),
            r#"openclaw config set agents.defaults.models '{"openai/gpt-5.5":{}}' --strict-json --merge"#
        );
        assert_eq!(sh_quote("it's"), r"'it'\''s'");
        assert_eq!(Cmd::program("ls").path("C:\\Users\\Jo Do").as_str(), r"ls 'C:\Users\Jo Do'");
        assert_eq!(Cmd::program("ls").path("~/.openclaw/.env").as_str(), "ls ~/.openclaw/.env");
    }

    #[test]
    fn the_users_own_command_is_kept_only_when_every_word_is_plain() {
        assert_eq!(
            without_flag(
                "models auth login --provider openai --profile-id openai:work",
                "--profile-id",
                true
            )
            .as_deref(),
            Some("openclaw models auth login --provider openai")
        );
        assert_eq!(without_flag("models auth login --force;id", "--force", false), None);
        assert_eq!(
            order_set_from("--provider openai openai:a openai:b").map(Cmd::into_string).as_deref(),
            Some("openclaw models auth order set --provider openai openai:a openai:b")
        );
        assert!(order_set_from("--provider openai $(id)").is_none());
        assert!(order_set_from(
            "writes the right order to auth-profiles.json, but after the next call"
        )
        .is_none());
    }
}
