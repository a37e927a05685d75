//! What `update` asks the world to do. `update` changes only the `App`; anything that touches
//! the terminal, the disk, a thread or the clipboard is returned as an `Effect`, and the event
//! loop (`tui::run_until_quit`) carries it out. A test of a key asserts the effects it returns.

use crate::search::SearchJob;

#[derive(Debug)]
pub enum Effect {
    /// The session should end (the loop still settles the last save first).
    Quit,
    /// The marks and notes changed: save them.
    Save,
    /// Write the plan (Markdown, iCalendar, JSON) to the export folder.
    ExportPlan,
    /// Write the list on screen, as filtered, to the export folder.
    ExportList,
    /// Read the plan file at this path, to merge it in (`Msg::PlanRead` brings it back).
    ImportPlan(std::path::PathBuf),
    /// Ctrl-Z: hand the terminal back and stop until `fg`.
    Suspend,
    /// Count the facet index on a thread (the panel says it is counting until it comes).
    CountFacets,
    /// Put this text on the clipboard of the terminal the user sits at.
    Copy(String),
    /// Run this search on the background worker; its results come back as a message.
    Search(SearchJob),
}

impl PartialEq for Effect {
    /// Effects compare by what they ask for; a search by its generation and query.
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Effect::Copy(a), Effect::Copy(b)) => a == b,
            (Effect::Search(a), Effect::Search(b)) => {
                a.generation == b.generation && a.query == b.query && a.kind == b.kind
            }
            _ => std::mem::discriminant(self) == std::mem::discriminant(other),
        }
    }
}
