//! A smoothed rate read with its raw rate beside it: the tooltip and description
//! say both, so a steadied figure is never taken for the counted one.

use crate::state::{AtlasState, ViewStoreFields};
use crate::text::t;
use atlas_core::model::derive::Recipe;
use atlas_core::model::edits::Edit;
use atlas_core::text::numbers::format_number;
use atlas_core::Lang;
use leptos::prelude::*;

/// «Rå rate: 12,3» for area `i` when the shown indicator is a smoothed rate.
pub fn raw_line(s: &AtlasState, i: usize, lang: Lang) -> Option<String> {
    let data = use_context::<crate::data::DataState>()?;
    let ind = s.view.indicator().get();
    let column = s
        .model
        .with(|m| m.atlas.indicators.get(ind).map(|x| x.column.clone()))?;
    let (numerator, denominator, per) = data.edits.with(|log| {
        log.done.iter().find_map(|e| match e {
            Edit::Derive {
                meta,
                recipe:
                    Recipe::Smoothed {
                        numerator,
                        denominator,
                        per,
                        ..
                    },
            } if meta.column == column => Some((numerator.clone(), denominator.clone(), *per)),
            _ => None,
        })
    })?;
    let year = s.shown_year(ind);
    let raw = s.model.with(|m| {
        let col = |c: &str| m.atlas.indicators.iter().position(|x| x.column == c);
        let (a, b) = (col(&numerator)?, col(&denominator)?);
        let e = m.atlas.column_in(a, year).get(i).copied().flatten()?;
        let n = m
            .atlas
            .column_in(b, year)
            .get(i)
            .copied()
            .flatten()
            .filter(|n| *n > 0.0)?;
        Some(e / n * per)
    });
    Some(match raw {
        Some(r) => format!(
            "{}: {}",
            t(lang, "Rå rate", "Raw rate"),
            format_number(r, 1, lang)
        ),
        None => format!(
            "{}: {}",
            t(lang, "Rå rate", "Raw rate"),
            atlas_core::text::numbers::missing_text(lang)
        ),
    })
}
