//! The terminal: set up, the event loop, and restore — always, on a normal exit, on an error and
//! after a panic.
//!
//! Three threads feed one channel the loop waits on: one reads the terminal's events, one
//! loads the catalogue (so the first frame, a progress screen, is drawn at once whatever the
//! catalogue's size), and one searches (so the line being typed never waits for matching). The
//! state changes only on the loop's thread, through `update`.

use std::io::{self, IsTerminal, Stdout, Write};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::thread;
use std::time::{Duration, Instant};

use crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
};
use crossterm::terminal::{self, EnterAlternateScreen, LeaveAlternateScreen};
use crossterm::{cursor, execute};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;

use crate::browser::app::{Action, App, Clock, Effect, Msg, update};
use crate::browser::ui;
use crate::catalog::{Loaded, Progress};
use crate::cli::Roots;
use crate::search::{SearchResults, SearchWorker};
use crate::state::{self, SaveReport, Saver, Store};

mod error;
mod exports;
mod saving;
mod screen;
mod session;
mod steady;
mod threads;

use error::Doing;
pub use error::TuiError;
use screen::*;
pub use screen::{restore, unsupported_terminal};
use session::*;
use threads::*;

/// How often the progress screen is redrawn while loading.
const PROGRESS_TICK: Duration = Duration::from_millis(40);

/// How a browsing session ended.
pub enum Exit {
    /// The user quit (or the terminal closed). `unsaved`: where the last change was written
    /// when the state file could not take it (another session held its lock to the end).
    Quit { unsaved: Option<PathBuf> },
    /// SIGTERM, SIGHUP and the like: the terminal is restored and state was saved as it
    /// changed (or, as with `Quit`, written beside it).
    Signalled { signal: i32, unsaved: Option<PathBuf> },
    /// The catalogue has errors: the caller reports them, after the terminal is restored.
    Broken(Box<Loaded>),
}

/// What the loop waits for.
enum Event {
    Terminal(event::Event),
    Search(SearchResults),
    Ready(Box<App>),
    Broken(Box<Loaded>),
    /// The facet index, built after loading.
    FacetIndex(Arc<crate::features::facet::FacetIndex>),
    /// The terminal's input failed or closed: nothing more can be typed.
    InputGone,
    /// SIGTERM or SIGHUP arrived.
    Terminate(i32),
    /// SIGTSTP from outside: suspend as Ctrl-Z does.
    Suspend,
    /// What became of a save, from the saver thread.
    Saved(SaveReport),
}

/// How the browser is to run, from the command line.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// Draw in colour (no `NO_COLOR`).
    pub color: bool,
    /// Badge what changed since the edition in this directory.
    pub compare_to: Option<PathBuf>,
    /// Open a catalogue that has errors, without what they leave out.
    pub keep_going: bool,
    /// Where `x` and `E` write (`--out DIR`).
    pub export_dir: PathBuf,
    /// The keys: the defaults changed by the config.
    pub keymap: crate::browser::app::keymap::KeyMap,
    /// Take the mouse (clicks, the wheel); off leaves it to the terminal (selecting text).
    pub mouse: bool,
    /// The style of each role on screen (the config's theme and colours).
    pub palette: crate::browser::ui::Palette,
    /// Said on the first screen (a broken config).
    pub notice: Option<String>,
}

/// Open the browser on the catalogues `roots` name (the embedded one when none), with marks
/// and notes kept in `state_file` or the default place for the catalogue.
pub fn run(
    roots: Roots,
    state_file: Option<PathBuf>,
    clock: Clock,
    options: Options,
) -> Result<Exit, TuiError> {
    let color = options.color;
    install_panic_hook();
    let _restorer = Restorer;
    let mut terminal = setup(options.mouse).doing("doing-set-up-terminal")?;
    let (keymap, config_notice) = (options.keymap.clone(), options.notice.clone());
    let (sender, events) = mpsc::channel();
    spawn_input(sender.clone()).doing("doing-read-keyboard")?;
    spawn_signals(sender.clone());
    let progress = Arc::new(Progress::default());
    let compare_to = options.compare_to.clone();
    let earlier = compare_to.clone().map(|old| roots.other(old));
    spawn_loader(roots, Arc::clone(&progress), options, sender.clone());
    let started = Instant::now();

    // Loading: a progress screen, redrawn on a tick, until the catalogue is ready.
    let app = loop {
        terminal
            .draw(|frame| ui::draw_loading(frame, &progress, started.elapsed(), color))
            .doing("doing-draw")?;
        match events.recv_timeout(PROGRESS_TICK) {
            Ok(Event::Ready(app)) => break app,
            Ok(Event::Broken(loaded)) => return Ok(Exit::Broken(loaded)),
            Ok(Event::Terminal(event)) if quits_while_loading(&event) => {
                return Ok(Exit::Quit { unsaved: None });
            }
            Ok(Event::InputGone) => return Ok(Exit::Quit { unsaved: None }),
            Ok(Event::Terminate(signal)) => return Ok(Exit::Signalled { signal, unsaved: None }),
            Ok(Event::Suspend) => suspend(&mut terminal).doing("doing-suspend")?,
            Ok(_) | Err(RecvTimeoutError::Timeout) => {}
            Err(RecvTimeoutError::Disconnected) => return Ok(Exit::Quit { unsaved: None }),
        }
    };
    let mut app = app.with_keymap(keymap);
    let size = terminal.size().doing("doing-read-size")?;
    update(&mut app, Msg::Resize { width: size.width, height: size.height });
    app.settings_mut().clock = clock;
    let mut saver =
        open_state(&mut app, state_file).map(|store| saving::start(store, sender.clone()));
    if app.settings().catalogue_errors > 0 {
        let notice =
            crate::tr!("notice-catalogue-errors", errors = app.settings().catalogue_errors);
        update(&mut app, Msg::Notice(notice));
    }
    if let (Some(old), Some(earlier)) = (compare_to, earlier) {
        badge_edition_changes(&mut app, old, earlier);
    }
    if let Some(notice) = config_notice {
        update(&mut app, Msg::Notice(notice));
    }
    app.settings_mut().background_facets = true;
    let facet_events = sender.clone();
    let worker = SearchWorker::spawn(app.shared_index(), move |results| {
        let _ = sender.send(Event::Search(results));
    });
    // No thread to be had (a process limit): search on this thread, slower on a large
    // catalogue but working, and say why.
    app.settings_mut().background_search = worker.is_ok();
    if let Err(error) = &worker {
        let notice = crate::tr!("notice-search-on-this-thread", reason = error.to_string());
        update(&mut app, Msg::Notice(notice));
    }
    browse(&mut terminal, &mut app, (&facet_events, &events), worker.ok().as_ref(), saver.as_mut())
}

fn quits_while_loading(event: &event::Event) -> bool {
    use crossterm::event::{KeyCode, KeyModifiers};
    matches!(event, event::Event::Key(key)
        if key.code == KeyCode::Char('q')
            || (key.code == KeyCode::Char('c') && key.modifiers.contains(KeyModifiers::CONTROL)))
}

/// `events` is the loop's channel: its sending end goes to helper threads started on the way.
fn browse(
    terminal: &mut Screen,
    app: &mut App,
    (sender, events): (&Sender<Event>, &Receiver<Event>),
    worker: Option<&SearchWorker>,
    mut saver: Option<&mut Saver>,
) -> Result<Exit, TuiError> {
    loop {
        // A signal or a closed terminal ends the session once what it interrupted is handed
        // to the saver (a note being written).
        let signalled = run_until_quit(terminal, app, (sender, events), worker, &mut saver)?;
        let Some(saver) = saver.as_deref() else {
            return Ok(exit(signalled, None));
        };
        if signalled.is_none()
            && !app.saving().input_gone
            && matches!(saving::quitting(app, saver), saving::Ending::Stay)
        {
            continue;
        }
        return Ok(exit(signalled, saving::ending(app, saver)));
    }
}

fn exit(signalled: Option<i32>, unsaved: Option<PathBuf>) -> Exit {
    match signalled {
        Some(signal) => Exit::Signalled { signal, unsaved },
        None => Exit::Quit { unsaved },
    }
}

/// Draw, wait for events, update and carry out what update asked for, until the app quits;
/// the signal that ended it, if one did.
fn run_until_quit(
    terminal: &mut Screen,
    app: &mut App,
    (sender, events): (&Sender<Event>, &Receiver<Event>),
    worker: Option<&SearchWorker>,
    saver: &mut Option<&mut Saver>,
) -> Result<Option<i32>, TuiError> {
    loop {
        terminal
            .draw(|frame| {
                crate::fault::injected_panic("drawing");
                ui::draw(app, frame);
            })
            .doing("doing-draw")?;
        let Ok(first) = events.recv() else { return Ok(None) };
        // Handle everything already waiting before drawing again: a burst of typing or a paste
        // costs one frame, not one per key.
        let mut next = Some(first);
        let mut terminated = None;
        while let Some(event) = next.take() {
            let msg = match event {
                Event::Terminal(event) => app.msg_for_event(&event),
                Event::Search(results) => Some(Msg::SearchDone(results)),
                Event::FacetIndex(index) => Some(Msg::FacetIndexReady(index)),
                // A closed terminal cannot be asked whether to leave unsaved changes behind.
                Event::InputGone => Some(Msg::InputGone),
                Event::Terminate(signal) => {
                    terminated = Some(signal);
                    Some(Msg::Action(Action::Quit))
                }
                Event::Suspend => {
                    suspend(terminal).doing("doing-suspend")?;
                    None
                }
                Event::Saved(report) => {
                    if let Some(saver) = saver.as_deref_mut() {
                        saving::on_report(app, saver, report);
                    }
                    None
                }
                Event::Ready(_) | Event::Broken(_) => None,
            };
            let mut quit = false;
            if let Some(msg) = msg {
                crate::fault::injected_panic("update");
                let effects = update(app, msg);
                saving::keep_draft(app, saver.as_deref());
                crate::fault::injected_panic_if(
                    "note",
                    app.note().is_some_and(|n| n.text.lines().concat().ends_with("boom")),
                );
                for effect in effects {
                    quit |= carry_out(effect, terminal, app, (sender, worker), saver)?;
                }
            }
            if terminated.is_some() {
                return Ok(terminated);
            }
            if quit {
                return Ok(None);
            }
            next = events.try_recv().ok();
        }
    }
}

/// Do what `update` asked for; whether it was to quit.
fn carry_out(
    effect: Effect,
    terminal: &mut Screen,
    app: &mut App,
    (sender, worker): (&Sender<Event>, Option<&SearchWorker>),
    saver: &mut Option<&mut Saver>,
) -> Result<bool, TuiError> {
    match effect {
        Effect::Quit => return Ok(true),
        Effect::Suspend => suspend(terminal).doing("doing-suspend")?,
        Effect::Search(job) => {
            if let Some(worker) = worker {
                worker.submit(job);
            }
        }
        Effect::CountFacets => spawn_facet_index(app, sender.clone()),
        Effect::ExportPlan => {
            // Another session's marks since this one last saved are in the export. They are
            // not taken into this session's state here: only its saver may, or a later unmark
            // over there would be undone by this session's next save.
            let current =
                saver.as_deref().map_or_else(|| app.state().clone(), |s| s.current(app.state()));
            let notice = exports::export_plan(app, &current, &app.settings().export_dir);
            update(app, Msg::Notice(notice));
        }
        Effect::ImportPlan(path) => {
            // A small file, read here as an export is written here; the merge is update's.
            let key = crate::state::catalogue_key(app.catalog());
            let shown = crate::text::sanitize_line(&path.display().to_string()).into_owned();
            let plan = crate::features::plan::travel::open(&path, &key).map_err(
                |(line, column, message)| {
                    crate::text::sanitize_line(&format!("{shown}:{line}:{column}: {message}"))
                        .into_owned()
                },
            );
            let source = path.file_name().map_or(shown, |name| name.to_string_lossy().into_owned());
            // The merge asks for a save: carried out here, as the loop carries out a key's.
            let mut quit = false;
            for effect in update(app, Msg::PlanRead { source, plan }) {
                quit |= carry_out(effect, terminal, app, (sender, worker), saver)?;
            }
            return Ok(quit);
        }
        Effect::ExportList => {
            let notice = exports::export_list(app, &app.settings().export_dir);
            update(app, Msg::Notice(notice));
        }
        Effect::Copy(text) => copy_to_clipboard(terminal, &text).doing("doing-copy")?,
        // Saved on every change, not only at exit: a laptop at a stand gets closed. The saver
        // thread writes it; nothing here waits for the disk or another session.
        Effect::Save => match saver.as_deref_mut() {
            Some(saver) => saver.submit(app.state().clone()),
            // No state file could be had: every change says it is not saved.
            None => {
                let why = app.saving().unsaved.clone().unwrap_or_default();
                let said = app.message().unwrap_or_default();
                update(
                    app,
                    Msg::Notice(crate::tr!("notice-said-not-saved", said = said, why = why)),
                );
            }
        },
    }
    Ok(false)
}
