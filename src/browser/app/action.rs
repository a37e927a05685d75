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
}

impl Action {
    /// What the action does, for the help overlay and the status bar.
    pub fn description(&self) -> &'static str {
        match self {
            Action::Quit => "quit",
            Action::Up => "move up",
            Action::Down => "move down",
            Action::PageUp => "page up",
            Action::PageDown => "page down",
            Action::Top => "go to the top",
            Action::Bottom => "go to the bottom",
            Action::FocusNext => "next pane",
            Action::FocusPrev => "previous pane",
            Action::Open => "open / follow",
            Action::Leave => "back a level",
            Action::HistoryBack => "history back",
            Action::HistoryForward => "history forward",
            Action::OpenSearch => "search everything",
            Action::OpenFilter => "filter this list",
            Action::ToggleHelp => "help",
            Action::Close => "close / clear filter",
            Action::Accept => "accept",
            Action::Insert(_) => "type",
            Action::Paste(_) => "paste",
            Action::DeleteBack => "delete back",
            Action::DeleteForward => "delete forward",
            Action::DeleteWord => "delete word",
            Action::ClearInput => "clear input",
            Action::CursorLeft => "cursor left",
            Action::CursorRight => "cursor right",
            Action::CursorStart => "cursor to start",
            Action::CursorEnd => "cursor to end",
            Action::Click { .. } => "select / follow",
            Action::Scroll { .. } => "scroll",
            Action::ToggleMark => "mark / unmark",
            Action::OpenNote => "write a note",
            Action::ExportPlan => "export the plan (Markdown, iCalendar, JSON)",
            Action::Spatial(_) => "to the nearest stand that way",
            Action::ZoomIn => "zoom in",
            Action::ZoomOut => "zoom out",
            Action::ShowOnFloor => "show the company's stand on the floor plan",
            Action::Suspend => "suspend to the shell (fg to come back)",
            Action::OpenFacets => "narrow the list by country, sector, maker… (facets)",
            Action::ToggleFacet => "choose the value or drop it",
            Action::ClearFacets => "clear every facet",
            Action::CopyRecord => {
                "copy the record's id and name to the clipboard (OSC 52, works over SSH)"
            }
            Action::ExportList => "export this list, as filtered, to CSV and Markdown",
            Action::ToggleCompare => "add the record to the compare tray, or take it out",
            Action::OpenCompare => "compare the records in the tray side by side",
            Action::EmptyTray => "empty the compare tray",
        }
    }

    /// A shorter form for the status bar.
    pub fn hint(&self) -> &'static str {
        match self {
            Action::Open => "open",
            Action::Leave => "back",
            Action::OpenSearch => "search",
            Action::OpenFilter => "filter",
            Action::FocusNext => "pane",
            Action::HistoryBack => "history",
            Action::Close => "close",
            Action::Accept => "open",
            Action::Up | Action::Down => "move",
            Action::ToggleMark => "mark",
            Action::OpenNote => "note",
            Action::ExportPlan => "export plan",
            Action::Spatial(_) => "move",
            Action::ShowOnFloor => "stand",
            Action::OpenFacets => "facets",
            Action::ToggleFacet => "choose",
            Action::ClearFacets => "clear facets",
            Action::CopyRecord => "copy",
            Action::ExportList => "export list",
            Action::ToggleCompare => "tray",
            Action::OpenCompare => "compare",
            Action::EmptyTray => "empty tray",
            other => other.description(),
        }
    }
}
