use super::*;
use crate::i18n::{Lang, speak};

/// The ids `describe` and `values` ask for, walking the definitions as they do.
fn described_ids(command: &clap::Command, id: &str, out: &mut Vec<String>) {
    out.push(format!("{id}-about"));
    if LONG_ABOUT.contains(&id) {
        out.push(format!("{id}-long-about"));
    }
    for arg in command.get_arguments() {
        out.push(format!("{id}-{}", arg.get_id().as_str().replace('_', "-")));
    }
    for sub in command.get_subcommands() {
        described_ids(sub, &format!("{id}-{}", sub.get_name()), out);
    }
}

fn value_ids<E: clap::ValueEnum>(id: &str, out: &mut Vec<String>) {
    for value in E::value_variants().iter().filter_map(clap::ValueEnum::to_possible_value) {
        out.push(format!("{id}-{}", value.get_name()));
    }
}

/// The `help-…` messages of a language's file.
fn help_messages(lang: Lang) -> Vec<String> {
    lang.source()
        .lines()
        .filter_map(|line| line.split_once(" ="))
        .map(|(id, _)| id.trim().to_owned())
        .filter(|id| id.starts_with("help-") && !id.contains(' '))
        .collect()
}

#[test]
fn every_text_of_the_help_is_a_message_and_every_help_message_is_used() {
    let mut asked = Vec::new();
    described_ids(&<Args as clap::CommandFactory>::command(), "help", &mut asked);
    value_ids::<crate::export::Format>("help-export-plan-format", &mut asked);
    value_ids::<crate::export::ListFormat>("help-export-list-format", &mut asked);
    value_ids::<crate::cli::graph::Format>("help-graph-format", &mut asked);
    let known = help_messages(Lang::En);
    let missing: Vec<&String> = asked.iter().filter(|id| !known.contains(id)).collect();
    assert!(missing.is_empty(), "asked for and not in en.ftl: {missing:?}");
    // The others are asked for by name in this file (and the i18n tests check those).
    let source = include_str!("../args.rs");
    let unused: Vec<&String> = known
        .iter()
        .filter(|id| !asked.contains(id) && !source.contains(&format!("tr!(\"{id}\"")))
        .collect();
    assert!(unused.is_empty(), "in en.ftl and asked for by nothing: {unused:?}");
}

fn help_of(path: &[&str], long: bool) -> String {
    let mut command = command_line();
    let mut sub = &mut command;
    for name in path {
        sub = sub.find_subcommand_mut(name).expect("a subcommand");
    }
    let help = if long { sub.render_long_help() } else { sub.render_help() };
    help.to_string()
}

#[test]
fn the_english_help_keeps_clap_s_words() {
    let _english = speak(Lang::En);
    let root = help_of(&[], false);
    assert!(root.starts_with("Explore an exhibition floor from the terminal.\n\n"), "{root}");
    assert!(
        root.contains("\nUsage: showfloor [OPTIONS] [COMMAND]\n\nCommands:\n  check "),
        "{root}"
    );
    assert!(root.contains("\n\nOptions:\n      --data <PATH> "), "{root}");
    assert!(root.contains("  -h, --help              Print help (see more with '--help')\n"));
    assert!(root.contains("  -V, --version           Print version"), "{root}");
    assert!(root.contains("  help         Print this message or the help of the given"), "{root}");
    let search = help_of(&["search"], false);
    assert!(search.contains("\n\nArguments:\n  <QUERY>  What to look for;"), "{search}");
    assert!(search.contains("[default: 20]"), "{search}");
    let plan = help_of(&["export", "plan"], true);
    assert!(plan.contains("Possible values:\n          - md:   A Markdown briefing\n"), "{plan}");
    assert!(plan.contains("[default: md]"), "{plan}");
}

#[test]
fn the_french_help_is_french_down_to_clap_s_words() {
    let _french = speak(Lang::Fr);
    let root = help_of(&[], false);
    assert!(root.starts_with("Explorer un salon d'exposition depuis le terminal.\n\n"), "{root}");
    assert!(
        root.contains("\nUtilisation\u{a0}: showfloor [OPTIONS] [COMMAND]\n\nCommandes\u{a0}:\n"),
        "{root}"
    );
    assert!(root.contains("\n\nOptions\u{a0}:\n      --data <PATH> "), "{root}");
    assert!(root.contains("Afficher l'aide (davantage avec '--help')"), "{root}");
    assert!(root.contains("Afficher la version"), "{root}");
    assert!(root.contains("Afficher ce message ou l'aide des commandes indiquées"), "{root}");
    assert!(!root.contains("Print"), "{root}");
    assert!(root.contains("[valeurs\u{a0}possibles\u{a0}: en, fr]"), "{root}");
    let search = help_of(&["search"], true);
    assert!(
        search.contains("\n\nArguments\u{a0}:\n  <QUERY>\n          Ce qu'il faut chercher"),
        "{search}"
    );
    assert!(search.contains("[par\u{a0}défaut\u{a0}: 20]"), "{search}");
    assert!(!search.contains("[default"), "{search}");
    assert!(search.contains("Syntaxe des requêtes"), "{search}");
    // The kinds are listed from the table, whatever the language.
    assert!(
        search.contains("Seulement les fiches de ce genre\u{a0}: company, system, delegation"),
        "{search}"
    );
    let plan = help_of(&["export", "plan"], true);
    assert!(
        plan.contains("Valeurs possibles\u{a0}:\n          - md\u{a0}:   Une note de synthèse"),
        "{plan}"
    );
    assert!(plan.contains("[par\u{a0}défaut\u{a0}: md]"), "{plan}");
    assert!(!plan.contains("Possible values"), "{plan}");
}

#[test]
fn a_localised_format_still_parses_to_its_value() {
    let _french = speak(Lang::Fr);
    let matches = command_line()
        .try_get_matches_from(["showfloor", "export", "list", "company", "--format", "md"])
        .expect("parses");
    let args = <Args as clap::FromArgMatches>::from_arg_matches(&matches).expect("reads");
    let Some(Command::Export { target: ExportTarget::List { format, .. } }) = args.command else {
        panic!("export list: {args:?}");
    };
    assert_eq!(format, crate::export::ListFormat::Md);
    assert!(
        command_line()
            .try_get_matches_from(["showfloor", "export", "plan", "--format", "x"])
            .is_err()
    );
}
