//! Facets: narrowing a list by the values records have in a field (country, sector, category,
//! maker, operator, tag…). Several values of one facet combine with OR, facets combine with AND,
//! and a value matches as `facet::clauses` says (folded, read as words). The facets of a kind
//! come from the schema's roles (`FieldDef::facet`) and their values from the data, never from
//! a list kept here. The CLI's `--where` (parsed in `facet::clauses`) and the browser's facet
//! panel both stand on this module.
//!
//! One facet is not a field: `edition`, what is new or changed since an earlier edition
//! (`--compare-to`), as `diff` found. Its filter carries what it reads ([`Editions`], shared),
//! so it narrows any list and combines with the others as a field's facet does.

use std::collections::BTreeMap;
use std::sync::Arc;

use crate::catalog::{Catalog, Field, Kind, RecordId, ValueRef, fields_of};
use crate::features::diff::{Edition, Editions};
use crate::text::fold;

/// The `edition` facet's key, as `--where` takes it and [`Filters::describe`] shows it.
pub const EDITION: &str = "edition";

mod clauses;
pub use clauses::{FacetError, parse_where};
use clauses::{holds_words, words};

/// Whether `kind` has `field` itself.
fn has_field(kind: Kind, field: Field) -> bool {
    fields_of(kind).iter().any(|spec| spec.field == field)
}

/// A system has no country of its own but is faceted by its maker's: "Turkish systems" is the
/// question analysts ask. A value derived through a link, not a field of the record, so the
/// schema's roles cannot say it: it is the one facet kept here.
fn country_via_maker(kind: Kind) -> bool {
    !has_field(kind, Field::Country) && has_field(kind, Field::Maker)
}

/// The fields `kind` can be narrowed by: those the schema makes facets (`FieldDef::facet`), in
/// the kind's order, a derived country first.
pub fn facets_of(kind: Kind) -> Vec<Field> {
    let own = fields_of(kind).iter().filter(|spec| spec.field.def().facet);
    let derived = country_via_maker(kind).then_some(Field::Country);
    derived.into_iter().chain(own.map(|spec| spec.field)).collect()
}

/// The facet fields of any of `kinds`, each once, in schema order of the first kind with it.
fn facets_of_any(kinds: &[Kind]) -> Vec<Field> {
    let mut fields = Vec::new();
    for &kind in kinds {
        for field in facets_of(kind) {
            if !fields.contains(&field) {
                fields.push(field);
            }
        }
    }
    fields
}

/// The values `record` has in `field`, as shown (a link by its target's name).
pub fn values(catalog: &Catalog, record: RecordId, field: Field) -> Vec<&str> {
    let shown = catalog.get(record);
    if field == Field::Country
        && country_via_maker(shown.kind())
        && let Some(maker) = shown.link(Field::Maker)
    {
        return values(catalog, maker, Field::Country);
    }
    match shown.get(field) {
        Some(ValueRef::Text(text)) => vec![text],
        Some(ValueRef::TextList(items)) => items.iter().collect(),
        Some(ValueRef::Link(&target)) => vec![catalog.get(target).name()],
        Some(ValueRef::Links(targets)) => {
            targets.iter().map(|&target| catalog.get(target).name()).collect()
        }
        _ => Vec::new(),
    }
}

/// One facet narrowed to some of its values (any of them will do).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Filter {
    pub field: Field,
    /// The values as the data writes them, for showing the filter back.
    pub shown: Vec<String>,
    /// The values folded and read as words ([`words`]).
    folded: Vec<String>,
}

impl Filter {
    pub fn new(field: Field, values: Vec<String>) -> Filter {
        let folded = values.iter().map(|value| words(value)).collect();
        Filter { field, shown: values, folded }
    }

    /// A value admits when it is one of the filter's, or holds one as whole words: asking for
    /// `loitering munition` finds the `rotary-wing loitering munition`, `counter drone` the
    /// `counter-drone`.
    fn admits(&self, catalog: &Catalog, record: RecordId) -> bool {
        values(catalog, record, self.field).iter().any(|value| {
            let value = words(value);
            self.folded.iter().any(|wanted| holds_words(&value, wanted))
        })
    }
}

/// The `edition` facet narrowed to some of its values (any of them will do), with how each
/// record stands, to read them from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EditionFilter {
    chosen: Vec<Edition>,
    editions: Arc<Editions>,
}

impl EditionFilter {
    fn admits(&self, record: RecordId) -> bool {
        self.chosen.contains(&self.editions.get(record))
    }
}

/// The filters in effect: a record must satisfy every one.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filters {
    fields: Vec<Filter>,
    edition: Option<EditionFilter>,
}

impl Filters {
    pub fn is_empty(&self) -> bool {
        self.fields.is_empty() && self.edition.is_none()
    }

    /// How many filters there are: one per field named, and the edition's.
    pub fn count(&self) -> usize {
        self.fields.len() + usize::from(self.edition.is_some())
    }

    /// Whether each filter is known to match some record on its own: a field's value is
    /// checked when it is parsed, but "new" or "changed" may be true of none.
    pub fn each_matches_alone(&self) -> bool {
        self.edition.is_none()
    }

    pub fn admits(&self, catalog: &Catalog, record: RecordId) -> bool {
        self.fields.iter().all(|filter| filter.admits(catalog, record))
            && self.edition.as_ref().is_none_or(|edition| edition.admits(record))
    }

    /// The same filters without the facet `field`'s own: what its values are counted under.
    fn without(&self, field: Field) -> Filters {
        let fields = self.fields.iter().filter(|f| f.field != field).cloned().collect();
        Filters { fields, edition: self.edition.clone() }
    }

    /// The same filters without the `edition` facet.
    fn without_edition(&self) -> Filters {
        Filters { fields: self.fields.clone(), edition: None }
    }

    /// Whether `edition` is one of the values chosen for the `edition` facet.
    pub fn is_edition_selected(&self, edition: Edition) -> bool {
        self.edition.as_ref().is_some_and(|filter| filter.chosen.contains(&edition))
    }

    /// Add `edition` to the `edition` facet (OR with its other values), read from `editions`.
    pub fn add_edition(&mut self, edition: Edition, editions: &Arc<Editions>) {
        match &mut self.edition {
            Some(filter) if !filter.chosen.contains(&edition) => filter.chosen.push(edition),
            Some(_) => {}
            None => {
                let editions = Arc::clone(editions);
                self.edition = Some(EditionFilter { chosen: vec![edition], editions });
            }
        }
    }

    /// Choose `edition`, or drop it if it was chosen (and the facet with its last value).
    pub fn toggle_edition(&mut self, edition: Edition, editions: &Arc<Editions>) {
        let Some(filter) = &mut self.edition else { return self.add_edition(edition, editions) };
        match filter.chosen.iter().position(|chosen| *chosen == edition) {
            Some(at) => {
                filter.chosen.remove(at);
                if filter.chosen.is_empty() {
                    self.edition = None;
                }
            }
            None => filter.chosen.push(edition),
        }
    }

    /// Add `value` to the facet `field` (OR with its other values), or start that facet.
    pub fn add(&mut self, field: Field, value: &str) {
        match self.fields.iter_mut().find(|filter| filter.field == field) {
            Some(filter) if !filter.folded.contains(&words(value)) => {
                filter.shown.push(value.to_owned());
                filter.folded.push(words(value));
            }
            Some(_) => {}
            None => self.fields.push(Filter::new(field, vec![value.to_owned()])),
        }
    }

    /// Whether `value` is one of the values chosen for `field`.
    pub fn is_selected(&self, field: Field, value: &str) -> bool {
        let value = words(value);
        self.fields.iter().any(|filter| filter.field == field && filter.folded.contains(&value))
    }

    /// Choose `value` for `field`, or drop it if it was chosen (and the facet with its last
    /// value).
    pub fn toggle(&mut self, field: Field, value: &str) {
        let folded = words(value);
        let Some(at) = self.fields.iter().position(|filter| filter.field == field) else {
            return self.add(field, value);
        };
        let filter = &mut self.fields[at];
        match filter.folded.iter().position(|chosen| *chosen == folded) {
            Some(index) => {
                filter.folded.remove(index);
                filter.shown.remove(index);
                if filter.folded.is_empty() {
                    self.fields.remove(at);
                }
            }
            None => self.add(field, value),
        }
    }

    /// "edition: new · country: Türkiye or Mali · sectors: drones", for a header or a
    /// message: the keys and values as `--where` takes them.
    pub fn describe(&self) -> String {
        let or = crate::tr!("facet-or");
        let edition = self.edition.iter().map(|filter| {
            let chosen: Vec<&str> = filter.chosen.iter().map(|edition| edition.key()).collect();
            format!("{EDITION}: {}", chosen.join(or))
        });
        let fields = self
            .fields
            .iter()
            .map(|filter| format!("{}: {}", filter.field.key(), filter.shown.join(or)));
        edition.chain(fields).collect::<Vec<_>>().join(" · ")
    }
}

/// One value's spellings, each with how often it is written, and how many records have it.
type Tally<'c> = (Vec<(&'c str, usize)>, usize);

/// The values of facet `field` among `records`, each with how many records have it, counted
/// under every filter but the facet's own (so picking one value leaves its alternatives and
/// their counts in view); sorted by count, then alphabetically.
pub fn counts<'c>(
    catalog: &'c Catalog,
    records: &[RecordId],
    filters: &Filters,
    field: Field,
) -> Vec<(&'c str, usize)> {
    let others = filters.without(field);
    // Folded value → its spellings with how often each is written, and the record count.
    let mut by_folded: BTreeMap<String, Tally<'c>> = BTreeMap::new();
    for &record in records {
        if !others.admits(catalog, record) {
            continue;
        }
        let mut seen: Vec<String> = Vec::new();
        for value in values(catalog, record, field) {
            let key = fold(value);
            if seen.contains(&key) {
                continue; // a record counts once per value
            }
            let (spellings, count) = by_folded.entry(key.clone()).or_default();
            *count += 1;
            match spellings.iter_mut().find(|(spelling, _)| *spelling == value) {
                Some((_, uses)) => *uses += 1,
                None => spellings.push((value, 1)),
            }
            seen.push(key);
        }
    }
    // Each value is shown as the catalogue most often writes it (the first such on a tie).
    let mut counted: Vec<(&str, usize)> = by_folded
        .into_values()
        .map(|(spellings, count)| {
            let most = spellings.iter().map(|(_, uses)| *uses).max().unwrap_or(0);
            let shown = spellings.iter().find(|(_, uses)| *uses == most).map_or("", |(s, _)| *s);
            (shown, count)
        })
        .collect();
    counted.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| fold(a.0).cmp(&fold(b.0))));
    counted
}

#[cfg(test)]
mod tests;

/// Facet values prepared once per catalogue, so that counting and filtering at a keystroke is
/// integer work: per facet field, its distinct values (folded, and as most often written) and
/// for each record the ids of the values it has. [`counts`] and [`Filters::admits`] give the
/// same answers from the raw data; tests hold the two together.
pub struct FacetIndex {
    fields: Vec<(Field, FieldValues)>,
}

struct FieldValues {
    shown: Vec<String>,
    folded: Vec<String>,
    /// Each value folded and read as words, as filters match them.
    words: Vec<String>,
    /// Record index → its value ids, as a flat array with offsets.
    offsets: Vec<u32>,
    ids: Vec<u32>,
}

impl FacetIndex {
    pub fn build(catalog: &Catalog) -> FacetIndex {
        let all: Vec<Kind> = Kind::ALL.to_vec();
        let fields = facets_of_any(&all)
            .into_iter()
            .map(|field| (field, FieldValues::build(catalog, field)))
            .collect();
        FacetIndex { fields }
    }

    fn field(&self, field: Field) -> Option<&FieldValues> {
        self.fields.iter().find(|(f, _)| *f == field).map(|(_, values)| values)
    }

    /// Per field filter, which value ids it accepts (a value equal to, or holding as words,
    /// one of the filter's).
    fn accepted(&self, filters: &Filters) -> Vec<(&FieldValues, Vec<bool>)> {
        filters
            .fields
            .iter()
            .filter_map(|filter| {
                let values = self.field(filter.field)?;
                let ok = values
                    .words
                    .iter()
                    .map(|value| filter.folded.iter().any(|wanted| holds_words(value, wanted)))
                    .collect();
                Some((values, ok))
            })
            .collect()
    }

    /// The records of `records` every filter admits, in order.
    pub fn admitted(&self, records: &[RecordId], filters: &Filters) -> Vec<RecordId> {
        let accepted = self.accepted(filters);
        let edition = |r: RecordId| filters.edition.as_ref().is_none_or(|e| e.admits(r));
        records.iter().copied().filter(|&r| admits_with(&accepted, r) && edition(r)).collect()
    }

    /// How many of `records` are new and how many changed (as `editions` says), under every
    /// filter but the `edition` facet's own; each value with none left out.
    pub fn edition_counts(
        &self,
        records: &[RecordId],
        filters: &Filters,
        editions: &Editions,
    ) -> Vec<(Edition, usize)> {
        let others = filters.without_edition();
        let accepted = self.accepted(&others);
        let mut tally = [0usize; Edition::CHOSEN.len()];
        for &record in records {
            let edition = editions.get(record);
            if let Some(at) = Edition::CHOSEN.iter().position(|e| *e == edition)
                && admits_with(&accepted, record)
            {
                tally[at] += 1;
            }
        }
        Edition::CHOSEN.into_iter().zip(tally).filter(|(_, count)| *count > 0).collect()
    }

    /// [`counts`], from the index.
    pub fn counts(
        &self,
        records: &[RecordId],
        filters: &Filters,
        field: Field,
    ) -> Vec<(&str, usize)> {
        let Some(values) = self.field(field) else { return Vec::new() };
        let others = filters.without(field);
        let accepted = self.accepted(&others);
        let edition = |r: RecordId| others.edition.as_ref().is_none_or(|e| e.admits(r));
        let mut tally = vec![0usize; values.shown.len()];
        for &record in records {
            if admits_with(&accepted, record) && edition(record) {
                for &id in values.of(record) {
                    tally[id as usize] += 1;
                }
            }
        }
        let mut counted: Vec<(&str, usize, &str)> = tally
            .iter()
            .enumerate()
            .filter(|(_, count)| **count > 0)
            .map(|(id, &count)| (values.shown[id].as_str(), count, values.folded[id].as_str()))
            .collect();
        counted.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.2.cmp(b.2)));
        counted.into_iter().map(|(shown, count, _)| (shown, count)).collect()
    }
}

fn admits_with(accepted: &[(&FieldValues, Vec<bool>)], record: RecordId) -> bool {
    accepted.iter().all(|(values, ok)| values.of(record).iter().any(|&id| ok[id as usize]))
}

impl FieldValues {
    fn build(catalog: &Catalog, field: Field) -> FieldValues {
        let mut by_folded: std::collections::HashMap<String, u32> =
            std::collections::HashMap::new();
        let mut folded: Vec<String> = Vec::new();
        let mut spellings: Vec<Vec<(String, usize)>> = Vec::new();
        let mut offsets = Vec::with_capacity(catalog.len() + 1);
        let mut ids = Vec::new();
        offsets.push(0);
        for record in catalog.ids() {
            let start = ids.len();
            for value in values(catalog, record, field) {
                let key = fold(value);
                let id = *by_folded.entry(key.clone()).or_insert_with(|| {
                    folded.push(key);
                    spellings.push(Vec::new());
                    u32::try_from(folded.len() - 1).expect("fewer than 2^32 distinct values")
                });
                if ids[start..].contains(&id) {
                    continue; // a record counts once per value
                }
                ids.push(id);
                let written = &mut spellings[id as usize];
                match written.iter_mut().find(|(s, _)| s == value) {
                    Some((_, uses)) => *uses += 1,
                    None => written.push((value.to_owned(), 1)),
                }
            }
            offsets.push(u32::try_from(ids.len()).expect("fewer than 2^32 facet values"));
        }
        // Each value as the catalogue most often writes it (the first such on a tie).
        let shown = spellings
            .into_iter()
            .map(|written| {
                let most = written.iter().map(|(_, uses)| *uses).max().unwrap_or(0);
                written
                    .into_iter()
                    .find(|(_, uses)| *uses == most)
                    .map(|(s, _)| s)
                    .unwrap_or_default()
            })
            .collect();
        let words = folded.iter().map(|value| words(value)).collect();
        FieldValues { shown, folded, words, offsets, ids }
    }

    fn of(&self, record: RecordId) -> &[u32] {
        let at = record.index();
        match (self.offsets.get(at), self.offsets.get(at + 1)) {
            (Some(&start), Some(&end)) => &self.ids[start as usize..end as usize],
            _ => &[],
        }
    }
}
