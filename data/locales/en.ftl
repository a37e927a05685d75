# showfloor's interface in English. Each message has an id (left of `=`) and its text; text
# in braces is filled in by the program (`{ $day }`). fr.ftl has the same ids: a test fails
# when a message is in one file and not the other, or its `{ $… }` differ.

## Days and months, as dates are written.
weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday
weekday-short-1 = Mon
weekday-short-2 = Tue
weekday-short-3 = Wed
weekday-short-4 = Thu
weekday-short-5 = Fri
weekday-short-6 = Sat
weekday-short-7 = Sun
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
month-short-1 = Jan
month-short-2 = Feb
month-short-3 = Mar
month-short-4 = Apr
month-short-5 = May
month-short-6 = Jun
month-short-7 = Jul
month-short-8 = Aug
month-short-9 = Sep
month-short-10 = Oct
month-short-11 = Nov
month-short-12 = Dec

## A date in full ("Thursday 13 November 2025") and short ("Thu 13 Nov 2025").
date-long = { $weekday } { $day } { $month } { $year }
date-short = { $weekday } { $day } { $month } { $year }

### ---------------------------------------------------------------------------------------
### The browser: panes, titles, the status bar, help, the keys' descriptions, notices.
### ---------------------------------------------------------------------------------------

### ---------------------------------------------------------------------------------------
### The record's fields and kinds, as the browser and the command line name them.
### ---------------------------------------------------------------------------------------

### ---------------------------------------------------------------------------------------
### The command line: commands' output and errors, --help, the exports' headings.
### ---------------------------------------------------------------------------------------

## What the commands say on standard error: `error: …`, `warning: …`, `note: …`.
cli-error = error: { $message }
cli-warning = warning: { $message }
cli-note = note: { $message }

## showfloor check, and a catalogue with errors.
cli-checked = checked { $files } file(s), { $records } record(s): { $errors } error(s), { $warnings } warning(s)
cli-keep-going = going on without what these { $errors } error(s) leave out (--keep-going)

## The config, as the commands and `showfloor config` speak of it.
cli-config-problems = the config has { $count } problem(s); its defaults are used
cli-config-notice = the config has { $count } problem(s), the first at { $line }:{ $column }; the defaults are used (showfloor config --check lists them)
cli-config-no-directory = no config directory on this system; name a config with --config FILE
cli-config-checked = checked { $path }: { $count } problem(s)
cli-config-looked-for = # The config is looked for with --config FILE, then $SHOWFLOOR_CONFIG, then config.toml
cli-config-read = # in the platform's config directory. Read now: { $path } ({ $why }).
cli-config-read-none = # in the platform's config directory. Read now: { $path } ({ $why }): no config, the defaults apply.
cli-config-read-missing = # in the platform's config directory. Read now: { $path } ({ $why }), not there: the defaults apply.
cli-config-why-directory = the config directory
cli-config-in-effect = # In effect:
cli-config-in-effect-defaults = # In effect (the config has problems: the defaults):

## A bare `showfloor`: the browser, and why it could not open or how it ended.
cli-out-before-command = --out { $dir } before the command sets the browser's export folder; give `export` or `import` its own --out after the command
cli-no-terminal =
    { $reason }.
    In scripts and pipes use `showfloor search QUERY`, `showfloor show ID` or `showfloor list KIND` (see `showfloor --help`).
cli-terminal-failed = the terminal failed: { $reason }
cli-stopped-by-signal = showfloor: stopped by signal { $signal }; marks and notes were saved as they changed
cli-unsaved = showfloor: your last marks and notes could not be saved (another session held the state file's lock); they are in { $path }

## info, show, search and diff, in plain text.
cli-info-hint = Search with `showfloor search QUERY`, open a record with `showfloor show ID`.
cli-show-links = Links
cli-show-referenced-by = Referenced by
cli-show-made-here = Made here (systems whose maker is in { $place }, by maker)
cli-search-cut = showed { $shown } of { $total } results; --limit 0 shows them all
cli-diff-added = added
cli-diff-removed = removed
cli-diff-changed = changed  { $kind } { $id } ({ $name })
cli-diff-none = (none)
cli-diff-totals = { $added } added, { $removed } removed, { $changed } changed

## showfloor import.
cli-import-folder = a folder; import reads files (a folder of catalogue files is opened with --data)
cli-import-not-regular = not a regular file
cli-import-no-such-file = no such file
cli-import-already-catalogue = this is a showfloor catalogue already: open it with --data, or copy it
cli-import-errors = nothing written: { $errors } error(s) above; fix them, or add --keep-going to write what could be read
cli-import-nothing-read = nothing could be read from { $path }; no file is written for it
cli-import-nothing-to-import = nothing written: no file gave anything to import
cli-import-wrote = wrote { $path } ({ $counts }, from { $from })
cli-import-check-it = check it with: showfloor --data { $dir } check
cli-import-taken = { $path } is already there and import never replaces a file; nothing was written (import into a new folder, then `showfloor diff OLD NEW` shows what changed)

## What can stop a command (each printed after `error: `).
cli-error-unknown-id = no record with the id, name or alias `{ $given }`
cli-error-unknown-id-did-you-mean = no record with the id, name or alias `{ $given }` (did you mean `{ $text }`?)
cli-error-unknown-id-did-you-mean-record = no record with the id, name or alias `{ $given }` (did you mean `{ $text }`, { $kind } `{ $id }`?)
cli-error-ambiguous = `{ $given }` is the name or alias of { $count } records: { $candidates }; name the one you mean by its id
cli-error-candidate = { $kind } `{ $id }` ({ $name })
cli-error-more-candidates = and { $count } more
cli-error-broken-catalogue = the catalogue has { $errors } error(s), each printed above; fix them, or add --keep-going to use it without what they leave out
cli-error-no-state-file = no data directory to find your plan in; name the state file with --state FILE
cli-error-missing-state-file = no state file at { $path }: check the path given to --state (nothing was exported)
cli-error-no-match = nothing matches `{ $query }`
cli-error-no-match-words = nothing matches `{ $query }`; every word must match somewhere in a record: try fewer words
cli-error-no-match-filtered = nothing matches `{ $query }` with those --where filters ({ $found } match without them)
cli-error-nothing-left = no { $kind } matches all of { $filters } together; each matches some alone
cli-error-csv = cannot make the CSV: { $reason }
cli-error-write-file = cannot write { $path }: { $reason }
cli-error-write-stdout = cannot write to standard output: { $reason }
cli-error-write-stderr = cannot write to standard error: { $reason }

## The exports for people: the plan's Markdown briefing (and its calendar's name and notes),
## and a list's Markdown dossier. CSV headers and JSON keys are not translated.
export-fact = **{ $label }**: { $value }
export-plan-title = My plan: { $title }
export-plan-exported = Exported by showfloor on { $date } { $time } UTC. { $count } record(s) marked or noted.
export-plan-overlaps = Overlaps
export-plan-note-edited = my note, edited { $edited }
export-plan-kept = Kept from an earlier catalogue
export-plan-kept-why = Marked or noted, but not in this catalogue.
export-plan-kept-marked = { $id } (marked)
export-plan-my-note = My note: { $note }
export-list-only = Only those with { $filters }.
export-list-id = Id
export-list-sources = Sources: { $sources }

## --help: showfloor's description and its options (`help-OPTION`), each command's
## (`help-COMMAND-about`) and its arguments (`help-COMMAND-ARGUMENT`); `{ $kinds }` is the list
## of kinds. A line here is what `-h` shows; `…-long-about` is the longer text of `--help`.
help-about = Explore an exhibition floor from the terminal.
help-long-about = Explore an exhibition floor from the terminal: exhibitors, their systems, visiting delegations, people, organisations, countries and the schedule, cross-linked and searchable offline. With no command it opens the catalogue (the embedded BAMEX 2025 one unless --data names another).
help-data = Read the catalogue from PATH instead of the embedded BAMEX 2025 catalogue: a folder (every *.toml below it), a catalogue file, or a published file opened as it is: a schedule (frab/Pentabarf XML, c3voc JSON, iCalendar) or an exhibitor spreadsheet (CSV, XLSX, ODS), its format told by its content. Repeat to merge several
help-columns = Which spreadsheet columns hold what, where the headers are not ones showfloor knows: `name=B,stand=D,country=Pays` (a column letter, or its header). Fields: name, stand, country, website, sectors, summary, products
help-state = Keep marks and notes in FILE instead of the platform's data directory (one file per catalogue there, named after its event)
help-now = Take the time to be TIME (2025-11-13T10:00), on the event's wall clock (its `timezone`), instead of the clock's: the schedule's "now" and "next" follow it
help-keep-going = Use a catalogue that has errors: what they affect is left out (a record without an id or name, a duplicate, a field of the wrong type, a dangling reference), the errors are printed first, and the browser counts them in its header. `check` is unchanged
help-compare-to = In the browser, badge the records that are new or changed since the edition in DIR (`showfloor diff DIR NEW` lists the changes)
help-out = In the browser, write the exports of `x` (the plan) and `E` (the list) to DIR instead of the current directory. An earlier export is never replaced: the next one is numbered
help-config = Read the config from FILE instead of SHOWFLOOR_CONFIG or config.toml in the platform's config directory (`showfloor config` says where that is)
help-lang = The interface's language: en or fr. Without it, the config's `language`, then LC_ALL, LC_MESSAGES or LANG, then English
help-check-about = Check a catalogue and report every problem as PATH:LINE:COL: error: MESSAGE
help-info-about = Summarise the catalogue: the event, and how many records of each kind it holds
help-search-about = Search every record: every word must match, in any order (names first, then aliases, ids, tags, facts, linked records and summaries); fzf's operators work (see below)
help-search-query = What to look for; case and accents are ignored
help-search-kind = Only records of this kind: { $kinds } (a plural, or the start of one kind's name, works too)
help-search-limit = Show at most N results (0 for all); on a terminal, says on stderr how many it left out
help-search-filters = Only records whose FIELD has VALUE (case and accents ignored), e.g. --where country=Türkiye. Repeat a field for alternatives; different fields must all hold
help-search-json = Print JSON for programs
help-search-syntax = Query syntax (as fzf's; the same in the browser):
help-search-examples = Examples:
help-search-nothing-found = Nothing found: a message on stderr and exit status 1.
help-show-about = Show one record with all its fields, links and backlinks
help-show-id = The record's id, or a name or alias only one record has, case and accents ignored ("Bayraktar TB2", "tb2"); a country also by any of its names or its demonym ("turkey", "Turkish")
help-show-json = Print JSON for programs
help-export-about = Export your plan, or a kind's records, to Markdown, iCalendar, CSV or JSON
help-export-plan-about = The marked records (from the browser's m) with their facts, links and notes
help-export-plan-format = md: a Markdown briefing; ics: the marked schedule items as iCalendar; json
help-export-plan-format-md = A Markdown briefing
help-export-plan-format-ics = An iCalendar file of the marked schedule items
help-export-plan-format-json = JSON, for programs
help-export-plan-out = Write to FILE instead of standard output
help-export-list-about = Every record of one kind, narrowed by --where, as CSV, JSON or a Markdown dossier
help-export-list-kind = { $kinds } (a plural, or the start of one kind's name, works too)
help-export-list-filters = Only records whose FIELD has VALUE, as for `showfloor list`
help-export-list-format = csv: a column per field in a fixed order; json; md: a dossier for reading
help-export-list-format-csv = CSV: a header row, then a row per record; lists joined with "; "
help-export-list-format-json = JSON, for programs: an array of records, as `list --json` writes them
help-export-list-format-md = A Markdown dossier: each record with its facts and summary
help-export-list-out = Write to FILE instead of standard output
help-compare-about = Two to four records side by side: facts and specs aligned, units converted, differences marked with ≠
help-compare-ids = The records' ids, or names or aliases, as for `show`
help-compare-json = Print JSON for programs
help-diff-about = What changed between two editions of a catalogue: records added, removed and changed, field by field
help-diff-old = The earlier edition's directory
help-diff-new = The later edition's directory
help-diff-json = Print JSON for programs
help-list-about = List every record of one kind, sorted by name (the schedule by day and start time)
help-list-kind = { $kinds } (a plural, or the start of one kind's name, works too)
help-list-filters = Only records whose FIELD has VALUE (case and accents ignored), e.g. --where country=Türkiye. Repeat a field for alternatives; different fields must all hold
help-list-json = Print JSON for programs
help-import-about = Convert schedules (frab/Pentabarf XML, c3voc JSON, iCalendar) and exhibitor spreadsheets (CSV, XLSX, ODS) into a catalogue in DIR that `showfloor --data DIR check` passes, to extend by hand. Ids are stable: importing a later edition the same way keeps the ids of what did not change, so `showfloor diff OLD NEW` shows what the organisers changed. Nothing is written when a file has errors (unless --keep-going), and no file is replaced
help-import-files = The files to import; their formats are told by their content
help-import-out = The folder to write the catalogue in (made if missing; its parent must exist)
help-config-about = Where the config is looked for, and the config in effect (keys included)
help-config-long-about =
    Where the config is looked for, and the config in effect (keys included).

    The config sets the catalogues to open, the state file, the mouse, the theme and colours, and the keys; see `showfloor config --default` for every setting, commented.
help-config-default = Print a complete default config, commented, to copy and edit
help-config-check = Check the config: every problem as PATH:LINE:COL: error: MESSAGE, exit 1 on any
help-completions-about = Print a completion script for your shell
help-completions-long-about =
    Print a completion script for your shell.

    bash: `showfloor completions bash > ~/.local/share/bash-completion/completions/showfloor`; zsh: a file `_showfloor` in a directory on $fpath; fish: ~/.config/fish/completions/showfloor.fish.
help-completions-shell = bash, zsh, fish, elvish or powershell

## clap's own words in --help: the headings, --help, --version and the `help` command, and
## what it adds after an argument's help (written by showfloor only where these differ from
## clap's English). clap's parse errors stay in English: clap cannot translate them.
help-clap-usage = Usage:
help-clap-commands = Commands:
help-clap-arguments = Arguments:
help-clap-options = Options:
help-clap-help = Print help
help-clap-help-more = Print help (see more with '--help')
help-clap-help-summary = Print help (see a summary with '-h')
help-clap-version = Print version
help-clap-help-command = Print this message or the help of the given subcommand(s)
help-clap-help-for = Print help for the subcommand(s)
help-clap-default = default
help-clap-default-is = [default: { $values }]
help-clap-possible-values = possible values
help-clap-possible-values-are = [possible values: { $values }]
help-clap-possible-values-heading = Possible values:
help-clap-value-colon = :

### ---------------------------------------------------------------------------------------
### The config file's diagnostics (`showfloor config --check`).
### ---------------------------------------------------------------------------------------
