//! Which figures a cluster map is computed from: the shown indicator in the shown
//! year (univariate), or x and y in that year (bivariate), and for a univariate map of
//! an indicator with two or more years each year's column (Moran's I year by year in
//! Udvikling). The job sent to the loader worker is made from these.

use crate::classify::lisa::{LisaInput, LisaOptions};
use crate::geometry::projection::MapProjection;
use crate::geometry::topology::Topology;
use crate::geometry::weights::{Weights, WeightsKind};
use crate::model::atlas::Atlas;

/// The figures of one cluster map.
#[derive(Clone, Debug, PartialEq)]
pub struct LisaColumns {
    /// The variable whose clusters are mapped (the resource or need one when bivariate).
    pub x: Vec<Option<f64>>,
    /// The variable whose spatial lag x is compared with (bivariate only).
    pub y: Option<Vec<Option<f64>>>,
    /// Each year's column of a univariate map's indicator, when it has two or more.
    pub years: Vec<Vec<Option<f64>>>,
}

impl LisaColumns {
    /// Indicator `x` in year `year` (its latest when it has no such year), with its
    /// years when it has two or more.
    ///
    /// ```
    /// use atlas_core::classify::lisa_columns::LisaColumns;
    /// let mut atlas = atlas_core::Atlas::default();
    /// atlas.years = vec![vec![Some(2020), Some(2024)]];
    /// atlas.values = vec![vec![vec![Some(1.0), None], vec![Some(2.0), Some(3.0)]]];
    /// let c = LisaColumns::univariate(&atlas, 0, Some(2020));
    /// assert_eq!(c.x, vec![Some(1.0), None]);
    /// assert_eq!(c.years.len(), 2);
    /// assert_eq!(LisaColumns::univariate(&atlas, 0, None).x, vec![Some(2.0), Some(3.0)]);
    /// ```
    pub fn univariate(atlas: &Atlas, x: usize, year: Option<i32>) -> Self {
        let n = atlas.years(x).len();
        let years = if n < 2 {
            Vec::new()
        } else {
            (0..n).map(|yi| atlas.column_at(x, yi).to_vec()).collect()
        };
        Self {
            x: atlas.column_in(x, year).to_vec(),
            y: None,
            years,
        }
    }

    /// Indicator `x` against the spatial lag of `y`, both in year `year` (each its
    /// latest when it has no such year); no years.
    pub fn bivariate(atlas: &Atlas, x: usize, y: usize, year: Option<i32>) -> Self {
        Self {
            x: atlas.column_in(x, year).to_vec(),
            y: Some(atlas.column_in(y, year).to_vec()),
            years: Vec::new(),
        }
    }

    /// These figures with neighbours and options, as one computation.
    pub fn input(&self, neighbours: Weights, options: LisaOptions) -> LisaInput {
        LisaInput {
            neighbours: neighbours.into(),
            x: self.x.clone(),
            y: self.y.clone(),
            years: self.years.clone(),
            options,
        }
    }

    /// The loader worker's job: with the neighbours `made` already when there are
    /// some, else with the shapes to make them from (`kind` of `topology`).
    pub fn job_bytes(
        &self,
        made: Option<&Weights>,
        kind: WeightsKind,
        topology: &Topology,
        projection: &MapProjection,
        options: LisaOptions,
    ) -> Vec<u8> {
        match made {
            Some(w) => self.input(w.clone(), options).to_bytes(),
            None => {
                let years: Vec<&[Option<f64>]> = self.years.iter().map(Vec::as_slice).collect();
                LisaInput::shapes_bytes(
                    kind,
                    topology,
                    projection,
                    &self.x,
                    self.y.as_deref(),
                    &years,
                    options,
                )
            }
        }
    }
}
