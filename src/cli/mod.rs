//! The command line: `check`, `search`, `show`, `list`, for scripts and for people who live in a
//! shell. Plain output is aligned and sanitised; `--json` output is exact.

mod error;
mod export;
mod json;
mod plain;
mod query;
mod table;

use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{FromArgMatches, Parser, Subcommand};

use crate::catalog::{self, Catalog, Loaded};
use crate::text::sanitize_line;
pub use error::{CliError, Meant, Suggested};
use export::{export_list, export_plan};
use query::query;

#[derive(Debug, Parser)]
#[command(name = "showfloor", version, about = "Explore an exhibition floor from the terminal.")]
#[command(
    long_about = "Explore an exhibition floor from the terminal: exhibitors, their systems, \
visiting delegations, people, organisations, countries and the schedule, cross-linked and \
searchable offline. With no command it opens the catalogue (the embedded BAMEX 2025 one unless \
--data names another)."
)]
pub struct Args {
    /// Read the catalogue from DIR (every *.toml below it) instead of the embedded BAMEX 2025
    /// catalogue. Repeat to merge several catalogues.
    #[arg(long = "data", value_name = "DIR", global = true, value_hint = clap::ValueHint::DirPath)]
    pub data: Vec<PathBuf>,

    /// Keep marks and notes in FILE instead of the platform's data directory (one file per
    /// catalogue there, named after its event).
    #[arg(long = "state", value_name = "FILE", global = true, value_hint = clap::ValueHint::FilePath)]
    pub state: Option<PathBuf>,

    /// Take the time to be TIME (2025-11-13T10:00), on the event's wall clock (its `timezone`),
    /// instead of the clock's: the schedule's "now" and "next" follow it.
    #[arg(long = "now", value_name = "TIME", global = true, value_parser = crate::plan::parse_now)]
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

/// The binary's entry point.
pub fn main() -> ExitCode {
    let args = match Args::from_arg_matches(&command_line().get_matches()) {
        Ok(args) => args,
        Err(error) => error.exit(),
    };
    // Unlocked handles, locked per write: holding the locks for the whole run would block any
    // other thread that writes to the terminal, such as the panic hook in the search thread.
    run(args, &mut io::stdout(), &mut io::stderr())
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
    let width = |table: &[(&str, &str)]| {
        table.iter().map(|(typed, _)| typed.chars().count()).max().unwrap_or(0)
    };
    let (syntax, examples) = (width(crate::search::SYNTAX), width(crate::search::EXAMPLES) + 2);
    let mut help = String::from("Query syntax (as fzf's; the same in the browser):\n");
    for (typed, meaning) in crate::search::SYNTAX {
        help.push_str(&format!("  {typed:<syntax$}  {meaning}\n"));
    }
    help.push_str("\nExamples:\n");
    for (typed, meaning) in crate::search::EXAMPLES {
        // Single quotes: in double quotes an interactive shell expands `!kargu`.
        let quoted = format!("'{typed}'");
        help.push_str(&format!("  showfloor search {quoted:<examples$}  {meaning}\n"));
    }
    help.push_str("\nNothing found: a message on stderr and exit status 1.");
    help
}

/// Run a parsed command line, writing to `out` and `err`.
pub fn run(args: Args, out: &mut dyn Write, err: &mut dyn Write) -> ExitCode {
    let Args { data, command, state, now, compare_to, keep_going, out: export_dir } = args;
    let Some(command) = command else {
        let export_dir = export_dir.unwrap_or_else(|| PathBuf::from("."));
        return browse(data, state, now, (compare_to, export_dir), keep_going, err);
    };
    if let Some(dir) = export_dir {
        // Said, not ignored: `showfloor --out DIR export plan` would otherwise write elsewhere.
        let _ = writeln!(
            err,
            "error: --out {} before the command sets the browser's export folder; give              `export` its own --out FILE after the command",
            crate::text::sanitize_line(&dir.display().to_string())
        );
        return ExitCode::from(2);
    }
    if let Command::Completions { shell } = command {
        // Needs no catalogue: the script is generated from the argument definitions above.
        let mut script = Vec::new();
        clap_complete::generate(shell, &mut command_line(), "showfloor", &mut script);
        return finish(out.write_all(&script).map_err(CliError::stdout), err);
    }
    if let Command::Diff { old, new, json } = command {
        return finish(compare_editions(&old, &new, json, keep_going, out, err), err);
    }
    let loaded = catalog::load_dirs(&data);
    let result = match command {
        Command::Check => return check(&loaded, out, err),
        Command::Export { target: ExportTarget::Plan { format, out: file } } => {
            usable(&loaded, keep_going, err)
                .and_then(|catalog| export_plan(catalog, state, now, format, file, out, err))
        }
        Command::Export { target: ExportTarget::List { kind, filters, format, out: file } } => {
            usable(&loaded, keep_going, err)
                .and_then(|catalog| export_list(catalog, &kind, &filters, format, file, out))
        }
        command => {
            usable(&loaded, keep_going, err).and_then(|catalog| query(catalog, command, out, err))
        }
    };
    finish(result, err)
}

/// The exit status for a command's result, with its error printed.
fn finish(result: Result<(), CliError>, err: &mut dyn Write) -> ExitCode {
    match result {
        Ok(()) => ExitCode::SUCCESS,
        // A closed pipe (`showfloor list company | head`) is the reader saying it has enough.
        Err(CliError::Io { source, .. }) if source.kind() == io::ErrorKind::BrokenPipe => {
            ExitCode::SUCCESS
        }
        Err(error) => {
            let _ = writeln!(err, "error: {}", sanitize_line(&error.to_string()));
            ExitCode::FAILURE
        }
    }
}

/// `showfloor diff OLD NEW`: both editions must load cleanly to be compared.
fn compare_editions(
    old: &std::path::Path,
    new: &std::path::Path,
    json: bool,
    keep_going: bool,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<(), CliError> {
    let old = catalog::load_dirs(&[old.to_path_buf()]);
    let new = catalog::load_dirs(&[new.to_path_buf()]);
    let (old, new) = (usable(&old, keep_going, err)?, usable(&new, keep_going, err)?);
    let found = crate::diff::diff(old, new);
    if json {
        json::print(out, &json::diff(old, new, &found))
    } else {
        plain::diff(old, new, &found, out)
    }
    .map_err(CliError::stdout)
}

/// A bare `showfloor`: open the browser, or say why it cannot open and what to use instead.
fn browse(
    data: Vec<PathBuf>,
    state: Option<PathBuf>,
    now: Option<jiff::civil::DateTime>,
    (compare_to, export_dir): (Option<PathBuf>, PathBuf),
    keep_going: bool,
    err: &mut dyn Write,
) -> ExitCode {
    if let Some(reason) = crate::tui::unsupported_terminal() {
        let _ = writeln!(
            err,
            "error: {reason}.\nIn scripts and pipes use `showfloor search QUERY`, `showfloor show ID` \
             or `showfloor list KIND` (see `showfloor --help`)."
        );
        return ExitCode::FAILURE;
    }
    let color = std::env::var_os("NO_COLOR").is_none_or(|value| value.is_empty());
    let clock = crate::app::Clock { fixed: now };
    let options = crate::tui::Options { color, compare_to, keep_going, export_dir };
    match crate::tui::run(data, state, clock, options) {
        Ok(crate::tui::Exit::Quit { unsaved }) => {
            tell_unsaved(unsaved.as_deref(), err);
            ExitCode::SUCCESS
        }
        Ok(crate::tui::Exit::Signalled { signal, unsaved }) => {
            if !tell_unsaved(unsaved.as_deref(), err) {
                let _ = writeln!(
                    err,
                    "showfloor: stopped by signal {signal}; marks and notes were saved as they changed"
                );
            }
            ExitCode::from(u8::try_from(128 + signal).unwrap_or(1))
        }
        // The terminal is restored by now: the problems print on the normal screen.
        Ok(crate::tui::Exit::Broken(loaded)) => {
            let error = usable(&loaded, false, err).err();
            let _ = writeln!(err, "error: {}", error.map(|e| e.to_string()).unwrap_or_default());
            ExitCode::FAILURE
        }
        Err(error) => {
            let _ = writeln!(err, "error: the terminal failed: {error}");
            ExitCode::FAILURE
        }
    }
}

/// Say where the last change went when the state file could not take it; true if it did.
fn tell_unsaved(unsaved: Option<&std::path::Path>, err: &mut dyn Write) -> bool {
    let Some(path) = unsaved else { return false };
    let _ = writeln!(
        err,
        "showfloor: your last marks and notes could not be saved (another session held the state \
         file's lock); they are in {}",
        sanitize_line(&path.display().to_string())
    );
    true
}

/// A catalogue with errors is not answered from: its answers could be silently incomplete.
/// With `--keep-going` it is, after the errors are printed, so nothing is incomplete silently.
fn usable<'a>(
    loaded: &'a Loaded,
    keep_going: bool,
    err: &mut dyn Write,
) -> Result<&'a Catalog, CliError> {
    let errors = loaded.error_count();
    if errors == 0 {
        return Ok(&loaded.catalog);
    }
    for diagnostic in loaded.diagnostics.iter().filter(|d| d.is_error()) {
        writeln!(err, "{diagnostic}").map_err(CliError::stderr)?;
    }
    if keep_going {
        writeln!(
            err,
            "warning: going on without what these {errors} error(s) leave out (--keep-going)"
        )
        .map_err(CliError::stderr)?;
        return Ok(&loaded.catalog);
    }
    Err(CliError::BrokenCatalogue(errors))
}

fn check(loaded: &Loaded, out: &mut dyn Write, err: &mut dyn Write) -> ExitCode {
    for diagnostic in &loaded.diagnostics {
        let _ = writeln!(err, "{diagnostic}");
    }
    let catalog = &loaded.catalog;
    let (errors, warnings) = (loaded.error_count(), loaded.warning_count());
    let _ = writeln!(
        out,
        "checked {} file(s), {} record(s): {errors} error(s), {warnings} warning(s)",
        catalog.files().len(),
        catalog.len(),
    );
    if errors == 0 { ExitCode::SUCCESS } else { ExitCode::FAILURE }
}
