//! The saved web page: one `.html` file with the pages, its own style sheet and a few
//! lines of script for the tooltips; no external request (its Content-Security-Policy
//! allows none), no wasm, every data string escaped.

use super::page::{page, Medium};
use super::HandoutPage;
use crate::present::markup::{el, Node};
use crate::Lang;

/// The handout's style sheet: the saved web page carries it inline, the app links the
/// same file for its print layout.
pub const HANDOUT_CSS: &str = include_str!("handout.css");

/// Tooltips on hover and keyboard focus, built with `textContent` only.
const SCRIPT: &str = r#"(function () {
  var tip = document.getElementById('hp-tip');
  if (!tip) return;
  function show(p, x, y) {
    tip.textContent = '';
    var b = document.createElement('strong');
    b.textContent = p.getAttribute('data-name');
    tip.appendChild(b);
    tip.appendChild(document.createElement('br'));
    tip.appendChild(document.createTextNode(p.getAttribute('data-value')));
    tip.hidden = false;
    var w = tip.offsetWidth, h = tip.offsetHeight;
    var left = Math.min(x + 14, window.innerWidth - w - 8);
    var top = y + 14 + h > window.innerHeight ? y - h - 10 : y + 14;
    tip.style.left = Math.max(4, left) + 'px';
    tip.style.top = Math.max(4, top) + 'px';
    p.setAttribute('aria-describedby', 'hp-tip');
  }
  function hide() { tip.hidden = true; }
  var paths = document.querySelectorAll('path[data-district]');
  for (var i = 0; i < paths.length; i++) {
    (function (p) {
      p.addEventListener('mousemove', function (e) { show(p, e.clientX, e.clientY); });
      p.addEventListener('mouseleave', hide);
      p.addEventListener('focus', function () {
        var r = p.getBoundingClientRect();
        show(p, r.left + r.width / 2, r.top + r.height / 2);
      });
      p.addEventListener('blur', hide);
    })(paths[i]);
  }
  document.addEventListener('keydown', function (e) { if (e.key === 'Escape') hide(); });
})();"#;

/// Nothing may be fetched: styles and script only from the page itself, images only
/// inline.
const CSP: &str = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/// The pages as one standalone HTML document titled `title`: one page for a view,
/// the scenes one after another for a story (with the title above them).
///
/// ```
/// use atlas_core::present::handout::{standalone_html, HandoutPage};
/// let mut p = HandoutPage::default();
/// p.map.title = "<script>alert(1)</script>".into();
/// let html = standalone_html(&[p], "Fortælling", atlas_core::Lang::Da);
/// assert!(html.starts_with("<!DOCTYPE html>"));
/// assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
/// assert!(!html.contains("<script>alert"));
/// ```
pub fn standalone_html(pages: &[HandoutPage], title: &str, lang: Lang) -> String {
    let story = pages.len() > 1;
    let level = if story { 2 } else { 1 };
    let mut main = el("main").attr("class", "hp-doc");
    if story {
        main = main.child(el("h1").attr("class", "hp-doc-title").text(title));
    }
    main = main
        .children(
            pages
                .iter()
                .enumerate()
                .map(|(i, p)| page(p, i, Medium::Web, level, lang)),
        )
        .child(
            el("div")
                .attr("id", "hp-tip")
                .attr("class", "hp-tip")
                .attr("role", "tooltip")
                .attr("hidden", "hidden"),
        )
        .child(
            el("p").attr("class", "hp-made").text(lang.pick(
                "Lavet med Samskabelsesatlas. Siden henter intet udefra og kan lægges på enhver webserver.",
                "Made with Samskabelsesatlas. The page fetches nothing from elsewhere and can be put on any web server.",
            )),
        );
    let html = el("html")
        .attr("lang", lang.code())
        .child(
            el("head")
                .child(el("meta").attr("charset", "utf-8"))
                .child(
                    el("meta")
                        .attr("http-equiv", "Content-Security-Policy")
                        .attr("content", CSP),
                )
                .child(
                    el("meta")
                        .attr("name", "viewport")
                        .attr("content", "width=device-width, initial-scale=1"),
                )
                .child(el("title").text(title))
                .child(el("style").child(Node::Raw(HANDOUT_CSS))),
        )
        .child(
            el("body")
                .attr("class", "hp-web")
                .child(main)
                .child(el("script").child(Node::Raw(SCRIPT))),
        );
    format!("<!DOCTYPE html>\n{}\n", html.to_markup())
}

/// The snippet a web team pastes to show the saved page hosted at `file` (a path or
/// address on their own site): an `<iframe>` with a title and a height that fits
/// `pages` pages.
///
/// ```
/// use atlas_core::present::handout::embed_code;
/// let code = embed_code("kort \"1\".html", "Indkomst <2023>", 1);
/// assert_eq!(code, "<iframe src=\"kort &quot;1&quot;.html\" title=\"Indkomst &lt;2023&gt;\" width=\"100%\" height=\"820\" style=\"border:0;max-width:1100px\" loading=\"lazy\"></iframe>");
/// ```
pub fn embed_code(file: &str, title: &str, pages: usize) -> String {
    el("iframe")
        .attr("src", file)
        .attr("title", title)
        .attr("width", "100%")
        .attr("height", 820 * pages.max(1))
        .attr("style", "border:0;max-width:1100px")
        .attr("loading", "lazy")
        .to_markup()
}
