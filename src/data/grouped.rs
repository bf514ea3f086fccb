//! «Vis som grupper»: the map dissolved into the groups of a property and back, the
//! view carried across by the core (a kvarter chosen as A becomes its bydel, and
//! Østerbro becomes the group of its kvarterer again).

use super::DataState;
use atlas_core::pipeline::{spec_as_groups, spec_as_parts};
use leptos::prelude::*;

impl DataState {
    /// Show the map dissolved by the grouping `property`, or as loaded (`None`).
    pub fn show_groups(self, property: Option<String>) {
        let Some(base) = self.base_model.get_untracked() else {
            return;
        };
        let spec = self.view_spec();
        let now = self
            .model
            .with_untracked(|m| m.as_ref().and_then(|m| m.0.grouped_by.clone()));
        if now == property {
            return;
        }
        let parts = match &now {
            Some(old) => spec_as_parts(&spec, &base.0, old),
            None => spec,
        };
        let next = match &property {
            Some(p) => spec_as_groups(&parts, &base.0, p),
            None => parts,
        };
        self.want_view_here(next);
    }
}
