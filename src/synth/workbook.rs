//! Workbooks for tests and benchmarks, built from a few lines of XML each: an XLSX and an ODS
//! holding the rows given (a cell that reads as a number is written as one).

use std::io::Write;

use zip::write::SimpleFileOptions;

use crate::import::column_letters;

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

fn zip(files: &[(&str, String)], stored_first: bool) -> Vec<u8> {
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (index, (name, body)) in files.iter().enumerate() {
        let method = if stored_first && index == 0 {
            zip::CompressionMethod::Stored
        } else {
            zip::CompressionMethod::Deflated
        };
        out.start_file(*name, SimpleFileOptions::default().compression_method(method))
            .expect("a zip member");
        out.write_all(body.as_bytes()).expect("written");
    }
    out.finish().expect("a zip").into_inner()
}

/// An XLSX whose first sheet holds `rows` from A1, empty strings left out.
pub fn xlsx(rows: &[&[&str]]) -> Vec<u8> {
    let mut sheet = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet \
         xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>",
    );
    for (r, row) in rows.iter().enumerate() {
        sheet.push_str(&format!("<row r=\"{}\">", r + 1));
        for (c, cell) in row.iter().enumerate() {
            if cell.is_empty() {
                continue;
            }
            let column = u32::try_from(c + 1).unwrap_or(u32::MAX);
            let name = format!("{}{}", column_letters(column), r + 1);
            match cell.parse::<f64>() {
                Ok(number) => sheet.push_str(&format!("<c r=\"{name}\"><v>{number}</v></c>")),
                Err(_) => sheet.push_str(&format!(
                    "<c r=\"{name}\" t=\"inlineStr\"><is><t>{}</t></is></c>",
                    escape(cell)
                )),
            }
        }
        sheet.push_str("</row>");
    }
    sheet.push_str("</sheetData></worksheet>");
    zip(
        &[
            ("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>".into()),
            ("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>".into()),
            ("xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"Exhibitors\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>".into()),
            ("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>".into()),
            ("xl/worksheets/sheet1.xml", sheet),
        ],
        false,
    )
}

/// An ODS whose first table holds `rows` from A1.
pub fn ods(rows: &[&[&str]]) -> Vec<u8> {
    ods_sheets(&[("Exhibitors", rows)])
}

/// An ODS with a table of each name and rows, in order.
pub fn ods_sheets(sheets: &[(&str, &[&[&str]])]) -> Vec<u8> {
    let mut tables = String::new();
    for (name, rows) in sheets {
        tables.push_str(&format!("<table:table table:name=\"{}\">", escape(name)));
        for row in *rows {
            tables.push_str("<table:table-row>");
            for cell in row.iter() {
                if cell.is_empty() {
                    tables.push_str("<table:table-cell/>");
                } else if let Ok(number) = cell.parse::<f64>() {
                    tables.push_str(&format!(
                        "<table:table-cell office:value-type=\"float\" office:value=\"{number}\"><text:p>{cell}</text:p></table:table-cell>"
                    ));
                } else {
                    tables.push_str(&format!(
                        "<table:table-cell office:value-type=\"string\"><text:p>{}</text:p></table:table-cell>",
                        escape(cell)
                    ));
                }
            }
            tables.push_str("</table:table-row>");
        }
        tables.push_str("</table:table>");
    }
    ods_of_xml(&tables)
}

/// An ODS whose spreadsheet is `tables`, the `<table:table>` elements as written (for tests of
/// repeats, spaces and comments that [`ods_sheets`] does not write).
pub fn ods_of_xml(tables: &str) -> Vec<u8> {
    let content = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content \
         xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" \
         xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" \
         xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">\
         <office:body><office:spreadsheet>{tables}</office:spreadsheet></office:body>\
         </office:document-content>"
    );
    zip(
        &[
            ("mimetype", "application/vnd.oasis.opendocument.spreadsheet".into()),
            ("META-INF/manifest.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\"><manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.spreadsheet\"/><manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/></manifest:manifest>".into()),
            ("content.xml", content),
        ],
        true,
    )
}
