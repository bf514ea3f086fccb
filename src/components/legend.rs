use crate::state::use_atlas;
use crate::text::t;
use atlas_core::format::{decimals_for, format_range, missing_text};
use atlas_core::indicator::Polarity;
use leptos::prelude::*;

/// Signaturforklaring: class ranges in the UI language's number format, counts, missing.
#[component]
pub fn Legend() -> impl IntoView {
    let s = use_atlas();
    let heading = move || {
        let lang = s.lang.get();
        let i = s.indicator.get();
        s.model.with_value(|m| {
            m.atlas.indicators.get(i).map(|meta| {
                let unit = meta.unit(lang);
                let mut extra: Vec<String> = Vec::new();
                if !unit.is_empty() && !meta.label(lang).contains(unit) {
                    extra.push(unit.to_owned());
                }
                if let Some(y) = s.shown_year(i).or(meta.year) {
                    extra.push(y.to_string());
                }
                let suffix = if extra.is_empty() {
                    String::new()
                } else {
                    format!(" ({})", extra.join(", "))
                };
                let dir = match meta.polarity {
                    Polarity::HigherIsBetter => t(
                        lang,
                        "Mørkest = lavest (dårligst)",
                        "Darkest = lowest (worst)",
                    ),
                    Polarity::HigherIsWorse => t(
                        lang,
                        "Mørkest = højest (dårligst)",
                        "Darkest = highest (worst)",
                    ),
                    Polarity::Neutral => t(lang, "Mørkest = højest", "Darkest = highest"),
                };
                (format!("{}{suffix}", meta.label(lang)), dir)
            })
        })
    };
    let rows = move || {
        let lang = s.lang.get();
        let i = s.indicator.get();
        let dec = s.model.with_value(|m| {
            m.atlas
                .indicators
                .get(i)
                .map(|meta| {
                    decimals_for(
                        meta,
                        m.atlas
                            .column_at(i, crate::state::year_index(&m.atlas, i, s.year.get())),
                    )
                })
                .unwrap_or(0)
        });
        s.choropleth.with(|c| {
            let mut rows: Vec<_> = c
                .legend
                .iter()
                .rev()
                .map(|l| {
                    let range = format_range(l.lower, l.upper, dec, lang);
                    let colour = l.colour.clone();
                    let count = l.count;
                    view! {
                        <li class="legend-class">
                            <span class="swatch" style:background=colour></span>
                            <span class="range">{range}</span>
                            <span class="count">"(" {count} ")"</span>
                        </li>
                    }
                    .into_any()
                })
                .collect();
            if c.missing > 0 {
                let n = c.missing;
                rows.push(
                    view! {
                        <li class="legend-class legend-missing">
                            <span class="swatch hatched"></span>
                            <span class="range">{missing_text(lang)}</span>
                            <span class="count">"(" {n} ")"</span>
                        </li>
                    }
                    .into_any(),
                );
            }
            rows
        })
    };
    view! {
        <section class="legend" data-testid="legend" aria-label=move || t(s.lang.get(), "Signaturforklaring", "Legend")>
            <h2>{move || t(s.lang.get(), "Signaturforklaring", "Legend")}</h2>
            {move || heading().map(|(h, dir)| view! {
                <p class="legend-title">{h}</p>
                <p class="legend-dir">{dir}</p>
            })}
            <ul>{rows}</ul>
            {move || {
                let lang = s.lang.get();
                if s.model.with_value(|m| m.atlas.indicators.is_empty()) {
                    view! {
                        <p class="legend-none" data-testid="legend-none">
                            <span class="swatch" style:background="#d9d9d4"></span>
                            {t(lang, "Ingen indikatordata for disse områder: kortet viser grænserne alene.", "No indicator data for these areas: the map shows the boundaries alone.")}
                        </p>
                    }.into_any()
                } else {
                    view! { <p class="legend-method">{t(lang, "Kvintiler (5 lige store grupper)", "Quintiles (5 equal-count groups)")}</p> }.into_any()
                }
            }}
        </section>
    }
}
