//! The bivariate "double vulnerable" map: resources against co-creation capacity,
//! each in three classes (tertiles, oriented worse → better), a 3×3 colour grid; the
//! low/low cell is *dobbelt udsat*.

use crate::classify::methods::quantile;
use crate::model::indicator::Polarity;

/// A 3×3 bivariate palette (after Joshua Stevens' blue–red scheme): row = capacity
/// class, column = resource class, both 0 = worse … 2 = better. Low/low is the
/// strongest purple-red, high/high the lightest grey.
pub const PALETTE: [[&str; 3]; 3] = [
    // capacity worse
    ["#be64ac", "#8c62aa", "#3b4994"],
    // capacity middle
    ["#dfb0d6", "#a5add3", "#5698b9"],
    // capacity better
    ["#e8e8e8", "#ace4e4", "#5ac8c8"],
];

/// One district's cell, `None` when either value is missing.
#[derive(Clone, Debug, PartialEq)]
pub struct Bivariate {
    /// Per district: (resource class, capacity class), 0 = worse.
    pub cells: Vec<Option<(usize, usize)>>,
    pub fills: Vec<Option<String>>,
    /// Districts in the worse/worse cell: *dobbelt udsat*.
    pub double_vulnerable: Vec<usize>,
    /// Districts per cell `[capacity][resource]`.
    pub counts: [[usize; 3]; 3],
}

/// Tertile class 0 (worse) … 2 (better) of each value.
fn tertiles(values: &[Option<f64>], polarity: Polarity) -> Vec<Option<usize>> {
    let Some(c) = quantile(values, 3) else {
        return vec![None; values.len()];
    };
    let n = c.classes();
    values
        .iter()
        .map(|v| {
            let v = (*v).filter(|x| x.is_finite())?;
            // Spread however many classes the ties left over 0..=2, low to high.
            let k = c.class_of(v);
            let low_to_high = if n <= 1 { 1 } else { k * 2 / (n - 1) };
            Some(if polarity == Polarity::HigherIsWorse {
                2 - low_to_high
            } else {
                low_to_high
            })
        })
        .collect()
}

/// Classify districts on resources (x) and co-creation capacity (y).
///
/// ```
/// use atlas_core::classify::bivariate::bivariate;
/// use atlas_core::model::indicator::Polarity;
/// let income = [Some(100.0), Some(200.0), Some(300.0)];
/// let turnout = [Some(50.0), Some(60.0), Some(70.0)];
/// let b = bivariate(&income, Polarity::HigherIsBetter, &turnout, Polarity::HigherIsBetter);
/// assert_eq!(b.double_vulnerable, vec![0]);
/// ```
pub fn bivariate(
    x: &[Option<f64>],
    x_polarity: Polarity,
    y: &[Option<f64>],
    y_polarity: Polarity,
) -> Bivariate {
    let (cx, cy) = (tertiles(x, x_polarity), tertiles(y, y_polarity));
    let cells: Vec<Option<(usize, usize)>> = cx
        .iter()
        .zip(cy.iter().chain(std::iter::repeat(&None)))
        .map(|(a, b)| Some(((*a)?, (*b)?)))
        .collect();
    let mut counts = [[0usize; 3]; 3];
    for (rx, ry) in cells.iter().flatten() {
        counts[*ry][*rx] += 1;
    }
    Bivariate {
        fills: cells
            .iter()
            .map(|c| c.map(|(rx, ry)| PALETTE[ry][rx].to_owned()))
            .collect(),
        double_vulnerable: cells
            .iter()
            .enumerate()
            .filter(|(_, c)| **c == Some((0, 0)))
            .map(|(i, _)| i)
            .collect(),
        cells,
        counts,
    }
}
