//! The Udvikling panel's content computed from the atlas state: the series of the
//! shown indicator for A, B and the city, the sentence, and the exported document.

use crate::state::ViewStoreFields;
use crate::state::{AtlasState, Slot};
use crate::text::t;
use crate::view_model::source::source_line;
use atlas_core::model::indicator::decimals_for;
use atlas_core::model::trend::{gap_change, series_of, Series};
use atlas_core::present::export::TrendDocument;
use atlas_core::present::trend_text::trend_sentence;
use atlas_core::Lang;
use leptos::prelude::*;

/// The shown indicator over its years for A and B (`None` without A, B or two years).
pub fn series(s: &AtlasState) -> Option<Series> {
    let (a, b, ind) = (s.side(Slot::A)?, s.side(Slot::B)?, s.view.indicator().get());
    let series = s.model.with(|m| series_of(&m.atlas, ind, &a, &b));
    (series.years.len() > 1).then_some(series)
}

/// Decimals and unit of the shown indicator.
pub fn format(s: &AtlasState, lang: Lang) -> (usize, String) {
    let ind = s.view.indicator().get();
    s.model.with(|m| {
        m.atlas
            .indicators
            .get(ind)
            .map(|meta| {
                (
                    decimals_for(meta, m.atlas.column(ind)),
                    meta.unit(lang).to_owned(),
                )
            })
            .unwrap_or_default()
    })
}

/// The plain sentence about the gap's change, or why there is none.
pub fn sentence(s: &AtlasState, series: &Series, lang: Lang) -> String {
    let (dec, unit) = format(s, lang);
    let (a, b) = (s.side_name(Slot::A), s.side_name(Slot::B));
    match gap_change(series) {
        Some(g) => trend_sentence(&g, &a, &b, &unit, dec, lang),
        None => match lang {
            Lang::Da => format!("{a} og {b} har ikke begge tal i to eller flere år."),
            Lang::En => format!("{a} and {b} do not both have figures in two or more years."),
        },
    }
}

/// The labels of the three lines: A, B and the city (weighted or not).
pub fn labels(s: &AtlasState, series: &Series, lang: Lang) -> [String; 3] {
    [
        format!("A: {}", s.side_name(Slot::A)),
        format!("B: {}", s.side_name(Slot::B)),
        if series.weighted {
            t(
                lang,
                "Byen (vægtet med indbyggere)",
                "The city (weighted by residents)",
            )
        } else {
            t(
                lang,
                "Byen (gennemsnit af områderne)",
                "The city (mean of the areas)",
            )
        }
        .to_owned(),
    ]
}

/// The exportable chart (`None` without a series).
pub fn document(s: &AtlasState) -> Option<TrendDocument> {
    let lang = s.lang.get_untracked();
    untrack(|| {
        let series = series(s)?;
        let ind = s.view.indicator().get();
        let (decimals, unit) = format(s, lang);
        let label = s.model.with(|m| {
            m.atlas
                .indicators
                .get(ind)
                .map(|x| x.label(lang).to_owned())
                .unwrap_or_default()
        });
        let title = if unit.is_empty() {
            label
        } else {
            format!("{label} ({unit})")
        };
        Some(TrendDocument {
            title,
            sentence: sentence(s, &series, lang),
            source: source_line(s),
            labels: labels(s, &series, lang),
            gap_label: t(lang, "Forskel A − B", "Gap A − B").to_owned(),
            series,
            decimals,
            lang,
        })
    })
}
