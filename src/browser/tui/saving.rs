//! The browser's side of saving: changes handed to the saver thread, its reports turned into
//! what the user sees, and the last change settled before the session ends.

use std::path::PathBuf;
use std::sync::Mutex;
use std::sync::mpsc::Sender;
use std::time::Duration;

use super::Event;
use crate::browser::app::{App, Msg, update};
use crate::state::{SaveOutcome, SaveReport, Saver, Store};

/// How long quitting waits for the last change to be written before it asks the user.
const QUIT_WAIT: Duration = Duration::from_secs(1);
/// How long a signal or a closed terminal waits before the change is written aside instead.
const SIGNAL_WAIT: Duration = Duration::from_secs(2);

pub(super) fn start(store: Store, events: Sender<Event>) -> Saver {
    Saver::start(store, move |report| {
        let _ = events.send(Event::Saved(report));
    })
}

/// Take in what became of a save.
pub(super) fn on_report(app: &mut App, saver: &mut Saver, report: SaveReport) {
    // A report on a state the session has changed since: the newer save will say what counts.
    let current = report.generation == saver.latest();
    match report.outcome {
        SaveOutcome::Saved { merged, notice } => {
            // A file on disk that could not be read was moved aside: say where, once.
            if let Some(notice) = notice {
                update(app, Msg::Notice(notice));
            }
            saver.synced(&merged);
            if current {
                update(app, Msg::Saved { merged });
            }
        }
        SaveOutcome::Waiting(why) => {
            let notice = crate::tr!("notice-change-waiting", why = &why);
            update(app, Msg::NotSaved { why, notice });
        }
        SaveOutcome::Failed(why) if current => {
            // What happened first, why after: a status bar cuts from the end.
            let notice = crate::tr!("notice-not-saved", why = &why);
            update(app, Msg::NotSaved { why, notice });
        }
        SaveOutcome::Failed(_) => {}
    }
}

/// What ending the session found.
pub(super) enum Ending {
    /// Everything is saved (or the user chose to leave a change behind): leave.
    Leave,
    /// The last change still waits for another session's lock: the user has been asked.
    Stay,
}

/// The user asked to quit: give the last change a moment to be written; if another session
/// still holds the lock, keep the browser open and say so, once (quitting again leaves).
pub(super) fn quitting(app: &mut App, saver: &Saver) -> Ending {
    if saver.settle(QUIT_WAIT) || app.saving().quit_warned {
        return Ending::Leave;
    }
    let why =
        app.saving().unsaved.clone().unwrap_or_else(|| crate::tr!("notice-state-busy").into());
    update(
        app,
        Msg::QuitWaits(crate::tr!(
            "notice-quit-waits",
            why = why,
            path = saver.path().display().to_string()
        )),
    );
    Ending::Stay
}

/// The session ends without asking (a signal, a closed terminal, a second quit): the last
/// change is given a moment, and if it still cannot be saved it is written beside the state
/// file, so nothing is lost. The path of that copy, when one was written.
pub(super) fn ending(app: &App, saver: &Saver) -> Option<PathBuf> {
    if saver.settle(SIGNAL_WAIT) || !saver.saves() {
        return None;
    }
    saver.rescue(app.state())
}

/// A note being written, as it stands after the last key: what a panic, which ends the process
/// from its hook with no way back to the app, still saves.
struct Draft {
    path: PathBuf,
    catalogue: String,
    record: String,
    text: String,
    edited: String,
}

static DRAFT: Mutex<Option<Draft>> = Mutex::new(None);

/// Keep the draft of the note being edited (none when no note is open), after every update.
pub(super) fn keep_draft(app: &App, saver: Option<&Saver>) {
    let draft = app.note().zip(saver.filter(|s| s.saves())).map(|(editor, saver)| Draft {
        path: saver.path().to_path_buf(),
        catalogue: app.state().catalogue.clone(),
        record: app.catalog().get(editor.record).id().to_owned(),
        text: editor.text.lines().join("\n"),
        edited: app.now().to_string(),
    });
    // Never wait here: a lock held by a panicking thread is not worth a frame.
    if let Ok(mut slot) = DRAFT.try_lock() {
        *slot = draft;
    }
}

/// After a panic, save the note that was being written: the file as it is on disk, with the
/// note put in, under the lock as every save is (waiting at most a second). Where that cannot
/// be done, the note goes beside the state file. What happened, for the panic message.
pub(super) fn save_draft_after_panic() -> Option<String> {
    let draft = DRAFT.try_lock().ok()?.take()?;
    if draft.text.trim().is_empty() {
        return None;
    }
    let saved = Store::open(draft.path.clone(), &draft.catalogue).and_then(|mut opened| {
        opened.store.set_patience(Duration::from_secs(1));
        let mut state = opened.state;
        state.set_note(&draft.record, &draft.text, &draft.edited);
        opened.store.save(&state).map(|_| ())
    });
    match saved {
        Ok(()) => Some(crate::tr!("notice-draft-saved", record = &draft.record)),
        Err(error) => {
            let mut state = crate::state::State::new(&draft.catalogue);
            state.set_note(&draft.record, &draft.text, &draft.edited);
            let aside = crate::state::keep_beside(&draft.path, &state).ok()?;
            Some(crate::tr!(
                "notice-draft-aside",
                reason = error.to_string(),
                path = aside.display().to_string()
            ))
        }
    }
}
