//! Figures in without a file: a range pasted from a spreadsheet goes through the same
//! reader, join and report as a file; typed figures and new columns; undo and redo.

mod common;

use atlas_core::import::boundaries::BoundaryOptions;
use atlas_core::import::paste::grid_from_paste;
use atlas_core::model::edits::{Edit, EditLog};
use atlas_core::pipeline::{apply_edits, parse_boundaries};

fn demo() -> (
    atlas_core::Atlas,
    atlas_core::import::boundaries::Boundaries,
) {
    let b = parse_boundaries(common::DEMO_GEOJSON, &BoundaryOptions::default()).unwrap();
    (common::demo_atlas(), b.value)
}

fn column(atlas: &atlas_core::Atlas, name: &str) -> usize {
    atlas
        .indicators
        .iter()
        .position(|m| m.column == name)
        .unwrap_or_else(|| panic!("no column {name}"))
}

fn value(atlas: &atlas_core::Atlas, name: &str, district: &str) -> Option<f64> {
    let i = column(atlas, name);
    let d = atlas.district_by_name(district).unwrap();
    atlas.value(i, d)
}

#[test]
fn excel_clipboard_forms_are_read() {
    // Excel on Windows: CRLF, a quoted cell with a line break, decimal comma, `..`,
    // trailing tabs from empty columns
    let text = "Bydel\tFrivillige pr. 1.000\t\t\r\nØsterbro\t43,2\t\t\r\n\"Amager\r\nØst\"\t..\t\t\r\n\r\n";
    let g = grid_from_paste(text, 1).unwrap().value;
    assert_eq!(g.header, vec!["Bydel", "Frivillige pr. 1.000"]);
    assert_eq!(g.rows.len(), 2);
    assert_eq!(g.rows[1].1[0], "Amager\r\nØst");
    assert!(!g.dot_decimal);
    // LibreOffice, English locale, no header row
    let g = grid_from_paste("101\t1,234.5\t7\n147\t980.25\t8\n", 4)
        .unwrap()
        .value;
    assert_eq!(g.header, vec!["område", "Indsat 4", "Indsat 5"]);
    assert_eq!(g.rows[0].1, vec!["101", "1234.5", "7"]);
    assert!(g.dot_decimal);
    // one column or nothing is refused with a sentence
    assert!(grid_from_paste("Østerbro\nValby\n", 1).is_err());
    assert!(grid_from_paste("  \n\t\n", 1).is_err());
}

#[test]
fn a_paste_adds_a_column_matched_by_name_and_says_what_did_not_match() {
    let (mut atlas, b) = demo();
    let before = atlas.indicators.len();
    let text = "Bydel\tMedlemmer i lokale foreninger\nØsterbro\t1.234\nValby\t980\nVesterbrro\t410\nNørrebro\tmange\n";
    let mut log = EditLog::default();
    log.push(Edit::Paste {
        text: text.into(),
        mappings: vec![],
    });
    let out = apply_edits(&mut atlas, &b, &log);
    assert_eq!(atlas.indicators.len(), before + 1);
    assert_eq!(
        value(&atlas, "Medlemmer i lokale foreninger", "Østerbro"),
        Some(1234.0)
    );
    assert_eq!(
        value(&atlas, "Medlemmer i lokale foreninger", "Valby"),
        Some(980.0)
    );
    assert_eq!(
        value(&atlas, "Medlemmer i lokale foreninger", "Nørrebro"),
        None,
        "text is not a number"
    );
    let report = out.last_paste.expect("a report for the paste");
    assert_eq!(report.matched, 3);
    let (_, key, _, suggestions) = &report.unmatched[0];
    assert_eq!(key, "Vesterbrro");
    assert_eq!(suggestions.first().map(String::as_str), Some("Vesterbro"));
    let said: Vec<String> = out
        .issues
        .iter()
        .map(|i| i.sentence(atlas_core::Lang::Da))
        .collect();
    assert!(
        said.iter().any(|s| s.contains("mange")),
        "the text cell is named: {said:?}"
    );
    let meta = &atlas.indicators[column(&atlas, "Medlemmer i lokale foreninger")];
    assert_eq!(meta.source, atlas_core::pipeline::HAND_SOURCE);
    assert_eq!(meta.hand_edits, 2, "two figures; the text cell is not one");

    // mapping the misspelt row by hand brings it in
    let vesterbro = atlas.districts[atlas.district_by_name("Vesterbro").unwrap()]
        .id
        .clone();
    let (mut atlas, _) = demo();
    let mut log = EditLog::default();
    log.push(Edit::Paste {
        text: text.into(),
        mappings: vec![("Vesterbrro".into(), vesterbro)],
    });
    let out = apply_edits(&mut atlas, &b, &log);
    assert_eq!(out.last_paste.unwrap().matched, 4);
    assert_eq!(
        value(&atlas, "Medlemmer i lokale foreninger", "Vesterbro"),
        Some(410.0)
    );
}

#[test]
fn a_paste_with_a_known_header_updates_that_column_and_keeps_the_rest() {
    let (mut atlas, b) = demo();
    let name = atlas.indicators[0].column.clone();
    let valby = value(&atlas, &name, "Valby");
    let mut log = EditLog::default();
    log.push(Edit::Paste {
        text: format!("navn\t{name}\nØsterbro\t300.000\n"),
        mappings: vec![],
    });
    apply_edits(&mut atlas, &b, &log);
    assert_eq!(value(&atlas, &name, "Østerbro"), Some(300_000.0));
    assert_eq!(value(&atlas, &name, "Valby"), valby);
    assert_eq!(atlas.indicators[0].hand_edits, 1);
}

#[test]
fn typed_figures_new_columns_and_undo() {
    let (base, b) = demo();
    let oe = base.districts[base.district_by_name("Østerbro").unwrap()]
        .id
        .clone();
    let mut log = EditLog::default();
    let meta = atlas_core::model::indicator::IndicatorMeta {
        unit_da: "pr. 1.000".into(),
        ..atlas_core::model::indicator::IndicatorMeta::from_column("Frivillige (survey)")
    };
    log.push(Edit::Column { meta });
    log.push(Edit::Cell {
        district: oe.clone(),
        column: "Frivillige (survey)".into(),
        year: None,
        value: Some(51.5),
    });
    let mut atlas = base.clone();
    apply_edits(&mut atlas, &b, &log);
    assert_eq!(value(&atlas, "Frivillige (survey)", "Østerbro"), Some(51.5));
    assert_eq!(
        value(&atlas, "Frivillige (survey)", "Valby"),
        None,
        "untyped is missing, never zero"
    );
    // clearing a figure makes it missing
    log.push(Edit::Cell {
        district: oe,
        column: "Frivillige (survey)".into(),
        year: None,
        value: None,
    });
    let mut atlas = base.clone();
    apply_edits(&mut atlas, &b, &log);
    assert_eq!(value(&atlas, "Frivillige (survey)", "Østerbro"), None);
    // undo twice: the figure is back, then gone; the column stays until its own undo
    assert!(log.undo());
    let mut atlas = base.clone();
    apply_edits(&mut atlas, &b, &log);
    assert_eq!(value(&atlas, "Frivillige (survey)", "Østerbro"), Some(51.5));
    assert!(log.undo() && log.undo());
    let mut atlas = base.clone();
    apply_edits(&mut atlas, &b, &log);
    assert_eq!(atlas, base, "everything undone is the file as loaded");
    assert!(log.redo());
    let mut atlas = base.clone();
    apply_edits(&mut atlas, &b, &log);
    assert!(atlas
        .indicators
        .iter()
        .any(|m| m.column == "Frivillige (survey)"));
}

#[test]
fn the_edit_log_round_trips_through_json() {
    let mut log = EditLog::default();
    log.push(Edit::Paste {
        text: "a\tb\n1\t2".into(),
        mappings: vec![("x".into(), "01".into())],
    });
    log.push(Edit::Cell {
        district: "0101".into(),
        column: "c".into(),
        year: Some(2023),
        value: None,
    });
    log.undo();
    let json = serde_json::to_string(&log).unwrap();
    assert_eq!(serde_json::from_str::<EditLog>(&json).unwrap(), log);
    assert!(json.contains("\"kind\":\"paste\""));
}

#[test]
fn a_new_column_is_described_after_every_edit_and_keeps_its_count_of_typed_figures() {
    let (base, b) = demo();
    let oe = base.districts[base.district_by_name("Østerbro").unwrap()]
        .id
        .clone();
    let mut log = EditLog::default();
    log.push(Edit::Column {
        meta: atlas_core::model::indicator::IndicatorMeta::from_column("Ny kolonne 1"),
    });
    log.push(Edit::Describe {
        meta: atlas_core::model::indicator::IndicatorMeta {
            unit_da: "pr. 1.000".into(),
            year: Some(2024),
            source: "Frivillighedsundersøgelsen".into(),
            polarity: atlas_core::model::indicator::Polarity::HigherIsBetter,
            ..atlas_core::model::indicator::IndicatorMeta::from_column("Ny kolonne 1")
        },
    });
    // a figure typed after the description
    log.push(Edit::Cell {
        district: oe,
        column: "Ny kolonne 1".into(),
        year: None,
        value: Some(12.0),
    });
    let mut atlas = base.clone();
    apply_edits(&mut atlas, &b, &log);
    let m = &atlas.indicators[column(&atlas, "Ny kolonne 1")];
    assert_eq!(m.unit_da, "pr. 1.000");
    assert_eq!(m.year, Some(2024));
    assert_eq!(m.source, "Frivillighedsundersøgelsen");
    assert_eq!(m.hand_edits, 1, "the description keeps the count");
    assert_eq!(value(&atlas, "Ny kolonne 1", "Østerbro"), Some(12.0));
}
