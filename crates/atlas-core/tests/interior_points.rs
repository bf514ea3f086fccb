//! The scanline interior point (labels, badges, keyboard neighbours) lies inside its
//! polygon, on every polygon of the real boundary files and on random ones.

mod common;

use atlas_core::geometry::label_point::scanline_interior_point;
use common::{polygons, shared, REAL_POLYGON_FILES};
use geo::{Contains, Coord, LineString, Point, Polygon};

#[test]
fn interior_points_lie_inside_every_real_polygon() {
    for rel in REAL_POLYGON_FILES {
        let Some(text) = shared(rel) else { continue };
        let polys = polygons(&text);
        let mut found = 0;
        for p in &polys {
            if let Some(s) = scanline_interior_point(p) {
                assert!(p.contains(&Point::new(s.x, s.y)), "{rel}: {s:?} outside");
                found += 1;
            }
        }
        println!(
            "{rel}: {found} of {} polygons got an interior point, all inside",
            polys.len()
        );
        assert!(found * 100 >= polys.len() * 99, "{rel}: too few points");
    }
}

#[test]
fn interior_points_lie_inside_random_star_polygons_with_holes() {
    let mut state = 3u64;
    let mut next = || {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((state >> 33) as f64) / (1u64 << 31) as f64
    };
    for case in 0..2000 {
        let n = 4 + case % 20;
        let mut ring: Vec<Coord<f64>> = (0..n)
            .map(|k| {
                let t = std::f64::consts::TAU * k as f64 / n as f64;
                let r = 2.0 + 8.0 * next();
                Coord {
                    x: r * t.cos(),
                    y: r * t.sin(),
                }
            })
            .collect();
        ring.push(ring[0]);
        let hole = if case % 2 == 0 {
            vec![LineString::from(vec![
                (-0.5, -0.5),
                (0.5, -0.5),
                (0.5, 0.5),
                (-0.5, 0.5),
                (-0.5, -0.5),
            ])]
        } else {
            vec![]
        };
        let p = Polygon::new(LineString(ring), hole);
        let s = scanline_interior_point(&p).expect("a point");
        assert!(
            p.contains(&Point::new(s.x, s.y)),
            "case {case}: {s:?} outside"
        );
    }
}
