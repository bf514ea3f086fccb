//! The legend as text: its class rows and its heading, shared by the legend on
//! screen and the exported map.

use crate::state::ViewStoreFields;
use crate::state::{AtlasState, Mode};
use crate::text::t;
use atlas_core::model::indicator::Polarity;
use atlas_core::text::numbers::{format_class, format_signed};
use leptos::prelude::*;

/// One class of the legend as text.
pub struct ClassRow {
    pub class: usize,
    pub colour: String,
    pub range: String,
    pub count: usize,
}

/// The legend's classes from lowest to highest, with ranges in the UI language
/// (differences signed on a gap map), and the number of districts without data.
pub fn class_rows(s: &AtlasState) -> (Vec<ClassRow>, usize) {
    let lang = s.lang.get();
    let index_mode = s.view.mode().get() == Mode::Index;
    let dec = if index_mode {
        2
    } else if s.view.mode().get() == Mode::Change {
        crate::view_model::change::decimals(s)
    } else {
        s.shown_decimals()
    };
    let to = t(lang, " til ", " to ");
    s.choropleth.with(|c| {
        let rows = c
            .legend
            .iter()
            .enumerate()
            .map(|(ci, l)| {
                let range = if c.centre.is_some() {
                    format!(
                        "{}{to}{}",
                        l.lower
                            .map(|x| format_signed(x, dec, lang))
                            .unwrap_or_default(),
                        l.upper
                            .map(|x| format_signed(x, dec, lang))
                            .unwrap_or_default()
                    )
                } else {
                    format_class(l.lower, l.upper, dec, lang)
                };
                ClassRow {
                    class: ci,
                    colour: l.colour.clone(),
                    range,
                    count: l.count,
                }
            })
            .collect();
        (rows, c.missing)
    })
}

/// The legend's title (indicator, unit, year; the index's own title in index
/// mode) and which end is worse.
pub fn legend_heading(s: &AtlasState) -> Option<(String, String)> {
    let s = *s;
    let found = {
        let lang = s.lang.get();
        let i = s.view.indicator().get();
        let shown_year = s.shown_year(i);
        s.model.with(|m| {
            m.atlas.indicators.get(i).map(|meta| {
                let unit = meta.unit(lang);
                let mut extra: Vec<String> = Vec::new();
                if !unit.is_empty() && !meta.label(lang).contains(unit) {
                    extra.push(unit.to_owned());
                }
                if let Some(y) = shown_year.or(meta.year) {
                    extra.push(y.to_string());
                }
                let suffix = if extra.is_empty() {
                    String::new()
                } else {
                    format!(" ({})", extra.join(", "))
                };
                let worst = match meta.polarity {
                    Polarity::HigherIsBetter => t(lang, "lavest = dårligst", "lowest = worst"),
                    Polarity::HigherIsWorse => t(lang, "højest = dårligst", "highest = worst"),
                    Polarity::Neutral => t(lang, "ingen retning angivet", "no direction given"),
                };
                let end = if s.view.scheme().get().is_diverging() {
                    t(lang, "Rød/lilla ende", "Red/purple end")
                } else {
                    t(lang, "Mørkest", "Darkest")
                };
                let dir = format!("{end}: {worst}");
                (format!("{}{suffix}", meta.label(lang)), dir)
            })
        })
    };
    found.map(|(h, dir)| {
        if s.view.mode().get() == Mode::Change {
            let lang = s.lang.get();
            let label = s.model.with(|m| {
                m.atlas
                    .indicators
                    .get(s.view.indicator().get())
                    .map(|x| x.label(lang).to_owned())
                    .unwrap_or_default()
            });
            let what = crate::view_model::change::title(&s, lang).unwrap_or_default();
            return (format!("{label}: {what}"), dir);
        }
        if s.view.mode().get() == Mode::Index {
            let lang = s.lang.get();
            let how = if s.view.norm().get() == atlas_core::model::composite::Normalisation::MinMax
            {
                "min–maks"
            } else {
                "z-score"
            };
            let title = format!(
                "{} ({how}; {})",
                t(lang, "Samlet indeks", "Composite index"),
                t(lang, "højere er bedre", "higher is better")
            );
            (title, dir)
        } else {
            (h, dir)
        }
    })
}

/// Which years the classes are computed over, when the indicator has several:
/// «Fælles klassegrænser 2000–2017» (pooled, the default) or «Klassegrænser for 2017
/// alene» (per year); for the index, that its classes are the year's own. `None` for
/// one year, or a view whose classes are not by value.
pub fn class_basis(s: &AtlasState) -> Option<String> {
    let lang = s.lang.get();
    if !matches!(
        s.view.mode().get(),
        Mode::Choropleth | Mode::Gap | Mode::Index
    ) {
        return None;
    }
    let i = s.view.indicator().get();
    let years = s.indicator_years();
    let (first, last) = (*years.first()?, *years.last()?);
    if years.len() < 2 {
        return None;
    }
    if s.view.mode().get() == Mode::Index {
        // z-scores and min–max are relative to the year's own areas: pooled classes
        // would suggest a comparison across years the index cannot make
        return Some(
            t(
                lang,
                "Indekset er relativt inden for året: klasserne er årets egne",
                "The index is relative within the year: the classes are the year's own",
            )
            .to_owned(),
        );
    }
    Some(if s.view.pooled().get() {
        format!(
            "{} {first}–{last}",
            t(lang, "Fælles klassegrænser", "Shared class breaks")
        )
    } else {
        let shown = s.shown_year(i).unwrap_or(last);
        match lang {
            atlas_core::Lang::Da => format!("Klassegrænser for {shown} alene"),
            atlas_core::Lang::En => format!("Class breaks for {shown} alone"),
        }
    })
}
