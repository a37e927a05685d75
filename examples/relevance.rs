//! Prints the relevance benchmark: success@1/3/5 and mean reciprocal rank over the judged
//! queries in tests/relevance/judged.toml, each catalogue's share, and every query that missed.
//!
//! `cargo run --release --example relevance`

#[path = "../tests/relevance/eval.rs"]
mod eval;

fn main() {
    let outcomes = eval::run();
    let line = |label: &str, outcomes: &[&eval::Outcome]| {
        let owned: Vec<eval::Outcome> = outcomes
            .iter()
            .map(|o| eval::Outcome {
                judgement: o.judgement.clone(),
                ranks: o.ranks.clone(),
                top: o.top.clone(),
            })
            .collect();
        let s = eval::summary(&owned);
        println!(
            "{label:<16} {:>3} queries  passed {:>3} ({:>5.1}%)  s@1 {:.2}  s@3 {:.2}  s@5 {:.2}  MRR {:.3}",
            s.queries,
            s.passed,
            100.0 * s.passed as f64 / s.queries.max(1) as f64,
            s.success_at[0].1,
            s.success_at[1].1,
            s.success_at[2].1,
            s.mrr
        );
    };
    let mut catalogues: Vec<&str> =
        outcomes.iter().map(|o| o.judgement.catalogue.as_str()).collect();
    catalogues.dedup();
    for catalogue in &catalogues {
        let some: Vec<&eval::Outcome> =
            outcomes.iter().filter(|o| o.judgement.catalogue == *catalogue).collect();
        line(catalogue, &some);
    }
    line("all", &outcomes.iter().collect::<Vec<_>>());
    let misses = eval::misses(&outcomes);
    if !misses.is_empty() {
        println!("\nmissed:");
        for miss in misses {
            println!("  {miss}");
        }
    }
}
