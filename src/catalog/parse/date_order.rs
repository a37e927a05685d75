//! An event or schedule item must not end before it starts: its days, and a schedule item's
//! times on one day.

use toml::de::DeTable;

use super::{Cx, Pos, RawValue};
use crate::catalog::Kind;
use crate::catalog::diagnostic::Severity;
use crate::catalog::schema::Field;
use crate::catalog::value::{Date, Value};

impl Cx<'_> {
    /// An event or schedule item whose last day comes before its first ("Fri 14 Nov – Tue 11
    /// Nov") is an error at the later field: every view of it would be wrong.
    pub(super) fn check_date_order(
        &mut self,
        kind: Kind,
        fields: &[(Field, RawValue)],
        table: &DeTable<'_>,
    ) {
        let (first, last) = match kind {
            Kind::Event => (Field::StartDate, Field::EndDate),
            Kind::ScheduleItem => (Field::Day, Field::EndDay),
            _ => return,
        };
        let date = |wanted: Field| {
            fields.iter().find_map(|(field, raw)| match raw {
                RawValue::Ready(Value::Date(date)) if *field == wanted => Some(*date),
                _ => None,
            })
        };
        if kind == Kind::ScheduleItem {
            self.check_time_order(fields, table, date(first), date(last));
        }
        let (Some(start), Some(end)) = (date(first), date(last)) else { return };
        if end >= start {
            return;
        }
        let Some(pos) = self.position_of(table, last) else { return };
        let message = crate::tr!(
            "catalog-ends-before-start",
            last = last.key(),
            end = end.to_string(),
            first = first.key(),
            start = start.to_string(),
            kind = kind.name()
        );
        self.error_at(pos, message);
    }

    fn position_of(&self, table: &DeTable<'_>, field: Field) -> Option<Pos> {
        let (_, value) = table.iter().find(|(key, _)| key.get_ref().as_ref() == field.key())?;
        Some(self.span_pos(&value.span()))
    }

    /// A schedule item's times on one day: an end before the start is the next day (a talk
    /// from 23:30 to 00:30), said in docs/data-format.md; an end equal to the start would last
    /// no time, a warning; an end before the start on a last day said to be the same day is an
    /// error.
    fn check_time_order(
        &mut self,
        fields: &[(Field, RawValue)],
        table: &DeTable<'_>,
        day: Option<Date>,
        end_day: Option<Date>,
    ) {
        let time = |wanted: Field| {
            fields.iter().find_map(|(field, raw)| match raw {
                RawValue::Ready(Value::Time(time)) if *field == wanted => Some(*time),
                _ => None,
            })
        };
        let (Some(start), Some(end)) = (time(Field::StartTime), time(Field::EndTime)) else {
            return;
        };
        let Some(pos) = self.position_of(table, Field::EndTime) else { return };
        let one_day = end_day.is_none() || end_day == day;
        if one_day && end == start {
            let message = crate::tr!("catalog-end-time-same", end = end.to_string());
            self.report(Severity::Warning, pos, message);
        } else if end_day.is_some() && end_day == day && end < start {
            let message = crate::tr!(
                "catalog-end-time-before-start",
                end = end.to_string(),
                start = start.to_string()
            );
            self.error_at(pos, message);
        }
    }
}
