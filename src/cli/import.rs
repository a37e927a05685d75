//! `showfloor import FILE... --out DIR`: published files written as a catalogue.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::catalog::{self, Diagnostic, Input, Location, Severity};
use crate::import::{Format, Imported, Options};
use crate::text::sanitize_line;

/// Import `files` into `dir`. Every problem is printed; nothing is written when any file has
/// an error (unless `keep_going`), when the catalogue made of them would not pass `check`, or
/// when a file of that name is already in `dir`.
pub fn import(
    files: &[PathBuf],
    dir: &Path,
    options: &Options,
    keep_going: bool,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> ExitCode {
    let mut problems = Vec::new();
    let mut read = Vec::new();
    for file in files {
        let shown = file.display().to_string();
        let at_start = |message: String| Diagnostic {
            severity: Severity::Error,
            location: Location { path: shown.clone(), line: 1, column: 1 },
            message,
        };
        if !std::fs::metadata(file).is_ok_and(|meta| meta.is_file()) {
            let what = if file.is_dir() {
                crate::tr!("cli-import-folder")
            } else if file.exists() {
                crate::tr!("cli-import-not-regular")
            } else {
                crate::tr!("cli-import-no-such-file")
            };
            problems.push(at_start(what.into()));
            continue;
        }
        let bytes = match catalog::read_file(file) {
            Ok(bytes) => bytes,
            Err(error) => {
                problems.push(error.diagnostic(&shown));
                continue;
            }
        };
        let detected = crate::import::detect(file, &bytes);
        problems.extend(detected.diagnostics(&shown));
        match detected.format {
            None => {}
            Some(Format::Toml) => {
                problems.push(at_start(crate::tr!("cli-import-already-catalogue").into()))
            }
            Some(format) => read.push((shown, format, bytes)),
        }
    }
    let imported = crate::import::import_files(&read, options);
    for file in &imported {
        problems.extend(file.diagnostics.iter().cloned());
    }
    // The catalogue the files make, checked as `check` would check the folder.
    let inputs = imported
        .iter()
        .map(|file| Input::Memory {
            shown: file.path.clone(),
            bytes: file.toml().as_bytes().to_vec(),
        })
        .collect();
    let mut loaded = catalog::load_inputs(inputs, &catalog::Progress::default());
    crate::import::relocate(&mut loaded, &imported);
    problems.append(&mut loaded.diagnostics);
    for problem in &problems {
        let _ = writeln!(err, "{problem}");
    }
    let errors = problems.iter().filter(|d| d.is_error()).count();
    if errors > 0 && !keep_going {
        let error = crate::tr!("cli-import-errors", errors = errors);
        let _ = writeln!(err, "{}", crate::tr!("cli-error", message = error));
        return ExitCode::FAILURE;
    }
    // A file nothing could be read from (with --keep-going) makes no catalogue file: an empty
    // one would look like an import that worked.
    let (empty, full): (Vec<&Imported>, Vec<&Imported>) =
        imported.iter().partition(|file| file.is_empty());
    for file in &empty {
        let note =
            crate::tr!("cli-import-nothing-read", path = sanitize_line(&file.path).into_owned());
        let _ = writeln!(err, "{}", crate::tr!("cli-note", message = note));
    }
    if full.is_empty() {
        let error = crate::tr!("cli-import-nothing-to-import");
        let _ = writeln!(err, "{}", crate::tr!("cli-error", message = error));
        return ExitCode::FAILURE;
    }
    match write_all(&full, dir) {
        Ok(written) => {
            for (path, file) in written.iter().zip(&full) {
                let wrote = crate::tr!(
                    "cli-import-wrote",
                    path = sanitize_line(&path.display().to_string()).into_owned(),
                    counts = file.counts(),
                    from = sanitize_line(&file.path).into_owned()
                );
                let _ = writeln!(out, "{wrote}");
            }
            let dir = sanitize_line(&dir.display().to_string()).into_owned();
            let _ = writeln!(out, "{}", crate::tr!("cli-import-check-it", dir = dir));
            ExitCode::SUCCESS
        }
        Err(message) => {
            let message = sanitize_line(&message).into_owned();
            let _ = writeln!(err, "{}", crate::tr!("cli-error", message = message));
            ExitCode::FAILURE
        }
    }
}

/// Write each file as `dir/STEM.toml`, making `dir` (only it) if it is missing. No file is
/// replaced: if any name is taken, nothing is written.
fn write_all(imported: &[&Imported], dir: &Path) -> Result<Vec<PathBuf>, String> {
    let mut names: Vec<PathBuf> = Vec::new();
    for file in imported {
        let name = crate::import::output_name(Path::new(&file.path));
        let mut candidate = dir.join(&name);
        let mut number = 2;
        while names.contains(&candidate) {
            let stem = name.trim_end_matches(".toml");
            candidate = dir.join(format!("{stem}-{number}.toml"));
            number += 1;
        }
        names.push(candidate);
    }
    crate::safe_write::make_folder(dir).map_err(|e| e.to_string())?;
    if let Some(taken) = names.iter().find(|path| path.symlink_metadata().is_ok()) {
        return Err(crate::tr!("cli-import-taken", path = taken.display().to_string()));
    }
    for (path, file) in names.iter().zip(imported) {
        crate::safe_write::create_new(path, file.toml().as_bytes()).map_err(|e| e.to_string())?;
    }
    Ok(names)
}
