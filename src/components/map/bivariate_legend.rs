use crate::state::ViewStoreFields;
use crate::state::{use_atlas, Mode};
use crate::text::t;
use atlas_core::classify::bivariate::PALETTE;
use leptos::prelude::*;

/// The 3×3 key of the bivariate map and the districts that are *dobbelt udsat*.
#[component]
pub fn BivariateLegend() -> impl IntoView {
    let s = use_atlas();
    move || {
        let b = s.bivariate.get()?;
        (s.view.mode().get() == Mode::Bivariate).then_some(())?;
        let lang = s.lang.get();
        let (xl, yl) = s.model.with(|m| {
            let l = |i: usize| {
                m.atlas
                    .indicators
                    .get(i)
                    .map(|x| x.label(lang).to_owned())
                    .unwrap_or_default()
            };
            (l(s.view.bx().get()), l(s.view.by().get()))
        });
        let names: Vec<String> = b.double_vulnerable.iter().map(|d| s.name(*d)).collect();
        let grid = (0..3)
            .rev()
            .map(|ry| {
                let cells = (0..3)
                    .map(|rx| {
                        let n = b.counts[ry][rx];
                        let dv = rx == 0 && ry == 0;
                        // numbers readable on every cell (WCAG contrast by luminance)
                        let ink = if atlas_core::classify::palette::luminance(PALETTE[ry][rx]) > 0.18 { "#1d1d1b" } else { "#ffffff" };
                        view! {
                            <span class="biv-cell" class:dv=dv style:background=PALETTE[ry][rx] style:color=ink
                                title=format!("{n}")>{n}</span>
                        }
                    })
                    .collect_view();
                view! { <div class="biv-row">{cells}</div> }
            })
            .collect_view();
        Some(view! {
            <div class="bivariate-legend" data-testid="bivariate-legend">
                <div class="biv-grid-wrap">
                    <span class="biv-y">{format!("↑ {yl}")}</span>
                    <div class="biv-grid">{grid}</div>
                </div>
                <span class="biv-x">{format!("{xl} →")}</span>
                <p class="legend-dir">{match lang {
                    atlas_core::Lang::Da => format!("Bedre mod højre og opad; tal = antal {}.", s.noun().many(lang)),
                    atlas_core::Lang::En => format!("Better to the right and upwards; numbers = {}.", s.noun().many(lang)),
                }}</p>
                <h3>{t(lang, "Dobbelt udsat", "Double vulnerable")} " (" {names.len()} ")"</h3>
                <p class="hint">{t(lang, "Lave ressourcer og lav samskabelseskapacitet (nederste venstre felt).", "Low resources and low co-creation capacity (bottom-left cell).")}</p>
                <ul data-testid="double-vulnerable">
                    {names.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}
                </ul>
            </div>
        })
    }
}
