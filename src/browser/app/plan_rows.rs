//! The user's marks and notes as the browser holds them: taking the saved state in, My plan's
//! entry rebuilt from it, and the line of context each planned record shows.

use super::{App, Shelf};
use crate::catalog::{Field, Kind, RecordId, ValueRef};
use crate::state::State;

impl App {
    /// Take the user's saved state, and open on the plan when it has anything in it.
    pub fn set_state(&mut self, state: State) {
        self.state = state;
        self.refresh_plan();
        if let Some(plan) = self.shelves.position(Shelf::Plan)
            && !self.shelves.plan().is_empty()
        {
            self.open_section(plan, None);
        }
    }

    /// Take in state merged with another session's save, without moving the user's view.
    pub(super) fn merge_state(&mut self, state: State) {
        self.state = state;
        self.refresh_plan();
    }

    /// Rebuild the plan entry after marks changed, keeping the selection where it can.
    pub(super) fn refresh_plan(&mut self) {
        let planned = crate::features::plan::planned(&self.catalog, &self.state);
        self.shelves.set_plan(planned);
        if self.current_section().is_some_and(|s| s.shelf == Shelf::Plan) {
            self.refilter(self.selected());
        }
    }

    /// Now, by the app's clock, a fixed time read in the catalogue's time zone.
    pub fn now(&self) -> jiff::Timestamp {
        self.settings.clock.now(&self.catalog.time_zone())
    }

    /// What is on now and next in the schedule, at the app's clock.
    pub fn now_next(&self) -> crate::features::plan::NowNext {
        let items = self.catalog.of_kind(Kind::ScheduleItem);
        crate::features::plan::now_and_next(&self.catalog, items, self.now())
    }

    /// The line of context beside a record in the list pane: in the plan, its kind, stand,
    /// clashes and note; elsewhere, the catalogue's own context line.
    pub fn row_context(&self, id: RecordId) -> String {
        if !self.current_section().is_some_and(|s| s.shelf == Shelf::Plan) {
            return self.catalog.context(id);
        }
        let record = self.catalog.get(id);
        // Most telling first, since a narrow pane cuts from the end: clashes and the user's own
        // note come before the catalogue's context line.
        let schedule = record.kind() == Kind::ScheduleItem;
        // A schedule item is known by when it is and what it clashes with: a clash first (the
        // one thing a plan must not hide), then its times, then the day.
        // (The list shows a timed item's start before its name.)
        let mut parts = Vec::new();
        let items = self.shelves.plan();
        if let Some((_, with)) = crate::features::plan::overlaps(&self.catalog, items)
            .into_iter()
            .find(|(item, _)| *item == id)
        {
            let names: Vec<&str> = with.iter().map(|&w| self.catalog.get(w).name()).collect();
            parts.push(format!("⚠ {}", crate::tr!("ui-plan-overlaps", names = names.join(", "))));
        }
        if schedule {
            parts.extend(self.catalog.time_text(id));
        } else {
            parts.insert(0, record.kind().label().to_owned());
        }
        if schedule {
            parts.extend(self.catalog.date_range(id));
        }
        if let Some(stand) = record.text(Field::Stand) {
            parts.push(crate::tr!("ui-plan-stand", stand = stand));
        }
        if let Some(note) = self.state.note(record.id()) {
            parts.push(crate::tr!("ui-search-note", note = note.text.lines().next().unwrap_or("")));
        }
        if schedule {
            let demo = matches!(record.get(Field::Demo), Some(ValueRef::Bool(true)));
            parts.extend(demo.then(|| crate::tr!("describe-demo").to_owned()));
            parts.extend(record.text(Field::Place).map(str::to_owned));
        } else {
            let context = self.catalog.context(id);
            if !context.is_empty() {
                parts.push(context);
            }
        }
        parts.join(" · ")
    }
}
