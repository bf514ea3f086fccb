//! Each table row's candidate district and the level group its label names ("Bydel",
//! "Lokaludvalg", …), and the order in which rows claim districts: hand-made mappings
//! first, then the groups that reach the most districts, so the map's own level wins.

use super::{split_label, split_number};
use crate::import::table::Row;
use crate::model::district::Area;
use crate::text::names::{normalise_code, normalise_name};
use std::collections::HashMap;

/// Words that statbank exports put before an area name to say its level.
const LEVEL_WORDS: &[&str] = &[
    "bydel",
    "lokaludvalg",
    "afstemning",
    "afstemningsomraade",
    "kvarter",
    "kvarterer",
    "kommune",
    "sogn",
    "region",
    "landsdel",
    "opstillingskreds",
    "storkreds",
    "postnummer",
    "skoledistrikt",
];

/// The group of rows placed by a hand-made mapping: it outranks every other group.
pub(super) const MANUAL: &str = "manual";
/// The group of labels "Prefix - Name" whose prefix is no level word.
pub(super) const SUB: &str = "sub";

/// A row's candidate district and the "level" group it belongs to.
pub(super) struct Candidate {
    /// Index into the districts; `None` when nothing matched.
    pub(super) district: Option<usize>,
    /// A normalised level word, [`MANUAL`], [`SUB`], or "" for a label without a prefix.
    pub(super) group: String,
}

/// The label a row is matched and reported by: its name, else its key.
pub(super) fn row_label(row: &Row) -> String {
    row.name.clone().unwrap_or_else(|| row.key.clone())
}

/// The level group of a label split as "Prefix - Name" (see [`Candidate::group`]).
fn level_group(split: Option<&(String, String)>) -> String {
    match split {
        Some((p, _)) if LEVEL_WORDS.contains(&normalise_name(p).as_str()) => normalise_name(p),
        Some(_) => SUB.into(),
        None => String::new(),
    }
}

/// The districts looked up by normalised code, normalised name and exact id.
pub(super) struct DistrictIndex<'a> {
    districts: &'a [Area],
    by_id: HashMap<String, usize>,
    /// Made on the first row its code does not find (a grid's 38,870 cells, each
    /// found by its code, never need their names folded).
    by_name: std::cell::OnceCell<HashMap<String, usize>>,
    by_exact_id: HashMap<&'a str, usize>,
}

impl<'a> DistrictIndex<'a> {
    /// Index `districts` (positions into the slice).
    pub(super) fn new(districts: &'a [Area]) -> Self {
        DistrictIndex {
            districts,
            by_id: districts
                .iter()
                .enumerate()
                .map(|(i, d)| (normalise_code(&d.id), i))
                .collect(),
            by_name: std::cell::OnceCell::new(),
            by_exact_id: districts
                .iter()
                .enumerate()
                .map(|(i, d)| (d.id.as_str(), i))
                .collect(),
        }
    }

    /// The districts by normalised name.
    fn by_name(&self) -> &HashMap<String, usize> {
        self.by_name.get_or_init(|| {
            self.districts
                .iter()
                .enumerate()
                .map(|(i, d)| (normalise_name(&d.name), i))
                .collect()
        })
    }

    /// The candidate of each row, in the rows' order; a hand-made mapping wins.
    pub(super) fn candidates(&self, rows: &[Row], mappings: &[(String, String)]) -> Vec<Candidate> {
        rows.iter()
            .map(|row| self.candidate(row, mappings))
            .collect()
    }

    /// One row's candidate: by its mapping if it has one, else matched automatically.
    fn candidate(&self, row: &Row, mappings: &[(String, String)]) -> Candidate {
        if let Some((_, id)) = mappings.iter().find(|(k, _)| *k == row.key) {
            return Candidate {
                district: self.by_exact_id.get(id.as_str()).copied(),
                group: MANUAL.into(),
            };
        }
        let label = row_label(row);
        let split = split_label(&label);
        let group = level_group(split.as_ref());
        let district = self.automatic(&row.key, &label, split.as_ref());
        Candidate { district, group }
    }

    /// The district of a row by key as code, label as name, key as name, the label's
    /// last part as name, then that part without its leading number (or the number as code).
    fn automatic(&self, key: &str, label: &str, split: Option<&(String, String)>) -> Option<usize> {
        self.by_id
            .get(&normalise_code(key))
            .copied()
            .or_else(|| self.by_name().get(&normalise_name(label)).copied())
            .or_else(|| self.by_name().get(&normalise_name(key)).copied())
            .or_else(|| {
                split.and_then(|(_, name)| self.by_name().get(&normalise_name(name)).copied())
            })
            .or_else(|| {
                // "Bydel - 2. Østerbro": the name without its number, then the number as code.
                let last = split.map(|(_, n)| n.as_str()).unwrap_or(label);
                let (num, rest) = split_number(last)?;
                self.by_name()
                    .get(&normalise_name(&rest))
                    .copied()
                    .or_else(|| self.by_id.get(&normalise_code(&num)).copied())
            })
    }
}

/// The rows' indices in the order they claim districts, and the best group (that of
/// the first row). Groups are ranked by how many districts they reach, hand-made
/// mappings above all: the map's level wins collisions. Ties keep the rows' order.
pub(super) fn claim_order(cands: &[Candidate]) -> (Vec<usize>, String) {
    let mut hits: HashMap<&str, usize> = HashMap::new();
    for c in cands {
        if c.district.is_some() {
            *hits.entry(c.group.as_str()).or_default() += 1;
        }
    }
    let rank = |g: &str| {
        if g == MANUAL {
            usize::MAX
        } else {
            hits.get(g).copied().unwrap_or(0)
        }
    };
    let mut order: Vec<usize> = (0..cands.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(rank(&cands[i].group)));
    let best_group = order
        .first()
        .map(|&i| cands[i].group.clone())
        .unwrap_or_default();
    (order, best_group)
}
