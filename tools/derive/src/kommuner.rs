//! «Danmarks kommuner: ressourcer og samskabelse»: the 98 municipalities from DAWA
//! (`dk_kommuner_dawa_recent/kommuner.geojson`, key `kode` as text, `0101`) with real
//! figures from Danmarks Statistik and Den Nationale Sundhedsprofil 2025 (see
//! [`crate::kommune_tal`]), and DST's municipality group (2018) as a property, so A or
//! B can be «alle med samme kommunegruppe».
//!
//! The boundaries are made as the bydele's are — read in UTM 32N metres to the
//! millimetre, welded, simplified on the shared-border topology, checked by the
//! atlas's own loader, which must have nothing to say — with these steps besides:
//! - **Rings repaired** ([`crate::repair`]): the atlas's loader reports 62 messages on
//!   the DAWA file (54 rings crossing themselves, 6 outer rings and a hole of under
//!   three points, a hole outside its ring). 61 rings of the 98 municipalities are
//!   repaired: each is cut at its crossings and at the vertices it passes twice into
//!   simple loops; the loops that wind as the ring are kept, the spikes (zero-width
//!   loops, 111) and the collapsed rings dropped, as are two twisted slivers (0.4 m²
//!   together, where Kalundborg's and Slagelse's common border crosses itself); a loop
//!   winding the other way inside the ring's own piece becomes a hole (7 m² in
//!   Thisted).
//!   Lemvig's hole for a piece of Struer, which pokes 5 m out of Lemvig, is cut as a
//!   notch; in 53 municipalities islets the source simplified apart from the coast
//!   overlap it, and the parts are merged (union).
//! - **Exclave cut out**: Hørsholm's exclave in Rudersdal reaches 1 ha past the hole
//!   Rudersdal has for it; the hole is redrawn as the exclave ([`cut_exclaves`]).
//! - **Islets left out**: a part under [`MIN_ISLET_M2`] that shares no vertex with
//!   another municipality (a rock or a sand bar: 913 parts, 1.4 km² together)
//!   is not drawn: invisible on a national map, each would keep all its vertices.
//!   Tiny enclaves (a part that fills another municipality's hole) are kept.
//! - **Repaired again after welding**: welding moves vertices by up to half a metre,
//!   which pinches 7 rings (spikes; in Frederikshavn a harbour mouth closes and the
//!   2,069 m² of water inside becomes a hole) — repaired and welded again until
//!   nothing changes.
//! - **Simplified**, each municipality at its own tolerance ([`tolerance_m`]: 59 m for
//!   Frederiksberg, up to [`TOLERANCE_M`] for the large rural ones; a border at the
//!   smaller of its two sides'), and mended where simplified edges would meet
//!   ([`crate::generalise`]): DAWA's rings are already generalised (a vertex every
//!   400 m on the median), so only a large tolerance makes the file smaller (about
//!   210 KB instead of 320 KB), and at a large tolerance a few fjords would cross
//!   themselves. Every municipality keeps its area in DAWA within 1 %.
//!
//! Christiansø (`0411`) is in the DAWA file but left out: it is not a municipality
//! (the state administers it), no figure covers it, and the figures' own list of the
//! 98 municipalities leaves it out too.

use crate::repair;
use crate::simplify;
use crate::split::OutArea;
use geo::{Area, BooleanOps, BoundingRect, Intersects, MapCoords, MultiPolygon, Polygon};
use serde_json::{json, Value};
use std::collections::{BTreeMap, HashMap};

/// Source file, relative to the shared data folder.
pub const BOUNDARIES: &str = "dk_kommuner_dawa_recent/kommuner.geojson";
/// The municipality groups (DST 2018), relative to the shared data folder.
pub const GROUPS: &str = "dk_kommuner_dst_2021_2025/kommuner.json";

/// Attribution written into the boundary file.
pub const SOURCE: &str = "Klimadatastyrelsen (tidl. SDFI), kommunegrænser fra DAGI via DAWA/Dataforsyningen, bearbejdet (selvkrydsende ringe repareret, småøer under 1 ha og Christiansø udeladt, forenklet); kommunegrupper: Danmarks Statistik 2018";

/// The code the DAWA file gives Christiansø, which is left out.
pub const CHRISTIANSO: &str = "0411";

/// Parts smaller than this (m²) that touch no other municipality are not drawn.
pub const MIN_ISLET_M2: f64 = 10_000.0;

/// The largest simplification tolerance in metres (the bydele's is 12 m), for the
/// large rural municipalities; see [`tolerance_m`].
pub const TOLERANCE_M: f64 = 300.0;

/// A municipality's simplification tolerance (metres) by its area (m²): 20 m per
/// kilometre of the side of a square as large (Frederiksberg, 9 km²: 59 m; Aarhus,
/// 470 km²: 300 m), at most [`TOLERANCE_M`] — so a small suburb keeps its shape.
pub fn tolerance_m(area_m2: f64) -> f64 {
    (20.0 * (area_m2 / 1e6).sqrt()).min(TOLERANCE_M)
}

/// The municipalities as drawn, with what was done to them.
pub struct Kommuner {
    /// By code, `0101` first.
    pub areas: Vec<OutArea>,
    /// The DAWA file's rings repaired.
    pub repair: repair::Report,
    /// What welding made to repair again.
    pub rewelded: repair::Report,
    /// Parts left out as islets, and their area in m².
    pub islets: usize,
    pub islet_m2: f64,
    /// Parts of one municipality overlapping another, cut out of it.
    pub exclaves: usize,
}

/// A vertex to the millimetre, as a key.
fn key(c: &geo::Coord<f64>) -> (i64, i64) {
    ((c.x * 1000.0).round() as i64, (c.y * 1000.0).round() as i64)
}

/// The 98 municipalities of the DAWA file, repaired and without islets.
pub fn kommuner(text: &str) -> Result<Kommuner, String> {
    let mut source = crate::read::coded_areas(text, "kode", "navn")?;
    source.retain(|(code, _, _)| code != CHRISTIANSO);
    source.sort_by(|a, b| a.0.cmp(&b.0));
    if source.len() != 98 {
        return Err(format!(
            "{BOUNDARIES} holds {} municipalities besides Christiansø, not 98",
            source.len()
        ));
    }
    let mut report = repair::Report::default();
    let mut areas: Vec<OutArea> = source
        .into_iter()
        .map(|(code, name, shape)| {
            let shape =
                repair::repair(&shape, &mut report).map_err(|e| format!("{code} {name}: {e}"))?;
            Ok(OutArea {
                code,
                official: name.clone(),
                name,
                shape,
            })
        })
        .collect::<Result<_, String>>()?;
    let exclaves = cut_exclaves(&mut areas);
    // each vertex's municipality, `None` where two or more share it
    let mut owner: HashMap<(i64, i64), Option<usize>> = HashMap::new();
    for (i, a) in areas.iter().enumerate() {
        for p in &a.shape.0 {
            for c in p
                .exterior()
                .0
                .iter()
                .chain(p.interiors().iter().flat_map(|r| &r.0))
            {
                let o = owner.entry(key(c)).or_insert(Some(i));
                if *o != Some(i) {
                    *o = None;
                }
            }
        }
    }
    let (mut islets, mut islet_m2) = (0, 0.0);
    for a in &mut areas {
        a.shape.0.retain(|p| {
            let shared = p
                .exterior()
                .0
                .iter()
                .any(|c| owner.get(&key(c)) == Some(&None));
            let keep = shared || p.unsigned_area() >= MIN_ISLET_M2;
            if !keep {
                islets += 1;
                islet_m2 += p.unsigned_area();
            }
            keep
        });
    }
    // welding moves vertices by up to half a metre, which can pinch a ring: repaired
    // again (and welded again) until nothing is left to repair
    let mut rewelded = repair::Report::default();
    for _ in 0..5 {
        crate::weld::weld(&mut areas);
        let mut again = repair::Report::default();
        for a in &mut areas {
            a.shape = repair::repair(&a.shape, &mut again)
                .map_err(|e| format!("{} {}: {e}", a.code, a.name))?;
        }
        if again == repair::Report::default() {
            return Ok(Kommuner {
                areas,
                repair: report,
                rewelded,
                islets,
                islet_m2,
                exclaves,
            });
        }
        rewelded.add(&again);
    }
    Err("welding and repairing the municipalities does not settle".into())
}

/// Where a part of one municipality overlaps another (in the DAWA file, Hørsholm's
/// exclave in Rudersdal reaches 1 ha past the hole Rudersdal has for it), the part is
/// kept as drawn and cut out of the other, whose holes under it are filled first: the
/// hole becomes exactly the exclave. Of two overlapping parts, the smaller is kept as
/// drawn. Returns how many parts were cut out.
fn cut_exclaves(areas: &mut [OutArea]) -> usize {
    let mut cut = 0;
    for i in 0..areas.len() {
        for j in 0..areas.len() {
            if i == j {
                continue;
            }
            // parts of i that overlap a larger part of j by more than a square metre
            let pieces: Vec<Polygon<f64>> = areas[i]
                .shape
                .0
                .iter()
                .filter(|p| {
                    let (Some(a), Some(b)) = (p.bounding_rect(), areas[j].shape.bounding_rect())
                    else {
                        return false;
                    };
                    if !a.intersects(&b) {
                        return false;
                    }
                    let theirs = areas[j]
                        .shape
                        .0
                        .iter()
                        .filter(|q| q.intersects(*p))
                        .map(|q| q.unsigned_area())
                        .fold(0.0, f64::max);
                    p.unsigned_area() < theirs
                        && p.intersection(&areas[j].shape).unsigned_area() > 1.0
                })
                .cloned()
                .collect();
            if pieces.is_empty() {
                continue;
            }
            cut += pieces.len();
            let pieces = MultiPolygon(pieces);
            let filled = MultiPolygon(
                areas[j]
                    .shape
                    .0
                    .iter()
                    .map(|q| {
                        let holes = q
                            .interiors()
                            .iter()
                            .filter(|h| !Polygon::new((*h).clone(), vec![]).intersects(&pieces))
                            .cloned()
                            .collect();
                        Polygon::new(q.exterior().clone(), holes)
                    })
                    .collect(),
            );
            areas[j].shape = filled.difference(&pieces).map_coords(crate::read::snap);
        }
    }
    cut
}

/// Each municipality's group (DST 2018: «Hovedstadskommuner» …) by four-digit code,
/// from the figures' `kommuner.json`.
pub fn groups(json: &str) -> Result<BTreeMap<String, String>, String> {
    let v: Value = serde_json::from_str(json).map_err(|e| format!("{GROUPS}: {e}"))?;
    let names = v["grupper"]
        .as_object()
        .ok_or("kommuner.json has no grupper")?;
    v["kommuner"]
        .as_array()
        .ok_or("kommuner.json has no kommuner")?
        .iter()
        .map(|k| {
            let code = k["kode"].as_str().ok_or("a kommune without kode")?;
            let group = k["gruppe"].as_i64().ok_or("a kommune without gruppe")?;
            let name = names
                .get(&group.to_string())
                .and_then(Value::as_str)
                .ok_or_else(|| format!("kommunegruppe {group} has no name"))?;
            Ok((format!("{code:0>4}"), name.to_owned()))
        })
        .collect()
}

/// The municipalities simplified at their [`tolerance_m`] and mended where edges would meet
/// ([`crate::generalise`]), each with `kode`, `navn` and `kommunegruppe`; checked by
/// the atlas's own loader, which must find nothing to say.
pub fn geojson(areas: &[OutArea], groups: &BTreeMap<String, String>) -> Result<String, String> {
    use atlas_core::import::boundaries::BoundaryOptions;
    let tolerance: Vec<f64> = areas
        .iter()
        .map(|a| tolerance_m(a.shape.unsigned_area()))
        .collect();
    let (simple, _) = crate::generalise::simplify(areas, &tolerance);
    let text = simplify::write(
        areas,
        simple,
        SOURCE,
        |a| json!({"kode": a.code, "navn": a.name, "kommunegruppe": groups.get(&a.code)}),
    );
    let loaded = atlas_core::pipeline::parse_boundaries(&text, &BoundaryOptions::default())
        .map_err(|e| format!("{:?}", e.kind))?;
    match loaded.issues.first() {
        None => Ok(text),
        Some(issue) => Err(format!(
            "the simplified municipalities load with {} messages, the first {issue:?}",
            loaded.issues.len()
        )),
    }
}

/// The boundaries (GeoJSON), the table (CSV) and its metadata sidecar, from the
/// DAWA file's text, `kommuner.json`'s text and the figures' files (`figures` reads
/// one by its name in [`crate::kommune_tal::FOLDER`]).
pub fn derive(
    boundaries: &str,
    groups_json: &str,
    figures: impl Fn(&str) -> Result<Vec<u8>, String>,
) -> Result<(String, String, String), String> {
    let k = kommuner(boundaries)?;
    let groups = groups(groups_json)?;
    let geojson = geojson(&k.areas, &groups)?;
    let names: Vec<(String, String)> = k
        .areas
        .iter()
        .map(|a| (a.code.clone(), a.name.clone()))
        .collect();
    let (csv, meta) = crate::kommune_tal::table(&names, figures)?;
    Ok((geojson, csv, meta))
}
