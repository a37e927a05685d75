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

/// Panic here if the environment asks for a panic at `place` and `now` holds (debug builds
/// only): a panic later in a session, once the test has set something up ("note": once the
/// note being written ends in "boom").
pub fn injected_panic_if(place: &str, now: bool) {
    if now {
        injected_panic(place);
    }
}

/// Whether a thread at `place` should fail to start, as it does under a process limit
/// (`ulimit -u`), which tests cannot set for root (debug builds only; `SHOWFLOOR_TEST_NO_THREAD`).
pub fn injected_spawn_failure(place: &str) -> bool {
    #[cfg(debug_assertions)]
    if std::env::var("SHOWFLOOR_TEST_NO_THREAD").is_ok_and(|at| at == place)
        || NO_THREAD_AT.with(|at| at.borrow().as_deref() == Some(place))
    {
        return true;
    }
    #[cfg(not(debug_assertions))]
    let _ = place;
    false
}

#[cfg(debug_assertions)]
thread_local! {
    /// Where threads started from the current thread fail to start (unit tests' stand-in for
    /// the environment variable, which would reach every test in the process).
    static NO_THREAD_AT: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// Run `work` with threads at `place`, started from this thread, failing to start.
#[cfg(test)]
pub fn with_spawn_failure<T>(place: &str, work: impl FnOnce() -> T) -> T {
    NO_THREAD_AT.with(|at| *at.borrow_mut() = Some(place.to_owned()));
    let done = work();
    NO_THREAD_AT.with(|at| *at.borrow_mut() = None);
    done
}

#[cfg(debug_assertions)]
thread_local! {
    /// Where the current thread's next I/O should fail (set by tests on their own thread, so
    /// tests running in parallel do not see each other's faults).
    static FAIL_IO_AT: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// Make I/O at `place` fail on this thread from now on (debug builds only): a disk filling up
/// or being pulled mid-write, which no test can arrange for real without root.
#[cfg(debug_assertions)]
pub fn fail_io_at(place: Option<&str>) {
    FAIL_IO_AT.with(|at| *at.borrow_mut() = place.map(str::to_owned));
}

/// An I/O error here if this thread was told to fail at `place` (debug builds only).
pub fn injected_io_error(place: &str) -> std::io::Result<()> {
    #[cfg(debug_assertions)]
    if FAIL_IO_AT.with(|at| at.borrow().as_deref() == Some(place)) {
        return Err(std::io::Error::other(format!("injected test I/O error in {place}")));
    }
    #[cfg(not(debug_assertions))]
    let _ = place;
    Ok(())
}
