//! Properties that must hold for every input, not just the ones we thought of: the sanitiser
//! never lets a control character through, fitted text never exceeds its cells, search and the
//! loader accept anything without panicking, and no sequence of keys breaks the browser.

#[path = "../common/mod.rs"]
mod common;
mod imports;
mod inputs;
mod keys;
mod loading;

use common::{forbidden, render, render_at};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use proptest::prelude::*;
use showfloor::browser::app::{Action, App, Mode, Msg, update};
use showfloor::browser::ui::text::{cells, fit, highlighted};
use showfloor::catalog::{Kind, SourceFile, embedded, load};
use showfloor::search::SearchIndex;
use showfloor::text::{sanitize_line, sanitize_text};
use std::borrow::Cow;
use std::sync::OnceLock;

/// Strings weighted towards trouble: controls, escapes, combining marks, wide CJK, emoji with
/// joiners, the dotted capital I whose lowercase is longer, and plain text around them.
fn nasty_string() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("\u{1b}[31m".to_owned()),
        Just("\u{1b}]0;pwned\u{7}".to_owned()),
        Just("\u{9b}2J".to_owned()),
        Just("\u{202e}gnp.exe".to_owned()),
        Just("\r\n".to_owned()),
        Just("\t".to_owned()),
        Just("İ".to_owned()),
        Just("e\u{301}".to_owned()),
        Just("防务展".to_owned()),
        Just("👩\u{200d}🚀".to_owned()),
        Just("\u{fe0f}".to_owned()),
        Just("\u{0}".to_owned()),
        "[a-zA-Z ]{0,12}",
        any::<char>().prop_map(String::from),
    ];
    prop::collection::vec(piece, 0..24).prop_map(|pieces| pieces.concat())
}

/// Queries in fzf's extended syntax, as typed and as mistyped: operators alone and in every
/// position, words from the catalogue, escapes, and the nasty pieces.
fn extended_query() -> impl Strategy<Value = String> {
    let token = prop_oneof![
        Just("!".to_owned()),
        Just("'".to_owned()),
        Just("^".to_owned()),
        Just("$".to_owned()),
        Just("|".to_owned()),
        Just("\\".to_owned()),
        Just(" ".to_owned()),
        Just("  ".to_owned()),
        Just("drone".to_owned()),
        Just("tb2".to_owned()),
        Just("turkiye".to_owned()),
        Just("armored".to_owned()),
        Just("a".to_owned()),
        Just("Maïga".to_owned()),
        "[a-z]{1,6}",
        nasty_string(),
    ];
    prop::collection::vec(token, 0..10).prop_map(|tokens| tokens.concat())
}

fn embedded_index() -> &'static (showfloor::catalog::Catalog, SearchIndex) {
    static INDEX: OnceLock<(showfloor::catalog::Catalog, SearchIndex)> = OnceLock::new();
    INDEX.get_or_init(|| {
        let loaded = load(&embedded());
        let index = SearchIndex::build(&loaded.catalog);
        (loaded.catalog, index)
    })
}

/// Cut `cut` bytes out of one of `sources` (picked by `file`) at `at`, and splice `insert` in
/// their place; the index of the damaged file.
fn damage(
    sources: &mut [SourceFile],
    file: usize,
    at: prop::sample::Index,
    cut: usize,
    insert: String,
) -> usize {
    let index = file % sources.len();
    let mut bytes = sources[index].bytes.to_vec();
    let at = at.index(bytes.len() + 1);
    let end = (at + cut).min(bytes.len());
    bytes.splice(at..end, insert.into_bytes());
    sources[index].bytes = Cow::Owned(bytes);
    index
}

fn assert_loads_cleanly(bytes: Vec<u8>) {
    let text = String::from_utf8_lossy(&bytes);
    let lines = text.split('\n').count() as u32;
    let source = SourceFile { path: "fuzzed.toml".to_owned(), bytes: Cow::Owned(bytes.clone()) };
    let loaded = load(&[source]);
    for diagnostic in &loaded.diagnostics {
        assert!(diagnostic.location.line >= 1, "{diagnostic}");
        assert!(diagnostic.location.line <= lines.max(1), "{diagnostic} is past the end");
        assert!(diagnostic.location.column >= 1, "{diagnostic}");
        let shown = diagnostic.to_string();
        assert!(shown.starts_with("fuzzed.toml:"), "{shown}");
        assert!(!shown.chars().any(forbidden), "{shown:?}");
    }
}
