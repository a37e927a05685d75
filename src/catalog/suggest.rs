//! "Did you mean" for misspelt keys, kinds and ids.

/// The candidate closest to `word`, if one is close enough to be what was meant.
pub fn did_you_mean<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    let limit = match word.chars().count() {
        0..=3 => 1,
        4..=8 => 2,
        _ => 3,
    };
    candidates
        .into_iter()
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
}
