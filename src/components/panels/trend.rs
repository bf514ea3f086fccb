//! «Udvikling»: the shown indicator over the years for A, B and the city, the gap
//! between A and B below it, a sentence saying how the gap changed (in the unit and
//! as a ratio), a table alternative, and exports.

use crate::components::panels::trend_chart::TrendChart;
use crate::data::use_data;
use crate::state::use_atlas;
use crate::text::t;
use crate::view_model::trend::{format, labels, sentence, series};
use atlas_core::present::export::TREND_COLOURS;
use atlas_core::text::numbers::{format_number, format_signed, format_value};
use leptos::prelude::*;

#[component]
pub fn TrendPanel() -> impl IntoView {
    let s = use_atlas();
    let data = use_data();
    let lang = move || s.lang.get();
    let series = Memo::new(move |_| series(&s));
    // the year pointed at in any of the charts (index into the series' years)
    let pointed = RwSignal::new(None::<usize>);
    let note = move || crate::components::panels::compare::b_note(&s);
    view! {
        <section class="trend" data-testid="trend-panel" aria-labelledby="trend-h">
            <h2 id="trend-h">{move || t(lang(), "Udvikling", "Over time")}</h2>
            {move || note().map(|n| view! { <p class="note" data-testid="b-note">{n}</p> })}
            {move || match series.get() {
                None => view! {
                    <p class="empty" data-testid="trend-empty">{t(lang(),
                        "Indikatoren har kun ét år, eller A og B er ikke valgt. Vælg en indikator med flere år (fx i eksemplet «Københavns bydele i tal»).",
                        "The indicator has only one year, or A and B are not chosen. Pick an indicator with several years (e.g. in the example «Copenhagen's districts in figures»).")}</p>
                }.into_any(),
                Some(sr) => {
                    let lg = lang();
                    let said = sentence(&s, &sr, lg);
                    let names = labels(&s, &sr, lg);
                    let (dec, unit) = format(&s, lg);
                    let main = vec![
                        (names[0].clone(), TREND_COLOURS[0], sr.a.clone()),
                        (names[1].clone(), TREND_COLOURS[1], sr.b.clone()),
                        (names[2].clone(), TREND_COLOURS[2], sr.city.clone()),
                    ];
                    let gap = vec![(t(lg, "A − B", "A − B").to_owned(), atlas_core::present::colours::GAP, sr.gap())];
                    let ratio = vec![(t(lg, "A / B", "A / B").to_owned(), "#555555", sr.ratio())];
                    view! {
                        <p class="trend-sentence" data-testid="trend-sentence">{said}</p>
                        <ul class="trend-keys">
                            {main.iter().map(|(n, c, _)| view! { <li><span class="key-line" style:background=*c></span>{n.clone()}</li> }).collect_view()}
                        </ul>
                        <TrendChart testid="trend" years=sr.years.clone() lines=main dec unit=unit.clone() height=190.0 baseline=None pointed/>
                        <h3>{t(lg, "Forskel A − B og forhold A / B", "Gap A − B and ratio A / B")}</h3>
                        <TrendChart testid="trend-gap" years=sr.years.clone() lines=gap dec unit=unit.clone() height=100.0 baseline=Some(0.0) pointed/>
                        <TrendChart testid="trend-ratio" years=sr.years.clone() lines=ratio dec=2 unit=String::new() height=90.0 baseline=Some(1.0) pointed/>
                        <TrendTable series=sr.clone() names dec unit/>
                    }.into_any()
                }
            }}
            <crate::components::panels::moran_years::MoranByYear/>
            <div class="export-row">
                <span>{move || t(lang(), "Gem udviklingen:", "Save the chart:")}</span>
                <button type="button" data-testid="trend-svg" on:click=move |_| crate::export::export_trend(&s, data, "svg")>"SVG"</button>
                <button type="button" data-testid="trend-png" on:click=move |_| crate::export::export_trend(&s, data, "png")>"PNG"</button>
                <button type="button" data-testid="trend-csv" on:click=move |_| crate::export::export_trend(&s, data, "csv")>"CSV"</button>
            </div>
        </section>
    }
}

/// The charts' table alternative: every year with A, B, the city, the gap and ratio.
#[component]
fn TrendTable(
    series: atlas_core::model::trend::Series,
    names: [String; 3],
    dec: usize,
    unit: String,
) -> impl IntoView {
    let s = use_atlas();
    let lg = s.lang.get_untracked();
    let (gap, ratio) = (series.gap(), series.ratio());
    let rows = (0..series.years.len())
        .map(|i| {
            let v = |x: Option<f64>| format_value(x, dec, "", lg);
            view! {
                <tr>
                    <th scope="row">{series.years[i]}</th>
                    <td>{v(series.a[i])}</td>
                    <td>{v(series.b[i])}</td>
                    <td>{v(series.city[i])}</td>
                    <td>{gap[i].map(|g| format_signed(g, dec, lg)).unwrap_or_else(|| atlas_core::text::numbers::missing_text(lg).into())}</td>
                    <td>{ratio[i].map(|r| format_number(r, 2, lg)).unwrap_or_else(|| atlas_core::text::numbers::missing_text(lg).into())}</td>
                </tr>
            }
        })
        .collect_view();
    let unit_note = if unit.is_empty() {
        String::new()
    } else {
        format!(" ({unit})")
    };
    view! {
        <details class="trend-table">
            <summary>{t(lg, "Vis som tabel", "Show as a table")}</summary>
            <table data-testid="trend-table">
                <caption>{format!("{}{unit_note}", t(lg, "Tallene bag kurverne", "The figures behind the lines"))}</caption>
                <thead><tr>
                    <th scope="col">{t(lg, "År", "Year")}</th>
                    <th scope="col">{names[0].clone()}</th>
                    <th scope="col">{names[1].clone()}</th>
                    <th scope="col">{names[2].clone()}</th>
                    <th scope="col">"A − B"</th>
                    <th scope="col">"A / B"</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </details>
    }
}
