//! Unusable input as one [`LoadErrorKind`], and serde's errors inside one feature as
//! a [`FeatureProblem`] (their words are in `issue::words`).

use crate::issue::{BinaryFormat, FeatureProblem, LoadError, LoadErrorKind};

/// Turn a parse failure into one error: not JSON, truncated, or JSON but not GeoJSON.
///
/// ```
/// use atlas_core::import::boundaries::classify_parse_failure;
/// use atlas_core::issue::LoadErrorKind;
/// assert_eq!(classify_parse_failure("{\"type\": \"Feat").kind, LoadErrorKind::Truncated);
/// assert_eq!(classify_parse_failure("").kind.code(), "file-empty");
/// ```
pub fn classify_parse_failure(text: &str) -> LoadError {
    LoadError::new(parse_failure_kind(text))
}

fn parse_failure_kind(text: &str) -> LoadErrorKind {
    if text.trim().is_empty() {
        return LoadErrorKind::FileEmpty;
    }
    if let Some(format) = binary_kind(text) {
        return LoadErrorKind::Binary { format };
    }
    match serde_json::from_str::<serde_json::Value>(text) {
        Err(e) if e.to_string().starts_with("recursion limit") => LoadErrorKind::NestedTooDeeply,
        Err(e) if e.is_eof() => LoadErrorKind::Truncated,
        Err(e) => LoadErrorKind::NotJson {
            line: e.line(),
            column: e.column(),
        },
        Ok(v) => {
            let ty = v.get("type").and_then(|t| t.as_str()).unwrap_or("");
            if ty.is_empty() {
                LoadErrorKind::NoType
            } else {
                LoadErrorKind::NotGeoJson {
                    type_name: ty.to_owned(),
                }
            }
        }
    }
}

/// What binary format text decoded from bytes seems to be, if it is not text at
/// all: NUL bytes or many undecodable bytes near the start.
///
/// ```
/// use atlas_core::import::boundaries::binary_kind;
/// use atlas_core::issue::BinaryFormat;
/// use atlas_core::Lang;
/// let png = String::from_utf8_lossy(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").into_owned();
/// assert_eq!(binary_kind(&png), Some(BinaryFormat::Png));
/// assert_eq!(binary_kind(&png).map(|k| k.say(Lang::En)), Some("it looks like a PNG image"));
/// // The same bytes read as Windows-1252 (the app's fallback for non-UTF-8 files):
/// assert_eq!(binary_kind("‰PNG\r\n\u{1a}\n\0\0\0\rIHDR"), Some(BinaryFormat::Png));
/// assert_eq!(binary_kind("{\"type\": \"Feature\"}"), None);
/// ```
pub fn binary_kind(text: &str) -> Option<BinaryFormat> {
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
        BinaryFormat::Png
    } else if start.contains("%PDF") {
        BinaryFormat::Pdf
    } else if head.starts_with("PK") {
        BinaryFormat::Zip
    } else if head.starts_with("GIF8") {
        BinaryFormat::Gif
    } else {
        BinaryFormat::Unknown
    })
}

/// A JSON parse error inside one feature as a problem a planner can read, without
/// serde's wording or its position (which counts from the start of the feature, not
/// the file).
///
/// ```
/// use atlas_core::import::boundaries::explain_feature_error;
/// use atlas_core::issue::FeatureProblem;
/// use atlas_core::Lang;
/// let raw = r#"{"type":"Feature","properties":{},"geometry":{"type":"Circle","coordinates":[]}}"#;
/// let e = serde_json::from_str::<geojson::Feature>(raw).unwrap_err();
/// let problem = explain_feature_error(&e, raw);
/// assert_eq!(problem, FeatureProblem::UnknownGeometryType { name: "Circle".into() });
/// assert!(problem.say(Lang::Da).contains("«Circle»"));
/// ```
pub fn explain_feature_error(e: &serde_json::Error, raw: &str) -> FeatureProblem {
    let msg = e.to_string();
    let msg = msg.split(" at line ").next().unwrap_or("");
    let quoted = |m: &str| m.split('`').nth(1).unwrap_or("").to_owned();
    if msg.starts_with("recursion limit") {
        FeatureProblem::NestedTooDeeply
    } else if msg.starts_with("duplicate field") {
        FeatureProblem::DuplicateField { field: quoted(msg) }
    } else if msg.starts_with("unknown variant") {
        FeatureProblem::UnknownGeometryType { name: quoted(msg) }
    } else if msg.starts_with("missing field") {
        FeatureProblem::MissingField { field: quoted(msg) }
    } else if raw.contains("NaN") || raw.contains("Infinity") {
        FeatureProblem::NotANumber
    } else if e.is_eof() {
        FeatureProblem::EndsEarly
    } else {
        FeatureProblem::WrongShape
    }
}
