//! The view's mode decides what the map is coloured by: classes of one indicator, its
//! differences from a reference, the bivariate 3×3, or the composite index. One
//! function turns the mode and its settings into the map's fills and legend, with the
//! quantile fallback (and its reason) when the chosen method cannot apply.

use crate::classify::bivariate::Bivariate;
use crate::classify::choropleth::{
    choropleth_by, choropleth_with, gap_choropleth, gap_choropleth_within, largest_difference,
    quantile_choropleth, quantile_choropleth_by, reference_mean, Choropleth,
};
use crate::classify::lisa::LisaMap;
use crate::classify::methods::{CannotClassify, Method};
use crate::classify::palette::Scheme;
use crate::model::atlas::Atlas;
use crate::model::change::{change_column, change_years, ChangeKind};
use crate::model::groups::{side_value, Side};
use crate::model::indicator::Polarity;
use serde::{Deserialize, Serialize};

/// What the map shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    /// Values in classes.
    #[default]
    Choropleth,
    /// Differences from a reference (city average or a district).
    Gap,
    /// Resources against co-creation capacity, 3×3.
    Bivariate,
    /// The weighted composite index.
    Index,
    /// Each district's change between two years.
    Change,
    /// Local Moran (LISA): clusters of high and low values, or chance.
    Lisa,
    /// Bivariate LISA: a resource against the co-creation capacity around it.
    LisaBivariate,
}

impl Mode {
    pub const ALL: [Mode; 7] = [
        Mode::Choropleth,
        Mode::Gap,
        Mode::Bivariate,
        Mode::Index,
        Mode::Change,
        Mode::Lisa,
        Mode::LisaBivariate,
    ];

    /// True for the two LISA modes.
    pub fn is_lisa(self) -> bool {
        matches!(self, Mode::Lisa | Mode::LisaBivariate)
    }

    /// The word used in links (`?visning=gab`).
    pub fn id(self) -> &'static str {
        match self {
            Mode::Choropleth => "kort",
            Mode::Gap => "gab",
            Mode::Bivariate => "bivariat",
            Mode::Index => "indeks",
            Mode::Change => "aendring",
            Mode::Lisa => "lisa",
            Mode::LisaBivariate => "lisa-bivariate",
        }
    }

    /// The mode a link word names.
    pub fn from_id(id: &str) -> Option<Mode> {
        Mode::ALL.into_iter().find(|m| m.id() == id)
    }
}

/// Everything the map's colouring depends on besides the atlas.
#[derive(Clone, Copy, Debug)]
pub struct Colouring<'a> {
    pub mode: Mode,
    pub indicator: usize,
    /// The year on the slider (`None` = each indicator's latest).
    pub year: Option<i32>,
    /// Gap map reference: `None` = the city average, else a district.
    pub reference: Option<usize>,
    /// Gap map reference as a group of areas (when not empty it stands for the
    /// reference: its value is had by the group rules, see [`side_value`]).
    pub reference_group: &'a [usize],
    pub method: Method,
    pub classes: usize,
    pub manual: &'a [f64],
    pub scheme: Scheme,
    /// The composite index per district (used in [`Mode::Index`]).
    pub index: &'a [Option<f64>],
    /// The bivariate classification (used in [`Mode::Bivariate`]).
    pub bivariate: Option<&'a Bivariate>,
    /// The LISA (used in [`Mode::Lisa`] and [`Mode::LisaBivariate`]).
    pub lisa: Option<&'a LisaMap>,
    /// Classes over every year pooled (a colour is the same amount in every year);
    /// `false` = each year's own classes.
    pub pooled: bool,
    /// The change map's years (`None` = the indicator's first and last) and measure.
    pub change: (Option<i32>, Option<i32>, ChangeKind),
}

/// The map's fills and legend for `c`, and why the chosen method could not apply
/// (the map then shows quantiles instead).
///
/// ```
/// use atlas_core::classify::modes::{colour_map, Colouring, Mode};
/// let mut a = atlas_core::Atlas::default();
/// a.districts = (0..4).map(|i| atlas_core::model::district::Area::new(i.to_string(), "x")).collect();
/// a.indicators = vec![Default::default()];
/// a.years = vec![vec![None]];
/// a.values = vec![vec![vec![Some(1.0), Some(2.0), Some(3.0), Some(4.0)]]];
/// let c = Colouring { mode: Mode::Choropleth, indicator: 0, year: None, reference: None,
///     reference_group: &[], method: Default::default(), classes: 3, manual: &[], scheme: Default::default(),
///     index: &[], bivariate: None, lisa: None, pooled: true, change: (None, None, Default::default()) };
/// let (map, problem) = colour_map(&a, &c);
/// assert!(problem.is_none());
/// assert!(map.classes[0] < map.classes[3]);
/// // a method that cannot apply falls back to quantiles, and says why
/// let manual = Colouring { method: atlas_core::classify::methods::Method::Manual, ..c };
/// let (map, problem) = colour_map(&a, &manual);
/// assert!(problem.is_some() && map.classes.iter().all(|c| c.is_some()));
/// ```
pub fn colour_map(atlas: &Atlas, c: &Colouring) -> (Choropleth, Option<CannotClassify>) {
    match c.mode {
        Mode::Index => classified(c.index, Polarity::HigherIsBetter, c),
        Mode::Bivariate => match c.bivariate {
            Some(b) => (bivariate_choropleth(b), None),
            None => indicator_map(atlas, c),
        },
        Mode::Gap => match gap_map(atlas, c, c.reference_group) {
            Some(g) => (g, None),
            None => indicator_map(atlas, c),
        },
        Mode::Change => match change_map(atlas, c) {
            Some(g) => (g, None),
            None => indicator_map(atlas, c),
        },
        Mode::Choropleth => indicator_map(atlas, c),
        Mode::Lisa | Mode::LisaBivariate => match c.lisa {
            Some(l) => (l.choropleth(), None),
            None => indicator_map(atlas, c),
        },
    }
}

fn indicator_map(atlas: &Atlas, c: &Colouring) -> (Choropleth, Option<CannotClassify>) {
    let polarity = atlas
        .indicators
        .get(c.indicator)
        .map(|m| m.polarity)
        .unwrap_or_default();
    let values = atlas.column_in(c.indicator, c.year);
    if c.pooled && atlas.years(c.indicator).len() > 1 {
        let pooled = pooled_values(atlas, c.indicator);
        let k = c.classes.clamp(3, 9);
        return match choropleth_by(&pooled, values, polarity, c.method, k, c.manual, c.scheme) {
            Ok(map) => (map, None),
            Err(e) => (
                quantile_choropleth_by(&pooled, values, polarity, k, c.scheme),
                Some(e),
            ),
        };
    }
    classified(values, polarity, c)
}

/// Every value of `indicator` in every year, one list (the basis of pooled classes).
pub fn pooled_values(atlas: &Atlas, indicator: usize) -> Vec<Option<f64>> {
    atlas
        .values
        .get(indicator)
        .map(|ys| ys.iter().flatten().copied().collect())
        .unwrap_or_default()
}

/// The change map: each district's change between the two years, on a diverging
/// scale around no change (better/worse by the indicator's direction).
pub fn change_map(atlas: &Atlas, c: &Colouring) -> Option<Choropleth> {
    let meta = atlas.indicators.get(c.indicator)?;
    let (from, to) = change_years(atlas, c.indicator, c.change.0, c.change.1)?;
    let changes = change_column(atlas, c.indicator, from, to, c.change.2);
    Some(gap_choropleth(&changes, 0.0, meta.polarity))
}

/// Classes by the chosen method, else quantiles with the reason.
fn classified(
    values: &[Option<f64>],
    polarity: Polarity,
    c: &Colouring,
) -> (Choropleth, Option<CannotClassify>) {
    match choropleth_with(values, polarity, c.method, c.classes, c.manual, c.scheme) {
        Ok(map) => (map, None),
        Err(e) => (
            quantile_choropleth(values, polarity, c.classes.clamp(3, 9), c.scheme),
            Some(e),
        ),
    }
}

/// The bivariate cells as a choropleth: class `capacity × 3 + resource`, the 3×3 fills.
pub fn bivariate_choropleth(b: &Bivariate) -> Choropleth {
    let classes: Vec<Option<usize>> = b
        .cells
        .iter()
        .map(|c| c.map(|(rx, ry)| ry * 3 + rx))
        .collect();
    Choropleth {
        classification: None,
        missing: classes.iter().filter(|c| c.is_none()).count(),
        classes,
        fills: b.fills.clone(),
        legend: Vec::new(),
        centre: None,
    }
}

/// The gap map of `c`'s indicator against the group `group` (when not empty), else
/// district `c.reference`, else the city average weighted by residents when there is
/// a population indicator.
///
/// With `pooled`, the classes span the largest difference of any year (each year
/// against its own reference), so a colour is the same difference in every year.
fn gap_map(atlas: &Atlas, c: &Colouring, group: &[usize]) -> Option<Choropleth> {
    let (indicator, wanted, reference, pooled) = (c.indicator, c.year, c.reference, c.pooled);
    let meta = atlas.indicators.get(indicator)?;
    let side = match group {
        [] => reference.map(Side::Area),
        members => Some(Side::Group {
            name: String::new(),
            members: members.to_vec(),
        }),
    };
    let centre_of = |year: usize| {
        let col = atlas.column_at(indicator, year);
        let weights = atlas
            .population_indicator()
            .filter(|p| *p != indicator)
            .map(|p| {
                let y = atlas.years(indicator).get(year).copied().flatten();
                atlas.column_in(p, y)
            });
        match &side {
            Some(side) => side_value(atlas, indicator, year, side).value,
            None => reference_mean(col, weights),
        }
    };
    let now = atlas.year_index(indicator, wanted);
    let col = atlas.column_at(indicator, now);
    let centre = centre_of(now)?;
    let years = atlas.years(indicator).len();
    if !pooled || years < 2 {
        return Some(gap_choropleth(col, centre, meta.polarity));
    }
    let extent = (0..years)
        .filter_map(|y| {
            Some(largest_difference(
                atlas.column_at(indicator, y),
                centre_of(y)?,
            ))
        })
        .fold(0.0f64, f64::max);
    Some(gap_choropleth_within(
        col,
        centre,
        meta.polarity,
        Some(extent),
    ))
}
