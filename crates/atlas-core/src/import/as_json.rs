//! Serde adapter: a field written as a JSON string, for values whose serde form
//! leaves defaults out (the sidecar form of indicators), which `postcard` — not
//! self-describing — cannot read back. Used where a table crosses to the loader
//! worker and back.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Write `value` as one JSON string.
pub fn serialize<T: Serialize, S: Serializer>(value: &T, s: S) -> Result<S::Ok, S::Error> {
    let text = serde_json::to_string(value).map_err(serde::ser::Error::custom)?;
    s.serialize_str(&text)
}

/// Read a value written by [`serialize`].
pub fn deserialize<'de, T: DeserializeOwned, D: Deserializer<'de>>(d: D) -> Result<T, D::Error> {
    let text = String::deserialize(d)?;
    serde_json::from_str(&text).map_err(serde::de::Error::custom)
}
