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
