//! Words for screen readers: what every district's name needs computed once per
//! change ([`Descriptions`]; the names themselves are `names::Namer`'s) and the live
//! region's sentences on selection.

use crate::state::ViewStoreFields;
use crate::state::{AtlasState, Mode, Slot};
use crate::text::t;
use crate::view_model::legend::class_rows;
use atlas_core::model::groups::Side;
use atlas_core::present::comparison::comparison_row_of;
use leptos::prelude::*;

/// Per-view values every district's name needs, computed once per change.
#[derive(Clone, Copy)]
pub struct Descriptions {
    /// Class ranges as text, by class number.
    pub class_ranges: Memo<Vec<String>>,
    /// Rank of each district's index, and how many have one.
    pub index_rank: Memo<(Vec<Option<usize>>, usize)>,
    /// Decimals of the shown indicator's figures in the shown year (looking at every
    /// figure once, not once per district: 43,000 grid cells).
    pub decimals: Memo<usize>,
    /// Each district's rank on the shown indicator and year, and how many are ranked
    /// (the tooltip reads one; sorting on every hover is too slow for big layers).
    pub ranks: Memo<(Vec<Option<usize>>, usize)>,
}

/// Provide [`Descriptions`] for the atlas view `s`.
pub fn provide_descriptions(s: AtlasState) {
    let class_ranges = Memo::new(move |_| class_rows(&s).0.into_iter().map(|r| r.range).collect());
    let index_rank = Memo::new(move |_| {
        if s.view.mode().get() != Mode::Index {
            return (Vec::new(), 0);
        }
        s.index.with(|x| {
            (
                atlas_core::model::composite::index_ranks(x),
                x.iter().flatten().count(),
            )
        })
    });
    let decimals = Memo::new(move |_| s.shown_decimals());
    let ranks = Memo::new(move |_| {
        let ind = s.view.indicator().get();
        let yi = s.year_index(ind);
        s.model.with(|m| match m.atlas.indicators.get(ind) {
            Some(meta) => {
                let col = m.atlas.column_at(ind, yi);
                (
                    atlas_core::model::gap::rank(col, meta.polarity),
                    col.iter().flatten().count(),
                )
            }
            None => (Vec::new(), 0),
        })
    });
    provide_context(Descriptions {
        class_ranges,
        index_rank,
        decimals,
        ranks,
    });
}

/// The descriptions from context.
pub fn use_descriptions() -> Descriptions {
    expect_context::<Descriptions>()
}

/// The sentence the live region reads after A or B changes: who is A and B and how
/// they compare on the indicator shown.
pub fn selection_sentence(s: &AtlasState) -> String {
    let lang = s.lang.get_untracked();
    let (a, b) = untrack(|| (s.side(Slot::A), s.side(Slot::B)));
    let name = |side: &Option<Side>| {
        side.as_ref()
            .map(|x| s.model.with_untracked(|m| x.name(&m.atlas)))
    };
    let mut out = match (name(&a), name(&b)) {
        (Some(x), Some(y)) => format!("A: {x}. B: {y}."),
        (Some(x), None) => format!("A: {x}."),
        (None, Some(y)) => format!("B: {y}."),
        (None, None) => {
            return t(lang, "Valget af A og B er ryddet.", "A and B were cleared.").to_owned()
        }
    };
    let (Some(a), Some(b)) = (a, b) else {
        return out;
    };
    let (ind, year) = (
        s.view.indicator().get_untracked(),
        s.view.year().get_untracked(),
    );
    // the core's A-vs-B row, as the Sammenligning panel, the handout and the CSV have it
    let said = s.model.with(|m| {
        let row = comparison_row_of(&m.atlas, ind, &a, &b, year, lang)?;
        let (na, nb) = (a.name(&m.atlas), b.name(&m.atlas));
        Some(format!(" {}", row.spoken(&na, &nb, lang)))
    });
    out.push_str(&said.unwrap_or_default());
    out
}
