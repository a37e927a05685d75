//! The interface's languages, through Project Fluent: the messages are in
//! `data/locales/LANG.ftl`, files a translator edits without reading Rust (adding a language
//! is adding a file and a [`Lang`]). The program asks for a message by its id and fills in
//! its `{ $arguments }`.
//!
//! The first messages are the days and months; the rest of the interface moves here in the
//! steps of issue 15 (until then only English is offered to users: `config::LANGUAGES`).

use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use jiff::civil::Date;

/// A language of the interface.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lang {
    En,
    Fr,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Fr];

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
        }
    }

    /// The language a code or a locale names: `fr`, `fr_FR.UTF-8`, `fr-CA`.
    pub fn parse(text: &str) -> Option<Lang> {
        let primary = text.split(['_', '-', '.', '@']).next()?.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|lang| lang.code() == primary)
    }

    /// The reader's language from the environment, as POSIX has it: `LC_ALL`, then
    /// `LC_MESSAGES`, then `LANG`; the first that is set decides (`C` and `POSIX` are English).
    pub fn from_env(get: impl Fn(&str) -> Option<String>) -> Option<Lang> {
        let set = ["LC_ALL", "LC_MESSAGES", "LANG"]
            .into_iter()
            .find_map(|name| get(name).filter(|value| !value.is_empty()))?;
        Lang::parse(&set)
    }

    /// The `.ftl` text of this language.
    pub fn source(self) -> &'static str {
        match self {
            Lang::En => include_str!("../data/locales/en.ftl"),
            Lang::Fr => include_str!("../data/locales/fr.ftl"),
        }
    }

    fn bundle(self) -> &'static FluentBundle<FluentResource> {
        static BUNDLES: LazyLock<Vec<FluentBundle<FluentResource>>> =
            LazyLock::new(|| Lang::ALL.into_iter().map(bundle_of).collect());
        let index = Lang::ALL.iter().position(|lang| *lang == self).unwrap_or(0);
        &BUNDLES[index]
    }

    /// Message `id` with `args` filled in; the id itself when the message is missing (a test
    /// keeps every language complete, so this is a programming mistake made visible).
    pub fn message(self, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        let bundle = self.bundle();
        let Some(pattern) = bundle.get_message(id).and_then(|message| message.value()) else {
            return id.to_owned();
        };
        let mut errors = Vec::new();
        bundle.format_pattern(pattern, args, &mut errors).into_owned()
    }

    /// A date in full: "Thursday 13 November 2025", « jeudi 13 novembre 2025 ».
    pub fn date_long(self, date: Date) -> String {
        self.date("date-long", "weekday", "month", date)
    }

    /// A date in short: "Thu 13 Nov 2025", « jeu. 13 nov. 2025 ».
    pub fn date_short(self, date: Date) -> String {
        self.date("date-short", "weekday-short", "month-short", date)
    }

    fn date(self, pattern: &str, weekdays: &str, months: &str, date: Date) -> String {
        let weekday = date.weekday().to_monday_one_offset();
        let mut args = FluentArgs::new();
        args.set("weekday", self.message(&format!("{weekdays}-{weekday}"), None));
        args.set("day", FluentValue::from(date.day()));
        args.set("month", self.message(&format!("{months}-{}", date.month()), None));
        args.set("year", date.year().to_string());
        self.message(pattern, Some(&args))
    }
}

/// A language's bundle. Its file is the program's own, checked by the tests, so a problem in
/// it leaves what could be read rather than stopping anything.
fn bundle_of(lang: Lang) -> FluentBundle<FluentResource> {
    let resource = FluentResource::try_new(lang.source().to_owned())
        .unwrap_or_else(|(partial, _errors)| partial);
    let id = lang.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // No Unicode isolation marks around arguments: a terminal shows them, and the sanitiser
    // would drop them anyway.
    bundle.set_use_isolating(false);
    let _ = bundle.add_resource(resource);
    bundle
}

#[cfg(test)]
mod tests;
