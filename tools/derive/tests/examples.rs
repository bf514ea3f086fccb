//! The built-in examples in `public/` are exactly what the derivation makes from the
//! real files in `../shared/data` (read by path, never copied), and they are sound
//! maps: the ids the tables use, neighbours with identical borders, no slivers or
//! gaps, areas as in the source.

#[path = "../../../crates/atlas-core/tests/common/mod.rs"]
mod common;

use geo::{Area, BooleanOps, MultiPolygon};
use std::collections::HashMap;
use std::path::PathBuf;

fn public(rel: &str) -> String {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../public")
        .join(rel);
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{} could not be read: {e}", p.display()))
}

const DEMO: &str = "demo/bydele.geojson";
const BYDELE: &str = "eksempler/bydele/bydele.geojson";

/// `(code, name, shape)` per feature, shapes in lon/lat.
fn features(text: &str) -> Vec<(String, String, MultiPolygon<f64>)> {
    let v: serde_json::Value = serde_json::from_str(text).expect("GeoJSON");
    let shapes = common::polygons(text);
    let mut shapes = shapes.into_iter();
    v["features"]
        .as_array()
        .expect("features")
        .iter()
        .map(|f| {
            let parts = f["geometry"]["coordinates"]
                .as_array()
                .expect("multipolygon")
                .len();
            (
                // the derived files' `bydel_kode`, the source's `bydel_nr`
                f["properties"]["bydel_kode"]
                    .as_str()
                    .map(str::to_owned)
                    .unwrap_or_else(|| f["properties"]["bydel_nr"].to_string()),
                f["properties"]["navn"].as_str().expect("navn").to_owned(),
                MultiPolygon(shapes.by_ref().take(parts).collect()),
            )
        })
        .collect()
}

/// Square metres of a lon/lat shape near Copenhagen (local equirectangular scale).
fn m2(shape: &MultiPolygon<f64>) -> f64 {
    shape.unsigned_area() * 111_320.0 * 111_320.0 * 55.68f64.to_radians().cos()
}

#[test]
fn the_committed_examples_are_exactly_what_the_derivation_makes() {
    let Some(_) = common::shared_bytes(atlas_derive::BYDELE) else {
        return;
    };
    let shared = common::shared_path("");
    let files = atlas_derive::derive_all(&shared).expect("the derivation runs");
    // every built-in example's files but the demo's table (written by hand)
    for ex in atlas_core::present::examples::EXAMPLES {
        for path in [ex.boundaries, ex.table, ex.meta] {
            assert!(
                path.starts_with("demo/indikatorer") || files.iter().any(|f| f.path == path),
                "the derivation makes public/{path}"
            );
        }
    }
    for f in files {
        assert!(
            public(f.path) == f.text,
            "public/{} differs from what tools/derive-examples.sh makes from the shared files: run it and commit the result",
            f.path
        );
    }
}

#[test]
fn the_shipped_ready_answers_are_what_the_worker_makes_of_the_shipped_files() {
    let public_dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../public");
    let files = atlas_derive::ready_files(&public_dir).expect("the examples' files load");
    assert_eq!(
        files.len(),
        atlas_core::present::examples::EXAMPLES
            .iter()
            .filter(|ex| !ex.ready.is_empty())
            .count(),
        "one per built-in example that has them"
    );
    for (path, bytes) in files {
        let shipped = std::fs::read(public_dir.join(path)).unwrap_or_else(|e| {
            panic!("public/{path} could not be read ({e}): run tools/derive-examples.sh")
        });
        assert!(
            shipped == bytes,
            "public/{path} is not what the loader makes of the example's files now (the files or the message format changed): run tools/derive-examples.sh and commit the result"
        );
    }
}

#[test]
fn the_demo_has_the_eleven_areas_of_its_table_and_the_example_the_ten_bydele() {
    let demo = features(&public(DEMO));
    let codes: Vec<&str> = demo.iter().map(|f| f.0.as_str()).collect();
    let table_codes: Vec<String> = public("demo/indikatorer.csv")
        .lines()
        .skip(1)
        .map(|l| l.split(';').next().unwrap_or_default().to_owned())
        .collect();
    assert_eq!(
        codes, table_codes,
        "the demo's areas are the demo table's rows"
    );
    assert_eq!(demo.len(), 11);
    let names: Vec<&str> = demo.iter().map(|f| f.1.as_str()).collect();
    for n in [
        "Østerbro",
        "Vesterbro",
        "Sydhavnen",
        "Amager Øst",
        "Valby",
        "Vanløse",
    ] {
        assert!(names.contains(&n), "{n} is on the demo map");
    }
    let official = features(&public(BYDELE));
    assert_eq!(official.len(), 10);
    assert!(official.iter().any(|f| f.1 == "Vesterbro-Kongens Enghave"));
    let csv = public("eksempler/bydele/tal.csv");
    for f in &official {
        assert!(
            csv.lines().any(|l| l.starts_with(&format!("{};", f.0))),
            "the example's table has rows for {} ({})",
            f.1,
            f.0
        );
    }
}

/// Every edge, undirected, with the areas it belongs to.
fn edges(text: &str) -> HashMap<[(i64, i64); 2], Vec<usize>> {
    let v: serde_json::Value = serde_json::from_str(text).expect("GeoJSON");
    let mut out: HashMap<[(i64, i64); 2], Vec<usize>> = HashMap::new();
    let q = |p: &serde_json::Value| {
        let c = |i: usize| (p[i].as_f64().expect("number") * 1e6).round() as i64;
        (c(0), c(1))
    };
    for (i, f) in v["features"]
        .as_array()
        .expect("features")
        .iter()
        .enumerate()
    {
        for poly in f["geometry"]["coordinates"].as_array().expect("polygons") {
            for ring in poly.as_array().expect("rings") {
                let pts: Vec<(i64, i64)> = ring.as_array().expect("ring").iter().map(q).collect();
                for w in pts.windows(2) {
                    let mut e = [w[0], w[1]];
                    e.sort();
                    out.entry(e).or_default().push(i);
                }
            }
        }
    }
    out
}

#[test]
fn neighbours_share_identical_borders_without_overlaps_gaps_or_slivers() {
    for file in [DEMO, BYDELE] {
        let text = public(file);
        // an edge is on the city's outline (once) or between two different areas
        for (e, owners) in edges(&text) {
            assert!(
                owners.len() == 1 || (owners.len() == 2 && owners[0] != owners[1]),
                "{file}: the edge {e:?} is drawn by areas {owners:?}"
            );
        }
        let areas = features(&text);
        let mut shared_len = 0usize;
        for (i, a) in areas.iter().enumerate() {
            for b in &areas[i + 1..] {
                let overlap = m2(&a.2.intersection(&b.2));
                assert!(
                    overlap < 1.0,
                    "{file}: {} and {} overlap by {overlap:.1} m²",
                    a.1,
                    b.1
                );
            }
            for p in &a.2 .0 {
                let part = m2(&MultiPolygon(vec![p.clone()]));
                assert!(
                    part > 2_000.0,
                    "{file}: {} has a sliver of {part:.0} m²",
                    a.1
                );
            }
        }
        // a gap or sliver between neighbours would leave outline edges of two areas
        // side by side: no outline edge comes within a metre of another area's
        let outline: Vec<(usize, [(f64, f64); 2])> = edges(&text)
            .into_iter()
            .filter(|(_, o)| o.len() == 1)
            .map(|(e, o)| {
                let m = |p: (i64, i64)| {
                    let k = 111_320.0 / 1e6;
                    (p.0 as f64 * k * 55.68f64.to_radians().cos(), p.1 as f64 * k)
                };
                (o[0], [m(e[0]), m(e[1])])
            })
            .collect();
        for (i, e) in &outline {
            let mid = ((e[0].0 + e[1].0) / 2.0, (e[0].1 + e[1].1) / 2.0);
            for (j, f) in &outline {
                if i != j {
                    let d = distance_to_segment(mid, f);
                    assert!(
                        d > 1.0,
                        "{file}: a gap of {d:.2} m between {} and {} near {mid:?}",
                        areas[*i].1,
                        areas[*j].1
                    );
                }
            }
        }
        for (_, owners) in edges(&text) {
            shared_len += usize::from(owners.len() == 2);
        }
        assert!(
            shared_len > 100,
            "{file}: neighbours share {shared_len} edges"
        );
    }
}

#[test]
fn each_area_keeps_its_source_size_and_the_file_is_small() {
    let Some(src) = common::shared(atlas_derive::BYDELE) else {
        return;
    };
    let source = features_by_name(&src);
    let official = features(&public(BYDELE));
    for (_, name, shape) in &official {
        let want = source
            .get(name.as_str())
            .unwrap_or_else(|| panic!("{name} in the source"));
        let got = m2(shape);
        assert!(
            (got - want).abs() / want < 0.02,
            "{name}: {got:.0} m² after simplifying, {want:.0} m² in the source"
        );
    }
    let demo = features(&public(DEMO));
    let part = |n: &str| demo.iter().find(|f| f.1 == n).map(|f| m2(&f.2)).expect(n);
    let split = part("Vesterbro") + part("Sydhavnen");
    let whole = source["Vesterbro-Kongens Enghave"];
    assert!(
        (split - whole).abs() / whole < 0.02,
        "the two halves make the bydel"
    );
    assert!(part("Sydhavnen") > 0.3 * whole && part("Vesterbro") > 0.2 * whole);
    for f in [DEMO, BYDELE] {
        let n = public(f).len();
        assert!(n < 60_000, "public/{f} is {n} bytes");
    }
}

fn features_by_name(text: &str) -> HashMap<String, f64> {
    features(text)
        .into_iter()
        .map(|(_, name, shape)| (name, m2(&shape)))
        .collect()
}

/// Distance from `p` to the segment `s` (planar metres).
fn distance_to_segment(p: (f64, f64), s: &[(f64, f64); 2]) -> f64 {
    let (a, b) = (s[0], s[1]);
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let l2 = dx * dx + dy * dy;
    let t = if l2 == 0.0 {
        0.0
    } else {
        (((p.0 - a.0) * dx + (p.1 - a.1) * dy) / l2).clamp(0.0, 1.0)
    };
    (p.0 - a.0 - t * dx).hypot(p.1 - a.1 - t * dy)
}

#[test]
fn the_grid_examples_groups_are_the_cells_of_osterbro_and_sydhavnen() {
    let (Some(grid), Some(kv)) = (
        common::shared_bytes(atlas_derive::kvadratnet::FIGURES),
        common::shared_bytes(atlas_derive::kvarterer::BOUNDARIES),
    ) else {
        return;
    };
    let (table, _) =
        atlas_derive::kvadratnet::derive(&String::from_utf8_lossy(&grid)).expect("the grid table");
    let areas =
        atlas_derive::read::areas(&String::from_utf8_lossy(&kv), "kvarternr", "kvarternavn")
            .expect("the kvarterer");
    let of = |keep: &dyn Fn(i64) -> bool| {
        let shapes: Vec<_> = areas
            .iter()
            .filter(|a| keep(a.number))
            .map(|a| &a.shape)
            .collect();
        atlas_derive::kvadratnet::cells_in(&table, &shapes)
    };
    let osterbro = of(&|n| (20301..=20311).contains(&n));
    let sydhavnen = of(&|n| (20601..=20603).contains(&n));
    println!("OSTERBRO_CELLS {osterbro:?}\nSYDHAVNEN_CELLS {sydhavnen:?}");
    assert_eq!(
        osterbro,
        atlas_core::present::examples::OSTERBRO_CELLS,
        "Østerbro's cells"
    );
    assert_eq!(
        sydhavnen,
        atlas_core::present::examples::SYDHAVNEN_CELLS,
        "Sydhavnen's cells"
    );
}
