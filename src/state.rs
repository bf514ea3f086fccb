//! The view state shared by every component, provided as one named context.

use crate::loader::Model;
use atlas_core::mapview::{choropleth, Choropleth};
use atlas_core::view::ViewTransform;
use atlas_core::Lang;
use leptos::prelude::*;
use std::sync::Arc;

/// Which slot the next click on the map fills.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slot {
    A,
    B,
}

/// Number of classes on the choropleth.
pub const CLASSES: usize = 5;

/// The atlas view's state: loaded data (immutable) and what the user is looking at.
#[derive(Clone, Copy)]
pub struct AtlasState {
    pub model: StoredValue<Arc<Model>>,
    pub indicator: RwSignal<usize>,
    pub a: RwSignal<Option<usize>>,
    pub b: RwSignal<Option<usize>>,
    pub next: RwSignal<Slot>,
    pub hover: RwSignal<Option<usize>>,
    /// Pointer position in client pixels, for the tooltip.
    pub pointer: RwSignal<(f64, f64)>,
    pub lang: RwSignal<Lang>,
    pub choropleth: Memo<Choropleth>,
    /// Pan and zoom of the map.
    pub view: RwSignal<ViewTransform>,
    /// Path strings at the current detail level (rebuilt only when it changes).
    pub paths: Memo<Arc<Vec<String>>>,
}

impl AtlasState {
    /// Fresh state over `model`: first indicator, A = Østerbro, B = Sydhavnen when present.
    pub fn new(model: Arc<Model>) -> Self {
        let atlas = &model.atlas;
        let a = atlas.district_by_name("Østerbro").or(Some(0));
        let b = atlas
            .district_by_name("Sydhavnen")
            .or_else(|| atlas.district_by_name("Kongens Enghave"))
            .or_else(|| (atlas.districts.len() > 1).then_some(1));
        let model = StoredValue::new(model);
        let indicator = RwSignal::new(0usize);
        let choropleth = Memo::new(move |_| {
            let i = indicator.get();
            model.with_value(|m| {
                let polarity = m
                    .atlas
                    .indicators
                    .get(i)
                    .map(|x| x.polarity)
                    .unwrap_or_default();
                choropleth(m.atlas.column(i), polarity, CLASSES)
            })
        });
        let view = RwSignal::new(ViewTransform::IDENTITY);
        let level = Memo::new(move |_| view.get().detail_level());
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
        AtlasState {
            model,
            view,
            paths,
            indicator,
            a: RwSignal::new(a),
            b: RwSignal::new(b),
            next: RwSignal::new(Slot::A),
            hover: RwSignal::new(None),
            pointer: RwSignal::new((0.0, 0.0)),
            lang: RwSignal::new(Lang::Da),
            choropleth,
        }
    }

    /// A click on district `i`: fills the next slot, then the other one.
    pub fn pick(&self, i: usize) {
        match self.next.get_untracked() {
            Slot::A => {
                self.a.set(Some(i));
                self.next.set(Slot::B);
            }
            Slot::B => {
                self.b.set(Some(i));
                self.next.set(Slot::A);
            }
        }
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
