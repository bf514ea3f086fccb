//! Indicator tables: formats, pivoting, matching (fixtures in tests/fixtures/tables).

use atlas_core::import::boundaries::BoundaryOptions;
use atlas_core::import::sidecar::parse_sidecar;
use atlas_core::import::table::parse_table_bytes;
use atlas_core::issue::{Issue, IssueKind, LoadErrorKind, Location};
use atlas_core::join::{join_with, suggest};
use atlas_core::pipeline::parse_boundaries;
use atlas_core::text::names::normalise_code;
use atlas_core::Lang;
use std::path::PathBuf;

fn bytes(rel: &str) -> Vec<u8> {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures")
        .join(rel);
    std::fs::read(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

fn table(rel: &str) -> atlas_core::Loaded<atlas_core::import::table::Table> {
    let sidecar = rel
        .strip_suffix(".csv")
        .map(|b| format!("{b}.meta.json"))
        .and_then(|m| {
            std::fs::read_to_string(
                PathBuf::from(env!("CARGO_MANIFEST_DIR"))
                    .join("../../tests/fixtures")
                    .join(m),
            )
            .ok()
        })
        .map(|t| parse_sidecar(&t).unwrap());
    parse_table_bytes(&bytes(rel), rel, sidecar.as_ref()).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

fn demo_boundaries() -> atlas_core::import::boundaries::Boundaries {
    let t = std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../public/demo/bydele.geojson"),
    )
    .unwrap();
    parse_boundaries(&t, &BoundaryOptions::default())
        .unwrap()
        .value
}

fn col(t: &atlas_core::import::table::Table, name: &str) -> Vec<Option<f64>> {
    let i = t
        .indicators
        .iter()
        .position(|m| m.column == name)
        .unwrap_or_else(|| {
            panic!(
                "no {name}: {:?}",
                t.indicators.iter().map(|m| &m.column).collect::<Vec<_>>()
            )
        });
    t.latest(i).to_vec()
}

#[test]
fn danish_wide_csv_reads_thousands_dots_decimal_commas_missing_and_quotes() {
    let t = table("tables/wide_danish.csv").value;
    assert_eq!(
        t.rows.iter().map(|r| r.key.as_str()).collect::<Vec<_>>(),
        vec!["01", "02", "03", "11"]
    );
    assert_eq!(
        col(&t, "indbyggere"),
        vec![
            Some(57_300.0),
            Some(79_803.0),
            Some(79_100.0),
            Some(31_200.0)
        ]
    );
    assert_eq!(
        col(&t, "ledighed"),
        vec![Some(3.0), Some(3.1), None, Some(6.9)]
    );
    // The sidecar's metadata is applied and its indicator comes first.
    assert_eq!(t.indicators[0].label_da, "Ledighed");
    assert_eq!(
        t.indicators[0].polarity,
        atlas_core::model::indicator::Polarity::HigherIsWorse
    );
    // The text column is not an indicator.
    assert!(t.indicators.iter().all(|m| m.column != "note"));
}

#[test]
fn tab_comma_json_bom_and_windows_1252_are_read() {
    assert_eq!(
        col(&table("tables/wide_tab.tsv").value, "indkomst"),
        vec![Some(318_400.0), Some(296_700.0)]
    );
    let c = table("tables/wide_comma_dot.csv").value;
    assert_eq!(col(&c, "turnout"), vec![Some(71.85), Some(74.5)]);
    assert_eq!(
        col(&c, "income"),
        vec![Some(1.234), Some(2.5)],
        "in a comma file the dot is a decimal mark"
    );
    let j = table("tables/records.json").value;
    assert_eq!(col(&j, "valgdeltagelse"), vec![Some(74.5), Some(52.7)]);
    assert_eq!(j.rows[0].key, "02");
    let b = table("tables/bom_utf8.csv").value;
    assert_eq!(b.key_column, "kode");
    assert_eq!(col(&b, "frivillige"), vec![Some(43.2), Some(25.9)]);
    let w = table("tables/windows1252.csv");
    assert_eq!(w.value.rows[0].name.as_deref(), Some("Østerbro"));
    assert_eq!(
        w.issues[0].kind,
        IssueKind::ReadAsWindows1252,
        "{:?}",
        w.issues
    );
}

#[test]
fn statbank_long_format_pivots_into_indicators_by_dimension_and_years() {
    let t = table("tables/long_statbank.csv").value;
    assert_eq!(t.time_column.as_deref(), Some("TID"));
    let names: Vec<&str> = t.indicators.iter().map(|m| m.column.as_str()).collect();
    assert_eq!(names, vec!["Mænd", "Kvinder"]);
    assert_eq!(t.years[0], vec![Some(2021), Some(2022), Some(2023)]);
    assert_eq!(t.indicators[0].year, Some(2023));
    let nb = t
        .rows
        .iter()
        .position(|r| r.key == "Bydel - Nørrebro")
        .unwrap();
    assert_eq!(
        t.values[0][0][nb], None,
        "the suppressed value stays missing"
    );
    assert!(t.values[0][1][nb].is_some());
}

#[test]
fn long_labels_join_by_their_last_part_and_other_levels_are_set_aside() {
    let t = table("tables/long_statbank.csv").value;
    let (joined, report) = join_with(&demo_boundaries(), t, &[]);
    let a = joined.value;
    let oe = a.district_by_name("Østerbro").unwrap();
    let sy = a.district_by_name("Sydhavnen").unwrap();
    assert!(
        (a.value(0, oe).unwrap() - 338.6).abs() < 1e-9,
        "Bydel row used, not Lokaludvalg: {:?}",
        a.value(0, oe)
    );
    assert!(a.value(1, sy).is_some());
    assert_eq!(report.matched, 3);
    assert_eq!(report.other_levels, vec![("lokaludvalg".to_owned(), 1)]);
    assert!(
        joined.issues.iter().any(|i| matches!(
            &i.kind,
            IssueKind::RowUnmatched { label, .. } if label.contains("København i alt")
        )),
        "{:#?}",
        joined.issues
    );
    assert!(
        matches!(
            joined.issues[0].kind,
            IssueKind::MatchSummary {
                matched: 3,
                rows: 5,
                ..
            }
        ),
        "{:#?}",
        joined.issues
    );
    // The summary's words, as the messages panel shows them.
    let summary = joined.issues[0].sentence(Lang::Da);
    assert!(summary.contains("3 af 5 rækker"), "{summary}");
}

#[test]
fn names_match_across_spellings_and_near_misses_get_suggestions() {
    let t = table("tables/names_only.csv").value;
    let (joined, report) = join_with(&demo_boundaries(), t, &[]);
    let a = joined.value;
    assert_eq!(
        a.value(0, a.district_by_name("Østerbro").unwrap()),
        Some(296_700.0),
        "Oesterbro = Østerbro"
    );
    assert_eq!(
        a.value(0, a.district_by_name("Amager Vest").unwrap()),
        Some(231_700.0)
    );
    let miss: Vec<&(usize, String, String, Vec<String>)> = report.unmatched.iter().collect();
    let am = miss
        .iter()
        .find(|m| m.2 == "Amagerr Øst")
        .expect("typo reported");
    assert_eq!(am.3.first().map(String::as_str), Some("Amager Øst"));
    assert!(report
        .unmatched
        .iter()
        .any(|m| m.2 == "Vesterbro/Kongens Enghave"));
}

#[test]
fn a_hand_made_mapping_wins() {
    let t = table("tables/names_only.csv").value;
    let (joined, report) = join_with(
        &demo_boundaries(),
        t,
        &[
            ("Amagerr Øst".into(), "09".into()),
            ("Kgs. Enghave".into(), "11".into()),
        ],
    );
    let a = joined.value;
    assert_eq!(a.value(0, a.district_by_id("09").unwrap()), Some(239_500.0));
    assert_eq!(a.value(0, a.district_by_id("11").unwrap()), Some(190_000.0));
    assert!(report.unmatched.iter().all(|m| m.2 != "Amagerr Øst"));
}

#[test]
fn codes_match_with_or_without_leading_zeros() {
    assert_eq!(normalise_code("0101"), normalise_code("101"));
    assert_ne!(normalise_code("0101"), normalise_code("1010"));
    assert_eq!(
        suggest("Vesterbro", &["Vesterbro".into(), "Valby".into()]),
        vec!["Vesterbro".to_owned()]
    );
}

#[test]
fn header_only_and_ragged_tables() {
    let e = parse_table_bytes(&bytes("bad/header_only.csv"), "header_only.csv", None).unwrap_err();
    assert_eq!(e.kind, LoadErrorKind::NoDataRows, "{e}");
    let r = parse_table_bytes(&bytes("bad/ragged.csv"), "ragged.csv", None).unwrap();
    let row = |line: usize, key: &str, fields: usize| {
        Issue::warning(
            Location::Row {
                line,
                key: Some(key.into()),
            },
            IssueKind::RowFieldCount { fields, header: 3 },
        )
    };
    assert!(r.issues.contains(&row(2, "02", 4)), "{:#?}", r.issues);
    assert!(r.issues.contains(&row(3, "11", 2)), "{:#?}", r.issues);
    assert_eq!(r.value.latest(0), &[Some(296_700.0), None, Some(214_300.0)]);
}

#[test]
fn xlsx_with_title_rows_merged_cells_formulas_and_errors() {
    let l = table("tables/statbank_merged_formulas.xlsx");
    let t = &l.value;
    assert_eq!(t.key_column, "Område");
    assert_eq!(t.time_column.as_deref(), Some("År"));
    let names: Vec<&str> = t.indicators.iter().map(|m| m.column.as_str()).collect();
    assert_eq!(names, vec!["Indkomst · Mænd", "Indkomst · Kvinder"]);
    let keys: Vec<&str> = t.rows.iter().map(|r| r.key.as_str()).collect();
    assert_eq!(
        keys,
        vec!["Bydel - 2. Østerbro", "Bydel - 11. Sydhavnen"],
        "merged labels filled down"
    );
    assert_eq!(
        t.latest(1),
        &[Some(232_000.0), None],
        "formula result read; error cell missing"
    );
    let codes: Vec<&str> = l.issues.iter().map(|i| i.kind.code()).collect();
    assert!(codes.contains(&"merged-cells-filled"), "{codes:?}");
    assert!(codes.contains(&"formula-errors"), "{codes:?}");
    // And it joins: "2. Østerbro" without its number, "11." as the code of Sydhavnen.
    let (joined, report) = join_with(&demo_boundaries(), l.value, &[]);
    assert_eq!(report.matched, 2);
    let a = joined.value;
    assert_eq!(
        a.value(0, a.district_by_name("Sydhavnen").unwrap()),
        Some(190_000.0)
    );
}

#[test]
fn a_broken_spreadsheet_is_one_sentence() {
    let e = parse_table_bytes(&bytes("bad/not_a_spreadsheet.xlsx"), "x.xlsx", None).unwrap_err();
    assert!(
        matches!(e.kind, LoadErrorKind::SpreadsheetUnopenable { .. }),
        "{e}"
    );
    let said = e.sentence(Lang::Da);
    assert!(said.contains("Regnearket kan ikke åbnes"), "{said}");
}

/// A one-file zip whose directory declares `declared` unpacked bytes for a file that
/// holds one byte (a zip bomb's directory, without the bomb).
fn zip_declaring(declared: u32) -> Vec<u8> {
    let name = b"xl/worksheets/sheet1.xml";
    let crc = 0x8cdc_1683u32; // crc32 of "x"
    let mut z = Vec::new();
    let u16le = |z: &mut Vec<u8>, v: u16| z.extend_from_slice(&v.to_le_bytes());
    let u32le = |z: &mut Vec<u8>, v: u32| z.extend_from_slice(&v.to_le_bytes());
    u32le(&mut z, 0x0403_4b50);
    for v in [20u16, 0, 0, 0, 0] {
        u16le(&mut z, v);
    }
    for v in [crc, 1, 1] {
        u32le(&mut z, v);
    }
    u16le(&mut z, name.len() as u16);
    u16le(&mut z, 0);
    z.extend_from_slice(name);
    z.push(b'x');
    let cd = z.len() as u32;
    u32le(&mut z, 0x0201_4b50);
    for v in [20u16, 20, 0, 0, 0, 0] {
        u16le(&mut z, v);
    }
    for v in [crc, 1, declared] {
        u32le(&mut z, v);
    }
    for v in [name.len() as u16, 0, 0, 0, 0] {
        u16le(&mut z, v);
    }
    u32le(&mut z, 0);
    u32le(&mut z, 0);
    z.extend_from_slice(name);
    let cd_size = z.len() as u32 - cd;
    u32le(&mut z, 0x0605_4b50);
    for v in [0u16, 0, 1, 1] {
        u16le(&mut z, v);
    }
    u32le(&mut z, cd_size);
    u32le(&mut z, cd);
    u16le(&mut z, 0);
    z
}

#[test]
fn a_workbook_that_would_unpack_past_the_limit_is_refused_before_reading_with_both_sizes() {
    use atlas_core::import::spreadsheet::declared_unpacked_size;
    assert_eq!(declared_unpacked_size(&zip_declaring(1)), Some(1));
    let bomb = zip_declaring(2_147_000_000);
    assert_eq!(declared_unpacked_size(&bomb), Some(2_147_000_000));
    let e = parse_table_bytes(&bomb, "bombe.xlsx", None).unwrap_err();
    assert!(
        matches!(
            e.kind,
            atlas_core::issue::LoadErrorKind::UnpacksTooLarge {
                unpacked: 2_147_000_000,
                ..
            }
        ),
        "{e:?}"
    );
    assert_eq!(
        e.sentence(atlas_core::Lang::Da),
        "bombe.xlsx fylder 0,0 MB, men pakker sig ud til 2.147 MB; appen læser regneark op til 200 MB udpakket. Gem arket som CSV (semikolon), eller del det op."
    );
    // a real workbook passes the check and is read
    let ok = parse_table_bytes(
        &bytes("tables/statbank_merged_formulas.xlsx"),
        "statbank_merged_formulas.xlsx",
        None,
    );
    assert!(ok.is_ok(), "{:?}", ok.err());
}
