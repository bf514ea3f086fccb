//! One picker per dimension beside the indicator, for a measure split by dimensions
//! (a statbank export by køn, alder and herkomst): the categories as the file has
//! them, its total first when it has one, and «alle (sum)» only for counts.

use crate::data::use_data;
use crate::state::use_atlas;
use crate::state::ViewStoreFields;
use crate::text::t;
use atlas_core::import::cube::{Choice, Evidence, ALL};
use atlas_core::import::table::CubeChoice;
use atlas_core::Lang;
use leptos::prelude::*;

/// The pickers of the shown indicator (nothing for an indicator not split).
#[component]
pub fn DimensionPickers() -> impl IntoView {
    let s = use_atlas();
    let cube = Memo::new(move |_| {
        let i = s.view.indicator().get();
        s.model.with(|m| {
            let column = &m.atlas.indicators.get(i)?.column;
            m.cubes.iter().find(|c| c.column == *column).cloned()
        })
    });
    // the pickers are made again only for another measure (or other categories): a
    // choice rebuilds the model, and the picker just used keeps the focus
    let shape = Memo::new(move |_| {
        cube.with(|c| {
            c.as_ref()
                .map(|c| (c.column.clone(), c.dims.clone(), c.summable, c.evidence))
        })
    });
    move || {
        shape.get().map(|(_, dims, _, _)| {
            let lang = s.lang.get();
            let pickers = (0..dims.len())
                .map(|d| view! { <Picker cube dim=d lang/> })
                .collect_view();
            view! { <span class="dimensions" data-testid="dimensions">{pickers}</span> }
        })
    }
}

/// Why «alle» is or is not offered, in a sentence for the picker's title.
fn sum_note(c: &CubeChoice, lang: Lang) -> String {
    match (c.summable, c.evidence, lang) {
        (true, Evidence::Metadata, Lang::Da) => "Et antal (ifølge beskrivelsen): kategorierne kan lægges sammen.".into(),
        (true, Evidence::Metadata, Lang::En) => "A count (says its description): the categories can be added up.".into(),
        (true, Evidence::Totals, Lang::Da) => "Et antal: filens totaler er summen af kategorierne.".into(),
        (true, Evidence::Totals, Lang::En) => "A count: the file's totals are the sums of the categories.".into(),
        (true, _, Lang::Da) => "Et antal (ifølge navnet): kategorierne kan lægges sammen.".into(),
        (true, _, Lang::En) => "A count (says its name): the categories can be added up.".into(),
        (false, Evidence::Unknown, Lang::Da) => "Ingen sum: intet siger, at tallet er et antal. Sæt «Måltype» under «Beskriv indikatoren», hvis det er.".into(),
        (false, Evidence::Unknown, Lang::En) => "No sum: nothing says the figure is a count. Set «Measure» under «Describe the indicator» if it is.".into(),
        (false, _, Lang::Da) => "Ingen sum: gennemsnit, andele og rater lægges ikke sammen.".into(),
        (false, _, Lang::En) => "No sum: averages, shares and rates are never added up.".into(),
    }
}

#[component]
fn Picker(cube: Memo<Option<CubeChoice>>, dim: usize, lang: Lang) -> impl IntoView {
    let data = use_data();
    let Some(c) = cube.get_untracked() else {
        return ().into_any();
    };
    let Some(d) = c.dims.get(dim).cloned() else {
        return ().into_any();
    };
    let name = d.name.clone();
    let categories = d.categories.clone();
    let chosen = Memo::new(move |_| {
        cube.with(
            |c| match c.as_ref().and_then(|c| c.choice.get(dim).copied()) {
                Some(Choice::Category(i)) => categories.get(i).cloned().unwrap_or_default(),
                _ => ALL.to_owned(),
            },
        )
    });
    // the total first, then the categories in the file's order
    let mut order: Vec<usize> = d.total.into_iter().collect();
    order.extend((0..d.categories.len()).filter(|&i| Some(i) != d.total));
    let options = order
        .into_iter()
        .map(|i| {
            let cat = d.categories[i].clone();
            let (me, value) = (cat.clone(), cat.clone());
            view! { <option value=value prop:selected=move || chosen.with(|x| *x == me)>{cat}</option> }
        })
        .collect_view();
    let sum = (d.total.is_none() && c.summable)
        .then(|| view! { <option value=ALL prop:selected=move || chosen.with(|x| x == ALL)>{t(lang, "alle (sum)", "all (sum)")}</option> });
    let dim_name = name.clone();
    view! {
        <label class="picker dimension">
            <span>{name.clone()}</span>
            <select data-testid="dimension" data-dimension=name.clone()
                title=sum_note(&c, lang)
                on:change=move |ev| {
                    let v = event_target_value(&ev);
                    let dim = dim_name.clone();
                    data.categories.update(|cats| {
                        cats.retain(|(d, _)| *d != dim);
                        cats.push((dim, v));
                    });
                }>
                {sum}
                {options}
            </select>
        </label>
    }
    .into_any()
}
