//! The threads that feed the loop's channel: signals, terminal input, the loader, and counting
//! facets; each does its work on the calling thread when no thread can be started.

use super::*;

/// Turn the signals that end or stop a process into events, so the loop ends the session
/// cleanly (terminal restored, a note being written saved) instead of dying with the terminal
/// raw: SIGTERM, SIGHUP, and from outside SIGINT, SIGQUIT, SIGUSR1, SIGUSR2 and SIGALRM (raw
/// mode keeps Ctrl-C and Ctrl-\ from sending them, but `kill` can). SIGTSTP from outside
/// suspends as Ctrl-Z does: terminal given back, then re-entered on SIGCONT.
pub(super) fn spawn_signals(events: Sender<Event>) {
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
pub(super) fn spawn_input(events: Sender<Event>) -> io::Result<()> {
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
            io::Error::new(
                error.kind(),
                crate::tr!(
                    "error-cannot",
                    doing = crate::tr!("doing-start-input"),
                    reason = error.to_string()
                ),
            )
        })
}

pub(super) fn spawn_loader(
    roots: Roots,
    progress: Arc<Progress>,
    options: Options,
    events: Sender<Event>,
) {
    let load = move || {
        let loaded = roots.load_observed(&progress);
        crate::fault::injected_panic("loading");
        let errors = loaded.error_count();
        let event = if errors > 0 && !options.keep_going {
            Event::Broken(Box::new(loaded))
        } else {
            let settings = crate::browser::app::Settings {
                color: options.color,
                palette: options.palette,
                export_dir: options.export_dir,
                catalogue_errors: errors,
                ..crate::browser::app::Settings::default()
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
pub(super) fn spawn_facet_index(app: &mut App, events: Sender<Event>) {
    let catalog = app.shared_catalog();
    let started = thread::Builder::new().name("facets".into()).spawn(move || {
        let index = crate::features::facet::FacetIndex::build(&catalog);
        let _ = events.send(Event::FacetIndex(Arc::new(index)));
    });
    if started.is_err() {
        // No thread: count here, as the tests' app does, rather than wait for ever.
        update(app, Msg::NoFacetThread);
    }
}
