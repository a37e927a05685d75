use super::*;
use crate::synth::workbook::{ods, xlsx};

const ROWS: &[&[&str]] = &[
    &["Company", "Booth", "Country", "Website", "Sector", "Description", "Products", "Fax"],
    &[
        "Acme Defence",
        "B-112",
        "France",
        "www.acme.example",
        "radar; sensors",
        "Radars.",
        "Sky Eye, Ground Eye",
        "",
    ],
    &["", "", "", "", "", "", "", ""],
    &["Borealis Drones", "12", "Norway", "https://borealis.example", "UAV", "", "", "+47 1"],
];

fn csv_of(rows: &[&[&str]], delimiter: &str) -> Vec<u8> {
    let line =
        |row: &&[&str]| row.iter().map(|c| format!("\"{c}\"")).collect::<Vec<_>>().join(delimiter);
    rows.iter().map(line).collect::<Vec<_>>().join("\n").into_bytes()
}

fn read_with(format: Format, bytes: &[u8], columns: &str) -> (Draft, Vec<String>) {
    let map =
        if columns.is_empty() { ColumnMap::default() } else { columns.parse().expect("valid") };
    let mut report = Report::new("list");
    let draft = read(format, bytes, &map, &mut report);
    (draft, report.finish().iter().map(ToString::to_string).collect())
}

fn summary(draft: &Draft) -> Vec<String> {
    draft
        .companies
        .iter()
        .map(|c| {
            format!(
                "{} @{}:{} | {:?} | {:?} | {:?} | {:?} | {:?} | {:?}",
                c.name,
                c.at.line,
                c.at.column,
                c.stand,
                c.country,
                c.website,
                c.sectors,
                c.summary,
                c.products
            )
        })
        .collect()
}

#[test]
fn csv_xlsx_and_ods_of_one_list_read_alike() {
    let (from_csv, csv_problems) = read_with(Format::Csv, &csv_of(ROWS, ","), "");
    let (from_xlsx, xlsx_problems) = read_with(Format::Xlsx, &xlsx(ROWS), "");
    let (from_ods, ods_problems) = read_with(Format::Ods, &ods(ROWS), "");
    assert_eq!(
        summary(&from_csv),
        [
            "Acme Defence @2:1 | Some(\"B-112\") | Some(\"France\") | Some(\"https://www.acme.example\") | [\"radar\", \"sensors\"] | Some(\"Radars.\") | [\"Sky Eye\", \"Ground Eye\"]",
            "Borealis Drones @4:1 | Some(\"12\") | Some(\"Norway\") | Some(\"https://borealis.example\") | [\"UAV\"] | None | []",
        ]
    );
    assert_eq!(summary(&from_xlsx), summary(&from_csv), "a numeric stand cell reads as 12");
    assert_eq!(summary(&from_ods), summary(&from_csv));
    let unread = "list:1:8: warning: H1: column `Fax` is not read (showfloor reads name, stand, \
                  country, website, sectors, summary, products; --columns names others)";
    let gap = "list:3:1: warning: row 3 is empty; skipped";
    assert_eq!(csv_problems, [unread, gap]);
    assert_eq!(xlsx_problems, [unread, gap]);
    assert_eq!(ods_problems, [unread, gap]);
}

#[test]
fn a_french_export_with_a_title_above_its_header() {
    let text = "Liste des exposants BAMEX;;\n;;\nSociété;N° de stand;Pays;Secteur d'activité\n\
                Sahel Blindés;A 04;Mali;véhicules blindés\n;B 2;Niger;\nSahel Blindés;A 05;Mali;\n";
    let (draft, problems) = read_with(Format::Csv, text.as_bytes(), "");
    assert_eq!(
        summary(&draft),
        [
            "Sahel Blindés @4:1 | Some(\"A 04\") | Some(\"Mali\") | None | [\"véhicules blindés\"] | None | []",
            "Sahel Blindés @6:1 | Some(\"A 05\") | Some(\"Mali\") | None | [] | None | []",
        ]
    );
    assert_eq!(
        problems,
        [
            "list:3:1: warning: the header row is row 3, not the first; the row above it is skipped",
            "list:5:1: warning: A5: row 5 has no company name; skipped",
            "list:6:1: warning: A6: exhibitor `Sahel Blindés` is also on row 4; both are kept",
        ]
    );
}

#[test]
fn without_a_name_column_the_error_shows_what_was_seen() {
    let text = "Firma,Halle\nAcme,3\n";
    let (draft, problems) = read_with(Format::Csv, text.as_bytes(), "");
    assert!(draft.companies.is_empty());
    assert_eq!(
        problems,
        ["list:1:1: error: no column of company names found (the first row holds A `Firma`, B \
          `Halle`); name it with --columns name=LETTER or name=HEADER"]
    );
    // Named by hand, by letter or by header: the header row is then found by those names.
    let (draft, problems) = read_with(Format::Csv, text.as_bytes(), "name=Firma,stand=B");
    assert_eq!(summary(&draft), ["Acme @2:1 | Some(\"3\") | None | None | [] | None | []"]);
    assert!(problems.is_empty(), "{problems:?}");
    let (_, problems) = read_with(Format::Csv, text.as_bytes(), "name=Company");
    assert_eq!(
        problems,
        [
            "list:1:1: error: --columns name=Company: no column has that header; no header row was found"
        ]
    );
}

#[test]
fn a_list_without_headers_is_read_by_letters() {
    let text = "Acme,B1\nBorealis,B2\n";
    let (draft, problems) = read_with(Format::Csv, text.as_bytes(), "name=A,stand=B");
    assert_eq!(draft.companies.len(), 2, "{problems:?}");
    assert_eq!(draft.companies[1].stand.as_deref(), Some("B2"));
}

#[test]
fn broken_files_are_refused_with_where() {
    let (_, problems) = read_with(Format::Csv, b"Company\nAcm\xe9\n", "");
    assert_eq!(
        problems,
        ["list:2:4: error: the file is not UTF-8: save the sheet as \"CSV UTF-8\" and import that"]
    );
    let (_, problems) = read_with(Format::Xlsx, b"PK\x03\x04 not really a zip", "");
    assert_eq!(problems.len(), 1);
    assert!(
        problems[0].starts_with("list:1:1: error: cannot read this XLSX spreadsheet: "),
        "{problems:?}"
    );
}

#[test]
fn a_sheet_with_two_far_apart_cells_costs_two_cells() {
    // A1 and a cell 16 000 columns and a million rows away: read cell by cell, never as the
    // rectangle between them.
    let book = xlsx_with_cell(&[["A1", "Company"], ["A2", "Acme"], ["XFD1048576", "far"]]);
    let (draft, problems) = read_with(Format::Xlsx, &book, "");
    assert_eq!(draft.companies.len(), 1);
    // What is left out is said, at the first cell left out.
    assert_eq!(
        problems,
        ["list:1048576:16384: warning: cells past column ALL (1000 columns) are not read"]
    );
}

#[test]
fn a_csv_too_wide_says_what_is_not_read() {
    let wide: Vec<String> = (0..1005).map(|n| format!("c{n}")).collect();
    let text = format!("Company,{}\nAcme,{}\n", wide.join(","), wide.join(","));
    let (draft, problems) = read_with(Format::Csv, text.as_bytes(), "");
    assert_eq!(draft.companies.len(), 1);
    assert_eq!(problems.len(), 12, "{problems:?}");
    assert!(problems[0].starts_with("list:1:2: warning: B1: column `c0` is not read"));
    let rest = "list:1:12: warning: L1: 989 more columns from here on are not read";
    assert_eq!(problems[10], rest);
    let cut = "list:1:1001: warning: cells past column ALL (1000 columns) are not read";
    assert_eq!(problems[11], cut);
}

/// An XLSX with cells at the given references.
fn xlsx_with_cell(cells: &[[&str; 2]]) -> Vec<u8> {
    let plain = xlsx(&[&["x"]]);
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(plain)).expect("zip");
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for index in 0..archive.len() {
        let mut member = archive.by_index(index).expect("member");
        let name = member.name().expect("a name").to_string();
        let mut body = String::new();
        std::io::Read::read_to_string(&mut member, &mut body).expect("text");
        if name == "xl/worksheets/sheet1.xml" {
            let data: String = cells
                .iter()
                .map(|[at, text]| {
                    format!("<row><c r=\"{at}\" t=\"inlineStr\"><is><t>{text}</t></is></c></row>")
                })
                .collect();
            body = format!(
                "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>{data}</sheetData></worksheet>"
            );
        }
        out.start_file(name, zip::write::SimpleFileOptions::default()).expect("member");
        std::io::Write::write_all(&mut out, body.as_bytes()).expect("write");
    }
    out.finish().expect("zip").into_inner()
}

#[test]
fn a_stand_cell_becomes_the_label_a_floor_plan_carries() {
    let cases = [
        ("B12", "B12"),
        ("Stand B12", "B12"),
        ("STAND: A-4", "A-4"),
        ("Booth #1234", "1234"),
        ("Stand n° 7", "7"),
        ("stand No. 7", "7"),
        ("Emplacement 3", "3"),
        ("Stand", "Stand"),
        ("Standard hall", "Standard hall"),
        ("Stand İ12", "İ12"),
        ("Hall 5 / B12", "Hall 5 / B12"),
    ];
    for (cell, label) in cases {
        assert_eq!(stand_label(cell), label, "{cell}");
    }
}

#[test]
fn empty_rows_between_exhibitors_are_said_once_and_a_multi_line_cell_is_not_one() {
    let text =
        "Company,Description\nAcme,\"Radars,\nand more\"\n\nBorealis,Drones\n,\n\nNord,x\n\n\n";
    let (draft, problems) = read_with(Format::Csv, text.as_bytes(), "");
    assert_eq!(draft.companies.len(), 3);
    assert_eq!(
        problems,
        [
            "list:4:1: warning: row 4 is empty; skipped (as are 2 more empty rows before the last exhibitor)"
        ]
    );
    let rows: &[&[&str]] = &[&["Company"], &["Acme"], &[""], &[""], &["Borealis"], &[""]];
    let (_, problems) = read_with(Format::Xlsx, &xlsx(rows), "");
    assert_eq!(
        problems,
        [
            "list:3:1: warning: row 3 is empty; skipped (as is 1 more empty row before the last exhibitor)"
        ]
    );
}

#[test]
fn a_workbook_s_other_sheets_are_named_as_not_read() {
    let empty: &[&[&str]] = &[];
    let list: &[&[&str]] = &[&["Company"], &["Acme"]];
    let sponsors: &[&[&str]] = &[&["Sponsor"], &["Borealis"]];
    let book = crate::synth::workbook::ods_sheets(&[
        ("Cover", empty),
        ("Exhibitors", list),
        ("Sponsors", sponsors),
    ]);
    let (draft, problems) = read_with(Format::Ods, &book, "");
    assert_eq!(draft.companies.len(), 1);
    assert_eq!(
        problems,
        [
            "list:1:1: warning: only the sheet `Exhibitors` is read; the workbook's other sheets (`Sponsors`) are not"
        ]
    );
}

#[test]
fn a_country_cell_without_letters_is_left_out_and_the_import_still_loads() {
    // Found by the fuzz target: `country = "+"` made a catalogue that did not load.
    let files = [("list.csv".to_owned(), Format::Csv, b"Company,Country\nAcme,+\n".to_vec())];
    let imported = crate::import::import_files(&files, &crate::import::Options::default());
    let problems: Vec<String> = imported[0].diagnostics.iter().map(ToString::to_string).collect();
    assert_eq!(
        problems,
        ["list.csv:2:1: warning: country `+` of `Acme` has no letters or digits; left out"]
    );
    let loaded = crate::catalog::load(&[crate::catalog::SourceFile::from_text(
        "list.toml",
        imported[0].toml(),
    )]);
    assert_eq!(loaded.error_count(), 0, "{:?}", loaded.diagnostics);
}

fn text_cell(text: &str) -> String {
    format!(
        "<table:table-cell office:value-type=\"string\"><text:p>{text}</text:p></table:table-cell>"
    )
}

#[test]
fn an_ods_s_repeats_spaces_and_comments_read_as_the_sheet_shows_them() {
    let header =
        format!("{}{}", text_cell("Company"), text_cell("Stand")) + &text_cell("Description");
    let acme = format!(
        "{}<table:table-cell office:value-type=\"float\" office:value=\"12\"/>\
         <table:table-cell office:value-type=\"string\"><office:annotation><text:p>ask Bob</text:p>\
         </office:annotation><text:p>Radars,<text:s text:c=\"2\"/>sonars</text:p><text:p>and more</text:p>\
         </table:table-cell>",
        text_cell("Acme")
    );
    // Two cells repeated: equal neighbours, written once.
    let twins = "<table:table-cell table:number-columns-repeated=\"2\" office:value-type=\"string\">\
                 <text:p>Twin</text:p></table:table-cell>";
    let book = crate::synth::workbook::ods_of_xml(&format!(
        "<table:table table:name=\"List\">\
         <table:table-row>{header}</table:table-row>\
         <table:table-row>{acme}</table:table-row>\
         <table:table-row table:number-rows-repeated=\"3\"><table:table-cell/></table:table-row>\
         <table:table-row>{twins}</table:table-row>\
         <table:table-row table:number-rows-repeated=\"1048570\">\
         <table:table-cell table:number-columns-repeated=\"1024\"/></table:table-row>\
         </table:table>"
    ));
    let (draft, problems) = read_with(Format::Ods, &book, "");
    assert_eq!(
        summary(&draft),
        [
            "Acme @2:1 | Some(\"12\") | None | None | [] | Some(\"Radars, sonars\\nand more\") | []",
            "Twin @6:1 | Some(\"Twin\") | None | None | [] | None | []",
        ]
    );
    // `<text:s c=2>` is spaces (the summary is tidied to one), the comment on the cell is not
    // its text; the three empty rows are said, the million
    // at the end are not.
    assert_eq!(
        problems,
        [
            "list:3:1: warning: row 3 is empty; skipped (as are 2 more empty rows before the last exhibitor)"
        ]
    );
}

#[test]
fn an_ods_that_repeats_a_cell_a_billion_times_costs_a_budget_and_says_so() {
    // 1.4 kB asking for 9 000 rows of 11 000 cells: calamine built them all (41 s, 13 GB).
    let flood = "<table:table-cell table:number-columns-repeated=\"11000\" office:value-type=\"string\">\
                 <text:p>x</text:p></table:table-cell>";
    let book = crate::synth::workbook::ods_of_xml(&format!(
        "<table:table table:name=\"Bomb\"><table:table-row>{}</table:table-row>\
         <table:table-row table:number-rows-repeated=\"9000\">{flood}</table:table-row></table:table>",
        text_cell("Company")
    ));
    assert!(book.len() < 2_000, "{} bytes", book.len());
    let (draft, problems) = read_with(Format::Ods, &book, "");
    assert!(draft.companies.len() < 300, "{} rows read", draft.companies.len());
    assert!(
        problems.iter().any(|p| p.ends_with(
            "warning: the sheet repeats cells more than 200000 times; the repeats from here on are not read"
        )),
        "{problems:?}"
    );
    assert!(problems.iter().any(|p| p.contains("cells past column ALL")), "{problems:?}");
}

#[test]
fn an_ods_that_is_not_one_says_so() {
    let (_, problems) = read_with(Format::Ods, b"PK\x03\x04 not a zip", "");
    assert_eq!(problems.len(), 1);
    assert!(
        problems[0].starts_with("list:1:1: error: cannot read this ODS spreadsheet: "),
        "{problems:?}"
    );
}

#[test]
fn a_column_problem_is_said_in_french_at_its_cell() {
    let _french = crate::i18n::speak(crate::i18n::Lang::Fr);
    let text = "Company,Société,Pays\nAcme,Acme SA,France\n";
    let (draft, problems) = read_with(Format::Csv, text.as_bytes(), "");
    assert_eq!(draft.companies.len(), 1);
    assert_eq!(
        problems,
        ["list:1:2: warning: B1\u{a0}: `Société` est une seconde colonne name (la première est \
             A)\u{a0}; non lue"]
    );
    let (_, problems) = read_with(Format::Csv, b"Company,Pays\nAcme,France\n", "stand=Booth");
    assert_eq!(
        problems,
        ["list:1:1: error: --columns stand=Booth\u{a0}: aucune colonne n'a cet en-tête\u{a0}; \
             les en-têtes sont A `Company`, B `Pays`"]
    );
    assert_eq!(
        "nmae=B".parse::<ColumnMap>().expect_err("refused").0,
        "champ `nmae` inconnu\u{a0}; les champs sont name, stand, country, website, sectors, \
         summary, products\u{a0}; vouliez-vous dire `name`\u{a0}?"
    );
}
