//! Text handling shared by every output path: the one sanitiser that stands between data and the
//! terminal, and the case/accent folding that search and country identity rely on.

mod fold;
mod sanitize;
mod width;

pub use fold::{
    fold, fold_for_search, fold_for_search_into, fold_for_search_with_map, fold_into,
    fold_with_map, natural_key, slug,
};
pub use sanitize::{
    Lines, editable, json_terminal_safe, prefix, push_sanitized_char, sanitize, sanitize_line,
    sanitize_text,
};
pub use width::{cells, fit, pad, uncertain_width, wrap};
