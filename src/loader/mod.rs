//! Fetching files and reading them in the loader worker (`worker`), so the page
//! stays responsive whatever the file. The demo goes through exactly this path.
//! Each job gets its own reply type (`atlas_core::pipeline::message::Job`), so
//! nothing here sorts answers.

use atlas_core::import::boundaries::BoundaryOptions;
use atlas_core::import::sidecar::parse_sidecar;
use atlas_core::import::table::parse_csv;
use atlas_core::issue::LoadErrorKind;
use atlas_core::pipeline::message::{
    read_ready_example, BoundariesRead, ComputeLisa, DecodeText, LisaAnswer, ReadBoundaries,
    ReadTable, ReadyExample, TableRead, WriteTemplate,
};
use atlas_core::pipeline::{build_model, BoundaryLoad, BoundarySet, Model, TableSet, MAP_WIDTH};
use atlas_core::LoadError;
use futures::future::{FutureExt, LocalBoxFuture, Shared};
use gloo::net::http::Request;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::Arc;
use wasm_bindgen::prelude::wasm_bindgen;

use atlas_core::present::examples::Example;

pub mod worker;

/// Build the demo model from file texts (used by the mount test).
pub fn model_from_texts(geojson: &str, csv: &str, meta: Option<&str>) -> Result<Model, LoadError> {
    let mut load = BoundaryLoad::new(
        Arc::from(geojson),
        BoundaryOptions::default(),
        Some(MAP_WIDTH),
    )?;
    load.run()?;
    let (loaded, geometry) = load.finish_shaped()?;
    let sidecar = meta.map(parse_sidecar).transpose()?;
    let table = parse_csv(csv, sidecar.as_ref())?;
    let boundaries = BoundarySet {
        loaded,
        source: "demo".into(),
        text: Arc::from(geojson),
        options: BoundaryOptions::default(),
        is_demo: true,
        geometry: Arc::new(geometry),
    };
    let table = TableSet {
        loaded: table,
        source: "demo".into(),
        is_demo: true,
        mappings: Vec::new(),
        text: Arc::from(csv),
        grid: None,
    };
    Ok(build_model(&boundaries, Some(&table)))
}

/// Read boundary text into a ready-to-draw set in the loader worker, with the
/// progress (0–1). `progress` answers whether the load is still wanted: when another
/// file was chosen meanwhile the worker is ended at once, with
/// [`LoadErrorKind::Superseded`].
pub async fn prepare_boundaries(
    text: Arc<str>,
    options: BoundaryOptions,
    source: String,
    is_demo: bool,
    progress: impl Fn(f64) -> bool,
) -> Result<BoundarySet, LoadError> {
    let job = ReadBoundaries {
        name: source.clone(),
        options: options.clone(),
    };
    let BoundariesRead { loaded, geometry } = worker::run(job, text.as_bytes(), progress).await?;
    Ok(BoundarySet {
        loaded,
        source,
        text,
        options,
        is_demo,
        geometry: Arc::new(geometry),
    })
}

/// Read a table file's bytes into indicators in the loader worker (a statbank
/// export of 272,000 rows or a workbook included), with the progress (0–1);
/// `progress` answers whether the load is still wanted.
/// Answers the table, the text it was read from (a grid table's keyed by its cells)
/// and, for a grid named by corner columns, the file's own text and how it was read.
pub async fn prepare_table(
    bytes: &[u8],
    name: &str,
    sidecar: Option<&atlas_core::import::sidecar::Sidecar>,
    progress: impl Fn(f64) -> bool,
) -> Result<TableRead, LoadError> {
    let job = ReadTable {
        name: name.to_owned(),
        sidecar: sidecar.cloned(),
    };
    worker::run(job, bytes, progress).await
}

/// Decode a file's text that is not UTF-8 (Windows-1252 or UTF-16) in the loader
/// worker, which carries the encodings.
pub async fn decode_text(name: &str, bytes: &[u8]) -> Result<String, LoadError> {
    let job = DecodeText {
        name: name.to_owned(),
    };
    worker::run(job, bytes, |_| true).await
}

/// Write the fill-in template's workbook in the loader worker (the page carries no
/// workbook writer).
pub async fn write_template(
    name: &str,
    grid: atlas_core::present::export::TemplateGrid,
) -> Result<Vec<u8>, LoadError> {
    let job = WriteTemplate {
        name: name.to_owned(),
        grid,
    };
    worker::run(job, &[], |_| true).await
}

/// Compute a cluster map in the loader worker from a `LisaInput`'s bytes, telling
/// `progress` (0–1; it answers whether the map is still wanted).
pub async fn compute_lisa(
    input: &[u8],
    progress: impl Fn(f64) -> bool,
) -> Result<LisaAnswer, LoadError> {
    let job = ComputeLisa {
        name: "klyngekortet".into(),
    };
    worker::run(job, input, progress).await
}

/// «Læg sammen i områder» in the loader worker: `job`'s cells summed into the
/// districts of `boundaries` (GeoJSON text), telling `progress` (0–1; it answers
/// whether the sums are still wanted).
pub async fn sum_cells(
    job: atlas_core::pipeline::message::SumCells,
    boundaries: &str,
    progress: impl Fn(f64) -> bool,
) -> Result<atlas_core::pipeline::message::CellsSummed, LoadError> {
    worker::run(job, boundaries.as_bytes(), progress).await
}

/// Only http(s) and same-origin relative URLs are fetched.
pub fn url_allowed(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    if lower.starts_with("http://") || lower.starts_with("https://") {
        return true;
    }
    // Relative paths: no scheme at all.
    !lower.is_empty() && !lower.contains(':') && !lower.starts_with("//")
}

/// Fetch a text file; offline or HTTP errors become one sentence.
pub async fn fetch_text(url: &str) -> Result<String, LoadError> {
    let (resp, offline) = fetch(url).await?;
    resp.text().await.map_err(|_| offline())
}

/// Fetch a file's bytes; offline or HTTP errors become one sentence.
pub async fn fetch_bytes(url: &str) -> Result<Vec<u8>, LoadError> {
    let (resp, offline) = fetch(url).await?;
    resp.binary().await.map_err(|_| offline())
}

/// The response for `url`, with the error to give if its body cannot be read.
async fn fetch(
    url: &str,
) -> Result<(gloo::net::http::Response, impl Fn() -> LoadError + '_), LoadError> {
    if !url_allowed(url) {
        return Err(LoadError::new(LoadErrorKind::AddressRefused {
            url: url.to_owned(),
        }));
    }
    let offline = move || {
        let online = web_sys::window()
            .map(|w| w.navigator().on_line())
            .unwrap_or(true);
        let url = url.to_owned();
        LoadError::new(if online {
            LoadErrorKind::Unreachable { url }
        } else {
            LoadErrorKind::Offline { url }
        })
    };
    let resp = Request::get(url).send().await.map_err(|_| offline())?;
    if !resp.ok() {
        return Err(LoadError::new(LoadErrorKind::HttpStatus {
            url: url.to_owned(),
            status: resp.status(),
        }));
    }
    Ok((resp, offline))
}

/// An example's ready answers as they are fetched: one fetch, awaited by all.
type ReadyFetch = Shared<LocalBoxFuture<'static, Option<Rc<ReadyExample>>>>;

thread_local! {
    /// Each built-in example's ready answers, by id: fetched once however often the
    /// example is shown (its boundaries and its table both read them).
    static READY: RefCell<HashMap<&'static str, ReadyFetch>> = RefCell::new(HashMap::new());
}

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = console)]
    fn warn(text: &str);
}

/// A built-in example's answers made ahead (`forberedt.bin`), or `None` when they
/// cannot be had: then the loader worker reads the example's files as any other
/// (and the next showing tries the fetch again).
async fn ready(ex: &'static Example) -> Option<Rc<ReadyExample>> {
    // a grid example has none: the worker reads its table
    if ex.ready.is_empty() {
        return None;
    }
    let fetch = READY.with(|r| {
        r.borrow_mut()
            .entry(ex.id)
            .or_insert_with(|| fetch_ready(ex).boxed_local().shared())
            .clone()
    });
    let ready = fetch.clone().await;
    // The example's boundaries and table wait on the same fetch: each goes on in a
    // task of its own, so the page gets them in two tasks, as it did when each
    // fetched the file (the app's view rebuilt twice in one task panics on a signal
    // its first build left behind).
    gloo::timers::future::TimeoutFuture::new(0).await;
    if ready.is_none() {
        READY.with(|r| {
            let mut r = r.borrow_mut();
            if r.get(ex.id).is_some_and(|f| f.ptr_eq(&fetch)) {
                r.remove(ex.id);
            }
        });
    }
    ready
}

async fn fetch_ready(ex: &'static Example) -> Option<Rc<ReadyExample>> {
    let bytes = fetch_bytes(ex.ready).await.ok()?;
    match read_ready_example(&bytes, ex) {
        Ok(ready) => Some(Rc::new(ready)),
        // a bug (a broken or stale file), not the user's: said in the console for
        // the report, and the worker reads the example's files instead
        Err(e) => {
            warn(&e.sentence(atlas_core::Lang::En));
            None
        }
    }
}

/// Fetch and load a built-in example's boundaries: its answer made ahead, so the
/// first map needs no worker (the GeoJSON text is kept, to re-read with other options).
pub async fn load_example_boundaries(ex: &'static Example) -> Result<BoundarySet, LoadError> {
    let text: Arc<str> = Arc::from(fetch_text(ex.boundaries).await?);
    // the example names its areas («bydel», «kommune»)
    let options = BoundaryOptions {
        noun: Some(ex.noun),
        ..Default::default()
    };
    if let Some(ready) = ready(ex).await {
        let BoundariesRead { loaded, geometry } = ready.boundaries.clone();
        return Ok(BoundarySet {
            loaded,
            source: ex.id.into(),
            text,
            options,
            is_demo: true,
            geometry: Arc::new(geometry),
        });
    }
    prepare_boundaries(text, options, ex.id.into(), true, |_| true).await
}

/// Fetch and load a built-in example's table with its metadata (its answer made
/// ahead when it can be had).
pub async fn load_example_table(ex: &'static Example) -> Result<TableSet, LoadError> {
    let (loaded, text) = match ready(ex).await {
        Some(ready) => {
            let TableRead { loaded, text, .. } = ready.table.clone();
            (loaded, text)
        }
        None => {
            let csv = fetch_text(ex.table).await?;
            let sidecar = parse_sidecar(&fetch_text(ex.meta).await?)?;
            let read = prepare_table(csv.as_bytes(), ex.id, Some(&sidecar), |_| true).await?;
            (read.loaded, read.text)
        }
    };
    Ok(TableSet {
        loaded,
        source: ex.id.into(),
        is_demo: true,
        mappings: Vec::new(),
        text: Arc::from(text),
        grid: None,
    })
}
