//! Every file of the broken-input corpus (`tests/fixtures/bad/`) gives one clear
//! sentence naming the problem and where, and nothing panics. The end-to-end suite
//! loads the same files in the browser (`tests/e2e/hostile.spec.js`).

use atlas_core::import::boundaries::BoundaryOptions;
use atlas_core::import::table::parse_table_bytes;
use atlas_core::pipeline::parse_boundaries;
use atlas_core::present::project::parse_project;
use atlas_core::{Issue, Lang, LoadError};
use std::path::PathBuf;

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/bad")
}

/// What loading `name` says: `Err((code, sentence))` when refused, else every issue's
/// (code, sentence).
fn load(name: &str) -> Result<Vec<(&'static str, String)>, (&'static str, String)> {
    let bytes = std::fs::read(dir().join(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
    let refused = |e: LoadError| (e.kind.code(), e.sentence(Lang::Da));
    let issues = |issues: &[Issue]| {
        issues
            .iter()
            .map(|i| (i.kind.code(), i.sentence(Lang::Da)))
            .collect()
    };
    if name.ends_with(".atlas.json") {
        let text = String::from_utf8_lossy(&bytes);
        return parse_project(&text).map(|_| Vec::new()).map_err(refused);
    }
    if [".csv", ".xlsx", ".tsv"].iter().any(|e| name.ends_with(e)) {
        return parse_table_bytes(&bytes, name, None)
            .map(|l| issues(&l.issues))
            .map_err(refused);
    }
    let text = String::from_utf8_lossy(&bytes);
    parse_boundaries(&text, &BoundaryOptions::default())
        .map(|l| issues(&l.issues))
        .map_err(refused)
}

/// (file, the kind of the refusal or of one of the issues, refused?, words the
/// sentence must hold: the problem and where).
const CORPUS: &[(&str, &str, bool, &[&str])] = &[
    (
        "binary_renamed.geojson",
        "file-binary",
        true,
        &["ikke tekst, men binære data", "PNG"],
    ),
    (
        "deeply_nested.geojson",
        "no-usable-polygons",
        true,
        &["Objekt 1", "indlejret for dybt"],
    ),
    (
        "duplicate_keys.geojson",
        "key-shared",
        false,
        &["nøglen «0101» bruges af både «Vest» og «Øst»"],
    ),
    (
        "duplicate_members.geojson",
        "no-usable-polygons",
        true,
        &["Objekt 1", "feltet «coordinates» to gange"],
    ),
    (
        "empty_collection.geojson",
        "empty-collection",
        true,
        &["ingen områder"],
    ),
    (
        "formulas_merged.xlsx",
        "formulas-unsaved",
        false,
        &["formel uden gemt resultat (C3, C4)", "flettede celler"],
    ),
    (
        "future_version.atlas.json",
        "project-too-new",
        true,
        &["nyere Samskabelsesatlas (format 99)"],
    ),
    (
        "header_only.csv",
        "no-data-rows",
        true,
        &["overskrift, men ingen rækker"],
    ),
    (
        "json_not_geojson.geojson",
        "json-without-type",
        true,
        &["JSON, men ikke GeoJSON", "intet «type»-felt"],
    ),
    (
        "mixed_encoding.csv",
        "mixed-encoding",
        false,
        &["blander to tegnkodninger", "linje 3 og 5"],
    ),
    (
        "nan_coordinates.geojson",
        "no-usable-polygons",
        true,
        &["Objekt 1", "Objekt 2", "NaN eller Infinity"],
    ),
    (
        "not_a_spreadsheet.xlsx",
        "spreadsheet-unopenable",
        true,
        &["ikke et gyldigt .xlsx"],
    ),
    (
        "not_json.geojson",
        "not-json",
        true,
        &["ikke gyldig JSON", "linje 1, kolonne 1"],
    ),
    (
        "only_points.geojson",
        "no-usable-polygons",
        true,
        &["ingen brugbare flader"],
    ),
    (
        "out_of_range.geojson",
        "coordinates-unrecognised",
        true,
        &["x fra 200 til 210", "Vælg koordinatsystem"],
    ),
    (
        "ragged.csv",
        "row-field-count",
        false,
        &["Række 2 (02): har 4 felter", "Række 3 (11): har 2 felter"],
    ),
    (
        "topojson_not_geojson.json",
        "not-geojson",
        true,
        &["type «Topology»"],
    ),
    ("truncated.geojson", "file-truncated", true, &["afskåret"]),
    (
        "two_point_ring.geojson",
        "no-usable-polygons",
        true,
        &["Objekt 1 (Streg)", "under tre forskellige punkter"],
    ),
    (
        "unclosed_ring.geojson",
        "ring-closed",
        false,
        &["Objekt 1 (Åben)", "ikke var lukket"],
    ),
    (
        "unknown_projection.geojson",
        "coordinates-unrecognised",
        true,
        &["Vælg koordinatsystem"],
    ),
    (
        "wrong_geometry_type.geojson",
        "no-usable-polygons",
        true,
        &["Objekt 1", "geometritypen «Circle»"],
    ),
    ("zero_bytes.geojson", "file-empty", true, &["tom (0 byte)"]),
];

#[test]
fn every_broken_file_gets_a_sentence_naming_the_problem_and_where() {
    for (name, code, refused, words) in CORPUS {
        let said = match load(name) {
            Err((kind, s)) => {
                assert!(*refused, "{name} was refused: {s}");
                assert_eq!(kind, *code, "{name}: {s}");
                s
            }
            Ok(issues) => {
                assert!(!*refused, "{name} was accepted with {issues:?}");
                assert!(
                    issues.iter().any(|(kind, _)| kind == code),
                    "{name}: no «{code}» in {issues:?}"
                );
                issues
                    .into_iter()
                    .map(|(_, s)| s)
                    .collect::<Vec<_>>()
                    .join(" ")
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
    let listed: Vec<String> = CORPUS.iter().map(|(n, _, _, _)| n.to_string()).collect();
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
