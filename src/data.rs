//! The data the app holds (boundaries, table) and the actions that load it. Provided
//! as one named context, `DataState`; the model the map draws is a memo over it.

use crate::loader::{
    build_model, fetch_text, load_demo_boundaries, load_demo_table, prepare_boundaries,
    BoundarySet, Model, TableSet,
};
use crate::storage::{self, BoundaryMeta, TableMeta};
use atlas_core::boundaries::BoundaryOptions;
use atlas_core::crs::Crs;
use atlas_core::table::{parse_sidecar, parse_table_bytes};
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
    pub da: String,
    pub en: String,
}

impl Notice {
    pub fn from_error(e: &LoadError) -> Self {
        Notice {
            error: true,
            da: e.da.clone(),
            en: e.en.clone(),
        }
    }
    pub fn text(&self, lang: Lang) -> &str {
        match lang {
            Lang::Da => &self.da,
            Lang::En => &self.en,
        }
    }
}

/// What the user is looking at, kept across reloads of the model (a new table,
/// a mapping, an edited description) so the view does not jump back.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ViewPrefs {
    /// Indicator by column id.
    pub indicator: Option<String>,
    pub year: Option<i32>,
    /// Districts A and B by id.
    pub a: Option<String>,
    pub b: Option<String>,
    pub method: Option<atlas_core::classify::Method>,
    pub scheme: Option<atlas_core::palette::Scheme>,
    pub classes: Option<usize>,
    pub manual: Vec<f64>,
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
    /// The view to restore when the model is rebuilt.
    pub prefs: RwSignal<ViewPrefs>,
    /// The "Indlæs data" menu is open (kept across reloads of the model).
    pub menu_open: RwSignal<bool>,
    /// Bumped on every load attempt, so a slow old load cannot overwrite a newer one.
    generation: RwSignal<u64>,
    pub model: Memo<Option<Result<ModelRef, LoadError>>>,
}

impl DataState {
    pub fn new() -> Self {
        let boundaries = RwSignal::new(None::<Arc<BoundarySet>>);
        let table = RwSignal::new(None::<Arc<TableSet>>);
        let model = Memo::new(move |_| {
            let b = boundaries.get()?;
            let t = table.get();
            Some(build_model(&b, t.as_deref()).map(|m| ModelRef(Arc::new(m))))
        });
        DataState {
            boundaries,
            table,
            progress: RwSignal::new(None),
            notices: RwSignal::new(Vec::new()),
            menu_open: RwSignal::new(false),
            prefs: RwSignal::new(ViewPrefs::default()),
            saved: RwSignal::new(None),
            generation: RwSignal::new(0),
            model,
        }
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

    fn current(&self, g: u64) -> bool {
        self.generation.get_untracked() == g
    }

    fn fail(&self, g: u64, e: &LoadError) {
        if self.current(g) {
            self.progress.set(None);
            self.notices.update(|n| n.push(Notice::from_error(e)));
        }
    }

    /// Start-up: the boundaries saved from last time, else `?boundaries=`, else the demo.
    pub fn start(self) {
        spawn_local(async move {
            match storage::load_table().await {
                Ok(Some((meta, text))) => self.apply_table(meta, text.into_bytes(), false),
                Ok(None) => self.load_demo_table_now().await,
                Err(_) => {
                    let _ = storage::clear_table().await;
                    self.notices.update(|n| {
                        n.push(Notice {
                            error: true,
                            da: "Den gemte tabel kunne ikke læses og er slettet.".into(),
                            en: "The saved table could not be read and was removed.".into(),
                        })
                    });
                    self.load_demo_table_now().await;
                }
            }
            if let Some(url) = query_param("indicators") {
                self.load_table_url(url);
            }
            if let Some(url) = query_param("boundaries") {
                self.load_url(url);
                return;
            }
            match storage::load().await {
                Ok(Some((meta, text))) => self.load_text(meta, Arc::from(text), false),
                Ok(None) => self.load_demo_keep_notices(),
                Err(_) => {
                    let _ = storage::clear().await;
                    self.notices.update(|n| {
                        n.push(Notice {
                            error: true,
                            da: "De gemte data fra sidst kunne ikke læses og er slettet; demoen vises i stedet.".into(),
                            en: "The data saved last time could not be read and was removed; the demo is shown instead.".into(),
                        })
                    });
                    self.load_demo_keep_notices();
                }
            }
        });
    }

    /// Back to the embedded demo, forgetting what the user loaded.
    pub fn load_demo(self) {
        self.notices.set(Vec::new());
        spawn_local(async move {
            let _ = storage::clear_table().await;
            self.load_demo_table_now().await;
        });
        self.load_demo_keep_notices();
    }

    async fn load_demo_table_now(self) {
        match load_demo_table().await {
            Ok(t) => self.table.set(Some(Arc::new(t))),
            Err(e) => self.notices.update(|n| n.push(Notice::from_error(&e))),
        }
    }

    /// Read an indicator table (CSV/TSV/JSON bytes) the user picked or dropped.
    pub fn load_table_bytes(self, name: String, bytes: Vec<u8>) {
        self.notices.set(Vec::new());
        self.apply_table(
            TableMeta {
                source: name,
                ..Default::default()
            },
            bytes,
            true,
        );
    }

    /// Fetch an indicator table by URL (`?indicators=` or the URL field).
    pub fn load_table_url(self, url: String) {
        self.notices.set(Vec::new());
        spawn_local(async move {
            match fetch_text(&url).await {
                Ok(text) => self.apply_table(
                    TableMeta {
                        source: url,
                        ..Default::default()
                    },
                    text.into_bytes(),
                    true,
                ),
                Err(e) => self.notices.update(|n| n.push(Notice::from_error(&e))),
            }
        });
    }

    fn apply_table(self, meta: TableMeta, bytes: Vec<u8>, save: bool) {
        let sidecar = match meta.sidecar.as_deref().map(parse_sidecar).transpose() {
            Ok(s) => s,
            Err(e) => {
                self.notices.update(|n| n.push(Notice::from_error(&e)));
                None
            }
        };
        match parse_table_bytes(&bytes, &meta.source, sidecar.as_ref()) {
            Ok(loaded) => {
                let text = atlas_core::decode::decode_text(&bytes).0;
                self.table.set(Some(Arc::new(TableSet {
                    loaded,
                    source: meta.source.clone(),
                    is_demo: false,
                    mappings: meta.mappings.clone(),
                    text: Arc::from(text.as_str()),
                })));
                if save {
                    spawn_local(async move {
                        if let Err(e) = storage::save_table(&meta, Some(&text)).await {
                            self.notices.update(|n| {
                                n.push(Notice {
                                    error: true,
                                    da: format!("Tabellen kunne ikke gemmes i browseren ({e})."),
                                    en: format!(
                                        "The table could not be saved in the browser ({e})."
                                    ),
                                })
                            });
                        }
                    });
                }
            }
            Err(e) => self.notices.update(|n| n.push(Notice::from_error(&e))),
        }
    }

    /// Apply a metadata sidecar (JSON) to the current user table.
    pub fn apply_sidecar(self, name: String, json: String) {
        let Some(current) = self.table.get_untracked().filter(|t| !t.is_demo) else {
            self.notices.set(vec![Notice {
                error: true,
                da: format!("{name} beskriver en tabels kolonner; indlæs først tabellen, så metadatafilen."),
                en: format!("{name} describes a table's columns; load the table first, then the metadata file."),
            }]);
            return;
        };
        let meta = TableMeta {
            source: current.source.clone(),
            mappings: current.mappings.clone(),
            sidecar: Some(json),
        };
        self.notices.set(Vec::new());
        self.apply_table(meta, current.text.as_bytes().to_vec(), true);
    }

    /// Change an indicator's description (label, unit, polarity, group, …). For a
    /// user's table it is saved with the table as a metadata sidecar.
    pub fn edit_indicator(self, meta: atlas_core::indicator::IndicatorMeta) {
        let Some(current) = self.table.get_untracked() else {
            return;
        };
        let mut next = (*current).clone();
        let t = &mut next.loaded.value;
        let Some(slot) = t.indicators.iter_mut().find(|m| m.column == meta.column) else {
            return;
        };
        *slot = meta;
        self.replace_table(next);
    }

    /// Show `next` as the table and, for a user's table, save its mappings and
    /// descriptions (as a sidecar) with it.
    fn replace_table(self, next: TableSet) {
        let t = &next.loaded.value;
        let sidecar = atlas_core::table::Sidecar {
            dataset: t.dataset.clone(),
            key_column: Some(t.key_column.clone()),
            name_column: t.name_column.clone(),
            time_column: t.time_column.clone(),
            indicators: t.indicators.clone(),
        };
        let saved = TableMeta {
            source: next.source.clone(),
            mappings: next.mappings.clone(),
            sidecar: serde_json::to_string(&sidecar).ok(),
        };
        let is_demo = next.is_demo;
        self.table.set(Some(Arc::new(next)));
        if !is_demo {
            spawn_local(async move {
                let _ = storage::save_table(&saved, None).await;
            });
        }
    }

    /// Map a table row to a district by hand (kept with the table).
    pub fn set_mapping(self, row_key: String, district_id: String) {
        let Some(current) = self.table.get_untracked() else {
            return;
        };
        let mut next = (*current).clone();
        next.mappings.retain(|(k, _)| *k != row_key);
        if !district_id.is_empty() {
            next.mappings.push((row_key, district_id));
        }
        self.replace_table(next);
    }

    fn load_demo_keep_notices(self) {
        let g = self.generation.get_untracked() + 1;
        self.generation.set(g);
        spawn_local(async move {
            let _ = storage::clear().await;
            match load_demo_boundaries().await {
                Ok(b) if self.current(g) => {
                    self.saved.set(None);
                    self.boundaries.set(Some(Arc::new(b)));
                }
                Ok(_) => {}
                Err(e) => self.fail(g, &e),
            }
        });
    }

    /// Load boundaries from a URL (preset, URL field or `?boundaries=`).
    pub fn load_url(self, url: String) {
        let g = self.begin(format!("Henter {url} …"));
        spawn_local(async move {
            match fetch_text(&url).await {
                Ok(text) if self.current(g) => {
                    let meta = BoundaryMeta {
                        source: url.clone(),
                        ..Default::default()
                    };
                    self.parse_and_show(g, meta, Arc::from(text), true).await;
                }
                Ok(_) => {}
                Err(e) => self.fail(g, &e),
            }
        });
    }

    /// Load boundaries from text the user gave (file picker or drop).
    pub fn load_text(self, meta: BoundaryMeta, text: Arc<str>, save: bool) {
        let g = self.begin(format!("Læser {} …", meta.source));
        spawn_local(async move {
            self.parse_and_show(g, meta, text, save).await;
        });
    }

    /// Apply another key property or coordinate system to the current boundaries.
    pub fn reapply(self, key_property: Option<String>, crs: Option<Crs>) {
        let Some(current) = self.boundaries.get_untracked() else {
            return;
        };
        let meta = BoundaryMeta {
            source: current.source.clone(),
            key_property,
            crs: crs.map(|c| c.epsg()),
        };
        let save = !current.is_demo;
        let text = current.text.clone();
        let g = self.begin(format!("Læser {} igen …", meta.source));
        spawn_local(async move {
            self.parse_and_show(g, meta, text, save).await;
        });
    }

    async fn parse_and_show(self, g: u64, meta: BoundaryMeta, text: Arc<str>, save: bool) {
        let options = BoundaryOptions {
            key_property: meta.key_property.clone(),
            name_property: None,
            crs: meta.crs.and_then(Crs::from_epsg),
        };
        let progress = self.progress;
        let label = format!("Læser {} …", meta.source);
        let result = prepare_boundaries(
            text.clone(),
            options,
            meta.source.clone(),
            false,
            move |f| {
                if g == self.generation.get_untracked() {
                    progress.set(Some(Progress {
                        label: label.clone(),
                        fraction: f,
                    }));
                }
            },
        )
        .await;
        if !self.current(g) {
            return;
        }
        match result {
            Ok(set) => {
                self.saved.set(Some(!save));
                self.boundaries.set(Some(Arc::new(set)));
                self.progress.set(None);
                if save {
                    let result = storage::save(&meta, &text).await;
                    if self.current(g) {
                        self.saved.set(Some(result.is_ok()));
                    }
                    if let Err(e) = result {
                        self.notices.update(|n| {
                            n.push(Notice {
                                error: true,
                                da: format!("Grænserne kunne ikke gemmes i browseren ({e}); de er væk efter genindlæsning."),
                                en: format!("The boundaries could not be saved in the browser ({e}); they will be gone after a reload."),
                            })
                        });
                    }
                }
            }
            Err(e) => self.fail(g, &e),
        }
    }
}

impl Default for DataState {
    fn default() -> Self {
        Self::new()
    }
}

/// A query parameter of the page's URL.
pub fn query_param(name: &str) -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search)
        .ok()?
        .get(name)
        .filter(|v| !v.trim().is_empty())
}

/// The data context.
pub fn use_data() -> DataState {
    expect_context::<DataState>()
}
