//! Fills and legend of one indicator: classified (any method), as differences from
//! a reference (gap map), in a colour scheme whose worse end never moves.

use crate::classify::methods::{classify, quantile, CannotClassify, Classification, Method};
use crate::classify::palette::Scheme;
pub use crate::model::gap::reference_mean;
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
    choropleth_by(values, values, polarity, method, k, manual, scheme)
}

/// Classify `values` by breaks computed from `basis` — e.g. every year of a time
/// series pooled, so a colour means the same amount in every year (GeoDa's practice).
/// The legend counts the districts of `values`.
///
/// ```
/// use atlas_core::classify::choropleth::choropleth_by;
/// use atlas_core::classify::methods::Method;
/// use atlas_core::model::indicator::Polarity;
/// let all_years = [Some(1.0), Some(2.0), Some(3.0), Some(10.0), Some(20.0), Some(30.0)];
/// let early = [Some(1.0), Some(2.0), Some(3.0)];
/// let c = choropleth_by(&all_years, &early, Polarity::HigherIsBetter, Method::EqualInterval, 3, &[], Default::default()).unwrap();
/// // against the pooled range the early year is all in the lowest class
/// assert_eq!(c.classes, vec![Some(0), Some(0), Some(0)]);
/// ```
pub fn choropleth_by(
    basis: &[Option<f64>],
    values: &[Option<f64>],
    polarity: Polarity,
    method: Method,
    k: usize,
    manual: &[f64],
    scheme: Scheme,
) -> Result<Choropleth, CannotClassify> {
    classify(basis, method, k, manual).map(|c| choropleth_from(values, polarity, Some(c), scheme))
}

/// Quantiles of `basis` applied to `values` (the pooled fallback).
pub fn quantile_choropleth_by(
    basis: &[Option<f64>],
    values: &[Option<f64>],
    polarity: Polarity,
    k: usize,
    scheme: Scheme,
) -> Choropleth {
    choropleth_from(values, polarity, quantile(basis, k), scheme)
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
    gap_choropleth_within(values, reference, polarity, None)
}

/// The largest absolute difference from `reference` among `values` (0 when none).
pub fn largest_difference(values: &[Option<f64>], reference: f64) -> f64 {
    values
        .iter()
        .flatten()
        .filter(|x| x.is_finite())
        .fold(0.0f64, |a, x| a.max((x - reference).abs()))
}

/// A gap map whose classes span `extent` (the largest difference over every year,
/// for classes shared across years); `None` = this map's own largest difference.
///
/// ```
/// use atlas_core::classify::choropleth::gap_choropleth_within;
/// use atlas_core::model::indicator::Polarity;
/// let c = gap_choropleth_within(&[Some(19.0), Some(21.0)], 20.0, Polarity::HigherIsBetter, Some(30.0));
/// // small differences against a wide shared range: the two middle classes
/// assert_eq!(c.classes, vec![Some(2), Some(3)]);
/// ```
pub fn gap_choropleth_within(
    values: &[Option<f64>],
    reference: f64,
    polarity: Polarity,
    extent: Option<f64>,
) -> Choropleth {
    let diffs: Vec<Option<f64>> = values
        .iter()
        .map(|v| v.filter(|x| x.is_finite()).map(|x| x - reference))
        .collect();
    let m = extent.unwrap_or_else(|| largest_difference(values, reference));
    let m = if m > 0.0 && m.is_finite() { m } else { 1.0 };
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
