//! Classification of indicator values into classes for a choropleth.
//!
//! Quantiles follow GeoDa's documented definition (`Gda::percentile`: the i-th sorted
//! value sits at percentile 100·(i − 0.5)/N, linear in between), so the same data
//! gives the same breaks as GeoDa.

/// Sorted, finite values of a column (missing values dropped).
pub fn finite_sorted(values: &[Option<f64>]) -> Vec<f64> {
    let mut v: Vec<f64> = values
        .iter()
        .flatten()
        .copied()
        .filter(|x| x.is_finite())
        .collect();
    v.sort_by(f64::total_cmp);
    v
}

/// GeoDa's percentile (`x` in 0–100) of sorted, non-empty `v`.
///
/// ```
/// use atlas_core::classify::methods::percentile;
/// let v = [15.0, 20.0, 35.0, 40.0, 50.0];
/// assert_eq!(percentile(10.0, &v), 15.0);
/// assert!((percentile(11.0, &v) - 15.25).abs() < 1e-12);
/// assert_eq!(percentile(50.0, &v), 35.0);
/// assert!((percentile(89.0, &v) - 49.5).abs() < 1e-12);
/// ```
pub fn percentile(x: f64, v: &[f64]) -> f64 {
    let n = v.len();
    if n == 0 {
        return f64::NAN;
    }
    let nd = n as f64;
    let p = |i: usize| 100.0 / nd * (i as f64 + 0.5); // percentile of v[i]
    if x <= p(0) {
        return v[0];
    }
    if x >= p(n - 1) {
        return v[n - 1];
    }
    for i in 1..n {
        if x == p(i) {
            return v[i];
        }
        if x < p(i) {
            return v[i - 1] + nd * ((x - p(i - 1)) / 100.0) * (v[i] - v[i - 1]);
        }
    }
    v[n - 1]
}

/// Class breaks over a value range.
#[derive(Clone, Debug, PartialEq)]
pub struct Classification {
    /// Interior breaks, strictly increasing, each `> min` and `<= max`.
    pub breaks: Vec<f64>,
    pub min: f64,
    pub max: f64,
    /// The first class is "below the first break" and the last "from the last break
    /// up" (standard deviation, box map, manual); classes may then be empty.
    pub open_ends: bool,
}

impl Classification {
    /// Build from raw breaks: sorted, de-duplicated, and breaks at or below the minimum
    /// dropped so that no class is empty because of ties.
    pub fn from_breaks(mut raw: Vec<f64>, min: f64, max: f64) -> Self {
        raw.retain(|b| b.is_finite() && *b > min && *b <= max);
        raw.sort_by(f64::total_cmp);
        raw.dedup();
        Classification {
            breaks: raw,
            min,
            max,
            open_ends: false,
        }
    }

    /// Number of classes.
    pub fn classes(&self) -> usize {
        self.breaks.len() + 1
    }

    /// Class of `v` (0-based): class `i` holds `breaks[i-1] <= v < breaks[i]`, and the
    /// last class also holds the maximum.
    pub fn class_of(&self, v: f64) -> usize {
        self.breaks.partition_point(|b| *b <= v)
    }

    /// Bounds of class `i`; `None` marks an open end (only with `open_ends`).
    pub fn bounds(&self, i: usize) -> (Option<f64>, Option<f64>) {
        if !self.open_ends {
            let (l, u) = self.range(i);
            return (Some(l), Some(u));
        }
        let lower = if i == 0 {
            None
        } else {
            self.breaks.get(i - 1).copied()
        };
        let upper = if i >= self.breaks.len() {
            None
        } else {
            Some(self.breaks[i])
        };
        (lower, upper)
    }

    /// Lower and upper bound of class `i`.
    pub fn range(&self, i: usize) -> (f64, f64) {
        let lower = if i == 0 { self.min } else { self.breaks[i - 1] };
        let upper = self.breaks.get(i).copied().unwrap_or(self.max);
        (lower, upper)
    }
}

/// Quantile classification into (at most) `k` classes. `None` when no value is finite.
///
/// ```
/// use atlas_core::classify::methods::quantile;
/// let v: Vec<Option<f64>> = (1..=10).map(|x| Some(x as f64)).collect();
/// let c = quantile(&v, 5).unwrap();
/// assert_eq!(c.classes(), 5);
/// assert_eq!(c.class_of(1.0), 0);
/// assert_eq!(c.class_of(10.0), 4);
/// ```
pub fn quantile(values: &[Option<f64>], k: usize) -> Option<Classification> {
    let v = finite_sorted(values);
    let (&min, &max) = (v.first()?, v.last()?);
    let k = k.max(1);
    let raw = (1..k)
        .map(|i| percentile(i as f64 * 100.0 / k as f64, &v))
        .collect();
    Some(Classification::from_breaks(raw, min, max))
}

/// Classification methods (GeoDa's set).
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, Default, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Method {
    #[default]
    Quantile,
    EqualInterval,
    NaturalBreaks,
    StdDev,
    BoxMap,
    Manual,
}

impl Method {
    pub const ALL: [Method; 6] = [
        Method::Quantile,
        Method::EqualInterval,
        Method::NaturalBreaks,
        Method::StdDev,
        Method::BoxMap,
        Method::Manual,
    ];

    pub fn label(self, lang: crate::Lang) -> &'static str {
        use crate::Lang::*;
        match (self, lang) {
            (Method::Quantile, Da) => "Kvantiler (lige mange i hver klasse)",
            (Method::Quantile, En) => "Quantiles (equal counts)",
            (Method::EqualInterval, Da) => "Lige store intervaller",
            (Method::EqualInterval, En) => "Equal intervals",
            (Method::NaturalBreaks, Da) => "Naturlige brud (Jenks/ckmeans)",
            (Method::NaturalBreaks, En) => "Natural breaks (Jenks/ckmeans)",
            (Method::StdDev, Da) => "Standardafvigelse",
            (Method::StdDev, En) => "Standard deviation",
            (Method::BoxMap, Da) => "Boksplot (afvigere for sig)",
            (Method::BoxMap, En) => "Box map (outliers apart)",
            (Method::Manual, Da) => "Egne grænser",
            (Method::Manual, En) => "Manual breaks",
        }
    }

    /// Methods with a fixed number of classes (the class picker does not apply).
    pub fn fixed_classes(self) -> Option<usize> {
        match self {
            Method::StdDev | Method::BoxMap => Some(6),
            _ => None,
        }
    }
}

/// Why a method cannot classify these values (its words are in `issue::words`).
pub use crate::issue::CannotClassify;

/// Classify `values` with `method` into `k` classes (3–9; fixed 6 for standard deviation
/// and box map). `manual` holds the breaks for [`Method::Manual`].
///
/// ```
/// use atlas_core::classify::methods::{classify, Method};
/// let v: Vec<Option<f64>> = [0.0, 10.0, 20.0, 30.0, 40.0].iter().map(|x| Some(*x)).collect();
/// let c = classify(&v, Method::EqualInterval, 4, &[]).unwrap();
/// assert_eq!(c.breaks, vec![10.0, 20.0, 30.0]);
/// ```
pub fn classify(
    values: &[Option<f64>],
    method: Method,
    k: usize,
    manual: &[f64],
) -> Result<Classification, CannotClassify> {
    let v = finite_sorted(values);
    let (Some(&min), Some(&max)) = (v.first(), v.last()) else {
        return Err(CannotClassify::NoValues);
    };
    let k = k.clamp(3, 9);
    let all_equal = min == max;
    match method {
        Method::Quantile => quantile(values, k).ok_or(CannotClassify::QuantileNoValues),
        Method::EqualInterval => {
            if all_equal {
                return Err(CannotClassify::EqualIntervalsSameValue);
            }
            let w = (max - min) / k as f64;
            Ok(Classification::from_breaks(
                (1..k).map(|i| min + w * i as f64).collect(),
                min,
                max,
            ))
        }
        Method::NaturalBreaks => {
            let distinct = {
                let mut d = v.clone();
                d.dedup();
                d.len()
            };
            if distinct < k {
                return Err(CannotClassify::NaturalBreaksTooFewValues {
                    classes: k,
                    distinct,
                });
            }
            let clusters =
                ckmeans::ckmeans(&v, k as u8).map_err(|e| CannotClassify::NaturalBreaksFailed {
                    detail: format!("{e:?}"),
                })?;
            let breaks = clusters
                .iter()
                .skip(1)
                .filter_map(|c| c.first().copied())
                .collect();
            Ok(Classification::from_breaks(breaks, min, max))
        }
        Method::StdDev => {
            if v.len() < 2 || all_equal {
                return Err(CannotClassify::StdDevTooFewValues);
            }
            let n = v.len() as f64;
            let mean = v.iter().sum::<f64>() / n;
            let sd = (v.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / (n - 1.0)).sqrt();
            Ok(Classification::fixed(
                vec![mean - 2.0 * sd, mean - sd, mean, mean + sd, mean + 2.0 * sd],
                min,
                max,
            ))
        }
        Method::BoxMap => {
            if v.len() < 4 {
                return Err(CannotClassify::BoxMapTooFewValues { count: v.len() });
            }
            if all_equal {
                return Err(CannotClassify::BoxMapSameValue);
            }
            let (q1, q2, q3) = (
                percentile(25.0, &v),
                percentile(50.0, &v),
                percentile(75.0, &v),
            );
            let iqr = q3 - q1;
            if iqr <= 0.0 {
                // Every fence would coincide, and the areas at that value would all be
                // drawn as upper outliers (found by the property tests).
                return Err(CannotClassify::BoxMapNoSpread { value: q1 });
            }
            Ok(Classification::fixed(
                vec![q1 - 1.5 * iqr, q1, q2, q3, q3 + 1.5 * iqr],
                min,
                max,
            ))
        }
        Method::Manual => {
            let mut b: Vec<f64> = manual.iter().copied().filter(|x| x.is_finite()).collect();
            if b.is_empty() {
                return Err(CannotClassify::ManualNoBreaks);
            }
            b.sort_by(f64::total_cmp);
            b.dedup();
            Ok(Classification::fixed(b, min, max))
        }
    }
}

impl Classification {
    /// Breaks kept exactly as given (classes may be empty, e.g. no outliers), with
    /// open ends: the first class is "below the first break", the last "from the last".
    pub fn fixed(breaks: Vec<f64>, min: f64, max: f64) -> Self {
        Classification {
            breaks,
            min,
            max,
            open_ends: true,
        }
    }
}
