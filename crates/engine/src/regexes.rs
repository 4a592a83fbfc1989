//! Regexes built for a few short searches. `regex::Regex` compiles every engine it may use
//! (forward and reverse lazy DFAs, a one-pass DFA, a literal prefilter): ≈ 1 M instructions
//! for a signal row, paid back only over many lines. A one-shot `clawmedic diagnose` searches
//! most of its regexes on a line or two, and compiling them was most of its run (issue 14).
//! A [`LiteRegex`] has the same pattern syntax and match semantics (leftmost-first, UTF-8,
//! no empty match splitting a character), built with only the bounded backtracker and the
//! PikeVM: ≈ 40 % of the compile, slower per byte, so callers switch to the full regex once
//! a pattern has been searched often.

use regex_automata::meta::{self, Regex};
use regex_automata::util::syntax;
use regex_automata::MatchKind;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;

/// A pattern compiled without lazy DFAs and prefilter (see the module doc).
pub type LiteRegex = Regex;

/// `pattern` compiled as `regex::Regex::new` reads it, with only the NFA engines.
pub fn lite(pattern: &str) -> Result<LiteRegex, Box<meta::BuildError>> {
    let config = meta::Config::new()
        // `regex::Regex`'s own settings (regex 1.x `builders.rs`).
        .match_kind(MatchKind::LeftmostFirst)
        .utf8_empty(true)
        .nfa_size_limit(Some(10 * (1 << 20)))
        // No engine that costs more to build than a few short searches save.
        .hybrid(false)
        .onepass(false)
        .auto_prefilter(false);
    meta::Builder::new()
        .configure(config)
        .syntax(syntax::Config::new().utf8(true))
        .build(pattern)
        .map_err(Box::new)
}

/// Bytes of haystack a [`Tiered`] pattern searches with its lite regex before it compiles its
/// full one: the NFA engines take ≈ 100–300 instructions a byte where they do not stop early,
/// the full regex ≈ 0.2–1 M instructions to compile.
pub const LITE_BYTES: usize = 2048;

/// Counts a search of `len` bytes in `searched` and says whether the searches counted so far
/// stay within [`LITE_BYTES`], so the lite regex serves this one ([`Tiered`], and the signal
/// rows' own lite regexes in `parse/signals.rs`).
pub fn within_lite_budget(searched: &AtomicUsize, len: usize) -> bool {
    searched.fetch_add(len.min(LITE_BYTES + 1), Ordering::Relaxed).saturating_add(len) <= LITE_BYTES
}

/// A pattern searched by its [`lite`] regex until it has searched [`LITE_BYTES`] bytes, then
/// by its full `regex::Regex`: a one-shot run compiles only the lite one, a long paste pays
/// both compiles, the second of which its lines repay.
pub struct Tiered {
    pattern: String,
    lite: OnceLock<LiteRegex>,
    full: OnceLock<regex::Regex>,
    searched: AtomicUsize,
}

impl Tiered {
    /// `pattern`, compiled on first search (it must compile: the patterns are the build's).
    pub fn new(pattern: String) -> Tiered {
        Tiered {
            pattern,
            lite: OnceLock::new(),
            full: OnceLock::new(),
            searched: AtomicUsize::new(0),
        }
    }

    /// `regex::Regex::new(pattern).is_match(text)`.
    pub fn is_match(&self, text: &str) -> bool {
        if let Some(full) = self.full.get() {
            return full.is_match(text);
        }
        if within_lite_budget(&self.searched, text.len()) {
            return self
                .lite
                .get_or_init(|| lite(&self.pattern).expect("a pattern"))
                .is_match(text);
        }
        self.full
            .get_or_init(|| regex::Regex::new(&self.pattern).expect("a pattern"))
            .is_match(text)
    }
}

#[cfg(test)]
mod tests {
    use super::lite;
    use crate::testgen::XorShift;

    /// Patterns of every construct the engine's regexes use: classes, `\b` both ways,
    /// case folding, lazy and bounded repeats, anchors, alternations, named groups.
    const PATTERNS: &[&str] = &[
        r"Model login expired on the gateway(?: for (?P<p>[\w.-]+))?",
        r"(?i)(?-u:\b)HTTP 401(?-u:\b)|(?-u:\b)401 (?:Unauthorized|\{)|status=401(?-u:\b)",
        r"^\s*(?P<r>[\w.-]+/\S+)\s+(?:\S+\s+){0,5}?(?P<x>(?:default|fallback#\d+)(?:,(?:default|fallback#\d+))*)\s*$",
        r"(?i)excluded by (?:the )?auth\.?order",
        r#"Unknown model: (?P<r>[\w.-]+/[^\s"]+?)\.?(?:\s|"|$)"#,
        r"\bé+\b|(?m)^ab$|x*",
        r"(?P<a>a+)(?P<b>b*)|(?P<c>ü{1,3})",
    ];

    /// Haystacks from the patterns' own pieces, so that most of them match somewhere.
    fn haystack(rng: &mut XorShift) -> String {
        const PIECES: &[&str] = &[
            "Model login expired on the gateway for openai",
            " for ",
            "HTTP 401",
            "401 {",
            "status=401x",
            "http 401",
            "Excluded by auth.order",
            "excluded by the authorder",
            "  openai/gpt-5 ",
            "default,fallback#2 ",
            "Unknown model: a/b.",
            "\"",
            "é",
            "ée",
            "\nab\n",
            "ab",
            "aab",
            "ü",
            "üü",
            "x",
            " ",
            "\n",
            "·",
            "↳",
            "Ж",
            "k",
            "K",
        ];
        (0..rng.below(8)).map(|_| PIECES[rng.below(PIECES.len())]).collect()
    }

    #[test]
    fn lite_regexes_match_and_capture_as_regex_does() {
        let mut rng = XorShift(0x11e5);
        for p in PATTERNS {
            let (full, lite) = (regex::Regex::new(p).unwrap(), lite(p).unwrap());
            assert_eq!(full.captures_len(), lite.captures_len(), "{p}");
            let names: Vec<_> = full.capture_names().collect();
            let lite_names: Vec<_> =
                lite.group_info().pattern_names(regex_automata::PatternID::ZERO).collect();
            assert_eq!(names, lite_names, "{p}");
            for _ in 0..400 {
                let h = haystack(&mut rng);
                assert_eq!(full.is_match(&h), lite.is_match(&h), "{p} {h:?}");
                let want: Vec<Vec<Option<(usize, usize)>>> = full
                    .captures_iter(&h)
                    .map(|c| c.iter().map(|m| m.map(|m| (m.start(), m.end()))).collect())
                    .collect();
                let got: Vec<Vec<Option<(usize, usize)>>> = lite
                    .captures_iter(&h)
                    .map(|c| {
                        (0..c.group_len())
                            .map(|g| c.get_group(g).map(|s| (s.start, s.end)))
                            .collect()
                    })
                    .collect();
                assert_eq!(want, got, "{p} {h:?}");
            }
        }
    }

    /// A tiered pattern answers as its regex before and after it changes engines.
    #[test]
    fn tiered_patterns_match_as_regex_does() {
        let mut rng = XorShift(0x713d);
        for p in PATTERNS {
            let (full, tiered) = (regex::Regex::new(p).unwrap(), super::Tiered::new(p.to_string()));
            let mut searched = 0;
            while searched <= 3 * super::LITE_BYTES {
                let h = haystack(&mut rng);
                searched += h.len();
                assert_eq!(full.is_match(&h), tiered.is_match(&h), "{p} {h:?}");
            }
            assert!(tiered.lite.get().is_some() && tiered.full.get().is_some(), "{p}");
        }
        let long = "x".repeat(super::LITE_BYTES + 1);
        let t = super::Tiered::new("^x+$".to_string());
        assert!(t.is_match(&long));
        assert!(t.lite.get().is_none(), "a haystack over the budget goes to the full regex");
    }

    #[test]
    fn a_pattern_regex_refuses_is_refused() {
        assert!(lite(r"(?P<x>a").is_err());
        assert!(lite(r"\p{NoSuchClass}").is_err());
    }
}
