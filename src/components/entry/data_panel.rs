use crate::components::entry::table_panel::TablePanel;
use crate::components::entry::url_form::UrlForm;
use crate::data::use_data;
use crate::files::read_boundary_file;
use crate::state::use_atlas;
use crate::text::t;
use atlas_core::geometry::crs::{Crs, ALL};
use atlas_core::import::boundaries::CrsSource;
use atlas_core::present::examples;
use atlas_core::text::noun::{Noun, ALL_NOUNS};
use leptos::prelude::*;

/// Official sources that load by URL when online.
pub const PRESETS: &[(&str, &str)] = &[
    (
        "Københavns bydele (Københavns Kommune, WFS)",
        "https://wfs-kbhkort.kk.dk/k101/ows?service=WFS&version=1.0.0&request=GetFeature&typeName=k101:bydel&outputFormat=json&SRSNAME=EPSG:4326",
    ),
    (
        "Danmarks kommuner (Dataforsyningen/DAWA)",
        "https://api.dataforsyningen.dk/kommuner?format=geojson",
    ),
    (
        "Danmarks sogne (Dataforsyningen/DAWA)",
        "https://api.dataforsyningen.dk/sogne?format=geojson",
    ),
];

/// "Indlæs data": file picker, URL, presets, key and coordinate system, back to demo.
#[component]
pub fn DataPanel() -> impl IntoView {
    let data = use_data();
    let s = use_atlas();
    // the menu stays open across every load and edit (the atlas is never remounted)
    let open = RwSignal::new(false);
    view! {
        <details class="data-menu" data-testid="data-menu"
            prop:open=move || open.get()
            on:toggle=move |ev| {
                let el: web_sys::HtmlDetailsElement = event_target(&ev);
                open.set(el.open());
            }>
            <summary>{move || t(s.lang.get(), "Indlæs data", "Load data")}</summary>
            <div class="data-body">
                <ExamplePicker/>
                <BoundaryChoices/>
                <TablePanel/>
                <button type="button" data-testid="back-to-demo" class="secondary"
                    disabled=move || data.example.get() == Some(&examples::DEMO)
                    on:click=move |_| data.load_demo()>
                    {move || t(s.lang.get(), "Tilbage til demo", "Back to demo")}
                </button>
            </div>
        </details>
    }
}

/// What was learned about the boundaries shown (new only with new boundaries).
#[derive(Clone, PartialEq)]
struct BoundaryInfo {
    source: String,
    is_demo: bool,
    count: usize,
    crs: Crs,
    crs_source: CrsSource,
    key: Option<String>,
    props: Vec<String>,
    /// The word the user chose for the areas (`None`: guessed), and the one used.
    chosen_noun: Option<Noun>,
    noun: Noun,
}

/// The boundaries: where they came from, saved or not, a file, an address or an
/// official source, and the key and coordinate system they were read with.
#[component]
fn BoundaryChoices() -> impl IntoView {
    let s = use_atlas();
    let info = Memo::new(move |_| {
        s.model.with(|m| {
            let b = &m.boundaries;
            BoundaryInfo {
                source: m.boundary_source.clone(),
                is_demo: m.is_demo,
                count: m.atlas.districts.len(),
                crs: b.crs,
                crs_source: b.crs_source,
                key: b.key_property.clone(),
                props: b.property_names.clone(),
                chosen_noun: m.boundary_noun,
                noun: m.atlas.noun,
            }
        })
    });
    view! {
        <h3>{move || t(s.lang.get(), "Grænser (områder)", "Boundaries (areas)")}</h3>
        <BoundaryStatus info/>
        <BoundarySources/>
        {move || key_and_crs(info.get())}
    }
}

/// Where the boundaries shown came from (their count and coordinate system, and how
/// it was known), and whether they are saved in the browser.
#[component]
fn BoundaryStatus(info: Memo<BoundaryInfo>) -> impl IntoView {
    let (s, data) = (use_atlas(), use_data());
    let crs_word = move |lang, crs_source| match crs_source {
        CrsSource::Declared => t(lang, "angivet i filen", "declared in the file"),
        CrsSource::Default => t(lang, "standard for GeoJSON", "GeoJSON default"),
        CrsSource::Inferred => t(
            lang,
            "gættet ud fra koordinaterne",
            "guessed from the coordinates",
        ),
        CrsSource::Chosen => t(lang, "valgt af dig", "chosen by you"),
    };
    view! {
        <p class="current" data-testid="boundary-source">
            {move || {
                let lang = s.lang.get();
                let BoundaryInfo { source, is_demo, count, crs, crs_source, .. } = info.get();
                let src = match data.example.get() {
                    Some(ex) if is_demo => ex.title(lang).to_owned(),
                    _ => source,
                };
                format!("{}: {src} · {} · {} ({})", t(lang, "Nu", "Now"), atlas_core::present::area_words::count_of(count, s.noun(), lang), crs.label(), crs_word(lang, crs_source))
            }}
        </p>
        <p class="saved" data-testid="saved" data-saved=move || match data.saved.get() { Some(true) => "true", Some(false) => "false", None => "demo" }>
            {move || {
                let lang = s.lang.get();
                match data.saved.get() {
                    Some(true) => t(lang, "Gemt i browseren: bevares ved genindlæsning.", "Saved in the browser: kept on reload."),
                    Some(false) => t(lang, "Gemmer i browseren …", "Saving in the browser …"),
                    None => t(lang, "Demoen vises; dine egne filer gemmes i browseren.", "The demo is shown; your own files are saved in the browser."),
                }
            }}
        </p>
    }
}

/// Other boundaries: a file (or dragged onto the page), an address, an official
/// source.
#[component]
fn BoundarySources() -> impl IntoView {
    let (s, data) = (use_atlas(), use_data());
    let on_file = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        if let Some(file) = input.files().and_then(|f| f.get(0)) {
            read_boundary_file(data, file);
        }
        input.set_value("");
    };
    view! {
        <label class="file-button">
            {move || t(s.lang.get(), "Vælg GeoJSON-fil …", "Choose a GeoJSON file …")}
            <input type="file" data-testid="load-boundaries"
                accept=".geojson,.json,application/geo+json,application/json"
                on:change=on_file/>
        </label>
        <p class="hint">{move || t(s.lang.get(), "… eller træk filen ind over siden.", "… or drag the file onto the page.")}</p>
        <UrlForm testid="boundaries-url" label_da="Adresse på GeoJSON-fil" label_en="Address of a GeoJSON file"
            on_fetch=Callback::new(move |u: String| data.load_url(u))/>
        <select data-testid="presets"
            aria-label=move || t(s.lang.get(), "Officielle kilder", "Official sources")
            on:change=move |ev| {
                let v = event_target_value(&ev);
                if let Some((_, u)) = PRESETS.iter().find(|(_, u)| *u == v) {
                    data.load_url((*u).to_owned());
                }
            }>
            <option value="">{move || t(s.lang.get(), "Officielle kilder (kræver net) …", "Official sources (need network) …")}</option>
            {PRESETS.iter().map(|(label, u)| view! { <option value=*u>{*label}</option> }).collect_view()}
        </select>
    }
}

/// The key and the coordinate system the boundaries were read with; choosing another
/// reads them again.
fn key_and_crs(info: BoundaryInfo) -> impl IntoView {
    let (s, data) = (use_atlas(), use_data());
    let BoundaryInfo {
        crs,
        crs_source,
        key,
        props,
        chosen_noun,
        noun,
        ..
    } = info;
    let chosen_crs = (crs_source == CrsSource::Chosen).then_some(crs);
    let mut key_options = props;
    if let Some(k) = &key {
        if !key_options.contains(k) {
            key_options.insert(0, k.clone());
        }
    }
    let key_for_crs = key.clone();
    let key_for_noun = key.clone();
    view! {
        <label class="row">
            <span>{move || t(s.lang.get(), "Nøgle", "Key")}</span>
            <select data-testid="key-property" on:change=move |ev| {
                let k = event_target_value(&ev);
                data.reapply(Some(k), chosen_crs, chosen_noun);
            }>
                {key_options.into_iter().map(|k| {
                    let selected = Some(&k) == key.as_ref();
                    view! { <option value=k.clone() selected=selected>{k.clone()}</option> }
                }).collect_view()}
            </select>
        </label>
        <label class="row">
            <span>{move || t(s.lang.get(), "Koordinatsystem", "Coordinate system")}</span>
            <select data-testid="crs" on:change=move |ev| {
                let code: u32 = event_target_value(&ev).parse().unwrap_or(4326);
                data.reapply(key_for_crs.clone(), Crs::from_epsg(code), chosen_noun);
            }>
                {ALL.into_iter().map(|c| view! {
                    <option value=c.epsg().to_string() selected=c == crs>{c.label()}</option>
                }).collect_view()}
            </select>
        </label>
        <label class="row">
            <span>{move || t(s.lang.get(), "Områderne er", "The areas are")}</span>
            <select data-testid="area-noun" on:change=move |ev| {
                let n = Noun::from_id(&event_target_value(&ev));
                data.reapply(key_for_noun.clone(), chosen_crs, n);
            }>
                {ALL_NOUNS.into_iter().map(|n| view! {
                    <option value=n.id() selected=n == noun>{move || n.many(s.lang.get())}</option>
                }).collect_view()}
            </select>
        </label>
    }
}

/// «Eksempler»: the built-in examples, each opened with its own story.
#[component]
fn ExamplePicker() -> impl IntoView {
    let data = use_data();
    let lang = move || data.lang.get();
    view! {
        <label class="row examples">
            <span>{move || t(lang(), "Eksempler", "Examples")}</span>
            <select data-testid="example" on:change=move |ev| {
                if let Some(ex) = examples::example(&event_target_value(&ev)) {
                    data.load_example(ex, None);
                }
            }>
                <option value="" selected=move || data.example.get().is_none()>
                    {move || t(lang(), "Dine egne data", "Your own data")}
                </option>
                {examples::EXAMPLES.into_iter().map(|ex| view! {
                    <option value=ex.id selected=move || data.example.get() == Some(ex)>
                        {move || ex.title(lang())}
                    </option>
                }).collect_view()}
            </select>
        </label>
    }
}
