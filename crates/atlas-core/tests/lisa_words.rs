//! The LISA modes in words on the 98 municipalities: Moran's I as a sentence with
//! what is expected without a pattern, the weights' summary naming the islands left
//! out and counting the areas without a figure, and the legend's rows counting every
//! area once.

mod common;

use atlas_core::classify::lisa::{LisaMap, LisaOptions};
use atlas_core::geometry::weights::{Weights, WeightsKind};
use atlas_core::present::lisa_words::{area_line, legend_rows, moran_sentence, weights_sentence};
use atlas_core::text::noun::Noun;
use atlas_core::Lang;

fn income_map(drop: usize) -> (LisaMap, Vec<String>) {
    let (atlas, g) = common::kommuner();
    let ind = atlas
        .indicators
        .iter()
        .position(|m| m.column == "disposable_income_raw")
        .expect("income in the example");
    let mut x = atlas.column(ind).to_vec();
    x[drop] = None;
    let names = atlas.districts.iter().map(|d| d.name.clone()).collect();
    let w = Weights::of(&g, WeightsKind::Queen);
    (LisaMap::new(&w, &x, None, LisaOptions::default()), names)
}

#[test]
fn the_weights_sentence_names_the_islands_and_counts_the_areas_without_a_figure() {
    let (map, names) = income_map(0);
    let da = weights_sentence(&map, |d| names[d].clone(), Noun::Kommune, Lang::Da);
    assert!(da.starts_with("Naboer (dronning (fælles punkt)): "), "{da}");
    for island in ["Læsø", "Samsø", "Fanø"] {
        assert!(da.contains(island), "{island} named: {da}");
    }
    assert!(da.contains("kommuner uden naboer er udeladt: "), "{da}");
    assert!(
        da.ends_with("1 uden tal er udeladt (ikke regnet som 0)."),
        "{da}"
    );
    let en = weights_sentence(&map, |d| names[d].clone(), Noun::Kommune, Lang::En);
    assert!(
        en.contains("municipalities without neighbours left out"),
        "{en}"
    );
    assert!(
        en.ends_with("1 without a figure left out (not counted as 0)."),
        "{en}"
    );
}

#[test]
fn moran_sentence_says_i_the_expected_value_p_and_how_many_areas() {
    let (map, _) = income_map(0);
    let g = map.global.clone().expect("a global Moran");
    let da = moran_sentence(&map, Lang::Da).expect("a sentence");
    assert!(da.starts_with("Moran's I = 0,"), "{da}");
    // −1/(n−1) with the area without a figure and the 8 islands left out: 89 areas
    let islands = map.clusters.iter().filter(|c| c.id() == "island").count();
    assert_eq!((islands, g.n), (8, 89));
    assert!(da.contains("(uden mønster ventes −0,011)"), "{da}");
    assert!(da.ends_with("ved 999 permutationer, 89 områder."), "{da}");
    let en = moran_sentence(&map, Lang::En).expect("a sentence");
    assert!(en.contains("from 999 permutations, 89 areas."), "{en}");
}

#[test]
fn the_legend_counts_every_area_once_and_each_area_says_its_cluster() {
    let (map, _) = income_map(3);
    for significance in [false, true] {
        let mut m = map.clone();
        m.options.significance = significance;
        let rows = legend_rows(&m, Lang::Da);
        let total: usize = rows.iter().map(|r| r.2).sum();
        assert_eq!(total, 98, "significance {significance}: {rows:?}");
    }
    let line = area_line(&map, 3, Lang::Da).expect("a line");
    assert_eq!(line, "Mangler data", "the area without a figure");
    let hh = (0..98)
        .find(|i| map.clusters[*i].id() == "HH")
        .expect("a High–High area");
    let line = area_line(&map, hh, Lang::Da).expect("a line");
    assert!(
        line.contains(" · Iᵢ = ") && line.contains(" · p = 0,"),
        "{line}"
    );
}
