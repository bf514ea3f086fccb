//! The canvas map's painting: the areas as a few Path2D objects, one per colour (and
//! dimming), rebuilt when the detail level or the colours change. A pan or zoom first
//! moves the picture drawn (a CSS transform, no drawing), and redraws it crisp once
//! the gesture pauses.

use super::canvas_draw::{moved, Drawing, Source, REDRAW_AFTER_MS};
use super::fill;
use super::raster_draw::RasterLayout;
use crate::state::{AtlasState, ViewStoreFields};
use leptos::prelude::*;
use std::sync::Arc;

/// Keep `canvas_ref` painted with the atlas's areas and colours, at the box size
/// `box_size` (from a ResizeObserver) and the pan/zoom; `(width, height)` is the
/// map's own box. With a `raster` layout (a grid layer), the cells are drawn as one
/// image instead of paths.
pub fn use_canvas_paint(
    s: AtlasState,
    canvas_ref: NodeRef<leptos::html::Canvas>,
    box_size: RwSignal<(f64, f64)>,
    (width, height): (f64, f64),
    raster: Option<Arc<RasterLayout>>,
) {
    let n = s.len();
    let cache = StoredValue::new_local(None::<Drawing>);
    let pending = StoredValue::new(0u64);
    let redraw = crate::hooks::debounce::use_debouncer(REDRAW_AFTER_MS);
    // (a late timer after the map was taken down reads nothing and draws nothing)
    let paint = move || {
        let Some(canvas) = canvas_ref.try_get_untracked().flatten() else {
            return;
        };
        let (Some(view), Some(size)) = (s.zoom.try_get_untracked(), box_size.try_get_untracked())
        else {
            return;
        };
        let t0 = js_sys::Date::now();
        cache.try_update_value(|c| {
            if let Some(d) = c {
                d.draw(&canvas, view, size, (width, height), n);
            }
        });
        let _ = canvas.remove_attribute("style");
        let took = js_sys::Date::now() - t0;
        if took > 20.0 {
            crate::perf::mark(&format!("atlas:slow-canvas-draw-{took:.0}"));
        }
        crate::perf::mark("atlas:canvas-drawn");
    };
    Effect::new(move |_| {
        // nothing is drawn while the table or the grid hides the map: its colours are
        // built when it is shown again (this effect reruns then)
        if s.view.table().get() {
            return;
        }
        // (a grid's image needs no paths: they are not made)
        let source = match &raster {
            Some(layout) => Source::Raster(layout.clone()),
            None => Source::Paths(s.paths.get()),
        };
        // a new size draws again (the picture is sized to the box)
        box_size.track();
        let highlight = s.ui.highlight.get();
        let fills: Vec<String> = (0..n).map(|i| fill(&s, i)).collect();
        let dimmed: Vec<bool> = match highlight {
            Some(c) => s.choropleth.with(|ch| {
                (0..n)
                    .map(|i| ch.classes.get(i).copied().flatten() != Some(c))
                    .collect()
            }),
            None => vec![false; n],
        };
        let fresh = cache.with_value(|c| {
            c.as_ref()
                .is_some_and(|d| d.source.same(&source) && d.fills == fills && d.dimmed == dimmed)
        });
        if fresh {
            paint();
            return;
        }
        // The Path2D objects are built and drawn in a task of their own, after the
        // browser has laid out the map just mounted: tens of thousands of areas never
        // hold the page in one long task.
        // (the latest wish wins: a build superseded before it ran is skipped)
        let wish = pending.with_value(|p| p + 1);
        pending.set_value(wish);
        set_timeout(
            move || {
                if pending.try_get_value() != Some(wish) {
                    return;
                }
                let t0 = js_sys::Date::now();
                let built =
                    cache.try_update_value(|c| *c = Some(Drawing::new(source, fills, dimmed)));
                if built.is_none() {
                    return;
                }
                let took = js_sys::Date::now() - t0;
                if took > 20.0 {
                    crate::perf::mark(&format!("atlas:slow-canvas-build-{took:.0}"));
                }
                paint();
            },
            std::time::Duration::ZERO,
        );
    });
    Effect::new(move |first: Option<()>| {
        let view = s.zoom.get();
        if first.is_none() {
            return;
        }
        let Some(canvas) = canvas_ref.get_untracked() else {
            return;
        };
        let drawn = cache.with_value(|c| c.as_ref().and_then(|d| d.drawn.get()));
        if let Some((was, size)) = drawn {
            let css = moved(was, view, size, (width, height));
            let _ = canvas.set_attribute("style", &format!("transform-origin:0 0;transform:{css}"));
        }
        redraw.call(paint);
    });
}
