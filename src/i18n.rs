//! The interface's languages, through Project Fluent: the messages are in
//! `data/locales/LANG.ftl`, files a translator edits without reading Rust. Adding a language
//! is adding a file: build.rs makes a [`Lang`] of each (`Lang::Fr` of `fr.ftl`), and a test
//! fails until the new file has every message English has. The program asks for a message by
//! its id and fills in its `{ $arguments }`.
//!
//! The language in effect is the process's, chosen once at start (`--lang`, the config's
//! `language`, the environment: [`choose`]); a thread may speak another for a while
//! ([`speak`], which the screen tests use to draw in French beside English tests). A message
//! without arguments is formatted once per language and kept, so [`t`] hands out a
//! `&'static str` as the literals it replaces did; [`tr!`] fills in arguments.

use std::cell::Cell;
use std::collections::HashMap;
use std::sync::LazyLock;
use std::sync::atomic::{AtomicU8, Ordering};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use jiff::civil::Date;

/// A language of the interface: one of the files in `data/locales` (English is `Lang::En`,
/// the first). The constants and [`LANGUAGES`] are made by build.rs from the files there.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Lang(usize);

include!(concat!(env!("OUT_DIR"), "/locales.rs"));

impl std::fmt::Debug for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl Lang {
    /// Its code, as `--lang` takes it and its file is named: `en`, `fr`.
    pub fn code(self) -> &'static str {
        LOCALES[self.0].0
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
        LOCALES[self.0].1
    }

    fn index(self) -> usize {
        self.0
    }

    fn bundle(self) -> &'static FluentBundle<FluentResource> {
        static BUNDLES: LazyLock<Vec<FluentBundle<FluentResource>>> =
            LazyLock::new(|| Lang::ALL.into_iter().map(bundle_of).collect());
        &BUNDLES[self.index()]
    }

    /// Whether this language's file has message `id`.
    pub fn has(self, id: &str) -> bool {
        self.bundle().has_message(id)
    }

    /// Message `id` as this language has it, with no arguments: formatted once, then kept.
    pub fn text(self, id: &str) -> &'static str {
        static TEXTS: LazyLock<Vec<HashMap<String, &'static str>>> =
            LazyLock::new(|| Lang::ALL.into_iter().map(texts_of).collect());
        match TEXTS[self.index()].get(id) {
            Some(text) => text,
            None => missing(id),
        }
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

/// Every message of a language that needs no argument, formatted. The strings live as long
/// as the program, as the literals they stand for did; there are as many as the file has
/// messages, once per language.
fn texts_of(lang: Lang) -> HashMap<String, &'static str> {
    let bundle = lang.bundle();
    let resource =
        fluent_syntax::parser::parse(lang.source()).unwrap_or_else(|(partial, _)| partial);
    let mut texts = HashMap::new();
    for entry in resource.body {
        if let fluent_syntax::ast::Entry::Message(message) = entry {
            let id = message.id.name;
            if let Some(pattern) = bundle.get_message(id).and_then(|message| message.value()) {
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, None, &mut errors).into_owned();
                texts.insert(id.to_owned(), &*Box::leak(text.into_boxed_str()));
            }
        }
    }
    texts
}

/// The id of a message no file has, kept so it can be handed out as the message (a test
/// keeps every id the code uses in the files, so this is a mistake made visible).
fn missing(id: &str) -> &'static str {
    static MISSING: LazyLock<std::sync::Mutex<HashMap<String, &'static str>>> =
        LazyLock::new(Default::default);
    let Ok(mut missing) = MISSING.lock() else {
        return "?";
    };
    missing.entry(id.to_owned()).or_insert_with(|| Box::leak(id.to_owned().into_boxed_str()))
}

/// The process's language, as [`choose`] set it (English until then).
static PROCESS: AtomicU8 = AtomicU8::new(0);

thread_local! {
    /// A language this thread speaks instead of the process's, while a [`Speaking`] lives.
    static THREAD: Cell<Option<Lang>> = const { Cell::new(None) };
}

/// Sets the process's language, once at start, before any thread that speaks is started.
pub fn choose(lang: Lang) {
    PROCESS.store(lang.index() as u8, Ordering::Relaxed);
}

/// The language in effect on this thread.
pub fn current() -> Lang {
    THREAD.with(Cell::get).unwrap_or_else(|| {
        Lang::ALL.get(usize::from(PROCESS.load(Ordering::Relaxed))).copied().unwrap_or(Lang::En)
    })
}

/// This thread speaks `lang` until the value returned is dropped.
#[must_use = "the language reverts when this is dropped"]
pub fn speak(lang: Lang) -> Speaking {
    Speaking(THREAD.with(|thread| thread.replace(Some(lang))))
}

/// The thread's language before [`speak`], put back when dropped.
pub struct Speaking(Option<Lang>);

impl Drop for Speaking {
    fn drop(&mut self) {
        THREAD.with(|thread| thread.set(self.0));
    }
}

/// A number with `places` decimals, as the language in effect writes it ("0.3", « 0,3 »).
pub fn decimal(value: f64, places: usize) -> String {
    format!("{value:.places$}").replace('.', crate::tr!("decimal-separator"))
}

/// Message `id` in the language in effect.
pub fn t(id: &str) -> &'static str {
    current().text(id)
}

/// Message `id` in the language in effect, its arguments filled in.
pub fn t_args(id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    let mut fluent = FluentArgs::new();
    for (name, value) in args {
        fluent.set(*name, value.clone());
    }
    current().message(id, Some(&fluent))
}

/// `tr!("id")` is [`t`]; `tr!("id", name = value, …)` fills in `{ $name }` with each value
/// (numbers stay numbers, for plurals; anything else is its text).
#[macro_export]
macro_rules! tr {
    ($id:literal) => {
        $crate::i18n::t($id)
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::t_args($id, &[$((stringify!($name), $crate::i18n::Arg::from($value).0)),+])
    };
}

/// A message argument: a number (which plurals read) or text.
pub struct Arg(pub FluentValue<'static>);

macro_rules! number_args {
    ($($type:ty),*) => {$(
        impl From<$type> for Arg {
            fn from(value: $type) -> Arg {
                Arg(FluentValue::from(value))
            }
        }
    )*};
}
number_args!(usize, u64, u32, u16, u8, i64, i32);

impl From<&str> for Arg {
    fn from(value: &str) -> Arg {
        Arg(FluentValue::from(value.to_owned()))
    }
}

impl From<String> for Arg {
    fn from(value: String) -> Arg {
        Arg(FluentValue::from(value))
    }
}

impl From<std::borrow::Cow<'_, str>> for Arg {
    fn from(value: std::borrow::Cow<'_, str>) -> Arg {
        Arg(FluentValue::from(value.into_owned()))
    }
}

impl From<&String> for Arg {
    fn from(value: &String) -> Arg {
        Arg(FluentValue::from(value.clone()))
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
