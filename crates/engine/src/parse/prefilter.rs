//! Which signature rows can match a text, decided by literals (docs/performance.md, issue 14).
//!
//! Compiling every row of the signal table into one `RegexSet` was most of a one-shot CLI run
//! and grew with the table. Instead each row has up to three *clauses*, sets of literals one
//! of each of which every match of the row contains (parse/literals.rs). One table of all the
//! literals, keyed by their first four or eight bytes, says which are in a line; only rows
//! whose every clause is met are candidates, and only their regexes are compiled (on first
//! need) and run.
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

/// Entries of the four-byte filter (a power of two).
const FILTER: usize = 1 << 14;

/// Four bytes with bit 5 of each cleared: an ASCII capital and its small letter differ only
/// there, so a text position's bytes and its literal's agree on it whatever the case (other
/// pairs of bytes agree too, which only lets more positions through to the full compare).
fn fold4(x: u32) -> u32 {
    x & 0xDFDF_DFDF
}

/// The filter entry of four bytes, [`fold4`]ed; its high bits are the bucket of the
/// literals of fewer than eight bytes that start with them ([`short_bucket`]).
fn filter_key(folded: u32) -> usize {
    (folded.wrapping_mul(0x9E37_79B1) >> 18) as usize
}

/// What a filter entry says: literals of fewer than eight bytes, or of more, can start with
/// the four bytes (none: the entry is zero).
const SHORT: u8 = 1;
const LONG: u8 = 2;

/// Buckets of the literals of fewer than eight bytes, by their first four ([`filter_key`]'s
/// high bits), and of the longer ones, by their first eight ([`long_bucket`]); powers of two.
const SHORT_BUCKETS: usize = 1024;
const LONG_BUCKETS: usize = 4096;

/// The bucket of a short literal from its [`filter_key`].
fn short_bucket(key: usize) -> usize {
    key >> 4
}

const _: () = assert!(FILTER >> 4 == SHORT_BUCKETS);

/// The long-literal bucket of eight bytes, each with bit 5 cleared.
fn long_bucket(folded: u64) -> usize {
    (folded.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 52) as usize
}

/// A literal of fewer than eight bytes: its bytes (zeros past its end), their mask, bit 5 of
/// its letters (a text byte `t` is the letter `c` in either case when `t | 0x20 == c`) and
/// its id.
struct Short {
    head: u64,
    mask: u64,
    case: u64,
    id: u32,
}

/// A literal of eight to [`MAX_LEN`] = 16 bytes: its first eight and bit 5 of their letters,
/// the rest (zeros past its end), their mask and bit 5 of their letters, and its id. Two
/// compares decide a match (a byte loop over the rest was ~15 instructions a byte).
struct Long {
    head: u64,
    case: u64,
    tail: u64,
    tail_mask: u64,
    tail_case: u64,
    id: u32,
}

const _: () = assert!(MAX_LEN <= 16);

/// A piece of at most eight bytes of a literal, lower-cased, its mask and bit 5 of its
/// letters (SWAR: a byte at a time was a third of the table's build).
fn word(l: &[u8]) -> (u64, u64, u64) {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let mut b = [0u8; 8];
    let n = l.len().min(8);
    b[..n].copy_from_slice(&l[..n]);
    let w = u64::from_le_bytes(b);
    // High bit of each byte in `lo..=hi` (no carries: the bytes are masked to seven bits).
    let within = |w: u64, lo: u8, hi: u8| {
        let h = w & (0x7F * ONES);
        (h + u64::from(0x80 - lo) * ONES) & !(h + u64::from(0x7F - hi) * ONES) & !w & (0x80 * ONES)
    };
    let lower = w | within(w, b'A', b'Z') >> 2;
    let mask = if n == 8 { u64::MAX } else { (1u64 << (8 * n)) - 1 };
    (lower, mask, within(lower, b'a', b'z') >> 2)
}

/// `starts` of buckets `keys` (a bucket's entries are `entries[starts[k]..starts[k + 1]]`) and
/// where each entry goes, in the order of `keys`.
fn layout<const B: usize>(keys: &[usize]) -> (Box<[u32; B]>, Vec<usize>) {
    let mut starts = Box::new([0u32; B]);
    for &k in keys {
        starts[k + 1] += 1;
    }
    for k in 0..B - 1 {
        starts[k + 1] += starts[k];
    }
    let mut next = starts.clone();
    let at = keys
        .iter()
        .map(|&k| {
            next[k] += 1;
            next[k] as usize - 1
        })
        .collect();
    (starts, at)
}

/// Bytes the scan reads from a position: the four the filter tests and, at a position that
/// passes, sixteen to compare with its literals.
const READ: usize = 16;

/// Positions of a step of the scan, and the bytes it reads.
const STEP: usize = 8;
const CHUNK: usize = STEP - 1 + READ;

/// Every literal, in two hash tables, short and long ones. An Aho-Corasick automaton over the
/// ~750 literals did the same search, but building it cost 12 M instructions at every start,
/// more than a one-shot run's whole scan (issue 14); these tables are built in ~0.1 M.
struct Table {
    /// Entry [`filter_key`] of the first four bytes of every literal (every fourth byte for
    /// a literal of three) says whether literals of fewer than eight bytes ([`SHORT`]) or of
    /// more ([`LONG`]) start there: a position whose entry is zero starts no literal, and most
    /// positions of a paste are skipped on it (a bucket lookup at every position was ~75
    /// instructions a byte, a rolled trigram key and a four-byte bitmap after it ~18, issue
    /// 14). Fixed size, so the lookups need no bounds checks.
    filter: Box<[u8; FILTER]>,
    /// Literals of fewer than eight bytes in bucket `k`: `short[short_starts[k] as usize..]`
    /// up to `short_starts[k + 1]`, a literal of three bytes in the bucket of each fourth
    /// byte; likewise the longer ones by their first eight bytes, so a position is compared
    /// only with literals that start with its first four or eight bytes (keyed by three bytes,
    /// every literal with them was compared: ~7 a position in a log, issue 14).
    short_starts: Box<[u32; SHORT_BUCKETS + 1]>,
    short: Vec<Short>,
    long_starts: Box<[u32; LONG_BUCKETS + 1]>,
    long: Vec<Long>,
    /// Every literal once per space it holds, as (offset of the space, index of the literal in
    /// `spaced_literals`), keyed by the [`CLASS`]es of the bytes around that space ([`spaced_keys`]):
    /// the literals across a join (a space) are found by three lookups instead of scanning
    /// the 16 positions before it with the whole table (≈ 800 instructions a window of pin
    /// errors, issue 14). Key `k`: `spaced[spaced_starts[k]..spaced_starts[k + 1]]`.
    spaced_starts: Box<[u32; SPACED_KEYS + 1]>,
    spaced: Vec<(u16, u16)>,
    spaced_literals: Vec<Spaced>,
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
        let mut filter = Box::new([0u8; FILTER]);
        // (bucket, id) of the short literals and of the long ones.
        let (mut shorts, mut longs) = (Vec::new(), Vec::new());
        for (id, l) in literals.iter().enumerate() {
            assert!(
                (MIN_LEN..=MAX_LEN).contains(&l.len()),
                "a literal of MIN_LEN to MAX_LEN bytes"
            );
            // The scan reads zeros past a text's end.
            assert!(!l.contains(&0), "a literal with a zero byte");
            let head = word(l).0;
            let key = filter_key(fold4(head as u32));
            match l.len() {
                8.. => {
                    filter[key] |= LONG;
                    longs.push((long_bucket(head & 0xDFDF_DFDF_DFDF_DFDF), id));
                }
                4.. => {
                    filter[key] |= SHORT;
                    shorts.push((short_bucket(key), id));
                }
                _ => {
                    for d in 0..=255 {
                        let key = filter_key(fold4(head as u32 | d << 24));
                        filter[key] |= SHORT;
                        shorts.push((short_bucket(key), id));
                    }
                }
            }
        }
        shorts.sort_unstable();
        shorts.dedup();
        let keys: Vec<usize> = shorts.iter().map(|s| s.0).collect();
        let (short_starts, at) = layout::<{ SHORT_BUCKETS + 1 }>(&keys);
        let mut short: Vec<Option<Short>> = shorts.iter().map(|_| None).collect();
        for (&(_, id), &a) in shorts.iter().zip(&at) {
            let (head, mask, case) = word(&literals[id]);
            short[a] = Some(Short { head, mask, case, id: id as u32 });
        }
        let keys: Vec<usize> = longs.iter().map(|s| s.0).collect();
        let (long_starts, at) = layout::<{ LONG_BUCKETS + 1 }>(&keys);
        let mut long: Vec<Option<Long>> = longs.iter().map(|_| None).collect();
        for (&(_, id), &a) in longs.iter().zip(&at) {
            let l = &literals[id];
            let (head, _, case) = word(l);
            let (tail, tail_mask, tail_case) = word(&l[8..]);
            long[a] = Some(Long { head, case, tail, tail_mask, tail_case, id: id as u32 });
        }
        // Every space of every literal, as (offset, literal) and its key, and the literals
        // that hold one.
        let mut spaces: Vec<(usize, u16, u16)> = Vec::new();
        let mut spaced_literals = Vec::new();
        for (id, l) in literals.iter().enumerate() {
            if !l.contains(&b' ') {
                continue;
            }
            let at_literal = u16::try_from(spaced_literals.len()).expect("few literals");
            spaced_literals.push(Spaced::new(l, id));
            for at in (0..l.len()).filter(|&at| l[at] == b' ') {
                spaces.push((spaced_key_of(l, at), at as u16, at_literal));
            }
        }
        let keys: Vec<usize> = spaces.iter().map(|s| s.0).collect();
        let (spaced_starts, at) = layout::<{ SPACED_KEYS + 1 }>(&keys);
        let mut spaced = vec![(0u16, 0u16); spaces.len()];
        for (&(_, offset, l), &a) in spaces.iter().zip(&at) {
            spaced[a] = (offset, l);
        }
        Table {
            filter,
            short_starts,
            short: short.into_iter().flatten().collect(),
            long_starts,
            long: long.into_iter().flatten().collect(),
            spaced_starts,
            spaced,
            spaced_literals,
            #[cfg(test)]
            literals,
        }
    }

    /// Calls `found` with the id of every literal that occurs in `text` at a position of
    /// `starts` (ASCII case ignored; as often as it occurs), positions ascending.
    fn scan(&self, text: &[u8], starts: Range<usize>, mut found: impl FnMut(usize, usize)) {
        let n = text.len();
        let to = starts.end.min((n + 1).saturating_sub(MIN_LEN));
        let mut i = starts.start;
        // Steps of the text itself while they read within it, then of a copy of the rest
        // with zeros after it.
        while i + STEP <= to && i + CHUNK <= n {
            let chunk = text[i..i + CHUNK].try_into().expect("a chunk");
            self.step(chunk, STEP, &mut |k, id| found(i + k, id));
            i += STEP;
        }
        if i >= to {
            return;
        }
        let mut rest = [0u8; 3 * STEP + CHUNK];
        let copied = &text[i..n.min(to - 1 + READ)];
        rest[..copied.len()].copy_from_slice(copied);
        let mut k = 0;
        while i + k < to {
            let chunk = rest[k..k + CHUNK].try_into().expect("a chunk");
            self.step(chunk, (to - i - k).min(STEP), &mut |j, id| found(i + k + j, id));
            k += STEP;
        }
    }

    /// Calls `found` with the position in `chunk` and the id of every literal that occurs at
    /// one of its first `count` positions ([`STEP`] at most).
    #[inline(always)]
    fn step(&self, chunk: &[u8; CHUNK], count: usize, found: &mut impl FnMut(usize, usize)) {
        let four = |k: usize| fold4(u32::from_le_bytes(chunk[k..k + 4].try_into().expect("four")));
        let eight = |k: usize| u64::from_le_bytes(chunk[k..k + 8].try_into().expect("eight"));
        // The filter entries of the positions, a byte each, those past `count` cleared.
        let mut entries = 0u64;
        for k in 0..STEP {
            entries |= u64::from(self.filter[filter_key(four(k))]) << (8 * k);
        }
        if count < STEP {
            entries &= (1u64 << (8 * count)) - 1;
        }
        while entries != 0 {
            let k = entries.trailing_zeros() as usize / 8;
            let kind = (entries >> (8 * k)) as u8;
            entries &= !(0xFF << (8 * k));
            let head = eight(k);
            if kind & SHORT != 0 {
                let s = short_bucket(filter_key(four(k)));
                let short =
                    &self.short[self.short_starts[s] as usize..self.short_starts[s + 1] as usize];
                for e in short {
                    if (head | e.case) & e.mask == e.head {
                        found(k, e.id as usize);
                    }
                }
            }
            if kind & LONG != 0 {
                let tail = eight(k + 8);
                let l = long_bucket(head & 0xDFDF_DFDF_DFDF_DFDF);
                for e in &self.long[self.long_starts[l] as usize..self.long_starts[l + 1] as usize]
                {
                    if head | e.case == e.head && (tail | e.tail_case) & e.tail_mask == e.tail {
                        found(k, e.id as usize);
                    }
                }
            }
        }
    }
}

/// A literal that holds a space, for [`Table::scan_join`]: its sixteen bytes lower-cased
/// (zeros past its end), their masks and bit 5 of their letters, as [`word`] gives them, and
/// its id. Literals hold no zero byte, so zeros read past a text's end match none of them.
struct Spaced {
    head: u64,
    mask: u64,
    case: u64,
    tail: u64,
    tail_mask: u64,
    tail_case: u64,
    id: u32,
}

impl Spaced {
    fn new(l: &[u8], id: usize) -> Spaced {
        let (head, mask, case) = word(l);
        let (tail, tail_mask, tail_case) = word(l.get(8..).unwrap_or_default());
        Spaced { head, mask, case, tail, tail_mask, tail_case, id: id as u32 }
    }

    /// Whether the literal occurs in `text` at `i` (ASCII case ignored).
    fn at(&self, text: &[u8], i: usize) -> bool {
        let mut b = [0u8; 16];
        let rest = &text[i.min(text.len())..];
        let n = rest.len().min(16);
        b[..n].copy_from_slice(&rest[..n]);
        let head = u64::from_le_bytes(b[..8].try_into().expect("eight"));
        let tail = u64::from_le_bytes(b[8..].try_into().expect("eight"));
        (head | self.case) & self.mask == self.head
            && (tail | self.tail_case) & self.tail_mask == self.tail
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
                let l = &self.spaced_literals[usize::from(e)];
                if l.at(text, i) {
                    found.push((i as u32, l.id));
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
#[cfg(test)]
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
    /// Rows that can cross and have no prefix literals ([`Prefilter::touched_into`]).
    #[cfg(test)]
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
            #[cfg(test)]
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
    /// [`Prefilter::met_into`], a union over literals: a line's own and those across a join
    /// ([`Prefilter::touch`]). Windows no longer keep these sets (they search the crossing
    /// rows their literals meet from the crossing prefix literals before the join); the
    /// tests keep them as a reference.
    #[cfg(test)]
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
    #[cfg(test)]
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
        // Literals of three bytes (filed under every fourth byte) among the others, at every
        // position of generated texts of their pieces.
        let mut rng = crate::testgen::XorShift(0x3B17_E5AB_C0DE_F00D);
        let pieces = ["a", "b", "c", "D", "abc", "ABC", "abd", "xyz12345", "\" is for ", " ", "~"];
        for text in crate::testgen::joined_pieces(&mut rng, &pieces, 5_000, 30) {
            let b = text.as_bytes();
            let (x, y) = (rng.below(b.len() + 1), rng.below(b.len() + 1));
            for starts in [0..b.len(), x.min(y)..x.max(y)] {
                assert_eq!(
                    scanned(&table, b, starts.clone()),
                    plain_hits(&lits, b, starts),
                    "{text:?}"
                );
            }
        }
        // `word` lower-cases and marks letters as a byte loop would.
        for c in 0..=255u8 {
            let (head, mask, case) = word(&[c; 8]);
            assert_eq!(head, u64::from_le_bytes([c.to_ascii_lowercase(); 8]), "{c}");
            assert_eq!(mask, u64::MAX);
            assert_eq!(
                case,
                if c.is_ascii_alphabetic() { 0x20 * 0x0101_0101_0101_0101 } else { 0 }
            );
            assert_eq!(
                word(&[c, b'Q', b'r']),
                (u64::from(c.to_ascii_lowercase()) | 0x72_7100, 0xFF_FFFF, case & 0xFF | 0x20_2000)
            );
        }
        // A text byte `t` is a literal's (lower-cased) byte `c` in any ASCII case when
        // `t | case == c`, with `case` the bit 5 `word` keeps for letters; the filter and the
        // buckets see `t` and `c` alike with bit 5 cleared.
        for c in (1..=255u8).filter(|c| !c.is_ascii_uppercase()) {
            let (head, _, case) = word(&[c]);
            for t in 0..=255u8 {
                let same = t.to_ascii_lowercase() == c;
                assert_eq!(u64::from(t) | case == head, same, "{t} {c}");
                assert!(!same || fold4(u32::from(t)) == fold4(u32::from(c)), "{t} {c}");
            }
        }
    }

    /// The table's literals and their occurrences in `text` from `starts` by a plain search
    /// (any ASCII case), sorted: the reference for [`Table::scan`].
    fn plain_hits(lits: &[Vec<u8>], text: &[u8], starts: Range<usize>) -> Vec<(usize, usize)> {
        let lower = text.to_ascii_lowercase();
        let mut want = Vec::new();
        for i in starts.start..starts.end.min(text.len()) {
            for (id, l) in lits.iter().enumerate() {
                if lower[i..].starts_with(l) {
                    want.push((i, id));
                }
            }
        }
        want
    }

    /// [`Table::scan`]'s hits, sorted, after checking that it gives positions ascending.
    fn scanned(table: &Table, text: &[u8], starts: Range<usize>) -> Vec<(usize, usize)> {
        let mut got = Vec::new();
        table.scan(text, starts, |i, id| got.push((i, id)));
        assert!(got.windows(2).all(|w| w[0].0 <= w[1].0), "positions ascending: {got:?}");
        got.sort_unstable();
        got
    }

    /// With the table's own literals, the four-byte filter drops no occurrence: every hit a
    /// plain search finds (any ASCII case, any range of starts) on 20,000 texts of up to 24
    /// pieces made of literals, their case variants, pieces of them and other bytes (so
    /// positions in the text itself and in the copy of its end), on every fixture line and
    /// on whole fixtures.
    #[test]
    fn filter_keeps_every_hit() {
        let pf = Prefilter::new(TABLE.iter().map(|r| r.re));
        let lits = &pf.table.literals;
        let check = |text: &[u8], starts: Range<usize>| {
            let want = plain_hits(lits, text, starts.clone());
            assert_eq!(scanned(&pf.table, text, starts.clone()), want, "{text:?} {starts:?}");
        };
        let mut rng = crate::testgen::XorShift(0x0DDB_1A5E_5BAD_5EED);
        let mut next = |n: usize| rng.below(n);
        let others: [&[u8]; 12] =
            [b" ", b"\"", b"@", b"`", b"\xc3\xa9", b"Q", b"0", b"\x7f", b"~", b"\t", b"{", b"\x00"];
        for _ in 0..20_000 {
            let mut text = Vec::new();
            let most = if next(4) == 0 { 24 } else { 8 };
            for _ in 0..1 + next(most) {
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
            check(&text, 0..text.len());
            check(&text, a..b);
            check(&text, a..usize::MAX);
        }
        for f in crate::testgen::fixture_texts() {
            for l in f.lines() {
                check(l.as_bytes(), 0..l.len());
            }
            let (a, b) = (next(f.len() + 1), next(f.len() + 1));
            check(f.as_bytes(), a.min(b)..a.max(b));
        }
    }

    /// Every literal of the table, in any ASCII case, at every offset of a step of the scan
    /// and at every distance from the text's end, among bytes no literal has, is found there,
    /// with the literals it holds, and nothing else (for any range of starts).
    #[test]
    fn every_literal_is_found_at_every_offset() {
        let pf = Prefilter::new(TABLE.iter().map(|r| r.re));
        let lits = &pf.table.literals;
        assert!(lits.iter().all(|l| !l.contains(&b'~')), "the filler is in no literal");
        let mut rng = crate::testgen::XorShift(0x0FF5_E7A1_1EAF_B0B5);
        for (id, l) in lits.iter().enumerate() {
            let inside = plain_hits(lits, l, 0..l.len());
            assert!(inside.contains(&(0, id)));
            for before in 0..=2 * STEP + 1 {
                for after in 0..=CHUNK + 2 {
                    let mut text = vec![b'~'; before];
                    for &b in l {
                        text.push(if rng.below(2) == 0 { b.to_ascii_uppercase() } else { b });
                    }
                    text.resize(before + l.len() + after, b'~');
                    let (a, b) = (rng.below(text.len() + 1), rng.below(text.len() + 1));
                    for starts in [0..text.len(), a.min(b)..a.max(b)] {
                        let want: Vec<(usize, usize)> = inside
                            .iter()
                            .map(|&(j, k)| (before + j, k))
                            .filter(|h| starts.contains(&h.0))
                            .collect();
                        assert_eq!(scanned(&pf.table, &text, starts.clone()), want, "{text:?}");
                    }
                }
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
