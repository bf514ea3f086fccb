//! What the user loaded survives a reload: IndexedDB, through `idb.js`.

use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen(module = "/src/idb.js")]
extern "C" {
    fn idb_get(key: &str) -> js_sys::Promise;
    fn idb_put(key: &str, value: &str) -> js_sys::Promise;
    fn idb_put_bytes(key: &str, bytes: &[u8]) -> js_sys::Promise;
    fn idb_put_blob(key: &str, blob: &web_sys::Blob) -> js_sys::Promise;
    fn idb_delete(key: &str) -> js_sys::Promise;
}

const META: &str = "boundaries.meta";
const TEXT: &str = "boundaries.text";

pub use atlas_core::present::project::{BoundaryMeta, TableMeta};

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
    // as bytes: one memory copy, never a 50 MB JS string built on the main thread
    store(meta, || idb_put_bytes(TEXT, text.as_bytes())).await
}

/// Remember the user's boundaries as the file they picked (UTF-8): the browser
/// stores the file itself, so no copy of its text is made on the page.
pub async fn save_file(meta: &BoundaryMeta, file: &web_sys::Blob) -> Result<(), String> {
    store(meta, || idb_put_blob(TEXT, file)).await
}

/// The text (as `put_text` stores it), then the choices.
async fn store(
    meta: &BoundaryMeta,
    put_text: impl FnOnce() -> js_sys::Promise,
) -> Result<(), String> {
    let meta = serde_json::to_string(meta).map_err(|e| e.to_string())?;
    JsFuture::from(put_text())
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
        JsFuture::from(idb_put_bytes(TABLE_TEXT, text.as_bytes()))
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

const SESSION: &str = "session";

/// The autosaved scenes and view, if any. `Err` when they are stored but damaged.
pub async fn load_session() -> Result<Option<atlas_core::present::project::Session>, String> {
    match get(SESSION).await? {
        Some(text) => atlas_core::present::project::parse_session(&text).map(Some),
        None => Ok(None),
    }
}

/// Autosave the scenes and view.
pub async fn save_session(session: &atlas_core::present::project::Session) -> Result<(), String> {
    let text = atlas_core::present::project::session_json(session);
    JsFuture::from(idb_put(SESSION, &text))
        .await
        .map_err(|e| format!("{e:?}"))?;
    Ok(())
}

/// Forget the autosaved scenes and view.
pub async fn clear_session() -> Result<(), String> {
    JsFuture::from(idb_delete(SESSION))
        .await
        .map_err(|e| format!("{e:?}"))?;
    Ok(())
}
