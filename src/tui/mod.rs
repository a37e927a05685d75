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

use crate::app::{Action, App, Clock, Effect, Msg, keymap, update};
use crate::catalog::{Loaded, Progress, load_dirs_observed};
use crate::search::{SearchResults, SearchWorker};
use crate::state::{self, SaveReport, Saver, Store};
use crate::ui;

mod exports;
mod saving;
mod steady;

/// The terminal the browser draws on: crossterm, with rows of uncertain width kept clean.
type Screen = Terminal<steady::Steady<CrosstermBackend<Stdout>>>;

/// How often the progress screen is redrawn while loading.
const PROGRESS_TICK: Duration = Duration::from_millis(40);

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

fn setup() -> io::Result<Screen> {
    terminal::enable_raw_mode()?;
    execute!(io::stdout(), EnterAlternateScreen, EnableMouseCapture, EnableBracketedPaste)?;
    Terminal::new(steady::Steady::new(CrosstermBackend::new(io::stdout())))
}

/// Restore the terminal before a panic message is printed, so it is readable and the shell
/// usable; then end the process, whichever thread panicked: a browser whose search or loader
/// thread died cannot go on, and must not go on drawing into a restored terminal.
fn install_panic_hook() {
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
    FacetIndex(Arc<crate::facet::FacetIndex>),
    /// The terminal's input failed or closed: nothing more can be typed.
    InputGone,
    /// SIGTERM or SIGHUP arrived.
    Terminate(i32),
    /// SIGTSTP from outside: suspend as Ctrl-Z does.
    Suspend,
    /// What became of a save, from the saver thread.
    Saved(SaveReport),
}

/// Turn the signals that end or stop a process into events, so the loop ends the session
/// cleanly (terminal restored, a note being written saved) instead of dying with the terminal
/// raw: SIGTERM, SIGHUP, and from outside SIGINT, SIGQUIT, SIGUSR1, SIGUSR2 and SIGALRM (raw
/// mode keeps Ctrl-C and Ctrl-\ from sending them, but `kill` can). SIGTSTP from outside
/// suspends as Ctrl-Z does: terminal given back, then re-entered on SIGCONT.
fn spawn_signals(events: Sender<Event>) {
    #[cfg(unix)]
    {
        use signal_hook::consts::{
            SIGALRM, SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGTSTP, SIGUSR1, SIGUSR2,
        };
        let ending = [SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM];
        let Ok(mut signals) =
            signal_hook::iterator::Signals::new(ending.iter().copied().chain([SIGTSTP]))
        else {
            return;
        };
        // Without this thread the signals keep their default actions; nothing is lost but the
        // clean exit.
        let _ = thread::Builder::new().name("signals".into()).spawn(move || {
            for signal in signals.forever() {
                let event =
                    if signal == SIGTSTP { Event::Suspend } else { Event::Terminate(signal) };
                let ends = matches!(event, Event::Terminate(_));
                if events.send(event).is_err() || ends {
                    return;
                }
            }
        });
    }
    #[cfg(not(unix))]
    let _ = events;
}

/// Without this thread nothing can be typed: the browser cannot run (a process limit), and
/// says so rather than panic.
fn spawn_input(events: Sender<Event>) -> io::Result<()> {
    thread::Builder::new()
        .name("input".into())
        .spawn(move || {
            loop {
                let event = match event::read() {
                    Ok(event) => Event::Terminal(event),
                    Err(_) => Event::InputGone,
                };
                let gone = matches!(event, Event::InputGone);
                if events.send(event).is_err() || gone {
                    return;
                }
            }
        })
        .map(drop)
        .map_err(|error| {
            io::Error::new(error.kind(), format!("cannot start the input thread: {error}"))
        })
}

fn spawn_loader(
    dirs: Vec<PathBuf>,
    progress: Arc<Progress>,
    options: Options,
    events: Sender<Event>,
) {
    let load = move || {
        let loaded = load_dirs_observed(&dirs, &progress);
        crate::fault::injected_panic("loading");
        let errors = loaded.error_count();
        let event = if errors > 0 && !options.keep_going {
            Event::Broken(Box::new(loaded))
        } else {
            let settings = crate::app::Settings {
                color: options.color,
                export_dir: options.export_dir,
                catalogue_errors: errors,
                ..crate::app::Settings::default()
            };
            let app = App::new(loaded.catalog, 0, 0).with_settings(settings);
            Event::Ready(Box::new(app))
        };
        let _ = events.send(event);
    };
    // The work goes in a slot the thread empties; if no thread can be started (a process
    // limit), it is done here, without the progress screen but without a panic.
    let slot = Arc::new(std::sync::Mutex::new(Some(load)));
    let theirs = Arc::clone(&slot);
    let take = |slot: &std::sync::Mutex<Option<_>>| {
        slot.lock().unwrap_or_else(std::sync::PoisonError::into_inner).take()
    };
    let started = (!crate::fault::injected_spawn_failure("loader")).then(|| {
        thread::Builder::new().name("loader".into()).spawn(move || {
            if let Some(load) = take(&theirs) {
                load();
            }
        })
    });
    if !matches!(started, Some(Ok(_)))
        && let Some(load) = take(&slot)
    {
        load();
    }
}

/// Count facet values on a thread of their own, when the facet panel first asks (`update`
/// leaves `facet_index_requested`): 1.6 s at a million records, 115 ms at 100 000, during
/// which the panel says it is counting and every key still works. Built on demand rather than
/// after loading, so it never competes with the first keys typed into search.
fn spawn_facet_index(app: &mut App, events: Sender<Event>) {
    let catalog = app.shared_catalog();
    let started = thread::Builder::new().name("facets".into()).spawn(move || {
        let index = crate::facet::FacetIndex::build(&catalog);
        let _ = events.send(Event::FacetIndex(Arc::new(index)));
    });
    if started.is_err() {
        // No thread: count here, as the tests' app does, rather than wait for ever.
        update(app, Msg::NoFacetThread);
    }
}

/// Open the browser on the catalogues in `dirs` (the embedded one when empty), with marks and
/// notes kept in `state_file` or the default place for the catalogue.
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
}

pub fn run(
    dirs: Vec<PathBuf>,
    state_file: Option<PathBuf>,
    clock: Clock,
    options: Options,
) -> io::Result<Exit> {
    let color = options.color;
    install_panic_hook();
    let _restorer = Restorer;
    let mut terminal = setup()?;
    let (sender, events) = mpsc::channel();
    spawn_input(sender.clone())?;
    spawn_signals(sender.clone());
    let progress = Arc::new(Progress::default());
    let compare_to = options.compare_to.clone();
    spawn_loader(dirs, Arc::clone(&progress), options, sender.clone());
    let started = Instant::now();

    // Loading: a progress screen, redrawn on a tick, until the catalogue is ready.
    let mut app = loop {
        terminal.draw(|frame| ui::draw_loading(frame, &progress, started.elapsed(), color))?;
        match events.recv_timeout(PROGRESS_TICK) {
            Ok(Event::Ready(app)) => break app,
            Ok(Event::Broken(loaded)) => return Ok(Exit::Broken(loaded)),
            Ok(Event::Terminal(event)) if quits_while_loading(&event) => {
                return Ok(Exit::Quit { unsaved: None });
            }
            Ok(Event::InputGone) => return Ok(Exit::Quit { unsaved: None }),
            Ok(Event::Terminate(signal)) => return Ok(Exit::Signalled { signal, unsaved: None }),
            Ok(Event::Suspend) => suspend(&mut terminal)?,
            Ok(_) | Err(RecvTimeoutError::Timeout) => {}
            Err(RecvTimeoutError::Disconnected) => return Ok(Exit::Quit { unsaved: None }),
        }
    };
    let size = terminal.size()?;
    update(&mut app, Msg::Resize { width: size.width, height: size.height });
    app.settings_mut().clock = clock;
    let mut saver =
        open_state(&mut app, state_file).map(|store| saving::start(store, sender.clone()));
    if app.settings().catalogue_errors > 0 {
        let notice = format!(
            "{} error(s) in the catalogue: what they affect is left out (showfloor check lists them)",
            app.settings().catalogue_errors
        );
        update(&mut app, Msg::Notice(notice));
    }
    if let Some(old) = compare_to {
        compare_with_edition(&mut app, old);
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
        let notice = format!("searching without a background thread ({error})");
        update(&mut app, Msg::Notice(notice));
    }
    browse(&mut terminal, &mut app, (&facet_events, &events), worker.ok().as_ref(), saver.as_mut())
}

/// Badge what is new or changed since the edition in `old`; if it cannot be read, say so and
/// browse without badges.
fn compare_with_edition(app: &mut App, old: PathBuf) {
    let shown = old.display().to_string();
    let loaded = crate::catalog::load_dirs(&[old]);
    if loaded.error_count() > 0 {
        let notice = format!(
            "cannot compare with {shown}: it has {} error(s) (showfloor --data {shown} check)",
            loaded.error_count()
        );
        update(app, Msg::Notice(notice));
        return;
    }
    let found = crate::diff::diff(&loaded.catalog, app.catalog());
    let notice = format!(
        "compared with {shown}: {} new, {} changed, {} gone (showfloor diff lists them)",
        found.added.len(),
        found.changed.len(),
        found.removed.len()
    );
    app.set_edition_changes(&found);
    update(app, Msg::Notice(notice));
}

/// Open the catalogue's state file and load it into `app`; a problem (a file moved aside, no
/// place to keep state) is shown in the status bar and browsing goes on.
fn open_state(app: &mut App, state_file: Option<PathBuf>) -> Option<Store> {
    let catalogue = state::catalogue_key(app.catalog());
    // The default place's folder is made on the first save; a path the user typed gets only
    // its file, so a typo is an error rather than a new tree of folders.
    let default = state_file.is_none();
    let Some(path) = state_file.or_else(|| state::default_path(&catalogue)) else {
        let why = "no data directory (use --state FILE)";
        let notice = format!("{why}: marks and notes will not be saved");
        update(app, Msg::NotSaved { why: why.into(), notice });
        return None;
    };
    match Store::open(path, &catalogue) {
        Ok(mut opened) => {
            if default {
                opened.store.make_folder();
            }
            app.set_state(opened.state);
            let kept = crate::plan::not_in_catalogue(app.catalog(), app.state()).len();
            let export_key = crate::app::keymap::bindings_in(crate::app::Context::Global)
                .find(|binding| binding.action() == Some(&Action::ExportPlan))
                .map_or_else(String::new, |binding| {
                    format!(" ({})", crate::app::keymap::keys_text(binding))
                });
            let notice = opened.notice.or_else(|| {
                (kept > 0).then(|| {
                    format!(
                        "{kept} marked or noted record(s) are not in this catalogue; they are kept \
                         and listed when you export the plan{export_key}"
                    )
                })
            });
            if let Some(notice) = notice {
                update(app, Msg::Notice(notice));
            }
            Some(opened.store)
        }
        Err(error) => {
            let notice = format!("{error}: marks and notes will not be saved");
            update(app, Msg::NotSaved { why: error.to_string(), notice });
            None
        }
    }
}

/// Put `text` on the clipboard of the terminal the user sits at (OSC 52): it goes through SSH
/// and tmux (with `set-clipboard on`) where no clipboard program could. Base64 keeps the text
/// from being read as terminal commands.
fn copy_to_clipboard(terminal: &mut Screen, text: &str) -> io::Result<()> {
    let backend = terminal.backend_mut().inner_mut();
    execute!(backend, crossterm::clipboard::CopyToClipboard::to_clipboard_from(text))
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
) -> io::Result<Exit> {
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
) -> io::Result<Option<i32>> {
    loop {
        terminal.draw(|frame| {
            crate::fault::injected_panic("drawing");
            ui::draw(app, frame);
        })?;
        let Ok(first) = events.recv() else { return Ok(None) };
        // Handle everything already waiting before drawing again: a burst of typing or a paste
        // costs one frame, not one per key.
        let mut next = Some(first);
        let mut terminated = None;
        while let Some(event) = next.take() {
            let msg = match event {
                Event::Terminal(event) => keymap::msg_for_event(&event, &app.contexts()),
                Event::Search(results) => Some(Msg::SearchDone(results)),
                Event::FacetIndex(index) => Some(Msg::FacetIndexReady(index)),
                // A closed terminal cannot be asked whether to leave unsaved changes behind.
                Event::InputGone => Some(Msg::InputGone),
                Event::Terminate(signal) => {
                    terminated = Some(signal);
                    Some(Msg::Action(Action::Quit))
                }
                Event::Suspend => {
                    suspend(terminal)?;
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
) -> io::Result<bool> {
    match effect {
        Effect::Quit => return Ok(true),
        Effect::Suspend => suspend(terminal)?,
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
        Effect::ExportList => {
            let notice = exports::export_list(app, &app.settings().export_dir);
            update(app, Msg::Notice(notice));
        }
        Effect::Copy(text) => copy_to_clipboard(terminal, &text)?,
        // Saved on every change, not only at exit: a laptop at a stand gets closed. The saver
        // thread writes it; nothing here waits for the disk or another session.
        Effect::Save => match saver.as_deref_mut() {
            Some(saver) => saver.submit(app.state().clone()),
            // No state file could be had: every change says it is not saved.
            None => {
                let why = app.saving().unsaved.clone().unwrap_or_default();
                let said = app.message().unwrap_or_default();
                update(app, Msg::Notice(format!("{said} — not saved: {why}")));
            }
        },
    }
    Ok(false)
}

/// Ctrl-Z: give the terminal back to the shell, stop, and on `fg` take it again and redraw
/// everything (the shell will have written over the screen).
fn suspend(terminal: &mut Screen) -> io::Result<()> {
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
            EnableMouseCapture,
            EnableBracketedPaste,
            terminal::Clear(terminal::ClearType::All)
        )?;
        *terminal = Terminal::new(steady::Steady::new(CrosstermBackend::new(io::stdout())))?;
    }
    #[cfg(not(unix))]
    let _ = terminal;
    Ok(())
}
