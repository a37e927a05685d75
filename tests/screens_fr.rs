//! The first screens in French, drawn by the real drawing code at the two sizes people use
//! (80×24 and 120×40): the main screen, help, search and My plan. Each is a snapshot, and
//! each is held against its English twin: every interface string the English screen shows
//! whole, the French screen shows whole in French (wrapped, perhaps, never cut), and the
//! status bar keeps the most useful hints in the same order, with help always last.

mod common;

use common::*;
use insta::assert_snapshot;
use showfloor::browser::app::{Action, App, keymap};
use showfloor::i18n::{Lang, speak};

const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];
const SCREENS: [&str; 4] = ["main", "help", "search", "plan"];

/// Screen `name` in `lang`, reached as a person reaches it. The app is built in the language,
/// as `showfloor --lang fr` builds it, since a record's page is laid out when it opens.
fn reach(lang: Lang, name: &str, (width, height): (u16, u16)) -> App {
    let _speaking = speak(lang);
    match name {
        "main" => app(width, height),
        "help" => {
            let mut app = app(width, height);
            act(&mut app, &[Action::ToggleHelp]);
            app
        }
        "search" => {
            let mut app = app(width, height);
            act(&mut app, &[Action::OpenSearch]);
            type_text(&mut app, "tb");
            app
        }
        "plan" => planned_app(width, height),
        other => {
            let id = other.strip_prefix("page:").expect("a screen's name, or page:ID");
            let mut app = app(width, height);
            open(&mut app, id);
            app
        }
    }
}

fn draw(lang: Lang, name: &str, size: (u16, u16)) -> String {
    let app = reach(lang, name, size);
    let _speaking = speak(lang);
    screen(&app)
}

#[test]
fn french_screens() {
    for name in SCREENS {
        for size in SIZES {
            let (width, height) = size;
            assert_snapshot!(format!("fr_{name}_{width}x{height}"), draw(Lang::Fr, name, size));
        }
    }
}

/// The screen's words, as a reader follows them across wrapped lines: borders dropped and
/// every run of blanks (line ends and no-break spaces included) one space.
fn words(text: &str) -> String {
    let open: String = text
        .chars()
        .map(|c| {
            if "│┌┐└┘─├┤┬┴┼".contains(c) || c.is_whitespace() {
                ' '
            } else {
                c
            }
        })
        .collect();
    open.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The messages of the interface that stand whole on a screen: one line, no placeholder.
fn plain_messages() -> Vec<&'static str> {
    let source = Lang::En.source();
    let lines: Vec<&str> = source.lines().collect();
    lines
        .iter()
        .enumerate()
        .filter_map(|(at, line)| {
            let (id, text) = line.split_once(" = ")?;
            let continued = lines.get(at + 1).is_some_and(|next| next.starts_with(' '));
            let plain =
                id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                    && !text.contains('{')
                    && !continued;
            plain.then_some(id)
        })
        .collect()
}

/// What a reader of screen `name` reads: the help overlay alone where it is open (the panes
/// peeking out beside it are not the point), else everything above the status bar, which is
/// held to its own rule below.
fn read(lang: Lang, name: &str, size: (u16, u16)) -> String {
    let app = reach(lang, name, size);
    let _speaking = speak(lang);
    if name == "help" {
        return pane(&app, |areas| areas.help);
    }
    if name.starts_with("page:") {
        return pane(&app, |areas| areas.detail);
    }
    // A record's page (or the search's preview of one) runs as long as the record's own text,
    // and French prose is longer: what falls below its fold is the data's length, not a cut.
    // Its headings and labels are held to the rule on the record pages' own screens.
    let mut buffer = render(&app);
    if let Some(page) = app.areas().and_then(|areas| areas.detail) {
        for y in page.top() + 1..page.bottom().saturating_sub(1) {
            for x in page.left()..page.right() {
                buffer[(x, y)].set_symbol(" ");
            }
        }
    }
    let screen = screen_text(&buffer);
    let lines: Vec<&str> = screen.lines().collect();
    lines[..lines.len() - 1].join("\n")
}

#[test]
fn nothing_the_english_screens_show_whole_is_cut_in_french() {
    let messages = plain_messages();
    assert!(messages.len() > 200, "the English messages are read: {}", messages.len());
    let mut checked = 0;
    for name in SCREENS {
        for size in SIZES {
            checked += kept_in_french(&messages, name, size);
        }
    }
    // Record pages, each on a screen tall enough for the whole page, at the narrower width.
    for page in PAGES {
        checked += kept_in_french(&messages, page, (80, 120));
    }
    assert!(checked > 100, "the screens show the interface's words: {checked} checked");
}

/// A company, a system with specs, a demo day and a country: the pages' headings and labels.
const PAGES: [&str; 4] =
    ["page:aselsan", "page:bayraktar-tb2", "page:bamex-2025-demo-day-1", "page:country:mali"];

/// Asserts that every message screen `name` shows whole in English, it shows whole in French;
/// returns how many it checked.
fn kept_in_french(messages: &[&'static str], name: &str, size: (u16, u16)) -> usize {
    let (english, french) = (read(Lang::En, name, size), read(Lang::Fr, name, size));
    let (english_words, french_words) =
        (format!(" {} ", words(&english)), format!(" {} ", words(&french)));
    // Each message as whole words in both languages; the status bar's words are held to its
    // own rule.
    let pairs: Vec<(&str, String, String)> = messages
        .iter()
        .filter(|id| !id.starts_with("hint-"))
        .map(|id| {
            let (en, fr) = (words(Lang::En.text(id)), words(Lang::Fr.text(id)));
            (*id, format!(" {en} "), format!(" {fr} "))
        })
        .collect();
    let shown = |(_, en, fr): &&(&str, String, String)| {
        english_words.contains(en.as_str()) && french_words.contains(fr.as_str())
    };
    let mut checked = 0;
    for (id, en, fr) in &pairs {
        // A word of four letters or fewer ("air", "high") stands in too much else to say
        // anything: the data's own text has it ("high ceiling" in a summary).
        if en.trim().chars().count() < 5 || !english_words.contains(en.as_str()) {
            continue;
        }
        checked += 1;
        // "Kinds" is on the English help only inside "Kinds pane", which the French help
        // shows as « Volet des catégories »: the longer message is what counts.
        let inside_another = pairs
            .iter()
            .filter(|(other, longer, _)| other != id && longer.contains(en.as_str()))
            .any(|pair| shown(&pair));
        assert!(
            french_words.contains(fr.as_str()) || inside_another,
            "{name} at {size:?}: the English shows `{en}` ({id}) whole, the French does not \
             show `{fr}`\n{french}"
        );
    }
    checked
}

/// The status bar's hints, key and word, as drawn on the last line.
fn hints(screen: &str) -> Vec<String> {
    let status = screen.lines().last().unwrap_or_default();
    // A hint is a key, a space and its word; hints are one or two spaces apart, and a word is
    // one word, so the keys are every other token.
    status.split_whitespace().step_by(2).map(str::to_owned).collect()
}

#[test]
fn the_french_status_bar_keeps_the_most_useful_hints_and_help() {
    for name in SCREENS {
        for size in SIZES {
            let app = reach(Lang::En, name, size);
            // A tight line may show a hint at a narrower key of the same binding ("[" for
            // "Backspace"): the same hint.
            let same = |english: &String, french: &String| {
                english == french
                    || keymap::narrowest_alias(app.keymap(), &app.contexts(), english).as_ref()
                        == Some(french)
            };
            let (english, french) =
                (hints(&draw(Lang::En, name, size)), hints(&draw(Lang::Fr, name, size)));
            assert_eq!(french.last(), english.last(), "{name} at {size:?}: help comes last");
            assert!(
                french.len() <= english.len()
                    && french[..french.len() - 1].iter().zip(&english).all(|(f, e)| same(e, f)),
                "{name} at {size:?}: the French hints {french:?} are the English {english:?}, \
                 most useful first"
            );
            if size.0 >= 120 {
                assert_eq!(french.len(), english.len(), "{name} at {size:?}: every hint has room");
            } else {
                assert!(french.len() >= english.len().min(4), "{name} at {size:?}: {french:?}");
            }
        }
    }
}

/// Against an earlier edition, in French: a changed record's changes and the removed entry's
/// page in French words, with the no-break space French puts before a colon.
#[test]
fn an_earlier_edition_in_french() {
    let mut app = {
        let _speaking = speak(Lang::Fr);
        let mut app = compared_app(120, 30);
        open(&mut app, "acme");
        app
    };
    let _speaking = speak(Lang::Fr);
    let page = screen(&app);
    assert!(page.contains("Changements depuis old"), "{page}");
    assert!(page.contains("Stand\u{a0}: A9 → B2"), "{page}");
    // Over to the kinds pane, down to its last entry, into its list.
    while app.focus() != showfloor::browser::app::Pane::Kinds {
        act(&mut app, &[Action::FocusPrev]);
    }
    act(&mut app, &[Action::Bottom, Action::Open]);
    assert!(words(&screen(&app)).contains("Retirés depuis old (1)"), "the list's title");
    let gone = words(&pane(&app, |a| a.detail));
    assert!(
        gone.contains(
            "retirée depuis old : cette fiche est telle qu’elle y figurait, en lecture seule"
        ),
        "{gone}"
    );
}

/// The schedule's day column is as wide as the French day says itself: « mar. 11 nov. »
/// stands apart from the item's name (at 80 columns the list pane has no room for the column,
/// in either language).
#[test]
fn the_french_schedule_keeps_its_days_apart_from_the_names() {
    let _speaking = speak(Lang::Fr);
    for (width, height) in [(120, 40), (100, 30)] {
        let mut app = app(width, height);
        show_kind_list(&mut app, showfloor::catalog::Kind::ScheduleItem);
        let list = pane(&app, |a| a.list);
        let first = list.lines().find(|l| l.contains("mar.")).unwrap_or_else(|| panic!("{list}"));
        assert!(
            first.contains("mar. 11 nov. ") || first.contains("mar. 11 "),
            "{width}x{height}: {first}"
        );
        assert!(!first.contains("11Journée") && !first.contains("nov.Journée"), "{first}");
    }
}
