use super::*;
use help::help_keys_width;

fn press(code: KeyCode, modifiers: KeyModifiers) -> KeyEvent {
    KeyEvent::new(code, modifiers)
}

#[test]
fn the_focused_pane_comes_before_global_keys() {
    let enter = press(KeyCode::Enter, KeyModifiers::NONE);
    assert_eq!(
        KeyMap::default().action_for_key(enter, &[Context::Always, Context::List, Context::Global]),
        Some(Action::Open)
    );
    let slash = press(KeyCode::Char('/'), KeyModifiers::NONE);
    assert_eq!(
        KeyMap::default()
            .action_for_key(slash, &[Context::Always, Context::Detail, Context::Global]),
        Some(Action::OpenSearch)
    );
}

#[test]
fn letters_type_in_text_inputs_but_ctrl_c_still_quits() {
    let q = press(KeyCode::Char('q'), KeyModifiers::NONE);
    assert_eq!(
        KeyMap::default().action_for_key(q, &[Context::Always, Context::Search]),
        Some(Action::Insert('q'))
    );
    let shifted = press(KeyCode::Char('Q'), KeyModifiers::SHIFT);
    assert_eq!(
        KeyMap::default().action_for_key(shifted, &[Context::Always, Context::Filter]),
        Some(Action::Insert('Q'))
    );
    let ctrl_c = press(KeyCode::Char('c'), KeyModifiers::CONTROL);
    assert_eq!(
        KeyMap::default().action_for_key(ctrl_c, &[Context::Always, Context::Search]),
        Some(Action::Quit)
    );
}

#[test]
fn shifted_letters_match_their_character() {
    let g = press(KeyCode::Char('G'), KeyModifiers::SHIFT);
    assert_eq!(KeyMap::default().action_for_key(g, &[Context::Global]), Some(Action::Bottom));
    let back_tab = press(KeyCode::BackTab, KeyModifiers::SHIFT);
    assert_eq!(
        KeyMap::default().action_for_key(back_tab, &[Context::Global]),
        Some(Action::FocusPrev)
    );
}

#[test]
fn every_context_has_a_way_out() {
    for context in [Context::Search, Context::Filter, Context::Help] {
        assert!(
            KeyMap::default().bindings_in(context).any(|b| b.action() == Some(&Action::Close)),
            "{context:?}"
        );
    }
    assert!(
        KeyMap::default().bindings_in(Context::Global).any(|b| b.action() == Some(&Action::Quit))
    );
}

#[test]
fn the_floor_plan_hints_its_arrows_together_and_its_own_way_back() {
    let hints = hints(&KeyMap::default(), &[Context::Always, Context::Floor, Context::Global]);
    assert_eq!(hints[0], ("←→↑↓".to_owned(), "move"));
    assert!(hints.iter().any(|(key, hint)| key == "Enter" && *hint == "open"));
    assert!(hints.iter().any(|(key, hint)| key == "Esc" && *hint == "back"), "{hints:?}");
    assert!(!hints.iter().any(|(key, _)| key == "f"), "no list filter on a map: {hints:?}");
}

#[test]
fn help_says_what_the_search_box_takes_right_after_its_keys() {
    let lines = help_lines(&KeyMap::default(), 120);
    let title = |wanted: &str| {
        lines.iter().position(|line| matches!(line, HelpLine::Title(t) if *t == wanted))
    };
    let (search, syntax) = (title(Context::Search.title()), title(crate::tr!("syntax-title")));
    assert!(search.is_some_and(|s| syntax.is_some_and(|y| y > s)), "{search:?} {syntax:?}");
    for (typed, meaning) in crate::search::syntax() {
        assert!(
            lines.iter().any(|line| matches!(line, HelpLine::Key { keys, text }
                if keys.trim() == typed && meaning.starts_with(text.as_str()))),
            "{typed} is explained"
        );
    }
}

#[test]
fn help_wraps_long_descriptions_beside_their_keys() {
    let narrow = help_lines(&KeyMap::default(), 50);
    let wide = help_lines(&KeyMap::default(), 200);
    assert!(narrow.len() > wide.len(), "long descriptions take more lines when narrow");
    let words = |lines: &[HelpLine]| -> Vec<String> {
        lines
            .iter()
            .filter_map(|line| match line {
                HelpLine::Key { text, .. } => Some(text.clone()),
                _ => None,
            })
            .flat_map(|text| text.split_whitespace().map(str::to_owned).collect::<Vec<_>>())
            .collect()
    };
    assert_eq!(words(&narrow), words(&wide), "no word is lost to the width");
    let keys_width = help_keys_width(&KeyMap::default()) + 2;
    for line in &narrow {
        if let HelpLine::Key { keys, text } = line {
            assert_eq!(keys.chars().count(), keys_width, "{keys:?}");
            assert!(text.chars().count() <= 50 - keys_width, "{text:?}");
        }
    }
}

/// q quits from anywhere but a text input, where it types: every stack of contexts the
/// browser puts in effect (App::contexts).
#[test]
fn q_quits_everywhere_but_where_letters_type() {
    use Context::*;
    let q = press(KeyCode::Char('q'), KeyModifiers::NONE);
    let quitting: [&[Context]; 7] = [
        &[Always, Kinds, Global],
        &[Always, List, Global],
        &[Always, Detail, Global],
        &[Always, Floor, Global],
        &[Always, Help],
        &[Always, Facets],
        &[Always, Compare],
    ];
    for contexts in quitting {
        assert_eq!(
            KeyMap::default().action_for_key(q, contexts),
            Some(Action::Quit),
            "{contexts:?}"
        );
    }
    for contexts in [[Always, Search], [Always, Filter], [Always, Note]] {
        let typed = KeyMap::default().msg_for_key(q, &contexts);
        let types = matches!(typed, Some(Msg::Action(Action::Insert('q')) | Msg::NoteKey(_)));
        assert!(types, "{contexts:?}: {typed:?}");
    }
}

#[test]
fn no_key_is_bound_twice_in_one_context() {
    for context in HELP_ORDER {
        let mut seen = Vec::new();
        let keymap = KeyMap::default();
        for binding in keymap.bindings_in(context) {
            for key in &binding.keys {
                assert!(!seen.contains(key), "{key} bound twice in {context:?}");
                seen.push(*key);
            }
        }
    }
}

#[test]
fn every_bound_action_has_a_unique_config_name() {
    let keymap = KeyMap::default();
    let mut names: Vec<(String, Action)> = Vec::new();
    for action in keymap.bindings().iter().filter_map(Binding::action) {
        let name = action.config_name();
        assert!(name.chars().all(|c| c.is_ascii_lowercase() || c == '-'), "{name}");
        match names.iter().find(|(n, _)| *n == name) {
            Some((_, other)) => assert_eq!(other, action, "{name} names two actions"),
            None => names.push((name, action.clone())),
        }
    }
    assert_eq!(Action::OpenSearch.config_name(), "open-search");
    assert_eq!(
        Action::Spatial(crate::features::floor::Direction::Left).config_name(),
        "spatial-left"
    );
}

#[test]
fn keys_are_read_as_configs_write_them_and_printed_back_the_same() {
    use crossterm::event::KeyModifiers as M;
    assert_eq!(parse_key("j"), Ok(key('j')));
    assert_eq!(parse_key("G"), Ok(key('G')));
    assert_eq!(parse_key("ctrl-n"), Ok(ctrl('n')));
    assert_eq!(parse_key("Ctrl-N"), Ok(ctrl('n')), "Ctrl with a letter is its lower case");
    assert_eq!(parse_key("alt-x"), Ok(Key::Press(KeyCode::Char('x'), M::ALT)));
    assert_eq!(parse_key("PgDn"), Ok(code(KeyCode::PageDown)));
    assert_eq!(parse_key("pagedown"), Ok(code(KeyCode::PageDown)));
    assert_eq!(parse_key("space"), Ok(key(' ')));
    assert_eq!(parse_key("f5"), Ok(code(KeyCode::F(5))));
    assert_eq!(parse_key("-"), Ok(key('-')));
    assert_eq!(parse_key("ctrl--"), Ok(ctrl('-')));
    let error = parse_key("ctrl-nope").expect_err("not a key");
    assert!(error.starts_with("`ctrl-nope` is not a key: write a character"), "{error}");
    assert!(parse_key("f13").is_err() && parse_key("").is_err() && parse_key("\u{7}").is_err());
    for binding in KeyMap::default().bindings() {
        for &key in &binding.keys {
            if let Some(name) = key_name(key) {
                assert_eq!(parse_key(&name), Ok(key), "{name}");
            }
        }
    }
}

#[test]
fn a_binding_replaces_what_the_key_did_in_its_context_and_an_unbinding_frees_it() {
    let mut keymap = KeyMap::default();
    let down = KeyEvent::new(KeyCode::Char('n'), KeyModifiers::CONTROL);
    let list = [Context::Always, Context::List, Context::Global];
    assert_eq!(keymap.action_for_key(down, &list), None);
    keymap.bind(Context::List, ctrl('n'), Action::Down);
    assert_eq!(keymap.action_for_key(down, &list), Some(Action::Down));
    // j is taken from "next record" and given to marking; the help says so.
    let j = KeyEvent::new(KeyCode::Char('j'), KeyModifiers::NONE);
    keymap.bind(Context::List, key('j'), Action::ToggleMark);
    assert_eq!(keymap.action_for_key(j, &list), Some(Action::ToggleMark));
    let next = keymap.bindings_in(Context::List).find(|b| b.action() == Some(&Action::Down));
    assert_eq!(next.map(keys_text).as_deref(), Some("Ctrl-n ↓"));
    // A letter bound in the search box is taken before the row that types letters.
    let search = [Context::Always, Context::Search];
    keymap.bind(Context::Search, ctrl('j'), Action::Down);
    let ctrl_j = KeyEvent::new(KeyCode::Char('j'), KeyModifiers::CONTROL);
    assert_eq!(keymap.action_for_key(ctrl_j, &search), Some(Action::Down));
    // Unbound, q in the list falls through to browsing's q; unbound there too, it does nothing.
    let q = KeyEvent::new(KeyCode::Char('q'), KeyModifiers::NONE);
    keymap.unbind(Context::Global, key('q'));
    assert_eq!(keymap.action_for_key(q, &list), None);
    assert!(
        KeyMap::actions_for(Context::List).contains(&Action::OpenSearch),
        "browsing's, in a pane"
    );
    assert!(!KeyMap::actions_for(Context::Help).contains(&Action::OpenNote));
}

#[test]
fn a_key_sequence_waits_for_its_next_press_and_a_wrong_one_counts_alone() {
    let mut keymap = KeyMap::default();
    let z_z = parse_key("z z").expect("a sequence");
    assert_eq!(key_name(z_z).as_deref(), Some("z z"));
    assert_eq!(z_z.to_string(), "z z");
    keymap.bind(Context::List, z_z, Action::Top);
    let press = |c: char| KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE);
    let list = [Context::Always, Context::List, Context::Global];
    let z = key('z');
    assert_eq!(
        keymap.msg_after(&[], press('z'), &list).map(|m| format!("{m:?}")),
        Some(format!("{:?}", Msg::KeysPending(vec![z])))
    );
    assert_eq!(
        keymap.msg_after(&[z], press('z'), &list).and_then(|m| m.action().cloned()),
        Some(Action::Top)
    );
    // "z j" is no sequence: j does what j does.
    assert_eq!(
        keymap.msg_after(&[z], press('j'), &list).and_then(|m| m.action().cloned()),
        Some(Action::Down)
    );
    assert!(parse_key("a b c d").is_err(), "at most three");
    assert!(parse_key("g nope").is_err());
}

/// Every row's description and status-bar word, every context's heading and every action's
/// description are messages both languages have: a missing one would show its id.
#[test]
fn every_key_is_described_in_every_language() {
    use crate::i18n::{Lang, speak};
    for lang in Lang::ALL {
        let _speaking = speak(lang);
        let keymap = KeyMap::default();
        for binding in keymap.bindings() {
            for text in [binding.description(), binding.hint_text()] {
                let id_like = ["key-", "hint-", "action-"].iter().any(|p| text.starts_with(p));
                assert!(!id_like, "{}: {binding:?} says {text:?}", lang.code());
            }
        }
        for context in Context::ALL {
            assert!(!context.title().starts_with("context-"), "{}: {context:?}", lang.code());
        }
    }
    let _french = speak(Lang::Fr);
    assert_eq!(
        Action::Spatial(crate::features::floor::Direction::Up).description(),
        "vers le stand le plus proche dans ce sens"
    );
    assert_eq!(Action::Click { column: 1, row: 2 }.description(), "choisir / suivre");
}

#[test]
fn a_tight_status_bar_may_show_a_narrower_key_that_does_the_same_here() {
    let keymap = KeyMap::default();
    let alias = |contexts: &[Context], key: &str| narrowest_alias(&keymap, contexts, key);
    assert_eq!(
        alias(&[Context::Always, Context::List, Context::Global], "Backspace").as_deref(),
        Some("[")
    );
    // Nothing narrower than one cell, and no key that is not hinted in these contexts.
    assert_eq!(alias(&[Context::Always, Context::List, Context::Global], "f"), None);
    assert_eq!(alias(&[Context::Always, Context::List, Context::Global], "F12"), None);
    // In the search box `l` types a letter: it is no alias of Enter there.
    let in_search = [Context::Always, Context::Search];
    if let Some(key) = alias(&in_search, "Enter") {
        assert!(key.chars().count() > 1 || !key.chars().all(char::is_alphanumeric), "{key}");
    }
}
