//! The names and the A/B markers on the map, sized in screen pixels for the medium:
//! 12 px at the desk, 17–28 px (a fiftieth of the window's height) when presenting, so
//! they read from the back of the room. Names that would overlap are dropped, the
//! smaller area's first (`present::labels::place`); the markers are never dropped.

use crate::data::use_data;
use crate::handout::fitting_names;
use crate::state::ViewStoreFields;
use crate::state::{use_atlas, Slot};
use leptos::prelude::*;

/// Screen size of the names at the desk, in CSS pixels.
const DESK_PX: f64 = 12.0;

/// Screen pixels per map unit of the map's SVG.
fn use_pixels_per_unit(svg: NodeRef<leptos::svg::Svg>, width: f64, height: f64) -> Memo<f64> {
    let size = crate::hooks::element_size::use_element_size(svg);
    Memo::new(move |_| {
        let (w, h) = size.get();
        (w / width.max(1.0)).min(h / height.max(1.0)).max(0.0)
    })
}

#[component]
pub fn MapLabels(svg: NodeRef<leptos::svg::Svg>, width: f64, height: f64) -> impl IntoView {
    let (s, data) = (use_atlas(), use_data());
    let k = use_pixels_per_unit(svg, width, height);
    // the names' size in map units
    let size = Memo::new(move |_| {
        let px = if data.presenting.get() {
            let h = web_sys::window()
                .and_then(|w| w.inner_height().ok())
                .and_then(|h| h.as_f64())
                .unwrap_or(900.0);
            (h / 50.0).clamp(17.0, 28.0)
        } else {
            DESK_PX
        };
        let k = k.get();
        if k > 0.0 {
            px / k
        } else {
            px
        }
    });
    let names = move || {
        let size = size.get();
        let z = s.zoom.get();
        s.view.a().track();
        s.view.b().track();
        // names and label points are the boundaries': new figures do not move them
        s.geometry.track();
        untrack(|| {
            fitting_names(&s, z, size)
                .into_iter()
                .map(|(i, x, y)| {
                    let (x, y) = z.apply(x, y);
                    view! {
                        <text class="label" x=format!("{x:.1}") y=format!("{y:.1}")
                            style=format!("font-size:{size:.2}px;stroke-width:{:.2}px", size / 4.5)>{s.name(i)}</text>
                    }
                })
                .collect::<Vec<_>>()
        })
    };
    let badge = move |slot: Slot| {
        move || {
            let sel = match slot {
                Slot::A => s.view.a().get(),
                Slot::B => s.view.b().get(),
            };
            let (size, v) = (size.get(), s.zoom.get());
            // the label points are the boundaries': an edit to a figure leaves the badge
            s.geometry.track();
            let p = s
                .model
                .with_untracked(|m| m.geometry.label_points.get(sel?).copied().flatten())?;
            let letter = if slot == Slot::A { "A" } else { "B" };
            let (x, y) = v.apply(p.x, p.y);
            Some(view! {
                <g class=format!("badge badge-{}", letter.to_lowercase())
                    transform=format!("translate({x:.1},{:.1})", y - 1.7 * size)>
                    <circle r=format!("{:.2}", 0.85 * size) style=format!("stroke-width:{:.2}px", size / 6.5)></circle>
                    <text text-anchor="middle" dy=format!("{:.2}", 0.33 * size)
                        style=format!("font-size:{size:.2}px")>{letter}</text>
                </g>
            })
        }
    };
    view! {
        <g class="labels" aria-hidden="true">{names}</g>
        <g aria-hidden="true">{badge(Slot::A)} {badge(Slot::B)}</g>
    }
}
