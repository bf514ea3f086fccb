//! Unusable input as one sentence.

use crate::issue::LoadError;

/// Turn a parse failure into one sentence: not JSON, truncated, or JSON but not GeoJSON.
pub fn classify_parse_failure(text: &str) -> LoadError {
    if text.trim().is_empty() {
        return LoadError::new(
            "Filen er tom (0 byte), så der er intet at læse.",
            "The file is empty (0 bytes), so there is nothing to read.",
        );
    }
    if let Some(kind) = binary_kind(text) {
        return LoadError::new(
            format!("Filen er ikke tekst, men binære data ({}), så den kan ikke læses som GeoJSON. Er det den rigtige fil?", kind.0),
            format!("The file is not text but binary data ({}), so it cannot be read as GeoJSON. Is it the right file?", kind.1),
        );
    }
    match serde_json::from_str::<serde_json::Value>(text) {
        Err(e) if e.to_string().starts_with("recursion limit") => LoadError::new(
            "Filen er indlejret for dybt (over 100 lag inden i hinanden), så den kan ikke læses som GeoJSON.",
            "The file is nested too deeply (over 100 levels inside each other), so it cannot be read as GeoJSON.",
        ),
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
            if ty.is_empty() {
                return LoadError::new(
                    "Filen er JSON, men ikke GeoJSON: den har intet «type»-felt, så der er ingen FeatureCollection, Feature eller geometri at tegne.",
                    "The file is JSON but not GeoJSON: it has no “type” field, so there is no FeatureCollection, Feature or geometry to draw.",
                );
            }
            LoadError::new(
                format!("Filen er JSON, men ikke GeoJSON (type «{ty}»): der mangler en FeatureCollection, Feature eller geometri med gyldige koordinater."),
                format!("The file is JSON but not GeoJSON (type “{ty}”): it lacks a FeatureCollection, Feature or geometry with valid coordinates."),
            )
        }
    }
}

/// What binary format text decoded from bytes seems to be (Danish, English), if it is
/// not text at all: NUL bytes or many undecodable bytes near the start.
///
/// ```
/// use atlas_core::import::boundaries::binary_kind;
/// let png = String::from_utf8_lossy(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").into_owned();
/// assert_eq!(binary_kind(&png).map(|k| k.1), Some("it looks like a PNG image"));
/// // The same bytes read as Windows-1252 (the app's fallback for non-UTF-8 files):
/// assert_eq!(binary_kind("‰PNG\r\n\u{1a}\n\0\0\0\rIHDR").map(|k| k.1), Some("it looks like a PNG image"));
/// assert_eq!(binary_kind("{\"type\": \"Feature\"}"), None);
/// ```
pub fn binary_kind(text: &str) -> Option<(&'static str, &'static str)> {
    let head: String = text.chars().take(1024).collect();
    let odd = head
        .chars()
        .filter(|c| *c == '\u{FFFD}' || (c.is_control() && !c.is_whitespace()))
        .count();
    if !head.contains('\0') && odd * 10 < head.chars().count().max(1) {
        return None;
    }
    // The first byte of a PNG (0x89) decodes differently as UTF-8 and Windows-1252.
    let start: String = head.chars().take(8).collect();
    Some(if start.contains("PNG") {
        ("den ligner et PNG-billede", "it looks like a PNG image")
    } else if start.contains("%PDF") {
        ("den ligner en PDF", "it looks like a PDF")
    } else if head.starts_with("PK") {
        (
            "den ligner et zip-arkiv, fx en pakket shapefil eller et regneark",
            "it looks like a zip archive, e.g. a zipped shapefile or a spreadsheet",
        )
    } else if head.starts_with("GIF8") {
        ("den ligner et GIF-billede", "it looks like a GIF image")
    } else {
        ("ukendt format", "unknown format")
    })
}

/// A JSON parse error inside one feature as a clause a planner can read (Danish,
/// English), without serde's wording or its position (which counts from the start
/// of the feature, not the file).
///
/// ```
/// use atlas_core::import::boundaries::explain_feature_error;
/// let raw = r#"{"type":"Feature","properties":{},"geometry":{"type":"Circle","coordinates":[]}}"#;
/// let e = serde_json::from_str::<geojson::Feature>(raw).unwrap_err();
/// assert!(explain_feature_error(&e, raw).0.contains("«Circle»"));
/// ```
pub fn explain_feature_error(e: &serde_json::Error, raw: &str) -> (String, String) {
    let msg = e.to_string();
    let msg = msg.split(" at line ").next().unwrap_or("");
    let quoted = |m: &str| m.split('`').nth(1).unwrap_or("").to_owned();
    if msg.starts_with("recursion limit") {
        (
            "er indlejret for dybt (over 100 lag, fx GeometryCollection i GeometryCollection)".into(),
            "is nested too deeply (over 100 levels, e.g. GeometryCollection within GeometryCollection)".into(),
        )
    } else if msg.starts_with("duplicate field") {
        let f = quoted(msg);
        (
            format!("har feltet «{f}» to gange, så det er uklart, hvilket der gælder"),
            format!("has the field “{f}” twice, so it is unclear which one applies"),
        )
    } else if msg.starts_with("unknown variant") {
        let t = quoted(msg);
        (
            format!("har geometritypen «{t}», som GeoJSON ikke kender (kun Point, LineString, Polygon, MultiPoint, MultiLineString, MultiPolygon og GeometryCollection)"),
            format!("has the geometry type “{t}”, which GeoJSON does not know (only Point, LineString, Polygon, MultiPoint, MultiLineString, MultiPolygon and GeometryCollection)"),
        )
    } else if msg.starts_with("missing field") {
        let f = quoted(msg);
        (
            format!("mangler feltet «{f}»"),
            format!("lacks the field “{f}”"),
        )
    } else if raw.contains("NaN") || raw.contains("Infinity") {
        (
            "har koordinater som NaN eller Infinity, der ikke er tal i JSON".into(),
            "has coordinates such as NaN or Infinity, which are not numbers in JSON".into(),
        )
    } else if e.is_eof() {
        (
            "slutter midt i teksten".into(),
            "ends part-way through".into(),
        )
    } else {
        (
            "er ikke et gyldigt GeoJSON-objekt (en værdi har forkert form eller type)".into(),
            "is not a valid GeoJSON feature (a value has the wrong shape or type)".into(),
        )
    }
}
