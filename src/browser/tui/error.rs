//! The terminal layer's one error: what the browser was doing with the terminal when it failed,
//! and the system's reason. The command line prints it after the terminal is restored.

use std::io;

#[derive(Debug, thiserror::Error)]
#[error("cannot {doing}: {source}")]
pub struct TuiError {
    /// "draw the screen", "set up the terminal"…
    pub doing: &'static str,
    #[source]
    pub source: io::Error,
}

/// Name what a terminal call was doing when it failed: `terminal.draw(…).doing("draw")?`.
pub(super) trait Doing<T> {
    fn doing(self, doing: &'static str) -> Result<T, TuiError>;
}

impl<T> Doing<T> for io::Result<T> {
    fn doing(self, doing: &'static str) -> Result<T, TuiError> {
        self.map_err(|source| TuiError { doing, source })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_terminal_error_says_what_was_being_done_and_why() {
        let failed: io::Result<()> = Err(io::Error::new(io::ErrorKind::BrokenPipe, "pipe closed"));
        let error = failed.doing("draw the screen").expect_err("it failed");
        assert_eq!(error.to_string(), "cannot draw the screen: pipe closed");
        assert_eq!(error.source.kind(), io::ErrorKind::BrokenPipe, "the cause is kept, typed");
    }
}
