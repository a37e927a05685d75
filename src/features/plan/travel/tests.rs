use super::*;
use crate::catalog::{embedded, load};
use crate::export::{Format, plan as export_plan};

const NOW: &str = "2025-11-14T08:00:00Z";

fn catalog() -> Catalog {
    load(&embedded()).catalog
}

/// A colleague's plan, as `x` or `export plan --format json` writes it.
fn exported(catalog: &Catalog, colleague: &State) -> String {
    let at: jiff::Timestamp = "2025-11-13T18:00:00Z".parse().expect("a timestamp");
    export_plan(catalog, colleague, Format::Json, at)
}

fn colleague() -> State {
    let mut theirs = State::new("bamex-2025");
    for id in ["baykar", "kargu", "gone-from-this-edition"] {
        theirs.toggle_mark(id);
    }
    theirs.set_note("baykar", "Met their export manager.", "2025-11-13T11:00:00Z");
    theirs.set_note("otokar", "Arma 6x6 on the stand.", "2025-11-13T12:00:00Z");
    theirs.set_note("gone-from-this-edition", "Ask if they come back.", "2025-11-12T09:00:00Z");
    theirs
}

#[test]
fn an_exported_plan_reads_back_as_its_marks_and_notes() {
    let catalog = catalog();
    let plan = read(&exported(&catalog, &colleague()), "bamex-2025").expect("a plan");
    let mut marks = plan.marks.clone();
    marks.sort();
    assert_eq!(marks, ["baykar", "gone-from-this-edition", "kargu"]);
    let noted: Vec<&str> = plan.notes.iter().map(|(id, _)| id.as_str()).collect();
    assert!(noted.contains(&"otokar") && noted.contains(&"gone-from-this-edition"), "{noted:?}");
    let otokar = plan.notes.iter().find(|(id, _)| id == "otokar").expect("otokar's note");
    assert_eq!(otokar.1.text, "Arma 6x6 on the stand.");
    assert_eq!(otokar.1.edited, "2025-11-13T12:00:00Z", "the note's time travels with it");
}

#[test]
fn a_merge_adds_marks_takes_new_notes_and_keeps_both_texts_when_they_differ() {
    let catalog = catalog();
    let plan = read(&exported(&catalog, &colleague()), "bamex-2025").expect("a plan");
    let mut mine = State::new("bamex-2025");
    mine.toggle_mark("aselsan");
    mine.set_note("baykar", "TB2 price list promised.", "2025-11-13T10:00:00Z");
    let merged = merge(&catalog, &mine, &plan, "ana-plan.json", NOW);

    let state = &merged.state;
    for id in ["aselsan", "baykar", "kargu", "gone-from-this-edition"] {
        assert!(state.is_marked(id), "{id} marked");
    }
    let baykar = state.note("baykar").expect("a note");
    assert!(baykar.text.starts_with("TB2 price list promised.\n\n"), "{}", baykar.text);
    assert!(baykar.text.contains("ana-plan.json"), "says where the other came from");
    assert!(baykar.text.contains("2025-11-13 11:00 UTC"), "and when it was written, for people");
    assert!(baykar.text.ends_with("Met their export manager."), "{}", baykar.text);
    assert_eq!(baykar.edited, NOW);
    assert_eq!(state.note("otokar").map(|n| n.edited.as_str()), Some("2025-11-13T12:00:00Z"));
    assert!(merged.changes.contains(&("baykar".into(), Change::NoteJoined)));
    assert!(merged.changes.contains(&("otokar".into(), Change::NoteAdded)));
    assert!(!merged.changes.iter().any(|(id, _)| id == "aselsan"), "nothing of mine changes");
    assert_eq!(merged.not_here, ["gone-from-this-edition"], "kept, and said");
}

#[test]
fn merging_the_same_plan_again_changes_nothing() {
    let catalog = catalog();
    let plan = read(&exported(&catalog, &colleague()), "bamex-2025").expect("a plan");
    let mut mine = State::new("bamex-2025");
    mine.set_note("baykar", "TB2 price list promised.", "2025-11-13T10:00:00Z");
    let once = merge(&catalog, &mine, &plan, "ana-plan.json", NOW);
    let twice = merge(&catalog, &once.state, &plan, "ana-plan.json", "2025-11-15T08:00:00Z");
    assert_eq!(twice.state, once.state);
    assert!(twice.changes.is_empty(), "{:?}", twice.changes);
}

#[test]
fn a_note_written_on_from_mine_is_taken_whole_and_mine_is_not_repeated() {
    let catalog = catalog();
    let mut mine = State::new("bamex-2025");
    mine.set_note("baykar", "Met their export manager.", "2025-11-13T10:00:00Z");
    let mut theirs = State::new("bamex-2025");
    theirs.set_note(
        "baykar",
        "Met their export manager.\nHe sent the brochure.",
        "2025-11-13T16:00:00Z",
    );
    let plan = read(&exported(&catalog, &theirs), "bamex-2025").expect("a plan");
    let merged = merge(&catalog, &mine, &plan, "laptop.json", NOW);
    let note = merged.state.note("baykar").expect("a note");
    assert_eq!(note.text, "Met their export manager.\nHe sent the brochure.");
    assert_eq!(merged.changes, [("baykar".into(), Change::NoteExtended)]);
    // And the other way: mine already holds theirs, so nothing changes.
    let back = read(&exported(&catalog, &mine), "bamex-2025").expect("a plan");
    assert!(merge(&catalog, &merged.state, &back, "phone.json", NOW).changes.is_empty());
}

#[test]
fn what_is_not_a_plan_for_this_catalogue_is_refused_and_says_why() {
    let catalog = catalog();
    let good = exported(&catalog, &colleague());
    assert_eq!(
        read(&good, "hsc-2026"),
        Err(PlanError::OtherCatalogue { theirs: "bamex-2025".into(), ours: "hsc-2026".into() })
    );
    assert_eq!(read("{\"items\": []}", "bamex-2025"), Err(PlanError::NotAPlan));
    let newer = good.replacen("\"version\": 1", "\"version\": 7", 1);
    assert_eq!(read(&newer, "bamex-2025"), Err(PlanError::Newer { version: 7 }));
    let broken = "{\n  \"format\": \"showfloor-plan\",\n  \"version\": 1,\n  oops\n}";
    let error = read(broken, "bamex-2025").expect_err("not JSON");
    assert_eq!(error.position(), (4, 3), "{error}");
    let marked_wrong = good.replacen("\"marked\": true", "\"marked\": \"yes\"", 1);
    assert!(matches!(read(&marked_wrong, "bamex-2025"), Err(PlanError::Json { .. })));
}

/// A note found inside mine as a few letters is not one I already have: "interested" inside
/// "Not interested in the amphibious variant" says the opposite, and both are kept.
#[test]
fn a_note_that_is_only_part_of_a_word_or_a_line_of_mine_is_kept_too() {
    let catalog = catalog();
    for (ours, theirs) in [
        ("Not interested in the amphibious variant", "interested"),
        ("Nothing to add", "no"),
        ("interested", "Not interested at all"),
    ] {
        let mut mine = State::new("bamex-2025");
        mine.set_note("kargu", ours, "2025-11-13T10:00:00Z");
        let mut other = State::new("bamex-2025");
        other.set_note("kargu", theirs, "2025-11-13T11:00:00Z");
        let plan = read(&exported(&catalog, &other), "bamex-2025").expect("a plan");
        let merged = merge(&catalog, &mine, &plan, "ana.json", NOW);
        assert_eq!(merged.changes, [("kargu".into(), Change::NoteJoined)], "{ours:?} + {theirs:?}");
        let text = &merged.state.note("kargu").expect("a note").text;
        assert!(text.starts_with(ours) && text.ends_with(theirs), "{text}");
    }
}
