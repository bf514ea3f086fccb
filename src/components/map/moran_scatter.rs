//! The Moran scatter plot: each area's standardised value against its neighbours'
//! (the spatial lag), the line's slope Moran's I. Linked both ways with the map: a
//! point hovered lights its area, an area hovered lights its point, a click picks.

use crate::state::use_atlas;
use crate::text::t;
use atlas_core::classify::lisa::Cluster;
use leptos::prelude::*;

const W: f64 = 240.0;
const H: f64 = 200.0;
const PAD: f64 = 22.0;

/// The plot (in the LISA modes, once the map has values).
#[component]
pub fn MoranScatter() -> impl IntoView {
    let s = use_atlas();
    let lang = move || s.lang.get();
    let plot = Memo::new(move |_| {
        s.lisa.with(|l| {
            let l = l.as_ref()?;
            let points: Vec<(usize, f64, f64, Cluster)> = l
                .local
                .locals
                .iter()
                .enumerate()
                .filter_map(|(d, x)| x.map(|x| (d, x.z, x.lag, l.clusters[d])))
                .collect();
            if points.is_empty() {
                return None;
            }
            let extent = points
                .iter()
                .map(|(_, z, lag, _)| z.abs().max(lag.abs()))
                .fold(1.0f64, f64::max)
                * 1.05;
            let (szl, szz) = points.iter().fold((0.0, 0.0), |(a, b), (_, z, lag, _)| {
                (a + z * lag, b + z * z)
            });
            let slope = if szz > 0.0 { szl / szz } else { 0.0 };
            Some((points, extent, slope))
        })
    });
    let x = move |v: f64, e: f64| PAD + (v + e) / (2.0 * e) * (W - 2.0 * PAD);
    let y = move |v: f64, e: f64| H - PAD - (v + e) / (2.0 * e) * (H - 2.0 * PAD);
    move || {
        let (points, e, slope) = plot.get()?;
        let lang = lang();
        let ids: Vec<String> = s
            .model
            .with_untracked(|m| m.atlas.districts.iter().map(|d| d.id.clone()).collect());
        let label = match lang {
            atlas_core::Lang::Da => format!(
                "Moran-punktdiagram: hvert område mod naboernes gennemsnit; hældning {}",
                atlas_core::text::numbers::format_number(slope, 3, lang)
            ),
            atlas_core::Lang::En => format!(
                "Moran scatter plot: each area against its neighbours' mean; slope {}",
                atlas_core::text::numbers::format_number(slope, 3, lang)
            ),
        };
        let line = (x(-e, e), y(-e * slope, e), x(e, e), y(e * slope, e));
        Some(view! {
            <figure class="moran-scatter">
                <svg data-testid="moran-scatter" data-slope=slope.to_string() viewBox=format!("0 0 {W} {H}") role="img" aria-label=label.clone()>
                    <line class="axis" x1=x(0.0, e) y1=PAD x2=x(0.0, e) y2=H - PAD/>
                    <line class="axis" x1=PAD y1=y(0.0, e) x2=W - PAD y2=y(0.0, e)/>
                    <line class="slope" x1=line.0 y1=line.1 x2=line.2 y2=line.3/>
                    {points.into_iter().map(|(d, z, lag, c)| {
                        let id = ids.get(d).cloned().unwrap_or_default();
                        view! {
                            <circle data-district=id cx=x(z, e) cy=y(lag, e) r=move || if s.ui.hover.get() == Some(d) { 5.5 } else { 3.0 }
                                fill=c.colour().unwrap_or("#ffffff") stroke="#333" stroke-width="0.6"
                                on:mouseenter=move |_| s.ui.hover.set(Some(d))
                                on:mouseleave=move |_| s.ui.hover.set(None)
                                on:click=move |_| s.pick(d)>
                                <title>{s.name(d)}</title>
                            </circle>
                        }
                    }).collect_view()}
                    <text x=W / 2.0 y=H - 4.0 text-anchor="middle" class="axis-label">{t(lang, "standardiseret værdi", "standardised value")}</text>
                    <text x=10.0 y=H / 2.0 text-anchor="middle" class="axis-label" transform=format!("rotate(-90 10 {})", H / 2.0)>{t(lang, "naboernes gennemsnit", "neighbours' mean")}</text>
                </svg>
                <figcaption>{label}</figcaption>
            </figure>
        })
    }
}
