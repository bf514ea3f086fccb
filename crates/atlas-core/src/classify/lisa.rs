//! The cluster map (LISA) and the significance map: each area as High–High,
//! Low–Low, High–Low, Low–High or not significant at the chosen threshold (with an
//! optional false discovery rate), islands and missing values shown as what they
//! are, in GeoDa's colours.

use crate::classify::choropleth::Choropleth;
use crate::classify::moran::{
    fdr, global_moran, local_moran, local_moran_bivariate, GlobalMoran, Left, LocalMoran, Quadrant,
    Sample,
};
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
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
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
#[derive(Clone, Debug, PartialEq)]
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
}

impl LisaMap {
    /// The LISA of `x` (univariate) or of `x` against the lag of `y` (bivariate) on
    /// `weights`.
    pub fn new(
        weights: &Weights,
        x: &[Option<f64>],
        y: Option<&[Option<f64>]>,
        options: LisaOptions,
    ) -> LisaMap {
        let n = weights.neighbours.len();
        let columns: Vec<&[Option<f64>]> = std::iter::once(x).chain(y).collect();
        let sample = Sample::new(weights, &columns);
        let local = match y {
            Some(y) => local_moran_bivariate(&sample, x, y, n, options.permutations, options.seed),
            None => local_moran(&sample, x, n, options.permutations, options.seed),
        };
        let global = match y {
            Some(_) => None,
            None => global_moran(&sample, x, options.permutations, options.seed),
        };
        let ps: Vec<f64> = local.locals.iter().flatten().map(|l| l.p).collect();
        let cutoff = if options.fdr {
            fdr(&ps, options.alpha)
        } else {
            options.alpha
        };
        let mut clusters = vec![Cluster::Missing; n];
        for &(d, why) in &sample.left {
            clusters[d] = match why {
                Left::Missing => Cluster::Missing,
                Left::Island => Cluster::Island,
            };
        }
        for (d, l) in local.locals.iter().enumerate() {
            if let Some(l) = l {
                clusters[d] = if l.p <= cutoff {
                    Cluster::Significant(l.quadrant)
                } else {
                    Cluster::NotSignificant
                };
            }
        }
        let mut neighbours = vec![0; n];
        for (k, &d) in sample.kept.iter().enumerate() {
            neighbours[d] = sample.neighbours[k].len();
        }
        LisaMap {
            clusters,
            local,
            neighbours,
            global,
            summary: weights.summary(),
            cutoff,
            options,
            bivariate: y.is_some(),
            kind: weights.kind,
        }
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
