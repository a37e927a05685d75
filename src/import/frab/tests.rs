//! The frab reader's mapping, field by field, on the fixture written to the c3voc XSD.

use super::*;

fn read_fixture(name: &str) -> (Draft, Vec<String>) {
    let path = format!("{}/tests/fixtures/import/{name}", env!("CARGO_MANIFEST_DIR"));
    let bytes = std::fs::read(path).expect("the fixture");
    let mut report = Report::new(name);
    let draft = read(&bytes, &mut report);
    (draft, report.finish().iter().map(ToString::to_string).collect())
}

fn talk<'d>(draft: &'d Draft, title: &str) -> &'d TalkDraft {
    draft.talks.iter().find(|t| t.title == title).unwrap_or_else(|| panic!("no talk {title}"))
}

fn speakers<'d>(draft: &'d Draft, talk: &TalkDraft) -> Vec<&'d str> {
    talk.speakers.iter().map(|&i| draft.people[i].name.as_str()).collect()
}

#[test]
fn the_conference_maps_to_the_event() {
    let (draft, problems) = read_fixture("frab-normal.xml");
    assert_eq!(problems, Vec::<String>::new());
    let event = draft.event.as_ref().expect("an event");
    assert_eq!(event.name, "Harbour Security Conference 2026");
    assert_eq!(event.acronym.as_deref(), Some("hsc26"));
    assert_eq!(event.timezone.as_deref(), Some("Europe/Berlin"));
    assert_eq!(event.start.map(|d| d.to_string()).as_deref(), Some("2026-03-05"));
    assert_eq!(event.end.map(|d| d.to_string()).as_deref(), Some("2026-03-06"));
    assert_eq!(event.website.as_deref(), Some("https://hsc.example.org/2026/"));
    assert_eq!(
        event.sources,
        ["https://hsc.example.org/2026/", "https://hsc.example.org/2026/schedule.xml"]
    );
}

#[test]
fn each_event_maps_to_a_talk_with_every_field() {
    let (draft, _) = read_fixture("frab-normal.xml");
    assert_eq!(draft.talks.len(), 4);
    let opening = talk(&draft, "Opening: the state of port security");
    assert_eq!(opening.source_id.as_deref(), Some("101"));
    assert_eq!(opening.subtitle.as_deref(), Some("Why harbours matter again"));
    // Escaped HTML, reduced to text.
    assert_eq!(opening.summary.as_deref(), Some("A look at container screening in 2026."));
    assert_eq!(opening.day.to_string(), "2026-03-05");
    assert_eq!(opening.start.map(|t| t.to_string()).as_deref(), Some("09:30:00"));
    assert_eq!(opening.end.map(|t| t.to_string()).as_deref(), Some("10:15:00"));
    assert_eq!(opening.place.as_deref(), Some("Main Hall"));
    assert_eq!(opening.tags, ["Maritime", "keynote"]);
    assert_eq!(opening.language.as_deref(), Some("en"));
    assert_eq!(speakers(&draft, opening), ["Amara Diallo"]);
    assert_eq!(
        opening.sources,
        [
            "https://hsc.example.org/2026/talk/101",
            "https://hsc.example.org/slides/101.pdf",
            "guid:3f1c2a9e-0d1b-4c55-9a55-5b7f0e3b1a01",
        ]
    );
    // Markup as child elements, an empty <subtitle/>, two speakers, and an end past midnight.
    let night = talk(&draft, "Night watch: sensors after dark");
    assert_eq!(night.summary.as_deref(), Some("Thermal cameras on the quay.\n\nTwo case studies."));
    assert_eq!(night.subtitle, None);
    assert_eq!(speakers(&draft, night), ["Amara Diallo", "Jonas Weber"]);
    assert_eq!(night.end.map(|t| t.to_string()).as_deref(), Some("00:30:00"));
    assert_eq!(night.end_day, None, "the next morning is no day of its own");
    // A talk after midnight is on the calendar day it happens; a time in UTC on the show's clock.
    assert_eq!(talk(&draft, "Late lab: drone detection hands-on").day.to_string(), "2026-03-06");
    let panel = talk(&draft, "Panel: who guards the guards?");
    assert_eq!(panel.start.map(|t| t.to_string()).as_deref(), Some("09:00:00"));
    // A speaker on two talks is one person.
    assert_eq!(draft.people.len(), 3);
}

#[test]
fn a_root_that_is_not_a_schedule_is_refused() {
    let mut report = Report::new("feed.xml");
    let draft = read(b"<rss version=\"2.0\"><channel/></rss>", &mut report);
    assert!(draft.event.is_none());
    let problems: Vec<String> = report.finish().iter().map(ToString::to_string).collect();
    assert_eq!(problems.len(), 1);
    assert!(problems[0].starts_with("feed.xml:1:1: error: "), "{problems:?}");
}

/// What `read` says of `xml`, in French.
fn problems_in_french(name: &str, xml: &str) -> Vec<String> {
    let _french = crate::i18n::speak(crate::i18n::Lang::Fr);
    let mut report = Report::new(name);
    read(xml.as_bytes(), &mut report);
    report.finish().iter().map(ToString::to_string).collect()
}

#[test]
fn the_xml_and_the_schedule_are_faulted_in_french() {
    assert_eq!(
        problems_in_french("feed.xml", "<rss version=\"2.0\"><channel/></rss>"),
        ["feed.xml:1:1: error: l'élément racine est <rss>, pas <schedule>\u{a0}: ce n'est pas \
             un programme frab/Pentabarf"]
    );
    assert_eq!(
        problems_in_french("cut.xml", "<schedule>\n  <conference>\n"),
        ["cut.xml:2:3: error: XML mal formé\u{a0}: <conference> n'est jamais fermé"]
    );
    let xml = "<schedule>\n<conference><title>T</title></conference>\n\
               <day date=\"2026-03-05\"><room name=\"A\">\n\
               <event id=\"7\"><title>Talk</title><start>10:00</start></event>\n\
               </room></day></schedule>\n";
    assert_eq!(
        problems_in_french("s.xml", xml),
        ["s.xml:4:1: warning: l'événement 7 n'a pas de <duration>\u{a0}; sa fin est inconnue"]
    );
}
