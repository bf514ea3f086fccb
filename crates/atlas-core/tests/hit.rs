//! The canvas map's hit test: the R-tree of boxes plus the even–odd test finds the
//! same district as testing every district's polygon, on the real parishes, and the
//! flat rings agree with geo's point-in-polygon.

mod common;

use atlas_core::geometry::flat::FlatShapes;
use atlas_core::geometry::hit::HitIndex;
use atlas_core::import::boundaries::BoundaryOptions;
use atlas_core::pipeline::{BoundaryLoad, MAP_WIDTH};
use common::shared;
use geo::{Contains, Coord, LineString, Point, Polygon};

fn parishes() -> Option<atlas_core::geometry::shapes::MapGeometry> {
    let text = shared("dk_dagi_2014/derived/sogne_from_topojson.geojson")?;
    let mut load =
        BoundaryLoad::new(text.into(), BoundaryOptions::default(), Some(MAP_WIDTH)).expect("loads");
    load.run().expect("runs");
    let (_, geometry) = load.finish_shaped().expect("shaped");
    Some(geometry)
}

/// A small deterministic random source.
fn randoms(seed: u64) -> impl FnMut() -> f64 {
    let mut state = seed;
    move || {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((state >> 33) as f64) / (1u64 << 31) as f64
    }
}

/// Brute force: every district tested, the smallest box among those that hold it.
fn brute(shapes: &FlatShapes, x: f64, y: f64) -> Option<usize> {
    (0..shapes.len())
        .filter(|&d| shapes.contains(d, x, y))
        .min_by(|&a, &b| {
            let area = |d: usize| {
                let b = shapes.bounds_of(d).expect("bounds");
                b.width() * b.height()
            };
            area(a).total_cmp(&area(b))
        })
}

#[test]
fn the_hit_index_finds_the_same_parish_as_testing_every_polygon() {
    let Some(g) = parishes() else {
        return;
    };
    for zoom in [1.0, 8.0] {
        let shapes = g.flat_at_zoom(zoom);
        assert_eq!(shapes.len(), 2148);
        let index = HitIndex::new(&shapes);
        let mut next = randoms(7);
        let (mut inside, mut outside) = (0, 0);
        for _ in 0..3000 {
            let (x, y) = (next() * g.width, next() * g.height);
            let hit = index.hit(&shapes, x, y);
            assert_eq!(
                hit,
                brute(&shapes, x, y),
                "at ({x:.2}, {y:.2}), zoom {zoom}"
            );
            if hit.is_some() {
                inside += 1;
            } else {
                outside += 1;
            }
        }
        eprintln!("zoom {zoom}: {inside} points in a parish, {outside} in the sea, all agreed");
        assert!(
            inside > 500 && outside > 500,
            "the sample covers land and sea"
        );
    }
}

#[test]
fn each_parish_is_hit_at_its_own_label_point() {
    let Some(g) = parishes() else {
        return;
    };
    let shapes = g.flat_at_zoom(64.0);
    let index = HitIndex::new(&shapes);
    let mut own = 0;
    let mut with_point = 0;
    for (d, p) in g.label_points.iter().enumerate() {
        let Some(p) = p else { continue };
        with_point += 1;
        if index.hit(&shapes, p.x, p.y) == Some(d) {
            own += 1;
        }
    }
    eprintln!("{own} of {with_point} parishes hit at their label point");
    assert!(own * 1000 >= with_point * 998, "{own} of {with_point}");
}

#[test]
fn the_flat_rings_agree_with_geo_point_in_polygon() {
    let Some(g) = parishes() else {
        return;
    };
    let shapes = g.flat_at_zoom(1.0);
    let mut next = randoms(11);
    let mut checked = 0;
    for d in (0..shapes.len()).step_by(37) {
        let rings: Vec<LineString<f64>> = shapes
            .rings_of(d)
            .map(|r| {
                LineString::new(
                    r.chunks_exact(2)
                        .map(|p| Coord {
                            x: p[0] as f64,
                            y: p[1] as f64,
                        })
                        .collect(),
                )
            })
            .collect();
        let Some(b) = shapes.bounds_of(d) else {
            continue;
        };
        for _ in 0..20 {
            let (x, y) = (b.min_x + next() * b.width(), b.min_y + next() * b.height());
            // even–odd over all rings = inside an odd number of them
            let by_geo = rings
                .iter()
                .filter(|r| Polygon::new((*r).clone(), vec![]).contains(&Point::new(x, y)))
                .count()
                % 2
                == 1;
            assert_eq!(
                shapes.contains(d, x, y),
                by_geo,
                "district {d} at ({x}, {y})"
            );
            checked += 1;
        }
    }
    assert!(checked > 1000);
}
