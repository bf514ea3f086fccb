//! Mount test in headless Chromium: the atlas view renders the demo through the real
//! component tree. Run by `scripts/test.sh` via wasm-bindgen-test-runner.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use samskabelsesatlas::components::atlas_view::AtlasView;
use samskabelsesatlas::data::DataState;
use samskabelsesatlas::loader::model_from_texts;
use std::sync::Arc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const GEOJSON: &str = include_str!("../public/demo/bydele.geojson");
const CSV: &str = include_str!("../public/demo/indikatorer.csv");
const META: &str = include_str!("../public/demo/indikatorer.meta.json");

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

#[wasm_bindgen_test]
fn atlas_view_mounts_a_path_per_district_with_names_and_values() {
    let model = Arc::new(model_from_texts(GEOJSON, CSV, Some(META)).expect("demo loads"));
    let n = model.atlas.districts.len();
    let host = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&host).unwrap();
    let host: web_sys::HtmlElement = host.dyn_into().unwrap();
    let _handle = leptos::mount::mount_to(host.clone(), move || {
        provide_context(DataState::new());
        view! { <AtlasView model=model.clone()/> }
    });

    let paths = host
        .query_selector_all("svg[data-testid=map] path[data-district]")
        .unwrap();
    assert_eq!(paths.length() as usize, n);
    assert!(n >= 11);
    let oe = host
        .query_selector("path[data-district='02']")
        .unwrap()
        .expect("Østerbro path");
    let label = oe.get_attribute("aria-label").unwrap();
    assert!(
        label.starts_with("Østerbro. Disponibel indkomst pr. person: 296.700 kr.; klasse 5 af 5"),
        "{label}"
    );
    assert!(label.ends_with("valgt som A"), "{label}");
    let fill = oe.get_attribute("fill").unwrap();
    assert!(fill.starts_with('#'), "filled by class colour, got {fill}");
    let compare = host
        .query_selector("[data-testid=compare]")
        .unwrap()
        .unwrap();
    let text = compare.text_content().unwrap();
    assert!(
        text.contains("A: Østerbro") && text.contains("B: Sydhavnen"),
        "{text}"
    );
    assert!(host.query_selector("[role=tooltip]").unwrap().is_some());
}
