//! Which figures the cluster map is computed from, on the built-in example with real
//! figures over many years (Københavns bydele i tal): the shown year, every year for
//! Moran's I year by year, and the bivariate pair; and the worker's job made from
//! them gives the same map from the shapes as from neighbours made already.

use atlas_core::classify::lisa::{LisaMap, LisaOptions, LisaRun};
use atlas_core::classify::lisa_columns::LisaColumns;
use atlas_core::geometry::shapes::{build_geometry, MapGeometry};
use atlas_core::geometry::weights::{Weights, WeightsKind};
use atlas_core::import::boundaries::BoundaryOptions;
use atlas_core::import::sidecar::parse_sidecar;
use atlas_core::import::table::parse_csv;
use atlas_core::join::join;
use atlas_core::pipeline::message::{answer, read_answer, ComputeLisa, ToWorker};
use atlas_core::pipeline::{parse_boundaries, MAP_PADDING, MAP_WIDTH};
use atlas_core::Atlas;

const GEOJSON: &str = include_str!("../../../public/eksempler/bydele/bydele.geojson");
const CSV: &str = include_str!("../../../public/eksempler/bydele/tal.csv");
const META: &str = include_str!("../../../public/eksempler/bydele/tal.meta.json");

struct Example {
    atlas: Atlas,
    geometry: MapGeometry,
}

fn example() -> Example {
    let b = parse_boundaries(GEOJSON, &BoundaryOptions::default()).expect("boundaries");
    let geometry = build_geometry(&b.value.districts, MAP_WIDTH, MAP_PADDING).expect("shapes");
    let t = parse_csv(CSV, Some(&parse_sidecar(META).expect("sidecar"))).expect("table");
    Example {
        atlas: join(&b.value, t.value).value,
        geometry,
    }
}

fn col(a: &Atlas, c: &str) -> usize {
    a.indicators.iter().position(|m| m.column == c).expect(c)
}

#[test]
fn a_univariate_map_takes_the_shown_year_and_every_year_for_udvikling() {
    let m = example();
    let a = &m.atlas;
    let income = col(a, "indkomst");
    let years = a.years(income).to_vec();
    assert!(years.len() > 10, "{years:?}");
    let first = years[0];
    let c = LisaColumns::univariate(a, income, first);
    assert_eq!(c.x, a.column_at(income, 0));
    assert_eq!(c.y, None);
    assert_eq!(c.years.len(), years.len());
    assert!(c
        .years
        .iter()
        .enumerate()
        .all(|(yi, y)| y == a.column_at(income, yi)));
    // no year asked for, or one the indicator lacks: its latest
    let latest = a.column_at(income, years.len() - 1);
    assert_eq!(LisaColumns::univariate(a, income, None).x, latest);
    assert_eq!(LisaColumns::univariate(a, income, Some(1066)).x, latest);
}

#[test]
fn a_bivariate_map_takes_x_and_y_in_the_shown_year_and_no_years() {
    let m = example();
    let a = &m.atlas;
    let (income, people) = (col(a, "indkomst"), col(a, "indbyggere"));
    let year = a.years(income).iter().rev().nth(3).copied().flatten();
    let c = LisaColumns::bivariate(a, income, people, year);
    assert_eq!(c.x, a.column_in(income, year));
    assert_eq!(c.y.as_deref(), Some(a.column_in(people, year)));
    assert!(c.years.is_empty());
}

#[test]
fn the_job_from_the_shapes_and_from_neighbours_made_gives_the_same_map() {
    let m = example();
    let g = &m.geometry;
    let c = LisaColumns::univariate(&m.atlas, col(&m.atlas, "indkomst"), None);
    let options = LisaOptions::default();
    let job = ComputeLisa {
        name: "klyngekortet".into(),
    };
    let w = Weights::of(g, WeightsKind::Queen);
    let want: LisaMap = LisaRun::new(c.input(w.clone(), options)).run();
    assert_eq!(want.by_year.len(), c.years.len());
    for made in [None, Some(&w)] {
        let bytes = c.job_bytes(
            made,
            WeightsKind::Queen,
            &g.topology,
            &g.projection,
            options,
        );
        let message = ToWorker::from(job.clone()).to_bytes(&bytes);
        let got = read_answer(&job, &answer(&message, |_| ())).expect("a map");
        assert_eq!(got.map, want, "neighbours made: {}", made.is_some());
        assert_eq!(got.weights.is_some(), made.is_none());
    }
}
