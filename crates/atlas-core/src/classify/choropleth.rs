//! Fills and legend of one indicator: classified (any method), as differences from
//! a reference (gap map), in a colour scheme whose worse end never moves.

use crate::classify::methods::{classify, quantile, CannotClassify, Classification, Method};
use crate::classify::palette::Scheme;
use crate::model::indicator::Polarity;

/// One row of the legend.
#[derive(Clone, Debug, PartialEq)]
pub struct LegendClass {
    pub colour: String,
    /// `None` = open end ("under …" / "… and above").
    pub lower: Option<f64>,
    pub upper: Option<f64>,
    pub count: usize,
}

/// Fills and legend of one indicator.
#[derive(Clone, Debug, PartialEq)]
pub struct Choropleth {
    pub classification: Option<Classification>,
    /// Per district: class index, `None` = missing.
    pub classes: Vec<Option<usize>>,
    /// Per district: fill colour, `None` = missing (drawn hatched).
    pub fills: Vec<Option<String>>,
    /// Classes from lowest to highest value.
    pub legend: Vec<LegendClass>,
    /// Districts without a value.
    pub missing: usize,
    /// For a gap map: the reference value the classes are differences from.
    pub centre: Option<f64>,
}

/// Classify `values` into `k` quantile classes coloured by polarity.
///
/// ```
/// use atlas_core::classify::choropleth::choropleth;
/// use atlas_core::model::indicator::Polarity;
/// let c = choropleth(&[Some(1.0), None, Some(3.0)], Polarity::HigherIsWorse, 5);
/// assert_eq!(c.missing, 1);
/// assert!(c.fills[1].is_none());
/// assert_eq!(c.legend.iter().map(|l| l.count).sum::<usize>(), 2);
/// ```
pub fn choropleth(values: &[Option<f64>], polarity: Polarity, k: usize) -> Choropleth {
    choropleth_from(values, polarity, quantile(values, k), Scheme::default())
}

/// Classify `values` with `method` (see [`crate::classify::methods::classify`]); `Err` says why
/// the method cannot apply.
pub fn choropleth_with(
    values: &[Option<f64>],
    polarity: Polarity,
    method: Method,
    k: usize,
    manual: &[f64],
    scheme: Scheme,
) -> Result<Choropleth, CannotClassify> {
    classify(values, method, k, manual).map(|c| choropleth_from(values, polarity, Some(c), scheme))
}

/// Quantiles in `scheme` (the fallback when a method cannot apply).
pub fn quantile_choropleth(
    values: &[Option<f64>],
    polarity: Polarity,
    k: usize,
    scheme: Scheme,
) -> Choropleth {
    choropleth_from(values, polarity, quantile(values, k), scheme)
}

fn choropleth_from(
    values: &[Option<f64>],
    polarity: Polarity,
    classification: Option<Classification>,
    scheme: Scheme,
) -> Choropleth {
    let Some(cls) = classification.clone() else {
        return Choropleth {
            classification: None,
            classes: vec![None; values.len()],
            fills: vec![None; values.len()],
            legend: Vec::new(),
            missing: values.len(),
            centre: None,
        };
    };
    let colours = scheme.colours(cls.classes(), polarity);
    let classes: Vec<Option<usize>> = values
        .iter()
        .map(|v| (*v).filter(|x| x.is_finite()).map(|x| cls.class_of(x)))
        .collect();
    let fills = classes
        .iter()
        .map(|c| c.map(|i| colours[i].clone()))
        .collect();
    let legend = (0..cls.classes())
        .map(|i| {
            let (lower, upper) = cls.bounds(i);
            LegendClass {
                colour: colours[i].clone(),
                lower,
                upper,
                count: classes.iter().filter(|c| **c == Some(i)).count(),
            }
        })
        .collect();
    Choropleth {
        missing: classes.iter().filter(|c| c.is_none()).count(),
        classification,
        classes,
        fills,
        legend,
        centre: None,
    }
}

/// The mean of `values`, weighted by `weights` (e.g. population) where both exist;
/// plain mean when no weights are given. `None` when nothing is known.
///
/// ```
/// use atlas_core::classify::choropleth::reference_mean;
/// let v = [Some(10.0), Some(20.0), None];
/// assert_eq!(reference_mean(&v, None), Some(15.0));
/// assert_eq!(reference_mean(&v, Some(&[Some(3.0), Some(1.0), Some(5.0)])), Some(12.5));
/// ```
pub fn reference_mean(values: &[Option<f64>], weights: Option<&[Option<f64>]>) -> Option<f64> {
    let mut sum = 0.0;
    let mut total = 0.0;
    for (i, v) in values.iter().enumerate() {
        let Some(v) = v.filter(|x| x.is_finite()) else {
            continue;
        };
        let w = match weights {
            Some(ws) => match ws
                .get(i)
                .copied()
                .flatten()
                .filter(|w| w.is_finite() && *w > 0.0)
            {
                Some(w) => w,
                None => continue,
            },
            None => 1.0,
        };
        sum += v * w;
        total += w;
    }
    (total > 0.0).then(|| sum / total)
}

/// A gap map: each district coloured by its difference from `reference` on a
/// diverging scale centred on it — worse than the reference at the red end, better at
/// the blue end (polarity decides which way is better). Six classes in thirds of the
/// largest difference; the legend ranges are differences (value − reference).
///
/// ```
/// use atlas_core::classify::choropleth::gap_choropleth;
/// use atlas_core::model::indicator::Polarity;
/// let c = gap_choropleth(&[Some(10.0), Some(20.0), Some(30.0)], 20.0, Polarity::HigherIsBetter);
/// assert_eq!(c.centre, Some(20.0));
/// assert_ne!(c.fills[0], c.fills[2]);
/// ```
pub fn gap_choropleth(values: &[Option<f64>], reference: f64, polarity: Polarity) -> Choropleth {
    let diffs: Vec<Option<f64>> = values
        .iter()
        .map(|v| v.filter(|x| x.is_finite()).map(|x| x - reference))
        .collect();
    let m = diffs.iter().flatten().fold(0.0f64, |a, d| a.max(d.abs()));
    let m = if m > 0.0 { m } else { 1.0 };
    let breaks = vec![-2.0 * m / 3.0, -m / 3.0, 0.0, m / 3.0, 2.0 * m / 3.0];
    let cls = Classification {
        breaks,
        min: -m,
        max: m,
        open_ends: false,
    };
    // Diverging colours low → high; for higher-is-worse the high end is the red one.
    let colours = Scheme::RedBlue.colours(
        6,
        if polarity == Polarity::HigherIsWorse {
            Polarity::HigherIsWorse
        } else {
            Polarity::HigherIsBetter
        },
    );
    let classes: Vec<Option<usize>> = diffs.iter().map(|d| d.map(|d| cls.class_of(d))).collect();
    let fills = classes
        .iter()
        .map(|c| c.map(|i| colours[i].clone()))
        .collect();
    let legend = (0..6)
        .map(|i| {
            let (lower, upper) = cls.range(i);
            LegendClass {
                colour: colours[i].clone(),
                lower: Some(lower),
                upper: Some(upper),
                count: classes.iter().filter(|c| **c == Some(i)).count(),
            }
        })
        .collect();
    Choropleth {
        missing: classes.iter().filter(|c| c.is_none()).count(),
        classification: Some(cls),
        classes,
        fills,
        legend,
        centre: Some(reference),
    }
}
