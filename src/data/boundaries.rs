//! The boundaries half of [`DataState`]: reading a file, a URL or the saved text
//! again with other choices (in the loader worker), showing the result and saving it.

use super::{DataState, Progress};
use crate::loader::{fetch_text, prepare_boundaries};
use crate::storage::{self, BoundaryMeta};
use atlas_core::geometry::crs::Crs;
use atlas_core::import::boundaries::BoundaryOptions;
use atlas_core::present::story::Story;
use atlas_core::text::noun::Noun;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::sync::Arc;

impl DataState {
    /// Load boundaries from a URL (preset, URL field or `?boundaries=`).
    pub fn load_url(self, url: String) {
        let g = self.begin(self.say(format!("Henter {url} …"), format!("Fetching {url} …")));
        spawn_local(async move {
            match fetch_text(&url).await {
                Ok(text) if self.current(g) => {
                    let meta = BoundaryMeta {
                        source: url.clone(),
                        ..Default::default()
                    };
                    self.parse_and_show(g, meta, Arc::from(text), true, None)
                        .await;
                }
                Ok(_) => {}
                Err(e) => self.fail(g, &e),
            }
        });
    }

    /// Load boundaries from text the user gave (file picker or drop).
    pub fn load_text(self, meta: BoundaryMeta, text: Arc<str>, save: bool) {
        self.read(meta, text, save, None);
    }

    /// Apply another key property or coordinate system to the current boundaries.
    pub fn reapply(self, key_property: Option<String>, crs: Option<Crs>, noun: Option<Noun>) {
        let Some(current) = self.boundaries.get_untracked() else {
            return;
        };
        let meta = BoundaryMeta {
            source: current.source.clone(),
            key_property,
            crs: crs.map(|c| c.epsg()),
            noun,
        };
        let save = !current.is_demo;
        let text = current.text.clone();
        let g = self.begin(self.say(
            format!("Læser {} igen …", meta.source),
            format!("Reading {} again …", meta.source),
        ));
        spawn_local(async move {
            self.parse_and_show(g, meta, text, save, None).await;
        });
    }

    /// As [`load_text`](Self::load_text) for a picked file whose text is its UTF-8
    /// content: the file itself is what is saved (no copy of a 50 MB text on the page).
    pub fn load_file_text(self, meta: BoundaryMeta, text: Arc<str>, file: web_sys::Blob) {
        self.read(meta, text, true, Some(file));
    }

    fn read(self, meta: BoundaryMeta, text: Arc<str>, save: bool, file: Option<web_sys::Blob>) {
        let g = self.begin(self.say(
            format!("Læser {} …", meta.source),
            format!("Reading {} …", meta.source),
        ));
        spawn_local(async move {
            self.parse_and_show(g, meta, text, save, file).await;
        });
    }

    async fn parse_and_show(
        self,
        g: u64,
        meta: BoundaryMeta,
        text: Arc<str>,
        save: bool,
        file: Option<web_sys::Blob>,
    ) {
        let options = BoundaryOptions {
            key_property: meta.key_property.clone(),
            name_property: None,
            crs: meta.crs.and_then(Crs::from_epsg),
            noun: meta.noun,
        };
        let progress = self.progress;
        let label = self.say(
            format!("Læser {} …", meta.source),
            format!("Reading {} …", meta.source),
        );
        crate::perf::mark("atlas:parse-start");
        let result = prepare_boundaries(
            text.clone(),
            options,
            meta.source.clone(),
            false,
            move |f| {
                let wanted = g == self.generation.get_untracked();
                if wanted {
                    progress.set(Some(Progress {
                        label: label.clone(),
                        fraction: f,
                    }));
                }
                wanted
            },
        )
        .await;
        if !self.current(g) {
            return;
        }
        match result {
            Ok(set) => {
                if save && !self.scenes_edited.get_untracked() {
                    // the demo's story does not fit the user's own boundaries
                    self.story.set(Story::default());
                }
                self.saved.set(Some(!save));
                self.example.set(None);
                crate::perf::mark("atlas:geometry-done");
                // a grid table waiting for these cells comes with them
                let waiting = self
                    .pending_table
                    .try_update_value(|p| p.take_if(|t| t.source == set.source))
                    .flatten();
                self.boundaries.set(Some(Arc::new(set)));
                if let Some(table) = waiting {
                    self.table.set(Some(table));
                }
                self.progress.set(None);
                crate::perf::mark("atlas:model-shown");
                if save {
                    // Draw first, store after: handing the text to IndexedDB copies it
                    // into a JS string (15 ms for the 2 MB parishes) — not before the
                    // map is on screen.
                    gloo::timers::future::TimeoutFuture::new(100).await;
                    if !self.current(g) {
                        return;
                    }
                    let result = match &file {
                        Some(file) => storage::save_file(&meta, file).await,
                        None => storage::save(&meta, &text).await,
                    };
                    if result.is_ok() && self.current(g) {
                        // the link and the saved view stop naming the example now,
                        // not after the autosave's quiet time: «saved» means a
                        // reload shows these boundaries
                        self.write_link_now();
                        self.save_session().await;
                    }
                    crate::perf::mark("atlas:saved");
                    if self.current(g) {
                        self.saved.set(Some(result.is_ok()));
                    }
                    if let Err(e) = result {
                        self.report(format!("Grænserne kunne ikke gemmes i browseren ({e}); de er væk efter genindlæsning."), format!("The boundaries could not be saved in the browser ({e}); they will be gone after a reload."));
                    }
                }
            }
            Err(e) => self.fail(g, &e),
        }
    }
}
