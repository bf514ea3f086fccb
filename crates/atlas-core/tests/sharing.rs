//! Links, scenes and project files (issue 6); exports are in `exports.rs`.

use atlas_core::classify::methods::Method;
use atlas_core::classify::modes::Mode;
use atlas_core::classify::palette::Scheme;
use atlas_core::import::boundaries::BoundaryOptions;
use atlas_core::import::sidecar::parse_sidecar;
use atlas_core::import::table::parse_csv;
use atlas_core::issue::{IssueKind, LoadErrorKind};
use atlas_core::join::join;
use atlas_core::model::composite::Normalisation;
use atlas_core::pipeline::parse_boundaries;
use atlas_core::present::project::{
    looks_like_project, parse_project, BoundaryMeta, Project, ProjectBoundaries, ProjectTable,
    Scene, TableMeta, PROJECT_VERSION,
};
use atlas_core::present::view_spec::{Panel, ViewSpec, Zoom};
use atlas_core::{Atlas, Lang};

const GEOJSON: &str = include_str!("../../../public/demo/bydele.geojson");
const CSV: &str = include_str!("../../../public/demo/indikatorer.csv");
const META: &str = include_str!("../../../public/demo/indikatorer.meta.json");
const STORY: &str = include_str!("../../../public/demo/fortaelling.json");

fn demo() -> Atlas {
    let b = parse_boundaries(GEOJSON, &BoundaryOptions::default()).unwrap();
    let sc = parse_sidecar(META).unwrap();
    let t = parse_csv(CSV, Some(&sc)).unwrap();
    join(&b.value, t.value).value
}

fn full_view() -> ViewSpec {
    ViewSpec {
        indicator: Some("indkomst".into()),
        year: Some(2023),
        mode: Mode::Index,
        method: Some(Method::Manual),
        scheme: Some(Scheme::Viridis),
        classes: Some(7),
        manual: vec![-1.5, 0.25, 1e6],
        a: Some("02".into()),
        b: Some("11".into()),
        a_group: Some(atlas_core::model::groups::AreaGroup {
            name: "Østerbro: nord, syd % og 100".into(),
            members: vec!["02".into(), "03".into()],
        }),
        b_group: None,
        reference: Some("05".into()),
        reference_group: Some(atlas_core::model::groups::AreaGroup {
            name: "Syd".into(),
            members: vec!["05".into(), "11".into()],
        }),
        bx: Some("indkomst".into()),
        by: Some("frivillige".into()),
        weights: Some(vec![
            ("indkomst".into(), 2.0),
            ("odd, col:name %".into(), 0.5),
        ]),
        norm: Some(Normalisation::MinMax),
        zoom: Some(Zoom {
            k: 2.5,
            x: -123.456789012345,
            y: 0.1 + 0.2,
        }),
        panel: Some(Panel::Scenes),
        profile: Some("03".into()),
        table: true,
        pooled: Some(false),
        change_from: Some(2000),
        change_to: Some(2017),
        change_kind: Some(atlas_core::model::change::ChangeKind::Percent),
        example: Some("bydele".into()),
        categories: vec![
            ("KØN".into(), "Kvinder".into()),
            ("ALDER".into(), "alle".into()),
            ("HERKOMST".into(), "Efterkommere: 2., 3. gen, %".into()),
        ],
        grouped: Some("bydel".into()),
        neighbours: Some(atlas_core::geometry::weights::WeightsKind::Knn(5)),
        lisa: Some(atlas_core::classify::lisa::LisaOptions {
            permutations: 9999,
            seed: 7,
            alpha: 0.01,
            fdr: true,
            significance: true,
        }),
    }
}

#[test]
fn a_view_survives_the_link_exactly_including_awkward_column_names_and_float_zoom() {
    let v = full_view();
    let q = v.to_query();
    let (back, issues) = ViewSpec::from_query(&q);
    assert!(issues.is_empty(), "{issues:?}");
    assert_eq!(back, v);
    assert!(ViewSpec::query_has_view(&q));
}

#[test]
fn the_default_view_makes_an_empty_link_and_other_parameters_are_not_view() {
    assert!(ViewSpec::default().to_query().is_empty());
    let q = vec![("boundaries".to_string(), "x.geojson".to_string())];
    assert!(!ViewSpec::query_has_view(&q));
    assert_eq!(ViewSpec::from_query(&q), (ViewSpec::default(), vec![]));
}

#[test]
fn a_bad_link_parameter_is_skipped_with_a_sentence_naming_it_and_the_rest_applies() {
    let q: Vec<(String, String)> = [
        ("visning", "gab"),
        ("metode", "magic"),
        ("klasser", "42"),
        ("zoom", "1,2"),
        ("aar", "toogtyve"),
    ]
    .iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect();
    let (v, issues) = ViewSpec::from_query(&q);
    assert_eq!(v.mode, Mode::Gap);
    assert_eq!(v.method, None);
    assert_eq!(v.classes, None);
    assert_eq!(v.zoom, None);
    assert_eq!(issues.len(), 4);
    let unreadable = |key: &str, value: &str| IssueKind::LinkParameterUnreadable {
        key: key.into(),
        value: value.into(),
    };
    assert_eq!(issues[0].kind, unreadable("metode", "magic"));
    assert_eq!(issues[3].kind, unreadable("aar", "toogtyve"));
}

fn full_project() -> Project {
    Project {
        boundaries: Some(ProjectBoundaries {
            meta: BoundaryMeta {
                source: "kvarterer.geojson".into(),
                key_property: Some("kvarter_nr".into()),
                crs: Some(25832),
                noun: Some(atlas_core::text::noun::Noun::Kvarter),
            },
            text: "{\"type\":\"FeatureCollection\",\"features\":[]}\n\u{00e6}\u{00f8}\u{00e5}"
                .into(),
        }),
        table: Some(ProjectTable {
            meta: TableMeta {
                source: "tal.csv".into(),
                mappings: vec![("Gl. Sydhavn".into(), "11".into())],
                sidecar: Some("{\"indicators\":[]}".into()),
            },
            text: "kode;navn;x\n01;A;1,5\n".into(),
            demo: false,
        }),
        scenes: vec![
            Scene {
                caption: "Østerbro mod Sydhavnen".into(),
                caption_en: Some("Østerbro against Sydhavnen".into()),
                view: full_view(),
            },
            Scene::default(),
        ],
        view: full_view(),
        scene: Some(1),
        ..Default::default()
    }
}

#[test]
fn a_project_file_round_trips_exactly() {
    let p = full_project();
    let text = p.to_json();
    assert!(looks_like_project(&text));
    assert_eq!(parse_project(&text).unwrap(), p);
    // and again: saving what was opened gives the same file
    assert_eq!(parse_project(&text).unwrap().to_json(), text);
}

#[test]
fn a_project_from_a_newer_version_is_refused_with_a_sentence_naming_both_versions() {
    let text = full_project().to_json().replacen(
        &format!("\"version\": {PROJECT_VERSION}"),
        "\"version\": 7",
        1,
    );
    let e = parse_project(&text).unwrap_err();
    assert_eq!(
        e.kind,
        LoadErrorKind::ProjectTooNew {
            version: 7,
            supported: PROJECT_VERSION
        }
    );
    let (da, en) = (e.sentence(Lang::Da), e.sentence(Lang::En));
    assert!(da.contains("nyere") && da.contains("format 7"), "{da}");
    assert!(en.contains("format 1"), "{en}");
}

#[test]
fn other_files_are_not_projects_and_say_why() {
    let kind = |text: &str| parse_project(text).unwrap_err().kind;
    assert_eq!(
        kind("{\"type\":\"FeatureCollection\"}"),
        LoadErrorKind::NotAProject
    );
    let truncated = &full_project().to_json()[..120];
    assert!(
        matches!(kind(truncated), LoadErrorKind::ProjectNotJson { .. }),
        "{:?}",
        kind(truncated)
    );
    assert_eq!(
        kind("{\"format\":\"samskabelsesatlas\"}"),
        LoadErrorKind::ProjectNoVersion
    );
}

#[test]
fn the_demo_story_has_at_least_five_scenes_that_name_real_demo_columns_and_districts() {
    let a = demo();
    let scenes: Vec<Scene> = serde_json::from_str(STORY).unwrap();
    assert!(scenes.len() >= 5);
    let has_col = |c: &Option<String>| {
        c.as_ref()
            .is_none_or(|c| a.indicators.iter().any(|m| &m.column == c))
    };
    let has_district =
        |d: &Option<String>| d.as_ref().is_none_or(|d| a.district_by_id(d).is_some());
    for s in &scenes {
        assert!(!s.caption.is_empty());
        assert!(
            s.caption_en.as_deref().is_some_and(|c| !c.is_empty()),
            "English caption"
        );
        assert!(has_col(&s.view.indicator) && has_col(&s.view.bx) && has_col(&s.view.by));
        assert!(has_district(&s.view.a) && has_district(&s.view.b));
    }
    // overview → Østerbro vs Sydhavnen → … → where both are low
    assert_eq!(scenes[1].view.a.as_deref(), Some("02"));
    assert_eq!(scenes[1].view.b.as_deref(), Some("11"));
    assert!(scenes.iter().any(|s| s.view.mode == Mode::Bivariate));
}

#[test]
fn deleting_a_scene_keeps_the_current_scene_and_an_empty_story_has_none() {
    use atlas_core::present::story::Story;
    let scene = |c: &str| Scene {
        caption: c.into(),
        ..Default::default()
    };
    let mut s = Story::new(vec![scene("a"), scene("b"), scene("c")]);
    s.current = Some(2);
    s.remove(0);
    assert_eq!(s.current_scene().unwrap().caption, "c");
    s.remove(1);
    assert_eq!(s.current_scene().unwrap().caption, "b");
    s.remove(0);
    assert_eq!(s.current, None);
    assert_eq!(s.step(1), None);
    s.move_scene(0, -1); // nothing to move, no panic
}

#[test]
fn arrow_keys_reach_every_demo_district_and_move_the_way_the_map_looks() {
    use atlas_core::geometry::nav::{neighbour, Direction};
    use atlas_core::geometry::shapes::build_geometry;
    let a = demo();
    let b = parse_boundaries(GEOJSON, &BoundaryOptions::default()).unwrap();
    let g = build_geometry(&b.value.districts, 1000.0, 16.0).unwrap();
    let pts = &g.label_points;
    let id = |i: usize| a.districts[i].id.clone();
    let find = |name: &str| a.district_by_name(name).unwrap();
    // Østerbro lies north-east of Indre By; Sydhavnen south of Vesterbro.
    let indre = find("Indre By");
    let go = |from: &str, d: Direction| {
        neighbour(pts, find(from), d).map(|j| a.districts[j].name.clone())
    };
    assert_eq!(go("Sydhavnen", Direction::Up).as_deref(), Some("Vesterbro"));
    // straight ahead beats near but sideways: Østerbro is north of Indre By; east of
    // Nørrebro lie Østerbro and Indre By
    assert_eq!(go("Indre By", Direction::Up).as_deref(), Some("Østerbro"));
    assert!(matches!(
        go("Nørrebro", Direction::Right).as_deref(),
        Some("Østerbro" | "Indre By")
    ));
    assert_eq!(
        go("Vesterbro", Direction::Down).as_deref(),
        Some("Sydhavnen")
    );
    let mut right = find("Brønshøj-Husum");
    let mut path = vec![a.districts[right].name.clone()];
    while let Some(n) = neighbour(pts, right, Direction::Right) {
        right = n;
        path.push(a.districts[n].name.clone());
        assert!(path.len() < 20, "no cycle going right: {path:?}");
    }
    // from any district, repeated arrows reach every other one (a connected graph)
    let n = a.districts.len();
    let mut seen = vec![false; n];
    let mut stack = vec![indre];
    while let Some(i) = stack.pop() {
        if std::mem::replace(&mut seen[i], true) {
            continue;
        }
        for d in [
            Direction::Up,
            Direction::Down,
            Direction::Left,
            Direction::Right,
        ] {
            if let Some(j) = neighbour(pts, i, d) {
                stack.push(j);
            }
        }
    }
    let unreached: Vec<String> = (0..n).filter(|i| !seen[*i]).map(id).collect();
    assert!(unreached.is_empty(), "unreachable: {unreached:?}");
}
