//! Who is interested in a record, directly or through what it makes: a delegation's
//! `interests` name systems and companies, so a company's page can say "Polish Armament
//! Agency — via Ledovec, Hrom 155" although the agency names only the systems, and a country's
//! page can name the delegations interested in what is made there. Read from the backlinks the
//! catalogue keeps, so it costs a few lookups per product, whatever the catalogue's size.

use crate::catalog::{Catalog, Field, Kind, RecordId};

/// A delegation interested in the record asked about: whether its interests name the record
/// itself, and through which other records (its systems, a country's companies). A delegation
/// may be both: it names a company and some of what the company makes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Interest {
    pub delegation: RecordId,
    pub direct: bool,
    pub via: Vec<RecordId>,
}

/// The delegations interested in `id` (a company: in it or its systems; a country: in its
/// companies and the systems made there; anything else: in it), by name, each once with the
/// records it came through, by name.
pub fn interested_in(catalog: &Catalog, id: RecordId) -> Vec<Interest> {
    let record = catalog.get(id);
    // What an interest in counts as one in `id`, with whether it is `id` itself.
    let mut products: Vec<RecordId> = vec![id];
    match record.kind() {
        Kind::Company => products.extend(referring(catalog, id, Field::Maker, Kind::System)),
        Kind::Country => {
            products.clear();
            let companies = referring(catalog, id, Field::Country, Kind::Company);
            products.extend(companies);
            products.extend(catalog.made_in(id).iter().copied());
        }
        _ => {}
    }
    let mut found: Vec<Interest> = Vec::new();
    for &product in &products {
        for delegation in referring(catalog, product, Field::Interests, Kind::Delegation) {
            let at = match found.iter().position(|interest| interest.delegation == delegation) {
                Some(at) => at,
                None => {
                    found.push(Interest { delegation, direct: false, via: Vec::new() });
                    found.len() - 1
                }
            };
            let interest = &mut found[at];
            if product == id {
                interest.direct = true;
            } else if !interest.via.contains(&product) {
                interest.via.push(product);
            }
        }
    }
    let name = |id: &RecordId| crate::text::natural_key(crate::text::fold(catalog.get(*id).name()));
    for interest in &mut found {
        interest.via.sort_by_cached_key(name);
    }
    found.sort_by_cached_key(|interest| name(&interest.delegation));
    found
}

/// What an interest came through, for people, sanitised: "via Ledovec, Hrom 155",
/// "directly", or "directly and via Ledovec".
pub fn via_text(catalog: &Catalog, direct: bool, via: &[RecordId]) -> String {
    if via.is_empty() {
        return crate::tr!("detail-interest-direct").to_owned();
    }
    let names: Vec<String> = via
        .iter()
        .map(|id| crate::text::sanitize_line(catalog.get(*id).name()).into_owned())
        .collect();
    let names = names.join(", ");
    if direct {
        crate::tr!("detail-interest-direct-and-via", names = names)
    } else {
        crate::tr!("detail-interest-via", names = names)
    }
}

/// The records of `kind` whose `field` names `id`.
fn referring(
    catalog: &Catalog,
    id: RecordId,
    field: Field,
    kind: Kind,
) -> impl Iterator<Item = RecordId> + '_ {
    catalog
        .backlinks(id)
        .iter()
        .filter(move |backlink| {
            backlink.field == field && catalog.get(backlink.from).kind() == kind
        })
        .map(|backlink| backlink.from)
}

#[cfg(test)]
mod tests {
    use super::*;
    fn small() -> Catalog {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/small");
        crate::catalog::load_dirs(&[root]).catalog
    }

    fn said(catalog: &Catalog, of: &str) -> Vec<(String, bool, Vec<String>)> {
        let id = catalog.find(of).expect("in the fixture");
        interested_in(catalog, id)
            .into_iter()
            .map(|interest| {
                let via = interest.via.iter().map(|v| catalog.get(*v).id().to_owned()).collect();
                (catalog.get(interest.delegation).id().to_owned(), interest.direct, via)
            })
            .collect()
    }

    #[test]
    fn a_company_hears_of_interest_in_its_systems_and_in_itself() {
        let catalog = small();
        // The Czech delegation names Rys, which Škoda makes, and Anatolia Dynamics itself.
        assert_eq!(
            said(&catalog, "skoda-defence"),
            [("czech-delegation".into(), false, vec!["rys".into()])]
        );
        assert_eq!(
            said(&catalog, "anatolia-dynamics"),
            [("czech-delegation".into(), true, vec![])]
        );
        assert_eq!(said(&catalog, "rys"), [("czech-delegation".into(), true, vec![])]);
    }

    #[test]
    fn a_country_hears_of_interest_in_what_is_made_there() {
        let catalog = small();
        assert_eq!(
            said(&catalog, "country:czechia"),
            [("czech-delegation".into(), false, vec!["rys".into()])]
        );
        // Anatolia Dynamics is Turkish: the interest in it is one in Türkiye's industry.
        assert_eq!(
            said(&catalog, "country:turkiye"),
            [("czech-delegation".into(), false, vec!["anatolia-dynamics".into()])]
        );
        assert!(said(&catalog, "jana-maiga").is_empty(), "no one is interested in a person");
    }
}
