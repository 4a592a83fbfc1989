//! The bounds of thread memory, the same for every store: a fact repeated across pastes is kept
//! once (its newest occurrence), and a thread keeps at most [`MAX_FACTS`] facts and
//! [`MAX_FACT_BYTES`] of fact data, dropping the oldest first. Each paste is diagnosed whole
//! anyway; memory only carries what earlier pastes showed, so the newest few hundred distinct
//! facts are what matters, and the engine's work on them stays bounded however long a thread
//! runs (issue 13, review §4.2).

use super::StoreError;
use crate::parse::Located;

/// Facts a thread keeps (newest first in, oldest first out).
pub const MAX_FACTS: usize = 300;

/// Bytes of fact data (JSON) a thread keeps.
pub const MAX_FACT_BYTES: usize = 256 * 1024;

/// A single fact larger than this is not remembered (one pathological line would otherwise
/// push out everything else).
pub const MAX_ONE_FACT: usize = 16 * 1024;

/// One fact as the stores keep it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct StoredFact {
    /// Digest of the fact and its quoted line, without its location: the deduplication key.
    pub key: String,
    /// Order within the thread: message number in the high 32 bits, index within the append
    /// in the low 32 bits.
    pub pos: i64,
    /// Byte length of `json`.
    pub size: i64,
    /// The JSON of `fact` (location included), as stored in SQL.
    pub json: String,
    pub fact: Located,
}

/// The facts of an update, numbered after the `offset` messages already remembered,
/// deduplicated (the last occurrence wins) and cut to the caps, oldest dropped first; in
/// thread order. Only the newest facts are looked at until the caps are reached, so the work is
/// bounded by the caps (plus duplicates skipped), not by the size of the paste.
pub(crate) fn prepare(facts: &[Located], offset: usize) -> Result<Vec<StoredFact>, StoreError> {
    let mut seen = std::collections::HashSet::new();
    let mut out = Vec::new();
    let mut bytes = 0usize;
    for (index, f) in facts.iter().enumerate().rev() {
        if out.len() >= MAX_FACTS {
            break;
        }
        let key = fact_key(f)?;
        if !seen.insert(key.clone()) {
            continue;
        }
        let mut fact = f.clone();
        fact.loc.message += offset;
        let json = serde_json::to_string(&fact)
            .map_err(|e| StoreError::Corrupt(format!("cannot encode a fact as JSON: {e}")))?;
        if json.len() > MAX_ONE_FACT {
            continue;
        }
        if bytes + json.len() > MAX_FACT_BYTES {
            break;
        }
        bytes += json.len();
        out.push(StoredFact {
            key,
            pos: pos(fact.loc.message, index),
            size: i64::try_from(json.len()).unwrap_or(i64::MAX),
            json,
            fact,
        });
    }
    out.reverse();
    Ok(out)
}

/// Merge new facts into a thread's kept facts (in thread order) and apply the caps: what the SQL
/// stores do with `ON CONFLICT … DO UPDATE` and their trim statement, for the in-process store.
pub(crate) fn merge(kept: &mut Vec<StoredFact>, new: Vec<StoredFact>) {
    let replaced: std::collections::HashSet<&str> = new.iter().map(|f| f.key.as_str()).collect();
    kept.retain(|f| !replaced.contains(f.key.as_str()));
    kept.extend(new);
    kept.sort_by_key(|f| f.pos);
    let mut bytes = 0i64;
    let mut keep_from = kept.len();
    for (i, f) in kept.iter().enumerate().rev() {
        if kept.len() - i > MAX_FACTS || bytes + f.size > MAX_FACT_BYTES as i64 {
            break;
        }
        bytes += f.size;
        keep_from = i;
    }
    kept.drain(..keep_from);
}

fn pos(message: usize, index: usize) -> i64 {
    let message = i64::try_from(message).unwrap_or(i64::MAX >> 32).min(i64::MAX >> 32);
    let index = i64::try_from(index).unwrap_or(0) & 0xffff_ffff;
    (message << 32) | index
}

/// FNV-1a (64 bit) of the JSON of the quoted line and the fact: stable across builds and
/// replicas (std's hasher is not), and short enough for a key column.
fn fact_key(f: &Located) -> Result<String, StoreError> {
    let json = serde_json::to_vec(&(&f.quote, &f.fact))
        .map_err(|e| StoreError::Corrupt(format!("cannot encode a fact as JSON: {e}")))?;
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for b in json {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    Ok(format!("{hash:016x}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::{Fact, Loc};

    fn fact(message: usize, line: usize, tag: &str) -> Located {
        Located {
            loc: Loc { message, line },
            quote: format!("model {tag}").into(),
            fact: Fact::AgentModelString { agent: tag.into(), model_ref: format!("x/{tag}") },
        }
    }

    #[test]
    fn duplicates_keep_their_newest_occurrence() {
        let got = prepare(&[fact(1, 1, "a"), fact(1, 2, "b"), fact(2, 7, "a")], 3).unwrap();
        let locs: Vec<(usize, usize)> =
            got.iter().map(|f| (f.fact.loc.message, f.fact.loc.line)).collect();
        assert_eq!(locs, vec![(4, 2), (5, 7)]);
        assert!(got[0].pos < got[1].pos);
    }

    #[test]
    fn caps_drop_the_oldest() {
        let many: Vec<Located> =
            (0..MAX_FACTS + 50).map(|i| fact(1 + i / 100, i, &format!("t{i}"))).collect();
        let got = prepare(&many, 0).unwrap();
        assert_eq!(got.len(), MAX_FACTS);
        assert_eq!(got[0].fact.quote, "model t50");
        let mut kept = got;
        merge(&mut kept, prepare(&[fact(9, 1, "t60"), fact(9, 2, "new")], 0).unwrap());
        assert_eq!(kept.len(), MAX_FACTS);
        assert_eq!(kept[0].fact.quote, "model t51", "one moved to the end, one new: one out");
        assert_eq!(kept.last().unwrap().fact.quote, "model new");
        assert_eq!(kept.iter().filter(|f| f.fact.quote == "model t60").count(), 1);
    }

    #[test]
    fn byte_cap_and_oversized_facts() {
        let mut big = fact(1, 1, "big");
        big.quote = "x".repeat(MAX_ONE_FACT + 1).into();
        assert!(prepare(&[big], 0).unwrap().is_empty());
        let mut wide = Vec::new();
        for i in 0..200 {
            let mut f = fact(1, i, &format!("w{i}"));
            f.quote = format!("{i} {}", "y".repeat(4000)).into();
            wide.push(f);
        }
        let got = prepare(&wide, 0).unwrap();
        let bytes: i64 = got.iter().map(|f| f.size).sum();
        assert!(bytes <= MAX_FACT_BYTES as i64 && got.len() < 200);
        assert_eq!(got.last().unwrap().fact.loc.line, 199, "the newest are kept");
    }
}
