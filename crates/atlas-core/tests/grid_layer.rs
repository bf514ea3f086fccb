//! A table of grid cells is a layer by itself: Danmarks Statistik's residents per
//! 1 km cell of the European grid (2021, `n_km,e_km,befolkning`, EPSG:3035; see
//! shared/data/SOURCES.md) becomes 38,870 squares keyed `1kmN…E…`; a column of
//! kvadratnet codes does too; a table of districts does not.

mod common;

use atlas_core::geometry::grid_cell::GridSystem;
use atlas_core::import::grid::{grid_from_csv, Grid};
use atlas_core::import::grid_layer::{recognise, CellColumns};
use atlas_core::issue::IssueKind;
use atlas_core::pipeline::message::{answer, read_answer, ReadBoundaries, ReadTable, ToWorker};
use atlas_core::text::noun::Noun;

const GEOSTAT: &str = "dk_geostat_1km_2021/befolkning_1km_2021_dk.csv";

fn table(text: &str) -> Grid {
    grid_from_csv(text).expect("a table").value
}

#[test]
fn the_real_1km_grid_is_recognised_and_becomes_38870_squares_in_denmark() {
    let Some(text) = common::shared(GEOSTAT) else {
        return;
    };
    let t = table(&text);
    let g = recognise(&t).expect("the corner columns recognised");
    assert_eq!(
        g.columns,
        CellColumns::Corner {
            north: 0,
            east: 1,
            unit: 1000
        }
    );
    assert_eq!((g.system, g.size), (GridSystem::Inspire, 1000));
    let b = g.boundaries(&t);
    assert!(
        b.issues.is_empty(),
        "{:?}",
        &b.issues[..b.issues.len().min(3)]
    );
    let d = &b.value.districts;
    assert_eq!(d.len(), 38_870);
    assert_eq!(b.value.noun, Noun::Celle);
    // the most populated cell, central Copenhagen, keyed by its INSPIRE code
    let centre = d
        .iter()
        .find(|x| x.id == "1kmN3621E4481")
        .expect("central Copenhagen");
    let c = centre.geometry.0[0].exterior().0[0];
    assert!(
        (c.x - 12.54).abs() < 0.02 && (c.y - 55.66).abs() < 0.02,
        "{c:?}"
    );
    // every square within Denmark's lon/lat box, closed, of four corners
    for x in d {
        let ring = &x.geometry.0[0].exterior().0;
        assert_eq!((ring.len(), ring[0]), (5, ring[4]), "{}", x.id);
        assert!(
            ring.iter()
                .all(|p| (7.5..15.5).contains(&p.x) && (54.4..57.9).contains(&p.y)),
            "{} at {:?}",
            x.id,
            ring[0]
        );
    }
}

#[test]
fn a_column_of_kvadratnet_codes_is_a_layer_and_a_row_without_a_cell_is_said() {
    let t = table("celle;personer\n1km_6176_724;1200\n1km_6176_725;80\n;5\n1km_6176_724;3\n");
    let g = recognise(&t).expect("the codes recognised");
    assert_eq!(g.columns, CellColumns::Codes { column: 0 });
    assert_eq!((g.system, g.size), (GridSystem::Kvadratnet, 1000));
    assert_eq!(g.key(1).as_deref(), Some("1km_6176_725"));
    let b = g.boundaries(&t);
    // one square per distinct cell; the row without one named by its line
    let ids: Vec<&str> = b.value.districts.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, ["1km_6176_724", "1km_6176_725"]);
    assert_eq!(b.issues.len(), 1);
    assert!(
        matches!(b.issues[0].kind, IssueKind::RowWithoutKey),
        "{:?}",
        b.issues
    );
    assert!(
        format!("{:?}", b.issues[0].location).contains("line: 4"),
        "{:?}",
        b.issues[0].location
    );
}

#[test]
fn corners_in_metres_and_100m_cells_are_recognised() {
    let t = table("nord;øst;n\n6178000;724000;4\n6178100;724300;9\n");
    let g = recognise(&t).expect("corner columns in metres");
    assert_eq!(
        g.columns,
        CellColumns::Corner {
            north: 0,
            east: 1,
            unit: 1
        }
    );
    assert_eq!((g.system, g.size), (GridSystem::Kvadratnet, 100));
    assert_eq!(g.key(1).as_deref(), Some("100m_61781_7243"));
}

#[test]
fn tables_that_name_no_cells_are_not_grids() {
    for text in [
        "bydel_kode;bydel;indkomst\n01;Indre By;300000\n02;Østerbro;320000\n",
        // codes of two sizes
        "celle;n\n1kmN3621E4481;1\n100mN36210E44810;2\n",
        // corners outside Denmark's grids, or not whole in their unit
        "n_km,e_km,x\n100,200,1\n",
        "n_km,e_km,x\n3621.5,4481,1\n",
        // a northing without an easting
        "n_km,befolkning\n3621,5\n",
    ] {
        assert_eq!(recognise(&table(text)), None, "{text}");
    }
}

#[test]
fn the_worker_reads_the_real_grid_table_as_its_own_boundaries_and_joins_every_row() {
    let Some(text) = common::shared(GEOSTAT) else {
        return;
    };
    // the boundaries: the same file, through the boundary job, shaped for the map
    let job = ReadBoundaries {
        name: "befolkning_1km_2021_dk.csv".into(),
        options: Default::default(),
    };
    let message = ToWorker::from(job.clone()).to_bytes(text.as_bytes());
    let b = read_answer(&job, &answer(&message, |_| ())).expect("the squares");
    assert_eq!(b.loaded.value.districts.len(), 38_870);
    assert_eq!(b.geometry.paths.len(), 38_870);
    assert_eq!(b.loaded.value.areas_km2.len(), 38_870);
    let km2 = b.loaded.value.areas_km2[0].expect("an area");
    assert!((km2 - 1.0).abs() < 0.01, "a 1 km cell measures {km2} km²");
    // the table: keyed by its cells, the corner columns gone, the residents kept
    let job = ReadTable {
        name: "befolkning_1km_2021_dk.csv".into(),
        sidecar: None,
    };
    let message = ToWorker::from(job.clone()).to_bytes(text.as_bytes());
    let t = read_answer(&job, &answer(&message, |_| ())).expect("the table");
    let table = &t.loaded.value;
    assert_eq!(table.key_column, "celle");
    assert_eq!(table.rows.len(), 38_870);
    assert!(atlas_core::import::grid_layer::names_cells(table));
    assert!(
        t.text.starts_with("celle,befolkning\n"),
        "{}",
        &t.text[..40]
    );
    let joined = atlas_core::join::join(&b.loaded.value, t.loaded.value);
    assert!(
        joined.issues.iter().any(|i| matches!(
            i.kind,
            IssueKind::MatchSummary {
                matched: 38_870,
                rows: 38_870,
                with_data: 38_870,
                areas: 38_870,
                ..
            }
        )),
        "{:?}",
        joined.issues
    );
    let a = &joined.value;
    let people = a
        .indicators
        .iter()
        .position(|m| m.column == "befolkning")
        .expect("residents");
    let centre = a
        .districts
        .iter()
        .position(|d| d.id == "1kmN3621E4481")
        .expect("the cell");
    assert_eq!(a.value_at(people, 0, centre), Some(23_683.0));
    let total: f64 = a.column(people).iter().flatten().sum();
    assert_eq!(total, 5_827_458.0, "SOURCES.md's sum");
}

#[test]
fn a_table_of_another_layer_joined_onto_the_map_suggests_names_for_its_first_rows_only() {
    use atlas_core::import::boundaries::BoundaryOptions;
    use atlas_core::join::SUGGESTED_ROWS;
    // (as a grid table's 38,870 cells are for a moment over the demo's bydele, before
    // its own cells come): 300 rows, each a near miss of «Østerbro»
    let b =
        atlas_core::pipeline::parse_boundaries(common::DEMO_GEOJSON, &BoundaryOptions::default())
            .expect("the demo");
    let mut csv = String::from("område;tal\n");
    for k in 0..300 {
        csv.push_str(&format!("Østerbo{k};{k}\n"));
    }
    let t = atlas_core::import::table::parse_csv(&csv, None).expect("the table");
    let (_, report) = atlas_core::join::join_with(&b.value, t.value, &[]);
    assert_eq!(report.unmatched.len(), 300);
    // the first rows are told the near name; the rest are counted, not searched
    assert_eq!(report.unmatched[0].3[0], "Østerbro");
    let suggested = report.unmatched.iter().filter(|u| !u.3.is_empty()).count();
    assert_eq!(suggested, SUGGESTED_ROWS);
}

#[test]
fn corner_columns_read_another_way_give_other_cells_and_the_file_text_is_kept_to_read_again() {
    use atlas_core::import::grid_layer::GridReading;
    use atlas_core::import::sidecar::Sidecar;
    // whole kilometres in metres: taken for 1 km cells of the Danish kvadratnet
    let text = "y;x;antal\n6178000;724000;12\n6178000;725000;7\n6179000;724000;3\n";
    let read = |sidecar: Option<Sidecar>| {
        let job = ReadTable {
            name: "celler.csv".into(),
            sidecar,
        };
        let message = ToWorker::from(job.clone()).to_bytes(text.as_bytes());
        read_answer(&job, &answer(&message, |_| ())).expect("the table")
    };
    let first = read(None);
    let corners = first
        .corners
        .expect("a corner-named grid keeps its file's text");
    assert_eq!(corners.original, text);
    assert_eq!(
        corners.reading,
        GridReading {
            system: GridSystem::Kvadratnet,
            size: 1000,
            unit: 1
        }
    );
    assert_eq!(first.loaded.value.rows[0].key, "1km_6178_724");
    // the user says they are 100 m cells: the same corners, other cells
    let chosen = GridReading {
        system: GridSystem::Kvadratnet,
        size: 100,
        unit: 1,
    };
    let again = read(Some(Sidecar {
        grid: Some(chosen),
        ..Default::default()
    }));
    let keys: Vec<&str> = again
        .loaded
        .value
        .rows
        .iter()
        .map(|r| r.key.as_str())
        .collect();
    assert_eq!(
        keys,
        ["100m_61780_7240", "100m_61780_7250", "100m_61790_7240"]
    );
    assert_eq!(again.corners.expect("still corner-named").reading, chosen);
    assert!(
        again.text.starts_with("celle;antal\n100m_61780_7240;12\n"),
        "{}",
        again.text
    );
    // a table of codes names its own grid: nothing to read another way
    let coded = ReadTable {
        name: "koder.csv".into(),
        sidecar: None,
    };
    let message =
        ToWorker::from(coded.clone()).to_bytes("celle;antal\n1km_6178_724;12\n".as_bytes());
    let t = read_answer(&coded, &answer(&message, |_| ())).expect("the table");
    assert!(t.corners.is_none());
}
