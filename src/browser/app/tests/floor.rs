//! The floor plan: moving across it, its keys, zoom, and the way to it from a company.

use super::*;

fn open_floor(app: &mut App) {
    open_entry(app, |s| s.shelf == Shelf::Floor);
}

#[test]
fn arrows_move_across_the_floor_and_enter_opens_the_exhibitor() {
    let mut app = demo();
    open_floor(&mut app);
    assert!(app.contexts().contains(&Context::Floor));
    let label = |app: &App| {
        app.selected()
            .and_then(|s| app.catalog.get(s).text(crate::catalog::Field::Label))
            .map(str::to_owned)
    };
    assert_eq!(label(&app).as_deref(), Some("A1"));
    apply(&mut app, &[Action::Spatial(crate::features::floor::Direction::Right)]);
    assert_eq!(label(&app).as_deref(), Some("A2"));
    apply(&mut app, &[Action::Spatial(crate::features::floor::Direction::Down)]);
    assert_eq!(label(&app).as_deref(), Some("A4"));
    apply(&mut app, &[Action::Open]);
    assert_eq!(app.message.as_deref(), Some("nobody is listed on this stand"));
    apply(&mut app, &[Action::Spatial(crate::features::floor::Direction::Up), Action::Open]);
    assert_eq!(name(&app, app.shown()), "Acme Rover Works", "one exhibitor: opened");
    assert_eq!(app.focus, Pane::Detail);
}

/// On the floor plan, m and n are about the stand's exhibitor, f is not a filter nobody can
/// see, and Esc or ← at the edge leads back out, even on a floor with no stands.
#[test]
fn the_floor_plans_keys_mark_the_exhibitor_and_lead_back_out() {
    use crossterm::event::KeyCode;
    let mut app = demo();
    open_floor(&mut app);
    press(&mut app, KeyCode::Char('m'));
    assert!(app.state.is_marked("acme-rover"), "A1's exhibitor is marked, not the stand");
    assert_eq!(app.message.as_deref(), Some("marked Acme Rover Works"));
    press(&mut app, KeyCode::Char('f'));
    assert_eq!(app.mode.name(), ModeName::Browse, "no invisible filter on the map");
    press(&mut app, KeyCode::Char('G'));
    press(&mut app, KeyCode::Char('m'));
    assert!(
        app.message.as_deref().is_some_and(|m| m.contains("2 exhibitors")),
        "{:?}",
        app.message
    );
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.focus, Pane::Kinds, "Esc leaves the floor plan");

    open_floor(&mut app);
    press(&mut app, KeyCode::Char('g'));
    press(&mut app, KeyCode::Left);
    assert_eq!(app.focus, Pane::Kinds, "← with no stand to the left leaves too");

    let mut bamex = self::app();
    open_floor(&mut bamex);
    assert!(bamex.selected().is_none(), "BAMEX names no stands");
    press(&mut bamex, KeyCode::Char('h'));
    assert_eq!(bamex.focus, Pane::Kinds, "an empty floor plan has a way out");
}

#[test]
fn a_shared_stand_opens_on_its_card_with_every_exhibitor() {
    let mut app = demo();
    open_floor(&mut app);
    apply(&mut app, &[Action::Bottom, Action::Open]);
    assert_eq!(name(&app, app.shown()), "Freedonia–Ruritania pavilion");
    assert_eq!(app.focus, Pane::Detail);
    let doc = app.detail_doc().expect("shown");
    let targets: Vec<&str> = doc.links.iter().map(|&(t, _)| app.catalog.get(t).name()).collect();
    assert!(targets.contains(&"Delta Radio") && targets.contains(&"Ember Power"));
}

#[test]
fn w_shows_a_company_on_the_floor() {
    let mut app = demo();
    apply(&mut app, &[Action::Down, Action::Down]);
    assert_eq!(name(&app, app.shown()), "Cirrus Drones");
    apply(&mut app, &[Action::ShowOnFloor]);
    assert_eq!(app.current_section().map(|s| s.shelf), Some(Shelf::Floor));
    assert_eq!(name(&app, app.selected()), "Stand A3");
    let mut bamex = self::app();
    apply(&mut bamex, &[Action::ShowOnFloor]);
    assert_eq!(bamex.message.as_deref(), Some("Aselsan has no stand on the floor plan"));
}

#[test]
fn zoom_steps_in_and_out_within_bounds() {
    let mut app = demo();
    apply(&mut app, &[Action::ZoomOut]);
    assert_eq!(app.floor_zoom, 0);
    apply(&mut app, &[Action::ZoomIn, Action::ZoomIn, Action::ZoomIn, Action::ZoomIn]);
    assert_eq!(app.floor_zoom, 3);
}

/// A stand named on the card of a catalogue that draws no floor plan: w says where the company
/// is and that there is no plan, not that it has no stand.
#[test]
fn w_on_a_stand_no_plan_draws_says_so() {
    let dir =
        std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/editions/new");
    let mut app = App::new(crate::catalog::load_dirs(&[dir]).catalog, 120, 40);
    let acme = app.catalog.find("acme").expect("acme");
    app.go_to(acme);
    apply(&mut app, &[Action::ShowOnFloor]);
    assert_eq!(
        app.message.as_deref(),
        Some(
            "Acme Defence Systems is at stand B2, but this catalogue has no floor plan to show it on"
        )
    );
}
