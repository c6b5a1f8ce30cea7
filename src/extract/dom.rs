//! A small, forgiving HTML parser: bytes of a page in, a tree of elements and text out.
//!
//! It follows the shape of the HTML tokenizer (tags, attributes, comments, raw-text elements,
//! character references) and the parts of tree construction that matter for reading an
//! article: void elements, implied end tags for `p`, `li`, `dt`/`dd`, table rows and cells,
//! and end tags that close whatever was left open inside them. Everything is linear in the
//! input: open-element lookups use per-tag counts, scope scans are capped, and nesting deeper
//! than `MAX_DEPTH` is flattened, so later stages can walk the tree without deep recursion.

use super::entities::decode_entities;
use std::collections::HashMap;

/// No node: the end of a sibling chain, or the root's parent.
pub const NONE: u32 = u32::MAX;
/// Nesting deeper than this is flattened into the deepest element (browsers cap near 512 too).
const MAX_DEPTH: usize = 512;
/// How far up the open elements an implied end tag looks for the element it closes.
const SCOPE_SCAN: usize = 48;

#[derive(Debug, Clone)]
pub struct Node {
    pub parent: u32,
    pub first_child: u32,
    pub last_child: u32,
    pub next_sibling: u32,
    pub data: NodeData,
}

#[derive(Debug, Clone)]
pub enum NodeData {
    Document,
    Element(Element),
    Text(String),
}

#[derive(Debug, Clone)]
pub struct Element {
    /// Lower-case tag name.
    pub tag: Box<str>,
    /// Attributes with lower-case names and decoded values.
    pub attrs: Vec<(Box<str>, String)>,
}

impl Element {
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(n, _)| &**n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// A parsed page. Node 0 is the document; nodes are stored in document order, so a parent's
/// index is always lower than its children's.
#[derive(Debug, Clone)]
pub struct Dom {
    pub nodes: Vec<Node>,
}

impl Dom {
    pub fn element(&self, id: u32) -> Option<&Element> {
        match &self.nodes[id as usize].data {
            NodeData::Element(e) => Some(e),
            _ => None,
        }
    }

    pub fn tag(&self, id: u32) -> &str {
        self.element(id).map(|e| &*e.tag).unwrap_or("")
    }

    pub fn children(&self, id: u32) -> Children<'_> {
        Children {
            dom: self,
            next: self.nodes[id as usize].first_child,
        }
    }

    /// Every node below `id` (not `id` itself), in document order, without recursion.
    pub fn descendants(&self, id: u32) -> Descendants<'_> {
        Descendants {
            dom: self,
            root: id,
            next: self.nodes[id as usize].first_child,
        }
    }

    /// The first element with this tag, in document order.
    pub fn find_tag(&self, tag: &str) -> Option<u32> {
        (0..self.nodes.len() as u32).find(|&i| self.tag(i) == tag)
    }

    /// All the text below a node, with whitespace collapsed to single spaces.
    pub fn text(&self, id: u32) -> String {
        let mut out = String::new();
        if let NodeData::Text(t) = &self.nodes[id as usize].data {
            push_collapsed(&mut out, t);
        }
        for d in self.descendants(id) {
            if let NodeData::Text(t) = &self.nodes[d as usize].data {
                push_collapsed(&mut out, t);
            }
        }
        out.trim().to_string()
    }
}

/// Append text with runs of whitespace collapsed to one space.
pub fn push_collapsed(out: &mut String, text: &str) {
    for c in text.chars() {
        if c.is_whitespace() {
            if !out.is_empty() && !out.ends_with(' ') {
                out.push(' ');
            }
        } else {
            out.push(c);
        }
    }
}

pub struct Children<'a> {
    dom: &'a Dom,
    next: u32,
}

impl Iterator for Children<'_> {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.next == NONE {
            return None;
        }
        let id = self.next;
        self.next = self.dom.nodes[id as usize].next_sibling;
        Some(id)
    }
}

pub struct Descendants<'a> {
    dom: &'a Dom,
    root: u32,
    next: u32,
}

impl Iterator for Descendants<'_> {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.next == NONE {
            return None;
        }
        let id = self.next;
        let node = &self.dom.nodes[id as usize];
        self.next = if node.first_child != NONE {
            node.first_child
        } else {
            let mut cur = id;
            loop {
                if cur == self.root {
                    break NONE;
                }
                let n = &self.dom.nodes[cur as usize];
                if n.next_sibling != NONE {
                    break n.next_sibling;
                }
                cur = n.parent;
                if cur == self.root || cur == NONE {
                    break NONE;
                }
            }
        };
        Some(id)
    }
}

fn is_void(tag: &str) -> bool {
    matches!(
        tag,
        "area"
            | "base"
            | "br"
            | "col"
            | "embed"
            | "hr"
            | "img"
            | "input"
            | "link"
            | "meta"
            | "source"
            | "track"
            | "wbr"
            | "param"
            | "keygen"
            | "basefont"
            | "frame"
    )
}

/// Elements whose content is not markup.
fn is_raw_text(tag: &str) -> bool {
    matches!(
        tag,
        "script"
            | "style"
            | "textarea"
            | "title"
            | "xmp"
            | "iframe"
            | "noembed"
            | "noframes"
            | "noscript"
            | "plaintext"
            | "template"
    )
}

/// Start tags that close an open `<p>`.
fn closes_p(tag: &str) -> bool {
    matches!(
        tag,
        "address"
            | "article"
            | "aside"
            | "blockquote"
            | "details"
            | "div"
            | "dl"
            | "fieldset"
            | "figcaption"
            | "figure"
            | "footer"
            | "form"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "header"
            | "hr"
            | "main"
            | "menu"
            | "nav"
            | "ol"
            | "p"
            | "pre"
            | "section"
            | "table"
            | "ul"
            | "li"
            | "dd"
            | "dt"
    )
}

struct Builder {
    nodes: Vec<Node>,
    stack: Vec<u32>,
    open: HashMap<Box<str>, usize>,
}

impl Builder {
    fn current(&self) -> u32 {
        *self.stack.last().unwrap_or(&0)
    }

    fn append(&mut self, data: NodeData) -> u32 {
        let parent = self.current();
        let id = self.nodes.len() as u32;
        self.nodes.push(Node {
            parent,
            first_child: NONE,
            last_child: NONE,
            next_sibling: NONE,
            data,
        });
        let p = &mut self.nodes[parent as usize];
        let last = p.last_child;
        if last == NONE {
            p.first_child = id;
        } else {
            self.nodes[last as usize].next_sibling = id;
        }
        self.nodes[parent as usize].last_child = id;
        id
    }

    fn text(&mut self, text: &str) {
        if text.is_empty() {
            return;
        }
        let cur = self.current();
        let last = self.nodes[cur as usize].last_child;
        if last != NONE {
            if let NodeData::Text(t) = &mut self.nodes[last as usize].data {
                t.push_str(text);
                return;
            }
        }
        self.append(NodeData::Text(text.to_string()));
    }

    fn pop(&mut self) {
        if let Some(id) = self.stack.pop() {
            if let NodeData::Element(e) = &self.nodes[id as usize].data {
                if let Some(c) = self.open.get_mut(&e.tag) {
                    *c = c.saturating_sub(1);
                }
            }
        }
    }

    fn is_open(&self, tag: &str) -> bool {
        self.open.get(tag).copied().unwrap_or(0) > 0
    }

    /// Close the nearest open `tag` if it lies within `SCOPE_SCAN` elements and no boundary
    /// element stands between.
    fn close_in_scope(&mut self, tag: &str, boundaries: &[&str]) {
        if !self.is_open(tag) {
            return;
        }
        let mut depth = None;
        for (k, &id) in self.stack.iter().rev().enumerate().take(SCOPE_SCAN) {
            let t = match &self.nodes[id as usize].data {
                NodeData::Element(e) => &*e.tag,
                _ => "",
            };
            if t == tag {
                depth = Some(k);
                break;
            }
            if boundaries.contains(&t) {
                return;
            }
        }
        if let Some(k) = depth {
            for _ in 0..=k {
                self.pop();
            }
        }
    }

    fn start(&mut self, tag: &str, attrs: Vec<(Box<str>, String)>, self_closing: bool) {
        const BUTTON_SCOPE: &[&str] = &[
            "html", "table", "td", "th", "caption", "marquee", "object", "applet", "template",
            "button",
        ];
        if closes_p(tag) {
            self.close_in_scope("p", BUTTON_SCOPE);
        }
        match tag {
            "li" => self.close_in_scope("li", &["ul", "ol", "table", "td", "th"]),
            "dt" | "dd" => {
                self.close_in_scope("dt", &["dl", "table"]);
                self.close_in_scope("dd", &["dl", "table"]);
            }
            "tr" => {
                self.close_in_scope("td", &["table", "tr"]);
                self.close_in_scope("th", &["table", "tr"]);
                self.close_in_scope("tr", &["table"]);
            }
            "td" | "th" => {
                self.close_in_scope("td", &["table", "tr"]);
                self.close_in_scope("th", &["table", "tr"]);
            }
            "option" => self.close_in_scope("option", &["select"]),
            "a" => self.close_in_scope("a", &["td", "th", "table"]),
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                let cur = self.current();
                if let NodeData::Element(e) = &self.nodes[cur as usize].data {
                    if matches!(&*e.tag, "h1" | "h2" | "h3" | "h4" | "h5" | "h6") {
                        self.pop();
                    }
                }
            }
            _ => {}
        }
        let id = self.append(NodeData::Element(Element {
            tag: tag.into(),
            attrs,
        }));
        if !is_void(tag) && !self_closing && self.stack.len() < MAX_DEPTH {
            self.stack.push(id);
            *self.open.entry(tag.into()).or_insert(0) += 1;
        }
    }

    fn end(&mut self, tag: &str) {
        if tag == "br" {
            self.start("br", Vec::new(), true);
            return;
        }
        if !self.is_open(tag) {
            return;
        }
        while let Some(&id) = self.stack.last() {
            let matched =
                matches!(&self.nodes[id as usize].data, NodeData::Element(e) if &*e.tag == tag);
            self.pop();
            if matched {
                break;
            }
        }
    }
}

/// Parse a page into a tree. Never fails: any input gives some tree.
pub fn parse(html: &str) -> Dom {
    let mut b = Builder {
        nodes: vec![Node {
            parent: NONE,
            first_child: NONE,
            last_child: NONE,
            next_sibling: NONE,
            data: NodeData::Document,
        }],
        stack: Vec::new(),
        open: HashMap::new(),
    };
    let bytes = html.as_bytes();
    let len = bytes.len();
    let mut i = 0;
    while i < len {
        let lt = match memchr(b'<', &bytes[i..]) {
            Some(k) => i + k,
            None => len,
        };
        if lt > i {
            b.text(&decode_entities(&html[i..lt]));
        }
        if lt >= len {
            break;
        }
        i = lt;
        let rest = &bytes[i..];
        if rest.starts_with(b"<!--") {
            i = match find(&bytes[i + 4..], b"-->") {
                Some(k) => i + 4 + k + 3,
                None => len,
            };
        } else if rest.starts_with(b"<!") || rest.starts_with(b"<?") {
            i = match memchr(b'>', rest) {
                Some(k) => i + k + 1,
                None => len,
            };
        } else if rest.len() > 2 && rest[1] == b'/' && rest[2].is_ascii_alphabetic() {
            let (name, after) = read_name(html, i + 2);
            i = match memchr(b'>', &bytes[after..]) {
                Some(k) => after + k + 1,
                None => len,
            };
            b.end(&name);
        } else if rest.len() > 1 && rest[1].is_ascii_alphabetic() {
            let (name, attrs, self_closing, after) = read_start_tag(html, i + 1);
            i = after;
            if is_raw_text(&name) && !self_closing {
                let close = find_close_tag(bytes, i, &name);
                let content_end = close.unwrap_or(len);
                b.start(&name, attrs, false);
                let is_json_ld = &*name == "script"
                    && b.nodes
                        .last()
                        .and_then(|n| match &n.data {
                            NodeData::Element(e) => e.attr("type"),
                            _ => None,
                        })
                        .is_some_and(|t| t.eq_ignore_ascii_case("application/ld+json"));
                match &*name {
                    "title" | "textarea" => b.text(&decode_entities(&html[i..content_end])),
                    // Structured data is the one script whose text matters.
                    "script" if is_json_ld => b.text(&html[i..content_end]),
                    _ => {}
                }
                b.end(&name);
                i = match close {
                    Some(c) => match memchr(b'>', &bytes[c..]) {
                        Some(k) => c + k + 1,
                        None => len,
                    },
                    None => len,
                };
            } else {
                b.start(&name, attrs, self_closing);
            }
        } else {
            b.text("<");
            i += 1;
        }
    }
    Dom { nodes: b.nodes }
}

fn memchr(needle: u8, hay: &[u8]) -> Option<usize> {
    hay.iter().position(|&c| c == needle)
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() || hay.len() < needle.len() {
        return None;
    }
    let first = needle[0];
    let mut start = 0;
    while let Some(k) = memchr(first, &hay[start..]) {
        let at = start + k;
        if hay[at..].starts_with(needle) {
            return Some(at);
        }
        start = at + 1;
    }
    None
}

/// Where `</name` starts, case-insensitively, at or after `from`.
fn find_close_tag(bytes: &[u8], from: usize, name: &str) -> Option<usize> {
    let n = name.as_bytes();
    let mut start = from;
    while let Some(k) = find(&bytes[start..], b"</") {
        let at = start + k;
        let tail = &bytes[at + 2..];
        if tail.len() >= n.len()
            && tail[..n.len()].eq_ignore_ascii_case(n)
            && tail.get(n.len()).is_none_or(|c| !c.is_ascii_alphanumeric())
        {
            return Some(at);
        }
        start = at + 2;
    }
    None
}

fn read_name(html: &str, from: usize) -> (String, usize) {
    let bytes = html.as_bytes();
    let mut j = from;
    while j < bytes.len()
        && !matches!(
            bytes[j],
            b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'/' | b'>'
        )
    {
        j += 1;
    }
    (html[from..j].to_ascii_lowercase(), j)
}

type Attrs = Vec<(Box<str>, String)>;

fn read_start_tag(html: &str, from: usize) -> (String, Attrs, bool, usize) {
    let bytes = html.as_bytes();
    let len = bytes.len();
    let (name, mut j) = read_name(html, from);
    let mut attrs: Attrs = Vec::new();
    let mut self_closing = false;
    loop {
        while j < len && (bytes[j].is_ascii_whitespace() || bytes[j] == b'/') {
            if bytes[j] == b'/' {
                self_closing = j + 1 < len && bytes[j + 1] == b'>';
            }
            j += 1;
        }
        if j >= len {
            return (name, attrs, self_closing, len);
        }
        if bytes[j] == b'>' {
            return (name, attrs, self_closing, j + 1);
        }
        let start = j;
        while j < len
            && !matches!(
                bytes[j],
                b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'/' | b'>' | b'='
            )
        {
            j += 1;
        }
        if j == start {
            // A stray '=' with no name: skip it.
            j += 1;
            continue;
        }
        let attr_name = html[start..j].to_ascii_lowercase();
        while j < len && bytes[j].is_ascii_whitespace() {
            j += 1;
        }
        let mut value = String::new();
        if j < len && bytes[j] == b'=' {
            j += 1;
            while j < len && bytes[j].is_ascii_whitespace() {
                j += 1;
            }
            if j < len && (bytes[j] == b'"' || bytes[j] == b'\'') {
                let q = bytes[j];
                let vstart = j + 1;
                let vend = memchr(q, &bytes[vstart..])
                    .map(|k| vstart + k)
                    .unwrap_or(len);
                value = decode_entities(&html[vstart..vend]).into_owned();
                j = (vend + 1).min(len);
            } else {
                let vstart = j;
                while j < len && !bytes[j].is_ascii_whitespace() && bytes[j] != b'>' {
                    j += 1;
                }
                value = decode_entities(&html[vstart..j]).into_owned();
            }
        }
        if attrs.len() < 64 && !attrs.iter().any(|(n, _)| **n == *attr_name) {
            attrs.push((attr_name.into(), value));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(dom: &Dom, tag: &str) -> Vec<String> {
        (0..dom.nodes.len() as u32)
            .filter(|&i| dom.tag(i) == tag)
            .map(|i| dom.text(i))
            .collect()
    }

    #[test]
    fn implied_end_tags_close_paragraphs_and_items() {
        let dom = parse("<body><p>One<p>Two<ul><li>a<li>b</ul><div>x</div>");
        assert_eq!(texts(&dom, "p"), vec!["One", "Two"]);
        assert_eq!(texts(&dom, "li"), vec!["a", "b"]);
    }

    #[test]
    fn raw_text_and_entities() {
        let dom = parse("<title>A &amp; B</title><script>if (a<b) {}</script><p>caf&eacute; &#8220;hi&#x201d;</p>");
        assert_eq!(texts(&dom, "title"), vec!["A & B"]);
        assert_eq!(texts(&dom, "script"), vec![""]);
        assert_eq!(texts(&dom, "p"), vec!["café “hi”"]);
    }

    #[test]
    fn attributes_in_every_quoting_style() {
        let dom = parse(r#"<a href="/x" class='c d' data-x=1 hidden>t</a>"#);
        let a = dom.find_tag("a").unwrap();
        let e = dom.element(a).unwrap();
        assert_eq!(e.attr("href"), Some("/x"));
        assert_eq!(e.attr("class"), Some("c d"));
        assert_eq!(e.attr("data-x"), Some("1"));
        assert_eq!(e.attr("hidden"), Some(""));
    }

    #[test]
    fn deep_nesting_is_flattened_not_recursed() {
        let html = "<div>".repeat(100_000) + "deep" + &"</div>".repeat(100_000);
        let dom = parse(&html);
        assert_eq!(dom.text(0), "deep");
    }
}
