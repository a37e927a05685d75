//! The plan, exported: a Markdown briefing (each marked record with its key facts, links and
//! note), an iCalendar file of the marked schedule items (RFC 5545), and JSON. Pure text from
//! the catalogue, the user's state and the time; the CLI and the browser write it to files.
//!
//! Markdown is for people, so strings from the catalogue go through the sanitiser; JSON keeps
//! them exact. iCalendar text is escaped as RFC 5545 says, with control characters dropped.

pub mod json;
mod list;

pub use list::{ListFormat, list};

use std::fmt::Write as _;

use serde_json::{Value as Json, json};

use crate::catalog::{Catalog, Field, ValueRef};
use crate::features::plan::{interval, overlaps, planned};
use crate::state::State;
use crate::text::{sanitize_line, sanitize_text};

/// The formats a plan can be exported in: a Markdown briefing, an iCalendar file of the marked
/// schedule items, JSON for programs. `--help` describes each from its message
/// (`help-export-plan-format-md`, …).
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Md,
    Ics,
    Json,
}

impl Format {
    pub fn extension(self) -> &'static str {
        match self {
            Format::Md => "md",
            Format::Ics => "ics",
            Format::Json => "json",
        }
    }
}

/// The plan in `format`. `now` stamps the export (and the iCalendar DTSTAMP).
pub fn plan(catalog: &Catalog, state: &State, format: Format, now: jiff::Timestamp) -> String {
    match format {
        Format::Md => markdown(catalog, state, now),
        Format::Ics => icalendar(catalog, state, now),
        Format::Json => json::text(&plan_json(catalog, state, now)),
    }
}

/// Markdown's special characters, escaped, so a name cannot turn into a heading or a link.
pub(crate) fn md(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in sanitize_line(text).chars() {
        if matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '#' | '<' | '>' | '|') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A fact of a record in Markdown, "**Label**: value" as the reader's language punctuates it
/// (`value` is already escaped).
pub(crate) fn fact(label: &str, value: &str) -> String {
    crate::tr!("export-fact", label = label, value = value)
}

fn markdown(catalog: &Catalog, state: &State, now: jiff::Timestamp) -> String {
    let items = planned(catalog, state);
    let clashes = overlaps(catalog, &items);
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", crate::tr!("export-plan-title", title = md(&catalog.title())));
    let exported = crate::tr!(
        "export-plan-exported",
        date = now.strftime("%Y-%m-%d").to_string(),
        time = now.strftime("%H:%M").to_string(),
        count = items.len()
    );
    let _ = writeln!(out, "{exported}\n");
    let mut kind = None;
    for &id in &items {
        let record = catalog.get(id);
        if kind != Some(record.kind()) {
            kind = Some(record.kind());
            let _ = writeln!(out, "## {}\n", record.kind().plural());
        }
        let _ = writeln!(out, "### {}\n", md(record.name()));
        let context = catalog.context(id);
        if !context.is_empty() {
            let _ = writeln!(out, "{}\n", md(&context));
        }
        for (field, value) in record.fields() {
            if matches!(field, Field::Summary | Field::Sources | Field::Tags) {
                continue;
            }
            let text = match value {
                ValueRef::Specs(specs) => specs
                    .iter()
                    .map(|(key, scalar)| format!("{key}: {scalar}"))
                    .collect::<Vec<_>>()
                    .join("; "),
                other => catalog.value_text(other),
            };
            let _ = writeln!(out, "- {}", fact(field.label(), &md(&text)));
        }
        if let Some((_, with)) = clashes.iter().find(|(item, _)| *item == id) {
            let names: Vec<String> = with.iter().map(|&w| md(catalog.get(w).name())).collect();
            let _ =
                writeln!(out, "- {}", fact(crate::tr!("export-plan-overlaps"), &names.join(", ")));
        }
        if let Some(summary) = record.text(Field::Summary) {
            let _ = writeln!(out, "\n{}", md(&sanitize_text(summary).replace('\n', " ")));
        }
        if let Some(note) = state.note(record.id()) {
            let _ = writeln!(out);
            for line in sanitize_text(&note.text).lines() {
                let _ = writeln!(out, "> {}", md(line));
            }
            let signed = crate::tr!(
                "export-plan-note-edited",
                edited = md(&crate::state::edited_for_people(&note.edited))
            );
            let _ = writeln!(out, ">\n> — {signed}");
        }
        let _ = writeln!(out);
    }
    let missing = crate::features::plan::not_in_catalogue(catalog, state);
    if !missing.is_empty() {
        let _ = writeln!(out, "## {}\n", crate::tr!("export-plan-kept"));
        let _ = writeln!(out, "{}\n", crate::tr!("export-plan-kept-why"));
        for id in missing {
            if state.is_marked(id) {
                let _ = writeln!(out, "- {}", crate::tr!("export-plan-kept-marked", id = md(id)));
            } else {
                let _ = writeln!(out, "- {}", md(id));
            }
            if let Some(note) = state.note(id) {
                for line in sanitize_text(&note.text).lines() {
                    let _ = writeln!(out, "  > {}", md(line));
                }
            }
        }
    }
    out
}

fn plan_json(catalog: &Catalog, state: &State, now: jiff::Timestamp) -> Json {
    let items: Vec<Json> = planned(catalog, state)
        .into_iter()
        .map(|id| {
            let record = catalog.get(id);
            let mut item = json!({
                "id": record.id(),
                "kind": record.kind().name(),
                "name": record.name(),
                "context": catalog.context(id),
                "marked": state.is_marked(record.id()),
            });
            if let Some(when) = interval(catalog, id) {
                item["start"] = json!(when.start.to_string());
                item["end"] = json!(when.end.to_string());
            }
            if let Some(stand) = record.text(Field::Stand) {
                item["stand"] = json!(stand);
            }
            if let Some(note) = state.note(record.id()) {
                item["note"] = json!({ "text": note.text, "edited": note.edited });
            }
            item
        })
        .collect();
    // Kept by id alone: this catalogue knows nothing else of them.
    let missing: Vec<Json> = crate::features::plan::not_in_catalogue(catalog, state)
        .into_iter()
        .map(|id| {
            let mut item = json!({ "id": id, "marked": state.is_marked(id) });
            if let Some(note) = state.note(id) {
                item["note"] = json!({ "text": note.text, "edited": note.edited });
            }
            item
        })
        .collect();
    // `format`, `version` and `catalogue_id` are what `showfloor plan import` checks first.
    json!({
        "format": crate::features::plan::travel::FORMAT,
        "version": crate::features::plan::travel::VERSION,
        "catalogue": catalog.title(),
        "catalogue_id": crate::state::catalogue_key(catalog),
        "exported": now.to_string(),
        "items": items,
        "missing": missing,
    })
}

/// Text for an iCalendar value: backslash, semicolon, comma and newline escaped (RFC 5545
/// 3.3.11), control characters dropped.
fn ical_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in crate::text::editable(text).chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out
}

/// A content line, folded at 75 octets (RFC 5545 3.1) without splitting a character, ended
/// with CRLF.
fn content_line(out: &mut String, line: &str) {
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
}

fn icalendar(catalog: &Catalog, state: &State, now: jiff::Timestamp) -> String {
    let mut out = String::new();
    let stamp = now.strftime("%Y%m%dT%H%M%SZ").to_string();
    for line in
        ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//showfloor//plan//EN", "CALSCALE:GREGORIAN"]
    {
        content_line(&mut out, line);
    }
    content_line(
        &mut out,
        &format!(
            "X-WR-CALNAME:{}",
            ical_text(&crate::tr!("export-plan-title", title = catalog.title()))
        ),
    );
    for id in planned(catalog, state) {
        let Some(when) = interval(catalog, id) else { continue };
        let record = catalog.get(id);
        content_line(&mut out, "BEGIN:VEVENT");
        content_line(&mut out, &format!("UID:{}@showfloor", ical_text(record.id())));
        content_line(&mut out, &format!("DTSTAMP:{stamp}"));
        let has_times = matches!(record.get(Field::StartTime), Some(ValueRef::Time(_)));
        let declared = catalog.declared_time_zone(id);
        if let (true, Some(zone)) = (has_times, declared) {
            // The event says where its clock is: UTC times (RFC 5545 form 2), so a calendar in
            // any other zone shows the talk at the right moment, with no VTIMEZONE to get wrong.
            for (key, civil) in [("DTSTART", when.start), ("DTEND", when.end)] {
                let utc = civil
                    .to_zoned_datetime(zone.clone())
                    .map(|z| z.timestamp().strftime("%Y%m%dT%H%M%SZ").to_string());
                let value = utc.unwrap_or_else(|_| civil.strftime("%Y%m%dT%H%M%S").to_string());
                content_line(&mut out, &format!("{key}:{value}"));
            }
        } else if has_times {
            // No time zone given: floating local times, the event's own clock wherever the
            // calendar is opened (RFC 5545 form 1).
            content_line(&mut out, &format!("DTSTART:{}", when.start.strftime("%Y%m%dT%H%M%S")));
            content_line(&mut out, &format!("DTEND:{}", when.end.strftime("%Y%m%dT%H%M%S")));
        } else {
            content_line(
                &mut out,
                &format!("DTSTART;VALUE=DATE:{}", when.start.strftime("%Y%m%d")),
            );
            content_line(&mut out, &format!("DTEND;VALUE=DATE:{}", when.end.strftime("%Y%m%d")));
        }
        content_line(&mut out, &format!("SUMMARY:{}", ical_text(record.name())));
        if let Some(place) = record.text(Field::Place) {
            content_line(&mut out, &format!("LOCATION:{}", ical_text(place)));
        }
        let mut description = Vec::new();
        if let Some(note) = state.note(record.id()) {
            description.push(crate::tr!("export-plan-my-note", note = &note.text));
        }
        if let Some(summary) = record.text(Field::Summary) {
            description.push(summary.to_owned());
        }
        if !description.is_empty() {
            content_line(
                &mut out,
                &format!("DESCRIPTION:{}", ical_text(&description.join("\n\n"))),
            );
        }
        if matches!(record.get(Field::Demo), Some(ValueRef::Bool(true))) {
            content_line(&mut out, "CATEGORIES:DEMO");
        }
        content_line(&mut out, "END:VEVENT");
    }
    content_line(&mut out, "END:VCALENDAR");
    out
}

#[cfg(test)]
mod tests;
