//! What the drawing shows, asserted line by line and cell by cell rather than as snapshots:
//! search highlights, the kinds pane's counts, clicks on the floor plan, the status bar, the
//! header's trail and title, and the schedule's rows at every common size.

mod common;

use common::*;
use insta::assert_snapshot;
use ratatui::style::{Color, Modifier};
use showfloor::browser::app::{Action, App, update};
use showfloor::catalog::load;

/// The search preview shows the previewed record from its top, wherever the page behind the
/// search was scrolled to.
#[test]
fn the_search_preview_starts_at_the_top_of_its_record() {
    let mut app = app(120, 20);
    open(&mut app, "aselsan");
    act(&mut app, &[Action::Bottom]);
    assert!(app.detail().scroll > 0, "the page behind is scrolled down, focus {:?}", app.focus());
    act(&mut app, &[Action::OpenSearch]);
    type_text(&mut app, "otokar");
    let shown = screen(&app);
    let preview: Vec<&str> = shown.lines().filter(|l| l.contains("Preview: company")).collect();
    assert_eq!(preview.len(), 1, "{shown}");
    let below = shown.lines().skip_while(|l| !l.contains("Preview: company")).nth(1);
    assert!(below.is_some_and(|l| l.contains("Otokar")), "the title first:\n{shown}");
}

/// Which characters of `name`'s row in the search overlay are drawn lit, after typing `query`.
fn lit_in_search(query: &str, name: &str) -> Vec<bool> {
    let mut app = app(120, 40);
    act(&mut app, &[Action::OpenSearch]);
    type_text(&mut app, query);
    let buffer = render(&app);
    // The overlay is the left half; the preview on the right shows the name too, unlit.
    let overlay = app.areas().and_then(|a| a.search).expect("search overlay");
    let row = (overlay.y..overlay.bottom())
        .find(|&y| {
            (0..overlay.width).map(|x| buffer[(x, y)].symbol()).collect::<String>().contains(name)
        })
        .unwrap_or_else(|| panic!("{name} is on screen for {query:?}"));
    let symbols: Vec<&str> = (0..overlay.width).map(|x| buffer[(x, row)].symbol()).collect();
    let start = (0..symbols.len())
        .find(|&x| symbols[x..].concat().starts_with(name))
        .map(|x| u16::try_from(x).expect("fits"))
        .expect("on this row");
    (0..name.chars().count())
        .map(|offset| {
            let cell = &buffer[(start + u16::try_from(offset).expect("fits"), row)];
            cell.modifier.contains(Modifier::BOLD) && cell.fg == Color::Yellow
        })
        .collect()
}

/// The characters lit, as a picture: `^` under each lit one.
fn picture(lit: &[bool]) -> String {
    lit.iter().map(|&lit| if lit { '^' } else { ' ' }).collect::<String>().trim_end().to_owned()
}

#[test]
fn search_highlights_the_matched_characters() {
    assert_eq!(picture(&lit_in_search("tb2", "Bayraktar TB2")), "          ^^^");
}

#[test]
fn search_highlights_every_term_where_it_matched() {
    assert_eq!(picture(&lit_in_search("tb2 bay", "Bayraktar TB2")), "^^^       ^^^");
    assert_eq!(
        picture(&lit_in_search("!kargu tb2", "Bayraktar TB2")),
        "          ^^^",
        "an excluded word lights nothing"
    );
    assert_eq!(picture(&lit_in_search("maiga abdou", "Abdoulaye Maïga")), "^^^^^     ^^^^^");
    assert_eq!(picture(&lit_in_search("^bay", "Bayraktar TB2")), "^^^");
    assert_eq!(
        picture(&lit_in_search("bayrktr", "Bayraktar TB2")),
        "^^^^ ^^ ^",
        "scattered letters, each where skim found it"
    );
}

/// With thousands of records the counts outgrow the kinds pane's usual width: on a wide terminal
/// the pane grows to hold them; on an 80-column one the label is cut and the count kept whole.
#[test]
fn big_counts_are_never_cut_in_the_kinds_pane() {
    for width in [80, 140] {
        let catalog = load(&showfloor::synth::generate(10_000, 7)).catalog;
        let kind = showfloor::catalog::Kind::Organisation;
        let organisations = catalog.of_kind(kind).len().to_string();
        assert!(organisations.len() >= 3, "enough to need more than 18 cells");
        let text = screen(&App::new(catalog, width, 24));
        let row = text.lines().find(|l| l.contains("Organisati")).expect("the organisations row");
        assert!(row.contains(&format!(" {organisations} │")), "{width}: {row}");
        assert_eq!(row.contains("Organisations"), width == 140, "{width}: {row}");
    }
}

/// A kind before a colon scopes the search: the count is of that kind, the results are of it,
/// and only the words after the colon light up.
#[test]
fn a_search_scoped_to_one_kind() {
    let mut app = app(100, 16);
    act(&mut app, &[Action::OpenSearch]);
    type_text(&mut app, "sys: bayk");
    let text = screen(&app);
    assert!(text.contains("│  2 of 6 systems "), "{text}");
    let rows = text.lines().skip(4).filter(|line| line.starts_with("│ ") && line.len() > 20);
    assert!(rows.take(2).all(|row| row.starts_with("│ system ")), "{text}");
    assert_snapshot!(text);
}

/// A click on a stand as drawn selects that stand, at any zoom: the click is hit-tested
/// against the same layout the drawing used, not against list rows.
#[test]
fn clicking_a_stand_on_the_floor_plan_selects_it() {
    for zoom in [false, true] {
        let mut app = demo(120, 40);
        to_floor(&mut app);
        if zoom {
            update(&mut app, Action::ZoomIn);
        }
        let label = |app: &App| {
            let stand = app.selected()?;
            app.catalog().get(stand).text(showfloor::catalog::Field::Label).map(str::to_owned)
        };
        let mut clicked = 0;
        for stand in ["A3", "B1", "A1"] {
            let Some((column, row)) = find_on_screen(&render(&app), &format!("│{stand} ")) else {
                continue; // scrolled out of view at this zoom
            };
            clicked += 1;
            // Click inside the box, on its label.
            update(&mut app, Action::Click { column: column + 2, row });
            assert_eq!(label(&app).as_deref(), Some(stand), "zoom {zoom}");
        }
        assert!(clicked >= if zoom { 1 } else { 3 }, "zoom {zoom}: {clicked} stands clicked");
    }
}

/// Opened before its values are counted (in the browser they are counted on another thread),
/// the facet panel says so instead of looking empty.
#[test]
fn the_facet_panel_says_it_is_counting() {
    let mut app = app(120, 24);
    app.settings_mut().background_facets = true;
    act(&mut app, &[Action::Leave, Action::Down, Action::Open, Action::OpenFacets]);
    let text = screen(&app);
    assert!(text.contains("counting the values of every facet…"), "{text}");
}

/// The schedule list shows each item's times in a column of its own, in time order, with
/// "▶ now" on the timed item that is on and "today" on the all-day one.
#[test]
fn the_schedule_list_shows_times_and_what_is_on() {
    let catalog = load_text(
        "[[event]]\nid = \"e\"\nname = \"E\"\nstart_date = 2030-05-02\n\
         [[event.schedule]]\nid = \"late\"\nname = \"Late\"\nday = 2030-05-02\nstart_time = 23:30\nend_time = 00:30\n\
         [[event.schedule]]\nid = \"expo\"\nname = \"Expo\"\nday = 2030-05-02\n\
         [[event.schedule]]\nid = \"talk\"\nname = \"Talk\"\nday = 2030-05-02\nstart_time = 09:00\nend_time = 10:00\n",
    );
    let mut app = App::new(catalog, 120, 20);
    app.settings_mut().clock.fixed = Some("2030-05-02T09:30".parse().expect("a time"));
    act(&mut app, &[Action::FocusPrev]);
    for _ in 0..10 {
        if app.current_section().and_then(|s| s.kind())
            == Some(showfloor::catalog::Kind::ScheduleItem)
        {
            break;
        }
        act(&mut app, &[Action::Down]);
    }
    let shown = screen(&app);
    let rows: Vec<&str> = shown
        .lines()
        .filter(|l| l.contains("Expo") || l.contains("Talk") || l.contains("Late"))
        .collect();
    assert_eq!(rows.len(), 3, "{shown}");
    assert!(
        rows[0].contains("all day") && rows[0].contains("Expo") && rows[0].contains("today"),
        "{shown}"
    );
    assert!(rows[1].contains("09:00–10:00") && rows[1].contains("▶ now"), "{shown}");
    assert!(rows[2].contains("23:30–00:30+1") && rows[2].contains("next"), "{shown}");
}

/// The way to help is on the status bar at every width, and a text input's hints say what its
/// keys do there ("Enter keep", not "Enter open", in the list filter).
#[test]
fn the_status_bar_always_offers_help_and_says_what_keys_do_in_the_mode() {
    for width in [40, 60, 80, 100, 200] {
        let shown = screen(&app(width, 24));
        let status = shown.lines().last().expect("a status line");
        assert!(status.contains("? help"), "{width}: {status}");
    }
    let mut app = app(80, 24);
    act(&mut app, &[Action::OpenFilter]);
    let shown = screen(&app);
    let status = shown.lines().last().expect("a status line");
    assert!(status.contains("Enter keep") && status.contains("Esc clear"), "{status}");
}

/// After following a link and then moving in the list, the header names the record on screen,
/// not the one left behind.
#[test]
fn the_header_trail_follows_the_list_after_a_link() {
    let mut app = app(120, 40);
    act(&mut app, &[Action::Down, Action::Open]);
    let baykar = app.catalog().find("baykar").expect("baykar");
    let tb2 = app.catalog().find("bayraktar-tb2").expect("tb2");
    let link = app.detail_doc().expect("shown").links.iter().position(|&(t, _)| t == tb2);
    for _ in 0..link.expect("Baykar links to the TB2") {
        update(&mut app, Action::Down);
    }
    act(&mut app, &[Action::Open]);
    assert!(header(&app).contains("Baykar › Bayraktar TB2"), "{}", header(&app));
    act(&mut app, &[Action::FocusPrev, Action::Down]);
    let shown = app.shown().expect("a system under the cursor");
    assert_ne!(shown, tb2, "the list cursor moved");
    let name = app.catalog().get(shown).name().to_owned();
    assert!(header(&app).contains(&format!("Bayraktar TB2 › {name}")), "{}", header(&app));
    // Back goes where the trail says: to the TB2's page, then to Baykar's.
    act(&mut app, &[Action::HistoryBack]);
    assert_eq!(app.shown(), Some(tb2), "{}", header(&app));
    act(&mut app, &[Action::HistoryBack]);
    assert_eq!(app.shown(), Some(baykar));
}

/// A catalogue without an event is named in the header by its folder or file.
#[test]
fn the_header_names_a_catalogue_without_an_event() {
    let source = showfloor::catalog::SourceFile {
        path: "shows/harbour-expo/companies.toml".into(),
        bytes: b"[[company]]\nid = \"a\"\nname = \"Acme\"\n".to_vec().into(),
    };
    let app = App::new(load(&[source]).catalog, 100, 20);
    assert!(header(&app).starts_with(" showfloor harbour-expo  │"), "{}", header(&app));
}

/// A timed programme shows its times in every list at the common sizes: whole at 120
/// columns with the name beside them, the start at least at 80.
#[test]
fn schedule_rows_show_their_times_at_every_common_size() {
    let text = "[[event]]\nid = \"e\"\nname = \"E\"\nstart_date = 2030-05-02\n\
                [[event.schedule]]\nid = \"a\"\nname = \"Zeta morning talk\"\nday = 2030-05-02\n\
                start_time = 09:00\nend_time = 10:00\nplace = \"Room 1\"\n\
                [[event.schedule]]\nid = \"b\"\nname = \"A late talk\"\nday = 2030-05-02\n\
                start_time = 23:30\nend_time = 00:30\n";
    for (width, height, wanted) in [
        (120, 40, "09:00–10:00   Zeta morning talk"),
        (100, 12, "09:00–10:00   Zeta morning talk"),
        (80, 24, "09:00 Zeta morning"),
    ] {
        let mut app = App::new(load_text(text), width, height);
        show_kind_list(&mut app, showfloor::catalog::Kind::ScheduleItem);
        let shown = screen(&app);
        assert!(shown.contains(wanted), "{width}x{height}: {shown}");
        if width >= 100 {
            assert!(shown.contains("23:30–00:30+1"), "{width}x{height}: {shown}");
        }
        // My plan, which mixes kinds, puts the start before the name.
        let mut state = showfloor::state::State::new("e");
        state.toggle_mark("a");
        state.toggle_mark("b");
        let mut planned = App::new(load_text(text), width, height);
        planned.set_state(state);
        let shown = screen(&planned);
        assert!(shown.contains("★09:00 Zeta"), "{width}x{height}: {shown}");
    }
}

/// A resize can land between the app's last event and the next frame: the relationship view
/// then draws its rows in the frame it is given, not where the app last laid them out (it did
/// draw below a smaller frame's bottom, and panicked).
#[test]
fn the_relationship_view_draws_in_a_frame_smaller_than_the_app_was_told() {
    let mut app = app(100, 30);
    open(&mut app, "baykar");
    act(&mut app, &[Action::OpenGraph]);
    let small = render_at(&app, 40, 8);
    let text = screen_text(&small);
    assert!(text.contains("Baykar"), "the view's first row still shows:\n{text}");
    assert_eq!(text.lines().count(), 8, "{text}");
}

/// A delegation interested in a company through many of its systems has a long "(via …)"
/// label: it is cut, and the delegation's name still shows.
#[test]
fn a_long_interest_label_leaves_room_for_the_name() {
    let mut text = String::from(
        "[[company]]\nid = \"acme\"\nname = \"Acme\"\ncountry = \"Czechia\"\nsources = [\"t\"]\n",
    );
    for i in 0..6 {
        text.push_str(&format!(
            "[[system]]\nid = \"s{i}\"\nname = \"System number {i}\"\nmaker = \"acme\"\nsources = [\"t\"]\n"
        ));
    }
    text.push_str(
        "[[delegation]]\nid = \"d\"\nname = \"Delegation of Freedonia\"\ncountry = \"Mali\"\n\
         interests = [\"s0\", \"s1\", \"s2\", \"s3\", \"s4\", \"s5\"]\nsources = [\"t\"]\n",
    );
    let source = showfloor::catalog::SourceFile {
        path: "wanted.toml".into(),
        bytes: std::borrow::Cow::Owned(text.into_bytes()),
    };
    let loaded = load(&[source]);
    assert_eq!(loaded.error_count(), 0, "{:?}", loaded.diagnostics);
    let mut app = App::new(loaded.catalog, 80, 24);
    open(&mut app, "acme");
    act(&mut app, &[Action::OpenGraph, Action::GraphShallower]);
    let shown = screen(&app);
    let row = shown.lines().find(|l| l.contains("Interests (")).unwrap_or_default();
    assert!(row.contains("Delegation of Freedonia"), "the name shows:\n{shown}");
    assert!(row.contains("Interests (via System number 0"), "{shown}");
}

/// Against an earlier edition the relationship view badges what is new or changed, as the
/// lists do.
#[test]
fn the_relationship_view_badges_what_is_new_or_changed() {
    let mut app = compared_app(100, 24);
    open(&mut app, "acme");
    act(&mut app, &[Action::OpenGraph]);
    let shown = screen(&app);
    assert!(shown.lines().any(|l| l.contains("Newco NEW  company")), "{shown}");
    assert!(shown.lines().any(|l| l.contains("Hawk CHANGED  system")), "{shown}");
}

/// On "Removed since OLD" the status bar offers no key that would only say why not.
#[test]
fn the_removed_records_status_bar_offers_only_what_works() {
    let mut app = compared_app(120, 24);
    let status = |app: &App| screen(app).lines().last().unwrap_or_default().to_owned();
    assert!(status(&app).contains("m mark"), "a record of this edition: {}", status(&app));
    act(&mut app, &[Action::FocusPrev, Action::Bottom, Action::Open]);
    let shown = status(&app);
    for refused in ["m mark", "n note", "F facets"] {
        assert!(!shown.contains(refused), "{refused}: {shown}");
    }
    assert!(shown.contains("? help") && shown.contains("f filter"), "{shown}");
}

/// My plan narrowed by the edition facet draws what is left, and the header says how.
#[test]
fn my_plan_narrowed_to_what_is_new() {
    let mut app = compared_app(120, 24);
    for id in ["acme", "newco"] {
        open(&mut app, id);
        act(&mut app, &[Action::ToggleMark]);
    }
    act(&mut app, &[Action::FocusPrev, Action::FocusPrev, Action::Top, Action::Open]);
    act(&mut app, &[Action::OpenFacets, Action::ToggleFacet, Action::Close]);
    let list = pane(&app, |a| a.list);
    assert!(list.contains("My plan"), "on My plan: {list}");
    assert!(list.contains("Newco") && !list.contains("Acme"), "{list}");
    let header = screen(&app).lines().next().unwrap_or_default().to_owned();
    assert!(header.contains("new"), "{header}");
}

/// A message longer than the status bar ends in an ellipsis, so the reader knows there was
/// more, rather than stopping mid-word.
#[test]
fn a_long_status_message_is_cut_with_an_ellipsis() {
    let mut app = app(60, 20);
    act(&mut app, &[Action::ShowOnFloor]);
    let said = app.message().unwrap_or_default().to_owned();
    update(&mut app, showfloor::browser::app::Msg::Resize { width: 30, height: 20 });
    let status = screen(&app).lines().last().unwrap_or_default().to_owned();
    assert!(said.chars().count() > 30, "a long message: {said}");
    assert!(status.trim_end().ends_with('…'), "{status}");
}
