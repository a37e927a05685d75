//! Everything the user can ask the browser to do. Keys and mouse events become actions through
//! the key map; `update` is the only place actions change state. What the program itself tells
//! `update` (a resize, search results) is a [`super::Msg`], not an action.

/// One user intent. `description` is what the help overlay and status bar say about it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    Quit,
    Up,
    Down,
    PageUp,
    PageDown,
    Top,
    Bottom,
    FocusNext,
    FocusPrev,
    /// Enter, → or l: open the kind, open the record, follow the link.
    Open,
    /// ← or h: back one level (detail → list → kinds).
    Leave,
    HistoryBack,
    HistoryForward,
    OpenSearch,
    OpenFilter,
    ToggleHelp,
    /// Esc: close what is open (overlay, filter), or clear the filter.
    Close,
    /// Enter in a text input: accept it.
    Accept,
    Insert(char),
    Paste(String),
    DeleteBack,
    DeleteForward,
    DeleteWord,
    ClearInput,
    CursorLeft,
    CursorRight,
    CursorStart,
    CursorEnd,
    /// A mouse click at a screen cell.
    Click {
        column: u16,
        row: u16,
    },
    /// The mouse wheel, over a screen cell; `down` scrolls towards the end.
    Scroll {
        column: u16,
        row: u16,
        down: bool,
    },
    /// Mark or unmark the record in focus (the list's, the detail's, the search result's).
    ToggleMark,
    /// Open the note editor on the record in focus.
    OpenNote,
    /// Write the plan to files (Markdown, iCalendar, JSON).
    ExportPlan,
    /// Ask for a plan file, exported elsewhere, to merge into this one.
    ImportPlan,
    /// On the floor plan: to the nearest stand in a direction.
    Spatial(crate::features::floor::Direction),
    ZoomIn,
    ZoomOut,
    /// Show the company in focus on the floor plan.
    ShowOnFloor,
    /// Ctrl-Z: suspend to the shell.
    Suspend,
    /// Open the facet panel over the list of one kind.
    OpenFacets,
    /// In the facet panel: choose the value under the cursor, or drop it.
    ToggleFacet,
    /// Drop every facet filter of the list.
    ClearFacets,
    /// Put the record in focus (its id and name) on the clipboard, through the terminal.
    CopyRecord,
    /// Write the list on screen, as filtered, to CSV and Markdown files.
    ExportList,
    /// Put the record in focus in the compare tray, or take it out.
    ToggleCompare,
    /// Open the side-by-side view of the records in the tray.
    OpenCompare,
    /// Take every record out of the compare tray.
    EmptyTray,
    /// Open the relationship view of the record in focus (r).
    OpenGraph,
    /// In the relationship view: one link further.
    GraphDeeper,
    /// In the relationship view: one link nearer.
    GraphShallower,
}

impl Action {
    /// The action's name in messages: its variant in kebab case, without what it carries
    /// ("spatial", "insert").
    fn message_name(&self) -> String {
        let debug = format!("{self:?}");
        let variant = debug.split(|c: char| !c.is_ascii_alphanumeric()).next().unwrap_or_default();
        let mut name = String::new();
        for c in variant.chars() {
            if c.is_ascii_uppercase() && !name.is_empty() {
                name.push('-');
            }
            name.push(c.to_ascii_lowercase());
        }
        name
    }

    /// What the action does, for the help overlay and the status bar (`action-NAME` in the
    /// message files).
    pub fn description(&self) -> &'static str {
        crate::i18n::t(&format!("action-{}", self.message_name()))
    }

    /// A shorter form for the status bar (`hint-NAME`, where the description is too long).
    pub fn hint(&self) -> &'static str {
        let id = format!("hint-{}", self.message_name());
        if crate::i18n::Lang::En.has(&id) { crate::i18n::t(&id) } else { self.description() }
    }
}
