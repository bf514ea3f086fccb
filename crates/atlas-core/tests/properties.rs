//! Property tests (proptest): the loaders never panic on arbitrary input, projections
//! round-trip, classification breaks are sorted and cover every finite value, and
//! joins are deterministic. `PROPTEST_CASES` raises the case count (default 256).

use atlas_core::classify::methods::{classify, Method};
use atlas_core::geometry::coords::{Bounds, LonLat};
use atlas_core::geometry::crs::{Crs, Reprojector};
use atlas_core::geometry::projection::MapProjection;
use atlas_core::import::boundaries::BoundaryOptions;
use atlas_core::import::table::{parse_csv, parse_table_bytes};
use atlas_core::join::join;
use atlas_core::pipeline::parse_boundaries;
use atlas_core::present::project::{parse_project, parse_session};
use proptest::prelude::*;

/// GeoJSON-shaped text: features with random names, codes and rings (closed or not,
/// short or long, in or out of range), sometimes cut short.
fn geojsonish() -> impl Strategy<Value = String> {
    let coord = (-400.0f64..400.0, -100.0f64..100.0);
    let ring = prop::collection::vec(coord, 0..12);
    let feature = (
        "[a-zæøå0-9 ]{0,8}",
        "[0-9]{0,4}",
        prop::collection::vec(ring, 0..3),
        0..4u8,
    );
    (prop::collection::vec(feature, 0..6), any::<usize>()).prop_map(|(fs, cut)| {
        let features: Vec<String> = fs
            .into_iter()
            .map(|(name, code, rings, kind)| {
                let rings: Vec<String> = rings
                    .iter()
                    .map(|r| {
                        let pts: Vec<String> = r.iter().map(|(x, y)| format!("[{x},{y}]")).collect();
                        format!("[{}]", pts.join(","))
                    })
                    .collect();
                let geometry = match kind {
                    0 => format!(r#"{{"type":"Polygon","coordinates":[{}]}}"#, rings.join(",")),
                    1 => format!(r#"{{"type":"MultiPolygon","coordinates":[[{}]]}}"#, rings.join(",")),
                    2 => format!(
                        r#"{{"type":"GeometryCollection","geometries":[{{"type":"Polygon","coordinates":[{}]}}]}}"#,
                        rings.join(",")
                    ),
                    _ => "null".to_owned(),
                };
                format!(
                    r#"{{"type":"Feature","properties":{{"navn":"{name}","kode":"{code}"}},"geometry":{geometry}}}"#
                )
            })
            .collect();
        let text = format!(r#"{{"type":"FeatureCollection","features":[{}]}}"#, features.join(","));
        // One case in four is cut off somewhere (on a char boundary).
        if cut % 4 == 0 {
            let mut at = cut % (text.len() + 1);
            while !text.is_char_boundary(at) {
                at -= 1;
            }
            text[..at].to_owned()
        } else {
            text
        }
    })
}

proptest! {
    #[test]
    fn the_boundary_loader_never_panics_on_arbitrary_text(s in ".{0,400}") {
        let _ = parse_boundaries(&s, &BoundaryOptions::default());
    }

    #[test]
    fn the_boundary_loader_never_panics_on_arbitrary_bytes(b in prop::collection::vec(any::<u8>(), 0..600)) {
        let _ = parse_boundaries(&String::from_utf8_lossy(&b), &BoundaryOptions::default());
    }

    #[test]
    fn the_boundary_loader_never_panics_on_geojson_shaped_text(s in geojsonish()) {
        if let Ok(l) = parse_boundaries(&s, &BoundaryOptions::default()) {
            // Whatever it keeps is drawable: every ring closed with at least 4 points.
            for d in &l.value.districts {
                for p in &d.geometry.0 {
                    prop_assert!(p.exterior().0.len() >= 4);
                    prop_assert_eq!(p.exterior().0.first(), p.exterior().0.last());
                }
            }
        }
    }

    #[test]
    fn the_table_loader_never_panics_on_arbitrary_bytes(
        b in prop::collection::vec(any::<u8>(), 0..600),
        name in prop::sample::select(vec!["t.csv", "t.tsv", "t.json", "t.xlsx", "t.txt"]),
    ) {
        let _ = parse_table_bytes(&b, name, None);
    }

    #[test]
    fn the_table_loader_never_panics_on_csv_shaped_text(
        rows in prop::collection::vec(prop::collection::vec("[0-9a-zø,.;\" -]{0,7}", 0..5), 0..8),
    ) {
        let text: String = rows.iter().map(|r| r.join(";") + "\n").collect();
        let _ = parse_csv(&text, None);
    }

    #[test]
    fn the_project_and_session_loaders_never_panic(s in ".{0,300}") {
        let _ = parse_project(&s);
        let _ = parse_session(&s);
    }

    #[test]
    fn utm_coordinates_round_trip_through_lon_lat(
        x in 440_000.0f64..900_000.0, y in 6_040_000.0f64..6_410_000.0,
        crs in prop::sample::select(vec![Crs::Utm32, Crs::Utm33, Crs::WebMercator]),
    ) {
        let r = Reprojector::new(crs);
        let mut p = [(x, y)];
        r.to_lonlat(&mut p);
        prop_assert!(p[0].0.is_finite() && p[0].1.is_finite());
        r.from_lonlat(&mut p);
        prop_assert!((p[0].0 - x).abs() < 1e-3 && (p[0].1 - y).abs() < 1e-3, "{:?} vs {:?}", p[0], (x, y));
    }

    #[test]
    fn the_map_projection_round_trips_screen_and_lon_lat(
        lon0 in 7.0f64..15.0, lat0 in 54.5f64..57.5, w in 0.01f64..3.0, h in 0.01f64..1.5,
        fx in 0.0f64..1.0, fy in 0.0f64..1.0,
    ) {
        let b = Bounds { min_x: lon0, min_y: lat0, max_x: lon0 + w, max_y: lat0 + h };
        let (proj, height) = MapProjection::fit_width(b, 1000.0, 16.0).expect("a fit");
        prop_assert!(height > 0.0);
        let p = LonLat { lon: lon0 + fx * w, lat: lat0 + fy * h };
        let s = proj.to_screen(p);
        prop_assert!((0.0..=1000.0).contains(&s.x) && (0.0..=height + 1e-6).contains(&s.y));
        let back = proj.to_lonlat(s);
        prop_assert!((back.lon - p.lon).abs() < 1e-9 && (back.lat - p.lat).abs() < 1e-9);
    }

    #[test]
    fn classification_breaks_are_sorted_and_cover_every_finite_value(
        values in prop::collection::vec(
            prop_oneof![
                4 => (-1e7f64..1e7).prop_map(Some),
                1 => Just(None),
                1 => prop::sample::select(vec![f64::NAN, f64::INFINITY, f64::NEG_INFINITY, 0.0, -0.0]).prop_map(Some),
            ],
            0..40,
        ),
        k in 3usize..10,
        method in prop::sample::select(Method::ALL.to_vec()),
        manual in prop::collection::vec(-1e7f64..1e7, 0..6),
    ) {
        let Ok(c) = classify(&values, method, k, &manual) else {
            // Refused only when there is nothing to divide: no finite values, or all
            // equal (or a manual break list that leaves nothing).
            return Ok(());
        };
        // Strictly increasing; a fixed scheme (box map, standard deviation) may repeat a
        // break when quartiles tie, which leaves an empty class but never misorders.
        if c.open_ends {
            prop_assert!(c.breaks.windows(2).all(|w| w[0] <= w[1]), "unsorted {:?}", c.breaks);
            prop_assert!(c.breaks.first() < c.breaks.last() || c.breaks.len() < 2, "collapsed {:?}", c.breaks);
        } else {
            prop_assert!(c.breaks.windows(2).all(|w| w[0] < w[1]), "unsorted {:?}", c.breaks);
        }
        prop_assert!(c.breaks.iter().all(|b| b.is_finite()));
        prop_assert!(c.min <= c.max);
        for v in values.iter().flatten().filter(|v| v.is_finite()) {
            prop_assert!(c.min <= *v && *v <= c.max, "{v} outside {}..{}", c.min, c.max);
            prop_assert!(c.class_of(*v) < c.classes());
        }
    }

    #[test]
    fn joins_are_deterministic(
        names in prop::collection::vec("[A-Za-zæøå]{1,6}( [0-9])?", 1..8),
        keys in prop::collection::vec("[0-9]{1,3}", 0..10),
        values in prop::collection::vec(0.0f64..1e6, 10),
    ) {
        let features: Vec<String> = names.iter().enumerate().map(|(i, n)| {
            let x = 12.0 + i as f64 * 0.01;
            format!(r#"{{"type":"Feature","properties":{{"navn":"{n}","kode":"{i:02}"}},"geometry":{{"type":"Polygon","coordinates":[[[{x},55],[{},55],[{},55.01],[{x},55]]]}}}}"#, x + 0.01, x + 0.01)
        }).collect();
        let gj = format!(r#"{{"type":"FeatureCollection","features":[{}]}}"#, features.join(","));
        let Ok(b) = parse_boundaries(&gj, &BoundaryOptions::default()) else { return Ok(()); };
        let mut csv = String::from("kode;navn;værdi\n");
        for (i, k) in keys.iter().enumerate() {
            let name = names.get(i % names.len()).cloned().unwrap_or_default();
            csv.push_str(&format!("{k};{name};{}\n", values[i].round()));
        }
        let Ok(t) = parse_csv(&csv, None) else { return Ok(()); };
        let first = join(&b.value, t.value.clone());
        let second = join(&b.value, t.value.clone());
        prop_assert_eq!(&first.value, &second.value);
        prop_assert_eq!(
            first.issues.iter().map(|i| i.sentence(atlas_core::Lang::Da)).collect::<Vec<_>>(),
            second.issues.iter().map(|i| i.sentence(atlas_core::Lang::Da)).collect::<Vec<_>>()
        );
    }
}

proptest! {
    #[test]
    fn path_numbers_print_as_float_formatting_would(k in -10_000_000_000i64..10_000_000_000, d in 0usize..7) {
        let mut s = String::new();
        atlas_core::geometry::stream::push_fixed(&mut s, k, d);
        let f = 10f64.powi(d as i32);
        prop_assert_eq!(s, format!("{:.d$}", k as f64 / f));
    }
}
