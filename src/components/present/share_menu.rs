use crate::data::use_data;
use crate::export::{
    copy_link, export_comparison_csv, export_data_csv, export_png, export_project, export_svg,
};
use crate::files::read_project_file;
use crate::state::use_atlas;
use crate::state::ViewStoreFields;
use crate::text::t;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// "Del og gem": copy the link, export the map (PNG 2×, SVG) and the data (CSV),
/// save and open a project file.
#[component]
pub fn ShareMenu() -> impl IntoView {
    let data = use_data();
    let s = use_atlas();
    let lang = move || s.lang.get();
    // The caption printed under an exported map: the current scene's, editable.
    let caption = expect_context::<crate::components::present::print_layer::PrintState>().caption;
    let copied = RwSignal::new(None::<bool>);
    // Like any menu, a click elsewhere closes it (so it never hides the panel below).
    let open = RwSignal::new(false);
    let menu = NodeRef::<leptos::html::Details>::new();
    let outside = window_event_listener(leptos::ev::click, move |ev| {
        // (the downloads' own programmatic clicks are not the user's)
        if !open.get_untracked() || !ev.is_trusted() {
            return;
        }
        let inside = menu.get_untracked().is_some_and(|m| {
            let target = ev
                .target()
                .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Node>(t).ok());
            m.contains(target.as_ref())
        });
        if !inside {
            open.set(false);
        }
    });
    on_cleanup(move || outside.remove());
    let on_open = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        if let Some(file) = input.files().and_then(|f| f.get(0)) {
            read_project_file(data, file);
            open.set(false);
        }
        input.set_value("");
    };
    view! {
        <details class="share-menu" data-testid="share-menu" node_ref=menu
            prop:open=move || open.get()
            on:toggle=move |ev| {
                let el: web_sys::HtmlDetailsElement = event_target(&ev);
                open.set(el.open());
            }>
            <summary>{move || t(lang(), "Del og gem", "Share and save")}</summary>
            <div class="share-body">
                <button type="button" data-testid="copy-link" on:click=move |_| {
                    spawn_local(async move { copied.set(Some(copy_link().await)) });
                }>{move || t(lang(), "Kopiér link til denne visning", "Copy link to this view")}</button>
                <p class="hint" role="status" data-testid="copy-status">{move || match copied.get() {
                    Some(true) => t(lang(), "Linket er kopieret.", "The link was copied."),
                    Some(false) => t(lang(), "Browseren tillod ikke kopiering; kopiér adressen fra adresselinjen.", "The browser did not allow copying; copy the address from the address bar."),
                    None => "",
                }}</p>
                <h3>{move || t(lang(), "Kort", "Map")}</h3>
                <label class="stack">
                    <span>{move || t(lang(), "Billedtekst", "Caption")}</span>
                    <input type="text" data-testid="export-caption"
                        prop:value=move || caption.get()
                        on:input=move |ev| caption.set(event_target_value(&ev))/>
                </label>
                <div class="button-row">
                    <button type="button" data-testid="export-png"
                        on:click=move |_| export_png(&s, data, caption.get_untracked())>"PNG (2×)"</button>
                    <button type="button" data-testid="export-svg"
                        on:click=move |_| export_svg(&s, caption.get_untracked())>"SVG"</button>
                </div>
                <h3>{move || t(lang(), "Data (CSV, Excel-venlig)", "Data (CSV, Excel-friendly)")}</h3>
                <div class="button-row">
                    <button type="button" data-testid="export-csv"
                        on:click=move |_| export_data_csv(&s)>{move || t(lang(), "Alle tal", "All figures")}</button>
                    <button type="button" data-testid="export-compare-csv"
                        disabled=move || s.view.a().get().is_none() || s.view.b().get().is_none()
                        on:click=move |_| export_comparison_csv(&s)>{move || t(lang(), "A mod B", "A vs B")}</button>
                </div>
                <h3>{move || t(lang(), "Projekt", "Project")}</h3>
                <p class="hint">{move || t(lang(), "Én fil med grænser, tabel, beskrivelser, koblinger, scener og visning.", "One file with boundaries, table, descriptions, mappings, scenes and view.")}</p>
                <div class="button-row">
                    <button type="button" data-testid="save-project"
                        on:click=move |_| export_project(data)>{move || t(lang(), "Gem projekt …", "Save project …")}</button>
                    <label class="file-button">
                        {move || t(lang(), "Åbn projekt …", "Open project …")}
                        <input type="file" data-testid="open-project" accept=".json,application/json" on:change=on_open/>
                    </label>
                </div>
            </div>
        </details>
    }
}
