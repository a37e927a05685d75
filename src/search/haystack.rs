//! What each record is found by, folded once when the index is built, as tiers in the order
//! they rank: a word in a name counts for more than the same word in a summary. Which tier a
//! field's text goes to is the schema's (`FieldDef::search` in `catalog/schema.rs`).

use crate::catalog::{Catalog, Field, Kind, RecordId, ScalarRef, Tier, ValueRef};
use crate::text::fold_for_search_into;

/// Which part of a record a query matched, best tier first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MatchField {
    Name,
    /// Another name the record goes by (`aliases`: "TB2", "SSB", a transliteration; for a
    /// country its other names and demonym, "Turkey", "Turkish").
    Alias,
    Id,
    Tags,
    /// The short facts shown beside a name: country, maker, category, role, sectors, place.
    Context,
    /// What the record is found by through the records it links to: the other names of its
    /// country and of its maker's country, its delegation, the records it is related to.
    Linked,
    /// The summary and the other free text (specs, figures, area).
    Text,
    /// The user's own note on the record (matched by the browser, not the index).
    Note,
}

/// How many tiers of text each record has in the index.
pub const TIERS: usize = 7;

impl MatchField {
    pub const ALL: [MatchField; TIERS] = [
        MatchField::Name,
        MatchField::Alias,
        MatchField::Id,
        MatchField::Tags,
        MatchField::Context,
        MatchField::Linked,
        MatchField::Text,
    ];

    /// What is added to a term's score in this tier, so that a name match ranks above an
    /// equally good match in a summary while a whole word in the tags can still beat letters
    /// scattered through a name (see docs/search.md). The bonuses fall in text order, which
    /// lets a scan stop early (`score::term`).
    pub fn bonus(self) -> i64 {
        match self {
            MatchField::Name => 60,
            // Just below a name, so an equally good match on the real name ranks first.
            MatchField::Alias => 55,
            MatchField::Id => 40,
            MatchField::Tags => 30,
            MatchField::Context => 20,
            MatchField::Linked => 10,
            MatchField::Text | MatchField::Note => 0,
        }
    }

    /// Whether letters scattered in order may match here. Tags, facts and summaries are joined
    /// phrases, long enough for almost any query to be scattered through them ("drone" in
    /// "armoured vehicle · 4x4 · IED protection"), so there a term must appear as typed.
    pub fn is_fuzzy(self) -> bool {
        matches!(self, MatchField::Name | MatchField::Alias | MatchField::Id)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            MatchField::Name => "name",
            MatchField::Alias => "alias",
            MatchField::Id => "id",
            MatchField::Tags => "tags",
            MatchField::Context => "context",
            MatchField::Linked => "linked",
            MatchField::Text => "text",
            MatchField::Note => "note",
        }
    }

    pub(super) fn index(self) -> usize {
        Self::ALL.iter().position(|tier| *tier == self).unwrap_or(TIERS - 1)
    }
}

/// The schema names the tiers a field's text can go to; search adds the user's note.
impl From<Tier> for MatchField {
    fn from(tier: Tier) -> MatchField {
        match tier {
            Tier::Name => MatchField::Name,
            Tier::Alias => MatchField::Alias,
            Tier::Id => MatchField::Id,
            Tier::Tags => MatchField::Tags,
            Tier::Context => MatchField::Context,
            Tier::Linked => MatchField::Linked,
            Tier::Text => MatchField::Text,
        }
    }
}

/// Between two values of one tier. An occurrence that spans it, or runs from one tier into the
/// next, is not a match (`score::occurrence`), and skim reads one value at a time.
pub(super) const SEPARATOR: &str = " · ";

/// Fold the tiers of `ids` into one arena, with each record's tier bounds.
pub(super) fn prepare_chunk(
    catalog: &Catalog,
    ids: &[RecordId],
) -> (String, Vec<[u32; TIERS + 1]>) {
    let mut text = String::with_capacity(ids.len() * 200);
    let mut bounds = Vec::with_capacity(ids.len());
    let mut tier_text: [String; TIERS] = Default::default();
    for &id in ids {
        for tier in &mut tier_text {
            tier.clear();
        }
        prepare(catalog, id, &mut tier_text);
        let mut record_bounds = [0u32; TIERS + 1];
        for (tier, folded) in tier_text.iter().enumerate() {
            record_bounds[tier] = u32::try_from(text.len()).unwrap_or(u32::MAX);
            text.push_str(folded);
        }
        record_bounds[TIERS] = u32::try_from(text.len()).unwrap_or(u32::MAX);
        bounds.push(record_bounds);
    }
    (text, bounds)
}

/// The record's name in the languages the reader does not see.
fn other_names<'a>(record: &crate::catalog::Record<'a>) -> impl Iterator<Item = &'a str> {
    let shown = record.name();
    record.languages(Field::Name).map(|(_, name)| name).filter(move |name| *name != shown)
}

/// A text field's words in every language it is given in (a French reader finds a record by
/// its English summary, and an English one by its French name), or the one text it has.
fn push_languages(out: &mut String, record: &crate::catalog::Record<'_>, field: Field, text: &str) {
    let mut any = false;
    for (_, translated) in record.languages(field) {
        push(out, translated);
        any = true;
    }
    if !any {
        push(out, text);
    }
}

fn push(out: &mut String, text: &str) {
    if !out.is_empty() {
        out.push_str(SEPARATOR);
    }
    fold_for_search_into(text, out);
}

/// Where a tier's text goes in a record's tiers: the schema's tiers are in rank order, as
/// [`MatchField::ALL`] is (a test holds the two together).
fn slot(tier: Tier) -> usize {
    tier as usize
}

/// A linked record's name into tier `to`, and for a country its other names and demonym into
/// the linked tier (a system made in Türkiye is found by "Turkish").
fn push_link(catalog: &Catalog, target: RecordId, tiers: &mut [String; TIERS], to: usize) {
    let record = catalog.get(target);
    push_languages(&mut tiers[to], &record, Field::Name, record.name());
    if record.kind() == Kind::Country {
        for alias in record.list(Field::Aliases) {
            push(&mut tiers[slot(Tier::Linked)], alias);
        }
    }
}

/// Fill one record's tiers, in [`MatchField::ALL`] order: each field into the tier the schema
/// gives it (`catalog::schema`, `FieldDef::search`).
fn prepare(catalog: &Catalog, id: RecordId, tiers: &mut [String; TIERS]) {
    let record = catalog.get(id);
    // The name and id are not among the stored fields, but their tiers are the schema's too.
    if let Some(tier) = Field::Name.def().search {
        push(&mut tiers[slot(tier)], record.name());
    }
    // The name in its other languages finds the record too, ranked with the free text: as an
    // alias it would let letters scattered through a foreign name ("tb" in « Délégation
    // libyenne ») rank above what the reader's own words match.
    for other in other_names(&record) {
        push(&mut tiers[slot(Tier::Text)], other);
    }
    if let Some(tier) = Field::Id.def().search {
        let to = &mut tiers[slot(tier)];
        if !to.is_empty() {
            to.push_str(SEPARATOR);
        }
        // A country's id is `country:` and its slug; the prefix would match queries by itself.
        // Ids are lower-case ASCII already: nothing to fold.
        to.push_str(record.id().strip_prefix("country:").unwrap_or(record.id()));
    }
    for (field, value) in record.fields() {
        let Some(tier) = field.def().search else { continue };
        let to = slot(tier);
        match value {
            ValueRef::Text(text) => push_languages(&mut tiers[to], &record, field, text),
            ValueRef::TextList(items) => items.iter().for_each(|item| push(&mut tiers[to], item)),
            ValueRef::Link(target) => push_link(catalog, *target, tiers, to),
            ValueRef::Links(targets) => {
                targets.iter().for_each(|&target| push_link(catalog, target, tiers, to));
            }
            ValueRef::Specs(specs) => {
                for (key, scalar) in specs.iter() {
                    push(&mut tiers[to], key);
                    if let ScalarRef::Text(text) = scalar {
                        push(&mut tiers[to], text);
                    }
                }
            }
            ValueRef::Date(_) | ValueRef::Time(_) | ValueRef::Bool(_) | ValueRef::Count(_) => {}
        }
    }
    // What follows is found through the record's links rather than read from a field of its
    // own, so the schema cannot say it; it is kept here, explicit.
    // A system is found by where its maker is from ("drone turkiye", "turkish drone"): a fact
    // about the system as much as its maker is, so it stands beside the maker's name.
    if let Some(country) =
        record.link(Field::Maker).and_then(|maker| catalog.get(maker).link(Field::Country))
    {
        push_link(catalog, country, tiers, slot(Tier::Context));
    }
    // A person is found by the delegation they head or belong to ("nigeria delegation").
    if record.kind() == Kind::Person {
        for backlink in catalog.backlinks(id) {
            let from = catalog.get(backlink.from);
            if from.kind() == Kind::Delegation
                && matches!(backlink.field, Field::Head | Field::Members)
            {
                push(&mut tiers[slot(Tier::Linked)], from.name());
            }
        }
    }
}
