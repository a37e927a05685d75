//! What `update` takes: the user's [`Action`]s, and the messages the program itself delivers
//! (a resize, search results, the counted facets, a notice). They are different things: an
//! action is in the key map and the help, with a description; a message is not asked for by
//! any key and has nothing to say in the help.

use std::sync::Arc;

use super::Action;
use crate::facet::FacetIndex;
use crate::search::SearchResults;

pub enum Msg {
    /// What the user asked for, through the key map or the mouse.
    Action(Action),
    /// A key for the note editor, which takes every key the key map leaves it as it is
    /// (arrows, Enter, Backspace, letters: the editor's own keys).
    NoteKey(crossterm::event::KeyEvent),
    /// The terminal has a new size.
    Resize { width: u16, height: u16 },
    /// A background search finished (stale ones are ignored).
    SearchDone(SearchResults),
    /// The facet index, built on another thread.
    FacetIndexReady(Arc<FacetIndex>),
    /// Something to tell the user in the status bar (a save's outcome).
    Notice(String),
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
            Msg::Resize { width, height } => write!(f, "Resize({width}x{height})"),
            Msg::SearchDone(results) => write!(f, "SearchDone({} hits)", results.hits.len()),
            Msg::FacetIndexReady(_) => f.write_str("FacetIndexReady"),
            Msg::Notice(text) => f.debug_tuple("Notice").field(text).finish(),
        }
    }
}
