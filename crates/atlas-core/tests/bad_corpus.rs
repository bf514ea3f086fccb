//! Every file of the broken-input corpus (`tests/fixtures/bad/`) gives one clear
//! sentence naming the problem and where, and nothing panics. The end-to-end suite
//! loads the same files in the browser (`tests/e2e/hostile.spec.js`).

use atlas_core::import::boundaries::BoundaryOptions;
use atlas_core::import::table::parse_table_bytes;
use atlas_core::pipeline::parse_boundaries;
use atlas_core::present::project::parse_project;
use atlas_core::Lang;
use std::path::PathBuf;

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/bad")
}

/// What loading `name` says: `Err(sentence)` when refused, else every issue's sentence.
fn load(name: &str) -> Result<Vec<String>, String> {
    let bytes = std::fs::read(dir().join(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
    if name.ends_with(".atlas.json") {
        let text = String::from_utf8_lossy(&bytes);
        return parse_project(&text).map(|_| Vec::new()).map_err(|e| e.da);
    }
    if [".csv", ".xlsx", ".tsv"].iter().any(|e| name.ends_with(e)) {
        return parse_table_bytes(&bytes, name, None)
            .map(|l| l.issues.iter().map(|i| i.sentence(Lang::Da)).collect())
            .map_err(|e| e.da);
    }
    let text = String::from_utf8_lossy(&bytes);
    parse_boundaries(&text, &BoundaryOptions::default())
        .map(|l| l.issues.iter().map(|i| i.sentence(Lang::Da)).collect())
        .map_err(|e| e.da)
}

/// (file, refused?, words the sentence must hold: the problem and where).
const CORPUS: &[(&str, bool, &[&str])] = &[
    (
        "binary_renamed.geojson",
        true,
        &["ikke tekst, men binære data", "PNG"],
    ),
    (
        "deeply_nested.geojson",
        true,
        &["Objekt 1", "indlejret for dybt"],
    ),
    (
        "duplicate_keys.geojson",
        false,
        &["nøglen «0101» bruges af både «Vest» og «Øst»"],
    ),
    (
        "duplicate_members.geojson",
        true,
        &["Objekt 1", "feltet «coordinates» to gange"],
    ),
    ("empty_collection.geojson", true, &["ingen områder"]),
    (
        "formulas_merged.xlsx",
        false,
        &["formel uden gemt resultat (C3, C4)", "flettede celler"],
    ),
    (
        "future_version.atlas.json",
        true,
        &["nyere Samskabelsesatlas (format 99)"],
    ),
    ("header_only.csv", true, &["overskrift, men ingen rækker"]),
    (
        "json_not_geojson.geojson",
        true,
        &["JSON, men ikke GeoJSON", "intet «type»-felt"],
    ),
    (
        "mixed_encoding.csv",
        false,
        &["blander to tegnkodninger", "linje 3 og 5"],
    ),
    (
        "nan_coordinates.geojson",
        true,
        &["Objekt 1", "Objekt 2", "NaN eller Infinity"],
    ),
    ("not_a_spreadsheet.xlsx", true, &["ikke et gyldigt .xlsx"]),
    (
        "not_json.geojson",
        true,
        &["ikke gyldig JSON", "linje 1, kolonne 1"],
    ),
    ("only_points.geojson", true, &["ingen brugbare flader"]),
    (
        "out_of_range.geojson",
        true,
        &["x fra 200 til 210", "Vælg koordinatsystem"],
    ),
    (
        "ragged.csv",
        false,
        &["Række 2 (02): har 4 felter", "Række 3 (11): har 2 felter"],
    ),
    ("topojson_not_geojson.json", true, &["type «Topology»"]),
    ("truncated.geojson", true, &["afskåret"]),
    (
        "two_point_ring.geojson",
        true,
        &["Objekt 1 (Streg)", "under tre forskellige punkter"],
    ),
    (
        "unclosed_ring.geojson",
        false,
        &["Objekt 1 (Åben)", "ikke var lukket"],
    ),
    (
        "unknown_projection.geojson",
        true,
        &["Vælg koordinatsystem"],
    ),
    (
        "wrong_geometry_type.geojson",
        true,
        &["Objekt 1", "geometritypen «Circle»"],
    ),
    ("zero_bytes.geojson", true, &["tom (0 byte)"]),
];

#[test]
fn every_broken_file_gets_a_sentence_naming_the_problem_and_where() {
    for (name, refused, words) in CORPUS {
        let said = match load(name) {
            Err(s) => {
                assert!(*refused, "{name} was refused: {s}");
                s
            }
            Ok(issues) => {
                assert!(!*refused, "{name} was accepted with {issues:?}");
                issues.join(" ")
            }
        };
        for w in *words {
            assert!(said.contains(w), "{name}: «{w}» missing from «{said}»");
        }
        // Sentences for planners: no serde or Rust wording leaks through.
        for leak in ["expected", "line 1 column", "invalid type", "Error", "`"] {
            assert!(!said.contains(leak), "{name}: «{leak}» leaks into «{said}»");
        }
    }
}

#[test]
fn every_file_in_the_corpus_is_checked() {
    let mut on_disk: Vec<String> = std::fs::read_dir(dir())
        .expect("the corpus folder")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    on_disk.sort();
    let listed: Vec<String> = CORPUS.iter().map(|(n, _, _)| n.to_string()).collect();
    assert_eq!(on_disk, listed);
}

#[test]
fn mixed_encodings_keep_each_line_readable() {
    let bytes = std::fs::read(dir().join("mixed_encoding.csv")).expect("fixture");
    let t = parse_table_bytes(&bytes, "mixed_encoding.csv", None).expect("a table");
    let names: Vec<&str> = t
        .value
        .rows
        .iter()
        .filter_map(|r| r.name.as_deref())
        .collect();
    assert!(
        names.contains(&"Østerbro") && names.contains(&"Nørrebro"),
        "{names:?}"
    );
    assert!(names.contains(&"Valby – Ålholm"), "{names:?}");
}
