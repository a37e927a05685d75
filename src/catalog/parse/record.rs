//! A file's tables into raw records: each `[[kind]]` array and its tables, the fields each
//! kind has (the schema's), required ones that are missing, ids and names, and a stand's id
//! and name from its label.

use std::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::{Anchored, Cx, Pos, RawRecord, RawValue, describe, expected_one_of, hint, id_problem};
use crate::catalog::Kind;
use crate::catalog::schema::{self, Field, FieldType};
use crate::catalog::suggest::did_you_mean;
use crate::catalog::value::{Str, Value};

impl Cx<'_> {
    pub(super) fn document(&mut self, root: &DeTable<'_>) {
        for (key, value) in root.iter() {
            let key_pos = self.span_pos(&key.span());
            let name = key.get_ref().as_ref();
            let Some(kind) = Kind::TOP_LEVEL.into_iter().find(|kind| kind.name() == name) else {
                let known = Kind::TOP_LEVEL.map(Kind::name);
                let message = crate::tr!(
                    "catalog-unknown-kind",
                    name = name,
                    expected = expected_one_of(known.into_iter()),
                    hint = hint(did_you_mean(name, known))
                );
                self.error_at(key_pos, message);
                continue;
            };
            self.record_array(kind, value, key_pos, None);
        }
    }

    fn record_array(
        &mut self,
        kind: Kind,
        value: &Spanned<DeValue<'_>>,
        key_pos: Pos,
        parent: Option<usize>,
    ) {
        let name = kind.name();
        match value.get_ref() {
            DeValue::Array(items) => {
                for item in items {
                    match item.get_ref() {
                        DeValue::Table(table) => self.record(kind, table, item.span(), parent),
                        other => {
                            let pos = self.span_pos(&item.span());
                            let found = describe(other);
                            self.error_at(
                                pos,
                                crate::tr!("catalog-entry-not-table", name = name, found = found),
                            );
                        }
                    }
                }
            }
            DeValue::Table(_) => {
                self.error_at(key_pos, crate::tr!("catalog-table-not-array", name = name))
            }
            other => {
                let found = describe(other);
                self.error_at(
                    key_pos,
                    crate::tr!("catalog-kind-not-array", name = name, found = found),
                );
            }
        }
    }

    fn record(
        &mut self,
        kind: Kind,
        table: &DeTable<'_>,
        span: Range<usize>,
        parent: Option<usize>,
    ) {
        if kind == Kind::Country {
            return self.country(table, span);
        }
        let header_pos = self.span_pos(&span);
        let header = self.line_col(header_pos);
        let mut id: Option<Anchored> = None;
        let mut name: Option<Str> = None;
        let mut fields = Vec::new();
        let mut children = Vec::new();
        let mut present = Vec::new();
        for (key, value) in table.iter() {
            let key_text = key.get_ref().as_ref();
            let key_pos = self.span_pos(&key.span());
            let Some(spec) = schema::lookup(kind, key_text) else {
                self.unknown_field(kind, key_text, key_pos);
                continue;
            };
            present.push(spec.field);
            match spec.field {
                Field::Id => id = self.id(value),
                Field::Name => {
                    if let Some((primary, languages)) = self.name(value) {
                        name = Some(primary);
                        // In several languages, the name is kept among the fields too, for
                        // `Record::name` to choose from.
                        if let Some(languages) = languages {
                            fields.push((Field::Name, RawValue::Ready(languages)));
                        }
                    }
                }
                _ => {
                    if let FieldType::Children(child_kind) = spec.ty {
                        children.push((child_kind, value, key_pos));
                    } else if let Some(raw) = self.field(kind, spec, value) {
                        fields.push((spec.field, raw));
                    }
                }
            }
        }
        for spec in schema::fields_of(kind) {
            if spec.required && !present.contains(&spec.field) {
                let message =
                    crate::tr!("catalog-missing-field", kind = kind.name(), key = spec.field.key());
                self.error_at(header_pos, message);
            }
        }
        self.check_date_order(kind, &fields, table);
        // A stand's id and name default from its label.
        let (id, name) = if kind == Kind::Stand {
            self.stand_names(id, name, &fields, header_pos)
        } else {
            (id, name)
        };
        let index = match (id, name) {
            (Some(id), Some(name)) => {
                let has_sources = present.contains(&Field::Sources);
                let record = RawRecord { kind, id, name, header, fields, parent, has_sources };
                self.parsed.records.push(record);
                Some(self.parsed.records.len() - 1)
            }
            _ => None,
        };
        for (child_kind, value, key_pos) in children {
            self.record_array(child_kind, value, key_pos, index);
        }
    }

    fn stand_names(
        &mut self,
        id: Option<Anchored>,
        name: Option<Str>,
        fields: &[(Field, RawValue)],
        header: Pos,
    ) -> (Option<Anchored>, Option<Str>) {
        let label = fields.iter().find_map(|(field, value)| match (field, value) {
            (Field::Label, RawValue::Ready(Value::Text(label))) => {
                Some(self.arena.get(*label).to_owned())
            }
            _ => None,
        });
        let Some(label) = label else { return (id, name) };
        let id = id.or_else(|| {
            let slug = crate::text::slug(&label);
            if slug.is_empty() {
                self.error_at(header, crate::tr!("catalog-stand-label-no-id", label = &label));
                return None;
            }
            Some(Anchored {
                text: self.arena.str(&format!("stand-{slug}")),
                at: self.line_col(header),
            })
        });
        let name = name.or_else(|| Some(self.arena.str(&format!("Stand {label}"))));
        (id, name)
    }

    pub(super) fn unknown_field(&mut self, kind: Kind, key: &str, pos: Pos) {
        let message = crate::tr!(
            "catalog-unknown-field",
            key = key,
            kind = kind.name(),
            expected = expected_one_of(schema::writable_keys(kind)),
            hint = hint(did_you_mean(key, schema::writable_keys(kind)))
        );
        self.error_at(pos, message);
    }

    fn id(&mut self, value: &Spanned<DeValue<'_>>) -> Option<Anchored> {
        let id = self.string(Field::Id, FieldType::Text, value)?;
        let text = self.arena.get(id.text);
        if let Some(problem) = id_problem(text) {
            let suggestion = crate::text::slug(text);
            let example = if !suggestion.is_empty() && suggestion != text {
                crate::tr!("catalog-id-example", suggestion = suggestion)
            } else {
                String::new()
            };
            let message =
                crate::tr!("catalog-invalid-id", id = text, problem = problem, example = example);
            self.error_at(id.pos, message);
            return None;
        }
        Some(self.anchor(id))
    }

    /// A record's name, and its languages when it is given in several.
    pub(super) fn name(&mut self, value: &Spanned<DeValue<'_>>) -> Option<(Str, Option<Value>)> {
        let (value, name) = self.text(Field::Name, value)?;
        let empty = match value {
            Value::Localized(span) => self.arena.languages(span).any(|(_, t)| t.trim().is_empty()),
            _ => self.arena.get(name.text).trim().is_empty(),
        };
        if empty {
            self.error_at(name.pos, crate::tr!("catalog-name-empty").to_owned());
            return None;
        }
        let languages = matches!(value, Value::Localized(_)).then_some(value);
        Some((name.text, languages))
    }
}
