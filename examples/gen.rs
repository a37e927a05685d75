//! Write a synthetic catalogue: `cargo run --release --example gen -- N DIR [SEED]`.

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(n), Some(dir)) = (args.first().and_then(|n| n.parse::<usize>().ok()), args.get(1))
    else {
        eprintln!("usage: gen N DIR [SEED]   (N records, written as TOML files under DIR)");
        return ExitCode::from(2);
    };
    let seed = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(1);
    let dir = PathBuf::from(dir);
    let mut bytes = 0;
    let files = showfloor::synth::generate(n, seed);
    for file in &files {
        let path = dir.join(&file.path);
        if let Err(error) = path
            .parent()
            .map_or(Ok(()), std::fs::create_dir_all)
            .and_then(|()| std::fs::write(&path, &file.bytes))
        {
            eprintln!("gen: cannot write {}: {error}", path.display());
            return ExitCode::FAILURE;
        }
        bytes += file.bytes.len();
    }
    println!(
        "wrote {} files, {:.1} MB, about {n} records, to {}",
        files.len(),
        bytes as f64 / 1e6,
        dir.display()
    );
    ExitCode::SUCCESS
}
