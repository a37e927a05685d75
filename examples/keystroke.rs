//! What one keystroke costs the browser's own thread, without a terminal in the way: a query is
//! typed into the search overlay of a real App, with the real background search worker, and
//! each key's update and frame (drawn into ratatui's TestBackend) are timed, then the arrival of
//! its results and the frame that shows them. The latency harness (examples/latency.rs) measures
//! what a person sees; this one says which part of it is ours.
//!
//! cargo run --release --example keystroke -- DIR ["query"]

use std::sync::mpsc;
use std::time::Instant;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use showfloor::browser::app::{Action, App, Msg, update};
use showfloor::search::SearchWorker;

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = args.next().expect("usage: keystroke DIR [QUERY]");
    let query = args.next().unwrap_or_else(|| "dúkar defence".to_owned());
    let started = Instant::now();
    let loaded = showfloor::catalog::load_dirs(&[dir.into()]);
    println!("loaded {} records in {:?}", loaded.catalog.len(), started.elapsed());
    let mut app = App::new(loaded.catalog, 120, 40);
    app.settings_mut().background_search = true;
    let (sender, results) = mpsc::channel();
    let worker = SearchWorker::spawn(app.shared_index(), move |found| {
        let _ = sender.send(found);
    })
    .expect("the search thread starts");
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("a test backend");
    update(&mut app, Action::OpenSearch);
    terminal.draw(|frame| showfloor::browser::ui::draw(&app, frame)).expect("draws");
    println!("| key | update + frame (echo) | results after | frame with results |");
    println!("| --- | ---: | ---: | ---: |");
    for key in query.chars() {
        let typed = Instant::now();
        for effect in update(&mut app, Action::Insert(key)) {
            if let showfloor::browser::app::Effect::Search(job) = effect {
                worker.submit(job);
            }
        }
        terminal.draw(|frame| showfloor::browser::ui::draw(&app, frame)).expect("draws");
        let echo = typed.elapsed();
        if !app.search().pending {
            println!("| `{key}` | {echo:.1?} | – | – |");
            continue;
        }
        let found = results.recv().expect("the worker answers");
        let answered = typed.elapsed();
        let shown = Instant::now();
        update(&mut app, Msg::SearchDone(found));
        terminal.draw(|frame| showfloor::browser::ui::draw(&app, frame)).expect("draws");
        println!("| `{key}` | {echo:.1?} | {answered:.1?} | {:.1?} |", shown.elapsed());
    }
}
