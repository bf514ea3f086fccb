//! The DOM sink of the core's element tree: elements (SVG ones in the SVG namespace),
//! attributes and text nodes — never parsed markup, so a name stays text.

use atlas_core::present::markup::Node;
use web_sys::Document;

const SVG_NS: &str = "http://www.w3.org/2000/svg";

/// `node` as a DOM node of `doc` (`None` for the page's own style and script, which the
/// app's print layout does not use).
pub fn build(doc: &Document, node: &Node) -> Option<web_sys::Node> {
    build_in(doc, node, false)
}

fn build_in(doc: &Document, node: &Node, svg: bool) -> Option<web_sys::Node> {
    match node {
        Node::Text(text) => Some(doc.create_text_node(text).into()),
        Node::Raw(_) => None,
        Node::Element(e) => {
            let svg = svg || e.tag == "svg";
            let element = if svg {
                doc.create_element_ns(Some(SVG_NS), e.tag).ok()?
            } else {
                doc.create_element(e.tag).ok()?
            };
            for (name, value) in &e.attrs {
                // names are the core's constants; handlers are never set from a tree
                if name.starts_with("on") || *name == "xmlns" {
                    continue;
                }
                let _ = element.set_attribute(name, value);
            }
            for child in &e.children {
                if let Some(c) = build_in(doc, child, svg) {
                    let _ = element.append_child(&c);
                }
            }
            Some(element.into())
        }
    }
}
