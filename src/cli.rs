//! The command line: `check`, `search`, `show`, `list`, for scripts and for people who live in a
//! shell. Plain output is aligned and sanitised; `--json` output is exact.

mod args;
mod editions;
mod error;
mod export;
mod graph;
mod import;
mod json;
mod parse_error;
mod plain;
mod plan;
mod query;
mod table;

use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::FromArgMatches;

use crate::catalog::{self, Catalog, Loaded};
use crate::text::sanitize_line;
pub use args::{Args, Command, ExportTarget, PlanAction, command_line, completion_command};
pub use error::{CliError, Meant, Suggested};
use export::{export_list, export_plan};
use query::query;

/// The binary's entry point.
pub fn main() -> ExitCode {
    let raw: Vec<std::ffi::OsString> = std::env::args_os().collect();
    // Chosen before the command line is parsed: its --help and errors speak it too.
    crate::i18n::choose(language(&raw));
    let parsed = command_line()
        .try_get_matches_from(raw)
        .and_then(|matches| Args::from_arg_matches(&matches));
    let args = match parsed {
        Ok(args) => args,
        Err(error) => match parse_error::message(&error) {
            // The same exit status clap gives a usage error; the text sanitised as all is.
            Some(text) => {
                eprint!("{}", crate::text::sanitize(&text, crate::text::Lines::Multi));
                std::process::exit(2)
            }
            None => error.exit(),
        },
    };
    // Unlocked handles, locked per write: holding the locks for the whole run would block any
    // other thread that writes to the terminal, such as the panic hook in the search thread.
    run(args, &mut io::stdout(), &mut io::stderr())
}

/// The interface's language: `--lang`, else the config's `language`, else the environment
/// (`LC_ALL`, `LC_MESSAGES`, `LANG`), else English. Read from the raw arguments, since clap's
/// own messages are to be in it.
fn language(raw: &[std::ffi::OsString]) -> crate::i18n::Lang {
    let value_of = |flag: &str| {
        let mut words = raw.iter().skip(1).map(|word| word.to_string_lossy());
        let mut found = None;
        while let Some(word) = words.next() {
            if word == "--" {
                break;
            }
            if word == flag {
                found = words.next().map(|value| value.into_owned());
            } else if let Some(value) = word.strip_prefix(flag).and_then(|r| r.strip_prefix('=')) {
                found = Some(value.to_owned());
            }
        }
        found
    };
    if let Some(lang) = value_of("--lang").as_deref().and_then(crate::i18n::Lang::parse) {
        return lang;
    }
    let config = value_of("--config").map(PathBuf::from);
    let place = crate::config::place(config.as_deref(), std::env::var_os("SHOWFLOOR_CONFIG"));
    let configured = place.and_then(|place| crate::config::load(&place).0.language);
    configured
        .as_deref()
        .and_then(crate::i18n::Lang::parse)
        .or_else(|| crate::i18n::Lang::from_env(|name| std::env::var(name).ok()))
        .unwrap_or(crate::i18n::Lang::En)
}

/// Run a parsed command line, writing to `out` and `err`.
pub fn run(args: Args, out: &mut dyn Write, err: &mut dyn Write) -> ExitCode {
    let Args {
        data,
        columns,
        command,
        state,
        now,
        compare_to,
        keep_going,
        out: export_dir,
        config,
        lang: _,
    } = args;
    let place = crate::config::place(config.as_deref(), std::env::var_os("SHOWFLOOR_CONFIG"));
    if let Some(Command::Config { default, check }) = &command {
        return config_command(place.as_ref(), *default, *check, out, err);
    }
    // A broken config never stops showfloor: its problems are said, and the defaults used.
    let (settings, problems) = match &place {
        Some(place) => crate::config::load(place),
        None => (crate::config::Config::default(), Vec::new()),
    };
    let settings = if problems.is_empty() { settings } else { crate::config::Config::default() };
    let data = if data.is_empty() { settings.data.clone() } else { data };
    let state = state.or_else(|| settings.state.clone());
    let reading = crate::import::Options { columns: columns.unwrap_or_default() };
    let Some(command) = command else {
        let export_dir = export_dir.unwrap_or_else(|| PathBuf::from("."));
        let roots = Roots { data, reading };
        let notice = config_notice(&problems);
        let session = Session { settings, notice, now, compare_to, export_dir, keep_going };
        return browse(roots, state, session, err);
    };
    for problem in &problems {
        let _ = writeln!(err, "{problem}");
    }
    if !problems.is_empty() {
        let warning = crate::tr!("cli-config-problems", count = problems.len());
        let _ = writeln!(err, "{}", crate::tr!("cli-warning", message = warning));
    }
    if let Some(dir) = export_dir {
        // Said, not ignored: `showfloor --out DIR export plan` would otherwise write elsewhere.
        let dir = crate::text::sanitize_line(&dir.display().to_string()).into_owned();
        let error = crate::tr!("cli-out-before-command", dir = dir);
        let _ = writeln!(err, "{}", crate::tr!("cli-error", message = error));
        return ExitCode::from(2);
    }
    if compare_to.is_some() && !editions::reads_compare_to(&command) {
        let error = crate::tr!("cli-compare-to-not-here");
        let _ = writeln!(err, "{}", crate::tr!("cli-error", message = error));
        return ExitCode::from(2);
    }
    if let Command::Completions { shell } = command {
        // Needs no catalogue: the script is generated from the argument definitions above.
        let mut script = Vec::new();
        clap_complete::generate(shell, &mut completion_command(), "showfloor", &mut script);
        return finish(out.write_all(&script).map_err(CliError::stdout), err);
    }
    if let Command::Diff { old, new, json } = command {
        let compared = editions::compare_editions(&old, &new, &reading, json, keep_going, out, err);
        return finish(compared, err);
    }
    if let Command::Import { files, out: dir } = command {
        return import::import(&files, &dir, &reading, keep_going, out, err);
    }
    let roots = Roots { data, reading };
    let loaded = roots.load();
    // The earlier edition, once the catalogue it is compared with is known to be usable.
    let earlier = |catalog: &Catalog, err: &mut dyn Write| match &compare_to {
        Some(old) => editions::earlier(old, &roots, catalog, keep_going, err).map(Some),
        None => Ok(None),
    };
    let result = match command {
        Command::Check { json } => return check(&loaded, json, out, err),
        Command::Plan { action: PlanAction::Import { file, dry_run } } => {
            return match usable(&loaded, keep_going, err) {
                Ok(catalog) => plan::import(catalog, &file, dry_run, (state, now), out, err),
                Err(error) => finish(Err(error), err),
            };
        }
        Command::Export { target: ExportTarget::Plan { format, out: file } } => {
            usable(&loaded, keep_going, err)
                .and_then(|catalog| export_plan(catalog, state, now, format, file, out, err))
        }
        Command::Export { target: ExportTarget::List { kind, filters, format, out: file } } => {
            usable(&loaded, keep_going, err).and_then(|catalog| {
                let earlier = earlier(catalog, err)?;
                let list = (kind.as_str(), filters.as_slice());
                export_list(catalog, earlier.as_ref(), list, format, file, out)
            })
        }
        command => usable(&loaded, keep_going, err).and_then(|catalog| {
            let earlier = earlier(catalog, err)?;
            query(catalog, earlier.as_ref(), command, out, err)
        }),
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
            let message = sanitize_line(&error.to_string()).into_owned();
            let _ = writeln!(err, "{}", crate::tr!("cli-error", message = message));
            ExitCode::FAILURE
        }
    }
}

/// What `--data` and `--columns` name: the catalogues to open and how to read published files.
#[derive(Clone, Debug, Default)]
pub struct Roots {
    pub data: Vec<PathBuf>,
    pub reading: crate::import::Options,
}

impl Roots {
    pub fn load(&self) -> Loaded {
        self.load_observed(&catalog::Progress::default())
    }

    pub fn load_observed(&self, progress: &catalog::Progress) -> Loaded {
        crate::import::load(&self.data, &self.reading, progress)
    }

    /// One catalogue read the same way as these (an earlier edition).
    pub fn other(&self, root: PathBuf) -> Roots {
        Roots { data: vec![root], reading: self.reading.clone() }
    }
}

/// How the browser is to run: the config, and the options of the command line.
struct Session {
    settings: crate::config::Config,
    /// What to say on the first screen about the config, when it has problems.
    notice: Option<String>,
    now: Option<jiff::civil::DateTime>,
    compare_to: Option<PathBuf>,
    export_dir: PathBuf,
    keep_going: bool,
}

/// The first screen's word on a broken config.
fn config_notice(problems: &[catalog::Diagnostic]) -> Option<String> {
    let first = problems.first()?;
    Some(crate::tr!(
        "cli-config-notice",
        count = problems.len(),
        line = first.location.line,
        column = first.location.column
    ))
}

/// `showfloor config`: where the config is looked for and what is in effect; `--default`, a
/// complete default config; `--check`, the problems.
fn config_command(
    place: Option<&crate::config::Place>,
    default: bool,
    check: bool,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> ExitCode {
    if default {
        return finish(
            out.write_all(crate::config::default_text().as_bytes()).map_err(CliError::stdout),
            err,
        );
    }
    let Some(place) = place else {
        let error = crate::tr!("cli-config-no-directory");
        let _ = writeln!(err, "{}", crate::tr!("cli-error", message = error));
        return ExitCode::FAILURE;
    };
    let (config, problems) = crate::config::load(place);
    let shown = sanitize_line(&place.path.display().to_string()).into_owned();
    for problem in &problems {
        let _ = writeln!(err, "{problem}");
    }
    if check {
        let _ = writeln!(
            out,
            "{}",
            crate::tr!("cli-config-checked", path = &shown, count = problems.len())
        );
        return if problems.is_empty() { ExitCode::SUCCESS } else { ExitCode::FAILURE };
    }
    let read = if place.path == std::path::Path::new("/dev/null") {
        "cli-config-read-none"
    } else if place.path.is_file() {
        "cli-config-read"
    } else {
        "cli-config-read-missing"
    };
    let why = place.why.to_string();
    let read = crate::i18n::t_args(read, &[("path", shown.into()), ("why", why.into())]);
    let in_effect = if problems.is_empty() {
        crate::tr!("cli-config-in-effect")
    } else {
        crate::tr!("cli-config-in-effect-defaults")
    };
    let config = if problems.is_empty() { config } else { crate::config::Config::default() };
    let text = format!(
        "{}\n{read}\n{in_effect}\n\n{}",
        crate::tr!("cli-config-looked-for"),
        crate::config::effective_text(&config)
    );
    finish(out.write_all(text.as_bytes()).map_err(CliError::stdout), err)
}

/// A bare `showfloor`: open the browser, or say why it cannot open and what to use instead.
fn browse(roots: Roots, state: Option<PathBuf>, session: Session, err: &mut dyn Write) -> ExitCode {
    let Session { settings, notice, now, compare_to, export_dir, keep_going } = session;
    if let Some(reason) = crate::browser::tui::unsupported_terminal() {
        let error = crate::tr!("cli-no-terminal", reason = reason.to_string());
        let _ = writeln!(err, "{}", crate::tr!("cli-error", message = error));
        return ExitCode::FAILURE;
    }
    let color = std::env::var_os("NO_COLOR").is_none_or(|value| value.is_empty());
    let clock = crate::browser::app::Clock { fixed: now };
    let options = crate::browser::tui::Options {
        color,
        compare_to,
        keep_going,
        export_dir,
        keymap: settings.keys,
        mouse: settings.mouse.unwrap_or(true),
        palette: settings.palette,
        notice,
    };
    match crate::browser::tui::run(roots, state, clock, options) {
        Ok(crate::browser::tui::Exit::Quit { unsaved }) => {
            tell_unsaved(unsaved.as_deref(), err);
            ExitCode::SUCCESS
        }
        Ok(crate::browser::tui::Exit::Signalled { signal, unsaved }) => {
            if !tell_unsaved(unsaved.as_deref(), err) {
                let _ = writeln!(err, "{}", crate::tr!("cli-stopped-by-signal", signal = signal));
            }
            ExitCode::from(u8::try_from(128 + signal).unwrap_or(1))
        }
        // The terminal is restored by now: the problems print on the normal screen.
        Ok(crate::browser::tui::Exit::Broken(loaded)) => {
            let error = usable(&loaded, false, err).err();
            let message = error.map(|e| e.to_string()).unwrap_or_default();
            let _ = writeln!(err, "{}", crate::tr!("cli-error", message = message));
            ExitCode::FAILURE
        }
        Err(error) => {
            let error = crate::tr!("cli-terminal-failed", reason = error.to_string());
            let _ = writeln!(err, "{}", crate::tr!("cli-error", message = error));
            ExitCode::FAILURE
        }
    }
}

/// Say where the last change went when the state file could not take it; true if it did.
fn tell_unsaved(unsaved: Option<&std::path::Path>, err: &mut dyn Write) -> bool {
    let Some(path) = unsaved else { return false };
    let path = sanitize_line(&path.display().to_string()).into_owned();
    let _ = writeln!(err, "{}", crate::tr!("cli-unsaved", path = path));
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
    if loaded.catalog.is_empty() {
        return Err(CliError::NothingRead);
    }
    if keep_going {
        let warning = crate::tr!("cli-keep-going", errors = errors);
        writeln!(err, "{}", crate::tr!("cli-warning", message = warning))
            .map_err(CliError::stderr)?;
        return Ok(&loaded.catalog);
    }
    Err(CliError::BrokenCatalogue(errors))
}

fn check(loaded: &Loaded, json: bool, out: &mut dyn Write, err: &mut dyn Write) -> ExitCode {
    let (errors, warnings) = (loaded.error_count(), loaded.warning_count());
    let status = if errors == 0 { ExitCode::SUCCESS } else { ExitCode::FAILURE };
    if json {
        // Everything on stdout, for an editor or CI: no line on stderr to parse beside it.
        return match json::print(out, &json::check(loaded)) {
            Ok(()) => status,
            Err(error) => finish(Err(CliError::stdout(error)), err),
        };
    }
    for diagnostic in &loaded.diagnostics {
        let _ = writeln!(err, "{diagnostic}");
    }
    let catalog = &loaded.catalog;
    let summary = crate::tr!(
        "cli-checked",
        files = catalog.files().len(),
        records = catalog.len(),
        errors = errors,
        warnings = warnings
    );
    let _ = writeln!(out, "{summary}");
    status
}
