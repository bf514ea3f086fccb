//! The LISA modes' state. The permutations run in the loader worker, so a 43,000-cell
//! grid never holds the page: the figures the map depends on (memo), the job sent
//! when they, the neighbours' kind, the permutations or the seed change (effect),
//! its progress, and the answer. The first job of a map sends its shapes and gets
//! the neighbours back with the answer; later jobs send those. The legend's
//! threshold, FDR and map choice reclassify the answer on the page.

use super::{GeometryRef, Mode};
use atlas_core::classify::lisa::{LisaMap, LisaOptions};
use atlas_core::classify::lisa_columns::LisaColumns;
use atlas_core::geometry::weights::{Weights, WeightsKind};
use atlas_core::issue::LoadErrorKind;
use atlas_core::pipeline::Model;
use atlas_core::present::view::{View, ViewStoreFields};
use atlas_core::LoadError;
use leptos::prelude::*;
use reactive_stores::Store;
use std::sync::Arc;

/// Above this many areas the page never computes a cluster map itself (when the
/// worker cannot): the permutations would hold it for seconds.
const PAGE_FALLBACK_AREAS: usize = 5_000;

/// How the cluster map's computation goes.
#[derive(Clone, Copy)]
pub struct LisaWork {
    /// 0–1 while the worker computes; `None` when nothing is being computed.
    pub progress: RwSignal<Option<f64>>,
    /// Why there is no cluster map (the worker stopped on a large map).
    pub failed: RwSignal<Option<LoadError>>,
}

/// The neighbours the worker made, for the shapes and kind they were made for.
type Kept = Option<(GeometryRef, WeightsKind, Arc<Weights>)>;

/// The cluster map of the view (`None` outside the LISA modes and while computing),
/// and how its computation goes.
pub(super) fn lisa(
    model: RwSignal<Arc<Model>>,
    geometry: Memo<GeometryRef>,
    view: Store<View>,
) -> (Memo<Option<Arc<LisaMap>>>, LisaWork) {
    let work = LisaWork {
        progress: RwSignal::new(None),
        failed: RwSignal::new(None),
    };
    let computed: RwSignal<Option<Arc<LisaMap>>> = RwSignal::new(None);
    let kept: StoredValue<Kept> = StoredValue::new(None);
    let generation = StoredValue::new(0u64);
    let columns = Memo::new(move |_| columns(model, view));
    let permutations = Memo::new(move |_| view.lisa().with(|o| (o.permutations, o.seed)));
    Effect::new(move |_| {
        let cols = columns.get();
        let _ = permutations.get();
        let kind = view.neighbours().get();
        let g = geometry.get();
        generation.update_value(|n| *n += 1);
        let mine = generation.get_value();
        computed.set(None);
        work.failed.set(None);
        let Some(cols) = cols else {
            work.progress.set(None);
            return;
        };
        work.progress.set(Some(0.0));
        let options = view.lisa().get_untracked();
        let made = kept.with_value(|k| {
            k.as_ref()
                .filter(|(kg, kk, _)| *kg == g && *kk == kind)
                .map(|(_, _, w)| w.clone())
        });
        let bytes = cols.job_bytes(
            made.as_deref(),
            kind,
            &g.0.topology,
            &g.0.projection,
            options,
        );
        let current = move || generation.try_get_value() == Some(mine);
        leptos::task::spawn_local(async move {
            let answer = crate::loader::compute_lisa(&bytes, move |f| {
                current() && {
                    work.progress.set(Some(f));
                    true
                }
            })
            .await;
            if !current() {
                return;
            }
            work.progress.set(None);
            match answer {
                Ok(a) => {
                    if let Some(w) = a.weights {
                        kept.set_value(Some((g, kind, Arc::new(w))));
                    }
                    computed.set(Some(Arc::new(a.map)));
                }
                Err(e) if matches!(e.kind, LoadErrorKind::Superseded { .. }) => {}
                Err(e) if g.0.paths.len() <= PAGE_FALLBACK_AREAS => {
                    // a small map: the page computes it (the same numbers)
                    leptos::logging::warn!("cluster map on the page: {e}");
                    computed.set(Some(Arc::new(on_page(&cols, &g, kind, options))));
                }
                Err(e) => work.failed.set(Some(e)),
            }
        });
    });
    let shown = Memo::new(move |_| {
        let map = computed.get()?;
        let areas = geometry.with(|g| g.0.paths.len());
        if map.clusters.len() != areas {
            return None;
        }
        let o = view.lisa().get();
        Some(if map.options == o {
            map
        } else {
            Arc::new(map.with_options(o))
        })
    });
    (shown, work)
}

/// The figures of the LISA modes (`None` outside them).
fn columns(model: RwSignal<Arc<Model>>, view: Store<View>) -> Option<LisaColumns> {
    let mode = view.mode().get();
    if !mode.is_lisa() {
        return None;
    }
    let year = view.year().get();
    Some(if mode == Mode::LisaBivariate {
        let (x, y) = (view.bx().get(), view.by().get());
        model.with(|m| LisaColumns::bivariate(&m.atlas, x, y, year))
    } else {
        let x = view.indicator().get();
        model.with(|m| LisaColumns::univariate(&m.atlas, x, year))
    })
}

/// The cluster map computed on the page (a small map whose worker stopped).
fn on_page(
    cols: &LisaColumns,
    g: &GeometryRef,
    kind: WeightsKind,
    options: LisaOptions,
) -> LisaMap {
    atlas_core::classify::lisa::LisaRun::new(cols.input(Weights::of(&g.0, kind), options)).run()
}
