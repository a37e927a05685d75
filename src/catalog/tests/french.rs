//! The loader's diagnostics in French: the same problems at the same lines and columns, said
//! in the reader's language, the catalogue's own words (fields, ids, kinds, values) as written.

use super::*;
use crate::i18n::{Lang, speak};

/// A catalogue with one problem of each sort: a value of the wrong type, a reference to no id,
/// an unknown field, a language code in capitals, a duplicate id, a date in quotes, and a TOML
/// syntax error in a second file.
const BROKEN: [(&str, &str); 2] = [
    (
        "a.toml",
        "[[company]]\nid = \"acme\"\nname = \"Acme\"\nsectors = \"rockets\"\nsources = [\"test\"]\n\n\
         [[system]]\nid = \"rocket\"\nname = \"Rocket\"\nmaker = \"acmee\"\nmaket = \"acme\"\n\
         summary.EN = \"A rocket.\"\nsources = [\"test\"]\n\n\
         [[person]]\nid = \"acme\"\nname = \"Duplicate\"\nsources = [\"test\"]\n\n\
         [[event]]\nid = \"show\"\nname = \"Show\"\nstart_date = \"2025-11-11\"\nsources = [\"test\"]\n",
    ),
    ("b.toml", "[[delegation]]\nid = \"d\"\nname = \"D\"\nsources = [\"test\"]\nhead = rocket\n"),
];

fn all_problems() -> Vec<String> {
    load_texts(&BROKEN).diagnostics.iter().map(ToString::to_string).collect()
}

/// `PATH:LINE:COL: error:`, what a line says before its message.
fn place(line: &str) -> &str {
    let severity = line.find(": error: ").or_else(|| line.find(": warning: ")).expect("a place");
    &line[..severity]
}

#[test]
fn every_problem_is_said_in_french_at_the_same_place() {
    let english = all_problems();
    let french = {
        let _french = speak(Lang::Fr);
        all_problems()
    };
    let systems_fields = "`id`, `name`, `aliases`, `maker`, `category`, `domain`, `specs`, \
                          `operators`, `summary`, `tags`, `related`, `sources`, `confidence`, `as_of`";
    assert_eq!(
        french,
        [
            "a.toml:4:11: error: `sectors` doit être un tableau de chaînes, pas une chaîne".to_owned(),
            "a.toml:10:9: error: `maker` renvoie à une fiche company `acmee` inconnue\u{a0}; \
             vouliez-vous dire `acme`\u{a0}?"
                .to_owned(),
            format!(
                "a.toml:11:1: error: champ `maket` inconnu dans une fiche system\u{a0}; les champs \
                 possibles sont {systems_fields}\u{a0}; vouliez-vous dire `maker`\u{a0}?"
            ),
            "a.toml:12:9: error: `summary.EN`\u{a0}: écrivez le code de langue en minuscules\u{a0}: `en`"
                .to_owned(),
            "a.toml:16:6: error: identifiant `acme` en double\u{a0}: déjà pris par la fiche company \
             `Acme` à a.toml:2:6"
                .to_owned(),
            "a.toml:23:14: error: `start_date` doit être une date comme 2025-11-11 (une date TOML, \
             sans guillemets), pas une chaîne\u{a0}: retirez les guillemets (start_date = 2025-11-11)"
                .to_owned(),
            "b.toml:5:8: error: syntaxe TOML\u{a0}: string values must be quoted, expected literal \
             string (à `rocket`)"
                .to_owned(),
        ]
    );
    // The same problems as in English, each at the same place.
    assert_eq!(english.len(), french.len(), "{english:#?}");
    for (english, french) in english.iter().zip(&french) {
        assert_eq!(place(english), place(french), "{english}\n{french}");
    }
    // English is as it was: the words around the catalogue's own are the only change.
    assert_eq!(
        english[1],
        "a.toml:10:9: error: `maker` refers to unknown company `acmee`; did you mean `acme`?"
    );
    assert_eq!(
        english[6],
        "b.toml:5:8: error: TOML syntax: string values must be quoted, expected literal string (at `rocket`)"
    );
}

#[test]
fn warnings_and_the_walk_are_said_in_french_too() {
    let _french = speak(Lang::Fr);
    let loaded = load_texts(&[(
        "a.toml",
        "[[company]]\nid = \"a\"\nname = \"A\"\nwebsite = \"acme.example\"\n",
    )]);
    let all: Vec<String> = loaded.diagnostics.iter().map(ToString::to_string).collect();
    assert_eq!(
        all,
        [
            "a.toml:1:1: warning: la fiche company `a` n'a pas de sources\u{a0}: dites d'où viennent \
             ses informations",
            "a.toml:4:11: warning: `website` devrait être une adresse web commençant par https:// \
             ou http://",
        ]
    );
    let (_, problems) = list_files(std::path::Path::new("/no/such/catalogue"));
    assert_eq!(
        problems.iter().map(ToString::to_string).collect::<Vec<_>>(),
        ["/no/such/catalogue:1:1: error: dossier ou fichier de catalogue introuvable"]
    );
}
