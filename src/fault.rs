//! Test-only faults. Debug builds panic where `SHOWFLOOR_TEST_PANIC` says ("loading", "drawing",
//! "update", "search"), so end-to-end tests can prove the terminal is restored after a panic
//! anywhere. Release builds compile this to nothing.

/// Panic here if the environment asks for a panic at `place` (debug builds only).
pub fn injected_panic(place: &str) {
    #[cfg(debug_assertions)]
    if std::env::var("SHOWFLOOR_TEST_PANIC").is_ok_and(|at| at == place) {
        panic!("injected test panic in {place}");
    }
    #[cfg(not(debug_assertions))]
    let _ = place;
}
