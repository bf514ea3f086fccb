//! Statbank tables split by several dimensions (area × køn × alder × herkomst × tid):
//! one measure with a picker per dimension, totals found, sums only for counts, and
//! the same result read at once or a few rows at a time.

mod common;

use atlas_core::import::cube::{Choice, Evidence};
use atlas_core::import::sidecar::Sidecar;
use atlas_core::import::table::{parse_table_bytes, Table};
use atlas_core::import::table_load::TableLoad;
use atlas_core::issue::IssueKind;
use atlas_core::model::indicator::IndicatorMeta;
use common::shared_bytes;

const AREAS: [&str; 3] = [
    "Bydel - 1. Indre By",
    "Bydel - 2. Østerbro",
    "Bydel - 9. Valby",
];
const SEX: [&str; 3] = ["I alt", "Mænd", "Kvinder"];
const AGE: [&str; 4] = ["Alder i alt", "0-17 år", "18-64 år", "65 år og derover"];
const ORIGIN: [&str; 4] = [
    "I alt",
    "Personer med dansk oprindelse",
    "Indvandrere",
    "Efterkommere",
];

/// A count for one cell without totals: made up, but every total below is the sum
/// of its parts, as in a statbank export.
fn base(area: usize, sex: usize, age: usize, origin: usize, year: i32) -> f64 {
    (100 * (area + 1) + 17 * sex + 31 * age + 7 * origin) as f64 + (year - 2020) as f64
}

/// The count of a cell, totals summed from the parts.
fn count(area: usize, sex: usize, age: usize, origin: usize, year: i32) -> f64 {
    let range = |i: usize, n: usize| if i == 0 { 1..n } else { i..i + 1 };
    let mut sum = 0.0;
    for s in range(sex, SEX.len()) {
        for a in range(age, AGE.len()) {
            for o in range(origin, ORIGIN.len()) {
                sum += base(area, s, a, o, year);
            }
        }
    }
    sum
}

/// The long export: `OMRÅDE;KØN;ALDER;HERKOMST;TID;<measure>`, values from `value`.
fn long_table(measure: &str, value: impl Fn(usize, usize, usize, usize, i32) -> f64) -> String {
    let mut out = format!("OMRÅDE;KØN;ALDER;HERKOMST;TID;{measure}\n");
    for (ai, area) in AREAS.iter().enumerate() {
        for (si, sex) in SEX.iter().enumerate() {
            for (gi, age) in AGE.iter().enumerate() {
                for (oi, origin) in ORIGIN.iter().enumerate() {
                    for year in [2023, 2024] {
                        let v = value(ai, si, gi, oi, year);
                        out.push_str(&format!(
                            "{area};{sex};{age};{origin};{year};{}\n",
                            v.to_string().replace('.', ",")
                        ));
                    }
                }
            }
        }
    }
    out
}

fn parse(text: &str, sidecar: Option<&Sidecar>) -> atlas_core::Loaded<Table> {
    parse_table_bytes(text.as_bytes(), "statbank.csv", sidecar).expect("a table")
}

fn wish(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .map(|(d, c)| (d.to_string(), c.to_string()))
        .collect()
}

#[test]
fn a_long_table_with_three_dimensions_gives_one_measure_with_three_category_pickers() {
    let loaded = parse(&long_table("INDHOLD", count), None);
    let t = loaded.value;
    assert_eq!(
        t.indicators.len(),
        1,
        "one measure, not {} combinations",
        SEX.len() * AGE.len() * ORIGIN.len()
    );
    assert_eq!(t.indicators[0].column, "INDHOLD");
    assert_eq!(t.cubes.len(), 1);
    let cube = &t.cubes[0];
    let names: Vec<&str> = cube.dims.iter().map(|d| d.name.as_str()).collect();
    assert_eq!(names, ["KØN", "ALDER", "HERKOMST"]);
    assert_eq!(cube.dims[1].categories, AGE);
    assert!(
        loaded.issues.iter().any(|i| matches!(
            &i.kind,
            IssueKind::SplitByDimensions { dimensions, combinations: 48 } if dimensions.len() == 3
        )),
        "the split is said: {:?}",
        loaded.issues
    );
    assert_eq!(t.years[0], vec![Some(2023), Some(2024)]);
    assert_eq!(t.rows.len(), 3);
}

#[test]
fn totals_are_found_and_shown_first() {
    let t = parse(&long_table("INDHOLD", count), None).value;
    let cube = &t.cubes[0];
    let totals: Vec<Option<usize>> = cube.dims.iter().map(|d| d.total).collect();
    assert_eq!(
        totals,
        [Some(0), Some(0), Some(0)],
        "I alt, Alder i alt, I alt"
    );
    assert_eq!(cube.default_choice(), vec![Choice::Category(0); 3]);
    // before any choice the indicator is the grand total, under its own name
    assert_eq!(t.latest(0)[1], Some(count(1, 0, 0, 0, 2024)));
    let (chosen, issues, picks) = t.choose(&[]);
    assert!(issues.is_empty());
    assert_eq!(
        chosen.indicators[0].label_da, "INDHOLD",
        "all totals add no words"
    );
    assert_eq!(picks[0].choice, vec![Choice::Category(0); 3]);
}

#[test]
fn choosing_categories_gives_their_values_and_says_them_in_the_label() {
    let t = parse(&long_table("INDHOLD", count), None).value;
    let (chosen, issues, _) = t.choose(&wish(&[
        ("KØN", "Kvinder"),
        ("ALDER", "65 år og derover"),
        ("HERKOMST", "Indvandrere"),
    ]));
    assert!(issues.is_empty(), "{issues:?}");
    assert_eq!(
        chosen.latest(0),
        &[
            Some(base(0, 2, 3, 2, 2024)),
            Some(base(1, 2, 3, 2, 2024)),
            Some(base(2, 2, 3, 2, 2024))
        ]
    );
    assert_eq!(
        chosen.indicators[0].label_da,
        "INDHOLD · Kvinder · 65 år og derover · Indvandrere"
    );
    assert_eq!(
        t.indicators[0].label_da, "INDHOLD",
        "the table itself keeps the plain label"
    );
}

#[test]
fn totals_that_are_the_sums_of_their_parts_make_a_count() {
    let t = parse(&long_table("INDHOLD", count), None).value;
    assert!(t.cubes[0].summable);
    assert_eq!(t.cubes[0].evidence, Evidence::Totals);
    // "alle" on a dimension with a total is that total
    let (chosen, issues, picks) = t.choose(&wish(&[("ALDER", "alle")]));
    assert!(issues.is_empty());
    assert_eq!(picks[0].choice[1], Choice::Category(0));
    assert_eq!(chosen.latest(0)[0], Some(count(0, 0, 0, 0, 2024)));
}

#[test]
fn sums_are_refused_for_averages_whatever_the_wish() {
    // An average: named so, and its "totals" are no sums.
    let text = long_table("Gennemsnitlig indkomst", |a, s, g, o, y| {
        200_000.0 + base(a, s, g, o, y)
    });
    let t = parse(&text, None).value;
    let cube = &t.cubes[0];
    assert!(!cube.summable);
    assert_eq!(cube.evidence, Evidence::Name);
    assert!(cube
        .select(&[Choice::All, Choice::Category(0), Choice::Category(0)])
        .is_err());

    // Without totals and without a telling name, nothing says it is a count.
    let no_totals: String = long_table("INDHOLD", count)
        .lines()
        .filter(|l| !l.contains(";I alt;") && !l.contains("Alder i alt"))
        .map(|l| format!("{l}\n"))
        .collect();
    let t = parse(&no_totals, None).value;
    let cube = &t.cubes[0];
    assert!(cube.dims.iter().all(|d| d.total.is_none()));
    assert!(!cube.summable, "unknown measures are not summed");
    assert_eq!(cube.evidence, Evidence::Unknown);
    let (chosen, issues, picks) = t.choose(&wish(&[("ALDER", "alle")]));
    assert!(
        issues.iter().any(
            |i| matches!(&i.kind, IssueKind::SumRefused { dimension } if dimension == "ALDER")
        ),
        "{issues:?}"
    );
    assert_eq!(
        picks[0].choice[1],
        Choice::Category(0),
        "the default is kept"
    );
    assert_eq!(chosen.latest(0)[0], Some(base(0, 1, 1, 1, 2024)));

    // The metadata says it is a count: then the sum is offered and used.
    let sidecar = Sidecar {
        indicators: vec![IndicatorMeta {
            summable: Some(true),
            ..IndicatorMeta::from_column("INDHOLD")
        }],
        ..Default::default()
    };
    let t = parse(&no_totals, Some(&sidecar)).value;
    assert_eq!(t.cubes[0].evidence, Evidence::Metadata);
    let (chosen, issues, _) = t.choose(&wish(&[
        ("KØN", "Mænd"),
        ("ALDER", "alle"),
        ("HERKOMST", "Personer med dansk oprindelse"),
    ]));
    assert!(issues.is_empty());
    let expected: f64 = (1..AGE.len()).map(|g| base(0, 1, g, 1, 2024)).sum();
    assert_eq!(chosen.latest(0)[0], Some(expected));
    assert!(
        chosen.indicators[0]
            .label_da
            .contains("summeret over ALDER"),
        "{}",
        chosen.indicators[0].label_da
    );
}

#[test]
fn a_sum_with_a_missing_part_is_missing_never_partial() {
    let text = long_table("Antal personer", count).replace(
        "Bydel - 1. Indre By;Mænd;0-17 år;Indvandrere;2024;",
        "Bydel - 1. Indre By;Mænd;0-17 år;Indvandrere;2024;..",
    );
    // the replaced cell now reads "..<number>": make it just ".."
    let text: String = text
        .lines()
        .map(|l| match l.split_once(";..") {
            Some((head, _)) => format!("{head};..\n"),
            None => format!("{l}\n"),
        })
        .collect();
    let no_totals: String = text
        .lines()
        .filter(|l| !l.contains(";I alt;") && !l.contains("Alder i alt"))
        .map(|l| format!("{l}\n"))
        .collect();
    let t = parse(&no_totals, None).value;
    assert!(t.cubes[0].summable, "«Antal» names a count");
    let (chosen, _, _) = t.choose(&wish(&[
        ("KØN", "Mænd"),
        ("ALDER", "alle"),
        ("HERKOMST", "Indvandrere"),
    ]));
    assert_eq!(
        chosen.latest(0)[0],
        None,
        "Mænd · Indvandrere in Indre By: 0-17 år is «..»"
    );
    assert!(chosen.latest(0)[1].is_some());
}

#[test]
fn an_unknown_category_keeps_the_default_and_says_so() {
    let t = parse(&long_table("INDHOLD", count), None).value;
    let (chosen, issues, _) = t.choose(&wish(&[("KØN", "Begge")]));
    assert!(matches!(
        &issues[0].kind,
        IssueKind::CategoryUnknown { dimension, category } if dimension == "KØN" && category == "Begge"
    ));
    assert_eq!(chosen.latest(0), t.latest(0));
    assert!(issues[0].sentence(atlas_core::Lang::Da).contains("«Begge»"));
}

#[test]
fn read_a_few_rows_at_a_time_the_table_is_the_same() {
    let text = long_table("INDHOLD", count);
    let whole = parse(&text, None);
    let mut load = TableLoad::new(text.as_bytes(), "statbank.csv", None).expect("starts");
    let mut fractions = Vec::new();
    loop {
        let f = load.step(7).expect("steps");
        fractions.push(f);
        if f >= 1.0 {
            break;
        }
    }
    assert!(fractions.len() > 20, "{} steps", fractions.len());
    assert!(
        fractions.windows(2).all(|w| w[0] <= w[1]),
        "progress never goes back"
    );
    let stepped = load.finish().expect("finishes");
    assert_eq!(stepped.value, whole.value);
    assert_eq!(stepped.issues, whole.issues);
}

#[test]
fn one_dimension_with_few_categories_stays_one_indicator_each() {
    let text = "OMRÅDE;KØN;TID;INDHOLD\n01;Mænd;2024;5\n01;Kvinder;2024;6\n";
    let t = parse(text, None).value;
    let ids: Vec<&str> = t.indicators.iter().map(|m| m.column.as_str()).collect();
    assert_eq!(ids, ["Mænd", "Kvinder"], "comparable side by side");
    assert!(t.cubes.is_empty());
}

#[test]
fn the_real_population_forecast_by_sex_and_age_is_one_measure_summed_over_both() {
    let rel = "cph_statbank_bydel_straubinger/Be62.xlsx";
    let Some(bytes) = shared_bytes(rel) else {
        return;
    };
    let t = parse_table_bytes(&bytes, rel, None).expect(rel).value;
    assert_eq!(t.indicators.len(), 1, "{:?}", t.indicators);
    assert_eq!(t.indicators[0].column, "Antal - Personer 1år");
    let cube = &t.cubes[0];
    let names: Vec<&str> = cube.dims.iter().map(|d| d.name.as_str()).collect();
    assert_eq!(names, ["Køn", "1 års alder"]);
    assert_eq!(cube.dims[0].categories, ["Mænd", "Kvinder"]);
    assert!(cube.summable, "«Antal» is a count");
    assert_eq!(cube.default_choice(), vec![Choice::All, Choice::All]);
    assert_eq!(t.years[0].first(), Some(&Some(2020)), "«År2020» is a year");
    assert_eq!(t.years[0].last(), Some(&Some(2035)));
    let b = atlas_core::pipeline::parse_boundaries(
        &common::shared("cph_bydele_kk_wfs_2024/bydele.geojson").expect("bydele"),
        &Default::default(),
    )
    .expect("bydele load");
    let (j, report) = atlas_core::join::join_with(&b.value, t.clone(), &[]);
    assert_eq!(report.matched, 10, "{report:?}");
    let a = j.value;
    let oe = a.district_by_name("Østerbro").expect("Østerbro");
    let all = a.value_at(0, 0, oe).expect("Østerbro 2020");
    eprintln!("Be62: Østerbro forecast 2020, all sexes and ages: {all:.0}");
    assert!((70_000.0..95_000.0).contains(&all), "{all}");
    let (women, _, _) = t.choose(&wish(&[("Køn", "Kvinder")]));
    let (j, _) = atlas_core::join::join_with(&b.value, women, &[]);
    let w = j.value.value_at(0, 0, oe).expect("women 2020");
    assert!(w > all * 0.4 && w < all * 0.6, "{w} of {all}");
}

#[test]
fn combinations_without_a_row_count_as_zero_in_sums_and_are_said() {
    let text = long_table("Antal personer", count);
    let no_totals: String = text
        .lines()
        .filter(|l| !l.contains(";I alt;") && !l.contains("Alder i alt"))
        .filter(|l| !l.starts_with("Bydel - 9. Valby;Kvinder;65 år og derover;Efterkommere;2024"))
        .map(|l| format!("{l}\n"))
        .collect();
    let loaded = parse(&no_totals, None);
    assert!(
        loaded
            .issues
            .iter()
            .any(|i| matches!(i.kind, IssueKind::AbsentCountedAsZero { absent: 1, .. })),
        "{:?}",
        loaded.issues
    );
    let t = loaded.value;
    let (all, _, _) = t.choose(&[]);
    let expected: f64 = (1..SEX.len())
        .flat_map(|s| (1..AGE.len()).flat_map(move |g| (1..ORIGIN.len()).map(move |o| (s, g, o))))
        .filter(|&(s, g, o)| (s, g, o) != (2, 3, 3))
        .map(|(s, g, o)| base(2, s, g, o, 2024))
        .sum();
    assert_eq!(all.latest(0)[2], Some(expected));
    let (alone, _, _) = t.choose(&wish(&[
        ("KØN", "Kvinder"),
        ("ALDER", "65 år og derover"),
        ("HERKOMST", "Efterkommere"),
    ]));
    assert_eq!(
        alone.latest(0)[2],
        None,
        "chosen alone, an absent row is missing"
    );
}
