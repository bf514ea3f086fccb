//! The template: one row per district of the map (split parts merged, codes as text),
//! the indicators filled where known; filled in and loaded back, it matches 100 %.

mod common;

use atlas_core::import::boundaries::BoundaryOptions;
use atlas_core::import::sidecar::parse_sidecar;
use atlas_core::import::table::{parse_csv, parse_table_bytes};
use atlas_core::join::join_with;
use atlas_core::pipeline::parse_boundaries;
use atlas_core::present::export::{template_csv, template_sidecar, template_xlsx};

const SPLIT: &str = include_str!("../../../tests/fixtures/boundaries/split_parts.geojson");

#[test]
fn the_demo_template_loads_back_with_every_district_and_figure() {
    let b = parse_boundaries(common::DEMO_GEOJSON, &BoundaryOptions::default())
        .unwrap()
        .value;
    let atlas = common::demo_atlas();
    let sidecar = parse_sidecar(&template_sidecar(&atlas)).expect("the template's sidecar reads");
    let csv = template_csv(&atlas);
    assert!(csv.starts_with("\u{feff}kode;navn;"));
    assert_eq!(csv.lines().count(), 1 + atlas.districts.len());
    let table = parse_csv(&csv, Some(&sidecar))
        .expect("the CSV template reads")
        .value;
    let (back, report) = join_with(&b, table, &[]);
    assert_eq!((report.matched, report.rows), (11, 11), "100 % matched");
    assert_eq!(back.value.values, atlas.values, "every figure as it was");
    assert_eq!(back.value.indicators.len(), atlas.indicators.len());

    let xlsx = template_xlsx(&atlas).expect("the XLSX is written");
    assert!(xlsx.starts_with(b"PK\x03\x04"));
    let table = parse_table_bytes(&xlsx, "skabelon.xlsx", Some(&sidecar))
        .expect("the XLSX reads")
        .value;
    let (back, report) = join_with(&b, table, &[]);
    assert_eq!(report.matched, 11);
    assert_eq!(back.value.values, atlas.values);
}

#[test]
fn a_template_filled_in_by_hand_brings_the_new_figures() {
    let b = parse_boundaries(common::DEMO_GEOJSON, &BoundaryOptions::default())
        .unwrap()
        .value;
    let (empty, _) = join_with(&b, Default::default(), &[]);
    let csv = template_csv(&empty.value);
    // a planner adds a column and types a figure per district
    let mut lines = csv.lines();
    let mut filled = format!("{};Frivillige\n", lines.next().unwrap());
    for (k, line) in lines.enumerate() {
        filled.push_str(&format!("{line};{},5\n", 40 + k));
    }
    let table = parse_csv(&filled, None).unwrap().value;
    let (back, report) = join_with(&b, table, &[]);
    assert_eq!(report.matched, 11);
    assert!(back.value.column(0).iter().all(Option::is_some));
}

#[test]
fn split_part_boundaries_give_one_row_per_district_with_codes_as_text() {
    let b = parse_boundaries(SPLIT, &BoundaryOptions::default())
        .unwrap()
        .value;
    let t = parse_csv("KOMKODE;x\n0101;1\n0147;2\n", None)
        .unwrap()
        .value;
    let (atlas, _) = join_with(&b, t, &[]);
    let csv = template_csv(&atlas.value);
    let keys: Vec<&str> = csv
        .lines()
        .skip(1)
        .map(|l| l.split(';').next().unwrap())
        .collect();
    assert_eq!(keys.len(), atlas.value.districts.len());
    assert!(keys.contains(&"0101"), "{keys:?}");
    let mut sorted = keys.clone();
    sorted.dedup();
    assert_eq!(
        sorted.len(),
        keys.len(),
        "one row per district, parts merged"
    );
    let xlsx = template_xlsx(&atlas.value).unwrap();
    let keys_back = keys_of(&xlsx);
    assert!(
        keys_back.contains(&"0101".to_owned()),
        "the code is a text cell with its zero: {keys_back:?}"
    );
}

/// The keys of an XLSX template as the table reader sees them.
fn keys_of(xlsx: &[u8]) -> Vec<String> {
    let t = parse_table_bytes(xlsx, "t.xlsx", None).expect("the XLSX reads");
    t.value.rows.iter().map(|r| r.key.clone()).collect()
}
