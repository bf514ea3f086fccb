//! The PySAL fixtures (`tools/pysal/make_fixtures.py`, libpysal 4.14, esda 2.9) and
//! how a permutation p-value is judged against them (see `moran.rs`).

use serde_json::Value;

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/pysal");
/// The permutations PySAL ran.
pub const PERMUTATIONS: usize = 999;

/// A fixture file, read.
pub fn fixture(name: &str) -> Value {
    let text = std::fs::read_to_string(format!("{FIXTURES}/{name}"))
        .unwrap_or_else(|e| panic!("the PySAL fixture {name} could not be read: {e}"));
    serde_json::from_str(&text).expect("fixture JSON")
}

/// A JSON list of ids.
pub fn ids_of(v: &Value) -> Vec<String> {
    v.as_array()
        .expect("ids")
        .iter()
        .map(|x| x.as_str().expect("id").to_owned())
        .collect()
}

/// A JSON number.
pub fn f(v: &Value) -> f64 {
    v.as_f64().unwrap_or_else(|| panic!("{v} is not a number"))
}

/// |ours − PySAL's| within permutation noise (see the module's note).
pub fn p_close(ours: f64, theirs: f64, what: &str) {
    let se = (2.0 * theirs * (1.0 - theirs) / PERMUTATIONS as f64).sqrt();
    let allowed = 4.5 * se + 2.0 / (PERMUTATIONS as f64 + 1.0);
    assert!(
        (ours - theirs).abs() <= allowed,
        "{what}: p {ours} against PySAL's {theirs} (allowed ±{allowed:.4})"
    );
}
