//! A and B as the comparison takes them: one area, or a named group of areas made by
//! Shift/Ctrl+click (Ctrl+Enter on the keyboard) or «alle med samme …».

use super::{AtlasState, Slot, ViewStoreFields};
use atlas_core::model::groups::{AreaGroup, Side};
use atlas_core::present::view::View;
use atlas_core::Lang;
use leptos::prelude::*;

impl AtlasState {
    /// Slot `slot` as a side: its group when it has one, else its area (tracked).
    pub fn side(&self, slot: Slot) -> Option<Side> {
        let (area, group) = match slot {
            Slot::A => (self.view.a().get(), self.view.a_group().get()),
            Slot::B => (self.view.b().get(), self.view.b_group().get()),
        };
        match group {
            Some(g) => self.model.with(|m| {
                let members = g.indices(&m.atlas);
                (!members.is_empty()).then_some(Side::Group {
                    name: g.name,
                    members,
                })
            }),
            None => area.map(Side::Area),
        }
    }

    /// The name shown for a slot: the group's, else the area's («–» when empty).
    pub fn side_name(&self, slot: Slot) -> String {
        match self.side(slot) {
            Some(side) => self.model.with(|m| side.name(&m.atlas)),
            None => "–".into(),
        }
    }

    /// The areas a slot covers (for outlines and the map's marks).
    pub fn side_members(&self, slot: Slot) -> Vec<usize> {
        self.side(slot).map(|s| s.members()).unwrap_or_default()
    }

    /// The outline of a slot: its area's path, or its group's outer border as one
    /// shape (tracked: the side, the detail level).
    pub fn side_outline(&self, slot: Slot) -> Option<String> {
        match self.side(slot)? {
            Side::Area(i) => self.paths.with(|p| p.get(i).cloned()),
            Side::Group { members, .. } => {
                let level = self.level.get();
                Some(
                    self.geometry
                        .with(|g| g.0.group_outline_at_zoom(&members, level)),
                )
            }
        }
    }

    /// A click on area `i`; with Shift, Ctrl or ⌘ held (`into_group`) the area joins
    /// the group of the slot chosen last, or leaves it.
    pub fn pick_or_group(&self, i: usize, into_group: bool) {
        if into_group {
            self.toggle_in_group(i);
        } else {
            self.pick(i);
        }
    }

    /// Area `i` joins (or leaves) the group of the slot chosen last (the one the
    /// next plain click does not fill); a slot still empty is filled as by a click.
    pub fn toggle_in_group(&self, i: usize) {
        let lang = self.lang.get_untracked();
        let Some(id) = self
            .model
            .with_untracked(|m| m.atlas.districts.get(i).map(|d| d.id.clone()))
        else {
            return;
        };
        let view = self.view.get_untracked();
        // a member leaves the group it is in; a new area joins the slot chosen last
        let in_group = |g: &Option<AreaGroup>| g.as_ref().is_some_and(|g| g.members.contains(&id));
        let slot = if in_group(&view.a_group) {
            Slot::A
        } else if in_group(&view.b_group) {
            Slot::B
        } else {
            match self.ui.next.get_untracked() {
                Slot::A => Slot::B,
                Slot::B => Slot::A,
            }
        };
        let (area, group) = slot_of(&view, slot);
        if area.is_none() && group.is_none() {
            self.pick(i);
            return;
        }
        let mut members: Vec<String> = match group {
            Some(g) => g.members.clone(),
            None => area
                .and_then(|a| {
                    self.model
                        .with_untracked(|m| m.atlas.districts.get(a).map(|d| d.id.clone()))
                })
                .into_iter()
                .collect(),
        };
        match members.iter().position(|m| *m == id) {
            Some(k) => {
                members.remove(k);
            }
            None => members.push(id),
        }
        let name = group
            .map(|g| g.name.clone())
            .unwrap_or_else(|| default_group_name(slot, lang));
        let single = self.model.with_untracked(|m| match members.as_slice() {
            [only] => m.atlas.district_by_id(only),
            _ => None,
        });
        self.edit(|v| {
            v.profile = Some(i);
            let group = (members.len() > 1).then_some(AreaGroup { name, members });
            match slot {
                Slot::A => {
                    v.a_group = group;
                    if single.is_some() {
                        v.a = single;
                    }
                }
                Slot::B => {
                    v.b_group = group;
                    if single.is_some() {
                        v.b = single;
                    }
                }
            }
        });
    }

    /// «alle med samme …»: the slot chosen last becomes every area that shares its
    /// area's value of the grouping `property` (a boundary property or a text column
    /// of the table), named by that value.
    pub fn group_by_property(&self, property: &str) {
        let slot = match self.ui.next.get_untracked() {
            Slot::A => Slot::B,
            Slot::B => Slot::A,
        };
        let view = self.view.get_untracked();
        let (area, group) = slot_of(&view, slot);
        // the area the group is made from: the slot's area, else its group's first
        let seed = area.or_else(|| {
            group.and_then(|g| {
                self.model
                    .with_untracked(|m| g.indices(&m.atlas).first().copied())
            })
        });
        let Some(seed) = seed else {
            return;
        };
        let made = self
            .model
            .with_untracked(|m| m.group_sharing(seed, property));
        let Some(group) = made else {
            return;
        };
        self.edit(|v| match slot {
            Slot::A => v.a_group = Some(group),
            Slot::B => v.b_group = Some(group),
        });
    }

    /// Give the group of `slot` a new name (a blank name is not taken).
    pub fn rename_group(&self, slot: Slot, name: String) {
        let name = name.trim().to_owned();
        if name.is_empty() {
            return;
        }
        self.edit(|v| {
            let g = match slot {
                Slot::A => v.a_group.as_mut(),
                Slot::B => v.b_group.as_mut(),
            };
            if let Some(g) = g {
                g.name = name;
            }
        });
    }
}

/// A slot's area and group in `view`.
fn slot_of(view: &View, slot: Slot) -> (Option<usize>, Option<&AreaGroup>) {
    match slot {
        Slot::A => (view.a, view.a_group.as_ref()),
        Slot::B => (view.b, view.b_group.as_ref()),
    }
}

/// «Gruppe A» until the user names it.
fn default_group_name(slot: Slot, lang: Lang) -> String {
    let letter = if slot == Slot::A { "A" } else { "B" };
    match lang {
        Lang::Da => format!("Gruppe {letter}"),
        Lang::En => format!("Group {letter}"),
    }
}
