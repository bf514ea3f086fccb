//! The LISA modes' words read from the atlas state: each area's data attributes, the
//! map's subtitle and the exported legend (the sentences themselves are the core's
//! `present::lisa_words`).

use crate::state::{AtlasState, Mode, ViewStoreFields};
use atlas_core::present::export::LegendEntry;
use atlas_core::present::lisa_words::{area_attrs, legend_rows, threshold_words};
use atlas_core::Lang;
use leptos::prelude::*;

/// Area `i`'s `data-cluster`, `data-local-i` and `data-neighbours` (`None` outside
/// the LISA modes).
pub fn attrs(s: &AtlasState, i: usize) -> Option<(&'static str, String, String)> {
    s.lisa.with(|l| area_attrs(l.as_ref()?, i))
}

/// [`attrs`] of every one of `n` areas, in one pass (the canvas map's options).
pub fn all_attrs(s: &AtlasState, n: usize) -> Vec<Option<(&'static str, String, String)>> {
    s.lisa.with(|l| match l {
        Some(l) => (0..n).map(|i| area_attrs(l, i)).collect(),
        None => vec![None; n],
    })
}

/// The line under the map's title: the map shown and its threshold.
pub fn subtitle(s: &AtlasState, lang: Lang) -> String {
    s.lisa.with(|l| match l {
        Some(l) => threshold_words(l, lang),
        None => String::new(),
    })
}

/// The legend of an exported map in a LISA mode.
pub fn export_legend(s: &AtlasState, lang: Lang) -> Vec<LegendEntry> {
    s.lisa.with_untracked(|l| {
        l.as_ref()
            .map(|l| {
                legend_rows(l, lang)
                    .into_iter()
                    .filter(|(_, _, n)| *n > 0)
                    .map(|(colour, label, n)| LegendEntry {
                        colour: colour.map(str::to_owned),
                        label: format!("{label} ({n})"),
                        outline: false,
                    })
                    .collect()
            })
            .unwrap_or_default()
    })
}

/// True in the two LISA modes (tracked).
pub fn in_lisa_mode(s: &AtlasState) -> bool {
    matches!(s.view.mode().get(), Mode::Lisa | Mode::LisaBivariate)
}
