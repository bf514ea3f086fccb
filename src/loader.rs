//! Fetching files and handing their text to the core loaders. The demo goes through
//! exactly this path, like a user's files will.

use atlas_core::boundaries::{parse_boundaries, BoundaryOptions};
use atlas_core::join::join;
use atlas_core::mapview::{build_geometry, MapGeometry};
use atlas_core::table::{parse_csv, parse_sidecar};
use atlas_core::{Atlas, Issue, LoadError};
use gloo::net::http::Request;

/// Width of the map's SVG user space; the height follows the data.
pub const MAP_WIDTH: f64 = 1000.0;
const MAP_PADDING: f64 = 16.0;

/// Where the embedded demo lives (copied from `public/demo` by Trunk).
pub const DEMO_BOUNDARIES: &str = "demo/bydele.geojson";
pub const DEMO_TABLE: &str = "demo/indikatorer.csv";
pub const DEMO_META: &str = "demo/indikatorer.meta.json";

/// Everything the atlas view needs, computed once per loaded data set.
#[derive(Clone, Debug, PartialEq)]
pub struct Model {
    pub atlas: Atlas,
    pub geometry: MapGeometry,
    pub issues: Vec<Issue>,
}

/// Build the model from file texts (pure; also used by the mount test).
pub fn model_from_texts(geojson: &str, csv: &str, meta: Option<&str>) -> Result<Model, LoadError> {
    let boundaries = parse_boundaries(geojson, &BoundaryOptions::default())?;
    let sidecar = meta.map(parse_sidecar).transpose()?;
    let table = parse_csv(csv, sidecar.as_ref())?;
    let joined = join(boundaries.value, table.value);
    let geometry =
        build_geometry(&joined.value.districts, MAP_WIDTH, MAP_PADDING).ok_or_else(|| {
            LoadError::new(
                "Områderne har ingen udstrækning, der kan tegnes.",
                "The areas have no extent that can be drawn.",
            )
        })?;
    let mut issues = boundaries.issues;
    issues.extend(table.issues);
    issues.extend(joined.issues);
    Ok(Model {
        atlas: joined.value,
        geometry,
        issues,
    })
}

async fn fetch_text(url: &str) -> Result<String, LoadError> {
    let offline = || {
        LoadError::new(
            format!("Filen {url} kunne ikke hentes. Er du offline, eller er adressen forkert?"),
            format!(
                "The file {url} could not be fetched. Are you offline, or is the address wrong?"
            ),
        )
    };
    let resp = Request::get(url).send().await.map_err(|_| offline())?;
    if !resp.ok() {
        return Err(LoadError::new(
            format!("Filen {url} kunne ikke hentes (HTTP {}).", resp.status()),
            format!(
                "The file {url} could not be fetched (HTTP {}).",
                resp.status()
            ),
        ));
    }
    resp.text().await.map_err(|_| offline())
}

/// Fetch and load the embedded demo.
pub async fn load_demo() -> Result<Model, LoadError> {
    let geojson = fetch_text(DEMO_BOUNDARIES).await?;
    let csv = fetch_text(DEMO_TABLE).await?;
    let meta = fetch_text(DEMO_META).await?;
    model_from_texts(&geojson, &csv, Some(&meta))
}
