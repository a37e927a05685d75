//! Any bytes as a published file, in each format the first byte picks: the importers return
//! diagnostics, never panic; every diagnostic prints without control characters; and when a
//! file imports without an error, the catalogue it makes loads without one.
#![no_main]

use libfuzzer_sys::fuzz_target;
use showfloor::catalog::{SourceFile, load};
use showfloor::import::{Format, Options, import_files};

const FORMATS: [Format; 7] = [
    Format::FrabXml,
    Format::ScheduleJson,
    Format::ICalendar,
    Format::Csv,
    Format::Xlsx,
    Format::Ods,
    Format::Xls,
];

fuzz_target!(|input: &[u8]| {
    let Some((&pick, bytes)) = input.split_first() else { return };
    let format = FORMATS[usize::from(pick) % FORMATS.len()];
    let files = [("fuzz.in".to_owned(), format, bytes.to_vec())];
    for imported in import_files(&files, &Options::default()) {
        for diagnostic in &imported.diagnostics {
            assert!(diagnostic.location.line >= 1 && diagnostic.location.column >= 1);
            assert!(!diagnostic.to_string().chars().any(char::is_control));
        }
        if !imported.diagnostics.iter().any(|d| d.is_error()) {
            let loaded = load(&[SourceFile::from_text("fuzz.toml", imported.toml())]);
            assert_eq!(loaded.error_count(), 0, "{:?}", loaded.diagnostics);
        }
    }
});
