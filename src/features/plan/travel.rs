//! Plans that travel: a plan exported as JSON (`x` in the browser, `export plan --format json`)
//! on one device or by a colleague, merged into the state here. Marks are added by id (an
//! export cannot say a mark was removed, so none is); a note is taken when there is none
//! here, kept when it says the same or less, and otherwise both texts are kept, the other
//! one under a line naming the file it came from and when it was written. Records this
//! catalogue does not have are kept, as the state keeps them, and said. Merging the same file
//! twice changes nothing the second time.

use serde::Deserialize;

use crate::catalog::Catalog;
use crate::state::{Note, State};

/// The format name and version the plan export writes and the import reads.
pub const FORMAT: &str = "showfloor-plan";
pub const VERSION: u32 = 1;

/// What a merge reads from a plan export: its format, the catalogue it was made from, and
/// each record's mark and note (the names and times beside them are for people).
#[derive(Debug, Deserialize)]
struct PlanFile {
    format: String,
    version: u32,
    catalogue_id: String,
    #[serde(default)]
    items: Vec<Planned>,
    #[serde(default)]
    missing: Vec<Planned>,
}

#[derive(Debug, Deserialize)]
struct Planned {
    id: String,
    #[serde(default)]
    marked: bool,
    note: Option<Note>,
}

/// A plan file read: its marks and notes by record id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    pub catalogue: String,
    pub marks: Vec<String>,
    pub notes: Vec<(String, Note)>,
}

/// Why a file is not a plan this catalogue can take.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PlanError {
    /// Not JSON, or not a plan's shape: the parser's reason, at a line and column.
    Json { line: usize, column: usize, reason: String },
    /// JSON, but not a showfloor plan.
    NotAPlan,
    /// A plan from a newer showfloor.
    Newer { version: u32 },
    /// A plan of another catalogue: its marks are of other records.
    OtherCatalogue { theirs: String, ours: String },
}

impl PlanError {
    /// Where the problem is in the file (1-based), for `PATH:LINE:COL: error:`.
    pub fn position(&self) -> (usize, usize) {
        match self {
            PlanError::Json { line, column, .. } => ((*line).max(1), (*column).max(1)),
            _ => (1, 1),
        }
    }
}

impl std::fmt::Display for PlanError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            PlanError::Json { reason, .. } => crate::tr!("plan-import-json", reason = reason),
            PlanError::NotAPlan => crate::tr!("plan-import-not-a-plan", format = FORMAT),
            PlanError::Newer { version } => {
                crate::tr!("plan-import-newer", version = *version, ours = VERSION)
            }
            PlanError::OtherCatalogue { theirs, ours } => {
                crate::tr!("plan-import-other-catalogue", theirs = theirs, ours = ours)
            }
        };
        f.write_str(&text)
    }
}

/// Read the plan file at `path` for the catalogue whose state key is `catalogue`: refused
/// before it is opened when it is a folder, a device or missing, then read as a catalogue
/// file is (on the opened handle: never a FIFO, never without end). A problem comes with its
/// line and column in the file (1, 1 for the file as a whole).
pub fn open(path: &std::path::Path, catalogue: &str) -> Result<Plan, (usize, usize, String)> {
    let whole = |message: &str| (1, 1, message.to_owned());
    match std::fs::metadata(path) {
        Ok(meta) if meta.is_file() => {}
        Ok(meta) if meta.is_dir() => return Err(whole(crate::tr!("plan-import-folder"))),
        Ok(_) => return Err(whole(crate::tr!("cli-import-not-regular"))),
        Err(_) => return Err(whole(crate::tr!("cli-import-no-such-file"))),
    }
    let bytes = crate::catalog::read_file(path).map_err(|error| (1, 1, error.to_string()))?;
    let text = String::from_utf8(bytes).map_err(|_| whole(crate::tr!("plan-import-not-utf8")))?;
    read(&text, catalogue).map_err(|error| {
        let (line, column) = error.position();
        (line, column, error.to_string())
    })
}

/// Read a plan export's text, for the catalogue whose state key is `catalogue`.
pub fn read(text: &str, catalogue: &str) -> Result<Plan, PlanError> {
    // The format is checked before the shape, so another JSON file is "not a plan", not
    // "missing field `version`".
    let value: serde_json::Value = serde_json::from_str(text).map_err(json_error)?;
    if value.get("format").and_then(serde_json::Value::as_str) != Some(FORMAT) {
        return Err(PlanError::NotAPlan);
    }
    if let Some(version) = value.get("version").and_then(serde_json::Value::as_u64)
        && version > u64::from(VERSION)
    {
        return Err(PlanError::Newer { version: u32::try_from(version).unwrap_or(u32::MAX) });
    }
    let file: PlanFile = serde_json::from_str(text).map_err(json_error)?;
    debug_assert!(file.format == FORMAT && file.version <= VERSION);
    if file.catalogue_id != catalogue {
        return Err(PlanError::OtherCatalogue {
            theirs: file.catalogue_id,
            ours: catalogue.to_owned(),
        });
    }
    let mut plan = Plan { catalogue: file.catalogue_id, marks: Vec::new(), notes: Vec::new() };
    for planned in file.items.into_iter().chain(file.missing) {
        if planned.marked {
            plan.marks.push(planned.id.clone());
        }
        if let Some(note) = planned.note.filter(|note| !note.text.trim().is_empty()) {
            plan.notes.push((planned.id, note));
        }
    }
    Ok(plan)
}

fn json_error(error: serde_json::Error) -> PlanError {
    PlanError::Json { line: error.line(), column: error.column(), reason: error.to_string() }
}

/// What a merge does to one record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    /// Marked here now.
    Marked,
    /// Its note taken: there was none here.
    NoteAdded,
    /// The note here is the other's, with more written after it: the longer one taken.
    NoteExtended,
    /// Both notes kept, the other one under a line saying where it came from.
    NoteJoined,
}

/// The state after a merge, and what changed, record by record, in the file's order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Merged {
    pub state: State,
    pub changes: Vec<(String, Change)>,
    /// The ids changed that this catalogue does not have: kept, and said.
    pub not_here: Vec<String>,
}

/// Merge `plan` into `state`. `source` names where it came from (the file's name) and `now`
/// is when (RFC 3339), for a note that keeps both texts.
pub fn merge(catalog: &Catalog, state: &State, plan: &Plan, source: &str, now: &str) -> Merged {
    let mut merged = state.clone();
    let mut changes = Vec::new();
    for id in &plan.marks {
        if !merged.is_marked(id) {
            merged.toggle_mark(id);
            changes.push((id.clone(), Change::Marked));
        }
    }
    for (id, theirs) in &plan.notes {
        let (text, edited, change) = match merged.note(id) {
            None => (theirs.text.clone(), theirs.edited.clone(), Change::NoteAdded),
            // Already here: the same text, or one this note was written from, or one merged
            // before (it is kept whole inside the joined note).
            Some(ours) if holds_whole(&ours.text, &theirs.text) => continue,
            Some(ours) if holds_whole(&theirs.text, &ours.text) => {
                (theirs.text.clone(), theirs.edited.clone(), Change::NoteExtended)
            }
            Some(ours) => {
                let heading = crate::tr!(
                    "plan-import-note-from",
                    source = source,
                    edited = crate::state::edited_for_people(&theirs.edited)
                );
                let text = format!("{}\n\n{heading}\n{}", ours.text.trim_end(), theirs.text);
                (text, now.to_owned(), Change::NoteJoined)
            }
        };
        merged.set_note(id, &text, &edited);
        changes.push((id.clone(), change));
    }
    let mut not_here: Vec<String> =
        changes.iter().map(|(id, _)| id.clone()).filter(|id| catalog.find(id).is_none()).collect();
    not_here.sort_unstable();
    not_here.dedup();
    Merged { state: merged, changes, not_here }
}

/// Whether `note` holds all of `text` as written: from the start of one of its lines to a
/// word's end. So "interested" is not in "Not interested in the amphibious variant" (the merge
/// would lose what the other side meant), but a note written on from "Ask about Rys" holds it,
/// and so does a note that took it in a merge before, under its heading.
fn holds_whole(note: &str, text: &str) -> bool {
    let text = text.trim();
    if text.is_empty() {
        return true;
    }
    note.match_indices(text).any(|(at, _)| {
        let starts_a_line =
            note[..at].trim_end_matches([' ', '\t']).is_empty() || note[..at].ends_with('\n');
        let ends_a_word =
            note[at + text.len()..].chars().next().is_none_or(|next| !next.is_alphanumeric());
        starts_a_line && ends_a_word
    })
}

#[cfg(test)]
mod tests;
