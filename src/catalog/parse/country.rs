//! `[[country]]` tables: a country's own aliases, summary and sources. They are not records of
//! their own (a country has no id to write); the resolver attaches each to the country record its
//! `name` means.

use std::ops::Range;

use toml::de::{DeTable, DeValue};

use super::{Anchored, Cx, LineCol, RawValue, rebase_fields};
use crate::catalog::Kind;
use crate::catalog::schema::{self, Field};
use crate::catalog::value::Rebase;

/// A `[[country]]` table: more about a country the other records name (or one they do not),
/// attached to it by any of its names.
#[derive(Clone, Debug)]
pub(in crate::catalog) struct RawCountry {
    /// The name as written: any of the country's names.
    pub name: Anchored,
    /// Where its `[[country]]` header is.
    pub header: LineCol,
    /// Its aliases, summary and sources, in the order written.
    pub fields: Vec<(Field, RawValue)>,
    pub has_sources: bool,
}

impl RawCountry {
    pub fn rebase(&mut self, rebase: Rebase) {
        self.name.text = rebase.str(self.name.text);
        rebase_fields(&mut self.fields, rebase);
    }
}

impl Cx<'_> {
    pub(super) fn country(&mut self, table: &DeTable<'_>, span: Range<usize>) {
        let header_pos = self.span_pos(&span);
        let mut name = None;
        let mut fields = Vec::new();
        let mut present = Vec::new();
        for (key, value) in table.iter() {
            let key_text = key.get_ref().as_ref();
            let key_pos = self.span_pos(&key.span());
            let Some(spec) = schema::lookup(Kind::Country, key_text) else {
                self.unknown_field(Kind::Country, key_text, key_pos);
                continue;
            };
            present.push(spec.field);
            if spec.field == Field::Name {
                // A country is found by its name, which is the country table's: one string.
                if let DeValue::Table(_) = value.get_ref() {
                    let pos = self.span_pos(&value.span());
                    self.error_at(pos, crate::tr!("catalog-country-name-table").to_owned());
                } else if let Some((text, _)) = self.name(value) {
                    let pos = self.span_pos(&value.span());
                    name = Some(self.anchor(super::Located { text, pos }));
                }
            } else if let Some(raw) = self.field(Kind::Country, spec, value) {
                fields.push((spec.field, raw));
            }
        }
        for spec in schema::fields_of(Kind::Country) {
            if spec.required && !present.contains(&spec.field) {
                let message = crate::tr!(
                    "catalog-missing-field",
                    kind = Kind::Country.name(),
                    key = spec.field.key()
                );
                self.error_at(header_pos, message);
            }
        }
        if let Some(name) = name {
            let header = self.line_col(header_pos);
            let has_sources = present.contains(&Field::Sources);
            self.parsed.countries.push(RawCountry { name, header, fields, has_sources });
        }
    }
}
