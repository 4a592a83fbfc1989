//! Diagnose: turn the evidence of a whole thread into findings with stable cause ids
//! (causes.md), each with evidence, ruled-out causes and typed steps; or, when nothing is
//! conclusive, the smallest set of asks. One file per cause family; `causes.rs` holds the
//! cause table (ids and precedence tiers) as data.

pub mod asks;
pub mod catalogue;
pub mod causes;
pub mod command;
pub mod context;
pub mod credentials;
pub mod fallback;
pub mod field;
pub mod limits;
pub mod model_status;
pub mod models;
pub mod outcomes;
pub mod pin;
pub mod reports;
pub mod runtime;
pub mod selection;
pub mod steps;
pub mod stores;

pub use causes::Cause;
pub use command::Cmd;
pub use context::Context;
pub use pin::{build_pin, Pin, PinRequest};

use crate::parse::{Loc, Quote};
use serde::Serialize;
use std::collections::BTreeSet;

/// Evidence lines kept per finding: replies quote three, the JSON at most this many and says
/// how many more were cited (`evidence_omitted`). A paste of thousands of matching lines gave
/// thousands of entries before (issue 14).
pub const MAX_EVIDENCE: usize = 5;

/// Where a step runs (causes.md §1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Place {
    /// The gateway host's shell.
    Cli,
    /// A slash command in the failing conversation.
    Chat,
    /// An edit of `~/.openclaw/openclaw.json` (or `openclaw config set …`).
    Config,
}

/// A Fluent message id with its arguments, rendered late in the asker's language.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Msg {
    pub id: &'static str,
    pub args: Vec<(&'static str, String)>,
}

impl Msg {
    pub fn new(id: &'static str) -> Msg {
        Msg { id, args: Vec::new() }
    }
    pub fn arg(mut self, name: &'static str, value: impl Into<String>) -> Msg {
        self.args.push((name, value.into()));
        self
    }
}

/// One step: a command and where it runs, with an optional note on why. The command is always
/// built by [`command`] (a literal, or a [`Cmd`] of checked values).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Step {
    pub place: Place,
    pub command: String,
    pub note: Option<Msg>,
}

impl Step {
    /// A step from a built command; when a value of the paste could not be used, the note
    /// says so instead (`step-unusable-name`).
    pub fn new(place: Place, command: impl Into<Cmd>, note: Option<Msg>) -> Step {
        let cmd = command.into();
        let note = cmd.unusable_note().or(note).map(Step::visible);
        Step { place, command: cmd.into_string(), note }
    }
    /// The same step with another note (unless it already says a name could not be used).
    pub fn with_note(mut self, note: Msg) -> Step {
        let kept = |n: &Msg| matches!(n.id, "step-unusable-name" | "step-uncertain-read");
        if self.note.as_ref().is_none_or(|n| !kept(n)) {
            self.note = Some(Step::visible(note));
        }
        self
    }
    /// A note next to a command quotes names from the paste; what it shows must be what the
    /// reader would type, so control and format characters (variation selectors, fillers,
    /// invisible operators that ingest keeps) are dropped from its arguments.
    fn visible(mut note: Msg) -> Msg {
        for (_, v) in &mut note.args {
            if v.chars().any(command::is_control_or_format) {
                v.retain(|c| !command::is_control_or_format(c));
            }
        }
        note
    }
}

/// A request for more output: the exact command to run and paste, and why.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Ask {
    pub command: String,
    pub why: Msg,
}

/// An evidence line quoted back to the user (already redacted).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EvidenceLine {
    pub loc: Loc,
    /// The fact's own quote, shared (not a copy per finding that cites it).
    pub text: Quote,
}

/// A diagnosed cause.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    pub cause: Cause,
    /// 0.0–1.0: 0.9 for a decisive signal, about 0.6 for a suggestive one.
    pub confidence: f32,
    /// The first [`MAX_EVIDENCE`] lines cited, in the order the rules cited them.
    pub evidence: Vec<EvidenceLine>,
    /// The other lines cited, not kept in `evidence` (so duplicates are found without a scan).
    /// Apart from `evidence`: a finding of a few lines, as the thousands a paste of pin errors
    /// builds only to be merged, holds no set (issue 14).
    #[serde(skip)]
    omitted: Omitted,
    pub rules_out: Vec<Cause>,
    /// What the finding means for this thread (rendered).
    pub summary: Msg,
    pub steps: Vec<Step>,
}

impl Finding {
    pub fn new(cause: Cause, confidence: f32, summary: Msg) -> Finding {
        Finding {
            cause,
            confidence,
            evidence: Vec::new(),
            omitted: Omitted::default(),
            rules_out: Vec::new(),
            summary,
            steps: Vec::new(),
        }
    }
    /// Cite a line: a fact's `&quote` (shared) or any text.
    pub fn evidence(mut self, loc: Loc, text: impl Into<Quote>) -> Finding {
        self.cite(loc, || text.into());
        self
    }
    /// Cite a line once; its text is kept while fewer than [`MAX_EVIDENCE`] are.
    fn cite(&mut self, loc: Loc, text: impl FnOnce() -> Quote) {
        if self.evidence.iter().any(|e| e.loc == loc) {
            return;
        }
        if self.evidence.len() < MAX_EVIDENCE && self.omitted.is_empty() {
            self.evidence.push(EvidenceLine { loc, text: text() });
        } else if self.evidence.len() < MAX_EVIDENCE {
            if !self.omitted.contains(loc) {
                self.evidence.push(EvidenceLine { loc, text: text() });
            }
        } else {
            self.omitted.insert(loc);
        }
    }
    /// Every line cited, kept in `evidence` or not (in no particular order): the catalogue
    /// rule leaves the lines a family rule cited.
    pub fn cited(&self) -> impl Iterator<Item = Loc> + '_ {
        self.evidence.iter().map(|e| e.loc).chain(self.omitted.iter())
    }
    /// Lines cited but not kept in `evidence`.
    pub fn evidence_omitted(&self) -> usize {
        self.omitted.len()
    }
    /// Take in the evidence of another finding of the same cause (after this one's).
    fn absorb(&mut self, other: Finding) {
        for e in other.evidence {
            self.cite(e.loc, || e.text);
        }
        // Cited without their text, as they were in `other`.
        for loc in other.omitted.iter() {
            if !self.evidence.iter().any(|e| e.loc == loc) {
                self.omitted.insert(loc);
            }
        }
    }
    pub fn rules_out(mut self, causes: &[Cause]) -> Finding {
        for c in causes {
            if !self.rules_out.contains(c) {
                self.rules_out.push(*c);
            }
        }
        self
    }
    /// Add a step: a literal (`"openclaw gateway restart"`) or a [`Cmd`] built from checked
    /// values; a `String` does not compile here (see [`command`]).
    pub fn step(self, place: Place, command: impl Into<Cmd>) -> Finding {
        self.steps(vec![Step::new(place, command, None)])
    }
    pub fn step_note(self, place: Place, command: impl Into<Cmd>, note: Msg) -> Finding {
        self.steps(vec![Step::new(place, command, Some(note))])
    }
    pub fn steps(mut self, steps: Vec<Step>) -> Finding {
        for s in steps {
            if !self.steps.iter().any(|t| t.command == s.command) {
                self.steps.push(s);
            }
        }
        self
    }
}

/// A set of cited lines. Rules cite in thread order, and a finding of thousands of lines (a
/// paste of pin errors merged into one) takes them one by one, so a line past the last one
/// is pushed onto a sorted run (a tree cost two searches a line: issue 14); a line before it
/// goes to a tree, so no order of citing is quadratic.
#[derive(Debug, Clone, Default)]
struct Omitted {
    /// Ascending.
    run: Vec<Loc>,
    /// Lines cited out of order, none in `run`.
    rest: BTreeSet<Loc>,
}

impl Omitted {
    fn is_empty(&self) -> bool {
        self.run.is_empty() && self.rest.is_empty()
    }
    fn len(&self) -> usize {
        self.run.len() + self.rest.len()
    }
    fn contains(&self, loc: Loc) -> bool {
        self.run.binary_search(&loc).is_ok() || self.rest.contains(&loc)
    }
    fn insert(&mut self, loc: Loc) {
        match self.run.last() {
            Some(last) if loc <= *last => {
                if self.run.binary_search(&loc).is_err() {
                    self.rest.insert(loc);
                }
            }
            // Past every line of `run`, so of `rest` too.
            _ => self.run.push(loc),
        }
    }
    fn iter(&self) -> impl Iterator<Item = Loc> + '_ {
        self.run.iter().chain(&self.rest).copied()
    }
}

/// The same lines, however they were split between `run` and `rest`.
impl PartialEq for Omitted {
    fn eq(&self, other: &Omitted) -> bool {
        self.len() == other.len() && self.iter().all(|l| other.contains(l))
    }
}

/// The result for a thread.
#[derive(Debug, Clone, PartialEq, Serialize, Default)]
pub struct Diagnosis {
    pub findings: Vec<Finding>,
    pub asks: Vec<Ask>,
    /// General notes (version assumptions, mojibake repaired, …).
    pub notes: Vec<Msg>,
}

/// A rule family: reads the context and adds findings.
type Rule = fn(&Context, &mut Vec<Finding>);

/// Every family, in file order; precedence is applied afterwards from the cause table.
const RULES: &[Rule] = &[
    credentials::check,
    stores::check,
    selection::check,
    models::check,
    limits::check,
    fallback::check,
    runtime::check,
    field::check,
    reports::check,
    outcomes::check,
    // Last: only signals no family rule cited.
    catalogue::check,
];

/// Diagnose a thread's evidence.
pub fn diagnose(ctx: &Context) -> Diagnosis {
    // One finding per cause: keep the most confident, merge evidence. Merged after every rule
    // family, so the next family (the catalogue reads what was found) sees one finding per
    // cause rather than one per matching line; merging early gives the same result as once at
    // the end.
    let mut merged: Vec<Finding> = Vec::new();
    for rule in RULES {
        rule(ctx, &mut merged);
        merged = merge(merged);
    }
    for f in &mut merged {
        steps::tidy(&mut f.steps);
    }
    causes::apply_precedence(&mut merged);
    // A finding that another finding rules out is dropped.
    let ruled: Vec<Cause> = merged.iter().take(1).flat_map(|f| f.rules_out.clone()).collect();
    merged.retain(|f| !ruled.contains(&f.cause));
    merged.truncate(3);
    let asks = asks::asks_for(ctx, &merged);
    let mut notes = flag_notes(ctx);
    // Nothing decisive: name the leading candidates the asks tell apart (causes.md §7).
    if merged.is_empty() {
        if let [a, b] = asks::candidates(ctx)[..] {
            notes.push(Msg::new("reply-candidates").arg("first", a.id()).arg("second", b.id()));
        }
    }
    Diagnosis { findings: merged, asks, notes }
}

/// The highest confidence of each cause found so far, by earlier families (merged) and by
/// the running one. `diagnose::merge` keeps only the evidence of a finding no more confident than
/// an earlier one of its cause, so such a finding is built with its evidence alone (a paste of
/// thousands of pin errors built thousands of pins and steps that were dropped: issue 14).
pub(crate) struct Best(Vec<(Cause, f32)>);

impl Best {
    pub(crate) fn of(out: &[Finding]) -> Best {
        let mut best = Best(Vec::new());
        for f in out {
            best.note(f);
        }
        best
    }
    pub(crate) fn absorbed(&self, cause: Cause, confidence: f32) -> bool {
        self.0.iter().any(|(c, k)| *c == cause && confidence <= *k)
    }
    pub(crate) fn note(&mut self, f: &Finding) {
        match self.0.iter_mut().find(|(c, _)| *c == f.cause) {
            Some((_, k)) => *k = k.max(f.confidence),
            None => self.0.push((f.cause, f.confidence)),
        }
    }
    /// Push `f`, noting its confidence.
    pub(crate) fn push(&mut self, out: &mut Vec<Finding>, f: Finding) {
        self.note(&f);
        out.push(f);
    }
    /// For a finding of `cause` that [`Best::absorbed`] says `merge` would take in: cite its
    /// lines straight into the finding that takes them, instead of building one to be merged
    /// (a paste of thousands of pin errors built, moved and merged a finding a line: issue
    /// 14). The same as `merge` would do: with one finding of the cause in `out`, merging
    /// appends these lines to it, and a more confident one found later takes it in whole;
    /// with several (a more confident one came since the last merge), `out` is merged first,
    /// and merging early is merging.
    pub(crate) fn cite(out: &mut Vec<Finding>, cause: Cause, lines: &[(Loc, &Quote)]) {
        let mut of_cause = out.iter().enumerate().filter(|(_, f)| f.cause == cause);
        let at = match (of_cause.next(), of_cause.next()) {
            (Some((i, _)), None) => Some(i),
            _ => {
                *out = merge(std::mem::take(out));
                out.iter().position(|f| f.cause == cause)
            }
        };
        // `absorbed` found a finding of the cause in `out`.
        let Some(at) = at else { return };
        for (loc, text) in lines {
            out[at].cite(*loc, || Quote::clone(text));
        }
    }
}

/// One finding per cause, in order of first appearance: the most confident (the first of
/// equals) with the evidence of the others after its own.
fn merge(findings: Vec<Finding>) -> Vec<Finding> {
    let mut merged: Vec<Finding> = Vec::with_capacity(findings.len().min(16));
    // A cause's slot is found by a scan of the few causes merged (a hashed map cost a SipHash
    // per finding, and a pin paste has thousands: issue 14).
    for f in findings {
        match merged.iter().position(|m| m.cause == f.cause) {
            Some(i) => {
                let m = &mut merged[i];
                if f.confidence > m.confidence {
                    let old = std::mem::replace(m, f);
                    m.absorb(old);
                } else {
                    m.absorb(f);
                }
            }
            None => merged.push(f),
        }
    }
    merged
}

/// Login flags and the release that added each (versions.md §4).
const FLAG_SINCE: &[(&str, &str)] = &[
    ("--device-code", "2026.5.18"),
    ("--profile-id", "2026.5.26"),
    ("--force", "2026.6.1"),
    ("--agent", "2026.8.1"),
];

/// `error: unknown option '<flag>'`: the flag is newer than the build; say which release has it
/// and give the command without it.
fn flag_notes(ctx: &Context) -> Vec<Msg> {
    let mut notes = Vec::new();
    for (_, s) in ctx.signals(crate::parse::SignalKind::UnknownOption) {
        let Some(flag) = s.extra.as_deref() else { continue };
        let Some((_, since)) = FLAG_SINCE.iter().find(|(f, _)| *f == flag) else { continue };
        let attempted = ctx
            .signals(crate::parse::SignalKind::CliCommand)
            .filter_map(|(_, c)| c.extra.as_deref())
            .find(|args| args.split_whitespace().any(|w| w == flag));
        // The user's own command without the flag (and its value: --profile-id, --agent),
        // only when every word of it is safe to print (else the note says it in words).
        let without = attempted.and_then(|args| {
            command::without_flag(args, flag, matches!(flag, "--profile-id" | "--agent"))
        });
        notes.push(match without {
            Some(cmd) => Msg::new("note-flag-too-new")
                .arg("flag", flag)
                .arg("since", *since)
                .arg("command", cmd),
            None => Msg::new("note-flag-too-new-plain").arg("flag", flag).arg("since", *since),
        });
    }
    notes
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A finding's evidence as it was kept before [`Omitted`]: every cited line in one tree.
    #[derive(Default)]
    struct Reference {
        evidence: Vec<(Loc, String)>,
        cited: BTreeSet<Loc>,
    }

    impl Reference {
        fn cite(&mut self, loc: Loc, text: &str) {
            if self.cited.insert(loc) && self.evidence.len() < MAX_EVIDENCE {
                self.evidence.push((loc, text.to_string()));
            }
        }
        fn absorb(&mut self, other: Reference) {
            let all_in_evidence = other.cited.len() == other.evidence.len();
            for (loc, text) in other.evidence {
                self.cite(loc, &text);
            }
            if !all_in_evidence {
                self.cited.extend(other.cited);
            }
        }
    }

    fn assert_same(f: &Finding, r: &Reference) {
        let got: Vec<(Loc, String)> =
            f.evidence.iter().map(|e| (e.loc, e.text.to_string())).collect();
        assert_eq!(got, r.evidence);
        assert_eq!(f.evidence_omitted(), r.cited.len() - r.evidence.len());
        let cited: BTreeSet<Loc> = f.cited().collect();
        assert_eq!(cited, r.cited);
        assert_eq!(f.cited().count(), r.cited.len(), "a line cited twice");
    }

    /// Lines cited straight into the finding that takes them ([`Best::cite`]) give what
    /// building a finding of them and merging gives: findings of three causes and random
    /// confidences, more and less confident ones in any order, some pushed whole though
    /// absorbed, merged at random points (the end of a rule family) and at the end.
    #[test]
    fn cited_into_as_merging_says() {
        const CAUSES: [Cause; 3] =
            [Cause::OauthExpired, Cause::WrongProviderPrefix, Cause::MissingApiKey];
        let mut rng = crate::testgen::XorShift(0x1234_5678_9abc_def1);
        let quotes: Vec<Quote> = (0..60).map(|i| Quote::from(format!("line {i}"))).collect();
        for _ in 0..2_000 {
            let (mut built, mut cited) = (Vec::new(), Vec::new());
            let mut best = Best(Vec::new());
            for _ in 0..rng.below(40) {
                let cause = CAUSES[rng.below(3)];
                let conf = [0.5, 0.7, 0.9, 0.92][rng.below(4)];
                let lines: Vec<(Loc, &Quote)> = (0..1 + rng.below(2))
                    .map(|_| {
                        let line = rng.below(quotes.len());
                        (Loc { message: 1, line }, &quotes[line])
                    })
                    .collect();
                let mut f = Finding::new(cause, conf, Msg::new("s").arg("conf", conf.to_string()));
                for (loc, q) in &lines {
                    f = f.evidence(*loc, *q);
                }
                // Some rules push every finding, absorbed or not (`Best::push` alone).
                if best.absorbed(cause, conf) && rng.below(4) != 0 {
                    built.push(f);
                    Best::cite(&mut cited, cause, &lines);
                } else {
                    best.note(&f);
                    built.push(f.clone());
                    cited.push(f);
                }
                if rng.below(10) == 0 {
                    built = merge(built);
                    cited = merge(cited);
                }
            }
            let (built, cited) = (merge(built), merge(cited));
            assert_eq!(built, cited);
            for (b, c) in built.iter().zip(&cited) {
                assert_eq!(b.evidence, c.evidence);
                assert_eq!(b.cited().collect::<BTreeSet<_>>(), c.cited().collect());
            }
        }
    }

    /// Findings cite and absorb as the one-tree reference says: lines in order, in reverse,
    /// repeated and at random, findings of a few lines and of hundreds merged into each other.
    #[test]
    fn citations_as_one_tree_says() {
        let mut rng = crate::testgen::XorShift(0x9e37_79b9_7f4a_7c15);
        let summary = || Msg::new("s");
        for round in 0..400 {
            let span = [3, 12, 40, 400][round % 4];
            let next_loc = |rng: &mut crate::testgen::XorShift, i: usize| {
                let line = match rng.below(4) {
                    0 => i % span,
                    1 => span - 1 - i % span,
                    _ => rng.below(span),
                };
                Loc { message: 1 + rng.below(2), line }
            };
            let mut f = Finding::new(Cause::OauthExpired, 0.9, summary());
            let mut r = Reference::default();
            for i in 0..rng.below(3 * span) {
                if rng.below(5) == 0 {
                    // A finding of its own, absorbed.
                    let mut g = Finding::new(Cause::OauthExpired, 0.5, summary());
                    let mut q = Reference::default();
                    for j in 0..rng.below(span) {
                        let loc = next_loc(&mut rng, i + j);
                        let text = format!("line {}", loc.line);
                        g = g.evidence(loc, text.as_str());
                        q.cite(loc, &text);
                    }
                    assert_same(&g, &q);
                    f.absorb(g);
                    r.absorb(q);
                } else {
                    let loc = next_loc(&mut rng, i);
                    let text = format!("line {}", loc.line);
                    f = f.evidence(loc, text.as_str());
                    r.cite(loc, &text);
                }
                assert_same(&f, &r);
            }
        }
    }
}
