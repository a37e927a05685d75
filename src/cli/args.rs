//! The command line as clap reads it: the options, the subcommands and their help, with the
//! kinds and the query syntax taken from the tables the rest of the program reads.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(name = "showfloor", version, about = "Explore an exhibition floor from the terminal.")]
#[command(
    long_about = "Explore an exhibition floor from the terminal: exhibitors, their systems, \
visiting delegations, people, organisations, countries and the schedule, cross-linked and \
searchable offline. With no command it opens the catalogue (the embedded BAMEX 2025 one unless \
--data names another)."
)]
pub struct Args {
    /// Read the catalogue from PATH instead of the embedded BAMEX 2025 catalogue: a folder (every
    /// *.toml below it), a catalogue file, or a published file opened as it is: a schedule
    /// (frab/Pentabarf XML, c3voc JSON, iCalendar) or an exhibitor spreadsheet (CSV, XLSX,
    /// ODS), its format told by its content. Repeat to merge several.
    #[arg(long = "data", value_name = "PATH", global = true, value_hint = clap::ValueHint::AnyPath)]
    pub data: Vec<PathBuf>,

    /// Which spreadsheet columns hold what, where the headers are not ones showfloor knows:
    /// `name=B,stand=D,country=Pays` (a column letter, or its header). Fields: name, stand,
    /// country, website, sectors, summary, products.
    #[arg(long = "columns", value_name = "MAP", global = true)]
    pub columns: Option<crate::import::ColumnMap>,

    /// Keep marks and notes in FILE instead of the platform's data directory (one file per
    /// catalogue there, named after its event).
    #[arg(long = "state", value_name = "FILE", global = true, value_hint = clap::ValueHint::FilePath)]
    pub state: Option<PathBuf>,

    /// Take the time to be TIME (2025-11-13T10:00), on the event's wall clock (its `timezone`),
    /// instead of the clock's: the schedule's "now" and "next" follow it.
    #[arg(long = "now", value_name = "TIME", global = true, value_parser = crate::features::plan::parse_now)]
    pub now: Option<jiff::civil::DateTime>,

    /// Use a catalogue that has errors: what they affect is left out (a record without an id or
    /// name, a duplicate, a field of the wrong type, a dangling reference), the errors are
    /// printed first, and the browser counts them in its header. `check` is unchanged.
    #[arg(long = "keep-going", global = true)]
    pub keep_going: bool,

    /// In the browser, badge the records that are new or changed since the edition in DIR
    /// (`showfloor diff DIR NEW` lists the changes).
    #[arg(long = "compare-to", value_name = "DIR", value_hint = clap::ValueHint::DirPath)]
    pub compare_to: Option<PathBuf>,

    /// In the browser, write the exports of `x` (the plan) and `E` (the list) to DIR instead of
    /// the current directory. An earlier export is never replaced: the next one is numbered.
    #[arg(long = "out", value_name = "DIR", value_hint = clap::ValueHint::DirPath)]
    pub out: Option<PathBuf>,

    /// Read the config from FILE instead of SHOWFLOOR_CONFIG or config.toml in the platform's
    /// config directory (`showfloor config` says where that is).
    #[arg(long = "config", value_name = "FILE", global = true, value_hint = clap::ValueHint::FilePath)]
    pub config: Option<PathBuf>,

    /// The interface's language: en or fr. Without it, the config's `language`, then LC_ALL,
    /// LC_MESSAGES or LANG, then English.
    #[arg(long = "lang", value_name = "LANG", global = true, value_parser = crate::config::LANGUAGES.to_vec())]
    pub lang: Option<String>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check a catalogue and report every problem as PATH:LINE:COL: error: MESSAGE.
    Check,
    /// Summarise the catalogue: the event, and how many records of each kind it holds.
    Info,
    /// Search every record: every word must match, in any order (names first, then aliases,
    /// ids, tags, facts, linked records and summaries); fzf's operators work (see below).
    Search {
        /// What to look for; case and accents are ignored.
        query: String,
        /// Only records of this kind (the kinds are listed from `Kind`'s table in
        /// `command_line`).
        #[arg(long)]
        kind: Option<String>,
        /// Show at most N results (0 for all); on a terminal, says on stderr how many it left out.
        #[arg(long, default_value_t = 20, value_name = "N")]
        limit: usize,
        /// Only records whose FIELD has VALUE (case and accents ignored), e.g.
        /// --where country=Türkiye. Repeat a field for alternatives; different fields must all
        /// hold.
        #[arg(long = "where", value_name = "FIELD=VALUE")]
        filters: Vec<String>,
        /// Print JSON for programs.
        #[arg(long)]
        json: bool,
    },
    /// Show one record with all its fields, links and backlinks.
    Show {
        /// The record's id, or a name or alias only one record has, case and accents ignored
        /// ("Bayraktar TB2", "tb2"); a country also by any of its names or its demonym
        /// ("turkey", "Turkish").
        id: String,
        /// Print JSON for programs.
        #[arg(long)]
        json: bool,
    },
    /// Export your plan, or a kind's records, to Markdown, iCalendar, CSV or JSON.
    Export {
        #[command(subcommand)]
        target: ExportTarget,
    },
    /// Two to four records side by side: facts and specs aligned, units converted, differences
    /// marked with ≠.
    Compare {
        /// The records' ids, or names or aliases, as for `show`.
        #[arg(num_args = 2..=4, required = true)]
        ids: Vec<String>,
        /// Print JSON for programs.
        #[arg(long)]
        json: bool,
    },
    /// What changed between two editions of a catalogue: records added, removed and changed,
    /// field by field.
    Diff {
        /// The earlier edition's directory.
        old: PathBuf,
        /// The later edition's directory.
        new: PathBuf,
        /// Print JSON for programs.
        #[arg(long)]
        json: bool,
    },
    /// List every record of one kind, sorted by name (the schedule by day and start time).
    List {
        /// The kind of record (the kinds are listed from `Kind`'s table in `command_line`).
        kind: String,
        /// Only records whose FIELD has VALUE (case and accents ignored), e.g.
        /// --where country=Türkiye. Repeat a field for alternatives; different fields must all
        /// hold.
        #[arg(long = "where", value_name = "FIELD=VALUE")]
        filters: Vec<String>,
        /// Print JSON for programs.
        #[arg(long)]
        json: bool,
    },
    /// Convert schedules (frab/Pentabarf XML, c3voc JSON, iCalendar) and exhibitor spreadsheets
    /// (CSV, XLSX, ODS) into a catalogue in DIR that `showfloor --data DIR check` passes, to
    /// extend by hand. Ids are stable: importing a later edition the same way keeps the ids of
    /// what did not change, so `showfloor diff OLD NEW` shows what the organisers changed.
    /// Nothing is written when a file has errors (unless --keep-going), and no file is replaced.
    Import {
        /// The files to import; their formats are told by their content.
        #[arg(required = true, value_name = "FILE", value_hint = clap::ValueHint::FilePath)]
        files: Vec<PathBuf>,
        /// The folder to write the catalogue in (made if missing; its parent must exist).
        #[arg(long = "out", value_name = "DIR", required = true, value_hint = clap::ValueHint::DirPath)]
        out: PathBuf,
    },
    /// Where the config is looked for, and the config in effect (keys included).
    ///
    /// The config sets the catalogues to open, the state file, the mouse, the theme and
    /// colours, and the keys; see `showfloor config --default` for every setting, commented.
    Config {
        /// Print a complete default config, commented, to copy and edit.
        #[arg(long = "default", conflicts_with = "check")]
        default: bool,
        /// Check the config: every problem as PATH:LINE:COL: error: MESSAGE, exit 1 on any.
        #[arg(long = "check")]
        check: bool,
    },
    /// Print a completion script for your shell.
    ///
    /// bash: `showfloor completions bash > ~/.local/share/bash-completion/completions/showfloor`;
    /// zsh: a file `_showfloor` in a directory on $fpath; fish:
    /// ~/.config/fish/completions/showfloor.fish.
    Completions {
        /// bash, zsh, fish, elvish or powershell.
        shell: clap_complete::Shell,
    },
}

#[derive(Debug, Subcommand)]
pub enum ExportTarget {
    /// The marked records (from the browser's m) with their facts, links and notes.
    Plan {
        /// md: a Markdown briefing; ics: the marked schedule items as iCalendar; json.
        #[arg(long, value_enum, default_value = "md")]
        format: crate::export::Format,
        /// Write to FILE instead of standard output.
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// Every record of one kind, narrowed by --where, as CSV, JSON or a Markdown dossier.
    List {
        /// The kind of record (the kinds are listed from `Kind`'s table in `command_line`).
        kind: String,
        /// Only records whose FIELD has VALUE, as for `showfloor list`.
        #[arg(long = "where", value_name = "FIELD=VALUE")]
        filters: Vec<String>,
        /// csv: a column per field in a fixed order; json; md: a dossier for reading.
        #[arg(long, value_enum, default_value = "csv")]
        format: crate::export::ListFormat,
        /// Write to FILE instead of standard output.
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
}

/// The command line as clap reads it, with `search --help` listing the query syntax from
/// the one table the browser's help and the README print too (`search::SYNTAX`).
pub fn command_line() -> clap::Command {
    // The kinds from the one table `Kind::resolve` reads, so the help cannot list others.
    let kinds = crate::catalog::Kind::ALL.map(crate::catalog::Kind::name).join(", ");
    let kind_help = format!("{kinds} (a plural, or the start of one kind's name, works too)");
    let kind_arg = |arg: clap::Arg| arg.help(kind_help.clone());
    <Args as clap::CommandFactory>::command()
        .mut_subcommand("search", |search| {
            search
                .after_long_help(syntax_help())
                .after_help(syntax_help())
                .mut_arg("kind", |arg| arg.help(format!("Only records of this kind: {kind_help}")))
        })
        .mut_subcommand("list", |list| list.mut_arg("kind", kind_arg))
        .mut_subcommand("export", |export| {
            export.mut_subcommand("list", |list| list.mut_arg("kind", kind_arg))
        })
}

fn syntax_help() -> String {
    let width = |table: &mut dyn Iterator<Item = (&str, &str)>| {
        table.map(|(typed, _)| typed.chars().count()).max().unwrap_or(0)
    };
    let syntax = width(&mut crate::search::syntax());
    let examples = width(&mut crate::search::examples()) + 2;
    let mut help = String::from("Query syntax (as fzf's; the same in the browser):\n");
    for (typed, meaning) in crate::search::syntax() {
        help.push_str(&format!("  {typed:<syntax$}  {meaning}\n"));
    }
    help.push_str("\nExamples:\n");
    for (typed, meaning) in crate::search::examples() {
        // Single quotes: in double quotes an interactive shell expands `!kargu`.
        let quoted = format!("'{typed}'");
        help.push_str(&format!("  showfloor search {quoted:<examples$}  {meaning}\n"));
    }
    help.push_str("\nNothing found: a message on stderr and exit status 1.");
    help
}
