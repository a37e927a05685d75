//! Drafts into catalogue text (format v1), with the ids every record gets and a map from the
//! text's lines back to the imported file's, so a problem found in the catalogue is reported
//! where the organisers wrote it.
//!
//! Ids are made so that the same input gives the same ids and a later edition keeps them: a
//! talk's from the source's own id for it (a corrected title keeps its id, so `diff` says
//! "changed"), a person's and a company's from their name (a speaker on two schedules, or an
//! exhibitor on two lists, is one record), a product's from its name. A clash gets the kind's
//! word, then a number.

use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;

use super::draft::{At, CompanyDraft, Draft, EventDraft, PersonDraft, TalkDraft};
use super::text::slug;
use crate::catalog::known_country;

/// One imported file as catalogue text.
#[derive(Clone, Debug, Default)]
pub struct Emitted {
    pub toml: String,
    /// For each record, the line of its header in `toml` and where it came from, in line order.
    pub lines: Vec<(u32, At)>,
    /// Problems found while putting the files together (an exhibitor on two lists).
    pub notes: Vec<(At, String)>,
}

impl Emitted {
    /// Where line `line` of the text came from: the record it is part of.
    pub fn origin_of(&self, line: u32) -> Option<At> {
        let after = self.lines.partition_point(|&(start, _)| start <= line);
        after.checked_sub(1).map(|index| self.lines[index].1)
    }
}

/// The ids handed out so far, across every file of one import.
#[derive(Default)]
struct Ids {
    used: HashSet<String>,
}

impl Ids {
    /// `base`, or `base-WORD`, or `base-WORD-2`… : the first not yet taken.
    fn claim(&mut self, base: &str, word: &str) -> String {
        let mut candidates = std::iter::once(base.to_owned())
            .chain(std::iter::once(format!("{base}-{word}")))
            .chain((2..).map(|n| format!("{base}-{word}-{n}")));
        loop {
            let Some(candidate) = candidates.next() else { unreachable!("the numbers never end") };
            if self.used.insert(candidate.clone()) {
                return candidate;
            }
        }
    }
}

/// One input: the path as shown, a description of its format, and what was read from it.
pub struct Input<'a> {
    pub path: &'a str,
    pub format: &'a str,
    pub draft: &'a Draft,
}

/// Catalogue text for each input, ids given across them all.
pub fn emit_all(inputs: &[Input<'_>]) -> Vec<Emitted> {
    let mut ids = Ids::default();
    // Who is already written, by the id their name makes, and where.
    let mut people_written: HashMap<String, String> = HashMap::new();
    let mut companies_written: HashMap<String, (String, String)> = HashMap::new();
    inputs
        .iter()
        .map(|input| {
            let mut writer = Writer::new(input);
            writer.file(&mut ids, &mut people_written, &mut companies_written);
            writer.out
        })
        .collect()
}

struct Writer<'a> {
    input: &'a Input<'a>,
    out: Emitted,
    line: u32,
}

impl<'a> Writer<'a> {
    /// The text starts with a comment saying where it came from. It is part of the catalogue
    /// file, not a message: in English whatever the reader's language (as are the `sources`
    /// below), so an import gives the same file in any language.
    fn new(input: &'a Input<'a>) -> Self {
        let mut writer = Writer { input, out: Emitted::default(), line: 1 };
        writer.text(&format!(
            "# Imported by showfloor from {} ({}).\n# Ids come from the source's own ids and \
             names, so a later edition imported the same way keeps them.\n",
            comment_safe(input.path),
            input.format
        ));
        writer
    }

    fn text(&mut self, text: &str) {
        self.out.toml.push_str(text);
        self.line += u32::try_from(text.matches('\n').count()).unwrap_or(u32::MAX);
    }

    fn header(&mut self, header: &str, at: At) {
        self.text("\n");
        self.out.lines.push((self.line, at));
        self.text(&format!("[[{header}]]\n"));
    }

    fn string(&mut self, key: &str, value: &str) {
        self.text(&format!("{key} = {}\n", toml_string(value)));
    }

    fn optional(&mut self, key: &str, value: Option<&str>) {
        if let Some(value) = value.filter(|v| !v.is_empty()) {
            self.string(key, value);
        }
    }

    fn list(&mut self, key: &str, values: &[String]) {
        if values.is_empty() {
            return;
        }
        let items: Vec<String> = values.iter().map(|v| toml_string(v)).collect();
        self.text(&format!("{key} = [{}]\n", items.join(", ")));
    }

    fn raw(&mut self, key: &str, value: impl std::fmt::Display) {
        self.text(&format!("{key} = {value}\n"));
    }

    fn file(
        &mut self,
        ids: &mut Ids,
        people_written: &mut HashMap<String, String>,
        companies_written: &mut HashMap<String, (String, String)>,
    ) {
        let draft = self.input.draft;
        // People first, so their ids are known to the talks that name them.
        let mut person_ids = Vec::with_capacity(draft.people.len());
        let mut new_people = Vec::new();
        for person in &draft.people {
            let base = slug(&person.name).unwrap_or_else(|| "person".into());
            match people_written.get(&base) {
                Some(id) => person_ids.push(id.clone()),
                None => {
                    let id = ids.claim(&base, "person");
                    people_written.insert(base, id.clone());
                    new_people.push((id.clone(), person));
                    person_ids.push(id);
                }
            }
        }
        if let Some(event) = &draft.event {
            let event_id = self.event(ids, event);
            for talk in &draft.talks {
                self.talk(ids, &event_id, talk, &person_ids);
            }
        }
        for (id, person) in new_people {
            self.person(&id, person);
        }
        for company in &draft.companies {
            self.company(ids, companies_written, company);
        }
    }

    /// The record's sources: the source's own (a talk's URL, its GUID), then what it was
    /// imported from, named so that the next edition names it the same way (a path, a file
    /// name or a line number would change with every edition and make `diff` report every
    /// record changed).
    fn sources(&mut self, extra: &[String]) {
        let mut sources = extra.to_vec();
        let from = match &self.input.draft.event {
            Some(event) => format!("{} schedule ({})", event.name, self.input.format),
            None => format!("exhibitor list ({})", self.input.format),
        };
        sources.push(from);
        self.list("sources", &sources);
    }

    fn event(&mut self, ids: &mut Ids, event: &EventDraft) -> String {
        let base = event
            .acronym
            .as_deref()
            .and_then(slug)
            .or_else(|| slug(&event.name))
            .unwrap_or_else(|| "event".into());
        let id = ids.claim(&base, "event");
        self.header("event", event.at);
        self.string("id", &id);
        self.string("name", &event.name);
        if let Some(acronym) = event.acronym.as_deref().filter(|a| *a != event.name) {
            self.list("aliases", &[acronym.to_owned()]);
        }
        self.optional("summary", event.summary.as_deref());
        self.optional("venue", event.venue.as_deref());
        self.optional("city", event.city.as_deref());
        if let Some(start) = event.start {
            self.raw("start_date", start);
        }
        if let Some(end) = event.end {
            self.raw("end_date", end);
        }
        self.optional("timezone", event.timezone.as_deref());
        self.optional("website", event.website.as_deref());
        self.sources(&event.sources);
        id
    }

    fn talk(&mut self, ids: &mut Ids, event_id: &str, talk: &TalkDraft, person_ids: &[String]) {
        let own = talk.source_id.as_deref().and_then(slug).or_else(|| slug(&talk.title));
        let own = own.unwrap_or_else(|| "talk".into());
        // A source id that already names the show ("hsc26-101") is not prefixed again.
        let base = if own.starts_with(&format!("{event_id}-")) {
            own
        } else {
            format!("{event_id}-{own}")
        };
        let id = ids.claim(&base, "talk");
        self.header("event.schedule", talk.at);
        self.string("id", &id);
        self.string("name", &talk.title);
        self.optional("subtitle", talk.subtitle.as_deref());
        self.optional("summary", talk.summary.as_deref());
        self.raw("day", talk.day);
        if let Some(end_day) = talk.end_day {
            self.raw("end_day", end_day);
        }
        if let Some(start) = talk.start {
            self.raw("start_time", clock(start));
        }
        if let Some(end) = talk.end {
            self.raw("end_time", clock(end));
        }
        self.optional("place", talk.place.as_deref());
        self.optional("language", talk.language.as_deref());
        let speakers: Vec<String> =
            talk.speakers.iter().filter_map(|&index| person_ids.get(index).cloned()).collect();
        self.list("speakers", &speakers);
        self.list("tags", &talk.tags);
        self.sources(&talk.sources);
    }

    fn person(&mut self, id: &str, person: &PersonDraft) {
        self.header("person", person.at);
        self.string("id", id);
        self.string("name", &person.name);
        self.optional("summary", person.summary.as_deref());
        self.sources(&[]);
    }

    fn company(
        &mut self,
        ids: &mut Ids,
        companies_written: &mut HashMap<String, (String, String)>,
        company: &CompanyDraft,
    ) {
        let base = slug(&company.name).unwrap_or_else(|| "company".into());
        if let Some((_, place)) = companies_written.get(&base)
            && !place.starts_with(&format!("{}:", self.input.path))
        {
            let message = crate::tr!("import-exhibitor-twice", name = &company.name, place = place);
            self.out.notes.push((company.at, message));
            return;
        }
        let id = ids.claim(&base, "company");
        let place = format!("{}:{}", self.input.path, company.at.line);
        companies_written.entry(base).or_insert((id.clone(), place));
        self.header("company", company.at);
        self.string("id", &id);
        self.string("name", &company.name);
        self.optional("summary", company.summary.as_deref());
        let country = company.country.as_deref().map(|name| {
            // A country the catalogue knows is written its one way, so "USA" on one row and
            // "United States" on the next are one country, without a warning.
            known_country(name).map_or(name, |known| known.short_name)
        });
        // A country is a page named by its letters; "+" or "—" names none, and would make the
        // catalogue fail to load. Left out, and said.
        let country = country.filter(|name| {
            let named = slug(name).is_some();
            if !named {
                let message =
                    crate::tr!("import-country-no-letters", name = *name, company = &company.name);
                self.out.notes.push((company.at, message));
            }
            named
        });
        self.optional("country", country);
        self.list("sectors", &company.sectors);
        self.optional("stand", company.stand.as_deref());
        self.optional("website", company.website.as_deref());
        self.sources(&company.sources);
        for product in &company.products {
            let product_base = slug(product).unwrap_or_else(|| "product".into());
            let system_base = if ids.used.contains(&product_base) {
                format!("{id}-{product_base}")
            } else {
                product_base
            };
            let system_id = ids.claim(&system_base, "system");
            self.header("system", company.at);
            self.string("id", &system_id);
            self.string("name", product);
            self.string("maker", &id);
            self.sources(&company.sources);
        }
    }
}

/// A time as TOML writes a local time: `09:30`, with seconds only when there are some.
fn clock(time: jiff::civil::Time) -> String {
    let mut out = format!("{:02}:{:02}", time.hour(), time.minute());
    if time.second() != 0 {
        let _ = write!(out, ":{:02}", time.second());
    }
    out
}

/// A TOML basic string holding `text` exactly.
fn toml_string(text: &str) -> String {
    toml::Value::String(text.to_owned()).to_string()
}

/// A path put in a comment: one line, whatever the name holds.
fn comment_safe(path: &str) -> String {
    path.chars().map(|c| if c.is_control() { '?' } else { c }).collect()
}
