//! Each area's accessible name and what the view says about it, made by a [`Namer`]
//! that reads the view once (tracked) and then names any number of areas with only
//! their own work: 43,000 grid cells are named without 43,000 reads of the view, and
//! the change map's column or a smoothed rate's recipe is found once, not per area.

use crate::state::ViewStoreFields;
use crate::state::{AtlasState, Mode};
use crate::text::t;
use crate::view_model::describe::use_descriptions;
use atlas_core::text::numbers::{format_number, format_signed, format_value};
use atlas_core::Lang;
use leptos::prelude::*;

/// What every area's name reads from the view, read once. Built inside a reactive
/// context it subscribes to all of it; its per-area methods read untracked.
pub struct Namer {
    lang: Lang,
    mode: Mode,
    ind: usize,
    yi: usize,
    dec: usize,
    a: Option<usize>,
    b: Option<usize>,
    /// Class ranges as text (not in the bivariate mode, which has no classes).
    class_ranges: Vec<String>,
    line: Line,
}

/// What the view adds to an area's value, prepared once.
enum Line {
    Nothing,
    /// A smoothed rate: the raw rate's count and population columns, the rate's «per».
    Raw {
        numerator: usize,
        denominator: usize,
        per: f64,
        year: Option<i32>,
    },
    Lisa,
    Change {
        from: i32,
        to: i32,
        values: Vec<Option<f64>>,
        dec: usize,
        unit: String,
    },
    Gap {
        centre: f64,
        unit: String,
    },
    Index,
    Bivariate,
}

impl Namer {
    /// Read the view of `s` (tracked when called in a reactive context).
    pub fn new(s: &AtlasState) -> Self {
        let lang = s.lang.get();
        let mode = s.view.mode().get();
        let ind = s.view.indicator().get();
        let yi = s.year_index(ind);
        let d = use_descriptions();
        let dec = d.decimals.get();
        s.model.track();
        let class_ranges = if mode == Mode::Bivariate {
            Vec::new()
        } else {
            s.choropleth.track();
            d.class_ranges.get()
        };
        Self {
            lang,
            mode,
            ind,
            yi,
            dec,
            a: s.view.a().get(),
            b: s.view.b().get(),
            class_ranges,
            line: Line::new(s, mode, ind, lang),
        }
    }

    /// Accessible name of area `i`: name, value with unit, its class, what the view
    /// says about it (gap, index, bivariate cell, cluster) and whether it is A or B.
    pub fn label(&self, s: &AtlasState, i: usize) -> String {
        let (name, said) = self.parts(s, i);
        if said.is_empty() {
            name
        } else {
            format!("{name}. {said}")
        }
    }

    /// Area `i`'s name and what the view says about it (the saved web page's tooltip
    /// shows the two apart).
    pub fn parts(&self, s: &AtlasState, i: usize) -> (String, String) {
        let lang = self.lang;
        let (ind, dec) = (self.ind, self.dec);
        let mut parts: Vec<String> = Vec::new();
        let (name, value) = s.model.with_untracked(|m| {
            let name = m
                .atlas
                .districts
                .get(i)
                .map(|d| d.name.clone())
                .unwrap_or_default();
            let value = m.atlas.indicators.get(ind).map(|meta| {
                // a figure repeated from a coarser level says so («bydelstal»)
                let level = meta
                    .level_word(lang)
                    .map(|w| format!(" ({w})"))
                    .unwrap_or_default();
                format!(
                    "{}: {}{level}",
                    meta.label(lang),
                    format_value(
                        m.atlas.value_at(ind, self.yi, i),
                        dec,
                        meta.unit(lang),
                        lang
                    )
                )
            });
            (name, value)
        });
        if matches!(self.mode, Mode::Choropleth | Mode::Gap) {
            parts.extend(value);
        }
        parts.extend(self.line(s, i));
        if self.mode != Mode::Bivariate {
            let class = s
                .choropleth
                .with_untracked(|c| c.classes.get(i).copied().flatten());
            if let Some(c) = class {
                let n = self.class_ranges.len();
                let range = self.class_ranges.get(c).cloned().unwrap_or_default();
                parts.push(format!(
                    "{} {} {} {n} ({range})",
                    t(lang, "klasse", "class"),
                    c + 1,
                    t(lang, "af", "of")
                ));
            }
        }
        if self.a == Some(i) {
            parts.push(t(lang, "valgt som A", "chosen as A").to_owned());
        }
        if self.b == Some(i) {
            parts.push(t(lang, "valgt som B", "chosen as B").to_owned());
        }
        (name, parts.join("; "))
    }

    /// What the view says about area `i` beyond its value: the raw rate beside a
    /// smoothed one, the cluster, the change, the gap, the index and its rank, or the
    /// bivariate cell.
    pub fn line(&self, s: &AtlasState, i: usize) -> Option<String> {
        let lang = self.lang;
        let word = |c: usize| match c {
            0 => t(lang, "lav", "low"),
            1 => t(lang, "mellem", "middle"),
            _ => t(lang, "høj", "high"),
        };
        match &self.line {
            Line::Nothing => None,
            Line::Raw {
                numerator,
                denominator,
                per,
                year,
            } => {
                let raw = s.model.with_untracked(|m| {
                    let e = m
                        .atlas
                        .column_in(*numerator, *year)
                        .get(i)
                        .copied()
                        .flatten()?;
                    let n = m
                        .atlas
                        .column_in(*denominator, *year)
                        .get(i)
                        .copied()
                        .flatten();
                    Some(e / n.filter(|n| *n > 0.0)? * per)
                });
                let raw = match raw {
                    Some(r) => format_number(r, 1, lang),
                    None => atlas_core::text::numbers::missing_text(lang).to_owned(),
                };
                Some(format!("{}: {raw}", t(lang, "Rå rate", "Raw rate")))
            }
            Line::Lisa => s.lisa.with_untracked(|l| {
                atlas_core::present::lisa_words::area_line(l.as_ref()?, i, lang)
            }),
            Line::Change {
                from,
                to,
                values,
                dec,
                unit,
            } => Some(crate::view_model::change::line(
                (*from, *to),
                values.get(i).copied().flatten(),
                *dec,
                unit,
                lang,
            )),
            Line::Gap { centre, unit } => {
                let v = s
                    .model
                    .with_untracked(|m| m.atlas.value_at(self.ind, self.yi, i))?;
                Some(
                    format!(
                        "{}: {} {unit}",
                        t(lang, "Forskel", "Gap"),
                        format_signed(v - centre, self.dec, lang)
                    )
                    .trim_end()
                    .to_owned(),
                )
            }
            Line::Index => {
                let v = s.index.with_untracked(|x| x.get(i).copied().flatten())?;
                let (r, n) = use_descriptions()
                    .index_rank
                    .with_untracked(|(r, n)| (r.get(i).copied().flatten(), *n));
                let r = r?;
                Some(format!(
                    "{}: {} ({} {r} {} {n})",
                    t(lang, "Indeks", "Index"),
                    format_number(v, 2, lang),
                    t(lang, "nr.", "no."),
                    t(lang, "af", "of")
                ))
            }
            Line::Bivariate => {
                let (rx, ry) = s.bivariate.with_untracked(|b| {
                    b.as_ref().and_then(|b| b.cells.get(i).copied().flatten())
                })?;
                let dv = if (rx, ry) == (0, 0) {
                    t(lang, " · dobbelt udsat", " · double vulnerable")
                } else {
                    ""
                };
                Some(format!(
                    "{} {} · {} {}{dv}",
                    t(lang, "Ressourcer:", "Resources:"),
                    word(rx),
                    t(lang, "samskabelse:", "co-creation:"),
                    word(ry)
                ))
            }
        }
    }
}

impl Line {
    /// Prepare what mode `mode` adds, subscribing to what it reads.
    fn new(s: &AtlasState, mode: Mode, ind: usize, lang: Lang) -> Self {
        match mode {
            Mode::Choropleth => match crate::view_model::smoothed::recipe(s, ind) {
                Some((numerator, denominator, per)) => Line::Raw {
                    numerator,
                    denominator,
                    per,
                    year: s.shown_year(ind),
                },
                None => Line::Nothing,
            },
            Mode::Lisa | Mode::LisaBivariate => {
                s.lisa.track();
                Line::Lisa
            }
            Mode::Change => match crate::view_model::change::years(s) {
                Some((from, to)) => Line::Change {
                    from,
                    to,
                    values: crate::view_model::change::values(s),
                    dec: crate::view_model::change::decimals(s),
                    unit: crate::view_model::change::unit(s, lang),
                },
                None => Line::Nothing,
            },
            Mode::Gap => match s.choropleth.with(|c| c.centre) {
                Some(centre) => Line::Gap {
                    centre,
                    unit: s.model.with(|m| {
                        m.atlas
                            .indicators
                            .get(ind)
                            .map(|meta| meta.unit(lang).to_owned())
                            .unwrap_or_default()
                    }),
                },
                None => Line::Nothing,
            },
            Mode::Index => {
                s.index.track();
                use_descriptions().index_rank.track();
                Line::Index
            }
            Mode::Bivariate => {
                s.bivariate.track();
                Line::Bivariate
            }
        }
    }
}

/// Accessible name of area `i` alone (a map of few areas, one reader per area).
pub fn district_label(s: &AtlasState, i: usize) -> String {
    Namer::new(s).label(s, i)
}
