//! showfloor: explore an exhibition floor from the terminal.
//!
//! The library holds everything; the binary only calls [`cli::main`]. Tests, benchmarks and the
//! binary drive the same code.
#![deny(clippy::unwrap_used)]

/// The browser: its state and rules (`app`), drawing (`ui`) and the terminal (`tui`).
pub mod browser;
pub mod catalog;
pub mod cli;
pub mod config;
pub mod export;
pub mod fault;
/// What the program does with a catalogue: the tray's side-by-side comparison, the diff
/// against an earlier edition, facets, the floor plan's geometry, the plan.
pub mod features;
/// Published schedules and exhibitor spreadsheets read as catalogues.
pub mod i18n;
pub mod import;
mod parallel;
pub mod safe_write;
pub mod search;
pub mod state;
/// Synthetic catalogues for benchmarks and scale tests (the `synth` feature, on for tests).
#[cfg(any(test, feature = "synth"))]
pub mod synth;
pub mod text;
