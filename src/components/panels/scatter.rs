use crate::components::controls::indicator_select::IndicatorSelect;
use crate::state::use_atlas;
use crate::state::ViewStoreFields;
use crate::text::t;
use atlas_core::model::gap::scatter;
use atlas_core::model::indicator::decimals_for;
use atlas_core::text::numbers::format_number;
use leptos::prelude::*;

/// Scatter plot of two indicators, linked to the map: hovering a dot highlights the
/// district and hovering a district highlights its dot; clicking picks A/B.
#[component]
pub fn Scatter() -> impl IntoView {
    let s = use_atlas();
    let (w, h, pad) = (300.0, 220.0, 30.0);
    let plot = move || {
        let lang = s.lang.get();
        let (xi, yi, year) = (s.view.bx().get(), s.view.by().get(), s.view.year().get());
        s.model.with(|m| {
            let xc = m.atlas.column_in(xi, year);
            let yc = m.atlas.column_in(yi, year);
            let (pts, rx, ry) = scatter(xc, yc);
            let label_of = |i: usize| m.atlas.indicators.get(i).map(|x| x.label(lang).to_owned()).unwrap_or_default();
            let summary = match atlas_core::model::gap::pearson(xc, yc) {
                Some((r, k)) => format!(
                    "{}: {} {} {}, {k} {}, {} r = {}",
                    t(lang, "Punktdiagram", "Scatter plot"),
                    label_of(xi),
                    t(lang, "mod", "against"),
                    label_of(yi),
                    s.noun().many(lang),
                    t(lang, "korrelation", "correlation"),
                    format_number(r, 2, lang)
                ),
                None => format!(
                    "{}: {} {} {}",
                    t(lang, "Punktdiagram", "Scatter plot"),
                    label_of(xi),
                    t(lang, "mod", "against"),
                    label_of(yi)
                ),
            };
            let (dx, dy) = (
                m.atlas.indicators.get(xi).map(|x| decimals_for(x, xc)).unwrap_or(0),
                m.atlas.indicators.get(yi).map(|x| decimals_for(x, yc)).unwrap_or(0),
            );
            let dots = pts
                .into_iter()
                .enumerate()
                .filter_map(|(i, p)| p.map(|p| (i, p)))
                .map(|(i, (px, py))| {
                    let id = m.atlas.districts[i].id.clone();
                    let name = m.atlas.districts[i].name.clone();
                    view! {
                        <circle class="dot" data-district=id cx=format!("{:.1}", pad + px * (w - 2.0 * pad))
                            cy=format!("{:.1}", h - pad - py * (h - 2.0 * pad)) r="5"
                            class:hovered=move || s.ui.hover.get() == Some(i)
                            class:sel-a=move || s.view.a().get() == Some(i)
                            class:sel-b=move || s.view.b().get() == Some(i)
                            on:mouseenter=move |_| s.ui.hover.set(Some(i))
                            on:mouseleave=move |_| s.ui.hover.set(None)
                            on:click=move |_| s.pick(i)>
                            <title>{name}</title>
                        </circle>
                    }
                })
                .collect_view();
            let n = |v: f64, d: usize| if v.is_finite() { format_number(v, d, lang) } else { String::new() };
            view! {
                <svg class="scatter" data-testid="scatter" viewBox=format!("0 0 {w} {h}") role="img"
                    aria-label=summary.clone()>
                    <line class="axis" x1=pad y1=h - pad x2=w - pad y2=h - pad></line>
                    <line class="axis" x1=pad y1=pad x2=pad y2=h - pad></line>
                    <text class="tick" x=pad y=h - 8.0>{n(rx.0, dx)}</text>
                    <text class="tick" x=w - pad y=h - 8.0 text-anchor="end">{n(rx.1, dx)}</text>
                    <text class="tick" x="2" y=h - pad>{n(ry.0, dy)}</text>
                    <text class="tick" x="2" y=pad + 4.0>{n(ry.1, dy)}</text>
                    {dots}
                </svg>
                <p class="hint" data-testid="scatter-summary">{summary}</p>
            }
        })
    };
    view! {
        <section class="scatter-panel">
            <label class="row"><span>{move || t(s.lang.get(), "Vandret", "Across")}</span><IndicatorSelect testid="scatter-x" value=Signal::derive(move || s.view.bx().get()) pick=Callback::new(move |i| s.edit(|v| v.bx = i))/></label>
            <label class="row"><span>{move || t(s.lang.get(), "Lodret", "Up")}</span><IndicatorSelect testid="scatter-y" value=Signal::derive(move || s.view.by().get()) pick=Callback::new(move |i| s.edit(|v| v.by = i))/></label>
            {plot}
            <p class="hint">{move || t(s.lang.get(), "Peg på en prik for at se området på kortet; klik vælger A/B.", "Point at a dot to see the area on the map; a click picks A/B.")}</p>
        </section>
    }
}
