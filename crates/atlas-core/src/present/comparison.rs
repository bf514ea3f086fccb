//! A against B on every indicator: the one builder of the comparison rows that the
//! screen (Sammenligning), the handout (paper and web page) and the CSV export show.
//!
//! Each row carries the numbers (`None` where a value is missing: never invented)
//! and the words for them in one language, so the three read the same: values short
//! and exact, the difference A − B, the ratio A / B, each side's rank, who is ahead
//! given the indicator's polarity, and the label.

use crate::model::atlas::Atlas;
use crate::model::gap::{compare, dumbbell, verdict, Ahead, Dumbbell, Gap};
use crate::model::groups::{side_value, Side, SideValue};
use crate::model::indicator::{decimals_for, Group};
use crate::model::trend::series_of;
use crate::text::numbers::{compact, format_number, format_ratio, format_signed, format_value};
use crate::Lang;

pub use crate::present::comparison_words::{ahead_words, missing_value, NO_FIGURE};

/// A figure as shown (`shown`: millions compact, never wrapping) and exactly
/// (`exact`: for the tooltip and screen readers; the same unless compacted).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Figure {
    pub shown: String,
    pub exact: String,
}

impl Figure {
    /// `v` with `decimals` places (`signed`: `+` on positive values), or `absent`.
    fn of(v: Option<f64>, decimals: usize, signed: bool, absent: &str, lang: Lang) -> Self {
        match v {
            Some(v) => {
                let (shown, exact) = compact(v, decimals, signed, lang);
                Figure { shown, exact }
            }
            None => Figure {
                shown: absent.to_owned(),
                exact: absent.to_owned(),
            },
        }
    }
}

/// One indicator's row of the comparison.
#[derive(Clone, Debug, PartialEq)]
pub struct CompareRow {
    /// The indicator's position in the atlas.
    pub indicator: usize,
    /// Its column id (the screen's `data-indicator`).
    pub column: String,
    pub group: Group,
    /// The indicator's label alone, and its unit (empty when it has none).
    pub name: String,
    pub unit: String,
    /// The label as the comparison shows it: with the unit in brackets unless the
    /// label already names it, e.g. «Disponibel indkomst pr. person (kr.)».
    pub label: String,
    /// The year the figures are from (the year asked for, else the indicator's latest).
    pub year: Option<i32>,
    /// Places the figures are shown with.
    pub decimals: usize,
    /// The numbers: values, A − B, A / B, ranks (1 = best) of `ranked`, who is ahead.
    pub gap: Gap,
    pub a: Figure,
    pub b: Figure,
    pub difference: Figure,
    pub ratio: String,
    /// «nr. 3/11», empty when the value is missing.
    pub rank_a: String,
    pub rank_b: String,
    /// A «≈» value (a group's median or average, see [`crate::model::groups`]), and
    /// how each side's value was had (empty for one area's own value).
    pub a_approx: bool,
    pub b_approx: bool,
    pub a_why: String,
    pub b_why: String,
    /// Who is ahead, see [`ahead_words`].
    pub ahead_mark: &'static str,
    pub ahead_phrase: &'static str,
    /// A and B among every district, worse to the left.
    pub dumbbell: Option<Dumbbell>,
    /// A − B in each year, when the indicator has more than one.
    pub gap_by_year: Option<(Vec<i32>, Vec<Option<f64>>)>,
}

/// The whole comparison: the two names, the language its words are in, and a row per
/// indicator grouped in the groups' order (the atlas's order within a group).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Comparison {
    pub a: String,
    pub b: String,
    pub lang: Lang,
    pub rows: Vec<CompareRow>,
}

impl Comparison {
    /// On how many indicators A is ahead, and B.
    ///
    /// ```
    /// use atlas_core::present::comparison::comparison;
    /// let c = comparison(&atlas_core::Atlas::default(), 0, 1, None, atlas_core::Lang::Da);
    /// assert_eq!(c.ahead_counts(), (0, 0));
    /// ```
    pub fn ahead_counts(&self) -> (usize, usize) {
        let count = |w: Ahead| self.rows.iter().filter(|r| r.gap.ahead == w).count();
        (count(Ahead::A), count(Ahead::B))
    }

    /// Who is ahead on `row` in a sentence of its own: the district's name, else the
    /// phrase (for a file, where A and B are named rather than lettered).
    ///
    /// ```
    /// use atlas_core::model::gap::Ahead;
    /// use atlas_core::present::comparison::Comparison;
    /// let c = Comparison { a: "Østerbro".into(), ..Default::default() };
    /// assert_eq!(c.ahead_named(Ahead::A), "Østerbro");
    /// assert_eq!(c.ahead_named(Ahead::Equal), "Lige");
    /// ```
    pub fn ahead_named(&self, ahead: Ahead) -> &str {
        match ahead {
            Ahead::A => &self.a,
            Ahead::B => &self.b,
            other => ahead_words(other, self.lang).1,
        }
    }
}

impl CompareRow {
    /// The row said in a sentence, as the live region reads it when A and B are
    /// chosen: «Ledighed: Østerbro 3,1 %, Sydhavnen 6,9 %; forskel −3,8 %. Østerbro
    /// er foran.» (`a` and `b` are the districts' names; no direction, no verdict).
    ///
    /// ```
    /// use atlas_core::model::district::Area;
    /// use atlas_core::model::indicator::{IndicatorMeta, Polarity};
    /// use atlas_core::present::comparison::comparison;
    /// let mut at = atlas_core::Atlas::default();
    /// at.districts = vec![Area::new("1", "Østerbro"), Area::new("2", "Sydhavnen")];
    /// at.indicators = vec![IndicatorMeta { unit_da: "%".into(), polarity: Polarity::HigherIsWorse,
    ///     ..IndicatorMeta::from_column("Ledighed") }];
    /// at.years = vec![vec![None]];
    /// at.values = vec![vec![vec![Some(3.1), Some(6.9)]]];
    /// let c = comparison(&at, 0, 1, None, atlas_core::Lang::Da);
    /// assert_eq!(c.rows[0].spoken(&c.a, &c.b, atlas_core::Lang::Da),
    ///     "Ledighed: Østerbro 3,1 %, Sydhavnen 6,9 %; forskel −3,8 %. Østerbro er foran.");
    /// ```
    pub fn spoken(&self, a: &str, b: &str, lang: Lang) -> String {
        let (dec, unit) = (self.decimals, self.unit.as_str());
        let mut x = format!(
            "{}: {a} {}, {b} {}",
            self.name,
            format_value(self.gap.a, dec, unit, lang),
            format_value(self.gap.b, dec, unit, lang)
        );
        if let Some(d) = self.gap.difference {
            x.push_str(&format!(
                "; {} {} {unit}",
                lang.pick("forskel", "difference"),
                format_signed(d, dec, lang)
            ));
        }
        let mut x = x.trim_end().to_owned();
        x.push('.');
        match self.gap.ahead {
            Ahead::A => x.push_str(&format!(" {a} {}", lang.pick("er foran.", "is ahead."))),
            Ahead::B => x.push_str(&format!(" {b} {}", lang.pick("er foran.", "is ahead."))),
            Ahead::Equal => x.push_str(lang.pick(" De er lige.", " They are level.")),
            Ahead::Unknown => {
                x.push_str(&format!(" {}.", ahead_words(Ahead::Unknown, lang).1));
            }
            Ahead::NotApplicable => {}
        }
        x
    }
}

/// The label with its unit, unless the label already names it.
fn label_with_unit(label: &str, unit: &str) -> String {
    if unit.is_empty() || label.contains(unit) {
        label.to_owned()
    } else {
        format!("{label} ({unit})")
    }
}

/// A against B on every indicator in `year` (each indicator's latest when it has no
/// such year), in `lang`.
///
/// ```
/// use atlas_core::model::district::Area;
/// use atlas_core::model::gap::Ahead;
/// use atlas_core::model::indicator::{IndicatorMeta, Polarity};
/// use atlas_core::present::comparison::comparison;
/// let mut at = atlas_core::Atlas::default();
/// at.districts = vec![Area::new("1", "Nord"), Area::new("2", "Syd"), Area::new("3", "Vest")];
/// at.indicators = vec![IndicatorMeta { unit_da: "%".into(), polarity: Polarity::HigherIsWorse,
///     ..IndicatorMeta::from_column("Ledighed") }];
/// at.years = vec![vec![None]];
/// at.values = vec![vec![vec![Some(3.1), Some(6.9), None]]];
/// let c = comparison(&at, 0, 1, None, atlas_core::Lang::Da);
/// let r = &c.rows[0];
/// assert_eq!((r.label.as_str(), r.a.shown.as_str(), r.difference.shown.as_str()), ("Ledighed (%)", "3,1", "−3,8"));
/// assert_eq!((r.rank_a.as_str(), r.gap.ahead), ("nr. 1/2", Ahead::A));
/// assert_eq!(comparison(&at, 0, 2, None, atlas_core::Lang::Da).rows[0].b.shown, "mangler");
/// ```
pub fn comparison(atlas: &Atlas, a: usize, b: usize, year: Option<i32>, lang: Lang) -> Comparison {
    comparison_of(atlas, &Side::Area(a), &Side::Area(b), year, lang)
}

/// As [`comparison`] for two sides, each an area or a named group of areas.
///
/// ```
/// use atlas_core::model::district::Area;
/// use atlas_core::model::groups::Side;
/// use atlas_core::model::indicator::{IndicatorMeta, Measure};
/// use atlas_core::present::comparison::comparison_of;
/// let mut at = atlas_core::Atlas::default();
/// at.districts = vec![Area::new("1", "Bavnehøj"), Area::new("2", "Gl. Sydhavn"), Area::new("3", "Østerbro")];
/// at.indicators = vec![IndicatorMeta { measure: Some(Measure::Median), ..IndicatorMeta::from_column("Medianindkomst") }];
/// at.years = vec![vec![None]];
/// at.values = vec![vec![vec![Some(250.0), Some(300.0), Some(400.0)]]];
/// let syd = Side::Group { name: "Sydhavnen".into(), members: vec![0, 1] };
/// let c = comparison_of(&at, &Side::Area(2), &syd, None, atlas_core::Lang::Da);
/// assert_eq!((c.a.as_str(), c.b.as_str()), ("Østerbro", "Sydhavnen"));
/// assert_eq!((c.rows[0].b.shown.as_str(), c.rows[0].b_approx), ("≈ 275", true));
/// assert_eq!(c.rows[0].rank_b, "");
/// ```
pub fn comparison_of(
    atlas: &Atlas,
    a: &Side,
    b: &Side,
    year: Option<i32>,
    lang: Lang,
) -> Comparison {
    let mut rows: Vec<CompareRow> = (0..atlas.indicators.len())
        .filter_map(|i| comparison_row_of(atlas, i, a, b, year, lang))
        .collect();
    rows.sort_by_key(|r| r.group);
    Comparison {
        a: a.name(atlas),
        b: b.name(atlas),
        lang,
        rows,
    }
}

/// A against B on indicator `i` alone: the row [`comparison`] makes for it (`None`
/// for an indicator that is not there).
///
/// ```
/// use atlas_core::model::district::Area;
/// use atlas_core::model::indicator::IndicatorMeta;
/// use atlas_core::present::comparison::comparison_row;
/// let mut at = atlas_core::Atlas::default();
/// at.districts = vec![Area::new("1", "Nord"), Area::new("2", "Syd")];
/// at.indicators = vec![IndicatorMeta::from_column("Foreninger")];
/// at.years = vec![vec![None]];
/// at.values = vec![vec![vec![Some(12.0), Some(5.0)]]];
/// assert_eq!(comparison_row(&at, 0, 0, 1, None, atlas_core::Lang::Da).unwrap().difference.shown, "+7");
/// assert!(comparison_row(&at, 1, 0, 1, None, atlas_core::Lang::Da).is_none());
/// ```
pub fn comparison_row(
    atlas: &Atlas,
    i: usize,
    a: usize,
    b: usize,
    year: Option<i32>,
    lang: Lang,
) -> Option<CompareRow> {
    comparison_row_of(atlas, i, &Side::Area(a), &Side::Area(b), year, lang)
}

/// As [`comparison_row`] for two sides. A group has no rank among the areas (its
/// rank is empty); its value says how it was had (`a_why`, `b_why`).
pub fn comparison_row_of(
    atlas: &Atlas,
    i: usize,
    a: &Side,
    b: &Side,
    year: Option<i32>,
    lang: Lang,
) -> Option<CompareRow> {
    let meta = atlas.indicators.get(i)?;
    let yi = atlas.year_index(i, year);
    let column = atlas.column_at(i, yi);
    // ranks among the areas for a side that is one area; a group's values are its own
    let none = usize::MAX;
    let mut gap = compare(
        column,
        a.area().unwrap_or(none),
        b.area().unwrap_or(none),
        meta.polarity,
    );
    let (va, vb) = (side_value(atlas, i, yi, a), side_value(atlas, i, yi, b));
    (gap.a, gap.b) = (va.value, vb.value);
    (gap.difference, gap.ratio, gap.ahead) = verdict(va.value, vb.value, meta.polarity);
    let decimals = decimals_for(meta, column);
    let approx_figure = |v: &SideValue| {
        let mut f = Figure::of(v.value, decimals, false, missing_value(lang), lang);
        if v.approx() {
            f.shown = format!("≈ {}", f.shown);
            f.exact = format!("≈ {}", f.exact);
        }
        f
    };
    // the dumbbell places both sides' values among the areas'
    let mut with_sides = column.to_vec();
    with_sides.extend([va.value, vb.value]);
    let n = column.len();
    // a figure repeated from a coarser level is not ranked among the areas
    let coarse = meta.level_word(lang);
    let rank = |r: Option<usize>| {
        if coarse.is_some() {
            return String::new();
        }
        let n = |v: usize| format_number(v as f64, 0, lang);
        r.map(|r| format!("{} {}/{}", lang.pick("nr.", "no."), n(r), n(gap.ranked)))
            .unwrap_or_default()
    };
    let (ahead_mark, ahead_phrase) = ahead_words(gap.ahead, lang);
    let over_years = series_of(atlas, i, a, b);
    Some(CompareRow {
        indicator: i,
        column: meta.column.clone(),
        group: meta.group,
        name: meta.label(lang).to_owned(),
        unit: meta.unit(lang).to_owned(),
        label: label_with_unit(meta.label(lang), meta.unit(lang))
            + &coarse
                .as_ref()
                .map(|w| format!(" ({w})"))
                .unwrap_or_default(),
        year: atlas.years(i).get(yi).copied().flatten().or(meta.year),
        decimals,
        a: approx_figure(&va),
        b: approx_figure(&vb),
        a_approx: va.approx(),
        b_approx: vb.approx(),
        a_why: va.why(lang),
        b_why: vb.why(lang),
        difference: Figure::of(gap.difference, decimals, true, NO_FIGURE, lang),
        ratio: gap
            .ratio
            .map(|r| format_ratio(r, lang))
            .unwrap_or_else(|| NO_FIGURE.to_owned()),
        rank_a: rank(gap.rank_a),
        rank_b: rank(gap.rank_b),
        ahead_mark,
        ahead_phrase,
        dumbbell: dumbbell(&with_sides, n, n + 1, meta.polarity).map(|mut d| {
            // ticks for the areas only (the sides' own values are the dots)
            d.all
                .truncate(column.iter().flatten().filter(|x| x.is_finite()).count());
            d
        }),
        gap_by_year: (over_years.years.len() > 1).then(|| {
            let gaps = over_years.gap();
            (over_years.years, gaps)
        }),
        gap,
    })
}
