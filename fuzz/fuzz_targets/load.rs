//! Any bytes as a catalogue file: the loader returns diagnostics, never panics, and every
//! diagnostic points inside the file and prints without control characters.
#![no_main]

use libfuzzer_sys::fuzz_target;
use showfloor::catalog::{SourceFile, load};

fuzz_target!(|bytes: &[u8]| {
    let lines = String::from_utf8_lossy(bytes).split('\n').count().max(1);
    let source = SourceFile { path: "fuzz.toml".into(), bytes: bytes.to_vec().into() };
    let loaded = load(&[source]);
    for diagnostic in &loaded.diagnostics {
        assert!(diagnostic.location.line >= 1 && diagnostic.location.line as usize <= lines);
        assert!(diagnostic.location.column >= 1);
        assert!(!diagnostic.to_string().chars().any(char::is_control));
    }
});
