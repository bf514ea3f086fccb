//! The joined model the UI draws: districts × indicators × years.

use crate::boundaries::District;
use crate::indicator::{DatasetMeta, IndicatorMeta};

/// Districts with their indicator values, after the join.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Atlas {
    pub districts: Vec<District>,
    pub indicators: Vec<IndicatorMeta>,
    /// Per indicator: its years, ascending (`[None]` when the table has no time).
    pub years: Vec<Vec<Option<i32>>>,
    /// `values[indicator][year][district]`; `None` = missing (never zero).
    pub values: Vec<Vec<Vec<Option<f64>>>>,
    pub dataset: DatasetMeta,
    /// Note carried by the boundary file (e.g. "simplified, illustrative").
    pub boundary_note: Option<String>,
}

impl Atlas {
    /// Index of the latest year of `indicator`.
    pub fn latest_year(&self, indicator: usize) -> usize {
        self.years
            .get(indicator)
            .map(|y| y.len().saturating_sub(1))
            .unwrap_or(0)
    }

    /// Value of `indicator` in its latest year in `district`; `None` when missing.
    pub fn value(&self, indicator: usize, district: usize) -> Option<f64> {
        self.value_at(indicator, self.latest_year(indicator), district)
    }

    /// Value of `indicator` in year number `year` (index into [`years`](Self::years)).
    pub fn value_at(&self, indicator: usize, year: usize, district: usize) -> Option<f64> {
        self.values
            .get(indicator)?
            .get(year)?
            .get(district)
            .copied()
            .flatten()
    }

    /// Values of `indicator` in its latest year, for every district.
    pub fn column(&self, indicator: usize) -> &[Option<f64>] {
        self.column_at(indicator, self.latest_year(indicator))
    }

    /// Values of `indicator` in year number `year`, for every district.
    pub fn column_at(&self, indicator: usize, year: usize) -> &[Option<f64>] {
        self.values
            .get(indicator)
            .and_then(|v| v.get(year))
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }

    /// The years of `indicator`.
    pub fn years(&self, indicator: usize) -> &[Option<i32>] {
        self.years.get(indicator).map(Vec::as_slice).unwrap_or(&[])
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
