//! GeoJSON → districts.
//!
//! Accepts a FeatureCollection, a single Feature or a bare geometry. Polygons,
//! MultiPolygons and GeometryCollections of polygons become district geometry;
//! everything else is skipped with a note. Features sharing a key are one district.
//! Problems are reported as [`Issue`](crate::issue::Issue)s naming the feature; only unusable input is a
//! [`LoadError`](crate::issue::LoadError).

mod builder;
pub mod crossing;
mod errors;
mod groupings;
mod keys;
mod merge;
mod rings;
mod validate;

pub use builder::BoundaryBuilder;
pub use errors::{binary_kind, classify_parse_failure, explain_feature_error};
pub use keys::{propose_key_property, propose_name_property};
pub use validate::{Validator, VALIDATION_VERTEX_BUDGET, VALIDATION_VERTEX_LIMIT};

use crate::geometry::crs::Crs;
pub use crate::model::district::District;
use crate::text::noun::Noun;

/// How the coordinate system of a file was decided.
#[derive(serde::Serialize, serde::Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
pub enum CrsSource {
    /// Named by the file's `crs` member.
    Declared,
    /// No `crs` member and the coordinates are degrees: RFC 7946 WGS84.
    Default,
    /// No `crs` member; guessed from the coordinates' extent.
    Inferred,
    /// Chosen by the user.
    Chosen,
}

/// The districts of one boundary file plus what was learned about it.
#[derive(serde::Serialize, serde::Deserialize, Clone, Debug, PartialEq)]
pub struct Boundaries {
    pub districts: Vec<District>,
    /// Property used as key (`None` = feature id or position).
    pub key_property: Option<String>,
    /// Property used as display name.
    pub name_property: Option<String>,
    /// Properties present on every feature: the choices for key and name.
    pub property_names: Vec<String>,
    /// A `note`/`description`/`name` member of the collection.
    pub note: Option<String>,
    /// The file's coordinate system and how it was decided.
    pub crs: Crs,
    pub crs_source: CrsSource,
    /// Features read (before merging parts that share a key).
    pub feature_count: usize,
    /// Each district's area in km², when the loader worker has measured it (its
    /// lon/lat rings stay in the worker); empty otherwise: measure the districts.
    #[serde(default)]
    pub areas_km2: Vec<Option<f64>>,
    /// What the areas are called: chosen ([`BoundaryOptions::noun`]) or guessed from
    /// the properties and keys (see [`Noun::guess`]).
    #[serde(default)]
    pub noun: Noun,
    /// Properties that several areas share a value of (`bydel_navn` on kvarterer):
    /// each with its value per district, for «alle med samme …».
    #[serde(default)]
    pub groupings: Vec<(String, Vec<Option<String>>)>,
    /// The grid these areas are the cells of, when a grid table made them (each id
    /// is then a cell code): the map draws them as an image
    /// ([`crate::geometry::raster`]).
    #[serde(default)]
    pub grid: Option<crate::geometry::grid_cell::GridKind>,
}

impl Boundaries {
    /// Everything but the districts: key, name, properties, note, CRS (cheap to clone).
    pub fn summary(&self) -> Boundaries {
        Boundaries {
            districts: Vec::new(),
            key_property: self.key_property.clone(),
            name_property: self.name_property.clone(),
            property_names: self.property_names.clone(),
            note: self.note.clone(),
            crs: self.crs,
            crs_source: self.crs_source,
            feature_count: self.feature_count,
            areas_km2: Vec::new(),
            noun: self.noun,
            groupings: self.groupings.clone(),
            grid: self.grid,
        }
    }
}

impl Boundaries {
    /// District `d`'s value of the grouping property `property`.
    pub fn property_value(&self, d: usize, property: &str) -> Option<&str> {
        self.groupings
            .iter()
            .find(|(p, _)| p == property)
            .and_then(|(_, values)| values.get(d))
            .and_then(|v| v.as_deref())
    }
}

impl Default for Boundaries {
    fn default() -> Self {
        Boundaries {
            districts: Vec::new(),
            key_property: None,
            name_property: None,
            property_names: Vec::new(),
            note: None,
            crs: Crs::Wgs84,
            crs_source: CrsSource::Default,
            feature_count: 0,
            areas_km2: Vec::new(),
            noun: Noun::Omraade,
            groupings: Vec::new(),
            grid: None,
        }
    }
}

/// Choices the user can make about a boundary file.
#[derive(serde::Serialize, serde::Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct BoundaryOptions {
    /// Key property; `None` lets the loader propose one.
    pub key_property: Option<String>,
    /// Name property; `None` lets the loader propose one.
    pub name_property: Option<String>,
    /// Coordinate system; `None` reads the file's `crs` member or infers it.
    pub crs: Option<Crs>,
    /// What the areas are called (an example's or the user's word); `None` guesses.
    /// (No `skip_serializing_if`: options travel to the worker in postcard, which
    /// needs every field.)
    #[serde(default)]
    pub noun: Option<Noun>,
}
