//! The README's screen captures (a search's result, a relationship view), key table and search syntax table are generated from the real
//! drawing code, key map and query syntax; this test fails when they drift. `UPDATE_README=1 cargo test --test readme` rewrites them.

mod common;

use common::{act, render, screen_text, type_text};
use showfloor::browser::app::keymap::{self, HELP_ORDER};
use showfloor::browser::app::{Action, App};
use showfloor::catalog::{embedded, load};

const README: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/README.md");

fn key_table() -> String {
    let mut out = String::from("| where | keys | what they do |\n| --- | --- | --- |\n");
    let keymap = keymap::KeyMap::default();
    for context in HELP_ORDER {
        for binding in keymap.bindings_in(context) {
            let keys = keymap::keys_text(binding).replace('|', "\\|");
            out.push_str(&format!(
                "| {} | `{}` | {} |\n",
                context.title(),
                keys,
                binding.description()
            ));
        }
    }
    out
}

fn syntax_table() -> String {
    let mut out = String::from("| type | to find |\n| --- | --- |\n");
    for (typed, meaning) in showfloor::search::syntax() {
        out.push_str(&format!("| `{}` | {meaning} |\n", typed.replace('|', "\\|")));
    }
    for (typed, meaning) in showfloor::search::examples() {
        out.push_str(&format!("| `{}` | e.g. {meaning} |\n", typed.replace('|', "\\|")));
    }
    out
}

/// The kinds the CLI and the search box accept, from the table they read (`Kind::resolve`).
fn kinds_text() -> String {
    use showfloor::catalog::Kind;
    let names: Vec<String> = Kind::ALL.iter().map(|kind| format!("`{}`", kind.name())).collect();
    let ambiguous = Kind::resolve("s").map_or_else(|error| error.to_string(), |_| String::new());
    let text = format!(
        "Kinds: {}. A plural works too, and so does the start of one kind's name (`list sys`, \
         `--kind del`); the start of several is an error that names them (`{ambiguous}`). The \
         browser's search box reads `KIND:` by the same table (`sys: kar`), and says the same \
         when it could mean several.",
        names.join(", ")
    );
    let wrapped: Vec<String> = textwrap::wrap(&text, textwrap::Options::new(96).break_words(false))
        .into_iter()
        .map(|line| line.into_owned())
        .collect();
    wrapped.join("\n") + "\n"
}

fn screen_capture() -> String {
    let mut app = App::new(load(&embedded()).catalog, 100, 28);
    act(&mut app, &[Action::OpenSearch]);
    type_text(&mut app, "bayraktar");
    act(&mut app, &[Action::Accept]);
    format!("```text\n{}\n```\n", screen_text(&render(&app)))
}

/// The relationship view of Baykar, as `r` opens it on the company's page.
fn graph_capture() -> String {
    let mut app = App::new(load(&embedded()).catalog, 100, 24);
    act(&mut app, &[Action::OpenSearch]);
    type_text(&mut app, "baykar");
    act(&mut app, &[Action::Accept, Action::OpenGraph]);
    format!("```text\n{}\n```\n", screen_text(&render(&app)))
}

/// Replace what stands between `<!-- NAME:start -->` and `<!-- NAME:end -->`.
fn splice(readme: &str, name: &str, content: &str) -> String {
    let start = format!("<!-- {name}:start -->\n");
    let end = format!("<!-- {name}:end -->");
    let from = readme.find(&start).unwrap_or_else(|| panic!("README has no {start}")) + start.len();
    let to = readme.find(&end).unwrap_or_else(|| panic!("README has no {end}"));
    format!("{}{content}{}", &readme[..from], &readme[to..])
}

#[test]
fn readme_key_table_and_screen_capture_match_the_program() {
    let readme = std::fs::read_to_string(README).expect("README.md");
    let expected = splice(&splice(&readme, "keys", &key_table()), "screen", &screen_capture());
    let expected = splice(&expected, "syntax", &syntax_table());
    let expected = splice(&expected, "kinds", &kinds_text());
    let expected = splice(&expected, "graph-screen", &graph_capture());
    if std::env::var_os("UPDATE_README").is_some() {
        std::fs::write(README, &expected).expect("write README.md");
        return;
    }
    assert!(
        readme == expected,
        "README.md is out of date with the key map or the screen; run UPDATE_README=1 cargo test --test readme"
    );
}

/// The part of the README between `<!-- NAME:start -->` and `<!-- NAME:end -->`.
fn section<'r>(readme: &'r str, name: &str) -> &'r str {
    let start = format!("<!-- {name}:start -->\n");
    let from = readme.find(&start).unwrap_or_else(|| panic!("README has no {start}")) + start.len();
    let to = readme.find(&format!("<!-- {name}:end -->")).expect("the section's end");
    &readme[from..to]
}

/// A command line as the README writes it: words, and "double-quoted words".
fn words(line: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut quoted = false;
    for c in line.chars() {
        match c {
            '"' => quoted = !quoted,
            ' ' if !quoted => {
                if !word.is_empty() {
                    words.push(std::mem::take(&mut word));
                }
            }
            c => word.push(c),
        }
    }
    if !word.is_empty() {
        words.push(word);
    }
    words
}

/// The README's published-files examples are true: each file shown is the file in
/// examples/published, whole, and each `$ showfloor …` prints what the README says (run in a
/// fresh folder holding a copy of the examples, so `--out my-show` writes there).
#[test]
fn readme_published_files_and_what_their_commands_print_are_true() {
    let readme = std::fs::read_to_string(README).expect("README.md");
    let shown = section(&readme, "published");
    let folder = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/published");
    let dir = tempfile::tempdir().expect("temp dir");
    let copy = dir.path().join("examples/published");
    std::fs::create_dir_all(&copy).expect("folder");
    for entry in std::fs::read_dir(folder).expect("examples/published") {
        let path = entry.expect("entry").path();
        let name = path.file_name().expect("a name").to_string_lossy().into_owned();
        let text = std::fs::read_to_string(&path).expect("text");
        std::fs::write(copy.join(&name), &text).expect("copy");
        let heading = format!("`examples/published/{name}`");
        assert!(shown.contains(&heading), "the README does not show {name}");
        let fenced = text.replace("\r\n", "\n");
        assert!(shown.contains(&format!("\n{fenced}```")), "the README's {name} is not the file");
    }
    let mut commands = 0;
    for block in shown.split("```console\n").skip(1) {
        let block = block.split("```").next().unwrap_or_default();
        for run in block.split("$ ").filter(|run| !run.is_empty()) {
            let (line, expected) = run.split_once('\n').unwrap_or((run, ""));
            let args = words(line);
            assert_eq!(args[0], "showfloor", "{line}");
            let output = std::process::Command::new(env!("CARGO_BIN_EXE_showfloor"))
                .args(&args[1..])
                .current_dir(dir.path())
                .env_remove("COLUMNS")
                .env("SHOWFLOOR_CONFIG", "/dev/null")
                .env("LC_ALL", "C")
                .output()
                .expect("the binary runs");
            let printed = format!(
                "{}{}",
                String::from_utf8_lossy(&output.stderr),
                String::from_utf8_lossy(&output.stdout)
            );
            assert_eq!(printed, expected, "what `{line}` prints");
            commands += 1;
        }
    }
    assert!(commands >= 4, "the README's commands were found ({commands})");
}

/// The README's config example is a config showfloor reads without a problem.
#[test]
fn readme_config_example_checks_clean() {
    let readme = std::fs::read_to_string(README).expect("README.md");
    let section = readme.split("## Your config").nth(1).expect("the config section");
    let example = section
        .split("```toml\n")
        .nth(1)
        .and_then(|rest| rest.split("```").next())
        .expect("a toml block");
    let (config, problems) =
        showfloor::config::parse("README.md", example, std::path::Path::new("."));
    // The example's catalogue paths are the reader's own, not this machine's.
    let other: Vec<_> = problems
        .iter()
        .filter(|p| !p.message.starts_with("no such catalogue folder or file"))
        .collect();
    assert!(other.is_empty(), "{other:?}");
    assert_eq!(config.preset.as_deref(), Some("emacs"));
}
