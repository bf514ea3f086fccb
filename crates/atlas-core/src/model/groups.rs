//! Groups of areas as A or B: Sydhavnen is the kvarterer Bavnehøj, Gl. Sydhavn and
//! Holmene. A group's value follows the indicator's measure type ([`Measure`]), never
//! a silent plain mean:
//!
//! * a count is summed;
//! * a share or rate is the parts' mean weighted by its denominator column, else by
//!   the population column, and says which;
//! * an average, a median or an index cannot be had from the parts: the
//!   population-weighted mean of the parts, marked «≈», with why and the parts' range;
//! * a part without a value makes the group's value missing, naming the part.

use crate::model::atlas::Atlas;
use crate::model::indicator::{IndicatorMeta, Measure};
use crate::text::numbers::format_number;
use crate::text::Lang::{self, Da, En};
use serde::{Deserialize, Serialize};

/// A named group of areas, by their ids (kept in links, scenes and project files).
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct AreaGroup {
    pub name: String,
    pub members: Vec<String>,
}

impl AreaGroup {
    /// The members' positions in `atlas` (ids it lacks are left out).
    pub fn indices(&self, atlas: &Atlas) -> Vec<usize> {
        self.members
            .iter()
            .filter_map(|id| atlas.district_by_id(id))
            .collect()
    }
}

/// One side of a comparison: an area, or a group of areas.
#[derive(Clone, Debug, PartialEq)]
pub enum Side {
    Area(usize),
    Group { name: String, members: Vec<usize> },
}

impl Side {
    /// The side's name: the area's, or the group's.
    pub fn name(&self, atlas: &Atlas) -> String {
        match self {
            Side::Area(i) => atlas
                .districts
                .get(*i)
                .map(|d| d.name.clone())
                .unwrap_or_default(),
            Side::Group { name, .. } => name.clone(),
        }
    }

    /// The area, when the side is one.
    pub fn area(&self) -> Option<usize> {
        match self {
            Side::Area(i) => Some(*i),
            Side::Group { .. } => None,
        }
    }

    /// The areas the side covers.
    pub fn members(&self) -> Vec<usize> {
        match self {
            Side::Area(i) => vec![*i],
            Side::Group { members, .. } => members.clone(),
        }
    }
}

/// How a group's value was had from its parts.
#[derive(Clone, Debug, PartialEq)]
pub enum Rule {
    /// One area: its own value.
    Own,
    /// The parts' sum (a count).
    Sum,
    /// The parts' mean weighted by the column named (a share or rate).
    Weighted { by: String },
    /// Not to be had from the parts: the mean weighted by `by` (or unweighted when
    /// `None`), marked «≈», with the parts' lowest and highest value.
    Approximate {
        measure: Option<Measure>,
        by: Option<String>,
        range: (f64, f64),
    },
}

/// A side's value on one indicator in one year.
#[derive(Clone, Debug, PartialEq)]
pub struct SideValue {
    pub value: Option<f64>,
    pub rule: Rule,
    /// The first part without a value (the group's value is then missing).
    pub missing_part: Option<String>,
}

impl SideValue {
    /// True for a «≈» value.
    pub fn approx(&self) -> bool {
        matches!(self.rule, Rule::Approximate { .. }) && self.value.is_some()
    }

    /// One line on how the value was had (empty for one area's own value).
    ///
    /// ```
    /// use atlas_core::model::groups::{Rule, SideValue};
    /// use atlas_core::Lang;
    /// let v = SideValue { value: Some(3.0), rule: Rule::Weighted { by: "Indbyggere".into() }, missing_part: None };
    /// assert_eq!(v.why(Lang::Da), "vægtet med «Indbyggere»");
    /// ```
    pub fn why(&self, lang: Lang) -> String {
        if let Some(part) = &self.missing_part {
            return match lang {
                Da => format!("mangler: {part} har intet tal"),
                En => format!("missing: {part} has no figure"),
            };
        }
        match (&self.rule, lang) {
            (Rule::Own, _) => String::new(),
            (Rule::Sum, Da) => "summen af delene".into(),
            (Rule::Sum, En) => "the sum of the parts".into(),
            (Rule::Weighted { by }, Da) => format!("vægtet med «{by}»"),
            (Rule::Weighted { by }, En) => format!("weighted by “{by}”"),
            (Rule::Approximate { measure, by, range }, lang) => {
                let what = match (measure, lang) {
                    (Some(Measure::Median), Da) => "en median kan ikke regnes ud af delene",
                    (Some(Measure::Median), En) => "a median cannot be had from the parts",
                    (Some(Measure::Mean), Da) => {
                        "et gennemsnit pr. person kan ikke regnes præcist ud af delene"
                    }
                    (Some(Measure::Mean), En) => {
                        "an average per person cannot be had exactly from the parts"
                    }
                    (Some(Measure::Index), Da) => "et indeks kan ikke regnes ud af delene",
                    (Some(Measure::Index), En) => "an index cannot be had from the parts",
                    (_, Da) => "måltypen er ikke angivet",
                    (_, En) => "the measure type is not given",
                };
                let how = match (by, lang) {
                    (Some(by), Da) => format!("≈ gennemsnit vægtet med «{by}»"),
                    (Some(by), En) => format!("≈ mean weighted by “{by}”"),
                    (None, Da) => "≈ uvægtet gennemsnit (ingen befolkningskolonne)".into(),
                    (None, En) => "≈ unweighted mean (no population column)".into(),
                };
                let parts = match lang {
                    Da => "delene",
                    En => "the parts",
                };
                let dec = if range.1.abs() >= 100.0 { 0 } else { 1 };
                format!(
                    "{how}: {what}; {parts} {}–{}",
                    format_number(range.0, dec, lang),
                    format_number(range.1, dec, lang)
                )
            }
        }
    }
}

/// The measure type said or implied: the indicator's own, else a count when its
/// categories may be added up.
fn measure_of(meta: &IndicatorMeta) -> Option<Measure> {
    meta.measure
        .or_else(|| (meta.summable == Some(true)).then_some(Measure::Count))
}

/// The values of the weight column for a share (its denominator, else the
/// population column) in the year `year`, with the weight's label.
fn weights(
    atlas: &Atlas,
    meta: &IndicatorMeta,
    year: Option<i32>,
) -> Option<(Vec<Option<f64>>, String)> {
    let by_column = meta
        .denominator
        .as_deref()
        .and_then(|c| atlas.indicators.iter().position(|m| m.column == c));
    let w = by_column.or_else(|| atlas.population_indicator())?;
    let label = atlas.indicators.get(w)?.label_da.clone();
    Some((atlas.column_in(w, year).to_vec(), label))
}

/// The value of `side` on indicator `i` in year number `yi` (see
/// [`Atlas::year_index`]).
///
/// ```
/// use atlas_core::model::district::Area;
/// use atlas_core::model::groups::{side_value, Side};
/// use atlas_core::model::indicator::{IndicatorMeta, Measure};
/// let mut a = atlas_core::Atlas::default();
/// a.districts = vec![Area::new("1", "Bavnehøj"), Area::new("2", "Gl. Sydhavn"), Area::new("3", "Holmene")];
/// a.indicators = vec![IndicatorMeta { measure: Some(Measure::Count), ..IndicatorMeta::from_column("Foreninger") }];
/// a.years = vec![vec![None]];
/// a.values = vec![vec![vec![Some(4.0), Some(6.0), Some(1.0)]]];
/// let sydhavnen = Side::Group { name: "Sydhavnen".into(), members: vec![0, 1, 2] };
/// assert_eq!(side_value(&a, 0, 0, &sydhavnen).value, Some(11.0));
/// ```
pub fn side_value(atlas: &Atlas, i: usize, yi: usize, side: &Side) -> SideValue {
    let column = atlas.column_at(i, yi);
    let get = |d: usize| column.get(d).copied().flatten().filter(|v| v.is_finite());
    let members = match side {
        Side::Area(d) => {
            return SideValue {
                value: get(*d),
                rule: Rule::Own,
                missing_part: None,
            }
        }
        Side::Group { members, .. } => members,
    };
    let name = |d: usize| {
        atlas
            .districts
            .get(d)
            .map(|x| x.name.clone())
            .unwrap_or_default()
    };
    let missing = |rule: Rule, part: usize| SideValue {
        value: None,
        rule,
        missing_part: Some(name(part)),
    };
    let Some(meta) = atlas.indicators.get(i) else {
        return SideValue {
            value: None,
            rule: Rule::Sum,
            missing_part: None,
        };
    };
    let measure = measure_of(meta);
    let year = atlas.years(i).get(yi).copied().flatten();
    let mut parts = Vec::with_capacity(members.len());
    for &d in members {
        match get(d) {
            Some(v) => parts.push((d, v)),
            None => return missing(rule_for(measure), d),
        }
    }
    if parts.is_empty() {
        return SideValue {
            value: None,
            rule: rule_for(measure),
            missing_part: None,
        };
    }
    if measure == Some(Measure::Count) {
        return SideValue {
            value: Some(parts.iter().map(|(_, v)| v).sum()),
            rule: Rule::Sum,
            missing_part: None,
        };
    }
    let weight = weights(atlas, meta, year);
    let weighted = |w: &[Option<f64>]| -> Result<f64, usize> {
        let (mut num, mut den) = (0.0, 0.0);
        for &(d, v) in &parts {
            let x = w
                .get(d)
                .copied()
                .flatten()
                .filter(|x| x.is_finite() && *x > 0.0)
                .ok_or(d)?;
            num += v * x;
            den += x;
        }
        Ok(num / den)
    };
    if measure == Some(Measure::Share) {
        if let Some((w, by)) = &weight {
            return match weighted(w) {
                Ok(v) => SideValue {
                    value: Some(v),
                    rule: Rule::Weighted { by: by.clone() },
                    missing_part: None,
                },
                Err(d) => missing(Rule::Weighted { by: by.clone() }, d),
            };
        }
    }
    let lo = parts.iter().map(|(_, v)| *v).fold(f64::INFINITY, f64::min);
    let hi = parts
        .iter()
        .map(|(_, v)| *v)
        .fold(f64::NEG_INFINITY, f64::max);
    let approximate = |by: Option<String>| Rule::Approximate {
        measure,
        by,
        range: (lo, hi),
    };
    match &weight {
        Some((w, by)) => match weighted(w) {
            Ok(v) => SideValue {
                value: Some(v),
                rule: approximate(Some(by.clone())),
                missing_part: None,
            },
            Err(d) => missing(approximate(Some(by.clone())), d),
        },
        None => SideValue {
            value: Some(parts.iter().map(|(_, v)| v).sum::<f64>() / parts.len() as f64),
            rule: approximate(None),
            missing_part: None,
        },
    }
}

fn rule_for(measure: Option<Measure>) -> Rule {
    match measure {
        Some(Measure::Count) => Rule::Sum,
        _ => Rule::Approximate {
            measure,
            by: None,
            range: (f64::NAN, f64::NAN),
        },
    }
}
