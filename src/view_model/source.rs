//! The source line under the map and on every export: where the figures and the
//! boundaries come from, and whether they are illustrative.

use crate::state::AtlasState;
use crate::state::ViewStoreFields;
use crate::text::t;
use leptos::prelude::*;

/// The source line's text: the indicator's source and year, the dataset's note,
/// whether the figures are illustrative, the boundaries.
pub fn source_line(s: &AtlasState) -> String {
    let s = *s;
    {
        let lang = s.lang.get();
        let i = s.view.indicator().get();
        s.model.with(|m| {
            let d = &m.atlas.dataset;
            let mut parts = Vec::new();
            // figures the user entered are not the table's: its note is not theirs
            let own = m
                .atlas
                .indicators
                .get(i)
                .is_some_and(|meta| meta.source == atlas_core::pipeline::HAND_SOURCE);
            if let Some(meta) = m.atlas.indicators.get(i) {
                let yi = m.atlas.year_index(i, s.view.year().get());
                let year = m.atlas.years(i).get(yi).copied().flatten().or(meta.year);
                let year = year.map(|y| format!(" ({y})")).unwrap_or_default();
                let hand = meta.source == atlas_core::pipeline::HAND_SOURCE;
                let source = if meta.source.is_empty() {
                    m.table_source.clone().unwrap_or_default()
                } else if hand {
                    t(lang, "indtastet manuelt", "entered by hand").to_owned()
                } else {
                    meta.source.clone()
                };
                // «Danmarks Statistik, LABY08 (2021)» already names its year
                let year = if source.contains(year.trim()) {
                    ""
                } else {
                    year.as_str()
                };
                parts.push(format!("{}: {source}{year}", t(lang, "Kilde", "Source")));
                // what the figure measures and what it does not
                let note = meta.note(lang);
                if !note.is_empty() {
                    parts.push(note.to_owned());
                }
                if meta.hand_edits > 0 && !hand {
                    let n = meta.hand_edits;
                    parts.push(match lang {
                        atlas_core::Lang::Da => format!("{n} tal indtastet manuelt"),
                        atlas_core::Lang::En => format!("{n} figures entered by hand"),
                    });
                }
            }
            if !d.source.is_empty() && !own {
                parts.push(d.source.clone());
            }
            if d.illustrative && !own {
                parts.push(
                    t(
                        lang,
                        "Illustrative tal – ikke officiel statistik",
                        "Illustrative figures – not official statistics",
                    )
                    .to_owned(),
                );
            }
            let boundaries = if m.is_demo {
                match atlas_core::present::examples::example(&m.boundary_source) {
                    Some(ex) => ex.boundaries_source(lang).to_owned(),
                    None => m
                        .atlas
                        .boundary_note
                        .clone()
                        .unwrap_or_else(|| "demo".into()),
                }
            } else {
                match &m.atlas.boundary_note {
                    Some(note) => format!("{} ({note})", m.boundary_source),
                    None => m.boundary_source.clone(),
                }
            };
            parts.push(format!(
                "{}: {boundaries}",
                t(lang, "Grænser", "Boundaries")
            ));
            // other areas' borders drawn over a grid
            let over = use_context::<crate::data::DataState>().and_then(|data| {
                data.overlay.with(|o| {
                    o.as_ref()
                        .filter(|_| m.boundaries.grid.is_some())
                        .map(|o| o.example.boundaries_source(lang))
                })
            });
            if let Some(credit) = over {
                parts.push(format!("{}: {credit}", t(lang, "Omrids", "Outlines")));
            }
            parts.join(" · ")
        })
    }
}
