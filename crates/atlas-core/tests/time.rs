//! Change over time on the built-in example with real figures (Københavns bydele i
//! tal, derived from the statistics bank by tools/derive-examples.sh): classes pooled
//! over years, the change map, A and B and the city over the years, and the sentence.

use atlas_core::classify::modes::{colour_map, Colouring, Mode};
use atlas_core::import::boundaries::BoundaryOptions;
use atlas_core::import::sidecar::parse_sidecar;
use atlas_core::import::table::parse_csv;
use atlas_core::join::join;
use atlas_core::model::change::{change_column, change_years, ChangeKind};
use atlas_core::model::district::Area;
use atlas_core::model::trend::{gap_change, series};
use atlas_core::pipeline::parse_boundaries;
use atlas_core::present::trend_text::trend_sentence;
use atlas_core::present::view::default_pair;
use atlas_core::{Atlas, Lang};

const GEOJSON: &str = include_str!("../../../public/eksempler/bydele/bydele.geojson");
const CSV: &str = include_str!("../../../public/eksempler/bydele/tal.csv");
const META: &str = include_str!("../../../public/eksempler/bydele/tal.meta.json");

fn example() -> Atlas {
    let b = parse_boundaries(GEOJSON, &BoundaryOptions::default()).expect("boundaries");
    assert!(b.issues.is_empty(), "{:?}", b.issues);
    let t = parse_csv(CSV, Some(&parse_sidecar(META).expect("sidecar"))).expect("table");
    let joined = join(&b.value, t.value);
    assert!(
        joined.issues.iter().all(|i| matches!(
            i.kind,
            atlas_core::issue::IssueKind::MatchSummary {
                matched: 10,
                rows: 10,
                ..
            }
        )),
        "{:?}",
        joined.issues
    );
    joined.value
}

fn col(a: &Atlas, c: &str) -> usize {
    a.indicators.iter().position(|m| m.column == c).expect(c)
}

fn colouring(indicator: usize, year: Option<i32>, mode: Mode, pooled: bool) -> Colouring<'static> {
    Colouring {
        mode,
        indicator,
        year,
        reference: None,
        reference_group: &[],
        method: Default::default(),
        classes: 5,
        manual: &[],
        scheme: Default::default(),
        index: &[],
        bivariate: None,
        lisa: None,
        pooled,
        change: (None, None, ChangeKind::Absolute),
    }
}

#[test]
fn the_example_has_real_income_2000_to_2017_and_population_1991_to_2019() {
    let a = example();
    let inc = col(&a, "indkomst");
    let years: Vec<i32> = a.years(inc).iter().flatten().copied().collect();
    assert_eq!((years[0], *years.last().unwrap()), (2000, 2017));
    let pop = col(&a, "indbyggere");
    let py: Vec<i32> = a.years(pop).iter().flatten().copied().collect();
    assert_eq!((py[0], *py.last().unwrap(), py.len()), (1991, 2019, 29));
    let oe = a.district_by_name("Østerbro").unwrap();
    // In74: (8,400,115.057 + 7,686,637.182) thousand kr. / (30,788 + 34,275) persons
    assert_eq!(
        a.value_at(inc, a.year_index(inc, Some(2017)), oe),
        Some(247_249.0)
    );
    assert_eq!(
        a.value_at(inc, a.year_index(inc, Some(2000)), oe),
        Some(138_697.0)
    );
    assert_eq!(a.indicators[inc].unit_da, "kr.");
    assert!(a.indicators[inc].source.contains("In74"));
}

#[test]
fn pooled_classes_give_a_colour_the_same_amount_in_every_year_and_per_year_classes_do_not() {
    let a = example();
    let inc = col(&a, "indkomst");
    let oe = a.district_by_name("Østerbro").unwrap();
    let (m2000, _) = colour_map(&a, &colouring(inc, Some(2000), Mode::Choropleth, true));
    let (m2017, _) = colour_map(&a, &colouring(inc, Some(2017), Mode::Choropleth, true));
    assert_eq!(m2000.legend.len(), m2017.legend.len());
    for (x, y) in m2000.legend.iter().zip(&m2017.legend) {
        assert_eq!(
            (x.lower, x.upper),
            (y.lower, y.upper),
            "pooled legends are the same"
        );
    }
    // incomes rose: in 2000 every district is in a lower class than in 2017
    assert!(m2000.classes[oe] < m2017.classes[oe]);
    assert_eq!(m2000.legend.iter().map(|l| l.count).sum::<usize>(), 10);
    let (p2000, _) = colour_map(&a, &colouring(inc, Some(2000), Mode::Choropleth, false));
    let (p2017, _) = colour_map(&a, &colouring(inc, Some(2017), Mode::Choropleth, false));
    assert_ne!(
        p2000.legend[0].upper, p2017.legend[0].upper,
        "per-year classes move"
    );
}

#[test]
fn a_pooled_gap_map_spans_the_largest_difference_of_any_year() {
    let a = example();
    let inc = col(&a, "indkomst");
    let (g2000, _) = colour_map(&a, &colouring(inc, Some(2000), Mode::Gap, true));
    let (g2017, _) = colour_map(&a, &colouring(inc, Some(2017), Mode::Gap, true));
    let span = |c: &atlas_core::classify::choropleth::Choropleth| {
        c.classification.as_ref().map(|k| (k.min, k.max))
    };
    assert_eq!(span(&g2000), span(&g2017));
    let (own, _) = colour_map(&a, &colouring(inc, Some(2000), Mode::Gap, false));
    assert!(span(&own).unwrap().1 < span(&g2000).unwrap().1);
}

#[test]
fn the_change_map_is_the_difference_between_two_years_and_missing_where_a_year_is() {
    let a = example();
    let inc = col(&a, "indkomst");
    let oe = a.district_by_name("Østerbro").unwrap();
    let abs = change_column(&a, inc, 2000, 2017, ChangeKind::Absolute);
    assert_eq!(abs[oe], Some(247_249.0 - 138_697.0));
    let pct = change_column(&a, inc, 2000, 2017, ChangeKind::Percent);
    assert!((pct[oe].unwrap() - (247_249.0 / 138_697.0 - 1.0) * 100.0).abs() < 1e-9);
    // income has no 1995: nothing is invented, and the map's default years are its own
    assert!(change_column(&a, inc, 1995, 2017, ChangeKind::Absolute)
        .iter()
        .all(Option::is_none));
    assert_eq!(change_years(&a, inc, Some(1995), None), Some((2000, 2017)));
    let mut c = colouring(inc, None, Mode::Change, true);
    c.change = (Some(2000), Some(2017), ChangeKind::Absolute);
    let (map, _) = colour_map(&a, &c);
    assert_eq!(map.centre, Some(0.0));
    assert_eq!(map.missing, 0);
}

#[test]
fn a_change_in_a_percentage_is_in_points_and_a_district_missing_a_year_is_missing() {
    let a = Atlas {
        districts: vec![Area::new("1", "A"), Area::new("2", "B")],
        indicators: vec![atlas_core::model::indicator::IndicatorMeta {
            unit_da: "%".into(),
            ..Default::default()
        }],
        years: vec![vec![Some(2010), Some(2020)]],
        values: vec![vec![vec![Some(40.0), Some(30.0)], vec![Some(45.0), None]]],
        ..Default::default()
    };
    assert_eq!(
        change_column(&a, 0, 2010, 2020, ChangeKind::Absolute),
        vec![Some(5.0), None]
    );
    assert_eq!(
        atlas_core::model::change::change_unit("%", ChangeKind::Absolute, Lang::Da),
        "procentpoint"
    );
}

#[test]
fn the_city_line_is_weighted_by_each_years_residents() {
    let a = example();
    let inc = col(&a, "indkomst");
    let pop = col(&a, "indbyggere");
    let (oe, vke) = default_pair(&a);
    let s = series(&a, inc, oe.unwrap(), vke.unwrap());
    assert!(s.weighted);
    let i = s.years.iter().position(|y| *y == 2017).unwrap();
    let (v, w) = (
        a.column_at(inc, a.year_index(inc, Some(2017))),
        a.column_at(pop, a.year_index(pop, Some(2017))),
    );
    let want: f64 = v
        .iter()
        .zip(w)
        .map(|(v, w)| v.unwrap() * w.unwrap())
        .sum::<f64>()
        / w.iter().map(|w| w.unwrap()).sum::<f64>();
    assert!((s.city[i].unwrap() - want).abs() < 1e-6);
    let plain: f64 = v.iter().map(|v| v.unwrap()).sum::<f64>() / 10.0;
    assert!(
        (s.city[i].unwrap() - plain).abs() > 1.0,
        "weighting changes the line"
    );
}

#[test]
fn oesterbro_against_vesterbro_kongens_enghave_grew_in_kroner_but_fell_as_a_ratio() {
    let a = example();
    let (oe, vke) = default_pair(&a);
    assert_eq!(a.districts[oe.unwrap()].name, "Østerbro");
    assert_eq!(a.districts[vke.unwrap()].name, "Vesterbro-Kongens Enghave");
    let s = series(&a, col(&a, "indkomst"), oe.unwrap(), vke.unwrap());
    assert_eq!(s.years.len(), 18);
    let g = gap_change(&s).unwrap();
    assert_eq!(
        (g.from_year, g.to_year, g.gap_from, g.gap_to),
        (2000, 2017, 22_344.0, 28_443.0)
    );
    assert_eq!(
        trend_sentence(
            &g,
            "Østerbro",
            "Vesterbro-Kongens Enghave",
            "kr.",
            0,
            Lang::Da
        ),
        "Forskellen mellem Østerbro og Vesterbro-Kongens Enghave er vokset fra 22.344 til \
         28.443 kr. (2000–2017), men forholdet er faldet fra 1,19 til 1,13."
    );
    let en = trend_sentence(
        &g,
        "Østerbro",
        "Vesterbro-Kongens Enghave",
        "DKK",
        0,
        Lang::En,
    );
    assert!(
        en.contains("has grown from 22,344 to 28,443 DKK")
            && en.contains("but the ratio has fallen")
    );
    // a year missing for one of them is a gap in the line, not a zero
    let mut b = a.clone();
    let inc = col(&b, "indkomst");
    let y = b.year_index(inc, Some(2005));
    b.values[inc][y][oe.unwrap()] = None;
    let s = series(&b, inc, oe.unwrap(), vke.unwrap());
    let i = s.years.iter().position(|y| *y == 2005).unwrap();
    assert_eq!((s.a[i], s.gap()[i]), (None, None));
}
