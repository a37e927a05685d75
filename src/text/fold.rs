//! Case and accent folding. Search and country identity compare folded text, so "maiga" finds
//! "Maïga", "turkiye" finds "Türkiye" and "skoda" finds "Škoda". Folding is done per character
//! (with `deunicode`, which transliterates to ASCII) so a folded position can be mapped back to
//! the character of the original it came from, for highlighting.

use deunicode::deunicode_char;

/// Fold `s` to lower-case ASCII where a transliteration exists.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_into(s, &mut out);
    out
}

/// Fold `s`, appending to `out` (lets index builders reuse one buffer).
pub fn fold_into(s: &str, out: &mut String) {
    for c in s.chars() {
        push_folded(c, out, |_| {});
    }
}

/// Fold `s` and return, for every `char` of the folded text, the index of the `char` of `s` it
/// came from.
pub fn fold_with_map(s: &str) -> (String, Vec<u32>) {
    let mut out = String::with_capacity(s.len());
    let mut map = Vec::with_capacity(s.len());
    for (index, c) in s.chars().enumerate() {
        let origin = u32::try_from(index).unwrap_or(u32::MAX);
        push_folded(c, &mut out, |_| map.push(origin));
    }
    (out, map)
}

/// Whether search leaves the character out: an apostrophe joins the letters around it, so
/// "cote divoire" finds "Côte d'Ivoire" and "d'ivoire" finds it too.
fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{02BC}')
}

/// [`fold`] for search: apostrophes left out as well (the index and queries both use it).
pub fn fold_for_search(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_for_search_into(s, &mut out);
    out
}

/// [`fold_for_search`], appending to `out`.
pub fn fold_for_search_into(s: &str, out: &mut String) {
    for c in s.chars().filter(|&c| !is_apostrophe(c)) {
        push_folded(c, out, |_| {});
    }
}

/// [`fold_with_map`] for search, apostrophes left out.
pub fn fold_for_search_with_map(s: &str) -> (String, Vec<u32>) {
    let mut out = String::with_capacity(s.len());
    let mut map = Vec::with_capacity(s.len());
    for (index, c) in s.chars().enumerate().filter(|&(_, c)| !is_apostrophe(c)) {
        let origin = u32::try_from(index).unwrap_or(u32::MAX);
        push_folded(c, &mut out, |_| map.push(origin));
    }
    (out, map)
}

fn push_folded(c: char, out: &mut String, mut on_char: impl FnMut(char)) {
    if c.is_ascii() {
        let lower = c.to_ascii_lowercase();
        out.push(lower);
        on_char(lower);
        return;
    }
    match deunicode_char(c) {
        Some(ascii) if !ascii.is_empty() => {
            for folded in ascii.chars() {
                let lower = folded.to_ascii_lowercase();
                out.push(lower);
                on_char(lower);
            }
        }
        _ => {
            for lower in c.to_lowercase() {
                out.push(lower);
                on_char(lower);
            }
        }
    }
}

/// A stable identifier fragment from free text: folded, runs of anything but letters and digits
/// collapsed to one `-`, no `-` at either end. "Burkina Faso" and "burkina  faso" give the same.
pub fn slug(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in fold(s).chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

/// `folded` as a sort key in which numbers sort as numbers: each run of digits left-padded
/// with zeros, so "company 2" comes before "company 10" (a plain comparison puts "10" first).
/// Text without digits is returned as it is, at no cost.
pub fn natural_key(folded: String) -> String {
    /// Wider than any number a name holds; a longer run is left as it is.
    const WIDTH: usize = 20;
    if !folded.bytes().any(|b| b.is_ascii_digit()) {
        return folded;
    }
    let mut key = String::with_capacity(folded.len() + WIDTH);
    let mut chars = folded.chars().peekable();
    while let Some(c) = chars.next() {
        if !c.is_ascii_digit() {
            key.push(c);
            continue;
        }
        let mut run = String::from(c);
        while let Some(&d) = chars.peek().filter(|d| d.is_ascii_digit()) {
            run.push(d);
            chars.next();
        }
        key.extend(std::iter::repeat_n('0', WIDTH.saturating_sub(run.len())));
        key.push_str(&run);
    }
    key
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_in_names_sort_as_numbers() {
        let mut names = ["company 10", "company 2", "company 1", "company", "b-52", "b-1"];
        names.sort_by_key(|name| natural_key((*name).to_owned()));
        assert_eq!(names, ["b-1", "b-52", "company", "company 1", "company 2", "company 10"]);
        assert_eq!(natural_key("no digits".to_owned()), "no digits");
    }

    #[test]
    fn folds_case_and_accents() {
        assert_eq!(fold("Maïga"), "maiga");
        assert_eq!(fold("Türkiye"), "turkiye");
        assert_eq!(fold("Škoda"), "skoda");
        assert_eq!(fold("Cobra II 4×4"), "cobra ii 4x4");
    }

    #[test]
    fn map_points_back_to_original_characters() {
        let (folded, map) = fold_with_map("Aß");
        assert_eq!(folded, "ass");
        assert_eq!(map, vec![0, 1, 1]);
    }

    #[test]
    fn slug_collapses_separators() {
        assert_eq!(slug("Burkina  Faso"), "burkina-faso");
        assert_eq!(slug(" Côte d'Ivoire "), "cote-d-ivoire");
        assert_eq!(slug("Türkiye"), slug("TURKIYE"));
        assert_eq!(slug("???"), "");
    }
}
