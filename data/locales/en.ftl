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

## How a number writes its decimals: "0.3", « 0,3 ».
decimal-separator = { "." }

## A date in full ("Thursday 13 November 2025") and short ("Thu 13 Nov 2025").
date-long = { $weekday } { $day } { $month } { $year }
date-short = { $weekday } { $day } { $month } { $year }

### ---------------------------------------------------------------------------------------
### The browser: panes, titles, the status bar, help, the keys' descriptions, notices.
### ---------------------------------------------------------------------------------------

## The keys: what each action does (help), its short word (the status bar), the contexts' headings,
## and what a key does in one context where it says more than its action.
action-quit = quit
action-up = move up
action-down = move down
action-page-up = page up
action-page-down = page down
action-top = go to the top
action-bottom = go to the bottom
action-focus-next = next pane
action-focus-prev = previous pane
action-open = open / follow
action-leave = back a level
action-history-back = history back
action-history-forward = history forward
action-open-search = search everything
action-open-filter = filter this list
action-toggle-help = help
action-close = close / clear filter
action-accept = accept
action-insert = type
action-paste = paste
action-delete-back = delete back
action-delete-forward = delete forward
action-delete-word = delete word
action-clear-input = clear input
action-cursor-left = cursor left
action-cursor-right = cursor right
action-cursor-start = cursor to start
action-cursor-end = cursor to end
action-click = select / follow
action-scroll = scroll
action-toggle-mark = mark / unmark
action-open-note = write a note
action-export-plan = export the plan (Markdown, iCalendar, JSON)
action-import-plan = merge in a plan exported on another device or by a colleague (asks for its file)
action-spatial = to the nearest stand that way
action-zoom-in = zoom in
action-zoom-out = zoom out
action-show-on-floor = show the company's stand on the floor plan
action-suspend = suspend to the shell (fg to come back)
action-open-facets = narrow the list by country, sector, maker… (facets)
action-toggle-facet = choose the value or drop it
action-clear-facets = clear every facet
action-copy-record = copy the record's id and name to the clipboard (OSC 52, works over SSH)
action-export-list = export this list, as filtered, to CSV and Markdown
action-toggle-compare = add the record to the compare tray, or take it out
action-open-compare = compare the records in the tray side by side
action-empty-tray = empty the compare tray
hint-open = open
hint-leave = back
hint-open-search = search
hint-open-filter = filter
hint-focus-next = pane
hint-history-back = history
hint-close = close
hint-accept = open
hint-toggle-mark = mark
hint-open-note = note
hint-export-plan = export plan
hint-spatial = move
hint-show-on-floor = stand
hint-open-facets = facets
hint-toggle-facet = choose
hint-clear-facets = clear facets
hint-copy-record = copy
hint-export-list = export list
hint-toggle-compare = tray
hint-open-compare = compare
hint-empty-tray = empty tray
hint-up = move
hint-down = move
context-anywhere = Anywhere
context-browsing = Browsing (any pane)
context-kinds = Kinds pane
context-list = List pane
context-detail = Detail pane
context-search = Search (/)
context-filter = List filter (f)
context-help = Help (?)
context-note = Note editor (n)
context-floor = Floor plan
context-facets = Facets (F)
context-compare = Compare (C)
context-import-plan = Importing a plan (I)
key-clear-list-filter = clear the list filter
key-next-kind = next kind
key-previous-kind = previous kind
key-open-list = open the list
key-next-record = next record
key-previous-record = previous record
key-open-record = open the record
key-back-kinds = back to the kinds
key-mark-unmark-record = mark or unmark the record
key-write-note-record = write a note on the record
key-next-link = next link
key-previous-link = previous link
key-follow-link = follow the link
key-back-list = back to the list
key-stand-right = the stand to the right
key-stand-above = the stand above
key-stand-below = the stand below
key-open-exhibitor = open the exhibitor
key-mark-unmark-stands-exhibitor = mark or unmark the stand's exhibitor
key-write-note-stands-exhibitor = write a note on the stand's exhibitor
key-open-result = open the result
key-close-changing-nothing = close, changing nothing
key-next-result = next result
key-previous-result = previous result
key-mark-unmark-result = mark or unmark the result
key-keep-filter = keep the filter
key-import-this-file = merge the plan in this file
key-import-nothing = import nothing
key-type-path = type the file's path (~/ for your home folder)
key-clear-filter = clear the filter
key-next-value = next value
key-previous-value = previous value
key-close-panel-keeping-choices = close the panel, keeping the choices
key-close-comparison = close the comparison
key-scroll-down = scroll down
key-scroll-up = scroll up
key-close-help = close help
key-edit-note = edit the note
key-mark-unmark-this-record = mark or unmark this record
key-write-note-this-record = write a note on this record
key-save-note-and-close = save the note and close (an empty note is deleted)
key-stand-left = the stand to the left (at the edge, back to the kinds)
key-show-stand-on-floor = show the company's stand on the floor plan
key-type-query = type the query
key-type-to-narrow = type to narrow the list
key-type = type
key-nothing = nothing (freed by the config)
hint-word-keep = keep
hint-word-clear = clear
hint-word-save = save

## The header, the help overlay's frame, the loading screen, a terminal too small.
ui-header-errors = { $count ->
    [one] { $count } error
   *[other] { $count } errors
}
ui-help-title = Keys — Esc closes
ui-loading-indexing = building the search index
ui-loading-reading = reading the catalogue
ui-loading-progress = { $parsed } of { $total } files · { $records } records · { $seconds } s
ui-too-small = too small for showfloor: need { $width }×{ $height }

## The panes' and overlays' titles.
ui-compare-title = Compare { $count } ─ ≠ differs ─ Esc closes
ui-detail-title = Detail
ui-preview-title = Preview: { $kind }
ui-rows-shown = { $first }–{ $last } of { $total }
ui-facets-title = Facets — { $shown } of { $total } ─ Space chooses
ui-facets-counting = counting the values of every facet…
ui-facets-none = no facets here
ui-floor-zoom = zoom ×{ $times }
ui-floor-title = Floor plan
ui-floor-none = No floor plan: this catalogue names no halls or stands, and showfloor does not invent them.
ui-note-title = Note on { $name } — Esc saves

## The kinds and list panes.
ui-kinds-title = Kinds
ui-badge-new = NEW
ui-badge-changed = CHANGED
ui-badge-now = now
ui-badge-today = today
ui-badge-next = next
ui-badge-demo = DEMO
ui-list-empty-title = Empty
ui-shown-of-total = { $shown } of { $total }
ui-zone-time = { $zone } time
ui-list-nothing = nothing here
ui-list-no-match = nothing matches the filter
ui-filter-prompt = filter:

## The search box.
ui-search-title = Search everything
ui-search-records = records
ui-search-pending = searching… ({ $found } of { $total } { $noun } so far)
ui-search-count = { $found } of { $total } { $noun }
ui-search-note = note: { $note }
ui-search-no-match = no match

## A record's page.
detail-more = … and { $size } more (showfloor show { $id } prints it all)
detail-bytes = { $count } bytes
detail-kilobytes = { $count } KB
detail-megabytes = { $count } MB
detail-confidence-low = low confidence
detail-confidence-medium = medium confidence
detail-confidence-high = high confidence
value-confidence-low = low
value-confidence-medium = medium
value-confidence-high = high
detail-as-of = as of { $date }
detail-your-note = Your note
detail-edited = edited { $time }
detail-links = Links
detail-referenced-by = Referenced by
detail-no-backlinks = nothing refers to this record
detail-made-here = Made here
detail-systems-by = Systems by { $maker }
detail-defined-at = defined at { $place }

## My plan, and what the browser says after a key.
ui-shelf-plan = My plan
ui-plan-overlaps = overlaps { $names }
ui-plan-stand = stand { $stand }
ui-saved-now = your marks and notes are saved now
ui-marked = marked { $name }
ui-unmarked = unmarked { $name }
ui-paste-cut = pasted text cut to the line's { $limit } characters
ui-stand-shared = this stand has { $count } exhibitors: Enter lists them, to mark or note one
ui-note-saved = note saved
ui-note-deleted = note deleted
ui-note-empty = empty note not kept
ui-no-facets = this list has no facets to narrow it by
ui-copied = copied “{ $text }” to the clipboard
ui-compare-needs-two = put two records or more in the compare tray (c) first
ui-export-one-kind = only a list of one kind can be exported (x exports My plan)
ui-no-stand = { $name } has no stand on the floor plan
ui-stand-not-drawn = { $name } is at stand { $stand }, but this catalogue has no floor plan to show it on
ui-stand-empty = nobody is listed on this stand
ui-no-link-chosen = no link chosen yet: ↓ moves to the first one
ui-no-link = no link to follow here
ui-history-oldest = already at the oldest page
ui-history-newest = already at the newest page
ui-tray-emptied = the compare tray is empty
ui-tray-out = { $name } taken out of the compare tray ({ $count } in it)
ui-tray-full = the compare tray holds { $max } records; take one out (c on it) first
ui-tray-in = { $name } added to the compare tray ({ $count } of { $max }; C compares)

## What the search box takes (help, `showfloor search --help`, the README): what to type, and what it does.
syntax-title = Search words (search box, list filter, showfloor search)
syntax-words-typed = w1 w2
syntax-words = every word must match, in any order, anywhere in the record
syntax-exact-typed = 'word
syntax-exact = the word exactly as typed: no letters scattered through a name
syntax-prefix-typed = ^word
syntax-prefix = a value (a name, alias, tag…) starts with the word
syntax-suffix-typed = word$
syntax-suffix = a value ends with the word
syntax-whole-typed = ^word$
syntax-whole = a value is exactly the word
syntax-not-typed = !word
syntax-not = leave out records that hold the word (!^word, !word$ too)
syntax-or-typed = a | b
syntax-or = either word matches
syntax-space-typed = a\ b
syntax-space = a space inside one word
syntax-kind-typed = sys: kar
syntax-kind = one kind only, in the search box (--kind in the CLI)
example-any-order = Abdoulaye Maïga: words in any order, accents ignored
example-demonym = the drones made in Türkiye: a demonym and a kind of thing
example-not = the drones but the Kargu
example-prefix = names, aliases, tags… that start with "bay"
example-or = either

## Interest shown in a company or a country through what it makes.
detail-interest-shown = Delegations interested
detail-interest-made-here = Delegations interested in what is made here
detail-interest-via = via { $names }
detail-interest-direct = directly
detail-interest-direct-and-via = directly and via { $names }

## The line asking for a plan file to import (I).
ui-import-plan-prompt = Import a plan from:
ui-import-plan-empty = type the path of a plan exported as JSON, or Esc

## The relationship view (r): a record's links in both directions, and theirs, drawn as a tree.
## → : the record above names this one in the field; ← : this one names the record above.
action-open-graph = show the record's relationships: what it names and what names it, 1 to 3 links away
action-graph-deeper = one link further (up to 3)
action-graph-shallower = one link nearer (down to 1)
hint-open-graph = relationships
hint-graph-deeper = depth
hint-graph-shallower = depth
context-graph = Relationships (r)
key-any-char = letters
key-any-key = other keys
key-graph-next = next row
key-graph-previous = previous row
key-graph-open = open the record (on a count, the record it is under)
key-close-graph = close the relationships
ui-graph-title = Relationships of { $name } ─ depth { $depth } of { $max } ─ +/- depth ─ Esc closes
ui-graph-trail = { $name } (relationships)
ui-graph-shown-above = shown above
ui-graph-shown-below = shown below
ui-graph-deepest = already { $max } links away, the furthest the view goes
ui-graph-nearest = already 1 link away, the nearest the view goes
ui-graph-nothing = no record here to show the relationships of
graph-interest-via-products = through what it makes
graph-folded = + { $count } { $count ->
    [one] { $kind }
   *[other] { $kinds }
}

### ---------------------------------------------------------------------------------------
### The browser's notices from the terminal layer (saving, exports, loading), the features
### (compare, diff, facets, floor, plan) and the state file.
### ---------------------------------------------------------------------------------------

## What failed, and what it was doing: the system's reason follows, in its own words. French puts the preposition in the doing (« de dessiner », « d’écrire »).
error-cannot = cannot { $doing }: { $reason }
error-cannot-path = cannot { $doing } { $path }: { $reason }
doing-set-up-terminal = set up the terminal
doing-read-keyboard = start reading the keyboard
doing-draw = draw the screen
doing-suspend = suspend to the shell
doing-read-size = read the terminal's size
doing-copy = copy to the clipboard
doing-write = write
doing-create-in = create a file in
doing-create-folder = create the folder
doing-start-input = start the input thread

## What stands where a file was expected.
file-kind-directory = a directory
file-kind-fifo = a FIFO
file-kind-char-device = a character device
file-kind-block-device = a block device
file-kind-socket = a socket
file-kind-other = a special file
file-is-not-regular = it is { $what }, not a regular file
file-path-not-regular = { $path } is not a regular file

## The state file: marks and notes.
state-cannot-save = cannot save { $path }: { $reason }
state-cannot-read = cannot read { $path }: { $reason }
state-not-regular = { $path } is { $what }, not a regular file: marks and notes are kept only in a regular file (--state /dev/null saves nothing)
state-locked = { $path } is locked by another session
state-no-folder = cannot save { $path }: the folder { $folder } does not exist (only the file is made)
state-too-large = it is larger than { $mib } MiB
state-newer = it was written by a newer showfloor (state version { $version })
state-unparsable = it could not be read ({ $reason })
state-moved-aside = Your saved marks and notes file was moved to { $path } because { $problem }; starting afresh.
state-moved-aside-on-save = The marks and notes file on disk was moved to { $path } because { $problem }; this session's marks and notes are saved in its place.
state-session-only = --state { $path }: marks and notes are kept for this session only, not saved
state-cannot-encode = cannot write the marks and notes as TOML: { $reason }

## What the browser says about saving, exports and the session.
notice-change-waiting = change waiting: { $why }; it is saved when the lock is let go
notice-not-saved = your last change is not saved: { $why }
notice-state-busy = the state file is busy
notice-quit-waits = your last change is not saved yet ({ $why }): wait, or x to export the plan, or quit again to leave it in a copy beside { $path }
notice-draft-saved = the note being written on `{ $record }` was saved
notice-draft-aside = the note being written could not be saved ({ $reason }); it is in { $path }
notice-plan-exported = plan exported to { $path } (and .ics, .json)
ui-plan-empty-export = nothing to export yet: m marks a record and n writes a note on it, and x exports them
notice-list-one-kind = only a list of one kind can be exported
notice-list-match = a match for "{ $text }"
notice-list-cannot-export = cannot export the list: { $reason }
notice-list-exported = { $count ->
        [one] { $count } record exported to { $path } (and .md)
       *[other] { $count } records exported to { $path } (and .md)
    }
notice-compare-broken = { $errors ->
        [one] cannot compare with { $path }: it has { $errors } error (showfloor --data { $path } check)
       *[other] cannot compare with { $path }: it has { $errors } errors (showfloor --data { $path } check)
    }
notice-compared = compared with { $path }: { $added } new, { $changed } changed, { $removed } removed (showfloor diff lists them)
notice-no-data-directory = no data directory (use --state FILE)
notice-not-kept = { $why }: marks and notes will not be saved
notice-kept-elsewhere = { $count ->
        [one] { $count } marked or noted record is not in this catalogue; it is kept and listed when you export the plan{ $key }
       *[other] { $count } marked or noted records are not in this catalogue; they are kept and listed when you export the plan{ $key }
    }
notice-needs-terminal = the browser needs a terminal, and standard input or output is not one
notice-dumb-terminal = the browser cannot draw on a dumb terminal (TERM=dumb)

## Filters (--where FIELD=VALUE, the facets) and the time given with --now.
facet-malformed = `{ $given }` is not FIELD=VALUE (for example country=Türkiye)
facet-unknown-field = cannot filter { $kinds } by `{ $field }`{ $suggestion }; the fields to filter by are { $known }
facet-unknown-value = no { $kind } has `{ $value }` as its { $field }{ $suggestion }; the values are { $known }
facet-any-record = record
facet-or = { " or " }
now-malformed = `{ $text }` is not a date and time like 2025-11-13T10:00

## Editions: what changed since the earlier edition --compare-to names.
edition-change = { $field }: { $old } → { $new }
edition-changed-since = Changed since { $edition }
edition-removed-since = Removed since { $edition }
edition-removed-page = removed since { $edition }: this page is the record as it stood there, read-only
edition-removed-not-here = { $name } was removed since { $edition }: its page is there to read, and nothing else of it is here to act on
edition-facet = Edition
edition-facet-new = new
edition-facet-changed = changed
facet-edition-needs-compare = `{ $given }` compares with an earlier edition: name its directory with --compare-to DIR

## What the browser says as it starts, and after a change no state file can keep.
notice-catalogue-errors = { $errors ->
        [one] { $errors } error in the catalogue: what it affects is left out (showfloor check lists it)
       *[other] { $errors } errors in the catalogue: what they affect is left out (showfloor check lists them)
    }
notice-search-on-this-thread = searching without a background thread ({ $reason })
notice-said-not-saved = { $said } — not saved: { $why }

## Plans that travel: showfloor plan import, and the browser's import of a plan.
plan-import-json = not a plan's JSON: { $reason }
plan-import-not-utf8 = not a plan: the file is not UTF-8 text
plan-import-not-a-plan = not a plan exported by showfloor (it has no "format": "{ $format }"); export one with x in the browser or showfloor export plan --format json
plan-import-newer = a plan of a newer showfloor (format version { $version }; this one reads up to { $ours })
plan-import-other-catalogue = a plan of the catalogue `{ $theirs }`, not of this one (`{ $ours }`): open that catalogue with --data to import it
plan-import-note-from = — from { $source }, written { $edited } —
plan-import-not-here = (not in this catalogue)
plan-change-marked = marked
plan-change-note-added = note taken
plan-change-note-extended = note continued
plan-change-note-joined = both notes kept
plan-import-nothing = { $file }: nothing to merge, every mark and note is here already
plan-import-dry-run = { $changes ->
        [one] { $file }: { $changes } change would be merged (--dry-run: nothing written)
       *[other] { $file }: { $changes } changes would be merged (--dry-run: nothing written)
    }
plan-import-done = { $changes ->
        [one] { $file }: { $changes } change merged
       *[other] { $file }: { $changes } changes merged
    }
plan-import-kept = { $count ->
        [one] { $count } record of the plan is not in this catalogue: it is kept, and listed when you export the plan
       *[other] { $count } records of the plan are not in this catalogue: they are kept, and listed when you export the plan
    }

## A folder given to plan import.
plan-import-folder = a folder; plan import reads one plan file, as exported in JSON

### ---------------------------------------------------------------------------------------
### The record's fields and kinds, as the browser and the command line name them.
### ---------------------------------------------------------------------------------------

## The fields, as a record's page, comparisons and the command line label them.
field-id = Id
field-name = Name
field-aliases = Also known as
field-summary = Summary
field-tags = Tags
field-sources = Sources
field-confidence = Confidence
field-as-of = As of
field-related = Related
field-venue = Venue
field-city = City
field-start-date = Opens
field-end-date = Closes
field-time-zone = Time zone
field-figures = Figures
field-schedule = Schedule
field-event = Event
field-day = Day
field-end-day = Until
field-start-time = Starts
field-end-time = Ends
field-place = Place
field-demo = Demo
field-subtitle = Subtitle
field-language = Language
field-speakers = Speakers
field-country = Country
field-sectors = Sectors
field-stand = Stand
field-website = Website
field-maker = Maker
field-category = Category
field-domain = Domain
field-specs = Specs
field-operators = Operators
field-head = Head
field-members = Members
field-interests = Interests
field-role = Role
field-affiliation = Affiliation
field-member-states = Member states
field-area = Area
field-width = Width
field-depth = Depth
field-stands = Stands
field-hall = Hall
field-label = Label
field-x = From left
field-y = From front
field-companies = Exhibitors

## How a record reads beside its name, and its values on one line.
describe-catalogue = catalogue
describe-more-events = { $name } (+{ $count } more)
describe-head = head: { $name }
describe-demo = demo
describe-until = until { $end }
describe-from = from { $start }
describe-times-overnight = { $start }–{ $end } next day
describe-next-day = { $time } next day
describe-all-day = all day
describe-no-references = no references
describe-yes = yes
describe-no = no

## A kind that cannot be read, and the name a search result matched.
kind-error-unknown = unknown kind `{ $given }`{ $suggestion }; the kinds are { $kinds }
kind-error-ambiguous = { $given }: could mean { $kinds } — type more letters
did-you-mean = (did you mean `{ $guess }`?)
search-aka = aka { $alias }

## The kinds of record: one, and more than one.
kind-event = Event
kind-schedule-item = Schedule item
kind-company = Company
kind-system = System
kind-delegation = Delegation
kind-person = Person
kind-organisation = Organisation
kind-country = Country
kind-hall = Hall
kind-stand = Stand
kinds-event = Events
kinds-schedule-item = Schedule
kinds-company = Companies
kinds-system = Systems
kinds-delegation = Delegations
kinds-person = People
kinds-organisation = Organisations
kinds-country = Countries
kinds-hall = Halls
kinds-stand = Stands

### ---------------------------------------------------------------------------------------
### The command line: commands' output and errors, --help, the exports' headings.
### ---------------------------------------------------------------------------------------

## What the commands say on standard error: `error: …`, `warning: …`, `note: …`.
cli-error = error: { $message }
cli-warning = warning: { $message }
cli-note = note: { $message }

## showfloor check, and a catalogue with errors.
cli-checked = checked { $files ->
        [one] { $files } file
       *[other] { $files } files
    }, { $records ->
        [one] { $records } record
       *[other] { $records } records
    }: { $errors ->
        [one] { $errors } error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] { $warnings } warning
       *[other] { $warnings } warnings
    }
cli-keep-going = going on without what these { $errors ->
        [one] { $errors } error
       *[other] { $errors } errors
    } leave out (--keep-going)

## The config, as the commands and `showfloor config` speak of it.
cli-config-problems = the config has { $count ->
        [one] { $count } problem
       *[other] { $count } problems
    }; the settings they touch keep their defaults
cli-config-notice = the config has { $count ->
        [one] { $count } problem
       *[other] { $count } problems
    }, the first at { $line }:{ $column }; the settings they touch keep their defaults (showfloor config --check lists them)
cli-config-no-directory = no config directory on this system; name a config with --config FILE
cli-config-checked = checked { $path }: { $count ->
        [one] { $count } problem
       *[other] { $count } problems
    }
cli-config-looked-for = # The config is looked for with --config FILE, then $SHOWFLOOR_CONFIG, then config.toml
cli-config-read = # in the platform's config directory. Read now: { $path } ({ $why }).
cli-config-read-none = # in the platform's config directory. Read now: { $path } ({ $why }): no config, the defaults apply.
cli-config-read-missing = # in the platform's config directory. Read now: { $path } ({ $why }), not there: the defaults apply.
cli-config-why-directory = the config directory
cli-config-in-effect = # In effect:
cli-config-in-effect-defaults = # In effect (the config has problems: the defaults):

## A bare `showfloor`: the browser, and why it could not open or how it ended.
cli-out-before-command = --out { $dir } before the command sets the browser's export folder; give `export` or `import` its own --out after the command
cli-compare-to-not-here = --compare-to is read by show, list, search and export list (and the browser); this command has no use for it
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
cli-show-removed = { $id } was removed since { $edition }: this is the record as it stood there
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
cli-import-errors = nothing written: { $errors ->
        [one] { $errors } error
       *[other] { $errors } errors
    } above; fix them, or add --keep-going to write what could be read
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
cli-error-broken-catalogue = the catalogue has { $errors ->
        [one] { $errors } error
       *[other] { $errors } errors
    }, each printed above; fix them, or add --keep-going to use it without what they leave out
cli-error-nothing-read = not one record could be read, so there is nothing to go on with: fix the errors above
cli-error-no-state-file = no data directory to find your plan in; name the state file with --state FILE
cli-error-missing-state-file = no state file at { $path }: check the path given to --state (nothing was exported)
cli-error-no-match = nothing matches `{ $query }`
cli-error-no-match-words = nothing matches `{ $query }`; every word must match somewhere in a record: try fewer words
cli-error-no-match-filtered = nothing matches `{ $query }` with those --where filters ({ $found } match without them)
cli-error-nothing-left = no { $kind } matches all of { $filters } together; each matches some alone
cli-error-none-has = no { $kind } has { $filters }
cli-error-nothing-left-together = no { $kind } matches all of { $filters } together
cli-error-csv = cannot make the CSV: { $reason }
cli-error-write-file = cannot write { $path }: { $reason }
cli-error-write-stdout = cannot write to standard output: { $reason }
cli-error-write-stderr = cannot write to standard error: { $reason }

## The exports for people: the plan's Markdown briefing (and its calendar's name and notes),
## and a list's Markdown dossier. CSV headers and JSON keys are not translated.
export-fact = **{ $label }**: { $value }
export-plan-title = My plan: { $title }
export-plan-exported = Exported by showfloor on { $date } { $time } UTC. { $count ->
        [one] { $count } record
       *[other] { $count } records
    } marked or noted.
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
help-compare-to = Compare with the earlier edition in DIR: the browser badges what is new or changed, shows what changed on a record's page and lists what was removed; `show` says what changed; `--where edition=new` or `edition=changed` narrows `list`, `search` and `export list` (`showfloor diff DIR NEW` lists every change)
help-out = In the browser, write the exports of `x` (the plan) and `E` (the list) to DIR instead of the current directory. An earlier export is never replaced: the next one is numbered
help-config = Read the config from FILE instead of SHOWFLOOR_CONFIG or config.toml in the platform's config directory (`showfloor config` says where that is)
help-lang = The interface's language: en or fr. Without it, the config's `language`, then LC_ALL, LC_MESSAGES or LANG, then English
help-check-about = Check a catalogue and report every problem as PATH:LINE:COL: error: MESSAGE
help-info-about = Summarise the catalogue: the event, and how many records of each kind it holds
help-check-json = Print JSON for programs
help-info-json = Print JSON for programs
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
help-plan-about = Merge a plan exported on another device or by a colleague into yours
help-plan-import-about = Merge FILE, a plan exported as JSON (the browser's x, or export plan --format json), into your marks and notes: marks are added, a new note is taken, and where both sides wrote a different note both texts are kept. Importing the same file again changes nothing
help-plan-import-file = The plan to merge, as exported in JSON
help-plan-import-dry-run = Say what would change, and write nothing
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

## clap's parse errors, said in the interface's language (cli/parse_error.rs).
cli-parse-unexpected = unexpected argument '{ $arg }' found
cli-parse-tip-arg = tip: a similar argument exists: '{ $suggestion }'
cli-parse-unknown-command = unrecognized subcommand '{ $command }'
cli-parse-tip-command = tip: a similar subcommand exists: '{ $suggestion }'
cli-parse-invalid-value = invalid value '{ $value }' for '{ $arg }'
cli-parse-no-value = a value is required for '{ $arg }' but none was supplied
cli-parse-possible = [possible values: { $values }]
cli-parse-invalid-value-because = invalid value '{ $value }' for '{ $arg }': { $reason }
cli-parse-missing = the following required arguments were not provided: { $args }
cli-parse-too-many = unexpected value '{ $value }' for '{ $arg }' found; no more were expected
cli-parse-too-few = { $wanted } values required by '{ $arg }'; only { $given ->
        [one] { $given } was provided
       *[other] { $given } were provided
    }
cli-parse-more = For more information, try '--help'.
cli-parse-out-of-range = { $value } is not a number from { $min } to { $max }

### ---------------------------------------------------------------------------------------
### The config file's diagnostics (`showfloor config --check`).
### ---------------------------------------------------------------------------------------
## Words in backticks, `[keys.…]` and quoted keys are the config's own words: they stay as the
## file writes them. `{ $names }` and the like are lists of such words.

## The file itself: where it is, what it is, how it reads.
config-no-such-file = no such file (named by { $flag })
config-cannot-read = cannot read it: { $error }
config-not-a-file = { $kind ->
        [directory] a directory
        [fifo] a FIFO
        [char-device] a character device
        [block-device] a block device
        [socket] a socket
       *[other] not a regular file
    }, not a config file
config-changed-while-read = not a regular file any more (it changed while it was read)
config-too-large = the config is over { $mib } MiB; a config is a few kilobytes
config-not-utf8 = the file is not UTF-8 text
## A TOML syntax error: `{ $error }` is the TOML parser's own text, `{ $source }` the file's.
config-toml-syntax = TOML syntax: { $error }
config-toml-syntax-at = TOML syntax: { $error } (at `{ $source }`)
config-toml-too-deep = TOML syntax: a key of more than { $parts } parts is nested too deep{ $more ->
        [0] {""}
       *[other] {" "}(and { $more } more keys after it)
    }
## Past a hundred problems, the rest are counted.
config-more-problems = and { $count ->
        [one] { $count } more problem
       *[other] { $count } more problems
    }; fix these first

## The settings.
config-data-not-paths = `data` is a path or a list of paths
config-data-not-string = `data` lists paths, as strings
config-data-empty = an empty path: name a catalogue folder or file
config-data-missing = no such catalogue folder or file: { $path }
config-state-empty = an empty path: name the state file
config-state-not-string = `state` is a path, as a string
config-mouse-not-bool = `mouse` is true or false
config-language-unknown = `{ $language }` is not a language showfloor has (it has { $languages })
config-language-not-string = `language` is a language code, as a string

## A name the config does not know: `{ $hint }` is config-did-you-mean, or nothing when no
## name is close.
config-did-you-mean = {" "}(did you mean `{ $guess }`?)
config-unknown-key = unknown key `{ $word }`{ $hint }; the keys are { $names }
config-unknown-key-table = unknown key table `{ $word }`{ $hint }; the key tables are { $names }
config-unknown-preset = unknown preset `{ $word }`{ $hint }; the presets are { $names }
config-unknown-theme = unknown theme `{ $word }`{ $hint }; the themes are { $names }
config-unknown-role = unknown role `{ $word }`{ $hint }; the roles are { $names }
config-unknown-action = unknown action `{ $word }`{ $hint }; in [keys.{ $table }] the actions are { $names }, or `none` to free the key

## The keys.
config-keys-not-table = `keys` is a table: write `[keys]`
config-preset-not-string = `preset` is a name: { $names }
config-key-table-not-table = `keys.{ $table }` is a table of "KEY" = "ACTION": write `[keys.{ $table }]`
config-key-sequence-too-long = `{ $key }`: a sequence is at most { $max } keys
config-key-not-sequence = `{ $key }` is not a key sequence
config-key-control = `{ $char }` is a control character, not a key name
config-key-unknown = `{ $key }` is not a key: write a character (`j`, `G`, `?`), a named key ({ $names }, `f1`…`f12`), either after `ctrl-` or `alt-`
config-key-twice = the key `{ $key }` is bound in [keys.{ $table }] at line { $line }, column { $column } already; one key does one thing in a context
config-action-not-string = an action is a name, as a string (`"down"`), or `"none"`
config-action-elsewhere = `{ $action }` does nothing in [keys.{ $table }]; it applies in { $tables }
config-sequence-shadowed = `{ $first }` alone does something in [keys.{ $table }], so the sequence could never be typed; free it first with "{ $first }" = "none"
config-sequence-starts-with-letter = in [keys.{ $table }] letters type, so a sequence cannot start with one; start it with ctrl- or alt-
config-sequences-begin-alike = `{ $key }` and `{ $other }` in [keys.{ $table }] begin alike, so the longer could never be typed
config-key-hidden-by-anywhere = `{ $key }` is bound in [keys.anywhere], which is looked up first, so this binding in [keys.{ $table }] would never act

## The colours.
config-theme-not-string = `theme` is a name: { $names }
config-colors-not-table = `colors` is a table: write `[colors]`
config-role-not-string = `{ $role }` is a style, as a string (`"yellow bold"`)
config-style-empty = an empty style: write one (`"yellow bold"`), or `"none"` for plain text
config-style-on-without-colour = `{ $style }`: `on` is followed by a colour
config-style-two-backgrounds = `{ $style }` has two backgrounds
config-style-two-colours = `{ $style }` has two colours; a second one is a background after `on`
config-style-unknown-word = `{ $word }` is not a colour or a style: colours are { $colours }, 0–255 or #rrggbb, `on COLOUR` a background; styles are { $styles }
config-style-unknown-word-in = `{ $word }` in `{ $style }` is not a colour or a style: colours are { $colours }, 0–255 or #rrggbb, `on COLOUR` a background; styles are { $styles }

## The comments of `showfloor config --default`, each one paragraph (the program wraps it
## and starts each line with `#`); the settings' names and values stay as TOML has them.
config-default-intro = showfloor's config. Every setting below is the default unless you changed it: delete what you do not change. `showfloor config` says where the file goes; `showfloor config --check` checks it.
config-default-data = The catalogues to open when --data names none: folders, catalogue files or a show's published files (paths from this file's folder, or from ~/ for your home).
config-default-state = Where marks and notes are kept (the default is one file per catalogue in the platform's data directory).
config-default-mouse = Mouse clicks and the wheel in the browser (off: the terminal selects text).
config-default-language-unset = The interface's language: { $languages }; unset, LC_ALL, LC_MESSAGES or LANG decide (--lang wins).
config-default-language = The interface's language: { $languages } (--lang wins).
config-default-colors = The colours: a built-in theme ({ $themes }), then a style for any role below: a colour (a named ANSI one, which follows the terminal's palette; 0-255; or #rrggbb), `on` and a background, and bold, dim, italic, underline, reverse, strike. NO_COLOR still wins.
config-default-keys = Start from a preset: { $presets }. The tables below change it: "KEY" = "ACTION", or "none" to free a key. Keys: a character ("j", "G"), a named key ("enter", "esc", "tab", "up", "pgdn", "space", "f1"…), either after "ctrl-" or "alt-".
config-default-other-keys = other keys: { $what }

### ---------------------------------------------------------------------------------------
### The catalogue's diagnostics (`showfloor check`, and every command that loads one): each
### is the MESSAGE of `PATH:LINE:COL: error: MESSAGE` (`error:` and `warning:` stay as they
### are, for the editors and CI that read them).
### ---------------------------------------------------------------------------------------
## Words in backticks are the catalogue's own (fields, ids, keys, values as written), as are
## the kinds' names (`company`, `system`…) and paths: they stay as the files write them.
## `{ $hint }` is catalog-did-you-mean, or nothing when no word is close.
catalog-did-you-mean = ; did you mean `{ $guess }`?

## A TOML syntax error: `{ $error }` is the TOML parser's own text, `{ $source }` the file's.
catalog-toml-syntax = TOML syntax: { $error }
catalog-toml-syntax-at = TOML syntax: { $error } (at `{ $source }`)
catalog-toml-too-deep = TOML syntax: a key of more than { $parts } parts is nested too deep{ $more ->
        [0] {""}
       *[other] {" "}(and { $more } more keys after it)
    }

## A file's bytes, and the values TOML has, as "found …" names them.
catalog-not-utf8 = invalid UTF-8 (byte 0x{ $byte }): catalogue files must be UTF-8
catalog-found-string = a string
catalog-found-integer = an integer
catalog-found-float = a float
catalog-found-boolean = a boolean
catalog-found-date = a date
catalog-found-time = a time
catalog-found-date-time = a date-time
catalog-found-array = an array
catalog-found-table = a table

## What a field's value must be, as "must be …" names it.
catalog-type-text = a string
catalog-type-url = a web address (a string starting with https:// or http://)
catalog-type-text-list = an array of strings
catalog-type-date = a date like 2025-11-11 (a TOML date, not in quotes)
catalog-type-time = a time like 09:30 (a TOML time, not in quotes)
catalog-type-bool = true or false
catalog-type-time-zone = an IANA time zone name like Africa/Bamako (a string)
catalog-type-choice = one of a fixed set of words (a string)
catalog-type-count = a whole number, zero or more
catalog-type-ref = an id (a string)
catalog-type-ref-list = an array of ids
catalog-type-country = a country name (a string)
catalog-type-specs = a table of strings, numbers or booleans
catalog-type-children = an array of tables
catalog-type-parent = nothing: it is set by the loader

## The records' tables: kinds, fields, ids and names. `{ $kind }` is a kind's name
## (`company`), `{ $expected }` a list of the words there are.
catalog-unknown-kind = unknown kind `{ $name }`, expected one of { $expected }{ $hint }
catalog-entry-not-table = each `{ $name }` entry must be a table, found { $found }
catalog-table-not-array = `{ $name }` must be an array of tables: write [[{ $name }]], not [{ $name }]
catalog-kind-not-array = `{ $name }` must be an array of tables ([[{ $name }]]), found { $found }
catalog-missing-field = { $kind } is missing required field `{ $key }`
catalog-unknown-field = unknown field `{ $key }` in { $kind }, expected one of { $expected }{ $hint }
catalog-stand-label-no-id = stand label `{ $label }` needs letters or digits to make an id from
catalog-invalid-id = invalid id `{ $id }`: { $problem }{ $example }
catalog-id-example = {" "}(for example `{ $suggestion }`)
catalog-id-empty = ids must not be empty
catalog-id-characters = ids use only lower-case ASCII letters, digits and `-`
catalog-name-empty = `name` must not be empty
catalog-country-name-table = a country's `name` is one string (the country table knows its other names; add more as `aliases`)

## A field's value: `{ $expected }` is one of catalog-type-…, `{ $found }` of catalog-found-….
catalog-wrong-type = `{ $field }` must be { $expected }, found { $found }
catalog-wrong-type-quoted = `{ $field }` must be { $expected }, found { $found }: remove the quotes ({ $field } = { $value })
catalog-entry-not-string = every entry of `{ $field }` must be a string, found { $found }
catalog-not-web-address = `{ $field }` should be a web address starting with https:// or http://
catalog-empty-alias = empty alias: write the other name, or remove it
catalog-not-a-choice = `{ $field }` must be one of { $choices }
catalog-unknown-time-zone = unknown time zone `{ $name }`{ $hint }
catalog-time-zone-example = {" "}(write an IANA name like `Africa/Bamako`)
catalog-count-range = `{ $field }` must be a whole number from 0 to { $max }
catalog-spec-too-large = `{ $field }.{ $key }` is too large for a 64-bit integer
catalog-spec-not-number = `{ $field }.{ $key }` is not a number
catalog-spec-wrong-type = `{ $field }.{ $key }` must be a string, number or boolean, found { $found }

## Text in several languages (`summary.en`, `summary.fr`).
catalog-language-code = `{ $field }.{ $code }`: { $problem }
catalog-language-not-string = `{ $field }.{ $code }` must be a string, found { $found }
catalog-no-language = `{ $field }` names no language: write `{ $field } = "…"`, or its text by language (`{ $field }.en = "…"`, `{ $field }.fr = "…"`)
catalog-language-code-lowercase = write the language code in lowercase: `{ $code }`
catalog-not-language-code = `{ $code }` is not a language code; a text in several languages is written `en = "…"`, `fr = "…"` (codes as in BCP 47)

## Days and times in order: `{ $end }` and `{ $start }` are as the file writes them.
catalog-ends-before-start = `{ $last }` { $end } is before `{ $first }` { $start }: the { $kind } would end before it starts
catalog-end-time-same = `end_time` { $end } is the same as `start_time`: the item would last no time (leave `end_time` out, or give the real end)
catalog-end-time-before-start = `end_time` { $end } is before `start_time` { $start } on the same `end_day`: the item would end before it starts (without `end_day`, an earlier end is the next day)

## Ids and references across the catalogue. `{ $wanted }` is catalog-any-record or
## catalog-records-of; `{ $kinds }` kinds' names joined by catalog-or.
catalog-duplicate-id = duplicate id `{ $id }`: already used by { $kind } `{ $name }` at { $path }:{ $line }:{ $column }
catalog-no-sources = { $kind } `{ $id }` has no sources: say where its facts come from
catalog-any-record = record
catalog-records-of = { $kinds }
catalog-or = or
catalog-wrong-kind = `{ $field }` must name a { $wanted }, but `{ $id }` is a { $found }
catalog-unknown-reference = `{ $field }` refers to unknown { $wanted } `{ $id }`{ $hint }
## What follows a reference to no id when it is a record's name or alias (instead of
## catalog-did-you-mean); `{ $count }` records share an alias: two or more.
catalog-reference-shared-alias = ; `{ $id }` is an alias { $count } records share ({ $owners }): refer to one by its id
catalog-reference-alias = ; `{ $id }` is an alias of `{ $owner }`: refer to it by its id
catalog-reference-name = ; `{ $id }` is the name of `{ $owner }`: refer to it by its id
catalog-alias-also-alias = alias `{ $alias }` is also an alias of `{ $owner }`
catalog-alias-also-name = alias `{ $alias }` is also the name of `{ $owner }`
catalog-operator-as-country = operator `{ $operator }` is not an organisation id, so it is read as a country; did you mean `{ $guess }`?

## Countries.
catalog-country-no-letters = country `{ $name }` has no letters or digits
catalog-country-declared-twice = country `{ $name }` is declared twice: first as `{ $first }` at { $path }:{ $line }:{ $column }
catalog-country-spelling = country `{ $name }` is written `{ $first }` elsewhere; use one spelling
catalog-country-alias-taken = alias `{ $alias }` is also a name of `{ $owner }`
catalog-country-alias-other = alias `{ $alias }` is a name of another country, { $country }

## The floor plan: `{ $stand }` is a stand's label, `{ $hall }` a hall's name.
catalog-stand-no-area = stand `{ $stand }` has no area: give it a width and a depth of 1 or more
catalog-stand-outside-hall = stand `{ $stand }` ({ $x }+{ $width } × { $y }+{ $depth }) does not fit in { $hall } ({ $hall_width } × { $hall_depth })
catalog-stands-overlap = stand `{ $stand }` overlaps stand `{ $other }` in { $hall }
catalog-company-stand-unknown = company `{ $company }` is at stand `{ $stand }`, which is not on the floor plan
catalog-company-stand-disagrees = company `{ $company }` says it is at stand `{ $stand }`, but that stand lists other exhibitors

## Finding and reading the files: `{ $error }` is the system's own words.
catalog-no-such-catalogue = no such catalogue directory or file
catalog-cannot-read = cannot read: { $error }
catalog-not-file-or-folder = not a regular file or directory
catalog-no-toml-files = no .toml files found in this catalogue
catalog-same-folder = the same folder as { $first } (reached by another link); read once
catalog-same-file = the same file as { $first } (reached by another link); read once
catalog-link-loop = symbolic link loop: leads back to { $ancestor }
catalog-system-filesystem = a system filesystem (/proc, /sys, /dev…): not read
catalog-too-many-folders = more than { $limit } folders below the catalogue: no catalogue has so many, so reading stops here (point --data at the catalogue's own folder)
catalog-too-many-files = more than { $limit } catalogue files below the catalogue: no catalogue has so many, so reading stops here (point --data at the catalogue's own folder)
catalog-fifo-not-read = a FIFO, not a regular file: not read
catalog-socket-not-read = a socket, not a regular file: not read
catalog-device-not-read = a device, not a regular file: not read
catalog-file-changed = not a regular file (it changed since the catalogue was listed)
catalog-file-too-large = file is larger than the limit of { $mib } MiB per catalogue file; split it into several files

### ---------------------------------------------------------------------------------------
### The importer's diagnostics (`showfloor import`, and `--data` given a schedule or a
### spreadsheet), at the imported file's line and column, or a spreadsheet's cell.
### ---------------------------------------------------------------------------------------
## Element names (`<event>`), JSON keys, iCalendar properties (DTSTART), `--columns` fields
## and values quoted from the file stay as the file writes them; so do the names the importer
## gives what has none ("Untitled", "Conference"), which it writes into the catalogue. The
## catalogue text an import writes (its comments, its `sources`) stays in English in every
## language: it is a file, not a message.

## What a file holds, as `showfloor import` says it wrote it.
import-count-events = { $count ->
        [one] { $count } event
       *[other] { $count } events
    }
import-count-talks = { $count ->
        [one] { $count } talk
       *[other] { $count } talks
    }
import-count-people = { $count ->
        [one] { $count } person
       *[other] { $count } people
    }
import-count-companies = { $count ->
        [one] { $count } company
       *[other] { $count } companies
    }
import-count-systems = { $count ->
        [one] { $count } system
       *[other] { $count } systems
    }
import-count-nothing = nothing

## The formats, and a file's format.
import-format-toml = showfloor catalogue
import-format-frab-xml = frab/Pentabarf schedule XML
import-format-schedule-json = c3voc schedule JSON
import-format-icalendar = iCalendar
import-format-csv = CSV spreadsheet
import-format-xlsx = XLSX spreadsheet
import-format-ods = ODS spreadsheet
import-format-xls = XLS spreadsheet
import-misnamed = the name says { $named } but the content is { $content }; read as { $content }
import-unknown-format = not a file showfloor reads: expected a catalogue (TOML), a schedule (frab XML, c3voc JSON, iCalendar) or a spreadsheet (CSV, XLSX, ODS)

## A schedule's talks: `{ $label }` is one of these three, `{ $problem }` import-ends-before-start.
import-event-numbered = event { $id }
import-event-titled = event "{ $title }"
import-an-event = an event
import-event-problem = { $label }: { $problem }
import-ends-before-start = it ends when or before it starts; its end is left out

## frab/Pentabarf XML.
import-xml-malformed = not well-formed XML: { $error }
import-xml-malformed-in = not well-formed XML: in <{ $element }>: { $error }
import-xml-malformed-attribute = not well-formed XML: attribute `{ $attribute }`: { $error }
import-xml-too-deep = elements nest deeper than { $depth }; not a schedule
import-xml-unclosed = not well-formed XML: <{ $element }> is never closed
import-xml-empty = no XML element in the file
import-xml-second-root = not well-formed XML: a second root element
import-frab-not-utf8 = the file is not UTF-8 (convert it, e.g. with iconv -t UTF-8)
import-frab-wrong-root = the root element is <{ $root }>, not <schedule>: this is not a frab/Pentabarf schedule
import-frab-no-conference = the schedule has no <conference>: its title and dates are unknown
import-frab-unknown-element = unknown element <{ $element }> in <{ $parent }>; ignored (here and wherever else it appears)
import-frab-no-title = the conference has no <title>; it is called "Conference"
import-frab-unknown-time-zone = unknown time zone `{ $name }`; times are read on the offsets they are written with
import-frab-day-change = <day_change> is not a time (HH:MM); ignored
import-frab-not-a-date = <{ $element }> `{ $text }` is not a date (YYYY-MM-DD); ignored
import-frab-id-not-number = event id `{ $id }` is not a number, as the schedule format has it; kept as written
import-frab-no-id = { $label } has neither an id nor a guid; its id is made from its title
import-frab-id-twice = { $label }: the id `{ $id }` is also used at line { $line }, column { $column }; both are kept, apart
import-frab-bad-duration = { $label }: duration `{ $text }` is not HH:MM; its end is left out
import-frab-no-duration = { $label } has no <duration>; its end is unknown
import-frab-untitled = { $label } has no <title>; it is called "Untitled"
import-frab-bad-date = { $label }: <date> `{ $text }` is not a date-time; its day's date and <start> are used
import-frab-start-without-date = { $label } has a <start> but no <date>, and its <day> no date; skipped
import-frab-no-start = { $label } has neither a <date> nor a <start>; skipped

## The c3voc schedule JSON: `{ $level }` is where an unknown key is.
import-json-not-utf8 = not UTF-8 text: a schedule's JSON must be UTF-8
import-json-invalid = not valid JSON: { $error }
import-json-not-object = not a c3voc schedule: the JSON is not an object with a `schedule` in it
import-json-schema-version = `$schema` is `{ $schema }`, c3voc schedule version { $version }, which showfloor does not read (it reads versions 1 and 2)
import-json-other-schema = `$schema` is `{ $schema }`, not a c3voc schedule schema; read as one anyway
import-json-no-schedule = not a c3voc schedule: no `schedule` object
import-json-no-conference = not a c3voc schedule: `schedule` has no `conference` object
import-json-listed-twice = talks are listed both in `schedule.events` and in the days' rooms; `schedule.events` is read
import-json-no-talks = the schedule lists no talks
import-json-unknown-key = key `{ $key }` in { $level ->
        [file] the file
        [day] a day
        [talk] a talk
       *[conference] `conference`
    } is not in the c3voc schedule schema; ignored (said once)
import-json-unknown-time-zone = time zone `{ $name }` is not one showfloor knows; times are read on the offsets they are written with
import-json-no-title = the conference has no `title`; it is called `{ $name }`
import-json-bad-date = the conference's `{ $key }` `{ $text }` is not a date; it is left out
import-json-day-no-date = a day without a readable `date`
import-json-day-not-object = a day must be an object; skipped
import-json-rooms-not-object = a day's `rooms` must be an object; skipped
import-json-room-not-array = room `{ $room }` must list its talks in an array; skipped
import-json-room-unlisted = room `{ $room }` is not in `conference.rooms`; its talks are kept there
import-json-talk-not-object = a talk must be an object; skipped
import-json-talk-untitled = a talk without a `title`; skipped
import-json-talk-problem = talk `{ $title }`: { $problem }
import-json-date-without-time = talk `{ $title }`: its `date` `{ $date }` has no time; read as { $on } { $time } with its `start`
import-json-bad-talk-date = talk `{ $title }`: its date `{ $text }` cannot be read; the talk is skipped
import-json-no-start = talk `{ $title }` has no `date` or `start`; skipped
import-json-start-without-day = talk `{ $title }` has a start time but no `date`, and no day date to put it on; skipped
import-json-date-from-day = talk `{ $title }` has no `date`; read as { $date } { $time } from its day and `start`{ $next_day ->
        [yes] {" "}(after midnight, the next day)
       *[no] {""}
    }
import-json-bad-start = talk `{ $title }`: its start `{ $text }` cannot be read; the talk is skipped
import-json-bad-end = talk `{ $title }`: its end `{ $text }` cannot be read; it has no end
import-json-no-duration = talk `{ $title }` has no duration; it has no end
import-json-bad-duration = talk `{ $title }`: its duration `{ $text }` cannot be read; it has no end
import-json-id-not-number = talk id `{ $id }` is not a number, as the schedule format has it; kept as written
import-json-id-twice = talk id { $id } is also used at { $line }:{ $column }; kept apart
import-json-room-differs = talk `{ $title }` names room `{ $room }` but is listed under `{ $listed }`; it is placed in `{ $listed }`
import-json-escaped-html = `{ $key }` holds escaped HTML (`&lt;…&gt;`); it is decoded (said once)
import-json-speakers-as-names = speakers are given as names, not objects; read as names (said once)
import-json-speaker-unnamed = talk `{ $title }` has a speaker without a name; left out

## iCalendar.
import-ical-not-utf8 = the file is not UTF-8, as iCalendar must be
import-ical-too-deep = components nest deeper than { $depth }; not a calendar showfloor reads
import-ical-unreadable = not a readable iCalendar file: { $error }
import-ical-unknown-time-zone = time zone `{ $name }` is not an IANA name showfloor knows; times are read as written
import-ical-no-start = { $label } has no DTSTART that can be read; skipped
import-ical-repeats = { $label } repeats (RRULE); it is imported once, at its first date
import-ical-untitled = an event has no SUMMARY; it is called "Untitled"
import-ical-no-end = { $label } has no DTEND or DURATION; its end is unknown

## Spreadsheets: a problem at a cell is said after the cell's name (`B7`). `{ $header }` is a
## header as the sheet writes it, `{ $column }` and `{ $fields }` `--columns` fields.
import-cell = { $cell }: { $message }
import-csv-not-utf8 = the file is not UTF-8: save the sheet as "CSV UTF-8" and import that
import-csv-unreadable = not a readable CSV file: { $error }
import-workbook-unreadable = cannot read this { $format }: { $error }
import-sheet-past-columns = cells past column { $last } ({ $max } columns) are not read
import-sheet-past-rows = the sheet has more than { $max } rows; those after row { $row } are not read
import-sheet-past-cells = the sheet has more than { $max } cells; the rest is not read
import-sheet-past-repeats = the sheet repeats cells more than { $max } times; the repeats from here on are not read
import-sheet-other-sheets = only the sheet `{ $sheet }` is read; the workbook's other sheets ({ $others }) are not
import-sheet-no-name = row { $row } has no company name; skipped
import-sheet-exhibitor-twice = exhibitor `{ $name }` is also on row { $row }; both are kept
import-sheet-empty-row = row { $row } is empty; skipped{ $more ->
        [0] {""}
        [one] {" "}(as is 1 more empty row before the last exhibitor)
       *[other] {" "}(as are { $more } more empty rows before the last exhibitor)
    }
import-sheet-header-row = the header row is row { $row }, not the first; { $skipped ->
        [0] only empty rows above it
        [one] the row above it is skipped
       *[other] the { $skipped } rows above it are skipped
    }
import-sheet-second-column = `{ $header }` is a second { $column } column (the first is { $first }); not read
import-sheet-more-columns = { $count ->
        [one] { $count } more column
       *[other] { $count } more columns
    } from here on are not read
import-sheet-column-not-read = column `{ $header }` is not read (showfloor reads { $fields }; --columns names others)
import-sheet-no-header-row = no header row was found
import-sheet-headers-are = the headers are { $headers }
import-sheet-no-such-header = --columns { $column }={ $header }: no column has that header; { $seen }
import-sheet-empty = the sheet is empty
import-sheet-first-row = the first row holds { $headers }
import-sheet-no-name-column = no column of company names found ({ $seen }); name it with --columns name=LETTER or name=HEADER

## --columns FIELD=COLUMN,…
import-columns-not-pair = `{ $part }` is not FIELD=COLUMN (e.g. name=B or stand=Booth)
import-columns-unknown-field = unknown field `{ $field }`; the fields are { $fields }{ $hint }
import-columns-no-column = `{ $field }=` names no column: give its letter (B) or its header
import-columns-twice = `{ $field }` is given twice
import-columns-none = no columns named: write FIELD=COLUMN pairs, e.g. name=B,stand=D

## Putting the files together.
import-exhibitor-twice = exhibitor `{ $name }` is also listed at { $place }; the first listing is kept
import-country-no-letters = country `{ $name }` of `{ $company }` has no letters or digits; left out

## showfloor graph: a record's neighbourhood, for scripts, reports and Graphviz.
help-graph-about = A record's neighbourhood: what it names and what names it, and theirs, 1 to 3 links away, as a tree, DOT, Mermaid or JSON
help-graph-id = The record's id, or a name or alias only one record has, as for `show`
help-graph-depth = How many links away to go, 1 to 3
help-graph-format = text: the tree the browser's relationship view draws; dot: Graphviz; mermaid; json
help-graph-format-text = The tree the browser's relationship view (r) draws
help-graph-format-dot = Graphviz DOT (`dot -Tsvg`)
help-graph-format-mermaid = A Mermaid flowchart, for Markdown
help-graph-format-json = JSON, for programs: the records, the links and the counted groups
cli-graph-legend = { $records ->
        [one] { $records } record
       *[other] { $records } records
    }, { $depth ->
        [one] { $depth } link
       *[other] { $depth } links
    } away at most. → the record above names it in that field; ← it names the record above; groups of more than { $limit } are counted.
