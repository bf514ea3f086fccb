//! Rates steadied by empirical Bayes, so 3 volunteers in a tiny parish no longer top
//! the map: each area's rate is pulled towards the overall rate (global) or its
//! neighbourhood's (spatial), the more the fewer people it rests on. As PySAL's
//! `esda.smoothing.Empirical_Bayes` and `Spatial_Empirical_Bayes`.

/// The rates e/b of the areas with both (b > 0), as (area, e, b).
fn cases(e: &[Option<f64>], b: &[Option<f64>]) -> Vec<(usize, f64, f64)> {
    e.iter()
        .zip(b)
        .enumerate()
        .filter_map(|(d, (e, b))| match (e, b) {
            (Some(e), Some(b)) if e.is_finite() && b.is_finite() && *b > 0.0 => Some((d, *e, *b)),
            _ => None,
        })
        .collect()
}

/// Global empirical Bayes: m = Σe/Σb; v = Σb(r−m)²/Σb − m/b̄; each rate
/// W·r + (1−W)·m with W = v/(v + m/b). Missing where e or b is.
///
/// ```
/// use atlas_core::model::smooth::eb_global;
/// // a tiny area with a high rate is pulled down the most
/// let e = [Some(3.0), Some(100.0), Some(120.0)];
/// let b = [Some(10.0), Some(10_000.0), Some(10_000.0)];
/// let s = eb_global(&e, &b);
/// assert!(s[0].unwrap() < 0.3 && s[0].unwrap() > 0.0105);
/// ```
pub fn eb_global(e: &[Option<f64>], b: &[Option<f64>]) -> Vec<Option<f64>> {
    let c = cases(e, b);
    let mut out = vec![None; e.len()];
    if c.is_empty() {
        return out;
    }
    let (se, sb) = c
        .iter()
        .fold((0.0, 0.0), |(x, y), (_, e, b)| (x + e, y + b));
    let m = se / sb;
    let mean_b = sb / c.len() as f64;
    let v = c
        .iter()
        .map(|(_, e, b)| b * (e / b - m).powi(2))
        .sum::<f64>()
        / sb
        - m / mean_b;
    for (d, e, b) in c {
        let r = e / b;
        let w = v / (v + m / b);
        out[d] = Some(w * r + (1.0 - w) * m).filter(|x| x.is_finite());
    }
    out
}

/// Spatial empirical Bayes: as [`eb_global`] over each area's window — itself and its
/// `neighbours` (binary) — with the variance clipped at 0. Missing where e or b is.
pub fn eb_spatial(
    e: &[Option<f64>],
    b: &[Option<f64>],
    neighbours: &[Vec<usize>],
) -> Vec<Option<f64>> {
    let c = cases(e, b);
    let mut at: Vec<Option<(f64, f64)>> = vec![None; e.len()];
    for (d, e, b) in &c {
        at[*d] = Some((*e, *b));
    }
    let mut out = vec![None; e.len()];
    for (d, e, b) in c {
        let window: Vec<(f64, f64)> = std::iter::once(d)
            .chain(neighbours.get(d).into_iter().flatten().copied())
            .filter_map(|j| at.get(j).copied().flatten())
            .collect();
        let (se, sb) = window
            .iter()
            .fold((0.0, 0.0), |(x, y), (e, b)| (x + e, y + b));
        let m = se / sb;
        let v = (window
            .iter()
            .map(|(e, b)| b * (e / b - m).powi(2))
            .sum::<f64>()
            / sb
            - m / (sb / window.len() as f64))
            .max(0.0);
        let r = e / b;
        let smoothed = if v + m / b > 0.0 {
            m + (r - m) * v / (v + m / b)
        } else {
            m
        };
        out[d] = Some(smoothed).filter(|x| x.is_finite());
    }
    out
}
