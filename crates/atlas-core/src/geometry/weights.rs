//! Spatial weights, as GeoDa and PySAL make them: contiguity from the map's shared
//! arcs (queen: a shared point; rook: a shared edge) or each area's k nearest
//! neighbours. Areas without a neighbour — islands such as Læsø or Samsø — are named,
//! never given one.

use crate::geometry::coords::{LonLat, Screen};
use crate::geometry::projection::MapProjection;
use crate::geometry::shapes::MapGeometry;
use crate::geometry::topology::Topology;
use rstar::primitives::GeomWithData;
use rstar::RTree;
use serde::{Deserialize, Serialize};

/// How neighbours are found.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum WeightsKind {
    /// Areas that share at least one point.
    #[default]
    Queen,
    /// Areas that share an edge.
    Rook,
    /// Each area's k nearest areas (by the mean of its largest part's outline).
    Knn(usize),
}

impl WeightsKind {
    /// The word used in links and in the picker (`queen`, `rook`, `knn`).
    pub fn id(self) -> &'static str {
        match self {
            WeightsKind::Queen => "queen",
            WeightsKind::Rook => "rook",
            WeightsKind::Knn(_) => "knn",
        }
    }

    /// The kind a word names (`knn` with `k` neighbours).
    pub fn from_id(id: &str, k: usize) -> Option<WeightsKind> {
        match id {
            "queen" => Some(WeightsKind::Queen),
            "rook" => Some(WeightsKind::Rook),
            "knn" => Some(WeightsKind::Knn(k.clamp(1, 30))),
            _ => None,
        }
    }
}

/// Each area's neighbours (binary; the statistics row-standardise them).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Weights {
    pub kind: WeightsKind,
    /// `neighbours[d]` = the areas next to `d`, ascending.
    pub neighbours: Vec<Vec<usize>>,
}

/// The neighbour counts at a glance, as GeoDa shows them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WeightsSummary {
    pub min: usize,
    pub mean: f64,
    pub max: usize,
    /// Areas without a neighbour.
    pub islands: Vec<usize>,
}

impl Weights {
    /// The weights of `kind` on `geometry`.
    pub fn of(geometry: &MapGeometry, kind: WeightsKind) -> Weights {
        Weights::from_shapes(&geometry.topology, &geometry.projection, kind)
    }

    /// The weights of `kind` from the map's shared arcs (and, for k nearest, their
    /// outlines in lon/lat): what the loader worker gets instead of the whole map.
    pub fn from_shapes(
        topology: &Topology,
        projection: &MapProjection,
        kind: WeightsKind,
    ) -> Weights {
        let neighbours = match kind {
            WeightsKind::Queen => topology.queen(),
            WeightsKind::Rook => topology.rook(),
            WeightsKind::Knn(k) => knn(&knn_points_of(topology, projection), k),
        };
        Weights { kind, neighbours }
    }

    /// Min, mean and max neighbours, and the islands.
    ///
    /// ```
    /// use atlas_core::geometry::weights::Weights;
    /// let w = Weights { neighbours: vec![vec![1], vec![0], vec![]], ..Default::default() };
    /// let s = w.summary();
    /// assert_eq!((s.min, s.max, s.islands), (0, 1, vec![2]));
    /// ```
    pub fn summary(&self) -> WeightsSummary {
        let counts: Vec<usize> = self.neighbours.iter().map(Vec::len).collect();
        WeightsSummary {
            min: counts.iter().copied().min().unwrap_or(0),
            max: counts.iter().copied().max().unwrap_or(0),
            mean: counts.iter().sum::<usize>() as f64 / counts.len().max(1) as f64,
            islands: (0..counts.len()).filter(|d| counts[*d] == 0).collect(),
        }
    }
}

/// For each area the point its k-nearest neighbours are measured from: the mean of
/// the vertices of its largest part's outer ring (by area in lon/lat), in lon/lat
/// with longitude shrunk by cos 56° (Denmark's middle), as the PySAL fixtures do.
pub fn knn_points(geometry: &MapGeometry) -> Vec<Option<(f64, f64)>> {
    knn_points_of(&geometry.topology, &geometry.projection)
}

/// [`knn_points`] from the shared arcs and the projection.
fn knn_points_of(topology: &Topology, projection: &MapProjection) -> Vec<Option<(f64, f64)>> {
    let shrink = 56f64.to_radians().cos();
    topology
        .rings_at(0.0)
        .iter()
        .map(|polys| {
            let lonlat = |r: &Vec<Screen>| -> Vec<LonLat> {
                r.iter().map(|p| projection.to_lonlat(*p)).collect()
            };
            let outer: Vec<Vec<LonLat>> = polys
                .iter()
                .filter_map(|rings| rings.first())
                .map(lonlat)
                .collect();
            let largest = outer
                .iter()
                .enumerate()
                .max_by(|(i, a), (j, b)| shoelace(a).total_cmp(&shoelace(b)).then_with(|| j.cmp(i)))
                .map(|(_, r)| r)?;
            let n = largest.len() as f64;
            let lon = largest.iter().map(|p| p.lon).sum::<f64>() / n;
            let lat = largest.iter().map(|p| p.lat).sum::<f64>() / n;
            Some((lon * shrink, lat))
        })
        .collect()
}

/// A ring's area, unsigned (twice-halved shoelace).
fn shoelace(r: &[LonLat]) -> f64 {
    let n = r.len();
    ((0..n)
        .map(|i| r[i].lon * r[(i + 1) % n].lat - r[(i + 1) % n].lon * r[i].lat)
        .sum::<f64>()
        / 2.0)
        .abs()
}

/// Each point's `k` nearest others (Euclidean; ties to the lower number); an area
/// without a point has none.
///
/// ```
/// use atlas_core::geometry::weights::knn;
/// let p = vec![Some((0.0, 0.0)), Some((1.0, 0.0)), Some((5.0, 0.0)), None];
/// assert_eq!(knn(&p, 1), vec![vec![1], vec![0], vec![1], vec![]]);
/// ```
pub fn knn(points: &[Option<(f64, f64)>], k: usize) -> Vec<Vec<usize>> {
    let tree = RTree::bulk_load(
        points
            .iter()
            .enumerate()
            .filter_map(|(j, p)| p.map(|(x, y)| GeomWithData::new([x, y], j)))
            .collect(),
    );
    points
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let Some((x, y)) = p else {
                return Vec::new();
            };
            // nearest first; all those as near as the k-th, so ties go to the lower number
            let mut d: Vec<(f64, usize)> = Vec::with_capacity(k + 4);
            for (q, d2) in tree.nearest_neighbor_iter_with_distance_2(&[*x, *y]) {
                if q.data == i {
                    continue;
                }
                if d.len() >= k && d.last().is_some_and(|l| d2 > l.0) {
                    break;
                }
                d.push((d2, q.data));
            }
            d.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
            let mut out: Vec<usize> = d.into_iter().take(k).map(|(_, j)| j).collect();
            out.sort_unstable();
            out
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::knn;

    /// The plain way: every distance, sorted, ties to the lower number.
    fn knn_by_sorting(points: &[Option<(f64, f64)>], k: usize) -> Vec<Vec<usize>> {
        (0..points.len())
            .map(|i| {
                let Some((x, y)) = points[i] else {
                    return Vec::new();
                };
                let mut d: Vec<(f64, usize)> = (0..points.len())
                    .filter(|j| *j != i)
                    .filter_map(|j| points[j].map(|(a, b)| ((a - x).powi(2) + (b - y).powi(2), j)))
                    .collect();
                d.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
                let mut out: Vec<usize> = d.into_iter().take(k).map(|(_, j)| j).collect();
                out.sort_unstable();
                out
            })
            .collect()
    }

    #[test]
    fn knn_from_the_index_equals_sorting_every_distance_ties_included() {
        // a square grid (every cell has four neighbours at the same distance), a
        // point given twice, a missing one, and scattered points
        let mut points: Vec<Option<(f64, f64)>> = (0..144)
            .map(|i| Some(((i % 12) as f64, (i / 12) as f64)))
            .collect();
        points.push(Some((3.0, 4.0)));
        points.push(None);
        let mut s = 7u64;
        for _ in 0..200 {
            s = s
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let x = (s >> 40) as f64 / 1e5;
            s = s
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            points.push(Some((x, (s >> 40) as f64 / 1e5)));
        }
        for k in [1, 4, 6, 8, 30] {
            assert_eq!(knn(&points, k), knn_by_sorting(&points, k), "k = {k}");
        }
    }
}
