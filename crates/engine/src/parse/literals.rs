//! What text a regex's every match contains, read from its syntax tree (regex-syntax), as
//! clauses: sets of literals, one of each set in every match (a pattern `Auth profile "…" is
//! for …, not …` needs `auth profile "` and `" is for ` and `, not `). Used
//! by the signal prefilter (parse/prefilter.rs) and, on the same source file, by `build.rs`,
//! which reads them for every row of the signal table at compile time so a run parses no
//! pattern (issue 14). Depends on `regex_syntax` only.
//!
//! The literals are lower-cased ASCII and matched ASCII-case-insensitively, which can only
//! admit more rows (a superset is safe: the row's own regex decides). Unicode case folding
//! (`(?i)k` also matches the Kelvin sign) is kept exact: such a class yields one literal per
//! folded character.

use regex_syntax::hir::{Class, Hir, HirKind};

/// Literals shorter than this match too often to be worth checking: the row is always tried.
pub const MIN_LEN: usize = 3;
/// At most this many alternatives in one literal set (a longer product of classes and
/// alternations is cut into shorter pieces instead).
const MAX_ALTERNATIVES: usize = 64;
/// Literals are cut to their first this many bytes.
pub const MAX_LEN: usize = 16;
/// A character class with more members than this is not expanded into literals.
const MAX_CLASS: usize = 8;

/// At most this many clauses are kept per pattern (the most selective).
pub const MAX_CLAUSES: usize = 3;

/// Literals one of which a match contains.
pub type Clause = Vec<Vec<u8>>;

/// What a piece of pattern says about its matches.
enum Lits {
    /// Every match is exactly one of these strings (`""` included when it can match empty).
    Exact(Vec<Vec<u8>>),
    /// Every match satisfies every clause (contains one literal of each); none: nothing known.
    Contains(Vec<Clause>),
}

fn dedup(mut v: Vec<Vec<u8>>) -> Vec<Vec<u8>> {
    v.sort();
    v.dedup();
    v
}

/// The literal set a match must contain, from an exact set (none when it can be empty).
fn required(exact: Vec<Vec<u8>>) -> Option<Vec<Vec<u8>>> {
    if exact.iter().any(Vec::is_empty) {
        None
    } else {
        Some(exact)
    }
}

/// How selective a clause is: its shortest literal, then fewer alternatives.
fn score(c: &Clause) -> (usize, usize) {
    (c.iter().map(Vec::len).min().unwrap_or(0).min(MAX_LEN), usize::MAX - c.len())
}

/// The most selective clause of several.
fn best(clauses: Vec<Clause>) -> Option<Clause> {
    clauses.into_iter().max_by_key(score)
}

/// The members of a small class, one per character up to ASCII case (the automaton ignores
/// ASCII case), or `None` for a large class.
fn class_members(c: &Class) -> Option<Vec<Vec<u8>>> {
    let mut out: Vec<Vec<u8>> = Vec::new();
    match c {
        Class::Unicode(u) => {
            for r in u.iter() {
                if (r.end() as u32 - r.start() as u32) as usize >= MAX_CLASS * 2 {
                    return None;
                }
                for ch in r.start()..=r.end() {
                    let mut buf = [0u8; 4];
                    out.push(ch.to_ascii_lowercase().encode_utf8(&mut buf).as_bytes().to_vec());
                }
            }
        }
        Class::Bytes(b) => {
            for r in b.iter() {
                if (r.end() - r.start()) as usize >= MAX_CLASS * 2 {
                    return None;
                }
                for byte in r.start()..=r.end() {
                    out.push(vec![byte.to_ascii_lowercase()]);
                }
            }
        }
    }
    let out = dedup(out);
    (out.len() <= MAX_CLASS).then_some(out)
}

fn product(a: &[Vec<u8>], b: &[Vec<u8>]) -> Option<Vec<Vec<u8>>> {
    if a.len() * b.len() > MAX_ALTERNATIVES {
        return None;
    }
    let mut out = Vec::with_capacity(a.len() * b.len());
    for x in a {
        for y in b {
            let mut s = x.clone();
            s.extend_from_slice(y);
            out.push(s);
        }
    }
    Some(dedup(out))
}

fn lits(h: &Hir) -> Lits {
    match h.kind() {
        HirKind::Empty | HirKind::Look(_) => Lits::Exact(vec![Vec::new()]),
        HirKind::Literal(l) => Lits::Exact(vec![l.0.to_ascii_lowercase()]),
        HirKind::Class(c) => match class_members(c) {
            Some(m) => Lits::Exact(m),
            None => Lits::Contains(Vec::new()),
        },
        HirKind::Capture(c) => lits(&c.sub),
        HirKind::Repetition(r) => {
            let sub = lits(&r.sub);
            match (sub, r.min, r.max) {
                (Lits::Exact(e), 0, Some(1)) => {
                    let mut e = e;
                    e.push(Vec::new());
                    Lits::Exact(dedup(e))
                }
                (Lits::Exact(e), 1, Some(1)) => Lits::Exact(e),
                (_, 0, _) => Lits::Contains(Vec::new()),
                (Lits::Exact(e), _, _) => Lits::Contains(required(e).into_iter().collect()),
                (c @ Lits::Contains(_), _, _) => c,
            }
        }
        HirKind::Alternation(branches) => {
            let parts: Vec<Lits> = branches.iter().map(lits).collect();
            if parts.iter().all(|p| matches!(p, Lits::Exact(_))) {
                let all: Vec<Vec<u8>> = parts
                    .iter()
                    .flat_map(|p| if let Lits::Exact(e) = p { e.clone() } else { Vec::new() })
                    .collect();
                let all = dedup(all);
                if all.len() <= MAX_ALTERNATIVES {
                    return Lits::Exact(all);
                }
            }
            let mut union = Vec::new();
            for p in parts {
                let need = match p {
                    Lits::Exact(e) => required(e),
                    Lits::Contains(c) => best(c),
                };
                match need {
                    Some(v) => union.extend(v),
                    None => return Lits::Contains(Vec::new()),
                }
            }
            Lits::Contains(vec![dedup(union)])
        }
        HirKind::Concat(children) => {
            // Runs of exact pieces are multiplied out into longer literals; every run and every
            // other piece's clauses are required together.
            let mut clauses: Vec<Clause> = Vec::new();
            let mut consider = |c: Option<Clause>| clauses.extend(c);
            let mut run: Vec<Vec<u8>> = vec![Vec::new()];
            let mut all_exact = true;
            for child in children {
                match lits(child) {
                    Lits::Exact(e) => match product(&run, &e) {
                        Some(p) => run = p,
                        None => {
                            all_exact = false;
                            consider(required(std::mem::replace(&mut run, e)));
                        }
                    },
                    Lits::Contains(c) => {
                        all_exact = false;
                        consider(required(std::mem::replace(&mut run, vec![Vec::new()])));
                        c.into_iter().for_each(|c| consider(Some(c)));
                    }
                }
            }
            if all_exact {
                return Lits::Exact(run);
            }
            consider(required(run));
            Lits::Contains(clauses)
        }
    }
}

/// Clauses every match of `pattern` satisfies (contains one literal of each; lower-cased
/// ASCII, cut to [`MAX_LEN`] bytes), the [`MAX_CLAUSES`] most selective; `None` when no clause
/// has only literals of at least [`MIN_LEN`] bytes (or the pattern does not parse).
pub fn required_clauses(pattern: &str) -> Option<Vec<Clause>> {
    let hir = regex_syntax::Parser::new().parse(pattern).ok()?;
    let clauses = match lits(&hir) {
        Lits::Exact(e) => required(e).into_iter().collect(),
        Lits::Contains(c) => c,
    };
    // A prefix of a required literal is required too; shorter literals keep the automaton small
    // (it is built at every start) and are still rare in a paste.
    let mut clauses: Vec<Clause> = clauses
        .into_iter()
        .filter(|c| c.iter().all(|l| l.len() >= MIN_LEN))
        .map(|c| {
            dedup(
                c.into_iter()
                    .map(|mut l| {
                        l.truncate(MAX_LEN);
                        l
                    })
                    .collect(),
            )
        })
        .collect();
    clauses.sort_by_key(|c| std::cmp::Reverse(score(c)));
    clauses.dedup();
    clauses.truncate(MAX_CLAUSES);
    (!clauses.is_empty()).then_some(clauses)
}

/// Whether some match of `h` contains a space.
fn has_space(h: &Hir) -> bool {
    match h.kind() {
        HirKind::Empty | HirKind::Look(_) => false,
        HirKind::Literal(l) => l.0.contains(&b' '),
        HirKind::Class(Class::Unicode(c)) => c.iter().any(|r| r.start() <= ' ' && ' ' <= r.end()),
        HirKind::Class(Class::Bytes(c)) => c.iter().any(|r| r.start() <= b' ' && b' ' <= r.end()),
        HirKind::Capture(c) => has_space(&c.sub),
        HirKind::Repetition(r) => r.max != Some(0) && has_space(&r.sub),
        HirKind::Concat(v) | HirKind::Alternation(v) => v.iter().any(has_space),
    }
}

/// Whether some match of `h` has a space after its first byte (over-approximated: a piece
/// after one that can match empty counts as after the first byte).
fn space_after_first(h: &Hir) -> bool {
    match h.kind() {
        HirKind::Empty | HirKind::Look(_) | HirKind::Class(_) => false,
        HirKind::Literal(l) => l.0.get(1..).is_some_and(|t| t.contains(&b' ')),
        HirKind::Capture(c) => space_after_first(&c.sub),
        HirKind::Repetition(r) => {
            r.max != Some(0)
                && (space_after_first(&r.sub) || (r.max != Some(1) && has_space(&r.sub)))
        }
        HirKind::Concat(v) => {
            v.first().is_some_and(space_after_first) || v.iter().skip(1).any(has_space)
        }
        HirKind::Alternation(v) => v.iter().any(space_after_first),
    }
}

/// Whether a match of `pattern` can hold a space after its first byte, as a match across two
/// lines joined by a space must (`signals::scan_wrapped`). Ignores look-arounds, so it can only
/// say yes too often; `true` when the pattern does not parse.
pub fn can_cross_space(pattern: &str) -> bool {
    regex_syntax::Parser::new().parse(pattern).map_or(true, |h| space_after_first(&h))
}

/// Strings one of which every match of `h` starts with (lower-cased ASCII), or `None`.
fn prefixes(h: &Hir) -> Option<Vec<Vec<u8>>> {
    match h.kind() {
        HirKind::Capture(c) => prefixes(&c.sub),
        HirKind::Alternation(branches) => {
            let mut all = Vec::new();
            for b in branches {
                all.extend(prefixes(b)?);
            }
            Some(dedup(all))
        }
        HirKind::Concat(children) => {
            // The exact pieces from the start, multiplied out: a match starts with one.
            let mut run: Vec<Vec<u8>> = vec![Vec::new()];
            for child in children {
                if run.iter().all(|l| l.len() >= MAX_LEN) {
                    break;
                }
                match lits(child) {
                    Lits::Exact(e) => match product(&run, &e) {
                        Some(p) => run = p,
                        None => break,
                    },
                    Lits::Contains(_) => break,
                }
            }
            Some(run)
        }
        _ => match lits(h) {
            Lits::Exact(e) => Some(e),
            Lits::Contains(_) => None,
        },
    }
}

/// Literals (lower-cased ASCII, cut to [`MAX_LEN`] bytes, at least [`MIN_LEN`]) one of which
/// every match of `pattern` starts with; `None` when there is no such set.
pub fn prefix_literals(pattern: &str) -> Option<Vec<Vec<u8>>> {
    let hir = regex_syntax::Parser::new().parse(pattern).ok()?;
    let set = prefixes(&hir)?;
    if set.is_empty() || set.iter().any(|l| l.len() < MIN_LEN) || set.len() > MAX_ALTERNATIVES {
        return None;
    }
    Some(dedup(
        set.into_iter()
            .map(|mut l| {
                l.truncate(MAX_LEN);
                l
            })
            .collect(),
    ))
}

/// Literals one of which every match of `pattern` starts with, in their case (at least one
/// byte each, at most eight; `regex_syntax`'s prefix extraction): the starts of a row whose
/// prefixes are too short for the literal table (`RefreshFailed`'s `[`), which a window looks
/// for itself (`signals::Scanner`).
pub fn short_prefix_literals(pattern: &str) -> Option<Vec<Vec<u8>>> {
    let hir = regex_syntax::Parser::new().parse(pattern).ok()?;
    let seq = regex_syntax::hir::literal::Extractor::new().extract(&hir);
    let lits = seq.literals()?;
    if lits.is_empty() || lits.len() > 8 || lits.iter().any(|l| l.as_bytes().is_empty()) {
        return None;
    }
    Some(dedup(lits.iter().map(|l| l.as_bytes().to_vec()).collect()))
}
