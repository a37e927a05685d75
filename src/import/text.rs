//! Text as published files hold it, made into catalogue text: HTML reduced to paragraphs,
//! white space tidied, and names made into ids.

/// `text` trimmed, with runs of spaces and tabs inside a line made one space and more than one
/// blank line made one; `None` when nothing is left.
pub fn tidy(text: &str) -> Option<String> {
    let mut out = String::with_capacity(text.len());
    let mut blank_lines = 0;
    for line in text.lines() {
        let words: Vec<&str> = line.split_whitespace().collect();
        if words.is_empty() {
            blank_lines += 1;
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank_lines > 0 { "\n\n" } else { "\n" });
        }
        blank_lines = 0;
        out.push_str(&words.join(" "));
    }
    (!out.is_empty()).then_some(out)
}

/// One line: every run of white space (line breaks too) made one space.
pub fn one_line(text: &str) -> Option<String> {
    let line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    (!line.is_empty()).then_some(line)
}

/// HTML (or Markdown-ish plain text, which passes through) reduced to text: tags dropped,
/// paragraphs and line breaks kept as line breaks, list items as "- ", the common entities and
/// numeric character references decoded. Abstracts in schedules are written either way, and
/// sometimes escaped twice (`&lt;p&gt;`), which is decoded first.
pub fn html_to_text(html: &str) -> Option<String> {
    let html = if !html.contains('<') && html.contains("&lt;") {
        decode_entities(html)
    } else {
        html.to_owned()
    };
    if !html.contains('<') {
        return tidy(&decode_entities(&html));
    }
    let mut out = String::with_capacity(html.len());
    let mut rest = html.as_str();
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let Some(close) = after.find('>') else {
            // A lone `<` ("a < b") is text.
            out.push('<');
            rest = after;
            continue;
        };
        let tag = after[..close].trim().trim_start_matches('/').to_ascii_lowercase();
        let name = tag.split(|c: char| c.is_whitespace() || c == '/').next().unwrap_or("");
        match name {
            "br" => out.push('\n'),
            "p" | "div" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "ul" | "ol" | "table"
            | "tr" | "blockquote" | "pre" => out.push_str("\n\n"),
            "li" if !after.starts_with('/') => out.push_str("\n- "),
            _ => {}
        }
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    tidy(&decode_entities(&out))
}

/// `&amp;`, `&lt;`, `&gt;`, `&quot;`, `&apos;`, `&nbsp;` and `&#…;` decoded; anything else left.
pub fn decode_entities(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        let decoded = after.find(';').filter(|&end| end <= 10).and_then(|end| {
            let name = &after[..end];
            let c = match name {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "nbsp" => Some(' '),
                _ => name
                    .strip_prefix("#x")
                    .or_else(|| name.strip_prefix("#X"))
                    .and_then(|hex| u32::from_str_radix(hex, 16).ok())
                    .or_else(|| name.strip_prefix('#').and_then(|dec| dec.parse().ok()))
                    .and_then(char::from_u32),
            };
            c.map(|c| (c, end))
        });
        match decoded {
            Some((c, end)) => {
                out.push(c);
                rest = &after[end + 1..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The longest id made from a name, in bytes: long enough to tell talks apart, short enough to
/// type.
const MAX_SLUG: usize = 60;

/// A name made into an id: ASCII (accents and other scripts transliterated), lower case, words
/// joined by `-`, cut at a word near [`MAX_SLUG`]; `None` when nothing is left.
pub fn slug(name: &str) -> Option<String> {
    let ascii = deunicode::deunicode(name);
    let mut out = String::with_capacity(ascii.len());
    for word in ascii.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()) {
        if !out.is_empty() && out.len() + 1 + word.len() > MAX_SLUG {
            break;
        }
        if !out.is_empty() {
            out.push('-');
        }
        out.extend(word.chars().take(MAX_SLUG).map(|c| c.to_ascii_lowercase()));
    }
    (!out.is_empty()).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_becomes_paragraphs_and_lists() {
        let text = html_to_text(
            "<p>First &amp; <b>bold</b>.</p><p>Second<br/>line</p><ul><li>a</li><li>b</li></ul>",
        );
        assert_eq!(text.as_deref(), Some("First & bold.\n\nSecond\nline\n\n- a\n- b"));
    }

    #[test]
    fn escaped_html_is_decoded_then_reduced() {
        let text = html_to_text("&lt;p&gt;Talk about &lt;em&gt;drones&lt;/em&gt;&lt;/p&gt;");
        assert_eq!(text.as_deref(), Some("Talk about drones"));
    }

    #[test]
    fn plain_text_keeps_its_comparisons_and_numbers() {
        assert_eq!(html_to_text("a < b &#233;t&#xE9;").as_deref(), Some("a < b été"));
        assert_eq!(html_to_text("   \n  ").as_deref(), None);
    }

    #[test]
    fn slugs_are_ascii_words_joined() {
        assert_eq!(slug("Škoda Obrana, a.s.").as_deref(), Some("skoda-obrana-a-s"));
        assert_eq!(slug("  Opening — keynote!  ").as_deref(), Some("opening-keynote"));
        assert_eq!(slug("!!!"), None);
        let long = slug(&"word ".repeat(40)).expect("words");
        assert!(long.len() <= MAX_SLUG && !long.ends_with('-'), "{long}");
    }
}
