use crate::state::{use_atlas, AtlasState, Slot};
use crate::text::t;
use atlas_core::format::{decimals_for, format_value};
use leptos::prelude::*;

/// Accessible name of district `i`: its name and current value with unit.
fn aria_label(s: &AtlasState, i: usize) -> String {
    let lang = s.lang.get();
    let ind = s.indicator.get();
    s.model.with_value(|m| {
        let Some(meta) = m.atlas.indicators.get(ind) else {
            return m.atlas.districts[i].name.clone();
        };
        let dec = decimals_for(meta, m.atlas.column(ind));
        format!(
            "{}: {}",
            m.atlas.districts[i].name,
            format_value(m.atlas.value(ind, i), dec, meta.unit(lang), lang)
        )
    })
}

/// The choropleth: one path per district, A/B outlines and name labels on top.
#[component]
pub fn MapView() -> impl IntoView {
    let s = use_atlas();
    let (width, height, paths, labels) = s.model.with_value(|m| {
        (
            m.geometry.width,
            m.geometry.height,
            m.geometry.paths.clone(),
            m.geometry.label_points.clone(),
        )
    });
    let districts = paths
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let id = s.model.with_value(|m| m.atlas.districts[i].id.clone());
            view! {
                <path
                    class="district"
                    data-district=id
                    d=d.clone()
                    fill=move || {
                        s.choropleth.with(|c| c.fills.get(i).cloned().flatten())
                            .unwrap_or_else(|| "url(#missing)".to_owned())
                    }
                    class=("hovered", move || s.hover.get() == Some(i))
                    aria-label=move || aria_label(&s, i)
                    on:mouseenter=move |_| s.hover.set(Some(i))
                    on:mouseleave=move |_| s.hover.set(None)
                    on:click=move |_| s.pick(i)
                ></path>
            }
        })
        .collect_view();
    let outline = move |slot: Slot| {
        let paths = paths.clone();
        move || {
            let sel = match slot {
                Slot::A => s.a.get(),
                Slot::B => s.b.get(),
            };
            sel.and_then(|i| paths.get(i).cloned())
        }
    };
    let names = labels
        .iter()
        .enumerate()
        .filter_map(|(i, p)| p.map(|p| (i, p)))
        .map(|(i, p)| {
            let name = s.name(i);
            view! {
                <text class="label" x=format!("{:.1}", p.x) y=format!("{:.1}", p.y)>{name}</text>
            }
        })
        .collect_view();
    let badge = move |slot: Slot| {
        let labels = labels.clone();
        move || {
            let sel = match slot {
                Slot::A => s.a.get(),
                Slot::B => s.b.get(),
            };
            sel.and_then(|i| labels.get(i).copied().flatten()).map(|p| {
                let letter = if slot == Slot::A { "A" } else { "B" };
                view! {
                    <g class=format!("badge badge-{}", letter.to_lowercase())
                        transform=format!("translate({:.1},{:.1})", p.x, p.y - 22.0)>
                        <circle r="11"></circle>
                        <text text-anchor="middle" dy="4">{letter}</text>
                    </g>
                }
            })
        }
    };
    let title = move || {
        let lang = s.lang.get();
        let i = s.indicator.get();
        let label = s
            .model
            .with_value(|m| m.atlas.indicators.get(i).map(|x| x.label(lang).to_owned()))
            .unwrap_or_default();
        format!(
            "{}: {label}",
            t(lang, "Kort over bydelene", "Map of the districts")
        )
    };
    view! {
        <svg
            data-testid="map"
            class="map"
            viewBox=format!("0 0 {width:.0} {height:.0}")
            preserveAspectRatio="xMidYMid meet"
            role="group"
            aria-label=title
            on:mousemove=move |ev| s.pointer.set((ev.client_x() as f64, ev.client_y() as f64))
        >
            <defs>
                <pattern id="missing" width="8" height="8" patternUnits="userSpaceOnUse"
                    patternTransform="rotate(45)">
                    <rect width="8" height="8" fill="#f2f2f2"></rect>
                    <line x1="0" y1="0" x2="0" y2="8" stroke="#8a8a8a" stroke-width="3"></line>
                </pattern>
            </defs>
            <g class="districts">{districts}</g>
            <g class="labels" aria-hidden="true">{names}</g>
            <path class="outline outline-a" d=outline(Slot::A) aria-hidden="true"></path>
            <path class="outline outline-b" d=outline(Slot::B) aria-hidden="true"></path>
            <g aria-hidden="true">{badge(Slot::A)} {badge(Slot::B)}</g>
        </svg>
    }
}
