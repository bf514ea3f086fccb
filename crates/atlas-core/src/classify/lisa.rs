//! The cluster map (LISA) and the significance map: each area as High–High,
//! Low–Low, High–Low, Low–High or not significant at the chosen threshold (with an
//! optional false discovery rate), islands and missing values shown as what they
//! are, in GeoDa's colours.

use crate::classify::choropleth::Choropleth;
pub use crate::classify::lisa_run::{LisaInput, LisaRun, NeighboursFrom};
use crate::classify::moran::{fdr, GlobalMoran, Left, LocalMoran, Quadrant};
use crate::geometry::weights::{Weights, WeightsSummary};
use crate::text::Lang::{self, Da, En};
use serde::{Deserialize, Serialize};

/// What the LISA modes are computed with (kept in the view and the link).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct LisaOptions {
    pub permutations: usize,
    pub seed: u64,
    /// The significance threshold (0.05, 0.01 or 0.001).
    pub alpha: f64,
    /// Benjamini–Hochberg false discovery rate instead of the plain threshold.
    pub fdr: bool,
    /// Show the significance map instead of the cluster map.
    pub significance: bool,
}

impl Default for LisaOptions {
    fn default() -> Self {
        LisaOptions {
            permutations: 999,
            seed: 12345,
            alpha: 0.05,
            fdr: false,
            significance: false,
        }
    }
}

/// One area on the cluster map.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Cluster {
    Significant(Quadrant),
    NotSignificant,
    /// No neighbour with a value: left out.
    Island,
    /// No value: left out.
    Missing,
}

impl Cluster {
    /// `HH`, `LL`, `HL`, `LH`, `ns`, `island`, `missing` (the map's `data-cluster`).
    pub fn id(self) -> &'static str {
        match self {
            Cluster::Significant(q) => q.id(),
            Cluster::NotSignificant => "ns",
            Cluster::Island => "island",
            Cluster::Missing => "missing",
        }
    }

    /// GeoDa's colours; `None` for a missing value (drawn hatched).
    pub fn colour(self) -> Option<&'static str> {
        match self {
            Cluster::Significant(Quadrant::HH) => Some("#e41a1c"),
            Cluster::Significant(Quadrant::LL) => Some("#2b5fd9"),
            Cluster::Significant(Quadrant::LH) => Some("#a7adf9"),
            Cluster::Significant(Quadrant::HL) => Some("#f4ada8"),
            Cluster::NotSignificant => Some("#eeeeee"),
            Cluster::Island => Some("#999999"),
            Cluster::Missing => None,
        }
    }

    /// The legend's words.
    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Cluster::Significant(Quadrant::HH), Da) => "Høj–høj (klynge af høje)",
            (Cluster::Significant(Quadrant::HH), En) => "High–High (cluster of high)",
            (Cluster::Significant(Quadrant::LL), Da) => "Lav–lav (klynge af lave)",
            (Cluster::Significant(Quadrant::LL), En) => "Low–Low (cluster of low)",
            (Cluster::Significant(Quadrant::HL), Da) => "Høj–lav (høj blandt lave)",
            (Cluster::Significant(Quadrant::HL), En) => "High–Low (high among low)",
            (Cluster::Significant(Quadrant::LH), Da) => "Lav–høj (lav blandt høje)",
            (Cluster::Significant(Quadrant::LH), En) => "Low–High (low among high)",
            (Cluster::NotSignificant, Da) => "Ikke signifikant",
            (Cluster::NotSignificant, En) => "Not significant",
            (Cluster::Island, Da) => "Ingen naboer",
            (Cluster::Island, En) => "No neighbours",
            (Cluster::Missing, Da) => "Mangler data",
            (Cluster::Missing, En) => "Missing data",
        }
    }

    /// The order of the legend.
    pub const ALL: [Cluster; 7] = [
        Cluster::Significant(Quadrant::HH),
        Cluster::Significant(Quadrant::LL),
        Cluster::Significant(Quadrant::LH),
        Cluster::Significant(Quadrant::HL),
        Cluster::NotSignificant,
        Cluster::Island,
        Cluster::Missing,
    ];
}

/// The significance map's classes: p ≤ 0.001, 0.01, 0.05 (greens, darker = smaller).
pub const SIGNIFICANCE: [(f64, &str); 3] =
    [(0.001, "#006d2c"), (0.01, "#31a354"), (0.05, "#a1d99b")];

/// The LISA of a map: every area's cluster, Iᵢ, neighbour count and p, and Moran's I.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LisaMap {
    pub clusters: Vec<Cluster>,
    pub local: LocalMoran,
    /// Each area's neighbours among those with a value.
    pub neighbours: Vec<usize>,
    pub global: Option<GlobalMoran>,
    pub summary: WeightsSummary,
    /// The p an area must be at or under to count (the threshold, or the FDR cut-off).
    pub cutoff: f64,
    pub options: LisaOptions,
    /// True for the bivariate LISA.
    pub bivariate: bool,
    /// The kind of neighbours.
    pub kind: crate::geometry::weights::WeightsKind,
    /// Moran's I of each of [`LisaInput::years`], with the same neighbours and
    /// permutations (`None` where a year has too few areas or no variation).
    pub by_year: Vec<Option<GlobalMoran>>,
}

impl LisaMap {
    /// The LISA of `x` (univariate) or of `x` against the lag of `y` (bivariate) on
    /// `weights`, computed at once (the loader worker steps through [`LisaRun`]).
    pub fn new(
        weights: &Weights,
        x: &[Option<f64>],
        y: Option<&[Option<f64>]>,
        options: LisaOptions,
    ) -> LisaMap {
        LisaRun::new(LisaInput {
            neighbours: weights.clone().into(),
            x: x.to_vec(),
            y: y.map(<[_]>::to_vec),
            years: Vec::new(),
            options,
        })
        .run()
    }

    /// The map of `local` (and Moran's I) with each area's cluster at `options`'
    /// threshold.
    pub(crate) fn classified(
        local: LocalMoran,
        global: Option<GlobalMoran>,
        by_year: Vec<Option<GlobalMoran>>,
        weights: &Weights,
        options: LisaOptions,
        bivariate: bool,
    ) -> LisaMap {
        let n = weights.neighbours.len();
        let mut neighbours = vec![0; n];
        for (k, &d) in local.sample.kept.iter().enumerate() {
            neighbours[d] = local.sample.neighbours[k].len();
        }
        let mut map = LisaMap {
            clusters: Vec::new(),
            local,
            neighbours,
            global,
            summary: weights.summary(),
            cutoff: options.alpha,
            options,
            bivariate,
            kind: weights.kind,
            by_year,
        };
        map.classify();
        map
    }

    /// The same map at another threshold, FDR or map (no permutation run again):
    /// the page's answer to the legend's choices.
    ///
    /// ```
    /// use atlas_core::classify::lisa::{LisaMap, LisaOptions};
    /// use atlas_core::geometry::weights::Weights;
    /// let w = Weights { neighbours: (0..8).map(|i: usize| [i.wrapping_sub(1), i + 1].into_iter().filter(|j| *j < 8).collect()).collect(), ..Default::default() };
    /// let x = [1.0, 1.0, 1.0, 1.0, 9.0, 9.0, 9.0, 9.0].map(Some);
    /// let strict = LisaOptions { alpha: 0.01, fdr: true, ..Default::default() };
    /// let m = LisaMap::new(&w, &x, None, Default::default());
    /// assert_eq!(m.with_options(strict), LisaMap::new(&w, &x, None, strict));
    /// ```
    pub fn with_options(&self, options: LisaOptions) -> LisaMap {
        let mut map = self.clone();
        map.options = options;
        map.classify();
        map
    }

    /// Each area's cluster at the options' threshold (or the FDR cut-off).
    fn classify(&mut self) {
        let ps: Vec<f64> = self.local.locals.iter().flatten().map(|l| l.p).collect();
        self.cutoff = if self.options.fdr {
            fdr(&ps, self.options.alpha)
        } else {
            self.options.alpha
        };
        let mut clusters = vec![Cluster::Missing; self.neighbours.len()];
        for &(d, why) in &self.local.sample.left {
            clusters[d] = match why {
                Left::Missing => Cluster::Missing,
                Left::Island => Cluster::Island,
            };
        }
        for (d, l) in self.local.locals.iter().enumerate() {
            if let Some(l) = l {
                clusters[d] = if l.p <= self.cutoff {
                    Cluster::Significant(l.quadrant)
                } else {
                    Cluster::NotSignificant
                };
            }
        }
        self.clusters = clusters;
    }

    /// The kind of neighbours the map was computed with.
    pub fn summary_kind(&self) -> crate::geometry::weights::WeightsKind {
        self.kind
    }

    /// How many areas are in each of [`Cluster::ALL`].
    pub fn counts(&self) -> [usize; 7] {
        let mut out = [0; 7];
        for c in &self.clusters {
            if let Some(k) = Cluster::ALL.iter().position(|x| x == c) {
                out[k] += 1;
            }
        }
        out
    }

    /// The map's fills: by cluster, or (significance map) by the p of each area.
    pub fn choropleth(&self) -> Choropleth {
        let fills: Vec<Option<String>> = self
            .clusters
            .iter()
            .zip(&self.local.locals)
            .map(|(c, l)| {
                if self.options.significance {
                    if let (Cluster::Significant(_), Some(l)) = (c, l) {
                        let colour = SIGNIFICANCE
                            .iter()
                            .find(|(p, _)| l.p <= *p)
                            .map_or(SIGNIFICANCE[2].1, |(_, c)| c);
                        return Some(colour.to_owned());
                    }
                }
                c.colour().map(str::to_owned)
            })
            .collect();
        let classes = self
            .clusters
            .iter()
            .map(|c| {
                Cluster::ALL
                    .iter()
                    .position(|x| x == c)
                    .filter(|_| *c != Cluster::Missing)
            })
            .collect();
        Choropleth {
            classification: None,
            missing: self
                .clusters
                .iter()
                .filter(|c| **c == Cluster::Missing)
                .count(),
            classes,
            fills,
            legend: Vec::new(),
            centre: None,
        }
    }

    /// The areas that are significantly worse among worse: for the bivariate LISA
    /// low resources among low capacity, the spatial «dobbelt udsat». «Worse» is low
    /// for a figure where higher is better, high where higher is worse.
    ///
    /// ```
    /// use atlas_core::classify::lisa::{LisaMap, LisaOptions};
    /// use atlas_core::geometry::weights::Weights;
    /// let w = Weights { neighbours: (0..8).map(|i: usize| [i.wrapping_sub(1), i + 1].into_iter().filter(|j| *j < 8).collect()).collect(), ..Default::default() };
    /// let x = [1.0, 1.0, 1.0, 1.0, 9.0, 9.0, 9.0, 9.0].map(Some);
    /// let m = LisaMap::new(&w, &x, Some(&x), LisaOptions { alpha: 0.5, ..Default::default() });
    /// assert!(m.double_vulnerable(false, false).iter().all(|d| *d < 4));
    /// ```
    pub fn double_vulnerable(
        &self,
        x_higher_is_worse: bool,
        y_higher_is_worse: bool,
    ) -> Vec<usize> {
        let wanted = match (x_higher_is_worse, y_higher_is_worse) {
            (false, false) => Quadrant::LL,
            (true, true) => Quadrant::HH,
            (true, false) => Quadrant::HL,
            (false, true) => Quadrant::LH,
        };
        (0..self.clusters.len())
            .filter(|d| self.clusters[*d] == Cluster::Significant(wanted))
            .collect()
    }
}
