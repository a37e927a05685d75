//! Borrowing views of a value's lists and tables: what readers get instead of handles.

use std::fmt;

use super::{Arena, Scalar, ScalarRef, Str};

/// A list of strings, borrowed from its catalogue.
#[derive(Clone, Copy)]
pub struct Strs<'a> {
    pub(super) arena: &'a Arena,
    pub(super) items: &'a [Str],
}

impl<'a> Strs<'a> {
    pub fn iter(&self) -> impl ExactSizeIterator<Item = &'a str> + 'a {
        let arena = self.arena;
        self.items.iter().map(move |s| arena.get(*s))
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    pub fn join(&self, separator: &str) -> String {
        self.iter().collect::<Vec<_>>().join(separator)
    }

    pub fn empty() -> Strs<'static> {
        static EMPTY: Arena = Arena::new();
        Strs { arena: &EMPTY, items: &[] }
    }
}

/// The strings of a [`Strs`].
pub struct StrsIter<'a> {
    arena: &'a Arena,
    items: std::slice::Iter<'a, Str>,
}

impl<'a> Iterator for StrsIter<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        self.items.next().map(|s| self.arena.get(*s))
    }
}

impl<'a> IntoIterator for Strs<'a> {
    type Item = &'a str;
    type IntoIter = StrsIter<'a>;

    fn into_iter(self) -> StrsIter<'a> {
        StrsIter { arena: self.arena, items: self.items.iter() }
    }
}

impl fmt::Debug for Strs<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

/// A specs or figures table, borrowed from its catalogue, in the order written.
#[derive(Clone, Copy)]
pub struct SpecsRef<'a> {
    pub(super) arena: &'a Arena,
    pub(super) items: &'a [(Str, Scalar)],
}

impl<'a> SpecsRef<'a> {
    pub fn iter(&self) -> impl ExactSizeIterator<Item = (&'a str, ScalarRef<'a>)> + 'a {
        let arena = self.arena;
        self.items.iter().map(move |(key, scalar)| {
            let scalar = match *scalar {
                Scalar::Text(s) => ScalarRef::Text(arena.get(s)),
                Scalar::Integer(n) => ScalarRef::Integer(n),
                Scalar::Float(x) => ScalarRef::Float(x),
                Scalar::Bool(b) => ScalarRef::Bool(b),
            };
            (arena.get(*key), scalar)
        })
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

impl fmt::Debug for SpecsRef<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}
