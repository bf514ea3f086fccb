//! Moran's I year by year (in Udvikling, in the cluster view): does the clustering of
//! the shown indicator grow or fade? Each year on the areas with a figure that year,
//! with the same neighbours, permutations and seed as the map (computed with it, in
//! the loader worker).

use crate::state::{use_atlas, Mode, ViewStoreFields};
use crate::text::t;
use atlas_core::text::numbers::format_number;
use leptos::prelude::*;

/// The table; shown in the LISA view for an indicator with two years or more.
#[component]
pub fn MoranByYear() -> impl IntoView {
    let s = use_atlas();
    // computed with the map, in the loader worker (see `state::lisa`)
    let rows = Memo::new(move |_| {
        if s.view.mode().get() != Mode::Lisa {
            return Vec::new();
        }
        let ind = s.view.indicator().get();
        s.lisa.with(|l| {
            let Some(l) = l else {
                return Vec::new();
            };
            s.model.with(|m| {
                m.atlas
                    .years(ind)
                    .iter()
                    .zip(&l.by_year)
                    .filter_map(|(y, g)| Some(((*y)?, g.as_ref()?.i, g.as_ref()?.p)))
                    .collect()
            })
        })
    });
    move || {
        let rows = rows.get();
        if rows.is_empty() {
            return None;
        }
        let lang = s.lang.get();
        Some(view! {
            <div class="moran-years" data-testid="moran-by-year">
                <h3>{t(lang, "Klynger år for år (Moran's I)", "Clustering year by year (Moran's I)")}</h3>
                <table>
                    <thead><tr><th scope="col">{t(lang, "År", "Year")}</th><th scope="col">"I"</th><th scope="col">"p"</th></tr></thead>
                    <tbody>{rows.into_iter().map(|(y, i, p)| view! {
                        <tr data-year=y.to_string() data-i=i.to_string()>
                            <th scope="row">{y}</th>
                            <td>{format_number(i, 3, lang)}</td>
                            <td>{format_number(p, 3, lang)}</td>
                        </tr>
                    }).collect_view()}</tbody>
                </table>
            </div>
        })
    }
}
