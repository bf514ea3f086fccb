//! Change of an indicator between two years, per district: in the indicator's unit,
//! in percent, or in percentage points for an indicator that is itself a percentage.
//! A district missing either year has no change (missing, never zero).

use crate::model::atlas::Atlas;
use serde::{Deserialize, Serialize};

/// How a change is measured.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeKind {
    /// To-year value minus from-year value, in the indicator's unit (percentage
    /// points for an indicator in %).
    #[default]
    Absolute,
    /// Relative change in percent of the from-year value.
    Percent,
}

impl ChangeKind {
    pub const ALL: [ChangeKind; 2] = [ChangeKind::Absolute, ChangeKind::Percent];

    /// The word used in links (`?aendring=pct`).
    pub fn id(self) -> &'static str {
        match self {
            ChangeKind::Absolute => "abs",
            ChangeKind::Percent => "pct",
        }
    }

    /// The kind a link word names.
    pub fn from_id(id: &str) -> Option<ChangeKind> {
        ChangeKind::ALL.into_iter().find(|k| k.id() == id)
    }
}

/// The unit a change is shown in: percentage points for a `%` indicator's absolute
/// change, `%` for a percent change, else the indicator's own unit.
///
/// ```
/// use atlas_core::model::change::{change_unit, ChangeKind};
/// use atlas_core::Lang;
/// assert_eq!(change_unit("%", ChangeKind::Absolute, Lang::Da), "procentpoint");
/// assert_eq!(change_unit("kr.", ChangeKind::Percent, Lang::Da), "%");
/// assert_eq!(change_unit("kr.", ChangeKind::Absolute, Lang::En), "kr.");
/// ```
pub fn change_unit(unit: &str, kind: ChangeKind, lang: crate::Lang) -> String {
    match kind {
        ChangeKind::Percent => "%".into(),
        ChangeKind::Absolute if unit.trim() == "%" => match lang {
            crate::Lang::Da => "procentpoint".into(),
            crate::Lang::En => "percentage points".into(),
        },
        ChangeKind::Absolute => unit.into(),
    }
}

/// Each district's change of `indicator` from year `from` to year `to`.
///
/// ```
/// use atlas_core::model::change::{change_column, ChangeKind};
/// use atlas_core::model::district::Area;
/// let mut at = atlas_core::Atlas::default();
/// at.districts = vec![Area::new("1", "A"), Area::new("2", "B"), Area::new("3", "C")];
/// at.indicators = vec![Default::default()];
/// at.years = vec![vec![Some(2000), Some(2010)]];
/// at.values = vec![vec![vec![Some(100.0), Some(50.0), None], vec![Some(110.0), Some(40.0), Some(5.0)]]];
/// assert_eq!(change_column(&at, 0, 2000, 2010, ChangeKind::Absolute), vec![Some(10.0), Some(-10.0), None]);
/// let pct = change_column(&at, 0, 2000, 2010, ChangeKind::Percent);
/// assert!((pct[0].unwrap() - 10.0).abs() < 1e-9 && (pct[1].unwrap() + 20.0).abs() < 1e-9);
/// // a year the indicator does not have: nothing is invented
/// assert_eq!(change_column(&at, 0, 1990, 2010, ChangeKind::Absolute), vec![None; 3]);
/// ```
pub fn change_column(
    atlas: &Atlas,
    indicator: usize,
    from: i32,
    to: i32,
    kind: ChangeKind,
) -> Vec<Option<f64>> {
    let n = atlas.districts.len();
    let years = atlas.years(indicator);
    let at = |y: i32| years.iter().position(|x| *x == Some(y));
    let (Some(f), Some(t)) = (at(from), at(to)) else {
        return vec![None; n];
    };
    let (vf, vt) = (atlas.column_at(indicator, f), atlas.column_at(indicator, t));
    (0..n)
        .map(|d| {
            let (a, b) = (vf.get(d).copied().flatten()?, vt.get(d).copied().flatten()?);
            match kind {
                ChangeKind::Absolute => Some(b - a),
                ChangeKind::Percent => (a != 0.0).then(|| (b - a) / a.abs() * 100.0),
            }
            .filter(|v| v.is_finite())
        })
        .collect()
}

/// The two years a change map compares when the view names none (or names years the
/// indicator lacks): its first and its last year. `None` with fewer than two years.
///
/// ```
/// use atlas_core::model::change::change_years;
/// let mut at = atlas_core::Atlas::default();
/// at.years = vec![vec![Some(2000), Some(2005), Some(2017)]];
/// assert_eq!(change_years(&at, 0, None, None), Some((2000, 2017)));
/// assert_eq!(change_years(&at, 0, Some(2005), Some(1999)), Some((2005, 2017)));
/// ```
pub fn change_years(
    atlas: &Atlas,
    indicator: usize,
    from: Option<i32>,
    to: Option<i32>,
) -> Option<(i32, i32)> {
    let ys: Vec<i32> = atlas.years(indicator).iter().flatten().copied().collect();
    if ys.len() < 2 {
        return None;
    }
    let pick = |w: Option<i32>, d: i32| w.filter(|w| ys.contains(w)).unwrap_or(d);
    Some((pick(from, ys[0]), pick(to, ys[ys.len() - 1])))
}
