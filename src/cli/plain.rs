//! Plain-text output for people: aligned, wrapped, and sanitised through `Table` and
//! `sanitize_*` on every string that came from a data file.

use std::io::{self, Write};

use super::table::Table;
use crate::catalog::{Catalog, Field, Kind, RecordId, ValueRef};
use crate::search::{Hit, SearchIndex};
use crate::text::{sanitize_line, sanitize_text};

/// `showfloor info`: the event and what the catalogue holds.
pub fn overview(catalog: &Catalog, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "{}", sanitize_line(&catalog.title()))?;
    for &event in catalog.events() {
        let context = catalog.context(event);
        if !context.is_empty() {
            writeln!(out, "{}", sanitize_line(&context))?;
        }
    }
    writeln!(out)?;
    let mut table = Table::default();
    for kind in Kind::ALL {
        let count = catalog.of_kind(kind).len();
        if count > 0 {
            table.row([
                kind.plural().to_owned(),
                count.to_string(),
                format!("showfloor list {}", kind.name()),
            ]);
        }
    }
    table.write(out, 2)?;
    writeln!(out, "\n{}", crate::tr!("cli-info-hint"))?;
    Ok(())
}

pub fn hits(
    catalog: &Catalog,
    earlier: Option<&crate::features::diff::Earlier>,
    index: &SearchIndex,
    hits: &[Hit],
    query: &str,
    out: &mut dyn Write,
) -> io::Result<()> {
    let mut table = Table::default();
    for hit in hits {
        let record = catalog.get(hit.record);
        let context = match index.matched_alias(catalog, hit, query) {
            Some(alias) => crate::search::with_alias(alias, &catalog.context(hit.record)),
            None => catalog.context(hit.record),
        };
        let context = super::editions::badged(earlier, hit.record, context);
        table.row([record.kind().name(), record.id(), record.name(), &context]);
    }
    table.write(out, 0)?;
    Ok(())
}

/// `showfloor list`: id, name and context, each line at most `width` cells (`--json` has the
/// whole values).
pub fn list(
    catalog: &Catalog,
    earlier: Option<&crate::features::diff::Earlier>,
    ids: &[RecordId],
    width: usize,
    out: &mut dyn Write,
) -> io::Result<()> {
    let mut table = Table::default();
    for &id in ids {
        let record = catalog.get(id);
        let context = super::editions::badged(earlier, id, catalog.context(id));
        table.row([record.id(), record.name(), &context]);
    }
    table.write_within(out, 0, width)
}

/// `showfloor show`: the record's fields, what changed since `earlier` when it is given and
/// the record changed, its links and what refers to it.
pub fn record(
    catalog: &Catalog,
    id: RecordId,
    earlier: Option<&crate::features::diff::Earlier>,
    width: usize,
    out: &mut dyn Write,
) -> io::Result<()> {
    let record = catalog.get(id);
    writeln!(out, "{}", sanitize_line(record.name()))?;
    let mut heading = format!("{} · {}", record.kind().label(), record.id());
    if let Some(origin) = catalog.origin_text(id) {
        heading.push_str(&format!(" · {origin}"));
    }
    // With --compare-to, a new or changed record says so where its kind and id are.
    let badge = super::editions::badged(earlier, id, String::new());
    if !badge.is_empty() {
        heading.push_str(&format!(" · {badge}"));
    }
    writeln!(out, "{}\n", sanitize_line(&heading))?;

    // As wide as the longest label in the reader's language: French labels are longer.
    let label_width = crate::catalog::Field::label_width();
    let text_width = width.saturating_sub(label_width + 2).max(20);
    for (field, value) in record.fields() {
        let lines = value_lines(catalog, (id, field), value, text_width);
        for (index, line) in lines.iter().enumerate() {
            let label = if index == 0 { field.label() } else { "" };
            // A label longer than the card rows' still gets a space before its value.
            let label = crate::text::pad(label, label_width.saturating_sub(1));
            writeln!(out, "  {label} {line}")?;
        }
    }

    if let Some(earlier) = earlier {
        super::editions::changed_section(catalog, earlier, id, width, out)?;
    }
    let links: Vec<_> = record.links().collect();
    if !links.is_empty() {
        writeln!(out, "\n{}", crate::tr!("cli-show-links"))?;
        let mut table = Table::default();
        for (field, target) in links {
            let target = catalog.get(target);
            table.row([field.key(), target.kind().name(), target.id(), target.name()]);
        }
        table.write(out, 2)?;
    }
    let mut backlinks = catalog.backlinks(id).to_vec();
    if !backlinks.is_empty() {
        backlinks.sort_by_key(|b| (catalog.get(b.from).kind(), b.field, b.from));
        writeln!(out, "\n{}", crate::tr!("cli-show-referenced-by"))?;
        let mut table = Table::default();
        for backlink in backlinks {
            let from = catalog.get(backlink.from);
            table.row([from.kind().name(), backlink.field.key(), from.id(), from.name()]);
        }
        table.write(out, 2)?;
    }
    let made_here = catalog.made_in(id);
    if !made_here.is_empty() {
        let place = sanitize_line(record.name()).into_owned();
        writeln!(out, "\n{}", crate::tr!("cli-show-made-here", place = place))?;
        let mut table = Table::default();
        for &system in made_here {
            let system = catalog.get(system);
            let maker = system.link(Field::Maker).map_or("", |maker| catalog.get(maker).name());
            table.row([maker, system.id(), system.name()]);
        }
        table.write(out, 2)?;
    }
    if matches!(record.kind(), Kind::Company | Kind::Country) {
        let interested = crate::features::interest::interested_in(catalog, id);
        if !interested.is_empty() {
            let heading = if record.kind() == Kind::Country {
                crate::tr!("detail-interest-made-here")
            } else {
                crate::tr!("detail-interest-shown")
            };
            writeln!(out, "\n{heading}")?;
            let mut table = Table::default();
            for interest in interested {
                let delegation = catalog.get(interest.delegation);
                let via =
                    crate::features::interest::via_text(catalog, interest.direct, &interest.via);
                table.row([delegation.id(), delegation.name(), &via]);
            }
            table.write(out, 2)?;
        }
    }
    Ok(())
}

/// A field's value as the lines shown after its label: text wrapped to `width`, specs as an
/// aligned key/value table, lists and links joined.
fn value_lines(
    catalog: &Catalog,
    (id, field): (RecordId, Field),
    value: ValueRef<'_>,
    width: usize,
) -> Vec<String> {
    match value {
        ValueRef::Text(text) if field == Field::Summary => wrap(&sanitize_text(text), width),
        ValueRef::Specs(specs) => {
            let mut table = Table::default();
            for (key, scalar) in specs.iter() {
                table.row([key.to_string(), scalar.to_string()]);
            }
            let mut buffer = Vec::new();
            // Writing to a Vec cannot fail.
            let _ = table.write(&mut buffer, 0);
            String::from_utf8_lossy(&buffer).lines().map(str::to_owned).collect()
        }
        ValueRef::TextList(items) if field == Field::Sources => {
            items.iter().flat_map(|item| wrap(&sanitize_line(item), width)).collect()
        }
        other => wrap(&sanitize_line(&catalog.field_text(id, field, other)), width),
    }
}

fn wrap(text: &str, width: usize) -> Vec<String> {
    text.lines()
        .flat_map(|line| crate::text::wrap(line, width))
        .map(|line| line.into_owned())
        .collect()
}

/// `showfloor diff`: one aligned line per added, removed and changed record, each change
/// indented under its record, then the totals.
pub fn diff(
    old: &Catalog,
    new: &Catalog,
    found: &crate::features::diff::Diff,
    out: &mut dyn Write,
) -> io::Result<()> {
    let mut table = Table::default();
    for &record in &found.added {
        let shown = new.get(record);
        table.row([crate::tr!("cli-diff-added"), shown.kind().name(), shown.id(), shown.name()]);
    }
    for &record in &found.removed {
        let shown = old.get(record);
        table.row([crate::tr!("cli-diff-removed"), shown.kind().name(), shown.id(), shown.name()]);
    }
    table.write(out, 0)?;
    for changed in &found.changed {
        let shown = new.get(changed.record);
        let line = crate::tr!(
            "cli-diff-changed",
            kind = shown.kind().name(),
            id = sanitize_line(shown.id()).into_owned(),
            name = sanitize_line(shown.name()).into_owned()
        );
        writeln!(out, "{line}")?;
        for change in &changed.changes {
            let side = |value: &Option<String>| {
                value.as_deref().map_or_else(
                    || crate::tr!("cli-diff-none").to_owned(),
                    |v| sanitize_line(v).into_owned(),
                )
            };
            writeln!(
                out,
                "    {}: {} → {}",
                sanitize_line(&change.field),
                side(&change.old),
                side(&change.new)
            )?;
        }
    }
    let totals = crate::tr!(
        "cli-diff-totals",
        added = found.added.len(),
        removed = found.removed.len(),
        changed = found.changed.len()
    );
    writeln!(out, "{totals}")?;
    Ok(())
}

/// `showfloor compare`: a column per record, ≠ before the rows that differ, — where a record
/// has no value.
pub fn comparison(
    catalog: &Catalog,
    found: &crate::features::compare::Comparison,
    out: &mut dyn Write,
) -> io::Result<()> {
    let mut table = Table::default();
    let names = found.records.iter().map(|&record| catalog.get(record).name().to_owned());
    table.row(["".to_owned(), "".to_owned()].into_iter().chain(names));
    for row in &found.rows {
        let marker = if row.differs { "≠" } else { " " };
        let cells = row.cells.iter().map(|cell| cell.clone().unwrap_or_else(|| "—".to_owned()));
        table.row([marker.to_owned(), row.label.clone()].into_iter().chain(cells));
    }
    table.write(out, 0)?;
    Ok(())
}
