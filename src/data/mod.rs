//! The data the app holds (boundaries, table) and the actions that load it. Provided
//! as one named context, `DataState`; the model the map draws is a memo over it.

use crate::storage;
use crate::text::Said;
use atlas_core::model::edits::EditLog;
use atlas_core::pipeline::{build_model_with, BoundarySet, Model, TableSet};

mod boundaries;
mod builtin;
mod edits;
mod project;
mod story;
mod tables;
use atlas_core::present::examples::{self, Example};
use atlas_core::present::story::Story;
use atlas_core::present::view_spec::ViewSpec;
use atlas_core::{Lang, LoadError};
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::sync::Arc;

/// A loading in progress: what, and how far (0–1).
#[derive(Clone, Debug, PartialEq)]
pub struct Progress {
    pub label: String,
    pub fraction: f64,
}

/// A sentence for the messages panel that is not tied to the loaded model (a file
/// that could not be used, storage problems).
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    pub error: bool,
    pub text: Said,
}

impl Notice {
    pub fn from_error(e: &LoadError) -> Self {
        Notice {
            error: true,
            text: Said::Error(e.clone()),
        }
    }

    /// The sentence in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        self.text.in_lang(lang)
    }

    /// The kind of problem (`data-kind` on screen), when the core named it.
    pub fn kind(&self) -> Option<&'static str> {
        match &self.text {
            Said::Error(e) => Some(e.kind.code()),
            Said::Issue(i) => Some(i.kind.code()),
            Said::Both { .. } => None,
        }
    }
}

/// Shared model handle compared by identity (a new load is always a new model).
#[derive(Clone, Debug)]
pub struct ModelRef(pub Arc<Model>);

impl PartialEq for ModelRef {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

/// The «Beregn» form's fields: open, kind, columns A and B, a typed name, direction.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DeriveDraft {
    pub open: bool,
    pub kind: String,
    pub a: String,
    pub b: String,
    pub name: Option<String>,
    pub polarity: String,
}

/// The app's data and loading state.
#[derive(Clone, Copy)]
pub struct DataState {
    pub boundaries: RwSignal<Option<Arc<BoundarySet>>>,
    pub table: RwSignal<Option<Arc<TableSet>>>,
    pub progress: RwSignal<Option<Progress>>,
    pub notices: RwSignal<Vec<Notice>>,
    /// The user's boundaries in browser storage: `None` for the demo (nothing to
    /// keep), `Some(false)` while saving, `Some(true)` once saved.
    pub saved: RwSignal<Option<bool>>,
    /// The view: restored when the model is rebuilt, written to the URL and autosaved.
    pub prefs: RwSignal<ViewSpec>,
    /// The presentation's scenes and the current one.
    pub story: RwSignal<Story>,
    /// True once the user changed the scenes (the demo story is then kept out).
    pub scenes_edited: RwSignal<bool>,
    /// Presentation mode is on.
    pub presenting: RwSignal<bool>,
    /// The interface language (remembered, and in the link as `lang=en`).
    pub lang: RwSignal<Lang>,
    /// The autosaved session has been read (nothing is saved before, so a slow
    /// start never overwrites it).
    pub restored: RwSignal<bool>,
    /// The "Indlæs data" menu is open (kept across reloads of the model).
    pub menu_open: RwSignal<bool>,
    /// The «Beregn» form as the user left it (kept across rebuilds of the model,
    /// which each computed indicator causes).
    pub derive_draft: RwSignal<DeriveDraft>,
    /// The table is the editable grid, and its active cell (row, column) — kept across
    /// the rebuild each edit causes.
    pub grid_on: RwSignal<bool>,
    pub grid_cursor: RwSignal<Option<(usize, usize)>>,
    /// The description editor is open (kept across the rebuild each description
    /// causes; opened for a column just added).
    pub meta_open: RwSignal<bool>,
    /// The built-in example shown (`None` = the user's own boundaries).
    pub example: RwSignal<Option<&'static Example>>,
    /// Figures pasted or typed by hand over the table, with undo and redo.
    pub edits: RwSignal<EditLog>,
    /// The dimension picker last used: focused again after the rebuild its choice
    /// causes.
    pub focus_dimension: RwSignal<Option<String>>,
    /// Bumped on every load attempt, so a slow old load cannot overwrite a newer one.
    generation: RwSignal<u64>,
    /// The same for tables (read a slice at a time).
    table_generation: RwSignal<u64>,
    pub model: Memo<Option<Result<ModelRef, LoadError>>>,
}

impl DataState {
    pub fn new() -> Self {
        let boundaries = RwSignal::new(None::<Arc<BoundarySet>>);
        let table = RwSignal::new(None::<Arc<TableSet>>);
        let edits = RwSignal::new(EditLog::default());
        let prefs = RwSignal::new(ViewSpec::default());
        // the chosen categories of split measures: a new choice rebuilds the model,
        // other view changes do not
        let categories = Memo::new(move |_| prefs.with(|p| p.categories.clone()));
        let model = Memo::new(move |_| {
            let b = boundaries.get()?;
            let t = table.get();
            let model =
                edits.with(|e| categories.with(|c| build_model_with(&b, t.as_deref(), e, c)));
            Some(Ok(ModelRef(Arc::new(model))))
        });
        DataState {
            boundaries,
            table,
            progress: RwSignal::new(None),
            notices: RwSignal::new(Vec::new()),
            menu_open: RwSignal::new(false),
            derive_draft: RwSignal::new(DeriveDraft::default()),
            grid_on: RwSignal::new(false),
            grid_cursor: RwSignal::new(None),
            meta_open: RwSignal::new(false),
            example: RwSignal::new(None),
            edits,
            prefs,
            focus_dimension: RwSignal::new(None),
            table_generation: RwSignal::new(0),
            story: RwSignal::new(Story::default()),
            scenes_edited: RwSignal::new(false),
            presenting: RwSignal::new(false),
            lang: RwSignal::new(Lang::Da),
            restored: RwSignal::new(false),
            saved: RwSignal::new(None),
            generation: RwSignal::new(0),
            model,
        }
    }

    /// `da` or `en` in the interface language.
    /// `da` or `en` in the language shown now (for progress labels).
    pub fn say(&self, da: String, en: String) -> String {
        crate::text::t(self.lang.get_untracked(), da, en)
    }

    fn begin(&self, label: String) -> u64 {
        let g = self.generation.get_untracked() + 1;
        self.generation.set(g);
        self.notices.set(Vec::new());
        self.progress.set(Some(Progress {
            label,
            fraction: 0.0,
        }));
        g
    }

    /// Show an error sentence (in both languages) in the messages panel.
    pub fn report(self, da: impl Into<String>, en: impl Into<String>) {
        self.notices.update(|n| {
            n.push(Notice {
                error: true,
                text: Said::both(da, en),
            })
        });
    }

    fn current(&self, g: u64) -> bool {
        self.generation.get_untracked() == g
    }

    fn fail(&self, g: u64, e: &LoadError) {
        if self.current(g) {
            self.progress.set(None);
            self.notices.update(|n| n.push(Notice::from_error(e)));
        }
    }

    /// Start-up: the autosaved scenes and view (a link's view wins), then the table
    /// and boundaries saved from last time, else `?boundaries=`, else the demo.
    pub fn start(self, query: Vec<(String, String)>) {
        // the loader worker is not needed for the first map (the examples ship their
        // answers ready): fetched and compiled once the page has started
        gloo::timers::callback::Timeout::new(2_000, crate::loader::worker::warm_up).forget();
        spawn_local(async move {
            self.restore_session(&query).await;
            // a link's or the last session's example, else the demo
            let wanted = self
                .prefs
                .get_untracked()
                .example
                .as_deref()
                .and_then(examples::example);
            let ex = wanted.unwrap_or(&examples::DEMO);
            match storage::load_table().await {
                Ok(Some((meta, text))) => self.apply_table(meta, text.into_bytes(), false),
                Ok(None) => self.load_example_table_now(ex).await,
                Err(_) => {
                    let _ = storage::clear_table().await;
                    self.report(
                        "Den gemte tabel kunne ikke læses og er slettet.",
                        "The saved table could not be read and was removed.",
                    );
                    self.load_example_table_now(ex).await;
                }
            }
            let param = |k: &str| {
                query
                    .iter()
                    .find(|(q, v)| q == k && !v.trim().is_empty())
                    .map(|(_, v)| v.clone())
            };
            if let Some(url) = param("indicators") {
                self.load_table_url(url);
            }
            if let Some(url) = param("boundaries") {
                self.load_url(url);
                return;
            }
            if let Some(ex) = wanted {
                self.load_example_keep_notices(ex);
                return;
            }
            match storage::load().await {
                Ok(Some((meta, text))) => self.load_text(meta, Arc::from(text), false),
                Ok(None) => self.load_example_keep_notices(ex),
                Err(_) => {
                    let _ = storage::clear().await;
                    self.report("De gemte data fra sidst kunne ikke læses og er slettet; demoen vises i stedet.", "The data saved last time could not be read and was removed; the demo is shown instead.");
                    self.load_example_keep_notices(ex);
                }
            }
        });
    }
}

impl Default for DataState {
    fn default() -> Self {
        Self::new()
    }
}

/// The data context.
pub fn use_data() -> DataState {
    expect_context::<DataState>()
}
