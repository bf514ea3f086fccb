//! Indicators made from others: counts into rates. Per 1,000 (or per 100 = a share in
//! %) of another column, the difference or ratio of two, per km² of the area. Year by
//! year where both have years; a column without years serves every year of the other.
//! A missing or zero denominator gives missing, never infinity.

use crate::model::atlas::Atlas;
use serde::{Deserialize, Serialize};

/// How a computed indicator's source begins (the source line says how it was made).
pub const COMPUTED: &str = "Beregnet: ";

/// Is `meta` an indicator computed from others (read-only in the grid)?
///
/// ```
/// use atlas_core::model::derive::{is_computed, Recipe};
/// let r = Recipe::PerKm2 { numerator: "x".into() };
/// assert!(is_computed(&r.meta(&atlas_core::Atlas::default(), "x pr. km²", None)));
/// ```
pub fn is_computed(meta: &crate::model::indicator::IndicatorMeta) -> bool {
    meta.source.starts_with(COMPUTED)
}

/// How a new indicator is computed from columns of the atlas.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum Recipe {
    /// `numerator / denominator × per` (1,000 for per 1,000; 100 for a share in %).
    Per {
        numerator: String,
        denominator: String,
        per: f64,
    },
    /// `a − b`.
    Difference { a: String, b: String },
    /// `a / b`.
    Ratio { a: String, b: String },
    /// `numerator / the area's km²`.
    PerKm2 { numerator: String },
    /// `numerator / denominator × per`, steadied by empirical Bayes towards the
    /// overall rate or (`spatial`) each area's neighbourhood ([`crate::model::smooth`]).
    Smoothed {
        numerator: String,
        denominator: String,
        per: f64,
        spatial: bool,
    },
}

impl Recipe {
    /// The columns it reads, in order.
    pub fn inputs(&self) -> Vec<&str> {
        match self {
            Recipe::Per {
                numerator,
                denominator,
                ..
            }
            | Recipe::Smoothed {
                numerator,
                denominator,
                ..
            } => vec![numerator, denominator],
            Recipe::Difference { a, b } | Recipe::Ratio { a, b } => vec![a, b],
            Recipe::PerKm2 { numerator } => vec![numerator],
        }
    }
}

/// A column's values in `year` (its only column when it has no years); `None` when it
/// has that year nowhere.
fn column_for(atlas: &Atlas, i: usize, year: Option<i32>) -> Option<&[Option<f64>]> {
    let years = atlas.years(i);
    if years.len() == 1 && years[0].is_none() {
        return Some(atlas.column_at(i, 0));
    }
    years
        .iter()
        .position(|y| *y == year)
        .map(|k| atlas.column_at(i, k))
}

/// The years the result has: those both inputs have (the other's when one has none).
fn joint_years(atlas: &Atlas, inputs: &[usize]) -> Vec<Option<i32>> {
    let named: Vec<Vec<Option<i32>>> = inputs
        .iter()
        .map(|i| atlas.years(*i).to_vec())
        .filter(|ys| !(ys.len() == 1 && ys[0].is_none()))
        .collect();
    match named.split_first() {
        None => vec![None],
        Some((first, rest)) => first
            .iter()
            .filter(|y| rest.iter().all(|ys| ys.contains(y)))
            .copied()
            .collect(),
    }
}

/// Compute `recipe` over `atlas` (with each district's area in km², `None` where
/// unknown): the years and, per year, a value per district. `None` when an input
/// column is not in the atlas.
///
/// ```
/// use atlas_core::model::derive::{derive, Recipe};
/// let mut a = atlas_core::Atlas::default();
/// a.districts = vec![Default::default(), Default::default(), Default::default()];
/// for (name, v) in [("medlemmer", [Some(50.0), Some(3.0), Some(1.0)]), ("indb", [Some(10_000.0), Some(0.0), None])] {
///     a.indicators.push(atlas_core::model::indicator::IndicatorMeta::from_column(name));
///     a.years.push(vec![None]);
///     a.values.push(vec![v.to_vec()]);
/// }
/// let r = Recipe::Per { numerator: "medlemmer".into(), denominator: "indb".into(), per: 1000.0 };
/// let (years, values) = derive(&a, &r, &[]).unwrap();
/// assert_eq!(years, vec![None]);
/// assert_eq!(values[0], vec![Some(5.0), None, None], "zero or missing denominators give missing");
/// ```
#[allow(clippy::type_complexity)]
pub fn derive(
    atlas: &Atlas,
    recipe: &Recipe,
    areas_km2: &[Option<f64>],
) -> Option<(Vec<Option<i32>>, Vec<Vec<Option<f64>>>)> {
    derive_with(atlas, recipe, areas_km2, &[])
}

/// As [`derive`], with each area's neighbours for a spatially smoothed rate (`None`
/// for one without them).
#[allow(clippy::type_complexity)]
pub fn derive_with(
    atlas: &Atlas,
    recipe: &Recipe,
    areas_km2: &[Option<f64>],
    neighbours: &[Vec<usize>],
) -> Option<(Vec<Option<i32>>, Vec<Vec<Option<f64>>>)> {
    if let Recipe::Smoothed { spatial: true, .. } = recipe {
        if neighbours.len() != atlas.districts.len() {
            return None;
        }
    }
    let idx = |c: &str| atlas.indicators.iter().position(|m| m.column == c);
    let inputs: Vec<usize> = recipe
        .inputs()
        .into_iter()
        .map(idx)
        .collect::<Option<_>>()?;
    let years = joint_years(atlas, &inputs);
    let n = atlas.districts.len();
    let divide = |x: Option<f64>, y: Option<f64>, scale: f64| match (x, y) {
        (Some(x), Some(y)) if y != 0.0 => Some(x / y * scale).filter(|v| v.is_finite()),
        _ => None,
    };
    let values = years
        .iter()
        .map(|year| {
            let cols: Vec<&[Option<f64>]> = inputs
                .iter()
                .map(|i| column_for(atlas, *i, *year).unwrap_or(&[]))
                .collect();
            let at = |k: usize, d: usize| cols[k].get(d).copied().flatten();
            if let Recipe::Smoothed { per, spatial, .. } = recipe {
                let (e, b): (Vec<Option<f64>>, Vec<Option<f64>>) =
                    (0..n).map(|d| (at(0, d), at(1, d))).unzip();
                let rates = if *spatial {
                    crate::model::smooth::eb_spatial(&e, &b, neighbours)
                } else {
                    crate::model::smooth::eb_global(&e, &b)
                };
                return rates.into_iter().map(|r| r.map(|r| r * per)).collect();
            }
            (0..n)
                .map(|d| match recipe {
                    Recipe::Per { per, .. } => divide(at(0, d), at(1, d), *per),
                    Recipe::Ratio { .. } => divide(at(0, d), at(1, d), 1.0),
                    Recipe::Difference { .. } => match (at(0, d), at(1, d)) {
                        (Some(a), Some(b)) => Some(a - b),
                        _ => None,
                    },
                    Recipe::PerKm2 { .. } => {
                        divide(at(0, d), areas_km2.get(d).copied().flatten(), 1.0)
                    }
                    Recipe::Smoothed { .. } => None,
                })
                .collect()
        })
        .collect();
    Some((years, values))
}

impl Recipe {
    fn label<'a>(atlas: &'a Atlas, column: &'a str) -> &'a str {
        atlas
            .indicators
            .iter()
            .find(|m| m.column == column)
            .map(|m| m.label_da.as_str())
            .filter(|l| !l.is_empty())
            .unwrap_or(column)
    }

    /// A name for the new indicator, from its inputs' Danish labels.
    ///
    /// ```
    /// use atlas_core::model::derive::Recipe;
    /// let r = Recipe::Per { numerator: "Medlemmer".into(), denominator: "Indbyggere".into(), per: 1000.0 };
    /// assert_eq!(r.default_name(&atlas_core::Atlas::default()), "Medlemmer pr. 1.000 indbyggere");
    /// ```
    pub fn default_name(&self, atlas: &Atlas) -> String {
        let l = |c: &str| Self::label(atlas, c).to_owned();
        match self {
            Recipe::Per {
                numerator,
                denominator,
                per,
            } => {
                if *per == 100.0 {
                    format!("{} i % af {}", l(numerator), l(denominator).to_lowercase())
                } else {
                    format!(
                        "{} pr. 1.000 {}",
                        l(numerator),
                        l(denominator).to_lowercase()
                    )
                }
            }
            Recipe::Difference { a, b } => format!("{} − {}", l(a), l(b)),
            Recipe::Ratio { a, b } => format!("{} / {}", l(a), l(b)),
            Recipe::PerKm2 { numerator } => format!("{} pr. km²", l(numerator)),
            Recipe::Smoothed {
                numerator,
                denominator,
                per,
                ..
            } => format!(
                "{} (udglattet)",
                Recipe::Per {
                    numerator: numerator.clone(),
                    denominator: denominator.clone(),
                    per: *per,
                }
                .default_name(atlas)
            ),
        }
    }

    /// The unit the result has (Danish, English).
    pub fn default_unit(&self, atlas: &Atlas) -> (String, String) {
        let unit = |c: &str| {
            atlas
                .indicators
                .iter()
                .find(|m| m.column == c)
                .map(|m| (m.unit_da.clone(), m.unit_en.clone()))
                .unwrap_or_default()
        };
        match self {
            Recipe::Per { per, .. } | Recipe::Smoothed { per, .. } if *per == 100.0 => {
                ("%".into(), "%".into())
            }
            Recipe::Per { .. } | Recipe::Smoothed { .. } => {
                ("pr. 1.000".into(), "per 1,000".into())
            }
            Recipe::Difference { a, .. } => unit(a),
            Recipe::Ratio { .. } => (String::new(), String::new()),
            Recipe::PerKm2 { .. } => ("pr. km²".into(), "per km²".into()),
        }
    }

    /// The source line's words for how it was made.
    pub fn source(&self, atlas: &Atlas) -> String {
        let l = |c: &str| Self::label(atlas, c).to_owned();
        let how = match self {
            Recipe::Per {
                numerator,
                denominator,
                per,
            } => format!(
                "{} / {} × {}",
                l(numerator),
                l(denominator),
                if *per == 100.0 { "100" } else { "1.000" }
            ),
            Recipe::Difference { a, b } => format!("{} − {}", l(a), l(b)),
            Recipe::Ratio { a, b } => format!("{} / {}", l(a), l(b)),
            Recipe::PerKm2 { numerator } => format!("{} / areal i km²", l(numerator)),
            Recipe::Smoothed {
                numerator,
                denominator,
                per,
                spatial,
            } => format!(
                "{} / {} × {}, udglattet med empirisk Bayes mod {}",
                l(numerator),
                l(denominator),
                if *per == 100.0 { "100" } else { "1.000" },
                if *spatial {
                    "naboernes rate"
                } else {
                    "den samlede rate"
                }
            ),
        };
        format!("{COMPUTED}{how}")
    }

    /// The description of the new indicator called `name`: unit from the recipe, the
    /// direction given (else the first input's), group and scale of the first input.
    pub fn meta(
        &self,
        atlas: &Atlas,
        name: &str,
        polarity: Option<crate::model::indicator::Polarity>,
    ) -> crate::model::indicator::IndicatorMeta {
        let first = self
            .inputs()
            .first()
            .and_then(|c| atlas.indicators.iter().find(|m| m.column == *c))
            .cloned()
            .unwrap_or_default();
        let (unit_da, unit_en) = self.default_unit(atlas);
        crate::model::indicator::IndicatorMeta {
            column: name.to_owned(),
            label_da: name.to_owned(),
            label_en: name.to_owned(),
            unit_da,
            unit_en,
            year: first.year,
            source: self.source(atlas),
            // the input's note describes the input, not what is computed from it
            note_da: String::new(),
            note_en: String::new(),
            polarity: polarity.unwrap_or(first.polarity),
            group: first.group,
            scale: first.scale,
            decimals: None,
            hand_edits: 0,
            summable: None,
            // a rate knows its denominator: a group of areas is weighted by it
            measure: matches!(self, Recipe::Per { .. } | Recipe::Smoothed { .. })
                .then_some(crate::model::indicator::Measure::Share),
            denominator: match self {
                Recipe::Per { denominator, .. } | Recipe::Smoothed { denominator, .. } => {
                    Some(denominator.clone())
                }
                _ => None,
            },
            level: first.level.clone(),
        }
    }
}
