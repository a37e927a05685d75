//! "Did you mean" for misspelt keys, kinds and ids.

/// Words longer than this get no suggestion: no key, kind or id is so long, and the edit
/// distance of a 100 000-character near-miss to every id took over 20 s.
const LONGEST: usize = 100;

/// The candidate closest to `word`, if one is close enough to be what was meant. Only
/// candidates whose length is within reach are compared (the distance is at least the
/// difference in length), so a long list costs a length check per candidate.
pub fn did_you_mean<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    let length = word.chars().count();
    if length > LONGEST {
        return None;
    }
    let limit = match length {
        0..=3 => 1,
        4..=8 => 2,
        _ => 3,
    };
    candidates
        .into_iter()
        // Bytes first (a char is 1 to 4 bytes), then chars, before the quadratic distance.
        .filter(|candidate| {
            candidate.len() + limit >= length && candidate.len() <= 4 * (length + limit)
        })
        .filter(|candidate| candidate.chars().count().abs_diff(length) <= limit)
        .map(|candidate| (strsim::damerau_levenshtein(word, candidate), candidate))
        .filter(|&(distance, candidate)| distance <= limit && candidate != word)
        .min_by_key(|&(distance, candidate)| (distance, candidate))
        .map(|(_, candidate)| candidate)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_the_closest_candidate_within_reach() {
        let keys = ["maker", "category", "specs", "operators"];
        assert_eq!(did_you_mean("maket", keys), Some("maker"));
        assert_eq!(did_you_mean("specz", keys), Some("specs"));
        assert_eq!(did_you_mean("colour", keys), None);
    }

    #[test]
    fn a_huge_word_gets_no_suggestion_and_lengths_out_of_reach_are_skipped() {
        let huge = "a".repeat(100_000);
        assert_eq!(did_you_mean(&huge, [huge.as_str(), "a"]), None);
        assert_eq!(did_you_mean("bay", ["baykar-defence-industries", "bay"]), None, "itself");
        assert_eq!(did_you_mean("baikar", ["baykar", "baykar-defence-industries"]), Some("baykar"));
        assert_eq!(
            did_you_mean("çol", ["çöl", "a-much-longer-id"]),
            Some("çöl"),
            "chars, not bytes"
        );
    }
}
