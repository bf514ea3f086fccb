//! A grid layer as an image (issue 27 §2): each cell of Danmarks Statistik's 1 km
//! grid (EPSG:3035) one pixel, and the image's tiles warped onto the map so that every
//! cell's pixel lands on the square the map draws for it.

mod common;

use atlas_core::geometry::flat::FlatShapes;
use atlas_core::geometry::grid_cell::{GridKind, GridSystem};
use atlas_core::geometry::raster::GridRaster;
use atlas_core::pipeline::message::read_answer;

const GEOSTAT: &str = "dk_geostat_1km_2021/befolkning_1km_2021_dk.csv";

#[test]
fn each_cell_of_the_real_1km_grid_is_its_own_pixel_and_lands_on_its_square() {
    let Some(text) = common::shared(GEOSTAT) else {
        return;
    };
    // as the page gets it: the worker's squares and their (pruned) topology
    let job = common::worker::boundaries("befolkning_1km_2021_dk.csv");
    let b = read_answer(&job, &common::worker::worker_answer(&job, text.as_bytes()))
        .expect("the squares");
    let kind = b
        .loaded
        .value
        .grid
        .expect("a grid table's boundaries name their grid");
    assert_eq!(
        kind,
        GridKind {
            system: GridSystem::Inspire,
            size: 1000
        }
    );
    let ids = b.loaded.value.districts.iter().map(|d| d.id.as_str());
    let r = GridRaster::new(kind, ids).expect("a raster");
    // Denmark's extent in 1 km cells of the European grid, every cell its own pixel
    assert!(
        (400..520).contains(&r.cols) && (330..420).contains(&r.rows),
        "{} × {}",
        r.cols,
        r.rows
    );
    let mut pixels: Vec<u32> = r
        .pixel
        .iter()
        .map(|p| p.expect("every id a cell"))
        .collect();
    pixels.sort_unstable();
    pixels.dedup();
    assert_eq!(pixels.len(), 38_870);
    let by_pixel = r.areas_by_pixel();
    assert_eq!(by_pixel.iter().flatten().count(), 38_870);
    // central Copenhagen: pixel and area agree both ways
    let cph = b
        .loaded
        .value
        .districts
        .iter()
        .position(|d| d.id == "1kmN3621E4481")
        .expect("central Copenhagen");
    let p = r.pixel[cph].expect("a pixel") as usize;
    assert_eq!(by_pixel[p], Some(cph as u32));
    assert_eq!((r.north - 3_622_000) / 1000, (p / r.cols as usize) as i64);
    assert_eq!((4_481_000 - r.west) / 1000, (p % r.cols as usize) as i64);

    // the warp: every cell's four corners, mapped through its tile, against the
    // corners the map projected for its square
    let shapes = FlatShapes::from_topology(&b.geometry.topology, 0.0);
    let tiles = r.tiles(&shapes);
    assert!(tiles.len() > 100, "{} tiles", tiles.len());
    let mut worst = 0.0f64;
    let mut side = 0.0f64;
    for (area, p) in r.pixel.iter().enumerate() {
        let p = p.expect("a pixel");
        let (px, py) = (p % r.cols, p / r.cols);
        let tile = tiles
            .iter()
            .find(|t| (t.x..t.x + t.w).contains(&px) && (t.y..t.y + t.h).contains(&py))
            .expect("every cell in a drawn tile");
        let ring: Vec<(f64, f64)> = shapes
            .rings_of(area)
            .next()
            .expect("a ring")
            .chunks_exact(2)
            .map(|c| (f64::from(c[0]), f64::from(c[1])))
            .collect();
        side = side.max((ring[1].0 - ring[0].0).hypot(ring[1].1 - ring[0].1));
        for (dx, dy) in [(0.0, 0.0), (1.0, 0.0), (1.0, 1.0), (0.0, 1.0)] {
            let (x, y) = tile.to_map(f64::from(px) + dx, f64::from(py) + dy);
            let nearest = ring
                .iter()
                .map(|c| (c.0 - x).hypot(c.1 - y))
                .fold(f64::INFINITY, f64::min);
            worst = worst.max(nearest);
        }
    }
    let metres = worst / side * 1000.0;
    println!(
        "raster warp: {} tiles, worst corner off by {metres:.1} m of a 1,000 m cell",
        tiles.len()
    );
    assert!(metres < 30.0, "a corner {metres:.1} m from its square");
}

#[test]
fn colours_fill_their_cells_and_the_rest_is_transparent() {
    let kind = GridKind {
        system: GridSystem::Kvadratnet,
        size: 100,
    };
    let r = GridRaster::new(kind, ["100m_61780_7240", "100m_61782_7241", "1km_6178_724"])
        .expect("a raster");
    // a 1 km cell is not a cell of a 100 m grid
    assert_eq!(r.pixel[2], None);
    assert_eq!((r.cols, r.rows), (2, 3));
    let px = r.rgba(&[[1, 2, 3, 255], [4, 5, 6, 255], [7, 8, 9, 255]]);
    assert_eq!(px.len(), 2 * 3 * 4);
    // the south-west cell in the bottom row's first column, the other at the top right
    assert_eq!(&px[16..20], &[1, 2, 3, 255]);
    assert_eq!(&px[4..8], &[4, 5, 6, 255]);
    let transparent = px.chunks_exact(4).filter(|p| p[3] == 0).count();
    assert_eq!(transparent, 4);
    assert_eq!(GridRaster::new(kind, ["Østerbro"]), None);
}
