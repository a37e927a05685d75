//! The command line as clap reads it: the options, the subcommands and their help, with the
//! kinds and the query syntax taken from the tables the rest of the program reads.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(name = "showfloor", version)]
pub struct Args {
    #[arg(long = "data", value_name = "PATH", global = true, value_hint = clap::ValueHint::AnyPath)]
    pub data: Vec<PathBuf>,

    #[arg(long = "columns", value_name = "MAP", global = true)]
    pub columns: Option<crate::import::ColumnMap>,

    #[arg(long = "state", value_name = "FILE", global = true, value_hint = clap::ValueHint::FilePath)]
    pub state: Option<PathBuf>,

    #[arg(long = "now", value_name = "TIME", global = true, value_parser = crate::features::plan::parse_now)]
    pub now: Option<jiff::civil::DateTime>,

    #[arg(long = "keep-going", global = true)]
    pub keep_going: bool,

    #[arg(long = "compare-to", value_name = "DIR", global = true, value_hint = clap::ValueHint::DirPath)]
    pub compare_to: Option<PathBuf>,

    #[arg(long = "out", value_name = "DIR", value_hint = clap::ValueHint::DirPath)]
    pub out: Option<PathBuf>,

    #[arg(long = "config", value_name = "FILE", global = true, value_hint = clap::ValueHint::FilePath)]
    pub config: Option<PathBuf>,

    #[arg(long = "lang", value_name = "LANG", global = true, value_parser = crate::config::LANGUAGES.to_vec())]
    pub lang: Option<String>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    Check {
        #[arg(long)]
        json: bool,
    },
    Info {
        #[arg(long)]
        json: bool,
    },
    Search {
        query: String,
        #[arg(long)]
        kind: Option<String>,
        #[arg(long, default_value_t = 20, value_name = "N")]
        limit: usize,
        #[arg(long = "where", value_name = "FIELD=VALUE")]
        filters: Vec<String>,
        #[arg(long)]
        json: bool,
    },
    Show {
        id: String,
        #[arg(long)]
        json: bool,
    },
    Export {
        #[command(subcommand)]
        target: ExportTarget,
    },
    Plan {
        #[command(subcommand)]
        action: PlanAction,
    },
    Graph {
        id: String,
        #[arg(long, value_name = "N", default_value_t = crate::features::graph::DEFAULT_DEPTH,
              value_parser = depth)]
        depth: u8,
        #[arg(long, value_enum, default_value = "text")]
        format: super::graph::Format,
    },
    Compare {
        #[arg(num_args = 2..=4, required = true)]
        ids: Vec<String>,
        #[arg(long)]
        json: bool,
    },
    Diff {
        old: PathBuf,
        new: PathBuf,
        #[arg(long)]
        json: bool,
    },
    List {
        kind: String,
        #[arg(long = "where", value_name = "FIELD=VALUE")]
        filters: Vec<String>,
        #[arg(long)]
        json: bool,
    },
    Import {
        #[arg(required = true, value_name = "FILE", value_hint = clap::ValueHint::FilePath)]
        files: Vec<PathBuf>,
        #[arg(long = "out", value_name = "DIR", required = true, value_hint = clap::ValueHint::DirPath)]
        out: PathBuf,
    },
    Config {
        #[arg(long = "default", conflicts_with = "check")]
        default: bool,
        #[arg(long = "check")]
        check: bool,
    },
    Completions {
        shell: clap_complete::Shell,
    },
}

#[derive(Debug, Subcommand)]
pub enum PlanAction {
    Import {
        #[arg(value_name = "FILE", value_hint = clap::ValueHint::FilePath)]
        file: PathBuf,
        #[arg(long = "dry-run")]
        dry_run: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum ExportTarget {
    Plan {
        #[arg(long, value_enum, default_value = "md")]
        format: crate::export::Format,
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    List {
        kind: String,
        #[arg(long = "where", value_name = "FIELD=VALUE")]
        filters: Vec<String>,
        #[arg(long, value_enum, default_value = "csv")]
        format: crate::export::ListFormat,
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
}

/// The command line as clap reads it, every text of its help in the language in effect:
/// `search --help` lists the query syntax from the one table the browser's help and the README
/// print too (`search::SYNTAX`), and clap's own words are replaced where clap lets them be.
pub fn command_line() -> clap::Command {
    let mut command = described();
    build_as_parsing(&mut command);
    clap_words(command)
}

/// The command line for `showfloor completions`: built as clap_complete builds it (each `help`
/// subcommand with the tree of the commands it can explain), with the same texts.
pub fn completion_command() -> clap::Command {
    let mut command = described();
    command.build();
    clap_words(command)
}

/// The commands whose `--help` has a long description (`help-…-long-about`) besides the
/// one-line one `-h` and the lists of commands show.
const LONG_ABOUT: &[&str] = &["help", "help-config", "help-completions"];

/// The command line from the definitions above, with every description from the messages:
/// `help-about` and `help-ARG` for showfloor itself, `help-COMMAND-about` and
/// `help-COMMAND-ARG` for a command (`help-export-plan-format`, an argument's id with `-` for
/// `_`), `help-COMMAND-ARG-VALUE` for a value of a `--format`. The kinds are listed from the
/// one table `Kind::resolve` reads (`{ $kinds }`), so the help cannot list others.
fn described() -> clap::Command {
    let kinds = crate::catalog::Kind::ALL.map(crate::catalog::Kind::name).join(", ");
    let command = describe(<Args as clap::CommandFactory>::command(), "help", &kinds);
    command
        .mut_subcommand("search", |search| {
            search.after_long_help(syntax_help()).after_help(syntax_help())
        })
        .mut_subcommand("graph", |graph| {
            graph.mut_arg("format", |arg| {
                arg.value_parser(values::<super::graph::Format>("help-graph-format"))
            })
        })
        .mut_subcommand("export", |export| {
            export
                .mut_subcommand("plan", |plan| {
                    plan.mut_arg("format", |arg| {
                        arg.value_parser(values::<crate::export::Format>("help-export-plan-format"))
                    })
                })
                .mut_subcommand("list", |list| {
                    list.mut_arg("format", |arg| {
                        arg.value_parser(values::<crate::export::ListFormat>(
                            "help-export-list-format",
                        ))
                    })
                })
        })
}

/// `command` and its subcommands described from the messages whose ids start with `id`.
fn describe(command: clap::Command, id: &str, kinds: &str) -> clap::Command {
    let text = |name: &str| {
        crate::i18n::t_args(&format!("{id}-{name}"), &[("kinds", kinds.to_owned().into())])
    };
    let mut command = command.about(text("about"));
    if LONG_ABOUT.contains(&id) {
        command = command.long_about(text("long-about"));
    }
    command
        .mut_args(|arg| {
            let help = text(&arg.get_id().as_str().replace('_', "-"));
            arg.help(help)
        })
        .mut_subcommands(|sub| {
            let prefix = format!("{id}-{}", sub.get_name());
            describe(sub, &prefix, kinds)
        })
}

/// The values of a `--format` as clap lists them, each described by its message
/// (`ID-VALUE`), read back as the enum.
fn values<E>(id: &str) -> impl clap::builder::TypedValueParser<Value = E>
where
    E: clap::ValueEnum + Clone + Send + Sync + 'static,
{
    use clap::builder::TypedValueParser as _;
    let values =
        E::value_variants().iter().filter_map(clap::ValueEnum::to_possible_value).map(|value| {
            let help = crate::i18n::t(&format!("{id}-{}", value.get_name()));
            value.help(help)
        });
    clap::builder::PossibleValuesParser::new(values)
        .try_map(|given: String| <E as clap::ValueEnum>::from_str(&given, false))
}

/// Builds `command` and its subcommands as parsing builds them, before anything is parsed: each
/// gets its `--help` (and showfloor its `--version` and `help` subcommand), and the global
/// options are passed down, so that [`clap_words`] finds them to translate. `render_usage` is
/// the way clap has to build one command without expanding every `help` subcommand's tree
/// (which `Command::build` does, for completions). The `help` subcommands are left as parsing
/// leaves them: clap reads their arguments itself.
fn build_as_parsing(command: &mut clap::Command) {
    let _ = command.render_usage();
    for sub in command.get_subcommands_mut() {
        if sub.get_name() != "help" {
            build_as_parsing(sub);
        }
    }
}

/// clap's own words, in the language in effect, on a built command and its subcommands: the
/// headings ("Usage:", "Commands:", "Arguments:", "Options:", through a help template, styled
/// as clap styles them), `--help`, `--version`, the `help` subcommand, and, in a language whose
/// words are not clap's, the `[default: …]` and `[possible values: …]` clap adds to an
/// argument's help. clap's error messages cannot be translated (clap has no hook for them).
fn clap_words(command: clap::Command) -> clap::Command {
    let template = template(&command);
    let mut command = command.help_template(template);
    if command.get_name() == "help" && command.get_arguments().any(|a| a.get_id() == "subcommand") {
        command = command.mut_arg("subcommand", |arg| arg.help(crate::tr!("help-clap-help-for")));
    }
    let ids: Vec<String> =
        command.get_arguments().map(|arg| arg.get_id().as_str().to_owned()).collect();
    for id in ids {
        command = command.mut_arg(&id, |arg| match id.as_str() {
            "help" if arg.get_long_help().is_some() => arg
                .help(crate::tr!("help-clap-help-more"))
                .long_help(crate::tr!("help-clap-help-summary")),
            "help" => arg.help(crate::tr!("help-clap-help")),
            "version" => arg.help(crate::tr!("help-clap-version")),
            _ => spelt_values(arg),
        });
    }
    command.mut_subcommands(|sub| {
        let sub = if sub.get_name() == "help" {
            sub.about(crate::tr!("help-clap-help-command"))
        } else {
            sub
        };
        clap_words(sub)
    })
}

/// A help template as clap's default, with its headings in the language in effect: the
/// sections the built `command` has (commands, arguments, options), as clap writes them.
fn template(command: &clap::Command) -> String {
    let styles = command.get_styles();
    let styled = |style: &clap::builder::styling::Style, text: &str| {
        format!("{}{text}{}", style.render(), style.render_reset())
    };
    let mut sections = Vec::new();
    if command.has_subcommands() {
        let heading = styled(styles.get_header(), crate::tr!("help-clap-commands"));
        sections.push(format!("{heading}\n{{subcommands}}"));
    }
    if command.get_positionals().next().is_some() {
        let heading = styled(styles.get_header(), crate::tr!("help-clap-arguments"));
        sections.push(format!("{heading}\n{{positionals}}"));
    }
    if command.get_arguments().any(|arg| !arg.is_positional()) {
        let heading = styled(styles.get_header(), crate::tr!("help-clap-options"));
        sections.push(format!("{heading}\n{{options}}"));
    }
    let usage = styled(styles.get_usage(), crate::tr!("help-clap-usage"));
    if sections.is_empty() {
        return format!("{{before-help}}{{about-with-newline}}\n{usage} {{usage}}{{after-help}}");
    }
    format!(
        "{{before-help}}{{about-with-newline}}\n{usage} {{usage}}\n\n{}{{after-help}}",
        sections.join("\n\n")
    )
}

/// clap's English for the values it adds to an argument's help.
const CLAP_DEFAULT: &str = "default";
const CLAP_POSSIBLE_VALUES: &str = "possible values";

/// `arg` with its default and possible values said in the language in effect, when its words
/// are not clap's: clap's are hidden and the same facts written at the end of the help.
fn spelt_values(arg: clap::Arg) -> clap::Arg {
    let (default_word, values_word) =
        (crate::tr!("help-clap-default"), crate::tr!("help-clap-possible-values"));
    if !arg.get_action().takes_values()
        || (default_word == CLAP_DEFAULT && values_word == CLAP_POSSIBLE_VALUES)
    {
        return arg;
    }
    let help = arg.get_help().map(ToString::to_string).unwrap_or_default();
    let defaults: Vec<String> =
        arg.get_default_values().iter().map(|v| v.to_string_lossy().into_owned()).collect();
    let default = (!defaults.is_empty())
        .then(|| crate::tr!("help-clap-default-is", values = defaults.join(", ")));
    let values = arg.get_possible_values();
    if defaults.is_empty() && values.is_empty() {
        return arg;
    }
    let described = values.iter().any(|value| value.get_help().is_some());
    let names: Vec<&str> = values.iter().map(|value| value.get_name()).collect();
    let listed = (!names.is_empty())
        .then(|| crate::tr!("help-clap-possible-values-are", values = names.join(", ")));
    let short: Vec<String> = [Some(help.clone()), listed.clone(), default.clone()]
        .into_iter()
        .flatten()
        .filter(|part| !part.is_empty())
        .collect();
    let mut long = vec![help];
    if described {
        let colon = crate::tr!("help-clap-value-colon");
        let named: Vec<String> = names.iter().map(|name| format!("{name}{colon}")).collect();
        let width = named.iter().map(|name| name.chars().count()).max().unwrap_or(0);
        let mut list = crate::tr!("help-clap-possible-values-heading").to_owned();
        for (name, value) in named.iter().zip(&values) {
            let help = value.get_help().map(ToString::to_string).unwrap_or_default();
            list.push_str(&format!("\n- {name:<width$} {help}"));
        }
        long.push(list);
    } else {
        long.extend(listed);
    }
    long.extend(default);
    let long: Vec<String> = long.into_iter().filter(|part| !part.is_empty()).collect();
    arg.hide_default_value(true)
        .hide_possible_values(true)
        .help(short.join(" "))
        .long_help(long.join("\n\n"))
}

fn syntax_help() -> String {
    let width = |table: &mut dyn Iterator<Item = (&str, &str)>| {
        table.map(|(typed, _)| typed.chars().count()).max().unwrap_or(0)
    };
    let syntax = width(&mut crate::search::syntax());
    let examples = width(&mut crate::search::examples()) + 2;
    let mut help = format!("{}\n", crate::tr!("help-search-syntax"));
    for (typed, meaning) in crate::search::syntax() {
        help.push_str(&format!("  {typed:<syntax$}  {meaning}\n"));
    }
    help.push_str(&format!("\n{}\n", crate::tr!("help-search-examples")));
    for (typed, meaning) in crate::search::examples() {
        // Single quotes: in double quotes an interactive shell expands `!kargu`.
        let quoted = format!("'{typed}'");
        help.push_str(&format!("  showfloor search {quoted:<examples$}  {meaning}\n"));
    }
    help.push_str(&format!("\n{}", crate::tr!("help-search-nothing-found")));
    help
}

#[cfg(test)]
mod tests;

/// `--depth`: 1 to 3, saying why not in the interface's language (clap's range parser says it
/// in English).
fn depth(text: &str) -> Result<u8, String> {
    use crate::features::graph::{MAX_DEPTH, MIN_DEPTH};
    text.parse::<u8>().ok().filter(|depth| (MIN_DEPTH..=MAX_DEPTH).contains(depth)).ok_or_else(
        || crate::tr!("cli-parse-out-of-range", value = text, min = MIN_DEPTH, max = MAX_DEPTH),
    )
}
