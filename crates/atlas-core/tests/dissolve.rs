//! «Vis som grupper»: Copenhagen's 67 kvarterer dissolved into its 10 bydele from the
//! shared topology, the figures had by the group rules, and the view carried across
//! both ways; the kvarter table's `bydel_name` groups the areas as a property does.

mod common;

use atlas_core::geometry::shapes::build_geometry;
use atlas_core::geometry::topology::covered_area;
use atlas_core::import::boundaries::BoundaryOptions;
use atlas_core::import::sidecar::parse_sidecar;
use atlas_core::import::table::parse_csv;
use atlas_core::model::groups::AreaGroup;
use atlas_core::pipeline::{
    build_model, parse_boundaries, spec_as_groups, spec_as_parts, BoundarySet, Model, TableSet,
    MAP_PADDING, MAP_WIDTH,
};
use atlas_core::present::view_spec::ViewSpec;
use std::sync::Arc;

const EXAMPLE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../public/eksempler/kvarterer"
);

fn read(name: &str) -> String {
    std::fs::read_to_string(format!("{EXAMPLE}/{name}"))
        .unwrap_or_else(|e| panic!("the kvarterer example's {name} could not be read: {e}"))
}

/// The boundaries of `text` as the app holds them.
fn boundary_set(text: &str) -> BoundarySet {
    let options = BoundaryOptions::default();
    let loaded = parse_boundaries(text, &options).expect("boundaries");
    let geometry = build_geometry(&loaded.value.districts, MAP_WIDTH, MAP_PADDING).expect("shapes");
    BoundarySet {
        loaded,
        source: "kvarterer".into(),
        text: Arc::from(text),
        options,
        is_demo: false,
        geometry: Arc::new(geometry),
    }
}

/// The kvarterer example: its 67 areas and its figures 2016–2026.
fn kvarterer() -> Model {
    let b = boundary_set(&read("kvarterer.geojson"));
    let sidecar = parse_sidecar(&read("tal.meta.json")).expect("sidecar");
    let text = read("tal.csv");
    let t = TableSet {
        loaded: parse_csv(&text, Some(&sidecar)).expect("table"),
        source: "tal.csv".into(),
        is_demo: false,
        mappings: Vec::new(),
        text: Arc::from(text.as_str()),
        grid: None,
    };
    build_model(&b, Some(&t))
}

/// Every area's area on the map (screen units², holes out), at full detail.
fn map_areas(m: &Model) -> Vec<f64> {
    m.geometry
        .topology
        .rings_at(0.0)
        .iter()
        .map(|polys| covered_area(polys))
        .collect()
}

#[test]
fn the_67_kvarterer_dissolve_into_10_bydele_whose_areas_sum_to_theirs() {
    let m = kvarterer();
    assert_eq!(m.atlas.districts.len(), 67);
    let d = m
        .dissolved("bydel")
        .expect("the kvarterer have a bydel property");
    assert_eq!(d.atlas.districts.len(), 10);
    assert_eq!(d.geometry.paths.len(), 10);
    assert_eq!(d.grouped_by.as_deref(), Some("bydel"));
    let names: Vec<&str> = d.atlas.districts.iter().map(|a| a.name.as_str()).collect();
    for b in [
        "Indre By",
        "Østerbro",
        "Vesterbro/Kongens Enghave",
        "Amager Vest",
    ] {
        assert!(names.contains(&b), "{b} is one of {names:?}");
    }
    let (before, after) = (map_areas(&m), map_areas(&d));
    let (sum67, sum10) = (before.iter().sum::<f64>(), after.iter().sum::<f64>());
    assert!(
        (sum67 - sum10).abs() < 1e-6 * sum67,
        "the 10 bydele cover {sum10}, the 67 kvarterer {sum67}"
    );
    // each bydel covers exactly its own kvarterer
    let parts = m.parts_by("bydel").expect("parts");
    for (p, part) in parts.iter().enumerate() {
        let own: f64 = part.members.iter().map(|k| before[*k]).sum();
        assert!(
            (own - after[p]).abs() < 1e-6 * own,
            "{}: {} ≠ {own}",
            part.name,
            after[p]
        );
    }
    // a border between two kvarterer of one bydel is not drawn: fewer vertices
    let vertices = |m: &Model| {
        m.geometry
            .paths
            .iter()
            .map(|p| p.matches('L').count())
            .sum::<usize>()
    };
    assert!(
        vertices(&d) < vertices(&m),
        "{} < {}",
        vertices(&d),
        vertices(&m)
    );
    assert_eq!(d.atlas.noun, atlas_core::text::noun::Noun::Bydel);
}

#[test]
fn dissolved_figures_follow_the_group_rules() {
    let m = kvarterer();
    let d = m.dissolved("bydel").expect("dissolved");
    let col = |m: &Model, c: &str| {
        m.atlas
            .indicators
            .iter()
            .position(|i| i.column == c)
            .expect(c)
    };
    let part = |m: &Model, name: &str| {
        m.atlas
            .districts
            .iter()
            .position(|a| a.name == name)
            .expect(name)
    };
    let oesterbro = m
        .parts_by("bydel")
        .unwrap()
        .into_iter()
        .find(|p| p.name == "Østerbro")
        .unwrap();
    assert_eq!(oesterbro.members.len(), 11);
    let (pop, he, inc, unemp) = (
        col(&m, "indbyggere"),
        col(&m, "higher_ed"),
        col(&m, "income_med"),
        col(&m, "unemp"),
    );
    let y = |i: usize, year: i32| m.atlas.year_index(i, Some(year));
    // residents 2026: summed
    let residents: f64 = oesterbro
        .members
        .iter()
        .map(|k| m.atlas.value_at(pop, y(pop, 2026), *k).unwrap())
        .sum();
    let o = part(&d, "Østerbro");
    assert_eq!(
        d.atlas.value_at(col(&d, "indbyggere"), y(pop, 2026), o),
        Some(residents)
    );
    // higher education 2025: weighted by residents
    let (mut num, mut den) = (0.0, 0.0);
    for k in &oesterbro.members {
        let w = m.atlas.value_at(pop, y(pop, 2026), *k).unwrap();
        num += m.atlas.value_at(he, y(he, 2025), *k).unwrap() * w;
        den += w;
    }
    let got = d
        .atlas
        .value_at(col(&d, "higher_ed"), y(he, 2025), o)
        .unwrap();
    assert!((got - num / den).abs() < 1e-9, "{got} vs {}", num / den);
    assert!(!d.atlas.indicators[col(&d, "higher_ed")]
        .label_da
        .starts_with('≈'));
    // the median income cannot be had from the parts: marked ≈ in its label and note
    let income = &d.atlas.indicators[col(&d, "income_med")];
    assert!(income.label_da.starts_with("≈ "), "{}", income.label_da);
    assert!(
        income.note_da.contains("Vist som bydele: ≈"),
        "{}",
        income.note_da
    );
    assert!(d
        .atlas
        .value_at(col(&d, "income_med"), y(inc, 2024), o)
        .is_some());
    // unemployment is a bydel figure: shown as bydele it is one, no longer repeated
    assert_eq!(m.atlas.indicators[unemp].level.as_deref(), Some("bydel"));
    assert_eq!(d.atlas.indicators[col(&d, "unemp")].level, None);
}

#[test]
fn the_view_goes_across_to_the_groups_and_back() {
    let m = kvarterer();
    let oesterbro: Vec<String> = (1..=11).map(|i| format!("203{i:02}")).collect();
    let spec = ViewSpec {
        a_group: Some(AreaGroup {
            name: "Østerbro".into(),
            members: oesterbro.clone(),
        }),
        a: Some("20301".into()),
        b: Some("20602".into()),
        profile: Some("20602".into()),
        ..ViewSpec::default()
    };
    let g = spec_as_groups(&spec, &m, "bydel");
    assert_eq!(
        (g.a.as_deref(), g.a_group.as_ref()),
        (Some("Østerbro"), None)
    );
    assert_eq!(g.b.as_deref(), Some("Vesterbro/Kongens Enghave"));
    assert_eq!(g.profile.as_deref(), Some("Vesterbro/Kongens Enghave"));
    assert_eq!(g.grouped.as_deref(), Some("bydel"));
    let back = spec_as_parts(&g, &m, "bydel");
    let a = back
        .a_group
        .expect("Østerbro as the group of its kvarterer");
    assert_eq!((a.name.as_str(), a.members), ("Østerbro", oesterbro));
    assert_eq!(back.grouped, None);
}

#[test]
fn a_group_across_two_bydele_stays_a_group_of_both() {
    let m = kvarterer();
    let spec = ViewSpec {
        b_group: Some(AreaGroup {
            name: "Syd".into(),
            members: vec!["20602".into(), "20101".into()],
        }),
        b: Some("20602".into()),
        ..ViewSpec::default()
    };
    let g = spec_as_groups(&spec, &m, "bydel");
    let b = g.b_group.expect("two bydele");
    assert_eq!(b.name, "Syd");
    assert_eq!(b.members.len(), 2);
}

#[test]
fn a_kvarter_table_text_column_groups_the_areas_like_a_property() {
    let Some(geo) = common::shared("cph_kvarterer/kvarter.geojson") else {
        return;
    };
    let Some(long) = common::shared("cph_kvarterer_kk_statbank_2016_2026/derived/kvarter_long.csv")
    else {
        return;
    };
    let b = boundary_set(&geo);
    let loaded = parse_csv(&long, None).expect("the long kvarter table");
    let names: Vec<&str> = loaded
        .value
        .attributes
        .iter()
        .map(|(n, _)| n.as_str())
        .collect();
    assert_eq!(
        names,
        ["bydel_name"],
        "bydel_name groups the kvarterer, it names no figure"
    );
    let t = TableSet {
        loaded,
        source: "kvarter_long.csv".into(),
        is_demo: false,
        mappings: Vec::new(),
        text: Arc::from(long.as_str()),
        grid: None,
    };
    let m = build_model(&b, Some(&t));
    assert!(
        m.grouping_names().contains(&"bydel_name".to_owned()),
        "{:?}",
        m.grouping_names()
    );
    let bavnehoej = m.atlas.district_by_id("20601").expect("Bavnehøj");
    let g = m.group_sharing(bavnehoej, "bydel_name").expect("a group");
    assert_eq!(g.name, "Vesterbro/Kongens Enghave");
    let d = m
        .dissolved("bydel_name")
        .expect("dissolved by the table's column");
    assert_eq!(d.atlas.districts.len(), 10);
}
