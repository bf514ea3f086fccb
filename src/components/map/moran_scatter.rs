//! The Moran scatter plot: each area's standardised value against its neighbours'
//! (the spatial lag), the line's slope Moran's I. Linked both ways with the map: a
//! point hovered lights its area, an area hovered lights its point, a click picks.

use crate::state::use_atlas;
use crate::text::t;
use atlas_core::classify::lisa::Cluster;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

const W: f64 = 240.0;
const H: f64 = 200.0;
const PAD: f64 = 22.0;
/// Above this many points (as the map's canvas threshold) the dots are drawn as one
/// path per cluster colour, with only the hovered area's dot apart: tens of thousands
/// of elements, each listening to the pointer, would hold the page.
const DENSE: usize = crate::components::map::CANVAS_THRESHOLD;

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
    // only the dot entering and the one leaving hover are told
    let hovered = leptos::reactive::computed::Selector::new(move || s.ui.hover.get());
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
                    {(points.len() > DENSE).then(|| dense(&points, e, x, y))}
                    {(points.len() <= DENSE).then(|| points.into_iter().map(|(d, z, lag, c)| {
                        let id = ids.get(d).cloned().unwrap_or_default();
                        let hovered = hovered.clone();
                        view! {
                            <circle data-district=id cx=x(z, e) cy=y(lag, e) r=move || if hovered.selected(&Some(d)) { 5.5 } else { 3.0 }
                                fill=c.colour().unwrap_or("#ffffff") stroke="#333" stroke-width="0.6"
                                on:mouseenter=move |_| s.ui.hover.set(Some(d))
                                on:mouseleave=move |_| s.ui.hover.set(None)
                                on:click=move |_| s.pick(d)>
                                <title>{s.name(d)}</title>
                            </circle>
                        }
                    }).collect_view())}
                    <text x=W / 2.0 y=H - 4.0 text-anchor="middle" class="axis-label">{t(lang, "standardiseret værdi", "standardised value")}</text>
                    <text x=10.0 y=H / 2.0 text-anchor="middle" class="axis-label" transform=format!("rotate(-90 10 {})", H / 2.0)>{t(lang, "naboernes gennemsnit", "neighbours' mean")}</text>
                </svg>
                <figcaption>{label}</figcaption>
            </figure>
        })
    }
}

/// The dots of a large map: one path of small squares per cluster colour, and the
/// hovered area's dot on top.
fn dense(
    points: &[(usize, f64, f64, Cluster)],
    e: f64,
    x: impl Fn(f64, f64) -> f64,
    y: impl Fn(f64, f64) -> f64,
) -> impl IntoView {
    use std::fmt::Write;
    let s = use_atlas();
    let mut paths: Vec<(&'static str, String)> = Vec::new();
    let mut at = vec![None; points.iter().map(|p| p.0 + 1).max().unwrap_or(0)];
    for &(d, z, lag, c) in points {
        let colour = c.colour().unwrap_or("#ffffff");
        let k = match paths.iter().position(|(c, _)| *c == colour) {
            Some(k) => k,
            None => {
                paths.push((colour, String::new()));
                paths.len() - 1
            }
        };
        let (px, py) = (x(z, e), y(lag, e));
        let _ = write!(paths[k].1, "M{:.1} {:.1}h1.6v1.6h-1.6z", px - 0.8, py - 0.8);
        at[d] = Some((px, py, colour));
    }
    let at = std::sync::Arc::new(at);
    let spot = {
        let at = at.clone();
        move || {
            let d = s.ui.hover.get()?;
            let (px, py, colour) = at.get(d).copied().flatten()?;
            Some(
                view! { <circle class="hovered-dot" cx=px cy=py r=5.5 fill=colour stroke="#333" stroke-width="0.6"/> },
            )
        }
    };
    // the dot nearest the pointer (within 4 units), found by its position: linked to
    // the map like the small plot's dots
    let nearest = move |ev: &web_sys::MouseEvent| -> Option<usize> {
        let el = ev.current_target()?.dyn_into::<web_sys::Element>().ok()?;
        let r = el.get_bounding_client_rect();
        if r.width() <= 0.0 || r.height() <= 0.0 {
            return None;
        }
        let px = (f64::from(ev.client_x()) - r.left()) / r.width() * W;
        let py = (f64::from(ev.client_y()) - r.top()) / r.height() * H;
        at.iter()
            .enumerate()
            .filter_map(|(d, p)| p.map(|(x, y, _)| (d, (x - px).powi(2) + (y - py).powi(2))))
            .filter(|(_, d2)| *d2 <= 16.0)
            .min_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(d, _)| d)
    };
    let near_click = nearest.clone();
    view! {
        <g class="dense-dots" data-points=points.len().to_string()>
            {paths.into_iter().map(|(colour, d)| view! { <path d=d fill=colour/> }).collect_view()}
            {spot}
            <rect x="0" y="0" width=W height=H fill="transparent"
                on:mousemove=move |ev| {
                    let d = nearest(&ev);
                    if s.ui.hover.get_untracked() != d {
                        s.ui.hover.set(d);
                    }
                }
                on:mouseleave=move |_| s.ui.hover.set(None)
                on:click=move |ev| {
                    if let Some(d) = near_click(&ev) {
                        s.pick(d);
                    }
                }/>
        </g>
    }
}
