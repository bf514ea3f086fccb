//! Fetching files and stepping the core's loaders between browser frames, so the
//! page stays responsive. The demo goes through exactly this path.

use atlas_core::import::boundaries::BoundaryOptions;
use atlas_core::import::sidecar::parse_sidecar;
use atlas_core::import::table::parse_csv;
use atlas_core::issue::LoadErrorKind;
use atlas_core::pipeline::{
    build_model, BoundaryLoad, BoundarySet, Budget, Model, Phase, TableSet, MAP_WIDTH,
};
use atlas_core::LoadError;
use gloo::net::http::Request;
use std::sync::Arc;

use atlas_core::present::examples::Example;

/// Milliseconds of work between two yields to the browser.
const SLICE_MS: f64 = 30.0;

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
    };
    Ok(build_model(&boundaries, Some(&table)))
}

/// Read boundary text into a ready-to-draw set, stepping the core's [`BoundaryLoad`]
/// and yielding to the browser every ~30 ms with the progress (0–1). `progress`
/// answers whether the load is still wanted: when another file was chosen meanwhile
/// it stops at once, with [`LoadErrorKind::Superseded`].
pub async fn prepare_boundaries(
    text: Arc<str>,
    options: BoundaryOptions,
    source: String,
    is_demo: bool,
    progress: impl Fn(f64) -> bool,
) -> Result<BoundarySet, LoadError> {
    let mut load = BoundaryLoad::new(text.clone(), options.clone(), Some(MAP_WIDTH))?;
    let mut slice_start = now_ms();
    let mut phase = Phase::Reading;
    loop {
        let t = now_ms();
        let p = load.step(Budget::SLICE)?;
        let took = now_ms() - t;
        if took > 80.0 {
            crate::perf::mark(&format!("atlas:slow-{:?}-{:?}-{took:.0}", phase, p.phase));
        }
        if p.phase != phase {
            if phase == Phase::Reading {
                crate::perf::mark("atlas:parsed");
            }
            phase = p.phase;
        }
        if p.phase == Phase::Done {
            break;
        }
        if now_ms() - slice_start > SLICE_MS {
            if !progress(p.fraction) {
                return Err(LoadError::new(LoadErrorKind::Superseded { name: source }));
            }
            gloo::timers::future::TimeoutFuture::new(0).await;
            slice_start = now_ms();
        }
    }
    let (loaded, geometry) = load.finish_shaped()?;
    Ok(BoundarySet {
        loaded,
        source,
        text,
        options,
        is_demo,
        geometry: Arc::new(geometry),
    })
}

/// Read a table file's bytes into indicators, a slice of rows at a time (a statbank
/// export of 272,000 rows included), yielding to the browser every ~30 ms with the
/// progress (0–1); `progress` answers whether the load is still wanted.
pub async fn prepare_table(
    bytes: &[u8],
    name: &str,
    sidecar: Option<&atlas_core::import::sidecar::Sidecar>,
    progress: impl Fn(f64) -> bool,
) -> Result<atlas_core::Loaded<atlas_core::import::table::Table>, LoadError> {
    use atlas_core::import::table_load::{TableLoad, TABLE_SLICE_ROWS};
    let mut load = TableLoad::new(bytes, name, sidecar)?;
    let mut slice_start = now_ms();
    loop {
        let t = now_ms();
        let f = load.step(TABLE_SLICE_ROWS)?;
        let took = now_ms() - t;
        if took > 80.0 {
            crate::perf::mark(&format!("atlas:slow-table-step-{f:.2}-{took:.0}"));
        }
        if f >= 1.0 {
            break;
        }
        if now_ms() - slice_start > SLICE_MS {
            if !progress(f) {
                return Err(LoadError::new(LoadErrorKind::Superseded {
                    name: name.to_owned(),
                }));
            }
            gloo::timers::future::TimeoutFuture::new(0).await;
            slice_start = now_ms();
        }
    }
    load.finish()
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
    if !url_allowed(url) {
        return Err(LoadError::new(LoadErrorKind::AddressRefused {
            url: url.to_owned(),
        }));
    }
    let offline = || {
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
    resp.text().await.map_err(|_| offline())
}

fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// Fetch and load a built-in example's boundaries.
pub async fn load_example_boundaries(ex: &'static Example) -> Result<BoundarySet, LoadError> {
    let text: Arc<str> = Arc::from(fetch_text(ex.boundaries).await?);
    prepare_boundaries(text, BoundaryOptions::default(), ex.id.into(), true, |_| {
        true
    })
    .await
}

/// Fetch and load a built-in example's table with its metadata.
pub async fn load_example_table(ex: &'static Example) -> Result<TableSet, LoadError> {
    let csv = fetch_text(ex.table).await?;
    let meta = fetch_text(ex.meta).await?;
    let sidecar = parse_sidecar(&meta)?;
    Ok(TableSet {
        loaded: parse_csv(&csv, Some(&sidecar))?,
        source: ex.id.into(),
        is_demo: true,
        mappings: Vec::new(),
        text: Arc::from(csv),
    })
}
