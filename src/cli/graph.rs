//! `showfloor graph ID [--depth N] [--format text|dot|mermaid|json]`: a record's neighbourhood
//! (`features::graph`), the one the browser's relationship view shows, for scripts, reports and
//! Graphviz. Text is the view's tree; DOT and Mermaid draw each record once with its links
//! labelled by field key, every name sanitised and then quoted in the syntax's own way, so a
//! hostile name cannot end a string or start a statement; JSON keeps the data exact through the
//! one JSON writer, which escapes what a terminal would obey.

use std::io::{self, Write};

use serde_json::json;

use crate::catalog::{Catalog, RecordId};
use crate::features::graph::{Direction, Entry, FOLD_AT, Neighbourhood};
use crate::text::sanitize_line;

/// How `showfloor graph` writes a neighbourhood. `--help` describes each from its message
/// (`help-graph-format-text`, …).
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Text,
    Dot,
    Mermaid,
    Json,
}

pub fn write(
    catalog: &Catalog,
    found: &Neighbourhood,
    format: Format,
    out: &mut dyn Write,
) -> io::Result<()> {
    match format {
        Format::Text => text(catalog, found, out),
        Format::Dot => out.write_all(dot(catalog, found).as_bytes()),
        Format::Mermaid => out.write_all(mermaid(catalog, found).as_bytes()),
        Format::Json => out.write_all(crate::export::json::text(&json(catalog, found)).as_bytes()),
    }
}

/// The tree, a row a line, and what it holds and how to read it.
fn text(catalog: &Catalog, found: &Neighbourhood, out: &mut dyn Write) -> io::Result<()> {
    for at in 0..found.rows.len() {
        if let Some(row) = found.row_text(catalog, at) {
            writeln!(out, "{}", row.line())?;
        }
    }
    let legend = crate::tr!(
        "cli-graph-legend",
        records = found.records().count(),
        depth = found.depth,
        limit = FOLD_AT
    );
    writeln!(out, "\n{legend}")
}

/// A record's name and kind for a node's label, sanitised.
fn label(catalog: &Catalog, record: RecordId) -> (String, &'static str) {
    let shown = catalog.get(record);
    (sanitize_line(shown.name()).into_owned(), shown.kind().name())
}

/// `text` sanitised for the inside of a DOT quoted string: `"` and `\` escaped (the
/// sanitiser has already made every control character visible, so no line ends inside it).
fn dot_escaped(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in sanitize_line(text).chars() {
        if matches!(c, '"' | '\\') {
            escaped.push('\\');
        }
        escaped.push(c);
    }
    escaped
}

/// `text` as a DOT quoted string.
fn dot_quoted(text: &str) -> String {
    format!("\"{}\"", dot_escaped(text))
}

/// The neighbourhood in Graphviz's DOT: a node per record (named by its id, labelled with its
/// name and kind), an edge per link between them from the record whose field it is (the
/// tree's and any other, [`Neighbourhood::links_among`]), labelled with the field's key, and a
/// dashed note per counted group.
pub fn dot(catalog: &Catalog, found: &Neighbourhood) -> String {
    let mut text = String::from("digraph neighbourhood {\n  rankdir=LR;\n  node [shape=box];\n");
    let node_id = |record: RecordId| dot_quoted(catalog.get(record).id());
    for (record, depth) in found.records() {
        let (name, kind) = label(catalog, record);
        let style = if depth == 0 { ", style=bold" } else { "" };
        // `\n` is DOT's line break inside a label: the name above, the kind below.
        let shown = format!("\"{}\\n{kind}\"", dot_escaped(&name));
        text.push_str(&format!("  {} [label={shown}{style}];\n", node_id(record)));
    }
    for link in found.links_among(catalog) {
        text.push_str(&format!(
            "  {} -> {} [label={}];\n",
            node_id(link.from),
            node_id(link.to),
            dot_quoted(link.field.key())
        ));
    }
    // An interest through products: dotted, from the delegation to the company, labelled with
    // what its interests name.
    for (delegation, company, via) in found.interests() {
        let label = dot_quoted(&format!(
            "interests ({})",
            crate::features::interest::via_text(catalog, false, via)
        ));
        text.push_str(&format!(
            "  {} -> {} [label={label}, style=dotted];\n",
            node_id(delegation),
            node_id(company)
        ));
    }
    for (index, row) in found.rows.iter().enumerate() {
        let Entry::Folded { parent, edge, kind, count } = row.entry else { continue };
        // '+' is never in an id: the note cannot take a record's name.
        let note = dot_quoted(&format!("+{index}"));
        let words = dot_quoted(&crate::features::graph::folded_text(kind, count));
        text.push_str(&format!("  {note} [label={words}, shape=note, style=dashed];\n"));
        let (from, to) = match edge.direction {
            Direction::Out => (node_id(parent), note),
            Direction::In | Direction::Through => (note, node_id(parent)),
        };
        let field = dot_quoted(edge.field.key());
        text.push_str(&format!("  {from} -> {to} [label={field}, style=dashed];\n"));
    }
    text.push_str("}\n");
    text
}

/// `text` as Mermaid shows it inside `["…"]`: letters, digits and a few harmless marks as they
/// are, anything else as an entity code (`#35;`), so no bracket, quote or pipe ends the label.
fn mermaid_quoted(text: &str) -> String {
    let mut quoted = String::from("\"");
    for c in sanitize_line(text).chars() {
        if c.is_alphanumeric() || matches!(c, ' ' | '-' | '.' | ',' | '\'' | '’' | '+' | '/' | '·')
        {
            quoted.push(c);
        } else {
            quoted.push_str(&format!("#{};", u32::from(c)));
        }
    }
    quoted.push('"');
    quoted
}

/// The neighbourhood as a Mermaid flowchart: nodes `n0`, `n1`… (the root first) labelled with
/// name and kind, links labelled with the field's key, counted groups as dashed notes.
pub fn mermaid(catalog: &Catalog, found: &Neighbourhood) -> String {
    let mut text = String::from("flowchart LR\n");
    let mut node_of = std::collections::HashMap::new();
    for (index, (record, _)) in found.records().enumerate() {
        node_of.insert(record, format!("n{index}"));
        let (name, kind) = label(catalog, record);
        text.push_str(&format!("  n{index}[{}]\n", mermaid_quoted(&format!("{name} · {kind}"))));
    }
    let node = |record: &RecordId| node_of.get(record).cloned().unwrap_or_default();
    for link in found.links_among(catalog) {
        text.push_str(&format!(
            "  {} -->|{}| {}\n",
            node(&link.from),
            link.field.key(),
            node(&link.to)
        ));
    }
    // An edge's text between pipes cannot be quoted as a node's is: the products by id, which
    // has only letters, digits, '-' and ':'.
    for (delegation, company, via) in found.interests() {
        let ids: Vec<&str> = via.iter().map(|&product| catalog.get(product).id()).collect();
        text.push_str(&format!(
            "  {} -.->|interests via {}| {}\n",
            node(&delegation),
            ids.join(" "),
            node(&company)
        ));
    }
    for (index, row) in found.rows.iter().enumerate() {
        let Entry::Folded { parent, edge, kind, count } = row.entry else { continue };
        let words = mermaid_quoted(&crate::features::graph::folded_text(kind, count));
        text.push_str(&format!("  f{index}[{words}]\n"));
        let (from, to) = match edge.direction {
            Direction::Out => (node(&parent), format!("f{index}")),
            Direction::In | Direction::Through => (format!("f{index}"), node(&parent)),
        };
        text.push_str(&format!("  {from} -.->|{}| {to}\n", edge.field.key()));
    }
    if let Some(root) = node_of.get(&found.root) {
        text.push_str(&format!("  style {root} stroke-width:3px\n"));
    }
    text
}

/// For programs: the records (each once, with its depth), every link between them as the data
/// has it (`from`'s `field` names `to`; [`Neighbourhood::links_among`]), the interests through products (a delegation's `interests`
/// name the `via` products of the `company`), and the counted groups; strings exact.
pub fn json(catalog: &Catalog, found: &Neighbourhood) -> serde_json::Value {
    let brief = |record: RecordId| {
        let shown = catalog.get(record);
        json!({ "id": shown.id(), "kind": shown.kind().name(), "name": shown.name() })
    };
    let records: Vec<serde_json::Value> = found
        .records()
        .map(|(record, depth)| {
            let mut entry = brief(record);
            entry["depth"] = json!(depth);
            entry
        })
        .collect();
    let links: Vec<serde_json::Value> = found
        .links_among(catalog)
        .into_iter()
        .map(|link| {
            json!({
                "from": catalog.get(link.from).id(),
                "field": link.field.key(),
                "to": catalog.get(link.to).id(),
            })
        })
        .collect();
    let interests: Vec<serde_json::Value> = found
        .interests()
        .map(|(delegation, company, via)| {
            let via: Vec<&str> = via.iter().map(|&product| catalog.get(product).id()).collect();
            json!({
                "delegation": catalog.get(delegation).id(),
                "company": catalog.get(company).id(),
                "via": via,
            })
        })
        .collect();
    let folded: Vec<serde_json::Value> = found
        .rows
        .iter()
        .filter_map(|row| match row.entry {
            Entry::Folded { parent, edge, kind, count } => Some(json!({
                "at": catalog.get(parent).id(),
                "field": edge.field.key(),
                "direction": edge.direction_key(),
                "kind": kind.name(),
                "count": count,
            })),
            _ => None,
        })
        .collect();
    json!({
        "root": brief(found.root),
        "depth": found.depth,
        "fold_at": FOLD_AT,
        "records": records,
        "links": links,
        "interests_via": interests,
        "folded": folded,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_quoted_so_they_cannot_break_the_syntax() {
        assert_eq!(dot_quoted("a\"b\\c"), "\"a\\\"b\\\\c\"");
        // The sanitiser first: an escape character is shown as ^[, never written raw.
        assert_eq!(dot_quoted("x\u{1b}]y"), "\"x^[]y\"");
        assert_eq!(mermaid_quoted("A\"] --> B[x|y"), "\"A#34;#93; --#62; B#91;x#124;y\"");
    }
}
