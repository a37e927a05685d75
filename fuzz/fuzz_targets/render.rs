//! Any text through the sanitiser and into a cell of any width: nothing a terminal would obey
//! comes out, and the row never exceeds its cells.
#![no_main]

use libfuzzer_sys::fuzz_target;
use ratatui::style::Style;
use showfloor::text::sanitize_line;
use showfloor::browser::ui::text::{cells, fit, highlighted};

fuzz_target!(|input: (u8, Vec<u8>, &str)| {
    let (width, positions, text) = input;
    let width = usize::from(width);
    let safe = sanitize_line(text);
    assert!(
        !safe
            .chars()
            .any(|c| c.is_control()
                || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'))
    );
    assert!(cells(&fit(&safe, width)) <= width);
    let mut positions: Vec<usize> = positions.into_iter().map(usize::from).collect();
    positions.sort_unstable();
    positions.dedup();
    let spans = highlighted(text, &positions, Style::new(), Style::new(), width);
    let joined: String = spans.iter().map(|span| span.content.as_ref()).collect();
    assert!(cells(&joined) <= width);
});
