//! What the equivalence tests share (tests only): a repeatable random source for generated
//! inputs and the text of the benchmark fixtures.

/// xorshift64 with shifts 13, 7, 17: the same sequence on every run and machine.
pub(crate) struct XorShift(pub(crate) u64);

impl XorShift {
    /// The next number below `n`.
    pub(crate) fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }
}

/// `count` strings, each of one to `max` pieces drawn from `pieces` (the piece count drawn
/// first, then the pieces, so a test keeps its inputs whatever it does with them).
pub(crate) fn joined_pieces(
    rng: &mut XorShift,
    pieces: &[&str],
    count: usize,
    max: usize,
) -> Vec<String> {
    (0..count)
        .map(|_| {
            let mut s = String::new();
            for _ in 0..1 + rng.below(max) {
                s.push_str(pieces[rng.below(pieces.len())]);
            }
            s
        })
        .collect()
}

/// `count` lines of one to `max` parts each: with odds one in `odds` a template of
/// `templates` whose placeholders `{a}` to `{d}` (those it holds, in that order) are each
/// replaced by one of `slots`, else one of `pieces`. The reading-by-hand tests generate their
/// lines so: templates put the pattern's pieces in their places, the pieces around them make
/// the near misses.
pub(crate) fn templated_lines(
    rng: &mut XorShift,
    templates: &[&str],
    slots: &[&str],
    pieces: &[&str],
    odds: usize,
    count: usize,
    max: usize,
) -> Vec<String> {
    (0..count)
        .map(|_| {
            let mut l = String::new();
            for _ in 0..1 + rng.below(max) {
                if rng.below(odds) != 0 {
                    l.push_str(pieces[rng.below(pieces.len())]);
                    continue;
                }
                let mut t = templates[rng.below(templates.len())].to_string();
                for slot in ["{a}", "{b}", "{c}", "{d}"] {
                    if t.contains(slot) {
                        t = t.replace(slot, slots[rng.below(slots.len())]);
                    }
                }
                l.push_str(&t);
            }
            l
        })
        .collect()
}

/// The messages table (`tests/data/messages.tsv`: every message OpenClaw prints, one a line,
/// pastes with `\n` escaped) with its line feeds restored.
pub(crate) fn message_table() -> String {
    include_str!("../tests/data/messages.tsv").replace("\\n", "\n")
}

/// The text of every `benches/fixtures/*.txt`, in the directory's order.
pub(crate) fn fixture_texts() -> Vec<String> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/benches/fixtures");
    let mut texts = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_some_and(|x| x == "txt") {
            texts.push(std::fs::read_to_string(p).unwrap());
        }
    }
    texts
}
