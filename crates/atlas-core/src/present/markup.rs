//! A small element tree for the documents the atlas hands out: the standalone SVG map,
//! the Udvikling chart, the printed handout and the saved web page. One tree, two sinks:
//! [`Node::to_markup`] writes it as text (every string escaped), and the app builds
//! DOM nodes from it for the print layout (text nodes, never parsed markup).
//!
//! Tag and attribute names are `&'static str`, so data can only ever reach a text node
//! or an attribute value — never a name, and never an event handler.

use super::export::xml_escape;

/// An element or a piece of text.
#[derive(Clone, Debug, PartialEq)]
pub enum Node {
    Element(Element),
    /// Text, escaped when written.
    Text(String),
    /// Text written as it is: only for the page's own style sheet and script, which are
    /// constants of this crate (hence `'static`), never data.
    Raw(&'static str),
}

/// An element: tag, attributes in order, children.
#[derive(Clone, Debug, PartialEq)]
pub struct Element {
    pub tag: &'static str,
    pub attrs: Vec<(&'static str, String)>,
    pub children: Vec<Node>,
}

/// HTML elements written without an end tag.
const VOID: [&str; 5] = ["meta", "br", "link", "input", "img"];

/// A new element.
///
/// ```
/// use atlas_core::present::markup::el;
/// let p = el("p").attr("class", "note").text("Østerbro <b>");
/// assert_eq!(p.to_markup(), "<p class=\"note\">Østerbro &lt;b&gt;</p>");
/// ```
pub fn el(tag: &'static str) -> Element {
    Element {
        tag,
        attrs: Vec::new(),
        children: Vec::new(),
    }
}

impl Element {
    /// Add an attribute (its value is escaped when written).
    pub fn attr(mut self, name: &'static str, value: impl ToString) -> Self {
        self.attrs.push((name, value.to_string()));
        self
    }

    /// Add an attribute when `value` is `Some`.
    pub fn attr_opt(self, name: &'static str, value: Option<impl ToString>) -> Self {
        match value {
            Some(v) => self.attr(name, v),
            None => self,
        }
    }

    /// Add a child.
    pub fn child(mut self, node: impl Into<Node>) -> Self {
        self.children.push(node.into());
        self
    }

    /// Add children.
    pub fn children<N: Into<Node>>(mut self, nodes: impl IntoIterator<Item = N>) -> Self {
        self.children.extend(nodes.into_iter().map(Into::into));
        self
    }

    /// Add a text child.
    pub fn text(self, text: impl Into<String>) -> Self {
        self.child(Node::Text(text.into()))
    }

    /// The value of attribute `name`, if set.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.as_str())
    }

    /// The element as text.
    pub fn to_markup(&self) -> String {
        let mut out = String::new();
        self.write(&mut out);
        out
    }

    fn write(&self, out: &mut String) {
        out.push('<');
        out.push_str(self.tag);
        for (name, value) in &self.attrs {
            out.push(' ');
            out.push_str(name);
            out.push_str("=\"");
            out.push_str(&xml_escape(value));
            out.push('"');
        }
        if VOID.contains(&self.tag) {
            out.push('>');
            return;
        }
        if self.children.is_empty() && is_svg_leaf(self.tag) {
            out.push_str("/>");
            return;
        }
        out.push('>');
        for c in &self.children {
            c.write(out);
        }
        out.push_str("</");
        out.push_str(self.tag);
        out.push('>');
    }
}

/// SVG shapes are written self-closed when empty (as the SVG exports always were).
fn is_svg_leaf(tag: &str) -> bool {
    matches!(
        tag,
        "path" | "rect" | "line" | "circle" | "polyline" | "stop" | "use"
    )
}

impl Node {
    /// The node as text.
    ///
    /// ```
    /// use atlas_core::present::markup::{el, Node};
    /// let n: Node = el("svg").child(el("path").attr("d", "M0,0Z")).into();
    /// assert_eq!(n.to_markup(), "<svg><path d=\"M0,0Z\"/></svg>");
    /// ```
    pub fn to_markup(&self) -> String {
        let mut out = String::new();
        self.write(&mut out);
        out
    }

    fn write(&self, out: &mut String) {
        match self {
            Node::Element(e) => e.write(out),
            Node::Text(t) => out.push_str(&xml_escape(t)),
            Node::Raw(r) => out.push_str(r),
        }
    }

    /// All text in the tree, in order (what a reader or `pdftotext` would find).
    pub fn text_content(&self) -> String {
        let mut out = String::new();
        self.collect_text(&mut out);
        out
    }

    fn collect_text(&self, out: &mut String) {
        match self {
            Node::Element(e) => e.children.iter().for_each(|c| c.collect_text(out)),
            Node::Text(t) => out.push_str(t),
            Node::Raw(_) => {}
        }
    }
}

impl From<Element> for Node {
    fn from(e: Element) -> Self {
        Node::Element(e)
    }
}

impl From<&str> for Node {
    fn from(s: &str) -> Self {
        Node::Text(s.to_owned())
    }
}

impl From<String> for Node {
    fn from(s: String) -> Self {
        Node::Text(s)
    }
}
