//! One field's TOML value checked against its type in the schema: strings and lists, web
//! addresses, choices, time zones, dates and times, counts, references and specs tables. A
//! value of the wrong type is an error that says what was expected and what was found.

use toml::Spanned;
use toml::de::DeValue;

use super::{Cx, Located, MAX_COUNT, RawValue, describe, hint};
use crate::catalog::Kind;
use crate::catalog::diagnostic::Severity;
use crate::catalog::schema::{Field, FieldSpec, FieldType};
use crate::catalog::suggest::did_you_mean;
use crate::catalog::value::{Date, Scalar, Span, Time, Value};

impl Cx<'_> {
    pub(super) fn wrong_type(&mut self, field: Field, ty: FieldType, value: &Spanned<DeValue<'_>>) {
        let pos = self.span_pos(&value.span());
        let (field, expected, found) = (field.key(), ty.describe(), describe(value.get_ref()));
        let message = match (ty, value.get_ref()) {
            (FieldType::Date | FieldType::Time, DeValue::String(s))
                if s.parse::<toml::value::Datetime>().is_ok() =>
            {
                let value = s.as_ref();
                crate::tr!(
                    "catalog-wrong-type-quoted",
                    field = field,
                    expected = expected,
                    found = found,
                    value = value
                )
            }
            _ => {
                crate::tr!("catalog-wrong-type", field = field, expected = expected, found = found)
            }
        };
        self.error_at(pos, message);
    }

    pub(super) fn string(
        &mut self,
        field: Field,
        ty: FieldType,
        value: &Spanned<DeValue<'_>>,
    ) -> Option<Located> {
        match value.get_ref() {
            DeValue::String(s) => {
                Some(Located { text: self.arena.str(s), pos: self.span_pos(&value.span()) })
            }
            _ => {
                self.wrong_type(field, ty, value);
                None
            }
        }
    }

    pub(super) fn strings(
        &mut self,
        field: Field,
        ty: FieldType,
        value: &Spanned<DeValue<'_>>,
    ) -> Option<Vec<Located>> {
        let DeValue::Array(items) = value.get_ref() else {
            self.wrong_type(field, ty, value);
            return None;
        };
        let mut out = Vec::with_capacity(items.len());
        for item in items {
            match item.get_ref() {
                DeValue::String(s) => {
                    out.push(Located { text: self.arena.str(s), pos: self.span_pos(&item.span()) })
                }
                other => {
                    let pos = self.span_pos(&item.span());
                    let found = describe(other);
                    let message =
                        crate::tr!("catalog-entry-not-string", field = field.key(), found = found);
                    self.error_at(pos, message);
                }
            }
        }
        Some(out)
    }

    pub(super) fn field(
        &mut self,
        kind: Kind,
        spec: &FieldSpec,
        value: &Spanned<DeValue<'_>>,
    ) -> Option<RawValue> {
        let (field, ty) = (spec.field, spec.ty);
        let raw = match ty {
            FieldType::Text if field.def().languages => RawValue::Ready(self.text(field, value)?.0),
            FieldType::Text => RawValue::Ready(Value::Text(self.string(field, ty, value)?.text)),
            FieldType::Url => {
                let url = self.string(field, ty, value)?;
                let text = self.arena.get(url.text);
                if !(text.starts_with("https://") || text.starts_with("http://")) {
                    let message = crate::tr!("catalog-not-web-address", field = field.key());
                    self.report(Severity::Warning, url.pos, message);
                }
                RawValue::Ready(Value::Text(url.text))
            }
            FieldType::TextList => {
                let mut items = self.strings(field, ty, value)?;
                if field == Field::Aliases {
                    items.retain(|alias| {
                        let empty = self.arena.get(alias.text).trim().is_empty();
                        if empty {
                            let message = crate::tr!("catalog-empty-alias").to_owned();
                            self.report(Severity::Warning, alias.pos, message);
                        }
                        !empty
                    });
                }
                let list = Value::TextList(self.arena.strs(items.iter().map(|item| item.text)));
                if field == Field::Aliases {
                    RawValue::Aliases(list, self.anchor_all(items))
                } else {
                    RawValue::Ready(list)
                }
            }
            FieldType::Choice(choices) => {
                let word = self.string(field, ty, value)?;
                if !choices.contains(&self.arena.get(word.text)) {
                    let listed: Vec<String> = choices.iter().map(|c| format!("`{c}`")).collect();
                    let message = crate::tr!(
                        "catalog-not-a-choice",
                        field = field.key(),
                        choices = listed.join(", ")
                    );
                    self.error_at(word.pos, message);
                    return None;
                }
                RawValue::Ready(Value::Text(word.text))
            }
            FieldType::TimeZone => {
                let zone = self.string(field, ty, value)?;
                let name = self.arena.get(zone.text);
                if jiff::tz::TimeZone::get(name).is_err() {
                    let known = jiff::tz::db().available().map(|n| n.as_str().to_string());
                    let known: Vec<String> = known.collect();
                    let hint = match did_you_mean(name, known.iter().map(String::as_str)) {
                        Some(close) => hint(Some(close)),
                        None => crate::tr!("catalog-time-zone-example").to_owned(),
                    };
                    let message = crate::tr!("catalog-unknown-time-zone", name = name, hint = hint);
                    self.error_at(zone.pos, message);
                    return None;
                }
                RawValue::Ready(Value::Text(zone.text))
            }
            FieldType::Date => RawValue::Ready(Value::Date(self.date(field, value)?)),
            FieldType::Time => RawValue::Ready(Value::Time(self.time(field, value)?)),
            FieldType::Bool => match value.get_ref() {
                DeValue::Boolean(b) => RawValue::Ready(Value::Bool(*b)),
                _ => {
                    self.wrong_type(field, ty, value);
                    return None;
                }
            },
            FieldType::Count => match value.get_ref() {
                DeValue::Integer(n) => match u32::from_str_radix(n.as_str(), n.radix()) {
                    Ok(n) if n <= MAX_COUNT => RawValue::Ready(Value::Count(n)),
                    _ => {
                        let pos = self.span_pos(&value.span());
                        let message =
                            crate::tr!("catalog-count-range", field = field.key(), max = MAX_COUNT);
                        self.error_at(pos, message);
                        return None;
                    }
                },
                _ => {
                    self.wrong_type(field, ty, value);
                    return None;
                }
            },
            FieldType::Ref(_) => {
                let target = self.string(field, ty, value)?;
                RawValue::Ref(self.anchor(target))
            }
            FieldType::RefList(_) => {
                let targets = self.strings(field, ty, value)?;
                RawValue::Refs(self.anchor_all(targets))
            }
            FieldType::Country => {
                let name = self.string(field, ty, value)?;
                RawValue::Country(self.anchor(name))
            }
            FieldType::CountryList => {
                let names = self.strings(field, ty, value)?;
                RawValue::Countries(self.anchor_all(names))
            }
            FieldType::OperatorList => {
                let names = self.strings(field, ty, value)?;
                RawValue::Operators(self.anchor_all(names))
            }
            FieldType::Specs => RawValue::Ready(Value::Specs(self.specs(field, value)?)),
            FieldType::Children(_) | FieldType::Parent(_) => {
                unreachable!(
                    "{kind}.{field}: nested and loader-set fields are handled by the caller"
                )
            }
        };
        Some(raw)
    }

    fn date(&mut self, field: Field, value: &Spanned<DeValue<'_>>) -> Option<Date> {
        // The TOML parser has already refused days that are not in the calendar (2025-02-30)
        // as syntax errors; one jiff still refused would be reported as not a date.
        if let DeValue::Datetime(dt) = value.get_ref()
            && let (Some(date), None, None) = (dt.date, dt.time, dt.offset)
            && let (Ok(year), Ok(month), Ok(day)) =
                (i16::try_from(date.year), i8::try_from(date.month), i8::try_from(date.day))
            && let Some(date) = Date::new(year, month, day)
        {
            return Some(date);
        }
        self.wrong_type(field, FieldType::Date, value);
        None
    }

    fn time(&mut self, field: Field, value: &Spanned<DeValue<'_>>) -> Option<Time> {
        if let DeValue::Datetime(dt) = value.get_ref()
            && let (None, Some(time), None) = (dt.date, dt.time, dt.offset)
        {
            return Some(Time { hour: time.hour, minute: time.minute });
        }
        self.wrong_type(field, FieldType::Time, value);
        None
    }

    fn specs(&mut self, field: Field, value: &Spanned<DeValue<'_>>) -> Option<Span> {
        let DeValue::Table(table) = value.get_ref() else {
            self.wrong_type(field, FieldType::Specs, value);
            return None;
        };
        let mut out = Vec::with_capacity(table.len());
        for (key, item) in table.iter() {
            let key_text = key.get_ref().as_ref();
            let pos = self.span_pos(&item.span());
            let scalar = match item.get_ref() {
                DeValue::String(s) => Scalar::Text(self.arena.str(s)),
                DeValue::Boolean(b) => Scalar::Bool(*b),
                DeValue::Integer(n) => match i64::from_str_radix(n.as_str(), n.radix()) {
                    Ok(n) => Scalar::Integer(n),
                    Err(_) => {
                        let message = crate::tr!(
                            "catalog-spec-too-large",
                            field = field.key(),
                            key = key_text
                        );
                        self.error_at(pos, message);
                        continue;
                    }
                },
                DeValue::Float(x) => match x.as_str().parse::<f64>() {
                    Ok(x) => Scalar::Float(x),
                    Err(_) => {
                        let message = crate::tr!(
                            "catalog-spec-not-number",
                            field = field.key(),
                            key = key_text
                        );
                        self.error_at(pos, message);
                        continue;
                    }
                },
                other => {
                    let found = describe(other);
                    let message = crate::tr!(
                        "catalog-spec-wrong-type",
                        field = field.key(),
                        key = key_text,
                        found = found
                    );
                    self.error_at(pos, message);
                    continue;
                }
            };
            out.push((self.arena.str(key_text), scalar));
        }
        Some(self.arena.specs(out))
    }
}
