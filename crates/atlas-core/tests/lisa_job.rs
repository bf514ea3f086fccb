//! The cluster map as the loader worker computes it: a slice at a time, with
//! progress, sent as bytes and answered as bytes, and still the same numbers as
//! computing it at once (which `moran.rs` holds against PySAL).

mod common;

use atlas_core::classify::lisa::{LisaInput, LisaMap, LisaOptions, LisaRun};
use atlas_core::classify::moran::{global_moran, Sample};
use atlas_core::geometry::weights::{Weights, WeightsKind};
use atlas_core::model::atlas::Atlas;
use atlas_core::pipeline::message::{answer, read_answer, ComputeLisa, ToWorker};

/// The municipalities with their figures and queen neighbours.
fn kommuner() -> (Atlas, Weights) {
    let (atlas, g) = common::kommuner();
    (atlas, Weights::of(&g, WeightsKind::Queen))
}

fn column(atlas: &Atlas, name: &str) -> Vec<Option<f64>> {
    let i = atlas
        .indicators
        .iter()
        .position(|m| m.column == name)
        .unwrap_or_else(|| panic!("{name} in the example"));
    atlas.column(i).to_vec()
}

#[test]
fn a_cluster_map_computed_in_slices_equals_one_computed_at_once() {
    let (atlas, w) = kommuner();
    let income = column(&atlas, "disposable_income_raw");
    let turnout = column(&atlas, "voter_turnout_pct");
    let life = column(&atlas, "life_expectancy_raw");
    let options = LisaOptions::default();
    for y in [None, Some(turnout.clone())] {
        let at_once = LisaMap::new(&w, &income, y.as_deref(), options);
        for budget in [1, 5_000, 80_000] {
            let mut run = LisaRun::new(LisaInput {
                neighbours: w.clone().into(),
                x: income.clone(),
                y: y.clone(),
                years: Vec::new(),
                options,
            });
            let (mut steps, mut last) = (0, 0.0);
            while !run.done() {
                let f = run.step(budget);
                assert!(f >= last && f <= 1.0, "progress {last} then {f}");
                last = f;
                steps += 1;
            }
            assert_eq!(last, 1.0);
            assert!(budget > 5_000 || steps > 40, "{steps} slices of {budget}");
            assert_eq!(
                run.finish().0,
                at_once,
                "budget {budget}, bivariate {}",
                y.is_some()
            );
        }
    }
    // Moran's I year by year: each column on its own areas
    let years = vec![income.clone(), life.clone(), turnout.clone()];
    let map = LisaRun::new(LisaInput {
        neighbours: w.clone().into(),
        x: income.clone(),
        years: years.clone(),
        options,
        ..Default::default()
    })
    .run();
    assert_eq!(map.by_year.len(), 3);
    for (c, got) in years.iter().zip(&map.by_year) {
        let want = global_moran(&Sample::new(&w, &[c]), c, 999, options.seed);
        assert_eq!(got, &want);
    }
    assert_eq!(map.by_year[0], map.global);
}

#[test]
fn the_worker_makes_the_neighbours_from_the_shapes_once_and_answers_the_same_map() {
    let (atlas, g) = common::kommuner();
    let income = column(&atlas, "disposable_income_raw");
    let options = LisaOptions::default();
    let job = ComputeLisa {
        name: "klyngekortet".into(),
    };
    for kind in [WeightsKind::Queen, WeightsKind::Rook, WeightsKind::Knn(6)] {
        let w = Weights::of(&g, kind);
        let want = LisaMap::new(&w, &income, None, options);
        // the first map: the shapes go, the neighbours come back with it
        let bytes = LisaInput::shapes_bytes(
            kind,
            &g.topology,
            &g.projection,
            &income,
            None,
            &[],
            options,
        );
        let mut told = Vec::new();
        let message = ToWorker::from(job.clone()).to_bytes(&bytes);
        let first = read_answer(&job, &answer(&message, |f| told.push(f))).expect("a map");
        assert_eq!(first.map, want, "{kind:?}");
        assert_eq!(first.weights.as_ref(), Some(&w), "{kind:?}");
        assert!(told.len() > 2, "progress told {} times", told.len());
        assert!(told.windows(2).all(|p| p[0] <= p[1]), "{told:?}");
        // the next: the neighbours kept go instead, and none come back
        let input = LisaInput {
            neighbours: w.clone().into(),
            x: income.clone(),
            options,
            ..Default::default()
        };
        let message = ToWorker::from(job.clone()).to_bytes(&input.to_bytes());
        let next = read_answer(&job, &answer(&message, |_| ())).expect("a map");
        assert_eq!((next.map, next.weights), (want, None));
    }
    // bytes that are not the figures: a bug in the page, said as such
    let garbled = ToWorker::from(job.clone()).to_bytes(&[7, 7, 7]);
    let e = read_answer(&job, &answer(&garbled, |_| ())).expect_err("not figures");
    assert_eq!(e.kind.code(), "internal");
    assert!(e.to_string().contains("klyngekortet"), "{e}");
}

#[test]
fn the_legend_choices_reclassify_the_map_without_new_permutations() {
    let (atlas, w) = kommuner();
    let income = column(&atlas, "disposable_income_raw");
    let computed = LisaMap::new(&w, &income, None, LisaOptions::default());
    for (alpha, fdr, significance) in [
        (0.01, false, false),
        (0.05, true, false),
        (0.001, false, true),
    ] {
        let o = LisaOptions {
            alpha,
            fdr,
            significance,
            ..Default::default()
        };
        assert_eq!(computed.with_options(o), LisaMap::new(&w, &income, None, o));
    }
}
