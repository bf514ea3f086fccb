//! The edit log applied to a joined atlas, in order: pastes read and joined like a
//! file (their columns added or updating those of the same name), typed figures, new
//! columns, computed columns (recomputed each time, so they follow their inputs). Districts are aligned by position: every join lists them in the
//! boundaries' order.

use crate::geometry::area::areas_km2;
use crate::import::boundaries::Boundaries;
use crate::import::paste::grid_from_paste;
use crate::import::table::table_from_grid;
use crate::issue::Issue;
use crate::join::{join_with, JoinReport};
use crate::model::atlas::Atlas;
use crate::model::derive::{derive_with, Recipe};
use crate::model::edits::{Edit, EditLog};
use crate::model::indicator::IndicatorMeta;

/// What applying the log found: the problems of the pasted ranges, and the join report
/// of the last paste (shown to the user, with hand mapping).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EditOutcome {
    pub issues: Vec<Issue>,
    pub last_paste: Option<JoinReport>,
}

/// The source of figures entered by hand.
pub const HAND_SOURCE: &str = "Indtastet manuelt";

/// Index of `column`'s year `year`, adding the year (all missing) when it has none.
fn year_slot(atlas: &mut Atlas, i: usize, year: Option<i32>) -> usize {
    let n = atlas.districts.len();
    let years = &mut atlas.years[i];
    if let Some(k) = years.iter().position(|y| *y == year) {
        return k;
    }
    // a table without time has one unnamed year: a typed figure goes there
    if year.is_none() || (years.len() == 1 && years[0].is_none()) {
        return years.len() - 1;
    }
    let k = years
        .iter()
        .position(|y| y.is_some_and(|y| Some(y) > year))
        .unwrap_or(years.len());
    years.insert(k, year);
    atlas.values[i].insert(k, vec![None; n]);
    k
}

/// Add an empty indicator described by `meta` (nothing when its column exists).
fn add_column(atlas: &mut Atlas, meta: &IndicatorMeta) -> usize {
    if let Some(i) = atlas
        .indicators
        .iter()
        .position(|m| m.column == meta.column)
    {
        return i;
    }
    let n = atlas.districts.len();
    atlas.indicators.push(meta.clone());
    atlas.years.push(vec![meta.year]);
    atlas.values.push(vec![vec![None; n]]);
    atlas.indicators.len() - 1
}

/// Merge the pasted atlas `p` into `atlas`: new columns appended, figures of existing
/// ones replaced where the paste has them.
fn merge(atlas: &mut Atlas, p: &Atlas) {
    for (k, meta) in p.indicators.iter().enumerate() {
        let i = match atlas
            .indicators
            .iter()
            .position(|m| m.column == meta.column)
        {
            Some(i) => i,
            None => {
                let mut meta = meta.clone();
                meta.source = HAND_SOURCE.to_owned();
                add_column(atlas, &IndicatorMeta { year: None, ..meta })
            }
        };
        let mut typed = 0;
        for (yk, year) in p.years[k].iter().enumerate() {
            let slot = year_slot(atlas, i, *year);
            for (d, v) in p.values[k][yk].iter().enumerate() {
                if let (Some(v), Some(cell)) = (v, atlas.values[i][slot].get_mut(d)) {
                    *cell = Some(*v);
                    typed += 1;
                }
            }
        }
        atlas.indicators[i].hand_edits += typed;
    }
}

/// Apply `log` to `atlas` (joined onto `boundaries`).
///
/// ```
/// use atlas_core::model::edits::{Edit, EditLog};
/// use atlas_core::pipeline::apply_edits;
/// let mut atlas = atlas_core::Atlas::default();
/// let out = apply_edits(&mut atlas, &Default::default(), &EditLog::default());
/// assert!(out.issues.is_empty() && out.last_paste.is_none());
/// ```
pub fn apply_edits(atlas: &mut Atlas, boundaries: &Boundaries, log: &EditLog) -> EditOutcome {
    apply_edits_with(atlas, boundaries, log, None)
}

/// As [`apply_edits`], with the map's topology for what needs neighbours (a rate
/// smoothed towards each area's neighbourhood: queen contiguity).
pub fn apply_edits_with(
    atlas: &mut Atlas,
    boundaries: &Boundaries,
    log: &EditLog,
    topology: Option<&crate::geometry::topology::Topology>,
) -> EditOutcome {
    let mut out = EditOutcome::default();
    let mut neighbours: Option<Vec<Vec<usize>>> = None;
    // districts' areas, computed once when a per-km² indicator needs them
    let mut areas: Option<Vec<Option<f64>>> = None;
    // computed columns last, in their order: they follow every edit of their inputs
    // descriptions after that
    let rank = |e: &Edit| match e {
        Edit::Derive { .. } => 1,
        Edit::Describe { .. } => 2,
        _ => 0,
    };
    let mut ordered: Vec<&Edit> = log.done.iter().collect();
    ordered.sort_by_key(|e| rank(e));
    for edit in ordered {
        match edit {
            Edit::Paste { text, mappings } => {
                let unnamed = atlas
                    .indicators
                    .iter()
                    .filter(|m| m.column.starts_with("Indsat "))
                    .count()
                    + 1;
                let Ok(grid) = grid_from_paste(text, unnamed) else {
                    continue;
                };
                let Ok(table) = table_from_grid(&grid.value, None) else {
                    continue;
                };
                out.issues.extend(table.issues);
                let (pasted, report) = join_with(boundaries, table.value, mappings);
                merge(atlas, &pasted.value);
                out.last_paste = Some(report);
            }
            Edit::Cell {
                district,
                column,
                year,
                value,
            } => set_cell(atlas, district, column, *year, *value),
            Edit::Cells { cells } => {
                for (district, column, year, value) in cells {
                    set_cell(atlas, district, column, *year, *value);
                }
            }
            Edit::Column { meta } => {
                let mut meta = meta.clone();
                if meta.source.is_empty() {
                    meta.source = HAND_SOURCE.to_owned();
                }
                add_column(atlas, &meta);
            }
            Edit::Describe { meta } => {
                if let Some(m) = atlas
                    .indicators
                    .iter_mut()
                    .find(|m| m.column == meta.column)
                {
                    let hand = m.hand_edits;
                    *m = IndicatorMeta {
                        hand_edits: hand,
                        ..meta.clone()
                    };
                }
            }
            Edit::Derive { meta, recipe } => {
                if matches!(recipe, Recipe::PerKm2 { .. }) && areas.is_none() {
                    // measured by the loader worker, or here when the rings are at hand
                    areas = Some(
                        if boundaries.areas_km2.len() == boundaries.districts.len() {
                            boundaries.areas_km2.clone()
                        } else {
                            areas_km2(&boundaries.districts)
                        },
                    );
                }
                if matches!(recipe, Recipe::Smoothed { spatial: true, .. }) && neighbours.is_none()
                {
                    neighbours = topology.map(|t| t.queen());
                }
                let Some((years, values)) = derive_with(
                    atlas,
                    recipe,
                    areas.as_deref().unwrap_or(&[]),
                    neighbours.as_deref().unwrap_or(&[]),
                ) else {
                    continue;
                };
                set_column(atlas, meta, years, values);
            }
        }
    }
    out
}

/// One typed figure (a district or column no longer there is passed over).
fn set_cell(
    atlas: &mut Atlas,
    district: &str,
    column: &str,
    year: Option<i32>,
    value: Option<f64>,
) {
    let (Some(d), Some(i)) = (
        atlas.district_by_id(district),
        atlas.indicators.iter().position(|m| m.column == column),
    ) else {
        return;
    };
    let slot = year_slot(atlas, i, year);
    atlas.values[i][slot][d] = value;
    atlas.indicators[i].hand_edits += 1;
}

/// Put a computed column in the atlas: replacing one of the same name, else added.
fn set_column(
    atlas: &mut Atlas,
    meta: &IndicatorMeta,
    years: Vec<Option<i32>>,
    values: Vec<Vec<Option<f64>>>,
) {
    match atlas
        .indicators
        .iter()
        .position(|m| m.column == meta.column)
    {
        Some(i) => {
            atlas.indicators[i] = meta.clone();
            atlas.years[i] = years;
            atlas.values[i] = values;
        }
        None => {
            atlas.indicators.push(meta.clone());
            atlas.years.push(years);
            atlas.values.push(values);
        }
    }
}
