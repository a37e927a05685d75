//! The relevance benchmark: the judged queries of `tests/relevance/judged.toml`, run through
//! the real search, scored as success@k and mean reciprocal rank. Shared (by `#[path]`) by the
//! test that holds the bar (`tests/relevance.rs`) and the example that prints the table
//! (`cargo run --release --example relevance`).

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde::Deserialize;
use showfloor::catalog::{Catalog, embedded, load, load_dirs};
use showfloor::search::SearchIndex;

#[derive(Deserialize)]
struct Judged {
    query: Vec<Judgement>,
}

/// One query and what a person expects of it.
#[derive(Deserialize, Clone)]
pub struct Judgement {
    pub catalogue: String,
    pub query: String,
    /// Ids that must all be within the top `within` results.
    pub expect: Vec<String>,
    pub within: usize,
    pub why: String,
}

/// What one query got.
pub struct Outcome {
    pub judgement: Judgement,
    /// The 1-based rank of each expected id, `None` where it was not found at all.
    pub ranks: Vec<Option<usize>>,
    /// The ids of the first few results, to show what came instead.
    pub top: Vec<String>,
}

impl Outcome {
    /// Every expected record within the top `within`.
    pub fn passed(&self) -> bool {
        self.ranks.iter().all(|rank| rank.is_some_and(|rank| rank <= self.judgement.within))
    }

    /// The rank of the best-placed expected record.
    fn first(&self) -> Option<usize> {
        self.ranks.iter().flatten().min().copied()
    }
}

/// The summary the bar is set on.
pub struct Summary {
    pub queries: usize,
    pub passed: usize,
    /// The share of queries with an expected record in the top 1, 3 and 5.
    pub success_at: [(usize, f64); 3],
    pub mrr: f64,
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn judgements() -> Vec<Judgement> {
    let path = root().join("tests/relevance/judged.toml");
    let text = std::fs::read_to_string(&path).expect("the judged queries are in the repository");
    let judged: Judged = toml::from_str(&text).expect("judged.toml is valid");
    judged.query
}

/// The catalogue a judgement names.
pub fn catalogue(name: &str) -> Catalog {
    let dirs = |dirs: &[&str]| -> Catalog {
        let loaded = load_dirs(&dirs.iter().map(|dir| root().join(dir)).collect::<Vec<_>>());
        assert!(loaded.error_count() == 0, "{name} loads clean");
        loaded.catalog
    };
    match name {
        "bamex" => load(&embedded()).catalog,
        "small" => dirs(&["tests/fixtures/small"]),
        "editions-new" => dirs(&["tests/fixtures/editions/new"]),
        "merge" => dirs(&["tests/fixtures/merge-a", "tests/fixtures/merge-b"]),
        "floorplan-demo" => dirs(&["examples/floorplan-demo"]),
        "synth-10000" => load(&showfloor::synth::generate(10_000, 1)).catalog,
        other => panic!("judged.toml names an unknown catalogue `{other}`"),
    }
}

/// Run every judged query.
pub fn run() -> Vec<Outcome> {
    let judgements = judgements();
    let mut by_catalogue: BTreeMap<String, Vec<Judgement>> = BTreeMap::new();
    for judgement in judgements {
        by_catalogue.entry(judgement.catalogue.clone()).or_default().push(judgement);
    }
    let mut outcomes = Vec::new();
    for (name, judgements) in by_catalogue {
        let catalog = catalogue(&name);
        let index = SearchIndex::build(&catalog);
        for judgement in judgements {
            for id in &judgement.expect {
                assert!(catalog.find(id).is_some(), "`{id}` is not in {name}");
            }
            let hits: Vec<String> = index
                .search(&judgement.query, None)
                .iter()
                .map(|hit| catalog.get(hit.record).id().to_owned())
                .collect();
            let ranks = judgement
                .expect
                .iter()
                .map(|id| hits.iter().position(|hit| hit == id).map(|at| at + 1))
                .collect();
            let top = hits.into_iter().take(5).collect();
            outcomes.push(Outcome { judgement, ranks, top });
        }
    }
    outcomes
}

pub fn summary(outcomes: &[Outcome]) -> Summary {
    let queries = outcomes.len();
    let share = |count: usize| count as f64 / queries.max(1) as f64;
    let success_at = [1, 3, 5].map(|k| {
        (k, share(outcomes.iter().filter(|o| o.first().is_some_and(|rank| rank <= k)).count()))
    });
    let mrr = outcomes.iter().map(|o| o.first().map_or(0.0, |rank| 1.0 / rank as f64)).sum::<f64>()
        / queries.max(1) as f64;
    Summary { queries, passed: outcomes.iter().filter(|o| o.passed()).count(), success_at, mrr }
}

/// One line per query that missed its bar: what was asked, what was expected, what came.
pub fn misses(outcomes: &[Outcome]) -> Vec<String> {
    outcomes
        .iter()
        .filter(|o| !o.passed())
        .map(|o| {
            let j = &o.judgement;
            let ranks: Vec<String> = j
                .expect
                .iter()
                .zip(&o.ranks)
                .map(|(id, rank)| match rank {
                    Some(rank) => format!("{id} #{rank}"),
                    None => format!("{id} not found"),
                })
                .collect();
            format!(
                "{}: {:?} (within {}; {}) got {} — top: {}",
                j.catalogue,
                j.query,
                j.within,
                j.why,
                ranks.join(", "),
                o.top.join(", ")
            )
        })
        .collect()
}
