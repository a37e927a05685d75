//! The terminal itself: whether it can be used, raw mode and the alternate screen on and off
//! (always restored, after a panic too), the clipboard, and Ctrl-Z.

use super::*;

/// The terminal the browser draws on: crossterm, with rows of uncertain width kept clean.
pub(super) type Screen = Terminal<steady::Steady<CrosstermBackend<Stdout>>>;

/// Why the browser cannot start here.
pub fn unsupported_terminal() -> Option<&'static str> {
    if !io::stdin().is_terminal() || !io::stdout().is_terminal() {
        return Some(crate::tr!("notice-needs-terminal"));
    }
    if std::env::var("TERM").is_ok_and(|term| term == "dumb") {
        return Some(crate::tr!("notice-dumb-terminal"));
    }
    None
}

/// Put the terminal back as it was: raw mode off, main screen, cursor shown, mouse and bracketed
/// paste off. Safe to call more than once, and from a panic hook.
pub fn restore() {
    let _ = terminal::disable_raw_mode();
    let _ = execute!(
        io::stdout(),
        DisableBracketedPaste,
        DisableMouseCapture,
        LeaveAlternateScreen,
        cursor::Show
    );
    let _ = io::stdout().flush();
}

/// Restores the terminal when dropped, so an early return or `?` cannot leave it raw.
pub(super) struct Restorer;

impl Drop for Restorer {
    fn drop(&mut self) {
        restore();
    }
}

/// Whether the browser takes the mouse (the config's `mouse`), for setting up again after a
/// suspend.
static MOUSE: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(true);

pub(super) fn setup(mouse: bool) -> io::Result<Screen> {
    MOUSE.store(mouse, std::sync::atomic::Ordering::Relaxed);
    terminal::enable_raw_mode()?;
    execute!(io::stdout(), EnterAlternateScreen, EnableBracketedPaste)?;
    if mouse {
        execute!(io::stdout(), EnableMouseCapture)?;
    }
    Terminal::new(steady::Steady::new(CrosstermBackend::new(io::stdout())))
}

/// Restore the terminal before a panic message is printed, so it is readable and the shell
/// usable; then end the process, whichever thread panicked: a browser whose search or loader
/// thread died cannot go on, and must not go on drawing into a restored terminal.
pub(super) fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        previous(info);
        // Every way out keeps a note being written, a panic too.
        if let Some(said) = saving::save_draft_after_panic() {
            eprintln!("showfloor: {}", crate::text::sanitize_line(&said));
        }
        std::process::exit(101);
    }));
}

/// Put `text` on the clipboard of the terminal the user sits at (OSC 52): it goes through SSH
/// and tmux (with `set-clipboard on`) where no clipboard program could. Base64 keeps the text
/// from being read as terminal commands.
pub(super) fn copy_to_clipboard(terminal: &mut Screen, text: &str) -> io::Result<()> {
    let backend = terminal.backend_mut().inner_mut();
    execute!(backend, crossterm::clipboard::CopyToClipboard::to_clipboard_from(text))
}

/// Ctrl-Z: give the terminal back to the shell, stop, and on `fg` take it again and redraw
/// everything (the shell will have written over the screen).
pub(super) fn suspend(terminal: &mut Screen) -> io::Result<()> {
    #[cfg(unix)]
    {
        restore();
        // Raw mode turns off the terminal's own Ctrl-Z, so stop as it would have. SIGTSTP has
        // a handler (an outside `kill -TSTP` comes here too), so its default action, stopping,
        // is done directly rather than by raising it again.
        let _ = signal_hook::low_level::emulate_default_handler(libc::SIGTSTP);
        // Execution continues here after SIGCONT. A new Terminal has empty buffers, so the next
        // draw repaints everything; Terminal::clear would ask the terminal where its cursor is,
        // an answer only the input thread's event reader can take, and wait for it for ever.
        terminal::enable_raw_mode()?;
        execute!(
            io::stdout(),
            EnterAlternateScreen,
            EnableBracketedPaste,
            terminal::Clear(terminal::ClearType::All)
        )?;
        if MOUSE.load(std::sync::atomic::Ordering::Relaxed) {
            execute!(io::stdout(), EnableMouseCapture)?;
        }
        *terminal = Terminal::new(steady::Steady::new(CrosstermBackend::new(io::stdout())))?;
    }
    #[cfg(not(unix))]
    let _ = terminal;
    Ok(())
}
