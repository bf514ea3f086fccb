//! The view as a [`ViewSpec`]: captured for links, scenes, autosave and project
//! files, and applied back by column and district id (the core's [`View`] does both).

use super::{AtlasState, Mode};
use atlas_core::geometry::pan_zoom::ViewTransform;
use atlas_core::present::view::View;
use atlas_core::present::view_spec::ViewSpec;
use leptos::prelude::*;

impl AtlasState {
    /// The current view, every field filled in.
    pub fn spec(&self) -> ViewSpec {
        let zoom = self.view.get();
        self.current.with(|v| {
            self.model.with_value(|m| {
                let mut spec = v.to_spec(&m.atlas, zoom);
                // the categories this model was built with (links and scenes carry them)
                spec.categories = m.cubes.iter().flat_map(|c| c.wish()).collect();
                spec
            })
        })
    }

    /// Show `spec`: each field that names something in this model is applied, the
    /// others fall back to the defaults (the panel and profile stay as they are).
    pub fn apply(&self, spec: &ViewSpec) {
        let next = self.current.with_untracked(|current| {
            self.model
                .with_value(|m| View::resolve(&m.atlas, spec, Some(current)))
        });
        let (w, h) = self
            .model
            .with_value(|m| (m.geometry.width, m.geometry.height));
        let bivariate = next.mode == Mode::Bivariate;
        self.current.set(next);
        self.view.set(
            spec.zoom
                .map(|z| ViewTransform::from(z).clamp(w, h))
                .unwrap_or(ViewTransform::IDENTITY),
        );
        if !bivariate {
            self.ui.highlight.set(None);
        }
    }
}
