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

### ---------------------------------------------------------------------------------------
### The config file's diagnostics (`showfloor config --check`).
### ---------------------------------------------------------------------------------------
