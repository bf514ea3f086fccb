//! The view as a [`ViewSpec`]: captured for links, scenes, autosave and project
//! files, and applied back by column and district id.

use super::{AtlasState, Mode, CLASSES};
use atlas_core::geometry::pan_zoom::ViewTransform;
use atlas_core::model::indicator::{Group, Polarity};
use atlas_core::present::view_spec::ViewSpec;
use atlas_core::Atlas;
use leptos::prelude::*;

/// A = Østerbro and B = Sydhavnen when present, else the first two districts.
pub(super) fn default_pair(atlas: &Atlas) -> (Option<usize>, Option<usize>) {
    let a = atlas.district_by_name("Østerbro").or(Some(0));
    let b = atlas
        .district_by_name("Sydhavnen")
        .or_else(|| atlas.district_by_name("Kongens Enghave"))
        .or_else(|| (atlas.districts.len() > 1).then_some(1));
    (a, b)
}

/// Bivariate axes: the first resource and the first co-creation indicator.
pub(super) fn default_axes(atlas: &Atlas) -> (usize, usize) {
    let inds = &atlas.indicators;
    let x = inds
        .iter()
        .position(|m| m.group == Group::Resources)
        .unwrap_or(0);
    let y = inds
        .iter()
        .position(|m| {
            matches!(
                m.group,
                Group::Descriptive | Group::Intermediating | Group::Transformative
            )
        })
        .unwrap_or(usize::from(inds.len() > 1));
    (x, y)
}

/// Index weights: 1 for every indicator with a direction outside the context group.
pub(super) fn default_weights(atlas: &Atlas) -> Vec<f64> {
    atlas
        .indicators
        .iter()
        .map(|m| {
            if m.polarity == Polarity::Neutral || m.group == Group::Context {
                0.0
            } else {
                1.0
            }
        })
        .collect()
}

impl AtlasState {
    /// The current view, every field filled in.
    pub fn spec(&self) -> ViewSpec {
        let col = |m: &atlas_core::pipeline::Model, i: usize| {
            m.atlas.indicators.get(i).map(|x| x.column.clone())
        };
        let id = |m: &atlas_core::pipeline::Model, i: Option<usize>| {
            i.and_then(|i| m.atlas.districts.get(i))
                .map(|d| d.id.clone())
        };
        let (i, a, b) = (self.indicator.get(), self.a.get(), self.b.get());
        let (bx, by, reference, profile) = (
            self.bx.get(),
            self.by.get(),
            self.reference.get(),
            self.profile.get(),
        );
        let weights = self.weights.get();
        self.model.with_value(|m| ViewSpec {
            indicator: col(m, i),
            year: self.year.get(),
            mode: self.mode.get(),
            method: Some(self.method.get()),
            scheme: Some(self.scheme.get()),
            classes: Some(self.classes.get()),
            manual: self.manual.get(),
            a: id(m, a),
            b: id(m, b),
            reference: id(m, reference),
            bx: col(m, bx),
            by: col(m, by),
            // Only weights the user changed: defaults follow the descriptions.
            weights: (weights != default_weights(&m.atlas)).then(|| {
                m.atlas
                    .indicators
                    .iter()
                    .zip(weights.iter())
                    .map(|(x, w)| (x.column.clone(), *w))
                    .collect()
            }),
            norm: Some(self.norm.get()),
            zoom: Some(self.view.get().into()),
            panel: Some(self.panel.get()),
            profile: id(m, profile),
            table: self.table.get(),
        })
    }

    /// Show `v`: each field that names something in this model is applied, the
    /// others fall back to the defaults (the panel and profile stay as they are).
    pub fn apply(&self, v: &ViewSpec) {
        let (col, district, pair, axes, default_w) = self.model.with_value(|m| {
            let atlas = &m.atlas;
            let col = |c: &Option<String>| {
                c.as_deref()
                    .and_then(|c| atlas.indicators.iter().position(|x| x.column == c))
            };
            let district = |d: &Option<String>| d.as_deref().and_then(|d| atlas.district_by_id(d));
            (
                [col(&v.indicator), col(&v.bx), col(&v.by)],
                [
                    district(&v.a),
                    district(&v.b),
                    district(&v.reference),
                    district(&v.profile),
                ],
                default_pair(atlas),
                default_axes(atlas),
                default_weights(atlas),
            )
        });
        let weights = match &v.weights {
            Some(w) => self.model.with_value(|m| {
                m.atlas
                    .indicators
                    .iter()
                    .zip(default_w.iter())
                    .map(|(x, d)| {
                        w.iter()
                            .find(|(c, _)| *c == x.column)
                            .map(|(_, w)| *w)
                            .unwrap_or(*d)
                    })
                    .collect()
            }),
            None => default_w,
        };
        self.indicator.set(col[0].unwrap_or(0));
        self.year.set(v.year);
        self.mode.set(v.mode);
        self.method.set(v.method.unwrap_or_default());
        self.scheme.set(v.scheme.unwrap_or_default());
        self.classes.set(v.classes.unwrap_or(CLASSES).clamp(3, 9));
        self.manual.set(v.manual.clone());
        self.a.set(district[0].or(pair.0));
        self.b.set(district[1].or(pair.1));
        self.reference.set(district[2]);
        self.bx.set(col[1].unwrap_or(axes.0));
        self.by.set(col[2].unwrap_or(axes.1));
        self.weights.set(weights);
        self.norm.set(v.norm.unwrap_or_default());
        let (w, h) = self
            .model
            .with_value(|m| (m.geometry.width, m.geometry.height));
        self.view.set(
            v.zoom
                .map(|z| ViewTransform::from(z).clamp(w, h))
                .unwrap_or(ViewTransform::IDENTITY),
        );
        self.table.set(v.table);
        if let Some(p) = v.panel {
            self.panel.set(p);
        }
        if district[3].is_some() {
            self.profile.set(district[3]);
        }
        if v.mode != Mode::Bivariate {
            self.highlight.set(None);
        }
    }
}
