//! «Læg sammen i områder» on real data: Danmarks Statistik's residents per 1 km cell
//! (2021, 38,870 cells, EPSG:3035) summed into DAGI's municipalities. Nobody is lost
//! or counted twice; by the cells' shares København gets within 2 % of DST's
//! 638,117 residents on 1 January 2021 (FOLK1A); by the cells' centres it gets
//! fewer, as its coastal cells' centres fall in the sea.

mod common;

use atlas_core::geometry::grid_cell::GridCell;
use atlas_core::geometry::grid_sum::{sum_into, SumRule};
use atlas_core::import::boundaries::BoundaryOptions;
use atlas_core::import::grid::grid_from_csv;
use atlas_core::import::grid_layer::recognise;
use atlas_core::pipeline::parse_boundaries;

const KOBENHAVN_2021: f64 = 638_117.0;
const RESIDENTS: f64 = 5_827_458.0;

#[test]
fn the_1km_grid_summed_into_the_municipalities_loses_nobody_and_finds_kobenhavn() {
    let (Some(grid), Some(kommuner)) = (
        common::shared("dk_geostat_1km_2021/befolkning_1km_2021_dk.csv"),
        common::shared("dk_dagi_2014/kommuner.geojson"),
    ) else {
        return;
    };
    let table = grid_from_csv(&grid).expect("the grid table").value;
    let layer = recognise(&table).expect("a grid");
    let cells: Vec<(GridCell, f64)> = layer
        .cells
        .iter()
        .zip(&table.rows)
        .map(|(c, (_, row))| {
            (
                c.expect("every row a cell"),
                row[2].parse().expect("residents"),
            )
        })
        .collect();
    let districts = parse_boundaries(&kommuner, &BoundaryOptions::default())
        .expect("the municipalities")
        .value
        .districts;
    let kbh = districts
        .iter()
        .position(|d| d.id == "0101")
        .expect("København");
    let mut got = Vec::new();
    for rule in [SumRule::AreaShare, SumRule::Centre] {
        let s = sum_into(&cells, &districts, rule);
        let total: f64 = s.per_district.iter().sum::<f64>() + s.outside;
        assert!(
            (total - RESIDENTS).abs() < 1e-3,
            "{rule:?}: {total} of {RESIDENTS}"
        );
        assert_eq!(s.cells_counted + s.cells_outside, cells.len());
        let k = s.per_district[kbh];
        eprintln!(
            "{rule:?}: København {k:.0} ({:+.1} % of DST's {KOBENHAVN_2021}); outside every municipality {} cells, {:.0} residents",
            (k / KOBENHAVN_2021 - 1.0) * 100.0,
            s.cells_outside,
            s.outside
        );
        got.push((k, s.outside));
    }
    let ((share, share_out), (centre, centre_out)) = (got[0], got[1]);
    assert!(
        (share / KOBENHAVN_2021 - 1.0).abs() < 0.02,
        "by share: {share}"
    );
    assert!(centre < share, "by centre {centre}, by share {share}");
    assert!(
        share_out < 0.001 * RESIDENTS,
        "by share, outside: {share_out}"
    );
    assert!(centre_out > share_out, "by centre, outside: {centre_out}");
}
