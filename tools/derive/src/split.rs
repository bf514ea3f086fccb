//! The demo's 11 areas: the official bydele with Vesterbro-Kongens Enghave cut in two
//! along the lokaludvalg line, and the 10 official bydele as they are.

use crate::read::{snap, SourceArea};
use geo::{Area, BooleanOps, MapCoords, MultiPolygon};

/// One output area: its two-digit code, the name on the map and the official name.
#[derive(Clone, Debug)]
pub struct OutArea {
    pub code: String,
    pub name: String,
    pub official: String,
    pub shape: MultiPolygon<f64>,
}

fn bydel(bydele: &[SourceArea], number: i64) -> Result<&SourceArea, String> {
    bydele
        .iter()
        .find(|b| b.number == number)
        .ok_or_else(|| format!("bydel {number} is missing from the bydele file"))
}

/// Parts of `a` smaller than `min_area` m² are slivers of the cut (the 2014 line does
/// not follow the 2024 outline to the centimetre): they are given to `b`.
fn give_slivers(
    a: MultiPolygon<f64>,
    b: MultiPolygon<f64>,
    min_area: f64,
) -> (MultiPolygon<f64>, MultiPolygon<f64>) {
    let (keep, slivers): (Vec<_>, Vec<_>) =
        a.0.into_iter().partition(|p| p.unsigned_area() >= min_area);
    let b = if slivers.is_empty() {
        b
    } else {
        b.union(&MultiPolygon(slivers))
    };
    (MultiPolygon(keep), b)
}

/// The 10 official bydele, coded `01`–`10` by their bydel number.
pub fn official_areas(bydele: &[SourceArea]) -> Result<Vec<OutArea>, String> {
    (1..=10)
        .map(|n| {
            let b = bydel(bydele, n)?;
            Ok(OutArea {
                code: format!("{n:02}"),
                name: b.name.clone(),
                official: b.name.clone(),
                shape: b.shape.clone(),
            })
        })
        .collect()
}

/// The demo's 11 areas: `04` Vesterbro and `11` Sydhavnen (officially Kongens
/// Enghave) cut from bydel 4 by the lokaludvalg «Kongens Enghave»; the rest as they are.
pub fn demo_areas(
    bydele: &[SourceArea],
    lokaludvalg: &[SourceArea],
) -> Result<Vec<OutArea>, String> {
    let mut out = official_areas(bydele)?;
    let vke = bydel(bydele, 4)?;
    let ke_lu = lokaludvalg
        .iter()
        .find(|l| l.name == "Kongens Enghave")
        .ok_or("the lokaludvalg «Kongens Enghave» is missing")?;
    let min_area = vke.shape.unsigned_area() * 0.02;
    let ke = vke.shape.intersection(&ke_lu.shape);
    let v = vke.shape.difference(&ke_lu.shape);
    let (v, ke) = give_slivers(v, ke, min_area);
    let (ke, v) = give_slivers(ke, v, min_area);
    // The overlay works on its own grid: bring its vertices back to the millimetre so
    // they meet the neighbours' untouched vertices.
    let v = v.map_coords(snap);
    let ke = ke.map_coords(snap);
    out[3] = OutArea {
        code: "04".into(),
        name: "Vesterbro".into(),
        official: "Vesterbro".into(),
        shape: v,
    };
    out.push(OutArea {
        code: "11".into(),
        name: "Sydhavnen".into(),
        official: "Kongens Enghave".into(),
        shape: ke,
    });
    Ok(out)
}
