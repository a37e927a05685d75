//! The commands that answer from a loaded catalogue: `info`, `search`, `show`, `compare` and
//! `list`.

use std::io::{self, IsTerminal, Write};

use super::{CliError, Command, Meant, Suggested, json, plain};
use crate::catalog::{Catalog, Kind, Named, RecordId};
use crate::features::diff::Earlier;
use crate::features::facet::Filters;
use crate::search::SearchIndex;

/// Run a command that answers from `catalog`, compared with `earlier` (`--compare-to`) when it
/// is given: the answer to `out`, notes for a person to `err`.
pub(super) fn query(
    catalog: &Catalog,
    earlier: Option<&Earlier>,
    command: Command,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<(), CliError> {
    match command {
        Command::Check { .. } | Command::Export { .. } | Command::Plan { .. } => {
            unreachable!("check, export and plan are handled before a query is run")
        }
        Command::Diff { .. }
        | Command::Completions { .. }
        | Command::Import { .. }
        | Command::Config { .. } => {
            unreachable!("diff, import and completions are answered before a catalogue is loaded")
        }
        Command::Info { json: true } => {
            json::print(out, &json::overview(catalog)).map_err(CliError::stdout)
        }
        Command::Info { json: false } => plain::overview(catalog, out).map_err(CliError::stdout),
        Command::Compare { ids, json } => {
            let records =
                ids.iter().map(|id| record_named(catalog, id)).collect::<Result<Vec<_>, _>>()?;
            let found = crate::features::compare::compare(catalog, &records);
            if json {
                json::print(out, &json::comparison(catalog, &found))
            } else {
                plain::comparison(catalog, &found, out)
            }
            .map_err(CliError::stdout)
        }
        Command::Search { query, kind, limit, filters, json } => {
            let kind = kind.as_deref().map(parse_kind).transpose()?;
            let kinds = kind.map_or_else(|| Kind::ALL.to_vec(), |kind| vec![kind]);
            let all: Vec<_> =
                kinds.iter().flat_map(|&kind| catalog.of_kind(kind)).copied().collect();
            let editions = earlier.map(Earlier::editions);
            let filters =
                crate::features::facet::parse_where(catalog, &kinds, &all, &filters, editions)?;
            let index = SearchIndex::build(catalog);
            let mut hits = index.search(&query, kind);
            let before_filters = hits.len();
            hits.retain(|hit| filters.admits(catalog, hit.record));
            let total = hits.len();
            if limit > 0 {
                hits.truncate(limit);
            }
            if json {
                let mut found = json::hits(catalog, &index, &hits, &query);
                if let Some(earlier) = earlier {
                    let records: Vec<RecordId> = hits.iter().map(|hit| hit.record).collect();
                    super::editions::mark_editions(&mut found, earlier, &records);
                }
                json::print(out, &found)
            } else {
                plain::hits(catalog, earlier, &index, &hits, &query, out)
            }
            .map_err(CliError::stdout)?;
            // After the results, where the reader's eye ends up.
            if let Some(notice) = cut_notice(hits.len(), total, io::stdout().is_terminal()) {
                out.flush().map_err(CliError::stdout)?;
                writeln!(err, "{notice}").map_err(CliError::stderr)?;
            }
            if total == 0 {
                let several_words = crate::search::Query::parse(&query).groups().len() > 1;
                // A pasted page is not echoed whole.
                let shown: String = query.chars().take(80).collect();
                let shown = if shown.len() < query.len() { format!("{shown}…") } else { shown };
                let filtered = (before_filters > 0).then_some(before_filters);
                return Err(CliError::NoMatch { query: shown, several_words, filtered });
            }
            Ok(())
        }
        Command::Show { id, json } => {
            let record = match (record_named(catalog, &id), earlier) {
                (Ok(record), _) => record,
                // Gone since the earlier edition: the record as it stood there.
                (Err(CliError::UnknownId { .. }), Some(earlier))
                    if earlier.removed(&id).is_some() =>
                {
                    return super::editions::show_removed(
                        earlier,
                        &id,
                        json,
                        terminal_width(),
                        out,
                        err,
                    );
                }
                (Err(error), _) => return Err(error),
            };
            if json {
                let mut shown = json::record(catalog, record, true);
                if let Some(earlier) = earlier {
                    json::edition_of(&mut shown, catalog, earlier, record);
                }
                json::print(out, &shown)
            } else {
                plain::record(catalog, record, earlier, terminal_width(), out)
            }
            .map_err(CliError::stdout)
        }
        Command::Graph { id, depth, format } => {
            let record = record_named(catalog, &id)?;
            let found = crate::features::graph::neighbourhood(catalog, record, depth);
            super::graph::write(catalog, &found, format, out).map_err(CliError::stdout)
        }
        Command::List { kind, filters, json } => {
            let kind = parse_kind(&kind)?;
            let (ids, filters) = narrowed(catalog, earlier, kind, &filters)?;
            if json {
                let mut found = json::records(catalog, &ids);
                if let Some(earlier) = earlier {
                    super::editions::mark_editions(&mut found, earlier, &ids);
                }
                json::print(out, &found)
            } else {
                plain::list(catalog, earlier, &ids, columns_width(), out)
            }
            .map_err(CliError::stdout)?;
            emptied(kind, &ids, &filters)
        }
    }
}

/// The records of `kind` that `--where` admits (the rule is `facet::clauses`', `edition=`
/// read from `earlier`), sorted by name, and the filters.
pub(super) fn narrowed(
    catalog: &Catalog,
    earlier: Option<&Earlier>,
    kind: Kind,
    clauses: &[String],
) -> Result<(Vec<RecordId>, Filters), CliError> {
    let all = catalog.of_kind(kind);
    let editions = earlier.map(Earlier::editions);
    let filters = crate::features::facet::parse_where(catalog, &[kind], all, clauses, editions)?;
    let ids = all.iter().copied().filter(|&id| filters.admits(catalog, id)).collect();
    Ok((ids, filters))
}

/// After an answer is printed: when `--where` filters left it empty, the error that says so
/// (exit status 1, as `search` finding nothing has). A field's filter matched some record
/// alone, or parsing would have said which did not, so it is their combination that matches
/// none; the edition's may match none by itself, and a single filter is said as one.
pub(super) fn emptied(kind: Kind, ids: &[RecordId], filters: &Filters) -> Result<(), CliError> {
    if ids.is_empty() && !filters.is_empty() {
        return Err(CliError::NothingLeft {
            kind,
            filters: filters.describe(),
            count: filters.count(),
            each_alone: filters.each_matches_alone(),
        });
    }
    Ok(())
}

/// The record `given` means: by id, or by a name or alias only one record has (a country
/// also by any of its names and its demonym). Several, or none, is an error that lists them, or
/// suggests the closest id, name or alias.
fn record_named(catalog: &Catalog, given: &str) -> Result<RecordId, CliError> {
    match catalog.named(given) {
        Named::One(id) => Ok(id),
        Named::Several(ids) => Err(CliError::Ambiguous {
            given: given.to_owned(),
            candidates: ids.into_iter().map(|id| Meant::of(catalog, id)).collect(),
        }),
        Named::Nothing => Err(CliError::UnknownId {
            given: given.to_owned(),
            suggestion: catalog.suggest(given).map(|found| Suggested {
                text: found.text.to_owned(),
                record: Meant::of(catalog, found.record),
            }),
        }),
    }
}

/// What `search` says on stderr when `--limit` left results out, if a person is reading
/// (`is_terminal`: standard output is a terminal); a program reading a pipe asked for the limit.
pub(super) fn cut_notice(shown: usize, total: usize, is_terminal: bool) -> Option<String> {
    (is_terminal && shown < total)
        .then(|| crate::tr!("cli-search-cut", shown = shown, total = total))
}

pub(super) fn parse_kind(given: &str) -> Result<Kind, CliError> {
    Ok(Kind::resolve(given)?)
}

/// The width plain output wraps to: the terminal's, or 100 columns when piped.
pub(super) fn terminal_width() -> usize {
    if io::stdout().is_terminal()
        && let Ok((columns, _)) = crossterm::terminal::size()
    {
        return usize::from(columns).clamp(40, 160);
    }
    100
}

/// The width `list` fits its columns to: the terminal's; when standard output is not a
/// terminal, `$COLUMNS` if it is set, or 120.
fn columns_width() -> usize {
    if io::stdout().is_terminal()
        && let Ok((columns, _)) = crossterm::terminal::size()
        && columns > 0
    {
        return usize::from(columns);
    }
    columns_from_env(std::env::var("COLUMNS").ok().as_deref())
}

fn columns_from_env(columns: Option<&str>) -> usize {
    columns.and_then(|c| c.trim().parse::<usize>().ok()).filter(|&c| c > 0).unwrap_or(120)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn search_says_what_the_limit_cut_only_to_a_terminal() {
        assert_eq!(
            cut_notice(20, 57, true).as_deref(),
            Some("showed 20 of 57 results; --limit 0 shows them all")
        );
        assert_eq!(cut_notice(20, 57, false), None, "a pipe asked for the limit");
        assert_eq!(cut_notice(12, 12, true), None, "nothing was cut");
    }

    #[test]
    fn piped_lists_fit_columns_or_120() {
        assert_eq!(columns_from_env(Some("80")), 80);
        assert_eq!(columns_from_env(None), 120);
        assert_eq!(columns_from_env(Some("wide")), 120);
        assert_eq!(columns_from_env(Some("0")), 120);
    }
}
