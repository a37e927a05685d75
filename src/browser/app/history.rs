//! Browser-style history of routes. A route is a value that reopens a view, never widget state,
//! so history can be kept, compared and tested without a terminal.

use crate::catalog::RecordId;

/// A view that can be reopened.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route {
    Record(RecordId),
    /// The relationship view of a record, to a depth (1 to 3).
    Graph {
        record: RecordId,
        depth: u8,
    },
}

impl Route {
    /// The record the view is of.
    pub fn record(self) -> RecordId {
        match self {
            Route::Record(record) | Route::Graph { record, .. } => record,
        }
    }
}

/// One visited route, with where the link cursor was when it was left, so going back puts the
/// cursor on the link that was followed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Visit {
    pub route: Route,
    pub link_cursor: usize,
}

#[derive(Clone, Debug, Default)]
pub struct History {
    visits: Vec<Visit>,
    position: usize,
}

impl History {
    /// Record a newly opened route. Opening from the middle of the history drops the forward
    /// part, as a browser does; opening the route already current changes nothing.
    pub fn push(&mut self, route: Route) {
        if self.current().is_some_and(|visit| visit.route == route) {
            return;
        }
        if !self.visits.is_empty() {
            self.visits.truncate(self.position + 1);
        }
        self.visits.push(Visit { route, link_cursor: 0 });
        self.position = self.visits.len() - 1;
    }

    pub fn current(&self) -> Option<&Visit> {
        self.visits.get(self.position)
    }

    /// The current visit's route changed in place (the relationship view's depth), without a
    /// visit of its own: going back and forth returns to it as it was last seen.
    pub fn replace_current(&mut self, route: Route) {
        if let Some(visit) = self.visits.get_mut(self.position) {
            visit.route = route;
        }
    }

    /// Remember the link cursor of the current visit before leaving it.
    pub fn set_link_cursor(&mut self, link_cursor: usize) {
        if let Some(visit) = self.visits.get_mut(self.position) {
            visit.link_cursor = link_cursor;
        }
    }

    pub fn back(&mut self) -> Option<Visit> {
        if self.position == 0 || self.visits.is_empty() {
            return None;
        }
        self.position -= 1;
        self.current().copied()
    }

    pub fn forward(&mut self) -> Option<Visit> {
        if self.position + 1 >= self.visits.len() {
            return None;
        }
        self.position += 1;
        self.current().copied()
    }

    /// The visits up to and including the current one, oldest first (the trail in the header).
    pub fn trail(&self) -> &[Visit] {
        if self.visits.is_empty() { &[] } else { &self.visits[..=self.position] }
    }

    /// 1-based position and length, for "3/5".
    pub fn position(&self) -> (usize, usize) {
        if self.visits.is_empty() { (0, 0) } else { (self.position + 1, self.visits.len()) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn route(n: usize) -> Route {
        Route::Record(RecordId::from_usize(n))
    }

    #[test]
    fn back_and_forward_walk_the_visits() {
        let mut history = History::default();
        assert_eq!(history.back(), None);
        for n in 0..3 {
            history.push(route(n));
        }
        assert_eq!(history.back().map(|v| v.route), Some(route(1)));
        assert_eq!(history.back().map(|v| v.route), Some(route(0)));
        assert_eq!(history.back(), None);
        assert_eq!(history.forward().map(|v| v.route), Some(route(1)));
        assert_eq!(history.position(), (2, 3));
    }

    #[test]
    fn opening_from_the_middle_drops_the_forward_part() {
        let mut history = History::default();
        for n in 0..4 {
            history.push(route(n));
        }
        history.back();
        history.back();
        history.push(route(9));
        assert_eq!(history.position(), (3, 3));
        assert_eq!(history.forward(), None);
        let trail: Vec<Route> = history.trail().iter().map(|v| v.route).collect();
        assert_eq!(trail, vec![route(0), route(1), route(9)]);
    }

    #[test]
    fn reopening_the_current_route_is_not_a_new_visit() {
        let mut history = History::default();
        history.push(route(1));
        history.push(route(1));
        assert_eq!(history.position(), (1, 1));
    }

    #[test]
    fn a_route_changed_in_place_is_the_same_visit() {
        let mut history = History::default();
        history.push(route(1));
        let record = RecordId::from_usize(1);
        history.push(Route::Graph { record, depth: 2 });
        history.replace_current(Route::Graph { record, depth: 3 });
        assert_eq!(history.position(), (2, 2));
        history.back();
        assert_eq!(history.forward().map(|v| v.route), Some(Route::Graph { record, depth: 3 }));
        assert_eq!(Route::Graph { record, depth: 3 }.record(), record);
    }

    #[test]
    fn the_link_cursor_is_remembered_per_visit() {
        let mut history = History::default();
        history.push(route(1));
        history.set_link_cursor(4);
        history.push(route(2));
        assert_eq!(history.back().map(|v| v.link_cursor), Some(4));
    }
}
