//! Imports on any text: whatever a schedule's titles, names, rooms and abstracts hold, the
//! catalogue an import writes loads without an error, with every talk and speaker in it.

use super::*;
use showfloor::import::{Format, Options, import_files};

/// `text` as XML character data, with what XML 1.0 cannot hold at all left out.
fn xml_escaped(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{fffe}' || c == '\u{ffff}' => {}
            c => out.push(c),
        }
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn an_imported_schedule_always_loads_clean(
        talks in prop::collection::vec((nasty_string(), nasty_string(), nasty_string(), 0u32..24, 0u32..200), 1..6),
        speakers in prop::collection::vec(nasty_string(), 1..4),
        conference in nasty_string(),
    ) {
        let mut xml = format!(
            "<schedule><conference><title>{}</title><acronym>x</acronym></conference>\
             <day date=\"2026-01-10\">",
            xml_escaped(&conference)
        );
        for (n, (title, room, abstract_, hour, minutes)) in talks.iter().enumerate() {
            xml.push_str(&format!(
                "<room name=\"{}\"><event id=\"{n}\"><start>{hour:02}:00</start>\
                 <duration>{:02}:{:02}</duration><title>{}</title><abstract>{}</abstract>\
                 <persons><person>{}</person></persons></event></room>",
                xml_escaped(room),
                minutes / 60,
                minutes % 60,
                xml_escaped(title),
                xml_escaped(abstract_),
                xml_escaped(&speakers[n % speakers.len()]),
            ));
        }
        xml.push_str("</day></schedule>");
        let files = [("fuzz.xml".to_owned(), Format::FrabXml, xml.into_bytes())];
        let imported = import_files(&files, &Options::default());
        let errors: Vec<String> = imported[0]
            .diagnostics
            .iter()
            .filter(|d| d.is_error())
            .map(ToString::to_string)
            .collect();
        prop_assert!(errors.is_empty(), "import errors: {errors:?}");
        let loaded = load(&[SourceFile::from_text("fuzz.toml", imported[0].toml())]);
        let problems: Vec<String> = loaded
            .diagnostics
            .iter()
            .filter(|d| d.is_error())
            .map(ToString::to_string)
            .collect();
        prop_assert!(problems.is_empty(), "{problems:?}\n{}", imported[0].toml());
        prop_assert_eq!(loaded.catalog.of_kind(Kind::ScheduleItem).len(), talks.len());
    }
}
