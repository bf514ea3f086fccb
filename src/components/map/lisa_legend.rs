//! The LISA modes' legend: the clusters (or significance levels) with their counts,
//! Moran's I, the neighbours and what was left out, the choices (neighbours,
//! permutations, threshold, FDR, cluster or significance map), the Moran scatter
//! plot and, for the bivariate LISA, the areas where low resources meet low capacity.

use crate::state::{use_atlas, ViewStoreFields};
use crate::text::t;
use atlas_core::geometry::weights::WeightsKind;
use atlas_core::model::indicator::Polarity;
use atlas_core::present::lisa_words::{legend_rows, moran_sentence, weights_sentence};
use leptos::prelude::*;

/// The legend and controls of the LISA modes.
#[component]
pub fn LisaLegend() -> impl IntoView {
    let s = use_atlas();
    let lang = move || s.lang.get();
    let rows = move || {
        s.lisa.with(|l| {
            l.as_ref().map(|l| {
                legend_rows(l, lang())
                    .into_iter()
                    .map(|(colour, label, n)| {
                        let hatch = colour.is_none();
                        view! {
                            <li class="lisa-row">
                                <span class="swatch" class:hatched=hatch style:background=colour.unwrap_or("transparent")></span>
                                {label} " " <span class="count">{format!("({n})")}</span>
                            </li>
                        }
                    })
                    .collect_view()
            })
        })
    };
    let moran = move || {
        s.lisa.with(|l| {
            let l = l.as_ref()?;
            let g = l.global.as_ref()?;
            let text = moran_sentence(l, lang())?;
            Some(view! {
                <p class="moran-i" data-testid="moran-i" data-i=g.i.to_string() data-p=g.p.to_string()>{text}</p>
            })
        })
    };
    let summary = move || {
        s.lisa.with(|l| {
            l.as_ref()
                .map(|l| view! { <p class="lisa-weights" data-testid="weights-summary">{weights_sentence(l, |d| s.name(d), s.noun(), lang())}</p> })
        })
    };
    // the bivariate LISA says what is set against what
    let axes = move || {
        s.lisa
            .with(|l| l.as_ref().is_some_and(|l| l.bivariate))
            .then(|| {
                let lang = lang();
                let label = |i: usize| s.indicator_label(i, lang);
                let (x, y) = (label(s.view.bx().get()), label(s.view.by().get()));
                let text = match lang {
                    atlas_core::Lang::Da => format!(
                        "Områdets {} mod naboernes {}.",
                        x.to_lowercase(),
                        y.to_lowercase()
                    ),
                    atlas_core::Lang::En => format!(
                        "The area's {} against its neighbours' {}.",
                        x.to_lowercase(),
                        y.to_lowercase()
                    ),
                };
                view! { <p class="lisa-axes" data-testid="lisa-axes">{text}</p> }
            })
    };
    view! {
        <div class="lisa-legend" data-testid="lisa-legend">
            <LisaProgress/>
            {axes}
            {moran}
            <ul class="lisa-rows">{rows}</ul>
            {summary}
            <LisaControls/>
            <crate::components::map::moran_scatter::MoranScatter/>
            <DoubleList/>
        </div>
    }
}

/// While the loader worker computes the cluster map: how far it is (the map shows
/// the figures meanwhile); or why there is none.
#[component]
fn LisaProgress() -> impl IntoView {
    let s = use_atlas();
    let work = s.lisa_work;
    let fraction = move || work.progress.get().unwrap_or(0.0);
    // the words in steps of ten per cent, so a screen reader is not told every 50 ms
    // (and the bar alone changes in between)
    let step = Memo::new(move |_| (work.progress.get().unwrap_or(0.0) * 10.0).floor() as u32 * 10);
    let words = move || match s.lang.get() {
        atlas_core::Lang::Da => format!(
            "Beregner klyngekortet … {} %. Kortet viser tallene imens.",
            step.get()
        ),
        atlas_core::Lang::En => format!(
            "Computing the cluster map … {}%. The map shows the figures meanwhile.",
            step.get()
        ),
    };
    view! {
        {move || work.failed.get().map(|e| view! {
            <p class="lisa-failed" role="alert" data-testid="lisa-failed">{e.sentence(s.lang.get())}</p>
        })}
        <Show when=move || work.progress.with(Option::is_some)>
            <div class="lisa-progress" role="status" data-testid="lisa-progress" data-progress=move || fraction().to_string()>
                <progress max="1" prop:value=fraction></progress>
                <span>{words}</span>
            </div>
        </Show>
    }
}

/// Neighbours, permutations, threshold, FDR and the map shown.
#[component]
fn LisaControls() -> impl IntoView {
    let s = use_atlas();
    let lang = move || s.lang.get();
    let kind = move || s.view.neighbours().get();
    let k = move || match kind() {
        WeightsKind::Knn(k) => k,
        _ => 6,
    };
    let options = move || s.view.lisa().get();
    view! {
        <div class="lisa-controls">
            <label class="row">
                <span>{move || t(lang(), "Naboer", "Neighbours")}</span>
                <select data-testid="weights" on:change=move |ev| {
                    let chosen = event_target_value(&ev);
                    let k = k();
                    s.edit(|v| if let Some(w) = WeightsKind::from_id(&chosen, k) { v.neighbours = w });
                }>
                    <option value="queen" selected=move || kind() == WeightsKind::Queen>{move || t(lang(), "Dronning (fælles punkt)", "Queen (a shared point)")}</option>
                    <option value="rook" selected=move || kind() == WeightsKind::Rook>{move || t(lang(), "Tårn (fælles kant)", "Rook (a shared edge)")}</option>
                    <option value="knn" selected=move || matches!(kind(), WeightsKind::Knn(_))>{move || t(lang(), "k nærmeste", "k nearest")}</option>
                </select>
            </label>
            <Show when=move || matches!(kind(), WeightsKind::Knn(_))>
                <label class="row">
                    <span>"k"</span>
                    <input type="number" min="1" max="30" data-testid="knn-k" prop:value=move || k().to_string()
                        on:change=move |ev| {
                            if let Ok(k) = event_target_value(&ev).parse::<usize>() {
                                s.edit(|v| v.neighbours = WeightsKind::Knn(k.clamp(1, 30)));
                            }
                        }/>
                </label>
            </Show>
            <label class="row">
                <span>{move || t(lang(), "Permutationer", "Permutations")}</span>
                <select data-testid="permutations" on:change=move |ev| {
                    if let Ok(p) = event_target_value(&ev).parse::<usize>() {
                        s.edit(|v| v.lisa.permutations = p);
                    }
                }>
                    {[99usize, 999, 9999].map(|p| view! { <option value=p.to_string() selected=move || options().permutations == p>{p.to_string()}</option> })}
                </select>
            </label>
            <label class="row">
                <span>{move || t(lang(), "Signifikans", "Significance")}</span>
                <select data-testid="alpha" on:change=move |ev| {
                    if let Ok(a) = event_target_value(&ev).parse::<f64>() {
                        s.edit(|v| v.lisa.alpha = a);
                    }
                }>
                    {[0.05f64, 0.01, 0.001].map(|a| view! { <option value=a.to_string() selected=move || options().alpha == a>{format!("p ≤ {}", a.to_string().replace('.', ","))}</option> })}
                </select>
            </label>
            <label class="row check">
                <input type="checkbox" data-testid="fdr" prop:checked=move || options().fdr
                    on:change=move |ev| { let on = event_target_checked(&ev); s.edit(|v| v.lisa.fdr = on) }/>
                <span>{move || t(lang(), "Ret for mange test (FDR)", "Correct for many tests (FDR)")}</span>
            </label>
            <label class="row">
                <span>{move || t(lang(), "Kort", "Map")}</span>
                <select data-testid="lisa-map" on:change=move |ev| {
                    let sig = event_target_value(&ev) == "signifikans";
                    s.edit(|v| v.lisa.significance = sig);
                }>
                    <option value="klynger" selected=move || !options().significance>{move || t(lang(), "Klynger", "Clusters")}</option>
                    <option value="signifikans" selected=move || options().significance>{move || t(lang(), "Signifikans", "Significance")}</option>
                </select>
            </label>
        </div>
    }
}

/// For the bivariate LISA: the areas significantly worse on the resource among
/// neighbours worse on co-creation — the spatial «dobbelt udsat».
#[component]
fn DoubleList() -> impl IntoView {
    let s = use_atlas();
    let lang = move || s.lang.get();
    let areas = move || {
        s.lisa.with(|l| {
            let l = l.as_ref().filter(|l| l.bivariate)?;
            let (x, y) = (s.view.bx().get(), s.view.by().get());
            let worse = |i: usize| {
                s.model.with(|m| {
                    m.atlas
                        .indicators
                        .get(i)
                        .is_some_and(|x| x.polarity == Polarity::HigherIsWorse)
                })
            };
            let mut names: Vec<(usize, String)> = l
                .double_vulnerable(worse(x), worse(y))
                .into_iter()
                .map(|d| (d, s.name(d)))
                .collect();
            atlas_core::text::collate::sort_danish(&mut names, |(_, n)| n);
            Some(names)
        })
    };
    move || {
        let names = areas()?;
        let lang = lang();
        Some(view! {
            <div class="lisa-double" data-testid="lisa-double">
                <h3>{t(lang, "Dobbelt udsatte klynger", "Double-vulnerable clusters")}</h3>
                <p class="hint">{t(lang,
                    "Områder med få ressourcer, hvis naboer har lav samskabelseskapacitet (signifikant):",
                    "Areas with few resources whose neighbours have low co-creation capacity (significant):")}</p>
                {if names.is_empty() {
                    view! { <p data-testid="lisa-double-none">{t(lang, "Ingen ved denne tærskel.", "None at this threshold.")}</p> }.into_any()
                } else {
                    view! {
                        <ul>{names.into_iter().map(|(d, n)| view! {
                            <li><button type="button" class="link" on:click=move |_| s.pick(d)>{n}</button></li>
                        }).collect_view()}</ul>
                    }.into_any()
                }}
            </div>
        })
    }
}
