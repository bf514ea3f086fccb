//! Exports of what is on screen: PNG (2×) and SVG of the map with title, legend,
//! caption and source; CSV of the joined data and of the A-vs-B comparison; the
//! project file. The documents are built by the core; this file only downloads.

use crate::data::DataState;
use crate::state::ViewStoreFields;
use crate::state::{AtlasState, Slot};
use crate::view_model::map_document::map_document;
use atlas_core::present::comparison::comparison_of;
use atlas_core::present::export::{comparison_csv, joined_csv};
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen(module = "/src/export.js")]
extern "C" {
    pub fn download_text(name: &str, mime: &str, text: &str);
    pub fn download_bytes(name: &str, mime: &str, bytes: &[u8]);
    fn download_png(name: &str, svg: &str, width: f64, height: f64, scale: f64) -> js_sys::Promise;
    fn copy_text(text: &str) -> js_sys::Promise;
}

/// Scale of the PNG export (2× for sharp slides and print).
pub const PNG_SCALE: f64 = 2.0;

/// A file name from the indicator or project: lower case, no spaces or slashes.
fn file_stem(s: &AtlasState) -> String {
    let label = s.model.with(|m| {
        m.atlas
            .indicators
            .get(s.view.indicator().get_untracked())
            .map(|x| x.column.clone())
            .unwrap_or_else(|| "kort".into())
    });
    format!("samskabelsesatlas-{}", slug(&label))
}

/// A file-name part from a label: lower case, anything but letters and digits a `-`.
pub fn slug(label: &str) -> String {
    let s: String = label
        .chars()
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    s.trim_matches('-').to_owned()
}

/// Download the map as SVG.
pub fn export_svg(s: &AtlasState, caption: String) {
    let doc = map_document(s, caption);
    download_text(
        &format!("{}.svg", file_stem(s)),
        "image/svg+xml;charset=utf-8",
        &doc.to_svg(),
    );
}

/// Download the map as PNG at [`PNG_SCALE`]; a failure becomes a notice.
pub fn export_png(s: &AtlasState, data: DataState, caption: String) {
    let doc = map_document(s, caption);
    let (w, h) = doc.size();
    let name = format!("{}.png", file_stem(s));
    let promise = download_png(&name, &doc.to_svg(), w, h, PNG_SCALE);
    report_png(data, promise);
}

/// Download the joined data as CSV.
pub fn export_data_csv(s: &AtlasState) {
    let lang = s.lang.get_untracked();
    let csv = s.model.with(|m| joined_csv(&m.atlas, lang));
    download_text(
        &format!("{}-data.csv", file_stem(s)),
        "text/csv;charset=utf-8",
        &csv,
    );
}

/// Download the A-vs-B comparison as CSV (nothing when A or B is not chosen).
pub fn export_comparison_csv(s: &AtlasState) {
    let lang = s.lang.get_untracked();
    let (Some(a), Some(b)) = untrack(|| (s.side(Slot::A), s.side(Slot::B))) else {
        return;
    };
    let year = s.view.year().get_untracked();
    let csv = s
        .model
        .with(|m| comparison_csv(&comparison_of(&m.atlas, &a, &b, year, lang)));
    let file = |side: &atlas_core::model::groups::Side| {
        s.model
            .with_untracked(|m| side.name(&m.atlas))
            .to_lowercase()
            .replace(' ', "-")
    };
    let name = format!("samskabelsesatlas-{}-mod-{}.csv", file(&a), file(&b));
    download_text(&name, "text/csv;charset=utf-8", &csv);
}

/// Download everything as a project file.
pub fn export_project(data: DataState) {
    let json = data.project().to_json();
    download_text(
        "projekt.atlas.json",
        "application/json;charset=utf-8",
        &json,
    );
}

/// Copy the page's link (with the view) to the clipboard; `false` when the
/// browser refused.
pub async fn copy_link() -> bool {
    let Some(href) = web_sys::window().and_then(|w| w.location().href().ok()) else {
        return false;
    };
    JsFuture::from(copy_text(&href))
        .await
        .ok()
        .and_then(|v| v.as_bool())
        .unwrap_or(false)
}

/// Download the Udvikling chart as SVG, PNG or its series as CSV (nothing without a
/// series); a PNG failure becomes a notice.
pub fn export_trend(s: &AtlasState, data: DataState, what: &'static str) {
    let Some(doc) = crate::view_model::trend::document(s) else {
        return;
    };
    let stem = format!("{}-udvikling", file_stem(s));
    match what {
        "csv" => download_text(
            &format!("{stem}.csv"),
            "text/csv;charset=utf-8",
            &doc.to_csv(),
        ),
        "svg" => {
            if let Some(svg) = doc.to_svg() {
                download_text(&format!("{stem}.svg"), "image/svg+xml;charset=utf-8", &svg);
            }
        }
        _ => {
            let Some(svg) = doc.to_svg() else {
                return;
            };
            let (w, h) = doc.size();
            let promise = download_png(&format!("{stem}.png"), &svg, w, h, PNG_SCALE);
            report_png(data, promise);
        }
    }
}

/// Wait for a PNG download; a failure becomes a notice.
fn report_png(data: DataState, promise: js_sys::Promise) {
    leptos::task::spawn_local(async move {
        if let Err(e) = JsFuture::from(promise).await {
            data.report(
                format!("PNG-billedet kunne ikke laves ({e:?})."),
                format!("The PNG image could not be made ({e:?})."),
            );
        }
    });
}

/// The name of the saved web page of the current view (the embed code points at it).
pub fn html_file_name(s: &AtlasState, story: bool) -> String {
    if story {
        "samskabelsesatlas-fortaelling.html".to_owned()
    } else {
        format!("{}.html", file_stem(s))
    }
}

/// Download the current view, or the whole story, as one standalone web page.
pub fn export_html(s: &AtlasState, data: DataState, caption: String, story: bool) {
    use atlas_core::present::handout::standalone_html;
    let lang = s.lang.get_untracked();
    let example = data.example.get_untracked().map(|e| e.id);
    let (pages, title) = if story {
        let model = s.model.get();
        let (pages, left_out) = crate::handout::story_pages(data, model, false);
        if !left_out.is_empty() {
            report_left_out(data, &left_out);
        }
        (pages, crate::handout::story_title(data, lang))
    } else {
        let page = crate::handout::page_of(s, caption, example, false);
        let title = page.map.title.clone();
        (vec![page], title)
    };
    if pages.is_empty() {
        data.report(
            "Fortællingen har ingen scener at gemme.",
            "The story has no scenes to save.",
        );
        return;
    }
    download_text(
        &html_file_name(s, story),
        "text/html;charset=utf-8",
        &standalone_html(&pages, &title, lang),
    );
}

/// Say which scenes were left out of a printed or saved story.
pub fn report_left_out(data: DataState, scenes: &[usize]) {
    let list = scenes
        .iter()
        .map(usize::to_string)
        .collect::<Vec<_>>()
        .join(", ");
    data.report(
        format!("Scene {list} viser et andet eksempel og er udeladt; vis fortællingen i det eksempel for at få dem med."),
        format!("Scene {list} shows another example and was left out; show the story in that example to include them."),
    );
}
