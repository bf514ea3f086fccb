//! Rings that cross or touch themselves, made simple.
//!
//! The DAWA municipalities (`dk_kommuner_dawa_recent`) come from a quantised,
//! simplified source: some rings pass twice through the same vertex (most often a
//! zero-width spike, the ring running out to a point and back along the same line),
//! a few cross themselves where two edges of a narrow inlet swapped sides, and a few
//! tiny rings collapsed to fewer than three distinct points. The atlas's loader
//! rightly reports each such ring.
//!
//! The repair, per ring, on whole millimetres (so it is exact):
//! 1. **Node** the ring: where two of its edges cross, the crossing point is inserted
//!    into both; where a vertex lies on another edge of the same ring (a spike folding
//!    back), it is inserted into that edge. Afterwards the ring meets itself only at
//!    vertices.
//! 2. **Split** it at every vertex it passes more than once into loops, each a simple
//!    ring.
//! 3. **Keep** the loops that wind the same way as the ring (its own pieces: the main
//!    ring, and a lobe pinched off at a crossing becomes a polygon of its own); a loop
//!    that winds the other way inside one of them is a hole pinched onto the ring (it
//!    becomes a hole); **drop** the loops that enclose no area (spikes, rings of under
//!    three points) and the other loops that wind the other way (the twisted slivers
//!    between two crossing edges). A dropped twisted loop larger than
//!    [`MAX_TWIST_M2`] is an error, not a repair: the derivation stops rather than
//!    lose land.
//!
//! Holes get the same treatment and go to the kept outer loop that contains them.
//!
//! Two more mends, with geo's boolean operations (their vertices brought back to the
//! millimetre; the caller welds them to the neighbours'): a hole that pokes out of
//! its polygon (Lemvig's hole for a piece of Struer reaches 5 m into Struer) is cut
//! from the polygon as a notch; and where parts of one area overlap (DAWA's islets
//! were simplified apart from the coast they lie off, so many cross it), the area's
//! parts are replaced by their union.

use crate::read::snap;
use geo::orient::{Direction, Orient};
use geo::{
    BooleanOps, BoundingRect, Contains, Coord, InteriorPoint, Intersects, LineString, MapCoords,
    MultiPolygon, Polygon, Relate,
};

/// The largest twisted loop that may be dropped, in m² (the DAWA file's two are under
/// half a square metre together).
pub const MAX_TWIST_M2: f64 = 1_000.0;

mod ring;
use ring::*;

/// What the repair did, counted over a whole file.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Report {
    /// Rings that crossed or touched themselves (or had under three points).
    pub rings: usize,
    /// Of them, rings with a proper crossing of two edges.
    pub crossing: usize,
    /// Loops dropped: spikes and collapsed rings (no area) …
    pub spikes: usize,
    /// … and twisted slivers, with their total area in m².
    pub twists: usize,
    pub twist_m2: f64,
    /// Holes reaching out of their polygon, cut from it as a notch.
    pub holes_cut: usize,
    /// Areas whose overlapping parts were merged.
    pub merged: usize,
}

impl Report {
    /// Add `other`'s counts to these.
    pub fn add(&mut self, other: &Report) {
        self.rings += other.rings;
        self.crossing += other.crossing;
        self.spikes += other.spikes;
        self.twists += other.twists;
        self.twist_m2 += other.twist_m2;
        self.holes_cut += other.holes_cut;
        self.merged += other.merged;
    }
}

/// The simple loops one ring is made of: those that wind as the ring, and those that
/// wind the other way (a twist, or a hole pinched onto the ring); spikes and
/// collapsed rings dropped and counted.
type Loops = (Vec<Vec<P>>, Vec<Vec<P>>);

fn simple_rings(ring: &LineString<f64>, report: &mut Report) -> Loops {
    let mut r: Vec<P> = ring.0.iter().map(|c| to_mm(*c)).collect();
    r.dedup();
    while r.len() > 1 && r.first() == r.last() {
        r.pop();
    }
    let whole = area2(&r).signum();
    let noded = node(&r);
    let loops = split(&noded);
    if loops.len() == 1 && r.len() >= 3 && whole != 0 {
        return (loops, Vec::new());
    }
    report.rings += 1;
    report.crossing += usize::from(noded.len() > r.len() && noded.iter().any(|p| !r.contains(p)));
    let (mut same, mut opposite) = (Vec::new(), Vec::new());
    for lp in loops {
        let a = area2(&lp);
        if lp.len() < 3 || a == 0 {
            report.spikes += 1;
        } else if a.signum() == whole {
            same.push(lp);
        } else {
            opposite.push(lp);
        }
    }
    (same, opposite)
}

/// Drop a twisted loop, counted; an error when it is too large to be a sliver.
fn twist(lp: &[P], report: &mut Report) -> Result<(), String> {
    let a = m2(area2(lp).abs());
    report.twists += 1;
    report.twist_m2 += a;
    if a > MAX_TWIST_M2 {
        return Err(format!(
            "a ring has a twisted loop of {a:.0} m² near {:?}: too large to drop",
            to_m(lp[0])
        ));
    }
    Ok(())
}

/// The polygon of `polys` whose exterior holds the loop `l` (any one, when there is one).
fn holder(polys: &[Polygon<f64>], l: &LineString<f64>) -> Option<usize> {
    if polys.len() == 1 {
        return Some(0);
    }
    let inside = Polygon::new(l.clone(), Vec::new()).interior_point()?;
    polys
        .iter()
        .position(|o| Polygon::new(o.exterior().clone(), vec![]).contains(&inside))
}

fn line(r: &[P]) -> LineString<f64> {
    let mut pts: Vec<Coord<f64>> = r.iter().map(|p| to_m(*p)).collect();
    pts.push(pts[0]);
    LineString::new(pts)
}

/// `shape` with every ring simple (see the module's description).
pub fn repair(shape: &MultiPolygon<f64>, report: &mut Report) -> Result<MultiPolygon<f64>, String> {
    let mut out = Vec::new();
    for poly in &shape.0 {
        let (outers, inverted) = simple_rings(poly.exterior(), report);
        let mut polys: Vec<Polygon<f64>> = outers
            .iter()
            .map(|r| Polygon::new(line(r), Vec::new()))
            .collect();
        // a loop winding the other way inside one of the ring's own pieces is a hole
        // pinched onto it (a harbour whose mouth closed); outside, a twist
        let mut holes: Vec<LineString<f64>> = Vec::new();
        for lp in inverted {
            let l = line(&lp);
            let inside = Polygon::new(l.clone(), Vec::new()).interior_point();
            let held = inside.is_some_and(|p| {
                polys
                    .iter()
                    .any(|o| Polygon::new(o.exterior().clone(), vec![]).contains(&p))
            });
            if held {
                holes.push(l);
            } else {
                twist(&lp, report)?;
            }
        }
        for hole in poly.interiors() {
            let (same, inverted) = simple_rings(hole, report);
            holes.extend(same.iter().map(|h| line(h)));
            for lp in inverted {
                twist(&lp, report)?;
            }
        }
        for h in holes {
            match holder(&polys, &h) {
                Some(i) => polys[i].interiors_push(h),
                None => return Err("a hole lies in none of its polygon's pieces".into()),
            }
        }
        for p in polys {
            out.extend(cut_stray_holes(p, report));
        }
    }
    Ok(merge_overlaps(out, report))
}

/// `p` as is when each hole lies inside its exterior; else the exterior minus the
/// holes (a hole reaching out becomes a notch).
fn cut_stray_holes(p: Polygon<f64>, report: &mut Report) -> Vec<Polygon<f64>> {
    let outer = Polygon::new(p.exterior().clone(), Vec::new());
    let stray = p
        .interiors()
        .iter()
        .filter(|h| !outer.contains(&Polygon::new((*h).clone(), Vec::new())))
        .count();
    if stray == 0 {
        return vec![p];
    }
    report.holes_cut += stray;
    let holes = MultiPolygon(
        p.interiors()
            .iter()
            .map(|h| Polygon::new(h.clone(), Vec::new()))
            .collect(),
    );
    outer.difference(&holes).map_coords(snap).0
}

/// The parts of one area as they are when no two overlap (touching is fine); else
/// their union (geo's `unary_union`, exteriors turned counter-clockwise first as it
/// expects).
fn merge_overlaps(parts: Vec<Polygon<f64>>, report: &mut Report) -> MultiPolygon<f64> {
    let boxes: Vec<_> = parts.iter().map(|p| p.bounding_rect()).collect();
    let overlap = |i: usize, j: usize| match (boxes[i], boxes[j]) {
        (Some(a), Some(b)) if a.intersects(&b) => {
            let m = parts[i].relate(&parts[j]);
            m.is_intersects() && !m.is_touches()
        }
        _ => false,
    };
    let meet = (0..parts.len()).any(|i| (i + 1..parts.len()).any(|j| overlap(i, j)));
    if !meet {
        return MultiPolygon(parts);
    }
    report.merged += 1;
    let oriented: Vec<Polygon<f64>> = parts
        .into_iter()
        .map(|p| p.orient(Direction::Default))
        .collect();
    geo::unary_union(&oriented).map_coords(snap)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ring(pts: &[(f64, f64)]) -> LineString<f64> {
        LineString::from(pts.to_vec())
    }

    fn mp(pts: &[(f64, f64)]) -> MultiPolygon<f64> {
        MultiPolygon(vec![Polygon::new(ring(pts), vec![])])
    }

    #[test]
    fn a_simple_ring_is_left_alone() {
        let mut rep = Report::default();
        let sq = mp(&[(0., 0.), (10., 0.), (10., 10.), (0., 10.), (0., 0.)]);
        assert_eq!(repair(&sq, &mut rep).unwrap(), sq);
        assert_eq!(rep, Report::default());
    }

    #[test]
    fn a_spike_is_cut_off() {
        let mut rep = Report::default();
        // out to (20, 5) and back along the same line
        let spiky = mp(&[
            (0., 0.),
            (10., 0.),
            (10., 5.),
            (20., 5.),
            (10., 5.),
            (10., 10.),
            (0., 10.),
            (0., 0.),
        ]);
        let got = repair(&spiky, &mut rep).unwrap();
        assert_eq!(got.0.len(), 1);
        assert_eq!(got.0[0].exterior().0.len(), 6, "{got:?}");
        assert_eq!((rep.rings, rep.spikes, rep.twists), (1, 1, 0));
    }

    #[test]
    fn a_spike_folding_back_short_of_its_start_is_cut_off() {
        let mut rep = Report::default();
        // out to (20, 5), back only to (15, 5), on along another way
        let spiky = mp(&[
            (0., 0.),
            (10., 0.),
            (10., 5.),
            (20., 5.),
            (15., 5.),
            (10., 10.),
            (0., 10.),
            (0., 0.),
        ]);
        let got = repair(&spiky, &mut rep).unwrap();
        assert_eq!(got.0.len(), 1);
        assert!(!got.0[0].exterior().0.contains(&Coord { x: 20., y: 5. }));
        assert_eq!(rep.spikes, 1);
    }

    #[test]
    fn a_bow_tie_keeps_its_lobe_that_winds_as_the_ring_and_drops_the_twist() {
        let mut rep = Report::default();
        // a large square whose top edge crosses itself in a small twist near (5, 10)
        let ring = [
            (0., 0.),
            (10., 0.),
            (10., 10.),
            (4., 10.),
            (6., 11.),
            (6., 10.2),
            (4., 11.),
            (0., 10.),
            (0., 0.),
        ];
        let got = repair(&mp(&ring), &mut rep).unwrap();
        assert_eq!(rep.rings, 1);
        assert_eq!(rep.crossing, 1);
        assert_eq!(rep.twists, 1);
        use geo::Area;
        let kept: f64 = got.unsigned_area();
        // the square and the part of the lobe that winds as the ring (2.56 m²)
        assert!(kept > 102.0 && kept < 103.0, "{kept}");
        for p in &got.0 {
            assert!(geo::Validation::is_valid(p), "{p:?}");
        }
    }

    #[test]
    fn a_pinched_ring_becomes_two_polygons() {
        let mut rep = Report::default();
        // two squares touching at (10, 10), as one ring
        let ring = [
            (0., 0.),
            (10., 0.),
            (10., 10.),
            (20., 10.),
            (20., 20.),
            (10., 20.),
            (10., 10.),
            (0., 10.),
            (0., 0.),
        ];
        let got = repair(&mp(&ring), &mut rep).unwrap();
        assert_eq!(got.0.len(), 2);
        assert_eq!((rep.rings, rep.spikes, rep.twists), (1, 0, 0));
    }

    #[test]
    fn a_hole_stays_with_its_piece() {
        let mut rep = Report::default();
        let outer = ring(&[(0., 0.), (10., 0.), (10., 10.), (0., 10.), (0., 0.)]);
        let hole = ring(&[(2., 2.), (2., 4.), (4., 4.), (4., 2.), (2., 2.)]);
        let shape = MultiPolygon(vec![Polygon::new(outer, vec![hole])]);
        let got = repair(&shape, &mut rep).unwrap();
        assert_eq!(got, shape);
    }
}
