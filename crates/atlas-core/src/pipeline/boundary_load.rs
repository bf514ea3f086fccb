//! One boundary file from text to drawable shapes, in steps of bounded work.

use crate::geometry::shapes::{GeometryBuilder, MapGeometry};
use crate::import::boundaries::{
    classify_parse_failure, Boundaries, BoundaryBuilder, BoundaryOptions,
};
use crate::import::limits::{check_size, FileKind};
use crate::import::scan::FeatureScanner;
use crate::issue::{LoadError, LoadErrorKind, Loaded};
use std::sync::Arc;

/// How much one [`BoundaryLoad::step`] may do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Budget {
    /// Bytes of text scanned (and the features in them read) while reading.
    pub bytes: usize,
    /// Vertices projected, cut or drawn while shaping.
    pub vertices: usize,
}

impl Budget {
    /// About a millisecond or two of work in the browser: what the app steps by.
    pub const SLICE: Budget = Budget {
        bytes: 32 * 1024,
        vertices: 20_000,
    };
    /// Everything at once (native parsing, tests).
    pub const ALL: Budget = Budget {
        bytes: usize::MAX,
        vertices: usize::MAX,
    };
}

/// The stage a load is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    /// Scanning the text and reading its features.
    Reading,
    /// Projecting, cutting into arcs, drawing paths.
    Shaping,
    /// Finished: call [`BoundaryLoad::finish`].
    Done,
}

/// Where a load stands after a step.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Progress {
    pub phase: Phase,
    /// 0–1 over the whole load (reading is the first 70 % when shaping follows).
    pub fraction: f64,
}

enum Stage {
    Reading {
        scanner: FeatureScanner,
        builder: Box<BoundaryBuilder>,
    },
    Shaping {
        loaded: Loaded<Boundaries>,
        builder: Box<GeometryBuilder>,
    },
    /// A grid table's cells, shaped from their codes.
    GridShaping {
        loaded: Loaded<Boundaries>,
        shaper: Box<crate::geometry::grid_shapes::GridShaper>,
    },
    Done {
        loaded: Loaded<Boundaries>,
        geometry: Option<MapGeometry>,
    },
    /// Only while moving between stages, or after an error.
    Spent,
}

/// A boundary file read and shaped step by step.
///
/// ```
/// use atlas_core::pipeline::{BoundaryLoad, Budget, Phase};
/// use atlas_core::import::boundaries::BoundaryOptions;
/// let text = r#"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":"1"},
///   "geometry":{"type":"Polygon","coordinates":[[[12.5,55.6],[12.7,55.6],[12.7,55.7],[12.5,55.6]]]}}]}"#;
/// let mut load = BoundaryLoad::new(text.into(), BoundaryOptions::default(), Some(1000.0)).unwrap();
/// while load.step(Budget { bytes: 16, vertices: 2 }).unwrap().phase != Phase::Done {}
/// let (boundaries, geometry) = load.finish().unwrap();
/// assert_eq!(boundaries.value.districts.len(), 1);
/// assert!(geometry.unwrap().paths[0].starts_with('M'));
/// ```
pub struct BoundaryLoad {
    text: Arc<str>,
    /// Byte offset after a byte-order mark.
    start: usize,
    /// Canvas width to shape for; `None` stops after reading.
    width: Option<f64>,
    stage: Stage,
}

impl BoundaryLoad {
    /// Start loading `text`; refused at once when it is over the size limit.
    /// `width` is the map's width in SVG user units (`None`: read only, no shapes).
    pub fn new(
        text: Arc<str>,
        options: BoundaryOptions,
        width: Option<f64>,
    ) -> Result<Self, LoadError> {
        check_size(FileKind::Boundaries, "Filen", text.len() as u64)?;
        let start = text.len() - text.trim_start_matches('\u{feff}').len();
        // a table that names grid cells is its own boundaries: the cells' squares
        if let Some((loaded, cells)) = crate::import::grid_layer::cells_of_text(&text) {
            // the squares' geometry from their codes, a slice at a time (see
            // `geometry::grid_shapes`); their rings are not made at all
            let stage = match width {
                None => Stage::Done {
                    loaded,
                    geometry: None,
                },
                Some(width) => Stage::GridShaping {
                    shaper: Box::new(
                        crate::geometry::grid_shapes::GridShaper::new(cells, width, MAP_PADDING)
                            .ok_or_else(no_extent)?,
                    ),
                    loaded,
                },
            };
            return Ok(BoundaryLoad {
                text,
                start,
                width,
                stage,
            });
        }
        Ok(BoundaryLoad {
            text,
            start,
            width,
            stage: Stage::Reading {
                scanner: FeatureScanner::new(),
                builder: Box::new(BoundaryBuilder::new(options)),
            },
        })
    }

    /// Step with `budget` until done.
    pub fn run(&mut self) -> Result<(), LoadError> {
        while self.step(Budget::ALL)?.phase != Phase::Done {}
        Ok(())
    }

    /// Do at most about `budget` of work.
    pub fn step(&mut self, budget: Budget) -> Result<Progress, LoadError> {
        let reading_share = if self.width.is_some() { 0.7 } else { 1.0 };
        match std::mem::replace(&mut self.stage, Stage::Spent) {
            Stage::Reading {
                mut scanner,
                mut builder,
            } => {
                let body = &self.text[self.start..];
                let step = scanner
                    .scan(body, budget.bytes)
                    .map_err(|_| classify_parse_failure(body))?;
                builder.feed(body, &step)?;
                if !step.done {
                    let fraction = scanner.position() as f64 / body.len().max(1) as f64;
                    self.stage = Stage::Reading { scanner, builder };
                    return Ok(Progress {
                        phase: Phase::Reading,
                        fraction: reading_share * fraction,
                    });
                }
                let loaded = (*builder).finish_with_text(body)?;
                self.stage = match self.width {
                    None => Stage::Done {
                        loaded,
                        geometry: None,
                    },
                    Some(width) => {
                        let builder =
                            GeometryBuilder::new(&loaded.value.districts, width, MAP_PADDING)
                                .ok_or_else(no_extent)?;
                        Stage::Shaping {
                            loaded,
                            builder: Box::new(builder),
                        }
                    }
                };
                Ok(self.progress(reading_share))
            }
            Stage::Shaping {
                loaded,
                mut builder,
            } => {
                let p = builder.step(&loaded.value.districts, budget.vertices);
                if p >= 1.0 {
                    let geometry = Some((*builder).finish(&loaded.value.districts));
                    self.stage = Stage::Done { loaded, geometry };
                } else {
                    self.stage = Stage::Shaping { loaded, builder };
                }
                Ok(self.progress(reading_share + (1.0 - reading_share) * p))
            }
            Stage::GridShaping { loaded, mut shaper } => {
                let p = shaper.step(budget.vertices);
                if p >= 1.0 {
                    let geometry = Some((*shaper).finish().ok_or_else(no_extent)?);
                    self.stage = Stage::Done { loaded, geometry };
                } else {
                    self.stage = Stage::GridShaping { loaded, shaper };
                }
                Ok(self.progress(p))
            }
            done @ Stage::Done { .. } => {
                self.stage = done;
                Ok(self.progress(1.0))
            }
            Stage::Spent => Err(no_extent()),
        }
    }

    fn progress(&self, fraction: f64) -> Progress {
        let phase = match self.stage {
            Stage::Reading { .. } => Phase::Reading,
            Stage::Shaping { .. } | Stage::GridShaping { .. } => Phase::Shaping,
            Stage::Done { .. } | Stage::Spent => Phase::Done,
        };
        let fraction = if phase == Phase::Done { 1.0 } else { fraction };
        Progress { phase, fraction }
    }

    /// The boundaries and (when a width was given) their shapes, finishing any work left.
    pub fn finish(mut self) -> Result<(Loaded<Boundaries>, Option<MapGeometry>), LoadError> {
        self.run()?;
        match self.stage {
            Stage::Done { loaded, geometry } => Ok((loaded, geometry)),
            _ => Err(no_extent()),
        }
    }
}

impl BoundaryLoad {
    /// As [`finish`](Self::finish) for a load started with a width: the shapes too.
    pub fn finish_shaped(self) -> Result<(Loaded<Boundaries>, MapGeometry), LoadError> {
        let (loaded, geometry) = self.finish()?;
        Ok((loaded, geometry.ok_or_else(no_extent)?))
    }
}

use super::model::MAP_PADDING;

/// The boundaries have nothing that can be drawn.
pub(crate) fn no_extent() -> LoadError {
    LoadError::new(LoadErrorKind::NoExtent)
}

/// Read GeoJSON text into districts, all at once and without shapes (the same
/// [`BoundaryLoad`] the app steps through).
///
/// ```
/// use atlas_core::import::boundaries::BoundaryOptions;
/// use atlas_core::pipeline::parse_boundaries;
/// let text = r#"{"type":"FeatureCollection","features":[{"type":"Feature",
///   "properties":{"bydel_kode":"02","navn":"Østerbro"},
///   "geometry":{"type":"Polygon","coordinates":[[[12.57,55.69],[12.6,55.69],[12.6,55.72],[12.57,55.69]]]}}]}"#;
/// let loaded = parse_boundaries(text, &BoundaryOptions::default()).unwrap();
/// assert_eq!(loaded.value.districts[0].id, "02");
/// assert_eq!(loaded.value.districts[0].name, "Østerbro");
/// ```
pub fn parse_boundaries(
    text: &str,
    options: &BoundaryOptions,
) -> Result<Loaded<Boundaries>, LoadError> {
    Ok(BoundaryLoad::new(Arc::from(text), options.clone(), None)?
        .finish()?
        .0)
}
