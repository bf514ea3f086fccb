//! Moran's I year by year (in Udvikling, in the cluster view): does the clustering of
//! the shown indicator grow or fade? Each year on the areas with a figure that year,
//! with the same neighbours, permutations and seed as the map.

use crate::state::{use_atlas, Mode, ViewStoreFields};
use crate::text::t;
use atlas_core::classify::moran::{global_moran, Sample};
use atlas_core::geometry::weights::Weights;
use atlas_core::text::numbers::format_number;
use leptos::prelude::*;

/// The table; shown in the LISA view for an indicator with two years or more.
#[component]
pub fn MoranByYear() -> impl IntoView {
    let s = use_atlas();
    let rows = Memo::new(move |_| {
        if s.view.mode().get() != Mode::Lisa {
            return Vec::new();
        }
        let ind = s.view.indicator().get();
        let kind = s.view.neighbours().get();
        let options = s.view.lisa().get();
        let w = s.geometry.with(|g| Weights::of(&g.0, kind));
        s.model.with(|m| {
            let years = m.atlas.years(ind);
            if years.len() < 2 {
                return Vec::new();
            }
            years
                .iter()
                .enumerate()
                .filter_map(|(yi, y)| {
                    let column = m.atlas.column_at(ind, yi);
                    let sample = Sample::new(&w, &[column]);
                    let g = global_moran(&sample, column, options.permutations, options.seed)?;
                    Some(((*y)?, g.i, g.p))
                })
                .collect()
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
