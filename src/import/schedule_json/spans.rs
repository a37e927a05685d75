//! Where each value of a JSON text starts. `serde_json::Value` keeps no positions, so one pass
//! over the (already validated) text records the line and column of every value in a tree
//! shaped like the value: arrays by index, objects by key in document order. Lines and columns
//! are counted during that same pass, so the cost stays linear even for a file written on one
//! line (a per-diagnostic offset-to-column lookup would count a whole line each time).

use serde_json::Value;

use super::super::draft::At;

/// One value's place, and its children's.
#[derive(Debug)]
pub struct Node {
    at: At,
    kids: Kids,
}

#[derive(Debug)]
enum Kids {
    Leaf,
    Array(Vec<Node>),
    /// Key, where the key is written, the value.
    Object(Vec<(String, At, Node)>),
}

/// Deeper than `serde_json` accepts (128): never reached on validated text.
const MAX_DEPTH: usize = 1024;

/// The tree of `text`, or `None` if it is not JSON (the caller validated it first, so only a
/// disagreement between this scanner and `serde_json` gives `None`; positions then fall back to
/// the file's start).
pub fn scan(text: &str) -> Option<Node> {
    let mut scanner = Scanner { text, bytes: text.as_bytes(), pos: 0, line: 1, column: 1 };
    scanner.value(0)
}

struct Scanner<'t> {
    text: &'t str,
    bytes: &'t [u8],
    pos: usize,
    line: u32,
    /// The column (in characters) of the byte at `pos`.
    column: u32,
}

impl Scanner<'_> {
    fn at(&self) -> At {
        At { line: self.line, column: self.column }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn bump(&mut self) -> Option<u8> {
        let byte = self.peek()?;
        self.pos += 1;
        if byte == b'\n' {
            self.line = self.line.saturating_add(1);
            self.column = 1;
        } else if byte & 0xC0 != 0x80 {
            // The first byte of a character; continuation bytes are the same column.
            self.column = self.column.saturating_add(1);
        }
        Some(byte)
    }

    fn expect(&mut self, wanted: u8) -> Option<()> {
        (self.bump()? == wanted).then_some(())
    }

    fn white_space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.bump();
        }
    }

    fn value(&mut self, depth: usize) -> Option<Node> {
        if depth > MAX_DEPTH {
            return None;
        }
        self.white_space();
        let at = self.at();
        let kids = match self.peek()? {
            b'{' => {
                self.bump();
                let mut entries = Vec::new();
                self.white_space();
                if self.peek() == Some(b'}') {
                    self.bump();
                } else {
                    loop {
                        self.white_space();
                        let key_at = self.at();
                        let key = self.string()?;
                        self.white_space();
                        self.expect(b':')?;
                        let value = self.value(depth + 1)?;
                        entries.push((key, key_at, value));
                        self.white_space();
                        match self.bump()? {
                            b',' => {}
                            b'}' => break,
                            _ => return None,
                        }
                    }
                }
                Kids::Object(entries)
            }
            b'[' => {
                self.bump();
                let mut items = Vec::new();
                self.white_space();
                if self.peek() == Some(b']') {
                    self.bump();
                } else {
                    loop {
                        items.push(self.value(depth + 1)?);
                        self.white_space();
                        match self.bump()? {
                            b',' => {}
                            b']' => break,
                            _ => return None,
                        }
                    }
                }
                Kids::Array(items)
            }
            b'"' => {
                self.skip_string()?;
                Kids::Leaf
            }
            _ => {
                // A number, `true`, `false` or `null`: up to the next delimiter.
                let start = self.pos;
                while let Some(byte) = self.peek() {
                    if matches!(byte, b',' | b']' | b'}' | b' ' | b'\t' | b'\n' | b'\r') {
                        break;
                    }
                    self.bump();
                }
                if self.pos == start {
                    return None;
                }
                Kids::Leaf
            }
        };
        Some(Node { at, kids })
    }

    /// Past a string starting at `pos`; its raw text, quotes included.
    fn skip_string(&mut self) -> Option<&str> {
        let start = self.pos;
        self.expect(b'"')?;
        loop {
            match self.bump()? {
                b'"' => break,
                b'\\' => {
                    self.bump()?;
                }
                _ => {}
            }
        }
        self.text.get(start..self.pos)
    }

    /// A string's value (keys only: values are read from `serde_json`'s tree).
    fn string(&mut self) -> Option<String> {
        let raw = self.skip_string()?;
        if raw.contains('\\') {
            serde_json::from_str(raw).ok()
        } else {
            raw.get(1..raw.len().saturating_sub(1)).map(str::to_owned)
        }
    }
}

/// A value and, where the scan has it, its place: what the reader walks.
#[derive(Clone, Copy, Debug)]
pub struct J<'a> {
    pub value: &'a Value,
    node: Option<&'a Node>,
    /// This value's place, or its nearest placed parent's.
    at: At,
}

impl<'a> J<'a> {
    pub fn root(value: &'a Value, node: Option<&'a Node>) -> Self {
        let at = node.map_or(At { line: 1, column: 1 }, |node| node.at);
        J { value, node, at }
    }

    pub fn at(&self) -> At {
        self.at
    }

    fn child(&self, value: &'a Value, node: Option<&'a Node>) -> J<'a> {
        J { value, node, at: node.map_or(self.at, |node| node.at) }
    }

    fn entries_of_node(&self) -> &'a [(String, At, Node)] {
        match self.node.map(|node| &node.kids) {
            Some(Kids::Object(entries)) => entries,
            _ => &[],
        }
    }

    /// The node for member `index`, `key`: when no key is repeated the nodes are the members in
    /// order; otherwise the last one written, as `serde_json` keeps the last of a repeated key.
    fn find_entry(
        &self,
        key: &str,
        index: usize,
        members: usize,
    ) -> Option<&'a (String, At, Node)> {
        let entries = self.entries_of_node();
        if entries.len() == members
            && let Some(entry) = entries.get(index).filter(|entry| entry.0 == key)
        {
            return Some(entry);
        }
        entries.iter().rev().find(|entry| entry.0 == key)
    }

    /// Member `key` of an object.
    pub fn get(&self, key: &str) -> Option<J<'a>> {
        let value = self.value.as_object()?.get(key)?;
        let node = self.entries_of_node().iter().rev().find(|entry| entry.0 == key);
        Some(self.child(value, node.map(|entry| &entry.2)))
    }

    /// Member `key`, unless it is missing or `null`.
    pub fn field(&self, key: &str) -> Option<J<'a>> {
        self.get(key).filter(|j| !j.value.is_null())
    }

    /// An object's members in order: key, where the key is written, value.
    pub fn entries(&self) -> Vec<(&'a str, At, J<'a>)> {
        let Some(map) = self.value.as_object() else { return Vec::new() };
        map.iter()
            .enumerate()
            .map(|(index, (key, value))| {
                let entry = self.find_entry(key, index, map.len());
                let key_at = entry.map_or(self.at, |entry| entry.1);
                (key.as_str(), key_at, self.child(value, entry.map(|entry| &entry.2)))
            })
            .collect()
    }

    /// An array's items in order; nothing for anything else.
    pub fn items(&self) -> Vec<J<'a>> {
        let Some(values) = self.value.as_array() else { return Vec::new() };
        let nodes: &[Node] = match self.node.map(|node| &node.kids) {
            Some(Kids::Array(nodes)) if nodes.len() == values.len() => nodes,
            _ => &[],
        };
        values
            .iter()
            .enumerate()
            .map(|(index, value)| self.child(value, nodes.get(index)))
            .collect()
    }

    pub fn str(&self) -> Option<&'a str> {
        self.value.as_str()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_value_has_its_line_and_character_column() {
        let text = "{\n  \"a\": [1, \"é\", {\"b\": null}],\n  \"c\\u0064\": \"ü\", \"e\": true\n}";
        let value: Value = serde_json::from_str(text).expect("json");
        let node = scan(text);
        let root = J::root(&value, node.as_ref());
        let a = root.get("a").expect("a");
        assert_eq!(a.at(), At { line: 2, column: 8 });
        let items = a.items();
        let columns: Vec<u32> = items.iter().map(|item| item.at().column).collect();
        assert_eq!(columns, vec![9, 12, 17]);
        let b = items.get(2).and_then(|item| item.get("b")).expect("b");
        assert_eq!(b.at(), At { line: 2, column: 23 });
        let entries = root.entries();
        let keys: Vec<(&str, At)> = entries.iter().map(|(key, at, _)| (*key, *at)).collect();
        assert_eq!(keys.get(1), Some(&("cd", At { line: 3, column: 3 })));
        // After a two-byte character, columns count characters.
        assert_eq!(root.get("e").map(|e| e.at()), Some(At { line: 3, column: 24 }));
    }

    #[test]
    fn a_repeated_key_is_placed_where_its_kept_value_is() {
        let text = "{\"a\": 1, \"a\": 2}";
        let value: Value = serde_json::from_str(text).expect("json");
        let node = scan(text);
        let root = J::root(&value, node.as_ref());
        assert_eq!(root.get("a").map(|a| a.at()), Some(At { line: 1, column: 15 }));
        let entries = root.entries();
        assert_eq!(entries.first().map(|e| e.2.at()), Some(At { line: 1, column: 15 }));
    }
}
