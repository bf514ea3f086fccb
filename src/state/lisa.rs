//! The LISA modes' memos: the spatial weights (rebuilt only when the shapes or the
//! kind of neighbours change) and the cluster map over them (when the figures, the
//! year, the axes or the options change). Nothing is computed outside the LISA modes.

use super::{GeometryRef, Mode};
use atlas_core::classify::lisa::LisaMap;
use atlas_core::geometry::weights::Weights;
use atlas_core::pipeline::Model;
use atlas_core::present::view::{View, ViewStoreFields};
use leptos::prelude::*;
use reactive_stores::Store;
use std::sync::Arc;

/// The LISA of the view, `None` outside the LISA modes.
pub(super) fn lisa(
    model: RwSignal<Arc<Model>>,
    geometry: Memo<GeometryRef>,
    view: Store<View>,
) -> Memo<Option<Arc<LisaMap>>> {
    let weights = Memo::new(move |_| {
        if !view.mode().get().is_lisa() {
            return None;
        }
        let kind = view.neighbours().get();
        Some(Arc::new(geometry.with(|g| Weights::of(&g.0, kind))))
    });
    Memo::new(move |_| {
        let mode = view.mode().get();
        let w = weights.get()?;
        let options = view.lisa().get();
        let yr = view.year().get();
        let bivariate = mode == Mode::LisaBivariate;
        let x = if bivariate {
            view.bx().get()
        } else {
            view.indicator().get()
        };
        let y = view.by().get();
        model.with(|m| {
            let xs = m.atlas.column_in(x, yr);
            let ys = bivariate.then(|| m.atlas.column_in(y, yr));
            (w.neighbours.len() == xs.len()).then(|| Arc::new(LisaMap::new(&w, xs, ys, options)))
        })
    })
}
