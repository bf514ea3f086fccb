//! The view state shared by every component, provided as one named context.

use atlas_core::classify::bivariate::Bivariate;
use atlas_core::classify::choropleth::Choropleth;
use atlas_core::classify::methods::CannotClassify;
use atlas_core::geometry::pan_zoom::ViewTransform;
use atlas_core::pipeline::Model;
use atlas_core::present::view::View;
pub use atlas_core::present::view::ViewStoreFields;
use atlas_core::present::view_spec::ViewSpec;
use atlas_core::Lang;
use leptos::prelude::*;
use reactive_stores::{Patch, Store};
use std::sync::Arc;

mod derived;
mod lisa;
mod sides;
pub use lisa::LisaWork;
mod spec;

/// Which slot the next click on the map fills.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slot {
    A,
    B,
}

pub use atlas_core::classify::modes::Mode;
pub use atlas_core::present::view_spec::Panel;

/// What the pointer and keyboard are doing right now: never saved, never in a link.
#[derive(Clone, Copy)]
pub struct Transient {
    /// Which slot the next click on the map fills.
    pub next: RwSignal<Slot>,
    pub hover: RwSignal<Option<usize>>,
    /// Pointer position in client pixels, for the tooltip.
    pub pointer: RwSignal<(f64, f64)>,
    /// Legend class under the pointer: its districts are highlighted on the map.
    pub highlight: RwSignal<Option<usize>>,
    /// The district the keyboard is on (the one tabbable path of the map).
    pub focus: RwSignal<Option<usize>>,
    /// What the live region says (selection and comparison results).
    pub announce: RwSignal<String>,
}

/// The shapes drawn, compared by identity: a new table, edit or description keeps
/// the same geometry (an `Arc` shared by every model built on one boundary file).
#[derive(Clone)]
pub struct GeometryRef(pub Arc<atlas_core::geometry::shapes::MapGeometry>);

impl PartialEq for GeometryRef {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

/// The atlas's state, one for the page: the model drawn (replaced when the figures
/// change, never remounting anything), the view the user is looking at (one
/// [`View`] in a store: each field read on its own), pan/zoom, and what is derived
/// from them. The saved form of the view (`ViewSpec`) is made by [`AtlasState::spec`]
/// when it is saved or put in the link.
#[derive(Clone, Copy)]
pub struct AtlasState {
    /// The loaded data joined; change it with [`AtlasState::show_model`].
    pub model: RwSignal<Arc<Model>>,
    /// The model's shapes, notified only when the boundaries change.
    pub geometry: Memo<GeometryRef>,
    pub lang: RwSignal<Lang>,
    /// The whole view; read a field with `view.indicator().get()` (import
    /// [`ViewStoreFields`]), change it with [`AtlasState::edit`].
    pub view: Store<View>,
    /// Pan and zoom of the map (apart from the view: it changes on every frame).
    pub zoom: RwSignal<ViewTransform>,
    pub ui: Transient,
    // Derived.
    /// No indicator is loaded at all (the map is drawn plain, not hatched).
    pub no_figures: Memo<bool>,
    pub choropleth: Memo<Choropleth>,
    /// Why the chosen method cannot apply (the map then falls back to quantiles).
    pub class_error: Memo<Option<CannotClassify>>,
    /// The index per district (higher = better), and at equal weights for comparison.
    pub index: Memo<Vec<Option<f64>>>,
    pub index_equal: Memo<Vec<Option<f64>>>,
    /// The bivariate classification (when the mode is bivariate).
    pub bivariate: Memo<Option<Bivariate>>,
    /// The cluster map (in the LISA modes, once the worker has computed it).
    pub lisa: Memo<Option<Arc<atlas_core::classify::lisa::LisaMap>>>,
    /// How the cluster map's computation goes.
    pub lisa_work: LisaWork,
    /// Path strings at the current detail level (rebuilt only when it or the
    /// boundaries change).
    pub paths: Memo<Arc<Vec<String>>>,
    /// The detail level shapes are drawn at: the zoom, once it has settled.
    pub level: RwSignal<f64>,
}

impl AtlasState {
    /// State over `model` showing `spec` where it applies (same indicator column, same
    /// district ids), else the defaults (A = Østerbro, B = Sydhavnen when present).
    pub fn new(model: Arc<Model>, spec: &ViewSpec, lang: RwSignal<Lang>) -> Self {
        let view = Store::new(View::resolve(&model.atlas, spec, None));
        let model = RwSignal::new(model);
        let geometry = Memo::new(move |_| GeometryRef(model.with(|m| m.geometry.clone())));
        let (index, index_equal) = derived::index(model, view);
        let bivariate = derived::bivariate_classes(model, view);
        let (lisa, lisa_work) = lisa::lisa(model, geometry, view);
        let classified = derived::classified(model, view, index, bivariate, lisa);
        let choropleth = Memo::new(move |_| classified.with(|(c, _)| c.clone()));
        let no_figures = Memo::new(move |_| model.with(|m| m.atlas.indicators.is_empty()));
        let class_error = Memo::new(move |_| classified.with(|(_, e)| e.clone()));
        let zoom = RwSignal::new(ViewTransform::IDENTITY);
        let level = derived::settled_level(zoom);
        let paths = derived::paths(geometry, level);
        let state = AtlasState {
            model,
            geometry,
            lang,
            view,
            zoom,
            ui: Transient {
                next: RwSignal::new(Slot::A),
                hover: RwSignal::new(None),
                pointer: RwSignal::new((0.0, 0.0)),
                highlight: RwSignal::new(None),
                focus: RwSignal::new(None),
                announce: RwSignal::new(String::new()),
            },
            no_figures,
            choropleth,
            class_error,
            index,
            index_equal,
            bivariate,
            lisa,
            lisa_work,
            paths,
            level,
        };
        state.set_zoom(spec);
        // a restored zoom gets its detail at once, not after the settle delay
        level.set(zoom.get_untracked().detail_level());
        state
    }

    /// Change the view: only the fields that `f` changed are notified.
    pub fn edit(&self, f: impl FnOnce(&mut View)) {
        let mut next = self.view.get_untracked();
        f(&mut next);
        self.view.patch(next);
    }

    /// A click on district `i`: fills the next slot, then the other one.
    pub fn pick(&self, i: usize) {
        let slot = self.ui.next.get_untracked();
        self.edit(|v| {
            v.profile = Some(i);
            match slot {
                Slot::A => (v.a, v.a_group) = (Some(i), None),
                Slot::B => (v.b, v.b_group) = (Some(i), None),
            }
        });
        self.ui.next.set(match slot {
            Slot::A => Slot::B,
            Slot::B => Slot::A,
        });
    }

    /// Index of the shown year of `indicator` (tracks the year slider).
    pub fn year_index(&self, indicator: usize) -> usize {
        let y = self.view.year().get();
        self.model.with(|m| m.atlas.year_index(indicator, y))
    }

    /// What the map's areas are called («kommune», «sogn»; «område» when unknown).
    pub fn noun(&self) -> atlas_core::text::noun::Noun {
        self.model.with(|m| m.atlas.noun)
    }

    /// The shown year of `indicator`, if it has one.
    pub fn shown_year(&self, indicator: usize) -> Option<i32> {
        let yi = self.year_index(indicator);
        self.model
            .with(|m| m.atlas.years(indicator).get(yi).copied().flatten())
    }

    /// The years of the shown indicator that have values (tracks the indicator).
    pub fn indicator_years(&self) -> Vec<i32> {
        let i = self.view.indicator().get();
        self.model
            .with(|m| m.atlas.years(i).iter().flatten().copied().collect())
    }

    /// Decimals of the shown indicator's figures in the shown year (0 without one).
    pub fn shown_decimals(&self) -> usize {
        let ind = self.view.indicator().get();
        let yi = self.year_index(ind);
        self.model.with(|m| {
            m.atlas
                .indicators
                .get(ind)
                .map(|meta| {
                    atlas_core::model::indicator::decimals_for(meta, m.atlas.column_at(ind, yi))
                })
                .unwrap_or(0)
        })
    }

    /// Number of districts.
    pub fn len(&self) -> usize {
        self.model.with(|m| m.atlas.districts.len())
    }

    /// True when there are no districts.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Indicator `i`'s label in `lang` (empty when there is none; tracked).
    pub fn indicator_label(&self, i: usize, lang: Lang) -> String {
        self.model.with(|m| {
            m.atlas
                .indicators
                .get(i)
                .map(|x| x.label(lang).to_owned())
                .unwrap_or_default()
        })
    }

    /// Name of district `i`.
    pub fn name(&self, i: usize) -> String {
        self.model
            .with(|m| m.atlas.districts.get(i).map(|d| d.name.clone()))
            .unwrap_or_default()
    }
}

/// The atlas state from context (panics only if a component is used outside `AtlasView`).
pub fn use_atlas() -> AtlasState {
    expect_context::<AtlasState>()
}
