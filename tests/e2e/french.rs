//! showfloor in French in a real terminal: chosen by the locale a francophone machine sets,
//! or by `--lang fr` on any machine, and French from the first screen to the last.

use super::*;

/// The first screen, a search, help and the way out, all in French.
fn walk_in_french(session: &mut Session) {
    session.wait_for("Entreprises (4)");
    let screen = session.screen();
    assert!(screen.contains("Catégories") && screen.contains("Ma sélection"), "{screen}");
    assert!(screen.lines().last().is_some_and(|l| l.contains("? aide")), "{screen}");
    session.send("/");
    session.wait_for("Tout rechercher");
    session.type_text("tb2");
    session.wait_for("Aperçu\u{a0}: système");
    session.send("\r");
    session.wait_for("Caractéristiques");
    session.send("?");
    session.wait_for("Touches — Esc ferme");
    session.send("\x1b");
    session.wait_until(|s| !s.contains("Touches — Esc ferme"), "help closed");
    session.send("q");
    session.assert_exited_and_restored();
}

#[test]
fn a_french_locale_gets_the_browser_in_french() {
    let mut session = Session::start_with_env("LC_ALL", "fr_FR.UTF-8");
    walk_in_french(&mut session);
}

#[test]
fn lang_fr_gets_the_browser_in_french_on_an_english_machine() {
    // The session's own LC_ALL is C: only the flag asks for French.
    let mut session = Session::start(&["--lang", "fr"], 80, 24);
    walk_in_french(&mut session);
}
