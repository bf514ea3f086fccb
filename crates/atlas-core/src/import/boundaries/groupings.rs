//! The properties that group areas: a value several areas share (the kvarterer's
//! `bydel_navn`), kept per area so A or B can become «alle med samme bydel».

use super::keys::value_as_key;
use super::merge::RawFeature;
use crate::model::district::District;
use std::collections::HashMap;

/// Per grouping property, each feature key's value (the first part's).
pub(super) struct Pending {
    by_key: Vec<(String, HashMap<String, String>)>,
}

/// The properties of `raw` other than the key and the name, with each keyed
/// feature's value; read before the parts are merged.
pub(super) fn groupings(
    raw: &[RawFeature],
    properties: &[String],
    key: Option<&str>,
    name: Option<&str>,
) -> Pending {
    let Some(key) = key else {
        return Pending { by_key: Vec::new() };
    };
    let by_key = properties
        .iter()
        .filter(|p| p.as_str() != key && Some(p.as_str()) != name)
        .map(|p| {
            let mut values = HashMap::new();
            for f in raw {
                if let (Some(k), Some(v)) = (
                    f.props.get(key).and_then(value_as_key),
                    f.props.get(p).and_then(value_as_key),
                ) {
                    values.entry(k).or_insert(v);
                }
            }
            (p.clone(), values)
        })
        .collect();
    Pending { by_key }
}

impl Pending {
    /// Each property's value per district, kept only where it groups: some value
    /// shared by two areas or more, and more than one value.
    pub(super) fn finish(self, districts: &[District]) -> Vec<(String, Vec<Option<String>>)> {
        self.by_key
            .into_iter()
            .filter_map(|(p, values)| {
                let per: Vec<Option<String>> = districts
                    .iter()
                    .map(|d| values.get(&d.id).cloned())
                    .collect();
                let mut counts: HashMap<&str, usize> = HashMap::new();
                for v in per.iter().flatten() {
                    *counts.entry(v.as_str()).or_default() += 1;
                }
                let groups = counts.len() > 1 && counts.values().any(|n| *n > 1);
                groups.then_some((p, per))
            })
            .collect()
    }
}
