//! The config file on the command line: where it is looked for, the default one, its check,
//! and a broken one that never stops a command.

use super::*;

fn with_config(text: &str) -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("config.toml");
    std::fs::write(&path, text).expect("write the config");
    let shown = path.to_string_lossy().into_owned();
    (dir, shown)
}

#[test]
fn the_default_config_is_complete_and_checks_clean() {
    let default = stdout_of(&["config", "--default"]);
    assert!(default.contains("[keys.list]") && default.contains("\"q\" = \"quit\""), "{default}");
    let (_dir, path) = with_config(&default);
    let (ok, out, err) = run(&["--config", &path, "config", "--check"]);
    assert!(ok && err.is_empty(), "{err}");
    assert_eq!(out, format!("checked {path}: 0 problems\n"));
}

#[test]
fn a_broken_config_is_reported_whole_and_never_stops_a_command() {
    let (_dir, path) = with_config("mose = true\n[keys.list]\n\"j\" = \"dwn\"\n");
    let (ok, _, err) = run(&["--config", &path, "config", "--check"]);
    assert!(!ok, "exit 1 on a problem");
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 2, "{err}");
    assert!(
        lines[0]
            .starts_with(&format!("{path}:1:1: error: unknown key `mose` (did you mean `mouse`?)"))
    );
    assert!(
        lines[1].starts_with(&format!(
            "{path}:3:7: error: unknown action `dwn` (did you mean `down`?)"
        ))
    );
    // Any other command runs, with the defaults, and says why.
    let (ok, out, err) = run(&["--config", &path, "search", "tb2"]);
    assert!(ok, "{err}");
    assert!(out.lines().next().is_some_and(|l| columns(l)[1] == "bayraktar-tb2"), "{out}");
    assert!(
        err.ends_with(
            "warning: the config has 2 problems; the settings they touch keep their defaults\n"
        ),
        "{err}"
    );
}

#[test]
fn the_config_names_the_catalogues_to_open_and_the_command_line_wins() {
    let csv = format!("{}/tests/fixtures/import/exhibitors.csv", env!("CARGO_MANIFEST_DIR"));
    let (_dir, path) = with_config(&format!("data = [{csv:?}]\n"));
    let (ok, out, err) = run(&["--config", &path, "list", "company"]);
    assert!(ok, "{err}");
    assert!(out.starts_with("acme-harbour-systems"), "{out}");
    let (ok, out, _) = run(&["--config", &path, "--data", "data/bamex-2025", "list", "company"]);
    assert!(ok && out.contains("baykar"), "--data wins over the config: {out}");
    // `config` says where it read and what is in effect.
    let (ok, out, _) = run(&["--config", &path, "config"]);
    assert!(ok);
    assert!(out.contains(&format!("Read now: {path} (--config)")), "{out}");
    assert!(out.contains("exhibitors.csv\"]"), "{out}");
}

#[test]
fn a_config_named_but_missing_is_said_and_the_null_device_is_no_config() {
    let (ok, _, err) = run(&["--config", "/nonexistent/showfloor.toml", "info"]);
    assert!(ok, "a command still runs: {err}");
    assert!(
        err.starts_with("/nonexistent/showfloor.toml:1:1: error: no such file (named by --config)"),
        "{err}"
    );
    let (ok, _, err) = run(&["--config", "/dev/null", "config", "--check"]);
    assert!(ok && err.is_empty(), "{err}");
}

#[test]
fn the_config_is_checked_in_the_readers_language() {
    let (_dir, path) = with_config("mose = true\n[keys.list]\n\"j\" = \"dwn\"\n");
    let (ok, _, err) = run(&["--lang", "fr", "--config", &path, "config", "--check"]);
    assert!(!ok, "exit 1 on a problem");
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 2, "{err}");
    assert!(
        lines[0].starts_with(&format!(
            "{path}:1:1: error: clé `mose` inconnue (vouliez-vous dire `mouse`\u{a0}?)"
        )),
        "{err}"
    );
    assert!(
        lines[1].starts_with(&format!(
            "{path}:3:7: error: action `dwn` inconnue (vouliez-vous dire `down`\u{a0}?)"
        )),
        "{err}"
    );
    // The default config in French checks clean, in either language.
    let default = stdout_of(&["--lang", "fr", "config", "--default"]);
    assert!(default.starts_with("# La configuration de showfloor."), "{default}");
    let (_dir, path) = with_config(&default);
    for lang in ["fr", "en"] {
        let (ok, _, err) = run(&["--lang", lang, "--config", &path, "config", "--check"]);
        assert!(ok && err.is_empty(), "{lang}: {err}");
    }
}
