//! The atlas state's derived values, each a memo over the model and the view: the
//! index (and at equal weights), the bivariate classes, the colouring (via the core's
//! `classify::modes::colour_map`), the detail level once the zoom settles, and the
//! paths at that level.

use super::{GeometryRef, Mode};
use atlas_core::classify::bivariate::{bivariate, Bivariate};
use atlas_core::classify::choropleth::Choropleth;
use atlas_core::classify::lisa::LisaMap;
use atlas_core::classify::methods::CannotClassify;
use atlas_core::classify::modes::{colour_map, Colouring};
use atlas_core::geometry::pan_zoom::ViewTransform;
use atlas_core::pipeline::Model;
use atlas_core::present::view::{View, ViewStoreFields};
use leptos::prelude::*;
use reactive_stores::Store;
use std::sync::Arc;

type Index = Memo<Vec<Option<f64>>>;

/// The composite index per district with the view's weights, and with every weighted
/// indicator at weight 1 (for comparison).
pub(super) fn index(model: RwSignal<Arc<Model>>, view: Store<View>) -> (Index, Index) {
    let index_with = move |w: &[f64], yr: Option<i32>| {
        let how = view.norm().get();
        model.with(|m| m.atlas.composite_index(w, yr, how))
    };
    let index = Memo::new(move |_| {
        let yr = view.year().get();
        view.weights().with(|w| index_with(w, yr))
    });
    let index_equal = Memo::new(move |_| {
        let yr = view.year().get();
        let equal: Vec<f64> = view
            .weights()
            .with(|w| w.iter().map(|x| if *x > 0.0 { 1.0 } else { 0.0 }).collect());
        index_with(&equal, yr)
    });
    (index, index_equal)
}

/// The 3 × 3 classes of the bivariate map (only while it is shown).
pub(super) fn bivariate_classes(
    model: RwSignal<Arc<Model>>,
    view: Store<View>,
) -> Memo<Option<Bivariate>> {
    Memo::new(move |_| {
        if view.mode().get() != Mode::Bivariate {
            return None;
        }
        let (x, y, yr) = (view.bx().get(), view.by().get(), view.year().get());
        model.with(|m| {
            let (mx, my) = (m.atlas.indicators.get(x)?, m.atlas.indicators.get(y)?);
            Some(bivariate(
                m.atlas.column_in(x, yr),
                mx.polarity,
                m.atlas.column_in(y, yr),
                my.polarity,
            ))
        })
    })
}

/// The map's colours and legend for the view, and why the chosen method could not
/// apply (then quantiles).
pub(super) fn classified(
    model: RwSignal<Arc<Model>>,
    view: Store<View>,
    index: Index,
    bivariate: Memo<Option<Bivariate>>,
    lisa: Memo<Option<Arc<LisaMap>>>,
) -> Memo<(Choropleth, Option<CannotClassify>)> {
    Memo::new(move |_| {
        let mode = view.mode().get();
        // the index is computed only when it is shown
        let index = if mode == Mode::Index {
            index.get()
        } else {
            Vec::new()
        };
        let bivariate = bivariate.get();
        let lisa = lisa.get();
        let change = (
            view.change_from().get(),
            view.change_to().get(),
            view.change_kind().get(),
        );
        view.manual().with(|manual| {
            model.with(|m| {
                let reference_group: Vec<usize> = view
                    .reference_group()
                    .with(|g| g.as_ref().map(|g| g.indices(&m.atlas)))
                    .unwrap_or_default();
                colour_map(
                    &m.atlas,
                    &Colouring {
                        mode,
                        indicator: view.indicator().get(),
                        year: view.year().get(),
                        reference: view.reference().get(),
                        reference_group: &reference_group,
                        method: view.method().get(),
                        classes: view.classes().get(),
                        manual,
                        scheme: view.scheme().get(),
                        index: &index,
                        bivariate: bivariate.as_ref(),
                        lisa: lisa.as_deref(),
                        pooled: view.pooled().get(),
                        change,
                    },
                )
            })
        })
    })
}

/// The detail level follows the zoom once it has settled (150 ms), so a wheel or
/// pinch gesture only moves a transform and paths are rebuilt once at its end.
pub(super) fn settled_level(zoom: RwSignal<ViewTransform>) -> RwSignal<f64> {
    let level = RwSignal::new(1.0_f64);
    let settle = crate::hooks::debounce::use_debouncer(150);
    Effect::new(move |_| {
        let wanted = zoom.get().detail_level();
        if wanted == level.get_untracked() {
            settle.cancel();
            return;
        }
        settle.call(move || level.set(wanted));
    });
    level
}

/// Path strings at the detail level (rebuilt only when it or the boundaries change).
pub(super) fn paths(geometry: Memo<GeometryRef>, level: RwSignal<f64>) -> Memo<Arc<Vec<String>>> {
    Memo::new(move |_| {
        let level = level.get();
        geometry.with(|g| {
            if level <= 1.0 {
                Arc::new(g.0.paths.clone())
            } else {
                Arc::new(g.0.paths_at_zoom(level))
            }
        })
    })
}
