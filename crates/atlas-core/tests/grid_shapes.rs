//! A grid's map geometry made from its cell codes (the lattice) is the geometry the
//! general builder makes from the same squares: the same neighbours, the same boxes
//! — on Danmarks Statistik's 38,870 cells of 1 km.

mod common;

use atlas_core::geometry::grid_cell::GridCell;
use atlas_core::geometry::grid_shapes::grid_geometry;
use atlas_core::geometry::shapes::build_geometry;
use atlas_core::import::grid_layer::boundaries_of_text;
use atlas_core::pipeline::{MAP_PADDING, MAP_WIDTH};

const GEOSTAT: &str = "dk_geostat_1km_2021/befolkning_1km_2021_dk.csv";

#[test]
fn the_lattice_geometry_of_the_real_1km_grid_is_the_general_builders() {
    let Some(text) = common::shared(GEOSTAT) else {
        return;
    };
    let b = boundaries_of_text(&text).expect("a grid table");
    let districts = &b.value.districts;
    let general = build_geometry(districts, MAP_WIDTH, MAP_PADDING).expect("general");
    let cells: Vec<GridCell> = districts
        .iter()
        .map(|d| GridCell::parse(&d.id).expect("a code"))
        .collect();
    let lattice = grid_geometry(&cells, MAP_WIDTH, MAP_PADDING).expect("lattice");
    assert_eq!(lattice.paths.len(), 38_870);
    assert_eq!(lattice.projection, general.projection);
    assert_eq!(lattice.height, general.height);
    // the same neighbours, by side and by corner
    assert_eq!(lattice.topology.rook(), general.topology.rook());
    assert_eq!(lattice.topology.queen(), general.topology.queen());
    // the same squares on the map
    for (d, (a, g)) in lattice.bounds.iter().zip(&general.bounds).enumerate() {
        let (a, g) = (a.expect("a box"), g.expect("a box"));
        for (x, y) in [
            (a.min_x, g.min_x),
            (a.min_y, g.min_y),
            (a.max_x, g.max_x),
            (a.max_y, g.max_y),
        ] {
            assert!(
                (x - y).abs() < 1e-6,
                "cell {}: {a:?} vs {g:?}",
                districts[d].id
            );
        }
        let p = lattice.label_points[d].expect("a label point");
        assert!(p.x > a.min_x && p.x < a.max_x && p.y > a.min_y && p.y < a.max_y);
    }
}
