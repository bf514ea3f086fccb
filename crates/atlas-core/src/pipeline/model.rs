//! Boundaries and a table joined into what the atlas view draws.

use crate::geometry::shapes::MapGeometry;
use crate::import::boundaries::{Boundaries, BoundaryOptions};
use crate::import::table::{CubeChoice, Table};
use crate::issue::{Issue, Loaded};
use crate::join::{join_with, JoinReport};
use crate::model::atlas::Atlas;
use crate::model::edits::EditLog;
use crate::pipeline::apply_edits_with;
use std::sync::Arc;

/// Width of the map's SVG user space; the height follows the data.
pub const MAP_WIDTH: f64 = 1000.0;
/// Margin around the districts inside that space.
pub const MAP_PADDING: f64 = 16.0;

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
    /// A grid table named by corner columns: how they were read (kept in its
    /// sidecar, so a reload reads the same cells).
    pub grid: Option<crate::import::grid_layer::GridReading>,
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
    /// The word for the areas that the example or the user gave (`None`: guessed;
    /// the word used is `atlas.noun`).
    pub boundary_noun: Option<crate::text::noun::Noun>,
    pub is_demo: bool,
    /// How the table met the map (`None` without a table).
    pub report: Option<JoinReport>,
    /// Label of the table source (`None` without a table).
    pub table_source: Option<String>,
    /// How the last pasted range met the map (`None` without a paste).
    pub paste_report: Option<JoinReport>,
    /// The table's measures split by dimensions, with the categories chosen.
    pub cubes: Vec<CubeChoice>,
    /// The grouping this model is dissolved by («Vis som grupper», see
    /// [`Model::dissolved`]); `None` = the areas as loaded.
    pub grouped_by: Option<String>,
}

/// Join boundaries and table. The geometry is shared, never copied: a new table or
/// mapping rebuilds only the joined values.
///
/// The demo's figures describe the demo's districts only: they are never painted
/// onto a user's own boundaries (names like "Valby" would match parishes elsewhere).
pub fn build_model(b: &BoundarySet, t: Option<&TableSet>) -> Model {
    build_model_with(b, t, &EditLog::default(), &[])
}

/// As [`build_model`], with the categories chosen in measures split by dimensions
/// (`(dimension, category or "alle")`, see [`Table::choose`]), then the user's edits
/// (pastes, typed figures, new columns) applied over the joined figures.
pub fn build_model_with(
    b: &BoundarySet,
    t: Option<&TableSet>,
    edits: &EditLog,
    categories: &[(String, String)],
) -> Model {
    let t = t.filter(|t| b.is_demo || !t.is_demo);
    let (table, chosen_issues, cubes) = match t {
        Some(t) => t.loaded.value.choose(categories),
        None => (Table::default(), Vec::new(), Vec::new()),
    };
    let mappings = t.map(|t| t.mappings.as_slice()).unwrap_or_default();
    let (joined, report) = join_with(&b.loaded.value, table, mappings);
    let mut issues = b.loaded.issues.clone();
    if let Some(t) = t {
        issues.extend(t.loaded.issues.iter().cloned());
    }
    issues.extend(chosen_issues);
    issues.extend(joined.issues);
    let mut atlas = joined.value;
    let edited = apply_edits_with(
        &mut atlas,
        &b.loaded.value,
        edits,
        Some(&b.geometry.topology),
    );
    issues.extend(edited.issues);
    Model {
        atlas,
        geometry: b.geometry.clone(),
        issues,
        boundary_source: b.source.clone(),
        boundaries: b.loaded.value.summary(),
        boundary_noun: b.options.noun,
        is_demo: b.is_demo,
        report: t.map(|_| report),
        table_source: t.map(|t| t.source.clone()),
        paste_report: edited.last_paste,
        cubes,
        grouped_by: None,
    }
}
