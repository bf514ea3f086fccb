//! «Dine tal»: the template to fill in (CSV, XLSX and its descriptions), a box to paste
//! a range from a spreadsheet into (Ctrl+V anywhere outside a field works too), what the
//! last paste matched with hand mapping for the rows that found no district, and undo /
//! redo (also Ctrl+Z / Ctrl+Y).

use crate::data::use_data;
use crate::export::{download_bytes, download_text, slug};
use crate::state::use_atlas;
use crate::text::t;
use atlas_core::present::export::{template_csv, template_grid, template_sidecar};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// True when keys and pastes belong to a field the user is typing in.
fn in_field(target: Option<web_sys::EventTarget>) -> bool {
    target
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| {
            matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                || el.closest("[contenteditable]").ok().flatten().is_some()
        })
}

#[component]
pub fn DataEntry() -> impl IntoView {
    let (s, data) = (use_atlas(), use_data());
    let lang = move || s.lang.get();
    use_window_paste_and_undo(data);
    // a box filled by typing or a script (not a paste event) is read once it settles
    let settle = crate::hooks::debounce::use_debouncer(400);
    let box_ref = NodeRef::<leptos::html::Textarea>::new();
    let take_box = move || {
        if let Some(el) = box_ref.try_get_untracked().flatten() {
            let text = el.value();
            if text.contains('\t') {
                el.set_value("");
                data.paste(&text);
            }
        }
    };
    let can_undo = move || data.edits.with(|e| !e.done.is_empty());
    let can_redo = move || data.edits.with(|e| !e.undone.is_empty());
    view! {
        <section class="data-entry" data-testid="data-entry" aria-labelledby="data-entry-heading">
            <h2 id="data-entry-heading">{move || t(lang(), "Dine tal", "Your figures")}</h2>
            <p class="hint">{move || t(lang(),
                "Hent en skabelon med en række pr. område, udfyld den og indlæs den – eller indsæt et område fra regnearket her.",
                "Get a template with a row per area, fill it in and load it — or paste a range from the spreadsheet here.")}</p>
            <TemplateButtons/>
            <label class="stack">
                <span>{move || t(lang(), "Indsæt fra Excel eller LibreOffice (Ctrl+V)", "Paste from Excel or LibreOffice (Ctrl+V)")}</span>
                <textarea data-testid="paste-box" rows="2" spellcheck="false" node_ref=box_ref
                    placeholder=move || atlas_core::present::area_words::paste_placeholder(s.noun(), lang())
                    on:paste=move |ev: leptos::ev::ClipboardEvent| {
                        if let Some(text) = ev.clipboard_data().and_then(|d| d.get_data("text/plain").ok()) {
                            ev.prevent_default();
                            data.paste(&text);
                        }
                    }
                    on:input=move |_| settle.call(take_box)></textarea>
            </label>
            <PasteReport/>
            <crate::components::entry::derive_panel::DerivePanel/>
            <div class="button-row">
                <button type="button" data-testid="undo" disabled=move || !can_undo()
                    on:click=move |_| data.undo()>{move || t(lang(), "↶ Fortryd", "↶ Undo")}</button>
                <button type="button" data-testid="redo" disabled=move || !can_redo()
                    on:click=move |_| data.redo()>{move || t(lang(), "↷ Gentag", "↷ Redo")}</button>
            </div>
        </section>
    }
}

/// Ctrl+V outside a field pastes; Ctrl+Z / Ctrl+Y (Ctrl+Shift+Z) undo and redo, on
/// the whole window while «Dine tal» is shown.
fn use_window_paste_and_undo(data: crate::data::DataState) {
    let paste = window_event_listener(leptos::ev::paste, move |ev| {
        if in_field(ev.target()) {
            return;
        }
        if let Some(text) = ev
            .clipboard_data()
            .and_then(|d| d.get_data("text/plain").ok())
        {
            if !text.trim().is_empty() {
                ev.prevent_default();
                data.paste(&text);
            }
        }
    });
    let keys = window_event_listener(leptos::ev::keydown, move |ev| {
        if !(ev.ctrl_key() || ev.meta_key()) || in_field(ev.target()) {
            return;
        }
        match (ev.key().to_lowercase().as_str(), ev.shift_key()) {
            ("z", false) => data.undo(),
            ("z", true) | ("y", _) => data.redo(),
            _ => return,
        }
        ev.prevent_default();
    });
    on_cleanup(move || {
        paste.remove();
        keys.remove();
    });
}

/// «Hent skabelon»: the template with a row per area as CSV, as XLSX (written in the
/// loader worker, which carries the workbook writer) and its columns' descriptions.
#[component]
fn TemplateButtons() -> impl IntoView {
    let (s, data) = (use_atlas(), use_data());
    let lang = move || s.lang.get();
    let stem = move || {
        let base = data
            .boundaries
            .with_untracked(|b| b.as_ref().map(|b| b.source.clone()))
            .map(|src| {
                let file = src.rsplit('/').next().unwrap_or("");
                slug(file.split('.').next().unwrap_or(""))
            })
            .unwrap_or_default();
        if base.is_empty() {
            "skabelon".to_owned()
        } else {
            format!("skabelon-{base}")
        }
    };
    let csv = move |_| {
        let text = s.model.with(|m| template_csv(&m.atlas));
        download_text(&format!("{}.csv", stem()), "text/csv;charset=utf-8", &text);
    };
    let meta = move |_| {
        let text = s.model.with(|m| template_sidecar(&m.atlas));
        download_text(
            &format!("{}.meta.json", stem()),
            "application/json;charset=utf-8",
            &text,
        );
    };
    let xlsx = move |_| {
        let name = format!("{}.xlsx", stem());
        let grid = s.model.with(|m| template_grid(&m.atlas));
        leptos::task::spawn_local(async move {
            match crate::loader::write_template(&name, grid).await {
                Ok(bytes) => download_bytes(
                    &name,
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    &bytes,
                ),
                Err(e) => data.report(
                    format!(
                        "Regnearket kunne ikke skrives: {}",
                        e.sentence(atlas_core::Lang::Da)
                    ),
                    format!(
                        "The spreadsheet could not be written: {}",
                        e.sentence(atlas_core::Lang::En)
                    ),
                ),
            }
        });
    };
    view! {
        <div class="button-row">
            <span class="label">{move || t(lang(), "Hent skabelon:", "Get template:")}</span>
            <button type="button" data-testid="template-csv" on:click=csv>"CSV"</button>
            <button type="button" data-testid="template-xlsx" on:click=xlsx>"XLSX"</button>
            <button type="button" data-testid="template-meta" on:click=meta
                title=move || t(lang(), "Beskrivelserne af kolonnerne (.meta.json)", "The columns' descriptions (.meta.json)")>
                {move || t(lang(), "Beskrivelser", "Descriptions")}</button>
        </div>
    }
}

/// How the last paste met the map: matched rows, and each row without a district with
/// a picker to map it by hand (suggestions first).
#[component]
fn PasteReport() -> impl IntoView {
    let (s, data) = (use_atlas(), use_data());
    let lang = move || s.lang.get();
    let report = Memo::new(move |_| s.model.with(|m| m.paste_report.clone()));
    move || {
        report.get().map(|r| {
        let (matched, rows) = (r.matched, r.rows);
        view! {
            <div class="paste-report" data-testid="paste-report" role="status">
                <p>{move || match lang() {
                    atlas_core::Lang::Da => format!("Sidst indsatte: {matched} af {rows} rækker fandt et område."),
                    atlas_core::Lang::En => format!("Last paste: {matched} of {rows} rows found an area."),
                }}</p>
                <crate::components::entry::join_report::UnmatchedRows unmatched=r.unmatched prefix="paste"
                    on_map=Callback::new(move |(k, id)| data.map_paste_row(k, id))/>
            </div>
        }
    })
    }
}
