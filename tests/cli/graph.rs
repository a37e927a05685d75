//! showfloor graph: a record's neighbourhood as the browser's tree, Graphviz DOT (read back by
//! a real DOT parser), Mermaid (each line checked against the flowchart syntax it uses) and
//! JSON, hostile names included.

use super::*;
use graphviz_rust::dot_structures::{Attribute, EdgeTy, Graph, Id, NodeId, Stmt, Vertex};

/// A catalogue whose names try to break out of DOT's and Mermaid's strings, and a company
/// wanted through what it makes.
fn tricky() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(
        dir.path().join("catalogue.toml"),
        r#"
[[company]]
id = "quote"
name = "Say \"hi\"\\ }; x -> y [label=\"pwned\"]"
country = "Czechia"
sources = ["t"]

[[system]]
id = "pipe"
name = "A|B] --> C[\"x\"] %% \u001b[2J"
maker = "quote"
sources = ["t"]

[[delegation]]
id = "buyers"
name = "Buyers <b>&amp;</b> #35;"
country = "Mali"
interests = ["pipe"]
sources = ["t"]
"#,
    )
    .expect("write catalogue");
    dir
}

fn graph_of(dir: &tempfile::TempDir, args: &[&str]) -> String {
    let data = dir.path().to_str().expect("a UTF-8 path");
    let mut all = vec!["--data", data, "graph"];
    all.extend_from_slice(args);
    let output = showfloor().args(&all).output().expect("runs");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    assert_inert(&output.stdout);
    String::from_utf8(output.stdout).expect("UTF-8")
}

#[test]
fn text_is_the_browser_s_tree_with_its_legend() {
    let tree = stdout_of(&["graph", "baykar", "--depth", "1"]);
    let lines: Vec<&str> = tree.lines().collect();
    assert_eq!(lines[0], "Baykar  company");
    assert!(lines.contains(&"├─ Country → Türkiye  country"), "{tree}");
    assert!(lines.contains(&"└─ Maker ← Bayraktar TB2  system"), "{tree}");
    assert!(tree.contains("\n\n5 records, 1 link away at most."), "{tree}");
    // Deeper holds more; the default is 2; out of range is refused by the parser.
    let two = stdout_of(&["graph", "baykar"]);
    assert!(two.lines().count() > lines.len());
    assert!(two.contains("2 links away at most"), "{two}");
    let (ok, _, err) = run(&["graph", "baykar", "--depth", "4"]);
    assert!(!ok && err.contains("--depth"), "{err}");
    let (ok, _, err) = run(&["graph", "no-such-thing"]);
    assert!(!ok && err.contains("no-such-thing"), "{err}");
}

#[test]
fn text_names_interest_through_products_and_stays_inert() {
    let dir = tricky();
    let tree = graph_of(&dir, &["quote", "--depth", "1"]);
    assert!(tree.contains("Interests (via A|B] --> C[\"x\"] %% ^[[2J) ← Buyers"), "{tree}");
    let hostile = stdout_of(&["--data", "tests/fixtures/hostile", "graph", "evil"]);
    assert!(hostile.starts_with("Evil^[[2J^[]0;pwned^G Corp"), "{hostile}");
    for format in ["text", "dot", "mermaid", "json"] {
        let output = showfloor()
            .args(["--data", "tests/fixtures/hostile", "graph", "evil", "--format", format])
            .output()
            .expect("runs");
        assert!(output.status.success());
        assert_inert(&output.stdout);
    }
}

fn id_text(id: &Id) -> String {
    match id {
        Id::Html(s) | Id::Escaped(s) | Id::Plain(s) | Id::Anonymous(s) => s.clone(),
    }
}

/// A DOT quoted string's text: the quotes off, the escapes undone.
fn unquoted(id: &Id) -> String {
    let Id::Escaped(quoted) = id else { panic!("not a quoted string: {id:?}") };
    let inner = &quoted[1..quoted.len() - 1];
    let mut text = String::new();
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n') => text.push('\n'),
                Some(other) => text.push(other),
                None => panic!("a string ends in a backslash"),
            }
        } else {
            text.push(c);
        }
    }
    text
}

fn label(attributes: &[Attribute]) -> Option<String> {
    attributes.iter().find(|a| id_text(&a.0) == "label").map(|a| unquoted(&a.1))
}

fn vertex(v: &Vertex) -> String {
    match v {
        Vertex::N(NodeId(id, _)) => unquoted(id),
        Vertex::S(_) => panic!("no subgraphs"),
    }
}

#[test]
fn dot_is_read_back_by_a_dot_parser_names_and_links_intact() {
    let dir = tricky();
    let dot = graph_of(&dir, &["quote", "--format", "dot"]);
    let parsed = graphviz_rust::parse(&dot).unwrap_or_else(|e| panic!("{e}\n{dot}"));
    let Graph::DiGraph { stmts, .. } = parsed else { panic!("a digraph") };
    let mut nodes = Vec::new();
    let mut edges = Vec::new();
    for stmt in &stmts {
        match stmt {
            Stmt::Node(node) => nodes.push((unquoted(&node.id.0), label(&node.attributes))),
            Stmt::Edge(edge) => {
                let EdgeTy::Pair(from, to) = &edge.ty else { panic!("pairs only") };
                edges.push((vertex(from), vertex(to), label(&edge.attributes)));
            }
            _ => {}
        }
    }
    // Each name is back whole, sanitised (the escape shown as ^[), with its kind.
    let name = |id: &str| nodes.iter().find(|n| n.0 == id).and_then(|n| n.1.clone());
    assert_eq!(name("quote").as_deref(), Some("Say \"hi\"\\ }; x -> y [label=\"pwned\"]\ncompany"));
    assert_eq!(name("pipe").as_deref(), Some("A|B] --> C[\"x\"] %% ^[[2J\nsystem"));
    assert_eq!(name("country:czechia").as_deref(), Some("Czechia\ncountry"));
    // No node the names could have made.
    assert!(!nodes.iter().any(|n| n.0 == "y" || n.0 == "x"), "{nodes:?}");
    let edge = |from: &str, to: &str| {
        edges.iter().find(|e| e.0 == from && e.1 == to).and_then(|e| e.2.clone())
    };
    assert_eq!(edge("pipe", "quote").as_deref(), Some("maker"));
    assert_eq!(edge("quote", "country:czechia").as_deref(), Some("country"));
    assert_eq!(edge("buyers", "pipe").as_deref(), Some("interests"));
    assert_eq!(
        edge("buyers", "quote").as_deref(),
        Some("interests (via A|B] --> C[\"x\"] %% ^[[2J)")
    );
    // BAMEX's too.
    let bamex = stdout_of(&["graph", "country:turkiye", "--depth", "3", "--format", "dot"]);
    graphviz_rust::parse(&bamex).unwrap_or_else(|e| panic!("{e}\n{bamex}"));
}

/// The lines Mermaid output may hold, each whole: a node `nN["…"]` or a count `fN["…"]` whose
/// text has no quote (every other mark is an entity code `#NN;`), an arrow between nodes
/// labelled with a field's key (or an interest's products by id), or the root's style.
fn mermaid_line_ok(line: &str) -> bool {
    let node = |s: &str| {
        let digits = s.strip_prefix('n').or_else(|| s.strip_prefix('f'));
        digits.is_some_and(|d| !d.is_empty() && d.chars().all(|c| c.is_ascii_digit()))
    };
    let Some(body) = line.strip_prefix("  ") else { return line == "flowchart LR" };
    if let Some((id, rest)) = body.split_once("[\"") {
        let Some(text) = rest.strip_suffix("\"]") else { return false };
        let safe = |c: char| c.is_alphanumeric() || " -.,'’+/·#;".contains(c);
        return node(id) && text.chars().all(safe);
    }
    if let Some(root) = body.strip_prefix("style ") {
        return root.strip_suffix(" stroke-width:3px").is_some_and(node);
    }
    let parts: Vec<&str> = body.splitn(3, ' ').collect();
    let [from, arrow, to] = parts[..] else { return false };
    let Some(label) = arrow
        .strip_prefix("-->|")
        .or_else(|| arrow.strip_prefix("-.->|"))
        .and_then(|a| a.strip_suffix('|'))
    else {
        // "interests via a b" has spaces: the arrow's label runs up to the last '|'.
        let Some((arrow, to)) = body
            .split_once(' ')
            .and_then(|(f, rest)| rest.rsplit_once("| ").map(|(a, t)| ((f, a), t)))
        else {
            return false;
        };
        let ((from, arrow), to) = (arrow, to);
        let Some(label) = arrow.strip_prefix("-.->|interests via ") else { return false };
        let id_ok = |s: &str| {
            s.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == ' ')
        };
        return node(from) && node(to) && id_ok(label);
    };
    node(from) && node(to) && label.chars().all(|c| c.is_ascii_lowercase() || c == '_')
}

#[test]
fn mermaid_is_a_flowchart_whose_every_line_keeps_to_its_syntax() {
    let dir = tricky();
    let chart = graph_of(&dir, &["quote", "--format", "mermaid"]);
    for line in chart.lines() {
        assert!(mermaid_line_ok(line), "{line:?} in\n{chart}");
    }
    assert!(
        chart.contains(
            "[\"Say #34;hi#34;#92; #125;#59; x -#62; y #91;label#61;#34;pwned#34;#93; · company\"]"
        ),
        "{chart}"
    );
    assert!(chart.contains(" -.->|interests via pipe| n0\n"), "{chart}");
    assert!(chart.contains("-->|maker| n0\n"), "{chart}");
    let bamex = stdout_of(&["graph", "country:turkiye", "--depth", "3", "--format", "mermaid"]);
    for line in bamex.lines() {
        assert!(mermaid_line_ok(line), "{line:?} in\n{bamex}");
    }
    // The checker itself refuses what would break out.
    assert!(!mermaid_line_ok("  n1[\"a\"] --> x"));
    assert!(!mermaid_line_ok("  n1[\"a\"b\"]"));
    assert!(!mermaid_line_ok("  n1 -->|a|b| n2"));
}

#[test]
fn json_has_the_records_links_interests_and_counts() {
    let dir = tricky();
    let data = dir.path().to_str().expect("UTF-8");
    let found = json_of(&["--data", data, "graph", "quote", "--format", "json", "--depth", "1"]);
    assert_eq!(found["root"]["id"], "quote");
    assert_eq!(found["root"]["name"], "Say \"hi\"\\ }; x -> y [label=\"pwned\"]", "exact");
    assert_eq!(found["depth"], 1);
    let ids: Vec<&str> = found["records"]
        .as_array()
        .expect("records")
        .iter()
        .filter_map(|r| r["id"].as_str())
        .collect();
    assert_eq!(ids, ["quote", "country:czechia", "pipe", "buyers"]);
    assert!(
        found["links"]
            .as_array()
            .expect("links")
            .contains(&serde_json::json!({"from": "pipe", "field": "maker", "to": "quote"}))
    );
    assert_eq!(
        found["interests_via"],
        serde_json::json!([{"delegation": "buyers", "company": "quote", "via": ["pipe"]}])
    );
    assert_eq!(found["folded"], serde_json::json!([]));
    // A maker of twelve systems folds them: the group past the limit is counted, with its
    // field, direction and kind, and the records shown and counted make the twelve.
    let many = tempfile::tempdir().expect("temp dir");
    let mut text = String::from(
        "[[company]]\nid = \"acme\"\nname = \"Acme\"\ncountry = \"Czechia\"\nsources = [\"t\"]\n",
    );
    for i in 0..12 {
        text.push_str(&format!(
            "[[system]]\nid = \"s{i:02}\"\nname = \"S{i:02}\"\nmaker = \"acme\"\nsources = [\"t\"]\n"
        ));
    }
    std::fs::write(many.path().join("catalogue.toml"), text).expect("write catalogue");
    let data = many.path().to_str().expect("UTF-8");
    let acme = json_of(&["--data", data, "graph", "acme", "--format", "json", "--depth", "1"]);
    let fold_at = acme["fold_at"].as_u64().expect("fold_at");
    assert_eq!(
        acme["folded"],
        serde_json::json!([{
            "at": "acme", "field": "maker", "direction": "backlink", "kind": "system",
            "count": 12 - (fold_at - 1),
        }])
    );
    let shown = acme["records"].as_array().expect("records").iter();
    assert_eq!(shown.filter(|r| r["kind"] == "system").count() as u64, fold_at - 1);
}
