//! «Københavns kvarterer 2016–2026» as shipped: the 67 kvarterer, each with its bydel,
//! the 12 series as published (no score of the source's), unemployment marked as the
//! bydel's figure, and a story that opens on Østerbro against Sydhavnen as groups.

use std::path::PathBuf;

fn public(rel: &str) -> String {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../public/eksempler/kvarterer")
        .join(rel);
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{} could not be read: {e}", p.display()))
}

#[test]
fn the_67_kvarterer_load_cleanly_each_with_its_bydel() {
    use atlas_core::import::boundaries::BoundaryOptions;
    let loaded = atlas_core::pipeline::parse_boundaries(
        &public("kvarterer.geojson"),
        &BoundaryOptions::default(),
    )
    .expect("the kvarterer load");
    assert!(loaded.issues.is_empty(), "{:?}", loaded.issues);
    let b = loaded.value;
    assert_eq!(b.districts.len(), 67);
    assert_eq!(b.noun, atlas_core::text::noun::Noun::Kvarter);
    let oesterbro: Vec<&str> = (0..67)
        .filter(|d| b.property_value(*d, "bydel") == Some("Østerbro"))
        .map(|d| b.districts[d].id.as_str())
        .collect();
    assert_eq!(oesterbro.len(), 11, "{oesterbro:?}");
    assert!(oesterbro.iter().all(|id| id.starts_with("203")));
    for id in ["20601", "20602", "20603"] {
        let d = b
            .districts
            .iter()
            .position(|x| x.id == id)
            .expect("Sydhavnen's kvarterer");
        assert_eq!(
            b.property_value(d, "bydel"),
            Some("Vesterbro/Kongens Enghave")
        );
    }
}

#[test]
fn the_table_holds_every_kvarter_and_year_as_published_and_no_score() {
    let csv = public("tal.csv");
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(
        lines.len(),
        1 + 67 * 11,
        "a row per kvarter and year 2016–2026"
    );
    assert!(!csv.contains("_ratio") && !csv.contains("_avg"));
    // Bavnehøj's higher education in 2025 as the statistics bank gives it (KKUDD1)
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("20601;Bavnehøj;2025;") && l.contains(";45,75;")),
        "Bavnehøj 2025"
    );
    let meta: serde_json::Value = serde_json::from_str(&public("tal.meta.json")).expect("JSON");
    let inds = meta["indicators"].as_array().expect("indicators");
    assert_eq!(inds.len(), 13);
    let unemp = inds.iter().find(|i| i["column"] == "unemp").expect("unemp");
    assert_eq!(unemp["level"], "bydel");
    let income = inds
        .iter()
        .find(|i| i["column"] == "income_med")
        .expect("income_med");
    assert_eq!(income["measure"], "median");
    assert_eq!(meta["dataset"]["illustrative"], false);
    for i in inds {
        assert!(
            i["source"]
                .as_str()
                .is_some_and(|s| s.starts_with("Københavns Kommune")),
            "{i}"
        );
        assert!(
            i["measure"].is_string(),
            "every indicator has its measure type: {i}"
        );
    }
}

#[test]
fn the_story_opens_on_oesterbro_against_sydhavnen_as_groups() {
    let story: serde_json::Value = serde_json::from_str(&public("fortaelling.json")).expect("JSON");
    let first = &story[0]["view"];
    assert_eq!(first["example"], "kvarterer");
    assert_eq!(first["indicator"], "higher_ed");
    assert_eq!(first["a_group"]["name"], "Østerbro");
    assert_eq!(
        first["a_group"]["members"].as_array().map(Vec::len),
        Some(11)
    );
    assert_eq!(
        first["b_group"]["members"],
        serde_json::json!(["20601", "20602", "20603"])
    );
}
