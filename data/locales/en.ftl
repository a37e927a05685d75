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
config-more-problems = and { $count } more problem(s); fix these first

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
