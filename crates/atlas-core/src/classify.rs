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
/// use atlas_core::classify::percentile;
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
/// use atlas_core::classify::quantile;
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
