//! Gap metrics between two districts on one indicator.

use crate::model::indicator::Polarity;

/// Who is ahead on an indicator, given its polarity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ahead {
    A,
    B,
    Equal,
    /// One of the values is missing.
    Unknown,
    /// The indicator has no better direction.
    NotApplicable,
}

/// The comparison of district A with district B on one indicator.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Gap {
    pub a: Option<f64>,
    pub b: Option<f64>,
    /// `a − b`.
    pub difference: Option<f64>,
    /// `a / b`; `None` when a value is missing or `b` is zero.
    pub ratio: Option<f64>,
    /// Rank among all districts with a value, 1 = best (for neutral: 1 = highest).
    pub rank_a: Option<usize>,
    pub rank_b: Option<usize>,
    /// How many districts have a value (the denominator of the ranks).
    pub ranked: usize,
    pub ahead: Ahead,
}

/// Competition ranks ("1, 2, 2, 4"), 1 = best given `polarity`; missing stays `None`.
///
/// ```
/// use atlas_core::model::gap::rank;
/// use atlas_core::model::indicator::Polarity;
/// let v = [Some(10.0), Some(30.0), None, Some(30.0)];
/// assert_eq!(rank(&v, Polarity::HigherIsBetter), vec![Some(3), Some(1), None, Some(1)]);
/// assert_eq!(rank(&v, Polarity::HigherIsWorse), vec![Some(1), Some(2), None, Some(2)]);
/// ```
pub fn rank(values: &[Option<f64>], polarity: Polarity) -> Vec<Option<usize>> {
    let better = |x: f64, y: f64| match polarity {
        Polarity::HigherIsWorse => x < y,
        _ => x > y,
    };
    // Best first; a value's rank is 1 + how many are strictly better (O(n log n)).
    let mut sorted: Vec<f64> = values
        .iter()
        .flatten()
        .copied()
        .filter(|x| x.is_finite())
        .collect();
    sorted.sort_by(|a, b| match polarity {
        Polarity::HigherIsWorse => a.total_cmp(b),
        _ => b.total_cmp(a),
    });
    values
        .iter()
        .map(|v| {
            let v = (*v).filter(|x| x.is_finite())?;
            Some(1 + sorted.partition_point(|o| better(*o, v)))
        })
        .collect()
}

/// Compare district `a` with district `b` (indices into `values`).
///
/// ```
/// use atlas_core::model::gap::{compare, Ahead};
/// use atlas_core::model::indicator::Polarity;
/// let v = [Some(300.0), Some(200.0), Some(250.0)];
/// let g = compare(&v, 0, 1, Polarity::HigherIsBetter);
/// assert_eq!(g.difference, Some(100.0));
/// assert_eq!(g.ratio, Some(1.5));
/// assert_eq!((g.rank_a, g.rank_b, g.ranked), (Some(1), Some(3), 3));
/// assert_eq!(g.ahead, Ahead::A);
/// ```
pub fn compare(values: &[Option<f64>], a: usize, b: usize, polarity: Polarity) -> Gap {
    let get = |i: usize| values.get(i).copied().flatten().filter(|x| x.is_finite());
    let (va, vb) = (get(a), get(b));
    let ranks = rank(values, polarity);
    let (difference, ratio, ahead) = verdict(va, vb, polarity);
    Gap {
        a: va,
        b: vb,
        difference,
        ratio,
        rank_a: ranks.get(a).copied().flatten(),
        rank_b: ranks.get(b).copied().flatten(),
        ranked: values.iter().flatten().filter(|x| x.is_finite()).count(),
        ahead,
    }
}

/// A − B, A / B and who is ahead, from the two values (either may be missing).
///
/// ```
/// use atlas_core::model::gap::{verdict, Ahead};
/// use atlas_core::model::indicator::Polarity;
/// assert_eq!(verdict(Some(3.0), Some(6.0), Polarity::HigherIsWorse), (Some(-3.0), Some(0.5), Ahead::A));
/// assert_eq!(verdict(None, Some(6.0), Polarity::HigherIsBetter).2, Ahead::Unknown);
/// ```
pub fn verdict(
    va: Option<f64>,
    vb: Option<f64>,
    polarity: Polarity,
) -> (Option<f64>, Option<f64>, Ahead) {
    let difference = match (va, vb) {
        (Some(x), Some(y)) => Some(x - y),
        _ => None,
    };
    let ratio = match (va, vb) {
        (Some(x), Some(y)) if y != 0.0 => Some(x / y),
        _ => None,
    };
    let ahead = match (va, vb, polarity) {
        (None, _, _) | (_, None, _) => Ahead::Unknown,
        (_, _, Polarity::Neutral) => Ahead::NotApplicable,
        (Some(x), Some(y), _) if x == y => Ahead::Equal,
        (Some(x), Some(y), Polarity::HigherIsBetter) => {
            if x > y {
                Ahead::A
            } else {
                Ahead::B
            }
        }
        (Some(x), Some(y), Polarity::HigherIsWorse) => {
            if x < y {
                Ahead::A
            } else {
                Ahead::B
            }
        }
    };
    (difference, ratio, ahead)
}

/// Positions for a dumbbell chart: every district's value and A's and B's on a 0–1
/// scale from worse (0) to better (1); for neutral indicators from low to high.
#[derive(Clone, Debug, PartialEq)]
pub struct Dumbbell {
    /// All districts with a value.
    pub all: Vec<f64>,
    pub a: Option<f64>,
    pub b: Option<f64>,
}

impl Dumbbell {
    /// The districts' ticks to draw: each position once, to a thousandth of the axis
    /// (finer than a strip is drawn), in order — 38,870 grid cells become at most
    /// 1,001 ticks, not an element each.
    ///
    /// ```
    /// use atlas_core::model::gap::Dumbbell;
    /// let d = Dumbbell { all: vec![0.5, 0.0, 0.50001, 1.0, 0.0], a: None, b: None };
    /// assert_eq!(d.ticks(), vec![0.0, 0.5, 1.0]);
    /// ```
    pub fn ticks(&self) -> Vec<f64> {
        let mut at: Vec<i64> = self
            .all
            .iter()
            .map(|p| (p * 1000.0).round() as i64)
            .collect();
        at.sort_unstable();
        at.dedup();
        at.into_iter().map(|k| k as f64 / 1000.0).collect()
    }
}

/// The dumbbell of A and B among all districts; `None` when fewer than two values or
/// all values are equal.
///
/// ```
/// use atlas_core::model::gap::dumbbell;
/// use atlas_core::model::indicator::Polarity;
/// let v = [Some(10.0), Some(20.0), Some(30.0)];
/// let d = dumbbell(&v, 0, 2, Polarity::HigherIsWorse).unwrap();
/// assert_eq!((d.a, d.b), (Some(1.0), Some(0.0))); // lowest unemployment is best: right
/// ```
pub fn dumbbell(
    values: &[Option<f64>],
    a: usize,
    b: usize,
    polarity: Polarity,
) -> Option<Dumbbell> {
    let finite: Vec<f64> = values
        .iter()
        .flatten()
        .copied()
        .filter(|x| x.is_finite())
        .collect();
    let min = finite.iter().copied().fold(f64::INFINITY, f64::min);
    let max = finite.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    if finite.len() < 2 || max <= min {
        return None;
    }
    let pos = |x: f64| {
        let t = (x - min) / (max - min);
        if polarity == Polarity::HigherIsWorse {
            1.0 - t
        } else {
            t
        }
    };
    let at = |i: usize| {
        values
            .get(i)
            .copied()
            .flatten()
            .filter(|x| x.is_finite())
            .map(pos)
    };
    Some(Dumbbell {
        all: finite.iter().map(|x| pos(*x)).collect(),
        a: at(a),
        b: at(b),
    })
}

/// Positions of districts in a scatter plot of `x` against `y`, each scaled to 0–1
/// over its own range (raw direction: higher to the right and up). Missing on either
/// axis → `None`. Also returns the ranges for the axis labels.
///
/// ```
/// use atlas_core::model::gap::scatter;
/// let (pts, (x0, x1), _) = scatter(&[Some(1.0), Some(3.0), None], &[Some(10.0), Some(20.0), Some(5.0)]);
/// // y is scaled over all its values (5–20), x over 1–3; a missing x drops the point.
/// assert_eq!(pts[0], Some((0.0, 1.0 / 3.0)));
/// assert_eq!(pts[1], Some((1.0, 1.0)));
/// assert_eq!(pts[2], None);
/// assert_eq!((x0, x1), (1.0, 3.0));
/// ```
#[allow(clippy::type_complexity)]
pub fn scatter(
    x: &[Option<f64>],
    y: &[Option<f64>],
) -> (Vec<Option<(f64, f64)>>, (f64, f64), (f64, f64)) {
    let range = |v: &[Option<f64>]| {
        let f: Vec<f64> = v
            .iter()
            .flatten()
            .copied()
            .filter(|a| a.is_finite())
            .collect();
        let lo = f.iter().copied().fold(f64::INFINITY, f64::min);
        let hi = f.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        (lo, hi)
    };
    let (rx, ry) = (range(x), range(y));
    let scale = |v: f64, (lo, hi): (f64, f64)| if hi > lo { (v - lo) / (hi - lo) } else { 0.5 };
    let pts = x
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let a = (*a).filter(|v| v.is_finite())?;
            let b = y.get(i).copied().flatten().filter(|v| v.is_finite())?;
            Some((scale(a, rx), scale(b, ry)))
        })
        .collect();
    (pts, rx, ry)
}

/// Pearson correlation of two indicators over the districts that have both, and how
/// many those are; `None` with fewer than three pairs or no spread.
///
/// ```
/// use atlas_core::model::gap::pearson;
/// let x = [Some(1.0), Some(2.0), Some(3.0), None];
/// let y = [Some(2.0), Some(4.0), Some(6.5), Some(1.0)];
/// let (r, n) = pearson(&x, &y).unwrap();
/// assert!(r > 0.99 && n == 3);
/// ```
pub fn pearson(x: &[Option<f64>], y: &[Option<f64>]) -> Option<(f64, usize)> {
    let pairs: Vec<(f64, f64)> = x
        .iter()
        .zip(y.iter())
        .filter_map(|(a, b)| Some(((*a)?, (*b)?)))
        .filter(|(a, b)| a.is_finite() && b.is_finite())
        .collect();
    let n = pairs.len();
    if n < 3 {
        return None;
    }
    let mx = pairs.iter().map(|p| p.0).sum::<f64>() / n as f64;
    let my = pairs.iter().map(|p| p.1).sum::<f64>() / n as f64;
    let (mut sxy, mut sxx, mut syy) = (0.0, 0.0, 0.0);
    for (a, b) in &pairs {
        sxy += (a - mx) * (b - my);
        sxx += (a - mx).powi(2);
        syy += (b - my).powi(2);
    }
    (sxx > 0.0 && syy > 0.0).then(|| (sxy / (sxx * syy).sqrt(), n))
}

/// The mean of `values`, weighted by `weights` (e.g. population) where both exist;
/// plain mean when no weights are given. `None` when nothing is known.
///
/// ```
/// use atlas_core::model::gap::reference_mean;
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
