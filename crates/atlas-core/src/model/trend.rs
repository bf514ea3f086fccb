//! Change over time: an indicator's path for districts A and B and for the city as a
//! whole across every year of the table, and the gap between A and B over those years.
//! Missing years stay `None` (a gap in the line), never zero.

use crate::model::atlas::Atlas;
use crate::model::gap::reference_mean;
use crate::model::groups::{side_value, Side};

/// One indicator over its years for A, B and the city.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Series {
    /// The years, ascending.
    pub years: Vec<i32>,
    pub a: Vec<Option<f64>>,
    pub b: Vec<Option<f64>>,
    /// The city average: weighted by residents (of the same year, else the nearest
    /// year the population has) when the table has a population indicator.
    pub city: Vec<Option<f64>>,
    /// True when [`city`](Self::city) is weighted by residents.
    pub weighted: bool,
}

impl Series {
    /// A − B per year (`None` where either is missing).
    pub fn gap(&self) -> Vec<Option<f64>> {
        self.a
            .iter()
            .zip(&self.b)
            .map(|(a, b)| Some((*a)? - (*b)?))
            .collect()
    }

    /// A / B per year (`None` where either is missing or B is zero).
    pub fn ratio(&self) -> Vec<Option<f64>> {
        self.a
            .iter()
            .zip(&self.b)
            .map(|(a, b)| {
                let (a, b) = ((*a)?, (*b)?);
                (b != 0.0).then(|| a / b)
            })
            .collect()
    }
}

/// The column of population nearest to `year` (the same year when it has it).
fn population_near(atlas: &Atlas, pop: usize, year: i32) -> Option<&[Option<f64>]> {
    let years = atlas.years(pop);
    let best = years
        .iter()
        .enumerate()
        .filter_map(|(i, y)| y.map(|y| (i, (y - year).abs())))
        .min_by_key(|&(_, d)| d)
        .map(|(i, _)| i)?;
    Some(atlas.column_at(pop, best))
}

/// The series of `indicator` for districts `a` and `b`; empty when it has fewer than
/// two years.
///
/// ```
/// use atlas_core::model::district::Area;
/// use atlas_core::model::trend::series;
/// let mut at = atlas_core::Atlas::default();
/// at.districts = vec![Area::new("1", "A"), Area::new("2", "B")];
/// at.indicators = vec![Default::default()];
/// at.years = vec![vec![Some(2000), Some(2001)]];
/// at.values = vec![vec![vec![Some(10.0), Some(8.0)], vec![Some(12.0), None]]];
/// let s = series(&at, 0, 0, 1);
/// assert_eq!(s.years, vec![2000, 2001]);
/// assert_eq!(s.gap(), vec![Some(2.0), None]);
/// assert_eq!(s.city, vec![Some(9.0), Some(12.0)]);
/// ```
pub fn series(atlas: &Atlas, indicator: usize, a: usize, b: usize) -> Series {
    series_of(atlas, indicator, &Side::Area(a), &Side::Area(b))
}

/// As [`series`] for two sides, each an area or a group of areas: a group's value in
/// each year follows the indicator's measure type (see [`crate::model::groups`]).
///
/// ```
/// use atlas_core::model::district::Area;
/// use atlas_core::model::groups::Side;
/// use atlas_core::model::indicator::{IndicatorMeta, Measure};
/// use atlas_core::model::trend::series_of;
/// let mut at = atlas_core::Atlas::default();
/// at.districts = vec![Area::new("1", "A1"), Area::new("2", "A2"), Area::new("3", "B")];
/// at.indicators = vec![IndicatorMeta { measure: Some(Measure::Count), ..IndicatorMeta::from_column("n") }];
/// at.years = vec![vec![Some(2000), Some(2001)]];
/// at.values = vec![vec![vec![Some(1.0), Some(2.0), Some(4.0)], vec![Some(2.0), Some(3.0), Some(4.0)]]];
/// let a = Side::Group { name: "A".into(), members: vec![0, 1] };
/// assert_eq!(series_of(&at, 0, &a, &Side::Area(2)).gap(), vec![Some(-1.0), Some(1.0)]);
/// ```
pub fn series_of(atlas: &Atlas, indicator: usize, a: &Side, b: &Side) -> Series {
    let years: Vec<(usize, i32)> = atlas
        .years(indicator)
        .iter()
        .enumerate()
        .filter_map(|(i, y)| y.map(|y| (i, y)))
        .collect();
    if years.len() < 2 {
        return Series::default();
    }
    let pop = atlas
        .population_indicator()
        .filter(|p| *p != indicator && atlas.years(*p).iter().any(Option::is_some));
    let mut s = Series {
        weighted: pop.is_some(),
        ..Series::default()
    };
    for (i, y) in years {
        let col = atlas.column_at(indicator, i);
        s.years.push(y);
        s.a.push(side_value(atlas, indicator, i, a).value);
        s.b.push(side_value(atlas, indicator, i, b).value);
        let weights = pop.and_then(|p| population_near(atlas, p, y));
        s.city.push(reference_mean(col, weights));
    }
    s
}

/// The gap between A and B at the first and the last year both have a value.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct GapChange {
    pub from_year: i32,
    pub to_year: i32,
    /// A − B in those years.
    pub gap_from: f64,
    pub gap_to: f64,
    /// A / B in those years (`None` when B is zero).
    pub ratio_from: Option<f64>,
    pub ratio_to: Option<f64>,
}

/// How the gap changed from the first to the last year with both A and B known;
/// `None` when fewer than two such years exist.
///
/// ```
/// use atlas_core::model::trend::{gap_change, Series};
/// let s = Series { years: vec![2000, 2001, 2002], a: vec![Some(120.0), None, Some(150.0)],
///     b: vec![Some(100.0), Some(1.0), Some(130.0)], city: vec![None; 3], weighted: false };
/// let g = gap_change(&s).unwrap();
/// assert_eq!((g.from_year, g.to_year, g.gap_from, g.gap_to), (2000, 2002, 20.0, 20.0));
/// assert!(g.ratio_to.unwrap() < g.ratio_from.unwrap());
/// ```
pub fn gap_change(s: &Series) -> Option<GapChange> {
    let both: Vec<usize> = (0..s.years.len())
        .filter(|&i| s.a[i].is_some() && s.b[i].is_some())
        .collect();
    let (&first, &last) = (both.first()?, both.last()?);
    if first == last {
        return None;
    }
    let gap = s.gap();
    let ratio = s.ratio();
    Some(GapChange {
        from_year: s.years[first],
        to_year: s.years[last],
        gap_from: gap[first]?,
        gap_to: gap[last]?,
        ratio_from: ratio[first],
        ratio_to: ratio[last],
    })
}
