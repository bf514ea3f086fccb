//! Fetching and reading files, handing their text to the core loaders in time
//! slices so the page stays responsive. The demo goes through exactly this path.

use atlas_core::boundaries::{
    classify_parse_failure, Boundaries, BoundaryBuilder, BoundaryOptions,
};
use atlas_core::join::{join_with, JoinReport};
use atlas_core::mapview::{GeometryBuilder, MapGeometry};
use atlas_core::scan::FeatureScanner;
use atlas_core::table::{parse_csv, parse_sidecar, Table};
use atlas_core::{Atlas, Issue, LoadError, Loaded};
use gloo::net::http::Request;
use std::sync::Arc;

/// Width of the map's SVG user space; the height follows the data.
pub const MAP_WIDTH: f64 = 1000.0;
const MAP_PADDING: f64 = 16.0;

/// Where the embedded demo lives (copied from `public/demo` by Trunk).
pub const DEMO_BOUNDARIES: &str = "demo/bydele.geojson";
pub const DEMO_TABLE: &str = "demo/indikatorer.csv";
pub const DEMO_META: &str = "demo/indikatorer.meta.json";

/// Loaded boundaries with where they came from and the text (kept so another key or
/// coordinate system can be applied without reading the file again).
#[derive(Clone, Debug)]
pub struct BoundarySet {
    pub loaded: Loaded<Boundaries>,
    pub source: String,
    pub text: Arc<str>,
    pub options: BoundaryOptions,
    pub is_demo: bool,
    /// Projected, simplified geometry (computed once per boundary set).
    pub geometry: Arc<MapGeometry>,
}

/// A loaded indicator table.
#[derive(Clone, Debug)]
pub struct TableSet {
    pub loaded: Loaded<Table>,
    pub source: String,
    /// The demo's own table: joined only onto the demo's boundaries.
    pub is_demo: bool,
    /// Rows mapped to districts by hand: (row key, district id).
    pub mappings: Vec<(String, String)>,
    /// The decoded text, kept so a metadata sidecar can be applied later.
    pub text: Arc<str>,
}

/// Everything the atlas view needs, computed once per data set.
#[derive(Clone, Debug, PartialEq)]
pub struct Model {
    pub atlas: Atlas,
    pub geometry: Arc<MapGeometry>,
    pub issues: Vec<Issue>,
    /// Label of the boundary source for the source line.
    pub boundary_source: String,
    /// What was learned about the boundary file (key, CRS, …; without geometry).
    pub boundaries: Boundaries,
    pub is_demo: bool,
    /// How the table met the map (`None` without a table).
    pub report: Option<JoinReport>,
    /// Label of the table source (`None` without a table).
    pub table_source: Option<String>,
}

/// Join boundaries and table and project them (pure; also used by the mount test).
pub fn build_model(b: &BoundarySet, t: Option<&TableSet>) -> Result<Model, LoadError> {
    // The demo figures describe the demo districts only; never paint them onto a
    // user's own boundaries (names like "Valby" would match parishes elsewhere).
    let t = t.filter(|t| b.is_demo || !t.is_demo);
    let table = t.map(|t| t.loaded.value.clone()).unwrap_or_default();
    let mappings = t.map(|t| t.mappings.clone()).unwrap_or_default();
    let (joined, report) = join_with(b.loaded.value.clone(), table, &mappings);
    let boundaries = b.loaded.value.summary();
    let geometry = b.geometry.clone();
    let mut issues = b.loaded.issues.clone();
    if let Some(t) = t {
        issues.extend(t.loaded.issues.iter().cloned());
    }
    issues.extend(joined.issues);
    Ok(Model {
        atlas: joined.value,
        geometry,
        issues,
        boundary_source: b.source.clone(),
        boundaries,
        is_demo: b.is_demo,
        report: t.map(|_| report),
        table_source: t.map(|t| t.source.clone()),
    })
}

/// Build the demo model from file texts (used by the mount test).
pub fn model_from_texts(geojson: &str, csv: &str, meta: Option<&str>) -> Result<Model, LoadError> {
    let loaded = atlas_core::boundaries::parse_boundaries(geojson, &BoundaryOptions::default())?;
    let sidecar = meta.map(parse_sidecar).transpose()?;
    let table = parse_csv(csv, sidecar.as_ref())?;
    let geometry =
        atlas_core::mapview::build_geometry(&loaded.value.districts, MAP_WIDTH, MAP_PADDING)
            .ok_or_else(no_extent)?;
    build_model(
        &BoundarySet {
            loaded,
            source: "demo".into(),
            text: Arc::from(geojson),
            options: BoundaryOptions::default(),
            is_demo: true,
            geometry: Arc::new(geometry),
        },
        Some(&TableSet {
            loaded: table,
            source: "demo".into(),
            is_demo: true,
            mappings: Vec::new(),
            text: Arc::from(csv),
        }),
    )
}

fn no_extent() -> LoadError {
    LoadError::new(
        "Områderne har ingen udstrækning, der kan tegnes.",
        "The areas have no extent that can be drawn.",
    )
}

/// Project and simplify boundaries in slices of about 30 ms, reporting progress (0–1).
pub async fn build_geometry_sliced(
    districts: &[atlas_core::boundaries::District],
    progress: impl Fn(f64),
) -> Result<Arc<MapGeometry>, LoadError> {
    let mut builder =
        GeometryBuilder::new(districts, MAP_WIDTH, MAP_PADDING).ok_or_else(no_extent)?;
    let mut slice_start = now_ms();
    loop {
        let p = builder.step(20_000);
        if p >= 1.0 {
            break;
        }
        if now_ms() - slice_start > 30.0 {
            progress(p);
            gloo::timers::future::TimeoutFuture::new(0).await;
            slice_start = now_ms();
        }
    }
    Ok(Arc::new(builder.finish()))
}

/// Read boundary text into a ready-to-draw set: parse (0–70 %) then geometry (70–100 %).
pub async fn prepare_boundaries(
    text: Arc<str>,
    options: BoundaryOptions,
    source: String,
    is_demo: bool,
    progress: impl Fn(f64),
) -> Result<BoundarySet, LoadError> {
    let loaded = parse_boundaries_sliced(text.clone(), &options, |f| progress(0.7 * f)).await?;
    crate::perf::mark("atlas:parsed");
    let geometry =
        build_geometry_sliced(&loaded.value.districts, |f| progress(0.7 + 0.3 * f)).await?;
    Ok(BoundarySet {
        loaded,
        source,
        text,
        options,
        is_demo,
        geometry,
    })
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
        return Err(LoadError::new(
            format!("Adressen «{url}» kan ikke bruges: kun http- og https-adresser hentes."),
            format!(
                "The address “{url}” cannot be used: only http and https addresses are fetched."
            ),
        ));
    }
    let offline = || {
        let online = web_sys::window()
            .map(|w| w.navigator().on_line())
            .unwrap_or(true);
        if online {
            LoadError::new(
                format!("{url} kunne ikke hentes. Adressen svarer ikke, eller serveren tillader ikke at browseren henter filen (CORS)."),
                format!("{url} could not be fetched. The address does not answer, or the server does not let the browser fetch the file (CORS)."),
            )
        } else {
            LoadError::new(
                format!("{url} kunne ikke hentes, fordi browseren er offline. Hent filen, når der er net, eller indlæs den fra disken."),
                format!("{url} could not be fetched because the browser is offline. Fetch it when online, or load it from disk."),
            )
        }
    };
    let resp = Request::get(url).send().await.map_err(|_| offline())?;
    if !resp.ok() {
        return Err(LoadError::new(
            format!("{url} kunne ikke hentes (HTTP {}).", resp.status()),
            format!("{url} could not be fetched (HTTP {}).", resp.status()),
        ));
    }
    resp.text().await.map_err(|_| offline())
}

fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// Parse boundaries in slices of about 30 ms, yielding to the browser in between and
/// reporting progress (0–1) so a progress bar can move.
pub async fn parse_boundaries_sliced(
    text: Arc<str>,
    options: &BoundaryOptions,
    progress: impl Fn(f64),
) -> Result<Loaded<Boundaries>, LoadError> {
    atlas_core::limits::check_size(
        atlas_core::limits::FileKind::Boundaries,
        "Filen",
        text.len() as u64,
    )?;
    let body: &str = text.trim_start_matches('\u{feff}');
    let mut scanner = FeatureScanner::new();
    let mut builder = BoundaryBuilder::new(options.clone());
    let total = body.len().max(1) as f64;
    let mut slice_start = now_ms();
    loop {
        let step = match scanner.scan(body, 32 * 1024) {
            Ok(s) => s,
            Err(_) => return Err(classify_parse_failure(body)),
        };
        builder.feed(body, &step)?;
        if step.done {
            break;
        }
        if now_ms() - slice_start > 30.0 {
            progress(scanner.position() as f64 / total);
            gloo::timers::future::TimeoutFuture::new(0).await;
            slice_start = now_ms();
        }
    }
    progress(1.0);
    gloo::timers::future::TimeoutFuture::new(0).await;
    builder.finish_with_text(body)
}

/// Fetch and load the embedded demo: boundaries and table.
pub async fn load_demo_boundaries() -> Result<BoundarySet, LoadError> {
    let text: Arc<str> = Arc::from(fetch_text(DEMO_BOUNDARIES).await?);
    prepare_boundaries(
        text,
        BoundaryOptions::default(),
        "demo".into(),
        true,
        |_| {},
    )
    .await
}

/// Fetch and load the demo table with its metadata.
pub async fn load_demo_table() -> Result<TableSet, LoadError> {
    let csv = fetch_text(DEMO_TABLE).await?;
    let meta = fetch_text(DEMO_META).await?;
    let sidecar = parse_sidecar(&meta)?;
    Ok(TableSet {
        loaded: parse_csv(&csv, Some(&sidecar))?,
        source: "demo".into(),
        is_demo: true,
        mappings: Vec::new(),
        text: Arc::from(csv),
    })
}
