//! The parishes against PySAL: neighbour counts and Moran's I on the 2,148 parishes
//! (`tools/pysal/make_fixtures.py`). One known difference, tested as such: the parish
//! file repeats a vertex where some parishes only touch (a zero-length edge); PySAL's
//! rook counts that as a shared edge, the atlas as the point it is (queen has it
//! either way). The test adds exactly those pairs, then wants PySAL's numbers.

mod common;

use atlas_core::classify::moran::{global_moran, local_moran, Sample};
use atlas_core::geometry::shapes::build_geometry;
use atlas_core::geometry::weights::{Weights, WeightsKind};
use atlas_core::import::boundaries::BoundaryOptions;
use atlas_core::pipeline::{parse_boundaries, MAP_PADDING, MAP_WIDTH};
use common::pysal::{f, fixture, ids_of, p_close, PERMUTATIONS};
use serde_json::Value;

#[test]
fn parish_neighbour_counts_and_moran_equal_pysal() {
    let Some(text) = common::shared("dk_dagi_2014/derived/sogne_from_topojson.geojson") else {
        return;
    };
    let options = BoundaryOptions {
        key_property: Some("SOGNEKODE".into()),
        ..Default::default()
    };
    let b = parse_boundaries(&text, &options).expect("parishes");
    let g = build_geometry(&b.value.districts, MAP_WIDTH, MAP_PADDING).expect("shapes");
    let fx = fixture("sogne.json");
    let ids = ids_of(&fx["ids"]);
    assert_eq!(ids.len(), 2148);
    let index: std::collections::HashMap<&str, usize> = b
        .value
        .districts
        .iter()
        .enumerate()
        .map(|(i, d)| (d.id.as_str(), i))
        .collect();
    let at = |id: &str| {
        *index
            .get(id)
            .unwrap_or_else(|| panic!("parish {id} on the map"))
    };
    let zero_length = zero_length_edges(&text);
    for kind in [WeightsKind::Queen, WeightsKind::Rook] {
        let w = Weights::of(&g, kind);
        let counts = &fx["weights"][kind.id()]["cardinality"];
        let mut added = 0;
        let wrong: Vec<String> = ids
            .iter()
            .enumerate()
            .filter(|(k, id)| {
                let mut ours: std::collections::BTreeSet<&str> = w.neighbours[at(id)]
                    .iter()
                    .map(|j| b.value.districts[*j].id.as_str())
                    .collect();
                if kind == WeightsKind::Rook {
                    // PySAL's rook also takes a zero-length edge (see the module's note)
                    for (p, q) in &zero_length {
                        let other = if p == *id {
                            q
                        } else if q == *id {
                            p
                        } else {
                            continue;
                        };
                        added += usize::from(ours.insert(other.as_str()));
                    }
                }
                ours.len() as u64 != counts[*k].as_u64().expect("count")
            })
            .map(|(k, id)| format!("{id}: {} vs {}", w.neighbours[at(id)].len(), counts[k]))
            .collect();
        assert!(
            wrong.is_empty(),
            "{kind:?}: {} parishes differ: {:?}",
            wrong.len(),
            &wrong[..wrong.len().min(10)]
        );
        if kind == WeightsKind::Rook {
            assert!(
                added > 0 && added <= 40,
                "{added} zero-length contacts taken as PySAL takes them"
            );
        }
    }
    // code mod 97, as the script makes it
    let column: Vec<Option<f64>> = b
        .value
        .districts
        .iter()
        .map(|d| d.id.parse::<u64>().ok().map(|c| (c % 97) as f64))
        .collect();
    for kind in [WeightsKind::Queen, WeightsKind::Rook] {
        let what = format!("code_mod_97|{}", kind.id());
        let theirs = &fx["moran"][&what]["global"];
        let mut w = Weights::of(&g, kind);
        if kind == WeightsKind::Rook {
            // the same weights as PySAL's: its zero-length edges added
            for (p, q) in &zero_length {
                let (p, q) = (at(p), at(q));
                if !w.neighbours[p].contains(&q) {
                    w.neighbours[p].push(q);
                    w.neighbours[q].push(p);
                }
            }
        }
        let sample = Sample::new(&w, &[&column]);
        let m = global_moran(&sample, &column, PERMUTATIONS, 12345).expect("I");
        assert!(
            (m.i - f(&theirs["I"])).abs() < 1e-9,
            "{what}: {} vs {}",
            m.i,
            theirs["I"]
        );
        p_close(m.p, f(&theirs["p_sim"]), &what);
    }
    let theirs = &fx["moran"]["code_mod_97|queen"];
    let sample = Sample::new(&Weights::of(&g, WeightsKind::Queen), &[&column]);
    let local = local_moran(&sample, &column, column.len(), 99, 12345);
    for (k, id) in ids_of(&theirs["ids"]).iter().enumerate() {
        let l = local.locals[at(id)].expect("local");
        assert!((l.i - f(&theirs["local"]["Is"][k])).abs() < 1e-9, "{id}");
        assert_eq!(
            l.quadrant as u64 + 1,
            theirs["local"]["q"][k].as_u64().expect("q"),
            "{id}"
        );
    }
}

/// The pairs of parishes (codes) whose rings both repeat a vertex at the same place
/// in the file: a zero-length edge they share.
fn zero_length_edges(text: &str) -> Vec<(String, String)> {
    let gj: Value = serde_json::from_str(text).expect("GeoJSON");
    let mut at: std::collections::HashMap<(u64, u64), std::collections::BTreeSet<String>> =
        Default::default();
    for f in gj["features"].as_array().expect("features") {
        let code = match &f["properties"]["SOGNEKODE"] {
            Value::String(s) => s.clone(),
            v => v.to_string(),
        };
        let geometry = &f["geometry"];
        let polygons: Vec<&Value> = match geometry["type"].as_str() {
            Some("Polygon") => vec![&geometry["coordinates"]],
            _ => geometry["coordinates"]
                .as_array()
                .expect("parts")
                .iter()
                .collect(),
        };
        for ring in polygons.iter().flat_map(|p| p.as_array().expect("rings")) {
            let pts: Vec<(f64, f64)> = ring
                .as_array()
                .expect("ring")
                .iter()
                .map(|c| (self::f(&c[0]), self::f(&c[1])))
                .collect();
            for w in pts.windows(2) {
                if w[0] == w[1] {
                    let key = (w[0].0.to_bits(), w[0].1.to_bits());
                    at.entry(key).or_default().insert(code.clone());
                }
            }
        }
    }
    let mut pairs = Vec::new();
    for codes in at.values() {
        let codes: Vec<&String> = codes.iter().collect();
        for (i, p) in codes.iter().enumerate() {
            for q in &codes[i + 1..] {
                pairs.push(((*p).clone(), (*q).clone()));
            }
        }
    }
    pairs
}
