//! The thread as the rules see it: every message's facts, the version, what the asker's prose
//! says (typed, in any language), and small queries the rules share (so no rule re-reads text).

use crate::lang::prose::{self, ProseSignal, ProseSignals};
use crate::parse::{
    AuthListEntry, AuthOrder, ChatAuthEntry, ChatCurrent, DecisionLine, Fact, FailedSegment, Loc,
    Located, OAuthRow, Parsed, ProbeRow, ProviderLine, Signal, SignalKind, StatusHeader,
};
use crate::versions::{CodexEra, Version};
use std::collections::HashMap;
use std::sync::OnceLock;

/// Where the version came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VersionOrigin {
    Flag,
    Paste,
    Unknown,
}

pub struct Context {
    pub facts: Vec<Located>,
    /// The version given or printed; `None` when unknown.
    pub version: Option<Version>,
    /// With no version: the earliest release the paste's fingerprints allow (versions.md §2),
    /// used only for "at least" decisions (flags, eras), never to claim a version.
    pub version_floor: Option<Version>,
    pub version_origin: VersionOrigin,
    /// The version the paste itself shows, whether or not a given version overrode it.
    pub version_in_paste: Option<Version>,
    /// What the asker's prose says, classified once in every language (lang/prose).
    pub prose: ProseSignals,
    /// The prose itself, only to find names the asker typed ([`Context::prose_names`]).
    prose_text: String,
    /// Its words, read on the first [`Context::prose_names`] (a probe table of thousands of
    /// `ok` rows asked once per row, and each ask re-read the whole prose: issue 14).
    prose_words: OnceLock<ProseWords>,
    /// Facts by kind, built once so every query reads only its own kind (issue 14: rules that
    /// queried inside a loop over signals were quadratic on pastes of many signals).
    index: Index,
}

/// Positions in `Context::facts`, per signal kind, per fact variant and per line.
#[derive(Default)]
struct Index {
    /// By `SignalKind as usize`.
    signals: Vec<Vec<u32>>,
    variants: [Vec<u32>; VARIANTS],
    /// Built on the first [`Context::facts_at`] (one rule asks, for some signals only; a map
    /// of every line of a 1 MiB paste was built for it on every diagnosis). Every fact's line
    /// and position, sorted by line (stably: a line's facts stay in thread order), searched by
    /// halves: one sort of nearly sorted pairs instead of a tree node and a `Vec` per line
    /// (issue 14: ~13 M instructions on a 1 MiB mixed paste).
    at: OnceLock<Vec<(Loc, u32)>>,
}

/// The number of [`Fact`] variants ([`variant`]).
const VARIANTS: usize = 18;

/// The index slot of each [`Fact`] variant.
mod slot {
    pub const VERSION: usize = 0;
    pub const PROBE: usize = 1;
    pub const PROBE_FOOTER: usize = 2;
    pub const AUTH_ORDER: usize = 3;
    pub const AUTH_LIST: usize = 4;
    pub const STATUS_HEADER: usize = 5;
    pub const PROVIDER_LINE: usize = 6;
    pub const OAUTH_ROW: usize = 7;
    pub const UNAVAILABLE: usize = 8;
    pub const CHAT_CURRENT: usize = 9;
    pub const CHAT_AUTH: usize = 10;
    pub const ALL_FAILED: usize = 11;
    pub const DECISION: usize = 12;
    pub const SIGNAL: usize = 13;
    pub const AGENT_MODEL_STRING: usize = 14;
    pub const SESSION_OVERRIDE: usize = 15;
    pub const CONFIG: usize = 16;
    pub const UNCERTAIN_READ: usize = 17;
}

/// A slot per fact variant; the exhaustive match makes a new variant a compile error here.
fn variant(f: &Fact) -> usize {
    match f {
        Fact::Version(_) => slot::VERSION,
        Fact::Probe(_) => slot::PROBE,
        Fact::ProbeFooter { .. } => slot::PROBE_FOOTER,
        Fact::AuthOrder(_) => slot::AUTH_ORDER,
        Fact::AuthList(_) => slot::AUTH_LIST,
        Fact::StatusHeader(_) => slot::STATUS_HEADER,
        Fact::ProviderLine(_) => slot::PROVIDER_LINE,
        Fact::OAuthRow(_) => slot::OAUTH_ROW,
        Fact::Unavailable(_) => slot::UNAVAILABLE,
        Fact::ChatCurrent(_) => slot::CHAT_CURRENT,
        Fact::ChatAuth(_) => slot::CHAT_AUTH,
        Fact::AllFailed { .. } => slot::ALL_FAILED,
        Fact::Decision(_) => slot::DECISION,
        Fact::Signal(_) => slot::SIGNAL,
        Fact::AgentModelString { .. } => slot::AGENT_MODEL_STRING,
        Fact::SessionOverride { .. } => slot::SESSION_OVERRIDE,
        Fact::Config(_) => slot::CONFIG,
        Fact::UncertainRead { .. } => slot::UNCERTAIN_READ,
    }
}

impl Index {
    fn new(facts: &[Located]) -> Index {
        let mut ix = Index::default();
        for (i, f) in facts.iter().enumerate() {
            let i = i as u32;
            ix.variants[variant(&f.fact)].push(i);
            if let Fact::Signal(s) = &f.fact {
                let k = s.kind as usize;
                if ix.signals.len() <= k {
                    ix.signals.resize_with(k + 1, Vec::new);
                }
                ix.signals[k].push(i);
            }
        }
        ix
    }

    fn at(&self, facts: &[Located]) -> &[(Loc, u32)] {
        self.at.get_or_init(|| {
            let mut at: Vec<(Loc, u32)> =
                facts.iter().enumerate().map(|(i, f)| (f.loc, i as u32)).collect();
            at.sort_by_key(|&(l, _)| l);
            at
        })
    }
}

impl Context {
    pub fn new(messages: &[Parsed], flag_version: Option<Version>) -> Context {
        let facts: Vec<Located> = messages.iter().flat_map(|m| m.facts.iter().cloned()).collect();
        let prose = messages.iter().map(|m| m.prose.clone()).collect();
        Context::with_facts(facts, prose, flag_version)
    }

    /// [`Context::new`], taking the facts out of `messages` instead of copying them (a 1 MiB
    /// paste has tens of thousands: issue 14). Their prose is left.
    /// The first message's facts are taken as they are (a one-message paste's are not moved
    /// at all: copying them was 4.9 MB of fresh memory for a 1 MiB paste).
    pub fn from_parsed(mut messages: Vec<Parsed>, flag_version: Option<Version>) -> Context {
        let total = messages.iter().map(|m| m.facts.len()).sum::<usize>();
        let mut facts =
            messages.first_mut().map(|m| std::mem::take(&mut m.facts)).unwrap_or_default();
        facts.reserve_exact(total - facts.len());
        for m in messages.iter_mut().skip(1) {
            facts.append(&mut m.facts);
        }
        let prose = messages.into_iter().map(|m| m.prose).collect();
        Context::with_facts(facts, prose, flag_version)
    }

    /// `facts` are those of the thread's messages, in order; `prose` is each message's prose.
    fn with_facts(
        facts: Vec<Located>,
        prose: Vec<String>,
        flag_version: Option<Version>,
    ) -> Context {
        let mentions: Vec<_> = facts
            .iter()
            .filter_map(|f| match &f.fact {
                Fact::Version(v) => Some(v.clone()),
                _ => None,
            })
            .collect();
        let pasted = crate::parse::version::pick(&mentions);
        let (version, version_origin) = match (flag_version, pasted) {
            (Some(v), _) => (Some(v), VersionOrigin::Flag),
            (None, Some(v)) => (Some(v), VersionOrigin::Paste),
            _ => (None, VersionOrigin::Unknown),
        };
        let mut signals = ProseSignals::default();
        for p in &prose {
            for s in prose::classify(p).iter() {
                signals.insert(s);
            }
        }
        // A one-message paste's prose is kept as it is (a join copied it: 1 MB of a 1 MiB
        // paste of prose).
        let prose_text = match <[String; 1]>::try_from(prose) {
            Ok([one]) => one,
            Err(prose) => prose.join("\n"),
        };
        let version_floor = if version.is_none() { fingerprint_floor(&facts) } else { None };
        let index = Index::new(&facts);
        Context {
            facts,
            version,
            version_floor,
            version_origin,
            version_in_paste: pasted,
            prose: signals,
            prose_text,
            prose_words: OnceLock::new(),
            index,
        }
    }

    /// The facts of one variant (the slot of [`variant`]), in thread order.
    fn of(&self, slot: usize) -> impl Iterator<Item = &Located> {
        self.index.variants[slot].iter().map(|&i| &self.facts[i as usize])
    }

    /// Every fact read from the line at `loc`.
    pub fn facts_at(&self, loc: Loc) -> impl Iterator<Item = &Located> {
        let at = self.index.at(&self.facts);
        let from = at.partition_point(|&(l, _)| l < loc);
        at[from..]
            .iter()
            .take_while(move |&&(l, _)| l == loc)
            .map(|&(_, i)| &self.facts[i as usize])
    }

    /// The version to use for "at least" decisions: the known one, else the fingerprint floor.
    pub fn floor(&self) -> Option<Version> {
        self.version.or(self.version_floor)
    }

    pub fn era(&self) -> Option<CodexEra> {
        self.floor().map(Version::codex_era)
    }

    /// Whether the release is at least 2026.`month`.`n`; `None` when unknown. A fingerprint
    /// floor can only answer "yes".
    pub fn at_least(&self, month: u8, n: u8) -> Option<bool> {
        let threshold = Version::v(month, n).pre();
        match (self.version, self.version_floor) {
            (Some(v), _) => Some(v >= threshold),
            (None, Some(f)) if f >= threshold => Some(true),
            _ => None,
        }
    }

    pub fn version_in(&self, from: Version, below: Version) -> bool {
        self.version.is_some_and(|v| v >= from && v < below)
    }

    pub fn signals(&self, kind: SignalKind) -> impl Iterator<Item = (&Located, &Signal)> {
        let at = self.index.signals.get(kind as usize).map(Vec::as_slice).unwrap_or_default();
        at.iter().filter_map(move |&i| match &self.facts[i as usize].fact {
            Fact::Signal(s) if s.kind == kind => Some((&self.facts[i as usize], s)),
            _ => None,
        })
    }

    pub fn has(&self, kind: SignalKind) -> bool {
        self.signals(kind).next().is_some()
    }

    pub fn first(&self, kind: SignalKind) -> Option<(&Located, &Signal)> {
        self.signals(kind).next()
    }

    pub fn probes(&self) -> impl Iterator<Item = (&Located, &ProbeRow)> {
        self.of(slot::PROBE).filter_map(|f| match &f.fact {
            Fact::Probe(r) => Some((f, &**r)),
            _ => None,
        })
    }

    pub fn orders(&self) -> impl Iterator<Item = (&Located, &AuthOrder)> {
        self.of(slot::AUTH_ORDER).filter_map(|f| match &f.fact {
            Fact::AuthOrder(o) => Some((f, o)),
            _ => None,
        })
    }

    pub fn auth_list(&self) -> impl Iterator<Item = (&Located, &AuthListEntry)> {
        self.of(slot::AUTH_LIST).filter_map(|f| match &f.fact {
            Fact::AuthList(e) => Some((f, &**e)),
            _ => None,
        })
    }

    pub fn provider_lines(&self) -> impl Iterator<Item = (&Located, &ProviderLine)> {
        self.of(slot::PROVIDER_LINE).filter_map(|f| match &f.fact {
            Fact::ProviderLine(p) => Some((f, p)),
            _ => None,
        })
    }

    pub fn oauth_rows(&self) -> impl Iterator<Item = (&Located, &OAuthRow)> {
        self.of(slot::OAUTH_ROW).filter_map(|f| match &f.fact {
            Fact::OAuthRow(o) => Some((f, o)),
            _ => None,
        })
    }

    pub fn headers(&self) -> impl Iterator<Item = (&Located, &StatusHeader)> {
        self.of(slot::STATUS_HEADER).filter_map(|f| match &f.fact {
            Fact::StatusHeader(h) => Some((f, h)),
            _ => None,
        })
    }

    pub fn header(&self, label: &str) -> Option<(&Located, &StatusHeader)> {
        self.headers().find(|(_, h)| h.label == label)
    }

    pub fn chat_auth(&self) -> impl Iterator<Item = (&Located, &ChatAuthEntry)> {
        self.of(slot::CHAT_AUTH).filter_map(|f| match &f.fact {
            Fact::ChatAuth(a) => Some((f, a)),
            _ => None,
        })
    }

    pub fn chat_current(&self) -> Option<(&Located, &ChatCurrent)> {
        self.of(slot::CHAT_CURRENT).find_map(|f| match &f.fact {
            Fact::ChatCurrent(c) => Some((f, c)),
            _ => None,
        })
    }

    pub fn decisions(&self) -> impl Iterator<Item = (&Located, &DecisionLine)> {
        self.of(slot::DECISION).filter_map(|f| match &f.fact {
            Fact::Decision(d) => Some((f, d)),
            _ => None,
        })
    }

    pub fn failed_segments(&self) -> impl Iterator<Item = (&Located, usize, &FailedSegment)> {
        self.of(slot::ALL_FAILED).flat_map(|f| match &f.fact {
            Fact::AllFailed { segments } => {
                segments.iter().enumerate().map(|(i, s)| (f, i, s)).collect::<Vec<_>>()
            }
            _ => Vec::new(),
        })
    }

    pub fn session_overrides(&self) -> impl Iterator<Item = (&Located, &str, Option<&str>)> {
        self.of(slot::SESSION_OVERRIDE).filter_map(|f| match &f.fact {
            Fact::SessionOverride { profile_id, source } => {
                Some((f, profile_id.as_str(), source.as_deref()))
            }
            _ => None,
        })
    }

    /// The asker's prose says `s` (in any language).
    pub fn said(&self, s: ProseSignal) -> bool {
        self.prose.has(s)
    }

    /// The asker's prose says any of `of`.
    pub fn said_any(&self, of: &[ProseSignal]) -> bool {
        self.prose.any(of)
    }

    /// The asker's prose names `name` as a whole word (a profile or account name, which reads
    /// the same in every language).
    pub fn prose_names(&self, name: &str) -> bool {
        self.prose_words.get_or_init(|| ProseWords::new(&self.prose_text)).names(name)
    }

    /// Any text in the thread reports a failure (so the thread is never `all_ok`).
    pub fn has_failure(&self) -> bool {
        let failing_signal = self.facts.iter().any(|f| match &f.fact {
            Fact::Signal(s) => !s.kind.is_context(),
            Fact::AllFailed { .. } => true,
            Fact::Decision(d) => d.get("decision") != Some("candidate_succeeded"),
            Fact::Probe(r) => !r.is_ok() && !r.is_excluded(),
            Fact::OAuthRow(o) => o.status == "expired" || o.status == "missing",
            Fact::ProviderLine(p) => p.effective_kind == "missing",
            Fact::Unavailable(_) => true,
            _ => false,
        });
        failing_signal
            || self.said_any(&[
                ProseSignal::ReportsFailure,
                ProseSignal::MentionsError,
                ProseSignal::SaysExpired,
            ])
    }

    /// The provider a chat/banner failure names, if any.
    pub fn failing_provider(&self) -> Option<String> {
        use SignalKind::*;
        for k in
            [LoginExpired, LoginFailed, RefreshFailed, NoApiKey, MissingApiKey, NotAcceptingLogin]
        {
            if let Some((_, s)) = self.signals(k).find(|(_, s)| s.provider.is_some()) {
                return s.provider.clone();
            }
        }
        // A decision line names the candidate that failed.
        self.decisions()
            .find_map(|(_, d)| {
                d.get("candidate").or_else(|| d.get("requested")).or_else(|| d.get("from"))
            })
            .and_then(|r| r.split_once('/').map(|(p, _)| p.to_string()))
    }
}

/// The normalised words of the asker's prose with where each word stands, so that a name is
/// looked up instead of searched for: the same answer as [`prose::names_word`] on the prose.
struct ProseWords {
    norm: String,
    spans: Vec<(usize, usize)>,
    at: HashMap<String, Vec<usize>>,
}

impl ProseWords {
    fn new(text: &str) -> ProseWords {
        use crate::lang::prose::{matcher, MAX_PROSE_BYTES};
        // The head `names_word` reads.
        let mut end = text.len().min(MAX_PROSE_BYTES);
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let norm = matcher::normalise(&text[..end]);
        let base = norm.as_ptr() as usize;
        let spans: Vec<(usize, usize)> = matcher::words(&norm)
            .into_iter()
            .map(|w| (w.as_ptr() as usize - base, w.len()))
            .collect();
        let mut at: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, &(s, n)) in spans.iter().enumerate() {
            at.entry(norm[s..s + n].to_string()).or_default().push(i);
        }
        ProseWords { norm, spans, at }
    }

    fn word(&self, i: usize) -> &str {
        let (s, n) = self.spans[i];
        &self.norm[s..s + n]
    }

    /// `name`'s words stand in a row somewhere in the prose.
    fn names(&self, name: &str) -> bool {
        use crate::lang::prose::matcher;
        let name = matcher::normalise(name);
        let want = matcher::words(&name);
        let Some(first) = want.first() else { return false };
        let Some(starts) = self.at.get(*first) else { return false };
        starts.iter().any(|&i| {
            i + want.len() <= self.spans.len()
                && want.iter().enumerate().skip(1).all(|(k, w)| self.word(i + k) == *w)
        })
    }
}

/// The texts [`fingerprint_floor`] looks for in the quotes.
const FINGERPRINTS: [&str; 5] = [
    "/state/openclaw.sqlite",
    "is a legacy provider ID; use --provider",
    "A Gateway is running for this state directory",
    "openclaw-agent.sqlite",
    "\" is a legacy provider ID. Run",
];

/// Every fingerprint holds one of these bytes: a quote with none (most lines) is not searched
/// five times (issue 14: ~5 M instructions on a 1 MiB paste of pin errors).
const GATE: [u8; 3] = [b'q', b'I', b'G'];

/// The earliest release a paste can come from, by its fingerprints (versions.md §2).
fn fingerprint_floor(facts: &[Located]) -> Option<Version> {
    use crate::parse::Fact;
    let mut floor: Option<Version> = None;
    let mut raise = |v: Version| floor = Some(floor.map_or(v, |f: Version| f.max(v)));
    // Which needles some quote holds, in one pass (facts of a line share its quote: each
    // distinct quote in a row is searched once).
    const NEEDLES: [&str; 5] = FINGERPRINTS;
    let finders = NEEDLES.map(memchr::memmem::Finder::new);
    let mut has = [false; NEEDLES.len()];
    let mut last: Option<&str> = None;
    for f in facts {
        if last == Some(f.quote.as_str()) {
            continue;
        }
        last = Some(&f.quote);
        let [a, b, c] = GATE;
        if memchr::memchr3(a, b, c, f.quote.as_bytes()).is_none() {
            continue;
        }
        for (h, finder) in has.iter_mut().zip(&finders) {
            *h = *h || finder.find(f.quote.as_bytes()).is_some();
        }
        if has.iter().all(|h| *h) {
            break;
        }
    }
    let text_has = |needle: &str| NEEDLES.iter().zip(has).any(|(n, h)| h && *n == needle);
    if text_has("/state/openclaw.sqlite")
        || text_has("is a legacy provider ID; use --provider")
        || text_has("A Gateway is running for this state directory")
    {
        raise(Version::v(8, 1));
    }
    if text_has("openclaw-agent.sqlite") {
        raise(Version::v(6, 5));
    }
    if text_has("\" is a legacy provider ID. Run") {
        raise(Version::v(7, 1));
    }
    // `openai/…` refs beside `openai-codex:` profile ids: 5.12–5.28.
    let mixed = facts.iter().any(|f| match &f.fact {
        Fact::Probe(r) => r.provider() == "openai" && r.profile_provider() == Some("openai-codex"),
        _ => false,
    });
    if mixed {
        raise(Version::v(5, 12));
    }
    floor
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A quote without a [`GATE`] byte holds no fingerprint, so skipping it changes nothing.
    #[test]
    fn every_fingerprint_holds_a_gate_byte() {
        for f in FINGERPRINTS {
            assert!(f.bytes().any(|b| GATE.contains(&b)), "{f}");
        }
    }

    /// `from_parsed` holds the facts `new` copies, in the same order, for no message, one
    /// and a thread of several (the first message's vector is taken, the rest appended).
    #[test]
    fn from_parsed_holds_what_new_copies() {
        let texts = crate::testgen::fixture_texts();
        let parsed = |n: usize| -> Vec<Parsed> {
            texts
                .iter()
                .take(n)
                .enumerate()
                .map(|(i, t)| crate::parse::parse_message(t, i))
                .collect()
        };
        for n in [0, 1, 3, texts.len()] {
            let copied = Context::new(&parsed(n), None);
            let taken = Context::from_parsed(parsed(n), None);
            assert_eq!(taken.facts, copied.facts, "{n} messages");
            let joined = parsed(n).iter().map(|m| m.prose.as_str()).collect::<Vec<_>>().join("\n");
            assert_eq!(taken.prose_text, joined, "{n} messages");
            assert_eq!(copied.prose_text, joined, "{n} messages");
            assert!(n < 2 || taken.facts.iter().any(|f| f.loc.message == n - 1), "{n}");
        }
    }

    /// `facts_at` gives the facts of a line in thread order, as filtering every fact by its
    /// line does: on the facts of the fixtures and of a generated thread, as read and with
    /// their lines shuffled (facts out of line order, many to a line), and on absent lines.
    #[test]
    fn facts_at_finds_what_filtering_finds() {
        let mut facts: Vec<Located> = Vec::new();
        for (m, f) in
            ["probe_table.txt", "models_status.txt", "gateway_log_200.txt"].iter().enumerate()
        {
            let path = format!("{}/benches/fixtures/{f}", env!("CARGO_MANIFEST_DIR"));
            let text = std::fs::read_to_string(path).expect("fixture");
            let ing = crate::ingest::ingest(&text);
            facts.extend(crate::parse::parse_message(&ing.text, m + 1).facts);
        }
        let thread = "Unknown model: openai/gpt-9\nmodel not found\nOpenClaw 2026.5.1 (abc1234)\n\
            No API key found for provider \"openai\"\nmodels.providers.ollama unknown model\n";
        facts.extend(crate::parse::parse_message(&thread.repeat(20), 4).facts);
        assert!(facts.len() > 100, "{}", facts.len());
        let mut rng = crate::testgen::XorShift(0x9E37_79B9_7F4A_7C15);
        let mut next = |n: usize| rng.below(n);
        let mut shuffled = facts.clone();
        for f in &mut shuffled {
            f.loc = Loc { message: 1 + next(3), line: 1 + next(40) };
        }
        for facts in [facts, shuffled] {
            let ctx = Context::with_facts(facts, Vec::new(), None);
            let mut locs: Vec<Loc> = ctx.facts.iter().map(|f| f.loc).collect();
            locs.extend([Loc::default(), Loc { message: 9, line: 1 }, Loc { message: 1, line: 0 }]);
            locs.extend((0..200).map(|_| Loc { message: next(5), line: next(300) }));
            for loc in locs {
                let got: Vec<*const Located> = ctx.facts_at(loc).map(|f| f as *const _).collect();
                let want: Vec<*const Located> =
                    ctx.facts.iter().filter(|f| f.loc == loc).map(|f| f as *const _).collect();
                assert_eq!(got, want, "{loc:?}");
            }
        }
    }

    /// `ProseWords::names` answers as `prose::names_word` on the same prose, on generated
    /// prose and names (ASCII, digits meeting letters, apostrophes, Unicode case folds that
    /// change length, the 32 KiB head) and on the bench fixtures.
    #[test]
    fn prose_words_name_as_names_word_says() {
        const PIECES: [&str; 24] = [
            "alice",
            "Alice",
            "u10",
            "10",
            "u",
            "bob-smith",
            "bob",
            "smith",
            " ",
            "  ",
            ".",
            "'",
            "’",
            "`",
            "é",
            "É",
            "İ",
            "ǅ",
            "KELVIN",
            "\u{212A}",
            "x2y",
            "ok",
            "\n",
            "@",
        ];
        let mut rng = crate::testgen::XorShift(0x2545_f491_4f6c_dd1d);
        let mut next = |n: usize| rng.below(n);
        let mut texts: Vec<String> = Vec::new();
        for _ in 0..300 {
            let len = next(40);
            texts.push((0..len).map(|_| PIECES[next(PIECES.len())]).collect());
        }
        // Past the head: a name only after 32 KiB is not named.
        let long = format!("{}zed", "é ".repeat(crate::lang::prose::MAX_PROSE_BYTES / 3));
        texts.push(long);
        for f in ["probe_table.txt", "models_status.txt", "gateway_log_200.txt"] {
            let path = format!("{}/benches/fixtures/{f}", env!("CARGO_MANIFEST_DIR"));
            texts.push(std::fs::read_to_string(path).expect("fixture"));
        }
        let mut names: Vec<String> = Vec::new();
        for _ in 0..400 {
            let len = 1 + next(4);
            names.push((0..len).map(|_| PIECES[next(PIECES.len())]).collect());
        }
        names.extend(
            ["", " ", "zed", "openai", "work", "alice@example.com", "u1", "gateway"]
                .map(String::from),
        );
        for t in &texts {
            let words = ProseWords::new(t);
            for n in &names {
                assert_eq!(words.names(n), prose::names_word(t, n), "{n:?} in {t:?}");
            }
            for w in t.split([' ', '\n', '.', ':', '/']).take(200) {
                assert_eq!(words.names(w), prose::names_word(t, w), "{w:?} in {t:?}");
            }
        }
    }
}
