//! Reading files the user picks or drops.

use crate::data::{DataState, Notice};
use crate::storage::BoundaryMeta;
use atlas_core::import::limits::{check_size, FileKind};
use leptos::prelude::Set;
use leptos::task::spawn_local;
use std::sync::Arc;
use wasm_bindgen_futures::JsFuture;

/// Boundary files larger than this are saved in the browser as the picked file itself.
const SAVE_AS_FILE_OVER: usize = 8 << 20;

/// Is this file a table (not boundaries)? By name, and for `.json` by a peek at it.
pub fn is_table_file(name: &str) -> bool {
    let l = name.to_lowercase();
    [".csv", ".tsv", ".txt", ".xlsx", ".xls", ".ods"]
        .iter()
        .any(|e| l.ends_with(e))
}

/// Read a dropped or picked file and send it where it belongs: tables to the table
/// loader, GeoJSON to the boundary loader (a `.json` that is not GeoJSON is a table).
pub fn read_any_file(data: DataState, file: web_sys::File) {
    let name = file.name();
    let lower = name.to_lowercase();
    if is_table_file(&name) {
        read_table_file(data, file);
    } else if lower.ends_with(".json") && !lower.ends_with(".geojson") {
        // Not known yet whether this is a project, boundaries or a table: the
        // largest limit applies until it is.
        if refuse_large(data, FileKind::Project, &name, &file) {
            return;
        }
        spawn_local(async move {
            let text = JsFuture::from(file.text())
                .await
                .ok()
                .and_then(|v| v.as_string())
                .unwrap_or_default();
            let head: String = text.chars().take(2000).collect();
            if atlas_core::present::project::looks_like_project(&text) {
                data.open_project(name, text);
            } else if head.contains("\"FeatureCollection\"")
                || head.contains("\"Feature\"")
                || head.contains("\"coordinates\"")
            {
                data.load_text(
                    BoundaryMeta {
                        source: name,
                        ..Default::default()
                    },
                    Arc::from(text),
                    true,
                );
            } else if head.contains("\"indicators\"") && head.contains("\"column\"") {
                data.apply_sidecar(name, text);
            } else {
                data.load_table_bytes(name, text.into_bytes());
            }
        });
    } else {
        read_boundary_file(data, file);
    }
}

/// Read a project file (`*.atlas.json`) and open it.
pub fn read_project_file(data: DataState, file: web_sys::File) {
    let name = file.name();
    if refuse_large(data, FileKind::Project, &name, &file) {
        return;
    }
    spawn_local(async move {
        match JsFuture::from(file.text())
            .await
            .ok()
            .and_then(|v| v.as_string())
        {
            Some(text) => data.open_project(name, text),
            None => data.notices.set(vec![Notice {
                error: true,
                text: crate::text::Said::both(
                    format!("{name} kunne ikke læses som tekst."),
                    format!("{name} could not be read as text."),
                ),
            }]),
        }
    });
}

/// Read an indicator table file's bytes and load it.
pub fn read_table_file(data: DataState, file: web_sys::File) {
    let name = file.name();
    if refuse_large(data, FileKind::Table, &name, &file) {
        return;
    }
    spawn_local(async move {
        match JsFuture::from(file.array_buffer()).await {
            Ok(buf) => data.load_table_bytes(name, js_sys::Uint8Array::new(&buf).to_vec()),
            Err(_) => data.notices.set(vec![Notice {
                error: true,
                text: crate::text::Said::both(
                    format!("{name} kunne ikke læses."),
                    format!("{name} could not be read."),
                ),
            }]),
        }
    });
}

/// Read a boundary file's text and load it.
pub fn read_boundary_file(data: DataState, file: web_sys::File) {
    let name = file.name();
    if refuse_large(data, FileKind::Boundaries, &name, &file) {
        return;
    }
    crate::perf::mark("atlas:file-picked");
    spawn_local(async move {
        let meta = BoundaryMeta {
            source: name.clone(),
            ..Default::default()
        };
        match read_text_sliced(&file).await {
            // a large file that is UTF-8 as it is: the file itself is saved, so its
            // text is not copied on the page (a small one is saved as its text)
            Some((text, true)) if text.len() > SAVE_AS_FILE_OVER => {
                data.load_file_text(meta, Arc::from(text), file.into())
            }
            Some((text, _)) => data.load_text(meta, Arc::from(text), true),
            None => data.notices.set(vec![Notice {
                error: true,
                text: crate::text::Said::both(
                    format!("{name} kunne ikke læses som tekst."),
                    format!("{name} could not be read as text."),
                ),
            }]),
        }
    });
}

/// A file's bytes copied into wasm memory in 4 MB slices (yielding between them, so a
/// 50 MB file never blocks the page in one go), then read as UTF-8 (a BOM dropped).
/// `None` when it cannot be read; with whether the file was UTF-8 as it is.
async fn read_text_sliced(file: &web_sys::File) -> Option<(String, bool)> {
    const SLICE: usize = 4 << 20;
    let buf = JsFuture::from(file.array_buffer()).await.ok()?;
    let arr = js_sys::Uint8Array::new(&buf);
    let len = arr.length() as usize;
    let mut bytes = vec![0u8; len];
    let mut start = 0;
    while start < len {
        let end = (start + SLICE).min(len);
        arr.subarray(start as u32, end as u32)
            .copy_to(&mut bytes[start..end]);
        start = end;
        if start < len {
            gloo::timers::future::TimeoutFuture::new(0).await;
        }
    }
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    // Not UTF-8: Windows-1252 or UTF-16, as Excel and older GIS tools save it,
    // decoded by the loader worker (which carries the encodings).
    match String::from_utf8(bytes) {
        Ok(text) => Some((text, true)),
        Err(e) => crate::loader::decode_text(&file.name(), e.as_bytes())
            .await
            .ok()
            .map(|text| (text, false)),
    }
}

/// Refuse a file over its kind's size limit before reading it; says so and keeps
/// what is shown.
fn refuse_large(data: DataState, kind: FileKind, name: &str, file: &web_sys::File) -> bool {
    match check_size(kind, name, file.size() as u64) {
        Ok(()) => false,
        Err(e) => {
            data.notices.set(vec![Notice::from_error(&e)]);
            true
        }
    }
}

/// Read a boundary file's text and sum the grid layer shown into its areas
/// («Læg sammen i områder»).
pub fn read_sum_target_file(
    data: DataState,
    file: web_sys::File,
    rule: atlas_core::geometry::grid_sum::SumRule,
) {
    let name = file.name();
    if refuse_large(data, FileKind::Boundaries, &name, &file) {
        return;
    }
    spawn_local(async move {
        match read_text_sliced(&file).await {
            Some((text, _)) => data.sum_into_areas(
                crate::data::sum_cells::SumTarget::File(name, Arc::from(text)),
                rule,
            ),
            None => data.report(
                format!("{name} kunne ikke læses som tekst."),
                format!("{name} could not be read as text."),
            ),
        }
    });
}
