//! The terminal: set up, the event loop, and restore — always, on a normal exit, on an error and
//! after a panic. Synchronous: the catalogue is in memory, so a plain loop is enough.

use std::io::{self, IsTerminal, Stdout, Write};
use std::time::Duration;

use crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
};
use crossterm::terminal::{self, EnterAlternateScreen, LeaveAlternateScreen};
use crossterm::{cursor, execute};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;

use crate::app::{App, keymap, update};
use crate::catalog::Catalog;
use crate::ui;

/// Why the browser cannot start here.
pub fn unsupported_terminal() -> Option<&'static str> {
    if !io::stdin().is_terminal() || !io::stdout().is_terminal() {
        return Some("the browser needs a terminal, and standard input or output is not one");
    }
    if std::env::var("TERM").is_ok_and(|term| term == "dumb") {
        return Some("the browser cannot draw on a dumb terminal (TERM=dumb)");
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
struct Restorer;

impl Drop for Restorer {
    fn drop(&mut self) {
        restore();
    }
}

fn setup() -> io::Result<Terminal<CrosstermBackend<Stdout>>> {
    terminal::enable_raw_mode()?;
    execute!(io::stdout(), EnterAlternateScreen, EnableMouseCapture, EnableBracketedPaste)?;
    Terminal::new(CrosstermBackend::new(io::stdout()))
}

/// Restore the terminal before a panic message is printed, so it is readable and the shell
/// usable.
fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        previous(info);
    }));
}

/// Run the browser on `catalog` until the user quits.
pub fn run(catalog: Catalog) -> io::Result<()> {
    install_panic_hook();
    let _restorer = Restorer;
    let mut terminal = setup()?;
    let size = terminal.size()?;
    let mut app = App::new(catalog, size.width, size.height);
    app.color = std::env::var_os("NO_COLOR").is_none_or(|value| value.is_empty());
    while !app.quit {
        terminal.draw(|frame| ui::draw(&app, frame))?;
        // Handle everything already waiting before drawing again: a burst of typing or a paste
        // costs one frame, not one per key.
        let mut next = Some(event::read()?);
        while let Some(event) = next.take() {
            if let Some(action) = keymap::action_for_event(&event, &app.contexts()) {
                update(&mut app, action);
            }
            if !app.quit && event::poll(Duration::ZERO)? {
                next = Some(event::read()?);
            }
        }
    }
    Ok(())
}
