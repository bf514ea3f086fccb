//! The composite index: chosen indicators, normalised (z-score or min–max), turned so
//! that higher is always better, weighted and averaged. A district missing any chosen
//! indicator gets no score (never a score invented from the rest).

use crate::model::gap::rank;
use crate::model::indicator::Polarity;

/// How indicators are put on one scale.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Normalisation {
    /// (x − mean) / standard deviation.
    #[default]
    ZScore,
    /// (x − min) / (max − min), 0–1.
    MinMax,
}

/// One component: its values, direction and weight (≥ 0).
pub struct Component<'a> {
    pub values: &'a [Option<f64>],
    pub polarity: Polarity,
    pub weight: f64,
}

fn normalise(values: &[Option<f64>], how: Normalisation) -> Vec<Option<f64>> {
    let f: Vec<f64> = values
        .iter()
        .flatten()
        .copied()
        .filter(|x| x.is_finite())
        .collect();
    let n = f.len() as f64;
    match how {
        Normalisation::ZScore => {
            let mean = f.iter().sum::<f64>() / n.max(1.0);
            let sd =
                (f.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / (n - 1.0).max(1.0)).sqrt();
            values
                .iter()
                .map(|v| {
                    v.filter(|x| x.is_finite())
                        .map(|x| if sd > 0.0 { (x - mean) / sd } else { 0.0 })
                })
                .collect()
        }
        Normalisation::MinMax => {
            let lo = f.iter().copied().fold(f64::INFINITY, f64::min);
            let hi = f.iter().copied().fold(f64::NEG_INFINITY, f64::max);
            values
                .iter()
                .map(|v| {
                    v.filter(|x| x.is_finite()).map(|x| {
                        if hi > lo {
                            (x - lo) / (hi - lo)
                        } else {
                            0.5
                        }
                    })
                })
                .collect()
        }
    }
}

/// The weighted index per district (higher = better); `None` when a district lacks a
/// chosen indicator or no weight is positive.
///
/// ```
/// use atlas_core::model::composite::{composite, Component, Normalisation};
/// use atlas_core::model::indicator::Polarity;
/// let income = [Some(100.0), Some(300.0)];
/// let unemployment = [Some(8.0), Some(2.0)];
/// let idx = composite(&[
///     Component { values: &income, polarity: Polarity::HigherIsBetter, weight: 1.0 },
///     Component { values: &unemployment, polarity: Polarity::HigherIsWorse, weight: 1.0 },
/// ], Normalisation::MinMax);
/// assert_eq!(idx, vec![Some(0.0), Some(1.0)]);
/// ```
pub fn composite(components: &[Component], how: Normalisation) -> Vec<Option<f64>> {
    let n = components.iter().map(|c| c.values.len()).max().unwrap_or(0);
    let total: f64 = components.iter().map(|c| c.weight.max(0.0)).sum();
    if total <= 0.0 {
        return vec![None; n];
    }
    let normed: Vec<Vec<Option<f64>>> = components
        .iter()
        .map(|c| {
            normalise(c.values, how)
                .into_iter()
                .map(|v| {
                    v.map(|x| match (c.polarity, how) {
                        (Polarity::HigherIsWorse, Normalisation::ZScore) => -x,
                        (Polarity::HigherIsWorse, Normalisation::MinMax) => 1.0 - x,
                        _ => x,
                    })
                })
                .collect()
        })
        .collect();
    (0..n)
        .map(|d| {
            let mut sum = 0.0;
            for (c, col) in components.iter().zip(&normed) {
                let w = c.weight.max(0.0);
                if w == 0.0 {
                    continue;
                }
                sum += w * col.get(d).copied().flatten()?;
            }
            Some(sum / total)
        })
        .collect()
}

/// Ranks (1 = best) of an index; `None` where the index is missing.
pub fn index_ranks(index: &[Option<f64>]) -> Vec<Option<usize>> {
    rank(index, Polarity::HigherIsBetter)
}
