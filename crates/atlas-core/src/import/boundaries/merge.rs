//! Features sharing a key become one district; clashing names are reported.

use super::keys::value_as_key;
use super::District;
use crate::issue::{Issue, IssueKind, Location};
use geo::{MultiPolygon, Polygon};
use geojson::JsonObject;
use std::collections::HashMap;

/// A feature read but not yet keyed: its properties and polygons (already in WGS84).
#[derive(Clone, Debug)]
pub(super) struct RawFeature {
    pub index: usize,
    pub props: JsonObject,
    pub fid: Option<String>,
    pub polygons: Vec<Polygon<f64>>,
}

/// Key every feature by `key_property` (else its id, else its position) and merge
/// those sharing a key, reporting name clashes and how many parts were merged.
pub(super) fn merge_by_key(
    raw: Vec<RawFeature>,
    key_property: &Option<String>,
    name_property: &Option<String>,
    issues: &mut Vec<Issue>,
) -> Vec<District> {
    let mut districts: Vec<District> = Vec::new();
    let mut by_key: HashMap<String, usize> = HashMap::new();
    let mut parts_merged = 0usize;
    let mut name_clash: Vec<(String, String, String)> = Vec::new();
    for f in raw {
        let name = name_property
            .as_deref()
            .and_then(|k| f.props.get(k))
            .and_then(value_as_key);
        let key = match key_property.as_deref() {
            Some(k) => f.props.get(k).and_then(value_as_key),
            None => f.fid.clone(),
        };
        let key = match key {
            Some(k) => k,
            None => {
                if key_property.is_some() {
                    issues.push(Issue::warning(
                        Location::Feature {
                            index: f.index,
                            name: name.clone(),
                        },
                        IssueKind::KeyMissing {
                            key: key_property.clone().unwrap_or_default(),
                        },
                    ));
                }
                format!("#{}", f.index + 1)
            }
        };
        match by_key.get(&key) {
            Some(&i) => {
                parts_merged += 1;
                if let Some(n) = &name {
                    if *n != districts[i].name && name_clash.len() < 20 {
                        name_clash.push((key.clone(), districts[i].name.clone(), n.clone()));
                    }
                }
                districts[i].geometry.0.extend(f.polygons);
            }
            None => {
                by_key.insert(key.clone(), districts.len());
                districts.push(District {
                    name: name.unwrap_or_else(|| key.clone()),
                    id: key,
                    geometry: MultiPolygon(f.polygons),
                });
            }
        }
    }
    for (key, first, second) in name_clash {
        issues.push(Issue::warning(
            Location::File,
            IssueKind::KeyShared { key, first, second },
        ));
    }
    if parts_merged > 0 {
        issues.push(Issue::info(
            Location::File,
            IssueKind::PartsMerged {
                parts: parts_merged + districts.len(),
                areas: districts.len(),
                key: key_property.clone().unwrap_or_default(),
            },
        ));
    }
    districts
}
