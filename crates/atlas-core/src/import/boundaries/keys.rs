//! Which property keys the districts and which names them.

use geojson::JsonObject;
use std::collections::HashMap;

/// Property names present (with a usable value) on every feature.
pub(super) fn common_properties(props: &[&JsonObject]) -> Vec<String> {
    let Some(first) = props.first() else {
        return Vec::new();
    };
    first
        .keys()
        .filter(|k| {
            props
                .iter()
                .all(|p| p.get(*k).and_then(value_as_key).is_some())
        })
        .cloned()
        .collect()
}

pub(super) fn value_as_key(v: &serde_json::Value) -> Option<String> {
    match v {
        serde_json::Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_owned()),
        serde_json::Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// Propose a key property: a code-like one (`*kode*`, `*code*`, `*nr`), else an
/// `id`-like one, else any code-like property — never a per-part id (`fid`,
/// `ogc_fid`, `objectid`), and never one that would merge features with different
/// names (`name_property`) into one area.
pub fn propose_key_property(props: &[&JsonObject], name_property: Option<&str>) -> Option<String> {
    let first = props.first()?;
    let present = |k: &str| {
        props
            .iter()
            .all(|p| p.get(k).and_then(value_as_key).is_some())
    };
    // A key is consistent with the names when (almost) every group of features
    // sharing it has one name; a stray clash (real registers have them) is reported
    // later, not a reason to give up the key.
    let consistent = |k: &str| {
        let Some(n) = name_property else { return true };
        let mut seen: HashMap<String, (Option<String>, bool)> = HashMap::new();
        for p in props {
            let key = p.get(k).and_then(value_as_key).unwrap_or_default();
            let name = p.get(n).and_then(value_as_key);
            let e = seen.entry(key).or_insert((name.clone(), false));
            if e.0 != name {
                e.1 = true;
            }
        }
        let clashes = seen.values().filter(|(_, c)| *c).count();
        clashes <= (seen.len() / 20).max(1)
    };
    let names: Vec<&String> = first.keys().collect();
    let per_part = |k: &str| {
        let l = k.to_lowercase();
        l == "fid" || l.ends_with("_fid") || l == "objectid" || l == "gml_id" || l == "feat_id"
    };
    let code_like = |k: &str| {
        props.iter().all(|p| match p.get(k) {
            Some(serde_json::Value::Number(_)) => true,
            Some(serde_json::Value::String(s)) => {
                let s = s.trim();
                !s.is_empty() && s.chars().all(|c| c.is_ascii_digit())
            }
            _ => false,
        })
    };
    let tiers: [&dyn Fn(&str) -> bool; 4] = [
        &|k: &str| {
            let l = k.to_lowercase();
            l.contains("kode") || l.contains("code")
        },
        &|k: &str| {
            let l = k.to_lowercase();
            l.ends_with("nr") || l.ends_with("nummer") || l.ends_with("_no")
        },
        &|k: &str| {
            let l = k.to_lowercase();
            l == "id" || l.ends_with("_id")
        },
        &|k: &str| code_like(k),
    ];
    for tier in tiers {
        if let Some(k) = names.iter().find(|k| {
            !per_part(k)
                && Some(k.as_str()) != name_property
                && tier(k)
                && present(k)
                && consistent(k)
        }) {
            return Some((*k).clone());
        }
    }
    None
}

/// Propose a name property: `navn`/`name`, else one containing them, else a label
/// (Danish first), else the text property with the most distinct values.
pub fn propose_name_property(props: &[&JsonObject]) -> Option<String> {
    let first = props.first()?;
    let is_text = |k: &str| {
        props
            .iter()
            .all(|p| matches!(p.get(k), Some(serde_json::Value::String(_))))
    };
    let distinct = |k: &str| {
        let mut v: Vec<&str> = props
            .iter()
            .filter_map(|p| p.get(k).and_then(|v| v.as_str()))
            .collect();
        v.sort_unstable();
        v.dedup();
        v.len()
    };
    let score = |k: &str| -> usize {
        let l = k.to_lowercase();
        if ["navn", "name", "bydel", "bydelsnavn"].contains(&l.as_str()) {
            1000
        } else if l.contains("navn") {
            900
        } else if l.contains("name") {
            800
        } else if l.contains("label") {
            if l.ends_with("dk") || l.ends_with("da") {
                700
            } else {
                600
            }
        } else {
            0
        }
    };
    first
        .keys()
        .filter(|k| is_text(k))
        .max_by_key(|k| {
            (
                score(k),
                distinct(k),
                std::cmp::Reverse(first.keys().position(|x| x == *k)),
            )
        })
        .map(|k| (*k).clone())
}
