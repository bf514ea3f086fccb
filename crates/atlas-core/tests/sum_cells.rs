//! «Læg sammen i områder» as the loader worker answers it: Danmarks Statistik's
//! residents per 1 km cell (2021) and the built-in example's 98 municipalities
//! (`public/eksempler/kommuner/kommuner.geojson`, simplified from DAWA) in, a table
//! of the municipalities with its sidecar out — read back by the table job and
//! joined onto the same boundaries, København within 2 % of DST's 638,117.

mod common;

use atlas_core::geometry::grid_sum::SumRule;
use atlas_core::model::indicator::{IndicatorMeta, Measure};
use atlas_core::pipeline::message::{answer, read_answer, ReadTable, SumCells, ToWorker};
use atlas_core::text::noun::Noun;

const KOBENHAVN_2021: f64 = 638_117.0;
const RESIDENTS: f64 = 5_827_458.0;

fn kommuner() -> String {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../public/eksempler/kommuner/kommuner.geojson"
    );
    std::fs::read_to_string(path).expect("the built-in example's municipalities")
}

#[test]
fn the_1km_grid_summed_into_the_example_municipalities_becomes_their_table() {
    let Some(grid) = common::shared("dk_geostat_1km_2021/befolkning_1km_2021_dk.csv") else {
        return;
    };
    let (mut cells, mut values) = (Vec::new(), Vec::new());
    for line in grid.lines().skip(1) {
        let f: Vec<&str> = line.split(',').collect();
        cells.push(format!("1kmN{}E{}", f[0], f[1]));
        values.push(Some(f[2].parse::<f64>().expect("residents")));
    }
    // a cell listed without a figure counts as nobody
    cells.push("1kmN3000E4000".into());
    values.push(None);
    let job = SumCells {
        name: "kommuner.geojson".into(),
        rule: SumRule::AreaShare,
        cells,
        indicators: vec![IndicatorMeta {
            source: "Danmarks Statistik".into(),
            ..IndicatorMeta::from_column("befolkning")
        }],
        years: vec![vec![None]],
        values: vec![vec![values]],
    };
    let boundaries = kommuner();
    let message = ToWorker::from(job.clone()).to_bytes(boundaries.as_bytes());
    let summed = read_answer(&job, &answer(&message, |_| ())).expect("the sums");
    let r = &summed.report;
    assert_eq!((r.districts, r.noun), (98, Noun::Kommune));
    assert_eq!(r.total, RESIDENTS);
    assert!(r.cells_counted + r.cells_outside == 38_871, "{r:?}");
    // by area share nobody is lost but the residents of cells no municipality
    // touches (Christiansø is not in the example)
    assert!(r.outside < 200.0, "{r:?}");
    assert!(r.cells_outside < 20, "{r:?}");
    let kbh_line = summed
        .table
        .lines()
        .find(|l| l.starts_with("0101;"))
        .expect("København's row");
    let kbh: f64 = kbh_line
        .rsplit(';')
        .next()
        .expect("a figure")
        .replace(',', ".")
        .parse()
        .expect("a number");
    let off = (kbh - KOBENHAVN_2021) / KOBENHAVN_2021;
    println!(
        "København by area share into the example's municipalities: {kbh:.0} ({:+.2} % of DST)",
        off * 100.0
    );
    assert!(off.abs() < 0.02, "{kbh_line}");
    assert!(
        summed.table.starts_with("kode;navn;befolkning\n"),
        "{}",
        &summed.table[..60]
    );

    // the table and its sidecar, read as any table: a count with its source and how
    let read = ReadTable {
        name: "befolkning i kommuner.csv".into(),
        sidecar: Some(
            atlas_core::import::sidecar::parse_sidecar(&summed.sidecar).expect("the sidecar"),
        ),
    };
    let message = ToWorker::from(read.clone()).to_bytes(summed.table.as_bytes());
    let table = read_answer(&read, &answer(&message, |_| ()))
        .expect("the table")
        .loaded
        .value;
    assert_eq!(table.rows.len(), 98);
    let meta = &table.indicators[0];
    assert_eq!(meta.measure, Some(Measure::Count));
    assert_eq!(meta.source, "Danmarks Statistik");
    assert!(meta.note_da.contains("arealandel"), "{}", meta.note_da);
}
