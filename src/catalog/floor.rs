//! Checks of the floor plan, made once the catalogue is resolved: every stand inside its hall,
//! no two stands of a hall overlapping, and companies and stands agreeing about who is where.
//! Problems point at the stand's (or company's) line, as every other diagnostic does.

use super::diagnostic::{Diagnostic, Location, Severity};
use super::{Catalog, Field, Kind, RecordId, ValueRef};

/// A stand's rectangle on its hall's grid.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rect {
    pub x: u32,
    pub y: u32,
    pub width: u32,
    pub depth: u32,
}

impl Rect {
    pub fn overlaps(&self, other: &Rect) -> bool {
        self.x < other.x + other.width
            && other.x < self.x + self.width
            && self.y < other.y + other.depth
            && other.y < self.y + self.depth
    }
}

fn count(catalog: &Catalog, id: RecordId, field: Field) -> Option<u32> {
    match catalog.get(id).get(field) {
        Some(ValueRef::Count(n)) => Some(n),
        _ => None,
    }
}

/// Where a stand is, when it says.
pub fn rect(catalog: &Catalog, stand: RecordId) -> Option<Rect> {
    Some(Rect {
        x: count(catalog, stand, Field::X)?,
        y: count(catalog, stand, Field::Y)?,
        width: count(catalog, stand, Field::Width)?,
        depth: count(catalog, stand, Field::Depth)?,
    })
}

fn at(catalog: &Catalog, id: RecordId, severity: Severity, message: String) -> (usize, Diagnostic) {
    let origin = catalog.get(id).origin();
    let file = origin.map_or(0, |o| o.file as usize);
    let path = catalog.files().get(file).cloned().unwrap_or_default();
    let location = Location { path, line: origin.map_or(1, |o| o.line), column: 1 };
    (file, Diagnostic { severity, location, message })
}

fn label(catalog: &Catalog, stand: RecordId) -> &str {
    catalog.get(stand).text(Field::Label).unwrap_or("?")
}

pub(super) fn check(catalog: &Catalog) -> Vec<(usize, Diagnostic)> {
    let mut found = Vec::new();
    for &hall in catalog.of_kind(Kind::Hall) {
        let (Some(width), Some(depth)) =
            (count(catalog, hall, Field::Width), count(catalog, hall, Field::Depth))
        else {
            continue;
        };
        let hall_name = catalog.get(hall).name();
        let mut placed: Vec<(RecordId, Rect)> = Vec::new();
        for backlink in catalog.backlinks(hall).iter().filter(|b| b.field == Field::Hall) {
            let stand = backlink.from;
            let Some(rect) = rect(catalog, stand) else { continue };
            if rect.width == 0 || rect.depth == 0 {
                found.push(at(
                    catalog,
                    stand,
                    Severity::Error,
                    crate::tr!("catalog-stand-no-area", stand = label(catalog, stand)),
                ));
            }
            if rect.x + rect.width > width || rect.y + rect.depth > depth {
                let message = crate::tr!(
                    "catalog-stand-outside-hall",
                    stand = label(catalog, stand),
                    x = rect.x,
                    width = rect.width,
                    y = rect.y,
                    depth = rect.depth,
                    hall = hall_name,
                    hall_width = width,
                    hall_depth = depth
                );
                found.push(at(catalog, stand, Severity::Error, message));
            }
            if let Some((other, _)) = placed.iter().find(|(_, r)| r.overlaps(&rect)) {
                let message = crate::tr!(
                    "catalog-stands-overlap",
                    stand = label(catalog, stand),
                    other = label(catalog, *other),
                    hall = hall_name
                );
                found.push(at(catalog, stand, Severity::Error, message));
            }
            placed.push((stand, rect));
        }
    }
    // Companies and stands must agree when both say where a company is.
    let stands = catalog.of_kind(Kind::Stand);
    if !stands.is_empty() {
        for &company in catalog.of_kind(Kind::Company) {
            let Some(named) = catalog.get(company).text(Field::Stand) else { continue };
            let Some(stand) = catalog.stand_of(company) else {
                let message = crate::tr!(
                    "catalog-company-stand-unknown",
                    company = catalog.get(company).id(),
                    stand = named
                );
                found.push(at(catalog, company, Severity::Warning, message));
                continue;
            };
            let listed = match catalog.get(stand).get(Field::Companies) {
                Some(ValueRef::Links(ids)) => ids.to_vec(),
                _ => Vec::new(),
            };
            if !listed.is_empty() && !listed.contains(&company) {
                let message = crate::tr!(
                    "catalog-company-stand-disagrees",
                    company = catalog.get(company).id(),
                    stand = named
                );
                found.push(at(catalog, company, Severity::Warning, message));
            }
        }
    }
    found
}
