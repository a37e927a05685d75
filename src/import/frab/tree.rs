//! XML read into a small tree with each element's place, so the mapping can look things up by
//! name and every problem can say where it is. quick-xml does the reading; entities other than
//! XML's own five and character references are left as written (no DTD is ever expanded, so a
//! file cannot grow itself in memory), and nesting is bounded so nothing recurses without end.

use quick_xml::events::Event;

/// How deep elements may nest: frab's schedules are six deep; markup in an abstract adds a few.
const MAX_DEPTH: usize = 64;

#[derive(Debug, Default)]
pub struct Element {
    pub name: String,
    /// Byte offset of its `<`.
    pub at: usize,
    pub attributes: Vec<(String, String)>,
    pub content: Vec<Content>,
}

#[derive(Debug)]
pub enum Content {
    Text(String),
    Element(Element),
}

impl Element {
    pub fn attribute(&self, name: &str) -> Option<&str> {
        self.attributes.iter().find(|(key, _)| key == name).map(|(_, value)| value.as_str())
    }

    pub fn children(&self) -> impl Iterator<Item = &Element> {
        self.content.iter().filter_map(|content| match content {
            Content::Element(element) => Some(element),
            Content::Text(_) => None,
        })
    }

    pub fn child(&self, name: &str) -> Option<&Element> {
        self.children().find(|child| child.name == name)
    }

    /// Its own text, without that of its children.
    pub fn text(&self) -> String {
        let mut out = String::new();
        for content in &self.content {
            if let Content::Text(text) = content {
                out.push_str(text);
            }
        }
        out
    }

    /// The text of child `name`, trimmed; `None` when it is missing or empty.
    pub fn child_text(&self, name: &str) -> Option<String> {
        self.child(name).map(Element::text).map(|t| t.trim().to_owned()).filter(|t| !t.is_empty())
    }

    /// Its content written back as markup: an abstract given as child elements
    /// (`<abstract><p>…</p></abstract>`) rather than as escaped text.
    pub fn inner_markup(&self) -> String {
        let mut out = String::new();
        self.write_inner(&mut out);
        out
    }

    fn write_inner(&self, out: &mut String) {
        for content in &self.content {
            match content {
                Content::Text(text) => {
                    // Markup characters in text were escaped in the file: keep them text.
                    for c in text.chars() {
                        match c {
                            '<' => out.push_str("&lt;"),
                            '&' => out.push_str("&amp;"),
                            c => out.push(c),
                        }
                    }
                }
                Content::Element(child) => {
                    out.push('<');
                    out.push_str(&child.name);
                    out.push('>');
                    child.write_inner(out);
                    out.push_str("</");
                    out.push_str(&child.name);
                    out.push('>');
                }
            }
        }
    }
}

/// Why a file is not XML, at a byte offset (the message in the reader's language, quick-xml's
/// own words kept in it).
#[derive(Debug)]
pub struct NotXml {
    pub at: usize,
    pub message: String,
}

/// The document's root element.
pub fn parse(text: &str) -> Result<Element, NotXml> {
    let mut reader = quick_xml::Reader::from_str(text);
    let mut open: Vec<Element> = Vec::new();
    let mut root: Option<Element> = None;
    let offset = |position: u64| usize::try_from(position).unwrap_or(usize::MAX);
    loop {
        let at = offset(reader.buffer_position());
        let event = reader.read_event().map_err(|error| NotXml {
            at: offset(reader.error_position()),
            message: crate::tr!("import-xml-malformed", error = error.to_string()),
        })?;
        let element_of = |start: &quick_xml::events::BytesStart<'_>| -> Result<Element, NotXml> {
            let name = start.name().as_ref().to_owned();
            let mut attributes = Vec::new();
            for attribute in start.attributes() {
                let attribute = attribute.map_err(|error| NotXml {
                    at,
                    message: crate::tr!(
                        "import-xml-malformed-in",
                        element = &name,
                        error = error.to_string()
                    ),
                })?;
                let key = attribute.key.as_ref().to_owned();
                let value = attribute
                    .normalized_value(quick_xml::XmlVersion::Implicit1_0)
                    .map_err(|error| NotXml {
                        at,
                        message: crate::tr!(
                            "import-xml-malformed-attribute",
                            attribute = &key,
                            error = error.to_string()
                        ),
                    })?
                    .into_owned();
                attributes.push((key, value));
            }
            Ok(Element { name, at, attributes, content: Vec::new() })
        };
        match event {
            Event::Start(start) => {
                if open.len() >= MAX_DEPTH {
                    return Err(NotXml {
                        at,
                        message: crate::tr!("import-xml-too-deep", depth = MAX_DEPTH),
                    });
                }
                open.push(element_of(&start)?);
            }
            Event::Empty(start) => {
                let element = element_of(&start)?;
                attach(&mut open, &mut root, element, at)?;
            }
            Event::End(_) => {
                if let Some(element) = open.pop() {
                    attach(&mut open, &mut root, element, at)?;
                }
            }
            Event::Text(text) => push_text(&mut open, &text.xml10_content()),
            Event::CData(data) => push_text(&mut open, &data.xml10_content()),
            Event::GeneralRef(reference) => push_text(&mut open, &reference_text(&reference)),
            Event::Eof => break,
            Event::Decl(_) | Event::PI(_) | Event::Comment(_) | Event::DocType(_) => {}
        }
    }
    if let Some(unclosed) = open.last() {
        return Err(NotXml {
            at: unclosed.at,
            message: crate::tr!("import-xml-unclosed", element = &unclosed.name),
        });
    }
    root.ok_or_else(|| NotXml { at: 0, message: crate::tr!("import-xml-empty").to_owned() })
}

fn attach(
    open: &mut [Element],
    root: &mut Option<Element>,
    element: Element,
    at: usize,
) -> Result<(), NotXml> {
    match open.last_mut() {
        Some(parent) => parent.content.push(Content::Element(element)),
        None if root.is_none() => *root = Some(element),
        None => {
            return Err(NotXml { at, message: crate::tr!("import-xml-second-root").to_owned() });
        }
    }
    Ok(())
}

fn push_text(open: &mut [Element], text: &str) {
    if let Some(parent) = open.last_mut() {
        match parent.content.last_mut() {
            Some(Content::Text(last)) => last.push_str(text),
            _ => parent.content.push(Content::Text(text.to_owned())),
        }
    }
}

/// What a reference (`&amp;`, `&#233;`) stands for: a character, one of XML's five entities,
/// or, for any other name (no DTD is read), the reference as written.
pub(in crate::import) fn reference_text(reference: &quick_xml::events::BytesRef<'_>) -> String {
    if let Ok(Some(c)) = reference.resolve_char_ref() {
        return c.to_string();
    }
    match reference.xml10_content().as_ref() {
        "amp" => "&".into(),
        "lt" => "<".into(),
        "gt" => ">".into(),
        "quot" => "\"".into(),
        "apos" => "'".into(),
        other => format!("&{other};"),
    }
}
