use crate::components::panels::compare::dumbbell_view;
use crate::state::use_atlas;
use crate::state::ViewStoreFields;
use crate::text::t;
use atlas_core::model::gap::{dumbbell, rank};
use atlas_core::model::indicator::decimals_for;
use atlas_core::model::indicator::Group;
use atlas_core::text::numbers::format_value;
use leptos::prelude::*;

/// District profile: every indicator of the last clicked district with its place
/// among all districts (a strip: every district a tick, this one a dot, better right).
#[component]
pub fn Profile() -> impl IntoView {
    let s = use_atlas();
    let rows = move || {
        let lang = s.lang.get();
        let year = s.view.year().get();
        let d = s.view.profile().get()?;
        Some(s.model.with(|m| {
            let mut groups: Vec<(Group, Vec<_>)> = Vec::new();
            for (i, meta) in m.atlas.indicators.iter().enumerate() {
                let col = m.atlas.column_in(i, year);
                let dec = decimals_for(meta, col);
                let r = rank(col, meta.polarity).get(d).copied().flatten();
                let n = col.iter().flatten().count();
                let count = |v: usize| atlas_core::text::numbers::format_number(v as f64, 0, lang);
                let place = r.map(|r| format!("{} {}/{}", t(lang, "nr.", "no."), count(r), count(n))).unwrap_or_default();
                let strip = dumbbell(col, d, usize::MAX, meta.polarity);
                let row = view! {
                    <tr data-indicator=meta.column.clone()>
                        <th scope="row">{meta.label(lang).to_owned()}{strip.map(dumbbell_view)}</th>
                        <td class="val">{format_value(col.get(d).copied().flatten(), dec, meta.unit(lang), lang)}<small>{place}</small></td>
                    </tr>
                };
                match groups.iter_mut().find(|(g, _)| *g == meta.group) {
                    Some((_, v)) => v.push(row),
                    None => groups.push((meta.group, vec![row])),
                }
            }
            groups.sort_by_key(|(g, _)| *g);
            (m.atlas.districts[d].name.clone(), groups)
        }))
    };
    view! {
        <section class="profile" data-testid="profile">
            {move || match rows() {
                None => view! { <p class="hint">{atlas_core::present::area_words::click_for_profile(s.noun(), s.lang.get())}</p> }.into_any(),
                Some((name, groups)) => {
                    let lang = s.lang.get();
                    view! {
                        <h2 data-testid="profile-name">{name}</h2>
                        <p class="hint">{match lang {
                            atlas_core::Lang::Da => format!("Placering blandt alle {}: prik = denne, streger = de andre, bedre til højre.", s.noun().many(lang)),
                            atlas_core::Lang::En => format!("Place among all {}: dot = this one, ticks = the others, better to the right.", s.noun().many(lang)),
                        }}</p>
                        <table class="compare-table profile-table">
                            {groups.into_iter().map(|(g, rows)| view! {
                                <tbody>
                                    <tr class="group-row"><th colspan="2" scope="rowgroup">{g.label(lang)}</th></tr>
                                    {rows}
                                </tbody>
                            }).collect_view()}
                        </table>
                    }.into_any()
                }
            }}
        </section>
    }
}
