//! The floor plan as geometry: the order stands are visited in, which hall a stand is in, and
//! the stand that lies in a direction from another. Pure functions of the catalogue; the browser
//! draws and navigates with them. The plan is drawn with the front of each hall (y = 0) at the
//! top, so "up" is towards the front.

use crate::catalog::{Catalog, Field, Kind, RecordId, stand_rect};

/// A direction on the drawn plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Left,
    Right,
    Up,
    Down,
}

/// The hall a stand is in.
pub fn hall_of(catalog: &Catalog, stand: RecordId) -> Option<RecordId> {
    catalog.get(stand).link(Field::Hall)
}

/// The halls, by name, and in each the stands from front to back, left to right.
pub fn stands_in_order(catalog: &Catalog) -> Vec<RecordId> {
    let mut order = Vec::new();
    for &hall in catalog.of_kind(Kind::Hall) {
        order.extend(stands_of(catalog, hall));
    }
    order
}

/// A hall's stands, front to back, left to right.
pub fn stands_of(catalog: &Catalog, hall: RecordId) -> Vec<RecordId> {
    let mut stands: Vec<RecordId> =
        catalog.backlinks(hall).iter().filter(|b| b.field == Field::Hall).map(|b| b.from).collect();
    stands.sort_by_key(|&s| stand_rect(catalog, s).map(|r| (r.y, r.x)));
    stands
}

/// The stand nearest `from` in `direction`, in the same hall: of the stands whose centre lies
/// that way, the one closest along the direction, with sideways distance counting double (so
/// "left" prefers a stand on the same row to a nearer one a row away). Going up or down past the
/// last stand of a hall moves to the previous or next hall.
pub fn nearest(catalog: &Catalog, from: RecordId, direction: Direction) -> Option<RecordId> {
    let here = stand_rect(catalog, from)?;
    let hall = hall_of(catalog, from)?;
    // Centres in half cells, to stay in whole numbers.
    let centre =
        |r: crate::catalog::StandRect| (i64::from(2 * r.x + r.width), i64::from(2 * r.y + r.depth));
    let (hx, hy) = centre(here);
    let best = stands_of(catalog, hall)
        .into_iter()
        .filter(|&s| s != from)
        .filter_map(|s| {
            let (x, y) = centre(stand_rect(catalog, s)?);
            let (along, across) = match direction {
                Direction::Left => (hx - x, y - hy),
                Direction::Right => (x - hx, y - hy),
                Direction::Up => (hy - y, x - hx),
                Direction::Down => (y - hy, x - hx),
            };
            (along > 0).then_some((along + 2 * across.abs(), s))
        })
        .min_by_key(|&(score, s)| (score, s))
        .map(|(_, s)| s);
    best.or_else(|| {
        let halls = catalog.of_kind(Kind::Hall);
        let at = halls.iter().position(|&h| h == hall)?;
        match direction {
            Direction::Down => {
                halls.get(at + 1).and_then(|&next| stands_of(catalog, next).first().copied())
            }
            Direction::Up => {
                at.checked_sub(1).and_then(|p| stands_of(catalog, halls[p]).last().copied())
            }
            Direction::Left | Direction::Right => None,
        }
    })
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;
    use crate::catalog::load_dirs;

    fn demo() -> Catalog {
        let loaded = load_dirs(&[PathBuf::from(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/examples/floorplan-demo"
        ))]);
        assert_eq!(loaded.error_count(), 0);
        loaded.catalog
    }

    fn stand(catalog: &Catalog, label: &str) -> RecordId {
        catalog.find(&format!("stand-{}", label.to_lowercase())).expect("a stand")
    }

    fn label(catalog: &Catalog, id: Option<RecordId>) -> Option<&str> {
        id.and_then(|id| catalog.get(id).text(Field::Label))
    }

    #[test]
    fn stands_are_visited_hall_by_hall_front_to_back() {
        let catalog = demo();
        let order: Vec<&str> = stands_in_order(&catalog)
            .iter()
            .filter_map(|&s| catalog.get(s).text(Field::Label))
            .collect();
        assert_eq!(order, vec!["A1", "A2", "A3", "A4", "B1"]);
    }

    #[test]
    fn arrows_go_to_the_stand_that_lies_that_way() {
        let catalog = demo();
        let (a1, a2, a4) = (stand(&catalog, "A1"), stand(&catalog, "A2"), stand(&catalog, "A4"));
        assert_eq!(label(&catalog, nearest(&catalog, a1, Direction::Right)), Some("A2"));
        assert_eq!(label(&catalog, nearest(&catalog, a2, Direction::Right)), Some("A3"));
        assert_eq!(label(&catalog, nearest(&catalog, a2, Direction::Left)), Some("A1"));
        assert_eq!(
            label(&catalog, nearest(&catalog, a1, Direction::Left)),
            None,
            "nothing left of A1"
        );
        assert_eq!(label(&catalog, nearest(&catalog, a1, Direction::Down)), Some("A4"));
        assert_eq!(
            label(&catalog, nearest(&catalog, a4, Direction::Up)),
            Some("A1"),
            "the nearer of A1 and A2"
        );
        assert_eq!(
            label(&catalog, nearest(&catalog, a4, Direction::Down)),
            Some("B1"),
            "on to the next hall"
        );
        assert_eq!(
            label(&catalog, nearest(&catalog, stand(&catalog, "B1"), Direction::Up)),
            Some("A4")
        );
    }
}
