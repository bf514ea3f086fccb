//! The data the app holds (boundaries, table) and the actions that load it. Provided
//! as one named context, `DataState`; the model the map draws is a memo over it.

use crate::storage;
use crate::text::Said;
use atlas_core::model::edits::EditLog;
use atlas_core::pipeline::{build_model_with, BoundarySet, Model, TableSet};

mod boundaries;
mod builtin;
mod edits;
mod grid_reading;
mod grouped;
pub mod overlay;
mod project;
mod story;
pub mod sum_cells;
mod tables;
use atlas_core::present::examples::{self, Example};
use atlas_core::present::story::Story;
use atlas_core::present::view_spec::ViewSpec;
use atlas_core::{Lang, LoadError};
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::sync::Arc;

/// A view asked for, and the boundaries it waits to replace (`None`: the next model).
#[derive(Clone)]
struct Wanted {
    view: ViewSpec,
    after: Option<usize>,
}

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
    /// The categories chosen in measures split by dimensions: a new choice rebuilds
    /// the model (other view changes do not).
    pub categories: RwSignal<Vec<(String, String)>>,
    /// A view asked for before its data is drawn (the session's or the link's at start,
    /// an example's opening view, a project's, a scene on another example): shown on
    /// the next model, then forgotten. The view itself lives in the atlas's state.
    next_view: StoredValue<Option<Wanted>>,
    /// A grid table waiting for its own cells (read from the same text as its
    /// boundaries): shown with them, never joined onto the map before them.
    pending_table: StoredValue<Option<Arc<TableSet>>>,
    /// Notified to write the link and the session at once (not after the autosave's
    /// quiet time); see [`crate::persist`].
    pub link_now: Trigger,
    /// The atlas's state, once the first model is drawn (one for the page).
    atlas: StoredValue<Option<crate::state::AtlasState>>,
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
    /// The built-in example shown (`None` = the user's own boundaries).
    pub example: RwSignal<Option<&'static Example>>,
    /// Figures pasted or typed by hand over the table, with undo and redo.
    pub edits: RwSignal<EditLog>,
    /// Bumped on every load attempt, so a slow old load cannot overwrite a newer one.
    generation: RwSignal<u64>,
    /// The same for tables (read a slice at a time).
    table_generation: RwSignal<u64>,
    /// «Vis som grupper»: the grouping the map is dissolved by (`None`: the areas
    /// as loaded); kept in the view as `grupper=`.
    pub grouped: RwSignal<Option<String>>,
    /// A grid table named by corner columns: its file's text and how it was read,
    /// for the grid dialog (`None` for any other table).
    pub corner_table: RwSignal<Option<grid_reading::CornerChoice>>,
    /// The next table read is to get its own cells even under the same name.
    reread_cells: StoredValue<bool>,
    /// Borders drawn over a grid layer (`None`: none), see [`overlay`].
    pub overlay: RwSignal<Option<overlay::Overlay>>,
    /// The example whose borders were last asked for (a slower earlier load is dropped).
    outline_wish: StoredValue<Option<&'static str>>,
    /// Boundaries, table, categories and edits joined, the areas as loaded.
    pub base_model: Memo<Option<ModelRef>>,
    /// What the map draws: [`base_model`](Self::base_model), dissolved by
    /// [`grouped`](Self::grouped) when it has that grouping (`None` before the first
    /// boundaries).
    pub model: Memo<Option<ModelRef>>,
}

impl DataState {
    pub fn new() -> Self {
        let boundaries = RwSignal::new(None::<Arc<BoundarySet>>);
        let table = RwSignal::new(None::<Arc<TableSet>>);
        let edits = RwSignal::new(EditLog::default());
        let categories = RwSignal::new(Vec::new());
        let base_model = Memo::new(move |_| {
            let b = boundaries.get()?;
            let t = table.get();
            let model =
                edits.with(|e| categories.with(|c| build_model_with(&b, t.as_deref(), e, c)));
            Some(ModelRef(Arc::new(model)))
        });
        let grouped = RwSignal::new(None::<String>);
        let model = Memo::new(move |_| {
            let base = base_model.get()?;
            let dissolved = grouped.with(|g| g.as_deref().and_then(|p| base.0.dissolved(p)));
            Some(dissolved.map(|m| ModelRef(Arc::new(m))).unwrap_or(base))
        });
        DataState {
            boundaries,
            table,
            progress: RwSignal::new(None),
            notices: RwSignal::new(Vec::new()),
            example: RwSignal::new(None),
            edits,
            categories,
            next_view: StoredValue::new(None),
            pending_table: StoredValue::new(None),
            atlas: StoredValue::new(None),
            link_now: Trigger::new(),
            table_generation: RwSignal::new(0),
            story: RwSignal::new(Story::default()),
            scenes_edited: RwSignal::new(false),
            presenting: RwSignal::new(false),
            lang: RwSignal::new(Lang::Da),
            restored: RwSignal::new(false),
            saved: RwSignal::new(None),
            generation: RwSignal::new(0),
            grouped,
            overlay: RwSignal::new(None),
            corner_table: RwSignal::new(None),
            reread_cells: StoredValue::new(false),
            outline_wish: StoredValue::new(None),
            base_model,
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
            // the view asked for with this load is not shown
            self.next_view.set_value(None);
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
                .next_view
                .with_value(|v| v.as_ref().and_then(|v| v.view.example.clone()))
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

impl DataState {
    /// The view as saved (with the example shown and the categories chosen): the one
    /// asked for while its data is being read, else the one shown.
    pub fn view_spec(self) -> ViewSpec {
        if let Some(wanted) = self.next_view.get_value() {
            return wanted.view;
        }
        let mut spec = match self.atlas.get_value() {
            Some(s) => s.spec_untracked(),
            None => ViewSpec::default(),
        };
        spec.example = self.example.get_untracked().map(|e| e.id.to_owned());
        spec.categories = self.categories.get_untracked();
        spec
    }

    /// Show `view` once boundaries other than those shown now are drawn (an example,
    /// a project, the saved session, a scene on another example): a model built on
    /// the way (the new table over the old boundaries) does not take it.
    pub fn want_view(self, view: ViewSpec) {
        let after = Some(self.boundaries_id());
        self.want(view, after);
    }

    /// Show `view` on the next model, whatever it is built from (a choice of
    /// categories, an edit that adds a column).
    pub fn want_view_here(self, view: ViewSpec) {
        self.want(view, None);
    }

    fn want(self, view: ViewSpec, after: Option<usize>) {
        // a view that names only a built-in example opens it on its own view
        let only_example = ViewSpec {
            example: view.example.clone(),
            ..ViewSpec::default()
        };
        let view = match view.example.as_deref().and_then(examples::example) {
            Some(ex) if view == only_example => ex.opening_view(),
            _ => view,
        };
        if self.categories.with_untracked(|c| *c != view.categories) {
            self.categories.set(view.categories.clone());
        }
        // the wanted view is set first: the model the grouping makes takes it
        let grouped = view.grouped.clone();
        self.next_view.set_value(Some(Wanted { view, after }));
        if self.grouped.with_untracked(|g| *g != grouped) {
            self.grouped.set(grouped);
        }
    }

    /// Show the view as it stands, changed by `f`, on the next model (an edit that
    /// adds a column shows that column).
    pub fn want_changed(self, f: impl FnOnce(&mut ViewSpec)) {
        let mut view = self.view_spec();
        f(&mut view);
        self.want_view_here(view);
    }

    /// The view asked for, taken when the model just built is the one it waits for:
    /// drawn on other boundaries than those it was asked over, and holding figures if
    /// it names a column. A project's or session's boundaries read before its table
    /// make a model without figures; the view waits for the table, or its indicator
    /// would be lost (the race a slow laptop showed, issue 24 §5).
    pub fn take_wanted_view(self, has_figures: bool) -> Option<ViewSpec> {
        let id = self.boundaries_id();
        self.next_view
            .try_update_value(|v| match v {
                Some(w) if w.after != Some(id) && (has_figures || w.view.indicator.is_none()) => {
                    v.take().map(|w| w.view)
                }
                _ => None,
            })
            .flatten()
    }

    /// Which boundaries are shown (by identity; 0 for none).
    fn boundaries_id(self) -> usize {
        self.boundaries
            .with_untracked(|b| b.as_ref().map(|b| Arc::as_ptr(b) as usize).unwrap_or(0))
    }

    /// Write the link now: the user's own boundaries just saved must not be named as
    /// an example by a reload within the autosave's quiet time.
    pub fn write_link_now(self) {
        self.link_now.notify();
    }

    /// The atlas's state, once the first map is drawn.
    pub fn atlas(self) -> Option<crate::state::AtlasState> {
        self.atlas.get_value()
    }

    /// Remember the page's atlas state (once).
    pub fn set_atlas(self, s: crate::state::AtlasState) {
        self.atlas.set_value(Some(s));
    }
}

/// The data context.
pub fn use_data() -> DataState {
    expect_context::<DataState>()
}
