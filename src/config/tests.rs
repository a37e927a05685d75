use super::*;
use crate::browser::app::keymap::{Key, key_name, parse_key};
use crate::browser::app::{Action, Context};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

fn problems_of(text: &str) -> (Config, Vec<String>) {
    let (config, problems) = parse("config.toml", text, Path::new("/home/ana/.config/showfloor"));
    (config, problems.iter().map(ToString::to_string).collect())
}

fn press(text: &str) -> KeyEvent {
    let Ok(Key::Press(code, modifiers)) = parse_key(text) else { panic!("{text}") };
    KeyEvent::new(code, modifiers)
}

const LIST: [Context; 3] = [Context::Always, Context::List, Context::Global];

#[test]
fn settings_and_keys_are_read() {
    let dir = tempfile::tempdir().expect("temp dir");
    let folder = dir.path();
    std::fs::create_dir(folder.join("shows")).expect("a folder");
    let absolute = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/published/schedule.xml");
    let text = format!(
        "data = [\"shows\", {absolute:?}]\nstate = \"notes.toml\"\nmouse = false\n\
         language = \"en\"\n\n[keys.list]\n\"ctrl-n\" = \"down\"\n\"j\" = \"none\"\n\
         [keys.browsing]\n\"f5\" = \"open-search\"\n"
    );
    let (config, problems) = parse("config.toml", &text, folder);
    let problems: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert_eq!(problems, Vec::<String>::new());
    assert_eq!(config.data, [folder.join("shows"), PathBuf::from(absolute)]);
    assert_eq!(config.state, Some(folder.join("notes.toml")));
    assert_eq!(config.mouse, Some(false));
    assert_eq!(config.keys.action_for_key(press("ctrl-n"), &LIST), Some(Action::Down));
    assert_eq!(config.keys.action_for_key(press("j"), &LIST), None, "freed, and browsing has no j");
    assert_eq!(config.keys.action_for_key(press("f5"), &LIST), Some(Action::OpenSearch));
}

#[test]
fn every_problem_is_said_at_once_at_its_line_and_column() {
    let text = "mose = true\nmouse = \"yes\"\nlanguage = \"xx\"\n\n[keys]\npreset = \"vi\"\n\
                [keys.lst]\n\"j\" = \"down\"\n[keys.list]\n\"ctrl-nope\" = \"down\"\n\"k\" = \"dwn\"\n\
                \"pgdn\" = \"page-down\"\n\"pagedown\" = \"bottom\"\n\"n\" = \"zoom-in\"\n";
    let (config, problems) = problems_of(text);
    let p = "config.toml";
    assert_eq!(
        problems,
        [
            format!(
                "{p}:1:1: error: unknown key `mose` (did you mean `mouse`?); the keys are `data`, `state`, `mouse`, `language`, `theme`, `colors`, `keys`"
            ),
            format!("{p}:2:9: error: `mouse` is true or false"),
            format!("{p}:3:12: error: `xx` is not a language showfloor has (it has `en`, `fr`)"),
            format!(
                "{p}:6:10: error: unknown preset `vi` (did you mean `vim`?); the presets are `default`, `vim`, `emacs`"
            ),
            format!(
                "{p}:7:7: error: unknown key table `lst` (did you mean `list`?); the key tables are `preset`, `browsing`, `kinds`, `list`, `detail`, `floor`, `search`, `filter`, `facets`, `compare`, `import-plan`, `graph`, `note`, `help`, `anywhere`"
            ),
            format!(
                "{p}:10:1: error: `ctrl-nope` is not a key: write a character (`j`, `G`, `?`), a named key (`enter`, `esc`, `tab`, `shift-tab`, `backspace`, `delete`, `insert`, `up`, `down`, `left`, `right`, `pgup`, `pgdn`, `home`, `end`, `space`, `f1`…`f12`), either after `ctrl-` or `alt-`"
            ),
            format!(
                "{p}:11:7: error: unknown action `dwn` (did you mean `down`?); in [keys.list] the actions are {}, or `none` to free the key",
                list_actions()
            ),
            format!(
                "{p}:13:1: error: the key `pgdn` is bound in [keys.list] at line 12, column 1 already; one key does one thing in a context"
            ),
            format!(
                "{p}:14:7: error: `zoom-in` does nothing in [keys.list]; it applies in `floor`"
            ),
        ]
    );
    // What could be read is used: the page-down binding stands.
    assert_eq!(config.keys.action_for_key(press("pgdn"), &LIST), Some(Action::PageDown));
}

fn list_actions() -> String {
    let names: Vec<String> = KeyMap::actions_for(Context::List)
        .iter()
        .map(|a| format!("`{}`", a.config_name()))
        .collect();
    names.join(", ")
}

#[test]
fn a_toml_syntax_error_is_placed_and_the_rest_still_read() {
    let (config, problems) = problems_of("mouse = false\nstate = \"unterminated\n");
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0].starts_with("config.toml:2:22: error: TOML syntax: invalid basic string"),
        "{problems:?}"
    );
    assert_eq!(config.mouse, Some(false));
}

#[test]
fn the_presets_are_clean_and_change_what_they_say() {
    for (name, text) in keys::PRESETS {
        assert_eq!(keys::preset_problems(text), Vec::<String>::new(), "preset {name}");
    }
    let (emacs, problems) =
        problems_of("[keys]\npreset = \"emacs\"\n[keys.list]\n\"ctrl-b\" = \"none\"\n");
    assert_eq!(problems, Vec::<String>::new());
    assert_eq!(emacs.keys.action_for_key(press("ctrl-n"), &LIST), Some(Action::Down));
    assert_eq!(emacs.keys.action_for_key(press("ctrl-v"), &LIST), Some(Action::PageDown));
    assert_eq!(
        emacs.keys.action_for_key(press("ctrl-b"), &LIST),
        None,
        "the file's own change wins"
    );
    let (vim, _) = problems_of("[keys]\npreset = \"vim\"\n");
    assert_eq!(vim.keys.action_for_key(press("ctrl-f"), &LIST), Some(Action::PageDown));
}

/// Every key of every context does the same in `keys` as in the default key map.
fn assert_same_keys_as_the_defaults(keys: &KeyMap) {
    let defaults = KeyMap::default();
    for context in Context::ALL {
        for binding in defaults.bindings_in(context) {
            for &key in &binding.keys {
                let Key::Press(code, modifiers) = key else { continue };
                let event = KeyEvent::new(code, modifiers);
                assert_eq!(
                    keys.action_for_key(event, &[context]),
                    defaults.action_for_key(event, &[context]),
                    "{:?} in {context:?}",
                    key_name(key)
                );
            }
        }
    }
}

#[test]
fn the_default_config_reads_back_as_the_default_key_map_with_no_problem() {
    let text = default_text();
    let (config, problems) = problems_of(&text);
    assert_eq!(problems, Vec::<String>::new());
    assert_same_keys_as_the_defaults(&config.keys);
    assert!(text.contains("\"q\" = \"quit\""), "{text}");
    assert_eq!(config.palette, crate::browser::ui::Palette::default(), "the colours read back too");
    let _ = KeyModifiers::NONE;
    let _ = KeyCode::Enter;
}

#[test]
fn the_config_is_looked_for_in_the_flag_then_the_environment_then_the_config_directory() {
    let flag = place(Some(Path::new("/tmp/a.toml")), Some("/tmp/b.toml".into())).expect("a place");
    assert_eq!((flag.path, flag.why), (PathBuf::from("/tmp/a.toml"), Why::Flag));
    let env = place(None, Some("/tmp/b.toml".into())).expect("a place");
    assert_eq!((env.path, env.why), (PathBuf::from("/tmp/b.toml"), Why::Environment));
    if let Some(dir) = place(None, None) {
        assert!(dir.path.ends_with("config.toml") && dir.why == Why::ConfigDirectory);
    }
}

#[test]
fn a_missing_named_config_is_an_error_and_a_missing_default_one_is_none() {
    let dir = tempfile::tempdir().expect("temp dir");
    let named = Place { path: dir.path().join("nope.toml"), why: Why::Flag };
    let (_, problems) = load(&named);
    assert_eq!(problems.len(), 1);
    assert!(problems[0].message.starts_with("no such file (named by --config)"));
    let default = Place { path: dir.path().join("config.toml"), why: Why::ConfigDirectory };
    assert!(load(&default).1.is_empty());
    let folder = Place { path: dir.path().to_owned(), why: Why::Flag };
    assert!(load(&folder).1[0].message.contains("directory"), "a folder is not a config");
}

#[test]
fn a_theme_and_colours_are_read_and_a_bad_one_is_said() {
    use crate::browser::ui::{Palette, Role};
    use ratatui::style::{Color, Modifier, Style};
    let text = "theme = \"light\"\n[colors]\nmatch = \"#ffcc00 on 17 bold\"\nlink = \"bright-cyan underline\"\n";
    let (config, problems) = problems_of(text);
    assert_eq!(problems, Vec::<String>::new());
    assert_eq!(
        config.palette.get(Role::Match),
        Style::new()
            .fg(Color::Rgb(0xff, 0xcc, 0))
            .bg(Color::Indexed(17))
            .add_modifier(Modifier::BOLD)
    );
    assert_eq!(
        config.palette.get(Role::Link),
        Style::new().fg(Color::LightCyan).add_modifier(Modifier::UNDERLINED)
    );
    assert_eq!(
        config.palette.get(Role::Warning),
        Palette::light().get(Role::Warning),
        "the theme's, unchanged"
    );
    let (_, problems) =
        problems_of("theme = \"drak\"\n[colors]\nmatsh = \"red\"\nlink = \"purple\"\n");
    assert_eq!(problems.len(), 3, "{problems:?}");
    assert!(
        problems[0]
            .starts_with("config.toml:1:9: error: unknown theme `drak` (did you mean `dark`?)"),
        "{problems:?}"
    );
    assert!(
        problems[1]
            .starts_with("config.toml:3:1: error: unknown role `matsh` (did you mean `match`?)"),
        "{problems:?}"
    );
    assert!(
        problems[2].starts_with("config.toml:4:8: error: `purple` is not a colour or a style"),
        "{problems:?}"
    );
    for theme in Palette::THEMES {
        for role in Role::ALL {
            let style = Palette::named(theme).expect("a theme").get(role);
            assert_eq!(parse_style(&colors::style_text(style)), Ok(style), "{theme} {role:?}");
        }
    }
}

#[test]
fn a_sequence_is_bound_unless_its_first_key_acts_alone_in_its_context() {
    let (config, problems) =
        problems_of("[keys.list]\n\"g\" = \"none\"\n\"g g\" = \"top\"\n\"m m\" = \"bottom\"\n");
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0].starts_with("config.toml:4:1: error: `m` alone does something in [keys.list], so the sequence could never be typed"),
        "{problems:?}"
    );
    let g = parse_key("g").expect("g");
    let after_g = config.keys.msg_after(&[g], press("g"), &LIST).and_then(|m| m.action().cloned());
    assert_eq!(after_g, Some(Action::Top));
}

/// The defects an adversarial pass found (2026-12-03), each pinned.
#[test]
fn the_config_in_effect_reads_back_as_itself_freed_keys_and_order_included() {
    let text = "[keys]\npreset = \"emacs\"\n[keys.list]\n\"ctrl-n\" = \"none\"\n\"j\" = \"none\"\n\
                [keys.browsing]\n\"q\" = \"none\"\n";
    let (first, problems) = problems_of(text);
    assert_eq!(problems, Vec::<String>::new());
    let once = effective_text(&first);
    let (second, problems) = problems_of(&once);
    assert_eq!(problems, Vec::<String>::new());
    assert_eq!(effective_text(&second), once, "a second pass changes nothing");
    assert_eq!(second.keys.action_for_key(press("q"), &LIST), None, "q stays freed");
    assert_eq!(second.keys.action_for_key(press("j"), &LIST), None);
    // And the default config, read back, prints as itself.
    let default = default_text();
    assert_eq!(effective_text(&problems_of(&default).0), default);
}

#[test]
fn none_in_a_pane_frees_the_key_from_the_browsing_table_too() {
    let (config, problems) =
        problems_of("[keys.browsing]\n\"j\" = \"toggle-help\"\n[keys.list]\n\"j\" = \"none\"\n");
    assert_eq!(problems, Vec::<String>::new());
    assert_eq!(config.keys.action_for_key(press("j"), &LIST), None);
    let kinds = [Context::Always, Context::Kinds, Context::Global];
    assert_eq!(
        config.keys.action_for_key(press("j"), &kinds),
        Some(Action::Down),
        "the kinds' own j"
    );
    // A key that opens help closes it too.
    let (config, _) = problems_of("[keys.browsing]\n\"f2\" = \"toggle-help\"\n");
    let help = [Context::Always, Context::Help];
    assert_eq!(config.keys.action_for_key(press("f2"), &help), Some(Action::Close));
}

#[test]
fn sequences_that_could_never_be_typed_are_refused() {
    let (_, problems) = problems_of(
        "[keys.search]\n\"a b\" = \"down\"\n[keys.list]\n\"z z\" = \"bottom\"\n\"z z z\" = \"top\"\n",
    );
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert!(
        problems[0].starts_with("config.toml:2:1: error: in [keys.search] letters type"),
        "{problems:?}"
    );
    assert!(
        problems[1]
            .starts_with("config.toml:5:1: error: `z z z` and `z z` in [keys.list] begin alike"),
        "{problems:?}"
    );
    let keymap =
        problems_of("[keys.list]\n\"g\" = \"none\"\n\"g g\" = \"top\"\n\"z z\" = \"top\"\n").0.keys;
    let top = keymap.bindings_in(Context::List).find(|b| b.action() == Some(&Action::Top));
    assert_eq!(
        top.map(crate::browser::app::keymap::keys_text).as_deref(),
        Some("z z, g g"),
        "sequences set apart in help"
    );
}

#[test]
fn paths_are_checked_where_they_are_written() {
    let dir = tempfile::tempdir().expect("temp dir");
    let text = "data = [\"here\", \"missing\", \"\"]\nstate = \"\"\n";
    std::fs::create_dir(dir.path().join("here")).expect("a folder");
    let (config, problems) = parse("config.toml", text, dir.path());
    let problems: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert_eq!(config.data, [dir.path().join("here")]);
    assert_eq!(problems.len(), 3, "{problems:?}");
    assert!(
        problems[0].starts_with("config.toml:1:17: error: no such catalogue folder or file: "),
        "{problems:?}"
    );
    assert_eq!(
        problems[1],
        "config.toml:1:28: error: an empty path: name a catalogue folder or file"
    );
    assert_eq!(problems[2], "config.toml:2:9: error: an empty path: name the state file");
}

#[test]
fn problems_are_placed_after_a_bom_and_a_bad_byte_and_a_flood_is_counted() {
    let (_, problems) = problems_of("\u{feff}theme = \"dak\"\n");
    assert!(problems[0].starts_with("config.toml:1:9: error: unknown theme `dak`"), "{problems:?}");
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("config.toml");
    std::fs::write(&path, b"mouse = true\n[colors]\nmatch = \"red \xc3\"\n").expect("write");
    let (_, problems) = load(&Place { path: path.clone(), why: Why::Flag });
    assert_eq!((problems[0].location.line, problems[0].location.column), (3, 14));
    let flood: String = (0..500).map(|n| format!("\"k{n}x\" = \"down\"\n")).collect();
    let (_, problems) = problems_of(&format!("[keys.list]\n{flood}"));
    assert_eq!(problems.len(), 101);
    assert!(
        problems[100].ends_with("error: and 400 more problems; fix these first"),
        "{problems:?}"
    );
    let (_, problems) = problems_of(&format!("mouze{} = 1\n", "e".repeat(10_000)));
    assert!(problems[0].len() < 400, "a long word is cut: {} bytes", problems[0].len());
}

#[test]
fn colour_mistakes_say_what_is_wrong() {
    assert_eq!(
        parse_style("red blue"),
        Err("`red blue` has two colours; a second one is a background after `on`".into())
    );
    assert_eq!(parse_style("on red on blue"), Err("`on red on blue` has two backgrounds".into()));
    assert!(parse_style("").is_err() && parse_style("  ").is_err() && parse_style("+5").is_err());
    assert_eq!(parse_style("grey"), parse_style("gray"));
    let error = parse_style("#12345").expect_err("five digits");
    assert!(error.starts_with("`#12345` is not a colour or a style"), "{error}");
}

#[test]
fn a_pane_binding_that_anywhere_hides_is_said() {
    let (_, problems) = problems_of(
        "[keys.list]\n\"j\" = \"down\"\n\"x\" = \"up\"\n[keys.anywhere]\n\"x\" = \"quit\"\n",
    );
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0].starts_with(
            "config.toml:3:1: error: `x` is bound in [keys.anywhere], which is looked up first"
        ),
        "{problems:?}"
    );
}

/// The config's problems as a French reader reads them: the same places, the config's own
/// words untranslated.
fn problems_in_french(text: &str) -> Vec<String> {
    let _fr = crate::i18n::speak(crate::i18n::Lang::Fr);
    problems_of(text).1
}

#[test]
fn every_problem_is_said_in_french_at_the_same_line_and_column() {
    let text = "mose = true\nmouse = \"yes\"\nlanguage = \"xx\"\n\n[keys]\npreset = \"vi\"\n\
                [keys.lst]\n\"j\" = \"down\"\n[keys.list]\n\"ctrl-nope\" = \"down\"\n\"k\" = \"dwn\"\n\
                \"pgdn\" = \"page-down\"\n\"pagedown\" = \"bottom\"\n\"n\" = \"zoom-in\"\n";
    let p = "config.toml";
    assert_eq!(
        problems_in_french(text),
        [
            format!(
                "{p}:1:1: error: clé `mose` inconnue (vouliez-vous dire `mouse`\u{a0}?)\u{a0}; les clés possibles sont `data`, `state`, `mouse`, `language`, `theme`, `colors`, `keys`"
            ),
            format!("{p}:2:9: error: `mouse` vaut true ou false"),
            format!(
                "{p}:3:12: error: `xx` n'est pas une langue que showfloor connaît (il connaît `en`, `fr`)"
            ),
            format!(
                "{p}:6:10: error: préréglage `vi` inconnu (vouliez-vous dire `vim`\u{a0}?)\u{a0}; les préréglages sont `default`, `vim`, `emacs`"
            ),
            format!(
                "{p}:7:7: error: table de touches `lst` inconnue (vouliez-vous dire `list`\u{a0}?)\u{a0}; les tables possibles sont `preset`, `browsing`, `kinds`, `list`, `detail`, `floor`, `search`, `filter`, `facets`, `compare`, `import-plan`, `graph`, `note`, `help`, `anywhere`"
            ),
            format!(
                "{p}:10:1: error: `ctrl-nope` n'est pas une touche\u{a0}: écrivez un caractère (`j`, `G`, `?`) ou une touche nommée (`enter`, `esc`, `tab`, `shift-tab`, `backspace`, `delete`, `insert`, `up`, `down`, `left`, `right`, `pgup`, `pgdn`, `home`, `end`, `space`, `f1`…`f12`), seuls ou précédés de `ctrl-` ou `alt-`"
            ),
            format!(
                "{p}:11:7: error: action `dwn` inconnue (vouliez-vous dire `down`\u{a0}?)\u{a0}; dans [keys.list], les actions sont {}, ou `none` pour libérer la touche",
                list_actions()
            ),
            format!(
                "{p}:13:1: error: la touche `pgdn` est déjà liée dans [keys.list] à la ligne 12, colonne 1\u{a0}; une touche ne fait qu'une chose dans un contexte"
            ),
            format!(
                "{p}:14:7: error: `zoom-in` ne fait rien dans [keys.list]\u{a0}; elle s'applique dans `floor`"
            ),
        ]
    );
    // The thread speaks English again.
    assert!(problems_of("mose = 1\n").1[0].contains("unknown key `mose`"));
}

#[test]
fn keys_colours_and_paths_are_said_in_french_too() {
    let dir = tempfile::tempdir().expect("temp dir");
    let text = "data = [\"missing\", \"\", 3]\nstate = \"\"\ntheme = \"drak\"\n[colors]\n\
                matsh = \"red\"\nlink = \"purple\"\nmatch = \"red blue\"\ntitle = 5\n\
                [keys.search]\n\"a b\" = \"down\"\n[keys.list]\n\"z z\" = \"bottom\"\n\
                \"z z z\" = \"top\"\n\"m m\" = \"bottom\"\n\"x\" = \"up\"\n\"y\" = 3\n\
                \"a b c d\" = \"up\"\n[keys.anywhere]\n\"x\" = \"quit\"\n";
    let problems: Vec<String> = {
        let _fr = crate::i18n::speak(crate::i18n::Lang::Fr);
        let (_, problems) = parse("config.toml", text, dir.path());
        problems.iter().map(ToString::to_string).collect()
    };
    let missing = dir.path().join("missing").display().to_string();
    let said: Vec<&str> =
        problems.iter().map(|p| p.split_once(": error: ").expect("a message").1).collect();
    let at: Vec<&str> =
        problems.iter().map(|p| p.split_once(": error: ").expect("a place").0).collect();
    assert_eq!(
        said,
        [
            format!("dossier ou fichier de catalogue introuvable\u{a0}: {missing}").as_str(),
            "chemin vide\u{a0}: indiquez un dossier ou un fichier de catalogue",
            "`data` est une liste de chemins, sous forme de chaînes",
            "chemin vide\u{a0}: indiquez le fichier d'état",
            "thème `drak` inconnu (vouliez-vous dire `dark`\u{a0}?)\u{a0}; les thèmes sont `dark`, `light`, `high-contrast`",
            problems[5].split_once(": error: ").expect("a message").1,
            "`purple` n'est ni une couleur ni un style\u{a0}: les couleurs sont `default`, `black`, `red`, `green`, `yellow`, `blue`, `magenta`, `cyan`, `gray`, `grey`, `dark-gray`, `dark-grey`, `bright-red`, `bright-green`, `bright-yellow`, `bright-blue`, `bright-magenta`, `bright-cyan`, `white`, 0–255 ou #rrggbb, `on COULEUR` un fond\u{a0}; les styles sont `bold`, `dim`, `italic`, `underline`, `reverse`, `strike`",
            "`red blue` a deux couleurs\u{a0}; une seconde couleur est un fond, après `on`",
            "`title` est un style, sous forme de chaîne (`\"yellow bold\"`)",
            "dans [keys.search], les lettres servent à écrire, une séquence ne peut donc pas commencer par une lettre\u{a0}; commencez-la par ctrl- ou alt-",
            "`z z z` et `z z` commencent de la même façon dans [keys.list], la plus longue ne pourrait donc jamais être tapée",
            "`m` agit déjà seule dans [keys.list], la séquence ne pourrait donc jamais être tapée\u{a0}; libérez d'abord cette touche avec \"m\" = \"none\"",
            "`x` est liée dans [keys.anywhere], consultée en premier\u{a0}: cette liaison dans [keys.list] n'agirait donc jamais",
            "une action est un nom, sous forme de chaîne (`\"down\"`), ou `\"none\"`",
            "`a b c d`\u{a0}: une séquence compte au plus 3 touches",
        ]
    );
    assert!(
        said[5].starts_with(
            "rôle `matsh` inconnu (vouliez-vous dire `match`\u{a0}?)\u{a0}; les rôles sont `border`"
        ),
        "{problems:?}"
    );
    let config = "config.toml";
    assert_eq!(
        at,
        [
            "1:9", "1:20", "1:24", "2:9", "3:9", "5:1", "6:8", "7:9", "8:9", "10:1", "13:1",
            "14:1", "15:1", "16:7", "17:1"
        ]
        .map(|place| format!("{config}:{place}"))
    );
}

#[test]
fn the_file_itself_is_said_in_french() {
    let _fr = crate::i18n::speak(crate::i18n::Lang::Fr);
    let dir = tempfile::tempdir().expect("temp dir");
    let (_, problems) = load(&Place { path: dir.path().join("nope.toml"), why: Why::Flag });
    assert_eq!(problems[0].message, "fichier introuvable (indiqué par --config)");
    let (_, problems) = load(&Place { path: dir.path().to_owned(), why: Why::Environment });
    assert_eq!(problems[0].message, "un dossier, pas un fichier de configuration");
    let path = dir.path().join("config.toml");
    std::fs::write(&path, b"mouse = true\n[colors]\nmatch = \"red \xc3\"\n").expect("write");
    let (_, problems) = load(&Place { path: path.clone(), why: Why::Flag });
    assert_eq!(
        problems[0].to_string(),
        format!("{}:3:14: error: le fichier n'est pas du texte UTF-8", path.display())
    );
    std::fs::write(&path, vec![b'#'; 2 * 1024 * 1024]).expect("write");
    let (_, problems) = load(&Place { path, why: Why::Flag });
    assert_eq!(
        problems[0].message,
        "la configuration dépasse 1 Mio\u{a0}; une configuration tient en quelques kilo-octets"
    );
}

#[test]
fn toml_syntax_keeps_the_parsers_words_and_says_ours_in_french() {
    let deep = |n: usize| format!("{} = 1\n", vec!["k"; n].join("."));
    let texts = [
        "mouse = false\nstate = \"unterminated\n".to_owned(),
        "mouse = = 1\n".to_owned(),
        deep(90),
        format!("{}{}{}", deep(90), deep(85), deep(100)),
    ];
    for text in &texts {
        let (_, errors) = toml::de::DeTable::parse_recoverable(text);
        let catalog: Vec<String> = crate::catalog::syntax::diagnostics(text, &errors)
            .into_iter()
            .map(|(_, problem)| problem.message())
            .collect();
        assert!(!catalog.is_empty(), "{text}");
        // In English, exactly what the catalogue's reader says (beside other problems).
        let english: Vec<String> = problems_of(text)
            .1
            .iter()
            .map(|p| p.split_once(": error: ").expect("a message").1.to_owned())
            .filter(|message| message.starts_with("TOML syntax: "))
            .collect();
        assert_eq!(english, catalog, "{text}");
        let french = problems_in_french(text);
        let syntax = french.iter().filter(|p| p.contains(": error: syntaxe TOML\u{a0}: ")).count();
        assert_eq!(syntax, catalog.len(), "{french:?}");
        for french in french {
            assert!(!french.contains("TOML syntax") && !french.contains("(at `"), "{french}");
        }
    }
    let french = problems_in_french(&texts[0]);
    assert!(
        french[0].starts_with("config.toml:2:22: error: syntaxe TOML\u{a0}: invalid basic string"),
        "{french:?}"
    );
    assert_eq!(
        problems_in_french(&texts[3]),
        [
            "config.toml:1:1: error: syntaxe TOML\u{a0}: une clé de plus de 80 parties est imbriquée trop profondément (et 2 autres clés après elle)"
        ]
    );
    assert_eq!(
        problems_in_french(&format!("{}{}", deep(90), deep(85))),
        [
            "config.toml:1:1: error: syntaxe TOML\u{a0}: une clé de plus de 80 parties est imbriquée trop profondément (et une autre clé après elle)"
        ]
    );
}

#[test]
fn a_flood_is_counted_in_french_one_or_many() {
    let flood = |n: usize| -> String {
        let keys: String = (0..n).map(|k| format!("\"k{k}x\" = \"down\"\n")).collect();
        format!("[keys.list]\n{keys}")
    };
    let many = problems_in_french(&flood(500));
    assert!(
        many[100].ends_with("error: et 400 autres problèmes\u{a0}; corrigez d'abord ceux-ci"),
        "{many:?}"
    );
    let one = problems_in_french(&flood(101));
    assert!(
        one[100].ends_with("error: et 1 autre problème\u{a0}; corrigez d'abord ceux-ci"),
        "{one:?}"
    );
}

#[test]
fn a_bad_key_is_said_as_the_key_map_says_it() {
    for text in [
        "ctrl-nope",
        "",
        "  ",
        "g h i j",
        "g ctrl-zz",
        "\u{1}",
        "ALT-Ctrl-\u{2}",
        "g \u{3}",
        &"x".repeat(50),
    ] {
        let said = parse_key(text).expect_err("not a key");
        assert_eq!(keys::not_a_key(text), said, "{text:?}");
    }
    let _fr = crate::i18n::speak(crate::i18n::Lang::Fr);
    assert_eq!(
        keys::not_a_key("\u{1}"),
        "`\u{1}` est un caractère de contrôle, pas un nom de touche"
    );
    assert!(keys::not_a_key("g ctrl-zz").starts_with("`ctrl-zz` n'est pas une touche\u{a0}: "));
}

#[test]
fn colour_mistakes_are_said_in_french() {
    let _fr = crate::i18n::speak(crate::i18n::Lang::Fr);
    assert_eq!(
        parse_style("on red on blue"),
        Err("`on red on blue` a deux couleurs de fond".into())
    );
    assert_eq!(
        parse_style("red on"),
        Err("`red on`\u{a0}: `on` doit être suivi d'une couleur".into())
    );
    assert_eq!(
        parse_style(" "),
        Err("style vide\u{a0}: écrivez-en un (`\"yellow bold\"`), ou `\"none\"` pour du texte sans style".into())
    );
    let error = parse_style("red blink").expect_err("no blink");
    assert!(
        error.starts_with("`blink` dans `red blink` n'est ni une couleur ni un style"),
        "{error}"
    );
}

#[test]
fn the_default_config_in_french_reads_back_as_the_defaults() {
    let french = {
        let _fr = crate::i18n::speak(crate::i18n::Lang::Fr);
        default_text()
    };
    assert!(french.starts_with("# La configuration de showfloor."), "{french}");
    assert!(
        french.contains("\n# Partir d'un préréglage\u{a0}: `default`, `vim`, `emacs`."),
        "{french}"
    );
    assert_ne!(french, default_text(), "English is the default");
    for line in french.lines().filter(|line| line.starts_with("# ") && !line.contains(" = ")) {
        assert!(line.chars().count() <= 92, "a comment wider than the file: {line}");
        assert!(!line.starts_with("#\u{a0}:") && !line.starts_with("#\u{a0};"), "{line}");
    }
    // Read in French or in English, it is the defaults, with no problem.
    for lang in crate::i18n::Lang::ALL {
        let _speaking = crate::i18n::speak(lang);
        let (config, problems) = problems_of(&french);
        assert_eq!(problems, Vec::<String>::new(), "{lang:?}");
        assert_eq!(config.palette, crate::browser::ui::Palette::default());
        assert_eq!((config.mouse, config.preset.as_deref()), (Some(true), Some("default")));
        assert_same_keys_as_the_defaults(&config.keys);
    }
    let _fr = crate::i18n::speak(crate::i18n::Lang::Fr);
    assert_eq!(effective_text(&problems_of(&french).0), french, "and prints as itself");
}
