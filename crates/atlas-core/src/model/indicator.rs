//! What an indicator *is*: labels, unit, year, source, polarity and group.

use crate::text::Lang;
use serde::{Deserialize, Serialize};

/// Which direction is good.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Polarity {
    /// More is better (income, turnout).
    #[default]
    HigherIsBetter,
    /// More is worse (unemployment).
    HigherIsWorse,
    /// Neither (population, context).
    Neutral,
}

/// Which family an indicator belongs to (Needham & Carr's forms for co-creation).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum Group {
    /// Socio-economic resources.
    #[default]
    Resources,
    /// Need: what residents lack or suffer (loneliness, no one to turn to), the other
    /// side of resources; shown next to them, before the forms of co-creation.
    Need,
    /// Co-creation: citizens' own contribution within public frames.
    Descriptive,
    /// Co-creation: civil society alongside public services.
    Intermediating,
    /// Co-creation: shared planning and governance.
    Transformative,
    /// Background figures (population) that are neither.
    Context,
    /// Not yet described: a column read from a table without metadata.
    Other,
}

impl Group {
    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Group::Resources, Lang::Da) => "Ressourcer",
            (Group::Resources, Lang::En) => "Resources",
            (Group::Need, Lang::Da) => "Behov",
            (Group::Need, Lang::En) => "Need",
            (Group::Descriptive, Lang::Da) => "Samskabelse – beskrivende",
            (Group::Descriptive, Lang::En) => "Co-creation – descriptive",
            (Group::Intermediating, Lang::Da) => "Samskabelse – intermedierende",
            (Group::Intermediating, Lang::En) => "Co-creation – intermediating",
            (Group::Transformative, Lang::Da) => "Samskabelse – transformerende",
            (Group::Transformative, Lang::En) => "Co-creation – transformative",
            (Group::Context, Lang::Da) => "Baggrund",
            (Group::Context, Lang::En) => "Background",
            (Group::Other, Lang::Da) => "Andre indikatorer (ingen gruppe angivet)",
            (Group::Other, Lang::En) => "Other indicators (no group given)",
        }
    }
}

/// Individual or collective co-creation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Scale {
    Individual,
    Collective,
}

/// Metadata of one indicator (one column of a wide table).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
pub struct IndicatorMeta {
    /// Column header in the table.
    pub column: String,
    pub label_da: String,
    #[serde(default)]
    pub label_en: String,
    /// Unit in Danish, e.g. `kr.`, `%`, `pr. 1.000 indb.`.
    #[serde(default)]
    pub unit_da: String,
    #[serde(default)]
    pub unit_en: String,
    #[serde(default)]
    pub year: Option<i32>,
    #[serde(default)]
    pub source: String,
    /// What the figure measures and what it does not, in Danish and English (say it
    /// where the indicator is described); empty when nothing needs saying.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note_da: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note_en: String,
    #[serde(default)]
    pub polarity: Polarity,
    #[serde(default)]
    pub group: Group,
    #[serde(default)]
    pub scale: Option<Scale>,
    /// Decimals to show; `None` picks from the data.
    #[serde(default)]
    pub decimals: Option<u8>,
    /// How many of its figures were typed or pasted by hand over the file's (said in the
    /// source line); 0 for figures as loaded.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub hand_edits: u32,
    /// A count whose categories may be added up (`Some(true)`), a rate, share or
    /// average that may not (`Some(false)`); `None`: judged from its name and figures.
    /// Used for measures split by dimensions (see [`crate::import::cube`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summable: Option<bool>,
    /// What kind of figure it is («Måltype»): how a group of areas gets its value
    /// (see [`crate::model::groups`]). `None`: not said (a count when `summable`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub measure: Option<Measure>,
    /// For a share or rate: the column of its denominator (the group's weight).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub denominator: Option<String>,
    /// Published only for a coarser level and repeated on each area (`bydel`: the
    /// unemployment of a kvarter is its bydel's): said wherever it is shown, never
    /// ranked among the areas.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<String>,
}

/// What kind of figure an indicator is, which decides how the figures of several
/// areas combine («Måltype»).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Measure {
    /// A count of persons, dwellings, associations: the parts add up.
    Count,
    /// A share or rate (%, per 1,000): the parts' mean weighted by the denominator.
    Share,
    /// An average over persons: not to be had from the parts (≈).
    Mean,
    /// A median: not to be had from the parts (≈).
    Median,
    /// An index or score: not to be had from the parts (≈).
    Index,
}

impl Measure {
    /// The word in the «Måltype» menu.
    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Measure::Count, Lang::Da) => "antal",
            (Measure::Count, Lang::En) => "count",
            (Measure::Share, Lang::Da) => "andel eller rate",
            (Measure::Share, Lang::En) => "share or rate",
            (Measure::Mean, Lang::Da) => "gennemsnit",
            (Measure::Mean, Lang::En) => "average",
            (Measure::Median, Lang::Da) => "median",
            (Measure::Median, Lang::En) => "median",
            (Measure::Index, Lang::Da) => "indeks",
            (Measure::Index, Lang::En) => "index",
        }
    }
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

impl IndicatorMeta {
    /// «bydelstal» / «figure for the bydel» for a figure repeated from a coarser
    /// level ([`level`](Self::level)); `None` for the areas' own figures.
    ///
    /// ```
    /// use atlas_core::model::indicator::IndicatorMeta;
    /// use atlas_core::Lang;
    /// let m = IndicatorMeta { level: Some("bydel".into()), ..IndicatorMeta::from_column("unemp") };
    /// assert_eq!(m.level_word(Lang::Da).as_deref(), Some("bydelstal"));
    /// ```
    pub fn level_word(&self, lang: Lang) -> Option<String> {
        let level = self.level.as_deref()?;
        Some(match lang {
            Lang::Da => format!("{level}stal"),
            Lang::En => format!("figure for the {level}"),
        })
    }

    /// A bare indicator for a column without metadata: no direction (neutral) and
    /// no group until the user says otherwise — nothing is claimed that the file did
    /// not say.
    pub fn from_column(column: &str) -> Self {
        IndicatorMeta {
            column: column.to_owned(),
            label_da: column.to_owned(),
            label_en: column.to_owned(),
            polarity: Polarity::Neutral,
            group: Group::Other,
            ..Default::default()
        }
    }

    pub fn label(&self, lang: Lang) -> &str {
        match lang {
            Lang::En if !self.label_en.is_empty() => &self.label_en,
            _ => &self.label_da,
        }
    }

    pub fn unit(&self, lang: Lang) -> &str {
        match lang {
            Lang::En if !self.unit_en.is_empty() => &self.unit_en,
            _ => &self.unit_da,
        }
    }

    /// What the figure measures and what it does not ([`note_da`](Self::note_da)),
    /// in `lang`, the Danish when there is no English; empty when there is none.
    ///
    /// ```
    /// use atlas_core::model::indicator::IndicatorMeta;
    /// use atlas_core::Lang;
    /// let m = IndicatorMeta { note_da: "Tælles hvor foreningen er.".into(), ..IndicatorMeta::from_column("idræt") };
    /// assert_eq!(m.note(Lang::En), "Tælles hvor foreningen er.");
    /// assert_eq!(IndicatorMeta::from_column("x").note(Lang::Da), "");
    /// ```
    pub fn note(&self, lang: Lang) -> &str {
        match lang {
            Lang::En if !self.note_en.is_empty() => &self.note_en,
            _ => &self.note_da,
        }
    }
}

/// Metadata of a whole table: title, source and whether the figures are illustrative.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
pub struct DatasetMeta {
    #[serde(default)]
    pub title_da: String,
    #[serde(default)]
    pub title_en: String,
    #[serde(default)]
    pub source: String,
    #[serde(default)]
    pub note_da: String,
    #[serde(default)]
    pub note_en: String,
    /// True for made-up demo figures: the UI must say so.
    #[serde(default)]
    pub illustrative: bool,
}

/// Decimals that suit a column: the indicator's own choice, else 0 for large
/// magnitudes, else the fewest (up to 2) that show every value as written.
///
/// ```
/// use atlas_core::model::indicator::decimals_for;
/// use atlas_core::model::indicator::IndicatorMeta;
/// let m = IndicatorMeta::default();
/// assert_eq!(decimals_for(&m, &[Some(87.05), Some(81.7)]), 2);
/// assert_eq!(decimals_for(&m, &[Some(3.1), None]), 1);
/// assert_eq!(decimals_for(&m, &[Some(272_837.31)]), 0);
/// ```
pub fn decimals_for(meta: &IndicatorMeta, values: &[Option<f64>]) -> usize {
    if let Some(d) = meta.decimals {
        return d as usize;
    }
    let finite: Vec<f64> = values
        .iter()
        .flatten()
        .copied()
        .filter(|v| v.is_finite())
        .collect();
    if finite.iter().any(|v| v.abs() >= 1000.0) {
        return 0;
    }
    (0..=2)
        .find(|&d| {
            let f = 10f64.powi(d as i32);
            finite
                .iter()
                .all(|v| ((v * f).round() / f - v).abs() < 1e-9)
        })
        .unwrap_or(2)
}
