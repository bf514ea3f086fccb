//! What the user loaded survives a reload: IndexedDB, through `idb.js`.

use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen(module = "/src/idb.js")]
extern "C" {
    fn idb_get(key: &str) -> js_sys::Promise;
    fn idb_put(key: &str, value: &str) -> js_sys::Promise;
    fn idb_delete(key: &str) -> js_sys::Promise;
}

const META: &str = "boundaries.meta";
const TEXT: &str = "boundaries.text";

/// What is remembered about the user's boundary file besides its text.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct BoundaryMeta {
    /// File name or URL, for the source line.
    pub source: String,
    pub key_property: Option<String>,
    /// EPSG code the user chose (not one the app inferred).
    pub crs: Option<u32>,
}

async fn get(key: &str) -> Result<Option<String>, String> {
    let v = JsFuture::from(idb_get(key))
        .await
        .map_err(|e| format!("{e:?}"))?;
    Ok(v.as_string())
}

/// The saved boundaries, if any. `Err` when storage exists but cannot be read.
pub async fn load() -> Result<Option<(BoundaryMeta, String)>, String> {
    let Some(meta) = get(META).await? else {
        return Ok(None);
    };
    let meta: BoundaryMeta = serde_json::from_str(&meta).map_err(|e| e.to_string())?;
    let text = get(TEXT)
        .await?
        .ok_or("the saved boundary text is missing")?;
    Ok(Some((meta, text)))
}

/// Remember the user's boundaries.
pub async fn save(meta: &BoundaryMeta, text: &str) -> Result<(), String> {
    let meta = serde_json::to_string(meta).map_err(|e| e.to_string())?;
    JsFuture::from(idb_put(TEXT, text))
        .await
        .map_err(|e| format!("{e:?}"))?;
    JsFuture::from(idb_put(META, &meta))
        .await
        .map_err(|e| format!("{e:?}"))?;
    Ok(())
}

/// Forget them ("back to demo").
pub async fn clear() -> Result<(), String> {
    JsFuture::from(idb_delete(META))
        .await
        .map_err(|e| format!("{e:?}"))?;
    JsFuture::from(idb_delete(TEXT))
        .await
        .map_err(|e| format!("{e:?}"))?;
    Ok(())
}

const TABLE_META: &str = "table.meta";
const TABLE_TEXT: &str = "table.text";

/// What is remembered about the user's indicator table besides its text.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct TableMeta {
    /// File name or URL.
    pub source: String,
    /// Rows mapped to districts by hand: (row key, district id).
    #[serde(default)]
    pub mappings: Vec<(String, String)>,
    /// A metadata sidecar that came with it (JSON text).
    #[serde(default)]
    pub sidecar: Option<String>,
}

/// The saved table, if any.
pub async fn load_table() -> Result<Option<(TableMeta, String)>, String> {
    let Some(meta) = get(TABLE_META).await? else {
        return Ok(None);
    };
    let meta: TableMeta = serde_json::from_str(&meta).map_err(|e| e.to_string())?;
    let text = get(TABLE_TEXT)
        .await?
        .ok_or("the saved table text is missing")?;
    Ok(Some((meta, text)))
}

/// Remember the user's table (its text is stored decoded, as UTF-8).
pub async fn save_table(meta: &TableMeta, text: Option<&str>) -> Result<(), String> {
    if let Some(text) = text {
        JsFuture::from(idb_put(TABLE_TEXT, text))
            .await
            .map_err(|e| format!("{e:?}"))?;
    }
    let meta = serde_json::to_string(meta).map_err(|e| e.to_string())?;
    JsFuture::from(idb_put(TABLE_META, &meta))
        .await
        .map_err(|e| format!("{e:?}"))?;
    Ok(())
}

/// Forget the user's table.
pub async fn clear_table() -> Result<(), String> {
    JsFuture::from(idb_delete(TABLE_META))
        .await
        .map_err(|e| format!("{e:?}"))?;
    JsFuture::from(idb_delete(TABLE_TEXT))
        .await
        .map_err(|e| format!("{e:?}"))?;
    Ok(())
}
