//! How well a record matches a query (docs/search.md, "How results are ranked").
//!
//! Each term is scored where it matches best, and a record's score is the sum over the query's
//! groups (the best alternative of each). A term found as typed scores as skim scores a run of
//! matched characters, 16 a character, with 8 more where it starts a word and 8 more where it
//! ends one, so a whole word beats a fragment, and 4 more for each end of a value it fills (the
//! tag "drone" over "counter-drone"). In a name, alias or id a term may also match as
//! letters scattered in order; skim scores that, and it counts half, so "counter" scattered
//! through "Economic Community of West African States" ranks below the word "counter-UAS" in a
//! company's sectors. Each tier adds its bonus ([`MatchField::bonus`]): the name beats the
//! summary.

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;
use memchr::memmem::Finder;

use super::haystack::{MatchField, SEPARATOR, TIERS};
use super::query::{Mode, Query, Term};

/// skim's scorer (fuzzy-matcher's `SkimMatcherV2`), made afresh for every call. fuzzy-matcher
/// 0.3.7 keeps a matcher's score matrix between calls and only resizes it (`ScoreMatrix::new`
/// does not reset the cells it keeps), so a reused matcher's score for the same name and term
/// depended on what it had matched before: "sst" scored 89 or 91 (the narrowing property caught
/// it). Its `use_cache(false)` would drop the matrix but panics on a borrowed cell.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct Skim;

impl Skim {
    fn matcher() -> SkimMatcherV2 {
        SkimMatcherV2::default().ignore_case()
    }

    fn fuzzy_match(self, choice: &str, pattern: &str) -> Option<i64> {
        Self::matcher().fuzzy_match(choice, pattern)
    }

    fn fuzzy_indices(self, choice: &str, pattern: &str) -> Option<(i64, Vec<usize>)> {
        Self::matcher().fuzzy_indices(choice, pattern)
    }
}

/// What a term gains for starting, and again for ending, a value of its tier.
const VALUE_EDGE: i64 = 4;

/// One record's folded text: all tiers one after another, and where each starts.
#[derive(Clone, Copy)]
pub(super) struct Tiers<'a> {
    pub text: &'a str,
    /// Offsets into `text`: tier `t` is `bounds[t]..bounds[t + 1]`.
    pub bounds: [usize; TIERS + 1],
}

impl<'a> Tiers<'a> {
    /// One value alone as the name tier (an alias, to tell which of several matched).
    pub fn single(text: &'a str) -> Tiers<'a> {
        let mut bounds = [text.len(); TIERS + 1];
        bounds[0] = 0;
        Tiers { text, bounds }
    }

    pub fn tier(&self, tier: usize) -> &'a str {
        &self.text[self.bounds[tier]..self.bounds[tier + 1]]
    }

    fn span(&self, tier: usize) -> (usize, usize) {
        (self.bounds[tier], self.bounds[tier + 1])
    }

    fn tier_at(&self, offset: usize) -> usize {
        (0..TIERS).find(|&t| offset < self.bounds[t + 1]).unwrap_or(TIERS - 1)
    }
}

/// Whether a scan may skip work that cannot change the result. The reference scan in the
/// tests turns it off, and the fast paths must agree with it.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Shortcuts {
    On,
    #[cfg(test)]
    Off,
}

/// How strictly a term must match. The relaxed pass runs only when nothing matched strictly.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Pass {
    Strict,
    /// A term may also match a word that starts with its first letter and holds its letters
    /// in order.
    Relaxed,
}

/// The record's score and the tier of its best-scoring term, or `None` when a group is not
/// satisfied.
pub(super) fn record(
    tiers: Tiers<'_>,
    query: &Query,
    matcher: &Skim,
    shortcuts: Shortcuts,
    pass: Pass,
) -> Option<(i64, MatchField)> {
    let mut total = 0;
    let mut best: Option<(i64, MatchField)> = None;
    for group in query.groups() {
        let mut group_best: Option<(i64, Option<MatchField>)> = None;
        for term in group.alternatives() {
            let found = if term.is_negated() {
                (!occurs(tiers, term)).then_some((0, None))
            } else {
                self::term(tiers, term, matcher, shortcuts, pass).map(|(s, f)| (s, Some(f)))
            };
            if let Some(found) = found
                && group_best.is_none_or(|(score, _)| found.0 > score)
            {
                group_best = Some(found);
            }
        }
        let (score, field) = group_best?;
        total += score;
        if let Some(field) = field
            && best.is_none_or(|(score_before, _)| score > score_before)
        {
            best = Some((score, field));
        }
    }
    Some((total, best.map_or(MatchField::Name, |(_, field)| field)))
}

/// The best place a positive term matches, with its score.
pub(super) fn term(
    tiers: Tiers<'_>,
    term: &Term,
    matcher: &Skim,
    shortcuts: Shortcuts,
    pass: Pass,
) -> Option<(i64, MatchField)> {
    let found = strict(tiers, term, matcher, shortcuts);
    if found.is_some() || pass == Pass::Strict || !term.can_relax() {
        return found;
    }
    relaxed(tiers, term)
}

fn strict(
    tiers: Tiers<'_>,
    term: &Term,
    matcher: &Skim,
    shortcuts: Shortcuts,
) -> Option<(i64, MatchField)> {
    let (mut best, found_in) = literal(tiers, term.finder(), term.mode(), shortcuts);
    if best.is_none()
        && let Some(stem) = term.stem()
    {
        best = literal(tiers, stem, term.mode(), shortcuts).0;
    }
    if !term.is_fuzzy() {
        return best;
    }
    let length = i64::try_from(term.text().len()).unwrap_or(i64::MAX / 64);
    for field in MatchField::ALL.into_iter().filter(|field| field.is_fuzzy()) {
        // Half of skim's best for a pattern this long (32 a character at most), with this
        // tier's bonus.
        let ceiling = 16 * length + 16 + field.bonus();
        if shortcuts == Shortcuts::On && best.is_some_and(|(score, _)| score >= ceiling) {
            continue;
        }
        // Found as typed in this tier: that scores 16 a letter and more, and skim's best,
        // halved, stays within 16 a letter (with the word-start bonus where it starts the
        // tier, which the typed match then has too). The reference scan checks the claim.
        if shortcuts == Shortcuts::On && found_in & (1 << field.index()) != 0 {
            continue;
        }
        // One value at a time: letters scattered over several aliases are no match ("cobra"
        // through "iran (islamic republic of) · islamic republic of iran").
        let raw = tiers
            .tier(field.index())
            .split(SEPARATOR)
            .filter(|value| {
                shortcuts != Shortcuts::On
                    || is_subsequence(term.text().as_bytes(), value.as_bytes())
            })
            .filter_map(|value| matcher.fuzzy_match(value, term.text()))
            .max();
        let Some(raw) = raw else { continue };
        let score = raw / 2 + field.bonus();
        if best.is_none_or(|(best_score, _)| score > best_score) {
            best = Some((score, field));
        }
    }
    best
}

/// The best occurrence of `needle` as typed (and where `mode` anchors it), in any tier, and a
/// bit for each tier it was seen in (as far as the scan went).
fn literal(
    tiers: Tiers<'_>,
    needle: &Finder<'_>,
    mode: Mode,
    shortcuts: Shortcuts,
) -> (Option<(i64, MatchField)>, u8) {
    let start = tiers.bounds[0];
    let all = &tiers.text.as_bytes()[start..tiers.bounds[TIERS]];
    let length = needle.needle().len();
    let most = 16 * i64::try_from(length).unwrap_or(i64::MAX / 64) + 16 + 2 * VALUE_EDGE;
    let mut best: Option<(i64, MatchField)> = None;
    let mut found_in = 0u8;
    for at in occurrences(needle, all, shortcuts) {
        let (from, to) = (start + at, start + at + length);
        let tier = tiers.tier_at(from);
        let field = MatchField::ALL[tier];
        // Tiers come in text order with falling bonuses: nothing later can do better.
        if shortcuts == Shortcuts::On
            && best.is_some_and(|(score, _)| score >= most + field.bonus())
        {
            break;
        }
        let Some(score) = occurrence(tiers.text.as_bytes(), tiers.span(tier), from, to, mode)
        else {
            continue;
        };
        found_in |= 1 << tier;
        let score = score + field.bonus();
        if best.is_none_or(|(best_score, _)| score > best_score) {
            best = Some((score, field));
        }
    }
    (best, found_in)
}

/// Every place `needle` starts in `haystack`, overlapping ones included: "nigeria" + "n" across
/// a tier boundary must not hide "nigerian" starting at the same place, nor "ana" ending a
/// value hide the "ana" that ends it ("banana"). Without shortcuts, a plain comparison at every
/// byte, which the tests' reference scan uses to check the searcher.
fn occurrences<'h>(
    needle: &'h Finder<'_>,
    haystack: &'h [u8],
    shortcuts: Shortcuts,
) -> Occurrences<'h> {
    Occurrences { needle, haystack, from: 0, plain: shortcuts != Shortcuts::On }
}

struct Occurrences<'h> {
    needle: &'h Finder<'h>,
    haystack: &'h [u8],
    from: usize,
    plain: bool,
}

impl Iterator for Occurrences<'_> {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        let rest = self.haystack.get(self.from..)?;
        let at = if self.plain {
            let bytes = self.needle.needle();
            self.from + (0..rest.len()).find(|&i| rest[i..].starts_with(bytes))?
        } else {
            self.from + self.needle.find(rest)?
        };
        self.from = at + 1;
        Some(at)
    }
}

/// A word of some tier that starts with the term's first letter and holds all its letters in
/// order ("armored" in "armoured"), scored below any strict match of the same length: 8 off,
/// and 4 more for each extra letter (up to 8 of them). No bound on the word's length, so a
/// longer term never matches what a shorter one did not: the relaxed reading narrows as it
/// grows, like the strict one.
fn relaxed(tiers: Tiers<'_>, term: &Term) -> Option<(i64, MatchField)> {
    let needle = term.text().as_bytes();
    let first = *needle.first()?;
    // A word holding the letters in order means the record does: most records fail this cheap
    // test, and their words are never split.
    let all = &tiers.text.as_bytes()[tiers.bounds[0]..tiers.bounds[TIERS]];
    if !is_subsequence(needle, all) {
        return None;
    }
    let mut best: Option<(i64, MatchField)> = None;
    for (tier, field) in MatchField::ALL.into_iter().enumerate() {
        let bytes = tiers.tier(tier).as_bytes();
        // The words that start with the term's first letter, found by memchr rather than by
        // splitting every word of the tier.
        let starts = memchr::memchr_iter(first, bytes)
            .filter(|&at| at == 0 || !bytes[at - 1].is_ascii_alphanumeric());
        for start in starts {
            let rest = &bytes[start..];
            let word =
                &rest[..rest.iter().position(|b| !b.is_ascii_alphanumeric()).unwrap_or(rest.len())];
            let extra = word.len().saturating_sub(needle.len()).min(8);
            if word.len() < needle.len() {
                continue;
            }
            if !is_subsequence(needle, word) {
                continue;
            }
            let length = i64::try_from(needle.len()).unwrap_or(i64::MAX / 64);
            let extra = i64::try_from(extra).unwrap_or(2);
            let score = 16 * length - 8 - 4 * extra + field.bonus();
            if best.is_none_or(|(best_score, _)| score > best_score) {
                best = Some((score, field));
            }
        }
    }
    best
}

/// The score of a needle found at `from..to` of `bytes`, in the tier that spans `tier`, or
/// `None` where it spills into the next tier or misses the anchor its mode asks for.
fn occurrence(
    bytes: &[u8],
    tier: (usize, usize),
    from: usize,
    to: usize,
    mode: Mode,
) -> Option<i64> {
    let (tier_start, tier_end) = tier;
    if to > tier_end {
        return None;
    }
    let value_start = from == tier_start || bytes[tier_start..from].ends_with(SEPARATOR.as_bytes());
    let value_end = to == tier_end || bytes[to..tier_end].starts_with(SEPARATOR.as_bytes());
    let anchored = match mode {
        Mode::Fuzzy | Mode::Exact => true,
        Mode::Prefix => value_start,
        Mode::Suffix => value_end,
        Mode::Whole => value_start && value_end,
    };
    if !anchored {
        return None;
    }
    let word_start = from == tier_start || !bytes[from - 1].is_ascii_alphanumeric();
    // A plural's `s` still ends the word: "drone" is a whole word of "drones".
    let ends_at = |at: usize| at == tier_end || !bytes[at].is_ascii_alphanumeric();
    let word_end = ends_at(to) || bytes[to] == b's' && ends_at(to + 1);
    let length = i64::try_from(to - from).unwrap_or(i64::MAX / 64);
    let bonus = |yes: bool, points: i64| if yes { points } else { 0 };
    // A whole value (the tag "drone") says more than a word inside one ("counter-drone").
    Some(
        16 * length
            + bonus(word_start, 8)
            + bonus(word_end, 8)
            + bonus(value_start, VALUE_EDGE)
            + bonus(value_end, VALUE_EDGE),
    )
}

/// Whether a term is found as typed (with its anchors, or by its plural's stem), scattered
/// letters not counting: how a note is matched.
pub(super) fn found_as_typed(tiers: Tiers<'_>, term: &Term) -> bool {
    let found = |needle| literal(tiers, needle, term.mode(), Shortcuts::On).0.is_some();
    found(term.finder()) || term.stem().is_some_and(found)
}

/// Whether an excluded term is anywhere in the record (with its anchors).
fn occurs(tiers: Tiers<'_>, term: &Term) -> bool {
    let start = tiers.bounds[0];
    let all = &tiers.text.as_bytes()[start..tiers.bounds[TIERS]];
    let length = term.finder().needle().len();
    occurrences(term.finder(), all, Shortcuts::On).any(|at| {
        let from = start + at;
        let tier = tiers.span(tiers.tier_at(from));
        occurrence(tiers.text.as_bytes(), tier, from, from + length, term.mode()).is_some()
    })
}

/// Where a positive term matches in `text` (one value, such as a name), as indices of the
/// folded text's characters, for highlighting: the best occurrence as typed, else skim's.
pub(super) fn positions(text: &str, term: &Term, matcher: &Skim) -> Vec<usize> {
    let bytes = text.as_bytes();
    let mut best: Option<(i64, usize, usize)> = None;
    for needle in std::iter::once(term.finder()).chain(term.stem()) {
        let length = needle.needle().len();
        for at in occurrences(needle, bytes, Shortcuts::On) {
            if let Some(score) = occurrence(bytes, (0, bytes.len()), at, at + length, term.mode())
                && best.is_none_or(|(best_score, _, _)| score > best_score)
            {
                best = Some((score, at, at + length));
            }
        }
        if best.is_some() {
            break;
        }
    }
    if let Some((_, from, to)) = best {
        // Byte offsets to character indices.
        let first = text[..from].chars().count();
        return (first..first + text[from..to].chars().count()).collect();
    }
    if term.is_fuzzy() {
        return matcher.fuzzy_indices(text, term.text()).map(|(_, at)| at).unwrap_or_default();
    }
    Vec::new()
}

/// Whether the bytes of `needle` appear in order in `haystack`: a cheap test that rules out most
/// records before the scorer runs (the scorer would reject them too, at far greater cost).
fn is_subsequence(needle: &[u8], haystack: &[u8]) -> bool {
    let mut rest = haystack;
    for &byte in needle {
        match memchr::memchr(byte, rest) {
            Some(at) => rest = &rest[at + 1..],
            None => return false,
        }
    }
    true
}
