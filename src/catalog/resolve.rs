//! The whole catalogue at once: ids made unique, countries made into records (`country`),
//! references resolved into links (with the wrong-kind and did-you-mean checks), records indexed
//! by id and kind, and the backlink table built.
//!
//! Every file's arena is appended to the catalogue's first, so from then on all strings are in
//! their final place: the id map borrows them there, and nothing is copied twice.

mod country;

use std::collections::HashMap;

use super::diagnostic::{Diagnostic, Location, Severity};
use super::parse::{Anchored, LineCol, ParsedFile, RawCountry, RawRecord, RawValue, id_problem};
use super::schema::{self, Field, FieldType};
use super::suggest::did_you_mean;
use super::value::{Arena, Span, Str, Value, push_links};
use super::{Backlink, Catalog, Kind, Loaded, Origin, RecordId, Stored};
use crate::text::fold;

/// How many "did you mean" guesses one load works out (see `Resolver::suggestions_left`).
const SUGGESTIONS: usize = 200;

struct Resolver<'t> {
    files: Vec<String>,
    /// Per file, the line from which problems are echoes of a syntax error (see `parse`).
    quiet_from_line: Vec<Option<u32>>,
    /// The catalogue's text, final: every handle below points into it.
    text: &'t str,
    links: &'t mut Vec<RecordId>,
    /// Per raw record: its file and kind.
    file_of: Vec<usize>,
    kind_of: Vec<Kind>,
    /// Raw index → record id, for records that survived (valid and not a duplicate).
    kept: Vec<Option<RecordId>>,
    id_to_raw: HashMap<&'t str, usize>,
    countries: country::Countries<'t>,
    next_id: usize,
    diagnostics: Vec<(usize, Diagnostic)>,
    /// How many more "did you mean" suggestions this load may work out. Each compares against
    /// every id of a kind, so a catalogue with thousands of misspelt references would be
    /// quadratic: past the budget, the errors are still reported, without a guess.
    suggestions_left: std::cell::Cell<usize>,
    /// Folded name or alias → the id of the record that has it and whether it is an alias;
    /// built on the first alias seen, so catalogues without aliases never pay for it.
    known_names: Option<HashMap<String, (&'t str, bool)>>,
    /// Folded alias → every record that has it, for aliases more than one record has.
    shared_aliases: HashMap<String, Vec<&'t str>>,
    /// References to no id, reported once every alias is known: a reference that is an alias
    /// says whose.
    unknown: Vec<Unknown>,
}

/// A reference to no id, waiting to be reported.
struct Unknown {
    file: usize,
    at: LineCol,
    /// "`related` refers to unknown company `tb2`".
    message: String,
    id: String,
    allowed: Vec<Kind>,
}

/// Resolve the parsed files of a catalogue; `files` are their paths as shown, in file order.
pub(super) fn resolve(files: Vec<String>, parsed: Vec<ParsedFile>) -> Loaded {
    let mut arena = Arena::default();
    let mut raws: Vec<(RawRecord, Option<usize>)> = Vec::new();
    let mut file_of = Vec::new();
    let mut quiet_from_line = vec![None; files.len()];
    let mut diagnostics = Vec::new();
    let mut declarations: Vec<(usize, RawCountry)> = Vec::new();
    arena.reserve_for(parsed.iter().map(|file| &file.arena));
    raws.reserve(parsed.iter().map(|file| file.records.len()).sum());
    for file in parsed {
        let offset = raws.len();
        quiet_from_line[file.file] = file.quiet_from_line;
        diagnostics.extend(file.diagnostics.into_iter().map(|d| (file.file, d)));
        let rebase = arena.append(file.arena);
        for mut record in file.records {
            record.rebase(rebase);
            file_of.push(file.file);
            let parent = record.parent.map(|local| local + offset);
            raws.push((record, parent));
        }
        for mut declaration in file.countries {
            declaration.rebase(rebase);
            declarations.push((file.file, declaration));
        }
    }

    let (text, links) = arena.text_and_links();
    let mut resolver = Resolver {
        quiet_from_line,
        files,
        text,
        links,
        kind_of: raws.iter().map(|(record, _)| record.kind).collect(),
        file_of,
        kept: Vec::new(),
        id_to_raw: HashMap::new(),
        countries: country::Countries::default(),
        next_id: 0,
        diagnostics,
        suggestions_left: std::cell::Cell::new(SUGGESTIONS),
        known_names: None,
        shared_aliases: HashMap::new(),
        unknown: Vec::new(),
    };
    resolver.assign_ids(&raws);
    resolver.declare_countries(declarations);
    let (mut stored, mut fields) = resolver.build_records(raws);
    resolver.report_unknown_references();
    let countries = resolver.country_records();
    let Resolver { files, diagnostics: mut found, .. } = resolver;
    for country in countries {
        let first_field = fields.len();
        if !country.aliases.is_empty() {
            let aliases: Vec<Str> = country
                .aliases
                .iter()
                .map(|alias| match alias {
                    country::Alias::Known(name) => arena.str(name),
                    country::Alias::Written(name) => *name,
                })
                .collect();
            fields.push((Field::Aliases, Value::TextList(arena.strs(aliases))));
        }
        fields.extend(country.fields);
        fields[first_field..].sort_by_key(|(field, _)| schema::position(Kind::Country, *field));
        stored.push(Stored {
            id: arena.str(&country.id),
            name: country.name,
            kind: Kind::Country,
            first_field: u32::try_from(first_field).expect("fewer than 2^32 fields"),
            field_count: u32::try_from(fields.len() - first_field).expect("few fields per record"),
            origin: country
                .declared_at
                .map(|(file, line)| Origin { file: u32::try_from(file).unwrap_or(u32::MAX), line }),
        });
    }
    arena.shrink_to_fit();

    let mut catalog = Catalog { arena, stored, fields, files, ..Catalog::default() };
    index(&mut catalog);
    found.extend(super::floor::check(&catalog));
    found.sort_by(|(fa, a), (fb, b)| {
        (fa, a.location.line, a.location.column).cmp(&(fb, b.location.line, b.location.column))
    });
    Loaded { catalog, diagnostics: found.into_iter().map(|(_, d)| d).collect() }
}

impl<'t> Resolver<'t> {
    fn report(&mut self, severity: Severity, file: usize, at: LineCol, message: String) {
        let LineCol { line, column } = at;
        if self.quiet_from_line[file].is_some_and(|quiet| line >= quiet) {
            return;
        }
        let location = Location { path: self.files[file].clone(), line, column };
        self.diagnostics.push((file, Diagnostic { severity, location, message }));
    }

    /// First definition of an id wins; later ones are errors that name the first.
    fn assign_ids(&mut self, raws: &[(RawRecord, Option<usize>)]) {
        self.kept = vec![None; raws.len()];
        self.id_to_raw.reserve(raws.len());
        for (index, (record, _)) in raws.iter().enumerate() {
            let id = record.id.text.of(self.text);
            if let Some(&first) = self.id_to_raw.get(id) {
                let (first_record, _) = &raws[first];
                let LineCol { line, column } = first_record.id.at;
                let message = format!(
                    "duplicate id `{id}`: already used by {} `{}` at {}:{line}:{column}",
                    first_record.kind,
                    first_record.name.of(self.text),
                    self.files[self.file_of[first]],
                );
                self.report(Severity::Error, self.file_of[index], record.id.at, message);
                continue;
            }
            self.id_to_raw.insert(id, index);
            self.kept[index] = Some(RecordId::from_usize(self.next_id));
            self.next_id += 1;
        }
    }

    fn build_records(
        &mut self,
        raws: Vec<(RawRecord, Option<usize>)>,
    ) -> (Vec<Stored>, Vec<(Field, Value)>) {
        let mut stored = Vec::with_capacity(self.next_id);
        let mut fields: Vec<(Field, Value)> = Vec::with_capacity(raws.len() * 6);
        // Every kept record's id and name, for checking aliases against; empty without aliases.
        let has_aliases = raws
            .iter()
            .any(|(raw, _)| raw.fields.iter().any(|(field, _)| *field == Field::Aliases));
        let names: Vec<(&'t str, &'t str)> = if has_aliases {
            raws.iter()
                .enumerate()
                .filter(|(index, _)| self.kept[*index].is_some())
                .map(|(_, (raw, _))| (raw.id.text.of(self.text), raw.name.of(self.text)))
                .collect()
        } else {
            Vec::new()
        };
        for (index, (raw, parent)) in raws.into_iter().enumerate() {
            if self.kept[index].is_none() {
                continue;
            }
            let file = self.file_of[index];
            let first_field = fields.len();
            // The link to the record a nested one belongs to: a schedule item's event, a stand's
            // hall; the schema names the field.
            let parent_field = schema::fields_of(raw.kind).iter().find_map(|spec| match spec.ty {
                FieldType::Parent(_) => Some(spec.field),
                _ => None,
            });
            if let (Some(field), Some(owner)) =
                (parent_field, parent.and_then(|parent| self.kept[parent]))
            {
                fields.push((field, Value::Link(owner)));
            }
            for (field, value) in raw.fields {
                if let RawValue::Aliases(_, aliases) = &value {
                    self.check_aliases(file, raw.id.text.of(self.text), aliases, &names);
                }
                if let Some(value) = self.resolve_value(file, raw.kind, field, value) {
                    fields.push((field, value));
                }
            }
            fields[first_field..].sort_by_key(|(field, _)| schema::position(raw.kind, *field));
            if !raw.has_sources {
                let id = raw.id.text.of(self.text);
                let message =
                    format!("{} `{id}` has no sources: say where its facts come from", raw.kind);
                self.report(Severity::Warning, file, raw.header, message);
            }
            let line = raw.header.line;
            stored.push(Stored {
                id: raw.id.text,
                name: raw.name,
                kind: raw.kind,
                first_field: u32::try_from(first_field).expect("fewer than 2^32 fields"),
                field_count: u32::try_from(fields.len() - first_field)
                    .expect("few fields per record"),
                origin: Some(Origin { file: u32::try_from(file).unwrap_or(u32::MAX), line }),
            });
        }
        fields.shrink_to_fit();
        (stored, fields)
    }

    fn resolve_value(
        &mut self,
        file: usize,
        kind: Kind,
        field: Field,
        value: RawValue,
    ) -> Option<Value> {
        let allowed = match schema::fields_of(kind)
            .iter()
            .find(|spec| spec.field == field)
            .map(|spec| spec.ty)
        {
            Some(FieldType::Ref(kinds) | FieldType::RefList(kinds)) => kinds,
            _ => &[],
        };
        let list = |resolver: &mut Self, targets: Vec<RecordId>| -> Span {
            push_links(resolver.links, targets)
        };
        match value {
            RawValue::Ready(value) | RawValue::Aliases(value, _) => Some(value),
            RawValue::Ref(target) => self.reference(file, field, allowed, &target).map(Value::Link),
            RawValue::Refs(targets) => {
                let ids = targets
                    .iter()
                    .filter_map(|target| self.reference(file, field, allowed, target))
                    .collect();
                Some(Value::Links(list(self, ids)))
            }
            RawValue::Country(name) => self.country(file, &name).map(Value::Link),
            RawValue::Countries(names) => {
                let ids = names.iter().filter_map(|name| self.country(file, name)).collect();
                Some(Value::Links(list(self, ids)))
            }
            RawValue::Operators(names) => {
                let ids = names.iter().filter_map(|name| self.operator(file, name)).collect();
                Some(Value::Links(list(self, ids)))
            }
        }
    }

    /// Warn about an alias that is another record's name or alias: search would find both, and
    /// a reader could not tell which one the catalogue means.
    fn check_aliases(
        &mut self,
        file: usize,
        id: &'t str,
        aliases: &[Anchored],
        names: &[(&'t str, &'t str)],
    ) {
        let known = self.known_names.get_or_insert_with(|| {
            names.iter().map(|&(id, name)| (fold(name), (id, false))).collect()
        });
        let mut found = Vec::new();
        for alias in aliases {
            let text = alias.text.of(self.text);
            let key = fold(text);
            match known.get(&key) {
                Some(&(owner, _)) if owner == id => {}
                Some(&(owner, is_alias)) => {
                    let what = if is_alias { "an alias of" } else { "the name of" };
                    found.push((alias.at, format!("alias `{text}` is also {what} `{owner}`")));
                    let sharing = self.shared_aliases.entry(key).or_insert_with(|| vec![owner]);
                    if !sharing.contains(&id) {
                        sharing.push(id);
                    }
                }
                None => {
                    known.insert(key, (id, true));
                }
            }
        }
        for (at, message) in found {
            self.report(Severity::Warning, file, at, message);
        }
    }

    /// Report the references to no id, now that every alias is known: one that is a record's
    /// alias (or one several records share) says whose, since references take ids; any other
    /// gets a did-you-mean.
    fn report_unknown_references(&mut self) {
        for unknown in std::mem::take(&mut self.unknown) {
            let Unknown { file, at, mut message, id, allowed } = unknown;
            let key = fold(&id);
            let owner = self.known_names.as_ref().and_then(|known| known.get(&key)).copied();
            if let Some(owners) = self.shared_aliases.get(&key) {
                let owners: Vec<String> = owners.iter().map(|o| format!("`{o}`")).collect();
                message.push_str(&format!(
                    "; `{id}` is an alias {} records share ({}): refer to one by its id",
                    owners.len(),
                    owners.join(", ")
                ));
            } else if let Some((owner, is_alias)) = owner {
                let what = if is_alias { "an alias" } else { "the name" };
                message
                    .push_str(&format!("; `{id}` is {what} of `{owner}`: refer to it by its id"));
            } else if let Some(guess) = self.guess(&id, &allowed) {
                message.push_str(&format!("; did you mean `{guess}`?"));
            }
            self.report(Severity::Error, file, at, message);
        }
    }

    /// The ids of every surviving record of one of `kinds`, for did-you-mean.
    /// The id of one of `kinds` closest to `word`, while the suggestion budget lasts.
    fn guess<'s>(&'s self, word: &str, kinds: &'s [Kind]) -> Option<&'s str> {
        let left = self.suggestions_left.get();
        if left == 0 {
            return None;
        }
        self.suggestions_left.set(left - 1);
        did_you_mean(word, self.ids_of(kinds))
    }

    fn ids_of<'s>(&'s self, kinds: &'s [Kind]) -> impl Iterator<Item = &'s str> + 's {
        self.id_to_raw
            .iter()
            .filter(|(_, raw)| kinds.contains(&self.kind_of[**raw]))
            .map(|(id, _)| *id)
    }

    fn reference(
        &mut self,
        file: usize,
        field: Field,
        allowed: &[Kind],
        target: &Anchored,
    ) -> Option<RecordId> {
        // "company or organisation"; a field that takes any kind says "record".
        let wanted = if allowed.len() > 3 {
            "record".to_owned()
        } else {
            allowed.iter().map(|kind| kind.name()).collect::<Vec<_>>().join(" or ")
        };
        let id = target.text.of(self.text);
        let message = match self.id_to_raw.get(id) {
            Some(&raw) => {
                let found = self.kind_of[raw];
                if allowed.contains(&found) {
                    return self.kept[raw];
                }
                format!("`{field}` must name a {wanted}, but `{id}` is a {found}")
            }
            None => {
                self.unknown.push(Unknown {
                    file,
                    at: target.at,
                    message: format!("`{field}` refers to unknown {wanted} `{id}`"),
                    id: id.to_owned(),
                    allowed: allowed.to_vec(),
                });
                return None;
            }
        };
        self.report(Severity::Error, file, target.at, message);
        None
    }

    /// An operator is an organisation when it is an organisation's id, and a country otherwise.
    fn operator(&mut self, file: usize, name: &Anchored) -> Option<RecordId> {
        let text = name.text.of(self.text);
        if let Some(&raw) = self.id_to_raw.get(text)
            && self.kind_of[raw] == Kind::Organisation
        {
            return self.kept[raw];
        }
        if !self.countries.spellings.contains_key(text.trim())
            && id_problem(text).is_none()
            && let Some(guess) = self.guess(text, &[Kind::Organisation])
        {
            let message = format!(
                "operator `{text}` is not an organisation id, so it is read as a country; did you mean `{guess}`?"
            );
            self.report(Severity::Warning, file, name.at, message);
        }
        self.country(file, name)
    }
}

/// Fill the catalogue's indexes: by id, by kind (sorted by folded name), and backlinks as one
/// flat array with offsets, so a million records cost two allocations rather than a million.
/// Each record's backlinks are sorted once here, by the referring record's kind, the field and
/// the name, the order every view shows them in. The independent sorts run on all cores.
fn index(catalog: &mut Catalog) {
    let n = catalog.len();
    let view: &Catalog = catalog;
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    let chunk = n.div_ceil(cores).max(1);
    let ids: Vec<RecordId> = view.ids().collect();

    // Folded names (the sort key of every list), folded in parallel.
    let folded: Vec<String> = crate::parallel::map(ids.chunks(chunk).collect(), |part| {
        part.iter().map(|&id| fold(view.get(id).name())).collect::<Vec<_>>()
    })
    .into_iter()
    .flatten()
    .collect();

    let mut by_kind: Vec<Vec<RecordId>> = vec![Vec::new(); Kind::ALL.len()];
    let mut counts = vec![0u32; n + 1];
    for &record in &ids {
        by_kind[view.get(record).kind().index()].push(record);
        for (_, target) in view.get(record).links() {
            counts[target.index()] += 1;
        }
    }
    let by_name = |a: &RecordId, b: &RecordId| {
        (&folded[a.index()], view.get(*a).id()).cmp(&(&folded[b.index()], view.get(*b).id()))
    };
    let mut by_id = ids;
    let mut lists: Vec<&mut Vec<RecordId>> = vec![&mut by_id];
    lists.extend(by_kind.iter_mut());
    // The by-id list is ordered by id, the programme by when it happens (all-day items first
    // on their day), the lists of the other kinds by folded name.
    let when = |id: &RecordId| {
        let record = view.get(*id);
        let day = match record.get(Field::Day) {
            Some(super::ValueRef::Date(day)) => Some(day),
            _ => None,
        };
        let start = match record.get(Field::StartTime) {
            Some(super::ValueRef::Time(time)) => Some(time),
            _ => None,
        };
        (day.is_none(), day, start)
    };
    crate::parallel::map(lists.into_iter().enumerate().collect(), |(n, list)| match n {
        0 => list.sort_unstable_by(|a, b| view.get(*a).id().cmp(view.get(*b).id())),
        n if n - 1 == Kind::ScheduleItem.index() => {
            list.sort_unstable_by(|a, b| when(a).cmp(&when(b)).then_with(|| by_name(a, b)));
        }
        _ => list.sort_unstable_by(by_name),
    });
    let mut name_rank = vec![0u32; n];
    for list in &by_kind {
        for (rank, id) in list.iter().enumerate() {
            name_rank[id.index()] = u32::try_from(rank).unwrap_or(u32::MAX);
        }
    }
    drop(folded);

    let mut offsets = Vec::with_capacity(n + 1);
    let mut total = 0u32;
    for count in &counts {
        offsets.push(total);
        total += count;
    }
    let mut fill = offsets.clone();
    let mut backlinks = vec![Backlink { from: RecordId(0), field: Field::Id }; total as usize];
    for from in view.ids() {
        for (field, target) in view.get(from).links() {
            let slot = &mut fill[target.index()];
            backlinks[*slot as usize] = Backlink { from, field };
            *slot += 1;
        }
    }
    // Each record's backlinks, sorted; the targets are split into runs, one per core.
    let kind_order = |kind: Kind| Kind::ALL.iter().position(|k| *k == kind).unwrap_or(usize::MAX);
    let sort_key =
        |b: &Backlink| (kind_order(view.get(b.from).kind()), b.field, name_rank[b.from.index()]);
    let mut runs = Vec::new();
    let mut rest: &mut [Backlink] = &mut backlinks;
    for start in (0..n).step_by(chunk) {
        let end = (start + chunk).min(n);
        let len = (offsets[end] - offsets[start]) as usize;
        let (mine, others) = std::mem::take(&mut rest).split_at_mut(len);
        rest = others;
        runs.push((start, end, mine));
    }
    let referrer_counts = crate::parallel::map(runs, |(start, end, mine)| {
        let base = offsets[start] as usize;
        let mut counted = Vec::new();
        for target in start..end {
            let slice =
                &mut mine[offsets[target] as usize - base..offsets[target + 1] as usize - base];
            slice.sort_by_key(sort_key);
            if slice.len() > super::COUNTED_AT_LOAD {
                let counts = super::count_referrers(slice, |from| view.get(from).kind());
                counted.push((RecordId::from_usize(target), counts));
            }
        }
        counted
    })
    .into_iter()
    .flatten()
    .collect::<HashMap<_, _>>();
    catalog.by_id = by_id;
    catalog.by_kind = by_kind;
    catalog.backlink_offsets = offsets;
    catalog.backlinks = backlinks;
    catalog.referrer_counts = referrer_counts;
    catalog.index_made_in();
}
