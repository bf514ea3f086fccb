//! Arbitrary bytes through the table loader; the first byte picks the file name (and
//! so CSV, JSON or spreadsheet reading), the rest is the file. A loaded table is
//! joined onto a small map and classified, as the app does next.
#![no_main]

use atlas_core::import::boundaries::BoundaryOptions;
use atlas_core::pipeline::parse_boundaries;
use atlas_core::classify::methods::{classify, Method};
use atlas_core::join::join;
use atlas_core::import::table::parse_table_bytes;
use libfuzzer_sys::fuzz_target;

const MAP: &str = r#"{"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"kode":"01","navn":"Indre By"},"geometry":{"type":"Polygon","coordinates":[[[12.5,55.6],[12.6,55.6],[12.6,55.7],[12.5,55.6]]]}},
{"type":"Feature","properties":{"kode":"02","navn":"Østerbro"},"geometry":{"type":"Polygon","coordinates":[[[12.6,55.6],[12.7,55.6],[12.7,55.7],[12.6,55.6]]]}}]}"#;

fuzz_target!(|data: &[u8]| {
    let Some((&pick, rest)) = data.split_first() else {
        return;
    };
    let name = ["t.csv", "t.tsv", "t.json", "t.xlsx", "t.ods", "t.txt"][pick as usize % 6];
    let Ok(table) = parse_table_bytes(rest, name, None) else {
        return;
    };
    let Ok(map) = parse_boundaries(MAP, &BoundaryOptions::default()) else {
        return;
    };
    let atlas = join(&map.value, table.value).value;
    for i in 0..atlas.indicators.len() {
        for y in 0..atlas.years(i).len() {
            for m in Method::ALL {
                let _ = classify(atlas.column_at(i, y), m, 5, &[1.0, 2.0]);
            }
        }
    }
});
