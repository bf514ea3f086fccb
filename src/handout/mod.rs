//! The handout from the atlas state: a page for the current view or one per scene of
//! the story (the core's `present::handout` lays them out), drawn for print by
//! [`dom`] and saved as one web page.

pub mod dom;

use crate::data::DataState;
use crate::state::ViewStoreFields;
use crate::state::{AtlasState, Slot};
use crate::text::t;
use crate::view_model::map_document::map_document;
use atlas_core::geometry::pan_zoom::ViewTransform;
use atlas_core::pipeline::Model;
use atlas_core::present::colours;
use atlas_core::present::comparison::comparison_of;
use atlas_core::present::handout::{format_date, HandoutPage};
use atlas_core::present::labels::{place, Candidate};
use atlas_core::present::view_spec::ViewSpec;
use atlas_core::Lang;
use leptos::prelude::*;
use std::sync::Arc;

/// The map's printed size (mm) on an A4 page: its column and its height limit, as
/// `handout.css` sets them (landscape, portrait).
const MAP_MM: [(f64, f64); 2] = [(160.0, 108.0), (186.0, 100.0)];
/// The names' printed size: 3.1 mm ≈ 8.8 pt.
const LABEL_MM: f64 = 3.1;

/// Type size of the names in map units for a `width` × `height` map on paper.
fn label_size(width: f64, height: f64, portrait: bool) -> f64 {
    let (w, h) = MAP_MM[usize::from(portrait)];
    let mm_per_unit = (w / width.max(1.0)).min(h / height.max(1.0));
    LABEL_MM / mm_per_unit
}

/// Which districts' names fit at `size` (map units) under the zoom `z`: their label
/// points (map space), larger areas first, none overlapping each other or the A and B
/// markers.
pub fn fitting_names(s: &AtlasState, z: ViewTransform, size: f64) -> Vec<(usize, f64, f64)> {
    s.model.with(|m| {
        if m.atlas.districts.len() > crate::view_model::MAX_LABELS {
            return Vec::new();
        }
        let g = &m.geometry;
        let mut index = Vec::new();
        let mut candidates = Vec::new();
        for (i, (p, d)) in g.label_points.iter().zip(&m.atlas.districts).enumerate() {
            let Some(p) = p else { continue };
            let weight = g
                .bounds
                .get(i)
                .copied()
                .flatten()
                .map(|b| b.width() * b.height())
                .unwrap_or(0.0);
            let (x, y) = z.apply(p.x, p.y);
            index.push((i, p.x, p.y));
            candidates.push(Candidate {
                x,
                y,
                text: d.name.clone(),
                weight,
            });
        }
        // the A and B markers sit above their label points and are never dropped
        for i in [s.view.a().get_untracked(), s.view.b().get_untracked()]
            .into_iter()
            .flatten()
        {
            if let Some(p) = g.label_points.get(i).copied().flatten() {
                let (x, y) = z.apply(p.x, p.y);
                candidates.push(Candidate {
                    x,
                    y: y - 1.5 * size,
                    text: "AAA".into(),
                    weight: f64::INFINITY,
                });
            }
        }
        let shown = place(&candidates, size, g.width, g.height);
        index
            .into_iter()
            .zip(shown)
            .filter_map(|(c, keep)| keep.then_some(c))
            .collect()
    })
}

/// The live atlas's address showing `spec` (with the example it belongs to).
pub fn view_link(spec: &ViewSpec, lang: Lang) -> String {
    let (origin, path) = web_sys::window()
        .map(|w| {
            let l = w.location();
            (
                l.origin().unwrap_or_default(),
                l.pathname().unwrap_or_else(|_| "/".into()),
            )
        })
        .unwrap_or_default();
    let params = web_sys::UrlSearchParams::new().ok();
    let Some(params) = params else {
        return format!("{origin}{path}");
    };
    for (k, v) in spec.to_query() {
        params.append(&k, &v);
    }
    if lang == Lang::En {
        params.append("lang", "en");
    }
    let q: String = params.to_string().into();
    if q.is_empty() {
        format!("{origin}{path}")
    } else {
        format!("{origin}{path}?{q}")
    }
}

/// Today, written out.
pub fn today(lang: Lang) -> String {
    let d = js_sys::Date::new_0();
    format_date(
        d.get_full_year() as i32,
        d.get_month() + 1,
        d.get_date(),
        lang,
    )
}

/// The page of the view `s` shows, with `caption`.
pub fn page_of(
    s: &AtlasState,
    caption: String,
    example: Option<&str>,
    portrait: bool,
) -> HandoutPage {
    let lang = s.lang.get_untracked();
    let mut map = map_document(s, caption);
    let size = label_size(map.width, map.height, portrait);
    let names = untrack(|| fitting_names(s, s.zoom.get_untracked(), size));
    map.labels = names.iter().map(|(i, x, y)| (*x, *y, s.name(*i))).collect();
    // a group's marker sits on its first area
    let first = |slot| untrack(|| s.side_members(slot).first().copied());
    let (a, b) = (first(Slot::A), first(Slot::B));
    map.markers = s.model.with_untracked(|m| {
        [(a, "A", colours::A), (b, "B", colours::B)]
            .into_iter()
            .filter_map(|(i, letter, colour)| {
                let p = m.geometry.label_points.get(i?).copied().flatten()?;
                Some((p.x, p.y, letter, colour.to_owned()))
            })
            .collect()
    });
    let parts: Vec<(String, String)> = untrack(|| {
        let namer = crate::view_model::names::Namer::new(s);
        (0..s.len()).map(|i| namer.parts(s, i)).collect()
    });
    map.values = parts.into_iter().map(|(_, said)| said).collect();
    map.ids = s
        .model
        .with(|m| m.atlas.districts.iter().map(|d| d.id.clone()).collect());
    let year = s.view.year().get_untracked();
    let comparison = match untrack(|| (s.side(Slot::A), s.side(Slot::B))) {
        (Some(a), Some(b)) => Some(
            s.model
                .with(|m| comparison_of(&m.atlas, &a, &b, year, lang)),
        ),
        _ => None,
    };
    let trend = crate::view_model::trend::document(s);
    let mut legend_notes: Vec<String> = untrack(|| crate::view_model::legend::class_basis(s))
        .into_iter()
        .collect();
    if let Some(e) = untrack(|| s.class_error.get()) {
        legend_notes.push(format!(
            "{} {}",
            e.say(lang),
            t(
                lang,
                "Kortet viser kvantiler i stedet.",
                "The map shows quantiles instead."
            )
        ));
    }
    let mut spec = untrack(|| s.spec());
    spec.example = example.map(str::to_owned);
    HandoutPage {
        map,
        legend_notes,
        comparison,
        trend,
        link: view_link(&spec, lang),
        date: today(lang),
        scene: None,
        label_size: size,
        portrait,
    }
}

/// One page per scene of the story, in order, each with its caption. A scene of
/// another example than the one shown cannot be drawn here: it is left out and said.
pub fn story_pages(
    data: DataState,
    model: Arc<Model>,
    portrait: bool,
) -> (Vec<HandoutPage>, Vec<usize>) {
    let lang = data.lang.get_untracked();
    let example = data.example.get_untracked().map(|e| e.id);
    let scenes = data.story.with_untracked(|st| st.scenes.clone());
    let n = scenes.len();
    let mut pages = Vec::new();
    let mut left_out = Vec::new();
    for (k, scene) in scenes.iter().enumerate() {
        if scene
            .view
            .example
            .as_deref()
            .is_some_and(|e| Some(e) != example)
        {
            left_out.push(k + 1);
            continue;
        }
        // a scene with other categories of a split measure is drawn on its own model
        let model = if model
            .cubes
            .iter()
            .flat_map(|c| c.wish())
            .collect::<Vec<_>>()
            == scene.view.categories
        {
            model.clone()
        } else {
            scene_model(data, &scene.view.categories).unwrap_or_else(|| model.clone())
        };
        let owner = Owner::new();
        let page = owner.with(|| {
            let state = AtlasState::new(model.clone(), &scene.view, RwSignal::new(lang));
            crate::view_model::describe::provide_descriptions(state);
            let mut p = page_of(&state, scene.caption_in(lang).to_owned(), example, portrait);
            p.scene = Some((k + 1, n));
            p
        });
        drop(owner);
        pages.push(page);
    }
    (pages, left_out)
}

/// The model with other categories chosen in the table's split measures.
fn scene_model(data: DataState, categories: &[(String, String)]) -> Option<Arc<Model>> {
    let b = data.boundaries.get_untracked()?;
    let t = data.table.get_untracked();
    let m = data.edits.with_untracked(|e| {
        atlas_core::pipeline::build_model_with(&b, t.as_deref(), e, categories)
    });
    Some(Arc::new(m))
}

/// The title of the saved story.
pub fn story_title(data: DataState, lang: Lang) -> String {
    match data.example.get_untracked() {
        Some(e) => format!("{} – {}", e.title(lang), t(lang, "fortælling", "story")),
        None => t(
            lang,
            "Samskabelsesatlas – fortælling",
            "Samskabelsesatlas – story",
        )
        .to_owned(),
    }
}
