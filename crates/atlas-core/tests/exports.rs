//! Exports (issue 6): the joined data and A vs B as CSV (Danish decimals, guarded
//! cells) and the map as a standalone SVG.

use atlas_core::present::comparison::comparison;
use atlas_core::present::export::{comparison_csv, joined_csv, LegendEntry, MapDocument};
use atlas_core::Lang;

mod common;
use common::demo_atlas as demo;

#[test]
fn the_joined_csv_has_danish_decimals_empty_missing_cells_and_every_district() {
    let a = demo();
    let csv = joined_csv(&a, Lang::Da);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines.len(), a.districts.len() + 1);
    assert!(lines[0].starts_with("\u{feff}Kode;Navn;"));
    assert!(lines[0].contains("Disponibel indkomst pr. person 2023 (kr.)"));
    let oesterbro = lines.iter().find(|l| l.starts_with("02;")).unwrap();
    assert!(oesterbro.contains(";Østerbro;"));
    // the demo's figures, written in full with a decimal comma
    let v = a.value(
        a.indicators
            .iter()
            .position(|m| m.column == "videregaaende")
            .unwrap(),
        1,
    );
    assert!(oesterbro.contains(&format!(";{}", v.unwrap().to_string().replace('.', ","))));
    let english = joined_csv(&a, Lang::En);
    assert!(english
        .lines()
        .next()
        .unwrap()
        .starts_with("\u{feff}Code,Name,"));
}

#[test]
fn exported_cells_that_a_spreadsheet_would_run_are_neutralised() {
    let mut a = demo();
    a.districts[0].name = "=HYPERLINK(\"http://x\",\"klik\")".into();
    a.districts[1].name = "@SUM(A1)".into();
    a.districts[2].name = "+45 Nord".into();
    a.districts[3].name = "-Vest".into();
    let csv = joined_csv(&a, Lang::Da);
    for bad in ["=HYPERLINK", "@SUM", "+45 Nord", "-Vest"] {
        assert!(csv.contains(&format!("'{bad}")), "{bad} not guarded");
        assert!(!csv.contains(&format!(";{bad}")), "{bad} left bare");
    }
    let cmp = comparison_csv(&comparison(&a, 0, 1, None, Lang::Da));
    assert!(cmp.contains("'=HYPERLINK") && cmp.contains("'@SUM(A1)"));
    assert!(!cmp.contains(";=") && !cmp.contains(";@"));
}

#[test]
fn the_comparison_csv_gives_both_values_difference_ranks_and_who_is_ahead() {
    let a = demo();
    let (o, s) = (
        a.district_by_id("02").unwrap(),
        a.district_by_id("11").unwrap(),
    );
    let csv = comparison_csv(&comparison(&a, o, s, None, Lang::Da));
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines.len(), a.indicators.len() + 1);
    assert!(lines[0].contains(";Østerbro;Sydhavnen;"));
    let inc = lines
        .iter()
        .find(|l| l.starts_with("Disponibel indkomst"))
        .unwrap();
    let i = a
        .indicators
        .iter()
        .position(|m| m.column == "indkomst")
        .unwrap();
    let (vo, vs) = (a.value(i, o).unwrap(), a.value(i, s).unwrap());
    let cells: Vec<&str> = inc.split(';').collect();
    assert_eq!(cells[4], vo.to_string().replace('.', ","));
    assert_eq!(cells[5], vs.to_string().replace('.', ","));
    assert_eq!(cells[6], (vo - vs).to_string().replace('.', ","));
    assert_eq!(cells[11], "Østerbro");
}

#[test]
fn an_exported_svg_carries_title_legend_caption_source_and_escapes_names() {
    let doc = MapDocument {
        title: "Indkomst".into(),
        subtitle: "2023 · kvantiler".into(),
        caption: "Østerbro & Sydhavnen".into(),
        source: "Kilde: <script>".into(),
        width: 1000.0,
        height: 700.0,
        paths: vec!["M0,0L10,0L10,10Z".into(), "M20,0L30,0L30,10Z".into()],
        fills: vec![Some("#fee8c8".into()), None],
        names: vec!["<b>Nord</b>".into(), "Syd".into()],
        outlines: vec![("M0,0L10,0L10,10Z".into(), "#1f4e79".into())],
        labels: vec![
            (5.0, 5.0, "<b>Nord</b>".into()),
            (5000.0, 5.0, "Udenfor".into()),
        ],
        legend_title: "kr.".into(),
        legend: vec![
            LegendEntry {
                colour: Some("#fee8c8".into()),
                label: "100–200".into(),
                outline: false,
            },
            LegendEntry {
                colour: None,
                label: "Mangler data (1)".into(),
                outline: false,
            },
        ],
        zoom: atlas_core::geometry::pan_zoom::ViewTransform::IDENTITY,
        ..Default::default()
    };
    let svg = doc.to_svg();
    for want in [
        "data-testid=\"legend\"",
        "100–200",
        "Mangler data (1)",
        "Østerbro &amp; Sydhavnen",
        "Kilde: &lt;script&gt;",
        "&lt;b&gt;Nord&lt;/b&gt;",
        "fill=\"url(#missing)\"",
    ] {
        assert!(svg.contains(want), "missing {want}");
    }
    assert!(!svg.contains("<script>") && !svg.contains("<b>"));
    assert!(
        !svg.contains("Udenfor"),
        "labels outside the map are left out"
    );
    let (w, h) = doc.size();
    assert!(w > 1000.0 && h > 700.0);
}

#[test]
fn a_grid_exports_as_its_raster_with_other_areas_borders_over_it_not_as_a_path_per_cell() {
    use atlas_core::present::export::MapImage;
    let doc = MapDocument {
        title: "Indbyggere".into(),
        width: 1000.0,
        height: 700.0,
        paths: vec!["M0,0L1,0L1,1Z".into(); 3],
        fills: vec![Some("#fee8c8".into()); 3],
        names: vec!["1kmN3621E4481".into(); 3],
        images: vec![MapImage {
            href: "data:image/png;base64,AAAA".into(),
            x: 15.0,
            y: 0.0,
            w: 17.0,
            h: 16.0,
            affine: [2.0, 0.1, 100.0, -0.1, 2.0, 50.0],
        }],
        borders: "M0,0 L5,5".into(),
        zoom: atlas_core::geometry::pan_zoom::ViewTransform::IDENTITY,
        ..Default::default()
    };
    let svg = doc.to_svg();
    assert!(svg.contains("<image href=\"data:image/png;base64,AAAA\" x=\"15\" y=\"0\" width=\"17\" height=\"16\""), "{svg}");
    // canvas order (a, d, b, e, c, f): map x = 2·px + 0.1·py + 100
    assert!(
        svg.contains("transform=\"matrix(2 -0.1 0.1 2 100 50)\""),
        "{svg}"
    );
    assert!(svg.contains("image-rendering:pixelated"));
    assert!(
        !svg.contains("M0,0L1,0L1,1Z"),
        "the squares are not drawn as paths"
    );
    assert!(svg.contains("data-testid=\"borders\" d=\"M0,0 L5,5\""));
    // the printed handout draws the raster too; the web page keeps the squares
    use atlas_core::present::handout::{map_svg, MapStyle};
    let paper = map_svg(
        &doc,
        MapStyle {
            interactive: false,
            label_size: 12.0,
            page: 0,
        },
    )
    .to_markup();
    assert!(
        paper.contains("<image") && !paper.contains("M0,0L1,0L1,1Z") && paper.contains("M0,0 L5,5")
    );
    let web = map_svg(
        &doc,
        MapStyle {
            interactive: true,
            label_size: 12.0,
            page: 0,
        },
    )
    .to_markup();
    assert!(!web.contains("<image") && web.contains("M0,0L1,0L1,1Z"));
}
