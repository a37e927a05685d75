//! What the key map says about itself: the status bar's hints and the help overlay's lines.

use super::{Binding, Context, KeyMap};

/// "j next record · Enter open the record …": the hints of the contexts in effect.
/// Each key and each hint appears once: a more specific context (the floor plan over the list)
/// says it first. Hinted bindings of one context that share a hint share an entry ("←→↑↓ move").
pub fn hints(keymap: &KeyMap, contexts: &[Context]) -> Vec<(String, &'static str)> {
    let mut shown: Vec<(String, &'static str, Context)> = Vec::new();
    // Every key said so far: a key a more specific context took is not offered again.
    let mut keys_said: Vec<String> = Vec::new();
    for binding in contexts
        .iter()
        .flat_map(|context| keymap.bindings_in(*context))
        .filter(|binding| binding.hint)
    {
        let key = binding.keys[0].to_string();
        let hint = binding.hint_text();
        if keys_said.contains(&key) {
            continue;
        }
        keys_said.push(key.clone());
        match shown.iter_mut().find(|(_, h, _)| *h == hint) {
            Some((keys, _, context)) if *context == binding.context => {
                let arrows = |text: &str| text.chars().all(|c| matches!(c, '←' | '→' | '↑' | '↓'));
                if !(arrows(keys) && arrows(&key)) {
                    keys.push('/');
                }
                keys.push_str(&key);
            }
            Some(_) => {}
            None => shown.push((key, hint, binding.context)),
        }
    }
    shown.into_iter().map(|(key, hint, _)| (key, hint)).collect()
}

/// The narrowest other key that does what the hinted `key` does in the same context ("[" for
/// "Backspace"), for a status bar too narrow for every hint at its usual key. Width is display
/// width: a key's name may be a word or an arrow.
pub fn narrowest_alias(keymap: &KeyMap, contexts: &[Context], key: &str) -> Option<String> {
    use unicode_width::UnicodeWidthStr;
    let hinted = contexts
        .iter()
        .flat_map(|context| keymap.bindings_in(*context))
        .find(|binding| binding.hint && binding.keys[0].to_string() == key)?;
    keymap
        .bindings_in(hinted.context)
        .filter(|binding| binding.does == hinted.does)
        .flat_map(|binding| binding.keys.iter().map(ToString::to_string))
        .filter(|alias| alias.width() < key.width())
        // Only a key that does it here: a more specific context may have taken it.
        .filter(|alias| {
            contexts
                .iter()
                .flat_map(|context| keymap.bindings_in(*context))
                .find(|binding| binding.keys.iter().any(|other| other.to_string() == *alias))
                .is_some_and(|first| first.does == hinted.does)
        })
        .min_by_key(|alias| alias.width())
}

/// Every context, in the order the help overlay shows them.
pub const HELP_ORDER: [Context; 14] = [
    Context::Global,
    Context::Kinds,
    Context::List,
    Context::Detail,
    Context::Floor,
    Context::Search,
    Context::Filter,
    Context::Facets,
    Context::Compare,
    Context::ImportPlan,
    Context::Graph,
    Context::Note,
    Context::Help,
    Context::Always,
];

/// One line of the help overlay.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HelpLine {
    /// A context's title ("List pane").
    Title(&'static str),
    /// A binding: its keys (empty on the lines its description wraps onto) and description.
    Key {
        keys: String,
        text: String,
    },
    Blank,
}

/// The width of the help overlay's key column: the longest keys, and two spaces.
pub(super) fn help_keys_width(keymap: &KeyMap) -> usize {
    use unicode_width::UnicodeWidthStr;
    let keys = keymap.bindings().iter().map(|binding| keys_text(binding).width());
    let syntax = crate::search::syntax().map(|(typed, _)| typed.width());
    keys.chain(syntax).max().unwrap_or(0) + 2
}

/// How wide the help overlay's text is with no description wrapped.
pub fn help_natural_width(keymap: &KeyMap) -> usize {
    use unicode_width::UnicodeWidthStr;
    let longest = keymap
        .bindings()
        .iter()
        .map(|b| b.description().width())
        .chain(crate::search::syntax().map(|(_, meaning)| meaning.width()))
        .chain([crate::tr!("syntax-kind").width()])
        .max()
        .unwrap_or(0);
    help_keys_width(keymap) + 2 + longest
}

/// The help overlay's text for a box `width` cells wide: per context a title, its bindings
/// (descriptions wrapped beside the keys, so none is cut), a blank. Drawing and scrolling both
/// use it, so they agree on how many lines there are.
pub fn help_lines(keymap: &KeyMap, width: usize) -> Vec<HelpLine> {
    let keys_width = help_keys_width(keymap);
    let text_width = width.saturating_sub(keys_width + 2).max(12);
    let mut lines = Vec::new();
    let push = |lines: &mut Vec<HelpLine>, keys: &str, text: &str| {
        let keys = format!("  {keys:<keys_width$}");
        for (i, part) in crate::text::wrap(text, text_width).iter().enumerate() {
            let keys = if i == 0 { keys.clone() } else { " ".repeat(keys_width + 2) };
            lines.push(HelpLine::Key { keys, text: part.to_string() });
        }
    };
    for context in HELP_ORDER {
        lines.push(HelpLine::Title(context.title()));
        for binding in keymap.bindings_in(context).filter(|b| b.does != super::Does::Nothing) {
            push(&mut lines, &keys_text(binding), binding.description());
        }
        lines.push(HelpLine::Blank);
        // What to type follows the keys of the box it is typed into.
        if context == Context::Search {
            lines.push(HelpLine::Title(crate::tr!("syntax-title")));
            for (typed, meaning) in crate::search::syntax() {
                push(&mut lines, typed, meaning);
            }
            push(&mut lines, crate::tr!("syntax-kind-typed"), crate::tr!("syntax-kind"));
            lines.push(HelpLine::Blank);
        }
    }
    lines
}

/// All keys of a binding, as the help overlay lists them: "j ↓".
pub fn keys_text(binding: &Binding) -> String {
    // A sequence is keys apart already ("g g"): alternatives beside one are set off by commas.
    let apart =
        if binding.keys.iter().any(|k| matches!(k, super::Key::Sequence(_))) { ", " } else { " " };
    binding.keys.iter().map(ToString::to_string).collect::<Vec<_>>().join(apart)
}
