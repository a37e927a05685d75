//! The detail view of a record as a document of rows: the fields as a card, then links grouped
//! by field, then backlinks grouped by kind and field. Built by one pure function, so `update`
//! (which must know which row holds the link under the cursor, to scroll to it) and drawing
//! (which styles the rows) work from the same document. Text is sanitised and wrapped here.

use unicode_width::UnicodeWidthStr;

use crate::catalog::{Card, Catalog, Field, Kind, RecordId, ValueRef};
use crate::state::Note;
use crate::text::{Lines, prefix, sanitize_line};

/// Below this many columns for a spec's value, values go under their keys.
const MIN_SPEC_VALUE_WIDTH: usize = 16;
/// How much of one value the page shows: pages of reading (a real summary is a few
/// kilobytes), and a bound on the work of every frame and key whatever a file holds. Past it
/// the page says how much more there is and where to read it all.
const MAX_SHOWN_BYTES: usize = 64 * 1024;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Row {
    Title(String),
    Meta(String),
    /// A card line: the label is empty on continuation lines.
    Field {
        label: &'static str,
        text: String,
    },
    Heading(&'static str),
    /// A heading whose words are not the interface's alone ("Changed since bamex-2024").
    Section(String),
    Group(String),
    /// A followable link: `index` is its place in [`DetailDoc::links`]. Only the target is
    /// kept: a country's page can list tens of thousands of records, and their names and
    /// context lines are formatted for the rows on screen only ([`link_text`]).
    Link {
        index: usize,
        target: RecordId,
    },
    Text(String),
    Dim(String),
    Blank,
}

#[derive(Clone, Debug, Default)]
pub struct DetailDoc {
    pub rows: Vec<Row>,
    /// The width of the card's label column, in the language the page was built in.
    pub label_width: usize,
    /// Every link in the order the cursor visits them, with the row it is drawn on.
    pub links: Vec<(RecordId, usize)>,
}

impl DetailDoc {
    fn push(&mut self, row: Row) {
        self.rows.push(row);
    }

    /// A dim remark ("nothing refers to this record"), wrapped: in French it runs longer.
    fn push_dim(&mut self, text: &str, width: usize) {
        for line in wrap(text, width) {
            self.push(Row::Dim(line));
        }
    }

    fn push_link(&mut self, target: RecordId) {
        let index = self.links.len();
        self.links.push((target, self.rows.len()));
        self.push(Row::Link { index, target });
    }

    /// The row a link is drawn on.
    pub fn link_row(&self, index: usize) -> Option<usize> {
        self.links.get(index).map(|&(_, row)| row)
    }
}

/// A link's name and context line ("company · Türkiye · land systems"), sanitised.
pub fn link_text(catalog: &Catalog, target: RecordId) -> (String, String) {
    let record = catalog.get(target);
    let mut context = record.kind().label().to_lowercase();
    let more = catalog.context(target);
    if !more.is_empty() && record.kind() != Kind::Country {
        context = format!("{context} · {more}");
    }
    (sanitize_line(record.name()).into_owned(), sanitize_line(&context).into_owned())
}

/// A note's edit time for people, on the event's clock as the schedule and "now" are (the
/// laptop's own zone for a catalogue without one), so it reads the same wherever the laptop
/// is set: "2026-11-28 10:04".
fn edited_text(edited: &str, zone: jiff::tz::TimeZone) -> String {
    match edited.parse::<jiff::Timestamp>() {
        Ok(at) => at.to_zoned_datetime(zone).strftime("%Y-%m-%d %H:%M").to_string(),
        Err(_) => sanitize_line(edited).into_owned(),
    }
}

/// `raw` data text sanitised for `lines` and wrapped to `width`, at most [`MAX_SHOWN_BYTES`] of
/// it; when more was cut, a last line says how much and where to read it all.
fn wrap_shown(raw: &str, lines: crate::text::Lines, width: usize, id: &str) -> Vec<String> {
    let (shown, cut) = crate::text::prefix(raw, MAX_SHOWN_BYTES);
    let mut wrapped = wrap(&crate::text::sanitize(shown, lines), width);
    if cut {
        let more = raw.len() - shown.len();
        wrapped.push(crate::tr!("detail-more", size = bytes_text(more), id = sanitize_line(id)));
    }
    wrapped
}

/// A size for people: "59.9 MB", "812 KB", "300 bytes".
fn bytes_text(bytes: usize) -> String {
    match bytes {
        0..1_000 => crate::tr!("detail-bytes", count = bytes),
        1_000..1_000_000 => crate::tr!("detail-kilobytes", count = bytes / 1_000),
        _ => crate::tr!("detail-megabytes", count = crate::i18n::decimal(bytes as f64 / 1e6, 1)),
    }
}

/// `text` (sanitised) wrapped to `width`, each of its lines on its own, an empty one kept.
pub(super) fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(8);
    text.lines()
        .flat_map(|line| {
            if line.is_empty() {
                vec![String::new()]
            } else {
                crate::text::wrap(line, width).into_iter().map(|l| l.into_owned()).collect()
            }
        })
        .collect()
}

/// Whether a field is shown as links rather than on the card.
fn is_link_field(value: &ValueRef<'_>) -> bool {
    matches!(value, ValueRef::Link(_) | ValueRef::Links(_))
}

/// Build the document for `id` at `width` columns.
pub fn build(catalog: &Catalog, id: RecordId, width: usize, note: Option<&Note>) -> DetailDoc {
    let record = catalog.get(id);
    let mut doc =
        DetailDoc { label_width: Field::label_width_of(record.kind()), ..DetailDoc::default() };
    for line in wrap_shown(record.name(), Lines::Single, width, record.id()) {
        doc.push(Row::Title(line));
    }
    let mut meta = format!("{} · {}", record.kind().label(), record.id());
    if record.kind() == Kind::Country {
        meta = format!("{} · {}", Kind::Country.label(), catalog.reference_summary(id));
    }
    // How far to trust the card, beside it rather than lost among the facts.
    if let Some(confidence) = record.text(Field::Confidence) {
        let confidence = match confidence {
            "low" => crate::tr!("detail-confidence-low"),
            "medium" => crate::tr!("detail-confidence-medium"),
            "high" => crate::tr!("detail-confidence-high"),
            other => other,
        };
        meta.push_str(&format!(" · {confidence}"));
    }
    if let Some(as_of) = record.get(Field::AsOf) {
        meta.push_str(&format!(
            " · {}",
            crate::tr!("detail-as-of", date = catalog.value_text(as_of))
        ));
    }
    doc.push(Row::Meta(sanitize_line(&meta).into_owned()));

    let value_width = width.saturating_sub(doc.label_width);
    let mut card = Vec::new();
    // The card holds the fields the schema puts there (`FieldDef::card`); the head, the prose
    // and the sources have places of their own on the page, built above and below.
    for (field, value) in record.fields() {
        if is_link_field(&value) || field.def().card != Card::Row {
            continue;
        }
        card.extend(card_rows(catalog, (record.id(), field), value, value_width));
    }
    if !card.is_empty() {
        doc.push(Row::Blank);
        doc.rows.extend(card);
    }
    if let Some(summary) = record.text(Field::Summary) {
        doc.push(Row::Blank);
        for line in wrap_shown(summary, Lines::Multi, width, record.id()) {
            doc.push(Row::Text(line));
        }
    }

    if let Some(note) = note {
        doc.push(Row::Blank);
        doc.push(Row::Heading(crate::tr!("detail-your-note")));
        for line in wrap_shown(&note.text, Lines::Multi, width, record.id()) {
            doc.push(Row::Text(line));
        }
        let edited = edited_text(&note.edited, catalog.time_zone());
        doc.push_dim(&crate::tr!("detail-edited", time = edited), width);
    }

    let link_fields: Vec<(Field, ValueRef<'_>)> =
        record.fields().filter(|(_, v)| is_link_field(v)).collect();
    if !link_fields.is_empty() {
        doc.push(Row::Blank);
        doc.push(Row::Heading(crate::tr!("detail-links")));
        for (field, value) in link_fields {
            doc.push(Row::Group(field.label().to_owned()));
            for &target in value.links() {
                doc.push_link(target);
            }
        }
    }

    let backlinks = catalog.backlinks(id);
    doc.push(Row::Blank);
    doc.push(Row::Heading(crate::tr!("detail-referenced-by")));
    if backlinks.is_empty() {
        doc.push_dim(crate::tr!("detail-no-backlinks"), width);
    }
    // Backlinks come sorted by kind, field and name from the catalogue.
    let mut group = None;
    for backlink in backlinks {
        let kind = catalog.get(backlink.from).kind();
        if group != Some((kind, backlink.field)) {
            group = Some((kind, backlink.field));
            doc.push(Row::Group(format!(
                "{} · {}",
                kind.plural(),
                backlink.field.label().to_lowercase()
            )));
        }
        doc.push_link(backlink.from);
    }

    // The systems whose maker is in this country, under each maker's name (they come by maker,
    // then by name).
    let made_here = catalog.made_in(id);
    if !made_here.is_empty() {
        doc.push(Row::Blank);
        doc.push(Row::Heading(crate::tr!("detail-made-here")));
        let mut maker = None;
        for &system in made_here {
            let by = catalog.get(system).link(Field::Maker);
            if by != maker {
                maker = by;
                let name = by.map_or("", |by| catalog.get(by).name());
                doc.push(Row::Group(crate::tr!("detail-systems-by", maker = sanitize_line(name))));
            }
            doc.push_link(system);
        }
    }

    // Who wants what this company makes, or what is made in this country: the delegations
    // name the systems, so their backlinks alone would not reach this page.
    if matches!(record.kind(), Kind::Company | Kind::Country) {
        let interested = crate::features::interest::interested_in(catalog, id);
        if !interested.is_empty() {
            doc.push(Row::Blank);
            doc.push(Row::Heading(if record.kind() == Kind::Country {
                crate::tr!("detail-interest-made-here")
            } else {
                crate::tr!("detail-interest-shown")
            }));
            for interest in interested {
                doc.push_link(interest.delegation);
                let via =
                    crate::features::interest::via_text(catalog, interest.direct, &interest.via);
                for line in wrap(&via, width.saturating_sub(4)) {
                    doc.push(Row::Dim(format!("    {line}")));
                }
            }
        }
    }

    let sources = record.list(Field::Sources);
    if !sources.is_empty() {
        doc.push(Row::Blank);
        doc.push(Row::Heading(Field::Sources.label()));
        for source in sources {
            for line in wrap_shown(source, Lines::Single, width.saturating_sub(2), record.id()) {
                doc.push(Row::Text(format!("  {line}")));
            }
        }
    }
    if let Some(origin) = catalog.origin_text(id) {
        doc.push(Row::Blank);
        let place = sanitize_line(&origin);
        doc.push_dim(&crate::tr!("detail-defined-at", place = place), width);
    }
    doc
}

/// The card lines of one field: lists wrapped, dates spelt out, specs as an aligned table.
fn card_rows(
    catalog: &Catalog,
    (id, field): (&str, Field),
    value: ValueRef<'_>,
    width: usize,
) -> Vec<Row> {
    let lines: Vec<String> = match value {
        ValueRef::Specs(specs) => {
            let keys: Vec<String> = specs
                .iter()
                .map(|(key, _)| sanitize_line(prefix(key, 256).0).into_owned())
                .collect();
            let key_width = keys.iter().map(|k| k.width()).max().unwrap_or(0);
            // Keys and values side by side when both fit, else each value under its key.
            let side_by_side = width >= key_width + 2 + MIN_SPEC_VALUE_WIDTH;
            let mut lines = Vec::new();
            for (key, (_, scalar)) in keys.iter().zip(specs.iter()) {
                let value =
                    wrap_shown(&scalar.to_string(), Lines::Single, usize::MAX, id).join(" ");
                if side_by_side {
                    let pad = " ".repeat(key_width - key.width() + 2);
                    let indent = " ".repeat(key_width + 2);
                    for (i, line) in wrap(&value, width - key_width - 2).into_iter().enumerate() {
                        lines.push(if i == 0 {
                            format!("{key}{pad}{line}")
                        } else {
                            format!("{indent}{line}")
                        });
                    }
                } else {
                    lines.extend(wrap(key, width));
                    lines.extend(
                        wrap(&value, width.saturating_sub(2))
                            .into_iter()
                            .map(|line| format!("  {line}")),
                    );
                }
            }
            lines
        }
        other => {
            let text = match catalog.find(id) {
                Some(record) => catalog.field_text(record, field, other),
                None => catalog.value_text(other),
            };
            wrap_shown(&text, Lines::Single, width, id)
        }
    };
    lines
        .into_iter()
        .enumerate()
        .map(|(i, text)| Row::Field { label: if i == 0 { field.label() } else { "" }, text })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::fields_of;

    #[test]
    fn every_label_leaves_a_space_before_its_value() {
        for kind in Kind::ALL {
            for spec in fields_of(kind) {
                let label = spec.field.label();
                let width = Field::label_width_of(kind);
                assert!(label.chars().count() < width, "`{label}` fills the label column");
            }
        }
    }
    #[test]
    fn a_notes_edit_time_is_on_the_events_clock_whatever_the_laptops_zone() {
        let catalog = crate::catalog::clean(
            "[[event]]\nid = \"tokyex\"\nname = \"TokyEx\"\ntimezone = \"Asia/Tokyo\"\n\
             [[company]]\nid = \"acme\"\nname = \"Acme\"\n",
        );
        let acme = catalog.find("acme").expect("acme");
        let note = Note { text: "Ask".into(), edited: "2025-11-13T10:00:00Z".into() };
        let doc = build(&catalog, acme, 60, Some(&note));
        let edited: Vec<&Row> = doc
            .rows
            .iter()
            .filter(|row| matches!(row, Row::Dim(text) if text.starts_with("edited")))
            .collect();
        assert!(
            matches!(edited[..], [Row::Dim(text)] if text == "edited 2025-11-13 19:00"),
            "10:00 UTC is 19:00 in Tokyo: {edited:?}"
        );
    }

    /// A summary of megabytes costs the page what it shows: the first 64 KiB, wrapped, and a
    /// line saying how much more there is and where to read it (a 60 MB one took 13 s a frame).
    #[test]
    fn a_huge_summary_is_shown_in_part_and_says_where_the_rest_is() {
        let summary = "word ".repeat(400_000); // 2 MB
        let catalog = crate::catalog::clean(&format!(
            "[[company]]\nid = \"acme\"\nname = \"Acme\"\nsummary = \"{summary}\"\n"
        ));
        let acme = catalog.find("acme").expect("acme");
        let doc = build(&catalog, acme, 60, None);
        let text: Vec<&String> = doc
            .rows
            .iter()
            .filter_map(|r| if let Row::Text(t) = r { Some(t) } else { None })
            .collect();
        let shown: usize = text.iter().map(|line| line.len() + 1).sum();
        assert!(shown < MAX_SHOWN_BYTES + 200, "{shown} bytes on the page");
        let last = text.last().expect("lines");
        assert!(last.contains("1.9 MB more") && last.contains("showfloor show acme"), "{last}");
    }

    #[test]
    fn a_countrys_made_here_names_each_maker_above_its_systems() {
        let catalog = crate::catalog::clean(
            "[[company]]\nid = \"b\"\nname = \"Bravo\"\ncountry = \"Mali\"\n\
             [[company]]\nid = \"a\"\nname = \"Alpha\"\ncountry = \"Mali\"\n\
             [[system]]\nid = \"x\"\nname = \"X\"\nmaker = \"b\"\n\
             [[system]]\nid = \"y\"\nname = \"Y\"\nmaker = \"a\"\n\
             [[system]]\nid = \"z\"\nname = \"Z\"\nmaker = \"a\"\n",
        );
        let mali = catalog.find("country:mali").expect("Mali");
        let doc = build(&catalog, mali, 60, None);
        let at = doc.rows.iter().position(|r| *r == Row::Heading("Made here")).expect("made here");
        let shown: Vec<String> = doc.rows[at + 1..]
            .iter()
            .map_while(|row| match row {
                Row::Group(text) => Some(text.clone()),
                Row::Link { target, .. } => Some(format!("  {}", catalog.get(*target).name())),
                _ => None,
            })
            .collect();
        assert_eq!(shown, ["Systems by Alpha", "  Y", "  Z", "Systems by Bravo", "  X"]);
    }

    /// A field the schema puts on the card is shown there, in the kind's order, with nothing
    /// here naming it.
    #[test]
    fn a_systems_domain_is_a_row_of_its_card_after_its_category() {
        let catalog = crate::catalog::load(&crate::catalog::embedded()).catalog;
        let cobra = catalog.find("cobra-ii").expect("cobra");
        let doc = build(&catalog, cobra, 80, None);
        let card: Vec<(&str, &str)> = doc
            .rows
            .iter()
            .filter_map(|row| match row {
                Row::Field { label, text } if !label.is_empty() => Some((*label, text.as_str())),
                _ => None,
            })
            .collect();
        assert_eq!(
            card[..2],
            [("Category", "tactical wheeled armoured vehicle"), ("Domain", "land")]
        );
    }

    #[test]
    fn confidence_and_date_stand_under_the_title_not_among_the_facts() {
        let text = "[[company]]\nid = \"acme\"\nname = \"Acme\"\nconfidence = \"medium\"\n\
                    as_of = 2025-11-14\nsources = [\"a trade press report\"]\n";
        let catalog = crate::catalog::clean(text);
        let acme = catalog.find("acme").expect("loaded");
        let doc = build(&catalog, acme, 60, None);
        assert!(
            doc.rows.contains(&Row::Meta(
                "Company · acme · medium confidence · as of Fri 14 Nov 2025".into()
            )),
            "{:?}",
            doc.rows
        );
        assert!(
            !doc.rows
                .iter()
                .any(|row| matches!(row, Row::Field { label, .. } if *label == "Confidence"))
        );
        assert!(doc.rows.contains(&Row::Heading("Sources")));
    }
}
