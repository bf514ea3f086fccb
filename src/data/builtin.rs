//! The built-in examples half of [`DataState`]: showing one (its boundaries, table and
//! story), and a view (a scene, a link) that names another example loading it first.

use super::DataState;
use crate::loader::load_example_boundaries;
use crate::storage;
use atlas_core::present::examples::{self, Example};
use atlas_core::present::story::Story;
use atlas_core::present::view_spec::ViewSpec;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::sync::Arc;

impl DataState {
    /// Back to the embedded demo, forgetting what the user loaded.
    pub fn load_demo(self) {
        self.load_example(&examples::DEMO, None);
    }

    /// Show a built-in example (its boundaries, table and story), forgetting what the
    /// user loaded; `view` is applied once it is drawn (a scene or link naming it),
    /// else the example opens on its defaults.
    pub fn load_example(self, ex: &'static Example, view: Option<ViewSpec>) {
        self.notices.set(Vec::new());
        self.scenes_edited.set(false);
        self.story.set(Story::default());
        self.want_view(view.unwrap_or_else(|| ViewSpec {
            example: Some(ex.id.to_owned()),
            ..ViewSpec::default()
        }));
        spawn_local(async move {
            let _ = storage::clear_table().await;
            self.load_example_table_now(ex).await;
        });
        self.load_example_keep_notices(ex);
    }

    /// Show `view`; a view naming another built-in example loads that example first.
    pub fn show_view(self, s: crate::state::AtlasState, view: &ViewSpec) {
        let other = view
            .example
            .as_deref()
            .and_then(examples::example)
            .filter(|ex| self.example.get_untracked() != Some(*ex));
        match other {
            Some(ex) => {
                // keep the story being shown: load only the example's files
                self.want_view(view.clone());
                spawn_local(async move {
                    let _ = storage::clear_table().await;
                    self.load_example_table_now(ex).await;
                });
                self.load_example_boundaries_now(ex, false);
            }
            // other categories of a split measure: the model is rebuilt, and the
            // view restored on it
            None if self.categories.with_untracked(|c| *c != view.categories)
                || self.grouped.with_untracked(|g| *g != view.grouped) =>
            {
                self.want_view_here(view.clone())
            }
            None => s.apply(view),
        }
    }

    pub(super) fn load_example_keep_notices(self, ex: &'static Example) {
        self.load_example_boundaries_now(ex, true);
    }

    /// Show `ex`'s boundaries (and, with `story`, its ready-made story).
    fn load_example_boundaries_now(self, ex: &'static Example, story: bool) {
        let g = self.generation.get_untracked() + 1;
        self.generation.set(g);
        spawn_local(async move {
            let _ = storage::clear().await;
            match load_example_boundaries(ex).await {
                Ok(b) if self.current(g) => {
                    self.saved.set(None);
                    self.example.set(Some(ex));
                    self.boundaries.set(Some(Arc::new(b)));
                    if story {
                        self.load_example_story(ex).await;
                    }
                }
                Ok(_) => {}
                Err(e) => self.fail(g, &e),
            }
        });
    }
}
