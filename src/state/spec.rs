//! The view as a [`ViewSpec`]: made when the view is saved or put in the link
//! (autosave, scenes, project files), and applied back by column and district id (the
//! core's [`View`] does both). A new model is shown the same way: the view as it
//! stands is written as a spec against the old model and resolved on the new one.

use super::{AtlasState, Mode};
use atlas_core::geometry::pan_zoom::ViewTransform;
use atlas_core::pipeline::Model;
use atlas_core::present::view::{lost, Lost, View};
use atlas_core::present::view_spec::ViewSpec;
use leptos::prelude::*;
use reactive_stores::Patch;
use std::sync::Arc;

impl AtlasState {
    /// The current view, every field filled in (tracks the view, zoom and model).
    pub fn spec(&self) -> ViewSpec {
        let zoom = self.zoom.get();
        self.view.with(|v| {
            self.model.with(|m| {
                let mut spec = v.to_spec(&m.atlas, zoom);
                // the categories this model was built with (links and scenes carry them)
                spec.categories = m.cubes.iter().flat_map(|c| c.wish()).collect();
                spec.grouped = m.grouped_by.clone();
                spec
            })
        })
    }

    /// [`spec`](Self::spec) without tracking (for event handlers and saves).
    pub fn spec_untracked(&self) -> ViewSpec {
        untrack(|| self.spec())
    }

    /// Show `spec`: each field that names something in this model is applied, the
    /// others fall back to the defaults (the panel and profile stay as they are).
    pub fn apply(&self, spec: &ViewSpec) {
        let next = self.view.with_untracked(|current| {
            self.model
                .with_untracked(|m| View::resolve(&m.atlas, spec, Some(current)))
        });
        let bivariate = next.mode == Mode::Bivariate;
        self.view.patch(next);
        self.set_zoom(spec);
        if !bivariate {
            self.ui.highlight.set(None);
        }
    }

    /// The map's pan/zoom as `spec` has it (fitted to the data when it has none).
    pub(super) fn set_zoom(&self, spec: &ViewSpec) {
        let (w, h) = self
            .model
            .with_untracked(|m| (m.geometry.width, m.geometry.height));
        self.zoom.set(
            spec.zoom
                .map(|z| ViewTransform::from(z).clamp(w, h))
                .unwrap_or(ViewTransform::IDENTITY),
        );
    }

    /// Draw `model` in place of the one shown, keeping everything mounted: `wanted`
    /// (a scene, a project, an example's opening view) when given, else the view as it
    /// stands, resolved on the new model by column and district id. What the view
    /// named and the new model lacks is returned, to be said.
    pub fn show_model(&self, model: Arc<Model>, wanted: Option<ViewSpec>) -> Vec<Lost> {
        let spec = wanted.clone().unwrap_or_else(|| self.spec_untracked());
        let lost = self.model.with_untracked(|old| {
            let name = |id: &str| {
                old.atlas
                    .district_by_id(id)
                    .map(|i| old.atlas.districts[i].name.clone())
            };
            lost(&model.atlas, &spec, name)
        });
        let same_shapes = self
            .model
            .with_untracked(|old| Arc::ptr_eq(&old.geometry, &model.geometry));
        let next = self
            .view
            .with_untracked(|current| View::resolve(&model.atlas, &spec, Some(current)));
        let bivariate = next.mode == Mode::Bivariate;
        self.model.set(model);
        self.view.patch(next);
        if wanted.is_some() || !same_shapes {
            // new boundaries open fitted, unless the wanted view says otherwise
            let fitted = ViewSpec::default();
            self.set_zoom(if wanted.is_some() { &spec } else { &fitted });
        }
        if !bivariate {
            self.ui.highlight.set(None);
        }
        // a hovered or focused area of other boundaries is not this map's
        if !same_shapes {
            self.ui.hover.set(None);
            self.ui.focus.set(None);
        }
        lost
    }
}
