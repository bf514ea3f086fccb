//! GeoJSON → districts.
//!
//! Accepts a FeatureCollection, a single Feature or a bare geometry. Polygons,
//! MultiPolygons and GeometryCollections of polygons become district geometry;
//! everything else is skipped with a note. Features sharing a key are one district.
//! Problems are reported as [`Issue`]s naming the feature; only unusable input is a
//! [`LoadError`].

use crate::issue::{Issue, LoadError, Loaded, Location};
use geo::{Coord, LineString, MultiPolygon, Polygon};
use geojson::{GeoJson, Geometry, GeometryValue, JsonObject, PolygonType};
use std::collections::HashMap;

/// One area of the map.
#[derive(Clone, Debug, PartialEq)]
pub struct District {
    /// The join key, always a string: `"0101"` stays `"0101"`.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Geometry in WGS84 lon/lat degrees.
    pub geometry: MultiPolygon<f64>,
}

/// The districts of one boundary file plus what was learned about it.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Boundaries {
    pub districts: Vec<District>,
    /// Property used as key (`None` = feature position).
    pub key_property: Option<String>,
    /// Property used as display name.
    pub name_property: Option<String>,
    /// A `note`/`description` foreign member of the collection, e.g. "simplified, illustrative".
    pub note: Option<String>,
}

/// Choices the user can make about a boundary file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BoundaryOptions {
    /// Key property; `None` lets the loader propose one.
    pub key_property: Option<String>,
    /// Name property; `None` lets the loader propose one.
    pub name_property: Option<String>,
}

/// Parse GeoJSON text into districts.
///
/// ```
/// use atlas_core::boundaries::{parse_boundaries, BoundaryOptions};
/// let text = r#"{"type":"FeatureCollection","features":[{"type":"Feature",
///   "properties":{"bydel_kode":"02","navn":"Østerbro"},
///   "geometry":{"type":"Polygon","coordinates":[[[12.57,55.69],[12.6,55.69],[12.6,55.72],[12.57,55.69]]]}}]}"#;
/// let loaded = parse_boundaries(text, &BoundaryOptions::default()).unwrap();
/// assert_eq!(loaded.value.districts[0].id, "02");
/// assert_eq!(loaded.value.districts[0].name, "Østerbro");
/// ```
pub fn parse_boundaries(
    text: &str,
    opts: &BoundaryOptions,
) -> Result<Loaded<Boundaries>, LoadError> {
    let gj: GeoJson = text.parse().map_err(|_| classify_parse_failure(text))?;
    let (features, note) = match gj {
        GeoJson::FeatureCollection(fc) => {
            let note = fc.foreign_members.as_ref().and_then(|m| {
                ["note", "description", "name"]
                    .iter()
                    .find_map(|k| m.get(*k).and_then(|v| v.as_str()).map(str::to_owned))
            });
            let feats = fc
                .features
                .into_iter()
                .map(|f| (f.properties.unwrap_or_default(), f.geometry, f.id))
                .collect::<Vec<_>>();
            (feats, note)
        }
        GeoJson::Feature(f) => (
            vec![(f.properties.unwrap_or_default(), f.geometry, f.id)],
            None,
        ),
        GeoJson::Geometry(g) => (vec![(JsonObject::new(), Some(g), None)], None),
    };
    if features.is_empty() {
        return Err(LoadError::new(
            "Filen er gyldig GeoJSON, men indeholder ingen områder (tom FeatureCollection).",
            "The file is valid GeoJSON but contains no areas (empty FeatureCollection).",
        ));
    }

    let props: Vec<&JsonObject> = features.iter().map(|(p, _, _)| p).collect();
    let key_property = opts
        .key_property
        .clone()
        .or_else(|| propose_key_property(&props));
    let name_property = opts
        .name_property
        .clone()
        .or_else(|| propose_name_property(&props));

    let mut issues = Vec::new();
    let mut districts: Vec<District> = Vec::new();
    let mut by_key: HashMap<String, usize> = HashMap::new();
    let mut skipped_other = 0usize;

    for (index, (props, geometry, fid)) in features.iter().enumerate() {
        let name = name_property
            .as_deref()
            .and_then(|k| props.get(k))
            .and_then(value_as_key);
        let loc = Location::Feature {
            index,
            name: name.clone(),
        };
        let key = match key_property.as_deref() {
            Some(k) => props.get(k).and_then(value_as_key),
            None => fid.as_ref().map(|id| match id {
                geojson::feature::Id::String(s) => s.clone(),
                geojson::feature::Id::Number(n) => n.to_string(),
            }),
        }
        .unwrap_or_else(|| (index + 1).to_string());

        let Some(geometry) = geometry else {
            issues.push(Issue::warning(
                loc,
                "har ingen geometri (null) og er sprunget over",
                "has no geometry (null) and was skipped",
            ));
            continue;
        };
        let mut polys = Vec::new();
        let mut other = 0usize;
        collect_polygons(geometry, &loc, &mut polys, &mut other, &mut issues, 0);
        skipped_other += other;
        if polys.is_empty() {
            if other == 0 {
                issues.push(Issue::warning(
                    loc,
                    "har ingen brugbare polygoner og er sprunget over",
                    "has no usable polygons and was skipped",
                ));
            }
            continue;
        }
        match by_key.get(&key) {
            Some(&i) => districts[i].geometry.0.extend(polys),
            None => {
                by_key.insert(key.clone(), districts.len());
                districts.push(District {
                    name: name.unwrap_or_else(|| key.clone()),
                    id: key,
                    geometry: MultiPolygon(polys),
                });
            }
        }
    }
    if skipped_other > 0 {
        issues.push(Issue::info(
            Location::File,
            format!("{skipped_other} punkter eller linjer er sprunget over; kun flader kan vises som områder"),
            format!("{skipped_other} points or lines were skipped; only polygons can be shown as areas"),
        ));
    }
    if districts.is_empty() {
        return Err(LoadError::new(
            "Filen indeholder ingen brugbare flader (polygoner), så der er intet at tegne.",
            "The file contains no usable polygons, so there is nothing to draw.",
        ));
    }
    Ok(Loaded {
        value: Boundaries {
            districts,
            key_property,
            name_property,
            note,
        },
        issues,
    })
}

/// Turn a parse failure into one sentence: not JSON, truncated, or JSON but not GeoJSON.
fn classify_parse_failure(text: &str) -> LoadError {
    match serde_json::from_str::<serde_json::Value>(text) {
        Err(e) if e.is_eof() => LoadError::new(
            "Filen ser afskåret ud: JSON-teksten slutter midt i det hele. Hent eller gem filen igen.",
            "The file looks truncated: the JSON text ends part-way through. Download or save it again.",
        ),
        Err(e) => LoadError::new(
            format!(
                "Filen er ikke gyldig JSON (fejl i linje {}, kolonne {}), så den kan ikke læses som GeoJSON.",
                e.line(),
                e.column()
            ),
            format!(
                "The file is not valid JSON (error at line {}, column {}), so it cannot be read as GeoJSON.",
                e.line(),
                e.column()
            ),
        ),
        Ok(v) => {
            let ty = v.get("type").and_then(|t| t.as_str()).unwrap_or("");
            LoadError::new(
                format!("Filen er JSON, men ikke GeoJSON (type «{ty}»): der mangler en FeatureCollection, Feature eller geometri med gyldige koordinater."),
                format!("The file is JSON but not GeoJSON (type “{ty}”): it lacks a FeatureCollection, Feature or geometry with valid coordinates."),
            )
        }
    }
}

fn value_as_key(v: &serde_json::Value) -> Option<String> {
    match v {
        serde_json::Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_owned()),
        serde_json::Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// Propose a key property: a code-like one (`*kode*`, `*code*`, `*_nr`), else `id`-like,
/// never a per-part id (`fid`, `ogc_fid`, `objectid`).
pub fn propose_key_property(props: &[&JsonObject]) -> Option<String> {
    let first = props.first()?;
    let present = |k: &str| {
        props
            .iter()
            .all(|p| p.get(k).and_then(value_as_key).is_some())
    };
    let names: Vec<&String> = first.keys().collect();
    let per_part = |k: &str| {
        let l = k.to_lowercase();
        l == "fid" || l.ends_with("_fid") || l == "objectid" || l == "gml_id"
    };
    let tiers: [&dyn Fn(&str) -> bool; 3] = [
        &|l: &str| l.contains("kode") || l.contains("code"),
        &|l: &str| l.ends_with("_nr") || l == "nr" || l.ends_with("nummer"),
        &|l: &str| l == "id" || l.ends_with("_id"),
    ];
    for tier in tiers {
        if let Some(k) = names
            .iter()
            .find(|k| !per_part(k) && tier(&k.to_lowercase()) && present(k))
        {
            return Some((*k).clone());
        }
    }
    None
}

/// Propose a name property: `navn`/`name` (or containing them).
pub fn propose_name_property(props: &[&JsonObject]) -> Option<String> {
    let first = props.first()?;
    let is_text = |k: &str| {
        props
            .iter()
            .all(|p| matches!(p.get(k), Some(serde_json::Value::String(_))))
    };
    let names: Vec<&String> = first.keys().collect();
    for exact in ["navn", "name", "bydel", "bydelsnavn"] {
        if let Some(k) = names
            .iter()
            .find(|k| k.to_lowercase() == exact && is_text(k))
        {
            return Some((*k).clone());
        }
    }
    names
        .iter()
        .find(|k| {
            let l = k.to_lowercase();
            (l.contains("navn") || l.contains("name")) && is_text(k)
        })
        .map(|k| (*k).clone())
}

const MAX_DEPTH: usize = 16;

fn collect_polygons(
    g: &Geometry,
    loc: &Location,
    out: &mut Vec<Polygon<f64>>,
    other: &mut usize,
    issues: &mut Vec<Issue>,
    depth: usize,
) {
    match &g.value {
        GeometryValue::Polygon { coordinates } => {
            if let Some(p) = convert_polygon(coordinates, loc, issues) {
                out.push(p);
            }
        }
        GeometryValue::MultiPolygon { coordinates } => {
            for c in coordinates {
                if let Some(p) = convert_polygon(c, loc, issues) {
                    out.push(p);
                }
            }
        }
        GeometryValue::GeometryCollection { geometries } => {
            if depth >= MAX_DEPTH {
                issues.push(Issue::warning(
                    loc.clone(),
                    "har GeometryCollections indlejret for dybt og er afkortet",
                    "has GeometryCollections nested too deeply and was cut short",
                ));
                return;
            }
            for sub in geometries {
                collect_polygons(sub, loc, out, other, issues, depth + 1);
            }
        }
        _ => *other += 1,
    }
}

/// Convert one GeoJSON polygon, reporting (not panicking on) bad rings.
fn convert_polygon(
    rings: &PolygonType,
    loc: &Location,
    issues: &mut Vec<Issue>,
) -> Option<Polygon<f64>> {
    let mut converted: Vec<LineString<f64>> = Vec::with_capacity(rings.len());
    for (ri, ring) in rings.iter().enumerate() {
        let mut coords: Vec<Coord<f64>> = Vec::with_capacity(ring.len() + 1);
        for pos in ring {
            let s = pos.as_slice();
            if s.len() < 2 {
                issues.push(Issue::warning(
                    loc.clone(),
                    "har et punkt med færre end to koordinater; polygonen er sprunget over",
                    "has a position with fewer than two coordinates; the polygon was skipped",
                ));
                return None;
            }
            let (x, y) = (s[0], s[1]);
            if !x.is_finite() || !y.is_finite() {
                issues.push(Issue::warning(
                    loc.clone(),
                    "har koordinater der ikke er tal; polygonen er sprunget over",
                    "has coordinates that are not numbers; the polygon was skipped",
                ));
                return None;
            }
            if !(-180.0..=180.0).contains(&x) || !(-90.0..=90.0).contains(&y) {
                issues.push(Issue::warning(
                    loc.clone(),
                    format!("har koordinaten ({x}, {y}) uden for længde/bredde-grader; polygonen er sprunget over (projicerede filer kommer i en senere version)"),
                    format!("has the coordinate ({x}, {y}) outside longitude/latitude degrees; the polygon was skipped (projected files come in a later version)"),
                ));
                return None;
            }
            coords.push(Coord { x, y });
        }
        if coords.len() > 1 && coords.first() != coords.last() {
            issues.push(Issue::info(
                loc.clone(),
                "har en ring der ikke var lukket; den er lukket automatisk",
                "has a ring that was not closed; it was closed automatically",
            ));
            coords.push(coords[0]);
        }
        if coords.len() < 4 {
            let (da, en) = if ri == 0 {
                ("har en ydre ring med under tre forskellige punkter; polygonen er sprunget over",
                 "has an outer ring with fewer than three distinct points; the polygon was skipped")
            } else {
                (
                    "har et hul med under tre forskellige punkter; hullet er sprunget over",
                    "has a hole with fewer than three distinct points; the hole was skipped",
                )
            };
            issues.push(Issue::warning(loc.clone(), da, en));
            if ri == 0 {
                return None;
            }
            continue;
        }
        converted.push(LineString(coords));
    }
    let mut it = converted.into_iter();
    let exterior = it.next()?;
    Some(Polygon::new(exterior, it.collect()))
}
