//! Searching off the input thread. At a million records a search takes longer than a frame, and
//! the line being typed must never wait for it: keystrokes submit jobs here, each with a new
//! generation number, and a job whose generation is no longer the latest is abandoned mid-scan
//! (or skipped before it starts) rather than finished first.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{self, Receiver, Sender};
use std::thread;

use super::Matched;
use super::{Hit, SearchIndex};
use crate::catalog::Kind;

/// One search to run.
#[derive(Clone, Debug)]
pub struct SearchJob {
    pub generation: u64,
    pub query: String,
    pub kind: Option<Kind>,
    /// The matches of a query this one extends: only they can match.
    pub candidates: Option<Arc<Matched>>,
}

/// A finished search.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SearchResults {
    /// The job's generation: the browser takes results only for the line as it now stands.
    pub generation: u64,
    pub hits: Vec<Hit>,
    /// The same records in record order, ready to narrow the next keystroke's search.
    pub matched: Arc<Matched>,
}

pub struct SearchWorker {
    jobs: Sender<SearchJob>,
    latest: Arc<AtomicU64>,
}

impl SearchWorker {
    /// Start the worker thread; `deliver` is called on it with every search that finishes.
    /// Fails when no thread can be started (a process limit): the browser then searches on its
    /// own thread.
    pub fn spawn(
        index: Arc<SearchIndex>,
        deliver: impl Fn(SearchResults) + Send + 'static,
    ) -> std::io::Result<SearchWorker> {
        if crate::fault::injected_spawn_failure("search") {
            return Err(std::io::Error::other("injected: no thread"));
        }
        let (jobs, inbox) = mpsc::channel();
        let latest = Arc::new(AtomicU64::new(0));
        let watched = Arc::clone(&latest);
        thread::Builder::new()
            .name("search".into())
            .spawn(move || work(&index, &inbox, &watched, &deliver))?;
        Ok(SearchWorker { jobs, latest })
    }

    /// Run `job`, abandoning whatever runs now.
    pub fn submit(&self, job: SearchJob) {
        self.latest.store(job.generation, Ordering::SeqCst);
        // A send fails only when the worker has stopped, which happens only when this handle is
        // dropped; there is then nobody left to answer.
        let _ = self.jobs.send(job);
    }
}

fn work(
    index: &SearchIndex,
    inbox: &Receiver<SearchJob>,
    latest: &AtomicU64,
    deliver: &dyn Fn(SearchResults),
) {
    while let Ok(mut job) = inbox.recv() {
        // Only the newest waiting job matters.
        while let Ok(newer) = inbox.try_recv() {
            job = newer;
        }
        let stale = || latest.load(Ordering::SeqCst) != job.generation;
        if stale() {
            continue;
        }
        crate::fault::injected_panic("search");
        let candidates = job.candidates.as_deref();
        if let Some(found) = index.search_within(&job.query, job.kind, candidates, &stale) {
            let matched = Arc::new(found.matched);
            deliver(SearchResults { generation: job.generation, hits: found.hits, matched });
        }
    }
}
