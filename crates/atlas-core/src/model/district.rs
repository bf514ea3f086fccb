//! One area of the map: as the boundary file gave it ([`District`], with its
//! geometry) and as the joined model keeps it ([`Area`], key and name only, so a
//! model rebuilt for a new table never copies geometry).

use geo::MultiPolygon;

/// One area of the map.
#[derive(serde::Serialize, serde::Deserialize, Clone, Debug, PartialEq)]
pub struct District {
    /// The join key, always a string: `"0101"` stays `"0101"`.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Geometry in WGS84 lon/lat degrees. It stays in the loader worker (the page
    /// draws from the shaped `MapGeometry` and takes areas from
    /// `Boundaries::areas_km2`), so it does not cross to the page.
    #[serde(skip, default = "no_rings")]
    pub geometry: MultiPolygon<f64>,
}

/// What a district that crossed from the loader worker has for rings: none.
fn no_rings() -> MultiPolygon<f64> {
    MultiPolygon::new(Vec::new())
}

/// A district as the joined model knows it: its key and its name.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Area {
    /// The join key, always a string: `"0101"` stays `"0101"`.
    pub id: String,
    /// Display name.
    pub name: String,
}

impl Area {
    /// An area with key `id` called `name`.
    pub fn new(id: impl Into<String>, name: impl Into<String>) -> Self {
        Area {
            id: id.into(),
            name: name.into(),
        }
    }
}

impl From<&District> for Area {
    fn from(d: &District) -> Self {
        Area::new(d.id.clone(), d.name.clone())
    }
}
