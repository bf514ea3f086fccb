//! The municipalities' outlines over the 1 km grid's raster (issue 27 §3–4): the
//! kommuner example's borders moved into the grid map's screen units land where the
//! grid map puts the same places, and cover the same Denmark.

mod common;

use atlas_core::geometry::coords::{Bounds, Screen};
use atlas_core::geometry::overlay::{outlines_onto, Refit};
use atlas_core::pipeline::message::read_answer;

const GEOSTAT: &str = "dk_geostat_1km_2021/befolkning_1km_2021_dk.csv";

/// The points of an SVG path of `M`/`L` commands.
fn points(d: &str) -> Vec<Screen> {
    d.split(['M', 'L'])
        .filter_map(|p| {
            let (x, y) = p.trim().split_once(',')?;
            Some(Screen {
                x: x.parse().ok()?,
                y: y.parse().ok()?,
            })
        })
        .collect()
}

fn bounds(ps: &[Screen]) -> Bounds {
    ps.iter().fold(
        Bounds {
            min_x: f64::MAX,
            min_y: f64::MAX,
            max_x: f64::MIN,
            max_y: f64::MIN,
        },
        |b, p| Bounds {
            min_x: b.min_x.min(p.x),
            min_y: b.min_y.min(p.y),
            max_x: b.max_x.max(p.x),
            max_y: b.max_y.max(p.y),
        },
    )
}

#[test]
fn the_municipalities_outlines_land_on_the_grid_map_where_its_own_projection_puts_them() {
    let Some(text) = common::shared(GEOSTAT) else {
        return;
    };
    let job = common::worker::boundaries("befolkning_1km_2021_dk.csv");
    let grid = read_answer(&job, &common::worker::worker_answer(&job, text.as_bytes()))
        .expect("the grid's squares");
    let (_, kommuner) = common::kommuner();
    let onto = grid.geometry.projection;
    // exact: each border point, moved, is where the grid map projects its lon/lat
    let refit = Refit::new(&kommuner.projection, &onto);
    let d = outlines_onto(&kommuner, &onto, 64.0);
    let ps = points(&d);
    assert!(ps.len() > 5_000, "{} points", ps.len());
    for p in kommuner_points(&kommuner).iter().step_by(97) {
        let moved = refit.apply(*p);
        let direct = onto.to_screen(kommuner.projection.to_lonlat(*p));
        assert!(
            (moved.x - direct.x).abs() < 1e-6 && (moved.y - direct.y).abs() < 1e-6,
            "{moved:?} vs {direct:?}"
        );
    }
    // the same Denmark: the borders' extent is the populated cells' extent (the
    // cells reach a little past the coast, by up to a cell)
    let cells = grid
        .geometry
        .bounds
        .iter()
        .flatten()
        .fold(None::<Bounds>, |acc, b| {
            Some(match acc {
                None => *b,
                Some(a) => Bounds {
                    min_x: a.min_x.min(b.min_x),
                    min_y: a.min_y.min(b.min_y),
                    max_x: a.max_x.max(b.max_x),
                    max_y: a.max_y.max(b.max_y),
                },
            })
        })
        .expect("cells");
    let borders = bounds(&ps);
    let cell = grid.geometry.bounds[0].expect("a cell").width();
    for (name, a, b) in [
        ("west", borders.min_x, cells.min_x),
        ("east", borders.max_x, cells.max_x),
        ("north", borders.min_y, cells.min_y),
        ("south", borders.max_y, cells.max_y),
    ] {
        assert!(
            (a - b).abs() < 3.0 * cell,
            "the {name} edge: borders at {a:.1}, cells at {b:.1} (a cell is {cell:.2})"
        );
    }
}

#[test]
fn outlines_keep_more_detail_as_the_map_is_zoomed() {
    let (_, kommuner) = common::kommuner();
    let onto = kommuner.projection;
    let whole = points(&outlines_onto(&kommuner, &onto, 1.0)).len();
    let close = points(&outlines_onto(&kommuner, &onto, 16.0)).len();
    assert!(close > whole, "zoom 16: {close} points, zoom 1: {whole}");
    // onto itself, the outlines are the map's own borders: inside its box
    let b = bounds(&points(&outlines_onto(&kommuner, &onto, 1.0)));
    assert!(b.min_x >= 0.0 && b.max_x <= kommuner.width + 1e-6, "{b:?}");
    assert!(b.min_y >= 0.0 && b.max_y <= kommuner.height + 1e-6, "{b:?}");
}

/// Every vertex of the municipalities' borders, in their own map's units.
fn kommuner_points(g: &atlas_core::geometry::shapes::MapGeometry) -> Vec<Screen> {
    points(&g.topology.mesh(0.0, |p| p))
}
