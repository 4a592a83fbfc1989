//! Which signature rows can match a text, decided by literals (docs/performance.md, issue 14).
//!
//! Compiling every row of the signal table into one `RegexSet` was most of a one-shot CLI run
//! and grew with the table. Instead each row has up to three *clauses*, sets of literals one
//! of each of which every match of the row contains (parse/literals.rs). One table of all the
//! literals, keyed by their first three bytes, says which are in a line; only rows whose every
//! clause is met are candidates, and only their regexes are compiled (on first need) and run.
//! `build.rs` reads the literals of every row at compile time; a pattern it did not see (none,
//! unless the table is built another way) is read at run time. A row
//! with no literal of at least [`MIN_LEN`] bytes is always tried.

use super::literals::{can_cross_space, prefix_literals, required_clauses, Clause};
pub use super::literals::{MAX_LEN, MIN_LEN};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::ops::Range;

/// `(pattern, literals)` for every row of the signal table, sorted by pattern (`build.rs`).
mod generated {
    include!(concat!(env!("OUT_DIR"), "/signal_literals.rs"));
}

/// The clauses of one pattern: from the build, else read now.
fn clauses_of(pattern: &str) -> Option<Vec<Clause>> {
    match generated::LITERALS.binary_search_by(|(p, _)| (*p).cmp(pattern)) {
        Ok(i) => generated::LITERALS[i]
            .1
            .map(|cs| cs.iter().map(|c| c.iter().map(|l| l.to_vec()).collect()).collect()),
        Err(_) => required_clauses(pattern),
    }
}

/// The literals one of which every match of `pattern` starts with: from the build, else read
/// now (`literals::prefix_literals`).
fn prefix_of(pattern: &str) -> Option<Vec<Vec<u8>>> {
    match generated::PREFIXES.binary_search_by(|(p, _)| (*p).cmp(pattern)) {
        Ok(i) => generated::PREFIXES[i].1.map(|set| set.iter().map(|l| l.to_vec()).collect()),
        Err(_) => prefix_literals(pattern),
    }
}

/// Whether a match of `pattern` can hold a space after its first byte: from the build, else
/// read now (`literals::can_cross_space`).
pub fn can_cross(pattern: &str) -> bool {
    match generated::CROSSING.binary_search_by(|(p, _)| (*p).cmp(pattern)) {
        Ok(i) => generated::CROSSING[i].1,
        Err(_) => can_cross_space(pattern),
    }
}

fn set(bits: &mut [u64], i: usize) {
    bits[i / 64] |= 1 << (i % 64);
}

/// Sets bit `i` of the set that starts at word `at` of `bits`.
fn set_bit(bits: &mut [u64], at: usize, i: usize) {
    bits[at + i / 64] |= 1 << (i % 64);
}

/// Calls `f` with the index of every set bit, ascending.
fn each_bit(bits: &[u64], mut f: impl FnMut(usize)) {
    for (w, &word) in bits.iter().enumerate() {
        let mut b = word;
        while b != 0 {
            f(w * 64 + b.trailing_zeros() as usize);
            b &= b - 1;
        }
    }
}

/// Buckets of the literal table (a power of two).
const BUCKETS: usize = 4096;

/// The bucket of a position, from its first three bytes (ASCII lower-cased, little-endian in
/// `k`): every literal has at least [`MIN_LEN`] = 3 bytes.
fn bucket(k: u32) -> usize {
    ((k & 0xFF_FFFF).wrapping_mul(0x9E37_79B1) >> 20) as usize & (BUCKETS - 1)
}

/// Eight bytes with ASCII capitals lower-cased (SWAR; other bytes unchanged).
fn lower8(w: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let h = w & (0x7F * ONES);
    // High bit of each byte: at least `A`, at least `Z` + 1 (no carries: h ≤ 0x7F).
    let ge_a = h + 0x3F * ONES;
    let gt_z = h + 0x25 * ONES;
    let upper = ge_a & !gt_z & !w & (0x80 * ONES);
    w | (upper >> 2)
}

/// Bits of [`tri`]: five of each of three bytes.
const TRIGRAMS: usize = 1 << 15;

/// A byte's low five bits: ASCII capitals and their small letters share them (`A` and `a`
/// differ in bit 5), so the folded key of a text position equals its literal's whatever the
/// case. Other bytes share them too, which only lets more positions through to the full test.
fn fold(b: u8) -> usize {
    usize::from(b & 31)
}

// Every literal has a trigram.
const _: () = assert!(MIN_LEN == 3);

/// Bits of a trigram key and a fourth byte's five.
const QUADGRAMS: usize = 1 << 20;

/// The trigram key of three bytes.
fn tri(a: u8, b: u8, c: u8) -> usize {
    fold(a) << 10 | fold(b) << 5 | fold(c)
}

/// One literal in its bucket: its bytes lower-cased as two words of eight (zeros past its
/// end), their masks, its length and id. Literals have at most [`MAX_LEN`] = 16 bytes, so two
/// masked compares decide a match (a byte loop over the rest was ~15 instructions a byte).
struct Entry {
    head: u64,
    mask: u64,
    tail: u64,
    tail_mask: u64,
    len: u32,
    id: u32,
}

const _: () = assert!(MAX_LEN <= 16);

/// The eight bytes of `text` from `i`, zeros past its end (a fixed-size read where there are
/// eight: a variable-length copy is a `memcpy` call per byte of text).
fn read8(text: &[u8], i: usize) -> u64 {
    match text.get(i..i + 8) {
        Some(eight) => u64::from_le_bytes(eight.try_into().expect("eight bytes")),
        None => {
            let mut b = [0u8; 8];
            let rest = text.get(i..).unwrap_or_default();
            b[..rest.len()].copy_from_slice(rest);
            u64::from_le_bytes(b)
        }
    }
}

/// Every literal, in a hash table keyed by its first three bytes. An Aho-Corasick automaton
/// over the ~750 literals did the same search, but building it cost 12 M instructions at every
/// start, more than a one-shot run's whole scan (issue 14); this table is built in ~0.2 M.
/// Each position is looked up once and compared eight bytes at a time.
struct Table {
    /// Bit [`tri`] of the first three bytes of every literal: a position whose bit is clear
    /// starts no literal, and most positions of a paste are skipped on it (the bucket lookup
    /// was ~75 instructions a byte, issue 14). Fixed sizes, so the lookups need no bounds
    /// checks.
    trigrams: Box<[u64; TRIGRAMS / 64]>,
    /// Bit [`tri`] `<< 5 |` [`fold`] of the first four bytes of every literal (all 32 fourth
    /// bytes for a literal of three): of the positions the trigrams let through in a log, most
    /// start no literal, and the bucket walk cost ≈ 40 instructions each (issue 14).
    quads: Box<[u64; QUADGRAMS / 64]>,
    /// Entries of bucket `k`: `entries[starts[k]..starts[k + 1]]`.
    starts: Box<[u32; BUCKETS + 1]>,
    entries: Vec<Entry>,
    /// Every literal once per space it holds, as (offset of the space, index of its entry in
    /// `entries`), keyed by the [`CLASS`]es of the bytes around that space ([`spaced_keys`]):
    /// the literals across a join (a space) are found by three lookups instead of scanning
    /// the 16 positions before it with the whole table (≈ 800 instructions a window of pin
    /// errors, issue 14). Key `k`: `spaced[spaced_starts[k]..spaced_starts[k + 1]]`.
    spaced_starts: Box<[u32; SPACED_KEYS + 1]>,
    spaced: Vec<(u16, u16)>,
    #[cfg(test)]
    literals: Vec<Vec<u8>>,
}

/// A byte's class for [`Table::spaced`]'s keys: ASCII letters (either case) 1–26, digits
/// 27–36, other printable ASCII 37–63 (in pairs), other bytes 0. [`fold`] would put `.`
/// with `n` and digits with letters, and a join in a log is often between such bytes.
const CLASS: [u8; 256] = {
    let mut class = [0u8; 256];
    let mut b = 0;
    while b < 128 {
        class[b] = match b as u8 {
            b'a'..=b'z' => b as u8 - b'a' + 1,
            b'A'..=b'Z' => b as u8 - b'A' + 1,
            b'0'..=b'9' => b as u8 - b'0' + 27,
            b' '..=b'~' => 37 + (b as u8 - b' ') % 27,
            _ => 0,
        };
        b += 1;
    }
    class
};

/// Keys of [`Table::spaced`]: a space inside a literal by the [`CLASS`]es of the bytes
/// before and after it, one at a literal's end by the byte before, one at its start by the
/// byte after.
const SPACED_KEYS: usize = (1 << 12) + 128;

fn class(b: u8) -> usize {
    usize::from(CLASS[usize::from(b)])
}

/// The key of the space at `at` in literal `l` ([`SPACED_KEYS`]).
fn spaced_key_of(l: &[u8], at: usize) -> usize {
    match (at.checked_sub(1).map(|b| l[b]), l.get(at + 1)) {
        (Some(before), Some(&after)) => class(before) << 6 | class(after),
        (Some(before), None) => (1 << 12) + class(before),
        (None, Some(&after)) => (1 << 12) + 64 + class(after),
        (None, None) => unreachable!("a literal has at least MIN_LEN bytes"),
    }
}

/// The keys of a space with `before` and `after` around it: inside a literal, at its end and
/// at its start ([`spaced_key_of`]).
fn spaced_keys(before: u8, after: u8) -> [usize; 3] {
    let (b, a) = (class(before), class(after));
    [b << 6 | a, (1 << 12) + b, (1 << 12) + 64 + a]
}

impl Table {
    fn new(literals: Vec<Vec<u8>>) -> Table {
        // A piece of at most eight bytes, lower-cased, and its mask.
        let word = |l: &[u8]| {
            let mut b = [0u8; 8];
            let n = l.len().min(8);
            b[..n].copy_from_slice(&l[..n]);
            b.make_ascii_lowercase();
            let mask = if n == 8 { u64::MAX } else { (1u64 << (8 * n)) - 1 };
            (u64::from_le_bytes(b), mask)
        };
        let key = |l: &[u8]| bucket(word(l).0 as u32);
        let mut starts = Box::new([0u32; BUCKETS + 1]);
        for l in &literals {
            starts[key(l) + 1] += 1;
        }
        for k in 0..BUCKETS {
            starts[k + 1] += starts[k];
        }
        let mut trigrams = Box::new([0u64; TRIGRAMS / 64]);
        for l in &literals {
            let k = tri(l[0], l[1], l[2]);
            trigrams[k / 64] |= 1 << (k % 64);
        }
        // On the heap from the start: 128 KiB.
        let mut quads: Box<[u64; QUADGRAMS / 64]> =
            vec![0u64; QUADGRAMS / 64].into_boxed_slice().try_into().expect("the size");
        for l in &literals {
            let k = tri(l[0], l[1], l[2]) << 5;
            let fourth = match l.get(3) {
                Some(&d) => fold(d)..fold(d) + 1,
                None => 0..32,
            };
            for q in fourth.map(|d| k | d) {
                quads[q / 64] |= 1 << (q % 64);
            }
        }
        let mut slots: Vec<Option<Entry>> = (0..literals.len()).map(|_| None).collect();
        let mut next = starts.clone();
        let entry = |i: usize, l: &[u8]| {
            let (head, mask) = word(l);
            let (tail, tail_mask) = word(l.get(8..).unwrap_or_default());
            let (len, id) = (l.len() as u32, i as u32);
            Entry { head, mask, tail, tail_mask, len, id }
        };
        // Where each literal's entry is in `entries`.
        let mut entry_of = vec![0u16; literals.len()];
        assert!(literals.len() <= usize::from(u16::MAX), "too many literals for `spaced`");
        for (i, l) in literals.iter().enumerate() {
            assert!(l.len() <= MAX_LEN, "a literal longer than MAX_LEN");
            let k = key(l);
            slots[next[k] as usize] = Some(entry(i, l));
            entry_of[i] = next[k] as u16;
            next[k] += 1;
        }
        // Every space of every literal, as (offset, literal) and its key.
        let mut spaces: Vec<(usize, u16, u16)> = Vec::new();
        for (i, l) in literals.iter().enumerate() {
            for at in (0..l.len()).filter(|&at| l[at] == b' ') {
                spaces.push((spaced_key_of(l, at), at as u16, entry_of[i]));
            }
        }
        let mut spaced_starts = Box::new([0u32; SPACED_KEYS + 1]);
        for &(k, _, _) in &spaces {
            spaced_starts[k + 1] += 1;
        }
        for k in 0..SPACED_KEYS {
            spaced_starts[k + 1] += spaced_starts[k];
        }
        let mut spaced = vec![(0u16, 0u16); spaces.len()];
        let mut next = spaced_starts.clone();
        for &(k, at, e) in &spaces {
            spaced[next[k] as usize] = (at, e);
            next[k] += 1;
        }
        Table {
            trigrams,
            quads,
            starts,
            entries: slots.into_iter().flatten().collect(),
            spaced_starts,
            spaced,
            #[cfg(test)]
            literals,
        }
    }

    /// Calls `found` with the id of every literal that occurs in `text` at a position of
    /// `starts` (ASCII case ignored; as often as it occurs).
    fn scan(&self, text: &[u8], starts: Range<usize>, mut found: impl FnMut(usize, usize)) {
        let n = text.len();
        if n < MIN_LEN {
            return;
        }
        let (from, to) = (starts.start, starts.end.min(n - MIN_LEN + 1));
        if from >= to {
            return;
        }
        // The key of the three bytes from `i`, rolled one byte at a time; the positions
        // skipped in an inner loop of their own, whose few values stay in registers.
        let ends = &text[..to + 2];
        let mut key = tri(0, text[from], text[from + 1]);
        let mut i = from;
        loop {
            while i < to {
                key = (key << 5 | fold(ends[i + 2])) & (TRIGRAMS - 1);
                if self.trigrams[key / 64] & (1 << (key % 64)) != 0 {
                    break;
                }
                i += 1;
            }
            if i == to {
                return;
            }
            if i + 3 < n {
                let q = key << 5 | fold(text[i + 3]);
                if self.quads[q / 64] & (1 << (q % 64)) == 0 {
                    i += 1;
                    continue;
                }
            }
            let w = lower8(read8(text, i));
            let k = bucket(w as u32);
            let bucket = &self.entries[self.starts[k] as usize..self.starts[k + 1] as usize];
            for e in bucket {
                if w & e.mask != e.head || e.len as usize > n - i {
                    continue;
                }
                if e.len > 8 && lower8(read8(text, i + 8)) & e.tail_mask != e.tail {
                    continue;
                }
                found(i, e.id as usize);
            }
            i += 1;
        }
    }
}

impl Entry {
    /// Whether the literal occurs in `text` at `i` (ASCII case ignored).
    fn at(&self, text: &[u8], i: usize) -> bool {
        self.len as usize <= text.len() - i
            && lower8(read8(text, i)) & self.mask == self.head
            && (self.len <= 8 || lower8(read8(text, i + 8)) & self.tail_mask == self.tail)
    }
}

impl Table {
    /// Appends to `found` (position, id) of every literal that occurs in `text` over its space
    /// at `join` (`text[join]` is a space): those that start at one of the [`MAX_LEN`]
    /// positions up to `join` and do not end before it, by position ascending. With the
    /// literals wholly before `join`, these are what [`Table::scan`] finds from those
    /// positions.
    fn scan_join(&self, text: &[u8], join: usize, found: &mut Vec<(u32, u32)>) {
        debug_assert_eq!(text.get(join), Some(&b' '), "a join is a space");
        if join >= text.len() {
            return;
        }
        let before = join.checked_sub(1).map_or(0, |b| text[b]);
        let after = text.get(join + 1).copied().unwrap_or(0);
        let from = found.len();
        for k in spaced_keys(before, after) {
            let (s, e) = (self.spaced_starts[k] as usize, self.spaced_starts[k + 1] as usize);
            for &(at, e) in &self.spaced[s..e] {
                let Some(i) = join.checked_sub(usize::from(at)) else { continue };
                let e = &self.entries[usize::from(e)];
                if e.at(text, i) {
                    found.push((i as u32, e.id));
                }
            }
        }
        // Rarely more than one.
        if found.len() > from + 1 {
            found[from..].sort_unstable();
        }
    }
}

/// A literal (at most [`MAX_LEN`] = 16 bytes) as a key of the start-up map from literals to
/// ids: its bytes, zeros after them, and its length. No allocation per lookup and a cheap hash:
/// building the prefilter is paid by every run (issue 14).
fn key_of(l: &[u8]) -> (u128, usize) {
    let mut b = [0u8; 16];
    b[..l.len()].copy_from_slice(l);
    (u128::from_le_bytes(b), l.len())
}

/// A multiply-rotate hash of [`key_of`]'s keys (the literals are the build's, not an
/// attacker's).
#[derive(Default)]
struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u64(u64::from(b));
        }
    }

    fn write_u64(&mut self, x: u64) {
        self.0 = (self.0.rotate_left(5) ^ x).wrapping_mul(0x517C_C1B7_2722_0A95);
    }

    fn write_u128(&mut self, x: u128) {
        self.write_u64(x as u64);
        self.write_u64((x >> 64) as u64);
    }

    fn write_usize(&mut self, x: usize) {
        self.write_u64(x as u64);
    }
}

/// Sets of rows, one bit each, on the stack for up to 16 words (a table of up to 256 rows in
/// up to four clause slots).
enum Rows {
    Small([u64; 16]),
    Large(Vec<u64>),
}

impl Rows {
    /// `words` zero words.
    fn new(words: usize) -> Rows {
        if words <= 16 {
            Rows::Small([0; 16])
        } else {
            Rows::Large(vec![0; words])
        }
    }

    fn words(&mut self) -> &mut [u64] {
        match self {
            Rows::Small(w) => w,
            Rows::Large(w) => w,
        }
    }
}

/// `acc |= bits`, word by word.
fn or_into(acc: &mut [u64], bits: &[u64]) {
    for (a, b) in acc.iter_mut().zip(bits) {
        *a |= b;
    }
}

/// The table of every row's literals and, per literal, the rows that need it.
///
/// A row is admitted when each of its clauses holds a found literal. Instead of walking the
/// rows a literal touches and testing each clause of each (≈ 1.5 k instructions per window of
/// a log, issue 14), every literal carries, per clause *slot* (the row's first, second, third
/// clause), the set of rows whose clause in that slot holds it: the rows met in slot `s` are
/// the union of those sets over the found literals (and the rows with fewer clauses), and the
/// admitted rows are the rows met in every slot.
pub struct Prefilter {
    table: Table,
    /// Literals in the table.
    literals: usize,
    /// Words of a set of rows.
    row_words: usize,
    /// Clause slots: the most clauses a row has (at least one).
    slots: usize,
    /// For literal `p`, the words of the slot sets that it meets, as (index into a slot set
    /// laid out as `met_always`, bits): `met_by[met_starts[p]..met_starts[p + 1]]` (most
    /// literals are in one clause of one row: one word, not `slots × row_words`).
    met_starts: Vec<u32>,
    met_by: Vec<(u32, u64)>,
    /// Per slot, the rows with no clause there (met whatever is found), laid out as one
    /// literal's sets in `met_by`.
    met_always: Vec<u64>,
    /// For literal `p`, the rows that can cross with `p` among their prefix literals, at
    /// `crossing_from[p * row_words..][..row_words]`.
    crossing_from: Vec<u64>,
    /// The literals whose `crossing_from` set is not empty, one bit each: a line's found
    /// literals are walked through this mask (most are no crossing row's prefix, and touching
    /// each was ≈ 600 instructions a window of pin errors, issue 14).
    crossing_lits: Vec<u64>,
    /// Rows that can cross and have no prefix literals.
    crossing_anywhere: Vec<u64>,
    /// Rows that can cross, one bit each.
    crossing_rows: Vec<u64>,
    /// Per row, its clauses as literal ids (the reference admission in the tests).
    #[cfg(test)]
    clauses: Vec<Vec<Vec<u32>>>,
    /// Rows with no usable literal: always candidates.
    always: Vec<u32>,
    /// Per row, the literals one of which every match starts with (`scan_wrapped`).
    prefix: Vec<Option<Vec<u32>>>,
    /// Per row, whether a match can cross a line break ([`can_cross`]).
    crosses: Vec<bool>,
}

impl Prefilter {
    /// One entry per row, in table order.
    pub fn new<'a>(patterns: impl IntoIterator<Item = &'a str>) -> Prefilter {
        let mut literals: Vec<Vec<u8>> = Vec::new();
        let mut index: HashMap<(u128, usize), u32, BuildHasherDefault<KeyHasher>> =
            HashMap::default();
        let mut id_of = |l: Vec<u8>, literals: &mut Vec<Vec<u8>>| {
            let id = *index.entry(key_of(&l)).or_insert(literals.len() as u32);
            if id as usize == literals.len() {
                literals.push(l);
            }
            id
        };
        let mut always = Vec::new();
        let mut clauses: Vec<Vec<Vec<u32>>> = Vec::new();
        let mut prefixes = Vec::new();
        let mut crosses = Vec::new();
        for (i, p) in patterns.into_iter().enumerate() {
            prefixes.push(prefix_of(p));
            crosses.push(can_cross(p));
            let Some(cs) = clauses_of(p) else {
                always.push(i as u32);
                clauses.push(Vec::new());
                continue;
            };
            let ids = cs
                .into_iter()
                .map(|c| c.into_iter().map(|l| id_of(l, &mut literals)).collect())
                .collect();
            clauses.push(ids);
        }
        let rows = clauses.len();
        // Prefix literals are looked up too (most are a clause's literal already); they admit
        // no row by themselves.
        let prefix: Vec<Option<Vec<u32>>> = prefixes
            .into_iter()
            .map(|p| p.map(|set| set.into_iter().map(|l| id_of(l, &mut literals)).collect()))
            .collect();
        let row_words = rows.div_ceil(64).max(1);
        let slots = clauses.iter().map(Vec::len).max().unwrap_or(0).max(1);
        let mut met: Vec<Vec<(u32, u64)>> = vec![Vec::new(); literals.len()];
        let mut met_always = vec![0u64; slots * row_words];
        for (r, cs) in clauses.iter().enumerate() {
            for s in 0..slots {
                let (at, bit) = (s * row_words + r / 64, 1u64 << (r % 64));
                match cs.get(s) {
                    Some(c) => {
                        for &l in c {
                            let words = &mut met[l as usize];
                            match words.iter_mut().find(|w| w.0 as usize == at) {
                                Some(w) => w.1 |= bit,
                                None => words.push((at as u32, bit)),
                            }
                        }
                    }
                    None => met_always[at] |= bit,
                }
            }
        }
        let mut met_starts = Vec::with_capacity(literals.len() + 1);
        met_starts.push(0);
        for words in &met {
            met_starts.push(met_starts[met_starts.len() - 1] + words.len() as u32);
        }
        let met_by = met.concat();
        let mut crossing_from = vec![0u64; literals.len() * row_words];
        let mut crossing_anywhere = vec![0u64; row_words];
        let mut crossing_lits = vec![0u64; literals.len().div_ceil(64)];
        let mut crossing_rows = vec![0u64; row_words];
        for (r, p) in prefix.iter().enumerate().filter(|(r, _)| crosses[*r]) {
            set_bit(&mut crossing_rows, 0, r);
            match p {
                Some(set) => {
                    for &l in set {
                        set_bit(&mut crossing_from, l as usize * row_words, r);
                        crossing_lits[l as usize / 64] |= 1 << (l % 64);
                    }
                }
                None => set_bit(&mut crossing_anywhere, 0, r),
            }
        }
        Prefilter {
            literals: literals.len(),
            table: Table::new(literals),
            row_words,
            slots,
            met_starts,
            met_by,
            met_always,
            crossing_from,
            crossing_lits,
            crossing_anywhere,
            crossing_rows,
            #[cfg(test)]
            clauses,
            always,
            prefix,
            crosses,
        }
    }

    /// Words of a found set ([`Prefilter::found_into`]).
    pub fn words(&self) -> usize {
        self.literals.div_ceil(64)
    }

    /// [`Prefilter::found_hits`] into buffers kept by the caller (cleared first).
    pub fn found_hits_into(&self, text: &str, found: &mut Vec<u64>, hits: &mut Vec<(u32, u32)>) {
        found.clear();
        found.resize(self.words(), 0);
        hits.clear();
        self.hits_at(text.as_bytes(), 0..text.len(), found, hits);
    }

    /// The rows that can cross a line break ([`can_cross`]), one bit each (for
    /// [`Prefilter::met_rows`]).
    pub fn crossing_rows(&self) -> &[u64] {
        &self.crossing_rows
    }

    /// Whether a match of row `row` can cross a line break ([`can_cross`]).
    pub fn crosses(&self, row: usize) -> bool {
        self.crosses[row]
    }

    /// Rows that can match `text`, ascending (table order). A row not listed cannot match.
    pub fn candidates(&self, text: &str) -> Vec<usize> {
        self.candidates_found(&self.found(text))
    }

    /// The literals that occur in `text`, one bit each (for [`Prefilter::candidates_found`]).
    pub fn found(&self, text: &str) -> Vec<u64> {
        let mut found = vec![0u64; self.words()];
        self.found_at(text.as_bytes(), 0..text.len(), &mut found);
        found
    }

    /// [`Prefilter::found`], also listing each occurrence as (position, literal).
    pub fn found_hits(&self, text: &str) -> (Vec<u64>, Vec<(u32, u32)>) {
        let mut found = vec![0u64; self.words()];
        let mut hits = Vec::new();
        self.hits_at(text.as_bytes(), 0..text.len(), &mut found, &mut hits);
        (found, hits)
    }

    /// Adds to `found` the literals that occur in `text` starting at a position of `starts`
    /// (the literals across a join, [`MAX_LEN`] − 1 positions before it).
    pub fn found_at(&self, text: &[u8], starts: Range<usize>, found: &mut [u64]) {
        self.table.scan(text, starts, |_, p| set(found, p));
    }

    /// [`Prefilter::found_at`], also listing each occurrence as (position, literal).
    pub fn hits_at(
        &self,
        text: &[u8],
        starts: Range<usize>,
        found: &mut [u64],
        hits: &mut Vec<(u32, u32)>,
    ) {
        self.table.scan(text, starts, |at, p| {
            set(found, p);
            hits.push((at as u32, p as u32));
        });
    }

    /// Appends to `hits` (position, literal) of every literal over the space at `join` in
    /// `text` ([`Table::scan_join`]), by position ascending: a window's literals are its
    /// lines' and these, at each join.
    pub fn join_hits_into(&self, text: &[u8], join: usize, hits: &mut Vec<(u32, u32)>) {
        self.table.scan_join(text, join, hits);
    }

    /// Whether literal `p` is a prefix literal of row `row`, for a row that can cross a line
    /// break ([`Prefilter::crosses`]; one bit instead of a search of the row's prefixes).
    pub fn starts_crossing(&self, p: usize, row: usize) -> bool {
        debug_assert!(self.crosses[row], "row {row} cannot cross");
        self.crossing_from[p * self.row_words + row / 64] & (1 << (row % 64)) != 0
    }

    /// Whether literal `p` is a prefix literal of some row that can cross a line break.
    pub fn starts_crossing_any(&self, p: usize) -> bool {
        self.crossing_lits[p / 64] & (1 << (p % 64)) != 0
    }

    /// The literals (ids) one of which every match of row `row` starts with, if known.
    pub fn prefix(&self, row: usize) -> Option<&[u32]> {
        self.prefix.get(row).and_then(|p| p.as_deref())
    }

    /// Rows that can match a text whose literals are `found` (or a subset of `found`: more
    /// literals can only admit more rows), ascending.
    pub fn candidates_found(&self, found: &[u64]) -> Vec<usize> {
        let mut out = Vec::new();
        self.candidates_into(found, &mut out);
        out
    }

    /// [`Prefilter::candidates_found`] into `out` (cleared first).
    pub fn candidates_into(&self, found: &[u64], out: &mut Vec<usize>) {
        self.admitted(found, None, out);
    }

    /// The rows (of `among`, when given) whose every clause `found` meets, ascending, into
    /// `out` (cleared first).
    fn admitted(&self, found: &[u64], among: Option<&[u64]>, out: &mut Vec<usize>) {
        let per = self.slots * self.row_words;
        let mut met = Rows::new(per);
        let met = &mut met.words()[..per];
        met.copy_from_slice(&self.met_always);
        each_bit(found, |p| self.meet(p, met));
        self.met_rows(met, among, out);
    }

    /// The clauses met by the literals `found`, into `met` (replaced): per clause slot, one
    /// bit per row whose clause there holds one of them (or that has no clause there). The
    /// met set of a text is the union of its pieces' (a clause is met when one of its
    /// literals is found anywhere), so a window takes its lines' and [`Prefilter::meet`]s only
    /// the literals across its joins.
    pub fn met_into(&self, found: &[u64], met: &mut Vec<u64>) {
        met.clear();
        met.extend_from_slice(&self.met_always);
        each_bit(found, |p| self.meet(p, met));
    }

    /// Adds to `met` the clauses that literal `p` meets.
    pub fn meet(&self, p: usize, met: &mut [u64]) {
        let words = self.met_starts[p] as usize..self.met_starts[p + 1] as usize;
        for &(at, bits) in &self.met_by[words] {
            met[at as usize] |= bits;
        }
    }

    /// The rows (of `among`, when given) whose every clause is met in `met`
    /// ([`Prefilter::met_into`]), ascending, into `out` (cleared first).
    pub fn met_rows(&self, met: &[u64], among: Option<&[u64]>, out: &mut Vec<usize>) {
        let w = self.row_words;
        out.clear();
        for j in 0..w {
            let mut word = among.map_or(u64::MAX, |a| a[j]);
            for s in 0..self.slots {
                word &= met[s * w + j];
            }
            each_bit(&[word], |b| out.push(j * 64 + b));
        }
    }

    /// The rows that can cross a line break and have no prefix literals or one of `before`
    /// (literals that start before the break), into `touched` (replaced). Like
    /// [`Prefilter::met_into`], a union over literals: a line keeps its own and a window adds
    /// those across its join ([`Prefilter::touch`]).
    pub fn touched_into(&self, before: &[u64], touched: &mut Vec<u64>) {
        touched.clear();
        touched.extend_from_slice(&self.crossing_anywhere);
        for (w, (&found, &mask)) in before.iter().zip(&self.crossing_lits).enumerate() {
            let mut b = found & mask;
            while b != 0 {
                self.touch(w * 64 + b.trailing_zeros() as usize, touched);
                b &= b - 1;
            }
        }
    }

    /// Adds to `touched` the crossing rows that have literal `p` among their prefix literals.
    pub fn touch(&self, p: usize, touched: &mut [u64]) {
        let w = self.row_words;
        or_into(touched, &self.crossing_from[p * w..(p + 1) * w]);
    }

    /// The candidates of a window ([`Prefilter::candidates_found`] of its literals `found`)
    /// that can cross a line break and, if they have prefix literals, have one among
    /// `before` (the literals that start before the break), ascending, into `out` (cleared
    /// first). Only such a row can have a match that starts before the break and crosses it.
    /// The reference for a window's rows from its lines' met and touched sets.
    #[cfg(test)]
    pub fn crossing_into(&self, found: &[u64], before: &[u64], out: &mut Vec<usize>) {
        let w = self.row_words;
        let mut touched = Rows::new(w);
        let touched = &mut touched.words()[..w];
        touched.copy_from_slice(&self.crossing_anywhere);
        each_bit(before, |p| or_into(touched, &self.crossing_from[p * w..(p + 1) * w]));
        self.admitted(found, Some(touched), out);
    }

    /// Every literal of the table, by id (for the tests of the callers).
    #[cfg(test)]
    pub fn table_literals(&self) -> Vec<Vec<u8>> {
        self.table.literals.clone()
    }

    /// Rows always tried (no literal of at least [`MIN_LEN`] bytes), for the docs and tests.
    pub fn always(&self) -> impl Iterator<Item = usize> + '_ {
        self.always.iter().map(|&r| r as usize)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::signals::TABLE;

    /// The most selective clause.
    fn lits_of(p: &str) -> Vec<String> {
        let first = required_clauses(p).and_then(|c| c.into_iter().next()).unwrap_or_default();
        first.into_iter().map(|l| String::from_utf8(l).unwrap()).collect()
    }

    #[test]
    fn longest_required_piece_is_chosen() {
        assert_eq!(
            lits_of(r#"Auth profile "(?P<id>[^"]+)" is for (?P<p>[\w.-]+), not"#),
            vec!["auth profile \""]
        );
        assert_eq!(
            lits_of(r"Model login expired on the gateway(?: for (?P<p>[\w.-]+))?"),
            vec!["model login expi"]
        );
        assert_eq!(
            lits_of(r"reason=(?:timeout|server_error)\b"),
            vec!["reason=server_er", "reason=timeout"]
        );
    }

    #[test]
    fn every_piece_of_a_concatenation_is_required() {
        let c =
            required_clauses(r#"Auth profile "(?P<id>[^"]+)" is for (?P<p>[\w.-]+), not"#).unwrap();
        assert_eq!(
            c,
            vec![
                vec![b"auth profile \"".to_vec()],
                vec![b"\" is for ".to_vec()],
                vec![b", not".to_vec()]
            ]
        );
        let pf = Prefilter::new([
            r#"Auth profile "(?P<id>[^"]+)" is for (?P<p>[\w.-]+), not"#,
            r#"Auth profile "(?P<id>[^"]+)" not found"#,
        ]);
        assert_eq!(pf.candidates(r#"Auth profile "a:b" is for a, not b."#), vec![0]);
        assert_eq!(pf.candidates(r#"Auth profile "a:b" not found"#), vec![1]);
        assert!(pf.candidates(r#"Auth profile "a:b" is fine"#).is_empty());
    }

    #[test]
    fn alternation_needs_every_branch() {
        assert_eq!(lits_of(r"abc\w+|xyz"), vec!["abc", "xyz"]);
        assert!(lits_of(r"abc|\w+").is_empty());
        assert!(lits_of(r"(?:abc)?\w+").is_empty());
        assert!(lits_of(r"ab").is_empty(), "shorter than MIN_LEN");
    }

    #[test]
    fn unicode_case_folding_is_kept() {
        // (?i)k also matches U+212A KELVIN SIGN: that spelling must be a literal too.
        let l = lits_of(r"(?i)token");
        assert!(
            l.contains(&"token".to_string()) && l.contains(&"to\u{212A}en".to_string()),
            "{l:?}"
        );
        let pf = Prefilter::new([r"(?i)OAuth token has expired"]);
        assert_eq!(pf.candidates("OAUTH TO\u{212A}EN HAS EXPIRED"), vec![0]);
        assert_eq!(pf.candidates("oauth token has expired"), vec![0]);
        assert!(pf.candidates("oauth tolerance").is_empty());
    }

    /// The table finds every occurrence a plain search finds, in any ASCII case.
    #[test]
    fn table_finds_what_a_plain_search_finds() {
        let lits: Vec<Vec<u8>> =
            ["abc", "abcdefghijkl", "ABD", "xyz12345", "to\u{212A}en", "\" is for "]
                .iter()
                .map(|l| l.to_ascii_lowercase().into_bytes())
                .collect();
        let table = Table::new(lits.clone());
        for text in [
            "abc",
            "xABCDEFGHIJKLx",
            "abd ABD aBd",
            "XYZ12345",
            "xyz1234",
            "TO\u{212A}EN",
            "ab",
            "Auth \" IS FOR x",
            "…abc…abcdefghijk",
            "",
        ] {
            let mut got = vec![0usize; lits.len()];
            table.scan(text.as_bytes(), 0..text.len(), |_, id| got[id] += 1);
            let lower = text.as_bytes().to_ascii_lowercase();
            for (id, l) in lits.iter().enumerate() {
                let want = lower.windows(l.len()).filter(|w| w == &l.as_slice()).count();
                assert_eq!(got[id], want, "{text:?} {:?}", String::from_utf8_lossy(l));
            }
        }
        for w in 0..=255u8 {
            let x = u64::from_le_bytes([w; 8]);
            assert_eq!(lower8(x), u64::from_le_bytes([w.to_ascii_lowercase(); 8]), "{w}");
        }
    }

    /// With the table's own literals, the trigram skip drops no occurrence: every hit a plain
    /// search finds (any ASCII case, any range of starts) on 20,000 texts made of literals,
    /// their case variants, pieces of them and other bytes, and on the fixtures.
    #[test]
    fn trigram_skip_keeps_every_hit() {
        let pf = Prefilter::new(TABLE.iter().map(|r| r.re));
        let lits = &pf.table.literals;
        let plain = |text: &[u8], starts: Range<usize>| {
            let lower = text.to_ascii_lowercase();
            let mut want = Vec::new();
            for i in starts.start..starts.end.min(text.len()) {
                for (id, l) in lits.iter().enumerate() {
                    if lower[i..].starts_with(l) {
                        want.push((i, id));
                    }
                }
            }
            want.sort_unstable();
            want
        };
        let got = |text: &[u8], starts: Range<usize>| {
            let mut got = Vec::new();
            pf.table.scan(text, starts, |i, id| got.push((i, id)));
            got.sort_unstable();
            got
        };
        let mut rng = crate::testgen::XorShift(0x0DDB_1A5E_5BAD_5EED);
        let mut next = |n: usize| rng.below(n);
        let others: [&[u8]; 8] = [b" ", b"\"", b"@", b"`", b"\xc3\xa9", b"Q", b"0", b"\x7f"];
        for _ in 0..20_000 {
            let mut text = Vec::new();
            for _ in 0..1 + next(8) {
                match next(4) {
                    0 => text.extend_from_slice(others[next(others.len())]),
                    k => {
                        let l = &lits[next(lits.len())];
                        let cut = if k == 1 { next(l.len()) + 1 } else { l.len() };
                        for &b in &l[..cut] {
                            text.push(if next(2) == 0 { b.to_ascii_uppercase() } else { b });
                        }
                    }
                }
            }
            let (a, b) = (next(text.len() + 1), next(text.len() + 2));
            assert_eq!(got(&text, 0..text.len()), plain(&text, 0..text.len()), "{text:?}");
            assert_eq!(got(&text, a..b), plain(&text, a..b), "{text:?} {a}..{b}");
        }
        for f in [
            include_str!("../../benches/fixtures/probe_table.txt"),
            include_str!("../../benches/fixtures/gateway_log_200.txt"),
            include_str!("../../benches/fixtures/models_status.txt"),
        ] {
            for l in f.lines() {
                assert_eq!(got(l.as_bytes(), 0..l.len()), plain(l.as_bytes(), 0..l.len()), "{l}");
            }
        }
    }

    /// The literals over a join (a space), looked up by the bytes around it, are what the whole
    /// table finds from the [`MAX_LEN`] positions up to it, less those that end before it, by
    /// position ascending: at every space of 20,000 texts made around the table's literals
    /// that hold a space (cut anywhere but at that space, in any ASCII case, between literals
    /// and other bytes) and of the fixtures' lines. And a crossing row's prefix literals are
    /// those [`Prefilter::starts_crossing`] says.
    #[test]
    fn join_lookup_finds_what_the_scan_finds_over_the_space() {
        let pf = Prefilter::new(TABLE.iter().map(|r| r.re));
        let lits: Vec<Vec<u8>> = pf.table.literals.iter().map(|l| l.to_ascii_lowercase()).collect();
        let mut found = 0;
        let mut check = |text: &[u8]| {
            for join in (0..text.len()).filter(|&j| text[j] == b' ') {
                let mut want = Vec::new();
                pf.table.scan(text, join.saturating_sub(MAX_LEN - 1)..join + 1, |i, id| {
                    if i + lits[id].len() > join {
                        want.push((i as u32, id as u32));
                    }
                });
                want.sort_unstable();
                let mut got = Vec::new();
                pf.join_hits_into(text, join, &mut got);
                assert!(got.windows(2).all(|w| w[0].0 <= w[1].0), "{got:?} out of order");
                got.sort_unstable();
                assert_eq!(got, want, "{:?} at {join}", String::from_utf8_lossy(text));
                found += want.len();
            }
        };
        let spaced: Vec<&Vec<u8>> = lits.iter().filter(|l| l.contains(&b' ')).collect();
        assert!(spaced.len() > 100, "{} literals with a space", spaced.len());
        let mut rng = crate::testgen::XorShift(0x5_9ACE_D10B_5EED);
        let others: [&[u8]; 9] = [b" ", b"\"", b"@", b"`", b"\xc3\xa9", b"Q", b"0", b".", b"n"];
        for _ in 0..20_000 {
            let mut text = Vec::new();
            for _ in 0..1 + rng.below(4) {
                match rng.below(4) {
                    0 => text.extend_from_slice(others[rng.below(others.len())]),
                    1 => text.extend_from_slice(&lits[rng.below(lits.len())]),
                    _ => {
                        let l = spaced[rng.below(spaced.len())];
                        let spaces: Vec<usize> = (0..l.len()).filter(|&i| l[i] == b' ').collect();
                        let at = spaces[rng.below(spaces.len())];
                        let (from, to) = (rng.below(at + 1), at + 1 + rng.below(l.len() - at));
                        for &b in &l[from..to] {
                            let upper = rng.below(2) == 0;
                            text.push(if upper { b.to_ascii_uppercase() } else { b });
                        }
                    }
                }
            }
            check(&text);
        }
        for f in crate::testgen::fixture_texts() {
            for l in f.lines() {
                check(l.as_bytes());
            }
        }
        assert!(found > 20_000, "only {found} literals over a space");
        for r in (0..pf.crosses.len()).filter(|&r| pf.crosses(r)) {
            let Some(prefix) = pf.prefix(r) else { continue };
            for p in 0..pf.literals {
                assert_eq!(pf.starts_crossing(p, r), prefix.contains(&(p as u32)), "{r} {p}");
            }
        }
    }

    fn get(bits: &[u64], i: usize) -> bool {
        bits[i / 64] & (1 << (i % 64)) != 0
    }

    /// The admission the slot sets replaced, as the rows define it: every clause of the row
    /// holds a found literal (a row without clauses always).
    fn admitted_reference(pf: &Prefilter, found: &[u64]) -> Vec<usize> {
        (0..pf.clauses.len())
            .filter(|&r| pf.clauses[r].iter().all(|c| c.iter().any(|&l| get(found, l as usize))))
            .collect()
    }

    /// The crossing rows the per-literal row sets replaced: admitted, can cross, and no
    /// prefix literals or one of them in `before`.
    fn crossing_reference(pf: &Prefilter, found: &[u64], before: &[u64]) -> Vec<usize> {
        admitted_reference(pf, found)
            .into_iter()
            .filter(|&r| pf.crosses(r))
            .filter(|&r| pf.prefix(r).is_none_or(|p| p.iter().any(|&l| get(before, l as usize))))
            .collect()
    }

    /// `candidates_found` and `crossing_into` admit what the clauses say, on random sets of
    /// found literals (of the table's rows, and of the clause literals of one to three rows
    /// so that rows are met), on the fixtures' lines, and for small tables.
    #[test]
    fn slot_sets_admit_as_the_clauses_say() {
        let pf = Prefilter::new(TABLE.iter().map(|r| r.re));
        let mut rng = crate::testgen::XorShift(0x5107_5E75_AD31_77ED);
        let mut out = Vec::new();
        let mut check = |pf: &Prefilter, found: &[u64], before: &[u64]| {
            assert_eq!(pf.candidates_found(found), admitted_reference(pf, found), "{found:?}");
            pf.crossing_into(found, before, &mut out);
            assert_eq!(out, crossing_reference(pf, found, before), "{found:?} {before:?}");
        };
        for _ in 0..5_000 {
            let mut found = vec![0u64; pf.words()];
            let mut before = vec![0u64; pf.words()];
            for _ in 0..rng.below(4) {
                for c in &pf.clauses[rng.below(pf.clauses.len())] {
                    if rng.below(5) > 0 && !c.is_empty() {
                        set(&mut found, c[rng.below(c.len())] as usize);
                    }
                }
            }
            for _ in 0..rng.below(40) {
                let l = rng.below(pf.literals);
                set(&mut found, l);
                if rng.below(2) == 0 {
                    set(&mut before, l);
                }
            }
            for r in 0..pf.clauses.len() {
                if let Some(p) = pf.prefix(r).filter(|_| rng.below(8) == 0) {
                    set(&mut before, p[rng.below(p.len())] as usize);
                }
            }
            check(&pf, &found, &before);
        }
        for f in crate::testgen::fixture_texts() {
            for l in f.lines() {
                let found = pf.found(&crate::parse::signals::normalize(l));
                check(&pf, &found, &found);
            }
        }
        let small = Prefilter::new([r"\w+", "abcdef", r"x\d+ token", "(?:auth|login) failed"]);
        for text in ["", "abcdef", "TOKEN x1", "auth failed", "login failed abcdef token"] {
            let found = small.found(text);
            check(&small, &found, &found);
            check(&small, &found, &vec![0; found.len()]);
        }
    }

    /// A window's rows combined from its lines' met and touched sets and the literals across
    /// its join (as `Scanner::wrapped` does) are `crossing_into`'s of the union of its
    /// literals; a line's rows from its met set are `candidates_found`'s.
    #[test]
    fn met_and_touched_combine_as_crossing_into() {
        let pf = Prefilter::new(TABLE.iter().map(|r| r.re));
        let lines: Vec<Vec<u64>> = crate::testgen::fixture_texts()
            .iter()
            .flat_map(|f| f.lines().map(|l| pf.found(&crate::parse::signals::normalize(l))))
            .collect();
        let mut rng = crate::testgen::XorShift(0x3E7_70C4_ED0F_11E5);
        let (mut out, mut want, mut met, mut more, mut touched) =
            (Vec::new(), Vec::new(), Vec::new(), Vec::new(), Vec::new());
        for _ in 0..20_000 {
            let (a, b, c) = (rng.below(lines.len()), rng.below(lines.len()), rng.below(3));
            let (mut join, mut join_before) = (vec![0u64; pf.words()], vec![0u64; pf.words()]);
            for _ in 0..rng.below(4) {
                let l = rng.below(pf.literals);
                set(&mut join, l);
                if rng.below(2) == 0 {
                    set(&mut join_before, l);
                }
            }
            // Lines with a row's prefix literal before the join and its other clauses after.
            if rng.below(4) == 0 {
                let r = rng.below(pf.clauses.len());
                if let Some(p) = pf.prefix(r) {
                    set(&mut join_before, p[rng.below(p.len())] as usize);
                }
                for cl in &pf.clauses[r] {
                    set(&mut join, cl[rng.below(cl.len())] as usize);
                }
            }
            or_into(&mut join, &join_before.clone());
            let window = [a, b, c].iter().take(2 + rng.below(2)).copied().collect::<Vec<_>>();
            pf.met_into(&lines[window[0]], &mut met);
            for &l in &window[1..] {
                pf.met_into(&lines[l], &mut more);
                or_into(&mut met, &more);
            }
            each_bit(&join, |p| pf.meet(p, &mut met));
            pf.touched_into(&lines[a], &mut touched);
            // The mask of crossing prefix literals leaves out only literals that touch nothing.
            let mut every = pf.crossing_anywhere.clone();
            each_bit(&lines[a], |p| pf.touch(p, &mut every));
            assert_eq!(touched, every);
            each_bit(&join_before, |p| pf.touch(p, &mut touched));
            pf.met_rows(&met, Some(&touched), &mut out);
            let mut found = join.clone();
            for &l in &window {
                or_into(&mut found, &lines[l]);
            }
            let mut before = join_before.clone();
            or_into(&mut before, &lines[a]);
            pf.crossing_into(&found, &before, &mut want);
            assert_eq!(out, want, "{window:?} {join:?} {join_before:?}");
            pf.met_into(&lines[a], &mut met);
            pf.met_rows(&met, None, &mut out);
            assert_eq!(out, pf.candidates_found(&lines[a]));
        }
    }

    #[test]
    fn space_after_the_first_byte() {
        for (p, want) in [
            ("ab", false),
            ("a b", true),
            (" ab", false),
            (r"(?:^|[\s(])ab:\w+", false),
            (r"a\s+b", true),
            ("a[ x]", true),
            ("[ x]a", false),
            ("(?: a)?b", false),
            ("(?: a)+", true),
            ("(?: a){0}b", false),
            (".*", true),
            (r"\bx=[^,]+", true),
            (r"(?i)x\W", true),
            (r"x[\w.-]+", false),
        ] {
            assert_eq!(can_cross_space(p), want, "{p}");
        }
    }

    /// The literals across a join: a scan of the `MAX_LEN` positions before it finds every
    /// literal the whole text has there, and the window's found set covers the text's.
    #[test]
    fn literals_across_a_join() {
        let pf = Prefilter::new([r#"Auth profile "(?P<id>[^"]+)" is for"#, r"login expired"]);
        let text = r#"x Auth profile "a:b" is for y, login expired"#;
        for join in 0..text.len() {
            let (a, b) = text.split_at(join);
            let mut found = pf.found(a);
            for (f, g) in found.iter_mut().zip(pf.found(b)) {
                *f |= g;
            }
            pf.found_at(text.as_bytes(), join.saturating_sub(MAX_LEN - 1)..join + 1, &mut found);
            assert_eq!(found, pf.found(text), "{join}");
            assert_eq!(pf.candidates_found(&found), vec![0, 1]);
        }
    }

    #[test]
    fn rows_without_literals_are_always_candidates() {
        let pf = Prefilter::new([r"\w+", "abcdef", r"x\d+"]);
        assert_eq!(pf.always().collect::<Vec<_>>(), vec![0, 2]);
        assert_eq!(pf.candidates("nothing"), vec![0, 2]);
        assert_eq!(pf.candidates("xx ABCDEF"), vec![0, 1, 2]);
    }

    /// `build.rs` read every row of the table (a row it missed would be parsed at each start).
    #[test]
    fn build_read_every_row() {
        for r in TABLE {
            let at = generated::LITERALS.binary_search_by(|(p, _)| (*p).cmp(r.re));
            assert!(at.is_ok(), "build.rs did not read the row {:?}", r.re);
            assert_eq!(clauses_of(r.re), required_clauses(r.re));
            assert_eq!(prefix_of(r.re), prefix_literals(r.re));
            assert_eq!(can_cross(r.re), can_cross_space(r.re));
        }
    }
}
