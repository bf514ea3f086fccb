//! Mount test in headless Chromium: the atlas view renders the demo through the real
//! component tree. Run by `scripts/test.sh` via wasm-bindgen-test-runner.
#![cfg(target_arch = "wasm32")]

use atlas_core::present::view_spec::ViewSpec;
use atlas_core::Lang;
use leptos::prelude::*;
use samskabelsesatlas::components::chrome::atlas_view::AtlasView;
use samskabelsesatlas::data::DataState;
use samskabelsesatlas::loader::model_from_texts;
use samskabelsesatlas::state::AtlasState;
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

/// Mount the atlas view over `model` in a fresh element; its state is returned.
fn mount(model: Arc<atlas_core::pipeline::Model>) -> (web_sys::HtmlElement, AtlasState) {
    let host = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&host).unwrap();
    let host: web_sys::HtmlElement = host.dyn_into().unwrap();
    let state = StoredValue::new(None::<AtlasState>);
    let handle = leptos::mount::mount_to(host.clone(), move || {
        provide_context(DataState::new());
        let s = AtlasState::new(model.clone(), &ViewSpec::default(), RwSignal::new(Lang::Da));
        state.set_value(Some(s));
        view! { <AtlasView state=s/> }
    });
    // the view stays mounted for the rest of the test
    handle.forget();
    (host, state.get_value().expect("state made"))
}

fn mounts() -> usize {
    js_sys::eval("performance.getEntriesByName('atlas:atlas-mounted').length")
        .unwrap()
        .as_f64()
        .unwrap() as usize
}

/// Let the reactive effects run (they are queued as microtasks).
async fn settle() {
    let p = js_sys::Promise::new(&mut |r, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&r, 0)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(p).await.unwrap();
}

#[wasm_bindgen_test]
fn atlas_view_mounts_a_path_per_district_with_names_and_values() {
    let model = Arc::new(model_from_texts(GEOJSON, CSV, Some(META)).expect("demo loads"));
    let n = model.atlas.districts.len();
    let (host, _) = mount(model);

    let paths = host
        .query_selector_all("svg[data-testid=map] path[data-district]")
        .unwrap();
    assert_eq!(paths.length() as usize, n);
    assert_eq!(n, 11, "the demo's 11 bydele");
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

#[wasm_bindgen_test]
async fn a_new_model_recolours_the_mounted_atlas_without_mounting_it_again() {
    let model = Arc::new(model_from_texts(GEOJSON, CSV, Some(META)).expect("demo loads"));
    let before = mounts();
    let (host, s) = mount(model.clone());
    assert_eq!(mounts(), before + 1, "mounted once");
    settle().await;
    let path = host
        .query_selector("path[data-district='02']")
        .unwrap()
        .expect("Østerbro path");
    let fill = path.get_attribute("fill").unwrap();
    let label = path.get_attribute("aria-label").unwrap();
    assert!(label.contains("296.700 kr."), "{label}");
    // Østerbro's income typed far below every other bydel: the lowest class
    let mut edited = (*model).clone();
    let oe = edited.atlas.district_by_id("02").expect("Østerbro");
    for year in edited.atlas.values[0].iter_mut() {
        year[oe] = Some(1.0);
    }
    let lost = s.show_model(Arc::new(edited), None);
    assert!(lost.is_empty(), "{lost:?}");
    settle().await;
    let same = host
        .query_selector("path[data-district='02']")
        .unwrap()
        .expect("Østerbro path");
    assert!(
        same.is_same_node(Some(&path)),
        "the path element is the one mounted before"
    );
    assert_eq!(mounts(), before + 1, "the atlas was not mounted again");
    let label = same.get_attribute("aria-label").unwrap();
    assert!(
        label.contains("Disponibel indkomst pr. person: 1 kr."),
        "{label}"
    );
    assert_ne!(same.get_attribute("fill").unwrap(), fill, "recoloured");
    let compare = host
        .query_selector("[data-testid=compare]")
        .unwrap()
        .unwrap();
    assert!(
        compare.text_content().unwrap().contains("A: Østerbro"),
        "A kept by its id"
    );
}
