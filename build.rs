//! Embeds every catalogue file under data/ in the binary, so a bare `showfloor` opens the BAMEX
//! catalogue offline from any directory, and every language file under data/locales, so adding
//! a language is adding its file. A build script (rather than a macro crate) lets Cargo
//! rebuild when a file is added to data/, not only when one changes.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::{env, fs};

fn main() {
    println!("cargo:rerun-if-changed=data");
    let root =
        PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    collect(&root.join("data"), &mut files);
    files.sort();

    let mut code = String::from("pub static FILES: &[(&str, &[u8])] = &[\n");
    for file in &files {
        let relative = file.strip_prefix(&root).expect("collected under the manifest dir");
        let display = relative.to_string_lossy().replace('\\', "/");
        writeln!(code, "    ({display:?}, include_bytes!({:?})),", file.display().to_string())
            .expect("writing to a String cannot fail");
    }
    code.push_str("];\n");
    let out_dir = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    fs::write(out_dir.join("embedded.rs"), code).expect("OUT_DIR is writable");
    fs::write(out_dir.join("locales.rs"), locales(&root.join("data/locales")))
        .expect("OUT_DIR is writable");
}

/// The languages, one per `data/locales/CODE.ftl`, English first (the language a missing
/// choice falls back to): a `Lang` constant named after each code (`Lang::Fr` for `fr.ftl`,
/// `Lang::PtBr` for `pt-br.ftl`), `Lang::ALL`, and each file's code and text.
fn locales(dir: &Path) -> String {
    let mut codes: Vec<(String, PathBuf)> = fs::read_dir(dir)
        .expect("data/locales is there")
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "ftl"))
        .map(|path| {
            let code = path.file_stem().expect("a file name").to_string_lossy().into_owned();
            assert!(
                !code.is_empty()
                    && code.chars().all(|c| c.is_ascii_lowercase() || c == '-')
                    && !code.starts_with('-'),
                "data/locales/{code}.ftl: a language file is named by its code in lower case (fr, pt-br)"
            );
            (code, path)
        })
        .collect();
    codes.sort_by_key(|(code, _)| (code != "en", code.clone()));
    assert!(codes.first().is_some_and(|(code, _)| code == "en"), "data/locales/en.ftl is needed");
    let mut out = String::from("#[allow(non_upper_case_globals)]\nimpl Lang {\n");
    for (index, (code, _)) in codes.iter().enumerate() {
        let name: String = code
            .split('-')
            .map(|part| {
                let mut chars = part.chars();
                chars
                    .next()
                    .map(|c| c.to_ascii_uppercase().to_string() + chars.as_str())
                    .unwrap_or_default()
            })
            .collect();
        writeln!(out, "    pub const {name}: Lang = Lang({index});").expect("a String");
    }
    let all: Vec<String> = (0..codes.len()).map(|index| format!("Lang({index})")).collect();
    writeln!(out, "    pub const ALL: [Lang; {}] = [{}];\n}}", codes.len(), all.join(", "))
        .expect("a String");
    out.push_str("\n/// Each language's code and file.\nconst LOCALES: &[(&str, &str)] = &[\n");
    for (code, path) in &codes {
        writeln!(out, "    ({code:?}, include_str!({:?})),", path.display().to_string())
            .expect("a String");
    }
    out.push_str("];\n\n/// The codes `--lang` and the config's `language` take.\n");
    let quoted: Vec<String> = codes.iter().map(|(code, _)| format!("{code:?}")).collect();
    writeln!(out, "pub const LANGUAGES: &[&str] = &[{}];", quoted.join(", ")).expect("a String");
    out
}

fn collect(dir: &Path, files: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if entry.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        if path.is_dir() {
            collect(&path, files);
        } else if path.extension().is_some_and(|ext| ext == "toml") {
            files.push(path);
        }
    }
}
