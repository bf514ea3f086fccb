//! A smoothed rate read with its raw rate beside it: the tooltip and description
//! say both (`names::Namer`), so a steadied figure is never taken for the counted
//! one; this finds the recipe the raw rate is made from.

use crate::state::AtlasState;
use atlas_core::model::derive::Recipe;
use atlas_core::model::edits::Edit;
use leptos::prelude::*;

/// The count and population columns and the «per» of the shown indicator `ind` when
/// it is a smoothed rate (the raw rate is `count / population × per`).
pub fn recipe(s: &AtlasState, ind: usize) -> Option<(usize, usize, f64)> {
    let data = use_context::<crate::data::DataState>()?;
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
    s.model.with(|m| {
        let col = |c: &str| m.atlas.indicators.iter().position(|x| x.column == c);
        Some((col(&numerator)?, col(&denominator)?, per))
    })
}
