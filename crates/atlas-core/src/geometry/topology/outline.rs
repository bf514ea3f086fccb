//! The outline of a group of areas as one shape: the borders between two members are
//! left out, so Sydhavnen's three kvarterer are drawn as Sydhavnen.

use super::Topology;
use crate::geometry::coords::Screen;
use std::fmt::Write;

impl Topology {
    /// The outer border of the districts `members` at `tolerance`: every arc that
    /// only one member's rings use (a border shared by two members is inside the
    /// group), as an SVG path of open lines.
    ///
    /// ```
    /// use atlas_core::geometry::coords::Screen;
    /// use atlas_core::geometry::topology::Topology;
    /// let s = |x: f64, y: f64| Screen { x, y };
    /// let a = vec![vec![vec![s(0., 0.), s(1., 0.), s(1., 1.), s(0., 1.)]]];
    /// let b = vec![vec![vec![s(1., 0.), s(2., 0.), s(2., 1.), s(1., 1.)]]];
    /// let t = Topology::build(&vec![a, b]);
    /// let d = t.outline_of(&[0, 1], 0.0);
    /// // the shared edge x = 1 is not drawn: only the two outer arcs
    /// assert_eq!(d, "M1,0 L0,0 L0,1 L1,1 M1,0 L2,0 L2,1 L1,1");
    /// assert!(t.outline_of(&[0], 0.0).contains('M'));
    /// ```
    pub fn outline_of(&self, members: &[usize], tolerance: f64) -> String {
        let mut uses: std::collections::HashMap<usize, usize> = Default::default();
        for &d in members {
            for refs in self.districts.get(d).into_iter().flatten().flatten() {
                for r in refs {
                    *uses.entry(r.arc).or_default() += 1;
                }
            }
        }
        let mut outer: Vec<usize> = uses
            .into_iter()
            .filter(|(_, n)| *n == 1)
            .map(|(a, _)| a)
            .collect();
        outer.sort_unstable();
        let mut d = String::new();
        let point = |d: &mut String, cmd: char, p: Screen| {
            let _ = write!(d, "{cmd}{},{} ", round(p.x), round(p.y));
        };
        for a in outer {
            let arc = &self.arcs[a];
            let kept: Vec<Screen> = arc
                .points
                .iter()
                .zip(&arc.importance)
                .filter(|(_, imp)| **imp >= tolerance)
                .map(|(p, _)| *p)
                .collect();
            for (i, p) in kept.iter().enumerate() {
                point(&mut d, if i == 0 { 'M' } else { 'L' }, *p);
            }
        }
        d.trim_end().to_owned()
    }
}

impl Topology {
    /// Every border once — shared borders included, as one line — at `tolerance`,
    /// each point moved by `to` (into another map's screen units, say), as an SVG path
    /// of open lines: the outlines of a set of areas drawn over another layer.
    ///
    /// ```
    /// use atlas_core::geometry::coords::Screen;
    /// use atlas_core::geometry::topology::Topology;
    /// let s = |x: f64, y: f64| Screen { x, y };
    /// let a = vec![vec![vec![s(0., 0.), s(1., 0.), s(1., 1.), s(0., 1.)]]];
    /// let b = vec![vec![vec![s(1., 0.), s(2., 0.), s(2., 1.), s(1., 1.)]]];
    /// let t = Topology::build(&vec![a, b]);
    /// // three lines: the shared edge x = 1 once, and each square's outer border
    /// let d = t.mesh(0.0, |p| Screen { x: p.x * 10.0, y: p.y * 10.0 });
    /// assert_eq!(d.matches('M').count(), 3);
    /// assert!(d.contains("M10,0 L10,10") || d.contains("M10,10 L10,0"));
    /// ```
    pub fn mesh(&self, tolerance: f64, to: impl Fn(Screen) -> Screen) -> String {
        let mut d = String::new();
        for arc in &self.arcs {
            let kept = arc
                .points
                .iter()
                .zip(&arc.importance)
                .filter(|(_, imp)| **imp >= tolerance);
            for (i, (p, _)) in kept.enumerate() {
                let q = to(*p);
                let _ = write!(
                    d,
                    "{}{},{} ",
                    if i == 0 { 'M' } else { 'L' },
                    round(q.x),
                    round(q.y)
                );
            }
        }
        d.trim_end().to_owned()
    }
}

/// Two decimals, as the map's paths are written.
fn round(v: f64) -> f64 {
    (v * 100.0).round() / 100.0
}
