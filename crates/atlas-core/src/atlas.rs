//! The joined model the UI draws: districts × indicators.

use crate::boundaries::District;
use crate::indicator::{DatasetMeta, IndicatorMeta};

/// Districts with their indicator values, after the join.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Atlas {
    pub districts: Vec<District>,
    pub indicators: Vec<IndicatorMeta>,
    /// `values[indicator][district]`; `None` = missing (never zero).
    pub values: Vec<Vec<Option<f64>>>,
    pub dataset: DatasetMeta,
    /// Note carried by the boundary file (e.g. "simplified, illustrative").
    pub boundary_note: Option<String>,
}

impl Atlas {
    /// Value of indicator `indicator` in district `district`; `None` when missing or out of range.
    pub fn value(&self, indicator: usize, district: usize) -> Option<f64> {
        self.values.get(indicator)?.get(district).copied().flatten()
    }

    /// Values of one indicator for every district, in district order.
    pub fn column(&self, indicator: usize) -> &[Option<f64>] {
        self.values.get(indicator).map(Vec::as_slice).unwrap_or(&[])
    }

    /// Index of the district whose id is `id`.
    pub fn district_by_id(&self, id: &str) -> Option<usize> {
        self.districts.iter().position(|d| d.id == id)
    }

    /// Index of the district whose name matches `name` (case- and accent-insensitive).
    pub fn district_by_name(&self, name: &str) -> Option<usize> {
        let want = crate::join::normalise_name(name);
        self.districts
            .iter()
            .position(|d| crate::join::normalise_name(&d.name) == want)
    }
}
