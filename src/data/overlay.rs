//! Outlines over a grid (issue 27 §3–4): the districts a grid can be summed into —
//! Denmark's municipalities, Copenhagen's bydele or kvarterer — drawn as borders over
//! the grid's raster, so a planner sees where people live inside the areas they work
//! with. The borders are the example's own shapes (its answer made ahead), moved into
//! the grid map's units by `atlas_core::geometry::overlay`.

use super::DataState;
use atlas_core::geometry::shapes::MapGeometry;
use atlas_core::present::examples::Example;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::sync::Arc;

/// Another layer's borders, kept to draw over a grid.
#[derive(Clone)]
pub struct Overlay {
    /// The example whose borders these are (its id and credit).
    pub example: &'static Example,
    pub geometry: Arc<MapGeometry>,
    /// Areas outlined.
    pub areas: usize,
}

impl PartialEq for Overlay {
    fn eq(&self, other: &Self) -> bool {
        self.example.id == other.example.id && Arc::ptr_eq(&self.geometry, &other.geometry)
    }
}

impl DataState {
    /// Draw `ex`'s borders over the grid (`None`: none). A later choice wins over an
    /// earlier one still loading; a failure is said and leaves the grid as it is.
    pub fn show_outlines(self, ex: Option<&'static Example>) {
        let wanted = self.outline_wish;
        wanted.set_value(ex.map(|e| e.id));
        let Some(ex) = ex else {
            self.overlay.set(None);
            return;
        };
        if self
            .overlay
            .with_untracked(|o| o.as_ref().map(|o| o.example.id))
            == Some(ex.id)
        {
            return;
        }
        spawn_local(async move {
            let read = crate::loader::load_example_boundaries(ex).await;
            if wanted.get_value() != Some(ex.id) {
                return; // another choice came meanwhile
            }
            match read {
                Ok(set) => self.overlay.set(Some(Overlay {
                    example: ex,
                    areas: set.loaded.value.districts.len(),
                    geometry: set.geometry,
                })),
                Err(e) => self
                    .notices
                    .update(|n| n.push(super::Notice::from_error(&e))),
            }
        });
    }
}
