//! The view state shared by every component, provided as one named context.

use atlas_core::classify::bivariate::{bivariate, Bivariate};
use atlas_core::classify::choropleth::Choropleth;
use atlas_core::classify::methods::{CannotClassify, Method};
use atlas_core::classify::modes::{colour_map, Colouring};
use atlas_core::classify::palette::Scheme;
use atlas_core::geometry::pan_zoom::ViewTransform;
use atlas_core::model::change::ChangeKind;
use atlas_core::model::composite::Normalisation;
use atlas_core::pipeline::Model;
use atlas_core::present::view::View;
use atlas_core::present::view_spec::ViewSpec;
use atlas_core::Lang;
use leptos::prelude::*;
use std::sync::Arc;

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

/// The atlas view's state: loaded data (immutable), the view the user is looking at
/// (one [`View`], resolved from and back to a `ViewSpec` in the core), pan/zoom, and
/// what is derived from them.
#[derive(Clone, Copy)]
pub struct AtlasState {
    pub model: StoredValue<Arc<Model>>,
    pub lang: RwSignal<Lang>,
    /// The whole view; change it with [`AtlasState::edit`].
    pub current: RwSignal<View>,
    /// Pan and zoom of the map (apart from `current`: it changes on every frame).
    pub view: RwSignal<ViewTransform>,
    pub ui: Transient,
    // Each field of the view, for components that read one.
    pub indicator: Memo<usize>,
    pub year: Memo<Option<i32>>,
    pub a: Memo<Option<usize>>,
    pub b: Memo<Option<usize>>,
    pub mode: Memo<Mode>,
    pub method: Memo<Method>,
    pub classes: Memo<usize>,
    pub manual: Memo<Vec<f64>>,
    pub scheme: Memo<Scheme>,
    pub reference: Memo<Option<usize>>,
    pub bx: Memo<usize>,
    pub by: Memo<usize>,
    pub weights: Memo<Vec<f64>>,
    pub norm: Memo<Normalisation>,
    pub panel: Memo<Panel>,
    pub profile: Memo<Option<usize>>,
    pub table: Memo<bool>,
    pub pooled: Memo<bool>,
    pub change_from: Memo<Option<i32>>,
    pub change_to: Memo<Option<i32>>,
    pub change_kind: Memo<ChangeKind>,
    // Derived.
    pub choropleth: Memo<Choropleth>,
    /// Why the chosen method cannot apply (the map then falls back to quantiles).
    pub class_error: Memo<Option<CannotClassify>>,
    /// The index per district (higher = better), and at equal weights for comparison.
    pub index: Memo<Vec<Option<f64>>>,
    pub index_equal: Memo<Vec<Option<f64>>>,
    /// The bivariate classification (when the mode is bivariate).
    pub bivariate: Memo<Option<Bivariate>>,
    /// Path strings at the current detail level (rebuilt only when it changes).
    pub paths: Memo<Arc<Vec<String>>>,
    /// The detail level shapes are drawn at: the zoom, once it has settled.
    pub level: RwSignal<f64>,
}

impl AtlasState {
    /// Fresh state over `model`: first indicator, A = Østerbro, B = Sydhavnen when present.
    pub fn new(model: Arc<Model>) -> Self {
        Self::with_prefs(model, &ViewSpec::default(), RwSignal::new(Lang::Da))
    }

    /// State over `model` restoring `prefs` where they still apply (same indicator
    /// column, same district ids), else the defaults.
    pub fn with_prefs(model: Arc<Model>, prefs: &ViewSpec, lang: RwSignal<Lang>) -> Self {
        let current = RwSignal::new(View::new(&model.atlas));
        let model = StoredValue::new(model);
        macro_rules! field {
            ($f:ident) => {
                Memo::new(move |_| current.with(|v| v.$f.clone()))
            };
        }
        let (indicator, year, mode) = (field!(indicator), field!(year), field!(mode));
        let (method, classes, manual, scheme) = (
            field!(method),
            field!(classes),
            field!(manual),
            field!(scheme),
        );
        let (bx, by, weights, norm) = (field!(bx), field!(by), field!(weights), field!(norm));
        let index_with = move |w: &[f64], yr: Option<i32>| {
            let how = norm.get();
            model.with_value(|m| m.atlas.composite_index(w, yr, how))
        };
        let index = Memo::new(move |_| {
            let yr = year.get();
            weights.with(|w| index_with(w, yr))
        });
        let index_equal = Memo::new(move |_| {
            let yr = year.get();
            let equal: Vec<f64> =
                weights.with(|w| w.iter().map(|x| if *x > 0.0 { 1.0 } else { 0.0 }).collect());
            index_with(&equal, yr)
        });
        let bivariate = Memo::new(move |_| {
            if mode.get() != Mode::Bivariate {
                return None;
            }
            let (x, y, yr) = (bx.get(), by.get(), year.get());
            model.with_value(|m| {
                let (mx, my) = (m.atlas.indicators.get(x)?, m.atlas.indicators.get(y)?);
                Some(bivariate(
                    m.atlas.column_in(x, yr),
                    mx.polarity,
                    m.atlas.column_in(y, yr),
                    my.polarity,
                ))
            })
        });
        let reference = field!(reference);
        let (pooled, change_from, change_to, change_kind) = (
            field!(pooled),
            field!(change_from),
            field!(change_to),
            field!(change_kind),
        );
        let classified = Memo::new(move |_| {
            let (indicator, year, reference) = (indicator.get(), year.get(), reference.get());
            let (pooled, change) = (
                pooled.get(),
                (change_from.get(), change_to.get(), change_kind.get()),
            );
            let (mode, method, classes, scheme) =
                (mode.get(), method.get(), classes.get(), scheme.get());
            // the index is computed only when it is shown
            let index = if mode == Mode::Index {
                index.get()
            } else {
                Vec::new()
            };
            let bivariate = bivariate.get();
            manual.with(|manual| {
                model.with_value(|m| {
                    colour_map(
                        &m.atlas,
                        &Colouring {
                            mode,
                            indicator,
                            year,
                            reference,
                            method,
                            classes,
                            manual,
                            scheme,
                            index: &index,
                            bivariate: bivariate.as_ref(),
                            pooled,
                            change,
                        },
                    )
                })
            })
        });
        let choropleth = Memo::new(move |_| classified.with(|(c, _)| c.clone()));
        let class_error = Memo::new(move |_| classified.with(|(_, e)| e.clone()));
        let view = RwSignal::new(ViewTransform::IDENTITY);
        // The detail level follows the zoom once it has settled (150 ms), so a wheel or
        // pinch gesture only moves a transform and paths are rebuilt once at its end.
        let level = RwSignal::new(1.0_f64);
        let settle = crate::hooks::debounce::use_debouncer(150);
        Effect::new(move |_| {
            let wanted = view.get().detail_level();
            if wanted == level.get_untracked() {
                settle.cancel();
                return;
            }
            settle.call(move || level.set(wanted));
        });
        let paths = Memo::new(move |_| {
            let level = level.get();
            model.with_value(|m| {
                if level <= 1.0 {
                    Arc::new(m.geometry.paths.clone())
                } else {
                    Arc::new(m.geometry.paths_at_zoom(level))
                }
            })
        });
        let state = AtlasState {
            model,
            lang,
            current,
            view,
            ui: Transient {
                next: RwSignal::new(Slot::A),
                hover: RwSignal::new(None),
                pointer: RwSignal::new((0.0, 0.0)),
                highlight: RwSignal::new(None),
                focus: RwSignal::new(None),
                announce: RwSignal::new(String::new()),
            },
            indicator,
            year,
            a: field!(a),
            b: field!(b),
            mode,
            method,
            classes,
            manual,
            scheme,
            reference,
            bx,
            by,
            weights,
            norm,
            panel: field!(panel),
            profile: field!(profile),
            table: field!(table),
            pooled,
            change_from,
            change_to,
            change_kind,
            choropleth,
            class_error,
            index,
            index_equal,
            bivariate,
            paths,
            level,
        };
        state.apply(prefs);
        // a restored zoom gets its detail at once, not after the settle delay
        level.set(view.get_untracked().detail_level());
        state
    }

    /// Change the view.
    pub fn edit(&self, f: impl FnOnce(&mut View)) {
        self.current.update(f);
    }

    /// A click on district `i`: fills the next slot, then the other one.
    pub fn pick(&self, i: usize) {
        let slot = self.ui.next.get_untracked();
        self.edit(|v| {
            v.profile = Some(i);
            match slot {
                Slot::A => v.a = Some(i),
                Slot::B => v.b = Some(i),
            }
        });
        self.ui.next.set(match slot {
            Slot::A => Slot::B,
            Slot::B => Slot::A,
        });
    }

    /// Index of the shown year of `indicator` (tracks the year slider).
    pub fn year_index(&self, indicator: usize) -> usize {
        let y = self.year.get();
        self.model.with_value(|m| m.atlas.year_index(indicator, y))
    }

    /// The shown year of `indicator`, if it has one.
    pub fn shown_year(&self, indicator: usize) -> Option<i32> {
        let yi = self.year_index(indicator);
        self.model
            .with_value(|m| m.atlas.years(indicator).get(yi).copied().flatten())
    }

    /// The years of the shown indicator that have values (tracks the indicator).
    pub fn indicator_years(&self) -> Vec<i32> {
        let i = self.indicator.get();
        self.model
            .with_value(|m| m.atlas.years(i).iter().flatten().copied().collect())
    }

    /// Decimals of the shown indicator's figures in the shown year (0 without one).
    pub fn shown_decimals(&self) -> usize {
        let ind = self.indicator.get();
        let yi = self.year_index(ind);
        self.model.with_value(|m| {
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
        self.model.with_value(|m| m.atlas.districts.len())
    }

    /// True when there are no districts.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Name of district `i`.
    pub fn name(&self, i: usize) -> String {
        self.model
            .with_value(|m| m.atlas.districts.get(i).map(|d| d.name.clone()))
            .unwrap_or_default()
    }
}

/// The atlas state from context (panics only if a component is used outside `AtlasView`).
pub fn use_atlas() -> AtlasState {
    expect_context::<AtlasState>()
}
