//! What `update` takes: the user's [`Action`]s, and the messages the program itself delivers
//! (a resize, search results, the counted facets, a notice). They are different things: an
//! action is in the key map and the help, with a description; a message is not asked for by
//! any key and has nothing to say in the help.

use std::sync::Arc;

use super::Action;
use crate::features::facet::FacetIndex;
use crate::search::SearchResults;

pub enum Msg {
    /// What the user asked for, through the key map or the mouse.
    Action(Action),
    /// A key for the note editor, which takes every key the key map leaves it as it is
    /// (arrows, Enter, Backspace, letters: the editor's own keys).
    NoteKey(crossterm::event::KeyEvent),
    /// The first presses of a key sequence ("g" of "g g"): the next press finishes it.
    KeysPending(Vec<super::keymap::Key>),
    /// The terminal has a new size.
    Resize { width: u16, height: u16 },
    /// A background search finished (stale ones are ignored).
    SearchDone(SearchResults),
    /// The facet index, built on another thread.
    FacetIndexReady(Arc<FacetIndex>),
    /// No thread could be started to count the facet index: count it here.
    NoFacetThread,
    /// Something to tell the user in the status bar.
    Notice(String),
    /// The latest save landed; `merged` is the state as written, with another session's
    /// marks and notes merged in.
    Saved { merged: crate::state::State },
    /// The latest change is not saved (`why`), and what to tell the user about it.
    NotSaved { why: String, notice: String },
    /// A quit waits for the last save: the user is told (`notice`), and quitting again leaves.
    QuitWaits(String),
    /// A plan file the user named was read (or why not, said for people): to merge in.
    /// `source` is the file's name, for a note that keeps both texts.
    PlanRead { source: String, plan: Result<crate::features::plan::travel::Plan, String> },
    /// The terminal's input closed: the session ends without asking anything.
    InputGone,
}

impl Msg {
    /// The user's action, when this is one.
    pub fn action(&self) -> Option<&Action> {
        match self {
            Msg::Action(action) => Some(action),
            _ => None,
        }
    }
}

impl From<Action> for Msg {
    fn from(action: Action) -> Msg {
        Msg::Action(action)
    }
}

impl std::fmt::Debug for Msg {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Msg::Action(action) => f.debug_tuple("Action").field(action).finish(),
            Msg::NoteKey(key) => f.debug_tuple("NoteKey").field(key).finish(),
            Msg::KeysPending(keys) => f.debug_tuple("KeysPending").field(keys).finish(),
            Msg::Resize { width, height } => write!(f, "Resize({width}x{height})"),
            Msg::SearchDone(results) => write!(f, "SearchDone({} hits)", results.hits.len()),
            Msg::FacetIndexReady(_) => f.write_str("FacetIndexReady"),
            Msg::NoFacetThread => f.write_str("NoFacetThread"),
            Msg::Notice(text) => f.debug_tuple("Notice").field(text).finish(),
            Msg::Saved { .. } => f.write_str("Saved"),
            Msg::NotSaved { why, .. } => f.debug_tuple("NotSaved").field(why).finish(),
            Msg::QuitWaits(text) => f.debug_tuple("QuitWaits").field(text).finish(),
            Msg::PlanRead { source, .. } => f.debug_tuple("PlanRead").field(source).finish(),
            Msg::InputGone => f.write_str("InputGone"),
        }
    }
}
