//! Accessibility of the colours (issue 7): every palette keeps neighbouring classes
//! apart under simulated colour-vision deficiencies, and the bivariate key's cells
//! stay distinct.

use atlas_core::classify::cvd::{delta_e, parse_hex, simulate, Deficiency};
use atlas_core::classify::palette::Scheme;
use atlas_core::model::indicator::Polarity;

/// The smallest ΔE between neighbouring classes of `colours`, as seen with `d`
/// (`None` = normal vision).
fn min_adjacent(colours: &[String], d: Option<Deficiency>) -> f64 {
    let rgb: Vec<[f64; 3]> = colours
        .iter()
        .map(|c| {
            let c = parse_hex(c).unwrap();
            d.map(|d| simulate(c, d)).unwrap_or(c)
        })
        .collect();
    rgb.windows(2)
        .map(|w| delta_e(w[0], w[1]))
        .fold(f64::INFINITY, f64::min)
}

#[test]
fn every_scheme_keeps_neighbouring_classes_apart_for_colour_blind_readers() {
    // ΔE 5 is clearly visible side by side on a map; checked up to 7 classes (the
    // methods' default is 5; 8–9 classes are a choice the legend counts make readable).
    let mut worst = (f64::INFINITY, String::new());
    for scheme in Scheme::ALL {
        for k in 3..=7 {
            let colours = scheme.colours(k, Polarity::HigherIsWorse);
            for d in [
                None,
                Some(Deficiency::Protanopia),
                Some(Deficiency::Deuteranopia),
                Some(Deficiency::Tritanopia),
            ] {
                let m = min_adjacent(&colours, d);
                if m < worst.0 {
                    worst = (m, format!("{scheme:?} k={k} {d:?}"));
                }
                assert!(m >= 5.0, "{scheme:?} with {k} classes under {d:?}: neighbouring classes only ΔE {m:.1} apart");
            }
        }
    }
    println!("smallest neighbouring-class ΔE over all schemes, 3–7 classes, normal + 3 deficiencies: {:.1} ({})", worst.0, worst.1);
}

#[test]
fn the_bivariate_key_cells_stay_distinct_under_every_deficiency() {
    let cells: Vec<[f64; 3]> = atlas_core::classify::bivariate::PALETTE
        .iter()
        .flatten()
        .map(|c| parse_hex(c).unwrap())
        .collect();
    for d in Deficiency::ALL {
        let sim: Vec<[f64; 3]> = cells.iter().map(|c| simulate(*c, d)).collect();
        let mut min = f64::INFINITY;
        for i in 0..sim.len() {
            for j in i + 1..sim.len() {
                min = min.min(delta_e(sim[i], sim[j]));
            }
        }
        println!("bivariate key under {d:?}: smallest ΔE between cells {min:.1}");
        // the cells also carry their counts as text; colour alone needs only be noticeable
        assert!(
            min >= 3.0,
            "{d:?}: two bivariate cells only ΔE {min:.1} apart"
        );
    }
}
