//! Is it a cluster or chance? Moran's I for the whole map and local Moran (LISA) for
//! each area, with conditional permutation p-values, as PySAL's `esda` computes them
//! (`Moran`, `Moran_Local`, `Moran_Local_BV`):
//!
//! * areas without a value and areas without a neighbour are left out (and named),
//!   then the weights are taken on the rest and row-standardised;
//! * z = (y − mean) / sd (sd with n, not n − 1); Iᵢ = (n−1)/n · zᵢ · Σⱼ wᵢⱼ zⱼ;
//! * p = (the number of permutations at least as extreme + 1) / (permutations + 1),
//!   folded to the nearer tail; permutations are seeded, so a link gives the same map;
//!   the local ones share one set of draws across the areas, as esda 2 does
//!   ([`LocalSteps`]).

pub use super::moran_steps::{GlobalSteps, LocalSteps};
use crate::geometry::weights::Weights;
use serde::{Deserialize, Serialize};

/// Why an area is left out of the statistics.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Left {
    /// It has no value.
    Missing,
    /// It has no neighbour with a value.
    Island,
}

/// The areas the statistics are computed on, and their neighbours among them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Sample {
    /// The areas kept (map numbers), ascending.
    pub kept: Vec<usize>,
    /// `neighbours[k]` = positions in `kept` of `kept[k]`'s neighbours.
    pub neighbours: Vec<Vec<usize>>,
    /// Areas left out, and why.
    pub left: Vec<(usize, Left)>,
}

impl Sample {
    /// Leave out the areas without a value in any of `columns`, then the islands
    /// (again until none is left: a neighbour left out may make a new one).
    pub fn new(weights: &Weights, columns: &[&[Option<f64>]]) -> Sample {
        let n = weights.neighbours.len();
        let has = |d: usize| {
            columns
                .iter()
                .all(|c| c.get(d).copied().flatten().is_some_and(f64::is_finite))
        };
        let mut left: Vec<Option<Left>> =
            (0..n).map(|d| (!has(d)).then_some(Left::Missing)).collect();
        for (l, nb) in left.iter_mut().zip(&weights.neighbours) {
            if l.is_none() && nb.is_empty() {
                *l = Some(Left::Island);
            }
        }
        loop {
            let mut changed = false;
            for d in 0..n {
                if left[d].is_none() && !weights.neighbours[d].iter().any(|j| left[*j].is_none()) {
                    left[d] = Some(Left::Island);
                    changed = true;
                }
            }
            if !changed {
                break;
            }
        }
        let kept: Vec<usize> = (0..n).filter(|d| left[*d].is_none()).collect();
        let mut pos = vec![usize::MAX; n];
        for (k, &d) in kept.iter().enumerate() {
            pos[d] = k;
        }
        let neighbours = kept
            .iter()
            .map(|&d| {
                weights.neighbours[d]
                    .iter()
                    .filter(|j| left[**j].is_none())
                    .map(|j| pos[*j])
                    .collect()
            })
            .collect();
        let left = (0..n).filter_map(|d| left[d].map(|l| (d, l))).collect();
        Sample {
            kept,
            neighbours,
            left,
        }
    }

    /// `column`'s values of the kept areas, standardised: (y − mean) / sd, sd over n.
    pub(crate) fn z(&self, column: &[Option<f64>]) -> Vec<f64> {
        let y: Vec<f64> = self
            .kept
            .iter()
            .map(|d| column.get(*d).copied().flatten().unwrap_or(0.0))
            .collect();
        standardise(&y)
    }

    /// The row-standardised spatial lag of `z` at position `k`.
    pub(crate) fn lag(&self, z: &[f64], k: usize) -> f64 {
        let nb = &self.neighbours[k];
        nb.iter().map(|j| z[*j]).sum::<f64>() / nb.len() as f64
    }
}

/// (y − mean) / sd, the sd over n (PySAL's `y.std()`).
fn standardise(y: &[f64]) -> Vec<f64> {
    let n = y.len() as f64;
    let mean = y.iter().sum::<f64>() / n;
    let sd = (y.iter().map(|v| (v - mean).powi(2)).sum::<f64>() / n).sqrt();
    y.iter()
        .map(|v| if sd > 0.0 { (v - mean) / sd } else { 0.0 })
        .collect()
}

/// The seeded random numbers of the permutations (SplitMix64: small, fast, the
/// same on every machine).
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A whole number below `n` (Lemire's multiply, unbiased enough for p-values).
    pub(crate) fn below(&mut self, n: usize) -> usize {
        (((self.next() >> 32) * n as u64) >> 32) as usize
    }
}

/// A permutation p-value folded to the nearer tail: `larger` of `permutations`
/// simulated values were at least the observed one.
pub(crate) fn folded_p(larger: usize, permutations: usize) -> f64 {
    let larger = larger.min(permutations - larger);
    (larger + 1) as f64 / (permutations + 1) as f64
}

/// Moran's I for the whole map.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GlobalMoran {
    pub i: f64,
    /// Its expected value without spatial pattern, −1/(n−1).
    pub expected: f64,
    /// The permutation p-value.
    pub p: f64,
    /// (I − the permutations' mean) / their sd.
    pub z: f64,
    /// Areas in the statistic.
    pub n: usize,
    pub permutations: usize,
}

/// Global Moran's I of `column` on `sample`, with `permutations` seeded by `seed`
/// (`None` with fewer than three areas or no variation).
///
/// ```
/// use atlas_core::classify::moran::{global_moran, Sample};
/// use atlas_core::geometry::weights::Weights;
/// // a row of six: low, low, low, high, high, high — neighbours are next to each other
/// let w = Weights { neighbours: (0..6).map(|i: usize| [i.wrapping_sub(1), i + 1].into_iter().filter(|j| *j < 6).collect()).collect(), ..Default::default() };
/// let y = [1.0, 1.0, 1.0, 5.0, 5.0, 5.0].map(Some);
/// let m = global_moran(&Sample::new(&w, &[&y]), &y, 99, 1).unwrap();
/// assert!(m.i > 0.5 && (m.expected + 0.2).abs() < 1e-12);
/// ```
pub fn global_moran(
    sample: &Sample,
    column: &[Option<f64>],
    permutations: usize,
    seed: u64,
) -> Option<GlobalMoran> {
    let mut steps = GlobalSteps::new(sample, column, permutations, seed)?;
    steps.step(sample, usize::MAX);
    Some(steps.finish())
}

/// Where an area sits on the Moran scatter plot.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Quadrant {
    /// High among high.
    HH,
    /// Low among high.
    LH,
    /// Low among low.
    LL,
    /// High among low.
    HL,
}

impl Quadrant {
    /// The quadrant of a value `z` with neighbours' lag `lag` (0 counts as low).
    pub fn of(z: f64, lag: f64) -> Quadrant {
        match (z > 0.0, lag > 0.0) {
            (true, true) => Quadrant::HH,
            (false, true) => Quadrant::LH,
            (false, false) => Quadrant::LL,
            (true, false) => Quadrant::HL,
        }
    }

    /// `HH`, `LL`, `HL`, `LH` (as on the map's `data-cluster`).
    pub fn id(self) -> &'static str {
        match self {
            Quadrant::HH => "HH",
            Quadrant::LH => "LH",
            Quadrant::LL => "LL",
            Quadrant::HL => "HL",
        }
    }
}

/// One area's local Moran.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Local {
    /// Iᵢ.
    pub i: f64,
    /// The area's standardised value and its neighbours' lag (the scatter plot).
    pub z: f64,
    pub lag: f64,
    pub quadrant: Quadrant,
    /// The conditional permutation p-value.
    pub p: f64,
}

/// Local Moran of every area (`None` for the areas left out).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LocalMoran {
    pub locals: Vec<Option<Local>>,
    pub sample: Sample,
    pub permutations: usize,
}

/// Local Moran (LISA) of `column` on `sample`, for a map of `areas` areas.
pub fn local_moran(
    sample: &Sample,
    column: &[Option<f64>],
    areas: usize,
    permutations: usize,
    seed: u64,
) -> LocalMoran {
    let z = sample.z(column);
    local_from(sample, z.clone(), z, areas, permutations, seed)
}

/// Bivariate local Moran: `x` at the area against the lag of `y` around it (low
/// resources among low capacity: the spatial form of «dobbelt udsat»).
pub fn local_moran_bivariate(
    sample: &Sample,
    x: &[Option<f64>],
    y: &[Option<f64>],
    areas: usize,
    permutations: usize,
    seed: u64,
) -> LocalMoran {
    let (zx, zy) = (sample.z(x), sample.z(y));
    local_from(sample, zx, zy, areas, permutations, seed)
}

/// Every area's local Moran at once (the worker steps through [`LocalSteps`]).
fn local_from(
    sample: &Sample,
    zx: Vec<f64>,
    zy: Vec<f64>,
    areas: usize,
    permutations: usize,
    seed: u64,
) -> LocalMoran {
    let mut steps = LocalSteps::new(sample, zx, zy, areas, permutations, seed);
    steps.step(sample, usize::MAX);
    steps.finish(sample)
}

/// The Benjamini–Hochberg cut-off for `p` at false discovery rate `alpha`: the
/// largest p(k) ≤ k/m · alpha (0 when none is), as esda's `fdr`.
///
/// ```
/// use atlas_core::classify::moran::fdr;
/// assert_eq!(fdr(&[0.001, 0.01, 0.04, 0.5], 0.05), 0.01);
/// ```
pub fn fdr(p: &[f64], alpha: f64) -> f64 {
    let mut sorted: Vec<f64> = p.to_vec();
    sorted.sort_by(f64::total_cmp);
    let m = sorted.len() as f64;
    sorted
        .iter()
        .enumerate()
        .filter(|(k, v)| **v <= (*k as f64 + 1.0) / m * alpha)
        .map(|(_, v)| *v)
        .next_back()
        .unwrap_or(0.0)
}
