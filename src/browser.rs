//! The browser in its three layers: `app` is the state and its rules (a key becomes a `Msg`,
//! `update` applies it), `ui` draws `&App` and changes nothing, `tui` runs the terminal, the
//! event loop and the effects `update` asks for.

pub mod app;
pub mod tui;
pub mod ui;
