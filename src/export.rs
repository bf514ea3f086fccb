//! Exports of what is on screen: PNG (2×) and SVG of the map with title, legend,
//! caption and source; CSV of the joined data and of the A-vs-B comparison; the
//! project file. The documents are built by the core; this file only downloads.

use crate::data::DataState;
use crate::state::ViewStoreFields;
use crate::state::{AtlasState, Mode};
use crate::text::t;
use crate::view_model::legend::{class_rows, legend_heading};
use crate::view_model::source::source_line;
use atlas_core::present::colours;
use atlas_core::present::comparison::comparison;
use atlas_core::present::export::{comparison_csv, joined_csv, LegendEntry, MapDocument};
use atlas_core::text::numbers::missing_text;
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

/// The map as shown, as an exportable document.
pub fn map_document(s: &AtlasState, caption: String) -> MapDocument {
    let lang = s.lang.get_untracked();
    let mode = s.view.mode().get_untracked();
    let (title, dir) = untrack(|| legend_heading(s)).unwrap_or_default();
    let (width, height, names, paths, labels) = s.model.with(|m| {
        let names: Vec<String> = m.atlas.districts.iter().map(|d| d.name.clone()).collect();
        // Names on the map as on screen: only when there are few districts.
        let labels = if names.len() <= crate::view_model::MAX_LABELS {
            m.geometry
                .label_points
                .iter()
                .zip(names.iter())
                .filter_map(|(p, n)| p.map(|p| (p.x, p.y, n.clone())))
                .collect()
        } else {
            Vec::new()
        };
        (
            m.geometry.width,
            m.geometry.height,
            names,
            m.geometry.paths.clone(),
            labels,
        )
    });
    let fills = s.choropleth.with_untracked(|c| c.fills.clone());
    let (legend_title, legend) = if mode == Mode::Bivariate {
        let (x, y) = (s.view.bx().get_untracked(), s.view.by().get_untracked());
        let label = |i: usize| {
            s.model.with(|m| {
                m.atlas
                    .indicators
                    .get(i)
                    .map(|x| x.label(lang).to_owned())
                    .unwrap_or_default()
            })
        };
        let words = [
            t(lang, "lav", "low"),
            t(lang, "mellem", "middle"),
            t(lang, "høj", "high"),
        ];
        let entries = (0..9)
            .rev()
            .map(|k| LegendEntry {
                colour: Some(atlas_core::classify::bivariate::PALETTE[k / 3][k % 3].to_owned()),
                label: format!(
                    "{} {} · {} {}",
                    t(lang, "ressourcer", "resources"),
                    words[k % 3],
                    t(lang, "samskabelse", "co-creation"),
                    words[k / 3]
                ),
                outline: false,
            })
            .collect();
        (format!("{} × {}", label(x), label(y)), entries)
    } else {
        let (rows, missing) = untrack(|| class_rows(s));
        let mut entries: Vec<LegendEntry> = rows
            .into_iter()
            .rev()
            .map(|r| LegendEntry {
                colour: Some(r.colour),
                label: format!("{} ({})", r.range, r.count),
                outline: false,
            })
            .collect();
        if missing > 0 {
            entries.push(LegendEntry {
                colour: None,
                label: format!("{} ({missing})", missing_text(lang)),
                outline: false,
            });
        }
        (dir, entries)
    };
    let mut legend = legend;
    for (slot, i) in [
        ("A", s.view.a().get_untracked()),
        ("B", s.view.b().get_untracked()),
    ] {
        if let Some(i) = i {
            legend.push(LegendEntry {
                colour: Some(if slot == "A" { colours::A } else { colours::B }.to_owned()),
                label: format!("{slot}: {}", s.name(i)),
                outline: true,
            });
        }
    }
    let outlines = [
        (s.view.a().get_untracked(), colours::A),
        (s.view.b().get_untracked(), colours::B),
    ]
    .into_iter()
    .filter_map(|(i, c)| i.map(|i| (i, c.to_owned())))
    .collect();
    let subtitle = match mode {
        Mode::Choropleth | Mode::Index => s.view.method().get_untracked().label(lang).to_owned(),
        Mode::Gap => t(lang, "Forskel fra reference", "Gap to reference").to_owned(),
        Mode::Bivariate => t(lang, "Tredjedele (3 × 3)", "Tertiles (3 × 3)").to_owned(),
        Mode::Change => untrack(|| crate::view_model::change::title(s, lang)).unwrap_or_default(),
    };
    MapDocument {
        title: if mode == Mode::Bivariate {
            t(
                lang,
                "Ressourcer og samskabelse",
                "Resources and co-creation",
            )
            .to_owned()
        } else {
            title
        },
        subtitle,
        caption,
        source: untrack(|| source_line(s)),
        width,
        height,
        paths,
        fills,
        names,
        outlines,
        labels,
        legend_title,
        legend,
        zoom: s.zoom.get_untracked(),
        ..Default::default()
    }
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
    let (Some(a), Some(b)) = (s.view.a().get_untracked(), s.view.b().get_untracked()) else {
        return;
    };
    let year = s.view.year().get_untracked();
    let csv = s
        .model
        .with(|m| comparison_csv(&comparison(&m.atlas, a, b, year, lang)));
    let name = format!(
        "samskabelsesatlas-{}-mod-{}.csv",
        s.name(a).to_lowercase().replace(' ', "-"),
        s.name(b).to_lowercase().replace(' ', "-")
    );
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
