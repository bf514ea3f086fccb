//! The fast self-crossing sweep agrees with geo's full validation on every hole-less
//! ring it replaces: random rings, and every polygon of the real boundary files. For
//! polygons with holes, whatever the sweep calls surely valid, geo calls valid.

mod common;

use atlas_core::import::boundaries::crossing::{ring_self_intersects, surely_valid_with_holes};
use common::{polygons, shared, REAL_POLYGON_FILES};
use geo::{Coord, LineString, Polygon, Validation};

fn geo_says_crossing(ring: &[Coord<f64>]) -> bool {
    Polygon::new(LineString(ring.to_vec()), vec![])
        .check_validation()
        .err()
        .is_some_and(|e| {
            e.to_string().contains("self-intersection") || e.to_string().contains("intersect")
        })
}

/// A small deterministic random generator (no dependency needed).
struct Lcg(u64);
impl Lcg {
    fn next(&mut self) -> f64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) as f64) / (1u64 << 31) as f64
    }
}

#[test]
fn the_sweep_agrees_with_geo_on_random_rings_crossing_or_not() {
    let mut rng = Lcg(7);
    let (mut crossing, mut simple) = (0, 0);
    for case in 0..3000 {
        let n = 3 + case % 12;
        // star-shaped rings are simple; jittered ones often cross; a coarse grid makes
        // touching vertices and collinear overlaps common
        let jitter = if case % 3 == 0 { 0.0 } else { 0.9 };
        let mut ring: Vec<Coord<f64>> = (0..n)
            .map(|k| {
                let t = std::f64::consts::TAU * (k as f64 + jitter * rng.next()) / n as f64;
                let r = 1.0 + 3.0 * rng.next();
                let snap = |v: f64| {
                    if case % 5 == 0 {
                        (v * 2.0).round() / 2.0
                    } else {
                        v
                    }
                };
                Coord {
                    x: snap(r * t.cos()),
                    y: snap(r * t.sin()),
                }
            })
            .collect();
        if case % 2 == 1 {
            // swap two vertices: often makes the ring cross itself
            let (i, j) = (
                (rng.next() * n as f64) as usize % n,
                (rng.next() * n as f64) as usize % n,
            );
            ring.swap(i, j);
        }
        ring.dedup();
        if ring.len() < 3 {
            continue;
        }
        ring.push(ring[0]);
        let ours = ring_self_intersects(&ring);
        let geos = geo_says_crossing(&ring);
        if geo::Validation::is_valid(&Polygon::new(LineString(ring.clone()), vec![])) && ours {
            panic!("case {case}: the sweep flags a ring geo finds valid: {ring:?}");
        }
        if geos && !ours {
            panic!("case {case}: geo finds a crossing the sweep misses: {ring:?}");
        }
        if ours {
            crossing += 1
        } else {
            simple += 1
        }
    }
    println!("random rings: {crossing} crossing, {simple} simple — the sweep and geo agree on all");
    assert!(crossing > 300 && simple > 300, "both kinds exercised");
}

#[test]
fn the_sweep_agrees_with_geo_on_every_real_polygon() {
    for rel in REAL_POLYGON_FILES {
        let Some(text) = shared(rel) else { continue };
        let mut checked = 0;
        for p in polygons(&text)
            .into_iter()
            .filter(|p| p.interiors().is_empty())
        {
            let ring = &p.exterior().0;
            assert_eq!(
                ring_self_intersects(ring),
                !geo::Validation::is_valid(&p) && geo_says_crossing(ring),
                "{rel}: {:?}",
                &ring[..3]
            );
            checked += 1;
        }
        println!("{rel}: {checked} hole-less polygons, the sweep agrees with geo on all");
    }
}

fn square(x: f64, y: f64, s: f64) -> Vec<Coord<f64>> {
    vec![
        Coord { x, y },
        Coord { x: x + s, y },
        Coord { x: x + s, y: y + s },
        Coord { x, y: y + s },
        Coord { x, y },
    ]
}

#[test]
fn polygons_with_holes_called_surely_valid_are_valid_for_geo() {
    let mut rng = Lcg(11);
    let (mut sure, mut unsure) = (0, 0);
    for case in 0..3000 {
        // a star-shaped shell around the origin, radius 5–8
        let n = 5 + case % 9;
        let mut shell: Vec<Coord<f64>> = (0..n)
            .map(|k| {
                let t = std::f64::consts::TAU * k as f64 / n as f64;
                let r = 5.0 + 3.0 * rng.next();
                Coord {
                    x: r * t.cos(),
                    y: r * t.sin(),
                }
            })
            .collect();
        shell.push(shell[0]);
        // 1–4 square holes anywhere near: inside, outside, crossing, nested, touching
        let holes: Vec<Vec<Coord<f64>>> = (0..1 + case % 4)
            .map(|_| {
                let snap = |v: f64| if case % 5 == 0 { v.round() } else { v };
                square(
                    snap(-9.0 + 14.0 * rng.next()),
                    snap(-9.0 + 14.0 * rng.next()),
                    snap(0.5 + 3.0 * rng.next()).max(1.0),
                )
            })
            .collect();
        let ours = surely_valid_with_holes(&shell, &holes);
        let polygon = Polygon::new(
            LineString(shell.clone()),
            holes.iter().map(|h| LineString(h.clone())).collect(),
        );
        if ours {
            assert!(
                geo::Validation::is_valid(&polygon),
                "case {case}: surely valid, but geo says {:?}",
                polygon.check_validation().err()
            );
            sure += 1;
        } else {
            unsure += 1;
        }
    }
    println!("random polygons with holes: {sure} surely valid (geo agrees), {unsure} left to geo");
    assert!(sure > 300 && unsure > 300, "both kinds exercised");
}

#[test]
fn real_polygons_with_holes_called_surely_valid_are_valid_for_geo() {
    for rel in REAL_POLYGON_FILES {
        let Some(text) = shared(rel) else { continue };
        let (mut sure, mut total) = (0, 0);
        for p in polygons(&text)
            .into_iter()
            .filter(|p| !p.interiors().is_empty())
        {
            total += 1;
            let holes: Vec<Vec<Coord<f64>>> = p.interiors().iter().map(|h| h.0.clone()).collect();
            if surely_valid_with_holes(&p.exterior().0, &holes) {
                sure += 1;
                assert!(
                    geo::Validation::is_valid(&p),
                    "{rel}: {:?}",
                    &p.exterior().0[..2]
                );
            }
        }
        println!("{rel}: {sure} of {total} polygons with holes surely valid by the sweep; geo agrees on all");
    }
}
