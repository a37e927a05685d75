//! The terminal layer's one error: what the browser was doing with the terminal when it failed,
//! and the system's reason. The command line prints it after the terminal is restored.

use std::io;

#[derive(Debug, thiserror::Error)]
pub struct TuiError {
    /// The message saying what was being done: `doing-draw` ("draw the screen")…
    pub doing: &'static str,
    #[source]
    pub source: io::Error,
}

impl std::fmt::Display for TuiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let doing = crate::i18n::t(self.doing);
        f.write_str(&crate::tr!("error-cannot", doing = doing, reason = self.source.to_string()))
    }
}

/// Name what a terminal call was doing when it failed: `terminal.draw(…).doing("doing-draw")?`, a message id.
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
        let error = failed.doing("doing-draw").expect_err("it failed");
        assert_eq!(error.to_string(), "cannot draw the screen: pipe closed");
        assert_eq!(error.source.kind(), io::ErrorKind::BrokenPipe, "the cause is kept, typed");
    }
}
