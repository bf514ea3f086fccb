//! A table whose rows name square grid cells is a map layer by itself: the cell code
//! is the geometry. [`recognise`] finds the cells — a column of codes
//! (`1kmN3621E4481`, `1km_6178_724`) or two columns with the south-west corner
//! (`n_km,e_km`, `nord,øst` in metres …) — and [`GridLayer::boundaries`] makes the
//! cells' squares, keyed by their codes, so the table joins onto them as onto any
//! boundary file.

use crate::geometry::crs::Reprojector;
use crate::geometry::grid_cell::{GridCell, GridKind, GridSystem};
use crate::import::boundaries::{Boundaries, CrsSource};
use crate::import::grid::Grid;
use crate::issue::{Issue, IssueKind, Loaded, Location};
use crate::model::district::District;
use crate::text::noun::Noun;
use geo::{LineString, MultiPolygon, Polygon};

/// Where a table's cells are.
#[derive(Clone, Debug, PartialEq)]
pub enum CellColumns {
    /// One column of cell codes.
    Codes { column: usize },
    /// The south-west corner's northing and easting, in `unit` metres (1000 for
    /// `n_km`, 1 for metres).
    Corner {
        north: usize,
        east: usize,
        unit: u32,
    },
}

/// A table recognised as a grid: where its cells are, the grid, and each row's cell.
#[derive(Clone, Debug, PartialEq)]
pub struct GridLayer {
    pub columns: CellColumns,
    pub system: GridSystem,
    /// The cells' side in metres.
    pub size: u32,
    /// Each row's cell, in the table's order (`None`: the row names none).
    pub cells: Vec<Option<GridCell>>,
}

/// How a table's corner columns are read as cells — the grid, the cells' side and
/// the corner's unit —: what the grid dialog proposes and the user may change. Kept
/// in the table's sidecar, so a reload reads the table the same way.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct GridReading {
    pub system: GridSystem,
    /// The cells' side in metres.
    pub size: u32,
    /// Metres per unit of the corner's columns (1000: km, 1: m).
    pub unit: u32,
}

/// The cell sides a grid dialog offers, in metres.
pub const CELL_SIZES: [u32; 4] = [100, 250, 1_000, 10_000];

/// Header names of a corner's northing and easting (lower case), in the order
/// looked for; a name ending in `_km` is in kilometres. A bare `n` is a count.
const NORTH: [&str; 7] = ["n_km", "n_m", "nord", "north", "northing", "y_km", "y"];
const EAST: [&str; 8] = ["e_km", "e_m", "øst", "oest", "east", "easting", "x_km", "x"];

/// The cell sizes a grid is taken to have, largest first.
const SIZES: [u32; 4] = [10_000, 1_000, 250, 100];

/// Find the grid cells of `table`: a column whose every value is a cell code of one
/// grid and size, else two corner columns by name. `None` when it names no cells.
///
/// ```
/// use atlas_core::import::grid::Grid;
/// use atlas_core::import::grid_layer::{recognise, CellColumns};
/// use atlas_core::geometry::grid_cell::GridSystem;
/// let table = Grid {
///     header: vec!["n_km".into(), "e_km".into(), "befolkning".into()],
///     rows: vec![(2, vec!["3621".into(), "4481".into(), "23683".into()])],
///     ..Default::default()
/// };
/// let g = recognise(&table).unwrap();
/// assert_eq!(g.columns, CellColumns::Corner { north: 0, east: 1, unit: 1000 });
/// assert_eq!((g.system, g.size), (GridSystem::Inspire, 1000));
/// assert_eq!(g.cells[0].unwrap().code(), "1kmN3621E4481");
/// ```
pub fn recognise(table: &Grid) -> Option<GridLayer> {
    recognise_as(table, None)
}

/// As [`recognise`], with corner columns read as `reading` says when it is given
/// (a column of codes names its own grid).
///
/// ```
/// use atlas_core::import::grid::Grid;
/// use atlas_core::import::grid_layer::{recognise_as, GridReading};
/// use atlas_core::geometry::grid_cell::GridSystem;
/// let table = Grid {
///     header: vec!["y".into(), "x".into(), "antal".into()],
///     rows: vec![(2, vec!["6178000".into(), "724000".into(), "12".into()])],
///     ..Default::default()
/// };
/// // whole kilometres: taken for 1 km cells; the user says they are 100 m cells
/// assert_eq!(recognise_as(&table, None).unwrap().cells[0].unwrap().code(), "1km_6178_724");
/// let chosen = GridReading { system: GridSystem::Kvadratnet, size: 100, unit: 1 };
/// assert_eq!(recognise_as(&table, Some(chosen)).unwrap().cells[0].unwrap().code(), "100m_61780_7240");
/// ```
pub fn recognise_as(table: &Grid, reading: Option<GridReading>) -> Option<GridLayer> {
    codes(table).or_else(|| corners(table, reading))
}

/// A column of codes of one grid and size.
fn codes(table: &Grid) -> Option<GridLayer> {
    (0..table.header.len()).find_map(|column| {
        let mut kind = None;
        let mut cells = Vec::with_capacity(table.rows.len());
        for (_, row) in &table.rows {
            let text = row.get(column).map(|t| t.trim()).unwrap_or("");
            if text.is_empty() {
                cells.push(None);
                continue;
            }
            let cell = GridCell::parse(text)?;
            match kind {
                None => kind = Some((cell.system, cell.size)),
                Some(k) if k != (cell.system, cell.size) => return None,
                Some(_) => {}
            }
            cells.push(Some(cell));
        }
        let (system, size) = kind?;
        Some(GridLayer {
            columns: CellColumns::Codes { column },
            system,
            size,
            cells,
        })
    })
}

/// The grid a corner at `north`, `east` metres lies on in Denmark.
fn system_at(north: i64, east: i64) -> Option<GridSystem> {
    if (3_000_000..4_500_000).contains(&north) && (3_500_000..5_500_000).contains(&east) {
        Some(GridSystem::Inspire)
    } else if (5_900_000..6_500_000).contains(&north) && (350_000..1_000_000).contains(&east) {
        Some(GridSystem::Kvadratnet)
    } else {
        None
    }
}

fn gcd(a: i64, b: i64) -> i64 {
    if b == 0 {
        a.abs()
    } else {
        gcd(b, a % b)
    }
}

/// Two corner columns by name, their numbers whole in their unit; the grid, size
/// and unit as `reading` says, else as the names and numbers suggest.
fn corners(table: &Grid, reading: Option<GridReading>) -> Option<GridLayer> {
    let find = |names: &[&str]| {
        names.iter().find_map(|n| {
            table
                .header
                .iter()
                .position(|h| h.trim().to_lowercase() == *n)
                .map(|i| (i, n.ends_with("_km")))
        })
    };
    let ((north, km), (east, east_km)) = (find(&NORTH)?, find(&EAST)?);
    if km != east_km && reading.is_none() {
        return None;
    }
    let unit: u32 = reading.map_or(if km { 1000 } else { 1 }, |r| r.unit);
    let metres = |row: &[String], column: usize| -> Option<i64> {
        let t = row.get(column)?.trim();
        let v: i64 = t.parse().ok()?;
        v.checked_mul(i64::from(unit))
    };
    let mut points = Vec::with_capacity(table.rows.len());
    let mut step = 0;
    for (_, row) in &table.rows {
        let p = metres(row, north).zip(metres(row, east));
        if let Some((n, e)) = p {
            step = gcd(gcd(step, n), e);
        }
        points.push(p);
    }
    let (n0, e0) = points.iter().flatten().next().copied()?;
    let (system, size) = match reading {
        Some(r) => (r.system, r.size),
        None => (
            system_at(n0, e0)?,
            SIZES.into_iter().find(|s| step % i64::from(*s) == 0)?,
        ),
    };
    let cells = points
        .into_iter()
        .map(|p| p.and_then(|(n, e)| GridCell::from_corner(system, size, e, n)))
        .collect();
    Some(GridLayer {
        columns: CellColumns::Corner { north, east, unit },
        system,
        size,
        cells,
    })
}

impl GridLayer {
    /// How its corner columns were read (`None`: a column of codes).
    pub fn reading(&self) -> Option<GridReading> {
        match self.columns {
            CellColumns::Corner { unit, .. } => Some(GridReading {
                system: self.system,
                size: self.size,
                unit,
            }),
            CellColumns::Codes { .. } => None,
        }
    }

    /// Row `i`'s key: its cell's code.
    pub fn key(&self, i: usize) -> Option<String> {
        self.cells.get(i).copied().flatten().map(|c| c.code())
    }

    /// The cells as boundaries: one square per distinct cell, in the table's order,
    /// keyed and named by its code, in lon/lat; a row that names no cell is an issue
    /// (with its line in `table`).
    pub fn boundaries(&self, table: &Grid) -> Loaded<Boundaries> {
        self.cells_as_areas(table, true).0
    }

    /// The cells as areas keyed and named by their codes, with each area's cell —
    /// their squares in lon/lat only when `rings` (the map draws them from the cells:
    /// see [`crate::geometry::grid_shapes`]).
    pub fn cells_as_areas(&self, table: &Grid, rings: bool) -> (Loaded<Boundaries>, Vec<GridCell>) {
        let mut kept = Vec::new();
        let mut seen = std::collections::HashSet::new();
        let mut districts = Vec::new();
        let mut issues = Vec::new();
        let project = Reprojector::new(self.system.crs());
        for (i, cell) in self.cells.iter().enumerate() {
            let Some(cell) = cell else {
                let line = table.rows.get(i).map(|r| r.0).unwrap_or(i + 2);
                issues.push(Issue::warning(
                    Location::Row { line, key: None },
                    IssueKind::RowWithoutKey,
                ));
                continue;
            };
            if !seen.insert(*cell) {
                continue;
            }
            kept.push(*cell);
            let geometry = if rings {
                let mut ring = cell.corners().to_vec();
                ring.push(ring[0]);
                project.to_lonlat(&mut ring);
                MultiPolygon(vec![Polygon::new(LineString::from(ring), Vec::new())])
            } else {
                MultiPolygon(Vec::new())
            };
            let code = cell.code();
            districts.push(District {
                id: code.clone(),
                name: code,
                geometry,
            });
        }
        let loaded = Loaded {
            value: Boundaries {
                feature_count: districts.len(),
                districts,
                crs: self.system.crs(),
                crs_source: CrsSource::Declared,
                noun: Noun::Celle,
                grid: Some(GridKind {
                    system: self.system,
                    size: self.size,
                }),
                ..Default::default()
            },
            issues,
        };
        (loaded, kept)
    }
}

/// The header of the cell column a grid table is given (its codes, one per row).
pub const CELL_COLUMN: &str = "celle";

/// `text`'s grid table, when it is CSV/TSV (not JSON) naming grid cells.
fn grid_text(text: &str) -> Option<(Grid, GridLayer)> {
    grid_text_as(text, None)
}

/// [`grid_text`] with corner columns read as `reading` says (when given).
fn grid_text_as(text: &str, reading: Option<GridReading>) -> Option<(Grid, GridLayer)> {
    let body = text.trim_start_matches('\u{feff}').trim_start();
    if body.starts_with('{') || body.starts_with('[') {
        return None;
    }
    // the header and a few rows first: a table of districts is told at once, not
    // after reading all of a 270,000-row export
    let head: String = body.lines().take(20).flat_map(|l| [l, "\n"]).collect();
    recognise_as(
        &crate::import::grid::grid_from_csv(&head).ok()?.value,
        reading,
    )?;
    let grid = crate::import::grid::grid_from_csv(text).ok()?.value;
    let layer = recognise_as(&grid, reading)?;
    Some((grid, layer))
}

/// The squares of the grid cells `text` names (a CSV/TSV table), or `None` when it
/// is not such a table (a GeoJSON, or a table of districts).
///
/// ```
/// use atlas_core::import::grid_layer::boundaries_of_text;
/// let b = boundaries_of_text("n_km;e_km;befolkning\n3621;4481;23683\n").unwrap();
/// assert_eq!(b.value.districts[0].id, "1kmN3621E4481");
/// assert!(boundaries_of_text(r#"{"type":"FeatureCollection","features":[]}"#).is_none());
/// ```
pub fn boundaries_of_text(text: &str) -> Option<Loaded<Boundaries>> {
    let (grid, layer) = grid_text(text)?;
    Some(layer.boundaries(&grid))
}

/// The grid cells `text` names as areas without their squares, with each area's
/// cell, or `None` when it names none (the map draws the cells from the codes).
pub fn cells_of_text(text: &str) -> Option<(Loaded<Boundaries>, Vec<GridCell>)> {
    let (grid, layer) = grid_text(text)?;
    Some(layer.cells_as_areas(&grid, false))
}

/// `text` (a CSV/TSV table naming grid cells) with its cells as the first column,
/// [`CELL_COLUMN`], of codes in their own form — the corner's columns or the code
/// column it had replaced —, in the file's delimiter and with its cells' text
/// untouched otherwise, so the table's key is the cell and it joins onto
/// [`boundaries_of_text`]'s squares. `None` when `text` names no cells.
///
/// ```
/// use atlas_core::import::grid_layer::keyed_text;
/// assert_eq!(
///     keyed_text("n_km,e_km,befolkning\n3621,4481,23683\n").unwrap(),
///     "celle,befolkning\n1kmN3621E4481,23683\n"
/// );
/// assert_eq!(keyed_text("kode;navn\n0101;København\n"), None);
/// ```
pub fn keyed_text(text: &str) -> Option<String> {
    keyed_text_as(text, None).map(|(t, _)| t)
}

/// [`keyed_text`] with corner columns read as `reading` says (when given), and how
/// they were read (`None`: the table had a column of codes).
///
/// ```
/// use atlas_core::import::grid_layer::{keyed_text_as, GridReading};
/// use atlas_core::geometry::grid_cell::GridSystem;
/// let (text, read) = keyed_text_as("n_km,e_km,antal\n3621,4481,5\n", None).unwrap();
/// assert_eq!(text, "celle,antal\n1kmN3621E4481,5\n");
/// assert_eq!(read, Some(GridReading { system: GridSystem::Inspire, size: 1000, unit: 1000 }));
/// ```
pub fn keyed_text_as(
    text: &str,
    reading: Option<GridReading>,
) -> Option<(String, Option<GridReading>)> {
    let (grid, layer) = grid_text_as(text, reading)?;
    let dropped: Vec<usize> = match layer.columns {
        CellColumns::Codes { column } => vec![column],
        CellColumns::Corner { north, east, .. } => vec![north, east],
    };
    let kept = |row: &[String]| -> Vec<String> {
        row.iter()
            .enumerate()
            .filter(|(c, _)| !dropped.contains(c))
            .map(|(_, v)| v.clone())
            .collect()
    };
    let mut out = csv::WriterBuilder::new()
        .delimiter(crate::import::grid::sniff_delimiter(text))
        .from_writer(Vec::new());
    let mut header = vec![CELL_COLUMN.to_owned()];
    header.extend(kept(&grid.header));
    out.write_record(&header).ok()?;
    for (i, (_, row)) in grid.rows.iter().enumerate() {
        let mut record = vec![layer.key(i).unwrap_or_default()];
        record.extend(kept(row));
        out.write_record(&record).ok()?;
    }
    let read = layer.reading();
    Some((String::from_utf8(out.into_inner().ok()?).ok()?, read))
}

/// True when every row of `table` is keyed by a grid cell's code (a grid table,
/// read through [`keyed_text`]).
pub fn names_cells(table: &crate::import::table::Table) -> bool {
    !table.rows.is_empty() && table.rows.iter().all(|r| GridCell::parse(&r.key).is_some())
}
