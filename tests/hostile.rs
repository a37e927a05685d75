//! Hostile input: catalogues that try to hijack or break the terminal, rendered at every size and
//! printed by every command, with the bytes that would reach the terminal checked.

mod common;

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use common::{act, forbidden, render, type_text};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;
use showfloor::browser::app::{Action, App, Msg, Pane, update};
use showfloor::catalog::{Kind, load_dirs};

fn corpus(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/hostile").join(name)
}

fn assert_inert_buffer(buffer: &Buffer, what: &str) {
    for (i, cell) in buffer.content.iter().enumerate() {
        assert!(
            !cell.symbol().chars().any(forbidden),
            "{what}: cell {i} holds {:?}",
            cell.symbol()
        );
    }
}

const SIZES: [(u16, u16); 8] =
    [(1, 1), (1, 40), (40, 1), (24, 6), (30, 12), (80, 24), (120, 40), (400, 200)];

/// Every screen of every record at every size: the list, the detail, search, help, the note
/// editor. No panic, nothing forbidden in any cell.
fn render_everything(dir: &Path) {
    let catalog = load_dirs(&[dir.to_path_buf()]).catalog;
    let ids: Vec<_> = catalog.ids().collect();
    let mut app = App::new(catalog, 120, 40);
    // The 0x0 area, drawn directly (a terminal cannot be that small, a widget area can).
    let mut empty = Buffer::empty(Rect::ZERO);
    (&app).render(Rect::ZERO, &mut empty);
    for (width, height) in SIZES {
        update(&mut app, Msg::Resize { width, height });
        for &id in &ids {
            let kind = app.catalog().get(id).kind();
            // Every record drawn, as a person reaches it: its list, then its page.
            app.go_to(id);
            assert_eq!(
                app.shown(),
                Some(id),
                "{kind:?} {} is the one drawn",
                app.catalog().get(id).id()
            );
            assert_inert_buffer(&render(&app), &format!("{width}x{height} {kind:?} detail"));
            // Its relationships at every depth: the names of what links to it, and theirs.
            act(&mut app, &[Action::OpenGraph]);
            for depth in 2..=3 {
                assert_inert_buffer(&render(&app), &format!("{width}x{height} {kind:?} r{depth}"));
                act(&mut app, &[Action::GraphDeeper]);
            }
            act(&mut app, &[Action::Close]);
            act(&mut app, &[Action::Leave]);
            assert_eq!(app.focus(), Pane::List);
            assert_inert_buffer(&render(&app), &format!("{width}x{height} {kind:?} list"));
        }
        act(&mut app, &[Action::OpenSearch]);
        for query in ["e", "\u{1b}[2J", "evil", "北京", "👨"] {
            act(&mut app, &[Action::ClearInput]);
            type_text(&mut app, query);
            assert_inert_buffer(&render(&app), &format!("{width}x{height} search {query:?}"));
        }
        act(&mut app, &[Action::Close, Action::ToggleHelp]);
        assert_inert_buffer(&render(&app), &format!("{width}x{height} help"));
        act(&mut app, &[Action::Close]);
    }
}

#[test]
fn control_bidi_and_zero_width_characters_never_reach_the_screen() {
    render_everything(&corpus("strings"));
    // And they are shown, not silently lost: the sanitiser's caret notation is on screen.
    let app = App::new(load_dirs(&[corpus("strings")]).catalog, 120, 40);
    let screen = common::screen_text(&render(&app));
    assert!(screen.contains("Clear^[[2Jscreen^[]0;pwned title^G Corp"), "{screen}");
    assert!(screen.contains("M-^[2J"), "C1 controls in caret notation: {screen}");
}

#[test]
fn wide_and_odd_text_renders_at_every_size_without_breaking_borders() {
    render_everything(&corpus("wide"));
    // Borders stay whole where wide names are cut at the list pane's edge.
    let catalog = load_dirs(&[corpus("wide")]).catalog;
    for width in 80..=100 {
        let app = App::new(load_dirs(&[corpus("wide")]).catalog, width, 24);
        let buffer = render(&app);
        let list = app.areas().and_then(|a| a.list).expect("wide layout");
        let right = list.x + list.width - 1;
        for y in list.y + 1..list.y + list.height - 1 {
            assert_eq!(buffer[(right, y)].symbol(), "│", "width {width}, row {y}");
        }
    }
    drop(catalog);
}

#[test]
fn very_long_values_are_cut_or_wrapped_never_pushing_the_layout_apart() {
    let dir = tempfile::tempdir().expect("temp dir");
    let name = "N".repeat(1000);
    let summary = "word ".repeat(10_000);
    std::fs::write(
        dir.path().join("long.toml"),
        format!("[[company]]\nid = \"long\"\nname = \"{name}\"\nsummary = \"{summary}\"\nsources = [\"t\"]\n"),
    )
    .expect("write");
    let mut app = App::new(load_dirs(&[dir.path().to_path_buf()]).catalog, 120, 40);
    let buffer = render(&app);
    let detail = app.areas().and_then(|a| a.detail).expect("wide layout");
    assert_eq!(
        buffer[(detail.x + detail.width - 1, detail.y + 3)].symbol(),
        "│",
        "the border holds"
    );
    act(&mut app, &[Action::FocusNext, Action::Bottom, Action::PageDown]);
    render(&app);
}

fn showfloor() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_showfloor"));
    command.current_dir(env!("CARGO_MANIFEST_DIR"));
    command.env("SHOWFLOOR_CONFIG", "/dev/null");
    // In English whatever the machine speaks: the tests read its words.
    command.env("LC_ALL", "C");
    command
}

#[test]
fn every_command_prints_hostile_data_inert() {
    for corpus_name in ["strings", "wide"] {
        let dir = corpus(corpus_name);
        let dir = dir.to_str().expect("UTF-8 path");
        let mut runs: Vec<Vec<&str>> =
            vec![vec!["check"], vec!["info"], vec!["search", "e"], vec!["export", "plan"]];
        for kind in Kind::ALL {
            runs.push(vec!["list", kind.name()]);
        }
        for args in [vec!["search", "e"], vec!["list", "company"], vec!["show", "escape"]] {
            runs.push([args, vec!["--json"]].concat());
        }
        for id in [
            "escape",
            "specs",
            "person",
            "cjk",
            "emoji",
            "combining",
            "wide-system",
            "country:escland",
        ] {
            runs.push(vec!["show", id]);
            for format in ["text", "dot", "mermaid"] {
                runs.push(vec!["graph", id, "--depth", "3", "--format", format]);
            }
        }
        let state = tempfile::tempdir().expect("temp dir");
        for args in runs {
            let output = showfloor()
                .arg("--data")
                .arg(dir)
                .arg("--state")
                .arg(state.path().join("s.toml"))
                .args(&args)
                .output()
                .expect("runs");
            for (stream, bytes) in [("stdout", &output.stdout), ("stderr", &output.stderr)] {
                let text = String::from_utf8_lossy(bytes);
                let bad = text.chars().find(|&c| forbidden(c) && c != '\n');
                assert!(bad.is_none(), "{corpus_name} {args:?} {stream}: {bad:?} in {text:?}");
            }
            // "escape" is a record of the strings corpus only; elsewhere `show` reports it missing.
            if args.contains(&"--json") && (corpus_name == "strings" || !args.contains(&"show")) {
                // Inert, and still the exact data: the ESC in the name survives as a value.
                let json: serde_json::Value =
                    serde_json::from_slice(&output.stdout).expect("valid JSON");
                if corpus_name == "strings" && args.contains(&"show") {
                    let name = json["name"].as_str().expect("a name");
                    assert!(name.contains('\u{1b}'), "{name:?}");
                }
            }
        }
    }
}

#[test]
fn diagnostics_quoting_hostile_keys_ids_and_lines_are_inert() {
    let dir = tempfile::tempdir().expect("temp dir");
    let huge = "x".repeat(2_000_000);
    std::fs::write(
        dir.path().join("bad.toml"),
        format!(
            "[[company]]\nid = \"Bad\\u001b[2J\"\nname = \"A\"\n\"k\\u009b\\u202e\" = 1\n\
             maker = \"\\u001b]52;c;x\\u0007\"\n{huge} = = 1\n"
        ),
    )
    .expect("write");
    let output = showfloor().arg("--data").arg(dir.path()).arg("check").output().expect("runs");
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!stderr.chars().any(|c| forbidden(c) && c != '\n'), "{stderr}");
    assert!(stderr.contains("invalid id `Bad^[[2J`"), "{stderr}");
    assert!(stderr.lines().all(|line| line.len() < 400), "a 2 MB line is quoted cut short");
}

#[test]
fn pathological_files_get_a_diagnostic_or_are_read() {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path();
    std::fs::write(root.join("empty.toml"), "").expect("write");
    std::fs::write(
        root.join("bom-crlf.toml"),
        "\u{feff}[[company]]\r\nid = \"crlf\"\r\nname = \"CRLF\"\r\nsources = [\"t\"]\r\n",
    )
    .expect("write");
    std::fs::write(
        root.join("nested.toml"),
        format!("a = {}1{}\n", "[".repeat(10_000), "]".repeat(10_000)),
    )
    .expect("write");
    let big = std::fs::File::create(root.join("big.toml")).expect("create");
    big.set_len(showfloor::catalog::MAX_FILE_BYTES + 1).expect("a sparse file over the limit");
    std::fs::write(root.join("bad-utf8.toml"), b"[[company]]\nid = \"x\"\nname = \"\xff\"\n")
        .expect("write");
    let output = showfloor().arg("--data").arg(root).arg("check").output().expect("runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("big.toml:1:1: error: file is larger than the limit of 64 MiB"),
        "{stderr}"
    );
    assert!(stderr.contains("bad-utf8.toml:3:9: error: invalid UTF-8"), "{stderr}");
    assert!(
        stderr.contains("nested.toml:1:"),
        "deep nesting is a diagnostic, not a stack overflow: {stderr}"
    );
    assert!(!stderr.contains("empty.toml") && !stderr.contains("bom-crlf.toml:"), "{stderr}");
    let shown = showfloor()
        .arg("--data")
        .arg(root.join("bom-crlf.toml"))
        .args(["show", "crlf"])
        .output()
        .expect("runs");
    assert!(String::from_utf8_lossy(&shown.stdout).starts_with("CRLF\n"));
}

/// A FIFO among the files, or given as the catalogue, must not block the loader waiting for a
/// writer that never comes.
#[cfg(unix)]
#[test]
fn special_files_are_skipped_or_refused_never_read() {
    let dir = tempfile::tempdir().expect("temp dir");
    let fifo = dir.path().join("trap.toml");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status().expect("mkfifo runs");
    assert!(made.success());
    std::fs::copy(corpus("strings/catalogue.toml"), dir.path().join("catalogue.toml"))
        .expect("copy");

    let output = showfloor()
        .arg("--data")
        .arg(dir.path())
        .arg("info")
        .timeout(std::time::Duration::from_secs(20))
        .output()
        .expect("runs");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));

    let output = showfloor()
        .arg("--data")
        .arg(&fifo)
        .arg("check")
        .timeout(std::time::Duration::from_secs(20))
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr.contains("trap.toml:1:1: error: not a regular file or directory"), "{stderr}");
}

/// Files that cannot be read are reported by path, and the rest of the catalogue still loads;
/// a 50 MB file under the limit (one 50 MB line) is read, not refused.
#[cfg(unix)]
#[test]
fn unreadable_and_huge_files_are_reported_or_read() {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path();
    std::os::unix::fs::symlink(root.join("nowhere"), root.join("gone.toml")).expect("symlink");
    let mut huge = String::from("[[company]]\nid = \"huge\"\nname = \"Huge\"\nsources = [\"t\"]\n");
    huge.push_str("summary = \"");
    huge.push_str(&"word ".repeat(10_000_000));
    huge.push_str("\"\n");
    assert!(huge.len() > 50_000_000);
    std::fs::write(root.join("huge.toml"), &huge).expect("write");
    drop(huge);

    let output = showfloor().arg("--data").arg(root).arg("check").output().expect("runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("gone.toml:1:1: error: cannot read"), "{stderr}");
    assert!(!stderr.contains("huge.toml"), "{stderr}");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.contains("1 file, 1 record"), "{stdout}");

    // Permissions stop everyone but root; as root the file is simply read.
    let locked = root.join("locked.toml");
    std::fs::write(&locked, "[[company]]\nid = \"l\"\nname = \"L\"\nsources = [\"t\"]\n")
        .expect("write");
    std::fs::set_permissions(&locked, std::os::unix::fs::PermissionsExt::from_mode(0o000))
        .expect("chmod");
    if std::fs::read(&locked).is_err() {
        let output = showfloor().arg("--data").arg(root).arg("check").output().expect("runs");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains("locked.toml:1:1: error: cannot read"), "{stderr}");
    }
}
