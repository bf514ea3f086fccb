//! «Vis som grupper»: the map dissolved into the groups of a property (67 kvarterer
//! drawn as 10 bydele) without a second file. Outlines come from the shared
//! topology; every figure is had from the parts by the rules a group of A or B
//! follows ([`side_value`]): counts summed, shares weighted, medians «≈». The view
//! goes across by id: a kvarter chosen as A becomes its bydel, and back.

use super::grouping::Part;
use super::Model;
use crate::import::boundaries::Boundaries;
use crate::model::atlas::Atlas;
use crate::model::district::{Area, District};
use crate::model::groups::{side_value, AreaGroup, Rule, Side};
use crate::model::indicator::IndicatorMeta;
use crate::present::view_spec::ViewSpec;
use crate::text::noun::Noun;
use std::sync::Arc;

impl Model {
    /// This model with each part of grouping `property` as one area (see
    /// [`Model::parts_by`]); `None` when there is no such grouping or every part is
    /// a single area.
    pub fn dissolved(&self, property: &str) -> Option<Model> {
        let parts = self.parts_by(property)?;
        if parts.len() == self.atlas.districts.len() {
            return None;
        }
        let groups: Vec<Vec<usize>> = parts.iter().map(|p| p.members.clone()).collect();
        let no_keys: &[&str] = &[];
        let noun = match Noun::guess(&[property], no_keys) {
            Noun::Omraade => self.atlas.noun,
            n => n,
        };
        let atlas = dissolved_atlas(&self.atlas, &parts, noun);
        let areas_km2 = match self.boundaries.areas_km2.is_empty() {
            true => Vec::new(),
            false => groups
                .iter()
                .map(|m| {
                    m.iter()
                        .map(|d| self.boundaries.areas_km2.get(*d).copied().flatten())
                        .sum()
                })
                .collect(),
        };
        let boundaries = Boundaries {
            districts: parts
                .iter()
                .map(|p| District {
                    id: p.id.clone(),
                    name: p.name.clone(),
                    geometry: geo::MultiPolygon::new(Vec::new()),
                })
                .collect(),
            key_property: Some(property.to_owned()),
            name_property: Some(property.to_owned()),
            property_names: vec![property.to_owned()],
            areas_km2,
            noun,
            groupings: Vec::new(),
            // groups of cells are no cells
            grid: None,
            ..self.boundaries.summary()
        };
        Some(Model {
            atlas,
            geometry: Arc::new(self.geometry.dissolve(&groups)),
            boundaries,
            boundary_noun: Some(noun),
            grouped_by: Some(property.to_owned()),
            ..self.clone()
        })
    }
}

/// The figures of each part, had from its members by the group rules; an indicator
/// whose parts are «≈» says so in its label and note.
fn dissolved_atlas(atlas: &Atlas, parts: &[Part], noun: Noun) -> Atlas {
    let sides: Vec<Side> = parts
        .iter()
        .map(|p| match p.members.as_slice() {
            [one] => Side::Area(*one),
            many => Side::Group {
                name: p.name.clone(),
                members: many.to_vec(),
            },
        })
        .collect();
    let mut indicators = atlas.indicators.clone();
    let values = (0..atlas.indicators.len())
        .map(|i| {
            let mut rule = None;
            let columns = (0..atlas.years(i).len())
                .map(|yi| {
                    sides
                        .iter()
                        .map(|side| {
                            let v = side_value(atlas, i, yi, side);
                            if matches!(side, Side::Group { .. }) && rule.is_none() {
                                rule = Some(v.rule.clone());
                            }
                            v.value
                        })
                        .collect()
                })
                .collect();
            if let (Some(meta), Some(rule)) = (indicators.get_mut(i), rule) {
                describe_rule(meta, &rule, noun);
            }
            columns
        })
        .collect();
    Atlas {
        districts: parts.iter().map(|p| Area::new(&p.id, &p.name)).collect(),
        indicators,
        years: atlas.years.clone(),
        values,
        noun,
        groupings: Vec::new(),
        ..atlas.clone()
    }
}

/// Say in `meta`'s note how its figures for the groups were had; an «≈» rule also
/// marks the label. A figure published for the groups' own level
/// (`level: bydel` shown as bydele) is no longer a repeated one.
fn describe_rule(meta: &mut IndicatorMeta, rule: &Rule, noun: Noun) {
    use crate::text::Lang::{Da, En};
    let (da, en) = match rule {
        Rule::Own => return,
        Rule::Sum => (
            "summen af delene".to_owned(),
            "the sum of the parts".to_owned(),
        ),
        Rule::Weighted { by } => (
            format!("delenes tal vægtet med «{by}»"),
            format!("the parts' figures weighted by “{by}”"),
        ),
        Rule::Approximate { by: Some(by), .. } => (
            format!("≈ delenes tal vægtet med «{by}»; det kan ikke regnes præcist ud af delene"),
            format!(
                "≈ the parts' figures weighted by “{by}”; it cannot be had exactly from the parts"
            ),
        ),
        Rule::Approximate { by: None, .. } => (
            "≈ uvægtet gennemsnit af delene (ingen befolkningskolonne)".to_owned(),
            "≈ unweighted mean of the parts (no population column)".to_owned(),
        ),
    };
    if matches!(rule, Rule::Approximate { .. }) {
        meta.label_da = format!("≈ {}", meta.label_da);
        meta.label_en = format!("≈ {}", meta.label_en);
    }
    let add = |note: &mut String, line: String| {
        *note = if note.trim().is_empty() {
            line
        } else {
            format!("{} {line}", note.trim_end())
        };
    };
    add(
        &mut meta.note_da,
        format!("Vist som {}: {da}.", noun.many(Da)),
    );
    add(
        &mut meta.note_en,
        format!("Shown as {}: {en}.", noun.many(En)),
    );
    if meta.level.as_deref() == Some(noun.id()) {
        meta.level = None;
    }
}

/// The parts' number per district of `base`.
fn part_of(base: &Model, parts: &[Part]) -> Vec<usize> {
    let mut out = vec![0; base.atlas.districts.len()];
    for (p, part) in parts.iter().enumerate() {
        for &d in &part.members {
            if let Some(x) = out.get_mut(d) {
                *x = p;
            }
        }
    }
    out
}

/// `spec`, made on `base`, as it reads on `base` dissolved by `property`: a side
/// becomes the part(s) its areas are in (one part: that area; several: a group of
/// them), the reference and the profile their part.
pub fn spec_as_groups(spec: &ViewSpec, base: &Model, property: &str) -> ViewSpec {
    let Some(parts) = base.parts_by(property) else {
        return spec.clone();
    };
    let of = part_of(base, &parts);
    let index = |id: &str| base.atlas.district_by_id(id);
    let part_id = |id: &str| {
        index(id)
            .and_then(|d| of.get(d))
            .map(|&p| parts[p].id.clone())
    };
    let side = |a: &Option<String>, g: &Option<AreaGroup>| {
        let members: Vec<usize> = match g {
            Some(g) => g.indices(&base.atlas),
            None => a.as_deref().and_then(index).into_iter().collect(),
        };
        let mut ps: Vec<usize> = Vec::new();
        for d in members {
            if let Some(&p) = of.get(d) {
                if !ps.contains(&p) {
                    ps.push(p);
                }
            }
        }
        match (ps.as_slice(), g) {
            ([], _) => (None, None),
            ([one], _) => (Some(parts[*one].id.clone()), None),
            (many, g) => (
                Some(parts[many[0]].id.clone()),
                Some(AreaGroup {
                    name: g.as_ref().map(|g| g.name.clone()).unwrap_or_default(),
                    members: many.iter().map(|p| parts[*p].id.clone()).collect(),
                }),
            ),
        }
    };
    let (a, a_group) = side(&spec.a, &spec.a_group);
    let (b, b_group) = side(&spec.b, &spec.b_group);
    let (reference, reference_group) = side(&spec.reference, &spec.reference_group);
    ViewSpec {
        a,
        a_group,
        b,
        b_group,
        reference,
        reference_group,
        profile: spec.profile.as_deref().and_then(part_id),
        grouped: Some(property.to_owned()),
        ..spec.clone()
    }
}

/// `spec`, made on `base` dissolved by `property`, as it reads on `base`: a part
/// chosen as A (or as the gap map's reference) becomes the group of its areas, named
/// as the part; a group of parts the group of all their areas.
pub fn spec_as_parts(spec: &ViewSpec, base: &Model, property: &str) -> ViewSpec {
    let Some(parts) = base.parts_by(property) else {
        return spec.clone();
    };
    let part = |id: &str| parts.iter().find(|p| p.id == id);
    let ids = |p: &Part| -> Vec<String> {
        p.members
            .iter()
            .filter_map(|d| base.atlas.districts.get(*d).map(|x| x.id.clone()))
            .collect()
    };
    let side = |a: &Option<String>, g: &Option<AreaGroup>| {
        let (name, chosen): (String, Vec<&Part>) = match g {
            Some(g) => (
                g.name.clone(),
                g.members.iter().filter_map(|m| part(m)).collect(),
            ),
            None => match a.as_deref().and_then(part) {
                Some(p) => (p.name.clone(), vec![p]),
                None => return (None, None),
            },
        };
        let members: Vec<String> = chosen.into_iter().flat_map(ids).collect();
        match members.as_slice() {
            [] => (None, None),
            [one] => (Some(one.clone()), None),
            [first, ..] => (
                Some(first.clone()),
                Some(AreaGroup {
                    name,
                    members: members.clone(),
                }),
            ),
        }
    };
    let (a, a_group) = side(&spec.a, &spec.a_group);
    let (b, b_group) = side(&spec.b, &spec.b_group);
    let (reference, reference_group) = side(&spec.reference, &spec.reference_group);
    let profile = spec
        .profile
        .as_deref()
        .and_then(part)
        .and_then(|p| ids(p).into_iter().next());
    ViewSpec {
        a,
        a_group,
        b,
        b_group,
        reference,
        reference_group,
        profile,
        grouped: None,
        ..spec.clone()
    }
}
