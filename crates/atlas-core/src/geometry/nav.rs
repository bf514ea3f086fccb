//! Keyboard navigation on the map: from one district to its neighbour in an arrow
//! key's direction, by the districts' label points in screen space (y down).

use crate::geometry::coords::Screen;

/// An arrow key's direction on screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Up,
    Down,
    Left,
    Right,
}

impl Direction {
    /// The direction of a `KeyboardEvent.key` (`ArrowUp` …), if it is an arrow.
    pub fn from_key(key: &str) -> Option<Direction> {
        match key {
            "ArrowUp" => Some(Direction::Up),
            "ArrowDown" => Some(Direction::Down),
            "ArrowLeft" => Some(Direction::Left),
            "ArrowRight" => Some(Direction::Right),
            _ => None,
        }
    }

    fn unit(self) -> (f64, f64) {
        match self {
            Direction::Up => (0.0, -1.0),
            Direction::Down => (0.0, 1.0),
            Direction::Left => (-1.0, 0.0),
            Direction::Right => (1.0, 0.0),
        }
    }
}

/// Half-width of the cone a neighbour must lie in, as `tan` of the angle (67.5°):
/// wide enough that every district is reachable, narrow enough to feel directional.
const CONE: f64 = 2.414;

/// The district to move to from `from` in direction `dir`: among districts whose
/// label point lies in a cone around the direction, the one with the smallest
/// distance / cos²(angle off the direction), so a slightly farther district
/// straight ahead wins over a near one off to the side. `None` at the edge.
///
/// ```
/// use atlas_core::geometry::coords::Screen;
/// use atlas_core::geometry::nav::{neighbour, Direction};
/// // 0 1
/// // 2 3   (screen y grows downwards)
/// let p = |x, y| Some(Screen { x, y });
/// let pts = [p(0.0, 0.0), p(10.0, 0.0), p(0.0, 10.0), p(10.0, 10.0)];
/// assert_eq!(neighbour(&pts, 0, Direction::Right), Some(1));
/// assert_eq!(neighbour(&pts, 0, Direction::Down), Some(2));
/// assert_eq!(neighbour(&pts, 3, Direction::Up), Some(1));
/// assert_eq!(neighbour(&pts, 0, Direction::Left), None);
/// ```
pub fn neighbour(points: &[Option<Screen>], from: usize, dir: Direction) -> Option<usize> {
    let p0 = points.get(from).copied().flatten()?;
    let (ux, uy) = dir.unit();
    points
        .iter()
        .enumerate()
        .filter(|(j, _)| *j != from)
        .filter_map(|(j, p)| {
            let p = (*p)?;
            let (dx, dy) = (p.x - p0.x, p.y - p0.y);
            let along = dx * ux + dy * uy;
            let across = (dx * uy - dy * ux).abs();
            let dist2 = along * along + across * across;
            // distance / cos²θ = distance³ / along²
            (along > 1e-9 && across <= along * CONE)
                .then(|| (dist2 * dist2.sqrt() / (along * along), j))
        })
        .min_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, j)| j)
}
