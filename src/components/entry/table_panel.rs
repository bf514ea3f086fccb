use crate::components::entry::url_form::UrlForm;
use crate::data::use_data;
use crate::files::{read_any_file, read_table_file};
use crate::state::use_atlas;
use crate::text::t;
use leptos::prelude::*;

/// "Indikatortabel": pick, drop or fetch a table; shows what is loaded and how it matched.
#[component]
pub fn TablePanel() -> impl IntoView {
    let data = use_data();
    let s = use_atlas();
    let summary = move || {
        let lang = s.lang.get();
        s.model.with(|m| match (&m.table_source, &m.report) {
            (Some(src), Some(r)) => {
                let src = if src == "demo" {
                    t(lang, "demo", "demo").to_owned()
                } else {
                    src.clone()
                };
                let n = |v: f64| atlas_core::text::numbers::format_number(v, 0, lang);
                format!(
                    "{}: {src} · {} {} {} {} {} ({} %)",
                    t(lang, "Nu", "Now"),
                    n(r.matched as f64),
                    t(lang, "af", "of"),
                    n(r.rows as f64),
                    t(lang, "rækker", "rows"),
                    t(lang, "matcher", "match"),
                    n(r.match_rate() * 100.0)
                )
            }
            _ => t(lang, "Ingen tabel indlæst.", "No table loaded.").to_owned(),
        })
    };
    view! {
        <h3>{move || t(s.lang.get(), "Indikatortabel", "Indicator table")}</h3>
        <p class="current" data-testid="table-source">{summary}</p>
        <label class="file-button">
            {move || t(s.lang.get(), "Vælg tabel (CSV, XLSX, JSON) eller metadata (.meta.json) …", "Choose a table (CSV, XLSX, JSON) or metadata (.meta.json) …")}
            <input type="file" data-testid="load-indicators"
                accept=".csv,.tsv,.txt,.json,.xlsx,.xls,.ods,text/csv,application/json"
                on:change=move |ev: leptos::ev::Event| {
                    let input: web_sys::HtmlInputElement = event_target(&ev);
                    if let Some(file) = input.files().and_then(|f| f.get(0)) {
                        if file.name().to_lowercase().ends_with(".json") {
                            read_any_file(data, file);
                        } else {
                            read_table_file(data, file);
                        }
                    }
                    input.set_value("");
                }/>
        </label>
        <UrlForm testid="indicators-url" label_da="Adresse på tabel" label_en="Address of a table"
            on_fetch=Callback::new(move |u: String| data.load_table_url(u))/>
    }
}
