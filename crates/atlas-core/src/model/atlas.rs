//! The joined model the UI draws: districts × indicators × years.

use crate::model::district::Area;
use crate::model::indicator::{DatasetMeta, IndicatorMeta};

/// Districts with their indicator values, after the join.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Atlas {
    pub districts: Vec<Area>,
    pub indicators: Vec<IndicatorMeta>,
    /// Per indicator: its years, ascending (`[None]` when the table has no time).
    pub years: Vec<Vec<Option<i32>>>,
    /// `values[indicator][year][district]`; `None` = missing (never zero).
    pub values: Vec<Vec<Vec<Option<f64>>>>,
    pub dataset: DatasetMeta,
    /// Note carried by the boundary file (e.g. "simplified, illustrative").
    pub boundary_note: Option<String>,
    /// What the areas are called («kommune», «sogn»; «område» when unknown).
    pub noun: crate::text::noun::Noun,
    /// The table's text columns that group the areas (`bydel_name`), each with its
    /// value per district (`None` where the district has no row or no value).
    pub groupings: Vec<(String, Vec<Option<String>>)>,
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
        let want = crate::text::names::normalise_name(name);
        self.districts
            .iter()
            .position(|d| crate::text::names::normalise_name(&d.name) == want)
    }
}

impl Atlas {
    /// Index of year `wanted` among `indicator`'s years; its latest when absent.
    ///
    /// ```
    /// let mut a = atlas_core::Atlas::default();
    /// a.years = vec![vec![Some(2021), Some(2022), Some(2023)]];
    /// assert_eq!(a.year_index(0, Some(2022)), 1);
    /// assert_eq!(a.year_index(0, Some(1999)), 2);
    /// ```
    pub fn year_index(&self, indicator: usize, wanted: Option<i32>) -> usize {
        let years = self.years(indicator);
        wanted
            .and_then(|w| years.iter().position(|y| *y == Some(w)))
            .unwrap_or_else(|| years.len().saturating_sub(1))
    }

    /// Values of `indicator` in year `wanted` (latest when it has no such year).
    pub fn column_in(&self, indicator: usize, wanted: Option<i32>) -> &[Option<f64>] {
        self.column_at(indicator, self.year_index(indicator, wanted))
    }

    /// The indicator that counts residents, used to weight city averages.
    ///
    /// A rate «pr. 1.000 indbyggere» or a share in % names residents but counts
    /// something else: it is never taken.
    ///
    /// ```
    /// use atlas_core::model::indicator::IndicatorMeta;
    /// let mut a = atlas_core::Atlas::default();
    /// a.indicators = vec![
    ///     IndicatorMeta::from_column("Foreningsmedlemskaber pr. 1.000 indbyggere"),
    ///     IndicatorMeta { unit_da: "%".into(), ..IndicatorMeta::from_column("Andel af befolkningen") },
    ///     IndicatorMeta::from_column("Indbyggere"),
    /// ];
    /// assert_eq!(a.population_indicator(), Some(2));
    /// ```
    pub fn population_indicator(&self) -> Option<usize> {
        self.indicators.iter().position(|m| {
            let c = format!("{} {} {}", m.column, m.label_da, m.label_en).to_lowercase();
            let unit = format!("{} {}", m.unit_da, m.unit_en).to_lowercase();
            let rate = [" pr. ", " pr ", " per ", "%", "andel", "share"]
                .iter()
                .any(|w| c.contains(w) || unit.contains(w));
            !rate
                && [
                    "indbyggere",
                    "befolkning",
                    "population",
                    "persons",
                    "residents",
                ]
                .iter()
                .any(|w| c.contains(w))
        })
    }

    /// The composite index with `weights` per indicator (0 = left out) in year `wanted`.
    pub fn composite_index(
        &self,
        weights: &[f64],
        wanted: Option<i32>,
        how: crate::model::composite::Normalisation,
    ) -> Vec<Option<f64>> {
        let comps: Vec<crate::model::composite::Component> = self
            .indicators
            .iter()
            .enumerate()
            .filter(|(i, _)| weights.get(*i).copied().unwrap_or(0.0) > 0.0)
            .map(|(i, meta)| crate::model::composite::Component {
                values: self.column_in(i, wanted),
                polarity: meta.polarity,
                weight: weights[i],
            })
            .collect();
        if comps.is_empty() {
            return vec![None; self.districts.len()];
        }
        crate::model::composite::composite(&comps, how)
    }
}
