//! The cluster map computed a slice at a time: the loader worker runs
//! [`LisaRun::step`] and tells the page its progress between slices, so 43,000 grid
//! cells × 999 permutations never hold the page. The numbers equal
//! [`LisaMap::new`]'s, however the work is cut.

use crate::classify::lisa::{LisaMap, LisaOptions};
use crate::classify::moran::{GlobalMoran, Sample};
use crate::classify::moran_steps::{GlobalSteps, LocalSteps};
use crate::geometry::projection::MapProjection;
use crate::geometry::topology::Topology;
use crate::geometry::weights::{Weights, WeightsKind};
use serde::{Deserialize, Serialize};

/// Where the neighbours come from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum NeighboursFrom {
    /// Made already (the page keeps the worker's after its first cluster map).
    Made(Weights),
    /// Made by the worker from the map's shared arcs (and, for k nearest, the
    /// outlines in lon/lat through the projection).
    Shapes {
        kind: WeightsKind,
        topology: Topology,
        projection: MapProjection,
    },
}

impl Default for NeighboursFrom {
    fn default() -> Self {
        NeighboursFrom::Made(Weights::default())
    }
}

impl From<Weights> for NeighboursFrom {
    fn from(w: Weights) -> Self {
        NeighboursFrom::Made(w)
    }
}

/// [`NeighboursFrom`] borrowed, for encoding without a copy of the map's arcs.
#[derive(Serialize)]
enum NeighboursRef<'a> {
    #[allow(dead_code)] // its place keeps the variants' numbers those of NeighboursFrom
    Made(&'a Weights),
    Shapes {
        kind: WeightsKind,
        topology: &'a Topology,
        projection: &'a MapProjection,
    },
}

/// What a cluster map is computed from (the worker's job carries it as bytes).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct LisaInput {
    pub neighbours: NeighboursFrom,
    /// The shown indicator (or, bivariate, the one at the area), one per area.
    pub x: Vec<Option<f64>>,
    /// Bivariate: the indicator whose neighbours' lag `x` is set against.
    pub y: Option<Vec<Option<f64>>>,
    /// Other columns of `x`'s indicator (its years), for Moran's I year by year.
    pub years: Vec<Vec<Option<f64>>>,
    pub options: LisaOptions,
}

impl LisaInput {
    /// As bytes for the worker (postcard: numbers are not spelled out as text).
    pub fn to_bytes(&self) -> Vec<u8> {
        // vectors of numbers and options: postcard cannot fail on them
        postcard::to_allocvec(self).unwrap_or_default()
    }

    /// The bytes of a [`LisaInput`] whose neighbours are made from `topology`,
    /// encoded without copying it.
    ///
    /// ```
    /// use atlas_core::classify::lisa::{LisaInput, NeighboursFrom};
    /// use atlas_core::geometry::coords::{Bounds, Screen};
    /// use atlas_core::geometry::projection::MapProjection;
    /// use atlas_core::geometry::topology::Topology;
    /// use atlas_core::geometry::weights::WeightsKind;
    /// let s = |x: f64, y: f64| Screen { x, y };
    /// let sq = |x: f64| vec![vec![vec![s(x, 0.), s(x + 1., 0.), s(x + 1., 1.), s(x, 1.)]]];
    /// let topology = Topology::build(&vec![sq(0.), sq(1.), sq(2.)]);
    /// let denmark = Bounds { min_x: 8.0, min_y: 54.5, max_x: 15.2, max_y: 57.8 };
    /// let (projection, _) = MapProjection::fit_width(denmark, 1000.0, 10.0).unwrap();
    /// let x = vec![Some(1.0), Some(2.0), None];
    /// let bytes = LisaInput::shapes_bytes(WeightsKind::Rook, &topology, &projection, &x, None, &[], Default::default());
    /// let input = LisaInput::from_bytes(&bytes).unwrap();
    /// assert_eq!(input.to_bytes(), bytes);
    /// assert!(matches!(input.neighbours, NeighboursFrom::Shapes { kind: WeightsKind::Rook, .. }));
    /// ```
    pub fn shapes_bytes(
        kind: WeightsKind,
        topology: &Topology,
        projection: &MapProjection,
        x: &[Option<f64>],
        y: Option<&[Option<f64>]>,
        years: &[&[Option<f64>]],
        options: LisaOptions,
    ) -> Vec<u8> {
        let neighbours = NeighboursRef::Shapes {
            kind,
            topology,
            projection,
        };
        // the same layout as LisaInput's fields, in order
        postcard::to_allocvec(&(neighbours, x, y, years, options)).unwrap_or_default()
    }

    /// Read bytes made by [`to_bytes`](Self::to_bytes).
    pub fn from_bytes(bytes: &[u8]) -> Option<LisaInput> {
        postcard::from_bytes(bytes).ok()
    }
}

/// One global Moran to run (the map's, or a year's) on its own sample.
#[derive(Clone, Debug)]
struct GlobalPart {
    sample: Sample,
    steps: Option<GlobalSteps>,
}

impl GlobalPart {
    fn new(weights: &Weights, column: &[Option<f64>], options: &LisaOptions) -> GlobalPart {
        let sample = Sample::new(weights, &[column]);
        let steps = GlobalSteps::new(&sample, column, options.permutations, options.seed);
        GlobalPart { sample, steps }
    }

    fn cost(&self) -> usize {
        self.steps.as_ref().map_or(0, |s| {
            s.left()
                .saturating_mul(GlobalSteps::cost_each(&self.sample))
        })
    }

    fn finish(self) -> Option<GlobalMoran> {
        self.steps.map(GlobalSteps::finish)
    }
}

/// A cluster map being computed.
///
/// ```
/// use atlas_core::classify::lisa::{LisaInput, LisaMap, LisaRun};
/// use atlas_core::geometry::weights::Weights;
/// let w = Weights { neighbours: (0..8).map(|i: usize| [i.wrapping_sub(1), i + 1].into_iter().filter(|j| *j < 8).collect()).collect(), ..Default::default() };
/// let x: Vec<_> = [1.0, 1.0, 1.0, 1.0, 9.0, 9.0, 9.0, 9.0].map(Some).to_vec();
/// let mut run = LisaRun::new(LisaInput { neighbours: w.clone().into(), x: x.clone(), ..Default::default() });
/// let mut last = 0.0;
/// while !run.done() {
///     let f = run.step(500);
///     assert!(f >= last && f <= 1.0);
///     last = f;
/// }
/// assert_eq!(run.finish().0, LisaMap::new(&w, &x, None, Default::default()));
/// ```
#[derive(Clone, Debug)]
pub struct LisaRun {
    weights: Weights,
    /// The weights were made here (from the shapes): the answer carries them.
    made_here: bool,
    bivariate: bool,
    options: LisaOptions,
    sample: Sample,
    local: LocalSteps,
    global: Option<GlobalPart>,
    years: Vec<GlobalPart>,
    total: usize,
    spent: usize,
}

impl LisaRun {
    /// Make the neighbours if they are not made, leave out the areas without a
    /// value or neighbour; nothing computed yet.
    pub fn new(input: LisaInput) -> LisaRun {
        let (weights, made_here) = match input.neighbours {
            NeighboursFrom::Made(w) => (w, false),
            NeighboursFrom::Shapes {
                kind,
                topology,
                projection,
            } => (Weights::from_shapes(&topology, &projection, kind), true),
        };
        let n = weights.neighbours.len();
        let o = input.options;
        let columns: Vec<&[Option<f64>]> = std::iter::once(&input.x[..])
            .chain(input.y.as_deref())
            .collect();
        let sample = Sample::new(&weights, &columns);
        let zx = sample.z(&input.x);
        let zy = match &input.y {
            Some(y) => sample.z(y),
            None => zx.clone(),
        };
        let local = LocalSteps::new(&sample, zx, zy, n, o.permutations, o.seed);
        let bivariate = input.y.is_some();
        let global = (!bivariate).then(|| GlobalPart::new(&weights, &input.x, &o));
        let years = if bivariate {
            Vec::new()
        } else {
            input
                .years
                .iter()
                .map(|c| GlobalPart::new(&weights, c, &o))
                .collect()
        };
        let local_cost = if local.done() {
            0
        } else {
            LocalSteps::cost(&sample, o.permutations)
        };
        let total = global
            .iter()
            .chain(&years)
            .map(GlobalPart::cost)
            .fold(local_cost, usize::saturating_add);
        LisaRun {
            weights,
            made_here,
            bivariate,
            options: o,
            sample,
            local,
            global,
            years,
            total,
            spent: 0,
        }
    }

    /// The work in all (permutation draws), for a caller choosing its slices.
    pub fn total(&self) -> usize {
        self.total
    }

    /// True when everything is computed.
    pub fn done(&self) -> bool {
        self.local.done() && self.globals().all(|g| g.left() == 0)
    }

    fn globals(&self) -> impl Iterator<Item = &GlobalSteps> {
        self.global
            .iter()
            .chain(&self.years)
            .filter_map(|g| g.steps.as_ref())
    }

    /// Do about `budget` work (at least a little); answers the fraction done, 0–1.
    pub fn step(&mut self, budget: usize) -> f64 {
        let spent = if !self.local.done() {
            self.local.step(&self.sample, budget)
        } else {
            self.global
                .iter_mut()
                .chain(&mut self.years)
                .find_map(|g| match &mut g.steps {
                    Some(s) if s.left() > 0 => Some(s.step(&g.sample, budget)),
                    _ => None,
                })
                .unwrap_or(0)
        };
        self.spent = self.spent.saturating_add(spent).min(self.total);
        if self.done() || self.total == 0 {
            1.0
        } else {
            self.spent as f64 / self.total as f64
        }
    }

    /// Everything at once.
    pub fn run(mut self) -> LisaMap {
        while !self.done() {
            self.step(usize::MAX);
        }
        self.finish().0
    }

    /// The cluster map (run [`step`](Self::step) until [`done`](Self::done)), and
    /// the neighbours when they were made here.
    pub fn finish(self) -> (LisaMap, Option<Weights>) {
        let local = self.local.finish(&self.sample);
        let map = LisaMap::classified(
            local,
            self.global.and_then(GlobalPart::finish),
            self.years.into_iter().map(GlobalPart::finish).collect(),
            &self.weights,
            self.options,
            self.bivariate,
        );
        (map, self.made_here.then_some(self.weights))
    }
}
