//! The text arena and side tables a catalogue's values are handles into, and how one file's
//! arena is appended to the catalogue's.

use super::{Scalar, SpecsRef, Strs, Value, ValueRef};
use crate::catalog::RecordId;

/// A string in an [`Arena`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Str {
    start: u32,
    len: u32,
}

/// A run of entries in one of an [`Arena`]'s tables.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Span {
    start: u32,
    len: u32,
}

impl Str {
    /// Part of this string: `len` bytes from `offset` (on character boundaries).
    pub fn slice(self, offset: usize, len: usize) -> Str {
        Str { start: self.start + handle(offset), len: handle(len) }
    }

    /// The string in `text`, the text of the arena this handle belongs to.
    pub fn of(self, text: &str) -> &str {
        &text[self.start as usize..(self.start + self.len) as usize]
    }
}

impl Span {
    fn range(self) -> std::ops::Range<usize> {
        self.start as usize..(self.start + self.len) as usize
    }
}

/// Where the strings and lists of records are kept. Each parse worker fills one per file; the
/// catalogue appends them into its own.
#[derive(Debug, Default)]
pub struct Arena {
    text: String,
    strs: Vec<Str>,
    links: Vec<RecordId>,
    specs: Vec<(Str, Scalar)>,
}

fn handle(n: usize) -> u32 {
    u32::try_from(n).expect("a catalogue's text and tables fit in 4 GiB entries")
}

/// Append `items` to a link table, as a span.
pub fn push_links(links: &mut Vec<RecordId>, items: impl IntoIterator<Item = RecordId>) -> Span {
    let start = handle(links.len());
    links.extend(items);
    Span { start, len: handle(links.len()) - start }
}

/// How far the handles of an appended arena moved.
#[derive(Clone, Copy, Debug)]
pub struct Rebase {
    text: u32,
    strs: u32,
    specs: u32,
}

impl Rebase {
    pub fn str(self, s: Str) -> Str {
        Str { start: s.start + self.text, len: s.len }
    }

    /// A value from the appended arena, as a value of this one. Links are never in a file's
    /// arena (they are made when references are resolved), so they need no moving.
    pub fn value(self, value: Value) -> Value {
        match value {
            Value::Text(s) => Value::Text(self.str(s)),
            Value::TextList(span) => {
                Value::TextList(Span { start: span.start + self.strs, ..span })
            }
            Value::Localized(span) => {
                Value::Localized(Span { start: span.start + self.strs, ..span })
            }
            Value::Specs(span) => Value::Specs(Span { start: span.start + self.specs, ..span }),
            other => other,
        }
    }
}

impl Arena {
    /// An arena with nothing in it, for a static the empty views borrow.
    pub(super) const fn new() -> Arena {
        Arena { text: String::new(), strs: Vec::new(), links: Vec::new(), specs: Vec::new() }
    }

    pub fn str(&mut self, s: &str) -> Str {
        let start = handle(self.text.len());
        self.text.push_str(s);
        Str { start, len: handle(s.len()) }
    }

    pub fn get(&self, s: Str) -> &str {
        &self.text[s.start as usize..(s.start + s.len) as usize]
    }

    pub fn strs(&mut self, items: impl IntoIterator<Item = Str>) -> Span {
        let start = handle(self.strs.len());
        self.strs.extend(items);
        Span { start, len: handle(self.strs.len()) - start }
    }

    pub fn specs(&mut self, items: impl IntoIterator<Item = (Str, Scalar)>) -> Span {
        let start = handle(self.specs.len());
        self.specs.extend(items);
        Span { start, len: handle(self.specs.len()) - start }
    }

    /// Make room for `others` to be appended without the arena growing by doubling (which at a
    /// million records briefly holds two copies of all their text).
    pub fn reserve_for<'a>(&mut self, others: impl IntoIterator<Item = &'a Arena> + Clone) {
        self.text.reserve_exact(others.clone().into_iter().map(|a| a.text.len()).sum());
        self.strs.reserve_exact(others.clone().into_iter().map(|a| a.strs.len()).sum());
        self.specs.reserve_exact(others.into_iter().map(|a| a.specs.len()).sum());
    }

    /// Move `other`'s contents to the end of this arena; its handles shift by the returned
    /// [`Rebase`].
    pub fn append(&mut self, other: Arena) -> Rebase {
        let rebase = Rebase {
            text: handle(self.text.len()),
            strs: handle(self.strs.len()),
            specs: handle(self.specs.len()),
        };
        self.text.push_str(&other.text);
        self.strs.extend(other.strs.into_iter().map(|s| rebase.str(s)));
        self.specs.extend(other.specs.into_iter().map(|(key, scalar)| {
            let scalar = match scalar {
                Scalar::Text(s) => Scalar::Text(rebase.str(s)),
                other => other,
            };
            (rebase.str(key), scalar)
        }));
        rebase
    }

    /// The text, borrowed, beside the link table, mutable: references are resolved against the
    /// ids and names already in the text while the links they become are written.
    pub fn text_and_links(&mut self) -> (&str, &mut Vec<RecordId>) {
        (&self.text, &mut self.links)
    }

    /// Give back memory reserved for growth that did not come.
    pub fn shrink_to_fit(&mut self) {
        self.text.shrink_to_fit();
        self.strs.shrink_to_fit();
        self.links.shrink_to_fit();
        self.specs.shrink_to_fit();
    }

    /// A stored value as a view that borrows from this arena.
    /// Each language of a text given in several, with its text, as written.
    pub fn languages(&self, span: Span) -> impl Iterator<Item = (&str, &str)> {
        self.strs[span.range()].chunks_exact(2).map(|pair| (self.get(pair[0]), self.get(pair[1])))
    }

    /// The text in the reader's language, else in English, else in the first language given.
    pub fn in_reader_language(&self, span: Span) -> &str {
        let reader = crate::i18n::current().code();
        let mut first = None;
        let mut english = None;
        for (lang, text) in self.languages(span) {
            if lang == reader || lang.split('-').next() == Some(reader) {
                return text;
            }
            first.get_or_insert(text);
            if lang == "en" {
                english = Some(text);
            }
        }
        english.or(first).unwrap_or_default()
    }

    pub fn view<'a>(&'a self, value: &'a Value) -> ValueRef<'a> {
        match value {
            Value::Text(s) => ValueRef::Text(self.get(*s)),
            Value::Localized(span) => ValueRef::Text(self.in_reader_language(*span)),
            Value::TextList(span) => {
                ValueRef::TextList(Strs { arena: self, items: &self.strs[span.range()] })
            }
            Value::Date(date) => ValueRef::Date(*date),
            Value::Time(time) => ValueRef::Time(*time),
            Value::Bool(b) => ValueRef::Bool(*b),
            Value::Count(n) => ValueRef::Count(*n),
            Value::Link(id) => ValueRef::Link(id),
            Value::Links(span) => ValueRef::Links(&self.links[span.range()]),
            Value::Specs(span) => {
                ValueRef::Specs(SpecsRef { arena: self, items: &self.specs[span.range()] })
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::value::ScalarRef;

    #[test]
    fn appended_arenas_keep_their_values() {
        let mut file = Arena::default();
        let name = file.str("Škoda");
        let tags = [file.str("a"), file.str("b")];
        let tags = file.strs(tags);
        let key = file.str("mass");
        let value = file.str("18 t");
        let specs = file.specs([(key, Scalar::Text(value))]);
        let mut catalogue = Arena::default();
        catalogue.str("something before");
        let rebase = catalogue.append(file);
        assert_eq!(catalogue.get(rebase.str(name)), "Škoda");
        let tags = rebase.value(Value::TextList(tags));
        let ValueRef::TextList(list) = catalogue.view(&tags) else { panic!("a list") };
        assert_eq!(list.iter().collect::<Vec<_>>(), vec!["a", "b"]);
        let specs = rebase.value(Value::Specs(specs));
        let ValueRef::Specs(specs) = catalogue.view(&specs) else { panic!("specs") };
        assert_eq!(specs.iter().collect::<Vec<_>>(), vec![("mass", ScalarRef::Text("18 t"))]);
    }
}
