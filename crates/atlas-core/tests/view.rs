//! A view resolved against the demo model and turned back into a spec: what a link,
//! a scene and the autosave carry.

use atlas_core::classify::methods::Method;
use atlas_core::classify::modes::Mode;
use atlas_core::geometry::pan_zoom::ViewTransform;
use atlas_core::model::district::Area;
use atlas_core::present::view::{default_pair, default_weights, lost, Lost, View};
use atlas_core::present::view_spec::{Panel, ViewSpec};
use atlas_core::Atlas;

mod common;
use common::demo_atlas as demo;

#[test]
fn the_default_view_compares_oesterbro_with_sydhavnen() {
    let a = demo();
    let v = View::new(&a);
    assert_eq!(a.districts[v.a.unwrap()].name, "Østerbro");
    assert_eq!(a.districts[v.b.unwrap()].name, "Sydhavnen");
    assert_eq!(v.indicator, 0);
    assert_eq!(v.classes, 5);
    assert_eq!(v.weights, default_weights(&a));
    assert_eq!(v.mode, Mode::Choropleth);
}

#[test]
fn a_view_turned_into_a_spec_and_back_is_the_same_view() {
    let a = demo();
    let mut v = View::new(&a);
    v.indicator = 2;
    v.year = Some(2023);
    v.mode = Mode::Gap;
    v.method = Method::Manual;
    v.manual = vec![1.5, 3.0];
    v.classes = 7;
    v.a = Some(3);
    v.b = Some(5);
    v.reference = Some(4);
    v.weights[1] = 2.5;
    v.panel = Panel::Scatter;
    v.profile = Some(6);
    v.table = true;
    let zoom = ViewTransform {
        k: 2.5,
        x: -10.25,
        y: 3.0,
    };
    let spec = v.to_spec(&a, zoom);
    assert_eq!(spec.zoom.map(ViewTransform::from), Some(zoom));
    assert_eq!(View::resolve(&a, &spec, None), v);
    // and through the link
    let pairs = spec.to_query();
    let (back, issues) = ViewSpec::from_query(&pairs);
    assert!(issues.is_empty(), "{issues:?}");
    assert_eq!(View::resolve(&a, &back, None), v);
}

#[test]
fn unchanged_weights_are_not_stored_so_defaults_follow_edited_descriptions() {
    let a = demo();
    let spec = View::new(&a).to_spec(&a, ViewTransform::IDENTITY);
    assert_eq!(spec.weights, None);
}

#[test]
fn names_the_model_lacks_fall_back_to_defaults_and_keep_the_current_panel() {
    let a = demo();
    let spec = ViewSpec {
        indicator: Some("no such column".into()),
        a: Some("no such district".into()),
        classes: Some(42),
        ..Default::default()
    };
    let mut current = View::new(&a);
    current.panel = Panel::Profile;
    current.profile = Some(2);
    let v = View::resolve(&a, &spec, Some(&current));
    assert_eq!(v.indicator, 0);
    assert_eq!(a.districts[v.a.unwrap()].name, "Østerbro");
    assert_eq!(v.classes, 9, "classes are kept within 3–9");
    assert_eq!(v.panel, Panel::Profile);
    assert_eq!(v.profile, Some(2));
}

#[test]
fn a_and_b_are_never_the_same_district_by_default() {
    let mut a = Atlas {
        districts: vec![Area::new("1", "Indre By"), Area::new("2", "Østerbro")],
        ..Default::default()
    };
    assert_eq!(default_pair(&a), (Some(1), Some(0)));
    a.districts.truncate(1);
    // no Copenhagen and no figures: no pair (not the first two in the file)
    assert_eq!(default_pair(&a), (None, None));
    a.districts = vec![Area::new("2", "Østerbro")];
    assert_eq!(default_pair(&a), (Some(0), None));
    a.districts.clear();
    assert_eq!(default_pair(&a), (None, None));
}

#[test]
fn what_a_view_names_that_a_new_model_lacks_is_listed_by_its_old_name() {
    let old = demo();
    let mut v = View::new(&old);
    v.reference = Some(4);
    let spec = v.to_spec(&old, ViewTransform::IDENTITY);
    // the same model: nothing is lost
    let name = |id: &str| {
        old.district_by_id(id)
            .map(|i| old.districts[i].name.clone())
    };
    assert_eq!(lost(&old, &spec, name), vec![]);
    // a new file without Østerbro (A), the reference area and the shown column
    let mut new = demo();
    let (a, r) = (v.a.unwrap(), 4);
    let (a_name, r_name) = (old.districts[a].name.clone(), old.districts[r].name.clone());
    new.districts = new
        .districts
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != a && *i != r)
        .map(|(_, d)| d.clone())
        .collect();
    new.indicators[0].column = "other".into();
    let said = lost(&new, &spec, name);
    assert_eq!(
        said,
        vec![Lost::A(a_name.clone()), Lost::Reference(r_name),]
    );
    assert_eq!(
        said[0].sentence(atlas_core::Lang::En),
        format!("A ({a_name}) is not in the new data; A is now the default.")
    );
    // and the view resolved on the new model falls back to its defaults for them
    let resolved = View::resolve(&new, &spec, Some(&v));
    assert_eq!(resolved.reference, None);
    assert_eq!(resolved.indicator, 0);
    assert_ne!(
        resolved.a.map(|i| new.districts[i].name.clone()),
        Some(a_name)
    );
}
