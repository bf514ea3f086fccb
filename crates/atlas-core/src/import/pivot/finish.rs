//! The pivoted rows made into a table: indicators in the sidecar's order with their
//! metadata, or one cube per measure for a table split by dimensions.

use super::{Pivot, MAX_COMBINATIONS_AS_INDICATORS};
use crate::import::cube::{is_total, Cube, Dimension};
use crate::import::table::Table;
use crate::issue::{Issue, IssueKind, LoadError, LoadErrorKind, Loaded, Location};
use crate::model::indicator::IndicatorMeta;

/// One indicator's years (ascending) and values `[year][area]`.
type Column = (Vec<Option<i32>>, Vec<Vec<Option<f64>>>);

impl Pivot {
    /// Is the table split into dimensions (one indicator per measure, with pickers)?
    fn is_cube(&self) -> bool {
        !self.cols.dims.is_empty()
            && (self.cols.dims.len() >= 2 || self.combos.len() > MAX_COMBINATIONS_AS_INDICATORS)
    }

    /// The table, with the problems found.
    pub fn finish(mut self) -> Result<Loaded<Table>, LoadError> {
        if self.duplicates > 5 {
            self.issues.push(Issue::warning(
                Location::File,
                IssueKind::ValuesRepeatedInAll {
                    count: self.duplicates,
                },
            ));
        }
        if self.invalid > 5 {
            self.issues.push(Issue::warning(
                Location::File,
                IssueKind::NumbersUnreadableInAll {
                    count: self.invalid,
                },
            ));
        }
        if self.rows.is_empty() {
            return Err(LoadError::new(LoadErrorKind::NoAreaCodes));
        }
        let (ids, columns, cubes) = if self.is_cube() {
            self.cube_columns()
        } else {
            let ids: Vec<String> = self
                .pairs
                .iter()
                .map(|&(m, c)| self.pair_name(m as usize, c as usize))
                .collect();
            (ids, self.pair_columns(), Vec::new())
        };
        let mut table = self.assemble(ids, columns);
        for mut cube in cubes {
            if let Some(meta) = table.indicators.iter().find(|m| m.column == cube.column) {
                cube.judge_summable(meta);
            }
            self.issues.push(Issue::info(
                Location::Column {
                    name: cube.column.clone(),
                },
                IssueKind::SplitByDimensions {
                    dimensions: cube.dims.iter().map(|d| d.name.clone()).collect(),
                    combinations: cube.dims.iter().map(|d| d.categories.len()).product(),
                },
            ));
            let (absent, cells) = cube.absent();
            if cube.summable && absent > 0 {
                self.issues.push(Issue::info(
                    Location::Column {
                        name: cube.column.clone(),
                    },
                    IssueKind::AbsentCountedAsZero { absent, cells },
                ));
            }
            table.cubes.push(cube);
        }
        // each cube's indicator shows its default choice until the user picks
        for c in 0..table.cubes.len() {
            let choice = table.cubes[c].default_choice();
            table.set_choice(c, &choice);
        }
        Ok(Loaded {
            value: table,
            issues: self.issues,
        })
    }

    /// Every pair's values: its years (ascending) and `[year][area]`.
    fn pair_columns(&self) -> Vec<Column> {
        let mut years: Vec<Vec<Option<i32>>> = vec![Vec::new(); self.pairs.len()];
        for (p, y, _) in self.cells.keys() {
            let ys = &mut years[*p as usize];
            if !ys.contains(y) {
                ys.push(*y);
            }
        }
        years
            .into_iter()
            .enumerate()
            .map(|(pair, mut ys)| {
                ys.sort();
                let values = ys
                    .iter()
                    .map(|y| {
                        (0..self.rows.len())
                            .map(|a| {
                                self.cells
                                    .get(&(pair as u32, *y, a as u32))
                                    .copied()
                                    .flatten()
                            })
                            .collect()
                    })
                    .collect();
                (ys, values)
            })
            .collect()
    }

    /// A table split into dimensions: one cube (and one indicator) per measure.
    fn cube_columns(&self) -> (Vec<String>, Vec<Column>, Vec<Cube>) {
        let years: Vec<Option<i32>> = self
            .cells
            .keys()
            .map(|(_, y, _)| *y)
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .collect();
        let dims: Vec<Dimension> = self
            .cols
            .dims
            .iter()
            .enumerate()
            .map(|(d, &col)| {
                let categories = self.categories[d].clone();
                let totals: Vec<usize> = (0..categories.len())
                    .filter(|&c| is_total(&categories[c]))
                    .collect();
                Dimension {
                    name: self.header[col].clone(),
                    total: (totals.len() == 1).then(|| totals[0]),
                    categories,
                }
            })
            .collect();
        let mut ids = Vec::new();
        let mut columns = Vec::new();
        let mut cubes = Vec::new();
        let combo_cats: Vec<Vec<usize>> = self
            .combos
            .iter()
            .map(|c| c.iter().map(|&i| i as usize).collect())
            .collect();
        for &m in &self.cols.measures {
            let id = self.header[m].clone();
            let mut cube = Cube::new(&id, dims.clone(), years.clone(), self.rows.len());
            for (&(pair, year, area), value) in &self.cells {
                let (pm, combo) = self.pairs[pair as usize];
                if pm as usize != m {
                    continue;
                }
                let Ok(y) = years.binary_search(&year) else {
                    continue;
                };
                cube.set(&combo_cats[combo as usize], y, area as usize, *value);
            }
            ids.push(id);
            columns.push((years.clone(), Vec::new()));
            cubes.push(cube);
        }
        (ids, columns, cubes)
    }

    /// Indicators in the sidecar's order with their metadata; columns without a
    /// value anywhere (and not described) left out.
    fn assemble(&mut self, ids: Vec<String>, columns: Vec<Column>) -> Table {
        let sidecar = self.sidecar.clone();
        let described = |id: &str| {
            sidecar
                .as_ref()
                .and_then(|s| s.indicators.iter().find(|m| m.column == id))
        };
        let cube_ids: Vec<String> = if self.is_cube() {
            ids.clone()
        } else {
            Vec::new()
        };
        let mut order: Vec<usize> = (0..ids.len()).collect();
        if let Some(sc) = &sidecar {
            // Described indicators first, in the sidecar's order.
            order.sort_by_key(|&i| {
                sc.indicators
                    .iter()
                    .position(|m| m.column == ids[i])
                    .unwrap_or(usize::MAX)
            });
            for m in &sc.indicators {
                if !ids.contains(&m.column) {
                    self.issues.push(Issue::warning(
                        Location::Column {
                            name: m.column.clone(),
                        },
                        IssueKind::DescribedColumnMissing,
                    ));
                }
            }
        }
        let mut indicators = Vec::new();
        let mut years = Vec::new();
        let mut values = Vec::new();
        for i in order {
            let id = &ids[i];
            let (ys, cols) = columns[i].clone();
            let is_cube = cube_ids.contains(id);
            if !is_cube && cols.iter().flatten().all(Option::is_none) && described(id).is_none() {
                continue;
            }
            // A year in which the indicator has no value anywhere is not one of its years
            // (a wide table with income from 2000 and population from 1991).
            let (ys, cols): (Vec<_>, Vec<_>) = if cols.iter().any(|c| c.iter().any(Option::is_some))
            {
                ys.into_iter()
                    .zip(cols)
                    .filter(|(_, c)| c.iter().any(Option::is_some))
                    .unzip()
            } else {
                (ys, cols)
            };
            let mut meta = described(id)
                .cloned()
                .unwrap_or_else(|| IndicatorMeta::from_column(id));
            if meta.year.is_none() {
                meta.year = ys.iter().rev().flatten().next().copied();
            }
            indicators.push(meta);
            years.push(ys);
            values.push(cols);
        }
        Table {
            key_column: self.header[self.cols.key].clone(),
            name_column: self.cols.name.map(|i| self.header[i].clone()),
            time_column: self.cols.time.map(|i| self.header[i].clone()),
            rows: std::mem::take(&mut self.rows),
            indicators,
            years,
            values,
            dataset: sidecar.map(|s| s.dataset).unwrap_or_default(),
            cubes: Vec::new(),
            attributes: self
                .cols
                .attributes
                .iter()
                .zip(std::mem::take(&mut self.attributes))
                .map(|(&c, values)| (self.header[c].clone(), values))
                .collect(),
        }
    }
}
