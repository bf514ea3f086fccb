//! The A-vs-B table of a handout: one row per indicator, grouped as on screen, every
//! figure formatted for the reader (millions compact, the exact figure kept).

use crate::model::atlas::Atlas;
use crate::model::gap::{compare, Ahead};
use crate::model::indicator::decimals_for;
use crate::text::numbers::{compact, format_ratio, missing_text};
use crate::Lang;

/// A figure as printed (`shown`) and exactly (`exact`, the same unless compacted).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Figure {
    pub shown: String,
    pub exact: String,
}

impl Figure {
    fn of(v: Option<f64>, decimals: usize, signed: bool, lang: Lang) -> Self {
        match v {
            Some(v) => {
                let (shown, exact) = compact(v, decimals, signed, lang);
                Figure { shown, exact }
            }
            None => Figure {
                shown: missing_text(lang).to_owned(),
                exact: missing_text(lang).to_owned(),
            },
        }
    }
}

/// One indicator's row.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ComparisonRow {
    /// The indicator's group (resources, the three forms of co-creation, other).
    pub group: String,
    /// Label with unit and year, e.g. «Disponibel indkomst pr. person (kr., 2023)».
    pub label: String,
    pub a: Figure,
    pub b: Figure,
    pub difference: Figure,
    pub ratio: String,
    /// Who is ahead: `"A"`, `"B"`, `"="` or empty (no direction or missing).
    pub ahead: &'static str,
}

/// The whole table: the two names and the rows.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Comparison {
    pub a: String,
    pub b: String,
    pub rows: Vec<ComparisonRow>,
}

/// A against B on every indicator in `year` (each indicator's latest when it has no
/// such year), grouped in the groups' order as on screen.
///
/// ```
/// use atlas_core::present::handout::comparison;
/// let c = comparison(&atlas_core::Atlas::default(), 0, 1, None, atlas_core::Lang::Da);
/// assert!(c.rows.is_empty());
/// ```
pub fn comparison(atlas: &Atlas, a: usize, b: usize, year: Option<i32>, lang: Lang) -> Comparison {
    let name = |i: usize| {
        atlas
            .districts
            .get(i)
            .map(|d| d.name.clone())
            .unwrap_or_default()
    };
    let mut order: Vec<usize> = (0..atlas.indicators.len()).collect();
    order.sort_by_key(|i| atlas.indicators[*i].group);
    let rows = order
        .into_iter()
        .map(|i| {
            let meta = &atlas.indicators[i];
            let yi = atlas.year_index(i, year);
            let column = atlas.column_at(i, yi);
            let g = compare(column, a, b, meta.polarity);
            let dec = decimals_for(meta, column);
            let y = atlas.years(i).get(yi).copied().flatten().or(meta.year);
            let unit = meta.unit(lang);
            let suffix = match (unit.is_empty(), y) {
                (true, None) => String::new(),
                (true, Some(y)) => format!(" ({y})"),
                (false, None) => format!(" ({unit})"),
                (false, Some(y)) => format!(" ({unit}, {y})"),
            };
            ComparisonRow {
                group: meta.group.label(lang).to_owned(),
                label: format!("{}{suffix}", meta.label(lang)),
                a: Figure::of(g.a, dec, false, lang),
                b: Figure::of(g.b, dec, false, lang),
                difference: Figure::of(g.difference, dec, true, lang),
                ratio: g.ratio.map(|r| format_ratio(r, lang)).unwrap_or_default(),
                ahead: match g.ahead {
                    Ahead::A => "A",
                    Ahead::B => "B",
                    Ahead::Equal => "=",
                    Ahead::Unknown | Ahead::NotApplicable => "",
                },
            }
        })
        .collect();
    Comparison {
        a: name(a),
        b: name(b),
        rows,
    }
}
