//! Keystroke latency as a person sees it: the real showfloor binary in a pseudo-terminal, a query
//! typed a key at a time, and for each key the time until the typed character shows in the input
//! line ("echo") and until the screen settles with the results ("settled": the last screen update
//! before 100 ms of quiet). fzf, given the same record names, is measured by the same harness in
//! the same run when it is installed (`apt-get install fzf`). Also reported: time to the first
//! frame, time until the catalogue is loaded and searchable, peak memory, and `check`'s time.
//!
//!     cargo build --release
//!     cargo run --release --example latency -- --records 100000 [--query "dúkar defence norway"]
//!     cargo run --release --example latency -- --data DIR
//!
//! See docs/performance.md for the numbers and how to read them.

use std::io::{Read, Write};
use std::num::NonZero;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

const COLS: u16 = 120;
const ROWS: u16 = 40;
/// The screen is settled when nothing has been drawn for this long.
const QUIET: Duration = Duration::from_millis(100);
const PATIENCE: Duration = Duration::from_secs(120);

struct Screen {
    parser: vt100::Parser,
    /// When bytes last arrived from the program.
    last_output: Instant,
    first_output: Option<Instant>,
}

struct Session {
    screen: Arc<Mutex<Screen>>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn portable_pty::Child + Send + Sync>,
    started: Instant,
}

impl Session {
    fn start(program: &str, args: &[&str], cwd: &Path) -> Session {
        let pair = native_pty_system()
            .openpty(PtySize { rows: ROWS, cols: COLS, pixel_width: 0, pixel_height: 0 })
            .expect("a pseudo-terminal");
        let mut command = CommandBuilder::new(program);
        command.args(args);
        command.env("TERM", "xterm-256color");
        command.cwd(cwd);
        let started = Instant::now();
        let child = pair
            .slave
            .spawn_command(command)
            .unwrap_or_else(|e| panic!("cannot start {program}: {e}"));
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().expect("pty reader");
        let writer = pair.master.take_writer().expect("pty writer");
        let size = |n: u16| NonZero::new(n).expect("non-zero size");
        let screen = Arc::new(Mutex::new(Screen {
            parser: vt100::Parser::new(size(ROWS), size(COLS), 0),
            last_output: started,
            first_output: None,
        }));
        let shared = Arc::clone(&screen);
        thread::spawn(move || {
            let _master = pair.master;
            let mut buffer = [0u8; 65536];
            while let Ok(n) = reader.read(&mut buffer) {
                if n == 0 {
                    break;
                }
                let now = Instant::now();
                let mut screen = shared.lock().expect("screen lock");
                screen.parser.process(&buffer[..n]);
                screen.last_output = now;
                if screen.first_output.is_none()
                    && !screen.parser.screen().contents().trim().is_empty()
                {
                    screen.first_output = Some(now);
                }
            }
        });
        Session { screen, writer, child, started }
    }

    fn contents(&self) -> String {
        self.screen.lock().expect("screen lock").parser.screen().contents()
    }

    fn wait_for(&self, what: &str, done: impl Fn(&str) -> bool) -> Instant {
        let deadline = Instant::now() + PATIENCE;
        loop {
            {
                let screen = self.screen.lock().expect("screen lock");
                if done(&screen.parser.screen().contents()) {
                    return Instant::now();
                }
            }
            assert!(
                Instant::now() < deadline,
                "timed out waiting for {what}:\n{}",
                self.contents()
            );
            thread::sleep(Duration::from_micros(200));
        }
    }

    /// Wait until the program is not busy and nothing has been drawn for a while; return when
    /// the last update before that arrived.
    fn settle(&self, busy: &dyn Fn(&str) -> bool) -> Instant {
        let deadline = Instant::now() + PATIENCE;
        loop {
            {
                let screen = self.screen.lock().expect("screen lock");
                if screen.last_output.elapsed() >= QUIET
                    && !busy(&screen.parser.screen().contents())
                {
                    return screen.last_output;
                }
            }
            assert!(Instant::now() < deadline, "never settled:\n{}", self.contents());
            thread::sleep(Duration::from_millis(2));
        }
    }

    fn send(&mut self, text: &str) {
        self.writer.write_all(text.as_bytes()).expect("typing");
        self.writer.flush().expect("flush");
    }

    /// Type `query` a key at a time; per key, the time to echo and to a settled screen.
    fn type_measured(
        &mut self,
        query: &str,
        echoed: impl Fn(&str, &str) -> bool,
        busy: &dyn Fn(&str) -> bool,
    ) -> Vec<(String, f64, f64)> {
        let mut rows = Vec::new();
        let chars: Vec<char> = query.chars().collect();
        for end in 1..=chars.len() {
            let prefix: String = chars[..end].iter().collect();
            let start = Instant::now();
            self.send(&chars[end - 1].to_string());
            let echo = self
                .wait_for(&format!("{prefix:?} in the input"), |screen| echoed(screen, &prefix));
            let settled = self.settle(busy).max(echo);
            let ms = |t: Instant| t.duration_since(start).as_secs_f64() * 1000.0;
            rows.push((prefix, ms(echo), ms(settled)));
        }
        rows
    }

    /// Peak resident memory of the program, from /proc (Linux).
    fn peak_memory_mb(&self) -> Option<f64> {
        let pid = self.child.process_id()?;
        let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
        let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
        let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
        Some(kb / 1024.0)
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        let _ = self.child.kill();
    }
}

fn median(values: &[f64]) -> f64 {
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    sorted.get(sorted.len() / 2).copied().unwrap_or(f64::NAN)
}

fn worst(values: &[f64]) -> f64 {
    values.iter().copied().fold(0.0, f64::max)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let flag =
        |name: &str| args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).cloned();
    // Several words across fields: a company name, a sector word, a country by its English name.
    let query = flag("--query").unwrap_or_else(|| "dúkar defence norway".to_owned());
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let binary = root.join("target/release/showfloor");
    assert!(binary.exists(), "build the release binary first: cargo build --release");
    let dir = match flag("--data") {
        Some(dir) => PathBuf::from(dir),
        None => {
            let n: usize = flag("--records").and_then(|n| n.parse().ok()).unwrap_or(100_000);
            let dir = std::env::temp_dir().join(format!("showfloor-latency-{n}"));
            if !dir.exists() {
                eprintln!("generating {n} records in {}", dir.display());
                for file in showfloor::synth::generate(n, 1) {
                    let path = dir.join(&file.path);
                    std::fs::create_dir_all(path.parent().expect("files are in folders"))
                        .expect("mkdir");
                    std::fs::write(&path, &file.bytes).expect("write");
                }
            }
            dir
        }
    };
    let loaded = showfloor::catalog::load_dirs(std::slice::from_ref(&dir));
    let records = loaded.catalog.len();
    let names = std::env::temp_dir().join(format!("showfloor-latency-names-{records}.txt"));
    let list: Vec<String> = loaded.catalog.records().map(|r| r.name().replace('\n', " ")).collect();
    std::fs::write(&names, list.join("\n")).expect("write the names for fzf");
    drop(loaded);
    println!(
        "catalogue: {} ({records} records); query {query:?}; terminal {COLS}x{ROWS}",
        dir.display()
    );

    let check_start = Instant::now();
    let check =
        Command::new(&binary).arg("--data").arg(&dir).arg("check").output().expect("check runs");
    let check_time = check_start.elapsed();
    println!("check: {:.0} ms (exit {:?})", check_time.as_secs_f64() * 1000.0, check.status.code());

    let data = dir.to_string_lossy().into_owned();
    let mut showfloor = Session::start(&binary.to_string_lossy(), &["--data", &data], &root);
    let ready = showfloor.wait_for("the catalogue", |s| s.contains("Kinds"));
    let first_frame =
        showfloor.screen.lock().expect("lock").first_output.expect("something was drawn");
    let ms = |t: Instant, from: Instant| t.duration_since(from).as_secs_f64() * 1000.0;
    println!(
        "showfloor: first frame {:.0} ms, loaded and searchable {:.0} ms",
        ms(first_frame, showfloor.started),
        ms(ready, showfloor.started)
    );
    showfloor.send("/");
    showfloor.wait_for("the search overlay", |s| s.contains("Search everything"));
    // showfloor says "searching…" while a search runs.
    let busy = |screen: &str| screen.contains("searching…");
    showfloor.settle(&busy);
    let ours = showfloor.type_measured(
        &query,
        |screen, prefix| {
            screen.lines().nth(2).is_some_and(|line| line.contains(&format!("› {prefix}")))
        },
        &busy,
    );
    let memory = showfloor.peak_memory_mb();
    showfloor.send("\x03");

    let theirs = if Command::new("fzf").arg("--version").output().is_ok() {
        let script = format!("fzf --layout=reverse < '{}'", names.display());
        let mut fzf = Session::start("sh", &["-c", &script], &root);
        fzf.wait_for("fzf's list", |s| s.contains(&format!("{records}/{records}")));
        // fzf draws a spinner at the start of its info line while it matches.
        let busy = |screen: &str| {
            screen.lines().nth(1).and_then(|line| line.trim_start().chars().next()).is_some_and(
                |c| {
                    matches!(
                        c,
                        '⠋' | '⠙'
                            | '⠹'
                            | '⠸'
                            | '⠼'
                            | '⠴'
                            | '⠦'
                            | '⠧'
                            | '⠇'
                            | '⠏'
                            | '-'
                            | '\\'
                            | '|'
                            | '/'
                    )
                },
            )
        };
        fzf.settle(&busy);
        let rows = fzf.type_measured(
            &query,
            |screen, prefix| {
                screen.lines().next().is_some_and(|line| line.contains(&format!("> {prefix}")))
            },
            &busy,
        );
        fzf.send("\x1b");
        Some(rows)
    } else {
        println!("fzf is not installed: no reference (apt-get install fzf)");
        None
    };

    println!("\n| keys typed | showfloor echo (ms) | showfloor settled (ms) | fzf settled (ms) |");
    println!("| --- | ---: | ---: | ---: |");
    for (i, (prefix, echo, settled)) in ours.iter().enumerate() {
        let reference =
            theirs.as_ref().map_or("–".to_owned(), |rows| format!("{:.1}", rows[i].2));
        println!("| `{prefix}` | {echo:.1} | {settled:.1} | {reference} |");
    }
    let echoes: Vec<f64> = ours.iter().map(|r| r.1).collect();
    let settled: Vec<f64> = ours.iter().map(|r| r.2).collect();
    println!(
        "\nshowfloor: echo median {:.1} ms, worst {:.1} ms; settled median {:.1} ms, worst {:.1} ms; peak memory {}",
        median(&echoes),
        worst(&echoes),
        median(&settled),
        worst(&settled),
        memory.map_or("?".to_owned(), |mb| format!("{mb:.0} MB")),
    );
    if let Some(rows) = theirs {
        let settled: Vec<f64> = rows.iter().map(|r| r.2).collect();
        println!("fzf: settled median {:.1} ms, worst {:.1} ms", median(&settled), worst(&settled));
    }
}
