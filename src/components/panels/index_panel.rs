use crate::state::ViewStoreFields;
use crate::state::{use_atlas, Mode};
use crate::text::t;
use atlas_core::model::composite::{index_ranks, Normalisation};
use atlas_core::text::numbers::format_number;
use leptos::prelude::*;

/// Samlet indeks: choose indicators and weights, the normalisation, and read the
/// ranking live — with how each area's rank moved from equal weights.
#[component]
pub fn IndexPanel() -> impl IntoView {
    let s = use_atlas();
    let indicators: Vec<(usize, String, atlas_core::model::indicator::IndicatorMeta)> =
        s.model.with(|m| {
            m.atlas
                .indicators
                .iter()
                .enumerate()
                .map(|(i, x)| (i, x.column.clone(), x.clone()))
                .collect()
        });
    let sliders = indicators
        .into_iter()
        .map(|(i, col, label)| {
            let value = move || s.view.weights().with(|w| w.get(i).copied().unwrap_or(0.0));
            view! {
                <label class="weight-row">
                    <span class="weight-label">{move || label.label(s.lang.get()).to_owned()}</span>
                    <input type="range" min="0" max="5" step="1" data-testid="weight" data-indicator=col
                        prop:value=move || format!("{}", value())
                        on:input=move |ev| {
                            if let Ok(w) = event_target_value(&ev).parse::<f64>() {
                                s.edit(|v| {
                                    if let Some(x) = v.weights.get_mut(i) {
                                        *x = w;
                                    }
                                });
                            }
                        }/>
                    <output>{move || format!("{}", value())}</output>
                </label>
            }
        })
        .collect_view();
    let ranking = move || {
        let lang = s.lang.get();
        let index = s.index.get();
        let equal = s.index_equal.get();
        let (r, r0) = (index_ranks(&index), index_ranks(&equal));
        let mut rows: Vec<(usize, usize)> = r
            .iter()
            .enumerate()
            .filter_map(|(d, x)| x.map(|x| (x, d)))
            .collect();
        rows.sort();
        let missing = index.iter().filter(|x| x.is_none()).count();
        let body = rows
            .into_iter()
            .map(|(rank, d)| {
                let moved = r0[d].map(|old| old as i64 - rank as i64).unwrap_or(0);
                let arrow = match moved {
                    0 => "=".to_owned(),
                    m if m > 0 => format!("▲{m}"),
                    m => format!("▼{}", -m),
                };
                let score = index[d]
                    .map(|v| format_number(v, 2, lang))
                    .unwrap_or_default();
                let cls = match moved {
                    0 => "moved",
                    m if m > 0 => "moved up",
                    _ => "moved down",
                };
                view! {
                    <tr data-district=s.model.with(|m| m.atlas.districts[d].id.clone())>
                        <td class="rank">{rank}</td>
                        <th scope="row">{s.name(d)}</th>
                        <td>{score}</td>
                        <td class=cls>{arrow}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <table class="compare-table ranking" data-testid="ranking">
                <thead><tr>
                    <th scope="col">{t(lang, "Nr.", "No.")}</th>
                    <th scope="col">{s.noun().title(lang)}</th>
                    <th scope="col">{t(lang, "Indeks", "Index")}</th>
                    <th scope="col" title=t(lang, "Ændring i placering mod lige vægte", "Change of rank against equal weights")>{t(lang, "Flyt", "Move")}</th>
                </tr></thead>
                <tbody>{body}</tbody>
            </table>
            {(s.view.weights().with(|w| w.iter().all(|x| *x <= 0.0))).then(|| view! {
                <p class="hint" data-testid="index-empty">{t(lang, "Giv mindst én indikator med en retning en vægt over 0.", "Give at least one indicator with a direction a weight above 0.")}</p>
            })}
            {(missing > 0).then(|| view! {
                <p class="hint">{
                    let some = atlas_core::present::area_words::count_of(missing, s.noun(), lang);
                    match lang {
                        atlas_core::Lang::Da => format!("{some} mangler en af de valgte indikatorer og har intet indeks."),
                        atlas_core::Lang::En => format!("{some} lack one of the chosen indicators and have no index."),
                    }
                }</p>
            })}
        }
    };
    view! {
        <section class="index-panel" data-testid="index-panel">
            <h2>{move || t(s.lang.get(), "Samlet indeks", "Composite index")}</h2>
            <p class="hint">{move || t(s.lang.get(), "Vægt 0 = med ikke. Retningen følger hver indikator; højere indeks er bedre.", "Weight 0 = left out. Each indicator's direction is respected; a higher index is better.")}</p>
            <label class="row">
                <span>{move || t(s.lang.get(), "Skala", "Scale")}</span>
                <select data-testid="normalisation" on:change=move |ev| {
                    s.edit(|v| v.norm = if event_target_value(&ev) == "minmax" { Normalisation::MinMax } else { Normalisation::ZScore });
                }>
                    <option value="z">{move || t(s.lang.get(), "z-score (standardiseret)", "z-score (standardised)")}</option>
                    <option value="minmax">{move || t(s.lang.get(), "min–maks (0–1)", "min–max (0–1)")}</option>
                </select>
            </label>
            <button type="button" data-testid="show-index" on:click=move |_| s.edit(|v| v.mode = Mode::Index)>
                {move || t(s.lang.get(), "Vis indekset på kortet", "Show the index on the map")}
            </button>
            <div class="weights">{sliders}</div>
            {ranking}
        </section>
    }
}
