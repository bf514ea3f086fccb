//! Grid cells named by their codes: each code form read and written back, and a
//! cell's corners in EPSG:3035 and EPSG:25832 and as lon/lat equal to PROJ's (the
//! fixture `tools/pyproj/make_fixtures.py` wrote with pyproj) — the European grid's
//! central Copenhagen, Gedser, Skagen and Christiansø, and two kvadratnet cells.

use atlas_core::geometry::crs::{Crs, Reprojector};
use atlas_core::geometry::grid_cell::{GridCell, GridSystem};

fn fixture() -> serde_json::Value {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/pyproj/grid_cells.json"
    );
    let text = std::fs::read_to_string(path).expect("the pyproj fixture is committed");
    serde_json::from_str(&text).expect("the pyproj fixture is JSON")
}

fn points(v: &serde_json::Value) -> Vec<(f64, f64)> {
    v.as_array()
        .expect("a list of points")
        .iter()
        .map(|p| (p[0].as_f64().expect("x"), p[1].as_f64().expect("y")))
        .collect()
}

#[test]
fn every_code_form_is_read_and_written_back() {
    let cases = [
        (
            "1kmN3621E4481",
            GridSystem::Inspire,
            1000,
            4_481_000,
            3_621_000,
        ),
        (
            "100mN36210E44810",
            GridSystem::Inspire,
            100,
            4_481_000,
            3_621_000,
        ),
        (
            "10kmN362E448",
            GridSystem::Inspire,
            10_000,
            4_480_000,
            3_620_000,
        ),
        (
            "250mN362125E448100",
            GridSystem::Inspire,
            250,
            4_481_000,
            3_621_250,
        ),
        (
            "1km_6178_724",
            GridSystem::Kvadratnet,
            1000,
            724_000,
            6_178_000,
        ),
        (
            "100m_61780_7240",
            GridSystem::Kvadratnet,
            100,
            724_000,
            6_178_000,
        ),
        (
            "250m_24712_2896",
            GridSystem::Kvadratnet,
            250,
            724_000,
            6_178_000,
        ),
        (
            "10km_617_72",
            GridSystem::Kvadratnet,
            10_000,
            720_000,
            6_170_000,
        ),
    ];
    for (code, system, size, east, north) in cases {
        let c = GridCell::parse(code).unwrap_or_else(|| panic!("{code} read"));
        assert_eq!(
            (c.system, c.size, c.east, c.north),
            (system, size, east, north),
            "{code}"
        );
        assert_eq!(c.code(), code, "written back");
        assert_eq!(GridCell::from_corner(system, size, east, north), Some(c));
    }
    // case, spaces and INSPIRE's long form
    let c = GridCell::parse("1kmN3621E4481").expect("a cell");
    assert_eq!(GridCell::parse(" 1KMN3621E4481 "), Some(c));
    assert_eq!(GridCell::parse("CRS3035RES1000mN3621000E4481000"), Some(c));
}

#[test]
fn what_is_not_a_cell_code_is_none() {
    for text in [
        "",
        "Østerbro",
        "Nørrebro",
        "0101",
        "1kmN3621",
        "1kmE4481N3621",
        "kmN3621E4481",
        "1km_6178",
        "1km_6178_",
        "1km_x_724",
        "3km2_1_2",
        "1kmN36.5E44",
        "101_Indre By",
    ] {
        assert_eq!(GridCell::parse(text), None, "{text:?}");
    }
}

#[test]
fn a_cells_corners_equal_projs_in_lonlat_and_in_the_other_grids_crs() {
    let fx = fixture();
    let cells = fx["cells"].as_array().expect("cells");
    assert_eq!(cells.len(), 7);
    for cell in cells {
        let code = cell["code"].as_str().expect("a code");
        let c = GridCell::parse(code).unwrap_or_else(|| panic!("{code} read"));
        assert_eq!(
            u64::from(c.crs().epsg()),
            cell["epsg"].as_u64().expect("epsg")
        );
        assert_eq!(c.corners().to_vec(), points(&cell["corners"]), "{code}");
        let mut ll = c.corners().to_vec();
        Reprojector::new(c.crs()).to_lonlat(&mut ll);
        for (got, want) in ll.iter().zip(points(&cell["lonlat"])) {
            assert!(
                (got.0 - want.0).abs() < 1e-8 && (got.1 - want.1).abs() < 1e-8,
                "{code}: {got:?} against PROJ's {want:?}"
            );
        }
        let other =
            Crs::from_epsg(cell["other_epsg"].as_u64().expect("epsg") as u32).expect("known");
        Reprojector::new(other).from_lonlat(&mut ll);
        for (got, want) in ll.iter().zip(points(&cell["other"])) {
            assert!(
                (got.0 - want.0).abs() < 1e-3 && (got.1 - want.1).abs() < 1e-3,
                "{code} in EPSG:{}: {got:?} against PROJ's {want:?}",
                other.epsg()
            );
        }
    }
    // the sources' check: the most populated 1 km cell lies in central Copenhagen
    let mut centre = [GridCell::parse("1kmN3621E4481").expect("a cell").centre()];
    Reprojector::new(Crs::Laea3035).to_lonlat(&mut centre);
    let (lon, lat) = centre[0];
    assert!(
        (12.54..12.57).contains(&lon) && (55.66..55.68).contains(&lat),
        "{lon}, {lat}"
    );
}

#[test]
fn a_geojson_in_epsg_3035_is_read_declared_or_not_and_lands_in_copenhagen() {
    use atlas_core::import::boundaries::{BoundaryOptions, CrsSource};
    use atlas_core::pipeline::parse_boundaries;
    let ring: Vec<[f64; 2]> = GridCell::parse("1kmN3621E4481")
        .expect("a cell")
        .corners()
        .iter()
        .chain(std::iter::once(&(4_481_000.0, 3_621_000.0)))
        .map(|(x, y)| [*x, *y])
        .collect();
    let feature = format!(
        r#"{{"type":"Feature","properties":{{"kode":"1kmN3621E4481"}},"geometry":{{"type":"Polygon","coordinates":[{}]}}}}"#,
        serde_json::to_string(&ring).expect("json")
    );
    let declared = format!(
        r#"{{"type":"FeatureCollection","crs":{{"type":"name","properties":{{"name":"urn:ogc:def:crs:EPSG::3035"}}}},"features":[{feature}]}}"#
    );
    let plain = format!(r#"{{"type":"FeatureCollection","features":[{feature}]}}"#);
    for (text, source) in [
        (declared, CrsSource::Declared),
        (plain, CrsSource::Inferred),
    ] {
        let l = parse_boundaries(&text, &BoundaryOptions::default()).expect("read");
        assert_eq!((l.value.crs, l.value.crs_source), (Crs::Laea3035, source));
        let c = l.value.districts[0].geometry.0[0].exterior().0[0];
        assert!(
            (c.x - 12.54).abs() < 0.02 && (c.y - 55.66).abs() < 0.02,
            "{c:?}"
        );
    }
}
