//! The handout (print layout and saved web page): the standalone document escapes
//! every data string, fetches nothing, keeps a district's name and value for the
//! tooltip; figures are compacted only with the exact value kept; names never overlap.

mod common;

use atlas_core::geometry::shapes::build_geometry;
use atlas_core::present::comparison::comparison;
use atlas_core::present::export::{LegendEntry, MapDocument};
use atlas_core::present::handout::{embed_code, page, standalone_html, HandoutPage, Medium};
use atlas_core::present::labels::{place, Candidate};
use atlas_core::Lang;

/// The demo's map geometry (the boundaries in the atlas's order).
fn demo_geometry() -> atlas_core::geometry::shapes::MapGeometry {
    let b = atlas_core::pipeline::parse_boundaries(
        common::DEMO_GEOJSON,
        &atlas_core::import::boundaries::BoundaryOptions::default(),
    )
    .expect("the demo boundaries load");
    build_geometry(&b.value.districts, 1000.0, 10.0).expect("the demo has geometry")
}

const HOSTILE: &str = "<img src=x onerror=alert(1)>\"'&";

/// A page over the demo with a hostile name for district 0 and a hostile caption.
fn demo_page(lang: Lang) -> (HandoutPage, usize) {
    let mut atlas = common::demo_atlas();
    atlas.districts[0].name = HOSTILE.to_owned();
    let geometry = demo_geometry();
    let n = atlas.districts.len();
    let map = MapDocument {
        title: format!("Titel {HOSTILE}"),
        subtitle: "Kvantiler".into(),
        caption: "Billedtekst <script>alert('x')</script>".into(),
        source: "Kilde: Danmarks Statistik".into(),
        width: geometry.width,
        height: geometry.height,
        paths: geometry.paths.clone(),
        fills: (0..n)
            .map(|i| (i != 1).then(|| "#fee8c8".to_owned()))
            .collect(),
        names: atlas.districts.iter().map(|d| d.name.clone()).collect(),
        ids: atlas.districts.iter().map(|d| d.id.clone()).collect(),
        values: (0..n)
            .map(|i| {
                if i == 1 {
                    "mangler data".into()
                } else {
                    format!("{i}.000 kr.")
                }
            })
            .collect(),
        legend_title: "Disponibel indkomst".into(),
        legend: vec![
            LegendEntry {
                colour: Some("#fee8c8".into()),
                label: "1–2 (10)".into(),
                outline: false,
            },
            LegendEntry {
                colour: None,
                label: "mangler data (1)".into(),
                outline: false,
            },
        ],
        ..Default::default()
    };
    let page = HandoutPage {
        comparison: Some(comparison(&atlas, 0, 2, None, lang)),
        map,
        link: "http://127.0.0.1:8080/?i=disp_indkomst&a=1&b=2".into(),
        date: "3. december 2026".into(),
        label_size: 16.0,
        ..Default::default()
    };
    (page, n)
}

#[test]
fn saved_web_page_escapes_every_data_string() {
    let (p, _) = demo_page(Lang::Da);
    let html = standalone_html(&[p], "Fortælling <b>", Lang::Da);
    assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&amp;"));
    assert!(!html.contains("<img"), "a name became an element");
    assert!(!html.contains("onerror=alert(1)>"));
    assert_eq!(
        html.matches("<script").count(),
        1,
        "only the page's own script"
    );
    assert!(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
    assert!(html.contains("<title>Fortælling &lt;b&gt;</title>"));
}

#[test]
fn saved_web_page_fetches_nothing() {
    let (p, _) = demo_page(Lang::En);
    let html = standalone_html(&[p], "Map", Lang::En);
    assert!(!html.contains(" src=\""), "nothing is loaded from a src");
    assert!(!html.contains("<link"), "no linked style sheet");
    assert!(!html.contains("@import") && !html.contains("url(http"));
    assert!(!html.contains(".wasm"));
    // the only addresses are the link back to the live atlas, as text and href
    let outside: Vec<&str> = html
        .match_indices("http")
        .map(|(i, _)| &html[i..(i + 40).min(html.len())])
        .filter(|s| !s.starts_with("http://127.0.0.1:8080/") && !s.starts_with("http-equiv"))
        .filter(|s| !s.starts_with("http://www.w3.org/2000/svg"))
        .collect();
    assert!(
        outside.is_empty(),
        "addresses other than the link: {outside:?}"
    );
    assert!(
        html.contains("default-src &#39;none&#39;"),
        "the page's own policy forbids requests"
    );
}

#[test]
fn saved_web_page_has_every_district_with_name_and_value() {
    let (p, n) = demo_page(Lang::Da);
    let html = standalone_html(&[p], "Kort", Lang::Da);
    assert_eq!(html.matches("data-district=").count(), n);
    assert_eq!(html.matches("tabindex=\"0\"").count(), n);
    assert!(html.contains("aria-label=\"Østerbro: "), "{}", &html[..200]);
    assert!(html.contains("role=\"tooltip\""));
    assert!(
        html.contains("fill=\"url(#hatch-0)\""),
        "missing data is hatched"
    );
    assert!(html.contains("mangler data (1)"));
    assert!(html.contains("3. december 2026"));
    assert!(
        !html.contains("data-testid=\"qr\""),
        "the web page links, it needs no QR code"
    );
}

#[test]
fn printed_page_has_qr_code_and_nothing_to_click() {
    let (p, _) = demo_page(Lang::Da);
    let html = page(&p, 0, Medium::Paper, 1, Lang::Da).to_markup();
    assert!(html.contains("data-testid=\"qr\""));
    assert!(!html.contains("data-district") && !html.contains("tabindex"));
    assert!(html.contains("http://127.0.0.1:8080/?i=disp_indkomst&amp;a=1&amp;b=2"));
    assert!(html.contains("Scan koden") || html.contains("scan koden"));
}

#[test]
fn story_page_has_one_title_and_every_scene() {
    let (p, _) = demo_page(Lang::Da);
    let mut pages = Vec::new();
    for k in 1..=6 {
        let mut q = p.clone();
        q.map.caption = format!("Scene-tekst {k}");
        q.scene = Some((k, 6));
        pages.push(q);
    }
    let html = standalone_html(&pages, "Østerbro og Sydhavnen", Lang::Da);
    assert_eq!(html.matches("<h1").count(), 1);
    assert_eq!(html.matches("class=\"handout-page\"").count(), 6);
    for k in 1..=6 {
        assert!(html.contains(&format!("Scene-tekst {k}")));
        assert!(html.contains(&format!("Scene {k} af 6")));
        assert!(
            html.contains(&format!("id=\"hatch-{}\"", k - 1)),
            "hatch ids are unique per page"
        );
    }
}

#[test]
fn comparison_figures_in_millions_are_compact_with_the_exact_value_kept() {
    let mut atlas = common::demo_atlas();
    for v in atlas.values[0].iter_mut().flat_map(|y| y.iter_mut()) {
        *v = v.map(|x| x * 30.0);
    }
    let c = comparison(&atlas, 0, 1, None, Lang::Da);
    let row = &c.rows[0];
    assert!(row.a.shown.ends_with("mio."), "{row:?}");
    assert!(
        row.a.exact.contains('.') && !row.a.exact.contains("mio."),
        "{row:?}"
    );
    let html = page(
        &HandoutPage {
            comparison: Some(c.clone()),
            ..Default::default()
        },
        0,
        Medium::Paper,
        1,
        Lang::Da,
    )
    .to_markup();
    assert!(html.contains(&format!("title=\"{}\"", row.a.exact)));
    assert!(html.contains(&format!("<span class=\"sr-only\">{}</span>", row.a.exact)));
}

#[test]
fn comparison_shows_missing_as_missing() {
    let mut atlas = common::demo_atlas();
    atlas.values[0].iter_mut().for_each(|y| y[1] = None);
    let c = comparison(&atlas, 0, 1, None, Lang::En);
    assert_eq!(c.rows[0].gap.b, None);
    assert_eq!(c.rows[0].b.shown, "missing");
    assert_eq!(c.rows[0].difference.shown, "–");
    assert_eq!(c.rows[0].ratio, "–");
    assert_eq!(c.rows[0].rank_b, "");
    assert_eq!(c.rows[0].ahead_phrase, "Cannot tell: missing data");
}

#[test]
fn embed_code_is_an_iframe_with_a_title_and_height() {
    let code = embed_code("kort.html", "Indkomst i bydelene", 2);
    assert!(code.starts_with("<iframe src=\"kort.html\" title=\"Indkomst i bydelene\""));
    assert!(code.contains("height=\"1640\""));
}

#[test]
fn placed_names_never_overlap_and_larger_areas_win() {
    let atlas = common::demo_atlas();
    let geometry = demo_geometry();
    let candidates: Vec<Candidate> = geometry
        .label_points
        .iter()
        .zip(&geometry.bounds)
        .zip(&atlas.districts)
        .filter_map(|((p, b), d)| {
            let (p, b) = (p.as_ref()?, b.as_ref()?);
            Some(Candidate {
                x: p.x,
                y: p.y,
                text: d.name.clone(),
                weight: b.width() * b.height(),
            })
        })
        .collect();
    for size in [13.0, 24.0, 40.0, 80.0] {
        let shown = place(&candidates, size, geometry.width, geometry.height);
        let boxes: Vec<[f64; 4]> = candidates
            .iter()
            .zip(&shown)
            .filter(|(_, s)| **s)
            .map(|(c, _)| {
                let half = c.text.chars().count() as f64 * 0.7 * size / 2.0;
                [c.x - half, c.y - 0.8 * size, c.x + half, c.y + 0.35 * size]
            })
            .collect();
        for (i, a) in boxes.iter().enumerate() {
            for b in &boxes[i + 1..] {
                let apart = a[2] <= b[0] || b[2] <= a[0] || a[3] <= b[1] || b[3] <= a[1];
                assert!(apart, "labels overlap at size {size}");
            }
        }
        if size == 13.0 {
            assert_eq!(
                shown.iter().filter(|s| **s).count(),
                candidates.len(),
                "all fit at 13"
            );
        }
        if size == 80.0 {
            assert!(
                shown.iter().filter(|s| **s).count() < candidates.len(),
                "some dropped at 80"
            );
            let biggest = (0..candidates.len())
                .max_by(|a, b| candidates[*a].weight.total_cmp(&candidates[*b].weight))
                .unwrap();
            assert!(
                shown[biggest]
                    || candidates[biggest].text.chars().count() as f64 * 48.0 > geometry.width
            );
        }
    }
}
