//! What the asker's own words say, independent of the language they are written in.
//!
//! Rules must not depend on the asker's language (code-review §4.1): "the chat does not work",
//! "der Chat funktioniert nicht" and "聊天不工作了" are the same evidence. So the prose of a
//! thread is classified once into typed [`ProseSignal`]s, read from per-locale lexicons kept as
//! data (`lexicon/<locale>.txt`, syntax in [`matcher`]). All lexicons are applied to every text
//! at once: a German asker may write "fallback" or "timeout" in English, and the detected
//! locale of a two-word message is often wrong.

pub mod matcher;

#[cfg(test)]
use matcher::Matcher;
use std::sync::LazyLock;

/// One thing the asker's words can say. Derived from what the diagnosis rules and the
/// need_more_info policy (causes.md §7) ask about prose.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ProseSignal {
    /// Something fails, does not work, stopped, gives no reply, is broken.
    ReportsFailure,
    /// Names an error or an HTTP failure status (401, 403, 429).
    MentionsError,
    /// Says a login, token or credential expired.
    SaysExpired,
    /// Says it works (still, now, fine).
    SaysWorks,
    /// Logged in again, re-authenticated.
    LoggedInAgain,
    /// Talks about logging in (the login flow, its callback).
    MentionsLogin,
    /// Restarted the gateway or the service.
    Restarted,
    /// Updated or upgraded OpenClaw.
    Updated,
    /// Rolled back or downgraded.
    RolledBack,
    /// Fallback models, falling back, switching to another model.
    MentionsFallback,
    /// The auth order.
    MentionsOrder,
    /// A pinned profile or model.
    MentionsPin,
    /// An agent other than the main one.
    MentionsOtherAgent,
    /// Sub-agents.
    MentionsSubagent,
    /// A chat channel (Telegram, Discord, WhatsApp, …).
    MentionsChannel,
    /// Cron or scheduled jobs.
    MentionsCron,
    /// Codex or ChatGPT.
    MentionsCodexOrChatGpt,
    /// OpenAI.
    MentionsOpenAi,
    /// Claude or Anthropic.
    MentionsClaude,
    /// A Claude setup token.
    MentionsSetupToken,
    /// A subscription plan or OAuth (as opposed to an API key).
    MentionsSubscription,
    /// A timeout, a run that waits or hangs.
    MentionsTimeout,
    /// A rate limit, usage limit or cooldown.
    MentionsLimit,
    /// Billing, credits, balance.
    MentionsBilling,
    /// Docker or another container.
    UsesDocker,
    /// A headless machine: server, SSH, no browser or terminal.
    Headless,
}

impl ProseSignal {
    pub const ALL: [ProseSignal; 26] = [
        ProseSignal::ReportsFailure,
        ProseSignal::MentionsError,
        ProseSignal::SaysExpired,
        ProseSignal::SaysWorks,
        ProseSignal::LoggedInAgain,
        ProseSignal::MentionsLogin,
        ProseSignal::Restarted,
        ProseSignal::Updated,
        ProseSignal::RolledBack,
        ProseSignal::MentionsFallback,
        ProseSignal::MentionsOrder,
        ProseSignal::MentionsPin,
        ProseSignal::MentionsOtherAgent,
        ProseSignal::MentionsSubagent,
        ProseSignal::MentionsChannel,
        ProseSignal::MentionsCron,
        ProseSignal::MentionsCodexOrChatGpt,
        ProseSignal::MentionsOpenAi,
        ProseSignal::MentionsClaude,
        ProseSignal::MentionsSetupToken,
        ProseSignal::MentionsSubscription,
        ProseSignal::MentionsTimeout,
        ProseSignal::MentionsLimit,
        ProseSignal::MentionsBilling,
        ProseSignal::UsesDocker,
        ProseSignal::Headless,
    ];

    /// The name used in the lexicon files.
    pub fn name(self) -> &'static str {
        match self {
            ProseSignal::ReportsFailure => "reports_failure",
            ProseSignal::MentionsError => "mentions_error",
            ProseSignal::SaysExpired => "says_expired",
            ProseSignal::SaysWorks => "says_works",
            ProseSignal::LoggedInAgain => "logged_in_again",
            ProseSignal::MentionsLogin => "mentions_login",
            ProseSignal::Restarted => "restarted",
            ProseSignal::Updated => "updated",
            ProseSignal::RolledBack => "rolled_back",
            ProseSignal::MentionsFallback => "mentions_fallback",
            ProseSignal::MentionsOrder => "mentions_order",
            ProseSignal::MentionsPin => "mentions_pin",
            ProseSignal::MentionsOtherAgent => "mentions_other_agent",
            ProseSignal::MentionsSubagent => "mentions_subagent",
            ProseSignal::MentionsChannel => "mentions_channel",
            ProseSignal::MentionsCron => "mentions_cron",
            ProseSignal::MentionsCodexOrChatGpt => "mentions_codex_or_chatgpt",
            ProseSignal::MentionsOpenAi => "mentions_openai",
            ProseSignal::MentionsClaude => "mentions_claude",
            ProseSignal::MentionsSetupToken => "mentions_setup_token",
            ProseSignal::MentionsSubscription => "mentions_subscription",
            ProseSignal::MentionsTimeout => "mentions_timeout",
            ProseSignal::MentionsLimit => "mentions_limit",
            ProseSignal::MentionsBilling => "mentions_billing",
            ProseSignal::UsesDocker => "uses_docker",
            ProseSignal::Headless => "headless",
        }
    }

    pub fn from_name(name: &str) -> Option<ProseSignal> {
        ProseSignal::ALL.into_iter().find(|s| s.name() == name)
    }

    fn bit(self) -> u32 {
        1 << (self as u32)
    }
}

/// The set of prose signals of a thread.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ProseSignals(u32);

impl ProseSignals {
    pub fn has(self, s: ProseSignal) -> bool {
        self.0 & s.bit() != 0
    }
    pub fn any(self, of: &[ProseSignal]) -> bool {
        of.iter().any(|s| self.has(*s))
    }
    pub fn insert(&mut self, s: ProseSignal) {
        self.0 |= s.bit();
    }
    pub fn iter(self) -> impl Iterator<Item = ProseSignal> {
        ProseSignal::ALL.into_iter().filter(move |s| self.has(*s))
    }
}

/// The lexicons, one per locale, plus `names` for product and channel names that read the
/// same in every language.
pub const LEXICONS: [(&str, &str); 22] = [
    ("names", include_str!("lexicon/names.txt")),
    ("en", include_str!("lexicon/en.txt")),
    ("ar", include_str!("lexicon/ar.txt")),
    ("de", include_str!("lexicon/de.txt")),
    ("es", include_str!("lexicon/es.txt")),
    ("fa", include_str!("lexicon/fa.txt")),
    ("fr", include_str!("lexicon/fr.txt")),
    ("hi", include_str!("lexicon/hi.txt")),
    ("id", include_str!("lexicon/id.txt")),
    ("it", include_str!("lexicon/it.txt")),
    ("ja-JP", include_str!("lexicon/ja-JP.txt")),
    ("ko", include_str!("lexicon/ko.txt")),
    ("nl", include_str!("lexicon/nl.txt")),
    ("pl", include_str!("lexicon/pl.txt")),
    ("pt-BR", include_str!("lexicon/pt-BR.txt")),
    ("ru", include_str!("lexicon/ru.txt")),
    ("th", include_str!("lexicon/th.txt")),
    ("tr", include_str!("lexicon/tr.txt")),
    ("uk", include_str!("lexicon/uk.txt")),
    ("vi", include_str!("lexicon/vi.txt")),
    ("zh-CN", include_str!("lexicon/zh-CN.txt")),
    ("zh-TW", include_str!("lexicon/zh-TW.txt")),
];

/// A problem in a lexicon file (checked by the tests; at run time the line is skipped).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LexiconError {
    pub lexicon: &'static str,
    pub line: usize,
    pub problem: String,
}

/// Read every lexicon: `signal_name: term | term | …` per line, `#` comments.
pub fn load(add: &mut dyn FnMut(ProseSignal, &str) -> bool) -> Vec<LexiconError> {
    let mut errors = Vec::new();
    for (lexicon, text) in LEXICONS {
        for (i, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let mut err =
                |problem: String| errors.push(LexiconError { lexicon, line: i + 1, problem });
            let Some((name, terms)) = line.split_once(':') else {
                err("no `signal:`".into());
                continue;
            };
            let Some(signal) = ProseSignal::from_name(name.trim()) else {
                err(format!("unknown signal {:?}", name.trim()));
                continue;
            };
            for term in terms.split('|').map(str::trim) {
                if !add(signal, term) {
                    err(format!("empty term {term:?}"));
                }
            }
        }
    }
    errors
}

/// Every lexicon line's terms compiled by `build.rs` ([`matcher::encode`]) into the tables
/// of a [`matcher::Compiled`]: compiling the 2,742 terms at the first diagnosis was a quarter
/// of a one-shot run, and building the maps from them still 3.8 M instructions (issue 14).
mod generated {
    include!(concat!(env!("OUT_DIR"), "/prose_terms.rs"));
}

/// The signal of each name in [`generated::NAMES`] (`None`: a name no signal has, skipped
/// as [`load`] skips it).
static SIGNALS: LazyLock<Vec<Option<ProseSignal>>> =
    LazyLock::new(|| generated::NAMES.iter().map(|n| ProseSignal::from_name(n)).collect());

/// Prose beyond this many bytes per text is not read: the asker's words come first, and a
/// megabyte of unrecognised paste must not cost time.
pub const MAX_PROSE_BYTES: usize = 32 * 1024;

/// The signals said anywhere in `text`, in any language.
pub fn classify(text: &str) -> ProseSignals {
    let mut set = ProseSignals::default();
    let signals = &*SIGNALS;
    generated::COMPILED.scan(head(text), |i| {
        if let Some(s) = signals[usize::from(i)] {
            set.insert(s);
        }
    });
    set
}

/// Whether `text` names `word` as a whole word (a profile or account name the asker typed).
pub fn names_word(text: &str, word: &str) -> bool {
    let word = matcher::normalise(word);
    let want = matcher::words(&word);
    if want.is_empty() {
        return false;
    }
    let norm = matcher::normalise(head(text));
    let have = matcher::words(&norm);
    have.windows(want.len()).any(|w| w == want.as_slice())
}

fn head(text: &str) -> &str {
    if text.len() <= MAX_PROSE_BYTES {
        return text;
    }
    let mut end = MAX_PROSE_BYTES;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `build.rs` compiled every term of every lexicon, as [`load`] reads them.
    #[test]
    fn build_compiled_every_term() {
        let mut want: Vec<(String, String)> = Vec::new();
        load(&mut |s, t| {
            if let Some(code) = matcher::encode(t) {
                want.push((s.name().to_string(), code));
            }
            true
        });
        let mut got: Vec<(String, String)> = generated::TERMS
            .iter()
            .filter(|(name, _)| ProseSignal::from_name(name).is_some())
            .flat_map(|(name, codes)| codes.iter().map(|c| (name.to_string(), c.to_string())))
            .collect();
        want.sort();
        got.sort();
        assert_eq!(got, want);
    }

    /// The tables `build.rs` wrote find what a [`Matcher`] given every lexicon term finds: on
    /// every term, on runs of lexicon words with inflections, compounds and other words, and on
    /// the fixtures.
    #[test]
    fn compiled_finds_what_the_matcher_finds() {
        let mut m: Matcher<ProseSignal> = Matcher::default();
        let mut terms = Vec::new();
        load(&mut |s, t| {
            terms.push(t.to_string());
            m.add(t, s)
        });
        let sorted = |mut v: Vec<ProseSignal>| {
            v.sort_by_key(|s| *s as u32);
            v.dedup();
            v
        };
        let words: Vec<String> = terms
            .iter()
            .flat_map(|t| t.split_whitespace().map(|w| w.trim_matches('*').to_string()))
            .collect();
        let mut texts = terms.clone();
        let mut seed = 0x2545_F491_4F6C_DD1D_u64;
        for _ in 0..20_000 {
            let mut text = String::new();
            for _ in 0..1 + seed % 6 {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                let w = &words[(seed % words.len() as u64) as usize];
                let affix =
                    ["", "s", "ed", "ing", "x", "über", "-", "'t"][(seed >> 20) as usize % 8];
                match (seed >> 30) % 4 {
                    0 => text.push_str(&format!("{w}{affix} ")),
                    1 => text.push_str(&format!("{affix}{w} ")),
                    2 => text.push_str(&format!("{w} nicht {affix} ")),
                    _ => text.push_str(w),
                }
            }
            texts.push(text);
        }
        for f in [
            include_str!("../../../benches/fixtures/probe_table.txt"),
            include_str!("../../../benches/fixtures/models_status.txt"),
        ] {
            texts.extend(f.lines().map(String::from));
        }
        for t in &texts {
            let mut want = Vec::new();
            m.scan(t, |s| want.push(s));
            let got: Vec<ProseSignal> = classify(t).iter().collect();
            assert_eq!(got, sorted(want), "{t:?}");
        }
    }

    #[test]
    fn every_lexicon_parses() {
        let mut m: Matcher<ProseSignal> = Matcher::default();
        let errors = load(&mut |s, t| m.add(t, s));
        assert_eq!(errors, Vec::new());
    }
}
