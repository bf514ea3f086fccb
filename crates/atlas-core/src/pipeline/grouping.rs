//! What groups the areas: a boundary property (the kvarterer's `bydel`) or a text
//! column of the table (the kvarter table's `bydel_name`). «Alle med samme …» makes A
//! or B every area sharing a value; «Vis som grupper» draws each value as one area.

use super::Model;
use crate::model::groups::AreaGroup;

/// The areas that share one value of a grouping (or one area without a value).
#[derive(Clone, Debug, PartialEq)]
pub struct Part {
    /// The value (a lone area: its own id).
    pub id: String,
    /// The value (a lone area: its own name).
    pub name: String,
    pub members: Vec<usize>,
}

impl Model {
    /// Every grouping by name with its value per district: the boundaries'
    /// properties, then the table's text columns not already among them.
    pub fn groupings(&self) -> Vec<(&str, &[Option<String>])> {
        let mut out: Vec<(&str, &[Option<String>])> = Vec::new();
        for (name, values) in self
            .boundaries
            .groupings
            .iter()
            .chain(&self.atlas.groupings)
        {
            if !out.iter().any(|(n, _)| n == name) {
                out.push((name.as_str(), values.as_slice()));
            }
        }
        out
    }

    /// The names of [`groupings`](Self::groupings), for the pickers.
    pub fn grouping_names(&self) -> Vec<String> {
        self.groupings()
            .into_iter()
            .map(|(n, _)| n.to_owned())
            .collect()
    }

    /// District `d`'s value of grouping `property`.
    pub fn grouping_value(&self, d: usize, property: &str) -> Option<&str> {
        self.groupings()
            .into_iter()
            .find(|(n, _)| *n == property)
            .and_then(|(_, values)| values.get(d))
            .and_then(|v| v.as_deref())
    }

    /// «Alle med samme …»: every area that shares district `seed`'s value of
    /// `property`, named by that value (`None` when `seed` has no value).
    pub fn group_sharing(&self, seed: usize, property: &str) -> Option<AreaGroup> {
        let value = self.grouping_value(seed, property)?.to_owned();
        let members = (0..self.atlas.districts.len())
            .filter(|d| self.grouping_value(*d, property) == Some(value.as_str()))
            .filter_map(|d| self.atlas.districts.get(d).map(|x| x.id.clone()))
            .collect();
        Some(AreaGroup {
            name: value,
            members,
        })
    }

    /// The parts of grouping `property`, in order of first appearance: each value with
    /// its districts. A district without a value is a part of its own, shown as
    /// itself, never put in a group it does not belong to. `None` when the model has
    /// no such grouping.
    pub fn parts_by(&self, property: &str) -> Option<Vec<Part>> {
        let (_, values) = self.groupings().into_iter().find(|(n, _)| *n == property)?;
        let mut parts: Vec<Part> = Vec::new();
        let mut of_value: std::collections::HashMap<&str, usize> = Default::default();
        for (d, area) in self.atlas.districts.iter().enumerate() {
            match values.get(d).and_then(|v| v.as_deref()) {
                Some(v) => match of_value.get(v) {
                    Some(&p) => parts[p].members.push(d),
                    None => {
                        of_value.insert(v, parts.len());
                        parts.push(Part {
                            id: v.to_owned(),
                            name: v.to_owned(),
                            members: vec![d],
                        });
                    }
                },
                None => parts.push(Part {
                    id: area.id.clone(),
                    name: area.name.clone(),
                    members: vec![d],
                }),
            }
        }
        Some(parts)
    }
}
