//! Work split over the cores, that still gets done when no thread can be started (a process
//! limit, `ulimit -u`): `std::thread::scope`'s `spawn` panics then, so each piece is offered to
//! a thread and, where none can be had, done on the calling thread instead.

use std::sync::{Arc, Mutex, PoisonError};
use std::thread::{self, ScopedJoinHandle};

enum Task<'scope, T> {
    Spawned(ScopedJoinHandle<'scope, Option<T>>),
    Done(T),
}

/// `work` applied to every item, in order: each on a thread of its own where one can be
/// started, else here.
pub fn map<I: Send, T: Send>(items: Vec<I>, work: impl Fn(I) -> T + Sync) -> Vec<T> {
    let work = &work;
    thread::scope(|scope| {
        let tasks: Vec<Task<'_, T>> = items
            .into_iter()
            .map(|item| {
                // The item waits in a slot the thread empties; if the thread never starts, this
                // thread empties it instead.
                let slot = Arc::new(Mutex::new(Some(item)));
                let theirs = Arc::clone(&slot);
                let spawned = (!crate::fault::injected_spawn_failure("scan"))
                    .then(|| {
                        thread::Builder::new().spawn_scoped(scope, move || {
                            let item = theirs.lock().unwrap_or_else(PoisonError::into_inner).take();
                            item.map(work)
                        })
                    })
                    .and_then(Result::ok);
                match spawned {
                    Some(handle) => Task::Spawned(handle),
                    None => {
                        let item = slot.lock().unwrap_or_else(PoisonError::into_inner).take();
                        Task::Done(work(item.expect("a thread that did not start took nothing")))
                    }
                }
            })
            .collect();
        tasks
            .into_iter()
            .map(|task| match task {
                Task::Done(done) => done,
                Task::Spawned(handle) => handle
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
                    .expect("a started thread takes its item"),
            })
            .collect()
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_item_is_done_in_order() {
        assert_eq!(
            super::map((0..50).collect(), |i: u32| i * 2),
            (0..50).map(|i| i * 2).collect::<Vec<_>>()
        );
    }
}
