//! The README's screen capture, key table and search syntax table are generated from the real
//! drawing code, key map and query syntax; this test fails when they drift. `UPDATE_README=1 cargo test --test readme` rewrites them.

mod common;

use common::{act, render, screen_text, type_text};
use showfloor::browser::app::keymap::{self, HELP_ORDER};
use showfloor::browser::app::{Action, App};
use showfloor::catalog::{embedded, load};

const README: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/README.md");

fn key_table() -> String {
    let mut out = String::from("| where | keys | what they do |\n| --- | --- | --- |\n");
    for context in HELP_ORDER {
        for binding in keymap::bindings_in(context) {
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
    for (typed, meaning) in showfloor::search::SYNTAX {
        out.push_str(&format!("| `{}` | {meaning} |\n", typed.replace('|', "\\|")));
    }
    for (typed, meaning) in showfloor::search::EXAMPLES {
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
    if std::env::var_os("UPDATE_README").is_some() {
        std::fs::write(README, &expected).expect("write README.md");
        return;
    }
    assert!(
        readme == expected,
        "README.md is out of date with the key map or the screen; run UPDATE_README=1 cargo test --test readme"
    );
}
