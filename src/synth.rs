//! Synthetic catalogues of any size, for benchmarks and for the tests of search's fast paths.
//! Deterministic (the same size and seed give the same bytes), written in the data format, with
//! realistic names (accents included) and every reference valid, so that `check` passes.
//! `cargo run --release --example gen -- N DIR` writes one to disk.

/// XLSX and ODS workbooks written from rows of text.
pub mod workbook;

use std::borrow::Cow;
use std::fmt::Write as _;

use crate::catalog::SourceFile;

/// Records per generated file: a 100 000-record catalogue comes out as about 100 files.
const RECORDS_PER_FILE: usize = 1000;

const COUNTRIES: &[&str] = &[
    "Türkiye",
    "Mali",
    "Burkina Faso",
    "Niger",
    "Nigeria",
    "Côte d'Ivoire",
    "Sénégal",
    "Morocco",
    "Algeria",
    "Tunisia",
    "Libya",
    "Egypt",
    "Iran",
    "Pakistan",
    "India",
    "Indonesia",
    "Viet Nam",
    "Brazil",
    "Perú",
    "México",
    "Colombia",
    "Chile",
    "España",
    "Portugal",
    "France",
    "Österreich",
    "Deutschland",
    "Polska",
    "Česko",
    "Slovensko",
    "Magyarország",
    "România",
    "България",
    "Ελλάδα",
    "Norge",
    "Sverige",
    "Suomi",
    "Danmark",
    "Ísland",
    "Éire",
    "United Kingdom",
    "Canada",
    "United States",
    "Japan",
    "Korea",
    "Australia",
    "New Zealand",
    "South Africa",
    "Kenya",
    "Ethiopia",
    "Ghana",
    "Cameroun",
    "Gabon",
    "Tchad",
    "Bénin",
    "Togo",
    "Guinée",
    "Mauritanie",
    "Qatar",
    "United Arab Emirates",
    "Saudi Arabia",
    "Jordan",
    "Azərbaycan",
];

const SYLLABLES: &[&str] = &[
    "ba", "kar", "ra", "tor", "ak", "in", "ci", "as", "el", "san", "ot", "ok", "ro", "mo", "ne",
    "li", "vu", "ta", "şa", "çe", "lik", "gü", "ney", "ör", "no", "dé", "fen", "sa", "ço", "ma",
    "ïs", "ga", "zy", "ků", "pa", "ña", "dú", "ło", "dź", "ke", "fa", "ri", "on", "ex", "tra",
];

const COMPANY_SUFFIXES: &[&str] = &[
    "Defence",
    "Systems",
    "Dynamics",
    "Aerospace",
    "Industries",
    "Technologies",
    "Savunma",
    "Arms",
];
const CATEGORIES: &[&str] = &[
    "unmanned aerial vehicle",
    "loitering munition",
    "tactical wheeled armoured vehicle",
    "counter-UAS system",
    "electronic warfare system",
    "air defence radar",
    "patrol boat",
    "night vision device",
    "secure radio",
    "mortar system",
];
const SECTORS: &[&str] =
    &["land systems", "aerospace", "naval", "electronics", "munitions", "C4ISR", "training"];
const ROLES: &[&str] = &[
    "Minister of Defence",
    "Chief of Staff",
    "Procurement Director",
    "Sales Manager",
    "Engineer",
    "Attaché",
];
const FIRST_NAMES: &[&str] = &[
    "Abdoulaye",
    "Aïcha",
    "Mehmet",
    "Zeynep",
    "José",
    "Zoë",
    "Søren",
    "Björn",
    "Łukasz",
    "Chloé",
    "Nguyễn",
    "Fatoumata",
    "Ömer",
    "İlkay",
    "François",
    "Ana",
    "Jiří",
    "Dorothée",
    "Kwame",
    "Émile",
];
const LAST_NAMES: &[&str] = &[
    "Maïga",
    "Çelik",
    "Yılmaz",
    "Núñez",
    "Ødegaard",
    "Müller",
    "Wójcik",
    "Traoré",
    "Dvořák",
    "Keïta",
    "Öztürk",
    "García",
    "Lefèvre",
    "Şahin",
    "Diallo",
    "Björklund",
    "Coulibaly",
    "Ndiaye",
];

/// A small deterministic generator (SplitMix64): no dependency, the same stream everywhere.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next() % n.max(1) as u64).unwrap_or(0)
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }

    fn word(&mut self, syllables: usize) -> String {
        let mut word = String::new();
        for _ in 0..syllables {
            word.push_str(self.pick(SYLLABLES));
        }
        let mut chars = word.chars();
        chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or_default()
    }
}

/// How many records of each kind a catalogue of `n` records holds.
struct Counts {
    events: usize,
    companies: usize,
    systems: usize,
    people: usize,
    delegations: usize,
    organisations: usize,
}

impl Counts {
    fn of(n: usize) -> Counts {
        let events = (n / 20_000).max(1);
        let rest = n.saturating_sub(events * 5);
        let companies = (rest / 8).max(1);
        let people = rest / 5;
        let delegations = rest / 25;
        let organisations = rest / 25;
        let systems = rest.saturating_sub(companies + people + delegations + organisations).max(1);
        Counts { events, companies, systems, people, delegations, organisations }
    }
}

fn toml_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn list(items: &[String]) -> String {
    format!("[{}]", items.iter().map(|item| toml_string(item)).collect::<Vec<_>>().join(", "))
}

/// A catalogue of about `n` records (countries come on top, made from the names used).
pub fn generate(n: usize, seed: u64) -> Vec<SourceFile> {
    let counts = Counts::of(n);
    let mut rng = Rng(seed ^ 0x5eed);
    let mut files: Vec<(String, String)> = Vec::new();
    let mut chunked = |kind: &str,
                       count: usize,
                       rng: &mut Rng,
                       write: &mut dyn FnMut(usize, &mut Rng, &mut String)| {
        for (part, start) in (0..count).step_by(RECORDS_PER_FILE).enumerate() {
            let mut text = String::with_capacity(RECORDS_PER_FILE * 320);
            for index in start..(start + RECORDS_PER_FILE).min(count) {
                write(index, rng, &mut text);
            }
            files.push((format!("synthetic/{kind}/{part:04}.toml"), text));
        }
    };
    let source = "\nsources = [\"synthetic catalogue (generated)\"]\n\n";

    chunked("events", counts.events, &mut rng, &mut |i, rng, out| {
        let city = rng.word(2);
        let _ = write!(
            out,
            "[[event]]\nid = \"event-{i}\"\nname = \"{city}EX {year}\"\ncity = {city_s}\ncountry = {country}\n\
             start_date = 2030-0{month}-10\nend_date = 2030-0{month}-13\nsummary = \"A synthetic exhibition in {city}.\"{source}",
            year = 2030 + i % 10,
            city_s = toml_string(&city),
            country = toml_string(rng.pick(COUNTRIES)),
            month = 1 + i % 9,
        );
        for day in 0..4 {
            let _ = write!(
                out,
                "[[event.schedule]]\nid = \"event-{i}-day-{day}\"\nname = \"{label} {day}\"\nday = 2030-0{month}-1{day}\n\
                 start_time = 09:00\nend_time = 18:00\ndemo = {demo}{source}",
                label = if day >= 2 { "Demo day" } else { "Exhibition day" },
                month = 1 + i % 9,
                demo = day >= 2,
            );
        }
    });
    let company_name = |i: usize| {
        let mut rng = Rng(seed ^ (i as u64).wrapping_mul(0x2545_f491_4f6c_dd1d));
        format!("{} {}", rng.word(2 + i % 2), rng.pick(COMPANY_SUFFIXES))
    };
    chunked("companies", counts.companies, &mut rng, &mut |i, rng, out| {
        let sectors = vec![rng.pick(SECTORS).to_owned(), rng.pick(SECTORS).to_owned()];
        let name = company_name(i);
        let _ = write!(
            out,
            "[[company]]\nid = \"company-{i}\"\nname = {}\ncountry = {}\nsectors = {}\nstand = \"{}{}\"\n\
             website = \"https://example.com/company-{i}\"\nsummary = {}\ntags = {}{source}",
            toml_string(&name),
            toml_string(rng.pick(COUNTRIES)),
            list(&sectors),
            char::from(b'A' + u8::try_from(i % 8).unwrap_or(0)),
            i % 500,
            toml_string(&format!(
                "{name} builds {} and {} for armed forces and security agencies, with a service network in {} countries.",
                rng.pick(CATEGORIES),
                rng.pick(CATEGORIES),
                2 + rng.below(40)
            )),
            list(&[rng.pick(SECTORS).to_owned(), "exhibitor".to_owned()]),
        );
    });
    chunked("systems", counts.systems, &mut rng, &mut |i, rng, out| {
        let maker = rng.below(counts.companies);
        let category = rng.pick(CATEGORIES);
        let operators = vec![rng.pick(COUNTRIES).to_owned(), rng.pick(COUNTRIES).to_owned()];
        let name = format!("{}-{}", rng.word(2), 1 + rng.below(99));
        let _ = write!(
            out,
            "[[system]]\nid = \"system-{i}\"\nname = {}\nmaker = \"company-{maker}\"\ncategory = {}\noperators = {}\n\
             summary = {}\ntags = {}\nspecs = {{ range = \"{} km\", mass = \"{} kg\", crew = {}, endurance = \"{} h\" }}{source}",
            toml_string(&name),
            toml_string(category),
            list(&operators),
            toml_string(&format!(
                "The {name} is a {category} made by {}. It is offered with training and local assembly.",
                company_name(maker)
            )),
            list(&[category.split(' ').next().unwrap_or("system").to_owned()]),
            5 + rng.below(500),
            10 + rng.below(20_000),
            rng.below(6),
            1 + rng.below(40),
        );
    });
    chunked("people", counts.people, &mut rng, &mut |i, rng, out| {
        let affiliation = if rng.below(2) == 0 && counts.organisations > 0 {
            format!("org-{}", rng.below(counts.organisations))
        } else {
            format!("company-{}", rng.below(counts.companies))
        };
        let _ = write!(
            out,
            "[[person]]\nid = \"person-{i}\"\nname = {}\nrole = {}\ncountry = {}\naffiliation = \"{affiliation}\"{source}",
            toml_string(&format!("{} {}", rng.pick(FIRST_NAMES), rng.pick(LAST_NAMES))),
            toml_string(rng.pick(ROLES)),
            toml_string(rng.pick(COUNTRIES)),
        );
    });
    chunked("delegations", counts.delegations, &mut rng, &mut |i, rng, out| {
        let country = rng.pick(COUNTRIES);
        let members: Vec<String> =
            (0..3).map(|_| format!("person-{}", rng.below(counts.people.max(1)))).collect();
        let interests = vec![
            format!("system-{}", rng.below(counts.systems)),
            format!("company-{}", rng.below(counts.companies)),
        ];
        let head = if counts.people > 0 {
            format!("\nhead = \"person-{}\"", rng.below(counts.people))
        } else {
            String::new()
        };
        let members = if counts.people > 0 {
            format!("\nmembers = {}", list(&members))
        } else {
            String::new()
        };
        let _ = write!(
            out,
            "[[delegation]]\nid = \"delegation-{i}\"\nname = {}\ncountry = {}{head}{members}\ninterests = {}{source}",
            toml_string(&format!("Delegation of {country} {}", i / COUNTRIES.len())),
            toml_string(country),
            list(&interests),
        );
    });
    chunked("organisations", counts.organisations, &mut rng, &mut |i, rng, out| {
        let _ = write!(
            out,
            "[[organisation]]\nid = \"org-{i}\"\nname = {}\ncategory = {}\ncountry = {}\nsummary = {}{source}",
            toml_string(&format!(
                "{} {}",
                rng.word(3),
                ["Agency", "Command", "Alliance", "Forces"][i % 4]
            )),
            toml_string(["government agency", "armed forces", "alliance", "armed forces"][i % 4]),
            toml_string(rng.pick(COUNTRIES)),
            toml_string("A synthetic organisation for benchmarks."),
        );
    });
    files
        .into_iter()
        .map(|(path, text)| SourceFile { path, bytes: Cow::Owned(text.into_bytes()) })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::load;

    #[test]
    fn generated_catalogues_check_clean_and_are_deterministic() {
        let files = generate(3000, 7);
        let loaded = load(&files);
        let problems: Vec<String> =
            loaded.diagnostics.iter().take(5).map(ToString::to_string).collect();
        assert!(problems.is_empty(), "{problems:#?}");
        let records =
            loaded.catalog.len() - loaded.catalog.of_kind(crate::catalog::Kind::Country).len();
        assert!((2900..=3100).contains(&records), "{records} records");
        let again = generate(3000, 7);
        assert!(files.iter().zip(&again).all(|(a, b)| a.path == b.path && a.bytes == b.bytes));
        assert!(generate(3000, 8)[1].bytes != files[1].bytes, "the seed matters");
    }
}
