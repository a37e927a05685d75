//! showfloor: explore an exhibition floor from the terminal.
//!
//! The library holds everything; the binary only calls [`cli::main`]. Tests, benchmarks and the
//! binary drive the same code.
#![deny(clippy::unwrap_used)]

pub mod app;
pub mod catalog;
pub mod cli;
pub mod compare;
pub mod diff;
pub mod export;
pub mod facet;
pub mod fault;
pub mod floor;
mod parallel;
pub mod plan;
pub mod safe_write;
pub mod search;
pub mod state;
/// Synthetic catalogues for benchmarks and scale tests (the `synth` feature, on for tests).
#[cfg(any(test, feature = "synth"))]
pub mod synth;
pub mod text;
pub mod tui;
pub mod ui;
