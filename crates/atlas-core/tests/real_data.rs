//! Checks against the real Danish files in `../shared/data` (see `common::shared`).

mod common;

use atlas_core::import::boundaries::BoundaryOptions;
use atlas_core::pipeline::parse_boundaries;
use common::{shared, shared_bytes};

#[test]
fn real_copenhagen_bydele_load_as_ten_districts_keyed_by_number() {
    let Some(t) = shared("cph_bydele_kk_wfs_2024/bydele.geojson") else {
        return;
    };
    let l = parse_boundaries(&t, &BoundaryOptions::default()).unwrap();
    assert_eq!(l.value.districts.len(), 10);
    assert_eq!(l.value.key_property.as_deref(), Some("bydel_nr"));
    assert!(l.value.districts.iter().any(|d| d.name == "Østerbro"));
}

#[test]
fn real_dagi_municipalities_merge_parts_into_99_districts() {
    let Some(t) = shared("dk_dagi_2014/kommuner.geojson") else {
        return;
    };
    let l = parse_boundaries(&t, &BoundaryOptions::default()).unwrap();
    assert_eq!(
        l.value.districts.len(),
        99,
        "key {:?}",
        l.value.key_property
    );
    assert!(
        l.value.districts.iter().any(|d| d.id == "0101"),
        "codes keep leading zeros"
    );
}

fn load(rel: &str) -> Option<atlas_core::Loaded<atlas_core::import::boundaries::Boundaries>> {
    let t = shared(rel)?;
    Some(parse_boundaries(&t, &BoundaryOptions::default()).expect(rel))
}

#[test]
fn real_utm32_bydele_reproject_onto_the_wgs84_original() {
    let (Some(utm), Some(wgs)) = (
        load("cph_bydele_kk_wfs_2024/derived/bydele_epsg25832.geojson"),
        load("cph_bydele_kk_wfs_2024/bydele.geojson"),
    ) else {
        return;
    };
    assert_eq!(utm.value.crs, atlas_core::geometry::crs::Crs::Utm32);
    assert_eq!(
        utm.value.crs_source,
        atlas_core::import::boundaries::CrsSource::Declared
    );
    assert_eq!(utm.value.districts.len(), wgs.value.districts.len());
    for (a, b) in utm.value.districts.iter().zip(&wgs.value.districts) {
        assert_eq!(a.id, b.id);
        let (pa, pb) = (
            a.geometry.0[0].exterior().0[0],
            b.geometry.0[0].exterior().0[0],
        );
        assert!(
            (pa.x - pb.x).abs() < 2e-6 && (pa.y - pb.y).abs() < 2e-6,
            "{}: {pa:?} vs {pb:?}",
            a.name
        );
    }
}

#[test]
fn real_kvarterer_are_67_keyed_by_kvarternr() {
    let Some(l) = load("cph_kvarterer/kvarter.geojson") else {
        return;
    };
    assert_eq!(l.value.districts.len(), 67);
    assert_eq!(l.value.key_property.as_deref(), Some("kvarternr"));
    assert_eq!(l.value.name_property.as_deref(), Some("kvarternavn"));
    assert!(l.value.districts.iter().any(|d| d.name == "Gl. Sydhavn"));
}

#[test]
fn real_parishes_merge_2468_parts_into_2148_parishes_and_simplify() {
    let Some(l) = load("dk_dagi_2014/derived/sogne_from_topojson.geojson") else {
        return;
    };
    assert_eq!(l.value.feature_count, 2468);
    assert_eq!(l.value.districts.len(), 2148);
    assert_eq!(l.value.key_property.as_deref(), Some("SOGNEKODE"));
    let g = atlas_core::geometry::shapes::build_geometry(&l.value.districts, 1000.0, 16.0).unwrap();
    assert!(
        g.paths.iter().all(|p| p.starts_with('M')),
        "every parish drawn at zoom 1"
    );
    let full: usize = l
        .value
        .districts
        .iter()
        .flat_map(|d| &d.geometry.0)
        .map(|p| p.exterior().0.len())
        .sum();
    let drawn: usize = g.paths.iter().map(|p| p.matches(['M', 'L']).count()).sum();
    assert!(
        drawn < full,
        "simplified at zoom 1: {drawn} of {full} vertices"
    );
    assert!(g.topology.arc_count() > 0);
}

#[test]
fn real_single_part_municipalities_merge_by_code_without_leading_zeros() {
    let Some(l) = load("dk_municipalities_magnuslarsen/municipalities.geojson") else {
        return;
    };
    assert_eq!(l.value.feature_count, 311);
    assert_eq!(l.value.districts.len(), 99);
    assert_eq!(l.value.key_property.as_deref(), Some("lau_1"));
    assert!(l.value.districts.iter().any(|d| d.id == "101"));
}

#[test]
fn real_polling_districts_with_the_epsg_object_crs_form_load() {
    let Some(l) = load("cph_kk_opendata_2014/afstemningsomraade.geojson") else {
        return;
    };
    assert_eq!(l.value.districts.len(), 50);
    assert_eq!(
        l.value.crs_source,
        atlas_core::import::boundaries::CrsSource::Declared
    );
    assert!(
        l.value.districts.iter().any(|d| d.name == "9. Sydhavn"),
        "{:?}",
        l.value.name_property
    );
}

#[test]
fn real_small_areas_with_null_codes_stay_396_areas() {
    let Some(l) = load("cph_kk_opendata_2014/rode.geojson") else {
        return;
    };
    assert_eq!(
        l.value.districts.len(),
        396,
        "key {:?}",
        l.value.key_property
    );
}

#[test]
fn real_nomination_districts_with_degenerate_rings_load_with_messages() {
    let Some(l) = load("dk_opstillingskredse_fv2022/geo.json") else {
        return;
    };
    assert_eq!(l.value.districts.len(), 92);
    assert_eq!(l.value.key_property.as_deref(), Some("OPSTILKRNR"));
    eprintln!(
        "{} messages, e.g. {:?}",
        l.issues.len(),
        l.issues.first().map(|i| i.sentence(atlas_core::Lang::Da))
    );
}

fn real_table(rel: &str) -> Option<atlas_core::import::table::Table> {
    let bytes = shared_bytes(rel)?;
    Some(
        atlas_core::import::table::parse_table_bytes(&bytes, rel, None)
            .expect(rel)
            .value,
    )
}

#[test]
fn real_income_and_population_join_onto_the_bydele() {
    let (Some(b), Some(income), Some(pop)) = (
        load("cph_bydele_kk_wfs_2024/bydele.geojson"),
        real_table("cph_statbank_bydel_straubinger/derived/In74_disposable_income_by_bydel.csv"),
        real_table("cph_statbank_bydel_straubinger/derived/Be4.3_population_by_bydel.csv"),
    ) else {
        return;
    };
    assert_eq!(income.key_column, "bydel_nr");
    assert_eq!(income.time_column.as_deref(), Some("year"));
    let ids: Vec<&str> = income
        .indicators
        .iter()
        .map(|m| m.column.as_str())
        .collect();
    assert!(ids.contains(&"avg_disposable_income_kr · Mænd"), "{ids:?}");
    let (j, report) = atlas_core::join::join_with(&b.value, income, &[]);
    eprintln!(
        "In74 onto bydele: {} of {} rows matched ({:.0} %)",
        report.matched,
        report.rows,
        report.match_rate() * 100.0
    );
    let a = j.value;
    let oe = a.district_by_name("Østerbro").unwrap();
    let i = a
        .indicators
        .iter()
        .position(|m| m.column == "avg_disposable_income_kr · Mænd")
        .unwrap();
    assert_eq!(a.years(i).last(), Some(&Some(2017)));
    assert_eq!(a.value(i, oe), Some(272_837.31));
    assert!(report.matched >= 10);
    let (j, report) = atlas_core::join::join_with(&b.value, pop, &[]);
    eprintln!(
        "Be4.3 onto bydele: {} of {} rows matched ({:.0} %)",
        report.matched,
        report.rows,
        report.match_rate() * 100.0
    );
    let a = j.value;
    assert_eq!(a.years(0).first(), Some(&Some(1991)));
    assert_eq!(
        a.value_at(0, 0, a.district_by_name("Østerbro").unwrap()),
        Some(62_221.0)
    );
}

#[test]
fn real_long_building_counts_join_onto_the_kvarterer() {
    let (Some(b), Some(t)) = (
        load("cph_kvarterer/kvarter.geojson"),
        real_table("cph_city_renewal_ccby/before_1850.csv"),
    ) else {
        return;
    };
    assert_eq!(t.time_column.as_deref(), Some("TID"));
    assert_eq!(t.indicators.len(), 1, "{:?}", t.indicators);
    let (j, report) = atlas_core::join::join_with(&b.value, t, &[]);
    eprintln!(
        "KKBYG1 before 1850 onto kvarterer: {} of {} rows matched ({:.0} %), {} kvarterer without data, other levels {:?}",
        report.matched, report.rows, report.match_rate() * 100.0, report.without_data.len(), report.other_levels
    );
    let a = j.value;
    assert!(report.matched >= 55, "{report:?}");
    assert!(a
        .value(0, a.district_by_name("Middelalderbyen").unwrap())
        .is_some());
    assert!(a
        .value(0, a.district_by_name("Gl. Sydhavn").unwrap())
        .is_some());
}

#[test]
fn real_2022_turnout_joins_onto_the_nomination_districts() {
    let (Some(b), Some(t)) = (
        load("dk_dagi_2014/opstillingskreds.geojson"),
        real_table("dk_opstillingskredse_fv2022/derived/fv2022_by_opstillingskreds.csv"),
    ) else {
        return;
    };
    assert_eq!(t.key_column, "OPSTILKRNR");
    let (j, report) = atlas_core::join::join_with(&b.value, t, &[]);
    eprintln!(
        "FV2022 onto opstillingskredse: {} of {} rows matched ({:.0} %)",
        report.matched,
        report.rows,
        report.match_rate() * 100.0
    );
    let a = j.value;
    assert_eq!(report.matched, 92);
    let d = a.indicators.iter().position(|m| m.column == "d").unwrap();
    assert_eq!(
        a.value(d, a.district_by_name("Østerbro").unwrap()),
        Some(87.05)
    );
}

#[test]
fn real_statbank_xlsx_income_joins_onto_the_bydele() {
    let (Some(b), Some(t)) = (
        load("cph_bydele_kk_wfs_2024/bydele.geojson"),
        real_table("cph_statbank_bydel_straubinger/In74.xlsx"),
    ) else {
        return;
    };
    eprintln!(
        "In74.xlsx: key {:?}, time {:?}, {} indicators e.g. {:?}, {} areas",
        t.key_column,
        t.time_column,
        t.indicators.len(),
        t.indicators
            .iter()
            .take(3)
            .map(|m| &m.column)
            .collect::<Vec<_>>(),
        t.rows.len()
    );
    let (_, report) = atlas_core::join::join_with(&b.value, t, &[]);
    eprintln!(
        "In74.xlsx onto bydele: {} of {} rows matched ({:.0} %), other levels {:?}, unmatched {:?}",
        report.matched,
        report.rows,
        report.match_rate() * 100.0,
        report.other_levels,
        report.unmatched.iter().map(|u| &u.2).collect::<Vec<_>>()
    );
    assert!(report.matched >= 9, "{report:?}");
}
