//! A against B: one builder of the rows for the screen, the handout and the CSV export,
//! checked against figures worked out by hand on a small atlas of four districts.

use atlas_core::model::district::Area;
use atlas_core::model::gap::Ahead;
use atlas_core::model::indicator::{Group, IndicatorMeta, Polarity};
use atlas_core::present::comparison::{comparison, CompareRow, Comparison};
use atlas_core::present::export::comparison_csv;
use atlas_core::present::handout::{page, HandoutPage, Medium};
use atlas_core::{Atlas, Lang};

fn indicator(column: &str, unit: &str, polarity: Polarity, group: Group) -> IndicatorMeta {
    IndicatorMeta {
        unit_da: unit.into(),
        unit_en: unit.into(),
        polarity,
        group,
        ..IndicatorMeta::from_column(column)
    }
}

/// Nord, Syd, Vest and Øst; four indicators in two groups, listed out of group order.
fn small_atlas() -> Atlas {
    Atlas {
        districts: vec![
            Area::new("1", "Nord"),
            Area::new("2", "Syd"),
            Area::new("3", "Vest"),
            Area::new("4", "Øst"),
        ],
        indicators: vec![
            indicator("Frivillige", "", Polarity::Neutral, Group::Descriptive),
            indicator(
                "Indkomst",
                "kr.",
                Polarity::HigherIsBetter,
                Group::Resources,
            ),
            indicator(
                "Foreningsmedlemmer",
                "pr. 1.000",
                Polarity::HigherIsBetter,
                Group::Descriptive,
            ),
            indicator(
                "Ledighed i %",
                "%",
                Polarity::HigherIsWorse,
                Group::Resources,
            ),
        ],
        years: vec![
            vec![None],
            vec![Some(2020), Some(2021)],
            vec![None],
            vec![None],
        ],
        values: vec![
            vec![vec![Some(12.5), Some(12.5), None, Some(10.0)]],
            vec![
                vec![Some(200_000.0), Some(150_000.0), Some(180_000.0), None],
                vec![
                    Some(210_000.0),
                    Some(160_500.0),
                    Some(190_000.0),
                    Some(170_000.0),
                ],
            ],
            vec![vec![None, Some(40.0), Some(30.0), Some(20.0)]],
            vec![vec![Some(3.1), Some(6.9), Some(4.5), None]],
        ],
        ..Default::default()
    }
}

fn row<'a>(c: &'a Comparison, column: &str) -> &'a CompareRow {
    c.rows
        .iter()
        .find(|r| r.column == column)
        .expect("a row per indicator")
}

#[test]
fn rows_come_in_group_order_keeping_the_atlas_order_within_a_group() {
    let c = comparison(&small_atlas(), 0, 1, Some(2021), Lang::Da);
    let columns: Vec<&str> = c.rows.iter().map(|r| r.column.as_str()).collect();
    assert_eq!(
        columns,
        [
            "Indkomst",
            "Ledighed i %",
            "Frivillige",
            "Foreningsmedlemmer"
        ]
    );
    assert_eq!((c.a.as_str(), c.b.as_str()), ("Nord", "Syd"));
    assert_eq!(c.ahead_counts(), (2, 0));
}

#[test]
fn income_a_against_b_as_worked_out_by_hand() {
    let c = comparison(&small_atlas(), 0, 1, Some(2021), Lang::Da);
    let r = row(&c, "Indkomst");
    // 210.000 − 160.500 = 49.500; 210.000 / 160.500 = 1,3084…; ranks of four values,
    // highest best: 210.000 first, 190.000, 170.000, 160.500 last
    assert_eq!(r.gap.a, Some(210_000.0));
    assert_eq!(r.gap.b, Some(160_500.0));
    assert_eq!(r.gap.difference, Some(49_500.0));
    assert!((r.gap.ratio.unwrap() - 1.308_411_214_953_271).abs() < 1e-12);
    assert_eq!(
        (r.gap.rank_a, r.gap.rank_b, r.gap.ranked),
        (Some(1), Some(4), 4)
    );
    assert_eq!(r.gap.ahead, Ahead::A);
    assert_eq!(r.year, Some(2021));
    assert_eq!(r.decimals, 0);
    assert_eq!(r.label, "Indkomst (kr.)");
    assert_eq!(
        (r.a.shown.as_str(), r.b.shown.as_str()),
        ("210.000", "160.500")
    );
    assert_eq!(r.difference.shown, "+49.500");
    assert_eq!(r.ratio, "1,31×");
    assert_eq!(
        (r.rank_a.as_str(), r.rank_b.as_str()),
        ("nr. 1/4", "nr. 4/4")
    );
    assert_eq!((r.ahead_mark, r.ahead_phrase), ("A", "A er foran"));
    // the gap over both years: 50.000 in 2020, 49.500 in 2021
    assert_eq!(
        r.gap_by_year,
        Some((vec![2020, 2021], vec![Some(50_000.0), Some(49_500.0)]))
    );
    let d = r.dumbbell.as_ref().expect("four values");
    // on 160.500–210.000, worse to the left: A at the right end, B at the left
    assert_eq!((d.a, d.b), (Some(1.0), Some(0.0)));
}

#[test]
fn an_earlier_year_is_compared_in_that_year() {
    let c = comparison(&small_atlas(), 0, 1, Some(2020), Lang::Da);
    let r = row(&c, "Indkomst");
    // 200.000 − 150.000; Øst has no 2020 figure, so three are ranked
    assert_eq!(r.gap.difference, Some(50_000.0));
    assert_eq!(r.ratio, "1,33×");
    assert_eq!(
        (r.rank_a.as_str(), r.rank_b.as_str()),
        ("nr. 1/3", "nr. 3/3")
    );
    assert_eq!(r.year, Some(2020));
}

#[test]
fn lower_is_better_puts_the_lower_value_ahead() {
    let c = comparison(&small_atlas(), 0, 1, None, Lang::Da);
    let r = row(&c, "Ledighed i %");
    // 3,1 − 6,9 = −3,8; 3,1 / 6,9 = 0,449…; lowest best: 3,1 first, 4,5, 6,9
    assert_eq!(r.difference.shown, "−3,8");
    assert_eq!(r.ratio, "0,45×");
    assert_eq!(
        (r.rank_a.as_str(), r.rank_b.as_str()),
        ("nr. 1/3", "nr. 3/3")
    );
    assert_eq!(r.gap.ahead, Ahead::A);
    // the label names its unit already: no «(%)» after it
    assert_eq!(r.label, "Ledighed i %");
    assert_eq!(r.year, None);
    assert_eq!(r.gap_by_year, None);
}

#[test]
fn a_neutral_indicator_has_no_one_ahead_and_equal_values_rank_alike() {
    let c = comparison(&small_atlas(), 0, 1, None, Lang::En);
    let r = row(&c, "Frivillige");
    assert_eq!(r.gap.difference, Some(0.0));
    assert_eq!(r.difference.shown, "0.0");
    assert_eq!(r.ratio, "1.00×");
    assert_eq!(
        (r.rank_a.as_str(), r.rank_b.as_str()),
        ("no. 1/3", "no. 1/3")
    );
    assert_eq!(
        (r.ahead_mark, r.ahead_phrase),
        ("–", "No direction: neither better nor worse")
    );
    assert_eq!(r.label, "Frivillige");
}

#[test]
fn a_missing_value_stays_missing_with_no_difference_ratio_rank_or_winner() {
    let c = comparison(&small_atlas(), 0, 1, None, Lang::Da);
    let r = row(&c, "Foreningsmedlemmer");
    assert_eq!((r.gap.a, r.gap.difference, r.gap.ratio), (None, None, None));
    assert_eq!((r.gap.rank_a, r.gap.rank_b), (None, Some(1)));
    assert_eq!(r.a.shown, "mangler");
    assert_eq!(r.a.exact, "mangler");
    assert_eq!(r.b.shown, "40");
    assert_eq!((r.difference.shown.as_str(), r.ratio.as_str()), ("–", "–"));
    assert_eq!((r.rank_a.as_str(), r.rank_b.as_str()), ("", "nr. 1/3"));
    assert_eq!(
        (r.ahead_mark, r.ahead_phrase),
        ("?", "Kan ikke afgøres: mangler data")
    );
    assert_eq!(r.label, "Foreningsmedlemmer (pr. 1.000)");
}

#[test]
fn equal_values_on_a_directed_indicator_are_level() {
    let mut at = small_atlas();
    at.values[1][1][1] = Some(210_000.0);
    let c = comparison(&at, 0, 1, None, Lang::Da);
    let r = row(&c, "Indkomst");
    assert_eq!(
        (r.gap.ahead, r.ahead_mark, r.ahead_phrase),
        (Ahead::Equal, "=", "Lige")
    );
    assert_eq!(c.ahead_named(r.gap.ahead), "Lige");
    assert_eq!(r.difference.shown, "0");
}

#[test]
fn the_handout_shows_the_rows_words() {
    let c = comparison(&small_atlas(), 0, 1, None, Lang::Da);
    let markup = page(
        &HandoutPage {
            comparison: Some(c.clone()),
            ..Default::default()
        },
        0,
        Medium::Web,
        1,
        Lang::Da,
    )
    .to_markup();
    for r in &c.rows {
        assert!(markup.contains(&r.label), "{}", r.label);
        for text in [&r.a.shown, &r.b.shown, &r.difference.shown, &r.ratio] {
            assert!(markup.contains(text.as_str()), "{text} of {}", r.label);
        }
        assert!(markup.contains(&format!("title=\"{}\"", r.ahead_phrase)));
        assert!(markup.contains(&format!(">{}</span>", r.ahead_mark)));
        assert!(markup.contains(r.group.label(Lang::Da)));
    }
    // on paper each row says the year its figures are from
    assert!(markup.contains("Indkomst (kr.) · 2021"));
}

#[test]
fn the_csv_writes_the_rows_numbers_in_full_and_names_who_is_ahead() {
    let c = comparison(&small_atlas(), 0, 1, None, Lang::Da);
    let csv = comparison_csv(&c);
    let lines: Vec<&str> = csv.trim_end().lines().collect();
    assert_eq!(
        lines[0],
        "\u{feff}Indikator;Gruppe;Enhed;År;Nord;Syd;Forskel (A − B);Forhold (A / B);Rang Nord;Rang Syd;Rangeret af;Foran"
    );
    assert_eq!(lines.len(), c.rows.len() + 1);
    // the rows in the comparison's order, each with the row's own numbers and words
    for (r, line) in c.rows.iter().zip(&lines[1..]) {
        let cells: Vec<&str> = line.split(';').collect();
        assert_eq!(cells[0], r.name);
        assert_eq!(cells[1], r.group.label(Lang::Da));
        assert_eq!(cells[11], c.ahead_named(r.gap.ahead));
    }
    assert_eq!(
        lines[1],
        "Indkomst;Ressourcer;kr.;2021;210000;160500;49500;1,308411214953271;1;4;4;Nord"
    );
    assert_eq!(
        lines[4],
        "Foreningsmedlemmer;Samskabelse – beskrivende;pr. 1.000;;;40;;;;1;3;Kan ikke afgøres: mangler data"
    );
    let english = comparison_csv(&comparison(&small_atlas(), 0, 1, None, Lang::En));
    assert!(english.contains("\nFrivillige,Co-creation – descriptive,,,12.5,12.5,0,1,1,1,3,No direction: neither better nor worse"));
}

#[test]
fn the_words_are_the_screens() {
    // the e2e tests read these on screen (tests/e2e/atlas.spec.js)
    let c = comparison(&small_atlas(), 0, 1, None, Lang::Da);
    assert_eq!(row(&c, "Foreningsmedlemmer").a.shown, "mangler");
    assert!(row(&c, "Indkomst").ahead_phrase.contains("A er foran"));
    assert!(row(&c, "Foreningsmedlemmer")
        .ahead_phrase
        .contains("Kan ikke afgøres"));
}

#[test]
fn a_figure_repeated_from_the_bydel_is_said_and_never_ranked_among_kvarterer() {
    use atlas_core::model::district::Area;
    use atlas_core::model::indicator::IndicatorMeta;
    use atlas_core::present::comparison::comparison;
    let at = atlas_core::Atlas {
        districts: vec![
            Area::new("20201", "Nordhavn"),
            Area::new("20601", "Bavnehøj"),
        ],
        indicators: vec![IndicatorMeta {
            level: Some("bydel".into()),
            unit_da: "%".into(),
            ..IndicatorMeta::from_column("Ledighed")
        }],
        years: vec![vec![None]],
        values: vec![vec![vec![Some(2.1), Some(4.0)]]],
        ..Default::default()
    };
    let c = comparison(&at, 0, 1, None, atlas_core::Lang::Da);
    let r = &c.rows[0];
    assert_eq!(r.label, "Ledighed (%) (bydelstal)");
    assert_eq!((r.rank_a.as_str(), r.rank_b.as_str()), ("", ""));
    assert_eq!(r.a.shown, "2,1");
}
