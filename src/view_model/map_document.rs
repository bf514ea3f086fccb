//! The map as shown, as an exportable document (`MapDocument`): what the SVG and PNG
//! exports and the handout's map draw. Read once, untracked, from the atlas state.

use crate::state::ViewStoreFields;
use crate::state::{AtlasState, Mode, Slot};
use crate::text::t;
use crate::view_model::legend::{class_rows, legend_heading};
use crate::view_model::source::source_line;
use atlas_core::present::colours;
use atlas_core::present::export::{LegendEntry, MapDocument};
use atlas_core::text::numbers::missing_text;
use atlas_core::Lang;
use leptos::prelude::*;

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
    let (legend_title, mut legend) = if mode == Mode::Bivariate {
        bivariate_legend(s, lang)
    } else if mode.is_lisa() {
        (dir, crate::view_model::lisa::export_legend(s, lang))
    } else {
        (dir, class_legend(s, lang))
    };
    legend.extend(slot_entries(s));
    // a group is outlined as one shape, its inner borders left out
    let outlines = untrack(|| {
        [(Slot::A, colours::A), (Slot::B, colours::B)]
            .into_iter()
            .filter_map(|(slot, c)| Some((s.side_outline(slot)?, c.to_owned())))
            .collect()
    });
    // a grid layer: its raster and the borders over it, not a path per cell
    let (images, borders) = crate::map_support::raster_draw::export_layers(s);
    MapDocument {
        images,
        borders,
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
        subtitle: subtitle(s, mode, lang),
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

/// The bivariate map's title (the two indicators) and its nine classes, high first.
fn bivariate_legend(s: &AtlasState, lang: Lang) -> (String, Vec<LegendEntry>) {
    let (x, y) = (s.view.bx().get_untracked(), s.view.by().get_untracked());
    let label = |i: usize| s.indicator_label(i, lang);
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
}

/// The classes as the legend shows them, highest first, with their counts; missing
/// figures last when there are any.
fn class_legend(s: &AtlasState, lang: Lang) -> Vec<LegendEntry> {
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
    entries
}

/// A and B as outlined legend entries, with their names.
fn slot_entries(s: &AtlasState) -> Vec<LegendEntry> {
    [("A", Slot::A, colours::A), ("B", Slot::B, colours::B)]
        .into_iter()
        .filter_map(|(letter, slot, colour)| {
            untrack(|| s.side(slot)).map(|_| LegendEntry {
                colour: Some(colour.to_owned()),
                label: format!("{letter}: {}", untrack(|| s.side_name(slot))),
                outline: true,
            })
        })
        .collect()
}

/// The line under the title: the classification, or what the mode shows.
fn subtitle(s: &AtlasState, mode: Mode, lang: Lang) -> String {
    match mode {
        Mode::Choropleth | Mode::Index => s.view.method().get_untracked().label(lang).to_owned(),
        Mode::Gap => t(lang, "Forskel fra reference", "Gap to reference").to_owned(),
        Mode::Bivariate => t(lang, "Tredjedele (3 × 3)", "Tertiles (3 × 3)").to_owned(),
        Mode::Change => untrack(|| crate::view_model::change::title(s, lang)).unwrap_or_default(),
        Mode::Lisa | Mode::LisaBivariate => untrack(|| crate::view_model::lisa::subtitle(s, lang)),
    }
}
